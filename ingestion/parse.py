"""Turn stored page bytes into one article record: text, metadata, identity.

Boilerplate removal is trafilatura's; the metadata that trafilatura reduces to a
bare date (timezone-aware publication times, canonical URL, language, tags) is read
from JSON-LD, OpenGraph and <time> elements first, because analysts filter by time.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura

from ingestion.urls import article_id, clean_url, site_of

MIN_BODY_CHARS = 200
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ISO_DT = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# Encodings a page without a usable declaration may be detected as: UTF-8 and the legacy
# Cyrillic and Latin code pages of Russian-, Uzbek- and English-language news sites.
_DETECTABLE = ("utf_8", "cp1251", "koi8_r", "cp1252")
_SINGLE_BYTE = frozenset(codecs.lookup(n).name for n in ("cp1251", "koi8_r", "koi8_u", "cp1252", "latin-1",
                                                         "iso8859_5", "mac_cyrillic", "cp866", "ascii"))
_DETECT_BYTES = 200_000  # detection reads a prefix: the encoding of a page does not change halfway
# Pages larger than this are refused before parsing, like the HTTP fetcher's 5 MB cap, so a
# huge file in a pages folder costs bounded time and memory.
MAX_PAGE_BYTES = 5_000_000
# libxml2 silently drops whatever lies deeper than 256 levels; a page that deep would load
# truncated, so it is refused instead. Real article pages stay far below this.
MAX_DEPTH = 250
_BINARY_SHARE = 0.05  # more control characters than this in a decoded page means it is not text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


class NotAnArticle(ValueError):
    """The page holds no article (an index, a listing, an empty or binary file)."""


class PageRefused(ValueError):
    """The page may hold an article but is refused unparsed (too large, nested too deep); it is quarantined."""


@dataclass
class Decoded:
    text: str
    encoding: str
    encoding_source: str  # bom, header, meta, detected or fallback


@dataclass
class Article:
    """One parsed article; field names are the columns of raw.articles."""

    article_id: str
    url: str
    site: str
    language: str | None
    title: str | None
    lead: str | None
    body: str
    published_at: dt.datetime | None
    modified_at: dt.datetime | None
    tags: list[str] = field(default_factory=list)
    author: str | None = None
    encoding: str | None = None
    encoding_source: str | None = None


def decode(data: bytes, header_charset: str | None = None) -> Decoded:
    """Decode page bytes by BOM, then the HTTP charset, then <meta charset>, then detection.

    A BOM is the strongest evidence (servers often send a wrong header). A declared
    charset is taken only if the bytes decode with it and do not read better as UTF-8,
    since a default `charset=windows-1251` header on a UTF-8 page is a common server
    mistake. Undeclared pages are detected among UTF-8 and the Cyrillic/Latin legacy
    encodings this warehouse meets, so a detector cannot wander to an exotic one.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name.replace("-sig", ""), "bom")
    candidates = []
    if header_charset:
        candidates.append((header_charset, "header"))
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append((meta.group(1).decode("ascii", "ignore"), "meta"))
    declared = [(_codec_name(name), how) for name, how in candidates if _codec_name(name)]
    as_utf8 = _strict(data, "utf-8")
    for name, how in declared:
        text = _strict(data, name)
        if text is None:
            continue  # the declaration is wrong: these bytes are not in that encoding
        if as_utf8 is not None and as_utf8 != text and name in _SINGLE_BYTE:
            return Decoded(as_utf8, "utf-8", "detected")
        return Decoded(text, name, how)
    if as_utf8 is not None:
        return Decoded(as_utf8, "utf-8", "detected")
    best = charset_normalizer.from_bytes(data[:_DETECT_BYTES], cp_isolation=list(_DETECTABLE)).best()
    name = _codec_name(best.encoding) if best is not None else None
    if name:
        return Decoded(data.decode(name, errors="replace"), name, "detected")
    if declared:
        name, how = declared[0]
        return Decoded(data.decode(name, errors="replace"), name, how)
    return Decoded(data.decode("cp1251", errors="replace"), "cp1251", "fallback")


