"""Duplicates, edits, idempotence and increments, with every input page accounted for.

Scenarios 6 and 7 of the reliability issue: the same article under several URLs is one
article; an edit is a new version that the marts show alone; a second run over the same
input changes no mart; a run after adding 5 pages and editing 2 processes exactly those 7;
and every run's pages add up: in = loaded + unchanged + quarantined + failed + not articles.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingestion.urls import article_id, clean_url
from tests.conftest import REPO, SAMPLES, SUMMARY, coopwatch, query
from tests.test_reliability_pages import LOOPBACK_POLICY, ingest_urls, serve  # noqa: F401 (fixture)

MART_NAMES = sorted(p.stem for p in (REPO / "dbt_project" / "models" / "marts").glob("*.sql"))
# audit_pages is the one mart that describes the run itself (its id, time and outcomes), so it
# legitimately differs between two runs; it is checked on its own instead.
STABLE_MARTS = [m for m in MART_NAMES if m != "audit_pages"]
PAGE_SUFFIXES = (".html", ".htm", ".txt")


def mart_hashes(warehouse: Path) -> dict[str, str]:
    """Hash every row of every mart (all columns), independent of row order."""
    return {mart: query(warehouse, f"select md5(coalesce(string_agg(t::varchar, '|' order by t::varchar), '')) "
                                   f"from main.{mart} t")[0][0] for mart in STABLE_MARTS}


def run_and_account(pages: Path, warehouse: Path) -> dict[str, int]:
    """Run the pipeline and check that every input file is accounted for once, as the summary says."""
    proc = coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))
    found = SUMMARY.search(proc.stdout)
    assert found, proc.stdout
    pages_in, loaded, unchanged, duplicates, quarantined, failed, not_articles = map(int, found.groups())
    files = sorted(str(p) for p in pages.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
    audit = query(warehouse, "select source_ref, status from audit_pages")
    assert sorted(ref for ref, _ in audit) == files  # one row per file, no more, no less
    counts = {status: sum(1 for _, s in audit if s == status) for _, status in audit}
    assert pages_in == len(files) == loaded + unchanged + duplicates + quarantined + failed + not_articles
    assert (loaded, unchanged, duplicates, quarantined, not_articles) == (
        counts.get("loaded", 0), counts.get("unchanged", 0), counts.get("duplicate", 0),
        counts.get("quarantined", 0), counts.get("not_article", 0))
    return {"pages": pages_in, "loaded": loaded, "unchanged": unchanged, "duplicate": duplicates,
            "quarantined": quarantined, "failed": failed, "not_article": not_articles}


# ---- duplicates ---------------------------------------------------------------------------------

TALKS = [
    "Delegations of Uzbekistan and Turkmenistan met in Khiva on 12 May to plan a joint cotton logistics hub "
    "near the border crossing at Shavat.",
    "The hub is to cost 300 million US dollars and will be financed by both governments in equal shares, "
    "the ministers told reporters after the talks.",
    "Construction of the first warehouses starts in autumn; the railway link to Dashoguz follows next year.",
]


def talks_page(head: str, paragraphs: list[str] = TALKS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html lang=\"en\"><head><title>Khiva talks on a cotton logistics hub</title>"
            f"{head}<meta property=\"og:type\" content=\"article\">"
            "<meta property=\"article:published_time\" content=\"2025-05-12T15:00:00+05:00\"></head>"
            "<body><nav><a href=\"/\">Home</a></nav><article><h1>Khiva talks on a cotton logistics hub</h1>"
            f"{body}</article></body></html>")


CANONICAL = "https://www.dup-news.example/en/2025/05/12/khiva-cotton-hub/"
# the original sorts first, so it is the copy that is kept
VARIANTS = {
    "a-original.html": f"<link rel=\"canonical\" href=\"{CANONICAL}\">",
    "b-mobile.html": "<link rel=\"canonical\" href=\"https://m.dup-news.example/en/2025/05/12/khiva-cotton-hub\">",
    "c-amp.html": "<meta property=\"og:url\" content=\"https://dup-news.example/en/2025/05/12/khiva-cotton-hub/amp\">",
    "d-tracking.html": "<link rel=\"canonical\" href=\"https://dup-news.example/en/2025/05/12/khiva-cotton-hub/"
                       "?utm_source=telegram&utm_medium=social&fbclid=IwAR0xyz\">",
}


def test_mobile_amp_and_tracking_urls_reduce_to_one_article_id_and_a_clean_url():
    ids = {article_id(url) for url in (
        CANONICAL, "https://m.dup-news.example/en/2025/05/12/khiva-cotton-hub",
        "http://amp.dup-news.example/en/2025/05/12/khiva-cotton-hub/amp/",
        "https://dup-news.example/en/2025/05/12/khiva-cotton-hub.amp",
        "https://dup-news.example/en/2025/05/12/khiva-cotton-hub/?utm_source=x&gclid=1&fbclid=2#comments")}
    assert len(ids) == 1
    assert article_id("https://dup-news.example/en/2025/05/12/khiva-cotton-hub?page=2") not in ids
    assert clean_url("https://a.example/x?id=7&utm_source=tg&fbclid=Q#top") == "https://a.example/x?id=7"
    assert clean_url("https://a.example/x?b=%20c&a=1") == "https://a.example/x?b=%20c&a=1"  # untouched when clean


def test_the_same_article_fetched_under_amp_and_tracking_urls_loads_once(serve, tmp_path):
    page = talks_page("").encode()  # no canonical link: the URL it was fetched from decides
    base = serve({"/news/khiva-cotton-hub": (page, "text/html; charset=utf-8"),
                  "/news/khiva-cotton-hub/amp": (page, "text/html; charset=utf-8"),
                  "/news/khiva-cotton-hub?utm_source=telegram&fbclid=IwAR0xyz": (page, "text/html; charset=utf-8")})
    urls = [base + "/news/khiva-cotton-hub", base + "/news/khiva-cotton-hub/amp",
            base + "/news/khiva-cotton-hub?utm_source=telegram&fbclid=IwAR0xyz"]
    con = ingest_urls(urls, tmp_path / "w.duckdb")
    try:
        articles = con.execute("select url from raw.articles").fetchall()
        audit = dict(con.execute("select source_ref, status from raw.page_audit").fetchall())
        reasons = [r for (r,) in con.execute("select reason from raw.page_audit where status = 'duplicate'").fetchall()]
    finally:
        con.close()
    assert articles == [(base + "/news/khiva-cotton-hub",)]
    assert audit == {urls[0]: "loaded", urls[1]: "duplicate", urls[2]: "duplicate"}
    assert len(reasons) == 2 and all("duplicate of " + urls[0] in r for r in reasons)


@pytest.mark.slow
def test_one_article_under_four_urls_is_one_article_and_its_edit_is_a_new_version_the_marts_show_alone(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, head in VARIANTS.items():
        (pages / name).write_text(talks_page(head), encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    first = run_and_account(pages, warehouse)
    assert (first["loaded"], first["duplicate"]) == (1, 3)
    assert query(warehouse, "select url, version from dim_articles") == [(CANONICAL, 1)]
    reasons = query(warehouse, "select reason from audit_pages where status = 'duplicate'")
    assert all("duplicate of " in r and "a-original.html (same canonical URL)" in r for (r,) in reasons)
    assert len(reasons) == 3
    (aid,) = query(warehouse, "select article_id from dim_articles")[0]
    assert query(warehouse, "select amount from fct_investments where article_id = ?", [aid]) == [(300e6,)]

    # the site corrects the cost on every variant of the page
    edited = [TALKS[0], TALKS[1].replace("300 million", "450 million"), TALKS[2]]
    for name, head in VARIANTS.items():
        (pages / name).write_text(talks_page(head, edited), encoding="utf-8")
    second = run_and_account(pages, warehouse)
    assert (second["loaded"], second["duplicate"]) == (1, 3)
    assert query(warehouse, "select version, version_count from dim_articles") == [(2, 2)]
    assert query(warehouse, "select count(*) from raw.articles where article_id = ?", [aid]) == [(2,)]
    # the marts show facts of the latest version only: the old amount is gone, not summed
    assert query(warehouse, "select amount from fct_investments where article_id = ?", [aid]) == [(450e6,)]
    assert query(warehouse, "select status, reason from audit_pages where source_ref like '%a-original.html'") == [
        ("loaded", "new version 2: content changed")]


# ---- idempotence and increments -----------------------------------------------------------------

NEW_ARTICLES = [
    ("Almaty", "Kazakhstan", "Kyrgyzstan", "a joint veterinary laboratory", "18"),
    ("Samarkand", "Uzbekistan", "Tajikistan", "a cross-border solar park", "95"),
    ("Osh", "Kyrgyzstan", "Uzbekistan", "a wholesale fruit market", "27"),
    ("Ashgabat", "Turkmenistan", "Kazakhstan", "a Caspian ferry terminal", "140"),
    ("Khujand", "Tajikistan", "Kazakhstan", "a textile training centre", "12"),
]


def new_article(i: int) -> str:
    """Return one invented English article page, different from the samples and from each other."""
    city, a, b, project, millions = NEW_ARTICLES[i]
    slug = project.replace(" ", "-").replace("a-", "", 1)
    paragraphs = [
        f"Ministers of {a} and {b} met in {city} on {i + 3} June and agreed to build {project}.",
        f"The project is valued at {millions} million US dollars; {a} contributes the land and {b} the equipment.",
        f"Officials said the first phase of {project} opens next spring, and a joint committee will report to "
        f"both governments every quarter.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html lang=\"en\"><head>"
            f"<title>{a} and {b} agree on {project}</title>"
            f"<link rel=\"canonical\" href=\"https://steppe-daily.example/en/2025/06/{i + 3:02d}/{slug}\">"
            "<meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"article:published_time\" content=\"2025-06-{i + 3:02d}T11:00:00+05:00\">"
            f"</head><body><article><h1>{a} and {b} agree on {project}</h1>{body}</article></body></html>")


@pytest.mark.slow
def test_a_second_run_changes_no_mart_and_adding_five_pages_and_editing_two_processes_exactly_those_seven(
        tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES / "pages", pages)
    warehouse = tmp_path / "w.duckdb"
    first = run_and_account(pages, warehouse)
    assert first["loaded"] == first["pages"] - first["not_article"] > 0
    hashes = mart_hashes(warehouse)
    articles_before = query(warehouse, "select count(*) from raw.articles")[0][0]
    extracted_before = set(query(warehouse, "select article_id, version from raw.extraction_log"))

    second = run_and_account(pages, warehouse)
    assert mart_hashes(warehouse) == hashes
    assert second["loaded"] == 0 and second["unchanged"] == first["loaded"]
    assert query(warehouse, "select count(*) from raw.articles")[0][0] == articles_before
    assert set(query(warehouse, "select article_id, version from raw.extraction_log")) == extracted_before

    added = []
    for i in range(5):
        page = pages / f"new-{i}.html"
        page.write_text(new_article(i), encoding="utf-8")
        added.append(str(page))
    edited = []
    for page in sorted(pages.glob("en-*.html"))[:2]:
        (body,) = query(warehouse, "select a.body from audit_pages p join raw.articles a using (article_id) "
                                   "where p.source_ref = ?", [str(page)])[0]
        sentence = body.split("\n\n")[1][:40]
        html = page.read_text(encoding="utf-8")
        assert sentence in html
        page.write_text(html.replace(sentence, "Updated on Friday. " + sentence, 1), encoding="utf-8")
        edited.append(str(page))
    third = run_and_account(pages, warehouse)
    assert (third["loaded"], third["unchanged"]) == (7, first["loaded"] - 2)
    assert {ref for (ref,) in query(warehouse, "select source_ref from audit_pages where status = 'loaded'")} == {
        *added, *edited}
    (run_id,) = query(warehouse, "select distinct run_id from audit_pages")[0]
    new_versions = query(warehouse, "select source_ref, version from raw.articles where run_id = ?", [run_id])
    assert sorted(new_versions) == sorted([(ref, 1) for ref in added] + [(ref, 2) for ref in edited])
    extracted = set(query(warehouse, "select article_id, version from raw.extraction_log")) - extracted_before
    assert extracted == set(query(warehouse, "select article_id, version from raw.articles where run_id = ?",
                                  [run_id]))
    assert query(warehouse, "select count(*) from dim_articles")[0][0] == first["loaded"] + 5
    changed = {m for m, h in mart_hashes(warehouse).items() if h != hashes[m]}
    assert "dim_articles" in changed and "fct_investments" in changed
