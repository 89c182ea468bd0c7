"""The store's tables: the single place that names columns and types.

Every table is a Parquet dataset `STORE/<table>/`; each file carries
`policytrends.schema_version` in its metadata. See ../shared/SCHEMA.md for the contract.
"""

from __future__ import annotations

from datetime import date

import pyarrow as pa

SCHEMA_VERSION = "2"
# versions this policytrends reads: a version-1 store has no `documents.language`; its
# parts get the column when read (`conform`) and when a run carries them over
READABLE_VERSIONS = ("1", "2")
# the columns each schema version added, per table: a part an older version wrote lacks
# them (and only them), and `conform` adds them when it is read
ADDED_IN = {"2": {"documents": ("language",)}}
# The dates a store holds: the whole years of pandas' nanosecond timestamps, so every trend
# function (and every pandas user) reads every stored date. A date outside (a typo such as
# 1500 for 2015) is stored as null with a warning; trends treat one found in an older store
# the same way.
FIRST_DATE = date(1678, 1, 1)
LAST_DATE = date(2261, 12, 31)


def in_date_range(day: date) -> bool:
    """Whether a store may hold `day` (see FIRST_DATE, LAST_DATE)."""
    return FIRST_DATE <= day <= LAST_DATE


def added_since(version: str) -> set[str]:
    """Columns that schema versions after `version` added (none for the current version
    or an unknown one)."""
    older = int(version) if version.isdigit() else int(SCHEMA_VERSION)
    return {column for later, tables in ADDED_IN.items() if int(later) > older
            for columns in tables.values() for column in columns}


VERSION_KEY = b"policytrends.schema_version"

# The one name analyses give a meeting's level or mode that the text does not state
# (frames, trend groups, charts, the report); stored as null.
UNKNOWN = "unknown"
# The vocabularies of meetings.level and meetings.mode (gold/README.md).
LEVELS = ("summit", "ministerial", "other")
MODES = ("in_person", "telephone", "video")

_str = pa.string()
_strs = pa.list_(pa.string())

TABLES: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("record_id", _str),
            ("source", _str),
            ("path", _str),
            ("item", _str),
            ("url", _str),
            ("title", _str),
            ("published", pa.date32()),
            ("year", pa.int32()),  # from published, or the file name (UN speeches)
            ("kind", _str),
            ("reporting_country", _str),
            ("language", _str),  # "en" or "ja" (since schema version 2)
            ("text", _str),
            ("content_sha256", _str),
            ("duplicate_of", _str),  # record_id of the first copy of the same record
            ("warnings", _strs),
        ]
    ),
    "meetings": pa.schema(
        [
            ("record_id", _str),
            ("date", pa.date32()),
            ("date_note", _str),
            ("mode", _str),
            ("level", _str),
            ("parties", pa.int32()),
            ("reporting_country", _str),
            ("counterpart_countries", _strs),
            ("location_country", _str),
            ("start_local", _str),
            ("duration_min", pa.int32()),
        ]
    ),
    "counterparts": pa.schema(
        [
            ("record_id", _str),
            ("side", _str),
            ("country", _str),
            ("name", _str),
            ("family_name", _str),
            ("title", _str),
        ]
    ),
    "topics": pa.schema([("record_id", _str), ("theme", _str), ("mentions", pa.int32())]),
    "mentions": pa.schema(
        [
            ("record_id", _str),
            ("theme", _str),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("matched", _str),
        ]
    ),
    "countries": pa.schema([("record_id", _str), ("country", _str), ("mentions", pa.int32())]),
    "rejects": pa.schema(
        [("path", _str), ("item", _str), ("reason", _str), ("detail", _str)]
    ),
    # Derived at commit from the tables above (policytrends.events), not per input file.
    "events": pa.schema(
        [
            ("event_id", _str),
            ("date", pa.date32()),
            ("mode", _str),
            ("level", _str),
            ("parties", pa.int32()),
            ("counterpart_countries", _strs),  # every side at the table, reporting included
            ("location_country", _str),
            ("reporting_countries", _strs),
            ("n_records", pa.int32()),  # records that report it, repeated copies not counted
            ("title", _str),  # title of one of its records (a readout's when there is one)
        ]
    ),
    "event_records": pa.schema([("event_id", _str), ("record_id", _str), ("role", _str)]),
}
# Tables written whole at commit by a deriver (StoreWriter.derivers), not part by part.
DERIVED_TABLES = ("events", "event_records")

# Sort keys: rows are written in this order so a store is byte-for-byte the same
# whatever the number of workers.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["record_id"],
    "meetings": ["record_id"],
    "counterparts": ["record_id", "side", "name"],
    "topics": ["record_id", "theme"],
    "mentions": ["record_id", "start", "theme"],
    "countries": ["record_id", "country"],
    "rejects": ["path", "item"],
    "events": ["event_id"],
    "event_records": ["event_id", "record_id"],
}


def with_version(schema: pa.Schema) -> pa.Schema:
    """The schema with the store's version in its metadata."""
    return schema.with_metadata({VERSION_KEY: SCHEMA_VERSION.encode()})


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """A table read from a part written by an older schema version, in `schema`'s form.

    The one column added since version 1 is `documents.language`: it is derived from the
    part's `text` when that was read, else left null. Tables already in form pass through.
    """
    missing = [f for f in schema if f.name not in table.column_names]
    if not missing:
        return table
    from .language import language_of

    for f in missing:
        if f.name == "language" and "text" in table.column_names:
            values = pa.array([language_of(t) for t in table["text"].to_pylist()], _str)
        else:
            values = pa.nulls(table.num_rows, f.type)
        table = table.append_column(f, values)
    return table.select(schema.names)
