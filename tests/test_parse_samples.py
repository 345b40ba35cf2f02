"""Each bundled sample page, in each site template, parses to its article and nothing else."""
from __future__ import annotations

import datetime as dt
import json

import lxml.html
import pytest

from ingestion.parse import NotAnArticle, parse_page
from tests.conftest import SAMPLES

GOLD = {g["url"]: g for g in map(json.loads, (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines()) if g}
PAGES = sorted(p for p in (SAMPLES / "pages").iterdir() if not p.name.startswith("index"))
# Class/id words the three sample templates use for site furniture.
FURNITURE = ("rail", "related", "sidebar", "promo", "subscribe", "premium", "newsletter", "comment", "footer",
             "ticker", "rates", "other", "latest", "menu", "nav")


def furniture_texts(page) -> list[str]:
    """Return the text of every furniture block of an HTML page, as a reader sees it."""
    root = lxml.html.fromstring(page.read_bytes())
    texts = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        words = f"{el.get('class') or ''} {el.get('id') or ''} {el.tag}".lower()
        if any(w in words for w in FURNITURE) and el.tag not in ("html", "body"):
            texts += [t.strip() for t in el.itertext() if len(t.strip()) >= 12]
    return texts


def parse(page):
    return parse_page(page.read_bytes(), content_type="text/plain" if page.suffix == ".txt" else "text/html")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_a_sample_page_yields_its_canonical_url_date_and_language(page):
    article = parse(page)
    gold = GOLD[article.url]
    assert article.language == gold["lang"]
    assert article.published_at.tzinfo is not None
    assert article.published_at.date() == dt.date.fromisoformat(gold["published"])
    assert article.title and len(article.body) > 500


@pytest.mark.parametrize("page", [p for p in PAGES if p.suffix == ".html"], ids=lambda p: p.name)
def test_no_menu_rail_promo_comment_or_footer_text_reaches_the_body(page):
    article = parse(page)
    texts = furniture_texts(page)
    assert texts, "the template has furniture to test against"
    leaked = [t for t in texts if t in article.body]
    assert not leaked


def test_the_three_templates_are_all_covered():
    sites = {parse(p).site for p in PAGES if p.suffix == ".html"}
    assert len(sites) >= 3


def test_the_windows_1251_page_decodes_from_its_meta_charset():
    page = next(p for p in PAGES if "cp1251" in p.name)
    article = parse(page)
    assert article.encoding == "cp1251" and article.encoding_source == "meta"
    assert "Президент Таджикистана" in article.body


def test_the_section_index_page_is_not_an_article():
    with pytest.raises(NotAnArticle):
        parse(next((SAMPLES / "pages").glob("index-*.html")))
