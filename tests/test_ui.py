"""The UI path: `dg dev` on loopback, a run of refresh_all launched through its GraphQL API."""
from __future__ import annotations

import ipaddress
import urllib.request
from pathlib import Path

import duckdb
import pytest

import bench.ui_launch as ui
from tests.conftest import REPO, SAMPLES
from warehouse.snapshot import published_path

pytestmark = pytest.mark.slow


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


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    """Start `dg dev` as `make ui` does, with its own Dagster home and warehouse, for this module's tests."""
    work = tmp_path_factory.mktemp("ui")
    home = ui.dagster_home(work / "dagster_home")
    with ui.webserver(home, work / "ui.duckdb", work / "dg.log") as server:
        yield server, home, work / "ui.duckdb"


@pytest.fixture(scope="module")
def refresh_run(webserver) -> str:
    """Launch refresh_all through GraphQL as the UI's button does, wait for it and return the run's id."""
    server, _, _ = webserver
    run_id = server.launch("refresh_all")
    status = server.wait(run_id, timeout=600)
    assert status == "SUCCESS", server.log.read_text()[-5000:]
    return run_id


def test_a_run_launched_from_the_ui_materializes_every_asset(webserver, refresh_run):
    _, _, warehouse = webserver
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from fct_meetings").fetchone()[0] > 0
        assert con.execute("select count(*) from audit_pages").fetchone()[0] == len(list((SAMPLES / "pages").iterdir()))
    finally:
        con.close()
    assert published_path(warehouse).exists(), "a successful UI run publishes the copy queries read"


def test_a_run_launched_from_the_ui_runs_every_step_in_one_process(webserver, refresh_run):
    server, home, _ = webserver
    profile = ui.run_profile(home, refresh_run, launched_at=0)
    pids = profile["step_pids"]
    assert "coopwatch_dbt_models" in pids and len(pids) > 10, pids
    assert len(set(pids.values())) == 1, f"steps ran in several processes: {pids}"
    assert profile["step_workers_started"] == 0
    messages = server.engine_messages(refresh_run)
    assert any(m.startswith("Executing steps in process") for m in messages), messages


MART_PAGE = """query($keys: [AssetKeyInput!]) { assetNodes(assetKeys: $keys) {
    description
    metadataEntries { label __typename }
    assetMaterializations(limit: 1) { metadataEntries { label __typename
        ... on IntMetadataEntry { intValue }
        ... on TextMetadataEntry { text }
        ... on TableSchemaMetadataEntry { schema { columns { name type } } } } } } }"""


def test_a_mart_page_shows_its_row_count_column_types_and_plain_description(webserver, refresh_run):
    server, _, _ = webserver
    mart = server.graphql(MART_PAGE, {"keys": [{"path": ["fct_meetings"]}]})["assetNodes"][0]
    entries = {e["label"]: e for e in mart["assetMaterializations"][0]["metadataEntries"]}
    assert entries["dagster/row_count"]["intValue"] > 0
    columns = {c["name"]: c["type"] for c in entries["dagster/column_schema"]["schema"]["columns"]}
    assert columns["meeting_id"] == "VARCHAR" and "?" not in columns.values()
    definition = {e["label"]: e["__typename"] for e in mart["metadataEntries"]}
    assert "dagster_dbt/project" not in definition
    assert definition["dagster/table_name"] == "TextMetadataEntry"
    assert "select" not in mart["description"].lower(), "the description runs on into the model's SQL"


def test_the_ui_shows_no_community_dialog(webserver):
    server, _, _ = webserver
    assert server.graphql("{ shouldShowNux }")["shouldShowNux"] is False


def test_the_webserver_listens_on_loopback_only(webserver):
    port = webserver[0].port
    urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5)
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read listening sockets from")
    assert listening_addresses(port) == {"127.0.0.1"}


def test_make_ui_binds_the_webserver_to_loopback():
    recipe = (REPO / "Makefile").read_text().split("\nui:", 1)[1].split("\n\n", 1)[0]
    assert "--host 127.0.0.1" in recipe

