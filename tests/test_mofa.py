"""MOFA pages: detection, furniture removal and meeting extraction.

Fixture pages in tests/fixtures/mofa/ were written for these tests (fictional events in
MOFA's format); each `<name>.expected.json` holds values written by reading the page.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES, SAMPLE
from policytrends import extract, sources
from policytrends.pipeline import process_file
from policytrends.records import RawRecord
from policytrends.sources import mofa

MOFA_FIXTURES = FIXTURES / "mofa"
SEED = SAMPLE / "seeds" / "000_1a11f1daf163081b.txt"
PAGES = sorted(p for p in MOFA_FIXTURES.iterdir() if p.suffix in (".txt", ".html"))
MEETING_FIELDS = ("date", "mode", "level", "parties", "counterpart_countries",
                  "location_country", "start_local", "duration_min")


def _read(path: Path) -> RawRecord:
    recs = list(sources.read(path, path.name))
    assert len(recs) == 1 and isinstance(recs[0], RawRecord), recs
    return recs[0]


def _expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".expected.json").read_text("utf-8"))


def _meeting_dict(meeting) -> dict:
    got = {f: getattr(meeting, f) for f in MEETING_FIELDS}
    got["date"] = got["date"].isoformat() if got["date"] else None
    got["counterpart_countries"] = list(got["counterpart_countries"])
    return got


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_fixture_page(page: Path) -> None:
    exp = _expected(page)
    head = page.read_bytes()[:65536]
    assert sources.detect(head, page.name) is mofa
    raw = _read(page)
    assert raw.source == "mofa" and raw.reporting_country == "JPN"
    assert (raw.published.isoformat() if raw.published else None) == exp["published"]
    assert raw.title == exp["title"]
    if "url" in exp:
        assert raw.url == exp["url"]
    for frag in exp["text_excludes"]:
        assert frag not in raw.text, frag
    for frag in exp["text_includes"]:
        assert frag in raw.text, frag
    got = extract.analyse(raw)
    assert got.kind == exp["kind"]
    if exp["meeting"] is None:
        assert got.meeting is None
    else:
        assert got.meeting is not None
        assert _meeting_dict(got.meeting) == exp["meeting"]
        assert got.meeting.reporting_country == "JPN"
    people = sorted((p.side, p.family_name, p.country, p.title) for p in got.participants)
    want = sorted((p["side"], p["family_name"], p["country"], p["title"])
                  for p in exp["participants"])
    assert people == want
    assert sorted(code for code, _ in got.countries) == sorted(exp["countries"])


def test_seed_matches_my_reading() -> None:
    """Values written from reading the seed page (no ../shared needed)."""
    result = process_file(SEED, "seeds/000_1a11f1daf163081b.txt")
    assert not result.rejects
    doc = result.tables["documents"][0]
    assert doc["source"] == "mofa" and doc["published"] == date(2021, 12, 11)
    assert doc["kind"] == "meeting"
    for furniture in ("Two foreign ministers greeting", "photo session", "Back to",
                      "United States of America Relations"):
        assert furniture not in doc["text"]
    assert doc["text"].startswith("On December 11, commencing at 12:20")
    assert "5. The two ministers concurred to accelerate" in doc["text"]
    (meeting,) = result.tables["meetings"]
    assert meeting["date"] == date(2021, 12, 11)
    assert meeting["start_local"] == "12:20"  # not 21:20, the Japan time
    assert meeting["duration_min"] == 25 and meeting["location_country"] == "GBR"
    assert meeting["mode"] == "in_person" and meeting["level"] == "ministerial"
    names = {(p["family_name"], p["country"], p["side"]) for p in result.tables["counterparts"]}
    assert names == {("Hayashi", "JPN", "reporting"), ("Blinken", "USA", "counterpart")}


def test_seed_matches_gold(shared: Path) -> None:
    """The seed ingests to exactly its gold line (seed-001), field by field."""
    gold = next(json.loads(line) for line in
                (shared / "gold" / "dev_state.jsonl").read_text("utf-8").splitlines()
                if line.strip() and json.loads(line)["id"] == "seed-001")
    result = process_file(shared / gold["path"], gold["path"])
    assert bool(result.tables["meetings"]) == gold["is_meeting"]
    (meeting,) = result.tables["meetings"]
    for field in MEETING_FIELDS + ("reporting_country",):
        got = meeting[field]
        if field == "date":
            got = got.isoformat()
        assert got == gold[field], field
    people = sorted((p["family_name"], p["country"], p["title"])
                    for p in result.tables["counterparts"])
    assert people == sorted((p["family_name"], p["country"], p["title"])
                            for p in gold["participants"])
    countries = sorted(row["country"] for row in result.tables["countries"])
    assert countries == sorted(gold["countries_mentioned"])


def test_sample_pages_ingest_as_meetings() -> None:
    pages = sorted((SAMPLE / "mofa").glob("*.*"))
    assert len(pages) >= 6
    for page in pages:
        result = process_file(page, page.name)
        assert not result.rejects, page.name
        assert result.tables["documents"][0]["source"] == "mofa", page.name
        assert result.tables["meetings"], page.name


@pytest.mark.parametrize("text", [
    b"---\ntitle: Readout\ndate: 2023-01-01\n---\nThe President met the Prime Minister.\n",
    b"Shopping list\n\nMilk, eggs and bread.\n",
    b"Minutes of the club meeting of March 3, 2024. The chair opened the meeting.\n",
])
def test_other_text_is_not_mofa(text: bytes) -> None:
    assert not mofa.detect(text, "note.txt")


def test_html_needs_mofa_markers() -> None:
    page = b"<!DOCTYPE html><html><body><p>On May 1, a meeting was held.</p></body></html>"
    assert not mofa.detect(page, "page.html")


def test_empty_page_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("Japan-Chile Relations\n\nBack to Japan-Chile Relations\n", "utf-8")
    result = process_file(path, "empty.txt")
    assert [r.reason for r in result.rejects] in (["no_text"], ["unsupported_format"], [])
    assert not result.tables["meetings"]
