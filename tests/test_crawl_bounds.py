"""Bounded crawls: a page cap per source, progress committed in batches, and the warehouse left free meanwhile.

A loopback news site serves an RSS feed of up to 10,000 items whose pages can answer
slowly; the runs are real (collect, the Dagster assets, and `coopwatch run` in its own
process, killed with -9 mid-crawl).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import dagster as dg
import duckdb
import pytest
import yaml

from ingestion.collect import batched, collect, pick_pages
from ingestion.http import Fetcher, FetchPolicy
from ingestion.rawstore import RawStore
from ingestion.sources import DEFAULT_MAX_PAGES, Source
from orchestration.defs.ingest import articles, raw_pages
from orchestration.defs.resources import SourcesResource, WarehouseResource
from tests.conftest import REPO, query
from tests.test_http import reply
from warehouse.snapshot import write_lock

LOOPBACK_POLICY = FetchPolicy(per_host_interval=0.0, allowed_networks=("127.0.0.1/32",))
FEED_ITEMS = 10_000
LAST_MODIFIED = email.utils.format_datetime(dt.datetime(2025, 6, 1, tzinfo=dt.UTC), usegmt=True)
NEWS = re.compile(r"/news/(\d+)\.html")


def article_page(i: int) -> bytes:
    """Return invented article number i: its own title, date and figures, so each one loads as its own article."""
    day = i % 28 + 1
    paragraphs = [
        f"Delegations of Kazakhstan and Uzbekistan met in Turkestan on {day} May to discuss freight corridor "
        f"number {i}, which links the two countries' railway networks.",
        f"The corridor is to cost {i % 90 + 10} million US dollars, shared by both governments, the ministers "
        f"said after the talks on corridor {i}.",
        "Work on the first stretch starts next spring, and a joint committee will report to both governments "
        "every quarter until the line opens.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html lang=\"en\"><head>"
            f"<title>Freight corridor {i} agreed in Turkestan</title>"
            "<meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"article:published_time\" content=\"2025-05-{day:02d}T10:00:00+05:00\">"
            f"</head><body><article><h1>Freight corridor {i} agreed in Turkestan</h1>{body}</article>"
            "</body></html>").encode()


def feed(base: str, items: int) -> bytes:
    entries = "".join(f"<item><title>Corridor {i}</title><link>{base}/news/{i}.html</link></item>"
                      for i in range(items))
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Corridors</title>"
            f"<link>{base}/</link>{entries}</channel></rss>").encode()


class NewsSite(http.server.ThreadingHTTPServer):
    """A site with /feed.xml (its first `items` articles) and /news/<i>.html, answering after `delay` seconds.

    Pages carry an ETag and a Last-Modified and answer 304 to a request that presents
    them, as real sites do. Every page request is recorded with its conditional headers.
    """

    daemon_threads = True

    def __init__(self, items: int = FEED_ITEMS, delay: float = 0.0):
        super().__init__(("127.0.0.1", 0), NewsHandler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.items, self.delay = items, delay
        self.probe = None  # called while a page request waits, before the answer is sent
        self.page_hits: list[tuple[int, str | None, str | None]] = []  # (article, If-None-Match, If-Modified-Since)
        self.feed_cache: dict[int, bytes] = {}

    def url(self, i: int) -> str:
        return f"{self.base}/news/{i}.html"

    def fetched(self) -> list[int]:
        return [i for i, _, _ in self.page_hits]


class NewsHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes; with Nagle on, each page would wait for a delayed ACK (~40 ms)
    disable_nagle_algorithm = True
    server: NewsSite

    def do_GET(self):
        path = urlsplit(self.path).path
        site = self.server
        if path == "/feed.xml":
            body = site.feed_cache.setdefault(site.items, feed(site.base, site.items))
            return self.answer(200, body, "application/rss+xml")
        found = NEWS.fullmatch(path)
        if not found:
            return self.answer(404, b"not found", "text/plain")
        i = int(found.group(1))
        etag = f'"corridor-{i}"'
        site.page_hits.append((i, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")))
        time.sleep(site.delay)
        if site.probe is not None:
            site.probe()
        if self.headers.get("If-None-Match") == etag:
            return self.answer(304, b"", None, {"ETag": etag})
        self.answer(200, article_page(i), "text/html; charset=utf-8", {"ETag": etag, "Last-Modified": LAST_MODIFIED})

    def answer(self, status: int, body: bytes, content_type: str | None, headers: dict | None = None) -> None:
        reply(self, status, body, content_type, headers)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = NewsSite()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def fetcher() -> Fetcher:
    return Fetcher(LOOPBACK_POLICY)


def sources_file(tmp_path: Path, site: NewsSite, max_pages: int | None = None) -> Path:
    source = {"name": "corridors", "kind": "rss", "url": f"{site.base}/feed.xml"}
    if max_pages is not None:
        source["max_pages"] = max_pages
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump({"fetch": {"allowed_networks": ["127.0.0.1/32"], "per_host_interval": 0},
                                    "sources": [source]}))
    return path


# ---- choosing the pages of a capped source -------------------------------------------------------

def test_under_the_cap_every_page_is_taken_once_in_listed_order():
    assert pick_pages(["c", "a", "c", "b"], 3, {"a": dt.datetime(2025, 1, 1)}) == ["c", "a", "b"]


def test_over_the_cap_never_fetched_pages_come_first_then_the_least_recently_fetched():
    day = dt.datetime(2025, 1, 1)
    last = {"a": day + dt.timedelta(days=2), "b": day, "c": day + dt.timedelta(days=1), "e": day}
    assert pick_pages(["a", "b", "c", "d", "e", "f"], 4, last) == ["d", "f", "b", "e"]


def test_rows_are_batched_by_count_or_by_time_whichever_comes_first():
    now = [0.0]

    def rows_arriving_at(*times):
        for i, t in enumerate(times):
            now[0] = t
            yield i

    # three rows fill a batch; then a slow row arrives 7 s after that commit and closes the next one early
    rows = rows_arriving_at(0, 1, 2, 3, 9, 10, 11)
    assert list(batched(rows, pages=3, seconds=5, clock=lambda: now[0])) == [[0, 1, 2], [3, 4], [5, 6]]


def test_every_kind_of_source_has_a_page_cap_that_max_pages_overrides():
    assert {kind: Source("s", kind).page_cap for kind in DEFAULT_MAX_PAGES} == DEFAULT_MAX_PAGES
    assert Source("s", "rss", url="http://x.test/feed", max_pages=20).page_cap == 20


# ---- a feed of 10,000 items ---------------------------------------------------------------------

def test_a_feed_of_10000_items_is_fetched_no_further_than_its_default_cap(site, tmp_path):
    rows = collect([Source("corridors", "rss", url=f"{site.base}/feed.xml")], run_id="r1",
                   store=RawStore(tmp_path), fetcher_factory=fetcher)

    cap = DEFAULT_MAX_PAGES["rss"]
    assert cap < FEED_ITEMS
    assert site.fetched() == list(range(cap)), "the head of a feed never fetched before, in feed order"
    assert list(rows.url) == [site.url(i) for i in range(cap)] and set(rows.status) == {"ok"}


def materialize(site_sources: Path, warehouse: Path, *assets) -> str:
    """Run the given ingestion assets in-process against a warehouse; return the run id."""
    result = dg.materialize(list(assets), resources={
        "warehouse": WarehouseResource(path=str(warehouse)),
        "sources": SourcesResource(sources_file=str(site_sources))})
    assert result.success
    return result.run_id


@pytest.mark.slow
def test_a_capped_feed_is_worked_through_over_successive_runs_never_fetched_pages_first(site, tmp_path):
    site.items = 50
    sources, warehouse = sources_file(tmp_path, site, max_pages=20), tmp_path / "w.duckdb"
    fetched_per_run = []
    for _ in range(3):
        site.page_hits.clear()
        materialize(sources, warehouse, raw_pages, articles)
        fetched_per_run.append(site.fetched())

    assert fetched_per_run[0] == list(range(20))
    assert fetched_per_run[1] == list(range(20, 40))
    # 40-49 were never fetched; then 0-9, fetched longest ago
    assert fetched_per_run[2] == list(range(40, 50)) + list(range(10))
    assert query(warehouse, "select count(distinct article_id) from raw.articles") == [(50,)]


@pytest.mark.slow
def test_pages_fetched_by_a_run_killed_before_parsing_are_fetched_again_without_validators_and_loaded(
        site, tmp_path):
    site.items = 12
    sources, warehouse = sources_file(tmp_path, site), tmp_path / "w.duckdb"
    # raw_pages alone is run 1 stopped before its articles step: fetched and committed, never parsed
    first = materialize(sources, warehouse, raw_pages)
    assert query(warehouse, f"select count(*), count(etag) from raw.fetch_log where run_id = '{first}'") == [(12, 12)]

    site.page_hits.clear()
    second = materialize(sources, warehouse, raw_pages, articles)
    assert site.page_hits == [(i, None, None) for i in range(12)], "no conditional request for unparsed pages"
    assert query(warehouse, f"select status, count(*) from raw.page_audit where run_id = '{second}' group by 1") == [
        ("loaded", 12)]

    # once parsed, the validators are used: the same pages now come back 304 and stay unchanged
    site.page_hits.clear()
    third = materialize(sources, warehouse, raw_pages, articles)
    assert site.page_hits == [(i, f'"corridor-{i}"', LAST_MODIFIED) for i in range(12)]
    assert query(warehouse, f"select status, count(*) from raw.page_audit where run_id = '{third}' group by 1") == [
        ("unchanged", 12)]


# ---- `coopwatch run` on the slow feed --------------------------------------------------------------

def start_run(sources: Path, warehouse: Path) -> subprocess.Popen:
    """Start `coopwatch run` in its own process group, with the loopback server reachable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COOPWATCH_", "DAGSTER_HOME"))}
    env.update({"COOPWATCH_ALLOW_PRIVATE_ADDRESSES": "1", "NO_PROXY": "*", "no_proxy": "*"})
    return subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run", "--sources", str(sources),
                             "--warehouse", str(warehouse)], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_for_pages(site: NewsSite, proc: subprocess.Popen, pages: int, seconds: float = 180.0) -> None:
    """Return once the run has requested `pages` pages; fail if it ends or takes longer than `seconds`."""
    deadline = time.monotonic() + seconds
    while len(site.page_hits) < pages:
        if proc.poll() is not None:
            raise AssertionError(f"the run ended after {len(site.page_hits)} pages:\n{proc.stderr.read()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"only {len(site.page_hits)} pages requested in {seconds:g}s")
        time.sleep(0.05)


def kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.slow
def test_a_crawl_killed_with_minus_9_keeps_the_pages_it_committed(site, tmp_path):
    site.delay = 0.05  # 10,000 items at 20 pages a second: the default cap alone takes close to a minute
    warehouse = tmp_path / "w.duckdb"
    proc = start_run(sources_file(tmp_path, site), warehouse)
    try:
        wait_for_pages(site, proc, 300)  # past at least one 5-second batch
    finally:
        kill(proc)
    assert proc.returncode == -signal.SIGKILL

    requested = set(site.fetched())
    committed = query(warehouse, "select url, status, page_sha256 from raw.fetch_log")
    assert 0 < len(committed) <= len(requested)
    assert {url for url, _, _ in committed} <= {site.url(i) for i in requested}
    store = RawStore(warehouse.with_name(warehouse.stem + ".rawstore"))
    assert all(status == "ok" and sha in store for _, status, sha in committed), "whole rows, bytes stored"


@pytest.mark.slow
def test_the_warehouse_is_free_for_other_processes_while_the_crawl_waits_on_the_network(site, tmp_path):
    site.delay = 0.05
    warehouse = tmp_path / "w.duckdb"
    probes: list[object] = []

    def open_the_warehouse():
        """While the crawler waits for this very answer, take its write lock and open its file read-only."""
        if len(site.page_hits) % 25:
            return
        try:
            with write_lock(warehouse, wait=0):
                con = duckdb.connect(str(warehouse), read_only=True)
                try:
                    probes.append(con.execute("select count(*) from raw.fetch_log").fetchone()[0])
                finally:
                    con.close()
        except Exception as exc:  # the failure itself is what the assertion reports
            probes.append(exc)

    site.probe = open_the_warehouse
    proc = start_run(sources_file(tmp_path, site), warehouse)
    try:
        wait_for_pages(site, proc, 300)
    finally:
        kill(proc)

    assert len(probes) >= 10
    assert all(isinstance(p, int) for p in probes), probes
    assert probes[-1] > 0, "the later probes see batches already committed"
