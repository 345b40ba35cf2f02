"""Parse and validate one fetch batch into article records, audit rows and quarantine rows."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import time
from dataclasses import dataclass, field

import pandas as pd

from ingestion.parse import MAX_PAGE_BYTES, NotAnArticle, PageRefused, parse_page
from ingestion.progress import track
from ingestion.rawstore import RawStore
from ingestion.schemas import ArticleSchema, split_valid

# Fetch outcomes that already decide a page's audit status.
FETCH_TO_AUDIT = {"not_modified": "unchanged", "fetch_failed": "fetch_failed", "skipped_robots": "skipped_robots",
                  "too_large": "too_large", "bad_content_type": "not_article", "blocked_address": "fetch_failed"}
CONTENT_FIELDS = ("url", "title", "lead", "body", "published_at", "modified_at", "tags", "author")


@dataclass
class ParsedBatch:
    """What one batch of fetched pages became."""

    articles: pd.DataFrame                             # valid article records, content_sha256 included
    audit: list[dict] = field(default_factory=list)    # pages already decided (not loaded articles)
    quarantine: list[dict] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # parse and validate time, reported by the asset


def content_sha256(record: dict) -> str:
    """Hash what a reader sees of an article, so an unchanged page makes no new version."""
    payload = {k: record.get(k) for k in CONTENT_FIELDS}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False).encode()).hexdigest()


def _audit(page: dict, status: str, reason: str | None, article_id: str | None = None) -> dict:
    return {"source": page["source"], "source_ref": page["source_ref"], "status": status, "reason": reason,
            "article_id": article_id, "page_sha256": page.get("page_sha256")}


def _quarantine(page: dict, stage: str, reason: str, record: dict | None) -> dict:
    return {"source_ref": page["source_ref"], "stage": stage, "reason": reason,
            "record": json.dumps(record, default=str, ensure_ascii=False) if record is not None else None}


def parse_batch(pages: pd.DataFrame, store: RawStore, skip_known: bool = False) -> ParsedBatch:
    """Parse every ok page of a fetch batch; everything else gets its audit row here.

    With skip_known, a page whose bytes equal those of the stored latest version from the
    same source (fetch_batch's `known_*` columns) is unchanged without being parsed: a
    daily refresh of a big folder or sitemap then costs a hash lookup per page. The
    caller turns it off when the parser itself changed.
    """
    batch = ParsedBatch(articles=pd.DataFrame())
    records, record_pages = [], []
    started = time.perf_counter()
    for page in track(pages.to_dict("records"), "parsing pages", total=len(pages)):
        if page["status"] != "ok":
            batch.audit.append(_audit(page, FETCH_TO_AUDIT.get(page["status"], "fetch_failed"), page.get("reason")))
            continue
        if skip_known and pd.notna(page.get("known_article_id")):
            batch.audit.append(_audit(page, "unchanged", f"same page bytes as stored version {int(page['known_version'])}",
                                      page["known_article_id"]))
            continue
        try:
            size = page.get("size_bytes")
            if pd.notna(size) and size > MAX_PAGE_BYTES:  # refused before its bytes are read back into memory
                raise PageRefused(f"page too large: {int(size):,} bytes, over the {MAX_PAGE_BYTES:,}-byte cap")
            http_url = page.get("final_url") if str(page.get("final_url") or "").startswith("http") else None
            article = parse_page(store.get(page["page_sha256"]), url=http_url,
                                 header_charset=page.get("charset"), content_type=page.get("content_type"))
        except NotAnArticle as exc:
            batch.audit.append(_audit(page, "not_article", str(exc)))
            continue
        except PageRefused as exc:
            batch.audit.append(_audit(page, "quarantined", str(exc)))
            batch.quarantine.append(_quarantine(page, "parse", str(exc), None))
            continue
        except Exception as exc:  # a parser bug, RecursionError or MemoryError on one page must not stop the batch
            reason = f"parse error: {type(exc).__name__}: {exc}"
            batch.audit.append(_audit(page, "quarantined", reason))
            batch.quarantine.append(_quarantine(page, "parse", reason, None))
            continue
        record = dataclasses.asdict(article) | {"source": page["source"], "source_ref": page["source_ref"],
                                                 "page_sha256": page["page_sha256"]}
        records.append(record)
        record_pages.append(page)
    parsed = time.perf_counter()
    batch.seconds = {"parse": parsed - started, "validate": 0.0}
    if not records:
        return batch
    valid, bad = split_valid(pd.DataFrame(records), ArticleSchema)
    for i, reason in bad.items():
        batch.audit.append(_audit(record_pages[i], "quarantined", f"invalid article: {reason}", records[i]["article_id"]))
        batch.quarantine.append(_quarantine(record_pages[i], "validate_articles", reason, records[i]))
    if len(valid):
        valid["content_sha256"] = [content_sha256(r) for r in valid.to_dict("records")]
        first = ~valid.duplicated("article_id")
        for dup in valid[~first].to_dict("records"):
            original = valid[first & (valid["article_id"] == dup["article_id"])].iloc[0]
            batch.audit.append({"source": dup["source"], "source_ref": dup["source_ref"], "status": "unchanged",
                                "reason": f"same article as {original['source_ref']} (same canonical URL)",
                                "article_id": dup["article_id"], "page_sha256": dup["page_sha256"]})
        valid = valid[first].reset_index(drop=True)
    batch.articles = valid
    batch.seconds["validate"] = time.perf_counter() - parsed
    return batch


