"""`coopwatch export`: every mart as one Parquet or CSV file, each complete or absent (real CLI processes)."""
from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES, coopwatch, query
from warehouse import db

# Every test starts the coopwatch CLI in a fresh process (seconds each).
pytestmark = pytest.mark.slow

SAMPLE_MARTS = {"audit_pages", "dim_articles", "dim_countries", "dim_persons", "dim_sectors",
                "fct_cooperation_sectors", "fct_investments", "fct_meeting_mentions", "fct_meeting_participants",
                "fct_meetings", "fct_project_mentions", "fct_project_status_history", "fct_projects"}


@pytest.fixture(scope="module")
def samples_warehouse(tmp_path_factory) -> Path:
    """The samples built once for the module by `coopwatch run`, with their published copy beside them."""
    warehouse = tmp_path_factory.mktemp("export") / "w.duckdb"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    return warehouse


@pytest.fixture
def small_warehouse(tmp_path: Path) -> Path:
    """A warehouse with two marts, the audit view and a seed that is not a mart, and no published copy."""
    path = tmp_path / "small.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table dim_things as select * from (values (1, ['RU', 'UZ']), (2, []::varchar[]), (3, null))"
                " t(id, codes)")
    con.execute("create table fct_events as select range as id, 'event ' || range as name from range(5)")
    con.execute("create table countries as select 'UZ' as code")
    con.execute("create view audit_pages as select id, 'loaded' as status from fct_events")
    con.close()
    return path


def exported(folder: Path) -> dict[str, Path]:
    return {p.name.split(".")[0]: p for p in folder.iterdir()}


@pytest.mark.slow
def test_every_mart_becomes_one_parquet_file_that_reads_back_with_the_same_rows(samples_warehouse, tmp_path):
    out = tmp_path / "parquet"
    coopwatch("export", "--format", "parquet", "--out", str(out), "--warehouse", str(samples_warehouse))
    files = exported(out)
    assert set(files) == SAMPLE_MARTS and all(p.suffix == ".parquet" for p in files.values())
    for mart, file in files.items():
        (in_warehouse,) = query(samples_warehouse, f"select count(*) from main.{mart}")[0]
        assert duckdb.sql(f"select count(*) from '{file}'").fetchone()[0] == in_warehouse > 0, mart
    meetings = "select meeting_id, country_codes, participant_names from {} order by meeting_id"
    assert (duckdb.sql(meetings.format(f"'{files['fct_meetings']}'")).fetchall()
            == query(samples_warehouse, meetings.format("main.fct_meetings")))
    types = dict(duckdb.sql(f"select column_name, column_type from (describe '{files['fct_meetings']}')").fetchall())
    assert types["country_codes"] == "VARCHAR[]", "a list column stays a Parquet list"


@pytest.mark.slow
def test_csv_files_hold_lists_as_items_joined_with_semicolons_exactly_as_query_prints_them(samples_warehouse, tmp_path):
    out = tmp_path / "csv"
    coopwatch("export", "--format", "csv", "--out", str(out), "--warehouse", str(samples_warehouse))
    assert set(exported(out)) == SAMPLE_MARTS
    with open(out / "fct_meetings.csv", encoding="utf-8", newline="") as handle:
        rows = {row["meeting_id"]: row["country_codes"] for row in csv.DictReader(handle)}
    expected = dict(query(samples_warehouse,
                          "select meeting_id, array_to_string(country_codes, ';') from fct_meetings"))
    assert rows == expected and any(";" in codes for codes in rows.values())
    printed = coopwatch("query", "select * from fct_meetings", "--format", "csv", "--warehouse", str(samples_warehouse))
    assert (out / "fct_meetings.csv").read_text(encoding="utf-8") == printed.stdout


