"""The DuckDB engine of `policytrends.trends`: the same counts, run over the Parquet files.

Used for stores too large to load into pandas: DuckDB scans only the columns a query
needs and aggregates in SQL, so record text never enters Python except for drill-down.
Counting rules are those of the pandas engine (tests check both give equal frames).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from ..language import language_of
from ..person_names import names_match
from ..schema import FIRST_DATE, LAST_DATE, TABLES, UNKNOWN, with_version
from ..store import Store
from .filters import NONE, OFFICIAL_COLUMNS, Filters, normalised

_TRUNC = {"month": "month", "quarter": "quarter"}

_FILTERED = """
WITH m AS (
    SELECT record_id, any_value(date) AS date, any_value(mode) AS mode,
           any_value(level) AS level, any_value(parties) AS parties,
           any_value(counterpart_countries) AS cc
    FROM meetings GROUP BY record_id
), base AS (
    SELECT d.record_id, d.source, d.reporting_country, d.title{language},
           m.record_id IS NOT NULL AS is_meeting,
           coalesce(<in_range m.date>, <in_range d.published>) AS date,
           coalesce(year(coalesce(<in_range m.date>, <in_range d.published>)),
                    <in_range_year d.year>) AS year,
           CASE WHEN m.record_id IS NOT NULL THEN coalesce(m.mode, '{UNKNOWN}') END AS mode,
           CASE WHEN m.record_id IS NOT NULL THEN coalesce(m.level, '{UNKNOWN}') END AS level,
           m.parties, m.cc
    FROM documents d LEFT JOIN m ON d.record_id = m.record_id
    WHERE d.duplicate_of IS NULL
), flt AS (
    SELECT * FROM base WHERE {conds}
)""".replace("{UNKNOWN}", UNKNOWN)  # (a constant: the other fields are format()'s)

# dates a store cannot hold (an older store may have some) count as missing, as in pandas
for _col in ("m.date", "d.published"):
    _FILTERED = _FILTERED.replace(
        f"<in_range {_col}>", f"(CASE WHEN {_col} BETWEEN DATE '{FIRST_DATE}' AND "
        f"DATE '{LAST_DATE}' THEN {_col} END)")
_FILTERED = _FILTERED.replace(
    "<in_range_year d.year>",
    f"(CASE WHEN d.year BETWEEN {FIRST_DATE.year} AND {LAST_DATE.year} THEN d.year END)")

_BASE = """, grouped AS (
    SELECT *, {group} AS grp FROM flt
)
SELECT DISTINCT record_id, source, is_meeting, CAST(date AS TIMESTAMP) AS date,
       CAST(year AS BIGINT) AS year, mode, level{period}{grp}
