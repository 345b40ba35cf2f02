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
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from warehouse import state

# A published copy must at least hold the marts analysts query; a half-built file is not published.
REQUIRED_RELATIONS = ("dim_articles", "fct_meetings", "fct_investments", "fct_projects", "fct_cooperation_sectors",
                      "audit_pages")


class RunInProgress(RuntimeError):
    """Another process holds the warehouse's run or write lock."""


class WarehouseBusy(RunInProgress):
    """Another process has the warehouse file open, so DuckDB refuses this one."""


class WarehouseDamaged(RuntimeError):
    """The warehouse file no longer reads back whole (a failed checksum, a truncated file)."""


class NothingToRestore(RuntimeError):
    """No usable published copy exists for this warehouse."""


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")


def busy_error(path: Path | str, exc: BaseException) -> WarehouseBusy | None:
    """Explain a DuckDB lock conflict as who holds the file and what to do; None for other errors.

    A file another process has open is not damaged: advising `restore` for it would set
    a healthy warehouse aside.
    """
    found = _LOCK_HOLDER.search(str(exc))
    if not found:
        return None
    pid = found["pid"]
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        command = found["program"]
    command = " ".join(command.split())  # `python -c` scripts span lines; the message is one
    return WarehouseBusy(f"{path} is open in another process (PID {pid}: {command[:120]}); "
                         f"wait for it to finish or close it, then try again")


