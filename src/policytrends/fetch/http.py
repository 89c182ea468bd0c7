"""A polite HTTP client on the standard library: robots.txt, per-host delay, retries.

One request at a time: the crawler is sequential, and `PoliteClient` waits `delay`
seconds (or the host's robots.txt Crawl-delay, if longer) between two requests to the
same host; a Crawl-delay beyond `max_crawl_delay` leaves the host alone instead of
stalling the run. Redirects are followed by hand so that every hop is checked (scheme,
host and port, no https -> http downgrade, robots.txt) and counted against a limit. A
response must arrive whole within `deadline` seconds, however slowly its bytes trickle.
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

from ..errors import PolicytrendsError

try:
    _VERSION = version("policytrends")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    _VERSION = "0"
USER_AGENT = f"policytrends/{_VERSION} (research crawler; one request at a time)"
ROBOTS_TOKEN = "policytrends"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


class FetchError(PolicytrendsError):
    """A URL could not be fetched.

    Args:
        reason: short machine-readable reason ("robots", "off_domain", "timeout", ...).
        url: the URL concerned.
        detail: a sentence naming the problem.
    """

    def __init__(self, reason: str, url: str, detail: str) -> None:
        super().__init__(f"{url}: {detail}")
        self.reason = reason
        self.url = url
        self.detail = detail


@dataclass(frozen=True)
class ClientConfig:
    """Politeness and robustness settings; the defaults suit the publishers' sites.

    Attributes:
        delay: seconds between two requests to the same host.
        timeout: seconds to wait for a connection or for the next bytes of a response.
        deadline: seconds one whole response may take, however it trickles.
        retries: further attempts after a 429, a 5xx, a timeout or a broken response.
        backoff: first wait before a retry; doubled at each attempt.
        max_wait: longest wait before a retry; a longer Retry-After gives up the URL.
        max_redirects: redirects followed from one URL.
        max_bytes: largest response body accepted.
        max_crawl_delay: longest robots.txt Crawl-delay obeyed; a host asking for more
            is not fetched (raise this to obey it).
        user_agent: the User-Agent header (its first word is the robots.txt token).
        env_proxies: use the http(s)_proxy environment variables.
    """

    delay: float = 2.0
    timeout: float = 30.0
    deadline: float = 300.0
    retries: int = 4
    backoff: float = 2.0
    max_wait: float = 300.0
    max_redirects: int = 5
    max_bytes: int = 20 * 1024 * 1024
    max_crawl_delay: float = 60.0
    user_agent: str = USER_AGENT
    env_proxies: bool = True


@dataclass(frozen=True)
class Response:
    """A final (non-redirect) response. `body` is empty for 304 Not Modified."""

    url: str  # after redirects
    status: int
    headers: Mapping[str, str]
    body: bytes
    attempts: int = 1

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hands 3xx back to the caller, which checks each hop itself."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


@dataclass(frozen=True)
class _Robots:
    """A host's robots.txt rules, or a blanket answer when it has none or failed."""

    rules: urllib.robotparser.RobotFileParser | None = None
    allow: bool = True

    def can_fetch(self, url: str) -> bool:
        return self.rules.can_fetch(ROBOTS_TOKEN, url) if self.rules else self.allow


@dataclass
class _Host:
    last_request: float | None = None
    robots: _Robots | None = None
    crawl_delay: float = 0.0


