"""The events layer: records of one meeting linked into one event, others kept apart.

Fixture records in tests/fixtures/events/ were written for these tests (fictional
officials, in the publishers' layouts): MOFA's pages in English and in Japanese and a
White House readout of one summit call (dated a day apart across the time zones; the
readout posted again in another section), a MOFA page and a State readout of
one foreign ministers' meeting, a vice-ministerial meeting of the same day, and remarks
before a President's meeting with the same visitor (another meeting).
"""

from __future__ import annotations

import gc
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pyarrow.compute as pc
import pytest
from fast_path_checks import SETTINGS
from hypothesis import given
from hypothesis import strategies as st

from policytrends.cli import main
from policytrends.events import (
    Rec,
    _found_by_remarks,
    derive,
    link,
    occasion_of,
    role_of,
    same_meeting,
)
from policytrends.ingest import ingest
from policytrends.store import Store
from policytrends.trends import meeting_counts, meetings_timeline

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
        frozenset({"mofa_summit_call.txt", "mofa_ja_summit_call.txt", "wh_summit_call.md",
                   "wh_summit_call_repost.md"}),
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
    for name in ("mofa_summit_call.txt", "mofa_fm_meeting.txt", "wh_pm_meeting_remarks.md",
                 "wh_summit_call_repost.md"):
        shutil.copy(FIXTURES / name, src)
    ingest([src], tmp_path / "s", jobs=1)
    second = _groups(tmp_path / "s")
    for eid, paths in first.items():  # every old event keeps its id, and gains its twin
        assert paths <= second[eid]
    assert second[next(e for e, p in first.items() if "wh_summit_call.md" in p)] == {
        "wh_summit_call.md", "mofa_summit_call.txt", "wh_summit_call_repost.md"}
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


@pytest.mark.parametrize(("title", "mode"), [
    ("Remarks by President Harlow and Prime Minister Okabe Before Their Virtual Meeting",
     "video"),
    ("Remarks by President Harlow Before a Video Call with Prime Minister Okabe", "video"),
    ("Remarks by President Harlow and Prime Minister Okabe Before Bilateral Meeting",
     "in_person"),
    # a word that only holds the cue is not it
    ("Remarks by President Harlow and Prime Minister Okabe on Virtuality Before Meeting",
     "in_person"),
])
def test_a_meeting_found_by_remarks_takes_the_mode_its_title_gives(title: str,
                                                                   mode: str) -> None:
    rec = _rec("r", role="remarks", published=10, names=US_JP, ranks=HEADS, mode=None,
               title=title)
    _found_by_remarks(rec)
    assert rec.mode == mode


def test_joint_statement_goes_to_the_leaders_meeting() -> None:
    leaders = _rec("leaders", names=US_JP, ranks=HEADS, level="summit")
    vice = _rec("vice", names={"USA": {"harmon"}, "JPN": {"okabe"}},
                ranks={"USA": "cabinet", "JPN": "head"}, level="ministerial")
    joint = _rec("joint", role="joint_statement", published=10,
                 title="Joint Statement of the United States and Japan")
    assert _events_of([leaders, vice, joint]) == {frozenset({"leaders", "joint"}),
                                                  frozenset({"vice"})}


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_meeting_counts_count_events_unless_asked_for_records(tmp_path: Path,
                                                              engine: str) -> None:
    ingest([FIXTURES], tmp_path / "s", jobs=1)
    events = meeting_counts(tmp_path / "s", by=None, engine=engine)
    records = meeting_counts(tmp_path / "s", by=None, engine=engine, count="records")
    got = {(r.period.year, r.counterpart): r.meetings for r in events.itertuples()}
    # the summit call: one event, reported twice by the White House (counterpart JPN)
    assert got[(2023, "JPN")] == 1 and got[(2023, "USA")] == 1
    assert {(r.period.year, r.counterpart): r.meetings for r in records.itertuples()}[
        (2023, "JPN")] == 2
    assert got[(2022, "JPN")] == 2  # the ministers' and the vice-ministers' meetings
    timeline = meetings_timeline(tmp_path / "s", engine=engine)
    assert timeline["event_id"].str.startswith("ev").all()
    with pytest.raises(ValueError, match="events"):
        meeting_counts(tmp_path / "s", count="pages")


