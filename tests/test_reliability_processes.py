"""No process outlives a killed run, and every run, however started, takes its turn on the warehouse.

Real `coopwatch run` processes killed with -9 (only the main process, as a crash or the
OOM killer would), a Dagster run started outside the coopwatch command, real DuckDB files.
"""
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

from bench.generate import generate
from ingestion.workers import PARENT_PID_ENV
from tests.conftest import REPO, SAMPLES, SUMMARY, coopwatch
from warehouse import load
from warehouse.db import writer
from warehouse.locked_dbt import writes
from warehouse.snapshot import write_lock


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COOPWATCH_", "DAGSTER_HOME"))}
    return env | extra


def start_run(pages: Path, warehouse: Path) -> subprocess.Popen:
    """Start `coopwatch run` as the leader of a new session, so the test can find every process it started."""
    return subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run", "--pages", str(pages),
                             "--warehouse", str(warehouse)], cwd=REPO, env=clean_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def session_processes(session: int) -> list[tuple[int, str]]:
    """List (pid, command line) of the live processes of a session, zombies excluded."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[3]) == session:  # state, ppid, pgrp, session
            found.append((int(entry.name), cmdline))
    return found


def kill_main_process_when(proc: subprocess.Popen, ready) -> list[tuple[int, str]]:
    """Poll until ready(children) holds, then kill only the main process with -9; return the children it had."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the run ended first:\n{proc.stderr.read()}"
        children = [p for p in session_processes(proc.pid) if p[0] != proc.pid]
        if ready(children):
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return children
        time.sleep(0.05)
    raise AssertionError("the awaited processes never started")


