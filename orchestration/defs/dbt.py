"""dbt models as Dagster assets, downstream of the Python assets that write their sources."""

import datetime as dt
import graphlib
import json
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster._core.storage.asset_check_execution_record import COMPLETED_ASSET_CHECK_EXECUTION_RECORD_STATUSES
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from dagster_dbt.asset_utils import DAGSTER_DBT_PROJECT_METADATA_KEY

from extraction.batch import extractor_version
from orchestration.defs.dbt_project import coopwatch_dbt_project, project_version
from orchestration.defs.progress import OWN_NOTE
from orchestration.defs.resources import WAREHOUSE_ACCESS, WarehouseResource
from warehouse import state
from warehouse.db import reading, writer


class CoopwatchDbtTranslator(DagsterDbtTranslator):
    """Group dbt models by their layer folder (staging, intermediate, marts, seeds) and keep their metadata plain."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        """Drop the DbtProject object from the metadata: the UI can only show it as "(unserializable)".

        dagster-dbt reads it back only for its selection and code-reference helpers, which
        coopwatch does not use; the dbt resource has the project directory itself.
        """
        spec = super().get_asset_spec(manifest, unique_id, project)
        return spec.replace_attributes(
            metadata={k: v for k, v in spec.metadata.items() if k != DAGSTER_DBT_PROJECT_METADATA_KEY})

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        """Describe a model by its YAML description alone; dagster-dbt's default appends the raw SQL."""
        return dbt_resource_props.get("description") or f"dbt {dbt_resource_props['resource_type']} " \
                                                        f"{dbt_resource_props['name']} (no description in its YAML)"

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


def relation_metadata(con, spec_metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Measure a built dbt relation for the UI: its columns with their types and, for tables, its row count.

    dagster-dbt's fetch_row_counts() / fetch_column_metadata() query through a dbt adapter
    while dbt is still running, and DuckDB lets no other process open the file then; this
    runs after dbt exits, read-only. Views are not counted, as dagster-dbt does not: a
    count runs the view's whole query.
    """
    *_, schema, name = spec_metadata["dagster/table_name"].split(".")
    columns = con.execute("select column_name, data_type from information_schema.columns "
                          "where table_schema = ? and table_name = ? order by ordinal_position",
                          [schema, name]).fetchall()
    if not columns:
        return {}
    documented = spec_metadata.get("dagster/column_schema")
    described = {c.name: c.description for c in documented.columns} if documented else {}
    measured = {"dagster/column_schema": dg.TableSchema(
        columns=[dg.TableColumn(n, t, description=described.get(n)) for n, t in columns])}
    if spec_metadata.get("dagster-dbt/materialization_type") != "view":
        measured["dagster/row_count"] = con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0]
    return measured


def kept_check_results(instance: dg.DagsterInstance, check_keys) -> tuple[list[dg.AssetCheckResult], list]:
    """Re-report each check's latest finished evaluation, noting it was not re-run; list the checks that have none.

    A run that leaves the marts untouched has nothing new to test, yet reporting no
    result would show every dbt test as Skipped, a healthy warehouse as unverified.
    """
    kept, never_run = [], []
    for key in check_keys:
        # A private name: Dagster 1.13 has no public way to ask for the latest finished evaluation (the
        # latest record may be this very run's, still planned); tests/test_definitions.py pins the set.
        records = instance.event_log_storage.get_asset_check_execution_history(
            key, limit=1, status=COMPLETED_ASSET_CHECK_EXECUTION_RECORD_STATUSES)
        evaluation = records[0].event.asset_check_evaluation if records and records[0].event else None
        if evaluation is None:
            never_run.append(key)
            continue
        kept.append(dg.AssetCheckResult(
            asset_key=key.asset_key, check_name=key.name, passed=evaluation.passed, severity=evaluation.severity,
            description=evaluation.description, metadata={
                **evaluation.metadata, "re_run": False, "result_of_run": records[0].run_id,
                "why_not_re_run": "no new articles, facts or dbt changes since this result"}))
    return kept, never_run


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
        # Reported as materialized (unchanged), so the steps after it, publishing among
        # them, still run: a copy left stale by an earlier crash is replaced.
        keys = upstream_first(context.selected_asset_keys, context.assets_def.asset_deps)
        with reading(warehouse.file()) as con:
            measured = {key: relation_metadata(con, context.assets_def.metadata_by_key[key]) for key in keys}
        kept, never_run = kept_check_results(context.instance, context.selected_asset_check_keys)
        # An instance that has no result of a test yet (the UI's, after builds by `coopwatch run`
        # without DAGSTER_HOME) gets real ones from `dbt test`. A throwaway instance (that very
        # `coopwatch run`) keeps no results for anyone to see, so it costs no dbt time.
        test_now = never_run and not context.instance.is_ephemeral
        context.log.info(f"{OWN_NOTE} no new articles, facts or dbt changes since the last build; the marts are "
                         f"current, {len(kept)} dbt tests keep their last results"
                         + (f", {len(never_run)} without one " + ("run now" if test_now else "not run")
                            if never_run else ""))
        for key in keys:
            yield dg.MaterializeResult(asset_key=key, metadata={"rebuilt": False, **measured[key]})
        yield from kept
        if test_now:
            yield from dbt.cli(["test"], context=context).stream()
        return
    args = build_args(last_build)
    context.log.info(f"{OWN_NOTE} " + (f"marts rebuilt for what changed since {last_build}" if last_build
                                       else "marts rebuilt whole (first build, or new dbt files or extractor)"))
    # Held back until dbt has exited: only then may this process open the file to measure the marts.
    # A failed build raises after its last event; its events still go out (a failed dbt test is
    # shown as such), unmeasured, then the error.
    events, failure = [], None
    try:
        for event in dbt.cli(args, context=context).stream():
            events.append(event)
    except Exception as exc:
        failure = exc
    if failure is not None:
        yield from events
        raise failure
    with writer(warehouse.file()) as con:
        state.record_fingerprint(con, "dbt", inputs)
        state.record_fingerprint(con, "dbt_code", code)
        events = [measured_output(context, con, event) if isinstance(event, dg.Output) else event
                  for event in events]
    yield from events


def measured_output(context: dg.AssetExecutionContext, con, output: dg.Output) -> dg.Output:
    """Add the built relation's row count and column types to dbt's output event."""
    key = context.asset_key_for_output(output.output_name)
    return output.with_metadata({**output.metadata, **relation_metadata(con, context.assets_def.metadata_by_key[key])})
