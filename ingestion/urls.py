"""Normalise article URLs so that one article has one identity."""
from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track readers or pick a layout; they never change the article.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "ref", "amp", "chat_room_id", "utm_id",
})
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")


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
    path = parts.path or "/"
    for suffix in ("/amp", "/amp/", ".amp"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
    path = path.rstrip("/") or "/"
    query = urlencode(sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith("utm_")
    ))
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def article_id(url: str) -> str:
    """Derive a stable article id from the canonical URL."""
    return hashlib.sha256(canonical_key(url).encode("utf-8")).hexdigest()[:20]


def site_of(url: str) -> str:
    """Return the site (host without www/m) a URL belongs to."""
    return urlsplit(canonical_key(url)).hostname or ""
