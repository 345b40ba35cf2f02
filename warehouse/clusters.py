"""Keep raw.meeting_clusters and raw.project_clusters current by resolving only what changed.

A daily refresh adds a hundred articles to a warehouse of a hundred thousand; resolving
every mention again would make its cost follow the warehouse instead of the new pages.
Each cluster row remembers the extraction time of the mention it was made from, so:

- fresh mentions are those of article versions extracted since (new pages, edits, and
  everything after a rule change, which re-extracts every article);
- cluster rows whose mention is gone or was extracted again are stale, and the other
  members of their clusters are resolved again too, as losing a member can split a group;
- fresh mentions are resolved together with the complete stored clusters they could
  join (same countries within a day for meetings; a shared name word or a matching
  cross-language key for projects), and only those clusters are rewritten.

An empty table (first run, or an older file without these columns) makes every mention
fresh, which is the full resolution.
"""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from extraction.resolve import (
    MAX_WORD_NAMES,
    MEETING_DAY_TOLERANCE,
    name_words,
    project_keys,
    resolve_meetings,
    resolve_projects,
    same_crosslang,
)
from warehouse.db import insert_frame, transaction

# Keys of the latest version of every article with its extraction time; key columns only,
# as a refresh must not read every stored body.
_CURRENT = """
    select m.article_id, m.version, m.{key}, e.extracted_at
    from raw.{facts} m
    join (select article_id, max(version) as version from raw.articles group by article_id) l
      using (article_id, version)
    join raw.extraction_log e using (article_id, version)
"""


def _start(con: duckdb.DuckDBPyConnection, kind: str) -> tuple[str, str, str]:
    """Drop stale clusters and set the fresh mentions aside in temp table _fresh.

    Returns the fact table, the cluster table and the mention key column of `kind`.
    """
    facts, clusters, key, id_column = {
        "meeting": ("fact_meetings", "raw.meeting_clusters", "meeting_key", "meeting_id"),
        "project": ("fact_projects", "raw.project_clusters", "project_key", "project_id")}[kind]
    con.execute(f"create or replace temp table _current as {_CURRENT.format(key=key, facts=facts)}")
    con.execute(f"""
        create or replace temp table _broken as
        select distinct c.{id_column} from {clusters} c
        anti join _current n using (article_id, version, {key}, extracted_at)""")
    con.execute(f"delete from {clusters} where {id_column} in (select {id_column} from _broken)")
    con.execute(f"""
        create or replace temp table _fresh as
        select n.* from _current n anti join {clusters} c using (article_id, version, {key}, extracted_at)""")
    return facts, clusters, key


def _mentions(con: duckdb.DuckDBPyConnection, facts: str, key: str, keys: str) -> pd.DataFrame:
    """Read full mention rows, with published_at and extraction time, for the keys in temp table `keys`."""
    return con.execute(f"""
        select m.*, a.published_at, k.* exclude (article_id, version, {key})
        from {keys} k
        join raw.{facts} m using (article_id, version, {key})
        join raw.articles a using (article_id, version)
        order by m.article_id, m.version, m.{key}""").df()


def _store(con: duckdb.DuckDBPyConnection, clusters: str, resolved: pd.DataFrame, mentions: pd.DataFrame,
           key: str) -> None:
    """Replace the stored rows of the rewritten clusters with the resolved ones."""
    stamped = resolved.merge(mentions[["article_id", "version", key, "extracted_at"]],
                             on=["article_id", "version", key]).assign(resolved_at=dt.datetime.now(dt.UTC))
    con.register("_resolved", stamped)
    con.execute(f"delete from {clusters} c using _resolved r "
                f"where c.article_id = r.article_id and c.version = r.version and c.{key} = r.{key}")
    con.unregister("_resolved")
    insert_frame(con, clusters, stamped)


