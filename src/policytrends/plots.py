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
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

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
LABELS = {  # display names where title-casing the key reads wrong
    "foip": "FOIP", "asean": "ASEAN", "g7": "G7", "un_reform": "UN reform",
    "nk_nuclear_missile": "NK nuclear/missile", "covid19": "COVID-19",
    "two_plus_two": "2+2", "economy_trade": "Economy/trade",
    "climate_energy": "Climate/energy", "russia_ukraine": "Russia/Ukraine",
    "alliance_security": "Alliance/security", "rules_based_order": "Rules-based order",
    "north_korea": "North Korea", "indo_pacific": "Indo-Pacific", "china": "China",
    "middle_east": "Middle East", "host_nation_support": "Host Nation Support",
    "taiwan": "Taiwan", "quad": "Quad",
}
VALUES = {"records": "Records naming the theme", "share": "Share of records naming the theme",
          "mentions": "Matched passages", "jaccard": "Jaccard (both / either)"}
PERIOD_NAMES = {"month": "month", "quarter": "quarter", "year": "year"}


def label(theme: str) -> str:
    """Display name of a theme key."""
    return LABELS.get(theme, theme.replace("_", " ").capitalize())


@contextmanager
def _style() -> Iterator[None]:
    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]  # keys are rcParams names
        yield


def _sources(df: pd.DataFrame) -> str:
    names = df.attrs.get("sources") or df.attrs.get("counted_sources")
    if not names and "source" in df.columns:
        names = sorted(set(df["source"]))
    what = "meetings" if df.attrs.get("meetings_only") else "all records"
    return f"{what} from {', '.join(names) if names else 'no source'}"


def _note(df: pd.DataFrame) -> str:
    note = f"Counted: {_sources(df)}."
    undated = df.attrs.get("undated") or 0
    if undated:
        per = df.attrs.get("period", "period")
        note += (f" Not shown: {undated} record{'s' if undated != 1 else ''} whose date "
                 f"does not give the {per}")
        note += " (UN speeches carry only a year)." if per != "year" else "."
    return note


def _empty(fig: Figure, title: str, why: str) -> Figure:
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, why, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return fig


def _value(value: str) -> str:
    if value not in VALUES:
        raise ValueError(f"value must be one of {sorted(VALUES)}, not {value!r}")
    return value


MIN_N = 20  # shares of fewer records than this are drawn as hollow points


def _series(ax: Any, part: pd.DataFrame, value: str, min_n: int, **kw: Any) -> None:
    """One line; a gap where nothing was counted, hollow points where a share rests on few."""
    counted = part["n_records"].astype(float) > 0
    y = part[value].astype(float).where(counted)
    (line,) = ax.plot(part["period"], y, **kw)
    if value == "share":
        few = (counted & (part["n_records"].astype(float) < min_n)).to_numpy()
        ax.plot(part["period"].to_numpy()[few], y.to_numpy()[few], linestyle="none",
                marker="o", markersize=5, markerfacecolor="white",
                markeredgecolor=line.get_color(), label="_nolegend_")


def _share_note(value: str, min_n: int) -> str:
    if value != "share":
        return "Gaps: periods with no records."
    return f"Gaps: periods with no records; hollow points: shares of fewer than {min_n} records."


def trend_lines(df: pd.DataFrame, value: str = "share", title: str | None = None,
                min_n: int = MIN_N) -> Figure:
    """Lines per theme over time, with the records counted per period as bars below.

    Args:
        df: `trends.theme_frequency` result without `by`.
        value: "share" (of records in the period) or "records" or "mentions".
        title: chart title; a default names the value and period.
        min_n: shares resting on fewer records are drawn as hollow points.

    Returns:
        The Figure.
    """
    value = _value(value)
    per = df.attrs.get("period", "period")
    title = title or f"{VALUES[value]}, per {PERIOD_NAMES.get(per, per)}"
    with _style():
        fig = Figure(figsize=(10, 6), layout="constrained")
        if df.empty:
            return _empty(fig, title, "No records match the filters.")
        top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[3, 1])
        for theme, part in df.groupby("theme", sort=False):
            _series(top, part, value, min_n, marker="o", markersize=3, label=label(str(theme)))
        if value == "share":
            top.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        top.set_ylabel(VALUES[value])
        top.set_title(title)
        top.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
        n = df.drop_duplicates("period")
        width = _bar_width(n["period"])
        bottom.bar(n["period"], n["n_records"], width=width, color="#9aa5b1",
                   label="all records")
        bottom.bar(n["period"], n["n_meetings"], width=width, color="#52606d",
                   label="of which meetings")
        bottom.set_ylabel(f"n per {per}")
        bottom.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
        bottom.set_xlabel(f"{per.capitalize()} (start date)")
        fig.suptitle(f"{_note(df)}\n{_share_note(value, min_n)}", fontsize=9, color="#444444",
                     x=0.01, ha="left")
    return fig


