"""The polite HTTP client and the fetch manifest, against a local test server.

`Site` (tests/local_site.py) serves one publisher's pages from tests/fixtures/site/<name>/
on 127.0.0.1, with faults attached to chosen paths.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from local_site import FAST, SITES, Fault, Site

from policytrends.fetch.http import (
    ClientConfig,
    FetchError,
    PoliteClient,
    Response,
    parse_retry_after,
)
from policytrends.fetch.manifest import (
    Manifest,
    atomic_write,
    remove_partials,
    resolve_inside,
    safe_relpath,
    url_digest,
)
from policytrends.fetched_folders import Entry, read_entries, saved_url


@pytest.fixture
def mofa_site(tmp_path: Path):
    site = Site("mofa", tmp_path)
    yield site
    site.close()


def client_for(site: Site, config: ClientConfig = FAST, **kw) -> PoliteClient:
    return PoliteClient([f"127.0.0.1:{site.port}"], config, **kw)


class FakeTime:
    """sleep() advances clock() instead of waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, s: float) -> None:
        self.sleeps.append(s)
        self.now += s

    def clock(self) -> float:
        return self.now


PAGE = "/press/release/pressite_000001_00101.html"


# -- the client -----------------------------------------------------------------------
def test_get_sends_user_agent_and_returns_bytes_unchanged(mofa_site: Site) -> None:
    client = client_for(mofa_site)
    resp = client.get(mofa_site.base + PAGE.lstrip("/"))
    assert resp.status == 200
    assert resp.body == (mofa_site.root / PAGE.lstrip("/")).read_bytes()
    assert resp.content_type == "text/html"
    ua = [h.headers["user-agent"] for h in mofa_site.log if h.path == PAGE]
    assert ua and ua[0].startswith("policytrends/")


def test_robots_txt_disallow_is_obeyed_and_read_once(mofa_site: Site) -> None:
    client = client_for(mofa_site)
    with pytest.raises(FetchError) as err:
        client.get(mofa_site.base + "private/page4e_000999.html")
    assert err.value.reason == "robots"
    client.get(mofa_site.base + PAGE.lstrip("/"))
    assert mofa_site.hits("/robots.txt") == 1
    assert mofa_site.hits("/private/page4e_000999.html") == 0


def test_missing_robots_txt_allows_and_failing_one_forbids(tmp_path: Path) -> None:
    site = Site("mofa", tmp_path)
    try:
        (site.root / "robots.txt").unlink()
        assert client_for(site).get(site.base + PAGE.lstrip("/")).status == 200
        site.faults["/robots.txt"] = Fault("status", status=500)
        with pytest.raises(FetchError) as err:
            client_for(site).get(site.base + PAGE.lstrip("/"))
        assert err.value.reason == "robots"
    finally:
        site.close()


def test_429_waits_as_long_as_retry_after_says(mofa_site: Site) -> None:
    mofa_site.faults[PAGE] = Fault("status", status=429, times=1, headers={"Retry-After": "7"})
    fake = FakeTime()
    client = client_for(mofa_site, sleep=fake.sleep, clock=fake.clock)
    resp = client.get(mofa_site.base + PAGE.lstrip("/"))
    assert resp.status == 200 and resp.attempts == 2
    assert fake.sleeps == [7.0]  # Retry-After beats the 0.01 s backoff


def test_retry_after_beyond_the_limit_gives_up(mofa_site: Site) -> None:
    mofa_site.faults[PAGE] = Fault("status", status=429, headers={"Retry-After": "3600"})
    fake = FakeTime()
    with pytest.raises(FetchError) as err:
        client_for(mofa_site, sleep=fake.sleep, clock=fake.clock).get(mofa_site.base + PAGE[1:])
    assert err.value.reason == "http_429" and "3600" in err.value.detail
    assert mofa_site.hits(PAGE) == 1


def test_503_backs_off_exponentially_then_succeeds(mofa_site: Site) -> None:
    mofa_site.faults[PAGE] = Fault("status", status=503, times=2)
    fake = FakeTime()
    cfg = ClientConfig(delay=0, retries=3, backoff=0.5, env_proxies=False)
    client = PoliteClient([f"127.0.0.1:{mofa_site.port}"], cfg, sleep=fake.sleep,
                          clock=fake.clock)
    resp = client.get(mofa_site.base + PAGE[1:])
    assert resp.status == 200 and resp.attempts == 3
    assert fake.sleeps == [0.5, 1.0]


