"""Refreshes resolve only fresh mentions, and end with the clusters a full resolution gives."""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from extraction.resolve import resolve_meetings, resolve_projects
from tests.conftest import SAMPLES, coopwatch
from warehouse import clusters, load
from warehouse.db import SCHEMA_SQL


def project(article, name, country="KG", published="2025-03-01", key=0):
    return {"article_id": article, "version": 1, "project_key": key, "project_name": name,
            "country_code": country, "published_at": pd.Timestamp(published, tz="UTC")}


PROJECTS = [
    project("a", "Камбаратинской ГЭС-1"), project("b", "Kambarata HPP-1"), project("c", "Камбаратинская ГЭС-1"),
    project("d", "строительство Камбаратинской ГЭС-1"), project("e", "Kambarata-1 hydropower plant"),
    project("f", "Рогунской ГЭС", "TJ"), project("g", "Rogun HPP", "TJ"), project("h", "Kambarata HPP-2"),
    project("i", "Tenge Bank head office", "UZ"), project("j", "“Tenge Bank” Head Office", "UZ"),
]


def groups(frame: pd.DataFrame, id_column: str, key: str) -> dict[str, frozenset]:
    """Map every id to the set of mentions it groups."""
    return {i: frozenset(zip(g["article_id"], g[key], strict=True)) for i, g in frame.groupby(id_column)}


@pytest.mark.parametrize("split", [1, 3, 5, 8])
def test_fresh_projects_resolved_with_the_stored_ones_they_join_get_the_ids_of_a_full_resolution(split):
    full = resolve_projects(pd.DataFrame(PROJECTS))
    stored = resolve_projects(pd.DataFrame(PROJECTS[:split]))
    known = pd.DataFrame(PROJECTS[:split]).merge(stored[["article_id", "project_key", "project_id"]])
    again = resolve_projects(pd.concat([known, pd.DataFrame(PROJECTS[split:])], ignore_index=True))
    assert groups(again, "project_id", "project_key") == groups(full, "project_id", "project_key")


def test_stored_projects_are_never_split_or_compared_among_themselves():
    # Two stored mentions given one id stay together even though their names differ.
    rows = pd.DataFrame([project("a", "Ошская ТЭЦ"), project("b", "Бишкекский завод")]).assign(project_id="p1")
    out = resolve_projects(rows)
    assert out["project_id"].nunique() == 1


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("incremental") / "w.duckdb"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    return warehouse


def full_resolution(con) -> tuple[dict, dict]:
    meetings = resolve_meetings(load.latest_mentions(con, "fact_meetings"))
    projects = resolve_projects(load.latest_mentions(con, "fact_projects"))
    return groups(meetings, "meeting_id", "meeting_key"), groups(projects, "project_id", "project_key")


def stored_resolution(con) -> tuple[dict, dict]:
    meetings = con.execute("select * from raw.meeting_clusters").df()
    projects = con.execute("select * from raw.project_clusters").df()
    return groups(meetings, "meeting_id", "meeting_key"), groups(projects, "project_id", "project_key")


def refresh(con) -> tuple[dict, dict]:
    return clusters.refresh_meeting_clusters(con), clusters.refresh_project_clusters(con)


@pytest.mark.slow
@pytest.mark.parametrize("change", [
    "delete from raw.{table} where article_id in (select article_id from raw.articles order by md5(article_id) limit 5)",
    "update raw.extraction_log set extracted_at = extracted_at + interval 1 hour "
    "where article_id in (select article_id from raw.articles order by md5(article_id) limit 4)",
    "update raw.{table} set extracted_at = null",
], ids=["unresolved articles", "re-extracted articles", "an older file without extraction times"])
def test_a_refresh_after_a_change_ends_with_the_clusters_of_a_full_resolution(sample_warehouse, tmp_path, change):
    copy = tmp_path / "w.duckdb"
    copy.write_bytes(sample_warehouse.read_bytes())
    con = duckdb.connect(str(copy))
    try:
        con.execute("set TimeZone = 'UTC'")
        con.execute(SCHEMA_SQL.read_text())
        expected = full_resolution(con)
        assert stored_resolution(con) == expected
        for table in ("meeting_clusters", "project_clusters"):
            con.execute(change.format(table=table))
        meetings, projects = refresh(con)
        assert meetings["fresh_mentions"] > 0 and projects["fresh_mentions"] > 0
        assert stored_resolution(con) == expected
        total = con.execute("select count(*) from raw.project_clusters").fetchone()[0]
        if "null" not in change:  # only what changed was read again, not the whole warehouse
            assert projects["mentions_resolved"] < total
        assert refresh(con) == ({"fresh_mentions": 0, "mentions_resolved": 0, "meetings_rewritten": 0},
                                {"fresh_mentions": 0, "candidates": 0, "mentions_resolved": 0,
                                 "projects_rewritten": 0})
    finally:
        con.close()


@pytest.mark.slow
def test_marts_refreshed_incrementally_equal_the_marts_rebuilt_whole(tmp_path, sample_pages):
    import shutil

    from tests.conftest import mart_fingerprint

    pages = sorted(sample_pages.iterdir())
    first = tmp_path / "first"
    first.mkdir()
    for page in pages[: len(pages) // 2]:  # English reports first, the Russian ones of the same meetings later
        shutil.copy(page, first)
    warehouse = tmp_path / "w.duckdb"
    coopwatch("run", "--pages", str(first), "--warehouse", str(warehouse))
    second = coopwatch("run", "--pages", str(sample_pages), "--warehouse", str(warehouse))
    assert "marts rebuilt for what changed since" in second.stderr
    edited = sample_pages / "ru-tm-uz-talks-2025-10.html"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Ташкенте", "Самарканде"), encoding="utf-8")
    coopwatch("run", "--pages", str(sample_pages), "--warehouse", str(warehouse))
    refreshed = mart_fingerprint(warehouse)

    con = duckdb.connect(str(warehouse))
    try:  # forget the last build, so the next run rebuilds every mart from the same raw layer
        con.execute("delete from raw.build_state where step in ('dbt', 'dbt_code')")
    finally:
        con.close()
    whole = coopwatch("run", "--pages", str(sample_pages), "--warehouse", str(warehouse))
    assert "marts rebuilt whole" in whole.stderr
    assert mart_fingerprint(warehouse) == refreshed


def test_dbt_rebuilds_everything_without_a_last_build_and_only_changes_after_one():
    import datetime as dt
    import json

    from orchestration.defs.dbt import build_args

    assert build_args(None) == ["build", "--full-refresh"]
    last = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC)
    command, flag, variables = build_args(last)
    assert (command, flag) == ("build", "--vars")
    assert dt.datetime.fromisoformat(json.loads(variables)["changed_since"]) == last
