"""What a mart's page in the Dagster UI shows after a refresh: row count, column types, plain metadata."""
from __future__ import annotations

import time

import pytest

from tests.test_ui import graphql, webserver  # noqa: F401  (webserver is a fixture)

pytestmark = pytest.mark.slow

MART_PAGE = """query($keys: [AssetKeyInput!]) { assetNodes(assetKeys: $keys) {
    description
    metadataEntries { label __typename }
    assetMaterializations(limit: 1) { metadataEntries { label __typename
        ... on IntMetadataEntry { intValue }
        ... on TextMetadataEntry { text }
        ... on TableSchemaMetadataEntry { schema { columns { name type } } } } } } }"""


def launch_refresh(port: int) -> str:
    """Launch refresh_all as the UI's button does and return its final status."""
    node = graphql(port, "{ repositoriesOrError { ... on RepositoryConnection { nodes { name location { name } } } } }"
                   )["repositoriesOrError"]["nodes"][0]
    launched = graphql(port, """mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
        __typename ... on LaunchRunSuccess { run { runId } } } }""", {"p": {"selector": {
        "repositoryLocationName": node["location"]["name"], "repositoryName": node["name"], "jobName": "refresh_all"}}})
    run_id = launched["launchRun"]["run"]["runId"]
    deadline, status = time.monotonic() + 600, None
    while time.monotonic() < deadline and status not in ("SUCCESS", "FAILURE", "CANCELED"):
        time.sleep(2)
        status = graphql(port, "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }",
                         {"id": run_id})["runOrError"]["status"]
    return status


def test_a_mart_page_shows_its_row_count_column_types_and_plain_description(webserver):  # noqa: F811
    port, warehouse, log = webserver
    assert launch_refresh(port) == "SUCCESS", log.read_text()[-5000:]

    mart = graphql(port, MART_PAGE, {"keys": [{"path": ["fct_meetings"]}]})["assetNodes"][0]

    entries = {e["label"]: e for e in mart["assetMaterializations"][0]["metadataEntries"]}
    assert entries["dagster/row_count"]["intValue"] > 0
    columns = {c["name"]: c["type"] for c in entries["dagster/column_schema"]["schema"]["columns"]}
    assert columns["meeting_id"] == "VARCHAR" and "?" not in columns.values()
    definition = {e["label"]: e["__typename"] for e in mart["metadataEntries"]}
    assert "dagster_dbt/project" not in definition
    assert definition["dagster/table_name"] == "TextMetadataEntry"
    assert "select" not in mart["description"].lower(), "the description runs on into the model's SQL"
