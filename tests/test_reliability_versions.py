"""One article, one version: aliases and copies of a page never make versions flip-flop.

The same article read under its desktop, AMP (`/amp` tail or `/amp/` first segment),
mobile and tracking addresses, or as an edited copy beside the original, must load once;
later runs over the unchanged folder load nothing and leave the marts as they were.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import ingestion.articles
from ingestion.articles import CONTENT_FIELDS, WINNER_RULE, choose_winner, content_sha256, parse_batch
from ingestion.collect import collect
from ingestion.rawstore import RawStore
from ingestion.sources import directory_source
from ingestion.urls import article_id, canonical_key, is_alias
from tests.conftest import SUMMARY, coopwatch, mart_fingerprint
from warehouse import load
from warehouse.db import writer

DESKTOP = "https://www.gazeta.example/ru/2025/11/15/council/"
ALIASES = {
    "a-desktop.html": DESKTOP,
    "a-amp-tail.html": "https://www.gazeta.example/ru/2025/11/15/council/amp/",
    "a-amp-prefix.html": "https://www.gazeta.example/amp/ru/2025/11/15/council/",
    "a-mobile.html": "https://m.gazeta.example/ru/2025/11/15/council/",
    "a-utm.html": "https://www.gazeta.example/ru/2025/11/15/council/?utm_source=telegram&utm_medium=post",
}
EDITED = "https://kun.example/news/2025/11/16/railway"

COUNCIL = ["Президенты Узбекистана и Казахстана провели заседание Высшего межгосударственного совета в Ташкенте.",
           "Стороны подписали соглашения о торговле, энергетике и транспорте на 1,3 млрд долларов.",
           "Главы государств обсудили развитие приграничной торговли, совместные предприятия и водные ресурсы.",
           "По итогам переговоров принята дорожная карта сотрудничества на ближайшие три года."]
RAILWAY = ["В Бишкеке обсудили строительство железной дороги Китай — Кыргызстан — Узбекистан.",
           "Министры транспорта трёх стран договорились ускорить подготовительные работы на трассе.",
           "Проект позволит сократить путь грузов из Китая в Европу и на Ближний Восток на несколько дней.",
           "Стороны также рассмотрели вопросы финансирования и тарифной политики на новом направлении."]


def page(url: str, title: str, paragraphs: list[str], published: str, modified: str | None = None) -> str:
    modified_meta = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{published}">{modified_meta}</head>'
            f"<body><nav><a href='/'>Главная</a></nav><article><h1>{title}</h1>{body}</article></body></html>")


def variants_folder(folder: Path) -> Path:
    folder.mkdir()
    for name, url in ALIASES.items():
        (folder / name).write_text(page(url, "Высший межгосударственный совет", COUNCIL, "2025-11-15T10:00:00+05:00"),
                                   encoding="utf-8")
    (folder / "b-original.html").write_text(page(EDITED, "Железная дорога", RAILWAY, "2025-11-16T09:00:00+05:00",
                                                 "2025-11-16T09:30:00+05:00"), encoding="utf-8")
    (folder / "b-edited.html").write_text(page(EDITED, "Железная дорога", RAILWAY + ["Обновлено: сроки уточнены."],
                                               "2025-11-16T09:00:00+05:00", "2025-11-16T15:00:00+05:00"),
                                          encoding="utf-8")
    return folder


def test_every_alias_of_an_article_has_one_canonical_key_and_only_the_own_address_is_not_an_alias():
    assert {canonical_key(url) for url in ALIASES.values()} == {"https://gazeta.example/ru/2025/11/15/council"}
    assert len({article_id(url) for url in ALIASES.values()}) == 1
    assert [name for name, url in ALIASES.items() if not is_alias(url)] == ["a-desktop.html"]


def test_an_amp_first_segment_is_stripped_only_at_the_start_of_the_path():
    assert canonical_key("https://x.example/news/amp/ru/1") == "https://x.example/news/amp/ru/1"
    assert canonical_key("https://x.example/amp/ru/1") == "https://x.example/ru/1"


def candidate(source_ref: str, url: str, modified: str | None, published: str = "2025-11-15T10:00:00+05:00") -> dict:
    return {"source_ref": source_ref, "url": url, "published_at": pd.Timestamp(published),
            "modified_at": pd.Timestamp(modified) if modified else None}


def test_the_newest_copy_of_an_article_wins_whatever_its_address_or_path():
    old = candidate("a.html", DESKTOP, "2025-11-16T09:30:00+05:00")
    new = candidate("z.html", ALIASES["a-amp-tail.html"], "2025-11-16T15:00:00+05:00")
    assert choose_winner([old, new]) is new and choose_winner([new, old]) is new


def test_among_equal_copies_the_own_address_wins_then_the_first_path():
    amp = candidate("a.html", ALIASES["a-amp-tail.html"], None)
    own = candidate("z.html", DESKTOP, None)
    assert choose_winner([amp, own]) is own
    first, second = candidate("a.html", DESKTOP, None), candidate("b.html", DESKTOP, None)
    assert choose_winner([second, first]) is first


def test_a_copy_without_any_date_loses_to_a_dated_one():
    undated = {"source_ref": "a.html", "url": DESKTOP, "published_at": None, "modified_at": None}
    dated = candidate("b.html", DESKTOP, None)
    assert choose_winner([undated, dated]) is dated


def test_the_content_hash_ignores_the_address_and_survives_a_round_trip_through_duckdb(tmp_path):
    record = {"url": DESKTOP, "title": "T", "lead": None, "body": "B",
              "published_at": dt.datetime(2025, 11, 15, 10, tzinfo=dt.timezone(dt.timedelta(hours=5))),
              "modified_at": None, "tags": ["a", "b"], "author": None}
    assert content_sha256(record) == content_sha256(record | {"url": ALIASES["a-amp-prefix.html"]})
    assert content_sha256(record) != content_sha256(record | {"body": "B2"})
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("set TimeZone = 'UTC'")
    con.execute("create table t (title varchar, lead varchar, body varchar, published_at timestamptz, "
                "modified_at timestamptz, tags varchar[], author varchar)")
    con.execute("insert into t values (?, ?, ?, ?, ?, ?, ?)", [record[f] for f in CONTENT_FIELDS])
    stored = con.execute("select * from t").df().to_dict("records")[0]
    assert content_sha256(stored) == content_sha256(record)


def summary(proc) -> dict[str, int]:
    found = SUMMARY.search(proc.stdout)
    assert found, proc.stdout
    names = ("pages", "loaded", "unchanged", "duplicate", "quarantined", "failed", "not_article")
    return dict(zip(names, map(int, found.groups()), strict=True))


@pytest.mark.slow
def test_an_unchanged_folder_of_aliases_and_copies_loads_nothing_on_the_second_and_third_runs(tmp_path):
    pages, warehouse = variants_folder(tmp_path / "pages"), tmp_path / "w.duckdb"
    first = summary(coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse)))
    assert (first["loaded"], first["duplicate"]) == (2, 5)
    marts = mart_fingerprint(warehouse)
    for _ in range(2):
        again = summary(coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse)))
        assert (again["loaded"], again["unchanged"] + again["duplicate"]) == (0, 7), again
        assert mart_fingerprint(warehouse) == marts
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        versions = {url: (version, body) for url, version, body in
                    con.execute("select url, version, body from raw.articles").fetchall()}
        audit = dict(con.execute("select source_ref, status from audit_pages").fetchall())
        reasons = [r for (r,) in con.execute("select reason from audit_pages where status = 'duplicate'").fetchall()]
    finally:
        con.close()
    # one version each: the desktop address of the aliases, the edited (newest) copy of the other
    assert {url: version for url, (version, _) in versions.items()} == {DESKTOP: 1, EDITED: 1}
    assert "сроки уточнены" in versions[EDITED][1]
    assert {Path(ref).name for ref, status in audit.items() if status != "duplicate"} == {"a-desktop.html",
                                                                                         "b-edited.html"}
    assert all("duplicate of" in reason and "newest copy wins" in reason for reason in reasons)


def refresh(folder: Path, warehouse: Path, run_id: str) -> dict[str, tuple[str, str]]:
    """Read, parse and load a folder as the raw_pages and articles assets do; return {file: (status, reason)}."""
    store = RawStore(warehouse.with_name("raw"))
    with writer(warehouse) as con:
        load.record_fetch(con, collect([directory_source(folder)], run_id=run_id, store=store,
                                       fetcher_factory=lambda: None))
        batch = parse_batch(load.fetch_batch(con, run_id), store, skip_known=True)
        load.load_articles(con, run_id, batch.articles, batch.audit, batch.quarantine)
        audit = con.execute("select source_ref, status, reason from raw.page_audit where run_id = ?", [run_id])
        return {Path(ref).name: (status, reason) for ref, status, reason in audit.fetchall()}


def test_an_alias_or_older_copy_that_lost_to_an_unchanged_page_is_not_parsed_again_until_that_page_goes(
        tmp_path, monkeypatch):
    pages, warehouse = variants_folder(tmp_path / "pages"), tmp_path / "w.duckdb"
    parsed = []
    real_parse = ingestion.articles.parse_page
    monkeypatch.setattr(ingestion.articles, "parse_page",
                        lambda data, **kw: parsed.append(data) or real_parse(data, **kw))
    first = refresh(pages, warehouse, "run-1")
    assert len(parsed) == 7 and Counter(status for status, _ in first.values()) == {"loaded": 2, "duplicate": 5}
    parsed.clear()
    second = refresh(pages, warehouse, "run-2")
    assert parsed == [] and {name: status for name, (status, _) in second.items()} == {
        name: "unchanged" if name in ("a-desktop.html", "b-edited.html") else "duplicate" for name in first}
    assert "with these very bytes it lost to" in second["b-original.html"][1]
    assert second["b-original.html"][1].endswith("b-edited.html, which this batch holds unchanged; " + WINNER_RULE)
    # the pages they lost to are gone: the older copy and an alias are parsed and speak for their articles again
    (pages / "b-edited.html").unlink()
    (pages / "a-desktop.html").unlink()
    parsed.clear()
    third = refresh(pages, warehouse, "run-3")
    assert len(parsed) == 5
    assert third["b-original.html"][0] == "loaded" and "new version 2" in third["b-original.html"][1]
    assert third["a-utm.html"][0] == "unchanged"  # the stored text, now spoken for by another page
    assert Counter(status for status, _ in third.values()) == {"loaded": 1, "unchanged": 1, "duplicate": 3}
    parsed.clear()
    fourth = refresh(pages, warehouse, "run-4")
    assert Counter(status for status, _ in fourth.values()) == {"unchanged": 2, "duplicate": 3}
    # only a-utm.html is parsed: its text was stored from a-desktop.html, so its bytes are not a stored version's
    assert len(parsed) == 1 and all("lost to" in fourth[name][1] and "a-utm.html" in fourth[name][1]
                                    for name in ("a-amp-tail.html", "a-amp-prefix.html", "a-mobile.html"))


def test_stored_hashes_are_recomputed_once_when_the_hashing_scheme_changes(tmp_path):
    from ingestion.articles import CONTENT_HASH_SCHEME
    from warehouse import load
    from warehouse.db import writer

    with writer(tmp_path / "w.duckdb") as con:
        con.execute("insert into raw.articles (article_id, version, content_sha256, page_sha256, url, title, body, "
                    "published_at, tags, loaded_at) values ('a', 1, 'old-scheme', 'p', ?, 'T', 'B', "
                    "'2025-11-15 05:00:00+00', ['x'], now())", [DESKTOP])
        assert load.rehash_articles(con, content_sha256, CONTENT_HASH_SCHEME, CONTENT_FIELDS) == 1
        stored = con.execute("select content_sha256 from raw.articles").fetchone()[0]
        assert load.rehash_articles(con, content_sha256, CONTENT_HASH_SCHEME, CONTENT_FIELDS) == 0
    assert stored == content_sha256({"title": "T", "body": "B", "tags": ["x"],
                                     "published_at": dt.datetime(2025, 11, 15, 5, tzinfo=dt.UTC)})