def test_503_for_ever_gives_up_after_the_retries(mofa_site: Site) -> None:
    mofa_site.faults[PAGE] = Fault("status", status=503)
    with pytest.raises(FetchError) as err:
        client_for(mofa_site).get(mofa_site.base + PAGE[1:])
    assert err.value.reason == "http_503"
    assert mofa_site.hits(PAGE, 503) == FAST.retries + 1


def test_slow_response_times_out_and_is_retried(mofa_site: Site) -> None:
    mofa_site.faults[PAGE] = Fault("slow", seconds=1.0)
    cfg = ClientConfig(delay=0, timeout=0.2, retries=1, backoff=0.01, env_proxies=False)
    start = time.monotonic()
    with pytest.raises(FetchError) as err:
        PoliteClient([f"127.0.0.1:{mofa_site.port}"], cfg).get(mofa_site.base + PAGE[1:])
    assert err.value.reason == "timeout"
    assert mofa_site.hits(PAGE) == 2
    assert time.monotonic() - start < 1.5


def test_truncated_body_is_an_error_not_a_page(mofa_site: Site) -> None:
    mofa_site.faults[PAGE] = Fault("truncated")
    with pytest.raises(FetchError) as err:
        client_for(mofa_site).get(mofa_site.base + PAGE[1:])
    assert err.value.reason == "truncated"
    assert mofa_site.hits(PAGE) == FAST.retries + 1


def test_redirect_loop_is_detected(mofa_site: Site) -> None:
    a, b = "/press/release/pressite_000001_00204.html", "/press/release/pressite_000001_00205.html"
    mofa_site.faults[a] = Fault("redirect", location=b)
    mofa_site.faults[b] = Fault("redirect", location=a)
    with pytest.raises(FetchError) as err:
        client_for(mofa_site).get(mofa_site.base + a[1:])
    assert err.value.reason == "redirect_loop"
    assert mofa_site.hits(a) == 1 and mofa_site.hits(b) == 1


def test_redirect_limit(mofa_site: Site) -> None:
    for i in range(10):
        mofa_site.faults[f"/r{i}"] = Fault("redirect", location=f"/r{i + 1}")
    cfg = ClientConfig(delay=0, max_redirects=3, env_proxies=False)
    with pytest.raises(FetchError) as err:
        PoliteClient([f"127.0.0.1:{mofa_site.port}"], cfg).get(mofa_site.base + "r0")
    assert err.value.reason == "too_many_redirects"
    assert sum(mofa_site.hits(f"/r{i}") for i in range(10)) == 4


def test_redirect_within_the_site_is_followed(mofa_site: Site) -> None:
    mofa_site.faults["/old.html"] = Fault("redirect", location=PAGE)
    resp = client_for(mofa_site).get(mofa_site.base + "old.html")
    assert resp.status == 200 and resp.url == mofa_site.base + PAGE[1:]


def test_redirect_to_another_host_is_refused(mofa_site: Site) -> None:
    mofa_site.faults["/away.html"] = Fault("redirect", location="http://localhost:{port}" + PAGE)
    with pytest.raises(FetchError) as err:
        client_for(mofa_site).get(mofa_site.base + "away.html")
    assert err.value.reason == "off_domain"
    assert not [h for h in mofa_site.log if h.host.startswith("localhost")]


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x.html", "file:///etc/passwd",
                                 "javascript:alert(1)", "//127.0.0.1/x"])
def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as err:
        PoliteClient(["127.0.0.1"], FAST).get(url)
    assert err.value.reason == "bad_scheme"


def test_other_hosts_are_refused_without_a_request() -> None:
    client = PoliteClient(["www.mofa.go.jp"], FAST)
    with pytest.raises(FetchError) as err:
        client.get("https://www.mofa.go.jp.evil.example/page.html")
    assert err.value.reason == "off_domain"
    assert client.requests == 0


