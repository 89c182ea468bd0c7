"""An English visit overview whose itinerary is all the page tells of its meetings.

MOFA reports a visit abroad on one page: an opening in the past ("Prime Minister X paid an
official visit to A, B and C from July 25 to 27. An overview of the visit is as follows.",
"Mr. X, Minister for Foreign Affairs, made an official visit to Viet Nam. An overview of
his visit is as follows:"), then an itinerary under day or country headings ("August 1
(Fri)", "1. Malaysia (July 25-26)", "1. Schedule of visit (June 9)"), its events written
as noun phrases ("A summit meeting with Prime Minister Y", "courtesy call on H.E. Mr. Z,
President of ...", "luncheon hosted by ..."). Each meeting is a separate bilateral one, so
the page's fields follow the dev sets' trip convention (tests/accuracy/devsets/README.md):
the officials met, the countries of those officials, two parties, the day of the first
meeting with a named official (none when its heading gives a range of days) and the place
only when the visit was to one country. A page that also gives a meeting's own lead is
read by that lead instead (`mofa._lead`); this reader is for the pages that do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..records import Participant, add_participant
from . import mofa_rules as R
from .countries import country_spans, is_grouping
from .mofa_people import find_people, resolve_place
from .naming import family_name

__all__ = ["Itinerary", "read_itinerary"]

JAPAN = "JPN"


@dataclass(frozen=True)
class Itinerary:
    """What a visit's itinerary gives: the officials (the Japanese visitor first), the
    countries of the officials met, the first meeting's day and the place of a visit to
    one country."""

    participants: tuple[Participant, ...]
    counterparts: tuple[str, ...]
    first_day: date | None
    location: str | None


def _visited(places: str) -> list[str]:
    """The countries a visit went to ("three Southeast Asian countries—Malaysia, Singapore
    and the Philippines", "Auckland, New Zealand")."""
    codes = [c for _, _, c in country_spans(places) if c != JAPAN and not is_grouping(c)]
    if not codes:
        code = resolve_place(places)
        codes = [code] if code and code != JAPAN and not is_grouping(code) else []
    return list(dict.fromkeys(codes))


def _joined(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs with a line that stops at a comma joined to the next ("meeting with
    Hon. X," / "Minister of Foreign Affairs of Y")."""
    out: list[str] = []
    for para in paragraphs:
        if out and out[-1].endswith(","):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out


def _heading(para: str) -> tuple[str | None, date | None, bool] | None:
    """(country, day, whether a day is given) of an itinerary heading, None for a line that
    is none."""
    m = R.TRIP_HEADING.match(para)
    if m is None:
        return None
    days = (m["days"] or m["day"] or "").strip()
    label = (m["label"] or "").strip()
    one = R.ONE_DAY.match(days)
    country = resolve_place(label) if label else None
    when = None
    if one:
        month = R.MONTHS.get(one["mon"]) or R.MONTHS.get(one["mon"].rstrip(".") + ".")
        when = date(1, month, int(one["day"])) if month else None
    return country, when, bool(days)


def read_itinerary(paragraphs: Sequence[str], published: date | None,
                   text: str = "") -> Itinerary | None:
    """The meetings of a visit's page told only by its itinerary (see the module's doc),
    or None when the page opens with no visit or lists no meeting with a named official.

    Args:
        paragraphs: the page's paragraphs after its title, the opening first.
        published: the page's date (its year dates the itinerary's days).
        text: the page's text, where a name used alone settles a family name.
    """
    if not paragraphs:
        return None
    opening = paragraphs[0]
    visit = R.TRIP_OPENING.search(opening)
    if visit is None or R.FUTURE_MEETING.search(opening) or R.ANNOUNCEMENT.search(opening):
        return None
    visitors = [p for p in find_people(opening[:visit.start()]) if p.country in (None, JAPAN)]
    if not visitors:
        return None
    visited = _visited(visit["places"])
    out: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()
    lead = visitors[0]
    add_participant(out, seen, JAPAN, name=lead.name, title=lead.title, country=JAPAN,
                    family=family_name(lead.name, JAPAN, text, written_by=JAPAN,
                                       year=published.year if published else None))
    section: str | None = None
    day: date | None = None
    first: date | None = None
    met = False
    for para in _joined(paragraphs[1:R.TRIP_PARAGRAPHS]):
        heading = _heading(para)
        if heading is not None:
            section = heading[0] or section
            if heading[2]:
                day = heading[1]
            continue
        for item in R.TRIP_EVENT_SPLIT.split(para):
            event = R.TRIP_EVENT.match(item.strip())
            if event is None:
                continue
            found = find_people(event["who"])
            for person in found:
                if any(other is not person and set(other.name.split())
                       & set((person.title or "").split()) for other in found):
                    continue  # a part of a longer name read again as a name ("Prime
                    # Minister Dato' Sri X Tun Abdul Razak": "Abdul Razak")
                country = person.country or next(
                    (c for _, _, c in country_spans(person.title or "")
                     if c != JAPAN and not is_grouping(c)), None) or section or (
                    visited[0] if len(visited) == 1 else None)
                if country is None or country == JAPAN:
                    continue
                add_participant(out, seen, JAPAN, name=person.name, title=person.title,
                                country=country,
                                family=family_name(person.name, country, text))
                if not met:
                    met, first = True, day
    if not met:
        return None
    counterparts = tuple(dict.fromkeys(p.country for p in out
                                       if p.side == "counterpart" and p.country))
    when = None
    if first is not None and published is not None:
        when = first.replace(year=published.year)
        if when > published:  # (a late-December visit on an early-January page)
            when = when.replace(year=published.year - 1)
    return Itinerary(participants=tuple(out), counterparts=counterparts, first_day=when,
                     location=visited[0] if len(visited) == 1 else None)
