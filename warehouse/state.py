"""Remember what a derived step last built from, so a refresh with nothing new skips it.

Daily refreshes mostly find nothing new; rebuilding clusters and every dbt model
anyway would make their cost grow with the warehouse instead of with new pages.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

import duckdb

# Summaries that change whenever the content of a raw table changes: loads append or
# replace rows and always move a count or a load time.
ARTICLE_INPUTS = "select count(*), max(loaded_at) from raw.articles"
EXTRACTION_INPUTS = "select count(*), max(extracted_at) from raw.extraction_log"


def fingerprint(con: duckdb.DuckDBPyConnection, queries: Iterable[str], extra: Iterable[str] = ()) -> str:
    """Hash the answers of a few summary queries plus extra strings (e.g. code versions)."""
    digest = hashlib.sha256()
    for sql in queries:
        digest.update(repr(con.execute(sql).fetchall()).encode())
    for part in extra:
        digest.update(part.encode())
    return digest.hexdigest()[:32]


def last_fingerprint(con: duckdb.DuckDBPyConnection, step: str) -> str | None:
    """Return the fingerprint a step recorded after its last successful build, if any."""
    row = con.execute("select fingerprint from raw.build_state where step = ?", [step]).fetchone()
    return row[0] if row else None


def record_fingerprint(con: duckdb.DuckDBPyConnection, step: str, value: str) -> None:
    """Record what a step has just built from."""
    con.execute("insert or replace into raw.build_state values (?, ?, now())", [step, value])


def last_recorded_at(con: duckdb.DuckDBPyConnection, step: str) -> dt.datetime | None:
    """Return when a step last recorded a successful build, if ever."""
    row = con.execute("select recorded_at from raw.build_state where step = ?", [step]).fetchone()
    return row[0] if row else None
