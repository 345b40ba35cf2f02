"""Render the cooperation report: plotly charts and the project table in one self-contained HTML file.

The numbers come from warehouse.report_data; this module only draws them. plotly.js is read
from the plotly wheel and inlined, so the file opens from disk with no server and no network.
Every view is drawn for "all countries" and for each country ahead of time: the country filter
then only swaps prepared figures (Plotly.react) and hides table rows, with no data logic in JS.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from warehouse import report_data
from warehouse.db import reader

CHARTS = ("meetings", "investment", "sectors")
# Past this many country groups a heatmap's rows are unreadable; the groups with most articles are kept.
HEATMAP_GROUPS = 30


def report_path(warehouse: Path) -> Path:
    """Return where the refresh writes the report of a warehouse: `<stem>.report.html` beside it."""
    return warehouse.with_name(warehouse.stem + ".report.html")


def _empty(fig: go.Figure, country: str | None) -> go.Figure:
    """Say on the chart that there is nothing to show, so an empty view still reads as drawn on purpose."""
    fig.add_annotation(text=f"nothing reported{' for ' + country if country else ''}", showarrow=False,
                       xref="paper", yref="paper", x=0.5, y=0.5, font={"size": 16})
    return fig


def meetings_figure(frame: pd.DataFrame, country: str | None) -> go.Figure:
    """Stack meetings per month by country (with a country chosen: by its partner)."""
    fig = go.Figure([go.Bar(name=partner, x=part["month"].astype(str), y=part["meetings"])
                     for partner, part in frame.groupby("partner", sort=True)])
    fig.update_layout(barmode="stack", title=f"Meetings per month, by {'partner of ' + country if country else 'country'}",
                      xaxis_title="month", yaxis_title="meetings", legend_title="partner" if country else "country")
    return _empty(fig, country) if frame.empty else fig


def investment_figure(frame: pd.DataFrame, country: str | None) -> go.Figure:
    """Group USD announced per year by country group (each real amount once)."""
    fig = go.Figure([go.Bar(name=group, x=part["year"].astype(str), y=part["amount_usd"],
                            customdata=part["amounts"], hovertemplate="%{y:$,.0f} in %{customdata} amounts")
                     for group, part in frame.groupby("country_group", sort=True)])
    fig.update_layout(barmode="group", title="Investment announced per country pair and year, USD "
                      "(repeats, umbrella packages and trade figures left out)", xaxis_title="year", yaxis_title="USD",
                      legend_title="countries")
    return _empty(fig, country) if frame.empty else fig


def sectors_figure(frame: pd.DataFrame, country: str | None) -> go.Figure:
    """Draw a heatmap of articles per country group (rows) and sector (columns)."""
    top = frame.groupby("country_group")["articles"].sum().nlargest(HEATMAP_GROUPS).index
    grid = (frame[frame["country_group"].isin(top)]
            .pivot_table(index="country_group", columns="sector", values="articles", aggfunc="sum", fill_value=0))
    fig = go.Figure(go.Heatmap(z=grid.values.tolist(), x=list(grid.columns), y=list(grid.index),
                               colorscale="Blues", hovertemplate="%{y} · %{x}: %{z} articles<extra></extra>"))
    shown = f" ({HEATMAP_GROUPS} groups with most articles)" if frame["country_group"].nunique() > HEATMAP_GROUPS else ""
    fig.update_layout(title=f"Sectors by country pair: articles reporting a meeting of the pair{shown}",
                      height=max(400, 120 + 22 * len(grid.index)), yaxis={"autorange": "reversed"})
    return _empty(fig, country) if frame.empty else fig


def views(con: duckdb.DuckDBPyConnection, codes: list[str]) -> dict[str, dict[str, dict]]:
    """Return every chart's plotly JSON for all countries ("") and for each code."""
    drawn = {}
    for code in ["", *codes]:
        country = code or None
        figures = {"meetings": meetings_figure(report_data.meetings_by_partner(con, country), country),
                   "investment": investment_figure(report_data.investment_by_group_and_year(con, country), country),
                   "sectors": sectors_figure(report_data.sectors_by_group(con, country), country)}
        drawn[code] = {name: json.loads(fig.to_json()) for name, fig in figures.items()}
    return drawn


def _money(usd) -> str:
    if pd.isna(usd):
        return ""
    return f"${usd / 1e9:,.2f} bn" if usd >= 1e9 else f"${usd / 1e6:,.1f} m"


def _cost(row) -> str:
    """Show the cost in USD, and as reported when it was another currency."""
    usd = _money(row.cost_usd)
    if pd.notna(row.cost_amount) and row.cost_currency and row.cost_currency != "USD":
        return f"{usd} ({row.cost_amount:,.0f} {row.cost_currency})".strip()
    return usd