def refresh_meeting_clusters(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Resolve fresh meeting mentions against the stored meetings they could report; return counts."""
    with transaction(con):
        facts, clusters, key = _start(con, "meeting")
        # Stored meetings a fresh mention could join: same countries, dates within the tolerance.
        con.execute(f"""
            create or replace temp table _touched as
            select distinct c.meeting_id
            from _fresh f
            join raw.{facts} fm using (article_id, version, {key})
            join raw.{facts} sm
              on list_sort(sm.country_codes) = list_sort(fm.country_codes)
             and sm.meeting_date between fm.meeting_date - {MEETING_DAY_TOLERANCE}
                                     and fm.meeting_date + {MEETING_DAY_TOLERANCE}
            join {clusters} c
              on c.article_id = sm.article_id and c.version = sm.version and c.{key} = sm.{key}
            where not coalesce(fm.is_planned, false)""")
        con.execute(f"""
            create or replace temp table _scope as
            select article_id, version, {key}, extracted_at from _fresh
            union all
            select c.article_id, c.version, c.{key}, c.extracted_at
            from {clusters} c semi join _touched t using (meeting_id)""")
        mentions = _mentions(con, facts, key, "_scope")
        resolved = resolve_meetings(mentions)
        _store(con, clusters, resolved, mentions, key)
        fresh = con.execute("select count(*) from _fresh").fetchone()[0]
    return {"fresh_mentions": fresh, "mentions_resolved": len(mentions),
            "meetings_rewritten": resolved["meeting_id"].nunique() if len(resolved) else 0}


def refresh_project_clusters(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Resolve fresh project mentions against the stored projects they could name; return counts.

    Two passes keep the work near the size of the refresh: fresh mentions are first
    resolved with the stored mentions that share a linking word or a cross-language key
    with them (candidates), which tells the projects they join; then with every member
    of those projects, as a project's id is computed from all its mentions.
    """
    with transaction(con):
        facts, clusters, key = _start(con, "project")
        fresh = _mentions(con, facts, key, "_fresh")
        names = list(fresh["project_name"].fillna("").map(project_keys))
        words = sorted(set().union(*(name_words(k[0]) for k in names)))
        counts = _word_counts(con, clusters, words, [k[0] for k in names])
        candidates = _candidates(con, facts, clusters, key, [w for w in words if counts[w] <= MAX_WORD_NAMES],
                                 {(k[2], k[3]) for k in names if k[2]})
        keys = ["article_id", "version", key]
        probe = resolve_projects(_union(candidates, fresh), counts).merge(
            candidates[keys + ["project_id"]], on=keys, how="left", suffixes=("", "_stored"))
        fresh_groups = set(probe.loc[probe["project_id_stored"].isna(), "project_id"])
        linked = probe.loc[probe["project_id"].isin(fresh_groups), "project_id_stored"].dropna().unique()
        con.register("_linked", pd.DataFrame({"project_id": list(linked)}, dtype="object"))
        con.execute(f"""
            create or replace temp table _stored as
            select article_id, version, {key}, extracted_at, project_id
            from {clusters} semi join _linked using (project_id)""")
        con.unregister("_linked")
        mentions = _union(_mentions(con, facts, key, "_stored"), fresh)
        resolved = resolve_projects(mentions, counts)
        _store(con, clusters, resolved, mentions, key)
    return {"fresh_mentions": len(fresh), "candidates": len(candidates), "mentions_resolved": len(mentions),
            "projects_rewritten": resolved["project_id"].nunique() if len(resolved) else 0}


def _union(stored: pd.DataFrame, fresh: pd.DataFrame) -> pd.DataFrame:
    """Stack stored mentions (with their project_id) and fresh ones (without)."""
    frames = [frame for frame in (stored, fresh) if len(frame)]
    return pd.concat(frames, ignore_index=True) if frames else fresh


def _word_counts(con: duckdb.DuckDBPyConnection, clusters: str, words: list[str], fresh_keys: list[str]) -> dict:
    """Count the project names of the whole warehouse (stored and fresh) that contain each of `words`."""
    counts = dict.fromkeys(words, 0)
    if words:
        con.register("_words", pd.DataFrame({"word": words}))
        counts.update(dict(con.execute(f"""
            select word, count(*)
            from (select unnest(list_distinct(string_split(name_key, ' '))) as word from {clusters})
            where word in (select word from _words)
            group by word""").fetchall()))
        con.unregister("_words")
    for fresh_key in fresh_keys:
        for word in name_words(fresh_key):
            counts[word] += 1
    return counts


def _candidates(con: duckdb.DuckDBPyConnection, facts: str, clusters: str, key: str, words: list[str],
                scripted: set[tuple]) -> pd.DataFrame:
    """Read the stored mentions whose name shares one of `words` or, in the other script, matches a crosslang key."""
    concepts = sorted({crosslang[0] for crosslang, _ in scripted})
    # Thousands of stored mentions share a few distinct keys: each distinct key is decided
    # once, and its mentions are found again by a text form of the key.
    distinct = con.execute(f"""
        select distinct crosslang_concept, crosslang_tokens, name_script from {clusters}
        where crosslang_concept in (select unnest(?::varchar[]))""", [concepts]).fetchall()
    matched = [f"{concept}#{script}#{'|'.join(tokens)}" for concept, tokens, script in distinct
               if any(script != fresh_script and same_crosslang(crosslang, (concept, frozenset(tokens)))
                      for crosslang, fresh_script in scripted)]
    con.register("_words", pd.DataFrame({"word": words}, dtype="object"))
    con.register("_matched", pd.DataFrame({"crosslang": matched}, dtype="object"))
    try:
        con.execute(f"""
            create or replace temp table _candidates as
            with sharing as (
                select distinct article_id, version, {key}
                from (select article_id, version, {key}, unnest(string_split(name_key, ' ')) as word from {clusters})
                where word in (select word from _words)
            ),
            across as (
                select article_id, version, {key} from {clusters}
                where crosslang_concept || '#' || name_script || '#' || array_to_string(crosslang_tokens, '|')
                      in (select crosslang from _matched)
            )
            select c.article_id, c.version, c.{key}, c.extracted_at, c.project_id
            from {clusters} c
            semi join (select * from sharing union select * from across) k using (article_id, version, {key})""")
    finally:
        con.unregister("_words")
        con.unregister("_matched")
    return _mentions(con, facts, key, "_candidates")
