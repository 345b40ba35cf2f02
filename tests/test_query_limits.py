"""`coopwatch query` under its limits: real CLI processes on a real DuckDB file, their peak memory read from the kernel."""
from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import NamedTuple

import duckdb
import pytest
from rich.console import Console
from rich.table import Table

from tests.conftest import REPO
from warehouse import db

RUNAWAY = "select repeat('x', 1000000) from range(3000)"  # 3 GB of result, 2 GB in DuckDB's first vector
ENDLESS = "select range, repeat('x', 100) from range(1000000000)"  # 100 GB: never ends within a test
SMALL = ("select * from (values (1, 'a,\"b\"', date '2024-01-02', 1.50::decimal(4, 2), null, [1, 2]), "
         "(2, 'Ст. 2\nлиния', date '2024-01-03', 2.25, 'z', null)) t(n, s, d, amount, z, l) order by n")


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """A small warehouse file: queries here compute their rows, so one table is enough."""
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f"create table t as {SMALL}")
    con.close()
    return path


def cli_env(**extra: str) -> dict[str, str]:
    """Return the environment of a user's shell: no coopwatch settings, buffered stdout, 80 columns."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COOPWATCH_", "DAGSTER_HOME"))}
    # An unbuffered stdout drops the rest of a write the kernel cut short, so a closed pipe would go unnoticed.
    env.pop("PYTHONUNBUFFERED", None)
    return {**env, "COLUMNS": "80", **extra}


def count_bytes(pipe) -> int:
    total = 0
    while chunk := pipe.read(1 << 20):
        total += len(chunk)
    return total


class Measured(NamedTuple):
    code: int
    stderr: str
    peak: int  # bytes
    seconds: float
    stdout: object  # what `read_stdout` returned


def high_water_mark(pid: int) -> int:
    """Return a process's peak resident memory so far in bytes (VmHWM), 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measured(*args: str, env: dict[str, str], read_stdout=count_bytes) -> Measured:
    """Run the CLI while `read_stdout(pipe)` reads its output; measure its own peak RSS and time.

    The peak is sampled from /proc (VmHWM belongs to the program the child runs): the
    maxrss that wait4 reports starts from the forking parent's, and pytest itself may
    hold more than the limits these tests check.
    """
    started = time.monotonic()
    with subprocess.Popen([sys.executable, "-m", "orchestration.cli", *args], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        peak = [0]

        def sample() -> None:
            while proc.poll() is None:
                peak[0] = max(peak[0], high_water_mark(proc.pid))
                time.sleep(0.01)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out = read_stdout(proc.stdout)
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        proc.wait()
        sampler.join()
    return Measured(proc.returncode, stderr, peak[0], time.monotonic() - started, out)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_a_runaway_result_stops_at_the_memory_limit_with_one_clear_line(warehouse, fmt):
    run = measured("query", RUNAWAY, "--warehouse", str(warehouse), "--timeout", "5", "--format", fmt,
                   env=cli_env(COOPWATCH_QUERY_MEMORY_LIMIT="800MB"))
    assert run.code == 1
    assert run.stderr.strip() == ("error: query stopped at the 800MB memory limit "
                                  "(raise it with COOPWATCH_QUERY_MEMORY_LIMIT)")
    assert run.peak < 1_000_000_000, f"peak RSS {run.peak / 1e6:.0f} MB"
    assert run.seconds < 60


@pytest.mark.slow
def test_the_runaway_query_of_the_report_stays_under_the_default_limit(warehouse):
    run = measured("query", RUNAWAY, "--warehouse", str(warehouse), "--timeout", "5", "--format", "csv",
                   env=cli_env())
    assert run.code == 1 and run.stderr.startswith("error: query stopped at the 2GB memory limit")
    assert run.peak < 2_000_000_000, f"peak RSS {run.peak / 1e6:.0f} MB"


@pytest.mark.slow
def test_a_result_larger_than_the_memory_limit_streams_out_whole(warehouse):
    rows, width = 250_000, 1000
    run = measured("query", f"select repeat('x', {width}) as s from range({rows})", "--warehouse", str(warehouse),
                   "--format", "csv", env=cli_env(COOPWATCH_QUERY_MEMORY_LIMIT="300MB"))
    assert (run.code, run.stderr) == (0, "")
    assert run.stdout == len("s\r\n") + rows * (width + 2)
    assert run.peak < 300_000_000, f"peak RSS {run.peak / 1e6:.0f} MB"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_output_that_outlasts_the_timeout_is_cut_off_with_one_clear_line(warehouse, fmt):
    run = measured("query", ENDLESS, "--warehouse", str(warehouse), "--timeout", "2", "--format", fmt,
                   env=cli_env())
    assert run.code == 1
    assert run.stderr.strip() == "error: query stopped after the 2s time limit (raise it with --timeout)"
    assert run.stdout > 0, "nothing was printed before the deadline"
    assert run.seconds < 60
    assert run.peak < 500_000_000, f"peak RSS {run.peak / 1e6:.0f} MB"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_a_closed_pipe_ends_the_query_quietly(warehouse, fmt):
    run = measured("query", ENDLESS, "--warehouse", str(warehouse), "--format", fmt, env=cli_env(),
                   read_stdout=lambda pipe: pipe.readline())  # then hang up, as `| head -1` does
    assert run.stdout
    assert (run.code, run.stderr) == (141, "")


def printed_by(*args: str) -> str:
    """Return exactly what the CLI printed (csv's CRLF included) after checking it succeeded quietly."""
    run = measured(*args, env=cli_env(), read_stdout=lambda pipe: pipe.read().decode())
    assert (run.code, run.stderr) == (0, "")
    return run.stdout


def expected_csv(columns: list[str], rows: list[tuple]) -> str:
    """Lay the rows out as csv.writer does, with a list cell as its items joined by ';'."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([";".join(map(str, v)) if isinstance(v, list) else v for v in row] for row in rows)
    return out.getvalue()


def expected_json(columns: list[str], rows: list[tuple]) -> str:
    """Lay the rows out as `coopwatch query --format json` did when it printed them all in one json.dumps."""
    def plain(value):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return json.dumps([dict(zip(columns, row, strict=True)) for row in rows], default=plain, ensure_ascii=False, indent=1) + "\n"


def expected_table(columns: list[str], rows: list[tuple], caption: str | None = None) -> str:
    table = Table(caption=caption)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    out = io.StringIO()
    Console(file=out, width=80).print(table)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("sql", [SMALL, "select 42 as answer", "select * from t where false"])
def test_small_results_print_exactly_as_before_in_every_format(warehouse, sql):
    con = duckdb.connect(str(warehouse), read_only=True)
    cursor = con.execute(sql)
    columns, rows = [d[0] for d in cursor.description], cursor.fetchall()
    con.close()
    printed = {fmt: printed_by("query", sql, "--warehouse", str(warehouse), "--format", fmt)
               for fmt in ("csv", "json", "table")}
    assert printed == {"csv": expected_csv(columns, rows), "json": expected_json(columns, rows),
                       "table": expected_table(columns, rows)}


@pytest.mark.slow
def test_a_long_table_shows_its_first_rows_and_says_how_to_get_all(warehouse):
    shown = printed_by("query", "select range as n from range(5000)", "--warehouse", str(warehouse))
    assert shown == expected_table(["n"], [(n,) for n in range(1000)],
                                   caption="showing the first 1000 rows; use --format csv for all")


def test_rows_arrive_in_chunks_bounded_by_bytes(warehouse, monkeypatch):
    monkeypatch.setattr(db, "READER_MEMORY_LIMIT", "none")  # the cap is process-wide: keep pytest's own memory out of it
    con = db.reader(warehouse)
    try:
        with db.streamed(con, "select range, repeat('x', 100000) from range(300)", 60,
                         chunk_bytes=1_000_000) as (columns, chunks):
            sizes = [len(rows) for rows in chunks]
    finally:
        con.close()
    assert columns == ["range", "repeat('x', 100000)"]
    assert sum(sizes) == 300
    assert max(sizes) <= 10, sizes  # ten rows of 100 kB fill a megabyte


def test_time_spent_printing_counts_against_the_timeout(warehouse, monkeypatch):
    monkeypatch.setattr(db, "READER_MEMORY_LIMIT", "none")
    con = db.reader(warehouse)
    try:
        with pytest.raises(db.QueryTimeout, match="1s time limit"):
            with db.streamed(con, "select range from range(1000000)", 1) as (_, chunks):
                for _ in chunks:
                    time.sleep(0.3)  # a slow reader on the other end of the pipe
    finally:
        con.close()


def test_the_memory_cap_holds_while_the_query_streams_and_is_lifted_after(warehouse, monkeypatch):
    monkeypatch.setattr(db, "READER_MEMORY_LIMIT", "4GB")
    before = resource.getrlimit(resource.RLIMIT_DATA)
    con = db.reader(warehouse)
    try:
        with db.streamed(con, "select 1", 60) as (_, chunks):
            assert list(chunks) == [[(1,)]]
            during = resource.getrlimit(resource.RLIMIT_DATA)
    finally:
        con.close()
    already = before[0] if before[0] != resource.RLIM_INFINITY else 4_000_000_000
    assert during == (min(4_000_000_000, already), before[1])
    assert resource.getrlimit(resource.RLIMIT_DATA) == before
