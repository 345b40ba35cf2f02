"""Hostile networks: HTTP faults, size and decompression bombs, and SSRF, against real loopback servers.

Every server here listens on 127.0.0.x, so nothing leaves the machine; the addresses
that must be refused are refused before any connection is opened, so they are never
contacted either.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import struct
import threading
import tracemalloc
import zlib
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
import requests
import yaml

from ingestion.collect import collect
from ingestion.rawstore import RawStore
from ingestion.sources import Source, SourceConfigError, load_fetch_policy, load_sources
from tests.conftest import SAMPLES, coopwatch, query
from tests.test_http import (  # noqa: F401 - fixtures are used by name
    FAST,
    LOOPBACK,
    RecordingSleep,
    Server,
    make_fetcher,
    no_proxies,
    reply,
    server,
    serving,
)

# The guard as shipped: no non-public address allowed at all.
GUARDED = replace(FAST, allowed_networks=())
HTML = b"<html><body><p>page</p></body></html>"
PIECE = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
FIFTY_MB = 50_000_000


def reset_connection(handler, partial: bytes = b"") -> None:
    """Send a partial response, then abort the TCP connection with an RST instead of a clean close."""
    if partial:
        handler.wfile.write(partial)
        handler.wfile.flush()
    handler.close_connection = True
    # Linger 0 turns close into an RST; rfile holds the socket open, so it goes first.
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.rfile.close()
    handler.connection.close()


PARTIAL_RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10000\r\n\r\n<html>"
                    + b"x" * 100)


def stream_forever(handler, state: dict, limit: int | None = None, declare: bool = False) -> None:
    """Answer 200 and write body pieces until `limit` bytes (or forever), recording how far it got."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    if declare:
        handler.send_header("Content-Length", str(limit))
    else:
        handler.send_header("Connection", "close")
        handler.close_connection = True
    handler.end_headers()
    state["sent"], state["completed"] = 0, False
    try:
        while limit is None or state["sent"] < limit:
            handler.wfile.write(PIECE)
            state["sent"] += len(PIECE)
        state["completed"] = True
    finally:
        state["done"].set()


def peak_memory_during(call):
    """Run call and return (its result, the peak bytes Python allocated meanwhile, all threads included)."""
    tracemalloc.start()
    try:
        result = call()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- Scenario 1: HTTP faults ---------------------------------------------------------------


def test_a_connection_reset_mid_body_is_retried_and_the_retry_succeeds(server, make_fetcher):
    calls = []

    def flaky(handler):
        calls.append(1)
        if len(calls) == 1:
            reset_connection(handler, PARTIAL_RESPONSE)
        else:
            reply(handler, 200, HTML)

    server.routes["/page"] = flaky
    sleep = RecordingSleep()

    result = make_fetcher(sleep=sleep).fetch(server.url("/page"))

    assert result.status == "ok"
    assert result.body == HTML
    assert result.attempts == 2
    assert len(sleep.calls) == 1


@pytest.mark.parametrize("partial", [b"", PARTIAL_RESPONSE], ids=["before-the-status-line", "mid-body"])
def test_a_connection_that_keeps_resetting_fails_after_all_retries_with_its_reason(server, make_fetcher, partial):
    server.routes["/page"] = lambda h: reset_connection(h, partial)

    result = make_fetcher(replace(FAST, max_retries=2), sleep=RecordingSleep()).fetch(server.url("/page"))

    assert result.status == "fetch_failed"
    assert result.reason.startswith("connection error")
    assert result.reason.endswith("after 3 attempts")
    assert result.body is None
    assert len(server.hits_for("/page")) == 3


def test_an_https_url_to_a_plain_http_port_fails_with_a_tls_error_and_is_not_retried(server, make_fetcher):
    server.routes["/page"] = lambda h: reply(h, 200, HTML)
    sleep = RecordingSleep()

    result = make_fetcher(sleep=sleep).fetch(f"https://127.0.0.1:{server.port}/page")

    assert result.status == "fetch_failed"
    assert result.reason.startswith("TLS error")
    assert result.attempts == 1
    assert sleep.calls == []
    assert server.hits == []


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no trust store knows, and its key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    folder = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    return folder / "cert.pem", folder / "key.pem"


