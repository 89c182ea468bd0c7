"""The trend functions: each asks an engine (`engines.engine_for`) for counts and completes
them into a tidy frame (zeros for empty periods, shares and their intervals)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

import numpy as np
import pandas as pd

from ..names import check_countries, check_themes
from ..schema import UNKNOWN
from ..store import Store
from .answers import (
    check_count,
    check_period_and_group,
    note_counted,
    passage_context,
    period_starts,
)
from .engines import TrendEngine, engine_for
from .filters import NONE, PERIODS, Filters, as_date, normalised
from .pandas_engine import Source

RISING_COLUMNS = ["theme", "recent_records", "recent_n", "recent_share", "baseline_records",
                  "baseline_n", "baseline_share", "change", "ratio"]


# -- completing results: zeros for empty periods, shares -------------------------------

Z95 = 1.959963984540054  # the normal quantile of a two-sided 95% interval


def wilson(hits: pd.Series, n: pd.Series, z: float = Z95) -> tuple[pd.Series, pd.Series]:
    """Wilson score interval of the share hits / n (95% by default); NaN where n is 0.

    Unlike the normal approximation it stays within [0, 1] and is not zero-width at a
    share of 0 or 1 of a few records, where small periods sit.
    """
    n = n.astype(float).where(n > 0)
    p = hits.astype(float) / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - half).clip(lower=0.0), (centre + half).clip(upper=1.0)


def _partial(periods: pd.Series, period: str, flt: Filters, last: Any) -> pd.Series:
    """True for the period the data (or `end`) stops inside of: it is not complete."""
    cut = pd.Timestamp(flt.end) if flt.end else last
    if cut is None or pd.isna(cut):
        return pd.Series(False, index=periods.index)
    span = pd.PeriodIndex(periods, freq=PERIODS[period])
    ends = pd.Series(span.end_time.normalize(), index=periods.index)
    return ((periods <= cut) & (cut < ends)).astype(bool)


def _complete(counts: pd.DataFrame, denoms: pd.DataFrame, themes: Sequence[str],
              period: str | None, by: str | None, flt: Filters) -> pd.DataFrame:
    keys: list[str] = []
    grid = pd.DataFrame({"theme": pd.Series(list(themes), dtype=object)})  # even when empty
    if by is not None:
        groups = sorted(set(denoms["group"]))
        # typed like denoms so an empty grid (no counterpart at all) still merges
        grid = pd.DataFrame({"group": pd.Series(groups, dtype=denoms["group"].dtype)}
                            ).merge(grid, how="cross")
        keys.insert(0, "group")
    if period is not None:
        periods = period_starts(period, denoms["period"], flt)
        grid = pd.DataFrame({"period": periods}).merge(grid, how="cross")
        keys.insert(0, "period")
    out = grid.merge(denoms, on=keys, how="left") if keys else grid.merge(denoms, how="cross")
    out = out.merge(counts, on=[*keys, "theme"], how="left")
    out = out[[*keys, "theme", "records", "mentions", "n_records", "n_meetings"]]
    out = normalised(out.fillna({"records": 0, "mentions": 0, "n_records": 0, "n_meetings": 0}))
    n = out["n_records"].astype(float)
    out["share"] = (out["records"].astype(float) / n.where(n > 0)).astype(float)
    out["ci_low"], out["ci_high"] = wilson(out["records"].astype(float), n)
    if period is not None:
        out["partial"] = _partial(out["period"], period, flt, denoms.attrs.get("last_date"))
    order = {t: i for i, t in enumerate(themes)}  # the caller's order of themes
    out = out.sort_values([*keys, "theme"], key=lambda c: c.map(order) if c.name == "theme"
                          else c, kind="stable").reset_index(drop=True)
    if by is not None:
        out = out.rename(columns={"group": by})
    return out


def known_themes(src: Source | TrendEngine) -> set[str]:
    """Theme keys a query may name: those of the store's taxonomy and those it tagged.

    Args:
        src: store directory, `Frames`, or an engine of `engine_for`.
    """
    from ..store_taxonomy import theme_keys

    eng = src if isinstance(src, TrendEngine) else engine_for(src)
    store = getattr(eng, "store", None)
    frames = getattr(eng, "frames", None)
    if store is None and frames is not None and frames.root:
        store = Store(frames.root)
    if store is None:  # Frames built by hand: the shipped themes
        from .. import taxonomy

        return set(taxonomy.load().themes) | eng.theme_keys()
    return theme_keys(store) | eng.theme_keys()


def _asked(eng: TrendEngine, themes: Sequence[str] | str | None) -> list[str] | None:
    """The themes asked for, each known to the store (else UnknownNameError)."""
    if themes is None:
        return None
    return check_themes(themes, known_themes(eng))


def validate(src: Source, themes: Sequence[str] | str | None = None, period: str | None = None,
             by: str | None = None, **filters: Any) -> None:
    """Check a query's names and values before running it (the report does, before its
    kernel starts).

    Raises:
        ValueError: a period, grouping, date or filter value that is not one, or an
            unknown theme, source or country (`names.UnknownNameError`, "did you mean").
    """
    check_period_and_group(period, by)
    Filters.make(**filters)
    _asked(engine_for(src), themes)


def _themes(themes: Sequence[str] | str | None, found: Iterable[str]) -> list[str]:
    if themes is None:
        return sorted(set(found))
    return [themes] if isinstance(themes, str) else list(themes)


# -- public API ------------------------------------------------------------------------

def theme_frequency(src: Source, themes: Sequence[str] | str | None = None,
                    period: str = "month", by: str | None = None, engine: str = "auto",
                    **filters: Any) -> pd.DataFrame:
    """How often themes come up per period, with the denominators behind each share.

    Args:
        src: store directory or `Frames` from `policytrends.load`.
        themes: theme keys (THEMES.md); None for every theme present.
        period: "month", "quarter" or "year".
        by: optional grouping: "counterpart", "source", "level", "mode" or
            "reporting_country".
        engine: "auto", "pandas" or "duckdb".
        **filters: start, end, sources, reporting_country, meetings_only, counterpart,
            level, mode, bilateral, official, language (see `Filters`).

    Returns:
        One row per period (x group) x theme, empty periods included with zeros:
        ``period`` (start of the period), [``by``], ``theme``, ``records`` (records naming
        the theme), ``mentions`` (matched passages), ``n_records`` and ``n_meetings``
        (all records / meetings counted in the period and group), ``share``
        (records / n_records; NaN when n_records is 0: no data, not a share of 0),
        ``ci_low`` and ``ci_high`` (95% Wilson interval of the share, NaN when
        n_records is 0) and ``partial`` (True for the last period when the data or
        `end` stops before it ends: its counts are not those of a whole period).
        ``attrs["undated"]`` counts records left out because they have only a year
        (monthly/quarterly periods).

    Example:
        >>> theme_frequency("data/processed/store", ["foip", "north_korea"], period="quarter")
    """
    check_period_and_group(period, by)
    flt = Filters.make(**filters)
    eng = engine_for(src, engine)
    themes = _asked(eng, themes)
    counts, denoms, undated = eng.aggregate(flt, None if themes is None else
                                            _themes(themes, ()), period, by)
    out = _complete(counts, denoms, _themes(themes, counts["theme"]), period, by, flt)
    return note_counted(out, flt, eng, period=period, by=by, undated=undated)


def counterpart_themes(src: Source, themes: Sequence[str] | str | None = None,
                       top: int | None = None, engine: str = "auto",
                       **filters: Any) -> pd.DataFrame:
    """Counterpart country x theme: records with each counterpart that name each theme.

    Args:
        src: store directory or `Frames`.
        themes: theme keys; None for every theme present.
        top: keep only the `top` counterparts with the most records.
        engine: "auto", "pandas" or "duckdb".
        **filters: see `Filters`.

    Returns:
        ``counterpart``, ``theme``, ``records``, ``mentions``, ``n_records`` (records
        with that counterpart), ``n_meetings``, ``share``, ``ci_low``, ``ci_high`` (as in
        `theme_frequency`); records without a counterpart are left out.
    """
    flt = Filters.make(**filters)
    eng = engine_for(src, engine)
    themes = _asked(eng, themes)
    counts, denoms, _ = eng.aggregate(flt, None if themes is None else _themes(themes, ()),
                                      None, "counterpart")
    denoms = denoms[denoms["group"] != NONE]
    if top is not None:
        denoms = denoms.sort_values(["n_records", "group"], ascending=[False, True]).head(top)
    counts = counts[counts["group"].isin(denoms["group"])]
    out = _complete(counts, denoms, _themes(themes, counts["theme"]), None, "counterpart", flt)
    return note_counted(out, flt, eng)


def cooccurrence(src: Source, themes: Sequence[str] | str | None = None,
                 engine: str = "auto", **filters: Any) -> pd.DataFrame:
    """Which themes come up together in the same record.

    Returns:
        Every ordered pair ``theme_a``, ``theme_b`` (the diagonal is the theme alone):
        ``records`` naming both, ``records_a``, ``records_b`` and ``jaccard``
        (both / either), zeros included.
    """
    flt = Filters.make(**filters)
    eng = engine_for(src, engine)
    themes = _asked(eng, themes)
    pairs = eng.cooccurrence(flt, None if themes is None else _themes(themes, ()))
    names = _themes(themes, pairs["theme_a"])
    grid = pd.DataFrame({"theme_a": names}).merge(pd.DataFrame({"theme_b": names}), how="cross")
    out = grid.merge(pairs, on=["theme_a", "theme_b"], how="left").fillna({"records": 0})
    out = normalised(out)
    alone = out[out["theme_a"] == out["theme_b"]].set_index("theme_a")["records"]
    out["records_a"] = out["theme_a"].map(alone).astype("Int64")
    out["records_b"] = out["theme_b"].map(alone).astype("Int64")
    either = (out["records_a"] + out["records_b"] - out["records"]).astype(float)
    out["jaccard"] = (out["records"].astype(float) / either.where(either > 0)).fillna(0.0)
    return note_counted(out.sort_values(["theme_a", "theme_b"]).reset_index(drop=True), flt, eng)


def first_appearance(src: Source, themes: Sequence[str] | str | None = None,
                     by: str | None = None, engine: str = "auto",
                     **filters: Any) -> pd.DataFrame:
    """The first record naming each theme (optionally per group).

    Returns:
        ``theme``, [``by``], ``first_date`` (a year-only record counts as 1 January of
        its year, ``precision`` says "year"), ``precision``, ``record_id``, ``source``,
        ``title``.
    """
    check_period_and_group(None, by)
    flt = Filters.make(**filters)
    eng = engine_for(src, engine)
    themes = _asked(eng, themes)
    units, _ = eng.units(flt, None, by)
    hits = units.merge(eng.topics(None if themes is None else _themes(themes, ())),
                       on="record_id")
    yearly = pd.to_datetime(hits["year"].astype("str") + "-01-01", errors="coerce")
    hits["first_date"] = hits["date"].fillna(yearly)
    hits["precision"] = hits["date"].notna().map({True: "day", False: "year"})
    hits = hits[hits["first_date"].notna()]
    keys = ["theme", *(["group"] if by else [])]
    first = hits.sort_values([*keys, "first_date", "record_id"]).drop_duplicates(keys)
    docs = eng.documents(first["record_id"])[["record_id", "title"]]
    out = first.merge(docs, on="record_id", how="left")
    cols = [*keys, "first_date", "precision", "record_id", "source", "title"]
    if by == "source":  # the group is the source itself
        cols.remove("source")
    out = out[cols].sort_values(["first_date", *keys]).reset_index(drop=True)
    return note_counted(normalised(out.rename(columns={"group": by} if by else {})), flt, eng)


def rising_themes(src: Source, themes: Sequence[str] | str | None = None,
                  recent_days: int = 90, baseline_days: int = 365, end: Any = None,
                  engine: str = "auto", **filters: Any) -> pd.DataFrame:
    """Themes whose share of records grew in a recent window against a baseline window.

    Args:
        recent_days: length of the recent window, ending at `end`.
        baseline_days: length of the baseline window just before the recent one.
        end: last day of the recent window (default: the latest record date).

    Returns:
        ``theme``, ``recent_records``, ``recent_n``, ``recent_share``,
        ``baseline_records``, ``baseline_n``, ``baseline_share``, ``change``
        (share difference; NaN when a window has no records) and ``ratio`` (smoothed:
        (r+1)/(n+1) over (b+1)/(m+1)), sorted by change, largest first. Year-only
        records are left out.
    """
    flt = Filters.make(**filters)
    eng = engine_for(src, engine)
    themes = _asked(eng, themes)
    last = as_date(end)
    if last is None:
        units, _ = eng.units(flt, None, None)
        dates = units["date"].dropna()
        if dates.empty:  # no dated record counted: no windows, the same columns
            return note_counted(pd.DataFrame(columns=RISING_COLUMNS), flt, eng)
        last = dates.max().date()
    cut = last - timedelta(days=recent_days)
    windows = {"recent": (cut + timedelta(days=1), last),
               "baseline": (cut - timedelta(days=baseline_days - 1), cut)}
    parts = []
    for name, (lo, hi) in windows.items():
        w = replace(flt, start=lo, end=hi)
        counts, denoms, _ = eng.aggregate(w, None if themes is None else
                                          _themes(themes, ()), "month", None)
        counts = counts[counts["period"].notna()]
        n = int(denoms["n_records"].sum())
        per = counts.groupby("theme")["records"].sum().rename(f"{name}_records")
        parts.append((name, per, n))
    table = pd.concat([p for _, p, _ in parts], axis=1).fillna(0).astype("Int64")
    table = table.reindex(_themes(themes, table.index), fill_value=0)
    for name, _, n in parts:
        table[f"{name}_n"] = n
        table[f"{name}_share"] = table[f"{name}_records"].astype(float) / n if n else np.nan
    table["change"] = table["recent_share"] - table["baseline_share"]
    table["ratio"] = ((table["recent_records"] + 1) / (table["recent_n"] + 1)) / (
        (table["baseline_records"] + 1) / (table["baseline_n"] + 1))
    table["ratio"] = table["ratio"].astype(float)
    out = table.rename_axis("theme").reset_index().sort_values(
        ["change", "theme"], ascending=[False, True]).reset_index(drop=True)
    return note_counted(out, flt, eng, recent=windows["recent"], baseline=windows["baseline"])


def drill_down(src: Source, theme: str, when: Any, period: str = "month",
               counterpart: str | Sequence[str] | None = None, engine: str = "auto",
               **filters: Any) -> pd.DataFrame:
    """The records and matched passages behind one point of a trend chart.

    Args:
        theme: theme key.
        when: a date or period label in the period ("2022-05", "2022Q2", "2022").
        period: "month", "quarter" or "year", as in the chart.
        counterpart: ISO3 code(s) to restrict to meetings with that counterpart (the
            `Filters` keyword).
        **filters: see `Filters`.

    Returns:
        One row per matched passage (a record with the theme but no stored passage has
        one row with empty passage fields): ``record_id``, ``date``, ``source``,
        ``title``, ``url``, ``counterparts``, ``theme``, ``start``, ``end``,
        ``matched``, ``context`` (the passage with up to 160 characters around it).
        Titles and passages are the records' raw text: escape them before putting them
        into HTML.
    """
    check_period_and_group(period, None)
    flt = Filters.make(counterpart=counterpart, **filters)
    eng = engine_for(src, engine)
    theme = (_asked(eng, [theme]) or [theme])[0]
    target = pd.Period(when, freq=PERIODS[period]).start_time
    units, _ = eng.units(flt, period, None)
    units = units[units["period"] == target]
    hits = units.merge(eng.topics([theme]), on="record_id")
    ids = sorted(set(hits["record_id"]))
    docs = eng.documents(ids, text=True)
    rows = hits[["record_id", "date"]].drop_duplicates("record_id").merge(
        docs.drop(columns=["published", "year"]), on="record_id")
    rows = rows.merge(eng.counterpart_lists(ids), on="record_id", how="left")
    rows["counterparts"] = rows["counterparts"].fillna("")
    rows = rows.merge(eng.mentions(ids, theme).drop(columns="theme"), on="record_id", how="left")
    rows["theme"] = theme
    rows["context"] = [passage_context(t, s, e) for t, s, e in zip(rows["text"], rows["start"],
                                                            rows["end"], strict=True)]
    cols = ["record_id", "date", "source", "title", "url", "counterparts", "theme",
            "start", "end", "matched", "context"]
    out = normalised(rows[cols]).sort_values(["date", "record_id", "start"], na_position="last")
    return note_counted(out.reset_index(drop=True), flt, eng, period=period,
                        when=str(target.date()))


def _one_per_event(units: pd.DataFrame, eng: TrendEngine) -> pd.DataFrame:
    """The units (records per counterpart) with their event_id, one row per event and
    counterpart: the earliest record of the event (a record in no event is its own)."""
    links = eng.event_records()[["record_id", "event_id"]].drop_duplicates("record_id")
    units = units.merge(links, on="record_id", how="left")
    units["event_id"] = units["event_id"].fillna(units["record_id"])
    units = units.sort_values(["date", "record_id"])
    return units.drop_duplicates(["event_id", "group"])


def meetings_timeline(src: Source, counterparts: Sequence[str] | None = None,
                      top: int | None = 12, engine: str = "auto", count: str = "events",
                      **filters: Any) -> pd.DataFrame:
    """Dated meetings, one row per meeting and counterpart country.

    Args:
        counterparts: ISO3 codes to keep; None keeps the `top` most frequent.
        top: how many counterparts to keep when `counterparts` is None (None: all).
        count: "events" (default): one row per event, whatever the number of records
            that report it; "records": one row per record.

    Returns:
        ``date``, ``counterpart``, ``mode``, ``level``, ``record_id``, ``source``,
        ``title``, ``event_id`` (the record's own id for a record in no event), sorted by
        date. Counting events, the row of an event is its earliest record's.
    """
    check_count(count)
    flt = replace(Filters.make(**filters), meetings_only=True)
    eng = engine_for(src, engine)
    counterparts = check_countries(counterparts)
    units, _ = eng.units(flt, None, "counterpart")
    units = units[units["date"].notna() & (units["group"] != NONE)]
    if count == "events":
        units = _one_per_event(units, eng)
    else:
        links = eng.event_records()[["record_id", "event_id"]].drop_duplicates("record_id")
        units = units.merge(links, on="record_id", how="left")
        units["event_id"] = units["event_id"].fillna(units["record_id"])
    if counterparts is not None:
        units = units[units["group"].isin(list(counterparts))]
    elif top is not None:
        sizes = units.groupby("group")["record_id"].nunique().reset_index()
        keep = sizes.sort_values(["record_id", "group"], ascending=[False, True]).head(top)
        units = units[units["group"].isin(keep["group"])]
    docs = eng.documents(sorted(set(units["record_id"])))[["record_id", "title"]]
    out = units.merge(docs, on="record_id", how="left").rename(columns={"group": "counterpart"})
    out = out[["date", "counterpart", "mode", "level", "record_id", "source", "title",
               "event_id"]]
    out = normalised(out).sort_values(["date", "counterpart", "record_id"]).reset_index(drop=True)
    return note_counted(out, flt, eng, count=count)


def themes_present(src: Source, engine: str = "auto", **filters: Any) -> list[str]:
    """Theme keys that occur in the counted records, most frequent first."""
    flt = Filters.make(**filters)
    eng = engine_for(src, engine)
    counts, _, _ = eng.aggregate(flt, None, None, None)
    counts = counts.sort_values(["records", "theme"], ascending=[False, True])
    return list(counts["theme"])


def records(src: Source, themes: Sequence[str] | str | None = None, limit: int | None = 20,
            engine: str = "auto", **filters: Any) -> pd.DataFrame:
    """Records naming any of `themes` (or every record), latest first.

    Returns:
        ``date``, ``source``, ``title``, ``themes`` (of those asked, comma-joined),
        ``counterparts``, ``record_id``, ``url``. Titles are raw text: escape for HTML.
    """
    flt = Filters.make(**filters)
    eng = engine_for(src, engine)
    themes = _asked(eng, themes)
    units, _ = eng.units(flt, None, None)
    topics = eng.topics(None if themes is None else _themes(themes, ()))
    named = topics.sort_values(["record_id", "theme"]).groupby("record_id")["theme"].agg(
        ", ".join).rename("themes").reset_index()
    rows = units.merge(named, on="record_id", how="inner" if themes is not None else "left")
    rows["themes"] = rows["themes"].fillna("")
    yearly = pd.to_datetime(rows["year"].astype("str") + "-01-01", errors="coerce")
    rows = rows.assign(_when=rows["date"].fillna(yearly)).sort_values(
        ["_when", "record_id"], ascending=[False, True], na_position="last")
    if limit is not None:
        rows = rows.head(limit)
    ids = list(rows["record_id"])
    docs = eng.documents(ids)[["record_id", "title", "url"]]
    out = rows.merge(docs, on="record_id", how="left").merge(
        eng.counterpart_lists(ids), on="record_id", how="left")
    out["counterparts"] = out["counterparts"].fillna("")
    out = out[["date", "source", "title", "themes", "counterparts", "record_id", "url"]]
    return note_counted(normalised(out).reset_index(drop=True), flt, eng)


def meeting_counts(src: Source, period: str = "year", by: str | None = "level",
                   counterparts: Sequence[str] | None = None, top: int | None = 15,
                   engine: str = "auto", count: str = "events", **filters: Any
                   ) -> pd.DataFrame:
    """Dated meetings per counterpart and period (optionally split by level or mode).

    Args:
        count: "events" (default) counts each meeting once however many records report
            it; "records" counts records.

    Returns:
        ``period``, ``counterpart``, [``by``], ``meetings``; every period from the first
        to the last meeting is present for every counterpart (zeros included).
    """
    check_period_and_group(period, by)
    if by not in (None, "level", "mode"):
        raise ValueError(f"meeting_counts splits by 'level', 'mode' or None, not {by!r}")
    rows = meetings_timeline(src, counterparts, top, engine, count, **filters)
    flt = replace(Filters.make(**filters), meetings_only=True)
    rows["period"] = rows["date"].dt.to_period(PERIODS[period]).dt.start_time
    keys = ["period", "counterpart", *([by] if by else [])]
    if by:
        rows[by] = rows[by].fillna(UNKNOWN)
    unit = "event_id" if count == "events" else "record_id"
    counts = rows.groupby(keys, as_index=False).agg(meetings=(unit, "nunique"))
    grid = pd.DataFrame({"period": period_starts(period, rows["period"], flt)})
    for key in keys[1:]:
        grid = grid.merge(pd.DataFrame({key: sorted(set(rows[key]))}), how="cross")
    out = normalised(grid).merge(normalised(counts), on=keys, how="left").fillna({"meetings": 0})
    out = normalised(out).sort_values(keys).reset_index(drop=True)
    out.attrs.update(rows.attrs, period=period)
    return out
