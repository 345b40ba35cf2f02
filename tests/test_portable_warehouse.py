"""A samples warehouse that documents itself and keeps working as a copy, under any file name or alias."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest
import yaml

from tests.conftest import REPO, SAMPLES, coopwatch
from warehouse.db import reader
from warehouse.snapshot import published_path

pytestmark = pytest.mark.slow

DBT_PROJECT = REPO / "dbt_project"
ANALYST_SCHEMAS = ("main", "staging", "intermediate", "raw")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """Build a warehouse from the samples once; the tests read it and copies of it."""
    root = tmp_path_factory.mktemp("portable")
    pages = root / "pages"
    shutil.copytree(SAMPLES / "pages", pages)
    path = root / "coopwatch.duckdb"
    coopwatch("run", "--pages", str(pages), "--warehouse", str(path))
    return path


def relations(con: duckdb.DuckDBPyConnection, catalog: str) -> list[tuple[str, str]]:
    """Every table and view of the analyst's schemas in one attached catalog."""
    return con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = $1"
        " union all "
        "select schema_name, view_name from duckdb_views() where database_name = $1 and not internal"
        " order by all", [catalog]).fetchall()


def unreadable(con: duckdb.DuckDBPyConnection, catalog: str) -> dict[str, str]:
    """Select from every table and view of a catalog; return the ones that fail, with their error."""
    failures = {}
    for schema, name in relations(con, catalog):
        try:
            con.execute(f'select * from "{catalog}"."{schema}"."{name}" limit 1').fetchall()
        except duckdb.Error as exc:
            failures[f"{schema}.{name}"] = str(exc).splitlines()[0]
    return failures


def documented_columns() -> dict[str, dict[str, str]]:
    """The YAML description of every column of every mart and seed, by relation name."""
    described: dict[str, dict[str, str]] = {}
    for path in [*(DBT_PROJECT / "models" / "marts").glob("*.yml"), *(DBT_PROJECT / "seeds").glob("*.yml")]:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for node in [*document.get("models", []), *document.get("seeds", [])]:
            described[node["name"]] = {c["name"]: (c.get("description") or "").strip()
                                       for c in node.get("columns", [])}
    return described