def test_a_self_signed_certificate_is_refused_and_never_retried_without_verification(self_signed, make_fetcher):
    cert, key = self_signed
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv = Server()
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    srv.routes["/page"] = lambda h: reply(h, 200, HTML)
    url = f"https://127.0.0.1:{srv.port}/page"
    with serving(srv):
        sleep = RecordingSleep()
        refused = make_fetcher(sleep=sleep).fetch(url)
        requests_before_trusting = list(srv.hits)
        # The same server is fine once its certificate is trusted: the refusal is the verification's.
        trusting = requests.Session()
        trusting.verify = str(cert)
        trusting.trust_env = False  # else REQUESTS_CA_BUNDLE, set on this machine, overrides verify
        trusted = make_fetcher(session=trusting).fetch(url)
        trusting.close()

    assert refused.status == "fetch_failed"
    assert refused.reason.startswith("TLS error") and "certificate verify failed" in refused.reason
    assert refused.attempts == 1
    assert sleep.calls == []
    # An insecure retry would have completed the handshake and sent a request.
    assert requests_before_trusting == []
    assert trusted.status == "ok" and trusted.body == HTML


def test_an_endless_body_is_cut_off_at_max_bytes(server, make_fetcher):
    state = {"done": threading.Event()}
    server.routes["/endless"] = lambda h: stream_forever(h, state)

    result = make_fetcher(replace(FAST, max_bytes=300_000, total_deadline=30)).fetch(server.url("/endless"))

    assert result.status == "too_large"
    assert result.reason == "body exceeds 300000 bytes"
    assert result.body is None
    assert state["done"].wait(10), "the server kept writing after the fetcher hung up"
    assert not state["completed"]


# --- Scenario 2: size and decompression bombs ------------------------------------------------