def _day(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _links(urls) -> str:
    return " ".join(f'<a href="{html.escape(u)}">{html.escape(urlsplit(u).hostname or u)}</a>' for u in urls)


def _items(value) -> list:
    """Return a list cell (DuckDB hands them to pandas as arrays, or None) as a list."""
    return [] if value is None else list(value)


def project_rows(frame: pd.DataFrame) -> str:
    """Render the project table's rows, each tagged with its countries for the filter."""
    rows = []
    for row in frame.itertuples():
        codes = sorted({*_items(row.partner_country_codes), *([row.country_code] if isinstance(row.country_code, str) else [])})
        place = ", ".join(p for p in (row.city_or_region, row.country_code) if isinstance(p, str) and p)
        cells = [row.project_name, row.status, _cost(row), ", ".join(_items(row.sector_codes)), place,
                 " ".join(codes), _day(row.first_reported), _day(row.last_reported)]
        rows.append(f'<tr data-countries="{html.escape(" ".join(codes))}">'
                    + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells)
                    + f"<td>{_links(_items(row.source_urls))}</td></tr>")
    return "\n".join(rows)


def _json_script(value) -> str:
    """Return JSON safe inside a <script> element: no "</" can end it early."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


SCRIPT = """
const figures = JSON.parse(document.getElementById('figures').textContent);
const charts = %(charts)s;
const select = document.getElementById('country');
function show(code) {
  const view = figures[code] || figures[''];
  const rows = document.querySelectorAll('#projects tbody tr');
  let shown = 0;
  rows.forEach(tr => { tr.hidden = code !== '' && !tr.dataset.countries.split(' ').includes(code); shown += !tr.hidden; });
  document.getElementById('project-count').textContent = shown + ' of ' + rows.length + ' projects';
  document.body.dataset.chartsDrawn = '0';
  return Promise.all(charts.map(id => Plotly.react(id, view[id].data, view[id].layout, {displaylogo: false})))
    .then(() => {
      // What a test (or a person) can check: how many charts hold a drawn plot for this view.
      document.body.dataset.chartsDrawn = String(charts.filter(id => document.querySelector('#' + id + ' svg.main-svg')).length);
      document.body.dataset.country = code;
    });
}
const wanted = decodeURIComponent(location.hash.replace(/^#country=/, ''));
if (wanted in figures) select.value = wanted;
select.addEventListener('change', () => { history.replaceState(null, '', select.value ? '#country=' + select.value : '#'); show(select.value); });
show(select.value);
"""

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
.chart { min-height: 420px; margin-bottom: 1rem; }
table { border-collapse: collapse; font-size: 0.85rem; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
"""


def render(con: duckdb.DuckDBPyConnection, source_name: str) -> str:
    """Return the whole report page for the warehouse open on `con`."""
    countries = report_data.countries(con)
    options = "".join(f'<option value="{html.escape(code)}">{html.escape(name)} ({html.escape(code)})</option>'
                      for code, name in countries)
    projects = report_data.projects(con)
    headers = "".join(f"<th>{h}</th>" for h in ("project", "status", "cost", "sectors", "place", "countries",
                                                 "first reported", "last reported", "sources"))
    built = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>coopwatch: cooperation report</title>
<style>{STYLE}</style>
<script>{get_plotlyjs()}</script></head>
<body data-charts-drawn="0">
<h1>Cooperation in Central Asia</h1>
<p>From the coopwatch warehouse <code>{html.escape(source_name)}</code>, built {built}.</p>
<label>Country <select id="country"><option value="">All countries</option>{options}</select></label>
<div id="meetings" class="chart"></div>
<div id="investment" class="chart"></div>
<div id="sectors" class="chart"></div>
<h2>Projects <small id="project-count"></small></h2>
<table id="projects"><thead><tr>{headers}</tr></thead><tbody>
{project_rows(projects)}
</tbody></table>
<script type="application/json" id="figures">{_json_script(views(con, [code for code, _ in countries]))}</script>
<script>{SCRIPT % {"charts": json.dumps(list(CHARTS))}}</script>
</body></html>
"""


def write_report(warehouse: Path, out: Path) -> Path:
    """Write the report of `warehouse` (opened read-only) to `out`, whole or not at all; return `out`.

    The page is written under a hidden temporary name beside `out`, flushed and renamed, so a
    browser or a failed refresh never sees half a file.
    """
    con = reader(warehouse)
    try:
        page = render(con, warehouse.name)
    finally:
        con.close()
    staged = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(staged, "w", encoding="utf-8") as handle:
            handle.write(page)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged, out)
    except OSError as exc:
        raise OSError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        staged.unlink(missing_ok=True)
    return out
