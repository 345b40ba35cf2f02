"""Code paths for more data and more machines: worker processes and a raw store on fsspec URLs."""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from extraction import batch
from ingestion.parse import parse_page
from ingestion.rawstore import RawStore, sha256
from tests.conftest import SAMPLES, coopwatch


def test_the_raw_store_works_the_same_on_an_fsspec_url():
    store = RawStore("memory://coopwatch-test/raw")
    digest = store.put(b"<html>one</html>")
    assert digest == sha256(b"<html>one</html>") and store.put(b"<html>one</html>") == digest
    assert store.get(digest) == b"<html>one</html>" and digest in store
    assert sha256(b"other") not in store


def test_a_tampered_object_on_an_fsspec_url_is_refused():
    store = RawStore("memory://coopwatch-test/tampered")
    digest = store.put(b"original")
    store._fs.pipe_file(store.path(digest), b"changed")
    with pytest.raises(ValueError, match="corrupt"):
        store.get(digest)


@pytest.mark.slow
def test_a_run_keeps_its_raw_pages_under_an_fsspec_url(tmp_path):
    raw = tmp_path / "object-store"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(tmp_path / "w.duckdb"),
              env={"COOPWATCH_RAW_DIR": raw.as_uri()})
    stored = [p for p in raw.rglob("*") if p.is_file()]
    assert len(stored) == len(list((SAMPLES / "pages").iterdir()))
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from dim_articles").fetchone()[0] == 16
    finally:
        con.close()


def sample_articles(copies: int) -> pd.DataFrame:
    """Parse the sample pages and repeat them under new ids, as a batch big enough for workers."""
    rows = []
    for page in sorted((SAMPLES / "pages").glob("*.html")):
        try:
            article = parse_page(page.read_bytes(), url=page.as_uri())
        except Exception:  # the index page is not an article
            continue
        rows.append({"url": article.url, "language": article.language, "title": article.title,
                     "lead": article.lead, "body": article.body,
                     "published_at": pd.Timestamp(article.published_at or dt.datetime(2025, 1, 1, tzinfo=dt.UTC))})
    return pd.DataFrame([row | {"article_id": f"a{copy}-{i}", "version": 1}
                         for copy in range(copies) for i, row in enumerate(rows)])


@pytest.mark.slow
def test_a_big_batch_is_extracted_by_worker_processes_with_the_same_facts(monkeypatch):
    articles = sample_articles(3)
    assert len(articles) >= 2 * batch.EXTRACT_PER_WORKER
    monkeypatch.setenv("COOPWATCH_WORKERS", "1")
    serial, serial_quarantine = batch.extract_batch(articles)
    monkeypatch.setenv("COOPWATCH_WORKERS", "2")
    parallel, parallel_quarantine = batch.extract_batch(articles)
    assert serial_quarantine == parallel_quarantine
    for table, frame in serial.items():
        pd.testing.assert_frame_equal(frame.reset_index(drop=True), parallel[table].reset_index(drop=True))
    assert len(serial["fact_meetings"]) > 0


@pytest.mark.slow
def test_a_refresh_with_nothing_new_parses_nothing_keeps_clusters_and_skips_dbt(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    first = coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    assert "marts are current" not in first.stderr
    again = coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    assert "clusters kept" in again.stderr
    assert "the marts are current" in again.stderr
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        latest = con.execute("select max(run_id) from (select run_id from raw.page_audit "
                             "order by recorded_at desc limit 1)").fetchone()[0]
        assert {r for (r,) in con.execute("select distinct run_id from audit_pages").fetchall()} == {latest}
        reasons = {r for (r,) in con.execute("select reason from audit_pages where status = 'unchanged'").fetchall()}
        assert reasons and all(r.startswith("same page bytes as stored version") for r in reasons)
    finally:
        con.close()


def _die_in_a_worker(value: int) -> int:
    """Return value, except in a worker process, which it kills (as a segfaulting parser would)."""
    import multiprocessing
    import os

    if multiprocessing.parent_process() is not None:
        os._exit(1)
    return value


def test_worker_processes_return_results_in_input_order(monkeypatch):
    from ingestion.workers import map_in_processes

    monkeypatch.setenv("COOPWATCH_WORKERS", "2")
    assert list(map_in_processes(abs, range(-50, 50), 100, per_worker=10)) == [abs(i) for i in range(-50, 50)]


def test_items_left_by_dying_workers_are_done_in_the_calling_process(monkeypatch):
    from ingestion.workers import map_in_processes

    monkeypatch.setenv("COOPWATCH_WORKERS", "2")
    assert list(map_in_processes(_die_in_a_worker, range(40), 40, per_worker=10)) == list(range(40))


@pytest.mark.slow
def test_a_big_batch_of_pages_is_parsed_by_worker_processes_with_the_same_articles(tmp_path, monkeypatch):
    from bench.generate import generate
    from ingestion.articles import PARSE_PER_WORKER, parse_batch

    generate(tmp_path / "site", 2 * PARSE_PER_WORKER + 10)
    store = RawStore(tmp_path / "raw")
    rows = []
    for path in sorted((tmp_path / "site" / "pages").glob("*.html")):
        data = path.read_bytes()
        rows.append({"status": "ok", "source": "bench", "source_ref": str(path), "page_sha256": store.put(data),
                     "size_bytes": len(data), "final_url": None, "charset": None, "content_type": "text/html"})
    rows.append(rows[0] | {"source_ref": "gone.html", "page_sha256": sha256(b"never stored")})
    pages = pd.DataFrame(rows)
    monkeypatch.setenv("COOPWATCH_WORKERS", "1")
    serial = parse_batch(pages, store)
    monkeypatch.setenv("COOPWATCH_WORKERS", "2")
    parallel = parse_batch(pages, store)
    pd.testing.assert_frame_equal(serial.articles, parallel.articles)
    assert serial.audit == parallel.audit and serial.quarantine == parallel.quarantine
    assert len(parallel.articles) == len(rows) - 1
    assert [a["reason"] for a in parallel.audit if a["source_ref"] == "gone.html"][0].startswith("raw store error")
