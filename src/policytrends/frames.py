"""Reading a store into pandas (or Dask) DataFrames: `policytrends.load(DIR)`."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from .schema import TABLES, UNKNOWN, with_version
from .store import Store, read_parquet

# Tables whose rows belong to one record: without raw=True, load() leaves out the rows of
# records that are copies of an earlier one (documents.duplicate_of), as the trend
# functions count each record once. `documents` keeps every record, copies marked.
PER_RECORD = ("meetings", "counterparts", "topics", "mentions", "countries")


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

    def __repr__(self) -> str:
        """A short summary: the store and each table's rows (not the tables themselves)."""
        sizes = ", ".join(f"{f.name}={_rows(getattr(self, f.name))}" for f in fields(self)
                          if f.name != "root" and getattr(self, f.name) is not None)
        return f"Frames(root={self.root!r}, {sizes})"


def _rows(df: Any) -> str:
    """Rows of a pandas frame; "?" for a lazy (Dask) frame, whose length needs a compute."""
    return str(len(df)) if isinstance(df, pd.DataFrame) else "?"


def load(store_dir: str | os.PathLike[str], engine: str = "pandas",
         raw: bool = False) -> Frames:
    """Load a store's tables.

    By default the tables count what an analysis means: `meetings`, `counterparts`,
    `topics`, `mentions` and `countries` leave out the rows of records that copy an
    earlier one (`documents.duplicate_of` set; `documents` keeps them, marked), and
    `meetings` and `events` have a column `domestic` (True: no foreign side, no
    counterpart country other than the reporting one) and "unknown" where the text gives
    no level or mode.

    Args:
        store_dir: a store written by `policytrends ingest`.
        engine: "pandas" (default) or "dask" (lazy Dask DataFrames for large stores).
        raw: the tables exactly as stored (every row, nulls kept, no `domestic`).

    Returns:
        Frames with attributes documents, meetings, counterparts, topics, mentions,
        countries, rejects, events and event_records.

    Example:
        >>> import policytrends
        >>> s = policytrends.load("data/processed/store")
        >>> m = s.meetings
        >>> m[~m["domestic"]].groupby(["mode", "level"]).size()
    """
    store = Store(store_dir)
    store.check_version()
    if engine == "dask":
        tables = dask_tables(store)
    elif engine == "pandas":
        tables = {name: to_pandas(store.read_table(name)) for name in TABLES}
    else:
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    if not raw:
        tables = counted(tables, _copies(store))
    return Frames(**tables, root=str(store.root))


def _read_part(path: str, name: str, columns: list[str] | None = None) -> Any:
    """One Parquet part as pandas, with the dtypes `policytrends.load` gives."""
    schema = with_version(TABLES[name])
    return to_pandas(read_parquet(Path(path), schema, columns))


def dask_tables(store: Store) -> dict[str, Any]:
    """Every table of a store as a lazy Dask DataFrame, one partition per Parquet part.

    The partitions have the dtypes of `policytrends.load(DIR)` (datetime64 dates, Arrow
    strings, list columns kept), so code written against the pandas frames runs unchanged.
    The files are those of the version current when this is called.
    """
    import dask.dataframe as dd

    out: dict[str, Any] = {}
    for name in TABLES:
        meta = to_pandas(with_version(TABLES[name]).empty_table())
        files = [str(f) for f in store.table_files(name)]
        if not files:
            out[name] = dd.from_pandas(meta, npartitions=1)
            continue
        out[name] = dd.from_map(_read_part, files, args=(name,), meta=meta,
                                label=f"policytrends-{name}", enforce_metadata=False)
    return out


def _copies(store: Store) -> list[str]:
    """Record ids of the documents that copy an earlier record."""
    docs = store.read_table("documents", ["record_id", "duplicate_of"])
    return docs.filter(docs["duplicate_of"].is_valid())["record_id"].to_pylist()


def counted(tables: dict[str, Any], copies: list[str]) -> dict[str, Any]:
    """The tables without the per-record rows of `copies`, meetings marked (see `load`);
    pandas or Dask DataFrames."""
    out = dict(tables)
    if copies:
        for name in PER_RECORD:
            t = out[name]
            out[name] = t[~t["record_id"].isin(copies)]
    for name, mark in (("meetings", mark_meetings), ("events", mark_events)):
        t = out.get(name)
        if t is None:
            continue
        if hasattr(t, "map_partitions"):  # Dask: the same per partition
            out[name] = t.map_partitions(mark, meta=mark(t._meta))
        else:
            out[name] = mark(t)
    return out


def mark_meetings(meetings: pd.DataFrame) -> pd.DataFrame:
    """`domestic` (no counterpart country other than the reporting one) and UNKNOWN for
    a missing level or mode."""
    return _marked(meetings, [
        not [c for c in _listed(cc) if c != rc]
        for cc, rc in zip(meetings["counterpart_countries"], meetings["reporting_country"],
                          strict=True)])


def mark_events(events: pd.DataFrame) -> pd.DataFrame:
    """`domestic` (no country at the table besides the reporting ones) and UNKNOWN for a
    missing level or mode."""
    return _marked(events, [
        not set(_listed(cc)) - set(_listed(rc))
        for cc, rc in zip(events["counterpart_countries"], events["reporting_countries"],
                          strict=True)])


def _marked(df: pd.DataFrame, domestic: list[bool]) -> pd.DataFrame:
    out = df.copy()
    out["domestic"] = pd.Series(domestic, index=out.index, dtype=bool)
    for col in ("level", "mode"):
        out[col] = out[col].fillna(UNKNOWN)
    return out


def _listed(value: Any) -> list[Any]:
    """A list cell as a list (missing -> [])."""
    if value is None or value is pd.NA or isinstance(value, str | float):
        return []
    return list(value)
