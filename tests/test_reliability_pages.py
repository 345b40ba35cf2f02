"""Hostile pages: every encoding decodes to the same text, and bad pages end with a reason, never a crash.

Scenarios 4 and 5 of the reliability issue, through the real pipeline: a loopback HTTP
server for charsets that only a header can declare, and `coopwatch run` on a folder.
"""
from __future__ import annotations

import codecs
import http.server
import random
import struct
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import duckdb
import pytest

from ingestion.articles import parse_batch
from ingestion.collect import collect
from ingestion.http import Fetcher, FetchPolicy
from ingestion.parse import MAX_PAGE_BYTES, decode
from ingestion.rawstore import RawStore
from ingestion.sources import Source
from tests.conftest import REPO, SAMPLES, SUMMARY, coopwatch
from warehouse import load
from warehouse.db import writer

# Tests fetch from their own loopback server, which the default policy refuses.
LOOPBACK_POLICY = FetchPolicy(per_host_interval=0.0, allowed_networks=("127.0.0.1/32",))
# An invented article, written only with characters that windows-1251 and KOI8-R both encode.
TITLE = "Ташкент и Бишкек договорились о совместном складе зерна"
PARAGRAPHS = [
    "Министры сельского хозяйства Узбекистана и Киргизии встретились в Ташкенте 14 апреля и обсудили "
    "строительство общего зернового склада на границе двух стран.",
    "Стороны подписали меморандум о создании совместного предприятия. Его уставной капитал составит "
    "12 млн долларов, а первая очередь склада вместит 40 тысяч тонн пшеницы и ячменя.",
    "Ещё одно соглашение касается ветеринарного контроля: лаборатории обеих стран будут признавать "
    "сертификаты друг друга, что сократит простой грузовиков на пунктах пропуска.",
    "Следующее заседание рабочей группы назначено на осень в Оше, где стороны подведут итоги ёмкого "
    "полугодия и утвердят график поставок.",
]
BODY = "\n\n".join(PARAGRAPHS)


