"""Open the DuckDB warehouse for writing (one writer) or reading (read-only, sandboxed)."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "coopwatch.duckdb"
SCHEMA_SQL = Path(__file__).with_name("schema.sql")


def warehouse_path() -> Path:
    """Return the warehouse file named by COOPWATCH_WAREHOUSE (shared with dbt's profile)."""
    return Path(os.environ.get("COOPWATCH_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def raw_store_path(warehouse: Path | str) -> Path:
    """Return the raw page store that belongs to a warehouse file (a sibling folder)."""
    warehouse = Path(warehouse)
    return Path(os.environ.get("COOPWATCH_RAW_DIR") or warehouse.with_name(warehouse.stem + ".rawstore"))


@contextlib.contextmanager
def writer(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse for writing with the raw schema in place.

    DuckDB admits one writing process per file; the Dagster assets that call this
    share the `warehouse_writer` concurrency pool so they never collide.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
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
    con = duckdb.connect(str(path), read_only=True, config={
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
    })
    con.execute("set TimeZone = 'UTC'")
    con.execute("set lock_configuration = true")
    return con


@contextlib.contextmanager
def reading(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse with `reader` for the length of a block."""
    con = reader(path)
    try:
        yield con
    finally:
        con.close()
