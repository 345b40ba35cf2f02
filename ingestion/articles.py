"""Parse and validate one fetch batch into article records, audit rows and quarantine rows."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import PurePath

import numpy as np
import pandas as pd

from ingestion.parse import MAX_PAGE_BYTES, NotAnArticle, PageRefused, parse_page
from ingestion.progress import track
from ingestion.rawstore import RawStore
from ingestion.schemas import ArticleSchema, split_valid
from ingestion.urls import is_alias
from ingestion.workers import map_in_processes

# Fetch outcomes that already decide a page's audit status.
FETCH_TO_AUDIT = {"not_modified": "unchanged", "fetch_failed": "fetch_failed", "skipped_robots": "skipped_robots",
                  "too_large": "too_large", "bad_content_type": "not_article", "blocked_address": "fetch_failed"}
# Pages per parsing worker process: starting one (imports lxml and trafilatura) costs about that many pages.
PARSE_PER_WORKER = 200
# What a reader sees of an article. The URL is not part of it: the desktop, AMP, mobile and
# tracking addresses of one article carry the same text and must make one version, not one each.
CONTENT_FIELDS = ("title", "lead", "body", "published_at", "modified_at", "tags", "author")
# Names the way content_sha256 is computed; stored hashes are recomputed when it changes.
CONTENT_HASH_SCHEME = "v2: " + ",".join(CONTENT_FIELDS)


@dataclass
class ParsedBatch:
    """What one batch of fetched pages became."""

    articles: pd.DataFrame                             # valid article records, content_sha256 included
    audit: list[dict] = field(default_factory=list)    # pages already decided (not loaded articles)
    quarantine: list[dict] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # parse and validate time, reported by the asset


def _comparable(value):
    """Return a value in one form whether it comes from the parser or back from DuckDB.

    Timestamps become UTC ISO strings and arrays lists, so a hash computed at parse time
    equals the hash recomputed from a stored row (load.upgrade_content_hashes relies on it).
    """
    if value is None or (not isinstance(value, (list, tuple, np.ndarray)) and pd.isna(value)):
        return None
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        stamp = pd.Timestamp(value)
        return (stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")).isoformat()
    if isinstance(value, (list, tuple, np.ndarray)):
        return [str(item) for item in value]
    return str(value)


def content_sha256(record: dict) -> str:
    """Hash what a reader sees of an article, so an unchanged page makes no new version."""
    payload = {k: _comparable(record.get(k)) for k in CONTENT_FIELDS}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


WINNER_RULE = ("the newest copy wins, then the article's own address over AMP/mobile/tracking variants, "
               "then the first path")


def _winner_key(candidate: dict) -> tuple:
    stamp = candidate.get("modified_at")
    if stamp is None or pd.isna(stamp):
        stamp = candidate.get("published_at")
    newest_first = -pd.Timestamp(stamp).timestamp() if stamp is not None and not pd.isna(stamp) else float("inf")
    return newest_first, is_alias(candidate.get("url") or ""), str(candidate["source_ref"])


def choose_winner(candidates: list[dict]) -> dict:
    """Pick the page that speaks for an article read under several pages in one batch.

    The rule, so every run picks the same page from the same input: the most recently
    modified (else published) copy wins, since an edit supersedes what it edits; among
    equals, the page under the article's own address beats mobile, AMP and tracking
    variants; then the first by source reference (file path or URL). Candidates carry
    source_ref, url, published_at and modified_at.
    """
    return min(candidates, key=_winner_key)


def _audit(page: dict, status: str, reason: str | None, article_id: str | None = None) -> dict:
    return {"source": page["source"], "source_ref": page["source_ref"], "status": status, "reason": reason,
            "article_id": article_id, "page_sha256": page.get("page_sha256")}


def _quarantine(page: dict, stage: str, reason: str, record: dict | None) -> dict:
    return {"source_ref": page["source_ref"], "stage": stage, "reason": reason,
            "record": json.dumps(record, default=str, ensure_ascii=False) if record is not None else None}


def _parse_job(job: tuple[bytes | str, str | None, str | None, str | None, str | None]) -> tuple[str, object]:
    """Parse one page's bytes (in a worker process); return ("article", Article) or (outcome, reason)."""
    data, url, charset, content_type, file_name = job
    if isinstance(data, str):  # the bytes could not be read back: the reason why
        return "refused", data
    try:
        return "article", parse_page(data, url=url, header_charset=charset, content_type=content_type,
                                     file_name=file_name)
    except NotAnArticle as exc:
        return "not_article", str(exc)
    except PageRefused as exc:
        return "refused", str(exc)
    except Exception as exc:  # a parser bug, RecursionError or MemoryError on one page must not stop the batch
        return "refused", f"parse error: {type(exc).__name__}: {exc}"


