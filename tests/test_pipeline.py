"""The whole pipeline through the real CLI: Dagster materializations, a DuckDB file, dbt builds."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import coopwatch, mart_fingerprint
from tests.conftest import query as rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, str]:
    """Run the pipeline once on a copy of the samples; several tests read the result."""
    from tests.conftest import SAMPLES

    root = tmp_path_factory.mktemp("built")
    pages = root / "pages"
    shutil.copytree(SAMPLES / "pages", pages)
    warehouse = root / "w.duckdb"
    proc = coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))
    return warehouse, pages, proc.stdout


def test_a_run_on_the_samples_prints_non_empty_marts(built):
    warehouse, pages, stdout = built
    for mart in ("dim_articles", "fct_meetings", "fct_investments", "fct_projects", "fct_cooperation_sectors"):
        count = rows(warehouse, f"select count(*) from {mart}")[0][0]
        assert count > 0, mart
        assert mart in stdout
    assert "quarantined:" in stdout and "failed:" in stdout


def test_every_sample_page_has_one_audit_row(built):
    warehouse, pages, _ = built
    files = sorted(str(p) for p in pages.rglob("*") if p.suffix in (".html", ".htm", ".txt"))
    audit = rows(warehouse, "select source_ref, status, reason from audit_pages order by source_ref")
    assert [a[0] for a in audit] == files
    statuses = {Path(ref).name: status for ref, status, _ in audit}
    assert all(s in ("loaded", "not_article") for s in statuses.values()), statuses
    assert any(name.startswith("index") and s == "not_article" for name, s in statuses.items())
    loaded = sum(1 for s in statuses.values() if s == "loaded")
    assert rows(warehouse, "select count(*) from dim_articles")[0][0] == loaded


def test_article_bodies_carry_no_page_furniture(built):
    warehouse, _, _ = built
    for (body,) in rows(warehouse, "select body from raw.articles"):
        for furniture in ("Читайте также", "Related news", "Подписывайтесь", "Subscribe", "All rights reserved",
                          "Все права защищены", "Comments", "Комментарии"):
            assert furniture not in body


def test_articles_keep_timezone_aware_dates_and_canonical_urls(built):
    warehouse, _, _ = built
    for url, published, language in rows(warehouse, "select url, published_at, language from dim_articles"):
        assert url.startswith("http") and published.tzinfo is not None and language in ("ru", "en")


def test_a_second_run_changes_no_mart(built, tmp_path):
    warehouse, pages, _ = built
    # Same file name: DuckDB names a database after its file, and dbt's views refer to that name.
    copy = tmp_path / "again" / warehouse.name
    copy.parent.mkdir()
    shutil.copy(warehouse, copy)
    before = mart_fingerprint(copy)
    coopwatch("run", "--pages", str(pages), "--warehouse", str(copy))
    assert mart_fingerprint(copy) == before
    statuses = {s for (s,) in rows(copy, "select distinct status from audit_pages")}
    assert statuses <= {"unchanged", "not_article"}


def test_an_edited_page_becomes_a_new_version_and_the_marts_show_it(sample_pages, tmp_path):
    warehouse = tmp_path / "w.duckdb"
    coopwatch("run", "--pages", str(sample_pages), "--warehouse", str(warehouse))
    page = sorted(sample_pages.glob("en-*.html"))[0]
    ref = str(page)
    (article_id,) = rows(warehouse, "select article_id from audit_pages where source_ref = ?", [ref])[0]
    (body,) = rows(warehouse, "select body from raw.articles where article_id = ?", [article_id])[0]
    sentence = body.split("\n\n")[1][:40]
    html = page.read_text(encoding="utf-8")
    assert sentence in html
    page.write_text(html.replace(sentence, "Correction: " + sentence, 1), encoding="utf-8")
    coopwatch("run", "--pages", str(sample_pages), "--warehouse", str(warehouse))
    assert rows(warehouse, "select max(version) from raw.articles where article_id = ?", [article_id])[0][0] == 2
    version, latest_body = rows(warehouse, "select a.version, r.body from dim_articles a join raw.articles r "
                                       "using (article_id, version) where article_id = ?", [article_id])[0]
    assert version == 2 and "Correction: " in latest_body
    audit = dict(rows(warehouse, "select source_ref, status from audit_pages"))
    assert audit[ref] == "loaded"
    assert sum(1 for s in audit.values() if s == "loaded") == 1


def test_a_page_without_a_date_is_quarantined_with_its_reason_and_the_run_succeeds(sample_pages, tmp_path):
    paragraph = "<p>" + "The delegations discussed transport corridors and energy projects. " * 6 + "</p>"
    (sample_pages / "undated.html").write_text(
        f"<html lang='en'><head><title>Undated talks</title><link rel='canonical' href='https://x.example/undated'>"
        f"</head><body><article><h1>Undated talks</h1>{paragraph}{paragraph}</article></body></html>")
    warehouse = tmp_path / "w.duckdb"
    proc = coopwatch("run", "--pages", str(sample_pages), "--warehouse", str(warehouse))
    status, reason = rows(warehouse, "select status, reason from audit_pages where source_ref like '%undated.html'")[0]
    assert status == "quarantined" and "published_at" in reason
    (stage, record) = rows(warehouse, "select stage, record from raw.quarantine where source_ref like '%undated.html'")[0]
    assert stage == "validate_articles" and json.loads(record)["url"] == "https://x.example/undated"
    assert "quarantined: 1" in proc.stdout


def test_query_answers_in_three_formats_and_refuses_writes(built):
    warehouse, _, _ = built
    csv_out = coopwatch("query", "select count(*) as n from dim_articles", "--warehouse", str(warehouse),
                        "--format", "csv").stdout
    assert csv_out.splitlines()[0] == "n" and int(csv_out.splitlines()[1]) > 0
    data = json.loads(coopwatch("query", "select article_id, published_at from dim_articles limit 2",
                                "--warehouse", str(warehouse), "--format", "json").stdout)
    assert len(data) == 2 and set(data[0]) == {"article_id", "published_at"}
    assert "article_id" in coopwatch("query", "select article_id from dim_articles limit 1",
                                     "--warehouse", str(warehouse)).stdout
    refused = coopwatch("query", "create table x (a int)", "--warehouse", str(warehouse), check=False)
    assert refused.returncode == 1 and "read-only" in refused.stderr.lower()
    outside = coopwatch("query", "select * from read_csv('/etc/passwd')", "--warehouse", str(warehouse), check=False)
    assert outside.returncode == 1


def test_run_refuses_a_missing_pages_folder(tmp_path):
    proc = coopwatch("run", "--pages", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb"), check=False)
    assert proc.returncode == 2 and "not a folder" in proc.stderr
