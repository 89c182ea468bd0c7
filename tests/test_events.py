"""The events layer: records of one meeting linked into one event, others kept apart.

Fixture records in tests/fixtures/events/ were written for these tests (fictional
officials, in the publishers' layouts): a MOFA page and a White House readout of one
summit call (dated a day apart across the time zones), a MOFA page and a State readout of
one foreign ministers' meeting, a vice-ministerial meeting of the same day, and remarks
before a President's meeting with the same visitor (another meeting).
"""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pyarrow.compute as pc
import pytest

from policytrends.events import Rec, link, same_meeting
from policytrends.ingest import ingest
from policytrends.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def _groups(store: Path) -> dict[str, set[str]]:
    """event_id -> paths of its records."""
    s = Store(store)
    docs = s.read_table("documents", ["record_id", "path", "item"]).to_pylist()
    where = {d["record_id"]: d["path"] + (f"#{d['item'][-6:]}" if d["item"] else "")
             for d in docs}
    out: dict[str, set[str]] = {}
    for row in s.read_table("event_records").to_pylist():
        out.setdefault(row["event_id"], set()).add(where[row["record_id"]])
    return out


def _by_members(groups: dict[str, set[str]]) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups.values()}


def test_fixture_records_group_by_meeting(tmp_path: Path) -> None:
    ingest([FIXTURES], tmp_path / "s", jobs=1)
    assert _by_members(_groups(tmp_path / "s")) == {
        frozenset({"mofa_summit_call.txt", "wh_summit_call.md"}),
        frozenset({"mofa_fm_meeting.txt", "state_fm_meeting.rss#900001"}),
        frozenset({"state_fm_meeting.rss#900002"}),
        frozenset({"wh_pm_meeting_remarks.md"}),  # a remarks-only meeting: an event too
    }


def test_every_meeting_row_in_exactly_one_event(tmp_path: Path) -> None:
    ingest([FIXTURES], tmp_path / "s", jobs=1)
    s = Store(tmp_path / "s")
    members = s.read_table("event_records")["record_id"].to_pylist()
    assert len(members) == len(set(members))
    assert set(s.read_table("meetings")["record_id"].to_pylist()) <= set(members)
    events = s.read_table("events")
    counts = Counter(s.read_table("event_records")["event_id"].to_pylist())
    assert events["n_records"].to_pylist() == [counts[e] for e in
                                               events["event_id"].to_pylist()]
    call = events.filter(pc.equal(events["mode"], "telephone")).to_pylist()[0]
    assert call["counterpart_countries"] == ["JPN", "USA"]
    assert call["reporting_countries"] == ["JPN", "USA"]


def test_ids_stable_and_a_later_record_joins_its_event(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(FIXTURES / "wh_summit_call.md", src)
    shutil.copy(FIXTURES / "state_fm_meeting.rss", src)
    ingest([src], tmp_path / "s", jobs=1)
    first = _groups(tmp_path / "s")
    for name in ("mofa_summit_call.txt", "mofa_fm_meeting.txt", "wh_pm_meeting_remarks.md"):
        shutil.copy(FIXTURES / name, src)
    ingest([src], tmp_path / "s", jobs=1)
    second = _groups(tmp_path / "s")
    for eid, paths in first.items():  # every old event keeps its id, and gains its twin
        assert paths <= second[eid]
    assert second[next(e for e, p in first.items() if "wh_summit_call.md" in p)] == {
        "wh_summit_call.md", "mofa_summit_call.txt"}
    (src / "wh_summit_call.md").touch()  # a re-ingest that changes nothing
    ingest([src], tmp_path / "s", jobs=1)
    assert _groups(tmp_path / "s") == second


def test_fresh_stores_of_the_same_files_have_the_same_ids(tmp_path: Path) -> None:
    ingest([FIXTURES], tmp_path / "a", jobs=1)
    ingest([FIXTURES], tmp_path / "b", jobs=2)
    assert _groups(tmp_path / "a") == _groups(tmp_path / "b")


# -- rules, on records built by hand ------------------------------------------------------
def _rec(rid: str, *, source: str = "whitehouse", reporting: str = "USA", role: str = "readout",
         title: str = "", day: int = 10, mode: str | None = "in_person",
         sides: tuple[str, ...] = ("USA", "JPN"), names: dict[str, set[str]] | None = None,
         ranks: dict[str, str] | None = None, language: str = "en", start: int | None = None,
         occasion: str | None = None, published: int | None = None, level: str | None = None
         ) -> Rec:
    return Rec(record_id=rid, source=source, language=language, reporting=reporting,
               role=role, title=title or rid, published=date(2023, 5, published or day),
               date=date(2023, 5, day) if role == "readout" else None, mode=mode,
               level=level, sides=frozenset(sides), names=names or {}, ranks=ranks or {},
               start_min=start, occasion=occasion, is_meeting=role == "readout")


def _events_of(recs: list[Rec]) -> set[frozenset[str]]:
    _, rows = link(recs)
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["event_id"], set()).add(row["record_id"])
    return {frozenset(v) for v in out.values()}


