"""Decide whether a parsed page is an article, on the evidence of its markup, text, date and address.

Many newsroom CMSs put `og:type=website` on every page, so that tag alone cannot turn a news
report away; nor can a page's text alone make an index page an article. The decision
weighs what the page says about itself against what its body looks like, and names the
evidence that decided in its reason, which the page audit keeps.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

# Less body text than this is no article whatever the markup says (a teaser, a stub, a gallery).
MIN_BODY_CHARS = 200
# og:type values that declare an article (compared lower-cased).
ARTICLE_OG_TYPES = frozenset({"article", "news", "newsarticle", "blog", "blogposting"})
# A page that says it is something else needs this much prose to be taken for an article:
# the body of a short news report, three paragraphs of a few sentences.
MIN_PROSE_CHARS = 800
# A paragraph is prose when it is this long and ends a sentence somewhere: headlines, menu
# lines, captions, prices and link lists are shorter or never end a sentence.
PROSE_PARAGRAPH_CHARS = 80
# At least this share of the body must be prose: a listing of headlines with short teasers is not.
MIN_PROSE_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?…。؟](?:[\"'»”’)\]]*)(?:\s|$)")
# A date in a path: /2024/05/17/, /2024-05-17-, /20240517, /17-05-2024-, or a year folder (/2022/001.html).
_DATED_PATH = re.compile(r"(?:^|[/_\-.])(?:(?:19|20)\d{2}[/\-_.]?(?:0[1-9]|1[0-2])(?:[/\-_.]?(?:0[1-9]|[12]\d|3[01]))?"
                         r"|(?:0?[1-9]|[12]\d|3[01])[\-_.](?:0?[1-9]|1[0-2])[\-_.](?:19|20)\d{2}|/(?:19|20)\d{2}/)"
                         r"(?:$|[/_\-.])")
_NUMERIC_ID = re.compile(r"(?<![a-z])\d{4,}")  # /a-1234567, ?id=58354, /9491-winda-w-chmurach
_SLUG_TOKENS = re.compile(r"[^\W_]+")
# Path segments of the pages a site has besides its articles: legal, contact, shop, listing and search pages.
_NOT_ARTICLE_SEGMENTS = frozenset({
    "impressum", "imprint", "kontakt", "contact", "about", "about-us", "privacy", "datenschutz", "agb", "terms",
    "legal", "product", "products", "produkt", "shop", "cart", "checkout", "tag", "tags", "category",
    "categories", "search", "suche", "login", "account", "page"})
# Folder names of the news sections sites file their articles under (/aktuell/…, /outdoornews/detail/…).
_NEWS_FOLDERS = re.compile(r"news|nachrichten|artikel|article|aktuell|blog|story|stories|presse|press|noticia|novosti")


@dataclass(frozen=True)
class PageEvidence:
    """What a parsed page shows about its own kind."""

    body: str                            # the extracted main text, paragraphs separated by blank lines
    og_type: str | None = None           # the page's og:type, lower-cased
    json_ld_type: str | None = None      # the JSON-LD type that declares an article (NewsArticle, BlogPosting)
    article_meta: tuple[str, ...] = ()   # the article:* OpenGraph properties present (article:published_time)
    article_elements: int = 0            # how many <article> elements the page has
    dated: bool = False                  # its metadata (JSON-LD, meta tags, <time>) names a publication date
    url: str | None = None               # the page's own address, if it has one


@dataclass(frozen=True)
class Verdict:
    is_article: bool
    reason: str                          # which evidence decided, for the page audit


def judge_article(page: PageEvidence) -> Verdict:
    """Tell whether a page is an article, and say which evidence decided.

    In order: a body under MIN_BODY_CHARS is no article; markup that declares an article
    (JSON-LD Article/NewsArticle/BlogPosting, og:type article, article:* properties) makes
    one; a page that declares nothing is an article by its body, as before. og:type=website
    (or product, video…) is a hint, not a verdict: such a page is still an article when its
    body is mostly prose, at least MIN_PROSE_CHARS of it, and something besides the text
    corroborates it: a publication date in its metadata, a single <article> element or an
    article-shaped address (see article_shaped). The reason of a page
    that is turned away says what was missing.
    """
    size = len(page.body)
    if size < MIN_BODY_CHARS:
        return Verdict(False, f"no article text found ({size} characters of body)")
    markup = _article_markup(page)
    if markup:
        return Verdict(True, "article by its markup: " + ", ".join(markup))
    if not page.og_type:
        return Verdict(True, f"article by its body: {size:,} characters, no markup says otherwise")
    prose = prose_chars(page.body)
    support = _corroboration(page)
    shape = f"{prose:,} of {size:,} body characters in prose paragraphs"
    if prose >= MIN_PROSE_CHARS and prose >= MIN_PROSE_SHARE * size and support:
        return Verdict(True, f"article by its body despite og:type {page.og_type!r}: {shape}, "
                             + ", ".join(support))
    wanting = []
    if prose < MIN_PROSE_CHARS or prose < MIN_PROSE_SHARE * size:
        wanting.append(f"{shape} (an article has {MIN_PROSE_CHARS:,}+, {MIN_PROSE_SHARE:.0%} of its body)")
    if not support:
        wanting.append("nothing else shows an article (no publication date in its metadata, no single <article> "
                       "element, no article-shaped address)")
    return Verdict(False, f"not an article: og:type is {page.og_type!r} and " + "; ".join(wanting))


def _article_markup(page: PageEvidence) -> list[str]:
    """List the markup that declares the page an article."""
    found = []
    if page.json_ld_type:
        found.append(f"JSON-LD {page.json_ld_type}")
    if page.og_type in ARTICLE_OG_TYPES:
        found.append(f"og:type {page.og_type}")
    if page.article_meta:
        found.append(", ".join(page.article_meta))
    return found


def _corroboration(page: PageEvidence) -> list[str]:
    """List what, besides its text, shows the page to be an article."""
    found = []
    if page.dated:
        found.append("a publication date in its metadata")
    if page.article_elements == 1:  # several <article>s are the teasers of a listing
        found.append("an <article> element")
    if page.url and article_shaped(page.url):
        found.append("an article-shaped address")
    return found


def prose_chars(body: str) -> int:
    """Count the characters of body in prose paragraphs: long enough, and ending a sentence somewhere."""
    return sum(len(p) for p in body.split("\n\n")
               if len(p.strip()) >= PROSE_PARAGRAPH_CHARS and _SENTENCE_END.search(p))


def article_shaped(url: str) -> bool:
    """Tell whether a URL looks like one article's: a date, an id, a news folder or a 3-word slug, no shop/legal folder.

    Home, section and tag pages have short paths (/, /news/, /tag/economy); articles are
    filed under a date (/2024/05/17/), an id (/a-1234567, news_view.htm?Seq_Code=181595),
    inside a news section (/aktuell/vogel-des-jahres.html) or under their headline's slug.
    A page under /impressum/, /kontakt/, /products/ or /page/ is none, however long its slug.
    """
    parts = urlsplit(url)
    path = unquote(parts.path)
    segments = [segment.lower() for segment in path.split("/") if segment]
    if any(segment.rsplit(".", 1)[0] in _NOT_ARTICLE_SEGMENTS for segment in segments):
        return False
    if _DATED_PATH.search(path) or _NUMERIC_ID.search(path) or _NUMERIC_ID.search(parts.query):
        return True
    if any(_NEWS_FOLDERS.search(segment) for segment in segments[:-1]):
        return True  # a page inside a news section, not the section's own front
    return any(len(_SLUG_TOKENS.findall(segment.rsplit(".", 1)[0])) >= 3 for segment in segments)
