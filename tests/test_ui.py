"""The UI path: `dg dev` on loopback, a run of refresh_all launched through its GraphQL API."""
from __future__ import annotations

import ipaddress
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


def listening_addresses(port: int) -> set[str]:
    """Read the kernel's table of listening TCP sockets for the addresses bound to a port.

    Asking the kernel, rather than trying to connect from another address, checks the
    binding without sending a packet anywhere.
    """
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, bound_port = local.split(":")
            if state == "0A" and int(bound_port, 16) == port:  # 0A: LISTEN
                raw = bytes.fromhex(address)
                words = [raw[i:i + 4][::-1] for i in range(0, len(raw), 4)]  # little-endian 32-bit words
                found.add(str(ipaddress.ip_address(b"".join(words))) if width == 32 else
                          str(ipaddress.ip_address(raw[::-1])))
    return found


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


def test_the_webserver_listens_on_loopback_only(webserver):
    port, _, _ = webserver
    urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5)
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read listening sockets from")
    assert listening_addresses(port) == {"127.0.0.1"}


def test_make_ui_binds_the_webserver_to_loopback():
    recipe = (REPO / "Makefile").read_text().split("\nui:", 1)[1].split("\n\n", 1)[0]
    assert "--host 127.0.0.1" in recipe