def test_conditional_request_gets_304_with_no_body(tmp_path: Path) -> None:
    for mode in ("etag", "last-modified"):
        site = Site("mofa", tmp_path / mode, validators=mode)
        try:
            client = client_for(site)
            first = client.get(site.base + PAGE[1:])
            validators = {"etag": first.headers.get("etag", ""),
                          "last_modified": first.headers.get("last-modified", "")}
            again = client.get(site.base + PAGE[1:], validators)
            assert again.status == 304 and again.body == b""
        finally:
            site.close()


def test_delay_between_requests_to_one_host(mofa_site: Site) -> None:
    cfg = ClientConfig(delay=0.3, env_proxies=False)
    client = PoliteClient([f"127.0.0.1:{mofa_site.port}"], cfg)
    for _ in range(2):
        client.get(mofa_site.base + PAGE[1:])
    times = [h.at for h in mofa_site.log]  # robots.txt, page, page
    assert len(times) == 3
    assert all(b - a >= 0.28 for a, b in zip(times, times[1:], strict=False))


def test_crawl_delay_of_robots_txt_is_honoured(mofa_site: Site) -> None:
    (mofa_site.root / "robots.txt").write_text("User-agent: *\nCrawl-delay: 4\n")
    fake = FakeTime()
    client = client_for(mofa_site, sleep=fake.sleep, clock=fake.clock)
    client.get(mofa_site.base + PAGE[1:])
    client.get(mofa_site.base + PAGE[1:])
    assert fake.sleeps and fake.sleeps[-1] == pytest.approx(4.0)


def test_parse_retry_after_forms() -> None:
    now = datetime(2021, 12, 1, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 01 Dec 2021 10:00:30 GMT", now) == 30.0
    assert parse_retry_after("Wed, 01 Dec 2021 09:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


# -- paths, writes, manifest ------------------------------------------------------------
@pytest.mark.parametrize("url, expected", [
    ("https://www.mofa.go.jp/press/release/pressite_000001_00289.html",
     "press/release/pressite_000001_00289.html"),
    ("https://www.whitehouse.gov/briefing-room/statements-releases/2022/01/21/readout-x/",
     "briefing-room/statements-releases/2022/01/21/readout-x.html"),
    ("https://www.state.gov/rss-feed/press-releases/feed/?paged=3",
     "rss-feed/press-releases/feed__paged_3_{h}.html"),
    ("https://h/", "index.html"),
    ("https://h/../../etc/passwd", "etc/passwd_{h}.html"),
    ("https://h/%2e%2e/%2E%2E/.hidden", "hidden_{h}.html"),
])
def test_safe_relpath(url: str, expected: str) -> None:
    """A name that lost something of the URL ends with a hash of the URL ({h})."""
    assert safe_relpath(url, ".html") == expected.format(h=url_digest(url))


@pytest.mark.parametrize("urls", [
    ("http://h/r/a?x=1", "http://h/r/a__x=1", "http://h/r/a__x_1"),  # query vs name
    ("http://h/caf%C3%A9", "http://h/caf%C3%A8", "http://h/caf_"),  # decoded, replaced
    ("http://h/a//b", "http://h/a/b", "http://h/a/%62"),  # empty segment, encoded letter
    ("http://h/x/..%2Fy", "http://h/x/y", "http://h/x/.y"),
    ("http://h/" + "a" * 200, "http://h/" + "a" * 201),  # cut to the longest name
])
def test_different_urls_get_different_file_names(urls: tuple[str, ...]) -> None:
    names = [safe_relpath(u, ".html") for u in urls]
    assert len(set(names)) == len(names), names
    assert len({safe_relpath(u, ".html", 10) for u in urls}) == len(urls)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=80), st.text(max_size=20))
def test_no_url_path_escapes_the_folder(path: str, query: str) -> None:
    root = Path("/tmp/policytrends-out")
    url = "https://h/" + path + ("?" + query if query else "")
    rel = safe_relpath(url, ".html")
    target = resolve_inside(root, "mofa/" + rel)
    assert target.is_relative_to(root.resolve() / "mofa")
    assert not any(part.startswith(".") for part in Path(rel).parts)


def test_atomic_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "page.html"

    atomic_write(target, b"first")
    with pytest.raises(TypeError):
        atomic_write(target, object())  # type: ignore[arg-type]
    assert target.read_bytes() == b"first"
    assert [p.name for p in target.parent.iterdir()] == ["page.html"]
    stale = target.parent / ".page.html.part-99999"
    stale.write_bytes(b"half")
    assert remove_partials(tmp_path) == 1 and not stale.exists()


