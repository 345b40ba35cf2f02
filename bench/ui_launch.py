"""Time refresh_all launched as the UI's button launches it against `coopwatch run` on the same work.

    python -m bench.ui_launch [--pages samples/pages] [--out bench/results]

Starts `dg dev` on 127.0.0.1 with its own Dagster home (orchestration/dagster.yaml) and
warehouse, launches refresh_all through the GraphQL `launchRun` mutation and waits for it;
beside it runs `coopwatch run` in a fresh process on a second warehouse. Both do a run with
every page new (fresh warehouse) and then a run with nothing new. The UI's time is from the
mutation to the run's end (the webserver is up already, as it is for a user); the CLI's is the
whole process. Prints both wall times and their ratio, the process ids the UI run's steps ran
in and writes bench/results/<stamp>-ui-launch.json.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
SAMPLE_PAGES = REPO / "samples" / "pages"
TARGET_RATIO = 1.5  # issue 14: a UI-launched refresh_all costs at most this many times `coopwatch run`
FINISHED = ("SUCCESS", "FAILURE", "CANCELED")
CLI_STEP = re.compile(r"✓ (?P<step>\S+) done in (?P<seconds>[\d.]+)s")  # orchestration/defs/progress.py's lines


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def coopwatch_env(home: Path, warehouse: Path, pages: Path) -> dict[str, str]:
    """Return the environment `make ui` and `make run` give Dagster: this venv first, one home, one warehouse."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COOPWATCH_", "DAGSTER_HOME"))}
    env.update(DAGSTER_HOME=str(home), COOPWATCH_WAREHOUSE=str(warehouse), COOPWATCH_PAGES=str(pages),
               PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '')}")
    return env


def dagster_home(path: Path) -> Path:
    """Make a Dagster home holding the project's instance settings, as `make ui` does."""
    path.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "orchestration" / "dagster.yaml", path / "dagster.yaml")
    return path


@dataclass
class Webserver:
    """A running `dg dev` and where its output goes."""

    port: int
    log: Path

    def graphql(self, query: str, variables: dict | None = None) -> dict:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/graphql", headers={"Content-Type": "application/json"},
            data=json.dumps({"query": query, "variables": variables or {}}).encode())
        with urllib.request.urlopen(request, timeout=60) as response:
            body = json.loads(response.read())
        if body.get("errors"):
            raise RuntimeError(f"GraphQL errors: {body['errors']}")
        return body["data"]

    def launch(self, job: str = "refresh_all") -> str:
        """Launch a job as the UI's Materialize button does and return the run's id."""
        node = self.graphql("{ repositoriesOrError { ... on RepositoryConnection"
                            " { nodes { name location { name } } } } }"
                            )["repositoriesOrError"]["nodes"][0]
        launched = self.graphql("""mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
            __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }""",
                                {"p": {"selector": {"repositoryLocationName": node["location"]["name"],
                                                    "repositoryName": node["name"], "jobName": job}}})["launchRun"]
        if launched["__typename"] != "LaunchRunSuccess":
            raise RuntimeError(f"launchRun answered {launched}")
        return launched["run"]["runId"]

    def wait(self, run_id: str, timeout: float = 900) -> str:
        """Poll the run until it ends (or the timeout passes) and return its status."""
        deadline, status = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            status = self.graphql("query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }",
                                  {"id": run_id})["runOrError"]["status"]
            if status in FINISHED:
                break
            time.sleep(0.5)
        return status

    def engine_messages(self, run_id: str) -> list[str]:
        """Return the run's engine events' messages: they name the executor and every process it starts."""
        logs = self.graphql("""query($id: ID!) { logsForRun(runId: $id, limit: 10000) { ... on EventConnection {
            events { __typename ... on EngineEvent { message } } } } }""", {"id": run_id})["logsForRun"]
        return [e["message"] for e in logs["events"] if e["__typename"] == "EngineEvent"]


@contextlib.contextmanager
def webserver(home: Path, warehouse: Path, log: Path, pages: Path = SAMPLE_PAGES,
              startup_timeout: float = 180) -> Iterator[Webserver]:
    """Run `dg dev` on loopback as `make ui` does, with its own Dagster home and warehouse, until the block ends."""
    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen([str(Path(sys.executable).with_name("dg")), "dev", "--host", "127.0.0.1",
                                 "--port", str(port)], cwd=REPO, env=coopwatch_env(home, warehouse, pages),
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + startup_timeout
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5)
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"dg dev did not come up:\n{log.read_text()[-3000:]}") from None
                    time.sleep(1)
            yield Webserver(port, log)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def run_profile(home: Path, run_id: str, launched_at: float) -> dict:
    """Read from the instance's event log where a run's time went and which process each step started in.

    `launched_at` is the wall clock (time.time()) of the launchRun call: the gap to RUN_START is
    the queue, the run worker's start-up and the loading of the code location in it.
    """
    import dagster as dg

    with dg.DagsterInstance.from_config(str(home)) as instance:
        events = [e for e in instance.all_logs(run_id) if e.dagster_event]
    at = {e.dagster_event.event_type_value: e.timestamp for e in events}
    starts = {e.step_key: e for e in events if e.dagster_event.event_type_value == "STEP_START"}
    ends = {e.step_key: e.timestamp for e in events if e.dagster_event.event_type_value in ("STEP_SUCCESS",
                                                                                             "STEP_FAILURE")}
    steps = {key: round(ends.get(key, start.timestamp) - start.timestamp, 2) for key, start in starts.items()}
    return {"step_pids": {key: e.dagster_event.pid for key, e in starts.items()},
            # a multiprocess executor starts a step worker process per step and says so with this event
            "step_workers_started": sum(e.dagster_event.event_type_value == "STEP_WORKER_STARTING" for e in events),
            "launch_to_run_start_seconds": round(at.get("PIPELINE_START", launched_at) - launched_at, 2),
            "run_seconds": round(at.get("PIPELINE_SUCCESS", at.get("PIPELINE_FAILURE", launched_at))
                                 - at.get("PIPELINE_START", launched_at), 2),
            "step_seconds": dict(sorted(steps.items(), key=lambda kv: -kv[1]))}


