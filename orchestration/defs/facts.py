"""The asset that extracts meetings, amounts, projects and sectors from new article versions."""

import dagster as dg

from extraction.batch import extract_batch, extractor_version
from ingestion.schemas import FACT_SCHEMAS, split_valid
from orchestration.defs.resources import WAREHOUSE_ACCESS, WarehouseResource
from warehouse import clusters, load, state
from warehouse.db import reading, writer


@dg.multi_asset(
    specs=[dg.AssetSpec(["raw", table], deps=[["raw", "articles"]], group_name="extraction",
                        kinds={"python", "duckdb"}, code_version=extractor_version()) for table in FACT_SCHEMAS],
    **WAREHOUSE_ACCESS, name="facts")
def facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Extract facts from article versions this extractor version has not seen yet.

    Incremental by design: a refresh with no new or edited articles extracts nothing,
    while a change to the rules (a new extractor fingerprint) re-extracts everything.
    """
    version = extractor_version()
    with writer(warehouse.file()) as con:
        pending = load.pending_articles(con, version)
        frames, quarantine = extract_batch(pending)
        counts = load.load_facts(con, pending, frames, quarantine, version, context.run_id) if len(pending) else {}
    context.log.info(f"extracted {len(pending)} articles with extractor {version}: {counts}")
    for table in FACT_SCHEMAS:
        yield dg.MaterializeResult(asset_key=["raw", table], metadata={
            "articles_extracted": len(pending), "extractor_version": version,
            "rows_written": counts.get(table, 0), "quarantined_facts": len(quarantine)})


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    # blocking, as the article checks are (ingest.py): invalid facts must not reach the published copy
    @dg.asset_check(asset=["raw", table], name=f"{table}_match_schema", **WAREHOUSE_ACCESS, blocking=True,
                    description=f"Rows of raw.{table} from the latest extraction satisfy their Pandera schema.")
    def check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        # older rows passed the check of their own extraction and cannot have changed since
        with reading(warehouse.file()) as con:
            frame = load.facts_of_latest_extraction(con, table)
        bad = split_valid(frame, FACT_SCHEMAS[table])[1] if len(frame) else {}
        return dg.AssetCheckResult(passed=not bad, metadata={"rows": len(frame), "invalid": len(bad)})

    return check


fact_schema_checks = [_schema_check(table) for table in FACT_SCHEMAS]


@dg.multi_asset(
    specs=[dg.AssetSpec(["raw", "meeting_clusters"], deps=[["raw", "fact_meetings"]], group_name="extraction",
                        kinds={"python", "duckdb"}, code_version=extractor_version()),
           dg.AssetSpec(["raw", "project_clusters"], deps=[["raw", "fact_projects"]], group_name="extraction",
                        kinds={"python", "duckdb"}, code_version=extractor_version())],
    **WAREHOUSE_ACCESS, name="entity_resolution")
def entity_resolution(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Link mentions across articles into one meeting id per meeting and one project id per project.

    Only mentions extracted since the last resolution are resolved, against the stored
    clusters they could join (warehouse/clusters.py), so a refresh costs what its new
    pages cost; a refresh with nothing extracted keeps every cluster and ends at once.
    """
    # Nothing is yielded while the file is open: a suspended generator would keep the write lock.
    with writer(warehouse.file()) as con:
        inputs = state.fingerprint(con, [state.EXTRACTION_INPUTS], [extractor_version()])
        current = inputs == state.last_fingerprint(con, "entity_resolution")
        if not current:
            meetings = clusters.refresh_meeting_clusters(con)
            projects = clusters.refresh_project_clusters(con)
            # Recorded last: a run killed before this line simply resolves what is still fresh next time.
            state.record_fingerprint(con, "entity_resolution", inputs)
    if current:
        context.log.info("no new facts since the last resolution; clusters kept")
        for key in (["raw", "meeting_clusters"], ["raw", "project_clusters"]):
            yield dg.MaterializeResult(asset_key=key, metadata={"recomputed": False})
        return
    stats = {"recomputed": True, **{f"meeting_{k}": v for k, v in meetings.items()},
             **{f"project_{k}": v for k, v in projects.items()}}
    context.log.info(f"resolved {stats}")
    yield dg.MaterializeResult(asset_key=["raw", "meeting_clusters"], metadata=stats)
    yield dg.MaterializeResult(asset_key=["raw", "project_clusters"], metadata=stats)
