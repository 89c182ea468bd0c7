"""The pandas engine of `policytrends.trends`: the store's tables (only the columns a query
needs) or the `Frames` of `policytrends.load`, counted in pandas."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import pyarrow as pa

from ..frames import Frames, to_pandas
from ..person_names import names_match
from ..schema import FIRST_DATE, LAST_DATE, TABLES, UNKNOWN
from ..store import Store
from .filters import NONE, OFFICIAL_COLUMNS, PERIODS, Filters, in_store_range, normalised

# what a trend function reads: a store directory, or the frames `policytrends.load` gave
Source = str | os.PathLike[str] | Frames


class PandasEngine:
    """Reads only the columns it needs from a store (or uses the given Frames)."""

    def __init__(self, src: Source) -> None:
        self.frames = src if isinstance(src, Frames) else None
        self.store = None if isinstance(src, Frames) else Store(src)
        if self.store is not None:
            self.store.check_version()
        self._cache: dict[tuple[str, tuple[str, ...]], pd.DataFrame] = {}

    def table(self, name: str, columns: Sequence[str]) -> pd.DataFrame:
        key = (name, tuple(columns))
        if key not in self._cache:
            if self.frames is not None:
                df = getattr(self.frames, name)[list(columns)]
                if hasattr(df, "compute"):  # Dask frames
                    df = df.compute()
            else:
                assert self.store is not None
                df = to_pandas(self.store.read_table(name, list(columns)))
            self._cache[key] = df
        return self._cache[key]

    def units(self, flt: Filters, period: str | None, by: str | None) -> tuple[pd.DataFrame, int]:
        """One row per counted record (per group value), and the number of undated records."""
        cols = ["record_id", "source", "reporting_country", "published", "year", "duplicate_of"]
        if flt.language or by == "language":
            cols.append(self.language_column())
        docs = self.table("documents", cols)
        docs = docs[docs["duplicate_of"].isna()].drop(columns="duplicate_of")
        mt = self.table("meetings", ["record_id", "date", "mode", "level", "parties",
                                     "counterpart_countries"]).drop_duplicates("record_id")
        b = docs.merge(mt, on="record_id", how="left")
        b["is_meeting"] = b["record_id"].isin(mt["record_id"])
        for col in ("mode", "level"):  # a meeting's unstated level: UNKNOWN, as in load()
            b[col] = b[col].where(~b["is_meeting"] | b[col].notna(), UNKNOWN)
        b["date"] = in_store_range(b["date"]).fillna(in_store_range(b["published"]))
        years = b["year"].astype("Int64")
        years = years.where(years.between(FIRST_DATE.year, LAST_DATE.year).fillna(False))
        b["year"] = b["date"].dt.year.astype("Int64").fillna(years)
        keep = pd.Series(True, index=b.index)
        for col, wanted in (("source", flt.sources), ("reporting_country",
                            flt.reporting_country), ("level", flt.level), ("mode", flt.mode),
                            ("language", flt.language)):
            if wanted:
                keep &= b[col].isin(wanted).fillna(False).astype(bool)
        if flt.meeting_filters:
            keep &= b["is_meeting"]
        if flt.bilateral:
            keep &= (b["parties"] == 2).fillna(False).astype(bool)
        if flt.counterpart:
            wanted_cc = set(flt.counterpart)
            keep &= pd.Series([bool(wanted_cc.intersection(_as_list(x)))
                               for x in b["counterpart_countries"]], index=b.index)
        if flt.official:
            keep &= b["record_id"].isin(self.records_with(flt.official))
        dated = b["date"].notna()
        if flt.start:
            keep &= (dated & (b["date"] >= pd.Timestamp(flt.start))) | (
                ~dated & (b["year"] >= flt.start.year)).fillna(False)
        if flt.end:
            keep &= (dated & (b["date"] <= pd.Timestamp(flt.end))) | (
                ~dated & (b["year"] <= flt.end.year)).fillna(False)
        b = b[keep]
        undated = 0
        if period in ("month", "quarter"):
            undated = int((b["date"].isna()).sum())
            b = b[b["date"].notna()].copy()
            b["period"] = b["date"].dt.to_period(PERIODS[period]).dt.start_time
        elif period == "year":
            undated = int(b["year"].isna().sum())
            b = b[b["year"].notna()].copy()
            b["period"] = pd.to_datetime(b["year"].astype(int).astype(str) + "-01-01")
        if by == "counterpart":
            b["group"] = [_as_list(x) or [NONE] for x in b["counterpart_countries"]]
            b = b.explode("group")
            b["group"] = b["group"].fillna(NONE)
        elif by is not None:
            b["group"] = b[by].fillna(NONE)
        cols = ["record_id", "source", "is_meeting", "date", "year", "mode", "level"]
        cols += [c for c in ("period", "group") if c in b.columns]
        units = b[cols].drop_duplicates(subset=[c for c in ("record_id", "group") if c in b])
        return normalised(units.reset_index(drop=True)), undated

    def sources(self, flt: Filters) -> list[str]:
        """Sorted publisher formats of the records `flt` counts (any date, any period)."""
        if flt.meeting_filters or flt.start or flt.end or flt.language:
            return sorted(set(self.units(flt, None, None)[0]["source"]))
        docs = self.table("documents", ["source", "reporting_country", "duplicate_of"])
        keep = docs["duplicate_of"].isna()
        if flt.sources:
            keep &= docs["source"].isin(flt.sources)
        if flt.reporting_country:
            keep &= docs["reporting_country"].isin(flt.reporting_country)
        return sorted(set(docs.loc[keep, "source"].dropna()))

    def theme_keys(self) -> set[str]:
        """The theme keys the store's topics hold."""
        return set(self.table("topics", ["record_id", "theme", "mentions"])["theme"].dropna())

    def language_column(self) -> str:
        """``"language"``, or ValueError when the store's documents have no such column."""
        if self.frames is not None:
            present = "language" in self.frames.documents.columns
        else:
            present = "language" in TABLES["documents"].names
        if not present:
            raise ValueError("the language filter needs a documents.language column, which "
                             "this store has not got (it comes with schema 2: re-ingest "
                             "with a policytrends that writes it)")
        return "language"

    def records_with(self, officials: Sequence[str]) -> set[str]:
        """Record ids with an official of one of the family names (`name_key` keys)."""
        cp = self.table("counterparts", ["record_id", "family_name", "name"])
        hit = [any(names_match(w, f, n) for w in officials)
               for f, n in zip(cp["family_name"], cp["name"], strict=True)]
        return set(cp.loc[hit, "record_id"])

    def topics(self, themes: Sequence[str] | None) -> pd.DataFrame:
        t = self.table("topics", ["record_id", "theme", "mentions"])
        if themes is not None:
            t = t[t["theme"].isin(themes)]
        t = t.groupby(["record_id", "theme"], as_index=False)["mentions"].sum()
        return normalised(t)

    def aggregate(self, flt: Filters, themes: Sequence[str] | None, period: str | None,
                  by: str | None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
        """(counts per key and theme, denominators per key, undated records)."""
        units, undated = self.units(flt, period, by)
        keys = [c for c in ("period", "group") if c in units.columns]
        u = units[["record_id", "is_meeting", *keys]]
        if keys:
            denoms = u.groupby(keys, as_index=False).agg(
                n_records=("record_id", "nunique"),
                n_meetings=("is_meeting", "sum"))
        else:
            denoms = pd.DataFrame({"n_records": [u["record_id"].nunique()],
                                   "n_meetings": [int(u["is_meeting"].sum())]})
        hits = u.merge(self.topics(themes), on="record_id")
        counts = hits.groupby([*keys, "theme"], as_index=False).agg(
            records=("record_id", "nunique"), mentions=("mentions", "sum"))
        denoms = normalised(denoms)
        denoms.attrs["last_date"] = units["date"].max()
        return normalised(counts), denoms, undated

    def cooccurrence(self, flt: Filters, themes: Sequence[str] | None) -> pd.DataFrame:
        units, _ = self.units(flt, None, None)
        t = self.topics(themes)
        t = t[t["record_id"].isin(units["record_id"])][["record_id", "theme"]]
        pairs = t.merge(t, on="record_id", suffixes=("_a", "_b"))
        out = pairs.groupby(["theme_a", "theme_b"], as_index=False).agg(
            records=("record_id", "nunique"))
        return normalised(out)

    def documents(self, ids: Iterable[str], text: bool = False) -> pd.DataFrame:
        cols = ["record_id", "source", "title", "url", "published", "year"]
        if text:
            cols.append("text")
        if self.frames is not None or self.store is None:
            docs = self.table("documents", cols)
            docs = docs[docs["record_id"].isin(set(ids))]
        else:
            import pyarrow.dataset as ds

            files = self.store.table_files("documents")
            if not files:
                return normalised(pd.DataFrame(columns=cols))
            d = ds.dataset([str(f) for f in files], format="parquet")
            wanted = pa.array(list(ids), type=pa.string())  # typed: an empty list is null-typed
            tbl = d.to_table(columns=cols, filter=ds.field("record_id").isin(wanted))
            docs = to_pandas(tbl)
        return normalised(docs.reset_index(drop=True))

    def mentions(self, ids: Iterable[str], theme: str) -> pd.DataFrame:
        m = self.table("mentions", ["record_id", "theme", "start", "end", "matched"])
        return normalised(m[m["record_id"].isin(set(ids)) & (m["theme"] == theme)])

    def event_records(self) -> pd.DataFrame:
        """record_id -> event_id of every record in an event (empty for Frames without
        events)."""
        if self.frames is not None and getattr(self.frames, "event_records", None) is None:
            return normalised(pd.DataFrame({"record_id": pd.Series([], dtype=object),
                                            "event_id": pd.Series([], dtype=object)}))
        return normalised(self.table("event_records", ["record_id", "event_id"]))

    def counterpart_lists(self, ids: Iterable[str]) -> pd.DataFrame:
        mt = self.table("meetings", ["record_id", "counterpart_countries"])
        mt = mt[mt["record_id"].isin(set(ids))].drop_duplicates("record_id")
        out = pd.DataFrame({
            "record_id": mt["record_id"],
            "counterparts": [", ".join(str(c) for c in _as_list(x) if isinstance(c, str))
                             for x in mt["counterpart_countries"]]})
        return normalised(out)

    def officials(self, ids: Iterable[str]) -> pd.DataFrame:
        """The `counterparts` rows (officials at the table) of the records `ids`."""
        cp = self.table("counterparts", list(OFFICIAL_COLUMNS))
        cp = cp[cp["record_id"].isin(set(ids))]
        return normalised(cp.sort_values(list(OFFICIAL_COLUMNS[:4])).reset_index(drop=True))

    def reporting(self, ids: Iterable[str]) -> pd.DataFrame:
        """``record_id``, ``reporting_country`` of the records `ids`."""
        docs = self.table("documents", ["record_id", "reporting_country"])
        return normalised(docs[docs["record_id"].isin(set(ids))].reset_index(drop=True))


def _as_list(value: Any) -> list:
    """A list column's cell as a list (lists, tuples, numpy arrays; missing -> [])."""
    if value is None or value is pd.NA or isinstance(value, str | float):
        return []
    return list(value)
