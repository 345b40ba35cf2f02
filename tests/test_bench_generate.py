"""The benchmark's page generator: deterministic, parseable pages whose facts the extractor finds."""
from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

from bench.generate import ALIASES, EDITED, article_index, generate, make_page, variants_of
from extraction import extract_article
from ingestion.articles import content_sha256
from ingestion.collect import sitemap_links
from ingestion.parse import parse_page
from ingestion.urls import article_id, is_alias

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


def test_alias_pages_collapse_to_one_article_each_and_the_count_of_pages_is_kept(tmp_path):
    written = generate(tmp_path, 120, aliases=0.5, edits=0.3)
    assert len(written) == 120 and len(set(written)) == 120
    articles = sorted({article_index(path) for path in written})
    assert articles == list(range(len(articles))) and len(articles) < 100  # every article once, variants beside it
    drawn = {page.filename: page for i in articles for page in
             (make_page(i, variant=variant) for variant in variants_of(i, aliases=0.5, edits=0.3))}
    pages = [drawn[path.name] for path in written]
    assert all(path.read_text(encoding="utf-8") == page.html for path, page in zip(written, pages, strict=True))
    urls = [page.url for page in pages]
    # an edited copy keeps its article's own address; every alias has an address of its own
    assert len(set(urls)) == len(urls) - sum(page.variant == EDITED for page in pages)
    assert len({article_id(url) for url in urls}) == len(articles)
    kinds = Counter(page.variant for page in pages)
    assert set(kinds) == {"original", *ALIASES, EDITED} and kinds["original"] == len(articles)


def test_the_alias_and_edit_options_are_deterministic_and_leave_the_original_pages_as_they_were(tmp_path):
    first = generate(tmp_path / "a", 40, aliases=0.4, edits=0.2)
    second = generate(tmp_path / "b", 40, aliases=0.4, edits=0.2)
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    plain = {p.name: p.read_bytes() for p in generate(tmp_path / "c", 40)}
    originals = [p for p in first if make_page(article_index(p)).filename == p.name]
    assert originals and all(p.read_bytes() == plain[p.name] for p in originals)
    # raising a share only gives more articles variants; the variants already drawn stay
    for i in range(200):
        fewer, more = variants_of(i, aliases=0.2, edits=0.1), variants_of(i, aliases=0.6, edits=0.3)
        assert fewer == more or (len(fewer) < len(more) and set(fewer) <= set(more))
    assert [variants_of(i, seed=1, aliases=0.5) for i in range(30)] != \
        [variants_of(i, seed=2, aliases=0.5) for i in range(30)]


def test_aliases_parse_to_the_same_article_and_content_and_the_edited_copy_to_a_newer_one():
    original = make_page(3)
    parsed = {v: parse_page(make_page(3, variant=v).html.encode("utf-8")) for v in ("original", *ALIASES, EDITED)}
    assert {a.article_id for a in parsed.values()} == {article_id(original.url)}
    assert all(is_alias(make_page(3, variant=v).url) for v in ALIASES)
    hashes = {v: content_sha256(dataclasses.asdict(a)) for v, a in parsed.items()}
    assert len({hashes[v] for v in ("original", *ALIASES)}) == 1
    edited = parsed[EDITED]
    assert hashes[EDITED] != hashes["original"] and edited.url == original.url
    assert edited.modified_at > edited.published_at == original.published
    assert edited.title == original.title and edited.body != parsed["original"].body
