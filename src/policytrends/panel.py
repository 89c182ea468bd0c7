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
from .schema import LEVELS, MODES, UNKNOWN
from .trends.answers import check_count, check_period_and_group, note_counted, period_starts
from .trends.engines import engine_for
from .trends.filters import NONE, PERIODS, Filters
from .trends.pandas_engine import Source

# A meeting with none of the levels (modes) of the vocabulary counts under "unknown"
# (`schema.UNKNOWN`, the name load() and the trend functions give a missing level).


def _meetings(src: Source, period: str, engine: str, count: str,
              filters: dict[str, Any]) -> tuple[pd.DataFrame, Filters, Any]:
    """Dated meeting rows per counterpart with ``reporting_country``, ``period`` and
    ``unit`` (the event, or the record, counted), ``level`` and ``mode``."""
    check_period_and_group(period, None)
    check_count(count)
    flt = Filters.make(**{**filters, "meetings_only": True})
    eng = engine_for(src, engine)
    units, _ = eng.units(flt, period, "counterpart")
    units = units[units["date"].notna() & (units["group"] != NONE)]
    if period == "year":  # a meeting's year, not the year-only records of `units`
        units = units.assign(period=units["date"].dt.to_period("Y").dt.start_time)
    units = units.merge(eng.reporting(sorted(set(units["record_id"]))), on="record_id")
    links = eng.event_records()[["record_id", "event_id"]].drop_duplicates("record_id")
    units = units.merge(links, on="record_id", how="left")
    units["unit"] = (units["event_id"].fillna(units["record_id"]) if count == "events"
                     else units["record_id"])
    # an event's records may differ on its level or mode: the first that states one
    units = units.assign(_stated=(units["level"] == UNKNOWN) | (units["mode"] == UNKNOWN))
    units = units.sort_values(["_stated", "date", "record_id"]).drop(columns="_stated")
    return units.rename(columns={"group": "counterpart"}), flt, eng


def _split(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Meetings per `keys`, in total and per level and mode: one row per unit and key."""
    rows = rows.drop_duplicates(["unit", *keys])
    columns = {
        "meetings": rows["unit"],
        **{f"level_{v}": rows["unit"].where(rows["level"] == v) for v in LEVELS},
        f"level_{UNKNOWN}": rows["unit"].where(~rows["level"].isin(LEVELS)),
        **{f"mode_{v}": rows["unit"].where(rows["mode"] == v) for v in MODES},
        f"mode_{UNKNOWN}": rows["unit"].where(~rows["mode"].isin(MODES)),
    }
    out = pd.DataFrame({**{k: rows[k] for k in keys}, **columns})
    return out.groupby(keys).nunique().reset_index()


def _kinds(counterparts: pd.Series) -> pd.Series:
    return pd.Series(["organisation" if is_grouping(c) else "state" for c in counterparts],
                     index=counterparts.index, dtype=object)


def dyad_panel(src: Source, period: str = "year", engine: str = "auto",
               count: str = "events", **filters: Any) -> pd.DataFrame:
    """Meetings per reporting country, counterpart and period, by level and mode.

    Args:
        src: store directory or `Frames`.
        period: "month", "quarter" or "year".
        engine: "auto", "pandas" or "duckdb".
        count: "events" (default): a meeting once however many of the reporting
            country's records report it (readout, remarks, joint statement); "records":
            each record.
        **filters: the `trends.Filters` keywords (start, end, sources, counterpart, ...).

    Returns:
        ``reporting_country``, ``counterpart``, ``counterpart_kind`` ("state" or
        "organisation": EU, NATO, UN, ASEAN, G7, G20, QUAD, AU), ``period`` (start of the
        period), ``meetings`` and one column per level (``level_summit``,
        ``level_ministerial``, ``level_other``, ``level_unknown``) and per mode
        (``mode_in_person``, ``mode_telephone``, ``mode_video``, ``mode_unknown``), each
        summing to ``meetings``. Counted: dated meetings of records that are not copies;
        a meeting with several counterparts counts once in each of their dyads.

    Example:
        >>> panel = dyad_panel("data/processed/store", period="month")
        >>> panel.to_stata("dyads.dta", write_index=False)
    """
    units, flt, eng = _meetings(src, period, engine, count, filters)
    keys = ["reporting_country", "counterpart"]
    counts = _split(units, [*keys, "period"])
    dyads = units[keys].drop_duplicates().sort_values(keys)
    grid = dyads.merge(pd.DataFrame({"period": period_starts(period, units["period"], flt)}),
                       how="cross")
    out = grid.merge(counts, on=[*keys, "period"], how="left")
    for col in counts.columns.difference([*keys, "period"]):
        out[col] = out[col].fillna(0).astype("int64")
    for col in keys:
        out[col] = out[col].astype(object)
    out.insert(2, "counterpart_kind", _kinds(out["counterpart"]))
    out["period"] = pd.to_datetime(out["period"]).astype("datetime64[ns]")
    cols = [*keys, "counterpart_kind", "period", *counts.columns.drop([*keys, "period"])]
    out = out[cols].sort_values([*keys, "period"]).reset_index(drop=True)
    return note_counted(out, flt, eng, period=period, freq=PERIODS[period], count=count)


def top_counterparts(src: Source, by: str = "level", top: int | None = 10,
                     engine: str = "auto", count: str = "events",
                     **filters: Any) -> pd.DataFrame:
    """The counterparts met most, their meetings split by level or mode.

    Args:
        src: store directory or `Frames`.
        by: "level" or "mode".
        top: how many counterparts (None: all).
        engine: "auto", "pandas" or "duckdb".
        count: "events" (default: a meeting once, whoever reported it) or "records".
        **filters: the `trends.Filters` keywords (e.g. ``reporting_country="JPN"``).

    Returns:
        ``counterpart``, ``counterpart_kind``, ``meetings`` and the ``level_*`` (or
        ``mode_*``) columns of `dyad_panel`; most meetings first.

    Example:
        >>> top_counterparts("data/processed/store", by="level", reporting_country="USA")
    """
    if by not in ("level", "mode"):
        raise ValueError(f"by must be 'level' or 'mode', not {by!r}")
    units, flt, eng = _meetings(src, "year", engine, count, filters)
    out = _split(units, ["counterpart"])
    out = out[["counterpart", "meetings", *[c for c in out.columns if c.startswith(f"{by}_")]]]
    out.insert(1, "counterpart_kind", _kinds(out["counterpart"]))
    out = out.sort_values(["meetings", "counterpart"], ascending=[False, True])
    out = (out if top is None else out.head(top)).reset_index(drop=True)
    return note_counted(out, flt, eng, by=by, count=count)
