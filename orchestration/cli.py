"""The `coopwatch` command: run the whole pipeline in-process, query, export or report on the warehouse, restore it."""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import itertools
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ingestion.sources import SourceConfigError, load_sources
from warehouse.db import QueryOutOfMemory, QueryTimeout, reader, streamed, warehouse_path
from warehouse.export import FORMATS, ExportError, export, mart_names, write_csv
from warehouse.snapshot import (
    NothingToRestore,
    RunInProgress,
    WarehouseDamaged,
    published_path,
    restore,
    run_lock,
    verify,
)

err = Console(stderr=True, soft_wrap=True)  # soft wrap: long paths must stay greppable


def run(args: argparse.Namespace) -> int:
    """Materialize every asset in-process and print rows per mart."""
    if args.warehouse:
        os.environ["COOPWATCH_WAREHOUSE"] = str(Path(args.warehouse).resolve())
    if args.sources:
        os.environ["COOPWATCH_SOURCES"] = str(Path(args.sources).resolve())
    if args.pages:
        pages = Path(args.pages)
        if not pages.is_dir():
            err.print(f"[red]error:[/] --pages {pages} is not a folder")
            return 2
        os.environ["COOPWATCH_PAGES"] = str(pages.resolve())
    else:
        try:  # a broken sources file is one line of reason, not a failed Dagster step and its traceback
            load_sources(args.sources)  # checks the fetch options too; named as the user typed it
        except SourceConfigError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            return 2
    path = warehouse_path()
    os.environ["COOPWATCH_WAREHOUSE"] = str(path)
    try:
        with run_lock(path):
            verify(path)  # a file changed since the last good run is read whole first
            return _run_job(path)
    except WarehouseDamaged as exc:
        return _damaged(path, exc)
    except RunInProgress as exc:  # another run, or another process holding the file (WarehouseBusy)
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return 3


def _damaged(path: Path, exc: Exception) -> int:
    """Say that the warehouse is damaged and end with the command that puts the last good copy back."""
    err.print(f"[red]error:[/] {escape(str(exc))}")
    err.print(f"next: put back the copy published by the last successful run: coopwatch restore --warehouse {path}")
    return 1


def _root_cause(error) -> tuple[str, str]:
    """Return the class name and first message line of the innermost cause of a Dagster error record."""
    while error.cause is not None:
        error = error.cause
    lines = [line for line in error.message.strip().splitlines() if line.strip()]
    return error.cls_name or "", (lines[0] if lines else "").strip()


def _run_job(path: Path) -> int:
    """Execute the refresh job in this process and report how it went, ending with the reason if it failed.

    Dagster's and dbt's full output goes to a log file beside the warehouse; the terminal
    gets the failed steps' reasons, last the one to act on.
    """
    import dagster as dg

    from orchestration.definitions import defs

    job = defs().resolve_job_def("refresh_all")
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    started = time.monotonic()
    err.print(f"coopwatch run → {path}")
    # Dagster's console logger and dagster-dbt write every event and dbt line to stdout/stderr;
    # keep that chatter for failures only and show the one-line-per-step progress instead.
    dbt_output = io.StringIO()
    with contextlib.redirect_stdout(dbt_output), contextlib.redirect_stderr(dbt_output):
        result = job.execute_in_process(
            instance=instance, raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}},
                                    "progress": {"config": {"enabled": True}}}})
    if result.success:
        summarize(path, time.monotonic() - started)
        return 0
    log = path.with_name(path.name + ".last-run.log")
    log.write_text(dbt_output.getvalue(), encoding="utf-8")
    failures = [(event.step_key, *_root_cause(event.step_failure_data.error))
                for event in result.all_events if event.is_step_failure]
    busy = [message for _, cls, message in failures if cls in ("WarehouseBusy", "RunInProgress")]
    if busy:
        err.print(f"[red]error:[/] {escape(busy[0])}")
        return 3
    try:
        verify(path, force=True, wait=10)  # was it the file? then the advice is restore, not the step's error
    except WarehouseDamaged as exc:
        return _damaged(path, exc)
    except RunInProgress:
        pass  # someone else has the file now; the steps' own reasons below still hold
    err.print(f"run failed; Dagster's and dbt's full output is in {log}")
    for step, cls, message in failures:
        err.print(f"[red]error:[/] {escape(step)} failed: {escape(cls + ': ' if cls else '')}{escape(message[:500])}")
    return 1


