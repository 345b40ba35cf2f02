"""Grow a warehouse built by the real pipeline to a target article count by copying its raw layer in DuckDB.

Building a 100,000-article warehouse through fetch, parse and extraction takes hours on
2 cores, yet the incremental-refresh target is about what a refresh costs on the
warehouse side once the articles are there. So bench/run.py builds a warehouse from N
generated pages through the real pipeline, then this module copies its raw layer
(articles, fetch log, page audit, extraction log, facts, clusters) in bulk `insert …
select`s until the target count is reached. Every copy is a consistent article of its
own: new URL and article id, its own source_ref and run id, extraction-log rows with the
extractor version the pipeline just used (so nothing is re-extracted) and cluster ids
derived from the copy number.

    python -m bench.scale grow WAREHOUSE --articles 100000
    python -m bench.scale profile-resolution WAREHOUSE --out stats.prof   # cProfile entity resolution alone
"""
from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import duckdb
import pandas as pd

# Copy k is dated k × COPY_DAYS days before its original: more than the one-day tolerance of
# meeting resolution, so copies are distinct meetings rather than 100 reports of one, while
# a 100-fold warehouse stays inside ten months of extra history (pandas, which the pipeline
# reads frames into, cannot hold dates before 1677, and amount years are checked 1990–2100).
COPY_DAYS = 3
RAW_TABLES = ("articles", "fetch_log", "page_audit", "quarantine", "extraction_log", "fact_meetings",
              "fact_participants", "fact_amounts", "fact_projects", "fact_sectors", "meeting_clusters",
              "project_clusters")
FACT_COPIES = ("fact_participants", "fact_amounts", "fact_projects", "fact_sectors")


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Count the rows of every raw table."""
    return {table: con.execute(f"select count(*) from raw.{table}").fetchone()[0] for table in RAW_TABLES}


def copy_plan(base: list[tuple[str, str]], target: int) -> pd.DataFrame:
    """Map base articles to the copies that bring the count to `target`: copy number, new URL, new id.

    The id comes from ingestion.urls.article_id over the new URL, as the parser would derive
    it; a `-copyK` suffix on the slug can never equal a generated page's URL (those end in
    the page's six-digit index), so the new pages of a later refresh stay unseen.
    """
    from ingestion.urls import article_id

    wanted = max(target - len(base), 0)
    rows = []
    for copy in range(1, math.ceil(wanted / max(len(base), 1)) + 1):
        for aid, url in base:
            if len(rows) == wanted:
                break
            new_url = f"{url}-copy{copy}"
            rows.append((aid, copy, article_id(new_url), new_url))
    # int32, because DuckDB subtracts integers, not bigints, from dates
    return pd.DataFrame(rows, columns=["article_id", "copy", "new_article_id", "new_url"]).astype({"copy": "int32"})


def _resolution_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Compute the fingerprint the entity_resolution asset compares, with the extractor version the log holds."""
    from warehouse import state

    version = con.execute("select arg_max(extractor_version, extracted_at) from raw.extraction_log").fetchone()[0]
    return state.fingerprint(con, [state.EXTRACTION_INPUTS], [version or ""])


