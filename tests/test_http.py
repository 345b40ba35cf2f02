"""Exercise the fetcher against a real HTTP server on 127.0.0.1; nothing leaves the machine."""
from __future__ import annotations

import contextlib
import email.utils
import gzip
import socket
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from ingestion.http import Fetcher, FetchPolicy

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
# Tests wait for nothing by default; the spacing tests set their own interval. The test
# server's address is the one non-public address let through the SSRF guard.
LOOPBACK = ("127.0.0.1/32",)
FAST = FetchPolicy(per_host_interval=0.0, backoff_base=0.01, allowed_networks=LOOPBACK)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


class RecordingSleep:
    """Record requested sleeps but barely sleep, so backoff is observable and tests stay fast."""

    def __init__(self):
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        time.sleep(0)


@dataclass
class FakeTime:
    """A clock that moves only when the fetcher sleeps, so spacing is exact and instant."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1"):
        super().__init__((host, 0), Handler)
        self.routes: dict = {}
        self.hits: list[Hit] = []
        # Accepted TCP connections, so a test can show that a refused fetch never connected.
        self.connections = 0
        self.clock = time.monotonic
        self.port = self.server_address[1]
        self.base = f"http://{host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits_for(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == path]

    def verify_request(self, request, client_address):
        self.connections += 1
        return True

    def handle_error(self, request, client_address):
        # The fetcher hanging up mid-body is exactly what several tests provoke.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        path = urlsplit(self.path).path
        self.server.hits.append(Hit(path, {k.lower(): v for k, v in self.headers.items()}, self.server.clock()))
        route = self.server.routes.get(path)
        if route is None:
            reply(self, 404, b"not found", "text/plain")
        else:
            route(self)

    def log_message(self, format, *args):
        pass


def reply(handler, status, body=b"", content_type="text/html; charset=utf-8", headers=None):
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    if status != 304:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if status != 304:
        handler.wfile.write(body)


def respond_in_sequence(*responses):
    """Build a route that answers each request with the next (status, headers) pair, then repeats the last."""
    calls = iter(responses)
    last = [responses[-1]]

    def route(handler):
        status, headers = next(calls, last[0])
        reply(handler, status, b"<html>done</html>" if status == 200 else b"busy", headers=headers)

    return route


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)


@contextlib.contextmanager
def serving(srv: Server):
    """Serve srv on a thread for the duration of the block."""
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)


@pytest.fixture
def server():
    with serving(Server()) as srv:
        yield srv


@pytest.fixture
def make_fetcher():
    fetchers = []

    def make(policy=FAST, **kwargs):
        fetcher = Fetcher(policy, **kwargs)
        fetchers.append(fetcher)
        return fetcher

    yield make
    for fetcher in fetchers:
        fetcher.close()


def test_a_200_html_page_comes_back_with_its_charset_and_validators(server, make_fetcher):
    body = "<html><body>Саммит ШОС</body></html>".encode("windows-1251")
    server.routes["/news/1"] = lambda h: reply(h, 200, body, "text/html; charset=Windows-1251", {
        "ETag": '"abc"', "Last-Modified": "Wed, 21 Oct 2025 07:28:00 GMT", "X-Noise": "dropped"})

    result = make_fetcher().fetch(server.url("/news/1"))

    assert result.status == "ok"
    assert result.http_status == 200
    assert result.body == body
    assert result.content_type == "text/html"
    assert result.charset == "windows-1251"
    assert result.etag == '"abc"'
    assert result.last_modified == "Wed, 21 Oct 2025 07:28:00 GMT"
    assert result.headers["content-length"] == str(len(body))
    assert "x-noise" not in result.headers
    assert result.final_url == result.url == server.url("/news/1")
    assert result.attempts == 1
    assert result.reason is None
    assert result.fetched_at.tzinfo is UTC
    assert result.elapsed >= 0


def test_a_503_twice_then_200_succeeds_on_the_third_attempt_with_growing_backoff(server, make_fetcher):
    server.routes["/page"] = respond_in_sequence((503, {}), (503, {}), (200, {}))
    sleep = RecordingSleep()

    result = make_fetcher(sleep=sleep).fetch(server.url("/page"))

    assert result.status == "ok"
    assert result.attempts == 3
    assert len(server.hits_for("/page")) == 3
    assert len(sleep.calls) == 2
    assert sleep.calls[1] > sleep.calls[0]


def test_a_server_that_stays_at_503_fails_after_all_retries(server, make_fetcher):
    server.routes["/page"] = respond_in_sequence((503, {}))

    result = make_fetcher(replace(FAST, max_retries=2), sleep=RecordingSleep()).fetch(server.url("/page"))

    assert result.status == "fetch_failed"
    assert result.http_status == 503
    assert result.reason == "HTTP 503 after 3 attempts"
    assert len(server.hits_for("/page")) == 3


def test_a_429_with_retry_after_is_retried_after_the_given_delay(server, make_fetcher):
    server.routes["/page"] = respond_in_sequence((429, {"Retry-After": "1"}), (200, {}))
    sleep = RecordingSleep()

    result = make_fetcher(sleep=sleep).fetch(server.url("/page"))

    assert result.status == "ok"
    assert result.attempts == 2
    assert any(seconds >= 1 for seconds in sleep.calls)


def test_a_retry_after_given_as_an_http_date_is_honoured(server, make_fetcher):
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    server.routes["/page"] = respond_in_sequence((503, {"Retry-After": when}), (200, {}))
    sleep = RecordingSleep()

    result = make_fetcher(sleep=sleep).fetch(server.url("/page"))

    assert result.status == "ok"
    assert 3 <= max(sleep.calls) <= 5


def test_a_huge_retry_after_is_capped_by_the_policy(server, make_fetcher):
    server.routes["/page"] = respond_in_sequence((429, {"Retry-After": "86400"}), (200, {}))
    sleep = RecordingSleep()

    result = make_fetcher(replace(FAST, max_retry_after=2.0), sleep=sleep).fetch(server.url("/page"))

    assert result.status == "ok"
    assert max(sleep.calls) == pytest.approx(2.0)


def test_a_permanent_404_fails_at_once_without_retrying(server, make_fetcher):
    sleep = RecordingSleep()

    result = make_fetcher(sleep=sleep).fetch(server.url("/missing"))

    assert result.status == "fetch_failed"
    assert result.http_status == 404
    assert result.reason == "HTTP 404"
    assert result.attempts == 1
    assert result.body is None
    assert len(server.hits_for("/missing")) == 1
    assert sleep.calls == []


def test_a_path_disallowed_by_robots_is_skipped_and_never_requested(server, make_fetcher):
    server.routes["/robots.txt"] = lambda h: reply(h, 200, b"User-agent: *\nDisallow: /private\n", "text/plain")
    server.routes["/private/page"] = lambda h: reply(h, 200, b"<html>secret</html>")

    result = make_fetcher().fetch(server.url("/private/page"))

    assert result.status == "skipped_robots"
    assert result.reason == "disallowed by robots.txt"
    assert result.http_status is None
    assert result.attempts == 0
    assert server.hits_for("/private/page") == []


def test_robots_txt_is_fetched_once_per_host_and_matched_on_our_product_token(server, make_fetcher):
    robots = b"User-agent: coopwatch\nDisallow: /archive\n\nUser-agent: *\nDisallow: /\n"
    server.routes["/robots.txt"] = lambda h: reply(h, 200, robots, "text/plain")
    server.routes["/news"] = lambda h: reply(h, 200, b"<html>news</html>")
    fetcher = make_fetcher()

    first = fetcher.fetch(server.url("/news"))
    second = fetcher.fetch(server.url("/news"))
    archive = fetcher.fetch(server.url("/archive/2020"))

    assert (first.status, second.status, archive.status) == ("ok", "ok", "skipped_robots")
    assert len(server.hits_for("/robots.txt")) == 1


def test_a_robots_txt_server_error_is_treated_as_allow_all(server, make_fetcher):
    server.routes["/robots.txt"] = lambda h: reply(h, 500, b"oops", "text/plain")
    server.routes["/page"] = lambda h: reply(h, 200, b"<html>ok</html>")

    result = make_fetcher().fetch(server.url("/page"))

    assert result.status == "ok"


def test_a_second_fetch_with_the_etag_gets_not_modified(server, make_fetcher):
    validators = {"ETag": '"v1"', "Last-Modified": "Mon, 01 Dec 2025 10:00:00 GMT"}

    def page(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            reply(handler, 304, content_type=None, headers={"ETag": '"v1"'})
        else:
            reply(handler, 200, b"<html>v1</html>", headers=validators)

    server.routes["/page"] = page
    fetcher = make_fetcher()

    first = fetcher.fetch(server.url("/page"))
    second = fetcher.fetch(server.url("/page"), etag=first.etag, last_modified=first.last_modified)

    assert first.status == "ok"
    assert second.status == "not_modified"
    assert second.http_status == 304
    assert second.body is None
    assert second.etag == '"v1"'
    assert second.last_modified == "Mon, 01 Dec 2025 10:00:00 GMT"
    conditional = server.hits_for("/page")[1].headers
    assert conditional["if-none-match"] == '"v1"'
    assert conditional["if-modified-since"] == "Mon, 01 Dec 2025 10:00:00 GMT"


def test_a_streamed_body_larger_than_max_bytes_without_content_length_is_too_large(server, make_fetcher):
    def chunked(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        piece = b"x" * 4096
        for _ in range(64):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        handler.wfile.write(b"0\r\n\r\n")

    server.routes["/big"] = chunked

    result = make_fetcher(replace(FAST, max_bytes=10_000)).fetch(server.url("/big"))

    assert result.status == "too_large"
    assert result.reason == "body exceeds 10000 bytes"
    assert result.body is None
    assert "content-length" not in result.headers


def test_a_gzipped_body_is_decoded_and_capped_on_its_decoded_size(server, make_fetcher):
    html = b"<html>" + b"a" * 50_000 + b"</html>"
    server.routes["/gz"] = lambda h: reply(h, 200, gzip.compress(html), headers={"Content-Encoding": "gzip"})

    plain = make_fetcher().fetch(server.url("/gz"))
    capped = make_fetcher(replace(FAST, max_bytes=10_000)).fetch(server.url("/gz"))

    assert plain.status == "ok"
    assert plain.body == html
    assert plain.headers["content-encoding"] == "gzip"
    assert capped.status == "too_large"


def test_a_declared_content_length_over_max_bytes_is_refused_before_reading(server, make_fetcher):
    server.routes["/big"] = lambda h: reply(h, 200, b"x" * 20_000)

    result = make_fetcher(replace(FAST, max_bytes=10_000)).fetch(server.url("/big"))

    assert result.status == "too_large"
    assert result.reason == "body exceeds 10000 bytes (Content-Length 20000)"


def test_an_image_content_type_is_rejected(server, make_fetcher):
    server.routes["/logo.png"] = lambda h: reply(h, 200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")

    result = make_fetcher().fetch(server.url("/logo.png"))

    assert result.status == "bad_content_type"
    assert result.reason == "content-type image/png not accepted"
    assert result.content_type == "image/png"
    assert result.body is None


def test_a_trickling_server_is_cut_off_at_the_total_deadline(server, make_fetcher):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        for _ in range(100):  # 5 s in all, one byte at a time, each well inside the read timeout
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.05)

    server.routes["/slow"] = trickle
    started = time.monotonic()

    result = make_fetcher(replace(FAST, total_deadline=1.0)).fetch(server.url("/slow"))

    assert result.status == "fetch_failed"
    assert "deadline" in result.reason
    assert time.monotonic() - started < 2.5


def test_a_server_that_never_answers_fails_with_a_read_timeout(server, make_fetcher):
    server.routes["/stuck"] = lambda h: (time.sleep(1.0), reply(h, 200, b"late"))

    result = make_fetcher(replace(FAST, read_timeout=0.2, max_retries=0)).fetch(server.url("/stuck"))

    assert result.status == "fetch_failed"
    assert result.reason == "read timeout"
    assert result.http_status is None


def test_an_unreachable_host_returns_a_failure_instead_of_raising(make_fetcher):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleep = RecordingSleep()

    result = make_fetcher(replace(FAST, max_retries=1), sleep=sleep).fetch(f"http://127.0.0.1:{port}/page")

    assert result.status == "fetch_failed"
    assert result.reason.startswith("connection error")
    assert result.reason.endswith("after 2 attempts")
    assert result.attempts == 2


def test_two_fetches_to_the_same_host_are_spaced_by_the_per_host_interval(server, make_fetcher):
    fake = FakeTime()
    server.clock = fake.clock
    server.routes["/a"] = lambda h: reply(h, 200, b"<html>a</html>")
    server.routes["/b"] = lambda h: reply(h, 200, b"<html>b</html>")
    fetcher = make_fetcher(replace(FAST, per_host_interval=2.0), sleep=fake.sleep, clock=fake.clock)

    fetcher.fetch(server.url("/a"))
    fetcher.fetch(server.url("/b"))

    robots, a, b = server.hits
    assert [robots.path, a.path, b.path] == ["/robots.txt", "/a", "/b"]
    assert a.at - robots.at >= 2.0
    assert b.at - a.at >= 2.0
    assert fake.sleeps == [pytest.approx(2.0), pytest.approx(2.0)]


def test_a_crawl_delay_in_robots_txt_lengthens_the_spacing(server, make_fetcher):
    fake = FakeTime()
    server.clock = fake.clock
    server.routes["/robots.txt"] = lambda h: reply(h, 200, b"User-agent: *\nCrawl-delay: 3\n", "text/plain")
    server.routes["/a"] = lambda h: reply(h, 200, b"<html>a</html>")
    fetcher = make_fetcher(replace(FAST, per_host_interval=0.5), sleep=fake.sleep, clock=fake.clock)

    fetcher.fetch(server.url("/a"))
    fetcher.fetch(server.url("/a"))

    first, second = server.hits_for("/a")
    assert second.at - first.at >= 3.0


def test_redirects_are_followed_and_each_hop_is_checked_against_robots(server, make_fetcher):
    server.routes["/robots.txt"] = lambda h: reply(h, 200, b"User-agent: *\nDisallow: /private\n", "text/plain")
    server.routes["/old"] = lambda h: reply(h, 301, b"", headers={"Location": "/new"})
    server.routes["/new"] = lambda h: reply(h, 200, b"<html>new</html>")
    server.routes["/sneaky"] = lambda h: reply(h, 302, b"", headers={"Location": "/private/x"})
    fetcher = make_fetcher()

    moved = fetcher.fetch(server.url("/old"))
    sneaky = fetcher.fetch(server.url("/sneaky"))

    assert moved.status == "ok"
    assert moved.final_url == server.url("/new")
    assert moved.attempts == 2
    assert sneaky.status == "skipped_robots"
    assert sneaky.final_url == server.url("/private/x")
    assert server.hits_for("/private/x") == []


def test_a_redirect_loop_stops_at_max_redirects(server, make_fetcher):
    server.routes["/loop"] = lambda h: reply(h, 302, b"", headers={"Location": "/loop"})

    result = make_fetcher(replace(FAST, max_redirects=3)).fetch(server.url("/loop"))

    assert result.status == "fetch_failed"
    assert result.reason == "more than 3 redirects"
    assert len(server.hits_for("/loop")) == 4


def test_the_user_agent_identifies_coopwatch_on_every_request(server, make_fetcher):
    server.routes["/page"] = lambda h: reply(h, 200, b"<html>hi</html>")

    make_fetcher().fetch(server.url("/page"))

    assert [hit.path for hit in server.hits] == ["/robots.txt", "/page"]
    assert all("coopwatch" in hit.headers["user-agent"] for hit in server.hits)