def time_cli(home: Path, warehouse: Path, pages: Path) -> dict:
    """Run `coopwatch run` in a fresh process as `make run` does; return its wall time, exit code and step times."""
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "orchestration.cli", "run"], cwd=REPO,
                          env=coopwatch_env(home, warehouse, pages), capture_output=True, text=True, timeout=900)
    took = time.monotonic() - started
    if proc.returncode != 0:
        print(proc.stdout[-2000:], proc.stderr[-3000:], sep="\n", file=sys.stderr)
    steps = {m["step"]: float(m["seconds"]) for m in CLI_STEP.finditer(proc.stderr)}
    return {"seconds": took, "exit": proc.returncode, "steps_total_seconds": round(sum(steps.values()), 2),
            "step_seconds": dict(sorted(steps.items(), key=lambda kv: -kv[1]))}


def time_ui(server: Webserver, home: Path) -> dict:
    """Launch refresh_all through GraphQL, wait for it, and describe how it ran."""
    launched_at, started = time.time(), time.monotonic()
    run_id = server.launch()
    status = server.wait(run_id)
    took = time.monotonic() - started
    profile = run_profile(home, run_id, launched_at)
    messages = server.engine_messages(run_id)
    return {"seconds": took, "status": status, "run_id": run_id, "steps": len(profile["step_pids"]),
            "step_processes": len(set(profile["step_pids"].values())),
            "executor": next((m for m in messages if m.startswith("Executing steps")), None), **profile}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default=str(SAMPLE_PAGES), help="folder of pages (default samples/pages)")
    parser.add_argument("--out", default=str(RESULTS), help="folder for the JSON result (default bench/results)")
    args = parser.parse_args(argv)
    pages = Path(args.pages).resolve()
    work = Path(tempfile.mkdtemp(prefix="coopwatch-ui-bench-"))
    stamp = dt.datetime.now(dt.UTC)
    results = {"meta": {"pages": str(pages), "page_files": len(list(pages.iterdir())), "started_at": stamp.isoformat(),
                        "cpus": os.cpu_count(), "target_ratio": TARGET_RATIO}, "phases": {}}
    try:
        cli_home, ui_home = dagster_home(work / "cli_home"), dagster_home(work / "ui_home")
        with webserver(ui_home, work / "ui.duckdb", work / "dg.log", pages) as server:
            for phase in ("new_pages", "nothing_new"):
                cli = time_cli(cli_home, work / "cli.duckdb", pages)
                ui = time_ui(server, ui_home)
                results["phases"][phase] = {"cli": cli, "ui": ui, "ratio": ui["seconds"] / cli["seconds"]}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ok = True
    print(f"{'phase':<12} {'cli s':>8} {'ui s':>8} {'ratio':>6}  ui run")
    for phase, row in results["phases"].items():
        ui = row["ui"]
        cli = row["cli"]
        ok &= cli["exit"] == 0 and ui["status"] == "SUCCESS"
        print(f"{phase:<12} {cli['seconds']:8.1f} {ui['seconds']:8.1f} {row['ratio']:6.2f}  {ui['status']}, "
              f"{ui['steps']} steps in {ui['step_processes']} process(es), {ui['step_workers_started']} step "
              f"workers started; {ui['executor']}")
        slowest = ", ".join(f"{k} {v:.1f}s" for k, v in list(ui["step_seconds"].items())[:4])
        print(f"{'':<12} ui: launch→run start {ui['launch_to_run_start_seconds']:.1f}s, run {ui['run_seconds']:.1f}s; "
              f"slowest steps {slowest}")
        slowest = ", ".join(f"{k} {v:.1f}s" for k, v in list(cli["step_seconds"].items())[:4])
        print(f"{'':<12} cli: steps {cli['steps_total_seconds']:.1f}s of {cli['seconds']:.1f}s; "
              f"slowest steps {slowest}")
    target = Path(args.out) / f"{stamp:%Y%m%dT%H%M%SZ}-ui-launch.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=1, default=str))
    print(f"target: ui ≤ {TARGET_RATIO}× cli; results written to {target}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
