"""Show progress bars on a terminal and stay quiet in logs and CI."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.progress import track as _track

T = TypeVar("T")


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Iterate with a progress bar when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    yield from _track(items, description=description, total=total, transient=True)