def _codec_name(name: str | None) -> str | None:
    """Return Python's canonical codec name (cp1251, koi8-r, utf-8), or None if unknown."""
    try:
        return codecs.lookup(name.strip()).name if name else None
    except LookupError:
        return None


def _strict(data: bytes, name: str) -> str | None:
    """Decode without replacing anything, or return None; a character cut off at the very end is dropped.

    A page cut short mid-character is still in its encoding; only bytes that are
    invalid inside the page prove the encoding wrong.
    """
    try:
        return codecs.getincrementaldecoder(name)(errors="strict").decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def parse_page(data: bytes, *, url: str | None = None, header_charset: str | None = None,
               content_type: str | None = None) -> Article:
    """Parse one page (HTML or a plain-text snapshot) into an Article.

    Raises NotAnArticle for pages that hold none and PageRefused for pages too large
    or too deeply nested to parse faithfully within bounded time and memory.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise PageRefused(f"page too large: {len(data):,} bytes, over the {MAX_PAGE_BYTES:,}-byte cap")
    if not data.strip():
        raise NotAnArticle("empty page")
    if b"\x00" in data[:2048] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise NotAnArticle("binary content, not a text page")
    decoded = decode(data, header_charset)
    text = decoded.text
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > _BINARY_SHARE * len(sample):
        raise NotAnArticle("binary content, not a text page (control characters in the decoded text)")
    is_plain = (content_type or "").startswith("text/plain") or (
        re.match(r"\s*https?://\S+\s*\n", text) is not None and "<html" not in text[:2000].lower())
    article = _parse_snapshot(text, url) if is_plain else _parse_html(text, url)
    article.encoding, article.encoding_source = decoded.encoding, decoded.encoding_source
    return article


def _parse_html(text: str, url: str | None) -> Article:
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotAnArticle(f"unparseable HTML: {exc}") from exc
    depth = _max_depth(tree)
    if depth >= MAX_DEPTH:
        raise PageRefused(f"HTML nested {depth}+ levels deep (limit {MAX_DEPTH}): the parser would truncate it")
    meta = _html_metadata(tree)
    doc = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if meta.get("og_type") and meta["og_type"] not in ("article", "news", "newsarticle"):
        raise NotAnArticle(f"og:type is {meta['og_type']!r}, not an article")
    body_text = (doc.text if doc is not None else "") or ""
    paragraphs = [p.strip() for p in body_text.split("\n") if p.strip()]
    title = meta.get("title") or (doc.title if doc is not None else None)
    if paragraphs and title and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]  # trafilatura sometimes repeats the headline as the first line
    body = "\n\n".join(paragraphs)
    if len(body) < MIN_BODY_CHARS:
        raise NotAnArticle(f"no article text found ({len(body)} characters of body)")
    declared = meta.get("canonical") or (doc.url if doc is not None else None)
    # a relative canonical link is resolved against the URL the page was fetched from
    canonical = clean_url(urljoin(url, declared) if url and declared else declared or url or "") or None
    if not canonical:
        raise NotAnArticle("no URL: the page names no canonical URL and was not fetched from one")
    published = meta.get("published") or (_parse_dt(doc.date) if doc is not None and doc.date else None)
    tags = meta.get("tags") or ([t for t in (doc.tags or [])] if doc is not None else [])
    return Article(
        article_id=article_id(canonical), url=canonical, site=site_of(canonical),
        language=meta.get("language") or _guess_language(body), title=title,
        lead=meta.get("description"), body=body, published_at=published,
        modified_at=meta.get("modified"), tags=sorted(set(tags)),
        author=meta.get("author") or (doc.author if doc is not None else None),
    )


def _max_depth(tree) -> int:
    """Return the element nesting depth of a parsed page, without recursion."""
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _html_metadata(tree) -> dict:
    """Collect metadata from JSON-LD, OpenGraph/meta tags, <link rel=canonical> and <time>."""
    out: dict = {}
    metas = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") is not None:
            metas.setdefault(key, []).append(el.get("content").strip())
    first = lambda *keys: next((metas[k][0] for k in keys if metas.get(k) and metas[k][0]), None)  # noqa: E731
    ld = _json_ld_article(tree)
    canonical = tree.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    out["canonical"] = (canonical[0].strip() if canonical else None) or first("og:url") or ld.get("url")
    out["title"] = first("og:title") or ld.get("headline") or _text_of(tree.xpath("//h1")) or _text_of(tree.xpath("//title"))
    out["description"] = first("og:description", "description")
    out["og_type"] = (first("og:type") or "").lower() or None
    times = tree.xpath("//time/@datetime")
    out["published"] = _parse_dt(ld.get("datePublished") or first("article:published_time", "pubdate", "date")
                                 or (times[0] if times else None))
    out["modified"] = _parse_dt(ld.get("dateModified") or first("article:modified_time", "og:updated_time"))
    lang = tree.getroottree().getroot().get("lang") or ld.get("inLanguage") or first("og:locale", "language")
    out["language"] = lang.split("-")[0].split("_")[0].lower() if lang else None
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        keywords = [k.strip() for k in keywords.split(",")]
    out["tags"] = [t for t in (metas.get("article:tag", []) + list(keywords or [])) if t]
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    out["author"] = first("author", "article:author") or author
    return out


def _json_ld_article(tree) -> dict:
    """Return the first JSON-LD object typed as an article, or {}."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            kind = item.get("@type") if isinstance(item, dict) else None
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k and "Article" in k for k in kinds):
                return item
    return {}