def test_manifest_round_trip_and_broken_last_line(tmp_path: Path) -> None:
    m = Manifest(tmp_path, "mofa")
    (tmp_path / "mofa" / "x").mkdir(parents=True)
    (tmp_path / "mofa" / "x" / "p.html").write_bytes(b"<html></html>")
    m.append(Entry("https://www.mofa.go.jp/x/p.html", "2021-12-01T00:00:00+00:00", 200,
                   "text/html", '"abc"', None, "0" * 64, "mofa/x/p.html"))
    m.append(Entry("https://www.mofa.go.jp/x/q.html", "2021-12-01T00:00:00+00:00", 404,
                   error="HTTP 404"))
    with open(m.file, "ab") as fh:
        fh.write(b'{"url": "https://www.mofa.go.jp/x/r.ht')  # killed mid-line
    entries = read_entries(m.file)
    assert [e.status for e in entries] == [200, 404]
    again = Manifest(tmp_path, "mofa")
    assert again.saved("https://www.mofa.go.jp/x/p.html").etag == '"abc"'
    assert again.saved("https://www.mofa.go.jp/x/q.html") is None
    assert saved_url(tmp_path / "mofa" / "x" / "p.html") == "https://www.mofa.go.jp/x/p.html"
    assert saved_url(tmp_path / "mofa" / "x" / "other.html") is None


# -- listing rules, on the fixture pages (no server) ------------------------------------
def test_production_defaults_point_at_the_publishers() -> None:
    from datetime import date

    from policytrends.fetch import SOURCES
    from policytrends.fetch.listing import Window

    mofa = SOURCES["mofa"]
    pages = mofa.start_pages(mofa.BASE_URL, Window(date(2021, 11, 15), date(2022, 1, 3)))
    assert pages[:3] == [f"https://www.mofa.go.jp/press/release/{m}_index.html"
                         for m in ("202201", "202112", "202111")]
    assert all(p.startswith("https://www.mofa.go.jp/region/") for p in pages[3:])
    assert SOURCES["whitehouse"].BASE_URL == "https://www.whitehouse.gov/briefing-room/"
    assert SOURCES["state"].BASE_URL == "https://www.state.gov/rss-feed/press-releases/feed/"
    for mod in SOURCES.values():
        client = PoliteClient(mod.HOSTS, FAST)
        client.check_url(mod.BASE_URL)  # allowed
        with pytest.raises(FetchError):
            client.check_url("https://127.0.0.1/")


def test_mofa_monthly_index_gives_dated_record_links() -> None:
    from datetime import date

    from policytrends.fetch import mofa
    from policytrends.fetch.listing import Window

    url = "https://www.mofa.go.jp/press/release/202112_index.html"
    body = (SITES / "mofa/press/release/202112_index.html").read_bytes()
    mid = mofa.parse_listing(url, body, Window(date(2021, 12, 5), date(2021, 12, 15)))
    assert mid.records == ["https://www.mofa.go.jp/na/na1/us/page4e_000101.html",
                           "https://www.mofa.go.jp/private/page4e_000999.html",
                           "https://www.mofa.go.jp/a_o/ocn/au/page4e_000102.html",
                           "https://www.example.org/page4e_000103.html"]
    assert not mid.pages and not mid.is_record


def test_mofa_regional_page_dates_each_link() -> None:
    from datetime import date

    from policytrends.fetch import mofa
    from policytrends.fetch.listing import Window

    url = "https://www.mofa.go.jp/region/n-america/us/index.html"
    body = (SITES / "mofa/region/n-america/us/index.html").read_bytes()
    got = mofa.parse_listing(url, body, Window(date(2021, 10, 1), date(2021, 10, 31)))
    assert got.records == ["https://www.mofa.go.jp/na/na1/us/page4e_000088.html"]


def test_month_day_forms() -> None:
    from datetime import date

    from policytrends.fetch.listing import month_day

    assert month_day("July 7", 2021) == date(2021, 7, 7)
    assert month_day("(December 11, 2021)") == date(2021, 12, 11)
    assert month_day("Dec. 3rd 2021") == date(2021, 12, 3)
    assert month_day("July 7") is None  # no year known
    assert month_day("February 30, 2021") is None


