"""Two readouts of one meeting: themes each government names, passages side by side.

The store is the events fixtures' (tests/fixtures/events/, written for these tests): two
meetings both Japan and the United States reported (a summit call: MOFA's pages in
English and Japanese name a free and open Indo-Pacific and North Korea, the White
House's readouts the DPRK, the Alliance and Ukraine; a foreign ministers' meeting: both
name a free and open Indo-Pacific, China and the East China Sea).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policytrends import plots, two_readouts
from policytrends.ingest import ingest

FIXTURES = Path(__file__).parent / "fixtures" / "events"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("two") / "store"
    ingest([FIXTURES], root, jobs=1)
    return root


def test_shared_events_are_those_both_governments_reported(store: Path) -> None:
    shared = two_readouts.shared_events(store, ("JPN", "USA"))
    assert len(shared) == 2  # the vice-ministers' meeting and the remarks: US only
    assert sorted(shared["records"].tolist()) == [2, 4]
    assert two_readouts.shared_events(store, ("JPN", "USA"), start="2023-01-01")[
        "records"].tolist() == [4]


def test_theme_shares_count_each_side_once_per_meeting(store: Path) -> None:
    shares = two_readouts.theme_shares(store, ("JPN", "USA")).set_index("theme")
    assert shares.attrs["events"] == 2
    foip = shares.loc["foip"]
    assert (foip["JPN"], foip["USA"], foip["both"], foip["only_JPN"]) == (2, 1, 1, 1)
    assert foip["share_JPN"] == 1.0 and foip["share_USA"] == 0.5
    ukraine = shares.loc["russia_ukraine"]
    assert (ukraine["JPN"], ukraine["USA"], ukraine["only_USA"]) == (0, 1, 1)


def test_side_by_side_puts_each_sides_passage_next_to_the_others(store: Path) -> None:
    rows = two_readouts.side_by_side(store, "foip", ("JPN", "USA"))
    assert len(rows) == 2
    call = rows[rows["date"].dt.year == 2023].iloc[0]
    assert call["passage_JPN"] and call["passage_USA"] == ""  # MOFA's English or Japanese
    ministers = rows[rows["date"].dt.year == 2022].iloc[0]
    assert "free and open Indo-Pacific" in ministers["passage_USA"]
    shares = two_readouts.theme_shares(store, ("JPN", "USA"), ["foip", "china"])
    both = two_readouts.passages(store, shares, per_theme=1)
    assert both["theme"].tolist() == ["foip", "china"]


def test_chart_of_the_shares_and_of_none(store: Path, tmp_path: Path) -> None:
    fig = plots.two_readouts(two_readouts.theme_shares(store, ("JPN", "USA")))
    assert len(fig.axes[0].patches) == 2 * len(
        two_readouts.theme_shares(store, ("JPN", "USA")))
    empty = plots.two_readouts(two_readouts.theme_shares(store, ("JPN", "KOR")))
    assert "No meeting was reported by both JPN and KOR." in [
        t.get_text() for t in empty.axes[0].texts]
