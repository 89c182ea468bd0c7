"""`policytrends fetch` end to end against local copies of the three sites.

The servers (see local_site.Site) serve listing and record pages written for these tests
in each publisher's structure, plus faults. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from local_site import FAST, Fault, Site

from policytrends import ingest, load
from policytrends.cli import main
from policytrends.fetch import fetch
from policytrends.fetch.crawl import CrawlLimits, FetchPlanError
from policytrends.fetch.http import Response
from policytrends.fetch.manifest import url_digest
from policytrends.fetched_folders import MANIFEST_NAME, read_entries

SINCE, UNTIL = date(2021, 12, 1), date(2022, 1, 31)
BASES = {"mofa": "", "whitehouse": "briefing-room/", "state": "rss-feed/press-releases/feed/"}
MOFA_RECORDS = [
    "/press/release/pressite_000001_00101.html",
    "/na/na1/us/page4e_000101.html",
    "/a_o/ocn/au/page4e_000102.html",
    "/press/release/pressite_000001_00201.html",
    "/press/release/pressite_000001_00202.html",
]
WH_RECORDS = [
    "/briefing-room/statements-releases/2022/01/21/"
    "readout-of-president-bidens-video-call-with-prime-minister-kishida-of-japan/",
    "/briefing-room/statements-releases/2022/01/12/"
    "readout-of-national-security-advisor-jake-sullivans-meeting-with-his-korean-counterpart/",
    "/briefing-room/statements-releases/2021/12/28/statement-by-press-secretary-on-holiday-travel/",
    "/briefing-room/statements-releases/2021/12/10/"
    "readout-of-president-bidens-call-with-prime-minister-morrison-of-australia/",
]
P = "/press/release/pressite_000001_00"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch) -> None:
    """The CLI honours http_proxy; the test servers are on this machine."""
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")


@pytest.fixture
def sites(tmp_path: Path):
    made: dict[str, Site] = {}

    def make(name: str, **kw) -> Site:
        made[name] = Site(name, tmp_path, **kw)
        return made[name]

    yield make
    for s in made.values():
        s.close()


def run(site: Site, name: str, out: Path, **kw):
    kw.setdefault("config", FAST)
    return fetch(name, out, since=kw.pop("since", SINCE), until=kw.pop("until", UNTIL),
                 base_url=site.base + BASES[name], **kw)


def add_faults(site: Site) -> None:
    site.faults[P + "201.html"] = Fault("status", status=429, times=1, headers={"Retry-After": "0"})
    site.faults[P + "202.html"] = Fault("status", status=503, times=2)
    site.faults[P + "203.html"] = Fault("slow", seconds=0.6)
    site.faults[P + "204.html"] = Fault("redirect", location=P + "205.html")
    site.faults[P + "205.html"] = Fault("redirect", location=P + "204.html")
    site.faults[P + "206.html"] = Fault("redirect",
                                        location="http://localhost:{port}" + P + "101.html")
    site.faults[P + "207.html"] = Fault("body", body=b"%PDF-1.4\n%binary leaflet\n",
                                        content_type="application/pdf")
    site.faults[P + "208.html"] = Fault("truncated")
    # the current month's index does not exist on the test server: serve an empty one
    (site.root / "press/release/202201_index.html").write_text(
        "<html><head><title>Press Releases | Ministry of Foreign Affairs of Japan</title></head>"
        "<body><dl class='title-list'></dl></body></html>")


# -- MOFA: listing rules, faults, manifest --------------------------------------------
def test_mofa_saves_records_unchanged_and_reports_each_fault(sites, tmp_path: Path) -> None:
    site = sites("mofa")
    add_faults(site)
    out = tmp_path / "out"
    summary = run(site, "mofa", out, config=replace(FAST, timeout=0.2))
    assert (summary.new, summary.changed, summary.unchanged) == (5, 0, 0)
    assert dict(summary.skipped) == {"robots": 1, "off_domain": 2}  # example.org link, redirect
    assert dict(summary.failed) == {"timeout": 1, "redirect_loop": 1, "unexpected_content": 1,
                                    "truncated": 1}
    for path in MOFA_RECORDS:
        saved = out / "mofa" / path.lstrip("/")
        assert saved.read_bytes() == (site.root / path.lstrip("/")).read_bytes()
    # nothing else became a record file: no PDF, no half page, no listing page
    records = sorted(p.relative_to(out / "mofa").as_posix() for p in (out / "mofa").rglob("*")
                     if p.is_file() and not any(s[0] == "." for s in p.relative_to(out).parts))
    assert records == sorted(p.lstrip("/") for p in MOFA_RECORDS)
    # outside the window, disallowed or off-site: never requested
    assert site.hits(P + "095.html") == 0
    assert site.hits("/press/release/202111_index.html") == 0
    assert site.hits("/private/page4e_000999.html") == 0
    assert not [h for h in site.log if not h.host.startswith("127.0.0.1")]
    # the page linked from both the monthly index and a regional page is fetched once
    assert site.hits("/na/na1/us/page4e_000101.html") == 1


def test_manifest_lines_describe_each_response(sites, tmp_path: Path) -> None:
    site = sites("mofa")
    add_faults(site)
    out = tmp_path / "out"
    run(site, "mofa", out, config=replace(FAST, timeout=0.2))
    entries = read_entries(out / "mofa" / MANIFEST_NAME)
    by_url = {e.url: e for e in entries}
    page = by_url[site.base + "na/na1/us/page4e_000101.html"]
    body = (out / page.path).read_bytes()
    assert page.status == 200 and page.kind == "record" and page.content_type == "text/html"
    assert page.sha256 == hashlib.sha256(body).hexdigest()
    assert page.etag and page.last_modified and page.fetched_at.endswith("+00:00")
    assert page.path == "mofa/na/na1/us/page4e_000101.html"
    pdf = by_url[site.base + P[1:] + "207.html"]
    assert pdf.path is None and "application/pdf" in pdf.error
    assert by_url[site.base + "private/page4e_000999.html"].error.startswith("robots")
    listing = by_url[site.base + "press/release/202112_index.html"]
    assert listing.kind == "listing" and listing.path.startswith("mofa/.listings/")


def test_second_run_downloads_only_what_changed(sites, tmp_path: Path) -> None:
    site = sites("mofa", validators="last-modified")
    out = tmp_path / "out"
    first = run(site, "mofa", out)
    assert first.new == 5
    changed = site.root / "a_o/ocn/au/page4e_000102.html"
    changed.write_bytes(changed.read_bytes().replace(b"about 25 minutes", b"about 35 minutes"))
    os.utime(changed, (time.time() + 60, time.time() + 60))  # a new Last-Modified
    before = len(site.log)
    second = run(site, "mofa", out)
    assert (second.new, second.changed, second.unchanged) == (0, 1, 4)
    full = [h.path for h in site.log[before:] if h.status == 200 and h.path != "/robots.txt"]
    assert full == ["/a_o/ocn/au/page4e_000102.html"]
    assert (out / "mofa/a_o/ocn/au/page4e_000102.html").read_bytes() == changed.read_bytes()


def test_new_only_sends_no_request_for_saved_records(sites, tmp_path: Path) -> None:
    site = sites("mofa")
    out = tmp_path / "out"
    run(site, "mofa", out)
    before = len(site.log)
    again = run(site, "mofa", out, new_only=True)
    assert again.unchanged == 5
    assert not [h for h in site.log[before:] if h.path in MOFA_RECORDS]


def test_interrupted_run_resumes_without_fetching_a_page_twice(sites, tmp_path: Path) -> None:
    site = sites("whitehouse")
    out = tmp_path / "out"
    done = []

    def stop_after_two(n: int) -> None:
        done.append(n)
        if len(done) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(site, "whitehouse", out, progress=stop_after_two)
    saved = [p for p in (out / "whitehouse").rglob("*.html") if ".listings" not in p.parts]
    assert len(saved) == 2
    summary = run(site, "whitehouse", out)
    assert (summary.new, summary.unchanged) == (2, 2)
    served = site.bodies_served()
    assert all(served.get(p) == 1 for p in WH_RECORDS), served
    assert not list(out.rglob(".*.part-*"))


def test_killed_process_leaves_no_partial_file_and_resumes(sites, tmp_path: Path,
                                                          capsys) -> None:
    site = sites("whitehouse")
    site.faults[WH_RECORDS[2]] = Fault("hang_once", seconds=3.0)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "policytrends", "fetch", "whitehouse", "--out", str(out),
           "--base-url", site.base + "briefing-room/", "--since", str(SINCE), "--until",
           str(UNTIL), "--delay", "0", "--backoff", "0.01", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60  # a loaded machine starts Python slowly
    while site.hits(WH_RECORDS[2]) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert site.hits(WH_RECORDS[2]) == 1, proc.stderr.read() if proc.poll() is not None else ""
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # a partial file a kill could leave mid-write: the next run must clear it
    stale = out / "whitehouse" / "briefing-room" / ".stray.html.part-12345"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"<html><body>half a pa")
    assert main(["fetch", "whitehouse", "--out", str(out), "--base-url",
                 site.base + "briefing-room/", "--since", str(SINCE), "--until", str(UNTIL),
                 "--delay", "0", "--quiet"]) == 0
    assert "partial files of an interrupted run removed: 1" in capsys.readouterr().out
    served = site.bodies_served()
    assert all(served.get(p) == 1 for p in WH_RECORDS), served
    assert not list(out.rglob(".*.part-*"))
    for p in WH_RECORDS:
        saved = out / "whitehouse" / (p.strip("/") + ".html")
        assert saved.read_bytes() == (site.root / p.lstrip("/") / "index.html").read_bytes()


# -- White House and State listing rules -------------------------------------------------
def test_whitehouse_pages_until_posts_are_older_than_the_window(sites, tmp_path: Path) -> None:
    site = sites("whitehouse")
    summary = run(site, "whitehouse", tmp_path / "out")
    assert summary.new == 4 and summary.listings == 3
    assert site.hits("/briefing-room/page/3/") == 1  # holds only older posts: the last one read
    assert site.hits("/briefing-room/page/4/") == 0
    assert site.hits("/briefing-room/statements-releases/2021/11/30/"
                     "statement-on-world-aids-day-preparations/") == 0


def test_until_excludes_newer_posts(sites, tmp_path: Path) -> None:
    site = sites("whitehouse")
    summary = run(site, "whitehouse", tmp_path / "out", since=date(2021, 12, 1),
                  until=date(2021, 12, 31))
    assert summary.new == 2
    assert site.hits(WH_RECORDS[0]) == 0 and site.hits(WH_RECORDS[2]) == 1


def test_state_feed_pages_are_the_records(sites, tmp_path: Path) -> None:
    site = sites("state", validators="etag")
    out = tmp_path / "out"
    summary = run(site, "state", out)
    assert summary.new == 2 and summary.listings == 3
    feed = out / "state/rss-feed/press-releases"
    assert (feed / "feed.xml").read_bytes() == (
        site.root / "rss-feed/press-releases/feed/index.xml").read_bytes()
    paged = site.base + BASES["state"] + "?paged={}"
    assert (feed / f"feed__paged_2_{url_digest(paged.format(2))}.xml").is_file()
    assert not list(feed.glob("feed__paged_3*"))  # only older items: a listing, not a record
    assert site.hits("/rss-feed/press-releases/feed/?paged=4") == 0
    again = run(site, "state", out)
    assert (again.new, again.unchanged) == (0, 2)


# -- the command ----------------------------------------------------------------------
def test_cli_summary_exit_codes_and_no_bar_in_a_pipe(sites, tmp_path: Path, capsys) -> None:
    site = sites("mofa")
    site.faults[P + "207.html"] = Fault("body", body=b"%PDF-1.4", content_type="application/pdf")
    args = ["fetch", "mofa", "--out", str(tmp_path / "out"), "--base-url", site.base,
            "--since", "2021-12-01", "--until", "2021-12-31", "--delay", "0",
            "--backoff", "0.01", "--retries", "0", "--timeout", "2"]
    assert main(args) == 1  # some pages failed
    out, err = capsys.readouterr()
    assert "records: 5 new, 0 changed, 0 unchanged" in out
    assert "unexpected_content: 1" in out and "--allow-failures" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal
    assert main([*args, "--allow-failures"]) == 0
    assert "records: 0 new, 0 changed, 5 unchanged" in capsys.readouterr().out


def test_cli_rejects_bad_dates(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["fetch", "mofa", "--out", str(tmp_path), "--since", "yesterday"])
    assert main(["fetch", "mofa", "--out", str(tmp_path), "--since", "2022-02-01",
                 "--until", "2022-01-01"]) == 2


# -- end to end: fetch, then ingest ----------------------------------------------------
def test_fetched_folder_ingests_with_urls_from_the_manifest(sites, tmp_path: Path) -> None:
    out = tmp_path / "out"
    served = {name: sites(name) for name in BASES}
    (served["mofa"].root / "press/release/202201_index.html").write_text("<html></html>")
    for name, site in served.items():
        summary = run(site, name, out)
        # the fault links of the MOFA index have no page without their faults: 404
        assert dict(summary.failed) == ({"http_404": 5} if name == "mofa" else {})
    result = ingest([out], tmp_path / "store", jobs=1)
    assert not result.rejects, result.rejects
    frames = load(tmp_path / "store")
    docs = frames.documents
    # 5 MOFA pages, 4 briefing-room posts, 3 + 2 items of the two State feed pages
    assert docs["source"].value_counts().to_dict() == {"mofa": 5, "whitehouse": 4, "state": 5}
    mofa = docs[docs["source"] == "mofa"]
    assert set(mofa["path"]) == {f"mofa/{p.lstrip('/')}" for p in MOFA_RECORDS}
    # MOFA pages carry no URL of their own: it comes from the fetch manifest
    assert dict(zip(mofa["path"], mofa["url"], strict=True)) == {
        f"mofa/{p.lstrip('/')}": served["mofa"].base + p.lstrip("/") for p in MOFA_RECORDS}
    assert docs["url"].notna().all()
    wh = docs[docs["source"] == "whitehouse"]
    assert wh["url"].str.startswith("https://www.whitehouse.gov/briefing-room/").all()
    st = docs[docs["source"] == "state"]
    assert st["url"].str.startswith("https://www.state.gov/").all()
    # the two MOFA meeting pages become meetings
    meetings = frames.meetings.merge(docs[["record_id", "source"]], on="record_id")
    assert (meetings["source"] == "mofa").sum() == 2
    # ingesting one source's folder finds the same URLs (the manifest sits in that folder)
    ingest([out / "mofa"], tmp_path / "store-mofa", jobs=1)
    alone = load(tmp_path / "store-mofa").documents
    assert dict(zip(alone["path"], alone["url"], strict=True)) == {
        p.lstrip("/"): served["mofa"].base + p.lstrip("/") for p in MOFA_RECORDS}
    # fetching and ingesting again changes nothing
    for name, site in served.items():
        again = run(site, name, out)
        assert again.new == again.changed == 0
    second = ingest([out], tmp_path / "store", jobs=1)
    assert second.files_parsed == 0 and not second.committed


# -- file names: one URL, one file (issue 19) ----------------------------------------------
FIRST = P + "101.html"
TWIN = "/press//release/pressite_000001_00101.html"  # reads like FIRST
TWIN_PAGE = (b"<html><head><title>Another Page | Ministry of Foreign Affairs of Japan</title>"
             b"</head><body><div id='maincontents'><h1>Grant Aid for School Buildings</h1>"
             b"<p>December 20, 2021</p><p>The Government of Japan decided to extend grant "
             b"aid for the construction of primary school buildings in a partner country. "
             b"The exchange of notes was signed by the two ambassadors.</p></div></body></html>")


def _link_twin(site: Site) -> None:
    index = site.root / "press/release/202112_index.html"
    first = '<li><a href="/na/na1/us/page4e_000101.html">'
    index.write_text(index.read_text().replace(first, f'<li><a href="{TWIN}">Twin</a></li>{first}'))
    site.faults[TWIN] = Fault("body", body=TWIN_PAGE)


def _saved_records(out: Path, source: str) -> dict[str, Path]:
    latest = {e.url: e for e in read_entries(out / source / MANIFEST_NAME)
              if e.path and e.kind == "record"}
    for e in latest.values():
        assert hashlib.sha256((out / e.path).read_bytes()).hexdigest() == e.sha256, e.url
    return {url: out / e.path for url, e in latest.items()}


def test_urls_that_read_alike_are_saved_to_different_files(sites, tmp_path: Path) -> None:
    site = sites("mofa")
    _link_twin(site)
    out = tmp_path / "out"
    summary = run(site, "mofa", out)
    assert summary.new == 6
    saved = _saved_records(out, "mofa")  # every file holds the bytes its entry says
    assert len(set(saved.values())) == len(saved) == 6
    assert saved[site.base + TWIN[1:]].read_bytes() == TWIN_PAGE
    assert saved[site.base + FIRST[1:]] == out / "mofa" / FIRST[1:]  # the plain name


def test_a_folder_saved_with_the_old_names_stays_readable(sites, tmp_path: Path) -> None:
    """Earlier versions saved "?paged=2" as feed__paged_2.xml and let twins share a file."""
    state = sites("state", validators="etag")
    out = tmp_path / "out"
    run(state, "state", out)
    manifest = out / "state" / MANIFEST_NAME
    feed = out / "state/rss-feed/press-releases"
    [hashed] = feed.glob("feed__paged_2_*.xml")
    hashed.rename(feed / "feed__paged_2.xml")
    manifest.write_text(manifest.read_text().replace(hashed.name, "feed__paged_2.xml"))
    again = run(state, "state", out)
    assert (again.new, again.unchanged) == (0, 2)
    assert not list(feed.glob("feed__paged_2_*.xml"))  # the old name is kept, not doubled
    # a MOFA folder where a twin URL overwrote the first page's file
    mofa = sites("mofa")
    run(mofa, "mofa", out)
    shared = f"mofa{FIRST}"
    (out / shared).write_bytes(TWIN_PAGE)
    (out / "mofa" / MANIFEST_NAME).open("a").write(json.dumps({
        "url": mofa.base + TWIN[1:], "fetched_at": "2022-01-01T00:00:00+00:00", "status": 200,
        "sha256": hashlib.sha256(TWIN_PAGE).hexdigest(), "path": shared, "kind": "record"}) + "\n")
    _link_twin(mofa)
    before = len(mofa.log)
    summary = run(mofa, "mofa", out)
    # the first page is fetched again (new: its file held the twin); the twin has no ETag
    assert (summary.new, summary.changed, summary.unchanged) == (1, 1, 4)
    assert [h.path for h in mofa.log[before:] if h.status == 200 and h.path == FIRST] == [FIRST]
    saved = _saved_records(out, "mofa")
    assert saved[mofa.base + TWIN[1:]] == out / shared
    first = saved[mofa.base + FIRST[1:]]
    assert first != out / shared and first.read_bytes() == (mofa.root / FIRST[1:]).read_bytes()
    result = ingest([out], tmp_path / "store", jobs=1)
    assert not result.rejects, result.rejects
    docs = load(tmp_path / "store").documents
    assert docs["source"].value_counts().to_dict() == {"mofa": 6, "state": 5}


# -- caps and hostile links (issue 19) -------------------------------------------------
def test_listing_pages_are_capped_and_a_second_run_goes_on(sites, tmp_path: Path,
                                                          capsys) -> None:
    site = sites("whitehouse")
    out = tmp_path / "out"
    summary = run(site, "whitehouse", out, limits=CrawlLimits(max_listings=2))
    assert summary.listings == 2 and site.hits("/briefing-room/page/3/") == 0
    assert "--max-listings" in summary.stopped and "stopped early" in summary.lines()[-1]
    again = run(site, "whitehouse", out)
    assert again.stopped is None and again.new + again.unchanged == 4
    args = ["fetch", "whitehouse", "--out", str(tmp_path / "cli"), "--base-url",
            site.base + "briefing-room/", "--since", str(SINCE), "--until", str(UNTIL),
            "--delay", "0", "--quiet", "--max-listings", "1"]
    assert main(args) == 1
    assert "--max-listings raises it" in capsys.readouterr().err


def test_record_pages_are_capped(sites, tmp_path: Path, capsys) -> None:
    site = sites("whitehouse")
    summary = run(site, "whitehouse", tmp_path / "out", limits=CrawlLimits(max_records=3))
    assert summary.new == 3 and "--max-records" in summary.stopped
    assert sum(site.hits(p) for p in WH_RECORDS) == 3


def test_dates_that_plan_too_many_listing_pages_are_refused_before_any_request(
        tmp_path: Path, capsys) -> None:
    class NoNetwork:
        requests = 0

        def get(self, url: str, validators: object = None) -> None:
            raise AssertionError(f"requested {url}")

    with pytest.raises(FetchPlanError, match=r"21,8\d\d listing pages.*--max-listings"):
        fetch("mofa", tmp_path / "out", since=date(202, 1, 1), until=date(2024, 1, 1),
              client=NoNetwork())  # type: ignore[arg-type]
    assert main(["fetch", "mofa", "--out", str(tmp_path / "out"), "--since", "0202-01-01",
                 "--until", "2024-01-01", "--quiet"]) == 2
    assert "--max-listings" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_listing_links_to_another_port_or_from_https_to_http_are_not_fetched(
        sites, tmp_path: Path) -> None:
    site = sites("mofa")
    other = Site("mofa", tmp_path / "other")
    try:
        index = site.root / "press/release/202112_index.html"
        extra = (f'<li><a href="{other.base}{P[1:]}101.html">Same host, other port</a></li>'
                 '<li><a href="/na/na1/us/page4e_000101.html">')
        index.write_text(index.read_text().replace(
            '<li><a href="/na/na1/us/page4e_000101.html">', extra))
        summary = run(site, "mofa", tmp_path / "out")
        assert other.log == [] and summary.skipped["off_domain"] == 2  # + example.org
    finally:
        other.close()
    # an https listing page linking a record over plain http
    https_page = ('<html><body><dl class="title-list"><dt>December 20</dt><dd><ul>'
                  '<li><a href="http://www.mofa.go.jp/press/release/pressite_000001_00101.html">'
                  'Plain</a></li><li><a href="https://www.mofa.go.jp/press/release/'
                  'pressite_000001_00102.html">Secure</a></li></ul></dd></dl></body></html>')
    asked: list[str] = []

    class Fake:
        requests = 0

        def get(self, url: str, validators: object = None) -> Response:
            asked.append(url)
            if url.endswith("202112_index.html"):
                return Response(url, 200, {"content-type": "text/html"}, https_page.encode())
            return Response(url, 404, {"content-type": "text/html"}, b"")

    summary = fetch("mofa", tmp_path / "out2", since=date(2021, 12, 1), until=date(2021, 12, 31),
                    client=Fake())  # type: ignore[arg-type]
    assert summary.skipped["downgrade"] == 1
    assert "https://www.mofa.go.jp/press/release/pressite_000001_00102.html" in asked
    assert not [u for u in asked if u.startswith("http://")]