def _bar_width(periods: pd.Series) -> float:
    if len(periods) < 2:
        return 20.0
    days = np.diff(np.sort(periods.to_numpy())).astype("timedelta64[D]").astype(float)
    return float(days.min()) * 0.8


def small_multiples(df: pd.DataFrame, value: str = "share", ncols: int = 3,
                    title: str | None = None, min_n: int = MIN_N) -> Figure:
    """One small chart per theme; with a `by` column, one line per group value.

    Args:
        df: `trends.theme_frequency` result (with or without `by`).
        value: "share", "records" or "mentions".
        ncols: charts per row.
        title: figure title.
        min_n: shares resting on fewer records are drawn as hollow points.
    """
    value = _value(value)
    per = df.attrs.get("period", "period")
    by = df.attrs.get("by")
    title = title or f"{VALUES[value]} per {per}" + (f", by {by}" if by else "")
    themes = list(dict.fromkeys(df["theme"]))
    with _style():
        rows = max(1, -(-len(themes) // ncols))
        fig = Figure(figsize=(4 * min(ncols, max(1, len(themes))), 2.8 * rows + 0.8),
                     layout="constrained")
        if df.empty:
            return _empty(fig, title, "No records match the filters.")
        axes = np.atleast_1d(fig.subplots(rows, min(ncols, len(themes)), sharex=True,
                                          sharey=True, squeeze=False)).ravel()
        for ax, theme in zip(axes, themes, strict=False):
            part = df[df["theme"] == theme]
            groups = part.groupby(by, sort=True) if by else [(None, part)]
            for group, g in groups:
                _series(ax, g, value, min_n, label=str(group) if by else None)
            ax.set_title(label(theme), fontsize=10)
            if value == "share":
                ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
            ax.tick_params(axis="x", labelrotation=45, labelsize=8)
        for ax in axes[len(themes):]:
            ax.set_axis_off()
        if by:
            handles, names = axes[0].get_legend_handles_labels()
            fig.legend(handles, names, loc="outside right upper", title=by)
        fig.supylabel(VALUES[value])
        fig.supxlabel(f"{per.capitalize()} (start date)")
        note = textwrap.fill(f"{_note(df)} {_share_note(value, min_n)}", 95)
        fig.suptitle(f"{title}\n{note}", fontsize=10)
    return fig


def _heatmap(matrix: pd.DataFrame, title: str, cbar: str, fmt: str, xlabel: str,
             ylabel: str, note: str) -> Figure:
    with _style():
        h, w = matrix.shape
        fig = Figure(figsize=(max(6.0, 0.7 * w + 3), max(3.5, 0.38 * h + 2)),
                     layout="constrained")
        if matrix.empty:
            return _empty(fig, title, "No records match the filters.")
        ax = fig.add_subplot()
        ax.grid(False)
        data = matrix.to_numpy(dtype=float)
        im = ax.imshow(data, cmap="Blues", aspect="auto", vmin=0)
        ax.set_xticks(range(w), [label(str(c)) for c in matrix.columns], rotation=45,
                      ha="right")
        ax.set_yticks(range(h), [str(i) for i in matrix.index])
        top = np.nanmax(data) if data.size else 0
        for (i, j), v in np.ndenumerate(data):
            ax.text(j, i, format(v, fmt), ha="center", va="center", fontsize=8,
                    color="white" if top and v > 0.6 * top else "#222222")
        fig.colorbar(im, ax=ax, label=cbar, shrink=0.8)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_title(f"{title}\n{note}", fontsize=11)
    return fig


def counterpart_heatmap(df: pd.DataFrame, value: str = "records",
                        title: str | None = None) -> Figure:
    """Counterpart country x theme heatmap of `trends.counterpart_themes`.

    Rows are counterparts (most records first, with their n), columns themes.
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
                    "Counterpart (records with it)", _note(df))


def cooccurrence_heatmap(df: pd.DataFrame, value: str = "records",
                         title: str | None = None) -> Figure:
    """Theme x theme heatmap of `trends.cooccurrence` (diagonal: records with the theme)."""
    value = _value(value)
    matrix = df.pivot(index="theme_a", columns="theme_b", values=value)
    matrix.index = [label(str(t)) for t in matrix.index]
    title = title or ("Records naming both themes" if value == "records"
                      else f"Themes together: {VALUES[value]}")
    fmt = ".2f" if value == "jaccard" else ".0f"
    return _heatmap(matrix, title, VALUES[value], fmt, "Theme", "Theme", _note(df))


MODE_MARKERS = {"in_person": "o", "telephone": "^", "video": "s"}
LEVEL_COLOURS = {"summit": "#c2410c", "ministerial": "#1d4ed8", "other": "#6b7280"}


def meetings_timeline(df: pd.DataFrame, title: str | None = None) -> Figure:
    """Dated meetings per counterpart: marker = mode, colour = level.

    Args:
        df: `trends.meetings_timeline` result.
        title: chart title.
    """
    title = title or "Meetings, calls and video conferences by counterpart"
    with _style():
        counterparts = sorted(set(df["counterpart"]))
        fig = Figure(figsize=(10, max(3.0, 0.4 * len(counterparts) + 1.8)),
                     layout="constrained")
        if df.empty:
            return _empty(fig, title, "No dated meetings match the filters.")
        ax = fig.add_subplot()
        pos = {c: i for i, c in enumerate(counterparts)}
        for (mode, level), part in df.groupby([df["mode"].fillna(UNKNOWN),
                                               df["level"].fillna(UNKNOWN)]):
            ax.scatter(part["date"], part["counterpart"].map(pos),
                       marker=MODE_MARKERS.get(str(mode), "x"),
                       color=LEVEL_COLOURS.get(str(level), "#a3a3a3"), s=36, alpha=0.8,
                       label=f"{level}, {mode}".replace("_", " "))
        sizes = df.groupby("counterpart")["record_id"].nunique()
        ax.set_yticks(range(len(counterparts)),
                      [f"{c} (n={sizes[c]})" for c in counterparts])
        ax.set_xlabel("Meeting date")
        ax.set_ylabel("Counterpart country")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="level, mode", fontsize=8)
        ax.set_title(f"{title}\n{_note(df)}", fontsize=11)
    return fig


def save(fig: Figure, path: str, **kw: Any) -> None:
    """Save a figure (PNG by the file's suffix) with the house style's dpi and margins."""
    with _style():
        fig.savefig(path, **kw)




def meetings_heatmap(df: pd.DataFrame, title: str | None = None) -> Figure:
    """Counterpart x period heatmap of `trends.meeting_counts` (levels summed)."""
    per = df.attrs.get("period", "year")
    matrix = df.groupby(["counterpart", "period"])["meetings"].sum().unstack(fill_value=0)
    order = matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index
    matrix = matrix.reindex(order)
    fmt = {"year": "%Y", "quarter": "%Y-%m", "month": "%Y-%m"}.get(per, "%Y-%m-%d")
    matrix.columns = [f"{p:{fmt}}" for p in matrix.columns]
    title = title or f"Dated meetings per {per}, by counterpart country"
    return _heatmap(matrix, title, "Meetings", ".0f", f"{per.capitalize()} (start)",
                    "Counterpart", _note(df))


__all__: Sequence[str] = ["cooccurrence_heatmap", "counterpart_heatmap", "label",
                          "meetings_heatmap", "meetings_timeline", "save", "small_multiples",
                          "trend_lines"]
