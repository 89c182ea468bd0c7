"""Charts of the frames `policytrends.trends` returns (matplotlib, no pyplot state).

Each function takes a trends frame and returns a `matplotlib.figure.Figure`; titles and
axis labels say what is counted and from which sources (read from the frame's
``attrs``). Figures are not registered with pyplot, so they never pile up in memory and
display once in a notebook (as the cell's value).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import matplotlib
import matplotlib.dates
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from . import palette
from .schema import UNKNOWN

# Readable defaults, applied only while a chart is drawn.
STYLE: dict[str, Any] = {
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "savefig.bbox": "tight",
}
LABELS = palette.labels()  # display names where title-casing the key reads wrong
VALUES = {"records": "Records naming the theme", "share": "Share of records naming the theme",
          "mentions": "Matched passages", "jaccard": "Jaccard (both / either)"}
PERIOD_NAMES = {"month": "month", "quarter": "quarter", "year": "year"}
PERIOD_FREQ = {"month": "M", "quarter": "Q", "year": "Y"}


label = palette.label


@contextmanager
def _style() -> Iterator[None]:
    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]  # keys are rcParams names
        yield


def _sources(df: pd.DataFrame) -> str:
    names = df.attrs.get("sources") or df.attrs.get("counted_sources")
    if not names and "source" in df.columns:
        names = sorted(set(df["source"]))
    what = "meetings" if df.attrs.get("meetings_only") else "all records"
    only = df.attrs.get("filters")
    return (f"{what} from {', '.join(names) if names else 'no source'}"
            + (f" ({only})" if only else ""))


def _note(df: pd.DataFrame) -> str:
    note = f"Counted: {_sources(df)}."
    undated = df.attrs.get("undated") or 0
    if undated:
        per = df.attrs.get("period", "period")
        note += (f" Not shown: {undated} record{'s' if undated != 1 else ''} whose date "
                 f"does not give the {per}")
        note += " (UN speeches carry only a year)." if per != "year" else "."
    return note


def _empty(fig: Figure, title: str, why: str, ax: Any = None) -> Figure:
    if ax is not None and not isinstance(ax, Axes):
        ax = np.atleast_1d(np.asarray(ax, dtype=object))[0]
    ax = ax if ax is not None else fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, why, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return fig


def _value(value: str) -> str:
    if value not in VALUES:
        raise ValueError(f"value must be one of {sorted(VALUES)}, not {value!r}")
    return value


MIN_N = 20  # shares of fewer records than this are drawn as hollow points
CI_ALPHA = 0.15


def _reliable(part: pd.DataFrame, value: str, min_n: int) -> pd.Series:
    """Points that may set the y-axis: counted, and for shares resting on `min_n` or more."""
    counted = part["n_records"].astype(float) > 0
    if value != "share":
        return counted
    return counted & (part["n_records"].astype(float) >= min_n)


def _y_top(df: pd.DataFrame, value: str, min_n: int, ci: bool = False) -> float | None:
    """Top of the y-axis: set by the reliable points (and their intervals when drawn)
    only (a 100% share of one record must not squash every other line), by all points
    when none is reliable."""
    y = df[value].astype(float).where(df["n_records"].astype(float) > 0)
    reliable = _reliable(df, value, min_n)
    ok = y[reliable]
    if ci and value == "share" and "ci_high" in df.columns:
        ok = pd.concat([ok, df.loc[reliable, "ci_high"].astype(float)])
    top = ok.max() if ok.notna().any() else y.max()
    if pd.isna(top) or top <= 0:
        return None
    top = float(top) * 1.1
    return min(top, 1.02) if value == "share" else top


def _series(ax: Axes, part: pd.DataFrame, value: str, min_n: int, top: float | None,
            ci: bool = False, **kw: Any) -> None:
    """One line; a gap where nothing was counted, hollow points where a share rests on few
    (at the top edge, as triangles, when above the axis), the 95% interval as a band."""
    counted = part["n_records"].astype(float) > 0
    y = part[value].astype(float).where(counted)
    (line,) = ax.plot(part["period"], y, **kw)
    if value != "share":
        return
    if ci and {"ci_low", "ci_high"} <= set(part.columns):
        # only over shares resting on enough records: bands of a handful span the axis
        ax.fill_between(part["period"], part["ci_low"].astype(float),
                        part["ci_high"].astype(float),
                        where=_reliable(part, value, min_n).to_numpy(),
                        color=line.get_color(), alpha=CI_ALPHA, linewidth=0,
                        label="_nolegend_")
    few = (counted & ~_reliable(part, value, min_n)).to_numpy()
    x, fy = part["period"].to_numpy()[few], y.to_numpy()[few]
    above = fy > top if top is not None else np.zeros(len(fy), dtype=bool)
    ax.plot(x[~above], fy[~above], linestyle="none", marker="o", markersize=5,
            markerfacecolor="white", markeredgecolor=line.get_color(), label="_nolegend_")
    if above.any():
        assert top is not None
        ax.plot(x[above], np.full(above.sum(), top), linestyle="none", marker="^",
                markersize=6, markerfacecolor="white", markeredgecolor=line.get_color(),
                clip_on=False, label="_nolegend_")


def _share_note(value: str, min_n: int) -> str:
    if value != "share":
        return "Gaps: periods with no records."
    return (f"Gaps: periods with no records; hollow points: shares of fewer than {min_n} "
            "records (triangles: above the axis); bands: 95% intervals of the others.")


MAX_TICKS = 12


def period_axis(ax: Axes, period: str, periods: pd.Series | None = None) -> None:
    """Tick labels that name the period: 2021 for years, 2021Q1 for quarters, 2021-01
    for months; at the periods drawn (every k-th when there are many)."""
    freq = PERIOD_FREQ.get(period)
    if freq is None:
        return
    if periods is not None and len(periods):
        stamps = pd.DatetimeIndex(sorted(set(pd.to_datetime(periods))))
        step = -(-len(stamps) // MAX_TICKS)
        stamps = stamps[::step]
        ax.set_xticks(list(stamps), [str(pd.Period(t, freq=freq)) for t in stamps])
    else:
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(
            lambda x, _: str(pd.Period(matplotlib.dates.num2date(x).date(), freq=freq))))
    ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())


def trend_lines(df: pd.DataFrame, value: str = "share", title: str | None = None,
                min_n: int = MIN_N, ci: bool = True, ax: Axes | None = None) -> Figure:
    """Lines per theme over time, with the records counted per period as bars below.

    Args:
        df: `trends.theme_frequency` result without `by`.
        value: "share" (of records in the period) or "records" or "mentions".
        title: chart title; a default names the value and period.
        min_n: shares resting on fewer records are drawn as hollow points and do not
            set the y-axis.
        ci: draw the 95% interval of each share as a band.
        ax: draw the lines into this Axes (without the bars of n below); the figure
            holding it is returned.

    Returns:
        The Figure.
    """
    value = _value(value)
    per = df.attrs.get("period", "period")
    title = title or f"{VALUES[value]}, per {PERIOD_NAMES.get(per, per)}"
    with _style():
        fig = _figure(ax, (10, 6))
        if df.empty:
            return _empty(fig, title, "No records match the filters.", ax)
        if ax is None:
            top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[3, 1])
        else:
            top, bottom = ax, None
        ymax = _y_top(df, value, min_n, ci)
        for theme, part in df.groupby("theme", sort=False):
            _series(top, part, value, min_n, ymax, ci=ci, marker="o", markersize=3,
                    color=palette.theme_colour(str(theme)), label=label(str(theme)))
        if ymax is not None:
            top.set_ylim(0, ymax)
        if value == "share":
            top.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        top.set_ylabel(VALUES[value])
        top.set_title(title)
        top.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
        period_axis(top, per, df["period"])
        _mark_partial(top, df)
        if bottom is not None:
            n = df.drop_duplicates("period")
            width = _bar_width(n["period"])
            bottom.bar(n["period"], n["n_records"], width=width, color="#9aa5b1",
                       label="all records")
            bottom.bar(n["period"], n["n_meetings"], width=width, color="#52606d",
                       label="of which meetings")
            bottom.set_ylabel(f"n per {per}")
            bottom.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
            bottom.set_xlabel(_period_label(df))
            period_axis(bottom, per, df["period"])
            fig.suptitle(f"{_note(df)}\n{_share_note(value, min_n)}", fontsize=9,
                         color="#444444", x=0.01, ha="left")
        else:
            top.set_xlabel(_period_label(df))
    return fig


def _mark_partial(ax: Axes, df: pd.DataFrame) -> None:
    """Shade the period the data stop inside of: its counts are not a whole period's."""
    if "partial" not in df.columns or not df["partial"].any():
        return
    start = pd.Timestamp(df.loc[df["partial"], "period"].iloc[0])
    freq = PERIOD_FREQ.get(str(df.attrs.get("period")), "D")
    end = pd.Period(start, freq=freq).end_time
    ax.axvspan(start, end, color="#eeeeee", zorder=0, label="_nolegend_")
    ax.text(start, 1.0, " partial", transform=ax.get_xaxis_transform(), va="top",
            ha="left", fontsize=8, color="#666666")


