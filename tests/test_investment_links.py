"""Amounts know their meeting and countries, and a package two articles report is counted once.

Issue 13, Deliver 1: fct_investments carries meeting_id, country_codes and repeat_of, so the
total announced per country pair and year is `sum(amount_usd) where repeat_of is null`;
fct_meeting_mentions pairs each article's URL with that article's own sentence.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import coopwatch, query

EN_URL = "https://news.example/en/2025/03/12/tokayev-mirziyoyev-talks"
RU_URL = "https://news.example/ru/2025/03/13/tokaev-mirziyoev-peregovory"
EN_MEETING = ("President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev "
              "held talks in Tashkent on 12 March 2025.")
RU_MEETING = ("Президент Казахстана Касым-Жомарт Токаев и Президент Узбекистана Шавкат Мирзиёев провели "
              "переговоры в Ташкенте 12 марта 2025 года.")
# Two invented reports of one meeting and its one $1.5 billion package, a day apart.
PAGES = {
    "en-talks.html": ("en", EN_URL, "2025-03-12T15:00:00+00:00", "Tokayev and Mirziyoyev hold talks in Tashkent",
                      [EN_MEETING, "Following the talks, the sides signed agreements worth $1.5 billion.",
                       "The leaders discussed trade and transport cooperation."]),
    "ru-talks.html": ("ru", RU_URL, "2025-03-13T09:00:00+00:00", "Токаев и Мирзиёев провели переговоры в Ташкенте",
                      [RU_MEETING, "По итогам переговоров подписаны соглашения на $1,5 млрд.",
                       "Стороны обсудили сотрудничество в торговле и транспорте."]),
}


def page_html(language: str, url: str, published: str, title: str, paragraphs: list[str]) -> str:
    """Return an invented news page with its canonical URL and publication time."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<link rel=\"canonical\" href=\"{url}\"><meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"article:published_time\" content=\"{published}\"></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("repeats")
    pages = root / "pages"
    pages.mkdir()
    for name, page in PAGES.items():
        (pages / name).write_text(page_html(*page), encoding="utf-8")
    path = root / "w.duckdb"
    coopwatch("run", "--pages", str(pages), "--warehouse", str(path))
    return path


@pytest.mark.slow
def test_a_package_two_articles_report_is_counted_once_per_country_pair_and_year(warehouse):
    reports = query(warehouse, """
        select d.url, i.amount, i.meeting_id, i.country_codes, i.repeat_of
        from fct_investments i join dim_articles d using (article_id)
        order by d.published_at""")
    assert [(url, amount) for url, amount, *_ in reports] == [(EN_URL, 1.5e9), (RU_URL, 1.5e9)]
    (first_id,) = query(warehouse, "select investment_id from fct_investments i join dim_articles d "
                                   "using (article_id) where d.url = ?", [EN_URL])[0]
    (_, _, meeting, countries, repeat_of), (_, _, meeting_again, _, repeat_of_again) = reports
    (meeting_id,) = query(warehouse, "select meeting_id from fct_meetings")[0]
    assert meeting == meeting_again == meeting_id
    assert countries == ["KZ", "UZ"]
    assert (repeat_of, repeat_of_again) == (None, first_id)
    totals = query(warehouse, """
        select i.country_codes, year(m.meeting_date), sum(i.amount_usd), count(*)
        from fct_investments i join fct_meetings m using (meeting_id)
        where repeat_of is null group by all""")
    assert totals == [(["KZ", "UZ"], 2025, pytest.approx(1.5e9), 1)]


@pytest.mark.slow
def test_each_meeting_mention_carries_its_own_articles_url_language_and_sentence(warehouse):
    mentions = query(warehouse, "select url, language, evidence from fct_meeting_mentions order by published_at")
    assert [(url, language) for url, language, _ in mentions] == [(EN_URL, "en"), (RU_URL, "ru")]
    (_, _, en_evidence), (_, _, ru_evidence) = mentions
    # each sentence is from its own article: English words in the English one, Cyrillic in the other
    assert "Tokayev" in en_evidence and "Токаев" in ru_evidence
    (meeting_ids,) = query(warehouse, "select list(distinct meeting_id) from fct_meeting_mentions")[0]
    assert meeting_ids == [query(warehouse, "select meeting_id from fct_meetings")[0][0]]
