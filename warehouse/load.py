"""Write each stage's output into the raw layer idempotently, one transaction per stage."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb
import pandas as pd

from warehouse import state
from warehouse.db import insert_frame, transaction

# The latest version of every article: the only one the marts and the extractor care about.
LATEST_ARTICLES = "select * from raw.articles qualify version = max(version) over (partition by article_id)"
FACT_TABLES = ("fact_meetings", "fact_participants", "fact_amounts", "fact_projects", "fact_sectors")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# Fetch-log rows whose page went through parsing: the articles step wrote its audit row for the same
# run and page. A page fetched by a run killed before that step was never loaded, so its fetch must
# not count as known: its ETag would earn a 304 and leave it "unchanged" for ever without ever being
# loaded, and its time would send it to the back of the queue of a capped source.
PARSED_FETCHES = """
    select f.* from raw.fetch_log f
    where exists (select 1 from raw.page_audit a where a.run_id = f.run_id and a.source_ref = f.source_ref)"""


def previous_validators(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """Return the last ETag / Last-Modified seen per URL whose page was parsed, for conditional GETs."""
    rows = con.execute(f"""
        select url, etag, last_modified from ({PARSED_FETCHES})
        where status = 'ok' and url like 'http%' and (etag is not null or last_modified is not null)
        qualify row_number() over (partition by url order by fetched_at desc) = 1
    """).fetchall()
    return {url: (etag, last_modified) for url, etag, last_modified in rows}


def last_fetched(con: duckdb.DuckDBPyConnection) -> dict[str, dt.datetime]:
    """Return when each page (URL or file) was last fetched and parsed, to pick the pages of a capped source."""
    rows = con.execute(f"select source_ref, max(fetched_at) from ({PARSED_FETCHES}) group by source_ref").fetchall()
    return dict(rows)


def record_fetch(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> int:
    """Append a batch of fetch-log rows atomically."""
    with transaction(con):
        return insert_frame(con, "raw.fetch_log", rows)


def latest_fetch_run(con: duckdb.DuckDBPyConnection) -> str | None:
    """Return the run id of the most recent fetch batch."""
    row = con.execute("select run_id from raw.fetch_log order by fetched_at desc limit 1").fetchone()
    return row[0] if row else None


def has_fetch_run(con: duckdb.DuckDBPyConnection, run_id: str) -> bool:
    """Tell whether a run fetched or read any page."""
    return con.execute("select count(*) > 0 from raw.fetch_log where run_id = ?", [run_id]).fetchone()[0]


def fetch_batch(con: duckdb.DuckDBPyConnection, run_id: str) -> pd.DataFrame:
    """Read one fetch batch back, in the order it was fetched.

    `known_*` describe the stored latest version that came from the same source with the
    very same page bytes, so parsing it again can be skipped while it still competes with
    other pages of the same article (ingestion.articles.choose_winner).

    `lost_article_id` and `lost_to` mark a page whose last audit, in an earlier run, found
    it a duplicate, with the same bytes as now, of a page this batch holds with that run's
    bytes too: it would lose to that page again whatever else the batch holds, so it
    need not be parsed again. Without this, every alias and older copy in a folder was
    parsed on every run to end up a duplicate once more.
    """
    return con.execute(f"""
        select f.*, known.article_id as known_article_id, known.version as known_version,
               known.url as known_url, known.published_at as known_published_at,
               known.modified_at as known_modified_at,
               lost.article_id as lost_article_id, lost.winner as lost_to
        from raw.fetch_log f
        left join (
            select source_ref, page_sha256, article_id, version, url, published_at, modified_at
            from ({LATEST_ARTICLES})
            qualify row_number() over (partition by source_ref, page_sha256 order by version desc, article_id) = 1
        ) known on known.source_ref = f.source_ref and known.page_sha256 = f.page_sha256
        left join (
            select d.source_ref, d.page_sha256, d.article_id, w.source_ref as winner
            from (
                select run_id, source_ref, status, article_id, page_sha256 from raw.page_audit
                where run_id <> $run_id and source_ref in (select source_ref from raw.fetch_log where run_id = $run_id)
                qualify row_number() over (partition by source_ref order by recorded_at desc) = 1
            ) d
            -- the page that article's pages lost to in that run, present in this batch with the same bytes
            join raw.page_audit w on w.run_id = d.run_id and w.article_id = d.article_id
                                 and w.status in ('loaded', 'unchanged')
            join raw.fetch_log b on b.run_id = $run_id and b.status = 'ok' and b.source_ref = w.source_ref
                                and b.page_sha256 = w.page_sha256
            where d.status = 'duplicate'
            qualify row_number() over (partition by d.source_ref order by w.source_ref) = 1
        ) lost on lost.source_ref = f.source_ref and lost.page_sha256 = f.page_sha256
        where f.run_id = $run_id
        order by f.fetched_at, f.source_ref""", {"run_id": run_id}).df()


def rehash_articles(con: duckdb.DuckDBPyConnection, content_hash: Callable[[dict], str], scheme: str,
                    fields: tuple[str, ...]) -> int:
    """Recompute every stored content_sha256 once when the hashing scheme changes; return rows rewritten.

    Without it, the first refresh after a new scheme would find every article "changed"
    and store a second, identical version of each.
    """
    if state.last_fingerprint(con, "content_hash") == scheme:
        return 0
    stored = con.execute(f"select article_id, version, {', '.join(fields)} from raw.articles").df()
    rehashed = pd.DataFrame({"article_id": stored["article_id"], "version": stored["version"],
                             "content_sha256": [content_hash(r) for r in stored.to_dict("records")]})
    with transaction(con):
        con.register("_rehashed", rehashed)
        con.execute("update raw.articles a set content_sha256 = r.content_sha256 from _rehashed r "
                    "where a.article_id = r.article_id and a.version = r.version")
        con.unregister("_rehashed")
        state.record_fingerprint(con, "content_hash", scheme)
    return len(rehashed)


def load_articles(con: duckdb.DuckDBPyConnection, run_id: str, articles: pd.DataFrame,
                  audit: list[dict], quarantine: list[dict]) -> dict[str, int]:
    """Load new article versions and the batch's audit and quarantine rows in one transaction.

    An article whose content hash equals its latest stored version is 'unchanged' and
    writes nothing; a changed one becomes version n+1. Replaying a batch replaces that
    batch's audit and quarantine rows, so every page has exactly one audit row per run.
    """
    now = _now()
    audit = list(audit)
    new_versions = pd.DataFrame()
    with transaction(con):
        if len(articles):
            con.register("_incoming", articles[["article_id", "content_sha256"]])
            latest = con.execute(f"""
                select i.article_id, a.version, a.content_sha256
                from _incoming i
                left join ({LATEST_ARTICLES}) a using (article_id)
            """).df().set_index("article_id")
            con.unregister("_incoming")
            versions, keep = [], []
            for record in articles.itertuples(index=False):
                prior = latest.loc[record.article_id]
                unchanged = pd.notna(prior["version"]) and prior["content_sha256"] == record.content_sha256
                version = 1 if pd.isna(prior["version"]) else int(prior["version"]) + 1
                if unchanged:
                    reason = f"same content as stored version {int(prior['version'])}"
                else:
                    reason = "new article" if version == 1 else f"new version {version}: content changed"
                audit.append({"source": record.source, "source_ref": record.source_ref,
                              "status": "unchanged" if unchanged else "loaded", "reason": reason,
                              "article_id": record.article_id, "page_sha256": record.page_sha256})
                keep.append(not unchanged)
                versions.append(version)
            new_versions = articles.assign(version=versions, run_id=run_id, loaded_at=now)[keep]
            insert_frame(con, "raw.articles", new_versions)
        con.execute("delete from raw.page_audit where run_id = ?", [run_id])
        con.execute("delete from raw.quarantine where run_id = ?", [run_id])
        insert_frame(con, "raw.page_audit", pd.DataFrame(audit).assign(run_id=run_id, recorded_at=now))
        insert_frame(con, "raw.quarantine", pd.DataFrame(quarantine).assign(run_id=run_id, recorded_at=now))
    counts = pd.Series([a["status"] for a in audit]).value_counts().to_dict() if audit else {}
    return {"pages": len(audit), "new_versions": len(new_versions), **counts}


def pending_articles(con: duckdb.DuckDBPyConnection, extractor_version: str) -> pd.DataFrame:
    """Return latest article versions not yet extracted by this extractor version."""
    # The latest versions are found from the two key columns alone, and texts are read only
    # for the pending ones: a refresh of a large warehouse must not scan every article body.
    return con.execute("""
        with latest as (
            select article_id, max(version) as version from raw.articles group by article_id
        ),
        pending as (
            -- the version filter sits in a subquery: inside the ON clause DuckDB plans a nested loop
            select l.article_id, l.version from latest l
            anti join (select article_id, version from raw.extraction_log where extractor_version = ?) e
              using (article_id, version)
        )
        select a.article_id, a.version, a.url, a.language, a.title, a.lead, a.body, a.published_at
        from pending p join raw.articles a using (article_id, version)
        order by a.article_id
    """, [extractor_version]).df()


def load_facts(con: duckdb.DuckDBPyConnection, extracted: pd.DataFrame, facts: dict[str, pd.DataFrame],
               quarantine: list[dict], extractor_version: str, run_id: str) -> dict[str, int]:
    """Replace the facts of the extracted article versions and log the extraction, atomically.

    Rejected facts go to raw.quarantine under the extracting run's id.
    """
    now = _now()
    counts = {}
    with transaction(con):
        con.register("_done", extracted[["article_id", "version"]])
        for table in FACT_TABLES:
            con.execute(f"delete from raw.{table} t using _done d "
                        "where t.article_id = d.article_id and t.version = d.version")
            counts[table] = insert_frame(con, f"raw.{table}", facts.get(table, pd.DataFrame()))
        con.execute("delete from raw.extraction_log e using _done d "
                    "where e.article_id = d.article_id and e.version = d.version")
        con.unregister("_done")
        insert_frame(con, "raw.extraction_log",
                     extracted[["article_id", "version"]].assign(extractor_version=extractor_version,
                                                                  extracted_at=now))
        insert_frame(con, "raw.quarantine", pd.DataFrame(quarantine).assign(run_id=run_id, recorded_at=now))
    return counts


def articles_of_run(con: duckdb.DuckDBPyConnection, run_id: str | None) -> pd.DataFrame:
    """Return the article versions a fetch run loaded."""
    return con.execute("select * from raw.articles where run_id = ?", [run_id]).df()


def facts_of_latest_extraction(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """Return the rows of raw.<table> written by the latest extraction batch, DATE columns as dates.

    DuckDB hands DATE columns to pandas as timestamps, which the fact schemas (checked on
    these rows) rightly reject; the extractor wrote dates.
    """
    relation = con.sql(f"""
        select f.* from raw.{table} f
        semi join (select article_id, version from raw.extraction_log
                   where extracted_at = (select max(extracted_at) from raw.extraction_log)) e
          using (article_id, version)""")
    frame = relation.df()
    for column, kind in zip(relation.columns, relation.types, strict=True):
        if str(kind) == "DATE":
            frame[column] = pd.Series([d.date() if pd.notna(d) else None for d in frame[column]],
                                      index=frame.index, dtype=object)
    return frame


def latest_mentions(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """Return the mentions in raw.<table> that belong to the latest version of their article."""
    return con.execute(f"select m.*, a.published_at from raw.{table} m "
                       f"join ({LATEST_ARTICLES}) a using (article_id, version)").df()