def _period_label(df: pd.DataFrame) -> str:
    per = str(df.attrs.get("period", "period"))
    note = "; last one partial" if "partial" in df.columns and df["partial"].any() else ""
    return f"{per.capitalize()}{note}"


def _figure(ax: Axes | Sequence[Axes] | None, size: tuple[float, float]) -> Figure:
    """The figure to draw on: the one holding `ax`, else a new one of `size`."""
    if ax is None:
        return Figure(figsize=size, layout="constrained")
    first = ax if isinstance(ax, Axes) else np.atleast_1d(np.asarray(ax, dtype=object))[0]
    fig = first.get_figure()
    assert isinstance(fig, Figure)
    return fig


def _bar_width(periods: pd.Series) -> float:
    if len(periods) < 2:
        return 20.0
    days = np.diff(np.sort(periods.to_numpy())).astype("timedelta64[D]").astype(float)
    return float(days.min()) * 0.8


def small_multiples(df: pd.DataFrame, value: str = "share", ncols: int = 3,
                    title: str | None = None, min_n: int = MIN_N, ci: bool = False,
                    ax: Axes | Sequence[Axes] | None = None) -> Figure:
    """One small chart per theme; with a `by` column, one line per group value.

    Args:
        df: `trends.theme_frequency` result (with or without `by`).
        value: "share", "records" or "mentions".
        ncols: charts per row.
        title: figure title.
        min_n: shares resting on fewer records are drawn as hollow points.
        ci: draw the 95% interval of each share as a band.
        ax: Axes to draw into, one per theme in the frame's order (a single Axes for
            one theme); the figure holding them is returned.
    """
    value = _value(value)
    per = df.attrs.get("period", "period")
    by = df.attrs.get("by")
    title = title or f"{VALUES[value]} per {per}" + (f", by {by}" if by else "")
    themes = list(dict.fromkeys(df["theme"]))
    with _style():
        rows = max(1, -(-len(themes) // ncols))
        fig = _figure(ax, (4 * min(ncols, max(1, len(themes))), 2.8 * rows + 0.8))
        if df.empty:
            return _empty(fig, title, "No records match the filters.", ax)
        if ax is None:
            axes = np.atleast_1d(fig.subplots(rows, min(ncols, len(themes)), sharex=True,
                                              sharey=True, squeeze=False)).ravel()
        else:
            axes = np.atleast_1d(np.asarray(ax, dtype=object)).ravel()
            if len(axes) < len(themes):
                raise ValueError(f"ax: {len(themes)} themes need {len(themes)} Axes, "
                                 f"got {len(axes)}")
        ymax = _y_top(df, value, min_n, ci)
        for one, theme in zip(axes, themes, strict=False):
            part = df[df["theme"] == theme]
            groups = part.groupby(by, sort=True) if by else [(None, part)]
            for group, g in groups:
                colour = palette.colour(by, str(group)) if by else palette.theme_colour(theme)
                _series(one, g, value, min_n, ymax, ci=ci, color=colour,
                        label=str(group) if by else None)
            one.set_title(label(theme), fontsize=10)
            if ymax is not None:
                one.set_ylim(0, ymax)
            if value == "share":
                one.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
            period_axis(one, per, df["period"])
            _mark_partial(one, part)
            one.tick_params(axis="x", labelrotation=45, labelsize=8)
        for one in axes[len(themes):]:
            one.set_axis_off()
        if ax is not None:
            return fig
        if by:
            handles, names = axes[0].get_legend_handles_labels()
            fig.legend(handles, names, loc="outside right upper", title=by)
        fig.supylabel(VALUES[value])
        fig.supxlabel(_period_label(df))
        # characters per line: the note stays over the panels, clear of the legend
        width = int(fig.get_figwidth() * 8)
        note = textwrap.fill(f"{_note(df)} {_share_note(value, min_n)}", max(60, width))
        fig.suptitle(f"{title}\n{note}", fontsize=10)
    return fig


def _heatmap(matrix: pd.DataFrame, title: str, cbar: str, fmt: str, xlabel: str,
             ylabel: str, note: str, ax: Axes | None = None,
             shade: np.ndarray | None = None) -> Figure:
    """`shade`: which cells set the colour scale and take a colour (default: all); the
    others are drawn light grey with their number, so a large diagonal does not wash
    out the rest."""
    with _style():
        h, w = matrix.shape
        fig = _figure(ax, (max(6.0, 0.7 * w + 3), max(3.5, 0.38 * h + 2)))
        if matrix.empty:
            return _empty(fig, title, "No records match the filters.", ax)
        ax = ax if ax is not None else fig.add_subplot()
        ax.grid(False)
        data = matrix.to_numpy(dtype=float)
        shown = data if shade is None else np.where(shade, data, np.nan)
        cmap = matplotlib.colormaps["Blues"].with_extremes(bad="#eeeeee")
        top = np.nanmax(shown) if np.isfinite(shown).any() else 0.0
        im = ax.imshow(np.ma.masked_invalid(shown), cmap=cmap, aspect="auto", vmin=0,
                       vmax=top if top > 0 else 1)
        ax.set_xticks(range(w), [label(str(c)) for c in matrix.columns], rotation=45,
                      ha="right")
        ax.set_yticks(range(h), [str(i) for i in matrix.index])
        for (i, j), v in np.ndenumerate(data):
            dark = top and np.isfinite(shown[i, j]) and v > 0.6 * top
            ax.text(j, i, format(v, fmt), ha="center", va="center", fontsize=8,
                    color="white" if dark else "#222222")
        fig.colorbar(im, ax=ax, label=cbar, shrink=0.8)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_title(f"{title}\n{note}", fontsize=11)
    return fig


def counterpart_heatmap(df: pd.DataFrame, value: str = "records",
                        title: str | None = None, ax: Axes | None = None) -> Figure:
    """Counterpart country x theme heatmap of `trends.counterpart_themes`.

    Rows are counterparts (most records first, with their n), columns themes; `ax`: draw
    into this Axes.
    """
    value = _value(value)
    n = df.drop_duplicates("counterpart").set_index("counterpart")["n_records"]
    order = n.sort_values(ascending=False, kind="stable").index
    matrix = df.pivot(index="counterpart", columns="theme", values=value).reindex(order)
    matrix.index = [f"{c} (n={n[c]})" for c in matrix.index]
    matrix.columns.name = None
    title = title or f"{VALUES[value]}, by counterpart country"
    fmt = ".0%" if value == "share" else ".0f"
    return _heatmap(matrix, title, VALUES[value], fmt, "Theme",
                    "Counterpart (records with it)", _note(df), ax)


def cooccurrence_heatmap(df: pd.DataFrame, value: str = "records",
                         title: str | None = None, ax: Axes | None = None) -> Figure:
    """Theme x theme heatmap of `trends.cooccurrence`.

    The diagonal (records naming the theme at all) is written in grey cells and left
    out of the colour scale, which the pairs alone set; `ax`: draw into this Axes.
    """
    value = _value(value)
    matrix = df.pivot(index="theme_a", columns="theme_b", values=value)
    matrix.index = [label(str(t)) for t in matrix.index]
    title = title or ("Records naming both themes" if value == "records"
                      else f"Themes together: {VALUES[value]}")
    fmt = ".2f" if value == "jaccard" else ".0f"
    off_diagonal = np.eye(*matrix.shape) == 0
    note = f"{_note(df)} Grey diagonal: records naming the theme."
    return _heatmap(matrix, title, VALUES[value], fmt, "Theme", "Theme", note, ax,
                    shade=off_diagonal)


MODE_MARKERS = {"in_person": "o", "telephone": "^", "video": "s"}


def meetings_timeline(df: pd.DataFrame, title: str | None = None,
                      ax: Axes | None = None) -> Figure:
    """Dated meetings per counterpart: marker = mode, colour = level.

    Args:
        df: `trends.meetings_timeline` result.
        title: chart title.
        ax: draw into this Axes; the figure holding it is returned.
    """
    title = title or "Meetings, calls and video conferences by counterpart"
    with _style():
        counterparts = sorted(set(df["counterpart"]))
        fig = _figure(ax, (10, max(3.0, 0.4 * len(counterparts) + 1.8)))
        if df.empty:
            return _empty(fig, title, "No dated meetings match the filters.", ax)
        ax = ax if ax is not None else fig.add_subplot()
        pos = {c: i for i, c in enumerate(counterparts)}
        for (mode, level), part in df.groupby([df["mode"].fillna(UNKNOWN),
                                               df["level"].fillna(UNKNOWN)]):
            ax.scatter(part["date"], part["counterpart"].map(pos),
                       marker=MODE_MARKERS.get(str(mode), "x"),
                       color=palette.colour("level", str(level)), s=36, alpha=0.8,
                       label=f"{level}, {mode}".replace("_", " "))
        sizes = df.groupby("counterpart")["record_id"].nunique()
        ax.set_yticks(range(len(counterparts)),
                      [f"{c} (n={sizes[c]})" for c in counterparts])
        ax.set_xlabel("Meeting date")
        ax.set_ylabel("Counterpart country")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="level, mode", fontsize=8)
        ax.set_title(f"{title}\n{_note(df)}", fontsize=11)
    return fig


def counterpart_bars(df: pd.DataFrame, by: str = "level", title: str | None = None,
                     ax: Axes | None = None) -> Figure:
    """Horizontal bars of `panel.top_counterparts`: meetings per counterpart, stacked by
    level or mode (the colours of every chart), the most met at the top.

    Args:
        df: `panel.top_counterparts` result.
        by: "level" or "mode", as the frame was split.
        title: chart title.
        ax: draw into this Axes; the figure holding it is returned.
    """
    parts = [c for c in df.columns if c.startswith(f"{by}_")]
    what = "Meeting records" if df.attrs.get("count") == "records" else "Meetings"
    title = title or f"{what} by counterpart and {by}"
    with _style():
        fig = _figure(ax, (9, max(3.0, 0.35 * len(df) + 1.6)))
        if df.empty:
            return _empty(fig, title, "No dated meetings match the filters.", ax)
        ax = ax if ax is not None else fig.add_subplot()
        rows = df.iloc[::-1]  # barh draws bottom-up
        left = np.zeros(len(rows))
        for col in parts:
            value = col[len(by) + 1:]
            widths = rows[col].to_numpy(dtype=float)
            ax.barh(rows["counterpart"], widths, left=left, label=value.replace("_", " "),
                    color=palette.colour(by, value))
            left += widths
        ax.set_xlabel(what if what == "Meeting records" else
                      "Meetings (each once, however many records report it)")
        ax.set_ylabel("Counterpart")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower right", title=by)
        ax.set_title(f"{title}\n{_note(df)}", fontsize=11)
    return fig


def two_readouts(df: pd.DataFrame, title: str | None = None, ax: Axes | None = None
                 ) -> Figure:
    """Per theme, the share of the meetings both governments reported in which each
    side's records name it (`two_readouts.theme_shares`): two bars a theme.

    Args:
        df: `two_readouts.theme_shares` result.
        title: chart title.
        ax: draw into this Axes; the figure holding it is returned.
    """
    a, b = df.attrs.get("sides") or [c[len("share_"):] for c in df.columns
                                     if c.startswith("share_")][:2]
    n = int(df.attrs.get("events") or 0)
    title = title or (f"What each side mentions: the {n} meetings both {a} and {b} "
                      "reported")
    with _style():
        fig = _figure(ax, (9, max(3.0, 0.42 * len(df) + 1.8)))
        if df.empty or not n:
            return _empty(fig, title, f"No meeting was reported by both {a} and {b}.", ax)
        ax = ax if ax is not None else fig.add_subplot()
        rows = np.arange(len(df))[::-1]
        ax.barh(rows + 0.2, df[f"share_{a}"].astype(float), height=0.4, label=a)
        ax.barh(rows - 0.2, df[f"share_{b}"].astype(float), height=0.4, label=b)
        ax.set_yticks(rows, [label(str(t)) for t in df["theme"]])
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_xlim(0, 1)
        ax.set_xlabel("Share of the meetings in which that side's records name the theme")
        ax.legend(title="reported by", loc="lower right")
        ax.set_title(f"{title}\nA meeting counts once per side, however many records "
                     "report it.", fontsize=11)
    return fig


def save(fig: Figure, path: str, **kw: Any) -> None:
    """Save a figure (PNG by the file's suffix) with the house style's dpi and margins."""
    with _style():
        fig.savefig(path, **kw)




def meetings_heatmap(df: pd.DataFrame, title: str | None = None,
                     ax: Axes | None = None) -> Figure:
    """Counterpart x period heatmap of `trends.meeting_counts` (levels summed); `ax`:
    draw into this Axes."""
    per = df.attrs.get("period", "year")
    matrix = df.groupby(["counterpart", "period"])["meetings"].sum().unstack(fill_value=0)
    order = matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index
    matrix = matrix.reindex(order)
    matrix.columns = [str(pd.Period(p, freq=PERIOD_FREQ.get(per, "D")))
                      for p in matrix.columns]
    title = title or f"Dated meetings per {per}, by counterpart country"
    return _heatmap(matrix, title, "Meetings", ".0f", per.capitalize(), "Counterpart",
                    _note(df), ax)


__all__: Sequence[str] = ["cooccurrence_heatmap", "counterpart_bars", "counterpart_heatmap",
                          "label",
                          "meetings_heatmap", "meetings_timeline", "period_axis", "save",
                          "small_multiples", "trend_lines", "two_readouts"]
