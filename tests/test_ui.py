"""The UI path: `dg dev` on loopback, a run of refresh_all launched through its GraphQL API."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, SAMPLES
from warehouse.snapshot import published_path

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def outward_address() -> str | None:
    """Find this machine's own non-loopback IPv4 address, without sending a packet."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        try:
            udp.connect(("192.0.2.1", 9))  # TEST-NET-1: a route lookup only, UDP connect sends nothing
        except OSError:
            return None
        address = udp.getsockname()[0]
    return None if address.startswith("127.") else address


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", headers={"Content-Type": "application/json"},
                                     data=json.dumps({"query": query, "variables": variables or {}}).encode())
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())["data"]


@pytest.fixture
def webserver(tmp_path):
    """Start `dg dev` as `make ui` does, with its own Dagster home and warehouse."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    warehouse = tmp_path / "ui.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COOPWATCH_")}
    env.update(DAGSTER_HOME=str(home), COOPWATCH_WAREHOUSE=str(warehouse), COOPWATCH_PAGES=str(SAMPLES / "pages"),
               PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '')}")
    port = free_port()
    log = open(tmp_path / "dg.log", "w")
    proc = subprocess.Popen([str(Path(sys.executable).with_name("dg")), "dev", "--host", "127.0.0.1", "--port",
                             str(port)], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5)
                break
            except OSError:
                assert proc.poll() is None, (tmp_path / "dg.log").read_text()
                time.sleep(1)
        yield port, warehouse, tmp_path / "dg.log"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_a_run_launched_from_the_ui_materializes_every_asset(webserver):
    port, warehouse, log = webserver
    repository = graphql(port, "{ repositoriesOrError { ... on RepositoryConnection { nodes { name location { name } } } } }")
    node = repository["repositoriesOrError"]["nodes"][0]
    launched = graphql(port, """mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
        __typename ... on LaunchRunSuccess { run { runId } } } }""", {"p": {"selector": {
        "repositoryLocationName": node["location"]["name"], "repositoryName": node["name"], "jobName": "refresh_all"}}})
    assert launched["launchRun"]["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["launchRun"]["run"]["runId"]
    deadline, status = time.monotonic() + 400, None
    while time.monotonic() < deadline:
        status = graphql(port, "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }",
                         {"id": run_id})["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(2)
    assert status == "SUCCESS", log.read_text()[-5000:]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from fct_meetings").fetchone()[0] > 0
        assert con.execute("select count(*) from audit_pages").fetchone()[0] == len(list((SAMPLES / "pages").iterdir()))
    finally:
        con.close()
    assert published_path(warehouse).exists(), "a successful UI run publishes the copy queries read"


def test_the_webserver_answers_on_loopback_only(webserver):
    port, _, _ = webserver
    urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5)
    address = outward_address()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to probe")
    with socket.socket() as probe, pytest.raises(OSError):
        probe.settimeout(5)
        probe.connect((address, port))


def test_make_ui_binds_the_webserver_to_loopback():
    recipe = (REPO / "Makefile").read_text().split("\nui:", 1)[1].split("\n\n", 1)[0]
    assert "--host 127.0.0.1" in recipe
