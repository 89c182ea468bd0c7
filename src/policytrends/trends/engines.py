"""The one interface of the trend engines (`TrendEngine`), and `engine_for`, which picks one.

`PandasEngine` counts in pandas; `DuckEngine` runs the same counts as SQL over the Parquet
files, for stores too large to load. Both give equal frames (`filters.normalised` dtypes) for
equal questions; the trend functions (`queries`) only ever talk to this interface.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

import pandas as pd

from ..frames import Frames
from ..store import Store
from .filters import Filters
from .pandas_engine import PandasEngine, Source

# Above this many bytes of documents Parquet, engine="auto" picks DuckDB.
DUCKDB_BYTES = 256 * 1024 * 1024
ENGINES = ("auto", "pandas", "duckdb")


@runtime_checkable
class TrendEngine(Protocol):
    """Where a trend function's rows come from. Every frame goes through
    `filters.normalised` (the same dtypes whichever engine), each with the columns named
    below."""

    @property
    def store(self) -> Store | None:
        """The store read (None for `Frames` built by hand)."""
        ...

    def sources(self, flt: Filters) -> list[str]:
        """Sorted publisher formats of the records `flt` counts (any date, any period)."""
        ...

    def theme_keys(self) -> set[str]:
        """The theme keys the store's topics hold."""
        ...

    def units(self, flt: Filters, period: str | None, by: str | None
              ) -> tuple[pd.DataFrame, int]:
        """One row per counted record (per group value): ``record_id``, ``source``,
        ``is_meeting``, ``date``, ``year``, ``mode``, ``level`` [, ``period``] [, ``group``];
        and the number of records left out for want of a date the period needs."""
        ...

    def topics(self, themes: Sequence[str] | None) -> pd.DataFrame:
        """``record_id``, ``theme``, ``mentions`` (summed per record and theme)."""
        ...

    def aggregate(self, flt: Filters, themes: Sequence[str] | None, period: str | None,
                  by: str | None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
        """(counts per key and theme, denominators per key, undated records); the
        denominators' ``attrs["last_date"]`` is the latest date counted."""
        ...

    def cooccurrence(self, flt: Filters, themes: Sequence[str] | None) -> pd.DataFrame:
        """``theme_a``, ``theme_b``, ``records`` naming both, for the pairs that occur."""
        ...

    def documents(self, ids: Iterable[str], text: bool = False) -> pd.DataFrame:
        """``record_id``, ``source``, ``title``, ``url``, ``published``, ``year`` [,
        ``text``] of the records `ids`."""
        ...

    def mentions(self, ids: Iterable[str], theme: str) -> pd.DataFrame:
        """``record_id``, ``theme``, ``start``, ``end``, ``matched`` of one theme's
        passages in the records `ids`."""
        ...

    def event_records(self) -> pd.DataFrame:
        """``record_id``, ``event_id`` of every record in an event."""
        ...

    def counterpart_lists(self, ids: Iterable[str]) -> pd.DataFrame:
        """``record_id``, ``counterparts`` (comma-joined ISO3 codes) of the meetings `ids`."""
        ...

    def officials(self, ids: Iterable[str]) -> pd.DataFrame:
        """The `counterparts` rows (officials at the table) of the records `ids`."""
        ...

    def reporting(self, ids: Iterable[str]) -> pd.DataFrame:
        """``record_id``, ``reporting_country`` of the records `ids`."""
        ...


def engine_for(src: Source, engine: str = "auto") -> TrendEngine:
    """The engine that answers queries for `src`: "pandas", "duckdb" or "auto"."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be 'auto', 'pandas' or 'duckdb', not {engine!r}")
    if engine == "auto":
        if isinstance(src, Frames):
            engine = "pandas"
        else:
            size = sum(f.stat().st_size for f in Store(src).table_files("documents"))
            engine = "duckdb" if size > DUCKDB_BYTES else "pandas"
    if engine == "duckdb":
        if isinstance(src, Frames):
            if not src.root:
                raise ValueError("engine='duckdb' needs a store path (Frames without root)")
            src = src.root
        from .duckdb_engine import DuckEngine

        return DuckEngine(src)
    return PandasEngine(src)
