"""The cooperation report: the data behind each chart, an offline page, and every chart drawn in headless Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from report.page import report_path, write_report
from tests.conftest import SAMPLES, coopwatch
from warehouse import report_data
from warehouse.db import reader

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (Debian: apt-get install -y chromium; .ci/run does it)")

# The marts' columns the report reads, filled with two meetings, a package two articles report,
# an umbrella package, article sectors and three projects: small enough to know every answer.
TINY_WAREHOUSE = """
create table dim_articles as select * from (values
    ('a1', timestamptz '2025-03-01 10:00:00+00'), ('a2', timestamptz '2025-03-02 10:00:00+00'),
    ('a3', timestamptz '2024-06-01 10:00:00+00')) t(article_id, published_at);
create table fct_meetings as select * from (values
    ('m1', date '2025-03-01', ['KZ', 'UZ']), ('m2', date '2025-04-10', ['UZ', 'RU', 'KZ']),
    ('m3', date '2024-06-01', ['TJ'])) t(meeting_id, meeting_date, country_codes);
create table fct_meeting_mentions as select * from (values ('m1', 'a1'), ('m1', 'a2'), ('m2', 'a2'))
    t(meeting_id, article_id);
create table fct_investments as select * from (values
    ('i1', 'a1', 1.5e9, false, 'm1', ['KZ', 'UZ'], null, 'investment_package'),
    ('i2', 'a2', 1.5e9, false, 'm1', ['UZ', 'KZ'], 'i1', 'investment_package'),
    ('i3', 'a1', 9e9, true, 'm1', ['KZ', 'UZ'], null, 'investment_package'),
    ('i4', 'a1', 0.5e9, false, 'm1', ['KZ', 'UZ'], null, 'project_cost'),
    ('i5', 'a3', 2e8, false, null, ['RU', 'UZ'], null, 'loan'),
    ('i6', 'a2', null, false, 'm2', ['KZ', 'RU', 'UZ'], null, 'fund'),
    ('i7', 'a1', 4.4e9, false, 'm1', ['KZ', 'UZ'], null, 'trade_turnover'),
    ('i8', 'a1', 1e10, false, 'm1', ['KZ', 'UZ'], null, 'trade_target'))
    t(investment_id, article_id, amount_usd, is_umbrella, meeting_id, country_codes, repeat_of, amount_kind);
create table dim_sectors as select * from (values ('energy', 'Energy'), ('trade', 'Trade')) t(sector_code, name_en);
create table fct_cooperation_sectors as select * from (values ('a1', 'energy'), ('a2', 'energy'), ('a2', 'trade'))
    t(article_id, sector_code);
create table dim_countries as select * from (values ('KZ', 'Kazakhstan'), ('UZ', 'Uzbekistan'), ('RU', 'Russia'),
    ('TJ', 'Tajikistan'), ('CN', 'China')) t(country_code, name_en);
create table fct_projects as select * from (values
    ('p1', 'Saryagash–Keles hub', 'construction_started', 2.4e8, 2.4e8, 'USD', ['transport_logistics'], 'border',
     null, ['KZ', 'UZ'], timestamptz '2025-03-01 10:00:00+00', timestamptz '2025-03-02 10:00:00+00'),
    ('p2', 'Rogun HPP', 'announced', null, null, null, ['energy'], null, 'TJ', ['TJ'],
     timestamptz '2024-06-01 10:00:00+00', timestamptz '2024-06-01 10:00:00+00'),
    ('p3', 'cotton yarn plant', 'launched', 2.9e7, 1.5e10, 'KZT', [], 'Turkestan', 'KZ', ['CN', 'KZ'],
     timestamptz '2025-04-10 10:00:00+00', timestamptz '2025-04-10 10:00:00+00'))
    t(project_id, project_name, status, cost_usd, cost_amount, cost_currency, sector_codes, city_or_region,
      country_code, partner_country_codes, first_reported_at, last_reported_at);
create table fct_project_mentions as select * from (values
    ('p1', 'https://ru.example/hub'), ('p1', 'https://en.example/hub'), ('p1', 'https://en.example/hub'),
    ('p2', 'https://tj.example/rogun')) t(project_id, url);
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "tiny.duckdb"
    con = duckdb.connect(str(path))
    con.execute(TINY_WAREHOUSE)
    con.close()
    return path


@pytest.fixture
def con(tiny):
    connection = reader(tiny)
    yield connection
    connection.close()


def rows(frame) -> list[tuple]:
    return [tuple(v.item() if hasattr(v, "item") else v for v in row) for row in frame.itertuples(index=False)]


def test_investment_per_pair_and_year_counts_a_repeated_package_once_and_leaves_umbrellas_and_trade_out(con):
    frame = report_data.investment_by_group_and_year(con)
    assert rows(frame) == [("RU–UZ", 2024, 2e8, 1), ("KZ–UZ", 2025, 2e9, 2)], \
        "the $1.5 bn package once (its repeat dropped), plus $0.5 bn; the $9 bn umbrella, an amount with no USD" \
        " and the trade turnover and target left out"
    assert rows(report_data.investment_by_group_and_year(con, "RU")) == [("RU–UZ", 2024, 2e8, 1)]


def test_meetings_by_partner_counts_each_meeting_once_per_partner_of_the_chosen_country(con):
    months = lambda frame: [(str(m)[:7], p, n) for m, p, n in rows(frame)]  # noqa: E731
    assert months(report_data.meetings_by_partner(con)) == [
        ("2024-06", "TJ", 1), ("2025-03", "KZ", 1), ("2025-03", "UZ", 1),
        ("2025-04", "KZ", 1), ("2025-04", "RU", 1), ("2025-04", "UZ", 1)]
    assert months(report_data.meetings_by_partner(con, "UZ")) == [
        ("2025-03", "KZ", 1), ("2025-04", "KZ", 1), ("2025-04", "RU", 1)]
    assert months(report_data.meetings_by_partner(con, "TJ")) == [("2024-06", "TJ", 1)], \
        "a meeting of one country alone counts for that country"