def test_explain_lists_an_events_records(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    ingest([FIXTURES], tmp_path / "s", jobs=1)
    s = Store(tmp_path / "s")
    call = s.read_table("events").filter(pc.equal(s.read_table("events")["mode"],
                                                  "telephone"))["event_id"][0].as_py()
    assert main(["explain", call[:9], "--store", str(tmp_path / "s")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"event {call}\n")
    # MOFA's pages in English and in Japanese, the White House readout and its repost
    assert out.count("readout: ") == 4
    assert "Japan-U.S. Summit Telephone Talk" in out and "reported by: JPN, USA" in out
    assert main(["explain", "evzz", "--store", str(tmp_path / "s")]) != 0


@pytest.mark.parametrize("title", [
    "Secretary Antony J. Blinken On CNN's State of the Union with Dana Bash",  # interview
    "Remarks by President Harlow on the Economy",  # a speech by one of them
    "Background Press Call Previewing the Bilateral Meeting of President Harlow and "
    "Prime Minister Okabe",  # a preview
])
def test_records_about_no_meeting_join_none(title: str) -> None:
    role = role_of("remarks", title)
    if role is None:  # not about a meeting: never linked
        return
    other = _rec("x", role=role, published=10, names={"USA": {"harlow"}},
                 ranks={"USA": "head"}, title=title, sides=("USA",))
    assert _events_of([_rec("wh", names=US_JP, ranks=HEADS), other]) == {frozenset({"wh"})}


def test_previews_and_interviews_have_no_role() -> None:
    assert role_of("remarks", "Background Press Call Previewing the Bilateral Meeting") is None
    assert role_of("remarks", "Secretary Blinken with Stephen Colbert") is None
    assert role_of("remarks", "Secretary Blinken and Foreign Minister Sakuma Before Their "
                              "Meeting") == "remarks"
    assert role_of("meeting", "Joint Statement on the Trilateral Meeting") == "joint_statement"
    assert role_of("meeting", "Readout of the Fact Sheet Meeting") == "readout"


@pytest.mark.parametrize(("title", "occasion"), [
    ("Remarks by President Harlow and Prime Minister Okabe at the State Dinner", "meal"),
    ("Courtesy Call on Prime Minister Okabe by Vice President Harmon and Dinner hosted by "
     "Prime Minister Okabe", None),  # the talks, with the dinner after them
    ("Readout of Vice President Harmon's Breakfast Meeting with Prime Minister Okabe", None),
    ("日米首脳夕食会", "meal"),
    ("日米首脳会談及び夕食会", None),
])
def test_occasion_of_a_title(title: str, occasion: str | None) -> None:
    assert occasion_of(title) == occasion


def test_a_joint_statement_reporting_the_meeting_joins_the_publishers_readout() -> None:
    readout = _rec("readout", title="Readout of President Harlow's Meeting with Prime "
                                    "Minister Okabe", names=US_JP, ranks=HEADS)
    joint = _rec("joint", role="joint_statement", title="Joint Statement of the United "
                                                        "States and Japan")
    joint.is_meeting = joint.date is None  # it has a meetings row, its text gives no names
    joint.date = readout.date
    assert same_meeting(readout, joint)


def test_a_grouping_named_as_a_side_by_one_record_only_does_not_split() -> None:
    mofa = _rec("mofa", source="mofa", reporting="JPN", sides=("JPN", "USA", "KOR", "NATO"),
                names={**US_JP, "KOR": {"yoon"}})
    wh = _rec("wh", sides=("USA", "JPN", "KOR"), names={**US_JP, "KOR": {"yoon"}})
    assert _events_of([mofa, wh]) == {frozenset({"mofa", "wh"})}
    eu = _rec("eu", sides=("USA", "EU"), names={"USA": {"harlow"}, "EU": {"maes"}})
    assert _events_of([eu, wh]) == {frozenset({"eu"}), frozenset({"wh"})}


@pytest.mark.parametrize("collecting", [True, False])
def test_linking_leaves_the_cycle_collector_as_it_found_it(tmp_path: Path,
                                                           collecting: bool) -> None:
    ingest([FIXTURES], tmp_path / "s", jobs=1)
    current = Store(tmp_path / "s").current()
    assert current is not None
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        tables = derive(current, None)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
    assert tables is not None and tables["events"].num_rows == 4


_rec_fields = st.fixed_dictionaries({
    "source": st.sampled_from(["whitehouse", "mofa"]),
    "reporting": st.sampled_from(["USA", "JPN"]),
    "role": st.sampled_from(["readout", "joint_statement", "remarks"]),
    "title": st.sampled_from(["A", "B"]),
    "day": st.integers(8, 12),
    "published": st.sampled_from([None, 9, 14]),
    "mode": st.sampled_from([None, "in_person", "telephone"]),
    "sides": st.sampled_from([("USA", "JPN"), ("USA", "JPN", "NATO"), ("USA", "KOR")]),
    "names": st.sampled_from([{}, US_JP, {"USA": {"harlow"}, "JPN": {"okabe-sato"}},
                              {"USA": {"harlowe"}, "JPN": {"岡部"}}, {"JPN": {"okab"}}]),
    "ranks": st.sampled_from([{}, HEADS, {"USA": "minister"}]),
    "start": st.sampled_from([None, 600, 700]),
    "occasion": st.sampled_from([None, "meal"]),
})


@SETTINGS
@given(a=_rec_fields, b=_rec_fields)
def test_same_meeting_is_symmetric(a: dict, b: dict) -> None:
    """Linking asks each pair once and reads the answer back in either order."""
    x, y = _rec("x", **a), _rec("y", **b)
    assert same_meeting(x, y) == same_meeting(y, x)


@SETTINGS
@given(fields=st.lists(_rec_fields, min_size=1, max_size=8), data=st.data())
def test_linking_a_new_store_does_not_depend_on_the_records_order(fields: list[dict],
                                                                  data: st.DataObject) -> None:
    """A new store's records are linked in the order they arrive (`events.Linker`), not
    in the store's order: the events must be the same, unless a duplicate repeats another
    duplicate (the Linker then links them in the store's order)."""
    dup_of = data.draw(st.lists(st.integers(-1, len(fields) - 1), min_size=len(fields),
                                max_size=len(fields)))

    def recs() -> list[Rec]:  # (linking sets the meeting fields of remarks that found one)
        out = [_rec(f"r{k}", **f) for k, f in enumerate(fields)]
        for k, d in enumerate(dup_of):
            if 0 <= d < k and out[d].duplicate_of is None:
                out[k].duplicate_of = out[d].record_id
        return out

    order = data.draw(st.permutations(range(len(fields))))
    shuffled = recs()
    assert link([shuffled[k] for k in order]) == link(recs())
