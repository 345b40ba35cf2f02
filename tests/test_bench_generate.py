"""The benchmark's page generator: deterministic, parseable pages whose facts the extractor finds."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.generate import make_page, generate
from extraction import extract_article
from ingestion.collect import sitemap_links
from ingestion.parse import parse_page

PAGES = range(5)


def test_the_same_seed_and_index_always_give_the_same_bytes(tmp_path):
    first, second = generate(tmp_path / "a", 5), generate(tmp_path / "b", 5)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert make_page(3, seed=1).html != make_page(3, seed=2).html
    assert len({make_page(i).html for i in range(20)}) == 20


def test_adding_pages_later_leaves_the_earlier_pages_untouched_and_lists_all_in_the_sitemap(tmp_path):
    earlier = {p.name: p.read_bytes() for p in generate(tmp_path, 4)}
    generate(tmp_path, 3, start=4)
    pages = sorted((tmp_path / "pages").glob("*.html"))
    assert len(pages) == 7
    assert {p.name: p.read_bytes() for p in pages if p.name in earlier} == earlier
    urls, children = sitemap_links((tmp_path / "sitemap.xml").read_bytes(), "http://127.0.0.1:8000/sitemap.xml")
    assert children == [] and urls == [f"http://127.0.0.1:8000/pages/{p.name}" for p in pages]


def test_pages_parse_to_the_title_date_language_and_canonical_url_they_were_made_with():
    for i in PAGES:
        page = make_page(i)
        article = parse_page(page.html.encode("utf-8"))
        assert (article.title, article.language, article.url) == (page.title, page.language, page.url)
        assert article.published_at == page.published and article.published_at.tzinfo is not None
        # the furniture (rails, promos, comments, footers) stays out of the article body
        for furniture in ("Читайте также", "Related news", "Последние новости", "Latest news", "Другие новости",
                          "Other news", "Все права защищены", "All rights reserved"):
            assert furniture not in article.body


def test_the_extractor_finds_the_meeting_and_amounts_in_most_pages():
    found = Counter()
    for i in range(12):
        page = make_page(i)
        article = parse_page(page.html.encode("utf-8"))
        facts = extract_article({"language": article.language, "title": article.title, "lead": article.lead,
                                 "body": article.body, "published_at": article.published_at, "url": article.url})
        meetings = facts["meetings"]
        found["meeting"] += bool(meetings) and meetings[0]["meeting_format"] == page.meeting_format \
            and set(meetings[0]["country_codes"]) == set(page.countries)
        found["amount"] += len(facts["amounts"]) >= 2
        found["project"] += bool(facts["projects"])
    assert found["meeting"] >= 10 and found["amount"] >= 10 and found["project"] >= 8, found


def test_pages_mix_languages_and_site_templates():
    pages = [make_page(i) for i in range(60)]
    assert {p.language for p in pages} == {"ru", "en"}
    assert len({p.site for p in pages}) == 3
    assert len({p.meeting_format for p in pages}) >= 6
    assert len({p.published.date() for p in pages}) >= 50
    assert all(Path(p.filename).suffix == ".html" for p in pages)