def _decided_before_parsing(page: dict, skip_known: bool) -> tuple[dict, dict | None] | None:
    """Return the audit (and quarantine) row of a page decided without parsing, else None.

    That is a failed fetch, the same bytes as the stored latest version, the same bytes as
    when it lost to a page the batch holds unchanged (fetch_batch's `lost_*` columns), or a
    page too large to read back into memory.
    """
    if page["status"] != "ok":
        return _audit(page, FETCH_TO_AUDIT.get(page["status"], "fetch_failed"), page.get("reason")), None
    if skip_known and pd.notna(page.get("known_article_id")):
        return _audit(page, "unchanged", f"same page bytes as stored version {int(page['known_version'])}",
                      page["known_article_id"]), None
    if skip_known and pd.notna(page.get("lost_article_id")):
        # the page it lost to is here with the same bytes, so the same rule picks that page (or a newer one) again
        reason = (f"a duplicate of its article (same canonical URL): with these very bytes it lost to "
                  f"{page['lost_to']}, which this batch holds unchanged; {WINNER_RULE}")
        return _audit(page, "duplicate", reason, page["lost_article_id"]), None
    size = page.get("size_bytes")
    if pd.notna(size) and size > MAX_PAGE_BYTES:
        reason = f"page too large: {int(size):,} bytes, over the {MAX_PAGE_BYTES:,}-byte cap"
        return _audit(page, "quarantined", reason), _quarantine(page, "parse", reason, None)
    return None


def _job(page: dict, store: RawStore) -> tuple[bytes | str, str | None, str | None, str | None, str | None]:
    """Return what a worker needs to parse a page: its bytes (or why unreadable), URL, charset, type, file name.

    A page read from a folder has a file: URL and no web address; its file name stands in
    for one when the page names none (urls.content_identity).
    """
    final_url = str(page.get("final_url") or "")
    http_url = final_url if final_url.startswith("http") else None
    file_name = PurePath(str(page["source_ref"])).name if final_url.startswith("file:") else None
    try:
        data = store.get(page["page_sha256"])
    except Exception as exc:  # a missing or tampered object in the raw store costs this page only
        data = f"raw store error: {type(exc).__name__}: {exc}"
    return data, http_url, page.get("charset"), page.get("content_type"), file_name