def summarize(path: Path, seconds: float) -> None:
    """Print rows per mart and the pages that did not load, from the finished warehouse."""
    con = reader(path)
    try:
        table = Table(title=f"coopwatch marts in {path.name} ({seconds:.1f}s)")
        table.add_column("mart")
        table.add_column("rows", justify="right")
        for mart in mart_names(con):
            table.add_row(mart, str(con.execute(f"select count(*) from main.{mart}").fetchone()[0]))
        _print(table)
        statuses = dict(con.execute("select status, count(*) from main.audit_pages group by 1").fetchall())
    finally:
        con.close()
    pages = sum(statuses.values())
    # Everything that is not one of the named buckets failed, so the line always adds up to the pages read.
    failed = pages - sum(statuses.get(k, 0) for k in ("loaded", "unchanged", "duplicate", "quarantined",
                                                      "not_article"))
    print(f"pages: {pages}  loaded: {statuses.get('loaded', 0)}  unchanged: {statuses.get('unchanged', 0)}  "
          f"duplicates: {statuses.get('duplicate', 0)}  quarantined: {statuses.get('quarantined', 0)}  "
          f"failed: {failed}  "
          f"not articles: {statuses.get('not_article', 0)}")


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def working_path(args: argparse.Namespace) -> Path:
    """Return the warehouse file named by --warehouse, else by COOPWATCH_WAREHOUSE or the default."""
    return Path(args.warehouse).resolve() if args.warehouse else warehouse_path()


def readable_path(args: argparse.Namespace) -> Path:
    """Return the file `query`, `export` and `report` read: the published copy unless --live, else the working file."""
    path = working_path(args)
    published = published_path(path)
    if not args.live and published.exists():
        # The published copy is never open for writing, so queries answer during a run.
        return published
    return path


def query(args: argparse.Namespace) -> int:
    """Run one SQL statement read-only and print the result as it streams in."""
    try:
        con = reader(readable_path(args))
        try:
            with streamed(con, args.sql, args.timeout) as (columns, chunks):
                if args.format == "table":
                    _write_table(columns, chunks, _table_width(args.max_width))
                else:
                    WRITERS[args.format](columns, chunks)
                sys.stdout.flush()
        finally:
            con.close()
    except BrokenPipeError:
        raise  # a reader that went away is no error: main ends quietly
    except QueryTimeout as exc:
        err.print(f"[red]error:[/] {exc} (raise it with --timeout)")
        return 1
    except QueryOutOfMemory as exc:
        err.print(f"[red]error:[/] {exc} (raise it with COOPWATCH_QUERY_MEMORY_LIMIT)")
        return 1
    except Exception as exc:  # duckdb raises many error types; the user needs the message, not a trace
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return 1
    return 0


def _write_csv(columns: list[str], chunks: Iterator[list[tuple]]) -> None:
    write_csv(sys.stdout, columns, chunks)  # the writer `coopwatch export` uses: same cells, lists as a;b


def _write_json(columns: list[str], chunks: Iterator[list[tuple]]) -> None:
    """Write one JSON array of row objects, a row at a time, laid out as json.dumps(indent=1) lays out the whole."""
    separator = "\n"
    sys.stdout.write("[")
    for rows in chunks:
        for row in rows:
            # JSON escapes newlines inside strings, so every newline here starts a line to indent.
            item = json.dumps(dict(zip(columns, row, strict=True)), default=_jsonable, ensure_ascii=False, indent=1)
            sys.stdout.write(separator + " " + item.replace("\n", "\n "))
            separator = ",\n"
    sys.stdout.write("]\n" if separator == "\n" else "\n]\n")


TABLE_ROWS = 1000
TABLE_CHARS = 1_000_000
# Off a terminal a table is not wrapped; only a column wider than this is folded, since rich pads
# every row of a column to its widest cell and one huge cell would multiply the output by the rows.
UNWRAPPED_WIDTH = 10_000


def _table_width(max_width: int | None) -> int | None:
    """Return the width to lay a table out in: --max-width, else the terminal's (None), else unwrapped."""
    if max_width is not None:
        return max_width
    return None if Console().is_terminal else UNWRAPPED_WIDTH


def _write_table(columns: list[str], chunks: Iterator[list[tuple]], width: int | None = None) -> None:
    """Print the rows as a table `width` columns wide at most, only the first TABLE_ROWS rows or TABLE_CHARS characters.

    rich lays a table out only once it has every row, so an unbounded table would hold the
    whole result in memory; csv and json stream instead.
    """
    table = Table()
    for column in columns:
        table.add_column(column, overflow="fold")
    shown, chars = 0, 0
    for row in itertools.chain.from_iterable(chunks):
        if shown == TABLE_ROWS or chars >= TABLE_CHARS:
            table.caption = f"showing the first {shown} rows; use --format csv for all"
            break
        cells = ["" if v is None else str(v) for v in row]
        table.add_row(*map(Text, cells))  # Text: a value like "[b]" is data, not rich markup
        shown, chars = shown + 1, chars + sum(map(len, cells))
    _print(table, width)