def _text_of(elements) -> str | None:
    return elements[0].text_content().strip() or None if elements else None


def _parse_dt(value) -> dt.datetime | None:
    """Parse an ISO date or datetime; a bare date becomes midnight UTC so every value is timezone-aware."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if not _ISO_DT.match(value):
        return None
    value = value.replace("Z", "+00:00")
    value = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", value)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _guess_language(text: str) -> str | None:
    cyr, lat = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if cyr + lat == 0:
        return None
    return "ru" if cyr >= lat else "en"


def _parse_snapshot(text: str, url: str | None) -> Article:
    """Parse a plain-text page snapshot: URL, title (twice), site, lead, dates, tags, image, body.

    This is the shape news pages take when saved as text by reader tools; the block
    before the body is positional, so each line is read by its kind and position.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines or not lines[0].startswith(("http://", "https://")):
        raise NotAnArticle("text snapshot does not start with its URL")
    canonical, rest = clean_url(lines[0]), lines[1:]
    title = rest.pop(0) if rest else None
    if rest and rest[0] == title:
        rest.pop(0)
    header, dates, tags, body_lines = [], [], [], []
    for i, line in enumerate(rest):
        stamp = _parse_dt(line)
        if stamp is not None and not tags:
            dates.append(stamp)
        elif not dates:
            header.append(line)
        elif line.startswith(("http://", "https://")) or len(line) > 80:
            # the illustration URL closes the header; a long line means there was none
            body_lines = rest[i + 1:] if line.startswith(("http://", "https://")) else rest[i:]
            break
        else:
            tags.append(line)
    body = "\n\n".join(body_lines)
    if len(body) < MIN_BODY_CHARS:
        raise NotAnArticle(f"no article text found ({len(body)} characters of body)")
    return Article(
        article_id=article_id(canonical), url=canonical, site=site_of(canonical),
        language=_guess_language(body), title=title, lead=header[-1] if header else None, body=body,
        published_at=dates[0] if dates else None, modified_at=dates[-1] if len(dates) > 1 else None,
        tags=sorted(set(tags)),
    )
