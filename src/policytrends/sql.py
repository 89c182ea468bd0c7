"""The store in DuckDB, for SQL: `policytrends.sql.connect(DIR)`.

The connection has one view per store table (``documents``, ``meetings``,
``counterparts``, ``topics``, ``mentions``, ``countries``, ``rejects``) and views that
count as `policytrends.trends` counts, so a query gives the trend functions' answers:

- ``records``: the counted records (copies of an earlier record left out), each with
  ``date`` (the meeting date when the record reports a dated meeting, else the
  publication date) and ``date_basis`` saying which ("meeting", "published", or null for
  year-only records such as UN speeches), ``year`` (of ``date``, else the record's year),
  ``is_meeting``, ``mode``, ``level`` ("unknown" for a meeting that states none, as
  in `trends`), ``parties``, ``counterpart_countries``.
- ``theme_frequency_month``, ``theme_frequency_quarter``, ``theme_frequency_year``:
  ``trends.theme_frequency(DIR, period=...)`` (every theme present, every period from the
  first to the last, zeros included): ``period``, ``theme``, ``records``, ``mentions``,
  ``n_records``, ``n_meetings``, ``share`` (NULL where nothing was counted). Months and
  quarters place records by ``date``; years by ``year``, so year-only records count.

Raw tables keep their own dates: ``documents.published`` is the publication date,
``meetings.date`` the meeting date as the text states it.
"""

from __future__ import annotations

import os

import duckdb

from .schema import TABLES, UNKNOWN
from .store import Store
from .trends.duckdb_engine import attach

RECORDS = """
CREATE VIEW records AS
WITH m AS (
    SELECT record_id, any_value(date) AS date, any_value(mode) AS mode,
           any_value(level) AS level, any_value(parties) AS parties,
           any_value(counterpart_countries) AS counterpart_countries
    FROM meetings GROUP BY record_id
)
SELECT d.record_id, d.source, d.reporting_country, d.title, d.url, d.published,
       m.record_id IS NOT NULL AS is_meeting,
       coalesce(m.date, d.published) AS date,
       CASE WHEN m.date IS NOT NULL THEN 'meeting'
            WHEN d.published IS NOT NULL THEN 'published' END AS date_basis,
       coalesce(year(coalesce(m.date, d.published)), d.year) AS year,
       CASE WHEN m.record_id IS NOT NULL THEN coalesce(m.mode, '{UNKNOWN}') END AS mode,
       CASE WHEN m.record_id IS NOT NULL THEN coalesce(m.level, '{UNKNOWN}') END AS level,
       m.parties, m.counterpart_countries
FROM documents d LEFT JOIN m ON d.record_id = m.record_id
WHERE d.duplicate_of IS NULL
""".replace("{UNKNOWN}", UNKNOWN)

# {name}: view suffix; {place}: a record's period; {step}: one period
FREQUENCY = """
CREATE VIEW theme_frequency_{name} AS
WITH u AS (
    SELECT record_id, is_meeting, CAST({place} AS TIMESTAMP) AS period FROM records
    WHERE {place} IS NOT NULL
), d AS (
    SELECT period, count(*) AS n_records, count(*) FILTER (WHERE is_meeting) AS n_meetings
    FROM u GROUP BY period
), c AS (
    SELECT u.period, t.theme, count(DISTINCT u.record_id) AS records,
           sum(t.mentions) AS mentions
    FROM u JOIN topics t ON u.record_id = t.record_id GROUP BY u.period, t.theme
), p AS (
    SELECT unnest(generate_series(min(period), max(period), INTERVAL {step})) AS period
    FROM d
)
SELECT p.period, th.theme, coalesce(c.records, 0) AS records,
       coalesce(c.mentions, 0) AS mentions, coalesce(d.n_records, 0) AS n_records,
       coalesce(d.n_meetings, 0) AS n_meetings,
       coalesce(c.records, 0) / nullif(d.n_records, 0) AS share
FROM p CROSS JOIN (SELECT DISTINCT theme FROM c) th
LEFT JOIN d ON d.period = p.period
LEFT JOIN c ON c.period = p.period AND c.theme = th.theme
"""
PERIODS = {"month": ("date_trunc('month', date)", "1 MONTH"),
           "quarter": ("date_trunc('quarter', date)", "3 MONTH"),
           "year": ("make_date(CAST(year AS INTEGER), 1, 1)", "1 YEAR")}


def connect(store: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the store's tables and counting views.

    Args:
        store: a store written by `policytrends ingest`.

    Returns:
        The connection (views read the store's current version when queried).

    Example:
        >>> con = connect("data/processed/store")
        >>> con.sql("SELECT * FROM theme_frequency_year WHERE theme = 'foip'").df()
    """
    st = Store(store)
    st.check_version()
    con = duckdb.connect()
    attach(con, st, TABLES)
    con.execute(RECORDS)
    for name, (place, step) in PERIODS.items():
        con.execute(FREQUENCY.format(name=name, place=place, step=step))
    return con
