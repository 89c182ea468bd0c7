"""Theme trends over time: tidy DataFrames for notebooks, charts and reports.

Every function takes a store directory or the `Frames` of `policytrends.load` and the
same keyword filters (see `Filters`). Counting rules, shared by the pandas and DuckDB paths:

- A *record* is a `documents` row whose `duplicate_of` is null (the same RSS item seen in
  many snapshots counts once).
- Its date is the meeting date when a `meetings` row gives one, else `documents.published`.
- Records that have only a year (UN General Debate speeches: `documents.year`) are counted
  in yearly periods; monthly and quarterly results leave them out and say how many in
  ``df.attrs["undated"]`` (a month cannot be invented for them).
- A record is a *meeting* when it has a `meetings` row.
- Meeting counts (`meetings_timeline`, `meeting_counts`) count *events* by default: the
  records of one meeting (a White House and a MOFA readout, remarks before it) count once
  (``count="records"`` counts every record, as before events existed).
- ``by="counterpart"`` counts a record once under each counterpart country it names;
  records with no value for the chosen grouping fall under ``"(none)"`` (no counterpart,
  or not a meeting for ``by="level"``/``"mode"``).
- A meeting whose text gives no level or mode has ``"unknown"`` (`schema.UNKNOWN`), the
  name `load()`, the charts and the report use too.

Large stores run through DuckDB over the Parquet files (``engine="duckdb"``, chosen
automatically above `DUCKDB_BYTES` of documents); results equal the pandas path.

The package: `filters` (the keywords every function takes), `engines` (`TrendEngine`, the
one interface of the engines, and `engine_for`, which picks one), `pandas_engine`,
`duckdb_engine`, `queries` (the functions, imported here) and `answers` (the checks and
notes every answer shares, with `panel`, `officials` and `two_readouts` too).
"""

from __future__ import annotations

from .answers import CONTEXT_CHARS, COUNTS
from .engines import DUCKDB_BYTES, TrendEngine, engine_for
from .filters import GROUPS, PERIODS, Filters
from .pandas_engine import Source
from .queries import (
    RISING_COLUMNS,
    Z95,
    cooccurrence,
    counterpart_themes,
    drill_down,
    first_appearance,
    known_themes,
    meeting_counts,
    meetings_timeline,
    records,
    rising_themes,
    theme_frequency,
    themes_present,
    validate,
    wilson,
)

__all__ = [
    "CONTEXT_CHARS", "COUNTS", "DUCKDB_BYTES", "GROUPS", "PERIODS", "RISING_COLUMNS", "Z95",
    "Filters", "Source", "TrendEngine", "cooccurrence", "counterpart_themes", "drill_down",
    "engine_for", "first_appearance", "known_themes", "meeting_counts", "meetings_timeline",
    "records", "rising_themes", "theme_frequency", "themes_present", "validate", "wilson",
]