def test_sectors_by_pair_count_the_articles_reporting_a_meeting_of_the_pair(con):
    assert rows(report_data.sectors_by_group(con)) == [
        ("KZ–RU–UZ", "energy", "Energy", 1), ("KZ–RU–UZ", "trade", "Trade", 1),
        ("KZ–UZ", "energy", "Energy", 2), ("KZ–UZ", "trade", "Trade", 1)]
    assert report_data.sectors_by_group(con, "TJ").empty, "no article reports the TJ meeting"


def test_the_project_table_lists_each_projects_sources_once_and_keeps_those_of_the_chosen_country(con):
    table = report_data.projects(con)
    assert list(table["project_id"]) == ["p1", "p3", "p2"], "costliest first, projects without a cost last"
    assert list(table.set_index("project_id").loc["p1", "source_urls"]) == ["https://en.example/hub",
                                                                             "https://ru.example/hub"]
    assert list(report_data.projects(con, "CN")["project_id"]) == ["p3"], "a partner country counts"
    assert list(report_data.projects(con, "TJ")["project_id"]) == ["p2"], "the project's own country counts"
    assert report_data.countries(con) == [("CN", "China"), ("KZ", "Kazakhstan"), ("RU", "Russia"),
                                          ("TJ", "Tajikistan"), ("UZ", "Uzbekistan")]


def test_the_page_carries_plotly_inline_and_asks_the_network_for_nothing(tiny, tmp_path):
    page = write_report(tiny, tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "plotly.js v" in page[:5_000_000] and len(page) > 1_000_000, "plotly.js is inlined, not linked"
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page), "no external script, style or image"
    assert "Saryagash–Keles hub" in page and 'href="https://tj.example/rogun"' in page
    assert "$240.0 m" in page and "15,000,000,000 KZT" in page, "a cost in USD, and as reported when not in USD"
    assert not list((tmp_path / "out").glob(".*.tmp")), "no temporary file left behind"


def dom(page: Path, tmp_path: Path, fragment: str = "") -> str:
    """Load a page in headless Chromium, let its scripts run, and return the DOM they left."""
    proc = subprocess.run([CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", "--virtual-time-budget=15000",
                           f"--user-data-dir={tmp_path / 'chromium-profile'}", "--dump-dom",
                           page.resolve().as_uri() + fragment], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def assert_drawn(html: str, country: str, projects_shown: int) -> None:
    """Check that every chart drew its plot for `country` and the table shows that country's projects only."""
    body = re.search(r"<body[^>]*>", html).group(0)
    assert 'data-charts-drawn="3"' in body and f'data-country="{country}"' in body, body
    for chart in ("meetings", "investment", "sectors"):
        drawn = re.search(rf'<div id="{chart}"[^>]*>.*?<svg class="main-svg"', html, re.S)
        assert drawn, f"chart {chart} has no plot"
    visible = [row for row in re.findall(r"<tr data-countries[^>]*>", html) if "hidden" not in row]
    assert len(visible) == projects_shown


@pytest.mark.slow
@needs_chromium
def test_chromium_draws_every_chart_and_the_country_filter_keeps_that_countrys_projects(tiny, tmp_path):
    page = write_report(tiny, tmp_path / "report.html")
    assert_drawn(dom(page, tmp_path), "", 3)
    assert_drawn(dom(page, tmp_path, "#country=TJ"), "TJ", 1)  # TJ's views are nearly empty, yet drawn


@pytest.mark.slow
@needs_chromium
def test_a_refresh_writes_the_report_and_coopwatch_report_draws_the_samples_in_chromium(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse))
    page = report_path(warehouse).read_text(encoding="utf-8")
    assert "Сарыагаш" in page or "Saryagash" in page, "the cooperation_report asset ran"
    out = tmp_path / "report.html"
    coopwatch("report", "--out", str(out), "--warehouse", str(warehouse))
    with reader(warehouse) as con:
        every, uzbek = len(report_data.projects(con)), len(report_data.projects(con, "UZ"))
        assert not report_data.investment_by_group_and_year(con).empty
    assert 0 < uzbek < every
    assert_drawn(dom(out, tmp_path), "", every)
    assert_drawn(dom(out, tmp_path, "#country=UZ"), "UZ", uzbek)


@pytest.mark.slow
@needs_chromium
def test_the_report_of_the_dev_set_draws_every_chart_in_chromium(shared_dev, tmp_path):
    warehouse = tmp_path / "dev.duckdb"
    coopwatch("run", "--pages", str(shared_dev / "pages"), "--warehouse", str(warehouse))
    out = tmp_path / "report.html"
    coopwatch("report", "--out", str(out), "--warehouse", str(warehouse))
    with reader(warehouse) as con:
        every = len(report_data.projects(con))
        assert every > 50 and not report_data.sectors_by_group(con).empty
    assert_drawn(dom(out, tmp_path), "", every)


@pytest.mark.slow
def test_coopwatch_report_without_a_warehouse_ends_with_one_error_line(tmp_path):
    proc = coopwatch("report", "--out", str(tmp_path / "r.html"), "--warehouse", str(tmp_path / "none.duckdb"),
                     check=False)
    assert proc.returncode == 1 and proc.stderr.strip().count("\n") == 0 and "no warehouse" in proc.stderr
    assert not (tmp_path / "r.html").exists()
