"""An English visit overview whose itinerary is all the page tells of its meetings.

MOFA reports a visit abroad on one page: an opening in the past ("Prime Minister X paid an
official visit to A, B and C from July 25 to 27. An overview of the visit is as follows.",
"Mr. X, Minister for Foreign Affairs, made an official visit to Peru. An overview of
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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..records import Participant, add_participant
from . import mofa_rules as R
from .casefold import folded
from .countries import country_spans, is_grouping
from .mofa_people import find_people, resolve_place
from .naming import Person, family_name

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
    # how many countries the visit went to, and whether the page is the visit's own
    # report ("Visit by X to Y (Overview and Evaluation)", "overview of his visit")
    visited: int = 1
    visit_page: bool = False


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


def _opening(paragraphs: Sequence[str], title: str, loose: bool
             ) -> tuple[int, re.Match[str]] | None:
    """(index, visit match) of the paragraph that opens the visit: the first one, ending
    in an overview sentence ("... An overview of his visit is as follows"); or, `loose`,
    one of the first few that tells the visit in the past on a page its title or first
    lines call an overview (an older page's "Visit by X to Y (Overview and Evaluation)")."""
    if not loose:
        visit = R.TRIP_OPENING.search(paragraphs[0])
        return (0, visit) if visit else None
    head = "\n".join([title, *paragraphs[:OVERVIEW_NEAR]])
    low = folded(head)
    if (low is not None and not any(word in low for word in R.TRIP_OVERVIEW_WORDS)
            or not R.TRIP_OVERVIEW.search(head)):
        return None
    for k, para in enumerate(paragraphs[:OPENING_NEAR]):
        visit = R.TRIP_VISIT.search(para) if R.TRIP_VISIT_WORD in para else None
        if visit:
            return k, visit
    return None


OPENING_NEAR = 6  # paragraphs where an older overview page tells its visit
OVERVIEW_NEAR = 8  # paragraphs (with the title) where it calls itself an overview


def _lines(paragraphs: Sequence[str]) -> list[str]:
    """The lines of the paragraphs, a line that stops at a comma joined to the next
    ("meeting with Hon. X," / "Minister of Foreign Affairs of Y")."""
    return _joined([ln.strip() for para in paragraphs for ln in para.split("\n") if ln.strip()])


def _met_in(line: str) -> list[tuple[Person, int]]:
    """The officials a line names as met, with where each is named: an itinerary's event
    ("courtesy call on H.E. Mr. X, ...") or a sentence's meeting ("... held meetings with
    President X, ..., then in Y with Vice President Z")."""
    found: list[tuple[Person, int]] = []
    at = 0
    for item in R.TRIP_EVENT_SPLIT.split(line):
        event = R.TRIP_EVENT.match(item.strip())
        k = line.find(item, at)
        at = max(at, k)
        if event is not None:
            found += [(p, k) for p in _named(event["who"])]
    for m in R.TRIP_PROSE_MEETING.finditer(line):
        end = R.SENTENCE_END.search(line, m.end())
        found += [(p, m.end() + p.start) for p in
                  _named(line[m.end():end.start() + 1 if end else len(line)])]
    return found


def _named(who: str) -> list[Person]:
    """The officials of an event's or a sentence's text, without the part of a longer name
    read again as a name ("Prime Minister Dato' Sri X Tun Abdul Razak": "Abdul Razak")."""
    found = find_people(who)
    return [p for p in found if not any(
        other is not p and set(other.name.split()) & set((p.title or "").split())
        for other in found)]


def _country(person: Person, before: str, after: str, section: str | None,
             visited: Sequence[str]) -> str | None:
    """An official's country: the title's, else the visited country named last before the
    official in the line ("then in Malawi with Vice President X"), else the first one named
    after the official in the sentence ("President X and Minister Y of Afghanistan"), else
    the heading's, else the one country visited."""
    if person.country:
        return person.country
    own = next((c for _, _, c in country_spans(person.title or "")
                if c != JAPAN and not is_grouping(c)), None)
    if own:
        return own
    named = [c for _, _, c in country_spans(before) if c in visited]
    if named:
        return named[-1]
    end = R.SENTENCE_END.search(after)
    named = [c for _, _, c in country_spans(after[:end.start() if end else len(after)])
             if c in visited]
    if named:
        return named[0]
    return section or (visited[0] if len(visited) == 1 else None)


def read_itinerary(paragraphs: Sequence[str], published: date | None,
                   text: str = "", title: str = "", loose: bool = False) -> Itinerary | None:
    """The meetings of a visit's page told by its itinerary or its overview's sentences
    (see the module's doc), or None when the page opens with no visit or names no official
    met.

    Args:
        paragraphs: the page's paragraphs after its title, the opening first.
        published: the page's date (its year dates the itinerary's days).
        text: the page's text, where a name used alone settles a family name.
        title: the page's title (an older page calls itself an overview there).
        loose: also an older overview's opening with no "as follows" (`_opening`).
    """
    if not paragraphs:
        return None
    found = _opening(paragraphs, title, loose)
    if found is None:
        return None
    at, visit = found
    opening = paragraphs[at]
    if R.FUTURE_MEETING.search(opening) or R.ANNOUNCEMENT.search(opening):
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
    for line in _lines(paragraphs[at + 1:R.TRIP_PARAGRAPHS]):
        heading = _heading(line)
        if heading is not None:
            section = heading[0] or section
            if heading[2]:
                day = heading[1]
            continue
        for person, pos in _met_in(line):
            country = _country(person, line[:pos], line[pos:], section, visited)
            if country is None or country == JAPAN:
                continue
            add_participant(out, seen, JAPAN, name=person.name, title=person.title,
                            country=country, family=family_name(person.name, country, text))
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
    page = R.VISIT_PAGE.search("\n".join([title, *paragraphs[:at + 1]])) is not None
    return Itinerary(participants=tuple(out), counterparts=counterparts, first_day=when,
                     location=visited[0] if len(visited) == 1 else None,
                     visited=len(visited), visit_page=page)
