"""Crashes, concurrent use and hostile SQL: real `coopwatch` processes, real kills, real DuckDB files."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, SAMPLES, coopwatch, mart_fingerprint
from warehouse.snapshot import published_path

pytestmark = pytest.mark.slow


def start_run(pages: Path, warehouse: Path) -> subprocess.Popen:
    """Start `coopwatch run` in its own process group so a kill reaches dbt's subprocess too."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COOPWATCH_", "DAGSTER_HOME"))}
    return subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run", "--pages", str(pages),
                             "--warehouse", str(warehouse)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def kill_when(proc: subprocess.Popen, step_line: str, then=lambda: None) -> list[str]:
    """Read the run's progress until `step_line` starts, call `then`, and kill the whole run with -9."""
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if step_line in line:
            then()
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return seen
    raise AssertionError(f"the run ended before {step_line!r}:\n{''.join(seen)}")


def wait_for_wal(warehouse: Path, seconds: float = 5.0) -> None:
    """Return once DuckDB starts writing the load's write-ahead log, so the kill lands mid-load."""
    wal = Path(str(warehouse) + ".wal")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (wal.exists() and wal.stat().st_size > 0):
        time.sleep(0.005)


def batches_are_whole(warehouse: Path) -> list[tuple]:
    """List fetch batches whose audit rows are neither all there nor absent (a partial batch)."""
    con = duckdb.connect(str(warehouse))
    try:
        return con.execute("""
            select f.run_id, count(*) as fetched, (select count(*) from raw.page_audit a where a.run_id = f.run_id) as audited
            from raw.fetch_log f group by f.run_id
            having audited not in (0, fetched)""").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, dict]:
    """The sample pages built once without interruption: the state every recovery must converge to."""
    warehouse = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    return warehouse, mart_fingerprint(warehouse)


def test_a_successful_run_publishes_a_copy_with_the_same_marts(clean):
    warehouse, prints = clean
    assert mart_fingerprint(published_path(warehouse)) == prints


def test_a_run_killed_during_the_load_leaves_no_partial_batch_and_the_next_run_converges(clean, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    proc = start_run(SAMPLES / "pages", warehouse)
    kill_when(proc, "▶ articles", then=lambda: wait_for_wal(warehouse))
    assert proc.returncode == -signal.SIGKILL
    assert batches_are_whole(warehouse) == []
    assert not published_path(warehouse).exists(), "a killed run must not publish"

    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    assert batches_are_whole(warehouse) == []
    assert mart_fingerprint(warehouse) == clean[1]


def test_a_run_killed_during_dbt_keeps_the_last_published_copy_and_the_next_run_converges(clean, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES / "pages", pages)
    held_back = sorted(pages.glob("*.html"))[:3]
    kept = {p.name: p.read_bytes() for p in held_back}
    for page in held_back:
        page.unlink()
    coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))
    before = mart_fingerprint(published_path(warehouse))

    for name, data in kept.items():
        (pages / name).write_bytes(data)
    proc = start_run(pages, warehouse)
    kill_when(proc, "▶ coopwatch_dbt_models", then=lambda: time.sleep(3))
    assert proc.returncode == -signal.SIGKILL
    # Queries read the published copy, which still holds the last good build.
    answer = coopwatch("query", "select count(*) as n from dim_articles", "--warehouse", str(warehouse),
                       "--format", "csv")
    assert answer.stdout.split() == ["n", str(16 - 3)]
    assert mart_fingerprint(published_path(warehouse)) == before

    coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))
    # The pages were read from a copy of the samples folder, so only their file paths differ.
    moved = ("loaded_at", "source_ref")
    assert mart_fingerprint(warehouse, moved) == mart_fingerprint(clean[0], moved)
    assert mart_fingerprint(published_path(warehouse), moved) == mart_fingerprint(clean[0], moved)


def test_a_corrupt_warehouse_is_reported_and_restored_with_one_command(clean, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    with open(warehouse, "r+b") as damaged:
        damaged.write(b"\x00garbage" * 1024)

    refused = coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse), check=False)
    assert refused.returncode == 1
    assert "coopwatch restore" in refused.stderr

    coopwatch("restore", "--warehouse", str(warehouse))
    assert mart_fingerprint(warehouse) == clean[1]
    assert list(tmp_path.glob("w.duckdb.damaged-*")), "the damaged file is kept for inspection"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    assert mart_fingerprint(warehouse) == clean[1]


def test_restore_without_a_published_copy_says_so(tmp_path):
    refused = coopwatch("restore", "--warehouse", str(tmp_path / "never-built.duckdb"), check=False)
    assert refused.returncode == 1
    assert "no published copy" in refused.stderr


def test_queries_keep_answering_while_a_run_writes(clean, tmp_path):
    # A copy keeps its file name: DuckDB names a database after its file, and dbt's views refer to that name.
    warehouse = tmp_path / "copy" / clean[0].name
    warehouse.parent.mkdir()
    shutil.copy(clean[0], warehouse)
    published_path(warehouse).parent.mkdir()
    shutil.copy(published_path(clean[0]), published_path(warehouse))
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES / "pages", pages)
    for page in pages.glob("*.html"):  # every page edited, so the run has real work to do
        page.write_bytes(page.read_bytes().replace(b"</p>", b" </p>", 1))
    proc = start_run(pages, warehouse)
    answers = []
    try:
        while proc.poll() is None:
            answer = coopwatch("query", "select count(*) from fct_meetings", "--warehouse", str(warehouse),
                               "--format", "csv", check=False)
            answers.append((proc.poll() is None, answer.returncode, answer.stderr))
    finally:
        _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    during = [a for a in answers if a[0]]
    assert during, "no query overlapped the run"
    assert all(code == 0 for _, code, _ in during), during


def test_two_runs_started_at_once_leave_one_consistent_warehouse(clean, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first, second = start_run(SAMPLES / "pages", warehouse), start_run(SAMPLES / "pages", warehouse)
    outcomes = []
    for proc in (first, second):
        _, stderr = proc.communicate(timeout=600)
        outcomes.append((proc.returncode, stderr))
    codes = sorted(code for code, _ in outcomes)
    assert codes in ([0, 0], [0, 3]), outcomes
    for code, stderr in outcomes:
        if code == 3:
            assert "another coopwatch run" in stderr
    assert batches_are_whole(warehouse) == []
    assert mart_fingerprint(warehouse) == clean[1]


@pytest.mark.parametrize("sql", [
    "create table leak as select 1",
    "copy (select 1) to '/tmp/coopwatch-leak.csv'",
    "select * from read_csv('/etc/passwd')",
    "attach '/tmp/coopwatch-other.duckdb' as other",
    "install httpfs",
    "load httpfs",
    "set enable_external_access = true",
    "set memory_limit = '100GB'",
])
def test_query_refuses_writes_files_extensions_and_settings(clean, sql):
    refused = coopwatch("query", sql, "--warehouse", str(clean[0]), check=False)
    assert refused.returncode == 1
    assert "error" in refused.stderr.lower()
    assert not Path("/tmp/coopwatch-leak.csv").exists()


def test_a_query_that_runs_too_long_is_stopped_at_its_timeout(clean):
    stopped = coopwatch("query", "select count(*) from range(1000000000000)", "--warehouse", str(clean[0]),
                        "--timeout", "1", check=False)
    assert stopped.returncode == 1
    assert "time limit" in stopped.stderr