US_JP = {"USA": {"harlow"}, "JPN": {"okabe"}}
HEADS = {"USA": "head", "JPN": "head"}


def test_two_governments_and_two_languages_join() -> None:
    recs = [_rec("wh", names=US_JP, ranks=HEADS),
            _rec("mofa-en", source="mofa", reporting="JPN", names=US_JP, ranks=HEADS, start=600),
            _rec("mofa-ja", source="mofa", reporting="JPN", language="ja", ranks=HEADS,
                 names={"USA": {"ハーロウ"}, "JPN": {"岡部"}}, start=600)]
    assert _events_of(recs) == {frozenset({"wh", "mofa-en", "mofa-ja"})}


def test_a_call_dated_a_day_apart_by_two_governments_joins() -> None:
    recs = [_rec("wh", mode="telephone", day=14, names=US_JP),
            _rec("mofa", source="mofa", reporting="JPN", mode="telephone", day=15,
                 names=US_JP)]
    assert _events_of(recs) == {frozenset({"wh", "mofa"})}


@pytest.mark.parametrize("other", [
    # the Secretary's meeting with the same visitor on the same day
    dict(names={"USA": {"quayle"}, "JPN": {"okabe"}}, ranks={"USA": "cabinet", "JPN": "head"}),
    # a call the day before the visit
    dict(mode="telephone", day=9),
    # the summit session of three, on whose margins the bilateral was held
    dict(sides=("USA", "JPN", "KOR"), names={**US_JP, "KOR": {"yoon"}}),
    # the state dinner of the same day
    dict(occasion="meal"),
    # a second meeting of the day, at another hour (the same publisher's other readout)
    dict(source="mofa", reporting="JPN", start=1080),
])
def test_different_meetings_stay_apart(other: dict) -> None:
    base = dict(source="mofa", reporting="JPN", names=US_JP, ranks=HEADS, start=600)
    recs = [_rec("a", **base), _rec("b", **{**dict(names=US_JP, ranks=HEADS), **other})]
    assert _events_of(recs) == {frozenset({"a"}), frozenset({"b"})}


def test_one_publisher_two_readouts_are_two_meetings() -> None:
    a = _rec("a", title="Readout of the President's Meeting", names=US_JP)
    b = _rec("b", title="Readout of the President's Meeting and Dinner", names=US_JP)
    assert not same_meeting(a, b)


def test_remarks_join_their_meeting_or_found_one() -> None:
    remarks = _rec("r", role="remarks", published=10, names=US_JP, ranks=HEADS,
                   title="Remarks by President Harlow and Prime Minister Okabe of Japan "
                         "Before Bilateral Meeting")
    assert _events_of([_rec("wh", names=US_JP, ranks=HEADS), remarks]) == {
        frozenset({"wh", "r"})}
    alone = _events_of([remarks])
    assert alone == {frozenset({"r"})}
    speech = _rec("s", role="remarks", published=10, names=US_JP,
                  title="Remarks by President Harlow at a Rally")
    assert _events_of([speech]) == set()  # remarks about no meeting belong to none


def test_joint_statement_goes_to_the_leaders_meeting() -> None:
    leaders = _rec("leaders", names=US_JP, ranks=HEADS, level="summit")
    vice = _rec("vice", names={"USA": {"harmon"}, "JPN": {"okabe"}},
                ranks={"USA": "cabinet", "JPN": "head"}, level="ministerial")
    joint = _rec("joint", role="joint_statement", published=10,
                 title="Joint Statement of the United States and Japan")
    assert _events_of([leaders, vice, joint]) == {frozenset({"leaders", "joint"}),
                                                  frozenset({"vice"})}