def published_path(warehouse: Path | str) -> Path:
    """Return the published read-only copy that belongs to a warehouse file.

    The copy keeps the file name, in a sibling folder. dbt's views name no database
    (dbt_project/macros/relations_without_database.sql), so any copy works under any name;
    keeping the name also keeps working the views of files built before then, which named it.
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


# Run locks this process holds, with how many holders: `coopwatch run` takes the lock and
# then executes a Dagster run in the same process, whose warehouse resource takes it again.
_held_run_locks: dict[Path, int] = {}


@contextlib.contextmanager
def run_lock(warehouse: Path | str, *, wait: float = 0.0) -> Iterator[None]:
    """Let one run at a time work on a warehouse, however started; raise RunInProgress for the next.

    Two runs interleaving their steps could parse each other's fetch batches; the
    second one has nothing to add, so it is told to try again instead. Re-entrant
    within a process.
    """
    warehouse = Path(warehouse).resolve()
    if warehouse in _held_run_locks:
        _held_run_locks[warehouse] += 1
        try:
            yield
        finally:
            _held_run_locks[warehouse] -= 1
        return
    lock = _lock_path(warehouse, "run")
    with _flock(lock, wait=wait) as held:
        if not held:
            holder = lock.read_text().strip() or "unknown"
            raise RunInProgress(f"another coopwatch run (pid {holder}) is writing {warehouse}; "
                                f"try again when it has finished")
        _held_run_locks[warehouse] = 1
        try:
            yield
        finally:
            del _held_run_locks[warehouse]


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


def _verified_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".verified")


def _file_state(warehouse: Path) -> dict:
    wal = wal_path(warehouse)
    stat = warehouse.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "wal_size": wal.stat().st_size if wal.exists() else 0}


def remember_verified(warehouse: Path | str) -> None:
    """Record the file's size and modification time as coopwatch left it after a good run or a full read.

    The next run reads the whole file again only if these changed: a crash, another
    program or a damaged disk, not a normal refresh.
    """
    warehouse = Path(warehouse)
    marker = _verified_path(warehouse)
    staged = marker.with_name(marker.name + f".{os.getpid()}")
    staged.write_text(json.dumps(_file_state(warehouse)))
    os.replace(staged, marker)


def _read_every_table(database: Path | str, *, read_only: bool) -> None:
    """Read every row of every table, so DuckDB verifies the checksum of every block in use.

    A key index lives in blocks that no scan reads, only a write that looks keys up (every
    run records its steps in raw.build_state): on a writable file, a table with a key is
    read by inserting its rows again, each of which conflicts, and rolling that back.
    """
    con = duckdb.connect(str(database), read_only=read_only)
    try:
        keyed = set() if read_only else set(con.execute(
            "select schema_name, table_name from duckdb_constraints() "
            "where constraint_type in ('PRIMARY KEY', 'UNIQUE')").fetchall())
        for schema, table in con.execute("select schema_name, table_name from duckdb_tables()").fetchall():
            name = f'"{schema}"."{table}"'
            if (schema, table) not in keyed:
                con.execute(f"select sum(hash(t)) from {name} as t").fetchall()
                continue
            con.execute("begin transaction")
            try:
                con.execute(f"insert into {name} select * from {name} on conflict do nothing")
            finally:
                con.execute("rollback")
    finally:
        con.close()


def verify(warehouse: Path | str, *, force: bool = False, wait: float = 600.0) -> bool:
    """Read the whole warehouse if it changed since coopwatch last left it; raise WarehouseDamaged if it is not whole.

    A damaged block is otherwise noticed only when a step happens to read it: a run with
    nothing new would succeed on a broken file. Returns whether the file was read.
    Raises WarehouseBusy when another process holds the file.
    """
    warehouse = Path(warehouse)
    if not warehouse.exists():
        return False
    marker = _verified_path(warehouse)
    if not force and marker.exists():
        try:
            if json.loads(marker.read_text()) == _file_state(warehouse):
                return False
        except ValueError:
            pass  # an unreadable marker only costs a full read
    with write_lock(warehouse, wait=wait):
        try:
            _read_every_table(warehouse, read_only=False)
        except duckdb.Error as exc:
            raise busy_error(warehouse, exc) or WarehouseDamaged(
                f"the warehouse {warehouse} is damaged: {str(exc).splitlines()[0][:300]}") from exc
        remember_verified(warehouse)
    return True


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
    # Staged under the same file name, in a private folder: the views of a file built before
    # views stopped naming their database refer to it by its file name, and a check of a
    # renamed copy would fail on them.
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


# What a published copy must agree on with the working file: what every step last built from,
# when the marts were last rebuilt, and each page's outcome in the latest run (audit_pages shows
# it). Run ids and times are left out: every run writes them, and a refresh that finds nothing
# new must leave the copy alone instead of copying the whole warehouse again.
STAMP_QUERIES = ("select step, fingerprint from raw.build_state where step <> 'published' order by step",
                 "select step, recorded_at from raw.build_state where step in ('dbt', 'dbt_code') order by step",
                 # summed in SQL: a run of 100,000 pages must not ship every audit row to Python
                 "select count(*), sum(hash(source, source_ref, status, reason, article_id, page_sha256)) "
                 "from raw.page_audit where run_id = (select arg_max(run_id, recorded_at) from raw.page_audit)")


def _published_stamp(target: Path) -> str | None:
    """Return the stamp recorded inside a published copy; None if it is missing or cannot be read."""
    if not target.exists():
        return None
    try:
        con = duckdb.connect(str(target), read_only=True)
        try:
            row = con.execute("select fingerprint from raw.build_state where step = 'published'").fetchone()
        finally:
            con.close()
    except duckdb.Error:
        return None
    return row[0] if row else None


def publish(warehouse: Path | str) -> tuple[Path, bool]:
    """Publish a checked copy of the warehouse for readers and restores, unless the copy already matches it.

    The copy is compared with the working file, not with what this run changed: a run
    killed while publishing leaves an older copy, and the next run, even with nothing
    new, must replace it. The checkpoint folds the write-ahead log into the file, so the
    one file copied is the whole warehouse. Returns the copy and whether it was replaced.
    """
    warehouse = Path(warehouse)
    target = published_path(warehouse)
    target.parent.mkdir(parents=True, exist_ok=True)
    with write_lock(warehouse):
        for stale in target.parent.glob(".staging-*"):  # left by a publish killed mid-copy
            shutil.rmtree(stale, ignore_errors=True)
        con = duckdb.connect(str(warehouse))
        try:
            stamp = state.fingerprint(con, STAMP_QUERIES)
            current = _published_stamp(target) == stamp
            if not current:
                state.record_fingerprint(con, "published", stamp)
                con.execute("checkpoint")
        finally:
            con.close()
        if not current:
            _replace_with_copy(warehouse, target, verify=check)
        remember_verified(warehouse)
    return target, not current


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
    try:
        check(source)
        _read_every_table(source, read_only=True)
    except (duckdb.Error, RuntimeError) as exc:
        raise NothingToRestore(f"the published copy {source} is damaged too ({str(exc).splitlines()[0][:200]}); "
                               f"move {warehouse.name} aside and build again from your sources with "
                               f"`coopwatch run --warehouse {warehouse}`") from exc
    with run_lock(warehouse), write_lock(warehouse, wait=0):
        stamp = time.strftime("%Y%m%dT%H%M%S")
        for damaged in (warehouse, wal_path(warehouse)):
            if damaged.exists():
                os.replace(damaged, damaged.with_name(f"{damaged.name}.damaged-{stamp}"))
        _replace_with_copy(source, warehouse)
        remember_verified(warehouse)
    return source
