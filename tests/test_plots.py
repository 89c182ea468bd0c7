"""Charts: each returns a Figure whose titles say what is counted, drawn from the data."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure
from trendstore import sample_records, write_store

from policytrends import plots, trends


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
    # rows and columns china, foip: 3 China records, 5 FOIP records, 1 with both
    assert co.axes[0].get_images()[0].get_array().tolist() == [[3, 1], [1, 5]]

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