FROM grouped WHERE {placed}
"""


def _sql_str(path: os.PathLike[str] | str) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _conds(flt: Filters) -> tuple[list[str], list[Any]]:
    """SQL conditions on `base` rows (and their parameters) for the filters."""
    conds: list[str] = ["true"]
    params: list[Any] = []
    for col, wanted in (("source", flt.sources), ("reporting_country", flt.reporting_country),
                        ("level", flt.level), ("mode", flt.mode), ("language", flt.language)):
        if wanted:
            conds.append(f"coalesce(list_contains(?, {col}), false)")
            params.append(list(wanted))
    if flt.meeting_filters:
        conds.append("is_meeting")
    if flt.bilateral:
        conds.append("coalesce(parties = 2, false)")
    if flt.counterpart:
        conds.append("coalesce(list_has_any(cc, ?), false)")
        params.append(list(flt.counterpart))
    if flt.official:
        conds.append("record_id IN (SELECT record_id FROM counterparts "
                     "WHERE pt_names_match(?, family_name, name))")
        params.append(list(flt.official))
    for op, day in ((">=", flt.start), ("<=", flt.end)):
        if day is not None:
            conds.append(f"((date IS NOT NULL AND date {op} ?) OR "
                         f"(date IS NULL AND year {op} ?))")
            params += [day, day.year]
    return conds, params


def _any_name_matches(wanted: list[str], family_name: str | None, name: str | None) -> bool:
    return any(names_match(w, family_name, name) for w in wanted)


def attach(con: duckdb.DuckDBPyConnection, store: Store, names: Iterable[str]) -> None:
    """Views `names` over the store's current Parquet files (an empty table for a table
    without files), and the function ``pt_names_match(keys, family_name, name)``."""
    for name in names:
        files = store.table_files(name)  # checked: not a link, the table's columns
        if files:
            listed = ", ".join(_sql_str(f) for f in files)
            con.execute(f"CREATE VIEW {name} AS SELECT {_columns(con, name, files)} "
                        f"FROM read_parquet([{listed}], union_by_name = true)")
        else:
            con.register(name, with_version(TABLES[name]).empty_table())
    # officials' names compared as `person_names` compares them (accents, case)
    con.create_function(  # type: ignore[call-overload]  # stubs lack "special"
        "pt_names_match", _any_name_matches, ["VARCHAR[]", "VARCHAR", "VARCHAR"],
        "BOOLEAN", null_handling="special")


def _columns(con: duckdb.DuckDBPyConnection, name: str, files: Sequence[os.PathLike[str]]
             ) -> str:
    """A view's columns: parts written before schema version 2 have no
    `documents.language`; it is found from their text as `language_of` finds it (as
    `Store.read_table` gives it)."""
    if name != "documents":
        return "*"
    has = [("language" in pq.read_schema(f).names) for f in files]
    if all(has):
        return "*"
    con.create_function("pt_language_of", language_of, ["VARCHAR"], "VARCHAR")
    if any(has):
        return "* REPLACE (coalesce(language, pt_language_of(text)) AS language)"
    return "*, pt_language_of(text) AS language"


class DuckEngine:
    """Answers the trend functions' queries with DuckDB over
    ``read_parquet('DIR/<table>/*.parquet')``."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.store = Store(root)
        self.store.check_version()  # pins the version every query below reads
        self.con = duckdb.connect()
        attach(self.con, self.store, ("documents", "meetings", "topics", "mentions",
                                      "counterparts"))
        columns = {r[0] for r in self.con.execute("DESCRIBE documents").fetchall()}
        self.has_language = "language" in columns

    def _filtered(self, flt: Filters) -> str:
        """The `_FILTERED` query text for `flt` (ValueError: a filter the store cannot do)."""
        conds, _ = _conds(flt)
        if flt.language and not self.has_language:
            raise ValueError("the language filter needs a documents.language column, which "
                             "this store has not got (it comes with schema 2: re-ingest "
                             "with a policytrends that writes it)")
        return _FILTERED.format(conds=" AND ".join(conds),
                                language=", d.language" if self.has_language else "")

    def _df(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        return self.con.execute(sql, list(params)).df()

    def sources(self, flt: Filters) -> list[str]:
        """Sorted publisher formats of the records `flt` counts (any date, any period)."""
        _, params = _conds(flt)
        rows = self.con.execute(
            "SELECT DISTINCT source FROM (" + self._filtered(flt)
            + " SELECT source FROM flt) WHERE source IS NOT NULL", params).fetchall()
        return sorted(r[0] for r in rows)

    def _build_units(self, flt: Filters, period: str | None, by: str | None) -> int:
        """Fill the temp table `units`; return the number of records left undated."""
        _, params = _conds(flt)

        if by == "counterpart":
            group = (f"unnest(CASE WHEN cc IS NULL OR len(cc) = 0 THEN ['{NONE}'] "
                     "ELSE cc END)")
        elif by is not None:
            group = f"CAST({by} AS VARCHAR)"
        else:
            group = "NULL"
        if period in _TRUNC:
            pexpr = f", CAST(date_trunc('{_TRUNC[period]}', date) AS TIMESTAMP) AS period"
            placed, undated_cond = "date IS NOT NULL", "date IS NULL"
        elif period == "year":
            pexpr = ", CAST(make_date(CAST(year AS INTEGER), 1, 1) AS TIMESTAMP) AS period"
            placed, undated_cond = "year IS NOT NULL", "year IS NULL"
        else:
            pexpr, placed, undated_cond = "", "true", "false"
        grp = f', coalesce(grp, \'{NONE}\') AS "group"' if by is not None else ""
        parts = {"group": group, "period": pexpr, "grp": grp}
        # one scan of the store: placed and undated rows apart afterwards (each row is one
        # or the other, so DISTINCT over all of them is DISTINCT over each part)
        self.con.execute("CREATE OR REPLACE TEMP TABLE units_all AS " + self._filtered(flt)
                         + _BASE.format(placed="true", **parts), params)
        self.con.execute(f"CREATE OR REPLACE TEMP VIEW units AS SELECT * FROM units_all "
                         f"WHERE {placed}")
        row = self.con.execute("SELECT count(DISTINCT record_id) FROM units_all "
                               f"WHERE {undated_cond}").fetchone()
        return int(row[0]) if row else 0

    def units(self, flt: Filters, period: str | None, by: str | None) -> tuple[pd.DataFrame, int]:
        undated = self._build_units(flt, period, by)
        return normalised(self._df("SELECT * FROM units")), undated

    def _topics_sql(self, themes: Sequence[str] | None,
                    grouped: bool = True) -> tuple[str, list[Any]]:
        where, params = "", []
        if themes is not None:
            where, params = "WHERE list_contains(?, theme)", [list(themes)]
        if not grouped:
            return f"SELECT record_id, theme, mentions FROM topics {where}", params
        sql = (f"SELECT record_id, theme, sum(mentions) AS mentions FROM topics {where} "
               "GROUP BY record_id, theme")
        return sql, params

    def theme_keys(self) -> set[str]:
        """The theme keys the store's topics hold."""
        rows = self.con.execute("SELECT DISTINCT theme FROM topics WHERE theme IS NOT NULL")
        return {r[0] for r in rows.fetchall()}

    def topics(self, themes: Sequence[str] | None) -> pd.DataFrame:
        sql, params = self._topics_sql(themes)
        return normalised(self._df(sql, params))

    def aggregate(self, flt: Filters, themes: Sequence[str] | None, period: str | None,
                  by: str | None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
        """(counts per key and theme, denominators per key, undated records)."""
        undated = self._build_units(flt, period, by)
        keys = [k for k, on in (("period", period), ('"group"', by)) if on is not None]
        sel = ", ".join(keys) + ", " if keys else ""
        group = "GROUP BY " + ", ".join(keys) if keys else ""
        denoms = self._df(
            f"SELECT {sel}count(DISTINCT record_id) AS n_records, "
            f"count(DISTINCT record_id) FILTER (WHERE is_meeting) AS n_meetings "
            f"FROM units {group}")
        # topics rows join ungrouped: the distinct count and the sum of mentions come out
        # the same as with rows summed per (record, theme) first, at half the cost
        tsql, params = self._topics_sql(themes, grouped=False)
        usel = ", ".join(f"u.{k}" for k in keys) + ", " if keys else ""
        counts = self._df(
            f"SELECT {usel}t.theme, count(DISTINCT u.record_id) AS records, "
            f"sum(t.mentions) AS mentions FROM units u JOIN ({tsql}) t "
            f"ON u.record_id = t.record_id GROUP BY {usel}t.theme", params)
        denoms = normalised(denoms)
        last = self.con.execute("SELECT CAST(max(date) AS TIMESTAMP) FROM units").fetchone()
        denoms.attrs["last_date"] = pd.Timestamp(last[0]) if last and last[0] else pd.NaT
        return normalised(counts), denoms, undated

    def cooccurrence(self, flt: Filters, themes: Sequence[str] | None) -> pd.DataFrame:
        self._build_units(flt, None, None)
        tsql, params = self._topics_sql(themes)
        return normalised(self._df(
            f"WITH t AS (SELECT DISTINCT t.record_id, t.theme FROM ({tsql}) t "
            "JOIN units u ON u.record_id = t.record_id) "
            "SELECT a.theme AS theme_a, b.theme AS theme_b, "
            "count(DISTINCT a.record_id) AS records "
            "FROM t a JOIN t b ON a.record_id = b.record_id GROUP BY a.theme, b.theme",
            params))

    def documents(self, ids: Iterable[str], text: bool = False) -> pd.DataFrame:
        cols = "record_id, source, title, url, CAST(published AS TIMESTAMP) AS published, year"
        if text:
            cols += ", text"
        return normalised(self._df(
            f"SELECT {cols} FROM documents WHERE list_contains(?, record_id)", [list(ids)]))

    def mentions(self, ids: Iterable[str], theme: str) -> pd.DataFrame:
        return normalised(self._df(
            'SELECT record_id, theme, start, "end", matched FROM mentions '
            "WHERE list_contains(?, record_id) AND theme = ?", [list(ids), theme]))

    def event_records(self) -> pd.DataFrame:
        """record_id -> event_id of every record in an event (empty for a store linked
        before events existed)."""
        return normalised(self.store.read_table("event_records", ["record_id", "event_id"])
                               .to_pandas())

    def counterpart_lists(self, ids: Iterable[str]) -> pd.DataFrame:
        return normalised(self._df(
            "SELECT record_id, coalesce(array_to_string(any_value(counterpart_countries), "
            "', '), '') AS counterparts FROM meetings WHERE list_contains(?, record_id) "
            "GROUP BY record_id", [list(ids)]))

    def officials(self, ids: Iterable[str]) -> pd.DataFrame:
        """The `counterparts` rows (officials at the table) of the records `ids`."""
        return normalised(self._df(f"SELECT {', '.join(OFFICIAL_COLUMNS)} FROM counterparts "
                                   "WHERE list_contains(?, record_id) ORDER BY "
                                   + ", ".join(OFFICIAL_COLUMNS[:4]), [list(ids)]))

    def reporting(self, ids: Iterable[str]) -> pd.DataFrame:
        """``record_id``, ``reporting_country`` of the records `ids`."""
        return normalised(self._df("SELECT record_id, reporting_country FROM documents "
                                   "WHERE list_contains(?, record_id)", [list(ids)]))
