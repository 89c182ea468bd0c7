"""A fixture page against the values written beside it (`<name>.expected.json`): MOFA and
Prime Minister's Office pages are checked the same way."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from policytrends import extract, sources
from policytrends.records import RawRecord

MEETING_FIELDS = ("date", "mode", "level", "parties", "counterpart_countries",
                  "location_country", "start_local", "duration_min")


def read_one(path: Path) -> RawRecord:
    """The one record of a page."""
    recs = list(sources.read(path, path.name))
    assert len(recs) == 1 and isinstance(recs[0], RawRecord), recs
    return recs[0]


def meeting_dict(meeting) -> dict:  # type: ignore[no-untyped-def]
    """A Meeting's fields as the expected files write them."""
    got = {f: getattr(meeting, f) for f in MEETING_FIELDS}
    got["date"] = got["date"].isoformat() if got["date"] else None
    got["counterpart_countries"] = list(got["counterpart_countries"])
    return got


def check_page(page: Path, fmt: ModuleType) -> None:
    """Detection, reading and extraction of `page` give its expected values."""
    exp = json.loads(page.with_suffix(".expected.json").read_text("utf-8"))
    assert sources.detect(page.read_bytes()[:65536], page.name) is fmt
    raw = read_one(page)
    assert raw.source == fmt.NAME and raw.reporting_country == "JPN"
    assert (raw.published.isoformat() if raw.published else None) == exp["published"]
    assert raw.title == exp["title"]
    if "url" in exp:
        assert raw.url == exp["url"]
    if "published_at" in exp:
        assert raw.published_at is not None
        assert raw.published_at.isoformat() == exp["published_at"]
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
        assert meeting_dict(got.meeting) == exp["meeting"]
        assert got.meeting.reporting_country == "JPN"
    people = sorted((p.side, p.family_name, p.country, p.title) for p in got.participants)
    want = sorted((p["side"], p["family_name"], p["country"], p["title"])
                  for p in exp["participants"])
    assert people == want
    assert sorted(code for code, _ in got.countries) == sorted(exp["countries"])
