"""Charts: each returns a Figure whose titles say what is counted, drawn from the data."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from trendstore import sample_records, write_store

from policytrends import palette, plots, trends


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("plots") / "store", sample_records())


def _texts(fig: Figure) -> str:
    found = [t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text"))]
    return "\n".join(found)


def _pixels(fig: Figure) -> np.ndarray:
    buf = BytesIO()
    fig.savefig(buf, format="png")
    import matplotlib.image

    buf.seek(0)
    return matplotlib.image.imread(buf)


def test_trend_lines_plot_the_frame_and_show_n(store: Path) -> None:
    df = trends.theme_frequency(store, ["foip", "china"], period="quarter",
                                sources=["whitehouse", "state"])
    fig = plots.trend_lines(df, value="records")
    top, bottom = fig.axes[:2]
    lines = {ln.get_label(): ln for ln in top.get_lines() if not ln.get_label().startswith("_")}
    assert set(lines) == {"FOIP", "China"}
    china = df[df["theme"] == "china"]
    # quarters with no records at all are gaps, not zeros
    expected = china["records"].astype(float).where(china["n_records"] > 0)
    np.testing.assert_array_equal(lines["China"].get_ydata(), expected.to_numpy())
    # 2021Q3 and Q4 have no records; 2022Q1 only MOFA's
    assert np.isnan(lines["China"].get_ydata()).sum() == 3
    heights = [p.get_height() for p in bottom.patches][: df["period"].nunique()]
    assert heights == df.drop_duplicates("period")["n_records"].astype(float).tolist()
    text = _texts(fig)
    assert "per quarter" in text and "whitehouse" in text and "state" in text
    assert "n per quarter" in text
    assert _pixels(fig).std() > 0.05


def test_share_of_few_records_is_hollow(store: Path) -> None:
    df = trends.theme_frequency(store, ["china"], period="quarter")
    fig = plots.trend_lines(df, value="share", min_n=3)
    hollow = [ln for ln in fig.axes[0].get_lines() if ln.get_label() == "_nolegend_"]
    # quarters with 1 or 2 records (2021Q2, 2022Q1, 2022Q2); 2021Q1 has 4
    assert len(hollow) == 1 and len(hollow[0].get_xdata()) == 3
    assert "hollow points: shares of fewer than 3 records" in _texts(fig)


def test_small_multiples_one_panel_per_theme(store: Path) -> None:
    df = trends.theme_frequency(store, ["foip", "north_korea", "china", "russia_ukraine"],
                                period="year", by="source")
    fig = plots.small_multiples(df, ncols=2)
    titled = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert titled == ["FOIP", "North Korea", "China", "Russia/Ukraine"]
    drawn = [ln for ln in fig.axes[0].get_lines() if not ln.get_label().startswith("_")]
    assert len(drawn) == df["source"].nunique()


def test_heatmaps_and_timeline(store: Path) -> None:
    cp = trends.counterpart_themes(store, ["foip", "north_korea"])
    fig = plots.counterpart_heatmap(cp)
    image = fig.axes[0].get_images()[0].get_array()
    assert image.shape == (cp["counterpart"].nunique(), 2)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "JPN (n=3)"  # most records first
    assert "Counted: all records from" in _texts(fig)

    co = plots.cooccurrence_heatmap(trends.cooccurrence(store, ["foip", "china"]))
    # rows and columns china, foip: 3 China records, 5 FOIP records, 1 with both; the
    # diagonal is written, grey, and out of the colour scale, which the pair sets
    image = co.axes[0].get_images()[0]
    assert image.get_array().tolist() == [[None, 1], [1, None]]
    assert image.norm.vmax == 1
    assert [t.get_text() for t in co.axes[0].texts] == ["3", "1", "1", "5"]

    tl = trends.meetings_timeline(store)
    fig = plots.meetings_timeline(tl)
    points = sum(len(c.get_offsets()) for c in fig.axes[0].collections)
    assert points == len(tl)
    assert "Meeting date" in _texts(fig)


def test_empty_frames_draw_a_message(store: Path) -> None:
    df = trends.theme_frequency(store, ["foip"], sources=["text"])  # no text records here
    fig = plots.trend_lines(df)
    assert "No records match" in _texts(fig)


def test_bad_value_is_named(store: Path) -> None:
    df = trends.theme_frequency(store, ["foip"], period="year")
    with pytest.raises(ValueError, match="value must be one of"):
        plots.trend_lines(df, value="percent")


def _theme_frame(shares: list[float], ns: list[int]) -> pd.DataFrame:
    """A yearly theme_frequency-like frame (hand-made: one theme, given shares and n)."""
    years = pd.to_datetime([f"{2018 + i}-01-01" for i in range(len(shares))])
    df = pd.DataFrame({"period": years, "theme": "foip", "n_records": ns, "n_meetings": 0,
                       "share": shares})
    df["records"] = (df["share"] * df["n_records"]).round()
    df["mentions"] = df["records"]
    df["ci_low"], df["ci_high"] = trends.wilson(df["records"], df["n_records"])
    df.attrs.update(period="year", counted_sources=["whitehouse"])
    return df


def test_hollow_small_n_points_do_not_set_the_y_axis() -> None:
    fig = plots.trend_lines(_theme_frame([0.2, 0.25, 1.0], [50, 40, 1]), min_n=20, ci=False)
    top = fig.axes[0]
    assert top.get_ylim()[1] == pytest.approx(0.275)  # 1.1 x the largest reliable share
    # the 100% of one record is drawn at the top edge as a hollow triangle
    edge = [ln for ln in top.get_lines() if ln.get_marker() == "^"]
    assert len(edge) == 1 and list(edge[0].get_ydata()) == [pytest.approx(0.275)]
    # with intervals drawn, the reliable shares' intervals fit (10 of 40: up to 40.2%)
    banded = plots.trend_lines(_theme_frame([0.2, 0.25, 1.0], [50, 40, 1]), min_n=20)
    assert banded.axes[0].get_ylim()[1] == pytest.approx(1.1 * 0.4020, abs=1e-3)


def _ticks(ax: Any) -> list[str]:
    ax.figure.canvas.draw()
    return [t.get_text() for t in ax.get_xticklabels() if t.get_text()]


def test_tick_labels_follow_the_period(store: Path) -> None:
    yearly = plots.trend_lines(trends.theme_frequency(store, ["foip"], period="year"))
    assert _ticks(yearly.axes[1]) == ["2021", "2022"]
    quarterly = plots.trend_lines(trends.theme_frequency(store, ["foip"], period="quarter"))
    assert _ticks(quarterly.axes[1])[:2] == ["2021Q1", "2021Q2"]
    monthly = plots.small_multiples(trends.theme_frequency(store, ["foip"], period="month"))
    assert all(len(t) == 7 and t[4] == "-" for t in _ticks(monthly.axes[0]))


def test_one_colour_per_theme_and_source_in_every_chart(store: Path) -> None:
    def colours(fig: Figure) -> dict[str, str]:
        return {ln.get_label(): to_hex(ln.get_color()) for ax in fig.axes
                for ln in ax.get_lines() if not ln.get_label().startswith("_")}

    one = colours(plots.trend_lines(trends.theme_frequency(store, ["china", "foip"])))
    other = colours(plots.trend_lines(trends.theme_frequency(
        store, ["north_korea", "foip", "taiwan"])))
    assert one["FOIP"] == other["FOIP"] == palette.theme_colour("foip")
    assert len(set(one.values()) | set(other.values())) == 4
    mine = palette.theme_colour("my_own_theme")  # a user's theme keeps one colour too
    assert mine == palette.theme_colour("my_own_theme") and mine.startswith("#")
    per_source = colours(plots.small_multiples(trends.theme_frequency(
        store, ["foip"], period="year", by="source")))
    assert per_source["mofa"] == palette.source_colour("mofa")
    assert per_source["whitehouse"] == palette.source_colour("whitehouse")


def test_every_plot_function_draws_into_a_given_ax(store: Path) -> None:
    freq = trends.theme_frequency(store, ["foip", "china"], period="year")
    frames = {
        plots.trend_lines: freq,
        plots.counterpart_heatmap: trends.counterpart_themes(store, ["foip"]),
        plots.cooccurrence_heatmap: trends.cooccurrence(store, ["foip", "china"]),
        plots.meetings_timeline: trends.meetings_timeline(store),
        plots.meetings_heatmap: trends.meeting_counts(store, by=None),
    }
    for fn, df in frames.items():
        fig = Figure()
        ax = fig.add_subplot()
        assert fn(df, ax=ax) is fig, fn.__name__  # type: ignore[operator]
        assert ax.has_data(), fn.__name__
    fig = Figure()
    axes = fig.subplots(1, 2)
    assert plots.small_multiples(freq, ax=axes) is fig
    assert [a.get_title() for a in axes] == ["FOIP", "China"]


def test_the_partial_last_period_is_marked(store: Path) -> None:
    df = trends.theme_frequency(store, ["china"], period="year", end="2022-05-31")
    fig = plots.trend_lines(df)
    assert "partial" in [t.get_text().strip() for t in fig.axes[0].texts]
    assert "last one partial" in fig.axes[1].get_xlabel()
    # the data stop on 30 June 2022: 2022 is partial, its second quarter is not
    whole = plots.trend_lines(trends.theme_frequency(store, ["china"], period="quarter"))
    assert "partial" not in [t.get_text().strip() for t in whole.axes[0].texts]


def test_chart_notes_name_the_filters(store: Path) -> None:
    df = trends.theme_frequency(store, ["foip"], period="year", counterpart="JPN",
                                level="summit", bilateral=True)
    assert "Counted: meetings from whitehouse (counterpart JPN; level summit; bilateral)" in (
        _texts(plots.trend_lines(df)))