def article_html(slug: str, head: str = "") -> str:
    """Return the invented article as an HTML page with its own canonical URL and extra <head> markup."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang=\"ru\"><head>{head}<title>{TITLE}</title>"
            f"<link rel=\"canonical\" href=\"https://encodings.example/ru/2025/04/14/{slug}\">"
            "<meta property=\"og:type\" content=\"article\">"
            "<meta property=\"article:published_time\" content=\"2025-04-14T16:20:00+05:00\">"
            "</head><body><nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a></nav>"
            f"<article><h1>{TITLE}</h1>{paragraphs}</article>"
            "<footer>Агентство новостей, 2025</footer></body></html>")


META_1251 = "<meta charset=\"windows-1251\">"
# (file name, bytes, expected encoding, expected way it was found), read from a folder: no HTTP header.
FOLDER_PAGES = [
    ("cp1251-meta.html", article_html("cp1251-meta", META_1251).encode("cp1251"), "cp1251", "meta"),
    ("cp1251-http-equiv.html", article_html("cp1251-http-equiv", "<meta http-equiv=\"Content-Type\" "
                                            "content=\"text/html; charset=windows-1251\">").encode("cp1251"),
     "cp1251", "meta"),
    ("cp1251-undeclared.html", article_html("cp1251-undeclared").encode("cp1251"), "cp1251", "detected"),
    ("koi8r-meta.html", article_html("koi8r-meta", "<meta charset=\"koi8-r\">").encode("koi8_r"), "koi8-r", "meta"),
    ("koi8r-undeclared.html", article_html("koi8r-undeclared").encode("koi8_r"), "koi8-r", "detected"),
    ("utf8-undeclared.html", article_html("utf8-undeclared").encode("utf-8"), "utf-8", "detected"),
    ("utf8-bom.html", codecs.BOM_UTF8 + article_html("utf8-bom").encode("utf-8"), "utf-8", "bom"),
    ("utf8-wrong-meta.html", article_html("utf8-wrong-meta", META_1251).encode("utf-8"), "utf-8", "detected"),
]
# (path, bytes, Content-Type header, expected encoding, expected way it was found), served over HTTP.
HTTP_PAGES = [
    ("/cp1251-header", article_html("cp1251-header").encode("cp1251"), "text/html; charset=windows-1251",
     "cp1251", "header"),
    ("/koi8r-header", article_html("koi8r-header").encode("koi8_r"), "text/html; charset=KOI8-R", "koi8-r", "header"),
    ("/bom-beats-header", codecs.BOM_UTF8 + article_html("bom-beats-header").encode("utf-8"),
     "text/html; charset=windows-1251", "utf-8", "bom"),
    ("/utf8-header", article_html("utf8-header").encode("utf-8"), "text/html; charset=utf-8", "utf-8", "header"),
    ("/wrong-utf8-header", article_html("wrong-utf8-header").encode("cp1251"), "text/html; charset=utf-8",
     "cp1251", "detected"),
]


class PageServer(http.server.BaseHTTPRequestHandler):
    """Serve fixed (bytes, Content-Type) pairs by path."""

    pages: dict[str, tuple[bytes, str]] = {}

    def do_GET(self):
        body, content_type = self.pages.get(self.path, (b"not found", "text/plain"))
        self.send_response(200 if self.path in self.pages else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    """Start a loopback server for a {path: (bytes, content type)} mapping; return its base URL."""
    servers = []

    def start(pages: dict[str, tuple[bytes, str]]) -> str:
        handler = type("Pages", (PageServer,), {"pages": pages})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def ingest_urls(urls: list[str], warehouse: Path, run_id: str = "run-1") -> duckdb.DuckDBPyConnection:
    """Fetch, store, parse and load pages exactly as the raw_pages and articles assets do."""
    store = RawStore(warehouse.with_name("raw"))
    with writer(warehouse) as con:
        rows = collect([Source("web", "urls", urls=tuple(urls))], run_id=run_id, store=store,
                       fetcher_factory=lambda: Fetcher(LOOPBACK_POLICY))
        load.record_fetch(con, rows)
        batch = parse_batch(load.fetch_batch(con, run_id), store)
        load.load_articles(con, run_id, batch.articles, batch.audit, batch.quarantine)
    return duckdb.connect(str(warehouse), read_only=True)


def test_charsets_declared_only_by_the_http_header_or_contradicted_by_a_bom_decode_to_the_original_text(
        serve, tmp_path):
    base = serve({path: (body, ctype) for path, body, ctype, _, _ in HTTP_PAGES})
    con = ingest_urls([base + path for path, *_ in HTTP_PAGES], tmp_path / "w.duckdb")
    stored = {row[0]: row[1:] for row in con.execute(
        "select p.source_ref, a.title, a.body, a.encoding, a.encoding_source from raw.page_audit p "
        "join raw.articles a using (article_id)").fetchall()}
    loaded = con.execute("select count(*) from raw.page_audit where status = 'loaded'").fetchone()[0]
    con.close()
    assert loaded == len(HTTP_PAGES)
    for path, _, _, encoding, how in HTTP_PAGES:
        title, body, got_encoding, got_how = stored[base + path]
        assert (title, body) == (TITLE, BODY), path
        assert (got_encoding, got_how) == (encoding, how), path


@pytest.mark.slow
def test_a_folder_of_pages_in_every_encoding_loads_the_same_text_and_records_how_each_was_decoded(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, data, _, _ in FOLDER_PAGES:
        (pages / name).write_bytes(data)
    warehouse = tmp_path / "w.duckdb"
    proc = coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))
    assert f"pages: {len(FOLDER_PAGES)}  loaded: {len(FOLDER_PAGES)}" in proc.stdout
    con = duckdb.connect(str(warehouse), read_only=True)
    stored = {Path(row[0]).name: row[1:] for row in con.execute(
        "select a.source_ref, a.title, a.body, a.encoding, a.encoding_source from raw.articles a").fetchall()}
    titles = {row[0] for row in con.execute("select title from dim_articles").fetchall()}
    assert titles == {TITLE}
    for name, _, encoding, how in FOLDER_PAGES:
        title, body, got_encoding, got_how = stored[name]
        assert (title, body) == (TITLE, BODY), name
        assert (got_encoding, got_how) == (encoding, how), name


@pytest.mark.parametrize("data, header, encoding, how", [
    *[(data, None, encoding, how) for _, data, encoding, how in FOLDER_PAGES],
    *[(data, ctype.split("charset=")[1], encoding, how) for _, data, ctype, encoding, how in HTTP_PAGES],
])
def test_every_encoding_case_decodes_to_the_utf8_original(data, header, encoding, how):
    decoded = decode(data, header)
    assert TITLE in decoded.text and all(p in decoded.text for p in PARAGRAPHS)
    assert (decoded.encoding, decoded.encoding_source) == (encoding, how)


def test_a_page_cut_off_inside_a_character_keeps_its_declared_encoding():
    whole = ("<meta charset='utf-8'><p>" + PARAGRAPHS[0]).encode("utf-8")
    data = whole[: whole.rindex("ра".encode()) + 1]  # the cut falls inside the two bytes of "р" in "стран"
    decoded = decode(data)
    assert (decoded.encoding, decoded.encoding_source) == ("utf-8", "meta")
    assert "\ufffd" not in decoded.text and decoded.text.endswith("ст")


def test_detection_of_undeclared_pages_is_confined_to_utf8_and_cyrillic_or_latin_code_pages():
    # unconfined, a detector reads this short windows-1251 line as mac_cyrillic
    line = "Переговоры президентов прошли в Ташкенте"
    for _ in range(3):  # and the same bytes always decode the same way
        assert (decode(line.encode("cp1251")).text, decode(line.encode("cp1251")).encoding) == (line, "cp1251")
    assert decode(line.encode("koi8_r")).text == line
    english = "Türkiye and Kazakhstan signed a €40 million loan."
    assert decode(english.encode("cp1252")).text == english


# ---- bad pages ---------------------------------------------------------------------------------

def png_bytes() -> bytes:
    """Return a real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def english_article(slug: str, body_html: str, date: str | None = "2025-06-02T09:00:00+05:00") -> str:
    published = f"<meta property=\"article:published_time\" content=\"{date}\">" if date else ""
    return (f"<html lang=\"en\"><head><title>Grain corridor talks</title>"
            f"<link rel=\"canonical\" href=\"https://bad-pages.example/{slug}\">{published}</head>"
            f"<body><article><h1>Grain corridor talks</h1>{body_html}</article></body></html>")


