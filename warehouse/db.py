"""Open the DuckDB warehouse for writing (one writer) or reading (read-only, sandboxed)."""
from __future__ import annotations

import contextlib
import os
import resource
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
from pydantic import ByteSize, TypeAdapter, ValidationError

from warehouse.snapshot import busy_error, write_lock

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "coopwatch.duckdb"
SCHEMA_SQL = Path(__file__).with_name("schema.sql")
READER_MEMORY_LIMIT = os.environ.get("COOPWATCH_QUERY_MEMORY_LIMIT", "2GB")


def warehouse_path() -> Path:
    """Return the warehouse file named by COOPWATCH_WAREHOUSE (shared with dbt's profile)."""
    return Path(os.environ.get("COOPWATCH_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def raw_store_path(warehouse: Path | str) -> Path | str:
    """Return the raw page store of a warehouse: COOPWATCH_RAW_DIR (a folder or fsspec URL), else a sibling folder."""
    configured = os.environ.get("COOPWATCH_RAW_DIR")
    if configured:
        return configured if "://" in configured else Path(configured)
    warehouse = Path(warehouse)
    return warehouse.with_name(warehouse.stem + ".rawstore")


def _connect(path: Path, **options) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, turning "another process holds it" into a WarehouseBusy that says who."""
    try:
        return duckdb.connect(str(path), **options)
    except duckdb.IOException as exc:
        busy = busy_error(path, exc)
        if busy is None:
            raise
        # Not `from exc`: Dagster reports a step's innermost cause, and the busy error, which names
        # the holder, is the one to act on (the run exits 3 on it).
        raise busy from None


@contextlib.contextmanager
def writer(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse for writing with the raw schema in place.

    DuckDB admits one writing process per file; the Dagster assets that call this
    share the `warehouse_writer` concurrency pool, and the file lock taken here also
    makes writers from separate runs or processes wait for each other.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with write_lock(path):
        con = _connect(path)
        try:
            con.execute("set TimeZone = 'UTC'")
            con.execute(SCHEMA_SQL.read_text())
            yield con
        finally:
            con.close()


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Run a block atomically so a crash never leaves half a batch visible."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> int:
    """Bulk-insert a DataFrame by column name; never row by row."""
    if frame.empty:
        return 0
    con.register("_coopwatch_frame", frame)
    try:
        con.execute(f"insert into {table} by name select * from _coopwatch_frame")
    finally:
        con.unregister("_coopwatch_frame")
    return len(frame)


def reader(path: Path | str, *, writable_dir: Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-only with no file, network or extension access (but `writable_dir`, if given).

    Analysts type arbitrary SQL into `coopwatch query`; the sandbox keeps that SQL
    inside the warehouse file. `coopwatch export` needs DuckDB to write its files, and
    only there.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `coopwatch run` first")
    config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    if writable_dir is None:
        config["enable_external_access"] = False
    con = _connect(path, read_only=True, config=config)
    if writable_dir is not None:
        # DuckDB takes allowed_directories only while external access is still on, and not at connect time.
        con.execute(f"set allowed_directories = [{sql_string(str(writable_dir).rstrip('/') + '/')}]")
        con.execute("set enable_external_access = false")
    con.execute("set TimeZone = 'UTC'")
    # Bound what one analyst's query may take from the machine a refresh also runs on.
    con.execute(f"set memory_limit = '{READER_MEMORY_LIMIT}'")
    con.execute("set lock_configuration = true")
    return con


def sql_string(text: str) -> str:
    """Quote text as a SQL string literal, for statements that take no parameters (SET, COPY … TO)."""
    return "'" + text.replace("'", "''") + "'"


class QueryTimeout(RuntimeError):
    """A read-only query ran past its time limit and was interrupted."""


class QueryOutOfMemory(RuntimeError):
    """A read-only query needed more memory than COOPWATCH_QUERY_MEMORY_LIMIT."""


QUERY_CHUNK_BYTES = 8 << 20


@contextlib.contextmanager
def streamed(con: duckdb.DuckDBPyConnection, sql: str, timeout: float, chunk_bytes: int = QUERY_CHUNK_BYTES,
             ) -> Iterator[tuple[list[str], Iterator[list[tuple]]]]:
    """Run one statement and hand out its columns and its rows in chunks of about `chunk_bytes`.

    The whole block, the caller's printing included, runs under one deadline and one memory cap,
    so a result of any size is written out with bounded memory or stopped with a clear error.
    DuckDB has no statement timeout: a timer interrupts the connection, and the chunk loop stops
    at the deadline as well. DuckDB's memory_limit does not cover the vectors (2048 rows each) a
    streamed result is built in, so 2048 rows of 1 MB take 2 GB past it: the process's data
    segment is capped at the same limit while the statement runs.
    """
    deadline = time.monotonic() + timeout
    timer = threading.Timer(timeout, con.interrupt)
    timer.daemon = True
    try:
        with _memory_capped(READER_MEMORY_LIMIT):
            timer.start()
            cursor = con.execute(sql)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            yield columns, (_chunks(cursor, deadline, timeout, chunk_bytes) if columns else iter(()))
    except duckdb.InterruptException as exc:
        raise QueryTimeout(_timeout_message(timeout)) from exc
    except (duckdb.OutOfMemoryException, MemoryError) as exc:
        raise QueryOutOfMemory(f"query stopped at the {READER_MEMORY_LIMIT} memory limit") from exc
    finally:
        timer.cancel()


def _chunks(cursor: duckdb.DuckDBPyConnection, deadline: float, timeout: float, chunk_bytes: int,
            ) -> Iterator[list[tuple]]:
    """Fetch rows in chunks of about `chunk_bytes` until the result ends or the deadline passes.

    A row may be a megabyte, so the chunk is sized by bytes: it starts at one row and grows
    at most eightfold per chunk, so a result whose rows widen is not fetched in a huge step.
    """
    size = 1
    while True:
        if time.monotonic() >= deadline:
            raise QueryTimeout(_timeout_message(timeout))
        rows = cursor.fetchmany(size)
        if not rows:
            return
        yield rows
        size = max(1, min(size * 8, chunk_bytes // _widest_row(rows)))


def _widest_row(rows: list[tuple]) -> int:
    """Estimate the bytes Python holds for the widest of a few hundred rows sampled from a chunk."""
    return max(sys.getsizeof(row) + sum(map(sys.getsizeof, row)) for row in rows[::max(1, len(rows) // 256)])


def _timeout_message(timeout: float) -> str:
    return f"query stopped after the {timeout:g}s time limit"


@contextlib.contextmanager
def _memory_capped(limit: str) -> Iterator[None]:
    """Cap the data segment of this process at `limit` (DuckDB's spelling, e.g. 2GB) for a block.

    Allocations past the cap fail, which DuckDB reports as an out-of-memory error and Python
    as MemoryError, instead of the machine swapping. Only the soft limit is lowered (never
    raised), so it can be put back. A limit DuckDB reads as unlimited ('-1', 'none') sets no cap.
    """
    try:
        cap = TypeAdapter(ByteSize).validate_python(limit)
    except ValidationError:
        cap = resource.RLIM_INFINITY
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    lowered = min((v for v in (cap, soft, hard) if v != resource.RLIM_INFINITY), default=resource.RLIM_INFINITY)
    resource.setrlimit(resource.RLIMIT_DATA, (lowered, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


@contextlib.contextmanager
def reading(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse with `reader` for the length of a block."""
    con = reader(path)
    try:
        yield con
    finally:
        con.close()
