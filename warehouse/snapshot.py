"""Publish the warehouse as a read-only copy after each good run, and restore it from that copy.

DuckDB lets no other process open a file while one process writes it, and a
process killed mid-write can leave a file that no longer opens. Both problems
have the same answer: after every successful run the finished warehouse is
copied, checked and atomically renamed to `<stem>.published/<name>.duckdb`. Readers
(`coopwatch query`) open that copy, so they keep answering during a run, and
`coopwatch restore` puts it back when the working file is damaged.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

# A published copy must at least hold the marts analysts query; a half-built file is not published.
REQUIRED_RELATIONS = ("dim_articles", "fct_meetings", "fct_investments", "fct_projects", "fct_cooperation_sectors",
                      "audit_pages")


class RunInProgress(RuntimeError):
    """Another process holds the warehouse's run or write lock."""


class NothingToRestore(RuntimeError):
    """No published copy exists yet for this warehouse."""


def published_path(warehouse: Path | str) -> Path:
    """Return the published read-only copy that belongs to a warehouse file.

    The copy keeps the file name, in a sibling folder: DuckDB names a database after its
    file, and dbt's views refer to relations by that name, so a renamed copy would
    break every view in it.
    """
    warehouse = Path(warehouse)
    return warehouse.parent / f"{warehouse.stem}.published" / warehouse.name


def wal_path(database: Path | str) -> Path:
    """Return DuckDB's write-ahead log beside a database file."""
    return Path(str(database) + ".wal")


def _lock_path(warehouse: Path, kind: str) -> Path:
    return warehouse.with_name(warehouse.name + f".{kind}.lock")


@contextlib.contextmanager
def _flock(path: Path, *, wait: float) -> Iterator[bool]:
    """Hold an exclusive advisory lock on a file; yield False if it could not be had within `wait` seconds.

    flock locks die with their process, so a run killed with -9 never leaves a stale
    lock behind, unlike a pid file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def run_lock(warehouse: Path | str, *, wait: float = 0.0) -> Iterator[None]:
    """Let one `coopwatch run` at a time work on a warehouse; raise RunInProgress for the next.

    Two runs interleaving their steps could parse each other's fetch batches; the
    second one has nothing to add, so it is told to try again instead.
    """
    warehouse = Path(warehouse)
    lock = _lock_path(warehouse, "run")
    with _flock(lock, wait=wait) as held:
        if not held:
            holder = lock.read_text().strip() or "unknown"
            raise RunInProgress(f"another coopwatch run (pid {holder}) is writing {warehouse}; "
                                f"try again when it has finished")
        yield


@contextlib.contextmanager
def write_lock(warehouse: Path | str, *, wait: float = 600.0) -> Iterator[None]:
    """Serialize the processes that open the warehouse for writing, waiting up to `wait` seconds.

    The Dagster pool already serializes the steps it schedules; this lock also covers a
    `coopwatch run` and a UI-launched run touching the same file at once, where
    DuckDB would otherwise refuse the second writer outright.
    """
    warehouse = Path(warehouse)
    with _flock(_lock_path(warehouse, "write"), wait=wait) as held:
        if not held:
            raise RunInProgress(f"waited {wait:g}s for another process to finish writing {warehouse}")
        yield


def check(database: Path | str) -> None:
    """Open a database read-only and read every required mart; raise if any is missing or unreadable.

    A file that a killed process left half-written fails here instead of being
    published or restored.
    """
    con = duckdb.connect(str(database), read_only=True)
    try:
        present = {name for (name,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}
        missing = [name for name in REQUIRED_RELATIONS if name not in present]
        if missing:
            raise RuntimeError(f"{database} lacks {', '.join(missing)}")
        for name in REQUIRED_RELATIONS:
            con.execute(f"select count(*) from main.{name}").fetchone()
    finally:
        con.close()


def _replace_with_copy(source: Path, target: Path, verify=None) -> None:
    """Copy `source` beside `target`, flush it, optionally verify it, then rename it over `target`.

    Staging on the target's filesystem keeps os.replace atomic, so a reader sees the old
    file or the new one, never a mixture; a reader that already holds the old file keeps
    reading it.
    """
    # Staged under the same file name, in a private folder: DuckDB names a database after
    # its file, and the views inside refer to it by that name, so a check of a renamed
    # copy would fail on them.
    stage = target.parent / f".staging-{os.getpid()}"
    stage.mkdir(exist_ok=True)
    staged = stage / target.name
    try:
        with open(source, "rb") as src, open(staged, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        if verify is not None:
            verify(staged)
        os.replace(staged, target)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def publish(warehouse: Path | str) -> Path:
    """Checkpoint the warehouse and publish a checked copy of it for readers and restores.

    The checkpoint folds the write-ahead log into the file, so the one file copied
    is the whole warehouse.
    """
    warehouse = Path(warehouse)
    target = published_path(warehouse)
    target.parent.mkdir(parents=True, exist_ok=True)
    with write_lock(warehouse):
        con = duckdb.connect(str(warehouse))
        try:
            con.execute("checkpoint")
        finally:
            con.close()
        _replace_with_copy(warehouse, target, verify=check)
    return target


def restore(warehouse: Path | str) -> Path:
    """Replace the warehouse with its last published copy; return the copy used.

    The working file's write-ahead log belongs to the damaged file, and replaying it
    onto the restored one would damage it again, so both are set aside (renamed with
    a timestamp), never deleted.
    """
    warehouse = Path(warehouse)
    source = published_path(warehouse)
    if not source.exists():
        raise NothingToRestore(f"no published copy at {source}: a run has to succeed once before restore can work")
    check(source)
    with run_lock(warehouse), write_lock(warehouse, wait=0):
        stamp = time.strftime("%Y%m%dT%H%M%S")
        for damaged in (warehouse, wal_path(warehouse)):
            if damaged.exists():
                os.replace(damaged, damaged.with_name(f"{damaged.name}.damaged-{stamp}"))
        _replace_with_copy(source, warehouse)
    return source
