"""The Dagster definitions load and wire Python assets to the dbt models that read them."""
from __future__ import annotations

import dagster as dg
import pytest

from orchestration.definitions import defs

# Loading the Definitions parses the dbt project (tens of seconds).
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def definitions() -> dg.Definitions:
    return defs()


def test_the_python_assets_and_every_mart_are_defined(definitions):
    keys = {key.to_user_string() for key in definitions.resolve_asset_graph().get_all_asset_keys()}
    assert {"raw/fetch_log", "raw/articles", "raw/page_audit", "raw/quarantine", "raw/fact_meetings",
            "raw/meeting_clusters", "raw/project_clusters"} <= keys
    assert {"dim_articles", "fct_meetings", "fct_meeting_participants", "fct_investments", "fct_projects",
            "fct_cooperation_sectors", "dim_persons", "dim_countries", "dim_sectors", "audit_pages"} <= keys


def test_dbt_sources_map_to_the_assets_that_write_them(definitions):
    graph = definitions.resolve_asset_graph()
    upstream = {key.to_user_string() for key in graph.get(dg.AssetKey(["staging", "stg_articles"])).parent_keys}
    assert "raw/articles" in upstream
    upstream = {key.to_user_string() for key in graph.get(dg.AssetKey(["staging", "stg_meeting_mentions"])).parent_keys}
    assert "raw/fact_meetings" in upstream
    upstream = {key.to_user_string() for key in graph.get(dg.AssetKey(["staging", "stg_project_clusters"])).parent_keys}
    assert "raw/project_clusters" in upstream


def test_a_job_a_daily_schedule_and_a_feed_sensor_exist(definitions):
    job = definitions.resolve_job_def("refresh_all")
    assert job is not None
    schedule = definitions.resolve_schedule_def("daily_refresh")
    assert schedule.cron_schedule == "0 6 * * *" and schedule.job_name == "refresh_all"
    assert definitions.resolve_sensor_def("new_feed_items").job_name == "refresh_all"


def test_asset_checks_guard_accounting_and_schemas(definitions):
    checks = {key.name for key in definitions.resolve_asset_graph().asset_check_keys}
    assert {"every_page_accounted_for", "articles_match_schema", "fact_meetings_match_schema",
            "fact_amounts_match_schema"} <= checks


def test_every_warehouse_writer_shares_one_concurrency_pool(definitions):
    graph = definitions.resolve_asset_graph()
    for key in (["raw", "fetch_log"], ["raw", "articles"], ["raw", "fact_amounts"], ["fct_meetings"]):
        node = graph.get(dg.AssetKey(key))
        assert node.pools == {"warehouse_writer"}, key


def test_ui_schedule_and_sensor_runs_execute_in_process(definitions):
    # refresh_all serves the UI's launch, the schedule and the sensor; the implicit asset job serves
    # Lineage's "Materialize all". A multiprocess executor would start every step in a fresh process.
    jobs = [definitions.resolve_job_def("refresh_all"), definitions.resolve_implicit_global_asset_job_def()]
    assert [job.executor_def for job in jobs] == [dg.in_process_executor] * 2
    assert definitions.resolve_schedule_def("daily_refresh").job_name == "refresh_all"
    assert definitions.resolve_sensor_def("new_feed_items").job_name == "refresh_all"


def test_the_page_accounting_and_pandera_checks_block_what_follows(definitions):
    graph = definitions.resolve_asset_graph()
    blocking = {key.name for key in graph.asset_check_keys if graph.get_check_spec(key).blocking}
    assert {"every_page_accounted_for", "articles_match_schema", "fact_meetings_match_schema",
            "fact_sectors_match_schema"} <= blocking


def test_the_parser_and_extractor_assets_carry_their_code_versions(definitions):
    from extraction.batch import extractor_version
    from orchestration.defs.ingest import parser_version

    graph = definitions.resolve_asset_graph()
    assert graph.get(dg.AssetKey(["raw", "articles"])).code_version == parser_version()
    assert graph.get(dg.AssetKey(["raw", "fact_meetings"])).code_version == extractor_version()
    assert graph.get(dg.AssetKey(["raw", "meeting_clusters"])).code_version == extractor_version()


def test_a_mart_is_described_by_its_yaml_alone_with_no_project_object_in_its_metadata(definitions):
    node = definitions.resolve_asset_graph().get(dg.AssetKey(["fct_meetings"]))
    assert node.description.startswith("One row per real-world meeting")
    assert "select" not in node.description.lower()
    assert "dagster_dbt/project" not in node.metadata
    assert node.metadata["dagster/table_name"].endswith("main.fct_meetings")


def test_the_feed_sensor_has_a_description(definitions):
    assert "RSS" in definitions.resolve_sensor_def("new_feed_items").description


def test_every_start_of_dbt_by_a_run_goes_through_the_resource_that_marks_its_parent(definitions):
    from orchestration.defs.dbt_project import MarkedDbtCliResource

    assert isinstance(definitions.resources["dbt"], MarkedDbtCliResource)


def test_a_kept_check_result_is_the_latest_succeeded_or_failed_one_not_one_still_planned():
    # Pinned: the set comes from a private Dagster module, which an upgrade may change without notice.
    from orchestration.defs.dbt import COMPLETED_ASSET_CHECK_EXECUTION_RECORD_STATUSES

    assert {status.value for status in COMPLETED_ASSET_CHECK_EXECUTION_RECORD_STATUSES} == {"SUCCEEDED", "FAILED"}


def test_a_built_table_is_measured_with_rows_and_typed_columns_and_a_view_without_a_count():
    import duckdb

    from orchestration.defs.dbt import relation_metadata

    con = duckdb.connect()
    con.execute("create table main.t as select 'a' as name, 2::integer as n union all select 'b', 3")
    con.execute("create view main.v as select name from main.t")
    documented = dg.TableSchema(columns=[dg.TableColumn("name", "?", description="a name")])
    table = relation_metadata(con, {"dagster/table_name": "memory.main.t", "dagster/column_schema": documented,
                                    "dagster-dbt/materialization_type": "table"})
    assert table["dagster/row_count"] == 2
    assert [(c.name, c.type, c.description) for c in table["dagster/column_schema"].columns] == [
        ("name", "VARCHAR", "a name"), ("n", "INTEGER", None)]
    view = relation_metadata(con, {"dagster/table_name": "memory.main.v", "dagster-dbt/materialization_type": "view"})
    assert "dagster/row_count" not in view and view["dagster/column_schema"].columns[0].type == "VARCHAR"
