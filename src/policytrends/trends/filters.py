"""What the trend engines share: the filters every trend function takes, the periods and
groupings it may ask for, and the one form of their results (`normalised`), below both the
pandas engine (`pandas_engine`) and the DuckDB one (`duckdb_engine`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

from ..language import LANGUAGES
from ..names import check_countries, check_names, check_sources
from ..person_names import name_key
from ..schema import FIRST_DATE, LAST_DATE, LEVELS, MODES, UNKNOWN

NONE = "(none)"
PERIODS = {"month": "M", "quarter": "Q", "year": "Y"}  # (pandas' period codes)
GROUPS = ("counterpart", "source", "level", "mode", "reporting_country", "language")
OFFICIAL_COLUMNS = ("record_id", "side", "country", "name", "family_name", "title")


@dataclass(frozen=True)
class Filters:
    """Which records to count; the same keywords for every trend function, either engine.

    Args:
        start: first date counted (inclusive). Year-only records count when their year
            lies within the range's years.
        end: last date counted (inclusive).
        sources: publisher formats to keep (``"mofa"``, ``"whitehouse"``, ``"state"``,
            ``"ungdc"``, ``"text"``); None keeps all.
        reporting_country: ISO3 code(s) of the publishing government; None keeps all.
        meetings_only: count only records that report a meeting, call or video conference.
        counterpart: ISO3 or organisation code(s); keeps meetings with any of them.
        level: meeting level(s) (``"summit"``, ``"ministerial"``, ``"other"``).
        mode: meeting mode(s) (``"in_person"``, ``"telephone"``, ``"video"``).
        bilateral: keep only meetings of two parties (``meetings.parties == 2``).
        official: family name(s) of an official at the table, either side; matched
            without regard to case or accents ("Kishida", "KISHIDA", "Kishída").
        language: record language(s) (``documents.language``: ``"en"``, ``"ja"``);
            a store without that column raises ValueError.

    A meeting filter (counterpart, level, mode, bilateral, official) keeps only records
    that report a meeting.
    """

    start: date | None = None
    end: date | None = None
    sources: tuple[str, ...] | None = None
    reporting_country: tuple[str, ...] | None = None
    meetings_only: bool = False
    counterpart: tuple[str, ...] | None = None
    level: tuple[str, ...] | None = None
    mode: tuple[str, ...] | None = None
    bilateral: bool = False
    official: tuple[str, ...] | None = None
    language: tuple[str, ...] | None = None

    @classmethod
    def make(cls, start: Any = None, end: Any = None, sources: Any = None,
             reporting_country: Any = None, meetings_only: bool = False,
             counterpart: Any = None, level: Any = None, mode: Any = None,
             bilateral: bool = False, official: Any = None, language: Any = None) -> Filters:
        """Filters from loose values: date strings, a single string or a list of names.

        Raises:
            ValueError: a date that is not one, `start` after `end`, or an unknown source,
                country code, level or mode (`names.UnknownNameError`, with close known
                names).
        """
        first, last = as_date(start, "start"), as_date(end, "end")
        if first is not None and last is not None and first > last:
            raise ValueError(f"start {first} is after end {last}")
        languages = _as_tuple(language)
        unknown = sorted(set(languages or ()) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"unknown language {', '.join(map(repr, unknown))}: "
                             f"languages are {', '.join(LANGUAGES)}")
        officials = _as_tuple(official)
        return cls(first, last, _as_tuple(check_sources(_as_tuple(sources))),
                   _as_tuple(check_countries(_as_tuple(reporting_country))),
                   bool(meetings_only), _as_tuple(check_countries(_as_tuple(counterpart))),
                   _as_tuple(check_names("level", _as_tuple(level), (*LEVELS, UNKNOWN))),
                   _as_tuple(check_names("mode", _as_tuple(mode), (*MODES, UNKNOWN))),
                   bool(bilateral),
                   tuple(name_key(n) for n in officials) if officials else None,
                   languages)

    def described(self) -> str:
        """The filters beyond dates and sources, for a chart's note ("" when none)."""
        parts = [f"{name.replace('_', ' ')} {', '.join(values)}" for name, values in (
            ("reporting_country", self.reporting_country), ("counterpart", self.counterpart),
            ("level", self.level), ("mode", self.mode), ("official", self.official),
            ("language", self.language)) if values]
        if self.bilateral:
            parts.append("bilateral")
        return "; ".join(parts)

    @property
    def meeting_filters(self) -> bool:
        """True when a filter keeps only meetings."""
        return bool(self.meetings_only or self.counterpart or self.level or self.mode
                    or self.bilateral or self.official)


def as_date(value: Any, name: str = "date") -> date | None:
    """A date from a date or a string; one outside the dates a store holds is moved to
    its first or last (the same records are counted)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        return min(max(day, FIRST_DATE), LAST_DATE)
    try:
        stamp = pd.Timestamp(value)
    except pd.errors.OutOfBoundsDatetime:  # e.g. 0001-01-01: a date all the same
        try:
            day = date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise ValueError(f"{name} must be a date (YYYY-MM-DD), not {value!r}") from None
        return min(max(day, FIRST_DATE), LAST_DATE)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{name} must be a date (YYYY-MM-DD), not {value!r}: {exc}") from None
    if pd.isna(stamp):
        raise ValueError(f"{name} must be a date (YYYY-MM-DD), not {value!r}")
    return min(max(stamp.date(), FIRST_DATE), LAST_DATE)


def in_store_range(dates: pd.Series) -> pd.Series:
    """Dates a store cannot hold (an older store may have some) as missing."""
    dates = pd.to_datetime(dates)
    return dates.where((dates >= pd.Timestamp(FIRST_DATE)) & (dates <= pd.Timestamp(LAST_DATE)))


def _as_tuple(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    return tuple(value) or None


def normalised(df: pd.DataFrame) -> pd.DataFrame:
    """Same dtypes whichever engine produced a frame (so results compare equal)."""
    df = df.copy()
    for col in df.columns:
        if col in ("period", "date", "published", "first_date", "last_date"):
            df[col] = in_store_range(df[col]).astype("datetime64[ns]")
        elif col in ("records", "mentions", "n_records", "n_meetings", "start", "end", "year",
                     "meetings"):
            df[col] = df[col].astype("Int64")
        elif col == "is_meeting":
            df[col] = df[col].astype(bool)
        elif df[col].dtype != float:
            df[col] = df[col].astype("str")
    return df