@pytest.mark.slow
def test_the_export_reads_the_published_copy_so_it_works_while_the_working_file_is_held(samples_warehouse, tmp_path):
    holder = duckdb.connect(str(samples_warehouse))  # a writer holds the working file, as a run does
    try:
        coopwatch("export", "--format", "parquet", "--out", str(tmp_path / "a"), "--warehouse", str(samples_warehouse))
        live = coopwatch("export", "--format", "parquet", "--out", str(tmp_path / "b"), "--warehouse",
                         str(samples_warehouse), "--live", check=False)
    finally:
        holder.close()
    assert set(exported(tmp_path / "a")) == SAMPLE_MARTS
    assert live.returncode == 1 and "is open in another process" in live.stderr
    assert "Traceback" not in live.stderr and not any((tmp_path / "b").iterdir())


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_only_the_marts_are_exported_one_file_each(small_warehouse, tmp_path, fmt):
    run = coopwatch("export", "--format", fmt, "--out", str(tmp_path / "out"), "--warehouse", str(small_warehouse))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"audit_pages.{fmt}", f"dim_things.{fmt}",
                                                                     f"fct_events.{fmt}"]
    assert f"fct_events.{fmt} (5 rows)" in run.stderr


def test_csv_lists_are_joined_with_semicolons_and_an_empty_list_is_an_empty_cell(small_warehouse, tmp_path):
    coopwatch("export", "--format", "csv", "--out", str(tmp_path), "--warehouse", str(small_warehouse))
    assert (tmp_path / "dim_things.csv").read_bytes() == b"id,codes\r\n1,RU;UZ\r\n2,\r\n3,\r\n"


def test_a_missing_warehouse_is_one_clear_line_and_writes_nothing(tmp_path):
    run = coopwatch("export", "--format", "parquet", "--out", str(tmp_path / "out"), "--warehouse",
                    str(tmp_path / "none.duckdb"), check=False)
    assert run.returncode == 1
    assert run.stderr.strip() == f"error: no warehouse at {tmp_path / 'none.duckdb'}: run `coopwatch run` first"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_unknown_format_is_refused_with_the_formats_there_are(small_warehouse, tmp_path):
    run = coopwatch("export", "--format", "xlsx", "--out", str(tmp_path / "out"), "--warehouse", str(small_warehouse),
                    check=False)
    assert run.returncode == 2
    assert "argument --format: invalid choice: 'xlsx' (choose from 'parquet', 'csv')" in run.stderr
    assert not (tmp_path / "out").exists()


def test_an_out_folder_that_cannot_be_made_is_one_clear_line(small_warehouse, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    run = coopwatch("export", "--format", "csv", "--out", str(tmp_path / "a-file" / "out"), "--warehouse",
                    str(small_warehouse), check=False)
    assert run.returncode == 1
    assert run.stderr.strip() == f"error: cannot write to {tmp_path / 'a-file' / 'out'}: Not a directory"


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_a_file_that_cannot_be_put_in_place_fails_the_export_and_leaves_no_half_file(small_warehouse, tmp_path, fmt):
    out = tmp_path / "out"
    (out / f"fct_events.{fmt}").mkdir(parents=True)  # a folder in the way: the final rename fails
    run = coopwatch("export", "--format", fmt, "--out", str(out), "--warehouse", str(small_warehouse), check=False)
    assert run.returncode == 1
    assert f"error: cannot write {out / f'fct_events.{fmt}'}: Is a directory" in run.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"audit_pages.{fmt}", f"dim_things.{fmt}", f"fct_events.{fmt}"]
    assert (out / f"fct_events.{fmt}").is_dir(), "nothing was written over what was in the way"


def test_the_export_connection_reads_the_warehouse_and_writes_only_inside_its_folder(small_warehouse, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    con = db.reader(small_warehouse, writable_dir=out)
    try:
        con.execute(f"copy fct_events to '{out / 'ok.parquet'}' (format parquet)")
        for elsewhere in (tmp_path / "elsewhere.parquet", out / ".." / "escaped.parquet", Path(f"{out}-x/a.parquet")):
            with pytest.raises(duckdb.PermissionException):
                con.execute(f"copy fct_events to '{elsewhere}' (format parquet)")
        with pytest.raises(duckdb.PermissionException):
            con.execute("select * from read_csv('/etc/hostname')")
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("create table t (x int)")
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("set enable_external_access = true")
    finally:
        con.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.duckdb"]
