"""Fetch web pages politely and predictably over one HTTP session.

The crawler visits small news and government sites that we want to keep visiting:
it asks robots.txt first, spaces its requests per host, backs off when told to,
and bounds every fetch in time and size. Network trouble never raises; each URL
ends as a FetchResult whose status and reason can be stored and counted.

Unless the policy says otherwise, only public addresses are contacted: a URL (or a
redirect hop, or robots.txt) whose host is or resolves to a loopback, private,
link-local, multicast, reserved or otherwise non-global address ends as
"blocked_address" before any connection is made. The connection itself is pinned to
the addresses that were vetted, so a name that re-resolves to an internal address
between the check and the connect (DNS rebinding) is refused too. Through an HTTP
proxy the proxy resolves names, so there only the pre-connection check applies.

A Fetcher is not thread-safe (neither is requests.Session); use one per thread.
"""
from __future__ import annotations

import dataclasses
import email.utils
import ipaddress
import logging
import random
import socket
import time
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from urllib.parse import urljoin, urlsplit

import requests
import requests.adapters
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions
import urllib3.util.connection
from protego import Protego

log = logging.getLogger(__name__)

OK = "ok"
NOT_MODIFIED = "not_modified"
FETCH_FAILED = "fetch_failed"
SKIPPED_ROBOTS = "skipped_robots"
TOO_LARGE = "too_large"
BAD_CONTENT_TYPE = "bad_content_type"
BLOCKED_ADDRESS = "blocked_address"

DEFAULT_USER_AGENT = (
    "coopwatch/0.1 (+https://github.com/coopwatch/coopwatch; "
    "intergovernmental-cooperation research crawler)"
)

# Only these response headers are kept: they drive caching, decoding and debugging.
KEPT_HEADERS = (
    "content-type", "content-length", "etag", "last-modified", "retry-after", "date",
    "content-encoding",
)
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_CHUNK_SIZE = 64 * 1024
# RFC 9309 asks crawlers to parse at least 500 KiB; anything far beyond is not a real robots.txt.
_ROBOTS_MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """Hold the limits one crawl runs under.

    Frozen so a policy can be shared between fetchers and logged as the exact
    configuration a run used.
    """

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    # Seconds per URL from the first request, covering retries, redirects and the body.
    total_deadline: float = 60.0
    # Retries after the first attempt, so a URL gets at most max_retries + 1 attempts.
    max_retries: int = 3
    backoff_base: float = 0.5
    max_retry_after: float = 60.0
    per_host_interval: float = 1.0
    max_bytes: int = 5_000_000
    allowed_content_types: tuple[str, ...] = (
        "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
        "application/atom+xml", "application/xml", "text/xml",
    )
    respect_robots: bool = True
    max_redirects: int = 5
    # Off by default so a feed, a sitemap or a redirect cannot make the crawler reach
    # into the machine it runs on or its network (SSRF); tests and intranet crawls opt in.
    allow_private_addresses: bool = False
    # Networks (CIDR, or single addresses) allowed although not public, e.g. "127.0.0.1/32":
    # narrower than allow_private_addresses, so one test server is reachable and nothing else.
    allowed_networks: tuple[str, ...] = ()

    @classmethod
    def from_options(cls, options: Mapping[str, object]) -> FetchPolicy:
        """Build a policy from plain options (a YAML mapping), refusing unknown names and wrong types.

        A misspelt limit silently falling back to its default would be worse than a
        run that does not start, so every value is checked here with a clear message.
        """
        hints = typing.get_type_hints(cls)
        known = {f.name for f in dataclasses.fields(cls)}
        values: dict[str, object] = {}
        for name, value in options.items():
            if name not in known:
                raise ValueError(f"unknown fetch option {name!r}; known: {', '.join(sorted(known))}")
            values[name] = _option_value(name, value, hints[name])
        policy = cls(**values)
        AddressGuard.from_policy(policy)  # fails on a malformed network now, not at the first fetch
        return policy