@dataclass
class PoliteClient:
    """Sequential HTTP GETs restricted to some hosts, obeying their robots.txt.

    Args:
        hosts: host names the client may contact on the default ports (80, 443), or
            "host:port" for another port; anything else (another host, or another port
            of the same host) is refused, redirects included.
        config: politeness settings.
        sleep, clock: injected for tests.
    """

    hosts: Collection[str]
    config: ClientConfig = field(default_factory=ClientConfig)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    _hosts: dict[str, _Host] = field(default_factory=dict)

    def __post_init__(self) -> None:
        handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
        if not self.config.env_proxies:
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)
        self.hosts = {h.lower() for h in self.hosts}

    # -- checks ---------------------------------------------------------------
    def check_url(self, url: str) -> None:
        """Raise FetchError unless `url` is http(s) on an allowed host and port."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError("bad_scheme", url, f"refused: scheme {parts.scheme or '(none)'!r} "
                             "is not http or https")
        host = origin(url)
        if host not in self.hosts:
            raise FetchError("off_domain", url, f"refused: host {host or '(none)'!r} is not one "
                             f"of the source's hosts ({', '.join(sorted(self.hosts))})")

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets us fetch `url` (fetched once per host).

        Raises:
            FetchError: the host's Crawl-delay exceeds `max_crawl_delay` (every URL of it).
        """
        host = self._host(url)
        if host.robots is None:
            host.robots = self._load_robots(url, host)
        if host.crawl_delay > self.config.max_crawl_delay:
            raise FetchError(
                "crawl_delay", url, f"robots.txt asks for {host.crawl_delay:g} s between "
                f"requests, more than the {self.config.max_crawl_delay:g} s limit: the host "
                "is not fetched (--max-crawl-delay raises the limit)")
        return host.robots.can_fetch(url)

    # -- requests -------------------------------------------------------------
    def get(self, url: str, validators: Mapping[str, str] | None = None) -> Response:
        """GET `url`, following checked redirects, retrying transient failures.

        Args:
            url: an http(s) URL on one of the client's hosts.
            validators: {"etag": ..., "last_modified": ...} of a saved copy, sent as
                If-None-Match / If-Modified-Since so an unchanged page comes back as 304.

        Returns:
            The final Response (200, 304, or another non-retryable status).

        Raises:
            FetchError: refused URL, robots.txt disallow, redirect loop or limit,
                too large a body, or retries exhausted.
        """
        seen = [url]
        while True:
            self.check_url(url)
            if not self.allowed(url):
                raise FetchError("robots", url, "disallowed by robots.txt")
            resp = self._get_retrying(url, validators)
            if resp.status not in REDIRECT_STATUS:
                return resp
            location = resp.headers.get("location")
            if not location:
                raise FetchError("bad_redirect", url, f"HTTP {resp.status} without a Location")
            nxt = urljoin(url, location)
            if downgrades(url, nxt):
                raise FetchError("downgrade", url, f"refused: redirect from https to {nxt}")
            if nxt in seen:
                raise FetchError("redirect_loop", url, f"redirect loop back to {nxt}")
            if len(seen) > self.config.max_redirects:
                raise FetchError("too_many_redirects", seen[0],
                                 f"more than {self.config.max_redirects} redirects")
            seen.append(nxt)
            url = nxt
            validators = None  # validators belong to the first URL

    def _get_retrying(self, url: str, validators: Mapping[str, str] | None) -> Response:
        cfg = self.config
        attempt = 0
        while True:
            attempt += 1
            failure: str
            retry_after: float | None = None
            try:
                status, headers, body = self._request(url, validators)
            except _TooSlow as exc:
                failure = "slow_body"
                detail = (f"response not complete after {cfg.deadline:g} s ({exc.got} bytes "
                          "so far); --deadline raises the limit")
            except TimeoutError:
                failure = "timeout"
                detail = f"no response within {cfg.timeout:g} s"
            except (http.client.IncompleteRead, ConnectionError, http.client.HTTPException,
                    urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", None)
                if isinstance(reason, TimeoutError | socket.timeout):
                    failure, detail = "timeout", f"no response within {cfg.timeout:g} s"
                elif isinstance(exc, http.client.IncompleteRead):
                    failure = "truncated"
                    detail = (f"body cut short after {len(exc.partial)} bytes "
                              f"({exc.expected} more expected)")
                else:
                    failure, detail = "connection", f"{type(exc).__name__}: {reason or exc}"
            else:
                if status not in RETRY_STATUS:
                    return Response(url, status, headers, body, attempt)
                failure, detail = f"http_{status}", f"HTTP {status}"
                retry_after = parse_retry_after(headers.get("retry-after"))
            if attempt > cfg.retries or failure == "slow_body":
                raise FetchError(failure, url, f"{detail}; gave up after {attempt} attempts")
            wait = cfg.backoff * 2 ** (attempt - 1)
            if retry_after is not None:
                if retry_after > cfg.max_wait:
                    raise FetchError(failure, url, f"{detail}; Retry-After {retry_after:g} s "
                                     f"exceeds the {cfg.max_wait:g} s limit")
                wait = max(wait, retry_after)
            self.sleep(min(wait, cfg.max_wait))

    def _request(self, url: str, validators: Mapping[str, str] | None
                 ) -> tuple[int, dict[str, str], bytes]:
        cfg = self.config
        host = self._host(url)
        delay = max(cfg.delay, host.crawl_delay)
        if host.last_request is not None:
            left = host.last_request + delay - self.clock()
            if left > 0:
                self.sleep(left)
        headers = {"User-Agent": cfg.user_agent, "Accept-Encoding": "identity"}
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        req = urllib.request.Request(url, headers=headers, method="GET")
        self.requests += 1
        started = self.clock()
        try:
            try:
                resp = self._opener.open(req, timeout=cfg.timeout)
            except urllib.error.HTTPError as err:
                resp = err  # 3xx, 304, 4xx, 5xx: still a response with headers and body
            with resp:
                status = resp.status if resp.status is not None else resp.code
                hdrs = {k.lower(): v for k, v in resp.headers.items()}
                length = hdrs.get("content-length")
                if length and length.isdigit() and int(length) > cfg.max_bytes:
                    raise FetchError("too_large", url, f"Content-Length {length} exceeds "
                                     f"{cfg.max_bytes} bytes")
                body = _read_by(resp, cfg.max_bytes + 1, started + cfg.deadline, cfg.timeout,
                                self.clock)
                if len(body) > cfg.max_bytes:
                    raise FetchError("too_large", url, f"body exceeds {cfg.max_bytes} bytes")
                if length and length.isdigit() and len(body) < int(length):
                    # read(n) returns what arrived before the server closed the connection
                    raise http.client.IncompleteRead(body, int(length) - len(body))
        finally:
            host.last_request = self.clock()
        return status, hdrs, body

    # -- robots.txt -----------------------------------------------------------
    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        return self._hosts.setdefault(key, _Host())

    def _load_robots(self, url: str, host: _Host) -> _Robots:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            resp = self._get_retrying(robots_url, None)
        except FetchError:
            return _Robots(allow=False)  # cannot tell what is allowed: fetch nothing
        if resp.status == 200:
            rules = urllib.robotparser.RobotFileParser(robots_url)
            rules.parse(resp.body.decode("utf-8", errors="replace").splitlines())
            host.crawl_delay = float(rules.crawl_delay(ROBOTS_TOKEN) or 0)
            return _Robots(rules)
        # no robots.txt (404, 410, ...) allows everything; 401/403 and 5xx allow nothing
        return _Robots(allow=400 <= resp.status < 500 and resp.status not in (401, 403))


class _TooSlow(Exception):
    """The response's deadline passed with `got` bytes read."""

    def __init__(self, got: int) -> None:
        super().__init__(got)
        self.got = got


def _read_by(resp: object, limit: int, deadline: float, timeout: float,
             clock: Callable[[], float]) -> bytes:
    """Up to `limit` bytes of a response body, all of them before `deadline` (a clock time).

    Each read returns what has arrived (read1), and the socket waits no longer than the
    time left, so a server trickling a byte at a time cannot hold the run.
    """
    raw = getattr(resp, "fp", resp)  # an HTTPError wraps the http.client response
    read1 = getattr(raw, "read1", None)
    if read1 is None:  # pragma: no cover - every http.client response has read1
        return bytes(resp.read(limit))  # type: ignore[attr-defined]
    sock = getattr(getattr(getattr(raw, "fp", None), "raw", None), "_sock", None)
    chunks: list[bytes] = []
    got = 0
    while got < limit:
        left = deadline - clock()
        if left <= 0:
            raise _TooSlow(got)
        if sock is not None:
            sock.settimeout(max(0.01, min(timeout, left)))
        try:
            chunk = read1(min(65536, limit - got))
        except TimeoutError:
            if deadline - clock() <= 0:
                raise _TooSlow(got) from None
            raise
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def origin(url: str) -> str:
    """The host of `url` as the client's host list names it: "host", or "host:port" when
    the port is not the scheme's default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return f"{host}:(bad port)"
    if port is None or port == {"http": 80, "https": 443}.get(parts.scheme):
        return host
    return f"{host}:{port}"


def downgrades(from_url: str, to_url: str) -> bool:
    """Whether following `to_url` from `from_url` leaves https for plain http."""
    return (urlsplit(from_url).scheme.lower() == "https"
            and urlsplit(to_url).scheme.lower() == "http")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
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
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())