def readme_queries(heading: str) -> list[str]:
    """The SQL blocks of one README section, in order."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## )", readme, re.S | re.M)
    assert section, f'README.md has no "## {heading}" section'
    return [q.strip() for q in re.findall(r"```sql\n(.*?)```", section.group(1), re.S)]


def answers(warehouse: Path, copy: Path, queries: list[str]) -> list[list[tuple]]:
    """Run queries through the `coopwatch query` sandbox on a renamed copy of the published warehouse."""
    shutil.copyfile(published_path(warehouse), copy)
    con = reader(copy)
    try:
        return [con.execute(sql).fetchall() for sql in queries]
    finally:
        con.close()


def test_every_mart_column_carries_its_yaml_description_as_a_comment(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        columns = con.execute(
            "select table_name, column_name, comment from duckdb_columns()"
            " where schema_name = 'main' and not internal").fetchall()
        uncommented_relations = con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main' and comment is null"
            " union all select view_name from duckdb_views()"
            " where schema_name = 'main' and not internal and comment is null").fetchall()
    finally:
        con.close()
    commented = [c for c in columns if c[2]]
    assert len(columns) > 100
    assert len(commented) / len(columns) >= 0.9, sorted({c[:2] for c in columns} - {c[:2] for c in commented})
    assert uncommented_relations == []
    described = documented_columns()
    differing = [(t, c, comment) for t, c, comment in commented
                 if described.get(t, {}).get(c) not in (None, comment.strip())]
    assert differing == []
    assert described["fct_meetings"]["meeting_id"] in {c[2].strip() for c in columns if c[:2] == ("fct_meetings", "meeting_id")}


def test_the_raw_tables_carry_the_descriptions_of_their_sources(warehouse):
    document = yaml.safe_load((DBT_PROJECT / "models" / "staging" / "_sources.yml").read_text(encoding="utf-8"))
    raw = next(source for source in document["sources"] if source["name"] == "raw")
    expected = {(table["name"], None): " ".join(table["description"].split()) for table in raw["tables"]}
    expected.update({(table["name"], column["name"]): " ".join(column["description"].split())
                     for table in raw["tables"] for column in table.get("columns", []) if column.get("description")})
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        found = {(t, None): c for t, c in con.execute(
            "select table_name, comment from duckdb_tables() where schema_name = 'raw'").fetchall()}
        found.update({(t, col): c for t, col, c in con.execute(
            "select table_name, column_name, comment from duckdb_columns() where schema_name = 'raw'").fetchall()})
    finally:
        con.close()
    assert len(expected) > 80
    assert {key: " ".join((found.get(key) or "").split()) for key in expected} == expected


def test_a_copy_under_another_file_name_answers_from_every_table_and_view(warehouse, tmp_path):
    copy = tmp_path / "analysis.duckdb"
    shutil.copyfile(warehouse, copy)
    con = duckdb.connect(str(copy), read_only=True)
    try:
        assert {schema for schema, _ in relations(con, "analysis")} == set(ANALYST_SCHEMAS)
        assert unreadable(con, "analysis") == {}
        assert con.execute("select count(*) from audit_pages").fetchone()[0] == 17
    finally:
        con.close()


@pytest.mark.parametrize("which", ["working file", "published copy"])
def test_the_warehouse_attached_under_another_alias_answers_from_every_table_and_view(warehouse, which):
    path = warehouse if which == "working file" else published_path(warehouse)
    con = duckdb.connect()
    try:
        con.execute(f"attach '{path}' as cw (read_only)")
        assert {schema for schema, _ in relations(con, "cw")} == set(ANALYST_SCHEMAS)
        assert unreadable(con, "cw") == {}
        latest = con.execute("select count(*) from cw.intermediate.int_articles_latest").fetchone()[0]
        assert latest == con.execute("select count(*) from cw.main.dim_articles").fetchone()[0] == 16
    finally:
        con.close()


def test_the_readme_mart_queries_run_on_a_renamed_copy(warehouse, tmp_path):
    queries = readme_queries("The marts")
    assert len(queries) >= 8
    answered = dict(zip(queries, answers(warehouse, tmp_path / "analysis.duckdb", queries), strict=True))
    assert sum(bool(rows) for rows in answered.values()) >= len(queries) - 1, answered


def test_every_question_analysts_ask_is_answered_on_a_renamed_copy(warehouse, tmp_path):
    queries = readme_queries("Questions analysts ask")
    assert 6 <= len(queries) <= 8
    assert all(sql.startswith("-- ") and "?" in sql.splitlines()[0] for sql in queries), "each opens with its question"
    answered = answers(warehouse, tmp_path / "analysis.duckdb", queries)
    assert [sql.splitlines()[0] for sql, rows in zip(queries, answered, strict=True) if not rows] == []


def test_the_headline_question_comes_first_and_needs_only_projects_and_meetings(warehouse, tmp_path):
    headline = readme_queries("Questions analysts ask")[0]
    assert "Uzbekistan and Kazakhstan" in headline.splitlines()[0]
    relations = set(re.findall(r"\b(?:from|join)\s+([a-z_.]+)", headline))
    assert relations == {"fct_projects", "fct_meetings"}
    assert "unnest" not in headline and "article_ids" not in headline
    (rows,) = answers(warehouse, tmp_path / "analysis.duckdb", [headline])
    assert rows
    for _name, status, _cost, _sectors, countries, meeting_date, _format, _city in rows:
        assert {"KZ", "UZ"} <= set(countries) and status in {"launched", "construction_started", "completed"}
        assert meeting_date is None or meeting_date.year == 2025
    # The samples' KZ–UZ council launched projects with a stated cost and sectors of their own.
    assert any(cost and sectors and fmt == "interstate_council" for _, _, cost, sectors, _, _, fmt, _ in rows), rows
