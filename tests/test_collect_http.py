"""Collecting pages over real HTTP from a loopback server: a URL list, an RSS feed and a sitemap."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from ingestion.articles import parse_batch
from ingestion.collect import collect
from ingestion.http import Fetcher, FetchPolicy
from ingestion.rawstore import RawStore
from ingestion.sources import Source
from tests.conftest import SAMPLES


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    """Serve the samples folder (pages, feed.xml, sitemap.xml) on 127.0.0.1."""
    handler = functools.partial(QuietHandler, directory=str(SAMPLES))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetcher() -> Fetcher:
    return Fetcher(FetchPolicy(per_host_interval=0.0, allowed_networks=("127.0.0.1/32",)))


def entries(index_file: str, tag: str) -> int:
    return (SAMPLES / index_file).read_text(encoding="utf-8").count(f"<{tag}>")


def test_feed_sitemap_and_url_list_pages_are_fetched_stored_and_parsed(site, tmp_path):
    store = RawStore(tmp_path / "raw")
    one_page = sorted(p.name for p in (SAMPLES / "pages").glob("*.html"))[0]
    sources = [Source("feed", "rss", url=f"{site}/feed.xml"),
               Source("map", "sitemap", url=f"{site}/sitemap.xml"),
               Source("list", "urls", urls=(f"{site}/pages/{one_page}", f"{site}/pages/missing.html"))]
    rows = collect(sources, run_id="r1", store=store, fetcher_factory=fetcher)
    by_source = rows.groupby("source")["status"].apply(list).to_dict()
    assert by_source["feed"] == ["ok"] * entries("feed.xml", "item") and len(by_source["feed"]) >= 3
    assert by_source["map"] == ["ok"] * entries("sitemap.xml", "loc") and len(by_source["map"]) >= 3
    assert by_source["list"] == ["ok", "fetch_failed"]
    failed = rows[rows.status == "fetch_failed"].iloc[0]
    assert failed.http_status == 404 and "404" in failed.reason
    assert all(sha in store for sha in rows.page_sha256.dropna())
    batch = parse_batch(rows, store)
    assert len(batch.articles) >= 6
    assert set(batch.articles.url.str.startswith("http")) == {True}


def test_a_feed_that_cannot_be_fetched_is_recorded_not_dropped(site, tmp_path):
    rows = collect([Source("feed", "rss", url=f"{site}/no-feed.xml")], run_id="r1",
                   store=RawStore(tmp_path), fetcher_factory=fetcher)
    assert list(rows.status) == ["fetch_failed"] and rows.reason[0].startswith("feed: ")


def test_a_second_fetch_sends_validators_and_an_unchanged_page_is_not_modified(site, tmp_path):
    """SimpleHTTPRequestHandler answers If-Modified-Since with 304, as real servers do."""
    store = RawStore(tmp_path)
    page = sorted(p.name for p in (SAMPLES / "pages").glob("*.html"))[0]
    source = Source("list", "urls", urls=(f"{site}/pages/{page}",))
    first = collect([source], run_id="r1", store=store, fetcher_factory=fetcher)
    url, last_modified = first.url[0], first.last_modified[0]
    assert last_modified
    second = collect([source], run_id="r2", store=store, fetcher_factory=fetcher,
                     validators={url: (None, last_modified)})
    assert list(second.status) == ["not_modified"]
    assert parse_batch(second, store).audit[0]["status"] == "unchanged"
