"""Property tests (hypothesis): arbitrary bytes and text never crash a reader or the pipeline,
and the rows they give keep their invariants (issue 6).

Examples are bounded (small inputs, a few hundred examples in all) to keep the suite fast.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policytrends import sources
from policytrends.errors import SourceError
from policytrends.pipeline import FUTURE_SLACK, process_file
from policytrends.records import FileResult, RawRecord, Reject, make_record_id
from policytrends.schema import TABLES
from policytrends.sources.decoding import decode

SETTINGS = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
NAMES = (
    "note.txt",
    "page.md",
    "page.html",
    "page.htm",
    "feed.rss",
    "feed.xml",
    "NOTE.TXT",
    "no_suffix",
    "data.json",
    "JPN_75_2020.txt",
    "USA_76_2021.txt",
)
MODES = {None, "in_person", "telephone", "video"}
LEVELS = {None, "summit", "ministerial", "other"}
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DIR = Path(tempfile.mkdtemp(prefix="policytrends-props-"))
_counter = itertools.count()

words = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
plain = st.text(st.sampled_from("abcdefgh ijkl-,.:'’é名\n<>&\"/;0123456789"), max_size=60)
dates = st.one_of(
    st.dates().map(lambda d: d.strftime("%a, %d %b %Y 10:00:00 +0000")),
    st.dates().map(date.isoformat),
    st.sampled_from(
        [
            "Fri, 30 Feb 2024 10:00:00 +0000",
            "2024-02-30",
            "2999-01-01",
            "",
            "yesterday",
            "2024-13-01",
            "0000-00-00",
            "March 32, 2020",
        ]
    ),
    words,
)


def _file(data: bytes, name: str) -> tuple[Path, str]:
    folder = _DIR / str(next(_counter))
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    return path, name


def check_result(result: FileResult, rel: str) -> None:
    """Invariants every FileResult keeps, whatever the input."""
    assert result.path == rel
    for name, rows in result.tables.items():
        pa.Table.from_pylist(rows, schema=TABLES[name])  # right columns, right types
    docs = result.tables["documents"]
    texts: dict[str, str] = {}
    for d in docs:
        assert d["record_id"] == make_record_id(d["source"], d["path"], d["item"])
        assert d["path"] == rel
        assert isinstance(d["text"], str) and d["text"].strip()
        assert d["content_sha256"] == hashlib.sha256(d["text"].encode()).hexdigest()
        assert d["published"] is None or d["published"] <= date.today() + FUTURE_SLACK
        assert d["record_id"] not in texts, "two records of one file with one record_id"
        texts[d["record_id"]] = d["text"]
    for m in result.tables["mentions"]:
        text = texts[m["record_id"]]
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert text[m["start"] : m["end"]] == m["matched"]
    per_theme = Counter((m["record_id"], m["theme"]) for m in result.tables["mentions"])
    assert {
        (t["record_id"], t["theme"]): t["mentions"] for t in result.tables["topics"]
    } == per_theme
    for m in result.tables["meetings"]:
        assert m["record_id"] in texts
        assert m["date"] is None or isinstance(m["date"], date)
        assert m["mode"] in MODES and m["level"] in LEVELS
        assert m["parties"] is None or m["parties"] >= 1
        assert m["start_local"] is None or HHMM.match(m["start_local"])
        assert m["duration_min"] is None or m["duration_min"] >= 0
        assert all(isinstance(c, str) and c for c in m["counterpart_countries"])
    for c in result.tables["counterparts"]:
        assert c["record_id"] in texts and c["side"] in {"reporting", "counterpart"} and c["name"]
    for c in result.tables["countries"]:
        assert c["record_id"] in texts and c["mentions"] >= 1
    for r in result.rejects:
        assert re.fullmatch(r"[a-z_]+", r.reason), r
        assert r.reason != "internal_error", r.detail  # a reader raised something unexpected
        assert rel in r.detail
    assert docs or result.rejects  # nothing vanishes


def _process(data: bytes, name: str) -> None:
    path, rel = _file(data, name)
    result = process_file(path, rel)
    check_result(result, rel)
    again = process_file(path, rel)
    assert again == result  # deterministic: same ids, same rows


@SETTINGS
@given(data=st.binary(max_size=3000), name=st.sampled_from(NAMES))
def test_pipeline_on_arbitrary_bytes(data: bytes, name: str) -> None:
    _process(data, name)


@SETTINGS
@given(
    text=words,
    name=st.sampled_from(NAMES),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "shift_jis"]),
)
def test_pipeline_on_arbitrary_text(text: str, name: str, encoding: str) -> None:
    _process(text.encode(encoding, errors="replace"), name)


def _rss(items: list[tuple[str, str, str, str]], escape: bool) -> str:
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;") if escape else s

    body = "".join(
        f"<item><title>{esc(t)}</title><link>https://www.state.gov/{esc(g)}/</link>"
        f"<guid>{esc(g)}</guid><pubDate>{esc(d)}</pubDate>"
        f"<content:encoded><![CDATA[<p>{b.replace(']]>', '')}</p>]]></content:encoded></item>"
        for t, b, d, g in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Press Releases</title><link>https://www.state.gov</link>{body}"
        "</channel></rss>"
    )


@SETTINGS
@given(
    items=st.lists(st.tuples(plain, words, dates, plain), max_size=4),
    escape=st.booleans(),
    cut=st.one_of(st.none(), st.integers(0, 2000)),
)
def test_state_feed_shaped_input(
    items: list[tuple[str, str, str, str]], escape: bool, cut: int | None
) -> None:
    text = _rss(items, escape)
    _process(text[:cut].encode() if cut is not None else text.encode(), "feed.rss")


@SETTINGS
@given(title=plain, date_=dates, body=words, extra=plain)
def test_whitehouse_markdown_shaped_input(title: str, date_: str, body: str, extra: str) -> None:
    front = (
        f"date: '{date_}'\nsource_url: https://www.whitehouse.gov/briefing-room/"
        f"statements-releases/2024/03/01/{extra}/\ntitle: {title}\n{extra}\n"
    )
    _process(f"---\n{front}---\n\n{body}".encode(), "page.md")


@SETTINGS
@given(
    country=plain,
    title=plain,
    date_=dates,
    lead=words,
    minutes=st.integers(-5, 100_000),
    clock=st.sampled_from(["10:05 a.m.", "0:10 p.m.", "25:99", "noon", "12:60 p.m.", ""]),
)
def test_mofa_capture_shaped_input(
    country: str, title: str, date_: str, lead: str, minutes: int, clock: str
) -> None:
    page = (
        f"Japan-{country} Relations\n{title}\n{date_}\n"
        f"On {date_}, commencing at {clock} for approximately {minutes} minutes, "
        f"Mr. SAKUMA Jiro, Minister for Foreign Affairs of Japan, held a meeting with "
        f"{country} {lead}. The overview of the meeting is as follows.\n{lead}\n"
        "Back to Japan-Country Relations\n"
    )
    _process(page.encode(), "page.txt")


@SETTINGS
@given(depth=st.integers(0, 400), text=words, tag=st.sampled_from(["div", "p", "span", "td"]))
def test_html_shaped_input(depth: int, text: str, tag: str) -> None:
    page = (
        f"<html><head><title>{text}</title></head><body>"
        + f"<{tag}>" * depth
        + f"{text}<script>{text}</script>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )
    _process(page.encode(), "page.html")


PUBLISHER_HEADS = (
    '<link rel="canonical" href="https://www.state.gov/{slug}/">',
    '<link rel="canonical" href="https://www.whitehouse.gov/briefing-room/{slug}/">',
    '<meta name="author" content="Ministry of Foreign Affairs of Japan">'
    '<link rel="canonical" href="https://www.mofa.go.jp/{slug}.html">',
)


@SETTINGS
@given(
    head=st.sampled_from(PUBLISHER_HEADS),
    slug=plain,
    title=words,
    date_=dates,
    paras=st.lists(words, max_size=4),
    xhtml=st.booleans(),
    cls=st.sampled_from(["entry-content", "body-content", "maincontents", "x"]),
)
def test_publisher_page_shaped_input(
    head: str, slug: str, title: str, date_: str, paras: list[str], xhtml: bool, cls: str
) -> None:
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = (
        ('<?xml version="1.0" encoding="UTF-8"?>\n' if xhtml else "")
        + f"<!DOCTYPE html><html><head><title>{title}</title>{head.format(slug=slug)}"
        f'<meta property="article:published_time" content="{date_}"></head><body>'
        f'<h1>{title}</h1><p>{date_}</p><div class="{cls}" id="{cls}">{body}</div>'
        "</body></html>"
    )
    _process(page.encode(), "page.html")


def _formats() -> list:
    return [f for f in sources.FORMATS if not (f.__doc__ or "").startswith("Placeholder")]


@pytest.mark.parametrize("fmt", _formats(), ids=lambda f: f.NAME)
@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.binary(max_size=2000), name=st.sampled_from(NAMES))
def test_each_reader_raises_only_source_error(fmt: object, data: bytes, name: str) -> None:
    path, rel = _file(data, name)
    try:
        out = list(fmt.read(path, rel))  # type: ignore[attr-defined]
    except SourceError as exc:
        assert exc.reason and rel in exc.detail
        return
    for rec in out:
        assert isinstance(rec, RawRecord | Reject)
        if isinstance(rec, RawRecord):
            assert rec.path == rel and rec.source == fmt.NAME  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_decode_round_trips_utf8(text: str) -> None:
    assert decode(text.encode("utf-8"), "x.txt") == (text, ())
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "x.txt")[0] == text
    if not text.startswith("\x00"):  # FF FE 00 00 is the UTF-32 mark
        assert decode(b"\xff\xfe" + text.encode("utf-16-le"), "x.txt")[0] == text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(data=st.binary(max_size=500))
def test_decode_never_fails_on_bytes(data: bytes) -> None:
    try:
        text, warnings = decode(data, "x.txt")
    except SourceError as exc:  # only a broken UTF-16/32 text after its byte-order mark
        assert exc.reason == "encoding" and data[:2] in (b"\xff\xfe", b"\xfe\xff", b"\x00\x00")
        return
    assert isinstance(text, str)
    assert all(isinstance(w, str) for w in warnings)