def test_saved_url_sees_a_manifest_created_after_a_lookup(tmp_path: Path) -> None:
    page = tmp_path / "state" / "y" / "n.html"
    page.parent.mkdir(parents=True)
    page.write_bytes(b"<html></html>")
    assert saved_url(page) is None  # no manifest yet: the folder lookup is cached
    Manifest(tmp_path, "state").append(Entry(
        "https://www.state.gov/y/n/", "2022-01-01T00:00:00+00:00", 200, path="state/y/n.html"))
    assert saved_url(page) == "https://www.state.gov/y/n/"
    assert saved_url(tmp_path / "state" / "y" / ".." / "y" / "n.html") == \
        "https://www.state.gov/y/n/"


# -- hostile servers (issue 19) ----------------------------------------------------------
def test_redirect_to_another_port_of_the_same_host_is_refused(mofa_site: Site,
                                                               tmp_path: Path) -> None:
    other = Site("mofa", tmp_path / "other")
    try:
        mofa_site.faults["/port.html"] = Fault("redirect", location=other.base + PAGE[1:])
        with pytest.raises(FetchError) as err:
            client_for(mofa_site).get(mofa_site.base + "port.html")
        assert err.value.reason == "off_domain" and f"127.0.0.1:{other.port}" in str(err.value)
        assert other.log == []
    finally:
        other.close()


def test_a_bare_host_allows_the_default_ports_only() -> None:
    client = PoliteClient(["www.mofa.go.jp"], FAST)
    for url in ("https://www.mofa.go.jp:8443/a.html", "http://www.mofa.go.jp:8080/a.html"):
        with pytest.raises(FetchError) as err:
            client.get(url)
        assert err.value.reason == "off_domain"
    client.check_url("https://www.mofa.go.jp:443/a.html")
    client.check_url("http://www.mofa.go.jp/a.html")
    assert client.requests == 0


def test_redirect_from_https_to_http_is_refused() -> None:
    asked: list[str] = []

    def answer(url: str, validators: object) -> Response:
        asked.append(url)
        if url.endswith("/robots.txt"):
            return Response(url, 404, {}, b"")
        return Response(url, 302, {"location": "http://www.mofa.go.jp/plain.html"}, b"")

    client = PoliteClient(["www.mofa.go.jp"], FAST)
    client._get_retrying = answer  # type: ignore[method-assign]  # no network
    with pytest.raises(FetchError) as err:
        client.get("https://www.mofa.go.jp/secure.html")
    assert err.value.reason == "downgrade"
    assert "http://www.mofa.go.jp/plain.html" not in asked


def test_a_huge_crawl_delay_is_not_obeyed_but_refused(mofa_site: Site) -> None:
    (mofa_site.root / "robots.txt").write_text("User-agent: *\nCrawl-delay: 100000\n")
    fake = FakeTime()
    client = client_for(mofa_site, sleep=fake.sleep, clock=fake.clock)
    with pytest.raises(FetchError) as err:
        client.get(mofa_site.base + PAGE[1:])
    assert err.value.reason == "crawl_delay" and "--max-crawl-delay" in str(err.value)
    assert mofa_site.hits(PAGE) == 0 and not [s for s in fake.sleeps if s > 60]
    raised = client_for(mofa_site, replace(FAST, max_crawl_delay=100000), sleep=fake.sleep,
                        clock=fake.clock)
    raised.get(mofa_site.base + PAGE[1:])
    raised.get(mofa_site.base + PAGE[1:])
    assert fake.sleeps[-1] == pytest.approx(100000)


def test_a_trickling_body_stops_at_the_deadline(mofa_site: Site) -> None:
    mofa_site.faults["/slow-body.html"] = Fault("trickle", seconds=0.1)
    cfg = replace(FAST, timeout=1.0, deadline=1.0)
    start = time.monotonic()
    with pytest.raises(FetchError) as err:
        client_for(mofa_site, cfg).get(mofa_site.base + "slow-body.html")
    assert err.value.reason == "slow_body" and "--deadline" in str(err.value)
    assert time.monotonic() - start < 10  # the body alone would take 10,000 s
    assert mofa_site.hits("/slow-body.html", "trickle") == 1  # not retried: it would trickle
