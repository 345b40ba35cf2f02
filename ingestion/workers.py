"""Run a CPU-bound function over many items on every core, in input order.

Parsing pages and extracting facts are pure Python (lxml, regexes, NER), so threads
share one core; worker processes are what use the others. Both stages use this one
helper, so they agree on the worker count, the start method and the fallback.
"""
from __future__ import annotations

import collections
import concurrent.futures
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Items queued per worker: enough to keep every worker busy, few enough that a batch of
# large pages is never all in memory at once.
IN_FLIGHT_PER_WORKER = 16

log = logging.getLogger(__name__)


def worker_count() -> int:
    """Return how many processes a stage may use: COOPWATCH_WORKERS, else every core."""
    configured = os.environ.get("COOPWATCH_WORKERS", "").strip()
    return max(1, int(configured)) if configured else (os.cpu_count() or 1)


def map_in_processes(function: Callable[[Item], Result], items: Iterable[Item], count: int,
                     per_worker: int) -> Iterator[Result]:
    """Yield function(item) for every item, in order, in worker processes when there are enough items.

    A worker is started for every `per_worker` items (starting one costs imports and
    model loading), up to worker_count(). Workers come from a forkserver: forking the
    Dagster process itself, which runs threads, is unsafe. If workers cannot run (a
    daemonic process may not have children) or die, the items not yet done are run here.
    `function` must be a module-level function and its items and results picklable.
    """
    workers = min(worker_count(), max(1, count // per_worker))
    items = iter(items)
    if workers == 1:
        yield from map(function, items)
        return
    pending: collections.deque = collections.deque()
    try:
        context = multiprocessing.get_context("forkserver")
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for item in items:
                pending.append((item, pool.submit(function, item)))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    yield pending[0][1].result()
                    pending.popleft()
            while pending:
                yield pending[0][1].result()
                pending.popleft()
        return
    except (AssertionError, OSError, concurrent.futures.process.BrokenProcessPool) as exc:
        log.warning("continuing in one process: worker processes failed (%s)", exc)
    yield from map(function, [item for item, _ in pending])
    yield from map(function, items)
