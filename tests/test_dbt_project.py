"""`dbt build` of dbt_project/ against a scratch warehouse filled with invented raw rows.

Two articles (one with two versions) report the same meeting; the marts must merge it,
keep only the latest article versions, convert amounts to USD, and every dbt test must pass.
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse import clusters
from warehouse.db import writer

# Every test reads the warehouse one `dbt build` makes (half a minute).
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
DBT_PROJECT = REPO / "dbt_project"
REFERENCE_SEEDS = ("countries.csv", "persons.csv", "sectors.csv")


A1, A2 = "art-uz-kz-ru", "art-uz-kz-en"
CENTRE_RU = "Международный центр промышленной кооперации «Центральная Азия»"
CENTRE_RU_OTHER_QUOTES = 'Международный  центр промышленной кооперации "Центральная Азия"'


def read_seed(name: str) -> list[dict[str, str]]:
    with open(DBT_PROJECT / "seeds" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def two_persons() -> tuple[str, str, str]:
    """Two canonical names of the persons seed, and a Russian alias that names only the first."""
    persons = read_seed("persons.csv")

    def spellings(person: dict[str, str]) -> list[str]:
        aliases = re.split(r"[|;]", f"{person['aliases_ru'] or ''}|{person['aliases_en'] or ''}")
        return [" ".join(a.split()) for a in [person["person_name"], *aliases] if a.strip()]

    named: dict[str, set[str]] = {}
    for person in persons:
        for spelling in spellings(person):
            named.setdefault(spelling.lower(), set()).add(person["person_name"])
    for person in persons:
        for alias in re.split(r"[|;]", person["aliases_ru"] or ""):
            alias = " ".join(alias.split())
            if alias and named[alias.lower()] == {person["person_name"]}:
                other = next(p["person_name"] for p in persons if p is not person)
                return person["person_name"], other, alias
    pytest.fail("the persons seed has no Russian alias that names one person only")


def fill_raw(path: Path, first: str, second: str, first_alias: str) -> None:
    """Write raw rows as the pipeline would: its DDL, its extraction log, then its cross-article resolution."""
    with writer(path) as con:
        insert_raw(con, first, second, first_alias)
        con.execute("insert into raw.extraction_log select article_id, version, 'test', loaded_at from raw.articles")
        clusters.refresh_meeting_clusters(con)
        clusters.refresh_project_clusters(con)


def insert_raw(con, first: str, second: str, first_alias: str) -> None:
    con.executemany(
        "insert into raw.articles (article_id, version, content_sha256, page_sha256, source, source_ref, url,"
        " site, language, title, lead, body, published_at, modified_at, tags, author, loaded_at) values (?, ?, ?, ?, 'pages', ?, ?, 'example.org', ?, ?, 'Lead.', 'Body.',"
        " ?::timestamptz, null, ['politics'], null, ?::timestamptz)",
        [
            (A1, 1, "c1", "p1", "pages/a1.html", "https://example.org/ru/a1", "ru", "Old title",
             "2025-11-15 10:00:00+05", "2025-11-15 12:00:00+00"),
            (A1, 2, "c2", "p2", "pages/a1.html", "https://example.org/ru/a1", "ru", "New title",
             "2025-11-15 10:00:00+05", "2025-11-16 12:00:00+00"),
            (A2, 1, "c3", "p3", "pages/a2.html", "https://example.org/en/a2", "en", "Second council",
             "2025-11-15 18:00:00+05", "2025-11-16 12:00:00+00"),
        ],
    )
    con.executemany(
        "insert into raw.fact_meetings values (?, ?, ?, ?::date, ?, ?, ?, null, ?, ?, ?, ?)",
        [
            # the stale version dates the meeting a day early: it must not surface
            (A1, 1, 1, "2025-11-14", "talks", None, "Tashkent", ["UZ", "KZ"], False, "old", 0.5),
            (A1, 2, 1, "2025-11-15", "talks", None, "Tashkent", ["UZ", "KZ"], False, "Переговоры.", 0.8),
            (A2, 1, 1, "2025-11-15", "interstate_council", 2, "Tashkent", ["kz", "UZ"], False,
             "The second meeting of the council.", 0.9),
            (A2, 1, 2, "2026-03-01", "state_visit", None, "Beijing", ["CN", "UZ"], True,
             "A state visit is planned.", 0.6),
        ],
    )
    con.executemany(
        "insert into raw.fact_participants values (?, ?, ?, ?, null, null, ?, ?)",
        [
            (A1, 1, 1, "Stale Person", "old", 0.5),
            (A1, 2, 1, first_alias, "alias", 0.8),
            (A2, 1, 1, first, "canonical", 0.9),
            (A2, 1, 1, second, "canonical", 0.9),
        ],
    )
    con.executemany(
        "insert into raw.fact_amounts values (?, ?, ?, ?, ?, ?, false, false, ?, ?, 0.9)",
        [
            (A1, 1, 1, 9.9e9, "USD", "investment_package", None, "old"),
            (A1, 2, 1, 1.3e9, "USD", "investment_package", None, "проекты на $1,3 млрд"),
            (A2, 1, 1, 22.8e9, "KZT", "project_cost", 2024, "22.8 billion tenge"),
            (A2, 1, 2, 1.0e8, "EUR", "loan", 2030, "a loan of EUR 100 million"),
        ],
    )
    con.executemany(
        "insert into raw.fact_projects values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, null, ?)",
        [
            (A1, 1, 1, "Stale plant", "announced", "UZ", None, None, 1, "old", ["energy"]),
            (A1, 2, 1, CENTRE_RU, "announced", "UZ", "Tashkent", 1, None, "центр", ["industry"]),
            # the other article's name adds a sector, unsorted and repeated as a hand-written row may be
            (A2, 1, 1, CENTRE_RU_OTHER_QUOTES, "launched", "uz", "Tashkent", 1, None, "centre",
             ["industry", "finance_investment", "industry"]),
            # its cost is the 22.8 billion tenge of the same article; a row loaded before the column existed
            (A2, 1, 2, "Silkway Central Asia", "construction_started", "KZ", None, None, 1, "logistics", None),
        ],
    )
    con.executemany(
        "insert into raw.fact_sectors values (?, ?, ?, ?, ?)",
        [
            (A1, 1, "tourism", "old", 0.5),
            (A1, 2, "trade", "товарооборот", 0.9),
            (A1, 2, "industry", "промышленная кооперация", 0.8),
            (A2, 1, "trade", "trade", 0.7),
            (A2, 1, "trade", "trade turnover", 0.9),
            (A2, 1, "energy", "energy", 0.8),
        ],
    )
    con.executemany(
        "insert into raw.page_audit values (?, 'pages', ?, ?, ?, ?, ?, ?::timestamptz)",
        [
            ("run-1", "pages/a1.html", "loaded", None, A1, "p1", "2025-11-15 12:00:00+00"),
            ("run-1", "pages/old.html", "fetch_failed", "HTTP 500", None, None, "2025-11-15 12:00:01+00"),
            ("run-2", "pages/a1.html", "loaded", None, A1, "p2", "2025-11-16 12:00:00+00"),
            ("run-2", "pages/a2.html", "loaded", None, A2, "p3", "2025-11-16 12:00:01+00"),
            ("run-2", "pages/menu.html", "not_article", "no article body", None, "p4", "2025-11-16 12:00:02+00"),
        ],
    )
    con.execute(
        "insert into raw.quarantine values ('run-2', 'pages/bad.html', 'validate', 'no title', '{}',"
        " '2025-11-16 12:00:03+00'::timestamptz)"
    )


def dbt_executable() -> str:
    beside_python = Path(sys.executable).with_name("dbt")
    found = str(beside_python) if beside_python.exists() else shutil.which("dbt")
    if found is None:
        pytest.fail("dbt is not installed")
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    missing = [n for n in REFERENCE_SEEDS if not (DBT_PROJECT / "seeds" / n).exists()]
    if missing:
        pytest.skip(f"reference seeds not written yet: {', '.join(missing)}")
    tmp = tmp_path_factory.mktemp("dbt")
    warehouse = tmp / "warehouse.duckdb"
    first, second, first_alias = two_persons()
    fill_raw(warehouse, first, second, first_alias)
    env = {**os.environ, "COOPWATCH_WAREHOUSE": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    proc = subprocess.run(
        [dbt_executable(), "build",
         "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT),
         "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs")],
        cwd=tmp, env=env, capture_output=True, text=True, timeout=600,
    )
    run_results = tmp / "target" / "run_results.json"
    results = json.loads(run_results.read_text())["results"] if run_results.exists() else []
    con = duckdb.connect(str(warehouse), read_only=True)
    yield {"proc": proc, "results": results, "con": con,
           "first": first, "second": second}
    con.close()


def rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def test_build_passes_every_test(built):
    proc, results = built["proc"], built["results"]
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]
    bad = [(r["unique_id"], r["status"], r.get("message")) for r in results
           if r["status"] not in ("success", "pass")]
    assert not bad, bad
    assert sum(r["unique_id"].startswith("test.") for r in results) > 50


def test_only_latest_versions(built):
    con = built["con"]
    articles = {r["article_id"]: r for r in rows(con, "select * from dim_articles")}
    assert set(articles) == {A1, A2}
    assert (articles[A1]["version"], articles[A1]["title"], articles[A1]["version_count"]) == (2, "New title", 2)
    assert rows(con, "select * from fct_meetings where meeting_date = date '2025-11-14'") == []
    assert rows(con, "select * from fct_investments where amount = 9.9e9") == []
    assert rows(con, "select * from fct_projects where project_name = 'Stale plant'") == []
    assert rows(con, "select * from fct_meeting_participants where person_name = 'Stale Person'") == []
    sectors = {(r["article_id"], r["sector_code"]) for r in rows(con, "select * from fct_cooperation_sectors")}
    assert sectors == {(A1, "trade"), (A1, "industry"), (A2, "trade"), (A2, "energy")}


def test_meeting_deduplicated_across_articles(built):
    con = built["con"]
    meetings = rows(con, "select * from fct_meetings order by meeting_date")
    assert len(meetings) == 2
    held, planned = meetings
    assert held["article_ids"] == sorted([A1, A2])
    assert held["country_codes"] == ["KZ", "UZ"]
    assert (held["meeting_format"], held["session_ordinal"], held["city"]) == ("interstate_council", 2, "Tashkent")
    assert held["is_planned"] is False
    # the alias in one article and the canonical name in the other are one participant
    assert held["participant_names"] == sorted([built["first"], built["second"]])
    assert (planned["is_planned"], planned["country_codes"], planned["participant_names"]) == (True, ["CN", "UZ"], [])


def test_amount_usd_computed(built):
    con = built["con"]
    rates = {(r["currency"], int(r["year"])): float(r["usd_per_unit"]) for r in read_seed("currency_rates.csv")}
    got = {r["currency"]: r for r in rows(con, "select * from fct_investments")}
    assert set(got) == {"USD", "KZT", "EUR"}
    assert got["USD"]["amount_usd"] == pytest.approx(1.3e9)
    assert got["KZT"]["amount_usd"] == pytest.approx(22.8e9 * rates[("KZT", 2024)])
    # no 2030 rate: the nearest year's is used
    latest_year = max(year for currency, year in rates if currency == "EUR")
    assert got["EUR"]["amount_usd"] == pytest.approx(1.0e8 * rates[("EUR", latest_year)])
    assert got["EUR"]["usd_rate_year"] == latest_year


def test_projects_and_audit(built):
    con = built["con"]
    projects = {r["project_name"]: r for r in rows(con, "select * from fct_projects")}
    assert set(projects) == {CENTRE_RU, "Silkway Central Asia"}
    centre = projects[CENTRE_RU]
    assert (centre["status"], centre["country_code"], centre["article_ids"]) == ("launched", "UZ", sorted([A1, A2]))
    (meeting_id,) = con.execute("select meeting_id from fct_meetings where meeting_date = date '2025-11-15'").fetchone()
    assert centre["meeting_id"] == meeting_id
    audit = rows(con, "select * from audit_pages order by source_ref")
    assert [(r["run_id"], r["source_ref"], r["status"]) for r in audit] == [
        ("run-2", "pages/a1.html", "loaded"),
        ("run-2", "pages/a2.html", "loaded"),
        ("run-2", "pages/menu.html", "not_article"),
    ]


def test_the_unit_tests_of_the_links_and_the_conversion_ran(built):
    ran = {r["unique_id"].rsplit(".", 1)[-1] for r in built["results"] if r["unique_id"].startswith("unit_test.")}
    assert {"the_earliest_linked_amount_is_the_cost_with_its_converted_value",
            "an_amount_is_converted_at_the_rate_of_the_nearest_year_the_seed_has",
            "a_package_reported_again_by_a_later_article_repeats_the_first_report",
            "a_projects_countries_are_its_own_and_those_of_every_meeting_it_was_reported_at",
            "a_status_repeated_by_a_later_article_keeps_its_first_report"} <= ran


def test_a_project_carries_its_partner_countries_cost_and_report_times(built):
    con = built["con"]
    rates = {(r["currency"], int(r["year"])): float(r["usd_per_unit"]) for r in read_seed("currency_rates.csv")}
    projects = {r["project_name"]: r for r in rows(con, "select * from fct_projects")}
    centre, silkway = projects[CENTRE_RU], projects["Silkway Central Asia"]
    # the centre is in Uzbekistan and was reported at the Kazakh-Uzbek council
    assert centre["partner_country_codes"] == ["KZ", "UZ"]
    assert (centre["cost_amount"], centre["cost_currency"], centre["cost_usd"]) == (None, None, None)
    published = {r["article_id"]: r["published_at"] for r in rows(con, "select * from dim_articles")}
    assert (centre["first_reported_at"], centre["last_reported_at"]) == (published[A1], published[A2])
    assert silkway["partner_country_codes"] == ["KZ"]
    assert silkway["meeting_id"] is None
    assert (silkway["cost_amount"], silkway["cost_currency"]) == (22.8e9, "KZT")
    assert silkway["cost_usd"] == pytest.approx(22.8e9 * rates[("KZT", 2024)])
    # the cost agrees with the investment mart's conversion of the same amount
    (investment_usd,) = con.execute("select amount_usd from fct_investments where currency = 'KZT'").fetchone()
    assert silkway["cost_usd"] == pytest.approx(investment_usd)


def test_a_project_carries_the_sectors_its_own_names_name_never_null(built):
    projects = {r["project_name"]: r for r in rows(built["con"], "select * from fct_projects")}
    # the stale version's "energy" is gone; the article's own sectors (fact_sectors) never leak in
    assert projects[CENTRE_RU]["sector_codes"] == ["finance_investment", "industry"]
    assert projects["Silkway Central Asia"]["sector_codes"] == []


def test_each_status_of_a_project_is_dated_by_the_first_article_that_gave_it(built):
    con = built["con"]
    history = rows(con, "select h.status, h.first_article_id from fct_project_status_history h"
                        " join fct_projects p using (project_id)"
                        f" where p.project_name = '{CENTRE_RU}' order by h.first_reported_at")
    assert [(r["status"], r["first_article_id"]) for r in history] == [("announced", A1), ("launched", A2)]


def test_each_article_of_a_project_gives_its_own_url_language_and_sentence(built):
    con = built["con"]
    mentions = rows(con, "select m.article_id, m.url, m.language, m.evidence from fct_project_mentions m"
                         " join fct_projects p using (project_id)"
                         f" where p.project_name = '{CENTRE_RU}' order by m.published_at")
    assert [(r["article_id"], r["url"], r["language"], r["evidence"]) for r in mentions] == [
        (A1, "https://example.org/ru/a1", "ru", "центр"),
        (A2, "https://example.org/en/a2", "en", "centre"),
    ]
