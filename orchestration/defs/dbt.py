"""dbt models as Dagster assets, downstream of the Python assets that write their sources."""

import functools
import json
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
# The models that follow each run's page audit; a refresh with nothing new rebuilds only these.
AUDIT_MODELS = ("audit_pages", "stg_quarantine")


@functools.cache
def everything_but_the_audit() -> str:
    """Name every model and seed that the audit models do not read, as one dbt --exclude value.

    An exclusion rather than a selection, because dagster-dbt appends its own --select for
    the asset selection, which would override ours; dbt drops the tests of excluded models too.
    """
    nodes = json.loads(coopwatch_dbt_project().manifest_path.read_text())["nodes"]
    keep = {uid for uid, node in nodes.items() if node["name"] in AUDIT_MODELS}
    frontier = list(keep)
    while frontier:
        for parent in nodes.get(frontier.pop(), {}).get("depends_on", {}).get("nodes", []):
            if parent in nodes and parent not in keep:
                keep.add(parent)
                frontier.append(parent)
    return " ".join(sorted(node["name"] for uid, node in nodes.items()
                           if node["resource_type"] in ("model", "seed", "snapshot") and uid not in keep))


@dbt_assets(manifest=coopwatch_dbt_project().manifest_path, project=coopwatch_dbt_project(),
            dagster_dbt_translator=CoopwatchDbtTranslator(), **WAREHOUSE_ACCESS)
def coopwatch_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """Build seeds, models and their tests; test failures surface as asset check failures.

    When no article, fact, cluster or dbt file changed since the last full build, only the
    page-audit models are rebuilt, so a refresh with nothing new costs about a second of
    dbt work whatever the warehouse size. dbt opens the DuckDB file itself, so the step
    holds the warehouse write lock that the Python writers take too.
    """
    with writer(warehouse.file()) as con:
        inputs = state.fingerprint(con, MART_INPUTS, [project_version()])
        current = inputs == state.last_fingerprint(con, "dbt")
    if current:
        context.log.info(f"{OWN_NOTE} no new articles, facts or dbt changes since the last build; "
                         "rebuilding the page audit only")
    args = ["build", "--exclude", everything_but_the_audit()] if current else ["build"]
    with write_lock(warehouse.file()):
        yield from dbt.cli(args, context=context).stream()
    if not current:
        with writer(warehouse.file()) as con:
            state.record_fingerprint(con, "dbt", inputs)
