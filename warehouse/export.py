"""Write every mart of a warehouse to a folder as Parquet or CSV files, and write CSV rows as `coopwatch query` does."""
from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

import duckdb

from warehouse.db import reader, sql_string

FORMATS = ("parquet", "csv")
# What separates the items of a list in a CSV cell: a comma would be read as the next column by
# anyone who splits lines by hand, and ';' does not occur in country codes, names or ids.
LIST_SEPARATOR = ";"
FETCH_ROWS = 10_000

# The marts as the README lists them: dimensions, facts and the page audit, all in schema main.
MARTS_SQL = r"""
    select table_name from information_schema.tables
    where table_catalog = current_database() and table_schema = 'main'
      and (table_name like 'dim\_%' escape '\' or table_name like 'fct\_%' escape '\' or table_name = 'audit_pages')
    order by table_name
"""


class ExportError(RuntimeError):
    """An export could not be written; the message says which file and why."""


def csv_value(value):
    """Return a value as a CSV cell holds it: a list as its items joined with LIST_SEPARATOR.

    Python's csv module would write a list as its repr (`['RU', 'UZ']`), which no spreadsheet
    or `cut` can take apart; `RU;UZ` splits on one character.
    """
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join("" if item is None else str(item) for item in value)
    return value


def write_csv(out: TextIO, columns: list[str], chunks: Iterable[list[tuple]]) -> int:
    """Write a header and the rows of `chunks` as CSV to `out` and return the number of rows."""
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for rows in chunks:
        writer.writerows([csv_value(v) for v in row] for row in rows)
        count += len(rows)
    return count


def mart_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Return the marts of the open warehouse, by name."""
    return [name for (name,) in con.execute(MARTS_SQL).fetchall()]


def export(warehouse: Path, out: Path, fmt: str) -> Iterator[tuple[Path, int]]:
    """Write each mart of `warehouse` to `out/<mart>.<fmt>`, yielding each file and its rows once it is in place.

    The warehouse is opened read-only with file access limited to `out`, so nothing but the
    export's own files can be written. Each file is written under a hidden temporary name
    beside its final one and renamed into place, so a failed export leaves no half file.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot write to {out}: {exc.strerror or exc}") from exc
    con = reader(warehouse, writable_dir=out.resolve())
    try:
        marts = mart_names(con)
        if not marts:
            raise ExportError(f"{warehouse} holds no marts (dim_*, fct_*, audit_pages): run `coopwatch run` first")
        for mart in marts:
            target = out / f"{mart}.{fmt}"
            yield target, _write_atomically(con, mart, target, fmt)
    finally:
        con.close()


def _write_atomically(con: duckdb.DuckDBPyConnection, mart: str, target: Path, fmt: str) -> int:
    """Write one mart to a temporary file beside `target`, flush it to disk and rename it over `target`."""
    staged = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        if fmt == "parquet":
            # DuckDB writes lists as Parquet lists and keeps every column's type.
            (rows,) = con.execute(f"copy (select * from main.{mart}) to {sql_string(str(staged))} (format parquet)"
                                  ).fetchone()
        else:
            cursor = con.execute(f"select * from main.{mart}")
            with open(staged, "w", encoding="utf-8", newline="") as handle:
                rows = write_csv(handle, [d[0] for d in cursor.description],
                                 iter(lambda: cursor.fetchmany(FETCH_ROWS), []))
        with open(staged, "rb") as written:  # on disk before the rename, so a crash leaves old or new, never empty
            os.fsync(written.fileno())
        os.replace(staged, target)
    except (OSError, duckdb.Error) as exc:
        raise ExportError(f"cannot write {target}: {getattr(exc, 'strerror', None) or exc}") from exc
    finally:
        staged.unlink(missing_ok=True)
    return rows