@pytest.mark.parametrize("declare", [True, False], ids=["with-content-length", "without-content-length"])
def test_a_50_mb_body_is_refused_at_the_cap_with_memory_well_below_its_size(server, make_fetcher, declare):
    state = {"done": threading.Event()}
    server.routes["/big"] = lambda h: stream_forever(h, state, limit=FIFTY_MB, declare=declare)
    fetcher = make_fetcher(replace(FAST, max_bytes=5_000_000))

    result, peak = peak_memory_during(lambda: fetcher.fetch(server.url("/big")))

    assert result.status == "too_large"
    expected = "body exceeds 5000000 bytes" + (" (Content-Length 50000000)" if declare else "")
    assert result.reason == expected
    assert result.body is None
    assert peak < 15_000_000, f"peak {peak} bytes for a 5 MB cap"
    assert state["done"].wait(10)
    assert not state["completed"], "the whole 50 MB went out although the fetcher gave up"


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """1 GiB of zeros gzip-compressed to about 1 MB, built by streaming 1 MiB blocks through zlib."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip container
    zeros = bytes(1 << 20)
    parts = [compressor.compress(zeros) for _ in range(1024)]
    parts.append(compressor.flush())
    bomb = b"".join(parts)
    assert len(bomb) < 2_000_000
    assert int.from_bytes(bomb[-4:], "little") == 1 << 30  # the gzip trailer's decompressed size
    return bomb


@pytest.mark.parametrize("declare", [True, False], ids=["with-content-length", "without-content-length"])
def test_a_gzip_bomb_is_aborted_at_the_decompressed_cap_with_bounded_memory(server, make_fetcher, gzip_bomb,
                                                                             declare):
    def bomb(handler):
        if declare:
            reply(handler, 200, gzip_bomb, headers={"Content-Encoding": "gzip"})
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Connection", "close")
        handler.close_connection = True
        handler.end_headers()
        handler.wfile.write(gzip_bomb)

    server.routes["/bomb"] = bomb
    fetcher = make_fetcher(replace(FAST, max_bytes=5_000_000))

    result, peak = peak_memory_during(lambda: fetcher.fetch(server.url("/bomb")))

    assert result.status == "too_large"
    assert result.reason == "body exceeds 5000000 bytes"
    assert result.body is None
    # A decoder that inflated whole reads would need hundreds of MB; streaming needs the cap plus a chunk.
    assert peak < 20_000_000, f"peak {peak} bytes while inflating a 1 GiB bomb under a 5 MB cap"


# --- Scenario 3: SSRF -------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "2130706433", "0x7f000001", "0177.0.0.1", "127.1", "017700000001",
                                  "[::ffff:127.0.0.1]", "localhost", "0.0.0.0"])
def test_the_loopback_server_in_any_spelling_is_refused_without_a_connection(server, make_fetcher, host):
    server.routes["/page"] = lambda h: reply(h, 200, HTML)

    result = make_fetcher(GUARDED).fetch(f"http://{host}:{server.port}/page")

    assert result.status == "blocked_address"
    assert result.reason.startswith("blocked address: ")
    assert "loopback address" in result.reason or "unspecified address" in result.reason
    assert (result.attempts, result.http_status, result.body) == (0, None, None)
    assert server.connections == 0


def test_the_same_loopback_server_is_fetched_once_the_policy_allows_its_address(server, make_fetcher):
    server.routes["/page"] = lambda h: reply(h, 200, HTML)

    refused = make_fetcher(GUARDED).fetch(server.url("/page"))
    allowed = make_fetcher(replace(GUARDED, allowed_networks=LOOPBACK)).fetch(server.url("/page"))
    opened = make_fetcher(replace(GUARDED, allow_private_addresses=True)).fetch(server.url("/page"))

    assert (refused.status, allowed.status, opened.status) == ("blocked_address", "ok", "ok")
    assert server.connections >= 2


@pytest.mark.parametrize("host, kind", [
    ("10.0.0.1", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "non-public"), ("224.0.0.1", "multicast"),
    ("[::1]", "loopback"), ("[fe80::1]", "link-local"), ("[fd00::1]", "private"),
    ("[::ffff:10.0.0.1]", "private"), ("[::ffff:169.254.169.254]", "link-local"),
    ("[64:ff9b::a9fe:a9fe]", "link-local"), ("[2002:a9fe:a9fe::]", "link-local"),
])
def test_private_link_local_and_wrapped_addresses_are_refused_before_any_request(make_fetcher, host, kind):
    # FAST allows 127.0.0.1/32 only: the allowance is that narrow.
    result = make_fetcher(FAST).fetch(f"http://{host}/latest/meta-data/")

    assert result.status == "blocked_address"
    assert f"{kind} address" in result.reason
    assert result.attempts == 0


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/secret", "http://2130706434:{port}/secret",
                                    "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin",
                                    "http://[::1]:{port}/secret"])
def test_a_redirect_from_an_allowed_host_into_a_private_address_is_refused(server, make_fetcher, target):
    with serving(Server("127.0.0.2")) as inner:
        inner.routes["/secret"] = lambda h: reply(h, 200, b"<html>secret</html>")
        location = target.format(port=inner.port)
        server.routes["/go"] = lambda h: reply(h, 302, b"", headers={"Location": location})

        result = make_fetcher(FAST).fetch(server.url("/go"))

        assert result.status == "blocked_address"
        assert result.final_url == location
        assert result.attempts == 1
        assert inner.connections == 0


def test_the_same_redirect_is_followed_when_its_target_network_is_allowed(server, make_fetcher):
    with serving(Server("127.0.0.2")) as inner:
        inner.routes["/secret"] = lambda h: reply(h, 200, b"<html>secret</html>")
        server.routes["/go"] = lambda h: reply(h, 302, b"", headers={"Location": inner.url("/secret")})

        result = make_fetcher(replace(FAST, allowed_networks=("127.0.0.1/32", "127.0.0.2/32"))).fetch(
            server.url("/go"))

        assert result.status == "ok" and result.body == b"<html>secret</html>"
        assert inner.connections >= 1


@pytest.mark.parametrize("allowed, expected", [(LOOPBACK, "ok"), (("127.0.0.0/30",), "skipped_robots")])
def test_a_robots_txt_redirect_into_a_private_address_is_refused_at_connect_time(server, make_fetcher, allowed,
                                                                                  expected):
    """robots.txt follows redirects inside requests, so only the guarded connection can stop this one."""
    with serving(Server("127.0.0.2")) as inner:
        inner.routes["/robots.txt"] = lambda h: reply(h, 200, b"User-agent: *\nDisallow: /\n", "text/plain")
        server.routes["/robots.txt"] = lambda h: reply(h, 302, b"", headers={"Location": inner.url("/robots.txt")})
        server.routes["/page"] = lambda h: reply(h, 200, HTML)

        result = make_fetcher(replace(FAST, allowed_networks=allowed)).fetch(server.url("/page"))

        assert result.status == expected
        assert (inner.connections == 0) == (expected == "ok")


def test_a_session_lent_to_a_guarded_fetcher_refuses_private_addresses_even_used_directly(server, make_fetcher):
    from ingestion.http import BlockedAddressError

    server.routes["/page"] = lambda h: reply(h, 200, HTML)
    session = requests.Session()
    make_fetcher(GUARDED, session=session)

    with pytest.raises(BlockedAddressError, match="localhost resolves to .*loopback"):
        session.get(f"http://localhost:{server.port}/page", timeout=5)
    session.close()

    assert server.connections == 0


def test_a_pinned_connection_keeps_the_host_name_in_the_host_header(server, make_fetcher):
    server.routes["/page"] = lambda h: reply(h, 200, HTML)

    result = make_fetcher(replace(FAST, allowed_networks=("127.0.0.1/32", "::1/128"))).fetch(
        f"http://localhost:{server.port}/page")

    assert result.status == "ok"
    assert server.hits_for("/page")[0].headers["host"] == f"localhost:{server.port}"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/_x",
                                 "http:///no-host"])
def test_only_http_and_https_urls_with_a_host_are_fetched(make_fetcher, url):
    result = make_fetcher(FAST).fetch(url)

    assert result.status == "fetch_failed"
    assert result.reason.startswith("unsupported URL")
    assert result.attempts == 0


def test_a_redirect_to_a_file_url_is_refused(server, make_fetcher):
    server.routes["/go"] = lambda h: reply(h, 302, b"", headers={"Location": "file:///etc/passwd"})

    result = make_fetcher(FAST).fetch(server.url("/go"))

    assert result.status == "fetch_failed" and result.reason.startswith("unsupported URL 'file:///etc/passwd'")


def test_feed_links_to_private_addresses_are_recorded_as_blocked_and_the_rest_is_fetched(server, make_fetcher,
                                                                                          tmp_path):
    links = [server.url("/a.html"), "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin"]
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            + "".join(f"<item><title>x</title><link>{link}</link></item>" for link in links)
            + "</channel></rss>").encode()
    server.routes["/feed.xml"] = lambda h: reply(h, 200, feed, "application/rss+xml")
    server.routes["/a.html"] = lambda h: reply(h, 200, HTML)

    rows = collect([Source("feed", "rss", url=server.url("/feed.xml"))], run_id="r1", store=RawStore(tmp_path),
                   fetcher_factory=lambda: make_fetcher(FAST))

    assert list(rows.status) == ["ok", "blocked_address", "blocked_address"]
    assert list(rows.source_ref) == links
    assert "169.254.169.254, a link-local address" in rows.reason[1]
    assert "10.0.0.1, a private address" in rows.reason[2]


# --- Configuring the guard -------------------------------------------------------------------


def test_fetch_options_in_the_sources_file_set_the_policy(tmp_path, monkeypatch):
    monkeypatch.delenv("COOPWATCH_ALLOW_PRIVATE_ADDRESSES", raising=False)
    path = tmp_path / "sources.yml"
    path.write_text("fetch:\n  allowed_networks: [127.0.0.1/32]\n  max_bytes: 1000\n  per_host_interval: 0\n"
                    "sources:\n  - {name: s, kind: urls, urls: ['http://127.0.0.1/']}\n")

    policy = load_fetch_policy(path)

    assert policy.allowed_networks == ("127.0.0.1/32",)
    assert (policy.max_bytes, policy.per_host_interval, policy.allow_private_addresses) == (1000, 0.0, False)
    assert load_fetch_policy(Path(__file__).parents[1] / "ingestion" / "sources.yml").allow_private_addresses is False


@pytest.mark.parametrize("fetch, message", [
    ("{max_byte: 10}", "unknown fetch option 'max_byte'"),
    ("{allowed_networks: [intranet]}", "'intranet' is not an IP network"),
    ("{allow_private_addresses: sometimes}", "must be bool"),
    ("{max_bytes: -5}", "must not be negative"),
    ("[1, 2]", "must be a mapping"),
])
def test_a_mistake_in_the_fetch_options_stops_the_run_before_anything_is_fetched(tmp_path, fetch, message):
    path = tmp_path / "sources.yml"
    path.write_text(f"fetch: {fetch}\nsources:\n  - {{name: s, kind: urls, urls: ['http://127.0.0.1/']}}\n")

    with pytest.raises(SourceConfigError, match=message):
        load_sources(path)


def test_the_environment_can_open_the_guard_for_an_intranet_crawl(tmp_path, monkeypatch):
    path = tmp_path / "sources.yml"
    path.write_text("sources:\n  - {name: s, kind: urls, urls: ['http://127.0.0.1/']}\n")

    monkeypatch.setenv("COOPWATCH_ALLOW_PRIVATE_ADDRESSES", "1")
    assert load_fetch_policy(path).allow_private_addresses is True
    monkeypatch.setenv("COOPWATCH_ALLOW_PRIVATE_ADDRESSES", "maybe")
    with pytest.raises(SourceConfigError, match="must be 1 or 0"):
        load_fetch_policy(path)


# --- Scenario 1 through the pipeline ----------------------------------------------------------


class Site:
    """A news site whose pages fail in several ways until it is fixed."""

    def __init__(self, srv: Server, pages: list[Path]):
        self.srv = srv
        self.fixed = False
        self.pages = {name: page.read_bytes() for name, page in zip(
            ("ok", "missing", "busy", "reset", "loop", "endless"), pages, strict=True)}
        for name in self.pages:
            srv.routes[f"/news/{name}.html"] = lambda h, name=name: self.answer(h, name)

    def answer(self, handler, name: str) -> None:
        if self.fixed or name == "ok":
            reply(handler, 200, self.pages[name])
        elif name == "missing":
            reply(handler, 404, b"not found", "text/plain")
        elif name == "busy":
            reply(handler, 503, b"busy", "text/plain", {"Retry-After": "0"})
        elif name == "reset":
            reset_connection(handler, PARTIAL_RESPONSE)
        elif name == "loop":
            reply(handler, 302, b"", headers={"Location": "/news/loop.html"})
        else:
            stream_forever(handler, {"done": threading.Event()})


def audit(warehouse: Path) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {ref: (status, reason) for ref, status, reason in
                con.execute("select source_ref, status, reason from audit_pages").fetchall()}
    finally:
        con.close()


@pytest.mark.slow
def test_failing_urls_are_audited_with_their_reasons_and_fetched_again_once_the_site_is_fixed(server, tmp_path):
    pages = sorted(p for p in (SAMPLES / "pages").glob("en-*.html"))[:6]
    site = Site(server, pages)
    urls = {name: server.url(f"/news/{name}.html") for name in site.pages}
    urls["tls"] = f"https://127.0.0.1:{server.port}/news/ok.html"
    urls["blocked"] = "http://169.254.169.254/latest/meta-data/"
    sources = tmp_path / "sources.yml"
    sources.write_text(yaml.safe_dump({
        "fetch": {"allowed_networks": ["127.0.0.1/32"], "per_host_interval": 0, "max_retries": 1,
                  "backoff_base": 0.05, "total_deadline": 30, "max_bytes": 1_000_000},
        "sources": [{"name": "site", "kind": "urls", "urls": list(urls.values())}]}))
    warehouse = tmp_path / "w.duckdb"
    no_proxy = {"NO_PROXY": "*", "no_proxy": "*"}

    coopwatch("run", "--sources", str(sources), "--warehouse", str(warehouse), env=no_proxy)

    first = audit(warehouse)
    assert set(first) == set(urls.values()), "every input URL has exactly one audit row"
    assert first[urls["ok"]][0] == "loaded"
    assert first[urls["missing"]] == ("fetch_failed", "HTTP 404")
    assert first[urls["busy"]] == ("fetch_failed", "HTTP 503 after 2 attempts")
    status, reason = first[urls["reset"]]
    assert status == "fetch_failed" and reason.startswith("connection error") and reason.endswith("after 2 attempts")
    assert first[urls["loop"]] == ("fetch_failed", "more than 5 redirects")
    assert first[urls["endless"]] == ("too_large", "body exceeds 1000000 bytes")
    status, reason = first[urls["tls"]]
    assert status == "fetch_failed" and reason.startswith("TLS error")
    status, reason = first[urls["blocked"]]
    assert status == "fetch_failed" and reason.startswith("blocked address: 169.254.169.254, a link-local address")
    assert query(warehouse, f"select status from raw.fetch_log where url = '{urls['blocked']}'") == [
        ("blocked_address",)]

    site.fixed = True
    coopwatch("run", "--sources", str(sources), "--warehouse", str(warehouse), env=no_proxy)

    second = audit(warehouse)
    assert set(second) == set(urls.values())
    for name in ("missing", "busy", "reset", "loop", "endless"):
        assert second[urls[name]] == ("loaded", "new article"), name
    assert second[urls["ok"]][0] == "unchanged"
    assert second[urls["tls"]][0] == "fetch_failed" and second[urls["blocked"]][0] == "fetch_failed"
    attempts = dict(query(warehouse, "select url, count(distinct run_id) from raw.fetch_log group by url"))
    assert all(attempts[url] == 2 for url in urls.values()), "every URL, failed or not, was fetched on both runs"
    assert query(warehouse, "select count(*) from dim_articles") == [(6,)]
