"""Run a CPU-bound function over many items on every core, in input order.

Parsing pages and extracting facts are pure Python (lxml, regexes, NER), so threads
share one core; worker processes are what use the others. Both stages use this one
helper, so they agree on the worker count, the start method and the fallback.
"""
from __future__ import annotations

import collections
import concurrent.futures
import ctypes
import itertools
import logging
import multiprocessing
import os
import select
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Items per task sent to a worker, and tasks queued per worker: enough to keep every worker
# busy with little traffic, few enough that a batch of large pages is never all in memory.
CHUNK = 8
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# Modules the forkserver imports once for every worker (the server is started by the first pool).
PRELOAD = ["ingestion.parse", "ingestion.articles", "extraction", "extraction.batch"]

PR_SET_PDEATHSIG = 1

log = logging.getLogger(__name__)


# The pid of a process starting a child that must die with it, set by that process just before
# the start: a child whose parent died while it was still starting up cannot learn it otherwise.
PARENT_PID_ENV = "COOPWATCH_PARENT_PID"


def mark_parent() -> None:
    """Tell the children this process starts next who their parent is (read by die_with_parent)."""
    os.environ[PARENT_PID_ENV] = str(os.getpid())


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (PR_SET_PDEATHSIG); elsewhere do nothing.

    The request is cleared on fork, so a process that must not outlive its parent (the
    dbt child) makes it itself. A parent killed while the child was still starting (seconds
    on a busy machine) leaves an orphan the request cannot reach, so the child compares its
    parent with the one marked in PARENT_PID_ENV and exits at once when they differ.
    """
    marked = os.environ.get(PARENT_PID_ENV, "")
    parent = int(marked) if marked.isdigit() else os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def exit_with(pid: int) -> None:
    """Make this process exit as soon as process `pid` ends (run in each worker, with the pool owner's pid).

    A worker's parent is the forkserver, not the process that owns the pool, and the
    forkserver stays up while any worker holds its liveness pipe, which every worker
    does: after the owner was killed with -9, workers and server idled on for minutes.
    A thread blocked on a pidfd of the owner wakes when it ends.
    """
    def watch() -> None:
        try:
            handle = os.pidfd_open(pid)
        except (AttributeError, OSError):  # no pidfd (old kernel): look once a second instead
            while os.path.exists(f"/proc/{pid}"):
                time.sleep(1)
        else:
            select.select([handle], [], [])
        os._exit(1)

    threading.Thread(target=watch, name=f"exit-with-{pid}", daemon=True).start()


def worker_count() -> int:
    """Return how many processes a stage may use: COOPWATCH_WORKERS, else every core."""
    configured = os.environ.get("COOPWATCH_WORKERS", "").strip()
    return max(1, int(configured)) if configured else (os.cpu_count() or 1)


def _run_chunk(function: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(item) for item in chunk]


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def map_in_processes(function: Callable[[Item], Result], items: Iterable[Item], count: int,
                     per_worker: int) -> Iterator[Result]:
    """Yield function(item) for every item, in order, in worker processes when there are enough items.

    A worker is started for every `per_worker` items (starting one costs imports and
    model loading), up to worker_count(). Items travel in chunks, so the calling process,
    which shares the cores with its workers, does little more than hand them out. Workers
    come from a forkserver: forking the Dagster process itself, which runs threads, is
    unsafe. If workers cannot run (a daemonic process may not have children) or die, the
    items not yet done are run here. `function` must be a module-level function and its
    items and results picklable.
    """
    workers = min(worker_count(), max(1, count // per_worker))
    items = iter(items)
    if workers == 1:
        yield from map(function, items)
        return
    pending: collections.deque = collections.deque()
    try:
        context = multiprocessing.get_context("forkserver")
        # Workers fork from the server with these imported: without it each worker spends a
        # second or two importing lxml, trafilatura, pandas and natasha before its first item.
        context.set_forkserver_preload(PRELOAD)
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                                    initializer=exit_with, initargs=(os.getpid(),)) as pool:
            for chunk in _chunks(items, CHUNK):
                pending.append((chunk, pool.submit(_run_chunk, function, chunk)))
                if len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                    yield from pending[0][1].result()
                    pending.popleft()
            while pending:
                yield from pending[0][1].result()
                pending.popleft()
        return
    except (AssertionError, OSError, concurrent.futures.process.BrokenProcessPool) as exc:
        log.warning("continuing in one process: worker processes failed (%s)", exc)
    yield from map(function, [item for chunk, _ in pending for item in chunk])
    yield from map(function, items)
