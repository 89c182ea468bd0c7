"""`policytrends.load`: by default the per-record tables count each record once, meetings
mark domestic events and name a missing level "unknown"; `raw=True` gives the rows as
stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from trendstore import FOIP, NK, Rec, write_store

import policytrends
from policytrends import plots, trends
from policytrends.schema import UNKNOWN

SUMMIT = {"date": date(2022, 5, 23), "mode": "in_person", "level": "summit",
          "counterparts": ["JPN"]}


def _records() -> list[Rec]:
    text = f"The leaders affirmed {FOIP}."
    return [
        Rec("whitehouse", "wh/summit.md", text, {"foip": [FOIP]}, title="Summit",
            published=date(2022, 5, 23), meeting=SUMMIT),
        # the same readout saved again under another name: a copy, not a second meeting
        Rec("whitehouse", "wh/summit-copy.md", text, {"foip": [FOIP]}, title="Summit",
            published=date(2022, 5, 23), meeting=SUMMIT, duplicate_of="wh/summit.md"),
        # a meeting whose text gives no level
        Rec("mofa", "mofa/call.html", f"They discussed {NK}.", {"north_korea": [NK]},
            title="Call", published=date(2022, 6, 1), reporting_country="JPN",
            meeting={"date": date(2022, 6, 1), "mode": "telephone", "level": None,
                     "counterparts": ["KOR"]}),
        # a domestic event: no foreign side (gold convention: level null, no counterparts)
        Rec("whitehouse", "wh/governors.md", "The President met the governors.", {},
            title="Governors", published=date(2022, 7, 1),
            meeting={"date": date(2022, 7, 1), "mode": "in_person", "level": None,
                     "counterparts": []}),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("frames") / "store", _records())


def test_meetings_leave_out_copies_and_mark_domestic_events(store: Path) -> None:
    frames = policytrends.load(store)
    m = frames.meetings
    copy = _records()[1].record_id
    assert copy not in set(m["record_id"]) and len(m) == 3
    assert copy not in set(frames.topics["record_id"])
    assert copy in set(frames.documents["record_id"])  # the inventory keeps it, marked
    assert m.set_index("record_id")["domestic"].to_dict() == {
        r.record_id: r.path == "wh/governors.md" for r in _records() if r.record_id != copy}
    # the README's example counts meetings with a foreign side once each
    counts = m[~m["domestic"]].groupby(["mode", "level"]).size()
    assert counts.to_dict() == {("in_person", "summit"): 1, ("telephone", UNKNOWN): 1}


def test_raw_rows_are_one_argument_away(store: Path) -> None:
    raw = policytrends.load(store, raw=True)
    assert len(raw.meetings) == 4 and "domestic" not in raw.meetings.columns
    assert raw.meetings["level"].isna().sum() == 2
    assert len(raw.topics) == 3


def test_dask_frames_are_counted_the_same(store: Path) -> None:
    pytest.importorskip("dask.dataframe")
    lazy = policytrends.load(store, engine="dask").meetings.compute()
    eager = policytrends.load(store).meetings
    key = ["record_id"]
    pd.testing.assert_frame_equal(lazy.sort_values(key).reset_index(drop=True),
                                  eager.sort_values(key).reset_index(drop=True),
                                  check_dtype=False)


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_a_missing_level_has_one_name_everywhere(store: Path, engine: str) -> None:
    by_level = trends.theme_frequency(store, ["north_korea"], period="year", by="level",
                                      engine=engine, meetings_only=True)
    assert UNKNOWN in set(by_level["level"]) and "(none)" not in set(by_level["level"])
    timeline = trends.meetings_timeline(store, engine=engine)
    assert set(timeline.loc[timeline["counterpart"] == "KOR", "level"]) == {UNKNOWN}
    counts = trends.meeting_counts(store, by="level", engine=engine)
    assert set(counts["level"]) == {"summit", UNKNOWN}
    fig = plots.meetings_timeline(timeline)
    labels = [t.get_text() for ax in fig.axes if ax.get_legend()
              for t in ax.get_legend().get_texts()]
    assert any(label.startswith(UNKNOWN) for label in labels)


def test_events_are_marked_like_meetings() -> None:
    from policytrends.frames import mark_events

    events = pd.DataFrame({
        "event_id": ["ev1", "ev2"], "mode": ["telephone", None], "level": [None, "summit"],
        "counterpart_countries": [["USA", "JPN"], ["USA"]],
        "reporting_countries": [["USA"], ["USA"]]})
    marked = mark_events(events)
    assert list(marked["domestic"]) == [False, True]
    assert list(marked["level"]) == [UNKNOWN, "summit"]
    assert list(marked["mode"]) == ["telephone", UNKNOWN]
    assert events["level"].isna().sum() == 1  # the caller's frame is not changed
