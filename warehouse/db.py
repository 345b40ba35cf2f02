"""Open the DuckDB warehouse for writing (one writer) or reading (read-only, sandboxed)."""
from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd

from warehouse.snapshot import busy_error, write_lock

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "coopwatch.duckdb"
SCHEMA_SQL = Path(__file__).with_name("schema.sql")
READER_MEMORY_LIMIT = os.environ.get("COOPWATCH_QUERY_MEMORY_LIMIT", "2GB")


def warehouse_path() -> Path:
    """Return the warehouse file named by COOPWATCH_WAREHOUSE (shared with dbt's profile)."""
    return Path(os.environ.get("COOPWATCH_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def raw_store_path(warehouse: Path | str) -> Path | str:
    """Return the raw page store of a warehouse: COOPWATCH_RAW_DIR (a folder or an fsspec URL), else a sibling folder."""
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
        raise busy_error(path, exc) or exc


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


def reader(path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-only with no file, network or extension access.

    Analysts type arbitrary SQL into `coopwatch query`; the sandbox keeps that SQL
    inside the warehouse file.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `coopwatch run` first")
    con = _connect(path, read_only=True, config={
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
    })
    con.execute("set TimeZone = 'UTC'")
    # Bound what one analyst's query may take from the machine a refresh also runs on.
    con.execute(f"set memory_limit = '{READER_MEMORY_LIMIT}'")
    con.execute("set lock_configuration = true")
    return con


class QueryTimeout(RuntimeError):
    """A read-only query ran past its time limit and was interrupted."""


def fetch_all(con: duckdb.DuckDBPyConnection, sql: str, timeout: float) -> tuple[list[str], list[tuple]]:
    """Run one statement and fetch its columns and rows, interrupting it after `timeout` seconds.

    DuckDB has no statement timeout setting; interrupting the connection from a timer
    thread is its supported way to cancel a running query.
    """
    timer = threading.Timer(timeout, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        rows = cursor.fetchall() if columns else []
    except duckdb.InterruptException as exc:
        raise QueryTimeout(f"query stopped after the {timeout:g}s time limit") from exc
    finally:
        timer.cancel()
    return columns, rows


@contextlib.contextmanager
def reading(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse with `reader` for the length of a block."""
    con = reader(path)
    try:
        yield con
    finally:
        con.close()
