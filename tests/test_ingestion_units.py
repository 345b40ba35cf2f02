"""Small pure pieces of ingestion: sources config, URL identity, raw store, decoding."""
from __future__ import annotations

import codecs
import textwrap

import pytest

from ingestion.parse import NotAnArticle, decode, parse_page
from ingestion.rawstore import RawStore, sha256
from ingestion.sources import SourceConfigError, load_sources
from ingestion.urls import article_id, canonical_key


def write(tmp_path, text):
    path = tmp_path / "sources.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_sources_resolve_directories_relative_to_the_sources_file(tmp_path):
    (tmp_path / "pages").mkdir()
    sources = load_sources(write(tmp_path, """
        sources:
          - {name: local, kind: directory, path: pages}
          - {name: off, kind: rss, url: http://x.test/feed, enabled: false}
          - {name: list, kind: urls, urls: [http://x.test/a]}
    """))
    assert [(s.name, s.kind) for s in sources] == [("local", "directory"), ("list", "urls")]
    assert sources[0].path == (tmp_path / "pages").resolve()


@pytest.mark.parametrize("body, message", [
    ("sources:\n  - {name: a, kind: ftp, url: x}\n", "kind must be one of"),
    ("sources:\n  - {name: a, kind: rss}\n", "needs 'url'"),
    ("sources:\n  - {kind: rss, url: x}\n", "missing 'name'"),
    ("sources:\n  - {name: a, kind: urls, url: x}\n  - {name: a, kind: urls, urls: [x]}\n", "needs a non-empty"),
    ("sources:\n  - {name: a, kind: urls, urls: [x]}\n  - {name: a, kind: urls, urls: [y]}\n", "duplicate source"),
    ("nothing: here\n", "top-level 'sources:'"),
    ("sources:\n  - {name: a, kind: rss, url: x, max_pages: 0}\n", "max_pages must be a positive whole number, got 0"),
    ("sources:\n  - {name: a, kind: rss, url: x, max_pages: '50'}\n", "max_pages must be .*, got '50'"),
    ("sources:\n  - {name: a, kind: rss, url: x, max_pages: true}\n", "max_pages must be .*, got True"),
    ("sources:\n  - {name: a, kind: rss, url: x, max_page: 50}\n", "source 1 \\(a\\): unknown key 'max_page'"),
    ("sources:\n  - {name: a, kind: urls, urls: http://x.test/}\n", "needs a non-empty 'urls' list"),
])
def test_a_broken_sources_file_fails_with_a_reason(tmp_path, body, message):
    with pytest.raises(SourceConfigError, match=message):
        load_sources(write(tmp_path, body))


def test_the_bundled_sources_file_points_at_existing_sample_pages():
    sources = load_sources()
    assert sources and all(s.path.is_dir() for s in sources if s.kind == "directory")


def test_mobile_amp_and_tracking_variants_share_one_article_id():
    base = "https://news.example/2025/03/12/story"
    for variant in ("http://www.news.example/2025/03/12/story/", "https://m.news.example/2025/03/12/story",
                    "https://news.example/2025/03/12/story/amp", "https://news.example/2025/03/12/story?utm_source=tg",
                    "https://news.example/2025/03/12/story#comments"):
        assert article_id(variant) == article_id(base), variant
    assert article_id("https://news.example/2025/03/12/other") != article_id(base)


def test_meaningful_query_parameters_stay_in_the_identity():
    assert canonical_key("https://x.example/view?id=2&utm_medium=a") == "https://x.example/view?id=2"
    assert article_id("https://x.example/view?id=2") != article_id("https://x.example/view?id=3")


def test_the_raw_store_names_bytes_by_their_hash_and_stores_them_once(tmp_path):
    store = RawStore(tmp_path)
    digest = store.put(b"<html>one</html>")
    assert digest == sha256(b"<html>one</html>") and store.put(b"<html>one</html>") == digest
    assert store.get(digest) == b"<html>one</html>" and digest in store
    assert len([p for p in tmp_path.rglob("*") if p.is_file()]) == 1


def test_a_tampered_raw_object_is_refused(tmp_path):
    store = RawStore(tmp_path)
    digest = store.put(b"original")
    store.path(digest).write_bytes(b"changed")
    with pytest.raises(ValueError, match="corrupt"):
        store.get(digest)


RUSSIAN = "Переговоры президентов прошли в Ташкенте"


@pytest.mark.parametrize("data, header, expected_source", [
    (f'<meta charset="windows-1251"><p>{RUSSIAN}</p>'.encode("cp1251"), None, "meta"),
    (f"<p>{RUSSIAN}</p>".encode("cp1251"), "windows-1251", "header"),
    (f"<p>{RUSSIAN}</p>".encode("koi8_r"), "koi8-r", "header"),
    (codecs.BOM_UTF8 + f"<p>{RUSSIAN}</p>".encode(), "windows-1251", "bom"),
    (f"<p>{RUSSIAN}</p>".encode(), None, "detected"),
    (f"<p>{RUSSIAN}</p>".encode("cp1251"), None, "detected"),
])
def test_declared_and_undeclared_charsets_decode_to_the_same_text(data, header, expected_source):
    decoded = decode(data, header)
    assert RUSSIAN in decoded.text
    assert decoded.encoding_source == expected_source


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"<html><body><ul><li><a href='/a'>One</a></li></ul></body></html>", "no article text"),
    (b"<html><head><meta property='og:type' content='website'></head><body><p>"
     + b"word " * 200 + b"</p></body></html>", "not an article"),
])
def test_pages_without_an_article_say_why(data, reason):
    with pytest.raises(NotAnArticle, match=reason):
        parse_page(data, url="https://x.example/index")


def test_a_text_snapshot_yields_url_title_lead_dates_tags_and_body():
    body = "АСТАНА, 3 марта — Агентство. " + "Стороны обсудили сотрудничество в энергетике и транспорте. " * 6
    snapshot = "\n\n".join([
        "https://agency.example/20250303/talks-123.html", "Заголовок новости", "Заголовок новости", "Агентство",
        "Краткое описание встречи.", "2025-03-03T10:15+0500", "2025-03-03T10:15+0500", "2025-03-03T11:00+0500",
        "казахстан", "переговоры", "https://cdn.agency.example/img/1.jpg", body, "Второй абзац текста."])
    article = parse_page(snapshot.encode(), content_type="text/plain")
    assert article.url == "https://agency.example/20250303/talks-123.html"
    assert article.title == "Заголовок новости" and article.lead == "Краткое описание встречи."
    assert article.published_at.isoformat() == "2025-03-03T10:15:00+05:00"
    assert article.modified_at.isoformat() == "2025-03-03T11:00:00+05:00"
    assert article.tags == ["казахстан", "переговоры"]
    assert article.body.startswith("АСТАНА, 3 марта") and article.body.endswith("Второй абзац текста.")
    assert article.language == "ru"
