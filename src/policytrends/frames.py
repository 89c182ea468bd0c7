"""Reading a store into pandas (or Dask) DataFrames: `policytrends.load(DIR)`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa

from .schema import TABLES
from .store import Store


def _types_mapper(dtype: pa.DataType) -> Any:
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return pd.ArrowDtype(pa.string())
    if pa.types.is_list(dtype):
        return pd.ArrowDtype(dtype)
    if pa.types.is_int32(dtype):
        return pd.Int32Dtype()
    if pa.types.is_int64(dtype):
        return pd.Int64Dtype()
    return None


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """A store table as pandas: dates as datetime64, Arrow strings, list columns kept."""
    cols = []
    for field in table.schema:
        col = table[field.name]
        if pa.types.is_date32(field.type):
            col = col.cast(pa.timestamp("ms"))
        cols.append(col)
    table = pa.table(cols, names=table.column_names)
    return table.to_pandas(types_mapper=_types_mapper)


@dataclass(frozen=True)
class Frames:
    """The store's tables as DataFrames."""

    documents: Any
    meetings: Any
    counterparts: Any
    topics: Any
    mentions: Any
    countries: Any
    rejects: Any
    # events and the records of each (None in Frames built by hand before they existed)
    events: Any = None
    event_records: Any = None
    root: str = ""


def load(store_dir: str | os.PathLike[str], engine: str = "pandas") -> Frames:
    """Load a store's tables.

    Args:
        store_dir: a store written by `policytrends ingest`.
        engine: "pandas" (default) or "dask" (lazy Dask DataFrames for large stores).

    Returns:
        Frames with attributes documents, meetings, counterparts, topics, mentions,
        countries, rejects, events and event_records.

    Example:
        >>> import policytrends
        >>> s = policytrends.load("data/processed/store")
        >>> s.meetings.groupby("mode").size()
    """
    store = Store(store_dir)
    store.check_version()
    if engine == "dask":
        from .distributed import dask_tables

        return Frames(**dask_tables(store), root=str(store.root))
    if engine != "pandas":
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    tables = {name: to_pandas(store.read_table(name)) for name in TABLES}
    return Frames(**tables, root=str(store.root))
