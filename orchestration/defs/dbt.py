"""dbt models as Dagster assets, downstream of the Python assets that write their sources."""

import datetime as dt
import graphlib
import json
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from extraction.batch import extractor_version
from orchestration.defs.dbt_project import coopwatch_dbt_project, project_version
from orchestration.defs.progress import OWN_NOTE
from orchestration.defs.resources import WAREHOUSE_ACCESS, WarehouseResource
from warehouse import state
from warehouse.db import writer


class CoopwatchDbtTranslator(DagsterDbtTranslator):
    """Group dbt models by their layer folder (staging, intermediate, marts, seeds)."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "seeds"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "dbt"


def build_args(last_build: dt.datetime | None) -> list[str]:
    """Return the dbt arguments: rebuild the rows changed since the last build, or everything when it is None.

    Incremental marts (dbt_project/macros/incremental.sql) take the time as var
    changed_since; new dbt files or a new extractor change every row, so the caller
    passes None for them, as for a first build.
    """
    if last_build is None:
        return ["build", "--full-refresh"]
    return ["build", "--vars", json.dumps({"changed_since": last_build.isoformat()})]


def upstream_first(keys, deps: Mapping) -> list:
    """Order asset keys so each comes after the keys it depends on, as Dagster requires of a multi-asset's results."""
    keys = set(keys)
    return list(graphlib.TopologicalSorter({key: set(deps.get(key, ())) & keys for key in keys}).static_order())


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
    warehouse size. Otherwise the fact marts are rebuilt only for the articles, meetings
    and projects changed since the last build (whole after a change of dbt files or
    extractor). dbt opens the DuckDB file itself, so the step holds the warehouse write
    lock that the Python writers take too: the dbt child takes it itself
    (warehouse/locked_dbt.py), so a dbt outliving a killed step still cannot write
    beside another writer.
    """
    with writer(warehouse.file()) as con:
        dbt_files = project_version()  # hashes every model, seed and macro: once per run
        inputs = state.fingerprint(con, MART_INPUTS, [dbt_files])
        current = inputs == state.last_fingerprint(con, "dbt")
        code = state.fingerprint(con, [], [dbt_files, extractor_version()])
        last_build = state.last_recorded_at(con, "dbt") if state.last_fingerprint(con, "dbt_code") == code else None
    if current:
        context.log.info(f"{OWN_NOTE} no new articles, facts or dbt changes since the last build; "
                         "the marts are current")
        # Reported as materialized (unchanged), so the steps after it, publishing among
        # them, still run: a copy left stale by an earlier crash is replaced.
        for key in upstream_first(context.selected_asset_keys, context.assets_def.asset_deps):
            yield dg.MaterializeResult(asset_key=key, metadata={"rebuilt": False})
        return
    args = build_args(last_build)
    context.log.info(f"{OWN_NOTE} " + (f"marts rebuilt for what changed since {last_build}" if last_build
                                       else "marts rebuilt whole (first build, or new dbt files or extractor)"))
    yield from dbt.cli(args, context=context).stream()
    with writer(warehouse.file()) as con:
        state.record_fingerprint(con, "dbt", inputs)
        state.record_fingerprint(con, "dbt_code", code)
