"""dbt models as Dagster assets, downstream of the Python assets that write their sources."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.defs.dbt_project import coopwatch_dbt_project
from orchestration.defs.resources import WAREHOUSE_ACCESS, WarehouseResource
from warehouse.snapshot import write_lock


class CoopwatchDbtTranslator(DagsterDbtTranslator):
    """Group dbt models by their layer folder (staging, intermediate, marts, seeds)."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "seeds"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "dbt"


@dbt_assets(manifest=coopwatch_dbt_project().manifest_path, project=coopwatch_dbt_project(),
            dagster_dbt_translator=CoopwatchDbtTranslator(), **WAREHOUSE_ACCESS)
def coopwatch_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """Build seeds, models and their tests; test failures surface as asset check failures.

    dbt opens the DuckDB file itself, so the step holds the warehouse write lock that
    the Python writers take too.
    """
    with write_lock(warehouse.file()):
        yield from dbt.cli(["build"], context=context).stream()
