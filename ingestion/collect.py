"""Gather page bytes from every source into the raw store and describe each attempt.

The result is one fetch-log row per page (or per feed/sitemap that could not be
read), so that every input is accounted for whatever happened to it.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from urllib.parse import urljoin

import feedparser
import lxml.etree
import pandas as pd

from ingestion.http import FetchResult, Fetcher
from ingestion.progress import track
from ingestion.rawstore import RawStore
from ingestion.sources import Source, directory_pages

MAX_SITEMAP_DEPTH = 2
Validators = dict[str, tuple[str | None, str | None]]  # url -> (etag, last_modified)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _row(run_id: str, source: Source, source_ref: str, **fields) -> dict:
    row = {"run_id": run_id, "source": source.name, "source_ref": source_ref, "url": None, "final_url": None,
           "status": "ok", "http_status": None, "reason": None, "content_type": None, "charset": None,
           "etag": None, "last_modified": None, "page_sha256": None, "size_bytes": None,
           "fetched_at": _now(), "elapsed_s": None}
    row.update(fields)
    return row


def _fetched_row(run_id: str, source: Source, result: FetchResult, store: RawStore) -> dict:
    digest = store.put(result.body) if result.status == "ok" and result.body is not None else None
    return _row(run_id, source, result.url, url=result.url, final_url=result.final_url, status=result.status,
                http_status=result.http_status, reason=result.reason, content_type=result.content_type,
                charset=result.charset, etag=result.etag, last_modified=result.last_modified,
                page_sha256=digest, size_bytes=len(result.body) if result.body is not None else None,
                fetched_at=result.fetched_at, elapsed_s=result.elapsed)


def read_directory(run_id: str, source: Source, store: RawStore) -> list[dict]:
    """Read a folder of saved pages into the raw store."""
    rows = []
    for path in track(directory_pages(source), f"reading {source.name}"):
        started = time.monotonic()
        try:
            data = path.read_bytes()
        except OSError as exc:
            rows.append(_row(run_id, source, str(path), status="fetch_failed", reason=f"cannot read file: {exc}"))
            continue
        content_type = "text/plain" if path.suffix.lower() == ".txt" else "text/html"
        rows.append(_row(run_id, source, str(path), url=path.as_uri(), final_url=path.as_uri(),
                         content_type=content_type, page_sha256=store.put(data), size_bytes=len(data),
                         elapsed_s=time.monotonic() - started))
    return rows


def feed_links(body: bytes, base_url: str) -> list[str]:
    """List the article links of an RSS/Atom feed, resolved against the feed URL."""
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    links = []
    for entry in parsed.entries:
        link = entry.get("link") or entry.get("id")
        if link:
            links.append(urljoin(base_url, link.strip()))
    return links


def sitemap_links(body: bytes, base_url: str) -> tuple[list[str], list[str]]:
    """Return (page URLs, child sitemap URLs) listed by a sitemap or sitemap index."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    root = lxml.etree.fromstring(body, parser=parser)
    if root is None:
        return [], []
    locs = [urljoin(base_url, (el.text or "").strip()) for el in root.iter("{*}loc") if (el.text or "").strip()]
    if lxml.etree.QName(root).localname == "sitemapindex":
        return [], locs
    return locs, []


def _page_urls(source: Source, fetcher: Fetcher, run_id: str, store: RawStore) -> tuple[list[str], list[dict]]:
    """Resolve a urls/rss/sitemap source to page URLs, with rows for index documents that failed."""
    if source.kind == "urls":
        return list(source.urls), []
    failed: list[dict] = []
    if source.kind == "rss":
        result = fetcher.fetch(source.url)
        if result.status != "ok":
            return [], [_fetched_row(run_id, source, result, store) | {"reason": f"feed: {result.reason}"}]
        return feed_links(result.body, result.final_url or source.url), []
    pages: list[str] = []
    queue, seen = [(source.url, 0)], set()
    while queue:
        url, depth = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        result = fetcher.fetch(url)
        if result.status != "ok":
            failed.append(_fetched_row(run_id, source, result, store) | {"reason": f"sitemap: {result.reason}"})
            continue
        found, children = sitemap_links(result.body, result.final_url or url)
        pages += found
        queue += [(child, depth + 1) for child in children if depth + 1 <= MAX_SITEMAP_DEPTH]
    return pages, failed


def collect(sources: Iterable[Source], *, run_id: str, store: RawStore,
            fetcher_factory: Callable[[], Fetcher], validators: Validators | None = None) -> pd.DataFrame:
    """Fetch or read every page of every source; return the fetch-log rows of this run."""
    validators = validators or {}
    rows: list[dict] = []
    fetcher: Fetcher | None = None
    try:
        for source in sources:
            if source.kind == "directory":
                rows += read_directory(run_id, source, store)
                continue
            fetcher = fetcher or fetcher_factory()
            urls, failed = _page_urls(source, fetcher, run_id, store)
            rows += failed
            urls = list(dict.fromkeys(urls))[: source.max_pages] if source.max_pages else list(dict.fromkeys(urls))
            for url in track(urls, f"fetching {source.name}"):
                etag, last_modified = validators.get(url, (None, None))
                rows.append(_fetched_row(run_id, source, fetcher.fetch(url, etag=etag, last_modified=last_modified),
                                         store))
    finally:
        if fetcher is not None:
            fetcher.close()
    return pd.DataFrame(rows, columns=list(_row(run_id, Source("x", "urls"), "x")))