def wait_until_gone(session: int, seconds: float = 15.0) -> list[tuple[int, str]]:
    """Wait for a session's processes to end; return those still alive after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and session_processes(session):
        time.sleep(0.1)
    alive = session_processes(session)
    for pid, _ in alive:  # never leave them behind for the next test, whatever the assertion says
        os.kill(pid, signal.SIGKILL)
    return alive


def test_only_dbt_commands_that_open_the_warehouse_take_the_lock():
    assert writes(["build", "--full-refresh"]) and writes(["--log-format", "json", "build", "--vars", "{}"])
    assert writes(["seed"]) and writes(["compile", "--select", "stg_articles"])
    assert not writes(["--version"]) and not writes(["parse", "--quiet"]) and not writes(["--quiet", "ls"])


def test_the_dbt_resource_marks_this_process_as_the_parent_before_dbt_starts(monkeypatch):
    from dagster_dbt import DbtCliResource, DbtProject

    from orchestration.defs.dbt_project import DBT_PROJECT_DIR, dbt_resource

    monkeypatch.setenv(PARENT_PID_ENV, "1")  # a stale mark, and restored after the test
    started = []
    monkeypatch.setattr(DbtCliResource, "cli",
                        lambda self, args, **kwargs: started.append((args, os.environ[PARENT_PID_ENV])))
    dbt_resource(DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)).cli(["--version"])
    assert started == [(["--version"], str(os.getpid()))]


@pytest.mark.slow
@pytest.mark.parametrize("marked", ["its parent", "another process"])
def test_a_child_whose_marked_parent_is_gone_exits_before_it_starts_work(marked):
    # An orphan sees another parent than the one marked for it: its starter died while it started up.
    parent = os.getpid() if marked == "its parent" else 1
    env = {**os.environ, PARENT_PID_ENV: str(parent)}
    child = subprocess.run([sys.executable, "-c", "from ingestion.workers import die_with_parent\n"
                            "die_with_parent()\nprint('working')"], env=env, capture_output=True, text=True,
                           cwd=REPO, timeout=60)
    if marked == "its parent":
        assert (child.returncode, child.stdout) == (0, "working\n")
    else:
        assert (child.returncode, child.stdout) == (1, "")


def test_the_dbt_child_waits_for_the_write_lock_another_process_holds(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with writer(warehouse):
        pass  # the raw schema exists, so dbt has a file to open
    dbt = Path(sys.executable).with_name("coopwatch-dbt")
    with write_lock(warehouse):
        child = subprocess.Popen([str(dbt), "compile", "--select", "stg_articles", "--project-dir",
                                  str(REPO / "dbt_project"), "--profiles-dir", str(REPO / "dbt_project"),
                                  "--target-path", str(tmp_path / "target")],
                                 env=clean_env(COOPWATCH_WAREHOUSE=str(warehouse)), stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True)
        time.sleep(8)  # long enough for dbt to have opened the file, were it not waiting for the lock
        waited = child.poll() is None
    out, _ = child.communicate(timeout=300)
    assert waited, out
    assert child.returncode == 0, out


def test_the_articles_step_parses_its_own_runs_batch_not_the_newest(tmp_path):
    from orchestration.defs.ingest import batch_of

    with writer(tmp_path / "w.duckdb") as con:
        for run_id, at in (("run-a", "2025-01-01 10:00:00+00"), ("run-b", "2025-01-01 10:05:00+00")):
            con.execute("insert into raw.fetch_log (run_id, source, source_ref, status, fetched_at) "
                        "values (?, 'pages', ?, 'ok', ?::timestamptz)", [run_id, f"{run_id}.html", at])
        assert load.latest_fetch_run(con) == "run-b"
        assert batch_of(con, "run-a") == "run-a"
        assert batch_of(con, "a-replay-that-fetched-nothing") == "run-b"


@pytest.mark.slow
def test_a_run_killed_during_dbt_leaves_no_dbt_behind_and_the_next_run_succeeds(tmp_path):
    pages, warehouse = tmp_path / "pages", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLES / "pages", pages)
    proc = start_run(pages, warehouse)
    children = kill_main_process_when(proc, lambda kids: any("coopwatch-dbt" in cmd and " build" in cmd
                                                               for _, cmd in kids))
    assert any("coopwatch-dbt" in cmd for _, cmd in children)
    assert wait_until_gone(proc.pid) == []
    rerun = coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse), check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert "restore" not in rerun.stderr


@pytest.mark.slow
def test_a_run_killed_while_workers_extract_leaves_no_worker_behind(tmp_path):
    generate(tmp_path, 120)  # enough articles for extraction to start worker processes
    proc = start_run(tmp_path / "pages", tmp_path / "w.duckdb")
    seen = []

    def extracting(children):
        seen[:] = children
        # the forkserver and at least two workers forked from it
        return sum("forkserver" in cmd or "multiprocessing" in cmd for _, cmd in children) >= 3

    # workers parse pages first only for batches of 400+, so these are extraction's
    kill_main_process_when(proc, extracting)
    assert wait_until_gone(proc.pid) == [], seen


@pytest.mark.slow
def test_a_dagster_run_and_a_cli_run_at_once_take_turns_and_each_accounts_for_its_own_batch(tmp_path):
    """A run started by Dagster itself (as the UI, a schedule or a sensor starts one) takes the same run lock."""
    warehouse, home = tmp_path / "w.duckdb", tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    env = clean_env(DAGSTER_HOME=str(home), COOPWATCH_WAREHOUSE=str(warehouse), COOPWATCH_PAGES=str(SAMPLES / "pages"))
    dagster = [str(Path(sys.executable).with_name("dagster")), "job", "execute", "-m", "orchestration.definitions",
               "-j", "refresh_all"]

    cli = start_run(SAMPLES / "pages", warehouse)
    for line in cli.stderr:  # the CLI holds the run lock once its first step has started
        if "▶ raw__fetch_log" in line or "▶ raw_pages" in line:
            break
    refused = subprocess.run(dagster, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    out, rest = cli.communicate(timeout=600)
    assert cli.returncode == 0, rest
    assert refused.returncode != 0
    assert "another coopwatch run" in refused.stdout + refused.stderr

    # its turn now; then the CLI is the one turned away while Dagster's run holds the warehouse
    later = subprocess.Popen(dagster, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (Path(str(warehouse) + ".run.lock").read_text().strip()
                                                == str(later.pid)):
        time.sleep(0.2)
    turned_away = coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse), check=False)
    assert later.wait(timeout=600) == 0
    assert turned_away.returncode == 3 and "another coopwatch run" in turned_away.stderr

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        batches = con.execute("""
            select f.run_id, count(*), (select count(*) from raw.page_audit a where a.run_id = f.run_id)
            from raw.fetch_log f group by f.run_id order by min(f.fetched_at)""").fetchall()
        first_loaded = con.execute("select count(*) from raw.page_audit where run_id = ? and status = 'loaded'",
                                   [batches[0][0]]).fetchone()[0]
    finally:
        con.close()
    assert len(batches) == 2 and all(fetched == audited for _, fetched, audited in batches), batches
    printed = dict(zip(("pages", "loaded"), map(int, SUMMARY.search(out).groups()[:2]), strict=True))
    assert printed == {"pages": batches[0][1], "loaded": first_loaded}
