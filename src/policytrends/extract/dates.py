"""Dates in running text: explicit ("March 4, 2022", "11 February 2022", "On April 5")
and relative ("today", "yesterday", "On Wednesday") resolved against a publication date.

Public API::

    local_day(published_at, published, "America/New_York") -> date | None
    find_date(text, anchor)  -> DateHit | None     # first date expression in text
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ..regex_guard import guarded

__all__ = ["DateHit", "MONTHS", "WEEKDAYS", "find_date", "find_dates", "local_day"]

MONTHS: dict[str, int] = {
    m: i
    for i, names in enumerate(
        [("January", "Jan."), ("February", "Feb."), ("March", "Mar."), ("April", "Apr."),
         ("May",), ("June", "Jun."), ("July", "Jul."), ("August", "Aug."),
         ("September", "Sept.", "Sep."), ("October", "Oct."), ("November", "Nov."),
         ("December", "Dec.")],
        1,
    )
    for m in names
}
WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
}

_MONTH_RE = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_EXPLICIT = re.compile(
    rf"\b(?:(?P<m>{_MONTH_RE})\s+{_DAY}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    rf"|(?:(?P<d0>[0-3]?\d)\s*[-–]\s*)?(?P<d2>[0-3]?\d)\s+(?P<m2>{_MONTH_RE})"
    rf"(?:,?\s+(?P<y2>(?:19|20)\d\d))?)\b"
)
_RELATIVE = re.compile(
    r"\b(?P<w>today|tonight|yesterday|this (?:morning|afternoon|evening)|earlier today"
    r"|last night|(?:on |this |last )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday))\b",
    re.I,
)
# (searched over whole texts, and opening with a word boundary, which the regex engine
# cannot scan for: told the characters they start with; the same matches, see regex_guard)
_EXPLICIT, _RELATIVE = guarded(_EXPLICIT), guarded(_RELATIVE)


@dataclass(frozen=True)
class DateHit:
    """A date found in text: the day, where it was found, and how it was resolved."""

    day: date
    start: int
    end: int
    note: str


def local_day(published_at: datetime | None, published: date | None, tz: str) -> date | None:
    """Publication day in the publisher's own time zone (falls back to ``published``)."""
    if published_at is not None and published_at.tzinfo is not None:
        return published_at.astimezone(ZoneInfo(tz)).date()
    if published_at is not None:
        return published_at.date()
    return published


def _explicit(m: re.Match[str], anchor: date | None) -> date | None:
    month = MONTHS[m.group("m") or m.group("m2")]
    day = int(m.group("d") or m.group("d0") or m.group("d2"))  # a range starts the event
    year_s = m.group("y") or m.group("y2")
    if year_s:
        year = int(year_s)
    elif anchor is not None:
        year = anchor.year
        # "December 30" in a January release is last year's
        if (month, day) > (anchor.month, anchor.day) and month - anchor.month > 6:
            year -= 1
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative(m: re.Match[str], anchor: date) -> date:
    word = m.group("w").lower()
    if word.startswith("yesterday") or word == "last night":
        return anchor - timedelta(days=1)
    wd = m.group("wd")
    if wd:
        target = WEEKDAYS[wd.capitalize()]
        back = (anchor.weekday() - target) % 7
        if word.startswith("last ") and back == 0:
            back = 7
        return anchor - timedelta(days=back)
    return anchor


def find_dates(text: str, anchor: date | None) -> list[DateHit]:
    """Every resolvable date expression in ``text``, in text order."""
    hits: list[DateHit] = []
    for m in _EXPLICIT.finditer(text):
        d = _explicit(m, anchor)
        if d is not None:
            hits.append(DateHit(d, m.start(), m.end(), f"explicit date '{m.group(0)}'"))
    if anchor is not None:
        for m in _RELATIVE.finditer(text):
            hits.append(DateHit(_relative(m, anchor), m.start(), m.end(),
                                f"'{m.group(0)}' resolved against publication day {anchor}"))
    return sorted(hits, key=lambda h: h.start)


def find_date(text: str, anchor: date | None) -> DateHit | None:
    """The first date expression in ``text``, resolved against ``anchor``.

    Args:
        text: a clause or sentence (the caller chooses where to look).
        anchor: the publication day in the publisher's time zone; needed for relative
            words and for explicit dates without a year.

    Returns:
        A DateHit, or None when the text names no date that can be resolved.
    """
    hits: list[DateHit] = []
    for m in _EXPLICIT.finditer(text):
        # "May" is also a verb: require a day number right after it (the regex does)
        d = _explicit(m, anchor)
        if d is not None:
            hits.append(DateHit(d, m.start(), m.end(), f"explicit date '{m.group(0)}'"))
            break
    if anchor is not None:
        for m in _RELATIVE.finditer(text):
            hits.append(DateHit(_relative(m, anchor), m.start(), m.end(),
                                f"'{m.group(0)}' resolved against publication day {anchor}"))
            break
    return min(hits, key=lambda h: h.start) if hits else None
