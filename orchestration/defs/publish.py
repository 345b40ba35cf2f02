"""The last asset of a refresh: publish the finished warehouse for readers and restores."""

import dagster as dg

from orchestration.defs.dbt import coopwatch_dbt_models
from orchestration.defs.resources import WAREHOUSE_ACCESS, WarehouseResource
from warehouse.snapshot import publish


@dg.asset(key="published_warehouse", deps=list(coopwatch_dbt_models.keys), group_name="publish",
          kinds={"duckdb"}, **WAREHOUSE_ACCESS)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Copy the warehouse, once every mart and dbt test has passed, to the file queries read.

    Running only after the whole build succeeded is what makes the copy the "last good
    warehouse": a failed or killed run never replaces it. The copy is compared with the
    working file, so it is never older than the last successful run.
    """
    target, replaced = publish(warehouse.file())
    context.log.info(f"published {target}" if replaced else f"{target} already matches the warehouse; kept")
    return dg.MaterializeResult(metadata={"path": str(target), "bytes": target.stat().st_size,
                                          "replaced": replaced})