class BlockedAddressError(Exception):
    """A connection refused because its address is not one the fetch policy allows.

    Deliberately not an OSError: urllib3 and requests wrap and retry OSErrors, and a
    refusal must reach the fetcher unchanged and never be retried.
    """


_Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_Address = ipaddress.IPv4Address | ipaddress.IPv6Address
# RFC 6052's well-known NAT64 prefix: the last 32 bits are the IPv4 address reached.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class AddressGuard:
    """Decide which IP addresses a fetcher may connect to (the SSRF guard).

    Kept apart from the Fetcher so the same decision is made before a request (for a
    clear FetchResult) and again inside the connection (against DNS rebinding).
    """

    allow_private: bool = False
    allowed_networks: tuple[_Network, ...] = ()

    @classmethod
    def from_policy(cls, policy: FetchPolicy) -> AddressGuard:
        networks = []
        for text in policy.allowed_networks:
            try:
                networks.append(ipaddress.ip_network(str(text).strip(), strict=False))
            except ValueError as exc:
                raise ValueError(f"allowed_networks: {text!r} is not an IP network ({exc})") from None
        return cls(policy.allow_private_addresses, tuple(networks))

    @property
    def active(self) -> bool:
        return not self.allow_private

    def refusal(self, address: str) -> str | None:
        """Say why an IP address may not be contacted ("127.0.0.1, a loopback address"), or None if it may.

        An IPv6 address that carries an IPv4 one (::ffff:a.b.c.d, 6to4, NAT64) is judged
        by the IPv4 address its packets end up at.
        """
        if not self.active:
            return None
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        embedded = _embedded_ipv4(ip)
        target = ip if embedded is None else embedded
        if any(target in network for network in self.allowed_networks):
            return None
        kind = _non_public_kind(target)
        if kind is None:
            return None
        shown = f"{ip} (that is {target})" if target is not ip else str(ip)
        article = "an" if kind[0] in "aeiou" else "a"
        return f"{shown}, {article} {kind} address"

    def vetted_addresses(self, host: str, port: int) -> list[tuple]:
        """Resolve a host and return its addresses, or raise BlockedAddressError if any is refused.

        Every address must pass, not just the first: the connection may use any of
        them, and a name listing one public and one internal address is an attack.
        getaddrinfo also turns numeric forms such as 2130706433, 0x7f000001, 0177.0.0.1
        and 127.1 into the address they mean, so those are judged like 127.0.0.1.
        """
        host = host.strip("[]")
        # An IP literal is judged as written, so a refused IPv6 literal is refused even where IPv6 is off.
        why = self.refusal(host) if _is_ip_literal(host) else None
        if why is not None:
            raise _blocked(why)
        infos = socket.getaddrinfo(host, port, urllib3.util.connection.allowed_gai_family(), socket.SOCK_STREAM)
        for *_, sockaddr in infos:
            why = self.refusal(sockaddr[0])
            if why is not None:
                raise _blocked(why if _same_address(host, sockaddr[0]) else f"{host} resolves to {why}")
        return infos


def _blocked(where: str) -> BlockedAddressError:
    return BlockedAddressError(f"blocked address: {where}; only public addresses are fetched "
                               "unless the fetch policy allows it (allowed_networks)")


def _embedded_ipv4(ip: _Address) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address an IPv4-mapped, 6to4 or NAT64 IPv6 address stands for."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _non_public_kind(ip: _Address) -> str | None:
    """Name the kind of a non-public address, or None for a globally routable one.

    is_global alone is not enough: Python counts multicast as global.
    """
    for kind, flag in (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback),
                       ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
                       ("private", ip.is_private), ("reserved", ip.is_reserved)):
        if flag:
            return kind
    return None if ip.is_global else "non-public"


