"""The `coopwatch` command: run the whole pipeline in-process, or query the warehouse read-only."""
from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import io
import json
import os
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from warehouse.db import reader, warehouse_path

MARTS = ("dim_articles", "fct_meetings", "fct_meeting_participants", "fct_investments", "fct_projects",
         "fct_cooperation_sectors", "dim_persons", "dim_countries", "dim_sectors", "audit_pages")

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
    path = warehouse_path()
    os.environ["COOPWATCH_WAREHOUSE"] = str(path)

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
    if not result.success:
        err.print(dbt_output.getvalue()[-5000:], markup=False, highlight=False)
        for event in result.all_events:
            if event.is_step_failure:
                err.print(f"[red]{event.step_key} failed:[/] {event.step_failure_data.error.message.strip()[:2000]}")
        err.print("[red]run failed[/]")
        return 1
    summarize(path, time.monotonic() - started)
    return 0


def summarize(path: Path, seconds: float) -> None:
    """Print rows per mart and the pages that did not load, from the finished warehouse."""
    con = reader(path)
    try:
        table = Table(title=f"coopwatch marts in {path.name} ({seconds:.1f}s)")
        table.add_column("mart")
        table.add_column("rows", justify="right")
        for mart in MARTS:
            table.add_row(mart, str(con.execute(f"select count(*) from main.{mart}").fetchone()[0]))
        Console().print(table)
        statuses = dict(con.execute("select status, count(*) from main.audit_pages group by 1").fetchall())
    finally:
        con.close()
    pages = sum(statuses.values())
    failed = sum(v for k, v in statuses.items() if k in ("fetch_failed", "skipped_robots", "too_large"))
    print(f"pages: {pages}  loaded: {statuses.get('loaded', 0)}  unchanged: {statuses.get('unchanged', 0)}  "
          f"quarantined: {statuses.get('quarantined', 0)}  failed: {failed}  "
          f"not articles: {statuses.get('not_article', 0)}")


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def query(args: argparse.Namespace) -> int:
    """Run one SQL statement read-only and print the result."""
    path = Path(args.warehouse).resolve() if args.warehouse else warehouse_path()
    try:
        con = reader(path)
        cursor = con.execute(args.sql)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        rows = cursor.fetchall() if columns else []
    except Exception as exc:  # duckdb raises many error types; the user needs the message, not a trace
        err.print(f"[red]error:[/] {exc}")
        return 1
    if args.format == "json":
        print(json.dumps([dict(zip(columns, row)) for row in rows], default=_jsonable, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        out = csv.writer(sys.stdout)
        out.writerow(columns)
        out.writerows(rows)
    else:
        table = Table()
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        Console().print(table)
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
    p_query.set_defaults(func=query)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
