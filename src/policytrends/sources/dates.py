"""Publication instants read from front matter and feeds, and their local calendar dates."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

# US publishers date their records in Washington time
WASHINGTON = ZoneInfo("America/New_York")


def parse_datetime(value: object) -> datetime | None:
    """A datetime from an ISO string, a YAML datetime or date, or None when it is not one."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def local_date(moment: datetime | None, tz: ZoneInfo = WASHINGTON) -> date | None:
    """The calendar date of an instant in the publisher's time zone (naive: as given)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(tz).date()
