"""dbt models as Dagster assets, downstream of the Python assets that write their sources."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.defs.dbt_project import coopwatch_dbt_project, project_version
from orchestration.defs.progress import OWN_NOTE
from orchestration.defs.resources import WAREHOUSE_ACCESS, WarehouseResource
from warehouse import state
from warehouse.db import writer
from warehouse.snapshot import write_lock


class CoopwatchDbtTranslator(DagsterDbtTranslator):
    """Group dbt models by their layer folder (staging, intermediate, marts, seeds)."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "seeds"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "dbt"


# What the marts are built from, apart from the page audit of the latest run.
MART_INPUTS = (state.ARTICLE_INPUTS, state.EXTRACTION_INPUTS, "select count(*) from raw.meeting_clusters",
               "select count(*) from raw.project_clusters")
@dbt_assets(manifest=coopwatch_dbt_project().manifest_path, project=coopwatch_dbt_project(),
            dagster_dbt_translator=CoopwatchDbtTranslator(), **WAREHOUSE_ACCESS)
def coopwatch_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """Build seeds, models and their tests; test failures surface as asset check failures.

    When no article, fact, cluster or dbt file changed since the last build, dbt is not
    started at all: the marts are current, and `audit_pages`, the one mart that follows
    every run, is a view. A refresh with nothing new so costs no dbt time whatever the
    warehouse size. dbt opens the DuckDB file itself, so the step holds the warehouse
    write lock that the Python writers take too.
    """
    with writer(warehouse.file()) as con:
        inputs = state.fingerprint(con, MART_INPUTS, [project_version()])
        if inputs == state.last_fingerprint(con, "dbt"):
            context.log.info(f"{OWN_NOTE} no new articles, facts or dbt changes since the last build; "
                             "the marts are current")
            return
    with write_lock(warehouse.file()):
        yield from dbt.cli(["build"], context=context).stream()
    with writer(warehouse.file()) as con:
        state.record_fingerprint(con, "dbt", inputs)
