"""A dyad panel for statistical work: reporting country x counterpart x period.

One row per dyad (the government that published the readout, and a country or
organisation it met) and period, with the number of meetings in total and by level and
mode as columns: a balanced panel (every dyad that met at least once, in every period
from the first to the last meeting, zeros where it did not meet), with plain dtypes so
``to_csv``, ``to_stata`` and ``to_parquet`` (R's arrow) write it as it is.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .extract.countries import is_grouping
from .schema import UNKNOWN
from .trends import NONE, PERIODS, Filters, Source, _attrs, _check, _periods, engine_for

# The vocabularies of gold/README.md; a meeting with none of them counts under "unknown"
# (`schema.UNKNOWN`, the name load() and the trend functions give a missing level).
LEVELS = ("summit", "ministerial", "other")
MODES = ("in_person", "telephone", "video")


def dyad_panel(src: Source, period: str = "year", engine: str = "auto",
               **filters: Any) -> pd.DataFrame:
    """Meetings per reporting country, counterpart and period, by level and mode.

    Args:
        src: store directory or `Frames`.
        period: "month", "quarter" or "year".
        engine: "auto", "pandas" or "duckdb".
        **filters: the `trends.Filters` keywords (start, end, sources, counterpart, ...).

    Returns:
        ``reporting_country``, ``counterpart``, ``counterpart_kind`` ("state" or
        "organisation": EU, NATO, UN, ASEAN, G7, G20, QUAD, AU), ``period`` (start of the
        period), ``meetings`` and one column per level (``level_summit``,
        ``level_ministerial``, ``level_other``, ``level_unknown``) and per mode
        (``mode_in_person``, ``mode_telephone``, ``mode_video``, ``mode_unknown``), each
        summing to ``meetings``. Counted: dated meeting records that are not copies; a
        meeting with several counterparts counts once in each of their dyads.

    Example:
        >>> panel = dyad_panel("data/processed/store", period="month")
        >>> panel.to_stata("dyads.dta", write_index=False)
    """
    _check(period, None)
    flt = Filters.make(meetings_only=True, **filters)
    eng = engine_for(src, engine)
    units, _ = eng.units(flt, period, "counterpart")
    units = units[units["date"].notna() & (units["group"] != NONE)]
    if period == "year":  # a meeting's year, not the year-only records of `units`
        units = units.assign(period=units["date"].dt.to_period("Y").dt.start_time)
    units = units.merge(eng.reporting(sorted(set(units["record_id"]))), on="record_id")
    units = units.rename(columns={"group": "counterpart"})
    keys = ["reporting_country", "counterpart"]
    columns: dict[str, pd.Series] = {
        "meetings": units["record_id"],
        **{f"level_{v}": units["record_id"].where(units["level"] == v) for v in LEVELS},
        f"level_{UNKNOWN}": units["record_id"].where(~units["level"].isin(LEVELS)),
        **{f"mode_{v}": units["record_id"].where(units["mode"] == v) for v in MODES},
        f"mode_{UNKNOWN}": units["record_id"].where(~units["mode"].isin(MODES)),
    }
    counts = pd.DataFrame({**{k: units[k] for k in [*keys, "period"]}, **columns})
    counts = counts.groupby([*keys, "period"]).nunique().reset_index()
    dyads = units[keys].drop_duplicates().sort_values(keys)
    grid = dyads.merge(pd.DataFrame({"period": _periods(period, units["period"], flt)}),
                       how="cross")
    out = grid.merge(counts, on=[*keys, "period"], how="left")
    for col in columns:
        out[col] = out[col].fillna(0).astype("int64")
    for col in keys:
        out[col] = out[col].astype(object)
    kinds = ["organisation" if is_grouping(c) else "state" for c in out["counterpart"]]
    out.insert(2, "counterpart_kind", pd.Series(kinds, index=out.index, dtype=object))
    out["period"] = pd.to_datetime(out["period"]).astype("datetime64[ns]")
    out = out.sort_values([*keys, "period"]).reset_index(drop=True)
    return _attrs(out, flt, eng, period=period, freq=PERIODS[period])


def top_counterparts(src: Source, by: str = "level", top: int | None = 10,
                     engine: str = "auto", **filters: Any) -> pd.DataFrame:
    """The counterparts met most, their meeting records split by level or mode.

    Args:
        src: store directory or `Frames`.
        by: "level" or "mode".
        top: how many counterparts (None: all).
        engine: "auto", "pandas" or "duckdb".
        **filters: the `trends.Filters` keywords (e.g. ``reporting_country="JPN"``).

    Returns:
        ``counterpart``, ``counterpart_kind``, ``meetings`` and the ``level_*`` (or
        ``mode_*``) columns of `dyad_panel`, summed over reporting countries and periods;
        most meetings first.

    Example:
        >>> top_counterparts("data/processed/store", by="level", reporting_country="USA")
    """
    if by not in ("level", "mode"):
        raise ValueError(f"by must be 'level' or 'mode', not {by!r}")
    dyads = dyad_panel(src, period="year", engine=engine, **filters)
    parts = [c for c in dyads.columns if c.startswith(f"{by}_")]
    out = dyads.groupby(["counterpart", "counterpart_kind"], as_index=False)[
        ["meetings", *parts]].sum()
    out = out.sort_values(["meetings", "counterpart"], ascending=[False, True])
    out = (out if top is None else out.head(top)).reset_index(drop=True)
    out.attrs.update(dyads.attrs, by=by)
    return out
