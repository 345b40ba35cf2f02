"""Real-world page shapes: what sites nobody here wrote put in their pages, and what the parser makes of it.

tests/page_shapes/ holds one hand-written page per shape met in trafilatura's evaluation set
(og:type=website on news reports, XHTML with an XML declaration, protocol-relative and relative
canonical links, broken lang attributes, JSON-LD @graph lists, several og:urls, no address at all).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from ingestion.articles import content_sha256
from ingestion.pagekind import PageEvidence, article_shaped, judge_article
from ingestion.parse import NotAnArticle, decode, page_address, parse_page
from ingestion.schemas import ArticleSchema, split_valid
from ingestion.urls import CONTENT_URN, NO_SITE, article_id, canonical_key, content_identity, is_alias, site_of
from tests.conftest import coopwatch

SHAPES = Path(__file__).parent / "page_shapes"
PROSE = ("Container trains between Almaty and Tashkent now leave twice a week, the railway companies said on "
         "Friday, doubling the capacity of the route within a year.")
MORE_PROSE = ("The second weekly service starts in April. Shippers had waited up to ten days for a slot during the "
              "autumn harvest, when grain and cotton compete for the same wagons.")


def parse_shape(name: str, **kwargs):
    """Parse one shape page as a folder source reads it: by its bytes and file name."""
    return parse_page((SHAPES / name).read_bytes(), file_name=name, **kwargs)


def test_a_news_report_under_og_type_website_is_an_article_on_the_evidence_of_its_body_date_and_address():
    article = parse_shape("website-og-type-news-report.html")
    assert article.url == "https://steppe-courier.example/economy/2025/03/rail-freight-almaty-tashkent-doubles"
    assert article.published_at.isoformat() == "2025-03-14T10:30:00+05:00"
    assert article.body.startswith("Container trains between Almaty and Tashkent")


def test_a_section_front_under_og_type_website_is_not_an_article_and_the_reason_says_what_was_missing():
    with pytest.raises(NotAnArticle) as refused:
        parse_shape("website-og-type-section-front.html")
    reason = str(refused.value)
    assert reason.startswith("not an article: og:type is 'website'")
    assert "prose paragraphs" in reason and "no publication date" in reason


def test_an_xhtml_page_with_an_xml_declaration_is_decoded_by_it_and_parsed():
    data = (SHAPES / "xhtml-xml-declaration.html").read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="iso-8859-1"?>') and "ü".encode("latin-1") in data
    decoded = decode(data)
    assert (decoded.encoding, decoded.encoding_source) == ("iso8859-1", "xml")
    assert not decoded.text.lstrip().startswith("<?xml")  # lxml refuses a str that still declares bytes
    article = parse_shape("xhtml-xml-declaration.html")
    assert article.title == "Zollabfertigung im Zug verkürzt die Fahrt"
    assert "Güterzüge" in article.body and article.language == "de"


def test_a_protocol_relative_canonical_link_is_read_as_https():
    article = parse_shape("protocol-relative-canonical.html")
    assert article.url == ("https://www.noticias-del-sur.example/economia/"
                           "uzbekistan-y-kazajistan-firman-un-acuerdo-ferroviario")
    assert article.site == "noticias-del-sur.example"


def test_a_relative_canonical_link_on_a_folder_page_gives_way_to_its_og_url():
    assert parse_shape("relative-canonical-og-url.html").url == \
        "https://pamir-daily.example/news/dushanbe-hosts-the-water-forum"


def test_a_relative_canonical_link_without_og_url_gives_way_to_the_json_ld_url():
    assert parse_shape("relative-canonical-json-ld-url.html").url == \
        "https://ala-too-news.example/business/logistics-hub-opens.html"


def test_a_relative_canonical_link_of_a_fetched_page_is_resolved_against_its_address():
    article = parse_shape("relative-canonical-og-url.html", url="https://pamir-daily.example/news/?id=7")
    assert article.url == "https://pamir-daily.example/news/dushanbe-hosts-the-water-forum"


def test_a_malformed_lang_attribute_falls_back_to_language_detection():
    data = (SHAPES / "bad-lang-attribute.html").read_bytes()
    assert b'<html lang="lang=">' in data
    assert parse_shape("bad-lang-attribute.html").language == "ru"


def test_a_json_ld_graph_of_lists_gives_the_article_its_type_address_headline_author_tags_and_language():
    article = parse_shape("json-ld-graph.html")  # og:type says website, the graph's NewsArticle decides
    assert article.url == "https://caspian-wire.example/energy/gas-deal-signed/"
    assert article.title == "Turkmenistan and Azerbaijan sign a gas deal"
    assert article.author == "Leyla Mammadova"
    assert article.tags == ["Caspian", "energy", "gas"]
    assert article.published_at.isoformat() == "2025-01-21T16:45:00+04:00" and article.language == "en"


def test_nested_json_ld_lists_as_reuters_writes_them_never_raise():
    page = ("<html><head><title>Parasite wins</title><link rel='canonical' href='https://wire.example/a-1234567'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"keywords\": [[\"US\", \"AWARDS\"]], "
            "\"creator\": [\"Jill\"], \"headline\": {\"x\": 1}, \"datePublished\": [\"2020-01-19T12:25:36Z\"], "
            "\"author\": [[{\"name\": \"Jill Serjeant\"}]]}</script></head><body><article>"
            f"<p>{PROSE}</p><p>{MORE_PROSE}</p></article></body></html>")
    article = parse_page(page.encode())
    assert article.tags == ["AWARDS", "US"] and article.author == "Jill Serjeant"
    assert article.published_at.isoformat() == "2020-01-19T12:25:36+00:00"


def test_several_canonical_links_and_og_urls_give_the_first_usable_address_every_time():
    addresses = {parse_shape("multiple-og-urls.html").url for _ in range(3)}
    assert addresses == {"https://silk-road-times.example/politics/samarkand-summit-trade-corridor"}


def test_a_folder_page_without_any_address_gets_a_content_identity_under_no_site():
    article = parse_shape("no-address-at-all.html")
    assert article.url == content_identity("no-address-at-all.html", article.title, article.published_at)
    assert article.url.startswith(CONTENT_URN) and article.site == NO_SITE
    valid, bad = split_valid(pd.DataFrame([{**article.__dict__, "source": "folder", "source_ref": "x",
                                            "page_sha256": "0" * 64}]), ArticleSchema)
    assert bad == {} and len(valid) == 1


def test_a_content_identity_survives_a_body_edit_but_a_new_headline_makes_a_new_article():
    page = (SHAPES / "no-address-at-all.html").read_text(encoding="utf-8")
    first = parse_page(page.encode(), file_name="aral.html")
    again = parse_page(page.encode(), file_name="aral.html")
    edited = parse_page(page.replace("tenfold", "twelvefold").encode(), file_name="aral.html")
    retitled = parse_page(page.replace("return to the northern shore", "come back").encode(), file_name="aral.html")
    renamed = parse_page(page.encode(), file_name="aral-copy.html")
    assert first.article_id == again.article_id == edited.article_id
    assert content_sha256(first.__dict__) == content_sha256(again.__dict__) != content_sha256(edited.__dict__)
    assert retitled.article_id != first.article_id and renamed.article_id != first.article_id


def test_a_page_without_any_address_or_file_name_is_still_refused_with_its_reason():
    with pytest.raises(NotAnArticle, match="no URL"):
        parse_page((SHAPES / "no-address-at-all.html").read_bytes())


def test_a_content_identity_keeps_its_form_through_the_url_helpers():
    urn = content_identity("page.html", "Title", None)
    assert canonical_key(urn) == urn and not is_alias(urn) and site_of(urn) == NO_SITE
    assert article_id(urn) == article_id(urn) != article_id(content_identity("page.html", "Other", None))


@pytest.mark.parametrize("declared, base, expected", [
    (["//www.x.example/a/b"], None, "https://www.x.example/a/b"),
    (["/a/b", "https://x.example/og"], None, "https://x.example/og"),
    (["/a/b", "https://x.example/og"], "https://x.example/list/", "https://x.example/a/b"),
    (["index.html", None, "https://x.example/ld"], None, "https://x.example/ld"),
    (["https%3A%2F%2Fwww.x.example%2Fmagazin%2Fp%25C3%25A4"], None, "https://www.x.example/magazin/p%C3%A4"),
    (["mailto:desk@x.example", "javascript:void(0)"], "https://x.example/fetched", "https://x.example/fetched"),
    (["https://x.example/a?utm_source=feed", "https://x.example/b"], None, "https://x.example/a"),
    (["/relative-only"], None, None),
    ([], None, None),
])
def test_page_address_takes_the_first_declared_address_that_resolves(declared, base, expected):
    assert page_address(declared, base) == expected


@pytest.mark.parametrize("url, shaped", [
    ("https://x.example/economy/2025/03/rail-freight", True),
    ("https://x.example/newsroom/23-01-2022-wierer/17-378.html", True),
    ("https://x.example/SharedDocs/DE/2022/001.html", True),
    ("http://world.x.example/service/news_view.htm?lang=e&Seq_Code=181595", True),
    ("https://x.example/artykul/9491-winda-w-chmurach.html", True),
    ("https://x.example/politics/samarkand-summit-agrees-corridor", True),
    ("https://x.example/aktuell/vogeldesjahres2021.html", True),
    ("https://x.example/news/page/2", False),
    ("https://x.example/", False),
    ("https://x.example/economy/", False),
    ("https://x.example/tag/economy", False),
    ("https://x.example/kontakt/impressum-werbeagentur-soltau/", False),
    ("https://shop.x.example/products/happy-coffee-sidamo-bio", False),
])
def test_an_address_is_article_shaped_by_a_date_an_id_or_a_slug_outside_shop_and_legal_folders(url, shaped):
    assert article_shaped(url) is shaped


def test_markup_that_declares_an_article_decides_and_is_named():
    verdict = judge_article(PageEvidence(body="x" * 300, og_type="website", json_ld_type="NewsArticle",
                                         article_meta=("article:published_time",)))
    assert verdict.is_article
    assert verdict.reason == "article by its markup: JSON-LD NewsArticle, article:published_time"


def test_a_page_that_declares_nothing_is_an_article_by_its_body_as_before():
    verdict = judge_article(PageEvidence(body="x" * 300))
    assert verdict.is_article and verdict.reason.startswith("article by its body: 300 characters")


def test_og_type_website_is_overruled_by_a_prose_body_with_a_date_and_the_reason_names_both():
    body = "\n\n".join([PROSE] * 6)
    verdict = judge_article(PageEvidence(body=body, og_type="website", dated=True))
    assert verdict.is_article
    assert "despite og:type 'website'" in verdict.reason and "a publication date in its metadata" in verdict.reason


def test_og_type_website_stands_when_nothing_but_the_text_speaks_for_an_article():
    body = "\n\n".join([PROSE] * 6)
    verdict = judge_article(PageEvidence(body=body, og_type="website", article_elements=5,
                                         url="https://x.example/economy/"))
    assert not verdict.is_article and "nothing else shows an article" in verdict.reason


def test_og_type_website_stands_for_a_body_of_headlines_without_sentences():
    headlines = "\n\n".join(f"Cotton prices fall for the {n}th month in a row across the region" for n in range(30))
    verdict = judge_article(PageEvidence(body=headlines, og_type="website", dated=True, article_elements=1))
    assert not verdict.is_article and "0 of" in verdict.reason and "prose paragraphs" in verdict.reason


def test_no_markup_makes_an_article_of_a_page_with_too_little_text():
    verdict = judge_article(PageEvidence(body="x" * 150, og_type="article", json_ld_type="NewsArticle"))
    assert not verdict.is_article and verdict.reason == "no article text found (150 characters of body)"


@pytest.mark.slow
def test_a_run_over_the_page_shapes_loads_every_article_and_audits_the_rest_with_their_reasons(tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SHAPES, pages)
    (pages / "copy").mkdir()  # the same saved page under the same name in another folder is one article
    shutil.copy(SHAPES / "no-address-at-all.html", pages / "copy" / "no-address-at-all.html")
    warehouse = tmp_path / "w.duckdb"
    coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))

    con = duckdb.connect(str(warehouse), read_only=True)
    audit = {Path(ref).relative_to(pages).as_posix(): (status, reason)
             for ref, status, reason in con.execute("select source_ref, status, reason from audit_pages").fetchall()}
    copies = ("no-address-at-all.html", "copy/no-address-at-all.html")
    expected = {p.name: "loaded" for p in SHAPES.iterdir() if p.name not in copies}
    expected["website-og-type-section-front.html"] = "not_article"
    assert {ref: status for ref, (status, _) in audit.items() if ref not in copies} == expected
    assert audit["website-og-type-section-front.html"][1].startswith("not an article: og:type is 'website'")
    assert sorted(audit[ref][0] for ref in copies) == ["duplicate", "loaded"]
    assert any(audit[ref][1].startswith("duplicate of") for ref in copies)
    sites = dict(con.execute("select url, site from dim_articles").fetchall())
    urn = next(url for url in sites if url.startswith(CONTENT_URN))
    assert sites[urn] == NO_SITE
    assert "https://www.noticias-del-sur.example/economia/uzbekistan-y-kazajistan-firman-un-acuerdo-ferroviario" in sites