PARAGRAPHS_EN = ("<p>Officials of Kazakhstan and Tajikistan reviewed the grain corridor through Termez and agreed "
                 "on new rail tariffs for the coming season.</p>"
                 "<p>The railway companies will share one timetable, and customs posts will open around the clock "
                 "from the first of July.</p>"
                 "<p>A working group meets again in Dushanbe in September to count the first shipments.</p>")
GOOD_SAMPLES = ("en-uz-kz-council-2025-03.html", "ru-uz-kg-state-visit-2025-04.html",
                "ru-tj-uz-official-visit-2025-05-cp1251.html")


def bad_pages() -> dict[str, tuple[bytes, str, str]]:
    """Return {file name: (bytes, expected status, a word the reason must contain)}."""
    whole = (SAMPLES / "pages" / "ru-tm-uz-talks-2025-10.html").read_bytes()
    cut = whole.index(b"\xd0", len(whole) * 2 // 3) + 1  # inside the article and inside a two-byte character
    nav = "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(40))
    rng = random.Random(20250602)
    return {
        "empty.html": (b"", "not_article", "empty"),
        "blank.html": (b" \n\t\n", "not_article", "empty"),
        "picture.html": (png_bytes(), "not_article", "binary"),
        "noise.html": (bytes(rng.randrange(1, 256) for _ in range(64_000)), "not_article", "binary"),
        "truncated.html": (whole[:cut], "any", ""),
        "deep.html": (english_article("deep", "<div>" * 100_000 + PARAGRAPHS_EN + "</div>" * 100_000).encode(),
                      "quarantined", "nested"),
        "huge-text-node.html": (english_article("huge", "<p>" + "grain " * 1_700_000 + "</p>").encode(),
                                "quarantined", "too large"),
        "long-text-node.html": (english_article("long", "<p>" + "grain corridor " * 20_000 + "</p>").encode(),
                                "quarantined", "body"),
        "navigation.html": (f"<html><head><title>Sections</title></head><body><nav><ul>{nav}</ul></nav>"
                            "</body></html>".encode(), "not_article", "no article text"),
        "undated.html": (english_article("undated", PARAGRAPHS_EN, date=None).encode(), "quarantined",
                         "published_at"),
    }


def test_the_bad_pages_are_as_hostile_as_the_scenario_says():
    pages = bad_pages()
    assert len(pages["huge-text-node.html"][0]) > 10_000_000 > MAX_PAGE_BYTES
    assert pages["deep.html"][0].count(b"<div>") == 100_000
    assert b"\x00" not in pages["noise.html"][0]  # so it is the decoded text, not a NUL byte, that gives it away


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(bad_pages()))
def test_each_bad_page_is_decided_in_bounded_time_and_memory(name, tmp_path):
    page = tmp_path / name
    page.write_bytes(bad_pages()[name][0])
    script = ("import resource, sys\n"
              "from ingestion.parse import NotAnArticle, PageRefused, parse_page\n"
              "try:\n"
              "    parse_page(open(sys.argv[1], 'rb').read(), url=None)\n"
              "    outcome = 'article'\n"
              "except (NotAnArticle, PageRefused) as exc:\n"
              "    outcome = type(exc).__name__\n"
              "print(outcome, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    # a page that hangs the parser fails here through the timeout, one that explodes through the exit code
    proc = subprocess.run([sys.executable, "-c", script, str(page)], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    outcome, max_rss_kb = proc.stdout.split()
    assert outcome in ("article", "NotAnArticle", "PageRefused")
    assert int(max_rss_kb) < 1_000_000, f"{name} took {int(max_rss_kb) // 1024} MB to parse"


@pytest.mark.slow
def test_a_run_over_every_kind_of_bad_page_succeeds_and_gives_each_file_one_audit_row_with_a_reason(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in GOOD_SAMPLES:
        (pages / name).write_bytes((SAMPLES / "pages" / name).read_bytes())
    expected = bad_pages()
    for name, (data, _, _) in expected.items():
        (pages / name).write_bytes(data)
    warehouse = tmp_path / "w.duckdb"
    proc = coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse))

    con = duckdb.connect(str(warehouse), read_only=True)
    audit = con.execute("select source_ref, status, reason from audit_pages").fetchall()
    assert sorted(Path(ref).name for ref, _, _ in audit) == sorted([*GOOD_SAMPLES, *expected])
    by_name = {Path(ref).name: (status, reason) for ref, status, reason in audit}
    for name in GOOD_SAMPLES:
        assert by_name[name][0] == "loaded", (name, by_name[name])
    for name, (_, status, word) in expected.items():
        got_status, reason = by_name[name]
        assert got_status and reason, name
        assert got_status == status or status == "any", (name, got_status, reason)
        assert word.lower() in reason.lower(), (name, reason)
    quarantined = {Path(ref).name for (ref,) in con.execute("select source_ref from raw.quarantine").fetchall()}
    assert quarantined == {name for name, (status, _) in by_name.items() if status == "quarantined"}
    summary = SUMMARY.search(proc.stdout)
    pages_in, *buckets = map(int, summary.groups())
    assert pages_in == len(audit) == sum(buckets)