def parse_batch(pages: pd.DataFrame, store: RawStore, skip_known: bool = False) -> ParsedBatch:
    """Parse every ok page of a fetch batch; everything else gets its audit row here.

    With skip_known, a page whose bytes equal those of the stored latest version from the
    same source (fetch_batch's `known_*` columns) is unchanged without being parsed, and an
    alias or older copy that would lose again (`lost_*`) is a duplicate without being
    parsed: a daily refresh of a big folder or sitemap then costs a hash lookup per page. The
    caller turns it off when the parser itself changed. Big batches are parsed on every
    core; page bytes are read only as workers need them.
    """
    batch = ParsedBatch(articles=pd.DataFrame())
    records, record_pages = [], []
    started = time.perf_counter()
    rows = pages.to_dict("records")
    decided = [_decided_before_parsing(page, skip_known) for page in rows]
    to_parse = [page for page, decision in zip(rows, decided, strict=True) if decision is None]
    parsed_pages = map_in_processes(_parse_job, (_job(page, store) for page in to_parse), len(to_parse),
                                    PARSE_PER_WORKER)
    for page, decision in track(list(zip(rows, decided, strict=True)), "parsing pages", total=len(rows)):
        if decision is not None:
            batch.audit.append(decision[0])
            batch.quarantine += [decision[1]] if decision[1] else []
            continue
        outcome, result = next(parsed_pages)
        if outcome == "not_article":
            batch.audit.append(_audit(page, "not_article", result))
            continue
        if outcome == "refused":
            batch.audit.append(_audit(page, "quarantined", result))
            batch.quarantine.append(_quarantine(page, "parse", result, None))
            continue
        record = dataclasses.asdict(result) | {"source": page["source"], "source_ref": page["source_ref"],
                                                "page_sha256": page["page_sha256"]}
        records.append(record)
        record_pages.append(page)
    parsed = time.perf_counter()
    batch.seconds = {"parse": parsed - started, "validate": 0.0}
    if not records:
        return batch
    valid, bad = split_valid(pd.DataFrame(records), ArticleSchema)
    for i, reason in bad.items():
        batch.audit.append(_audit(record_pages[i], "quarantined", f"invalid article: {reason}",
                                  records[i]["article_id"]))
        batch.quarantine.append(_quarantine(record_pages[i], "validate_articles", reason, records[i]))
    if len(valid):
        valid["content_sha256"] = [content_sha256(r) for r in valid.to_dict("records")]
        known = [page for page, decision in zip(rows, decided, strict=True)
                 if skip_known and decision is not None and page["status"] == "ok"
                 and pd.notna(page.get("known_article_id"))]
        valid = _one_page_per_article(valid, known, batch.audit)
    batch.articles = valid
    batch.seconds["validate"] = time.perf_counter() - parsed
    return batch


def _one_page_per_article(valid: pd.DataFrame, known: list[dict], audit: list[dict]) -> pd.DataFrame:
    """Keep one parsed page per article and audit the others as duplicates of it.

    Pages skipped as the same bytes as a stored version (`known`) compete too: were they
    left out, a run would load the other variant, and the next one this one back, forever.
    A known page that loses has its 'unchanged' audit row turned into a duplicate.
    """
    stored = {page["source_ref"]: page for page in known}
    groups: dict[str, list[dict]] = {}
    for record in valid.to_dict("records"):
        groups.setdefault(record["article_id"], []).append(record)
    for page in known:
        if page["known_article_id"] in groups:
            groups[page["known_article_id"]].append({
                "source": page["source"], "source_ref": page["source_ref"], "page_sha256": page["page_sha256"],
                "article_id": page["known_article_id"], "url": page["known_url"],
                "published_at": page["known_published_at"], "modified_at": page["known_modified_at"]})
    losers = set()
    for article, candidates in groups.items():
        if len(candidates) < 2:
            continue
        winner = choose_winner(candidates)
        for loser in candidates:
            if loser is winner:
                continue
            losers.add(loser["source_ref"])
            older = _winner_key(loser)[0] > _winner_key(winner)[0]
            row = {"source": loser["source"], "source_ref": loser["source_ref"], "status": "duplicate",
                   "reason": f"duplicate of {winner['source_ref']} (same canonical URL"
                             f"{', older copy' if older else ''}); {WINNER_RULE}",
                   "article_id": article, "page_sha256": loser["page_sha256"]}
            if loser["source_ref"] in stored:
                audit[:] = [row if a["source_ref"] == loser["source_ref"] and a["status"] == "unchanged" else a
                            for a in audit]
            else:
                audit.append(row)
    return valid[~valid["source_ref"].isin(losers)].reset_index(drop=True)


