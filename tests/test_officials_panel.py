"""Officials' meetings and the dyad panel, on hand-written meetings (tests/trendstore.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from trendstore import named_records, write_store

from policytrends import officials, panel


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("officials") / "store", named_records())


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_meetings_between_two_officials(store: Path, engine: str) -> None:
    df = officials.meetings_between(store, "Biden", "kishida", engine=engine)
    # the White House and MOFA readouts of 23 May 2022 (not the copy), the 2023 call
    # whose record spells "Kishída" without a separate family name
    assert list(df["date"].dt.strftime("%Y-%m-%d")) == ["2022-05-23", "2022-05-23",
                                                         "2023-01-13"]
    assert list(df["reporting_country"]) == ["JPN", "USA", "USA"]
    assert "KISHIDA Fumio (JPN)" in df.iloc[0]["officials"]
    assert officials.meetings_between(store, "Biden", "Hayashi", engine=engine).empty
    one = officials.meetings_between(store, "Biden", "Kishida", start="2023-01-01",
                                     engine=engine)
    assert list(one["mode"]) == ["telephone"]


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_counterparts_of_an_official(store: Path, engine: str) -> None:
    df = officials.counterparts_of(store, "HAYASHI", engine=engine)
    assert list(df["country"]) == ["AUS", "EU", "IND"]
    wong = df.iloc[0]
    assert (wong.family_name.casefold(), wong.records) == ("wong", 2)
    assert (wong.first_date, wong.last_date) == (pd.Timestamp("2022-07-08"),
                                                 pd.Timestamp("2022-09-21"))
    # Kishida sat on either side; "Fumio Kishída" (no family name given) is the same man
    of_biden = officials.counterparts_of(store, "Biden", engine=engine)
    assert list(zip(of_biden["country"], of_biden["records"], strict=True)) == [
        ("JPN", 3), ("KOR", 1)]
    of_kishida = officials.counterparts_of(store, "Kishida", engine=engine)
    assert list(of_kishida["name"]) == ["Joseph R. Biden"]
    assert list(of_kishida["records"]) == [3]
    with pytest.raises(ValueError, match="official"):
        officials.meetings_between(store, engine=engine)
    # meetings_only is what these functions count anyway: saying it is no error
    assert len(officials.counterparts_of(store, "Hayashi", meetings_only=True,
                                         engine=engine)) == 3
    assert len(panel.dyad_panel(store, meetings_only=True, engine=engine)) == 12


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_dyad_panel_is_balanced_and_split_by_level_and_mode(store: Path, engine: str) -> None:
    df = panel.dyad_panel(store, period="year", engine=engine)
    dyads = df[["reporting_country", "counterpart"]].drop_duplicates()
    assert len(dyads) == 6 and len(df) == 6 * 2  # every dyad in 2022 and 2023
    usa_kor = df[(df["reporting_country"] == "USA") & (df["counterpart"] == "KOR")]
    assert list(usa_kor["meetings"]) == [2, 0]  # Biden-Yoon, Blinken-Park; none in 2023
    assert list(usa_kor["level_summit"]) == [1, 0]
    assert list(usa_kor["mode_telephone"]) == [1, 0]
    assert df["meetings"].sum() == 9  # ten meeting records, one a copy
    levels = df.filter(like="level_").sum(axis=1)
    modes = df.filter(like="mode_").sum(axis=1)
    assert (levels == df["meetings"]).all() and (modes == df["meetings"]).all()
    kinds = dict(zip(df["counterpart"], df["counterpart_kind"], strict=False))
    assert kinds["EU"] == "organisation" and kinds["AUS"] == "state"


def test_dyad_panel_exports(store: Path, tmp_path: Path) -> None:
    df = panel.dyad_panel(store, period="month", sources="mofa")
    assert len(df) == 4 * 11  # four MOFA dyads, May 2022 to March 2023
    df.to_stata(tmp_path / "dyads.dta", write_index=False)
    back = pd.read_stata(tmp_path / "dyads.dta")
    assert list(back.columns) == list(df.columns)
    assert back["meetings"].sum() == df["meetings"].sum() == 5
    df.to_parquet(tmp_path / "dyads.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dyads.parquet"), df,
                                  check_dtype=False)
    df.to_csv(tmp_path / "dyads.csv", index=False)
    assert (tmp_path / "dyads.csv").read_text().startswith(
        "reporting_country,counterpart,counterpart_kind,period,meetings,level_summit")


def test_top_counterparts_by_level_and_their_chart(store: Path) -> None:
    from matplotlib.colors import to_hex
    from matplotlib.figure import Figure

    from policytrends import palette, plots

    df = panel.top_counterparts(store, by="level", top=3)
    # AUS (2, Hayashi-Wong), JPN (2: the White House summit and call), KOR (2: USA)
    assert list(df["counterpart"]) == ["AUS", "JPN", "KOR"]
    assert list(df["meetings"]) == [2, 2, 2]
    assert list(df["level_summit"]) == [0, 2, 1]
    by_mode = panel.top_counterparts(store, by="mode", top=None, reporting_country="JPN")
    assert list(by_mode["counterpart"]) == ["AUS", "EU", "IND", "USA"]
    assert "level_summit" not in by_mode.columns
    fig = Figure()
    ax = fig.add_subplot()
    assert plots.counterpart_bars(df, ax=ax) is fig
    summit = [p for p in ax.patches
              if to_hex(p.get_facecolor()) == palette.colour("level", "summit")]
    assert len(summit) == 3  # one bar segment per counterpart, in the level's colour
    assert ax.get_title().startswith("Meetings by counterpart and level")
    records = panel.top_counterparts(store, by="level", count="records")
    assert plots.counterpart_bars(records).axes[0].get_xlabel() == "Meeting records"
    with pytest.raises(ValueError, match="level"):
        panel.top_counterparts(store, by="source")


def test_panel_counts_events_once_unless_asked_for_records(store: Path) -> None:
    import policytrends

    frames = policytrends.load(store)
    ids = dict(zip(frames.documents["path"], frames.documents["record_id"], strict=True))
    # a hand-made event: the Biden-Yoon summit and Blinken's call with Park as one meeting
    linked = pd.DataFrame({"event_id": ["E1", "E1"], "role": ["readout", "readout"],
                           "record_id": [ids["people/wh/2022-05-21-kor.md"],
                                         ids["people/state/2022-06-01-kor.md"]]})
    frames = replace(frames, event_records=linked)
    events = panel.dyad_panel(frames, period="year")
    usa_kor = events[(events["reporting_country"] == "USA") & (events["counterpart"] == "KOR")]
    assert list(usa_kor["meetings"]) == [1, 0]
    assert list(usa_kor["level_summit"] + usa_kor["level_ministerial"]) == [1, 0]
    records = panel.dyad_panel(frames, period="year", count="records")
    assert records["meetings"].sum() == events["meetings"].sum() + 1
    top = panel.top_counterparts(frames, by="mode", top=None)
    assert int(top.loc[top["counterpart"] == "KOR", "meetings"].iloc[0]) == 1
    with pytest.raises(ValueError, match="count"):
        panel.dyad_panel(frames, count="meetings")