def _print(renderable, width: int | None = None) -> None:
    """Render with rich and write the text to stdout like csv and json, so a closed pipe ends all output alike.

    rich's own handler of a closed pipe would exit with status 1; main's ends with 141.
    """
    console = Console(width=width)
    with console.capture() as rendered:
        console.print(renderable)
    sys.stdout.write(rendered.get())


WRITERS = {"csv": _write_csv, "json": _write_json, "table": _write_table}


def export_command(args: argparse.Namespace) -> int:
    """Write every mart to --out as one Parquet or CSV file each, from the published copy by default."""
    source, out = readable_path(args), Path(args.out)
    try:
        for target, rows in export(source, out, args.format):
            err.print(f"wrote {escape(str(target))} ({rows} rows)")
    except (ExportError, OSError, RunInProgress, duckdb.Error) as exc:  # no warehouse, busy, damaged: one line
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return 1
    err.print(f"exported the marts of {escape(str(source))} to {escape(str(out))}")
    return 0


def report_command(args: argparse.Namespace) -> int:
    """Write the cooperation report (charts and the project table, one offline HTML file) to --out."""
    from report.page import write_report  # plotly is imported only by the command that draws

    source, out = readable_path(args), Path(args.out)
    try:
        write_report(source, out)
    except (OSError, RunInProgress, duckdb.Error) as exc:  # no warehouse, busy, unwritable --out: one line
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return 1
    err.print(f"wrote the report of {escape(str(source))} to {escape(str(out))}")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    """Put the last published copy back in place of a damaged warehouse."""
    path = working_path(args)
    try:
        source = restore(path)
    except (NothingToRestore, RunInProgress) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return 1
    err.print(f"restored {path} from {source}; the damaged file, if any, was kept beside it as *.damaged-*")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="coopwatch", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="materialize every asset in-process and print rows per mart")
    p_run.add_argument("--pages", help="use this folder of .html/.htm/.txt pages as the only source")
    p_run.add_argument("--sources", help="sources file (default: ingestion/sources.yml or $COOPWATCH_SOURCES)")
    p_run.add_argument("--warehouse", help="DuckDB file (default: $COOPWATCH_WAREHOUSE or warehouse/coopwatch.duckdb)")
    p_run.set_defaults(func=run)
    p_query = sub.add_parser("query", help="run read-only SQL against the warehouse")
    p_query.add_argument("sql")
    p_query.add_argument("--warehouse")
    p_query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p_query.add_argument("--timeout", type=float, default=60.0, help="seconds before the query is stopped (60)")
    p_query.add_argument("--live", action="store_true",
                         help="read the working file instead of the copy published by the last successful run")
    p_query.add_argument("--max-width", type=_positive_int, metavar="N",
                         help="lay tables out N columns wide (default: the terminal's width; not wrapped when piped)")
    p_query.set_defaults(func=query)
    p_export = sub.add_parser("export", help="write every mart to a folder as Parquet or CSV files, read-only")
    p_export.add_argument("--format", choices=FORMATS, required=True)
    p_export.add_argument("--out", required=True, help="folder for the files, one per mart (created if missing)")
    p_export.add_argument("--warehouse")
    p_export.add_argument("--live", action="store_true",
                          help="read the working file instead of the copy published by the last successful run")
    p_export.set_defaults(func=export_command)
    p_report = sub.add_parser("report", help="write the cooperation report, one HTML file that opens offline")
    p_report.add_argument("--out", required=True, help="the HTML file to write (its folder is created if missing)")
    p_report.add_argument("--warehouse")
    p_report.add_argument("--live", action="store_true",
                          help="read the working file instead of the copy published by the last successful run")
    p_report.set_defaults(func=report_command)
    p_restore = sub.add_parser("restore", help="replace a damaged warehouse with the last published copy")
    p_restore.add_argument("--warehouse")
    p_restore.set_defaults(func=restore_command)
    args = parser.parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()  # here, so a reader that went away is met below and not at interpreter exit
        return code
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and point stdout at /dev/null so the
        # interpreter's final flush does not fail again. 141 is what a shell reports for
        # `seq 1000000 | head`: under `set -o pipefail` a script learns the output was cut short.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE


def _positive_int(text: str) -> int:
    """Parse a whole number of at least 1, for argparse."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


if __name__ == "__main__":
    sys.exit(main())
