"""Normalise article URLs so that one article has one identity."""
from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track readers or pick a layout; they never change the article.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "ref", "amp", "chat_room_id", "utm_id",
})
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
# The address scheme of a folder page that names no URL (content_identity) and the site it is counted under.
CONTENT_URN = "urn:coopwatch:page:"
NO_SITE = "unknown"


def canonical_key(url: str) -> str:
    """Reduce a URL to the form used for identity: host without www/m, no tracking, no slash tail.

    The mobile, AMP and tracking variants of a page must collapse to one article,
    or the marts would count one story several times.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix):]
            break
    path = _without_amp(parts.path or "/")
    path = path.rstrip("/") or "/"
    query = urlencode(sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)
    ))
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def _without_amp(path: str) -> str:
    """Strip the AMP markers sites put in a path: a `/amp` or `.amp` tail or an `/amp/` first segment.

    gazeta.uz serves `/amp/ru/2025/…` beside `/ru/2025/…`; others append `/amp`.
    """
    if path.startswith("/amp/"):
        path = path[len("/amp"):]
    for suffix in ("/amp", "/amp/", ".amp"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
    return path


def is_alias(url: str) -> bool:
    """Tell whether a URL is a mobile, AMP or tracking variant rather than the article's own address.

    When one article is read under several URLs in a run, the page under its own address
    is preferred (ingestion.articles.choose_winners).
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    return (host.startswith(HOST_PREFIXES[1:]) or _without_amp(path) != path
            or any(is_tracking(k) for k, _ in parse_qsl(parts.query, keep_blank_values=True)))


def is_tracking(param: str) -> bool:
    """Tell whether a query parameter only tracks readers or picks a layout."""
    return param.lower() in TRACKING_PARAMS or param.lower().startswith("utm_")


def clean_url(url: str) -> str:
    """Drop tracking parameters and the fragment, keeping everything else as the site wrote it.

    This is the URL stored and shown for an article: readable and still working, unlike
    canonical_key, which may change host and scheme.
    """
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not is_tracking(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def content_identity(file_name: str, title: str | None, published: dt.datetime | None) -> str:
    """Return the address of a folder page that names none: a URN hashing its file name, title and publication time.

    A saved page without a canonical link, og:url or JSON-LD url has no address to be
    known by, yet it may be an article. It gets `urn:coopwatch:page:<hash>`, where the
    hash covers what names that article and survives an edit: the file's own name (not
    its folder, so a moved folder keeps its articles), the headline and the publication
    time. Re-reading the file gives the same article; a corrected body or a new
    modification time makes a new version of it; the same page saved under the same name
    in two folders is one article read twice (a duplicate). A new headline or date makes
    a new article, as it would on a site that moves the article to a new address.
    """
    stamp = published.astimezone(dt.UTC).isoformat() if published is not None else ""
    named = "\n".join((file_name, (title or "").strip(), stamp))
    return CONTENT_URN + hashlib.sha256(named.encode("utf-8")).hexdigest()[:24]


def article_id(url: str) -> str:
    """Derive a stable article id from the canonical URL."""
    return hashlib.sha256(canonical_key(url).encode("utf-8")).hexdigest()[:20]


def site_of(url: str) -> str:
    """Return the site (host without www/m) a URL belongs to; NO_SITE for a content identity, which has no host."""
    if url.startswith(CONTENT_URN):
        return NO_SITE
    return urlsplit(canonical_key(url)).hostname or ""