def grow(warehouse: Path, target: int, keep_clusters: bool = True) -> dict:
    """Copy the raw layer of `warehouse` until it holds `target` articles, in one transaction; return counts and time.

    With keep_clusters, and when the clusters were current before, the entity_resolution
    step's fingerprint is recorded for the grown tables, so the next refresh keeps the
    copied clusters (each copied row keeps its copy's extraction time, so the +K refresh
    that is measured resolves only its fresh mentions against them). Without it, every
    cluster row loses its extraction time and the next refresh resolves all mentions
    again, which takes minutes at 100,000 articles.
    """
    from warehouse import state
    from warehouse.db import SCHEMA_SQL

    started = time.perf_counter()
    con = duckdb.connect(str(warehouse))
    try:
        con.execute("set TimeZone = 'UTC'")
        con.execute(SCHEMA_SQL.read_text())  # as the pipeline's writer does, so an older file gains new tables
        before = counts(con)
        clusters_current = _resolution_fingerprint(con) == state.last_fingerprint(con, "entity_resolution")
        base = con.execute("select article_id, arg_max(url, version) from raw.articles group by 1 order by 1"
                           ).fetchall()
        plan = copy_plan(base, target)
        con.register("_plan", plan)
        # Suffixes and shifts every copied row gets from its copy number.
        ref = "|| '#copy' || m.copy"
        minutes = "- to_minutes(m.copy)"
        con.execute("begin transaction")
        con.execute(f"""
            insert into raw.articles by name
            select a.* replace (
                m.new_article_id as article_id, m.new_url as url, a.source_ref {ref} as source_ref,
                sha256(a.content_sha256 || ':copy' || m.copy) as content_sha256,
                a.published_at - to_days({COPY_DAYS} * m.copy) as published_at,
                a.modified_at - to_days({COPY_DAYS} * m.copy) as modified_at,
                a.run_id || '-copy' || m.copy as run_id, a.loaded_at {minutes} as loaded_at)
            from raw.articles a join _plan m using (article_id)""")
        # Fetch-log rows belong to an article through the page (source_ref) it was read from.
        con.execute(f"""
            insert into raw.fetch_log by name
            select f.* replace (
                f.source_ref {ref} as source_ref, f.url {ref} as url, f.final_url {ref} as final_url,
                f.run_id || '-copy' || m.copy as run_id, f.fetched_at {minutes} as fetched_at)
            from raw.fetch_log f
            join (select distinct source_ref, article_id from raw.articles) s using (source_ref)
            join _plan m on m.article_id = s.article_id""")
        con.execute(f"""
            insert into raw.page_audit by name
            select p.* replace (
                m.new_article_id as article_id, p.source_ref {ref} as source_ref,
                p.run_id || '-copy' || m.copy as run_id, p.recorded_at {minutes} as recorded_at)
            from raw.page_audit p join _plan m using (article_id)""")
        con.execute(f"""
            insert into raw.extraction_log by name
            select e.* replace (m.new_article_id as article_id, e.extracted_at {minutes} as extracted_at)
            from raw.extraction_log e join _plan m using (article_id)""")
        con.execute(f"""
            insert into raw.fact_meetings by name
            select f.* replace (m.new_article_id as article_id,
                                f.meeting_date - {COPY_DAYS} * m.copy as meeting_date)
            from raw.fact_meetings f join _plan m using (article_id)""")
        for table in FACT_COPIES:
            con.execute(f"""
                insert into raw.{table} by name
                select f.* replace (m.new_article_id as article_id)
                from raw.{table} f join _plan m using (article_id)""")
        con.execute(f"""
            insert into raw.meeting_clusters by name
            select c.* replace (m.new_article_id as article_id, md5(c.meeting_id || ':copy' || m.copy) as meeting_id,
                                c.extracted_at {minutes} as extracted_at)
            from raw.meeting_clusters c join _plan m using (article_id)""")
        con.execute(f"""
            insert into raw.project_clusters by name
            select c.* replace (m.new_article_id as article_id, md5(c.project_id || ':copy' || m.copy) as project_id,
                                c.extracted_at {minutes} as extracted_at)
            from raw.project_clusters c join _plan m using (article_id)""")
        kept = keep_clusters and clusters_current
        if kept:
            state.record_fingerprint(con, "entity_resolution", _resolution_fingerprint(con))
        else:  # clusters with no extraction time are resolved again, all of them, by the next refresh
            for table in ("meeting_clusters", "project_clusters"):
                con.execute(f"update raw.{table} set extracted_at = null")
        # The copies carry load and resolution times from before the last dbt build, so an
        # incremental build would skip them: forget that build, and the next one rebuilds all marts.
        con.execute("delete from raw.build_state where step = 'dbt_code'")
        con.execute("commit")
        con.unregister("_plan")
        con.execute("checkpoint")
        after = counts(con)
        articles = con.execute("select count(distinct article_id) from raw.articles").fetchone()[0]
    finally:
        con.close()
    return {"seconds": time.perf_counter() - started, "base_articles": len(base),
            "copies": int(plan["copy"].max()) if len(plan) else 0, "articles": articles, "clusters_kept": kept,
            "rows_before": before, "rows_after": after, "file_bytes": warehouse.stat().st_size}


def profile_resolution(warehouse: Path, out: Path, top: int = 25) -> dict:
    """Run entity resolution's two functions alone on a warehouse under cProfile; return times and top functions.

    Reads the same frames the entity_resolution asset reads and writes nothing, so it
    can run on a copy of a warehouse without changing it.
    """
    import cProfile
    import io
    import pstats

    from extraction.resolve import resolve_meetings, resolve_projects
    from warehouse import load

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute("set TimeZone = 'UTC'")
        timings = {}
        started = time.perf_counter()
        meetings = load.latest_mentions(con, "fact_meetings")
        projects = load.latest_mentions(con, "fact_projects")
        timings["read_mentions"] = time.perf_counter() - started
    finally:
        con.close()
    profiler = cProfile.Profile()
    for name, function, frame in (("resolve_meetings", resolve_meetings, meetings),
                                  ("resolve_projects", resolve_projects, projects)):
        started = time.perf_counter()
        profiler.enable()
        function(frame)
        profiler.disable()
        timings[name] = time.perf_counter() - started
    profiler.dump_stats(str(out))
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(top)
    return {"mentions": {"meetings": len(meetings), "projects": len(projects)}, "seconds_under_cprofile": timings,
            "top_cumulative": text.getvalue()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p_grow = sub.add_parser("grow", help="copy the raw layer up to --articles articles")
    p_grow.add_argument("warehouse")
    p_grow.add_argument("--articles", type=int, required=True)
    p_grow.add_argument("--recompute-clusters", action="store_true",
                        help="let the next refresh recompute the clusters instead of keeping the copied ones")
    p_prof = sub.add_parser("profile-resolution", help="cProfile entity resolution alone on a warehouse")
    p_prof.add_argument("warehouse")
    p_prof.add_argument("--out", required=True, help="file for the cProfile stats")
    args = parser.parse_args(argv)
    if args.what == "grow":
        result = grow(Path(args.warehouse), args.articles, keep_clusters=not args.recompute_clusters)
    else:
        result = profile_resolution(Path(args.warehouse), Path(args.out))
    print(json.dumps(result, indent=1, default=str, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
