"""Query the data behind each chart and table of the cooperation report, one small frame per view.

Kept apart from rendering so tests assert on the numbers a chart shows, not on its pixels.
Every function takes an open (read-only) connection and an optional country code: with one,
the view keeps only what involves that country, which is what the report's country filter shows.
"""
from __future__ import annotations

import duckdb
import pandas as pd

# A group of countries is named by its sorted codes joined with this: "KZ–UZ" for a pair,
# "CN–KZ–KG–…" for a multilateral meeting, so one amount never lands in two bars.
GROUP_SEPARATOR = "–"

# Meetings per calendar month and country; with a country chosen, its partners in those meetings
# (the country itself when it met no one else, e.g. an international organisation's visit).
MEETINGS_SQL = """
    with chosen as (
        select meeting_id, date_trunc('month', meeting_date)::date as month, country_codes
        from main.fct_meetings
        where meeting_date is not null and ($country is null or list_contains(country_codes, $country))
    )
    select month, partner, count(distinct meeting_id) as meetings
    from (select meeting_id, month,
                 unnest(case when $country is null or len(list_filter(country_codes, c -> c <> $country)) = 0
                             then country_codes else list_filter(country_codes, c -> c <> $country) end) as partner
          from chosen)
    group by all order by month, partner
"""

# The amount kinds that are money put into cooperation; trade volumes and targets, and `other`
# (GDP, budgets), are not investment, and would dwarf it.
INVESTMENT_KINDS = ("investment_package", "project_cost", "investment_volume", "loan", "grant", "fund")

# Each real amount once: repeats of an amount another article reported first, and umbrella
# packages summed elsewhere by their projects, are left out. The year is the meeting's, else
# the article's publication year.
INVESTMENT_SQL = f"""
    select array_to_string(list_sort(list_distinct(i.country_codes)), '{GROUP_SEPARATOR}') as country_group,
           year(coalesce(m.meeting_date, a.published_at)) as year,
           sum(i.amount_usd) as amount_usd, count(*) as amounts
    from main.fct_investments i
    left join main.fct_meetings m on m.meeting_id = i.meeting_id
    left join main.dim_articles a on a.article_id = i.article_id
    where i.repeat_of is null and not i.is_umbrella and i.amount_usd is not null and len(i.country_codes) > 0
      and i.amount_kind in {INVESTMENT_KINDS}
      and ($country is null or list_contains(i.country_codes, $country))
    group by all order by year, amount_usd desc, country_group
"""

# An article's sectors count for the countries of each meeting it reports: articles per
# country group and sector.
SECTORS_SQL = f"""
    select array_to_string(list_sort(list_distinct(m.country_codes)), '{GROUP_SEPARATOR}') as country_group,
           s.sector_code, coalesce(d.name_en, s.sector_code) as sector, count(distinct s.article_id) as articles
    from main.fct_cooperation_sectors s
    join main.fct_meeting_mentions mm on mm.article_id = s.article_id
    join main.fct_meetings m on m.meeting_id = mm.meeting_id
    left join main.dim_sectors d on d.sector_code = s.sector_code
    where len(m.country_codes) > 0 and ($country is null or list_contains(m.country_codes, $country))
    group by all order by 1, 2
"""

# One row per project with its links: every article reporting it, oldest first.
PROJECTS_SQL = """
    select p.project_id, p.project_name, p.status, p.cost_usd, p.cost_amount, p.cost_currency, p.sector_codes,
           p.city_or_region, p.country_code, p.partner_country_codes,
           p.first_reported_at::date as first_reported, p.last_reported_at::date as last_reported,
           coalesce((select list(distinct pm.url order by pm.url) from main.fct_project_mentions pm
                     where pm.project_id = p.project_id and pm.url is not null), []) as source_urls
    from main.fct_projects p
    where $country is null or p.country_code = $country or list_contains(p.partner_country_codes, $country)
    order by p.cost_usd desc nulls last, p.first_reported_at, p.project_id
"""

# Every country the report can be filtered by: those of any meeting, amount or project.
COUNTRIES_SQL = """
    with codes as (
        select unnest(country_codes) as code from main.fct_meetings
        union select unnest(country_codes) from main.fct_investments
        union select unnest(partner_country_codes) from main.fct_projects
        union select country_code from main.fct_projects
    )
    select code, coalesce(c.name_en, code) as name
    from codes left join main.dim_countries c on c.country_code = code
    where code is not null order by name
"""


def _frame(con: duckdb.DuckDBPyConnection, sql: str, country: str | None) -> pd.DataFrame:
    params = {"country": country} if "$country" in sql else {}
    return con.execute(sql, params).df()


def meetings_by_partner(con: duckdb.DuckDBPyConnection, country: str | None = None) -> pd.DataFrame:
    """Return meetings per month and country (month, partner, meetings); with `country`, per partner of it."""
    return _frame(con, MEETINGS_SQL, country)


def investment_by_group_and_year(con: duckdb.DuckDBPyConnection, country: str | None = None) -> pd.DataFrame:
    """Return USD announced per country group and year, each real amount once.

    Columns: country_group, year, amount_usd, amounts.
    """
    return _frame(con, INVESTMENT_SQL, country)


def sectors_by_group(con: duckdb.DuckDBPyConnection, country: str | None = None) -> pd.DataFrame:
    """Return articles per country group and sector (country_group, sector_code, sector, articles)."""
    return _frame(con, SECTORS_SQL, country)


def projects(con: duckdb.DuckDBPyConnection, country: str | None = None) -> pd.DataFrame:
    """Return the project table: status, cost, sectors, place, first/last reported and source URLs."""
    return _frame(con, PROJECTS_SQL, country)


def countries(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Return (code, English name) of every country the report can be filtered by, by name."""
    return con.execute(COUNTRIES_SQL).fetchall()
