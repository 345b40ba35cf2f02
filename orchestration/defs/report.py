"""After each refresh, write the cooperation report beside the warehouse."""

import dagster as dg

from orchestration.defs.resources import WarehouseResource
from report.page import report_path, write_report
from warehouse.snapshot import published_path


@dg.asset(key="cooperation_report", deps=["published_warehouse"], group_name="publish", kinds={"html"})
def cooperation_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Draw the charts and the project table of the published warehouse into `<stem>.report.html`.

    It reads the published copy, which no writer opens, so it needs no writer slot, and it shows
    exactly what `coopwatch query` answers; the path in the metadata opens the file from the UI.
    """
    target = write_report(published_path(warehouse.file()), report_path(warehouse.file()))
    context.log.info(f"wrote {target}")
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(target)),
                                          "url": dg.MetadataValue.url(target.as_uri()),
                                          "bytes": target.stat().st_size})