def _is_ip_literal(host: str) -> bool:
    """Tell whether host is an IP address in standard notation (an IPv6 scope id allowed)."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _same_address(host: str, address: str) -> bool:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]) == ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False


class _GuardedConnection:
    """Connect only to addresses the guard vetted in the same breath (mixed into urllib3 connections).

    Resolving and vetting inside _new_conn, then connecting to those very addresses,
    leaves no window for a name to re-resolve elsewhere. The hostname stays the
    connection's host, so the Host header, SNI and certificate checks are unchanged.
    """

    guard: AddressGuard

    def _new_conn(self):
        try:
            infos = self.guard.vetted_addresses(self._dns_host, self.port)
        except socket.gaierror as exc:
            raise urllib3.exceptions.NameResolutionError(self.host, self, exc) from exc
        hostname, failure = self._dns_host, None
        for *_, sockaddr in infos:
            self._dns_host = sockaddr[0]
            try:
                return super()._new_conn()
            except (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError) as exc:
                failure = exc
            finally:
                self._dns_host = hostname
        if failure is None:
            raise urllib3.exceptions.NewConnectionError(self, f"no address found for {hostname}")
        raise failure


class _GuardedAdapter(requests.adapters.HTTPAdapter):
    """A requests adapter whose direct connections all go through the AddressGuard.

    Proxied requests use requests' proxy managers and are not covered: a proxy
    resolves names itself, so only the fetcher's check before each request applies.
    """

    def __init__(self, guard: AddressGuard, **kwargs):
        self._guard = guard
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        extra = {"guard": self._guard}
        http = type("GuardedHTTPConnection", (_GuardedConnection, urllib3.connection.HTTPConnection), extra)
        https = type("GuardedHTTPSConnection", (_GuardedConnection, urllib3.connection.HTTPSConnection), extra)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("GuardedHTTPConnectionPool", (urllib3.connectionpool.HTTPConnectionPool,),
                         {"ConnectionCls": http}),
            "https": type("GuardedHTTPSConnectionPool", (urllib3.connectionpool.HTTPSConnectionPool,),
                          {"ConnectionCls": https}),
        }


@dataclass
class FetchResult:
    """Describe how one fetch ended, successful or not.

    Every outcome, including failures, is a value rather than an exception so that the
    pipeline can persist it and report why a page is missing.
    """

    url: str
    final_url: str
    status: str
    http_status: int | None = None
    body: bytes | None = None
    # The bare media type, lowercased ("text/html"); the raw header is in headers.
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime | None = None
    elapsed: float = 0.0
    # HTTP requests sent for this URL, counting retries and redirect hops but not robots.txt.
    attempts: int = 0
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == OK


class _Abort(Exception):
    """End a fetch early with a final status; raised deep, turned into a FetchResult once."""

    def __init__(self, status: str, reason: str, response: requests.Response | None = None):
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.response = response


@dataclass
class _Run:
    """Track one fetch() call across redirect hops and retries."""

    url: str
    final_url: str
    started: float
    deadline: float | None = None
    attempts: int = 0


class Fetcher:
    """Fetch URLs under a FetchPolicy, remembering robots.txt and request times per host.

    The memory is what makes the crawler polite across many URLs of the same site, so
    one Fetcher should serve a whole crawl run. Unless the policy allows private
    addresses, the fetcher mounts its address-guarding adapter on the session, a
    caller-supplied one included, so no request of it can bypass the guard.
    """

    def __init__(
        self,
        policy: FetchPolicy = FetchPolicy(),
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.policy = policy
        # A caller-supplied session stays the caller's to close.
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        self._guard = AddressGuard.from_policy(policy)
        if self._guard.active:
            adapter = _GuardedAdapter(self._guard)
            self._session.mount("http://", adapter)
            self._session.mount("https://", adapter)
        self._sleep = sleep
        self._clock = clock
        # robots.txt groups are matched on the product token, not the whole header, so a
        # site's "User-agent: crawler" group does not catch us by accident.
        self._agent_token = policy.user_agent.split()[0].split("/")[0] if policy.user_agent.strip() else "*"
        self._robots: dict[str, Protego | None] = {}
        self._crawl_delay: dict[str, float] = {}
        self._last_request: dict[str, float] = {}
        self._accepted_types = frozenset(t.lower() for t in policy.allowed_content_types)
        self._headers = {
            "User-Agent": policy.user_agent,
            "Accept": ", ".join(policy.allowed_content_types) + ", */*;q=0.1",
        }

    def close(self) -> None:
        """Release pooled connections, if the session is ours."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """Fetch one URL, conditionally if validators from an earlier fetch are given.

        Sending validators lets unchanged pages come back as a bodiless 304, which is
        cheaper for the site and for us.
        """
        run = _Run(url=url, final_url=url, started=self._clock())
        headers = dict(self._headers)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            response, body = self._follow(run, headers)
        except _Abort as abort:
            return self._result(run, abort.status, abort.response, reason=abort.reason,
                                etag=etag, last_modified=last_modified)
        if response.status_code == 304:
            return self._result(run, NOT_MODIFIED, response, reason="not modified since the given validators",
                                etag=etag, last_modified=last_modified)
        if 200 <= response.status_code < 300:
            return self._result(run, OK, response, body=body)
        return self._result(run, FETCH_FAILED, response, reason=f"HTTP {response.status_code}",
                            etag=etag, last_modified=last_modified)

    def _follow(self, run: _Run, headers: dict[str, str]) -> tuple[requests.Response, bytes | None]:
        """Request the URL and follow redirects by hand.

        Following by hand lets every hop pass the robots check and the per-host spacing
        of the host it lands on, which requests' automatic redirects would skip.
        """
        current = run.url
        for _ in range(self.policy.max_redirects + 1):
            run.final_url = current
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise _Abort(FETCH_FAILED, f"unsupported URL {current!r}: only http(s) URLs with a host")
            # Before robots.txt, so a refused host gets no request at all, not even for its rules.
            self._check_address(current)
            if not self._allowed_by_robots(current):
                raise _Abort(SKIPPED_ROBOTS, "disallowed by robots.txt")
            response, body = self._get_with_retries(run, current, headers)
            if response.status_code not in _REDIRECT_CODES:
                return response, body
            location = response.headers.get("Location")
            if not location:
                raise _Abort(FETCH_FAILED, f"HTTP {response.status_code} redirect without a Location header",
                             response)
            current = urljoin(current, location.strip())
        raise _Abort(FETCH_FAILED, f"more than {self.policy.max_redirects} redirects")

    def _check_address(self, url: str) -> None:
        """Refuse a hop whose host is, or resolves to, an address the policy does not allow.

        A name that does not resolve is left to the request itself, which reports it as
        the (retryable) connection error it has always been.
        """
        if not self._guard.active:
            return
        parts = urlsplit(url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise _Abort(FETCH_FAILED, f"invalid URL {url!r}: bad port") from None
        try:
            self._guard.vetted_addresses(parts.hostname or "", port)
        except BlockedAddressError as exc:
            raise _Abort(BLOCKED_ADDRESS, str(exc)) from None
        except (OSError, UnicodeError):
            return

    def _get_with_retries(
        self, run: _Run, url: str, headers: dict[str, str]
    ) -> tuple[requests.Response, bytes | None]:
        """Send one GET, retrying transient failures with backoff inside the deadline.

        429, 5xx, timeouts and dropped connections are usually momentary on small
        sites; anything else will not improve by asking again.
        """
        policy = self.policy
        tries = 0
        problem = "no attempt made"
        while True:
            self._wait_for_host(url)
            if run.deadline is None:
                # The clock starts after the first politeness wait: waiting for our own
                # spacing says nothing about how slow the site is.
                run.deadline = self._clock() + policy.total_deadline
            remaining = run.deadline - self._clock()
            if remaining <= 0:
                raise _Abort(FETCH_FAILED, f"total deadline of {policy.total_deadline:g}s exceeded "
                                           f"before the next attempt (last: {problem})")
            tries += 1
            run.attempts += 1
            response = None
            try:
                response = self._session.get(
                    url, headers=headers, stream=True, allow_redirects=False,
                    timeout=(min(policy.connect_timeout, remaining), min(policy.read_timeout, remaining)),
                )
                if not _is_retryable_status(response.status_code):
                    body = self._accept_body(response, run) if 200 <= response.status_code < 300 else None
                    return response, body
                problem, retryable = f"HTTP {response.status_code}", True
            except BlockedAddressError as exc:
                # The name passed the check before the request but not at connect time.
                raise _Abort(BLOCKED_ADDRESS, str(exc)) from None
            except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
                problem, retryable = _describe_exception(exc)
            finally:
                if response is not None:
                    # Error and redirect bodies are never read; closing frees the socket.
                    response.close()

            if not retryable or tries > policy.max_retries:
                raise _Abort(FETCH_FAILED, problem if tries == 1 else f"{problem} after {tries} attempts", response)
            delay = self._retry_delay(tries, response)
            if self._clock() + delay > run.deadline:
                raise _Abort(FETCH_FAILED,
                             f"{problem} after {tries} attempts; retrying in {delay:.1f}s would pass "
                             f"the total deadline of {policy.total_deadline:g}s", response)
            log.info("retrying %s in %.2fs after %s (attempt %d)", url, delay, problem, tries)
            self._sleep(delay)

    def _accept_body(self, response: requests.Response, run: _Run) -> bytes:
        """Check the type and size of a 2xx response, then stream its body.

        Checking headers first means an image or a huge file costs one response header,
        not a download.
        """
        media_type, _ = _parse_content_type(response.headers.get("Content-Type"))
        if media_type is None:
            raise _Abort(BAD_CONTENT_TYPE, "response has no content-type header", response)
        if media_type not in self._accepted_types:
            raise _Abort(BAD_CONTENT_TYPE, f"content-type {media_type} not accepted", response)
        assert run.deadline is not None
        return self._read_body(response, self.policy.max_bytes, run.deadline)

    def _read_body(self, response: requests.Response, limit: int, deadline: float) -> bytes:
        """Stream a body, aborting once it passes the byte limit or the deadline.

        Content-Length can be absent or wrong, so the limit is also counted on the
        decoded bytes as they arrive, which also defuses compression bombs.
        """
        declared = (response.headers.get("Content-Length") or "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise _Abort(TOO_LARGE, f"body exceeds {limit} bytes (Content-Length {declared})", response)
        body = bytearray()
        for chunk in _iter_body(response):
            body += chunk
            if len(body) > limit:
                raise _Abort(TOO_LARGE, f"body exceeds {limit} bytes", response)
            if self._clock() > deadline:
                raise _Abort(FETCH_FAILED,
                             f"total deadline of {self.policy.total_deadline:g}s exceeded while reading "
                             f"the body ({len(body)} bytes received)", response)
        return bytes(body)

    def _retry_delay(self, tries: int, response: requests.Response | None) -> float:
        """Pick the wait before the next attempt: exponential backoff, or longer if the server asks.

        Jitter keeps several crawlers (or several retried URLs) from knocking in step.
        """
        delay = self.policy.backoff_base * 2 ** (tries - 1)
        delay += random.uniform(0, delay * 0.1)
        if response is not None:
            asked = _retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                # Capped so one misconfigured header cannot park the crawl for hours.
                delay = max(delay, min(asked, self.policy.max_retry_after))
        return delay

    def _wait_for_host(self, url: str) -> None:
        """Sleep until this host may receive another request, then claim the slot.

        A robots.txt Crawl-delay can only lengthen the spacing, never shorten it.
        """
        host = _host_key(url)
        interval = max(self.policy.per_host_interval, self._crawl_delay.get(host, 0.0))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _allowed_by_robots(self, url: str) -> bool:
        """Tell whether robots.txt lets us fetch the URL, loading it once per origin."""
        if not self.policy.respect_robots:
            return True
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(url, self._agent_token)

    def _load_robots(self, origin: str) -> Protego | None:
        """Fetch and parse an origin's robots.txt; None means everything is allowed.

        A 4xx means the site has no rules for us (RFC 9309). A 5xx or an unreachable
        robots.txt would mean "disallow all" under RFC 9309, but we deliberately allow:
        the sites we crawl are public news and government pages whose robots.txt is
        often broken behind a CDN, a transient error would otherwise silently drop the
        whole site from a run, and the per-host spacing still keeps our load small.
        The decision is cached with the rest, so a broken robots.txt is asked once per run.
        """
        robots_url = origin + "/robots.txt"
        self._wait_for_host(robots_url)
        policy = self.policy
        try:
            response = self._session.get(
                robots_url, headers={"User-Agent": policy.user_agent}, stream=True, allow_redirects=True,
                timeout=(policy.connect_timeout, policy.read_timeout),
            )
        except BlockedAddressError as exc:
            # Only a redirect of robots.txt can get here; the page's own host passed the guard.
            log.warning("robots.txt at %s refused (%s); allowing all", robots_url, exc)
            return None
        except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
            log.warning("robots.txt at %s unreachable (%s); allowing all", robots_url, _describe_exception(exc)[0])
            return None
        try:
            if not 200 <= response.status_code < 300:
                log.info("robots.txt at %s answered HTTP %d; allowing all", robots_url, response.status_code)
                return None
            raw = self._read_body(response, _ROBOTS_MAX_BYTES, self._clock() + policy.total_deadline)
        except _Abort as abort:
            log.warning("robots.txt at %s unusable (%s); allowing all", robots_url, abort.reason)
            return None
        except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
            log.warning("robots.txt at %s unreadable (%s); allowing all", robots_url, _describe_exception(exc)[0])
            return None
        finally:
            response.close()
        try:
            rules = Protego.parse(raw.decode("utf-8", errors="replace"))
        except Exception as exc:  # noqa: BLE001 - a site's malformed file must not stop the crawl
            log.warning("robots.txt at %s could not be parsed (%s); allowing all", robots_url, exc)
            return None
        delay = rules.crawl_delay(self._agent_token)
        if delay:
            host = _host_key(origin)
            self._crawl_delay[host] = max(delay, self._crawl_delay.get(host, 0.0))
        return rules

    def _result(
        self,
        run: _Run,
        status: str,
        response: requests.Response | None,
        *,
        body: bytes | None = None,
        reason: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """Assemble the FetchResult from whatever the fetch got as far as.

        Validators fall back to the ones the caller sent, so a 304 without an ETag does
        not make the caller forget the ETag it already had.
        """
        headers: dict[str, str] = {}
        if response is not None:
            headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
        media_type, charset = _parse_content_type(headers.get("content-type"))
        return FetchResult(
            url=run.url,
            final_url=run.final_url,
            status=status,
            http_status=response.status_code if response is not None else None,
            body=body,
            content_type=media_type,
            charset=charset,
            etag=headers.get("etag", etag),
            last_modified=headers.get("last-modified", last_modified),
            headers=headers,
            fetched_at=datetime.now(UTC),
            elapsed=self._clock() - run.started,
            attempts=run.attempts,
            reason=reason,
        )


def _iter_body(response: requests.Response) -> Iterator[bytes]:
    """Yield decoded body bytes as soon as each network read returns.

    iter_content(n) blocks until n bytes have arrived, so a server trickling a byte at
    a time could hold it far past the deadline; read1 returns after a single read, so
    the deadline is checked at least once per read timeout.
    """
    read1 = getattr(response.raw, "read1", None)
    if read1 is None:
        yield from response.iter_content(_CHUNK_SIZE)
        return
    while True:
        chunk = read1(_CHUNK_SIZE, decode_content=True)
        if not chunk:
            return
        yield chunk


def _option_value(name: str, value: object, hint: object) -> object:
    """Check one fetch option against its FetchPolicy type, converting lists to tuples."""
    is_bool = isinstance(value, bool)
    if hint is bool and is_bool:
        return value
    if hint in (int, float) and isinstance(value, (int, float)) and not is_bool:
        if value < 0:
            raise ValueError(f"fetch option {name!r} must not be negative, got {value!r}")
        if hint is float or isinstance(value, int):
            return hint(value)
    if hint is str and isinstance(value, str):
        return value
    if typing.get_origin(hint) is tuple:
        items = [value] if isinstance(value, str) else value
        if isinstance(items, (list, tuple)) and all(isinstance(item, str) for item in items):
            return tuple(items)
    expected = "a list of strings" if typing.get_origin(hint) is tuple else getattr(hint, "__name__", str(hint))
    raise ValueError(f"fetch option {name!r} must be {expected}, got {value!r}")


def _is_retryable_status(code: int) -> bool:
    """Tell whether an HTTP status is worth asking again: throttling or a server fault."""
    return code == 429 or 500 <= code <= 599


def _describe_exception(exc: BaseException) -> tuple[str, bool]:
    """Name a network failure for humans and say whether it is worth retrying."""
    if isinstance(exc, (requests.ConnectTimeout, urllib3.exceptions.ConnectTimeoutError)):
        return "connect timeout", True
    if isinstance(exc, (requests.ReadTimeout, urllib3.exceptions.ReadTimeoutError)) or (
        # iter_content wraps a mid-body read timeout in a ConnectionError.
        isinstance(exc, requests.ConnectionError) and exc.args
        and isinstance(exc.args[0], urllib3.exceptions.ReadTimeoutError)
    ):
        return "read timeout", True
    if isinstance(exc, (requests.exceptions.SSLError, urllib3.exceptions.SSLError)):
        return f"TLS error: {_root_cause(exc)}", False
    if isinstance(exc, (requests.exceptions.ContentDecodingError, urllib3.exceptions.DecodeError)):
        return f"body could not be decoded: {_root_cause(exc)}", False
    if isinstance(exc, (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                        urllib3.exceptions.ProtocolError)):
        return f"connection error: {_root_cause(exc)}", True
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema, urllib3.exceptions.LocationValueError)):
        return f"invalid URL: {exc}", False
    return f"request failed: {_root_cause(exc)}", False


def _root_cause(exc: BaseException) -> str:
    """Dig out the innermost error, since requests wraps e.g. "Connection refused" three levels deep."""
    seen = {id(exc)}
    while True:
        inner = getattr(exc, "reason", None)
        if not isinstance(inner, BaseException):
            inner = exc.__cause__ or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None)
        if inner is None or id(inner) in seen:
            return str(exc) or type(exc).__name__
        seen.add(id(inner))
        exc = inner


def _retry_after_seconds(value: str | None) -> float | None:
    """Read a Retry-After header, given either as seconds or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """Split a Content-Type header into its lowercased media type and charset."""
    if not value or not value.strip():
        return None, None
    message = Message()
    message["content-type"] = value
    media_type = value.split(";", 1)[0].strip().lower() or None
    charset = message.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231 form: (charset, language, value)
        charset = charset[2]
    if not isinstance(charset, str) or not charset.strip():
        return media_type, None
    return media_type, charset.strip().lower()


def _origin(url: str) -> str:
    """Return scheme://host[:port], the scope a robots.txt applies to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _host_key(url: str) -> str:
    """Return host[:port], the unit of per-host spacing, shared by http and https."""
    return urlsplit(url).netloc.lower()
