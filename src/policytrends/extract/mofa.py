"""MOFA readouts -> Analysis: kind, meeting fields, officials on both sides, countries.

The lead sentence carries nearly everything ("On May 3, commencing at 9:40 (local time;
...) for 35 minutes, Mr. YAMADA Taro, Minister for Foreign Affairs of Japan, now on a
visit to Country X, ..., held a Foreign Ministers' Meeting with ...").
Phrasing lives in `mofa_rules.py`, names in `mofa_people.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from ..records import (
    Analysis,
    Meeting,
    Participant,
    RawRecord,
    add_participant,
    merge_named_in_part,
)
from ..regex_guard import guarded
from . import mofa_rules as R
from .casefold import folded as _folded
from .casefold import lower_twin as _lower_twin
from .countries import city_country, countries_in, country_code, country_spans, is_grouping
from .countries_rules import FIXED_UTC_OFFSET
from .mofa_people import (
    Person,
    attendees_by_side,
    delegation_heads,
    find_people,
    matches_where,
    named_by_title_first,
    not_possessive,
    officials_named,
    resolve_place,
    side_code,
    title_name_items,
)
from .mofa_trips import Itinerary, read_itinerary
from .naming import family_name, is_caps
from .people_rules import TITLE_WORDS
from .ranks import best_rank, level_of, rank_of

__all__ = ["analyse_mofa"]

REPORTING = "JPN"
# sources whose pages are dated by the day of the action they report (the Prime
# Minister's Office): a lead without a date took place on the page's date
PAGE_DATED = frozenset({"kantei"})
# sources that are the Prime Minister's own pages ('Prime Minister in Action' day pages
# that give his address: see _talks_then_address)
PRIME_MINISTER_PAGES = frozenset({"kantei"})
# sources that also report the Prime Minister's domestic meetings (governors, councils): a
# meeting with no other side named has no level (gold/README.md)
DOMESTIC_EVENTS = frozenset({"kantei"})


def analyse_mofa(raw: RawRecord) -> Analysis:
    """Kind, meeting fields, officials and countries of one MOFA page.

    Args:
        raw: a record read by `sources.mofa` (title, page date and body text).

    Returns:
        An Analysis whose `meeting` is set for meeting, call and video-conference readouts.
    """
    countries = tuple(countries_in(raw.text))
    if raw.kind_hint not in (None, "readout"):  # the reader knows the page is no readout
        return Analysis(kind=raw.kind_hint, countries=countries)
    title = raw.title or ""
    paragraphs = _paragraphs(raw)
    kind, lead = _kind(title, paragraphs)
    if lead is None and kind in ("meeting", "other", "announcement"):
        trip = (read_itinerary(paragraphs, raw.published, raw.text)
                or read_itinerary(paragraphs, raw.published, raw.text, title, loose=True))
        if trip is not None:  # a visit told by its itinerary (mofa_trips)
            return _trip_analysis(trip, title, countries)
    if lead is None and kind == "other" and R.VISITED.search(paragraphs[0] if paragraphs else ""):
        section = next((k for k, p in enumerate(paragraphs[1:VISIT_SECTION_NEAR], 1)
                        if R.VISIT_MEETING_HEADING.match(p)), None)
        if section is not None:  # a visit's meeting told under its own heading
            return _visit_section_analysis(raw, paragraphs, section, countries)
    if kind != "meeting":
        return Analysis(kind=kind, countries=countries)
    if lead is None and raw.source in PRIME_MINISTER_PAGES and all(
            R.PHOTO_CAPTION.match(p) for p in paragraphs):
        # a page of photo captions under a title that names a meeting: no account of
        # talks (the lead's ruling 11)
        return Analysis(kind="other", countries=countries)
    found = _meeting_analysis(raw, title, lead or NO_LEAD, countries)
    if found.meeting is not None:
        # a visit's overview whose lead names nobody met ("met with Turkish dignitaries",
        # "had meetings with X's President and its Minister of Foreign Affairs"), or
        # a visit's own report over several countries ("During her stay in X, ... held
        # meetings with ..., then in Y with ..."): the officials its schedule or sentences
        # name, each with the country where they were met (mofa_trips)
        trip = read_itinerary(paragraphs, raw.published, raw.text, title, loose=True)
        if trip is not None and (not _other_side(list(found.participants)) or (
                trip.visited > 1 and trip.visit_page)):
            if trip.first_day is None and lead is not None and not R.DAY_RANGE.search(lead.core):
                # (the lead's own day, when it tells one day rather than the visit's days)
                trip = replace(trip, first_day=found.meeting.date)
            return _trip_analysis(trip, title, countries)
    if lead is not None and _own_address(found, paragraphs, lead):
        return Analysis(kind="speech", countries=countries)
    if lead is not None and _with_private_persons(found, paragraphs, lead):
        return Analysis(kind="other", countries=countries)
    if raw.source in PRIME_MINISTER_PAGES and lead is not None and _talks_then_address(
            title, paragraphs, lead):
        return Analysis(kind="speech", countries=countries)
    return found


class Lead(NamedTuple):
    """The lead paragraph, its core (up to the overview sentence) and where the core's
    meeting verb starts (0 without one): found once, when the lead is chosen."""

    text: str
    core: str
    split: int
    # the paragraphs that follow it, where delegations may be listed
    after: tuple[str, ...] = ()


NO_LEAD = Lead("", "", 0)


def _kind(title: str, paragraphs: list[str]) -> tuple[str, Lead | None]:
    """(kind, lead paragraph): a meeting when a lead reports one, or the title names one."""
    lead = None
    for kind, rx in R.KIND_BY_TITLE:
        if rx.search(title):
            if kind == "statement" and R.JOINT_STATEMENT_TITLE.search(title):
                lead = _lead(paragraphs)
                if lead is not None and _third_person(lead):
                    return "meeting", lead
            return kind, None
    lead = _lead(paragraphs)
    if lead is not None:
        if R.FIRST_PERSON_LEAD.match(lead.text) or R.SPEAKER_LABEL.match(lead.text):
            return "remarks", None
        return "meeting", lead
    first = paragraphs[0] if paragraphs else ""
    between = R.TITLE_BETWEEN.match(title)
    if between:  # the title names both sides: it is the lead
        return "meeting", Lead(title, title, between.start("other"))
    if R.MEETING_TITLE.search(title) and not R.ANNOUNCEMENT.search(title) and not (
            R.ANNOUNCEMENT.search(R.LEAD_NUMBER.sub("", first))):
        return "meeting", None  # title then numbered headings: kind from the title, the rest null
    point = None if title else _readout_point(first)
    if point is not None:
        return "meeting", point
    if R.ANNOUNCEMENT.search(title) or R.ANNOUNCEMENT.search(first):
        return "announcement", None
    return next((k for k, rx in R.KIND_BY_TITLE if rx.search(first)), "other"), None


def _trip_analysis(trip: Itinerary, title: str,
                   countries: tuple[tuple[str, int], ...]) -> Analysis:
    """A visit's meetings read from its itinerary: separate bilateral meetings (two
    parties), in person."""
    meeting = Meeting(
        date=trip.first_day,
        date_note=None if trip.first_day else "the itinerary gives no single day for the "
                                             "first meeting",
        mode="in_person", level=_level(list(trip.participants), title), parties=2,
        reporting_country=REPORTING, counterpart_countries=trip.counterparts,
        location_country=trip.location, start_local=None, duration_min=None)
    return Analysis(kind="meeting", meeting=meeting, participants=trip.participants,
                    countries=countries)


VISIT_SECTION_NEAR = 12  # paragraphs of a visit's page looked at for its meeting's heading


def _visit_section_analysis(raw: RawRecord, paragraphs: list[str], section: int,
                            countries: tuple[tuple[str, int], ...]) -> Analysis:
    """A visit's page that tells its meeting under a heading of its own (R.VISIT_MEETING_
    HEADING) after the itinerary: the heading's other side, the visitor the opening names,
    the other side's officials the page names with an honorific before the section ends,
    the itinerary's day that lists the meeting, the place the visit went."""
    heading = R.VISIT_MEETING_HEADING.match(paragraphs[section])
    assert heading is not None
    name = heading["name"]
    counterparts = _title_countries(name)
    year = raw.published.year if raw.published else None
    out: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()
    visitor = find_people(paragraphs[0])[:1]
    met = [p for para in paragraphs[1:section + VISIT_SECTION_TOLD] if "." in para
           for p in find_people(para) if p.country in counterparts]
    for person in visitor:
        if person.country in counterparts:  # a guest's visit to Japan ("President X of Y
            met.insert(0, person)  # visited Japan ..."): the visitor is the other side
            continue
        add_participant(out, seen, REPORTING, name=person.name, title=person.title,
                        country=REPORTING,
                        family=family_name(person.name, REPORTING, raw.text,
                                           written_by=REPORTING, year=year))
    for person in met:
        add_participant(out, seen, REPORTING, name=person.name, title=person.title,
                        country=person.country,
                        family=family_name(person.name, person.country, raw.text))
    day = None
    for para in paragraphs[1:section]:
        when = R.ITINERARY_DAY.match(para)
        if when:
            day = when
        elif name in para:
            break
    else:
        day = None
    meeting_day = None
    if day is not None and year is not None:
        month = _month(day["month"])
        if month:
            meeting_day = date(year, month, int(day["day"]))
    meeting = Meeting(
        date=meeting_day, date_note=None if meeting_day else "the itinerary lists the meeting "
                                                             "under no day",
        mode="in_person", level=_level(out, name), parties=2 if counterparts else None,
        reporting_country=REPORTING, counterpart_countries=tuple(counterparts),
        location_country=_arrived_in(raw.text, name), start_local=None, duration_min=None)
    return Analysis(kind="meeting", meeting=meeting, participants=tuple(out),
                    countries=countries)


VISIT_SECTION_TOLD = 4  # paragraphs of the meeting's section read for the other side's names


def _third_person(lead: Lead) -> bool:
    """The lead tells of the meeting in the third person: officials named before its verb,
    not the signatories' own voice ("We, the Foreign Ministers of ...")."""
    return not (R.FIRST_PERSON_LEAD.match(lead.text) or lead.core.startswith(("We ", "We,"))) \
        and bool(find_people(lead.core[:lead.split]))


def _meeting_analysis(raw: RawRecord, title: str, found: Lead,
                      countries: tuple[tuple[str, int], ...]) -> Analysis:
    lead, core, split, after = found
    warnings: list[str] = []
    year = raw.published.year if raw.published else None
    participants = _participants(core, split, title, lead, (raw.text, year), after)
    counterparts = _counterpart_countries(participants, title, core[split:], lead) or [
        code for point in after[:1] if R.RELATIONS_HEADING.match(point)
        for code in _title_countries(point)][:1] or _passive_grouping(core, split) or (
        _title_visitor(title)) or _gathering_grouping(core[:_told_until(core, split, lead)],
                                                      title)
    counterparts += _grouping_partners(core, counterparts, countries)
    many = False
    if not any(p.side == "counterpart" for p in participants) and R.ATTENDED.match(core[split:]):
        participants, counterparts, many = _session_sides(after, participants, counterparts)
    if len(counterparts) == 1:  # "the Honorable X, Secretary of State," on a Japan-U.S. page
        participants = merge_named_in_part([
            replace(p, country=counterparts[0],
                    family_name=_name_read_in(p, counterparts[0], raw.text))
            if p.side == "counterpart" and p.country is None else p
            for p in participants])
    named = _title_officials(title, participants, counterparts, raw.text)
    participants += named
    joined = _participation(core)
    if joined:  # "with the participation of ... from 19 countries and regions, including ..."
        counterparts += [code for code in joined[1] if code not in counterparts]
    mode = _mode(core, title)
    # a capture that starts at the overview's first point tells what was said, not where
    # or when: its places are other events' ("reported on the summit held in Washington")
    told = core[:split] if R.READOUT_POINT.match(lead) else core[:_told_until(core, split, lead)]
    location = None if mode in ("telephone", "video") else (
        _location(core, split, title, counterparts, len(told),
                  abroad=lambda: _arrived_in(raw.text, lead, counterparts))
        or _arrived_in(raw.text, lead, counterparts)
        # (or in the lead's own sentences before the meeting's: "From March 3 to 5, Minister
        # X visited Y. On March 4, he held a meeting with ...")
        or _arrived_in(core, core[_sentence_start(core, split):], counterparts)
        or _opening_place(_opening_points((*_first_points(lead, core),
                                           *_points_after(raw, lead, after))), participants)
        or _occasion_place(title))
    if location == REPORTING and R.OFFICE_ANYWHERE.search(told) and not R.JAPAN_ONLY_VENUE.search(
            told):  # "at the Prime Minister's Office" on a trip: the host's office, abroad
        location = _arrived_in(raw.text, lead) or location
    if not counterparts and location not in (None, REPORTING) and not is_grouping(location) \
            and not _seat_named(told) \
            and any(p.side == "counterpart" and p.country is None for p in participants):
        # officials met on a visit whose titles name no country ("in the Kingdom of X on
        # July 25, ... conferred with Foreign Minister Y"): the visited country's
        counterparts = [location]
        participants = [replace(p, country=location,
                                family_name=_name_read_in(p, location, raw.text))
                        if p.side == "counterpart" and p.country is None else p
                        for p in participants]
    item = _first_scheduled(lead, after)
    if item:  # the schedule's first meeting tells when (see R.SCHEDULE_ITEM)
        told = core = item["when"]
        split = 0
    day, note = _date(told, split, raw.published)
    if day is None and len(told) < len(core):  # the meeting dated in a later sentence of
        # the lead that times it ("The courtesy call lasted ... from 11:30 a.m. on December 15")
        day, note = _timed_later(core[len(told):], raw.published) or (day, note)
    if day is None and lead:  # a visit's page: its opening paragraph dates the visit's day
        day, note = _opening_date(raw, lead) or (day, note)
    if day is None and raw.source in PAGE_DATED and raw.published is not None:
        day, note = raw.published, "the page's date (the lead gives none)"
    call = mode in ("telephone", "video")
    start, days = _local_start(core, location, call=call)
    if day is not None and days and _japan_dated(told):
        # the lead's date is Japan's, as its only clock is: the place's day is the one its
        # converted start falls on (gold README: the date in the place's local time)
        day, note = day + timedelta(days=days), "Japan's date moved to the place's clock"
    duration = (_duration(core) or _duration_after(lead, core) or _adjectival_duration(core)
                or _adjectival_duration(lead[len(core):len(core) + OVERVIEW_SENTENCE_MAX],
                                        R.OVERVIEW_OF_LENGTH))
    if duration is not None and (named or _separately_timed(core) or _other_meetings_later(
            lead[_sentence_end(core, split):LEAD_MAX], after, participants)):
        duration = None  # each of several separate meetings has its own length; none covers
        # them all (the lead's ruling 10)
    after_overview = ((R.OVERVIEW_NOTE.match(lead, len(core))
                       or R.OVERVIEW_THEN_HELD.match(lead, len(core)))
                      if start is None and duration is None else None)
    if after_overview:  # "... as follows. (Approximately 60 minute consultations from 10:55 ...)"
        bracket = after_overview["note"]
        start, duration = _start_local(bracket, location, call=call), _duration(bracket)
    multilateral = bool(counterparts) and is_grouping(counterparts[0]) and not any(
        p.side == "counterpart" for p in participants) and not (
        len(counterparts) == 1 and R.COURTESY_CALL.search(core[split:split + 40]))
    parties = None if multilateral or many else (
        1 + len(counterparts) if counterparts else _parties_from_title(title))
    if parties and parties > 2 and (_organisation_delegation(core[split:]) in counterparts
                                    or R.SEPARATELY.search(core[split:])
                                    or R.PLURAL_MEETINGS.match(core, split)):
        # an organisation's delegation met, whoever's officials it brought; meetings held
        # with each side separately ("with A, B and C, respectively"): each was bilateral;
        # (the plural is the lead's own verb: not "held the trilateral meeting ... and also
        # held bilateral meetings with them")
        parties = 2

    if parties is not None and parties < 3 and any(
            _chaired(text) for text in (lead, *after)):
        parties = None  # a chaired meeting of more sides than the page names
    if parties is not None and len(counterparts) == 1 and is_grouping(counterparts[0]) and (
            R.MEMBERS_MET.search(core, split, _sentence_end(core, split))):
        parties = None  # a grouping's member states met, unnamed and uncounted ("a meeting
        # of ambassadors of EU Member States hosted by the EU's Ambassador")
    if joined and joined[0]:
        parties = joined[0]
    # (a later meeting with one of the lead's own officials - "Afterwards, Prime Minister X
    # held a meeting with President Y" after a trilateral with Y - leaves the lead's meeting
    # as it was)
    first_met = {p.family_name for p in participants
                 if p.side == "counterpart" and p.family_name and p.family_name in core[split:]}
    if parties is not None and parties > 2 and (R.SEPARATE_TALKS.search(core, split)
                                                 or R.NEXT_ENCOUNTER.search(
                                                     core, split, _sentence_end(core, split))
                                                 or R.DELEGATION_SIDE.match(core[split:])):
        parties = 2  # a day's separate talks, one after another, or a delegation: two sides
    if parties is not None and parties > 2 and any(
            p.family_name not in first_met for p in _later_encounters(
                lead[_told_until(core, split, lead):LEAD_MAX], after,
                [p.family_name for p in participants if p.side == "reporting" and p.family_name])):
        parties = 2  # the official's other meetings of the day, told after the first: each
        # bilateral (the lead's ruling 10)
    if not counterparts:
        warnings.append("no counterpart country found in the lead")
    meeting = Meeting(
        date=day, date_note=note, mode=mode,
        level=None if raw.source in DOMESTIC_EVENTS and not (
            counterparts or _other_side(participants)) else _level(
                participants, title or _passive_subject(core, split), core[split:]),
        parties=parties, reporting_country=REPORTING,
        counterpart_countries=tuple(counterparts), location_country=location,
        start_local=start, duration_min=duration,
    )
    return Analysis(kind="meeting", meeting=meeting, participants=tuple(participants),
                    countries=countries, warnings=tuple(warnings))


def _participation(core: str) -> tuple[int | None, list[str]] | None:
    """(sides, other sides named) of a multilateral meeting told "with the participation of
    ... from N countries (and regions), including ..." (R.PARTICIPATION): N and one more for
    each organisation the list names; the list's countries and organisations."""
    m = R.PARTICIPATION.search(core)
    if m is None:
        return None
    listed = m["list"] or m["list2"] or ""
    bodies = [code for code, rx in R.PARTICIPATING_BODIES if rx.search(listed)]
    named = [code for _, end, code in country_spans(listed)
             if code != REPORTING and not is_grouping(code)
             and not R.NAME_GOES_ON.match(listed, end)]
    n = m["n"] or m["n2"]
    count = int(n) if n.isdigit() else R.NUMBER_WORDS.get(n.lower(), 0)
    return (count + len(bodies) if count else None), list(dict.fromkeys(named + bodies))


def _name_read_in(person: Participant, country: str, text: str) -> str | None:
    """The family name of an official whose country is known only now (from the page's
    counterpart): read again by that country's naming when it was read with none ("Mr.
    Chung Byung-won" of the ROK is Chung), else as found."""
    if person.family_name != family_name(person.name, None):
        return person.family_name
    return family_name(person.name, country, text)


# --- structure ---------------------------------------------------------------------------

def _session_sides(points: Sequence[str], participants: list[Participant],
                   counterparts: list[str]) -> tuple[list[Participant], list[str], bool]:
    """(participants, counterpart countries, whether "more than N" countries took part) of
    a session the Japanese side attended, from its first points (`R.SESSION_HOST`,
    `R.SESSION_ATTENDEES`): the host and the attendees named there join the other side."""
    out = list(participants)
    seen = {(p.family_name, p.country) for p in out}
    codes = list(counterparts)
    many = False
    for point in points[:R.SESSION_POINTS]:
        host = R.SESSION_HOST.search(point)
        if host:
            code = next((c for _, _, c in country_spans(host.group("demonym") or host.group(
                "country")) if c != REPORTING and not is_grouping(c)), None)
            if code and code not in codes:
                codes.append(code)
        named = R.SESSION_ATTENDEES.search(point)
        for person in find_people(named["who"]) if named else ():
            if person.country and person.country != REPORTING:
                add_participant(out, seen, REPORTING, name=person.name,
                                family=person.family_name, country=person.country,
                                title=person.title)
                codes += [person.country] if person.country not in codes else []
        many = many or bool(R.SESSION_MANY.search(point))
    return out, codes, many


def _first_scheduled(lead: str, after: Sequence[str]) -> re.Match[str] | None:
    """The first item of the schedule a lead introduces (R.SCHEDULE_INTRO, R.SCHEDULE_ITEM)."""
    if not after or not R.SCHEDULE_INTRO.search(lead):
        return None
    return R.SCHEDULE_ITEM.match(after[0])


def _opening_date(raw: RawRecord, lead: str) -> tuple[date, str] | None:
    """The date of the page's opening paragraph when it tells a one-day visit the lead's
    meeting belongs to ("On Saturday, August 24, Mr. X visited the Kingdom of Y. Major
    events ... are as follows"), for a lead that gives none."""
    paragraphs = _paragraphs(raw)
    first = R.LEAD_NUMBER.sub("", paragraphs[0]) if paragraphs else ""
    if not first or lead.startswith(first) or not R.LEAD_START.match(first) or not (
            R.VISITED.search(first)):
        return None
    day, _ = _date(first, len(first), raw.published)
    if day and R.NEXT_DAY.match(lead):  # "On the next day, Prime Minister X ... held"
        return day + timedelta(days=1), "the day after the visit's day the page opens with"
    return (day, "the date of the visit the page opens with") if day else None


def _readout_point(first: str) -> Lead | None:
    """A capture that starts at the overview's first point ("At the beginning, Prime
    Minister Aso stated ..."): the lead is that paragraph, its first official the Japanese
    side (the split is after that official's name)."""
    if not R.READOUT_POINT.match(first):
        return None
    people = find_people(first[:_sentence_end(first, 0)])
    return Lead(first, first, people[0].end) if people else None


def _own_address(found: Analysis, paragraphs: list[str], lead: Lead) -> bool:
    """The page gives the Japanese side's own words at its own event (a council, a party
    meeting, a delegation's call) and names no other official: an address, not a readout."""
    if any(p.side == "counterpart" for p in found.participants):
        return False
    after = next((k + 1 for k, p in enumerate(paragraphs) if lead.text in p), None)
    following = paragraphs[after: after + OWN_ADDRESS_NEAR] if after is not None else []
    rest = lead.text[len(lead.core):].strip()  # a lead whose next sentences lead to it
    return any(R.OWN_ADDRESS.match(text)
               for text in [*_sentences(rest), *following][:OWN_ADDRESS_NEAR])


OWN_ADDRESS_NEAR = 3  # paragraphs or sentences after the lead's meeting sentence


def _talks_then_address(title: str, paragraphs: list[str], lead: Lead) -> bool:
    """A day page that names the talks as one of the day's events (R.DAY_EVENTS) and then
    gives the Prime Minister's address (a line R.ADDRESS_INTRO, then quoted paragraphs),
    with no account of the talks (R.TALKS_ACCOUNT) outside the quoted words."""
    at = next((k for k, p in enumerate(paragraphs) if lead.text in p), None)
    if at is None:
        return False
    intro = next((k for k in range(at, len(paragraphs) - 1)
                  if R.ADDRESS_INTRO.search(paragraphs[k])
                  and paragraphs[k + 1].startswith(R.QUOTE_OPEN)), None)
    if intro is None or not (R.DAY_EVENTS.search(title) or any(
            R.DAY_EVENTS.search(p) for p in paragraphs[at:intro + 1])):
        return False
    if R.REMARKS_AFTER_TALKS.search(paragraphs[intro]):
        return False  # his own account of the talks just held (ruling 7)
    quoted = False
    for para in paragraphs[at:]:
        opens = not quoted and para.startswith(R.QUOTE_OPEN)
        if not quoted and not opens and R.TALKS_ACCOUNT.search(para):
            return False
        quoted = (quoted or opens) and not para.rstrip().endswith(R.QUOTE_CLOSE)
    return True


def _with_private_persons(found: Analysis, paragraphs: list[str], lead: Lead) -> bool:
    """The Japanese side met private persons (readers, schoolchildren, a forum's members,
    invited citizens, a performer, a business coalition) and the page names no official of
    another side: no meeting between officials (R.PRIVATE_PARTNERS), on the Prime
    Minister's pages and MOFA's alike."""
    others = [p for p in found.participants if p.side == "counterpart"]
    if any(p.country is not None or (p.title and not R.PRIVATE_BODY_TITLE.search(p.title))
           for p in others):
        return False  # an official of another side (a country's, or by an official's title)
    if any(p.title and R.PRIVATE_BODY_TITLE.search(p.title) for p in others):
        return True  # named, with a private body's post and no country
    at = next((k for k, p in enumerate(paragraphs) if lead.text in p), 0)
    near = paragraphs[:at + R.PRIVATE_PARTNERS_NEAR]  # (who was invited may come first)
    return any(R.PRIVATE_PARTNERS.search(text) for text in near)


def _sentences(text: str) -> list[str]:
    return [s for s in R.SENTENCE_END.split(text) if s.strip()]

def _paragraphs(raw: RawRecord) -> list[str]:
    paras = [p.strip() for p in raw.text.split("\n\n") if p.strip()]
    if raw.title and paras and paras[0] == raw.title:
        paras = paras[1:]
    return paras


def _lead(paragraphs: list[str]) -> Lead | None:
    """The paragraph that reports the meeting: a meeting verb among the first ones. A
    visit's report may tell first of a meal with private persons (its country's companies'
    representatives, R.PRIVATE_PARTNERS): a later meeting with officials is the record's."""
    private: Lead | None = None
    for k, para in enumerate(paragraphs[:HEADED_LEAD_PARAGRAPHS]):
        text = R.LEAD_NUMBER.sub("", para)
        headed = k > 0 and R.MEETING_HEADING.match(paragraphs[k - 1]) is not None
        if k >= LEAD_PARAGRAPHS and not headed:
            continue  # (a long itinerary: only a lead under a heading that names the meeting)
        if k >= 3 and not (R.LEAD_START.match(text) or headed):
            continue  # past an itinerary, only a lead that starts like one ("On May 2, ...")
            # or that follows a heading naming the meeting ("(1) Meeting with H.E. Mr. X")
        core = _core(text)
        verb = _meeting_verb(core)
        if verb and not _future(core, verb.start()):
            after = paragraphs[k + 1: k + 1 + R.ATTENDANCE_PARAGRAPHS]
            found = Lead(text, core, verb.start(), tuple(after))
            if R.OVERVIEW_OF_MEETINGS.search(text) or R.HOSTED_MEAL.search(core):
                # (a lead that tells a meal besides the meeting: the meeting's own
                # paragraph under its heading, "1. Japan-X summit meeting", tells it)
                found = _first_section(paragraphs, k) or found
            if R.PRIVATE_PARTNERS.match(core, verb.start()):
                private = private or found
            elif R.MEETING_VERB.search(core) is None and k + 1 < len(paragraphs) and (
                    later := _meeting_next(paragraphs[k + 1])):
                return later  # (a meal the other side hosted, then the meeting: "... attended
                # a luncheon hosted by Ms. X. / Prime Minister Y held a meeting with Mr. Z")
            else:
                return found
    return private


def _meeting_next(para: str) -> Lead | None:
    """The paragraph as the lead when it tells a meeting by a meeting verb (not another meal)."""
    text = R.LEAD_NUMBER.sub("", para)
    core = _core(text)
    verb = R.MEETING_VERB.search(core)
    if verb is None or _future(core, verb.start()):
        return None
    return Lead(text, core, verb.start(), ())


def _first_section(paragraphs: list[str], k: int) -> Lead | None:
    """The first meeting's own paragraph under its heading (R.SECTION_HEADING), after a
    lead that tells several (R.OVERVIEW_OF_MEETINGS)."""
    for j in range(k + 1, min(len(paragraphs) - 1, k + 1 + SECTION_HEADING_NEAR)):
        if R.SECTION_HEADING.match(paragraphs[j]):
            text = R.LEAD_NUMBER.sub("", paragraphs[j + 1])
            core = _core(text)
            verb = _meeting_verb(core)
            if verb is None:
                return None
            after = paragraphs[j + 2: j + 2 + R.ATTENDANCE_PARAGRAPHS]
            return Lead(text, core, verb.start(), tuple(after))
    return None


SECTION_HEADING_NEAR = 2  # the first meeting's heading follows the lead at once


def _future(core: str, at: int) -> bool:
    """The meeting verb's sentence tells of a meeting to come (not words quoted later)."""
    sentence = core[:_sentence_end(core, at)]
    return "will" in sentence and bool(R.FUTURE_MEETING.search(sentence))


def _told_until(core: str, split: int, lead: str) -> int:
    """Where the lead stops telling the meeting's date and other side: a lead closed by an
    overview sentence tells them up to it ("Prior to this meeting, ... also held a meeting
    with ..."); a narrative without one (the Prime Minister's Office's older pages) in the
    meeting's own sentence (later ones tell of earlier meetings, of what was said)."""
    if len(core) < len(lead.strip()):
        return len(core)
    end = _sentence_end(core, split)
    if R.PASSIVE_VERB.match(core, split):  # "... was held online. Mr. X and ... participated"
        end = _sentence_end(core, end)
    return end


def _chaired(text: str) -> bool:
    """R.CHAIRED.search(text), made only in a text holding "chair" (every match does; the
    case-blind pattern is slow over a lead and its paragraphs)."""
    low = _folded(text)
    return (low is None or R.CHAIR in low) and R.CHAIRED.search(text) is not None


def _sentence_end(core: str, at: int) -> int:
    """Where the sentence holding position `at` ends."""
    end = R.MEETING_SENTENCE_END.search(core, at)
    return end.start() + 1 if end else len(core)


LEAD_MAX = 3000  # characters of a lead paragraph read (a lead is one or two sentences)
LEAD_PARAGRAPHS = 8  # visit-overview pages put an itinerary before the meeting's lead
# ... or a list of the visit's events, then the meeting's own heading and paragraph
HEADED_LEAD_PARAGRAPHS = 14


def _core(lead: str) -> str:
    """The lead up to its overview sentence ("The overview of the meeting is as follows")."""
    lead = lead[:LEAD_MAX]
    m = _overview(lead)
    return lead[: m.start()].strip() if m else lead.strip()


def _overview(lead: str) -> re.Match[str] | None:
    """R.OVERVIEW.search(lead) (same span), scanning from shortly before the first "follow":
    every overview sentence has one (the scan of a whole lead is slow)."""
    low = _folded(lead)
    if low is None or "key points" in low:  # a "Key points" sentence has no bounded head
        return R.OVERVIEW.search(lead)
    k = low.find("follow")
    return None if k < 0 else _OVERVIEW_LOW.search(low, _head_start(lead, k, R.OVERVIEW_HEAD))


def _meeting_verb(core: str) -> re.Match[str] | None:
    """R.MEETING_VERB.search(core), in the lowered core when it can be; else a meal the
    other side hosted (R.HOSTED_MEAL)."""
    low = _folded(core)
    verb = R.MEETING_VERB.search(core) if low is None else _MEETING_VERB_LOW.search(low)
    return verb or R.HOSTED_MEAL.search(core)


# --- mode, level, parties, places --------------------------------------------------------

def _mode(core: str, title: str) -> str:
    if "person" in core and R.IN_PERSON.search(core):  # a hybrid meeting, attended in person
        return "in_person"
    for text in (core, title):  # the lead wins over the title
        low = _folded(text)
        for mode, rx in R.MODES:
            # most leads have none of the mode's words: the pattern's slow scan is skipped
            if low is not None and not any(w in low for w in R.MODE_WORDS[mode]):
                continue
            if rx.search(text):
                return mode
    return "in_person"


def _level(people: list[Participant], title: str, after_verb: str = "") -> str | None:
    ours = [rank_of(p.title, p.country) for p in people if p.side == "reporting"]
    theirs = [_office_rank(p, after_verb) for p in people if p.side == "counterpart"]
    unnamed = R.UNNAMED_SIDE.match(after_verb) if not theirs else None
    if unnamed:  # "a courtesy call from Ambassadors of eight countries": their title's rank
        theirs = [rank_of(R.PLURAL_RANK.sub(lambda m: m[1] or f"{m[2]}y", unnamed["title"]))]
    if any(ours) and any(theirs):
        return level_of(ours, theirs)
    by_title = next((lvl for lvl, rx in R.LEVEL_BY_TITLE if rx.search(title)), None)
    return by_title or level_of(ours, theirs)


def _office_rank(person: Participant, after_verb: str) -> str | None:
    """An official's rank, the higher of the title's and that of a second office the lead
    gives in brackets right after it ("President of the 72nd Session of the UN General
    Assembly (Minister of Foreign Affairs of X)")."""
    rank = rank_of(person.title, person.country)
    if rank is None:  # a monarch named by style alone ("His Majesty Sultan X of Y")
        rank = _style_rank(person, after_verb)
    k = after_verb.find(person.title) if person.title and "(" in after_verb else -1
    second = R.SECOND_OFFICE.match(after_verb, k + len(person.title or "")) if k >= 0 else None
    return best_rank([rank, rank_of(second["office"])]) if second else rank


def _style_rank(person: Participant, after_verb: str) -> str | None:
    """The rank of a ruler's style written right before an official the lead gives no office
    (R.RULER_STYLE_BEFORE: "His Majesty Sultan", "His Highness the Amir"): a head."""
    name = person.name or person.family_name or ""
    k = after_verb.find(name) if name else -1
    if k <= 0 or not R.RULER_STYLE_BEFORE.search(after_verb, max(0, k - RULER_STYLE_REACH), k):
        return None
    return "head"


RULER_STYLE_REACH = 45  # characters before the official's name read for the ruler's style


def _parties_from_title(title: str) -> int | None:
    found = [n for n, rx in R.PARTIES_BY_TITLE if rx.search(title)]
    if found:
        return max(found)
    return 2 if R.MEETING_TITLE.search(title) and title.startswith("Japan-") else None


def _location(core: str, split: int, title: str = "",
              counterparts: Sequence[str] = (), told: int | None = None,
              abroad: Callable[[], str | None] | None = None) -> str | None:
    """Where an in-person meeting took place, from the lead's place phrases (see the rules
    in `mofa_rules`): a visit's destination, a venue, a place's clock, "in <city>", a city
    named in the lead, a call received or hosted by the Japanese side (Japan, unless
    `abroad` - the trip the page told before the lead - gives another country: a visit's
    summary, "paid a visit to X ... then received a courtesy call by X's minister"), a
    local clock with one counterpart (the counterpart's country), the title's "Visit to
    X"."""
    for m in R.VISITING.finditer(core):
        if R.EARLIER_VISIT.search(core, m.start("place"),
                                  _visit_clause_end(core, m.end("place"), m.end())):
            continue  # another visit's ("during his visit to Japan in March")
        code = _place_code(core, m)
        if code and not is_grouping(code):
            return code
    opening = R.OPENING_PLACE.search(core, 0, split)
    code = _place_code(core, opening) if opening else None
    if code and not is_grouping(code):  # "During his tour ..., in the Kingdom of X on July 25,"
        return code
    venue = _venue(core if told is None else core[:max(told, split)])
    if venue:
        return venue
    for m in R.ATTENDING_IN.finditer(core, 0, split):
        code = resolve_place(m["place"])
        if code and not is_grouping(code):
            return code
    for m in R.PLACE_TIME.finditer(core):
        code = R.CLOCK_NAMES.get(m["place"]) or resolve_place(m["place"])
        if code and code != REPORTING:
            return code
    # a place or city named in a later sentence of a narrative lead is another event's
    # ("recalling the talks they had held in Tokyo"): up to `told` only
    first_end = R.SENTENCE_END.search(core, split)
    for m in R.IN_PLACE.finditer(core, split, len(core) if told is None else told):
        if R.ENVOY_POST_BEFORE.search(core, max(0, m.start() - 80), m.start()):
            continue  # "Embassy of New Zealand in Japan": a post, not the venue
        if first_end and m.start() > first_end.start() and R.CITY_AS_SUBJECT.search(
                core, max(0, m.start() - R.CITY_AS_SUBJECT_REACH), m.start() + 1):
            continue  # a later sentence's event talked about ("arrangements for the World
            # Expo in Osaka"), not where the meeting was
        if R.EARLIER_VISIT.match(core, m.end("place"), m.end() + EARLIER_VISIT_NEAR):
            continue  # another, earlier event's place ("their meeting in Lima in March")
        if "Embass" in m["place"] or "Consul" in m["place"] or "Mission" in m["place"]:
            # a mission is in the country it is posted to, not the one it names: the city
            # written with it, if any ("at the Australian Embassy, Tokyo", "at the Embassy of
            # X in Tokyo")
            code = _mission_host(core, m)
            if code:
                return code
            continue
        code = _place_code(core, m)
        if code and not is_grouping(code):
            return code
    # "on the occasion of Prime Minister X's visit to Japan", in the meeting's own sentence
    # (not "X's visit to Japan, which is scheduled for next month")
    end = R.SENTENCE_END.search(core, split)
    if any(not R.EARLIER_VISIT.search(core, v.end(), _visit_clause_end(core, v.end(), v.end()))
           for v in R.VISIT_TO_JAPAN.finditer(core, 0, end.start() if end else len(core))):
        return REPORTING  # (not "who visited Japan as a trainee ten years ago")
    city = _city_in(core if told is None else core[:told])
    if city:
        return city
    if R.RECEIVED_IN_JAPAN.search(core[:split + 80]) and not R.ENVOY_IN_JAPAN.search(
            core, split):
        trip = abroad() if abroad is not None else None
        return trip if trip and trip != REPORTING else REPORTING
    if (len(counterparts) == 1 and not is_grouping(counterparts[0]) and R.LOCAL_TIME.search(core)
            and not R.ATTENDING.search(core)):
        return counterparts[0]
    visit = R.TITLE_VISIT.search(title)
    code = resolve_place(visit["place"] or visit["visits"]) if visit else None
    return code if code and not is_grouping(code) else None


EARLIER_VISIT_NEAR = 20  # characters after a visit's place that may tell its time
# ... or, read to the end of the visit's clause, at most this many ("who came to Japan as a
# young trainee in 1996 and ...")
EARLIER_VISIT_CLAUSE = 45
_CLAUSE_STOP = re.compile(r"[,;]|\.\s")


def _visit_clause_end(core: str, place_end: int, end: int) -> int:
    """Where the time of a visit (its place ending at `place_end`, its phrase at `end`) may
    stand: EARLIER_VISIT_NEAR characters after it, or up to EARLIER_VISIT_CLAUSE when its
    clause goes on that far."""
    last = end + EARLIER_VISIT_CLAUSE
    stop = _CLAUSE_STOP.search(core, place_end, last)
    return max(end + EARLIER_VISIT_NEAR, stop.start() if stop else last)


_CITY_AFTER = re.compile(r",?\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


def _seat(place: str) -> str | None:
    """The country of the seat of an organisation named as the place (R.ORGANISATION_SEATS)."""
    return next((code for code, rx in R.ORGANISATION_SEATS if rx.fullmatch(place.strip(" ,."))),
                None)


def _occasion_place(title: str) -> str | None:
    """The place of the gathering the meeting was held at, when nothing else placed it: a
    place the title gives with the gathering (R.TITLE_OCCASION: "in Lima", "(Lima)", a city
    in its name, "the G7 Hiroshima Summit"). (A gathering named without its place says none:
    "on the margins of the UN General Assembly" is no place, as the shared gold labels it.)"""
    occasion = R.TITLE_OCCASION.search(title)
    event = occasion["event"] if occasion else ""
    for m in R.OCCASION_IN.finditer(event):
        code = _seat(m["place"] or "") or resolve_place(m["place"] or m["city"])
        if code and not is_grouping(code):
            return code
    return _city_in(event) if event else None


def _seat_named(text: str) -> bool:
    """Whether `text` names an organisation with a seat (R.ORGANISATION_SEATS): a place
    told by its seat is not the country of the officials met there."""
    return R.SEAT_NAMED.search(text) is not None


def _place_code(text: str, m: re.Match[str]) -> str | None:
    """The country of a place phrase; a phrase that stopped at the "and" inside a country's
    name ("who was visiting Trinidad and Tobago") is read on past
    it when the longer phrase names one country and the shorter names none; an organisation
    visited as such, its seat's (`_seat`)."""
    # (not an office of it named with its city: "at the UN Headquarters in Nairobi")
    seat = None if _CITY_AFTER.match(text, m.end("place")) else _seat(m["place"])
    if seat:
        return seat
    code = resolve_place(m["place"])
    if code is None and ". " in m["place"]:  # the phrase ran on past its sentence's end
        # ("... in Paris. They discussed ...")
        code = resolve_place(m["place"].split(". ")[0] + ".")
    if code is None:
        rest = R.AND_NAME_REST.match(text, m.end("place"))
        longer = m["place"] + rest.group() if rest else ""
        # (only a country's name that runs across the "and": not "the Hague and Brussels")
        cut = len(m["place"])
        if rest and any(a < cut < b for a, b, _ in country_spans(longer)):
            code = resolve_place(longer)
    return code


def _mission_host(core: str, m: re.Match[str]) -> str | None:
    """The country of the city or country a diplomatic mission's venue is named with: after
    a comma in the phrase, or "in <place>" right after it."""
    if not R.MISSION_VENUE.search(m["place"]):
        return None
    for piece in m["place"].split(",")[1:]:
        code = resolve_place(piece)
        if code and not is_grouping(code):
            return code
    host = R.MISSION_HOST_AFTER.match(core, m.end())
    code = resolve_place(host["place"]) if host else None
    return code if code and not is_grouping(code) else None


def _arrived_in(text: str, lead: str, counterparts: Sequence[str] = ()) -> str | None:
    """Where the trip told before the lead arrived ("... then reached City Y, the Republic
    of X, that evening") or was ("Prime Minister X, who is visiting Y, visited ..."): a
    day's page tells the journey first and its meetings after. A trip over several
    countries ("visited A, B, C and D from January 12 to 17") places the meeting in the one
    of them met, if one is; else nowhere."""
    k = text.find(lead[:80]) if lead else -1
    if k <= 0:
        return None
    # (every visit phrase has the word "visit" or "Visit": most pages skip that slow scan)
    visiting = R.VISITING.finditer(text, 0, k) if "isit" in text[:k] else ()
    found = sorted([*R.ARRIVED_IN.finditer(text, 0, k), *visiting], key=lambda m: m.start())
    for m in reversed(found):
        if R.EARLIER_VISIT.search(text, m.start("place"), m.end("place") + EARLIER_VISIT_NEAR):
            continue  # another, earlier trip ("visited Y in January", "last year")
        several = {c for _, _, c in country_spans(m["place"])}
        if len(several) > 1:
            met = [c for c in counterparts if c in several]
            if len(met) == 1:
                return met[0]
            continue
        code = _place_code(text, m)
        if code and not is_grouping(code):
            return code
    return None


def _first_points(lead: str, core: str) -> tuple[str, ...]:
    """The first lines after the overview sentence when the page runs its points on in the
    lead's paragraph (no blank line between them): they open the overview as the next
    paragraphs would."""
    if len(core) >= len(lead.strip()):
        return ()
    rest = lead[len(core):].split("\n")[1:]
    return tuple(line for line in rest if line.strip(" -•\t"))[:2]


def _points_after(raw: RawRecord, lead: str, after: Sequence[str]) -> Sequence[str]:
    """The paragraphs after the lead where its overview's points begin: the lead's own
    following ones, and more of the page when those are all short lines (links, file
    sizes: "Joint Statement (PDF)", "(104KB)")."""
    if not lead or any(len(p) >= WELCOME_LINE_MIN for p in after):
        return after
    paras = _paragraphs(raw)
    k = next((i for i, p in enumerate(paras) if lead in p), None)
    return after if k is None else paras[k + 1:k + 1 + WELCOME_READ]


def _opening_points(paragraphs: Sequence[str]) -> list[str]:
    """The first two paragraphs of the overview's points (after the lead and its heading,
    or the lead's own first points, `_first_points`)."""
    # (the points' headings are skipped: "1. Japan-U.S. Relations", "(1) Overview")
    # (and links or file sizes put between: "- Joint Statement (PDF)", "(104KB)")
    return [p for p in paragraphs[:WELCOME_READ] if not R.POINT_HEADING.match(p)
            and len(p) >= WELCOME_LINE_MIN][:2]


def _opening_place(points: Sequence[str], participants: Sequence[Participant]) -> str | None:
    """The place the opening points imply: a visit they welcome, else the host they thank
    for the hospitality."""
    return _welcomed_visit(points) or _hospitality_host(points, participants)


def _welcomed_visit(points: Sequence[str]) -> str | None:
    """The place of the visit the opening points welcome (see R.WELCOMED_VISIT)."""
    for para in points:
        m = R.WELCOMED_VISIT.search(para)
        if m:
            code = _seat(m["place"]) or resolve_place(m["place"])
            return code if code and not is_grouping(code) else None
    return None


def _hospitality_host(points: Sequence[str], participants: Sequence[Participant]
                      ) -> str | None:
    """The country of the host the opening points thank for the hospitality
    (R.HOSPITALITY): a country named, or the country of an official of the record named as
    its owner ("Prime Minister Y's hospitality")."""
    for para in points:
        m = R.HOSPITALITY.search(para) if "hospitality" in para else None
        if m is None:
            continue
        host = m["owner"] or m["of"] or m["thanked"]
        code = resolve_place(host)
        if code is None:  # an official: the country of the record's one of that name
            last = host.split()[-1]
            code = next((p.country for p in participants if p.family_name
                         and last in p.family_name.split()), None)
        return code if code and not is_grouping(code) else None
    return None


WELCOME_READ = 8  # paragraphs after the lead looked at for the opening point's welcome
WELCOME_LINE_MIN = 40  # shorter lines are headings, links or captions, not the points


_CITY_WORDS = re.compile(r"\b[A-Z][\w’'\-]*(?:[ .][A-Z][\w’'\-]*){0,2}")


def _city_in(core: str) -> str | None:
    """The country of the first known venue city named in the lead ("the G20 Buenos Aires
    Summit", "in Da Nang")."""
    for m in _CITY_WORDS.finditer(core):
        words = m.group().split()
        for size in range(len(words), 0, -1):  # the longest known city in the run
            for k in range(len(words) - size + 1):
                name = " ".join(words[k:k + size])
                code = city_country(name)
                if code and not country_code(name):  # "Singapore": the country's name
                    begin = m.start() + m.group().find(name)
                    end = begin + len(name)
                    if R.EARLIER_VISIT.match(core, end, end + EARLIER_VISIT_NEAR):
                        continue  # an earlier event's city ("met in Lima last year")
                    if R.CITY_AS_SUBJECT.search(
                            core, max(0, begin - R.CITY_AS_SUBJECT_REACH), begin):
                        continue  # an event talked about ("arrangements for the Osaka Expo")
                    return code
    return None


def _venue(core: str) -> str | None:
    """The country of a venue named in the lead (a cheap word test first: the scan is slow)."""
    low = _folded(core)
    if low is not None and not any(w in low for w in R.VENUE_WORDS):
        return None
    return next((code for code, rx in R.VENUES if rx.search(core)), None)


# --- people and countries ----------------------------------------------------------------

def _participants(core: str, split: int, title: str, lead: str,
                  page: tuple[str, int | None], follow: Sequence[str] = ()
                  ) -> list[Participant]:
    """Officials in the lead: before the meeting verb the Japanese side, after it the other;
    listed attendees (in the lead or the paragraphs after it) are Japanese unless their
    title or their side names another country."""
    title_countries = _title_countries(title)
    out: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()
    subjects = (find_people(core[:split]) or _caps_subject(core[:split])
                or _page_head(core[:split], page[0]))
    if subjects:
        # the subject may be named by title before the officials with an honorific ("Prime
        # Minister X visited ..., attended breakfast with the Honorable Y, Vice President of
        # Z, and held a summit meeting with ...", "Prime Minister X, together with Mr. Y,
        # Minister ..., held a meeting with ...")
        known = {p.family_name for p in subjects}
        subjects = [p for p in not_possessive(named_by_title_first(core[:split]))
                    if p.family_name not in known] + subjects
    if len(subjects) < 2 and " and " in core[:split]:
        # two subjects, each a title then a name ("Foreign Minister Taro Yamada and
        # Country X's Secretary of State for Foreign Affairs John Roe talked by telephone")
        known = {p.family_name for p in subjects}
        subjects += [p for p in title_name_items(core[:split]) if p.family_name not in known]
    # (an official before the verb whom a meeting is "with" is the other side: "On the 27th,
    # a summit meeting with President X was held at ...")
    people: list[tuple[Person, bool]] = [(p, not _met_with(core, p)) for p in subjects]
    # (every attendee list has the word "attended", "attending" or "present": most leads
    # skip the scan)
    attendees = (R.ATTENDED_BY.search(lead[:LEAD_MAX])
                 if "attend" in lead or "Attend" in lead or "resent" in lead
                 or "delegation" in lead else None)
    stop = attendees.start() if attendees and attendees.start() > split else len(core)
    # (every encounter the meeting's sentence tells counts: "held talks with A, informal
    # talks with B, and a conversation with C" - the lead's ruling 10)
    after = core[split:min(stop, _told_until(core, split, lead))]
    after, bracketed = _attendee_brackets(R.RESPECTIVELY.sub("", after))
    others = find_people(after, possessives=bool(R.READOUT_POINT.match(lead)))
    # "met with his Australian counterpart Julia Gillard": the other side named only so (a
    # counterpart named beside an official met with an honorific is another meeting's: "...
    # with H.E. Mr. X, ..., after a talk with his Peruvian counterpart Y last week")
    if "counterpart" in after and not others:
        others += _counterpart_named(after, subjects, others)
    if not others and " the " in after:  # "... with the President of X": named later
        others += _office_holder_later(after, follow[:R.OFFICE_NAMED_PARAGRAPHS], page[0],
                                       {w.casefold() for p in subjects for w in p.name.split()})
    if not others and " of " in after:  # "... with the leaders of X and Y": named later
        others += _leaders_named_later(after, follow[:R.OFFICE_NAMED_PARAGRAPHS])
    passive = R.PASSIVE_VERB.match(core, split) is not None
    if _visitor_leads(subjects, others) or (
            subjects and all(p.country != REPORTING for p in subjects)
            and R.SUBJECT_VISITED_JAPAN.search(core[:split])):  # the sides swap
        people = [(p, False) for p in subjects]
        passive = True
    people += [(p, passive) for p in others]
    people += [(p, True) for p in bracketed]
    if attendees:  # (each side's list may have its own sentence: "attending on the X side
        # included ... . Attending on the Japanese side included ...")
        people += [(p, True) for m in R.ATTENDED_BY.finditer(lead[:LEAD_MAX], attendees.start())
                   for p in _attendees(lead, m)]
    else:  # "The overview is as follows. (From the Japanese side, Mr. X, ... attended ...)"
        note = R.OVERVIEW_NOTE.match(lead, len(core))
        if note and R.ATTENDANCE_NOTE.search(note["note"]):
            # (an aside in brackets inside the note names someone absent: "on behalf of
            # H.E. Mr. Y, Minister ...")
            listed = R.PAREN.sub("", _marked_sides(note["note"]))
            found = attendees_by_side(listed)
            if listed != R.PAREN.sub("", note["note"]):  # (sides read from its marks: only
                # the officials written with an honorific, see `_honorific_officials`)
                found = _honorific_officials(found, listed)
            people += [(p, True) for p in found]
    present = _also_present(lead[:LEAD_MAX])
    if present:  # (an official the lead's later sentence says was present is read there,
        # with the side it gives, not as one met: "Mr. X, ..., and others were present from
        # the Japanese side")
        present_names = {p.name for p in present}
        people = [(p, side) for p, side in people
                  if not (p in others and p.name in present_names)]
    people += [(p, True) for p in present]
    people += [(p, False) for p in _later_encounters(
        lead[min(stop, _told_until(core, split, lead)):LEAD_MAX], follow,
        [p.family_name for p, side in people if side and p.family_name])]
    people += _calls_on_several(lead[_sentence_end(core, split):LEAD_MAX], people)
    joined = _joiners((lead.lstrip()[split:LEAD_MAX], *follow[:R.JOINED_PARAGRAPHS]), page[0])
    known = {p.family_name for p, _ in people}
    people += [(p, p.country in (None, REPORTING)) for p in joined if p.family_name not in known]
    item = _first_scheduled(lead, follow)
    if item:  # the official the schedule's first meeting was with
        people += [(p, False) for p in find_people(item["who"])]
    if not people:  # a lead that names nobody ("On October 5, the Political Consultations
        # were held in Tokyo."): the heads of the sides its next sentences name
        people += delegation_heads([lead[_sentence_end(core, split):LEAD_MAX],
                                    *follow[:R.DELEGATION_HEADS_PARAGRAPHS]])
    people += [(p, True) for p in _delegations(follow, named=bool(people))]
    if others or any(p.country not in (None, REPORTING) for p, _ in people):
        # (attendees join a meeting the lead tells with another side's official; they do not
        # make one: "... attended the forum's meeting as the chair from the Japanese side")
        known = {w for p, _ in people for w in (p.family_name, p.name)}
        people += [(p, True) for p in _attendance_sentences(
            (lead[_sentence_end(core, split):LEAD_MAX], *follow[:ATTENDANCE_SENTENCE_PARAGRAPHS]))
            if p.family_name not in known and p.name not in known]
    people += [(p, True) for p in _country_delegations(page[0])]
    people += [(p, False) for p in _reference_members(page[0])]
    for person, subject in people:
        country = person.country
        if not subject and country is None and _named_before(person, out):
            continue  # the Japanese official named again after the verb ("... with him")
        if country is None and any(p.name.casefold() == person.name.casefold() for p in out):
            continue  # an official listed again with no side (a reference list after an
            # attendance sentence): the side read first stands
        if country is None and subject and person in subjects:
            country = _counterpart_of_subject(core, person)
        if country is None:
            if subject:  # a second official before the verb may be the host the page
                # named with his country before ("Mr. X, the President of the United
                # States" ... "Prime Minister Y, welcomed by President X, held talks")
                # (or the lead's first official, a visitor introduced with a country in
                # the page's opening: "H.H. Sheikh X, Prime Minister of the State of Y paid
                # an official working visit to Japan" ... "Sheikh X met with Prime Minister
                # Z")
                named = (_named_in_full(person, page[0])
                         if subjects and person in subjects and (
                             person is not subjects[0] or person.title is None)
                         else None)
                country = named.country if named and named.country != REPORTING else REPORTING
                if (country == REPORTING and person not in subjects and len(title_countries) == 1
                        and _styled_foreign(person, lead[:LEAD_MAX])):
                    # (an attendee with no side the pages style as they style only other
                    # countries' officials, "H.E. Ms. X, Minister for Foreign Affairs, was also
                    # present": the one other side's)
                    country = title_countries[0]
            elif len(title_countries) == 1:
                country = title_countries[0]
            else:  # "Secretary-General Guterres": the country given with the name elsewhere
                full = _named_in_full(person, page[0])
                country = full.country if full else None
                if full and len(person.name.split()) == 1 and full.family_name:
                    # "Prime Minister Khalifa" (a given name), introduced in full elsewhere
                    # ("H.R.H. Prince Khalifa bin Salman Al Khalifa, the Prime Minister of X")
                    person = replace(person, name=full.name, family_name=full.family_name)
                country = country or _delegation_country(core)
        if (country == REPORTING and subject and person not in subjects
                and _written_unlike_ours(person, out, page)):
            # (an attendee with no side whose name the page writes as it writes no Japanese
            # official's: the one other side's)
            country = _one_other_side(out, title_countries) or country
        family = person.family_name
        if country == REPORTING:  # "Mr. Iwaya Takeshi": family name first, not in capitals
            family = family_name(person.name, country, page[0], written_by=REPORTING,
                                 year=page[1])
        elif family == family_name(person.name, person.country):
            # (not read from the name's own form, "Lavrov, Sergey"): the page's uses of a
            # part alone ("Minister Cafiero") settle which words are the family name
            family = family_name(person.name, country, page[0])
        add_participant(out, seen, REPORTING, name=person.name, family=family,
                        country=country, title=person.title)
    return out


def _written_unlike_ours(person: Person, out: Sequence[Participant],
                         page: tuple[str, int | None]) -> bool:
    """Japan's pages write their own officials' names family name first in capitals from
    R.JAPANESE_FAMILY_FIRST_FROM on ("Mr. YAMADA Jun"): whether a page of those years that
    writes a Japanese official found so writes this official's name of two or more words with
    no word in capitals, here or anywhere ("Mr. Jan Novak, Deputy Minister, ... were also
    present")."""
    words = person.name.split()
    year = page[1]
    if year is None or year < R.JAPANESE_FAMILY_FIRST_FROM or len(words) < 2:
        return False
    if any(is_caps(w) or re.search(rf"\b{re.escape(w.upper())}\b", page[0]) for w in words):
        return False
    return any(p.side == "reporting" and any(is_caps(w) for w in p.name.split()) for p in out)


def _one_other_side(out: Sequence[Participant], title_countries: Sequence[str]) -> str | None:
    """The one country other than Japan of the officials found so far, else of the page's
    title; None when there are several or none."""
    others = {p.country for p in out if p.country not in (None, REPORTING)}
    if len(others) == 1:
        return others.pop()
    return title_countries[0] if not others and len(title_countries) == 1 else None


def _leaders_named_later(after: str, follow: Sequence[str]) -> list[Person]:
    """The officials of the countries the lead names as the sides met with no names ("held
    summit meetings with the leaders of X and Y", R.LEADERS_MET), named in the next
    paragraphs where a meeting with them is told (R.MEETING_WITH_NAMED); only those whose
    country is one of the lead's."""
    m = R.LEADERS_MET.search(after)
    codes = {code for _, _, code in country_spans(m["countries"])} if m else set()
    found: list[Person] = []
    for para in follow if codes else ():
        for told in R.MEETING_WITH_NAMED.finditer(para):
            found += [p for p in find_people(para[told.end():_sentence_end(para, told.end())])
                      if p.country in codes and all(p.name != q.name for q in found)]
    return found


def _office_holder_later(after: str, follow: Sequence[str], page: str,
                         ours: set[str]) -> list[Person]:
    """The official the lead names by office alone after its verb ("with the President of
    the Republic of X", R.OFFICE_MET), named in the next paragraphs by that office and one
    name word ("President Ruto welcomed ..."), with the office's country; else none. `ours`:
    the words of the subjects' names (casefolded), never the other side's ("Prime Minister
    Kishida" when the office met is another country's Prime Minister)."""
    m = R.OFFICE_MET.search(after)
    spans = country_spans(m["country"]) if m else []
    code = spans[0][2] if spans else None
    if m is None or code is None:
        return []
    office = " ".join(m["office"].split())
    rx = re.compile(rf"\b{re.escape(office)}\s+(?P<name>[A-Z][\w’'\-]+)(?!\s+(?:of|for)\b)")
    for para in follow:
        for named in rx.finditer(para):
            name = _POSSESSIVE.sub("", named["name"])
            if name in TITLE_WORDS or country_code(name) is not None or name.casefold() in ours:
                continue
            return [Person(name, office, code, 0, 0, family_name(name, code, page))]
    return []


_POSSESSIVE = re.compile(r"['’]s$")


def _met_with(core: str, person: Person) -> bool:
    """Whether the lead names the official, before its verb, as the one a meeting was with
    (R.MET_WITH_BEFORE)."""
    if " with " not in core[max(0, person.start - MET_WITH_REACH):person.start]:
        return False
    return R.MET_WITH_BEFORE.search(core, max(0, person.start - MET_WITH_REACH),
                                    person.start) is not None


MET_WITH_REACH = 50  # characters before an official read for R.MET_WITH_BEFORE


def _counterpart_of_subject(core: str, person: Person) -> str | None:
    """The country of an official before the meeting verb whom the lead introduces as the
    other's counterpart with an honorific (R.COUNTERPART_BEFORE), else None."""
    if "counterpart" not in core[:person.start] or core.find(person.name, person.start) < 0:
        return None
    m = R.COUNTERPART_BEFORE.search(core, max(0, person.start - COUNTERPART_REACH), person.start)
    code = side_code(m["side"]) if m else None
    return None if code == REPORTING else code


COUNTERPART_REACH = 60  # characters before an official's name read for R.COUNTERPART_BEFORE


def _counterpart_named(after: str, subjects: list[Person], others: list[Person]) -> list[Person]:
    """The other side's officials the lead names as the subject's counterparts with no
    honorific (R.COUNTERPART_NAMED): the subject's office, the demonym's country."""
    out: list[Person] = []
    for m in R.COUNTERPART_NAMED.finditer(after):
        code = side_code(m["side"])
        name = m["name"]
        if code is None or code == REPORTING or any(name in p.name or p.name in name
                                                    for p in others):
            continue
        title = subjects[0].title if subjects else None
        out.append(Person(name, title, code, m.start("name"), m.end("name"),
                          family_name(name, code)))
    return out


ATTENDANCE_SENTENCE_PARAGRAPHS = 2  # paragraphs after the lead read for attendance sentences


def _attendance_sentences(texts: Sequence[str]) -> list[Person]:
    """Officials of the attendance sentences in the texts (the lead after the meeting's own
    sentence, the paragraphs right after it), whatever their wording (R.ATTENDANCE_WORD with
    the meeting or a side named, R.ATTENDANCE_OF), each side's officials by the side the
    sentence names (its marks rewritten as `attendees_by_side` reads them); attendees whose
    side no mark or title gives are Japanese, as in the other attendee lists."""
    out: list[Person] = []
    for text in texts:
        if R.REFERENCE_MEMBERS.match(text):
            continue  # (a reference note listing who attended: `_reference_members` reads it)
        done = -1
        for word in R.ATTENDANCE_WORD.finditer(text):  # (only the sentences with such a word)
            if word.start() < done:
                continue
            start, done = _sentence_start(text, word.start()), _sentence_end(text, word.start())
            sentence = text[start:done]
            if not (R.ATTENDANCE_OF.search(sentence) and R.HONORIFIC_RX.search(sentence)) or \
                    R.HOSTED_MEAL.search(sentence) or R.REPORTED_SPEECH.search(sentence):
                continue
            sentence = sentence.strip()
            if sentence.startswith("(") and sentence.endswith(")"):
                sentence = sentence[1:-1]  # (a bracket of its own: its inner asides go)
            # (a sentence that opens or closes a bracket around several sentences)
            if sentence.count("(") < sentence.count(")"):
                sentence = sentence.rstrip(".)")
            elif sentence.count("(") > sentence.count(")"):
                sentence = sentence.lstrip("( ")
            marked = _marked_sides(sentence)
            out += [replace(p, country=p.country or REPORTING,
                            family_name=p.family_name if p.country else family_name(
                                p.name, REPORTING))
                    for p in _honorific_officials(attendees_by_side(
                        R.PAREN.sub("", marked) if "(" in marked else marked), sentence)]
    return out


def _styled_foreign(person: Person, text: str) -> bool:
    """Japan's pages give the style "H.E." (His or Her Excellency, the Hon.) only to other
    countries' officials: whether the text writes this official's name right after it."""
    return any(R.FOREIGN_STYLE_BEFORE.search(text, max(0, k - R.HONORIFIC_BEFORE_REACH), k)
               for k in _positions(text, person.name))


def _honorific_officials(people: list[Person], text: str) -> list[Person]:
    """The officials the text writes with an honorific before the name, or as a bare "Given
    Family, Title" pair of a list of such pairs (mofa_people._name_title_pairs: a bare
    "Minister for Industries" read as a name is none), not those of an office no longer
    held."""
    return [p for p in people if not R.FORMER_TITLE.match(p.title or "") and (any(
        R.HONORIFIC_BEFORE.search(text, max(0, k - R.HONORIFIC_BEFORE_REACH), k)
        for k in _positions(text, p.name)) or (p.title and f"{p.name}, {p.title}" in text))]


def _positions(text: str, word: str) -> list[int]:
    """Where `word` stands in `text`, every time."""
    out: list[int] = []
    k = text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


def _marked_sides(text: str) -> str:
    """An attendance text with its sides' marks written "from the X side" (the form
    `attendees_by_side` reads): "(Japanese side)", "Japanese side - Mr. X", "The Japanese
    side was joined by Mr. X" (R.SIDE_IN_BRACKETS, R.SIDE_LABEL); its label ("Attendees:")
    dropped."""
    if "side" not in text:
        return text
    marked = R.SIDE_IN_BRACKETS.sub(lambda m: f" from the {m['side']} side", text)
    return R.SIDE_LABEL.sub(lambda m: f" from the {m['side']} side, ",
                            R.ATTENDANCE_LABEL.sub("", marked))


def _attendee_brackets(after: str) -> tuple[str, list[Person]]:
    """The lead's part after its verb with its side-marked attendee brackets blanked, and
    the officials those brackets list (R.ATTENDEE_BRACKET)."""
    listed: list[Person] = []
    if "(" not in after:
        return after, listed
    for m in R.ATTENDEE_BRACKET.finditer(after):
        note = m["note"]
        if not R.ATTENDANCE_NOTE.search(note) or not (
                any(mark["word"] for mark in R.SIDE_MARK.finditer(note))
                or R.OFFICIALS_SIDE.search(note)):
            continue
        listed += attendees_by_side(R.PAREN.sub("", note))
        after = after[:m.start()] + " " * (m.end() - m.start()) + after[m.end():]
    return after, listed


# the most characters of honorifics before a listed official's name ("Senator the Hon. ")
REFERENCE_HONORIFICS = 30


def _reference_members(text: str) -> list[Person]:
    """The officials of a reference note listing the delegation met (R.REFERENCE_MEMBERS),
    each line's named official."""
    people: list[Person] = []
    if "Reference" not in text:
        return people
    for m in R.REFERENCE_MEMBERS.finditer(text):
        for line in text[m.end():].splitlines():
            if not line.strip():
                continue
            bullet = R.REFERENCE_ITEM.match(line)
            item = line[bullet.end():] if bullet else line
            listed: list[Person] = []
            for code, part in _reference_parts(item):
                found = find_people(part)
                lead_in = part[:found[0].start] if found else ","
                if "," in lead_in or len(lead_in) > REFERENCE_HONORIFICS:
                    break  # the list ends at a line that does not begin with an official
                person = found[0]
                if code and person.country is None:
                    person = replace(person, country=code,
                                     family_name=family_name(person.name, code))
                listed.append(person)
            if not listed:
                break
            people += listed
    return people


def _reference_parts(item: str) -> list[tuple[str | None, str]]:
    """A reference list's line cut at each side's name that heads officials
    (R.REFERENCE_COUNTRY: "Japanese side: Mr. X, Title; Kenyan side: Mr. Y"), each part with
    its side's country; the whole line, with none, when no side heads it. (A grouping's
    members listed by country, "Japan: Prime Minister X, United States: President Y", are
    not cut: a member read as the other side would make the grouping's meeting bilateral.)"""
    marks = [m for m in R.REFERENCE_COUNTRY.finditer(item) if m["word"] and side_code(m["side"])]
    if not marks:
        return [(None, item)]
    parts: list[tuple[str | None, str]] = [(None, item[:marks[0].start()])] if marks[0].start() \
        else []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(item)
        parts.append((side_code(m["side"]), item[m.end():stop]))
    return parts


def _organisation_delegation(after_verb: str) -> str | None:
    """The organisation whose delegation the lead says was met ("met the delegation of a
    regional forum, which Hon. X, Prime Minister of Y, headed"): one
    side, whichever members' officials it brought."""
    m = R.DELEGATION_OF.search(after_verb)
    if not m or m.start() > DELEGATION_REACH:
        return None
    return next((code for code, rx in R.ORGANISATION_TITLES
                 if code != "SAU" and rx.match(m["who"])), None)


# how far after the meeting verb the delegation met is named ("with the delegation of")
DELEGATION_REACH = 40


def _delegation_country(core: str) -> str | None:
    """The country of the delegation the lead says was met ("received a courtesy call from
    a delegation of the Australian Parliament led by the Hon. X, Speaker of ..."): the side
    of its officials whose titles name no country."""
    m = R.DELEGATION_OF.search(core)
    if not m:
        return None
    words = m["who"].split()
    for size in range(len(words), 0, -1):  # "United States Senate" -> "United States"
        code = side_code(" ".join(words[:size]))
        if code and code != REPORTING:
            return code
    return None


def _page_head(before: str, text: str) -> list[Person]:
    """The Prime Minister of a lead whose subject is "the Prime Minister" with no name
    ("Afterwards, the Prime Minister held talks with ..."), as the page names him first
    (R.NAMED_HEAD: "Prime Minister Taro Yamada visited ...", "Mr. YAMADA Taro, Prime
    Minister of Japan, ..."): Japan's, the page's own head; none when the page names none."""
    if not R.UNNAMED_HEAD.search(before):
        return []
    for m in R.NAMED_HEAD.finditer(text):
        if m["caps"] or not R.CAPITALISED_BEFORE.search(text, max(0, m.start() - 30),
                                                          m.start()):
            return [Person(m["name"] or m["caps"], "Prime Minister", None, 0, 0, None)]
    return []


def _caps_subject(before: str) -> list[Person]:
    """The Japanese official named before the verb with no honorific or title
    (R.CAPS_NAME_BARE), when nobody else is: a capitalised word that is no country's or
    grouping's name ("ASEAN Chair," is none)."""
    for m in R.CAPS_NAME_BARE.finditer(before):
        caps, given = m["name"].split()
        if country_code(caps) or caps in TITLE_WORDS or given in TITLE_WORDS:
            continue
        return [Person(m["name"], None, None, m.start(), m.end(), None)]
    return []


def _visitor_leads(subjects: list[Person], others: list[Person]) -> bool:
    """The lead's subject is the visitor and Japan's official comes after the verb
    ("Secretary-General X held a meeting with Mr. Y, Prime Minister of
    Japan"): no subject is Japan's by title, the first official after the verb is; or every
    subject is another country's by title and no official after the verb is ("Former U.S.
    President X paid a courtesy call on Prime Minister Y")."""
    if not subjects or not others:
        return False
    if all(p.country is None for p in subjects):
        # (the official met comes first: a Japanese attendee named later, "Mr. X,
        # Permanent Representative of Japan to the UN, joined the meeting", is no sign)
        return others[0].country == REPORTING
    return (all(p.country not in (None, REPORTING) for p in subjects)
            and all(p.country in (None, REPORTING) for p in others))


# how many uses of a family name elsewhere on the page are read for the official's country
NAME_USES_READ = 5


def _named_in_full(person: Person, text: str) -> Person | None:
    """The official as named with a country elsewhere on the page ("H.E. Mr. António
    Guterres, Secretary-General of the United Nations (UN) paid a visit ...")."""
    family = person.family_name or person.name.split()[-1]
    for k, m in enumerate(re.finditer(rf"\b{re.escape(family)}\b", text)):
        if k >= NAME_USES_READ:
            break
        start = max(0, m.start() - 120)
        for found in find_people(text[start:m.end() + 200]):
            if found.country and set(family.split()) <= set(found.name.split()):
                return found
    return None


def _later_encounters(rest: str, follow: Sequence[str], subjects: list[str]) -> list[Person]:
    """The officials of the page's other meetings told in later sentences (the lead's rest
    and the paragraphs after it) whose subject is the page's own official: "Prime Minister X
    then held talks with Y, President of Z" (R.LATER_ENCOUNTER, the lead's ruling 10)."""
    found: list[Person] = []
    for text in (rest, *follow):
        # (the day's order opens a sentence of its own: read there, after a word test)
        ordered = (m for m in R.DAY_ORDER_ENCOUNTER.finditer(text)
                   if R.SENTENCE_BEFORE.search(text, max(0, m.start() - 2), m.start())
                   ) if any(w in text for w in R.DAY_ORDER_WORDS) else ()
        for m in (*R.LATER_ENCOUNTER.finditer(text), *ordered):
            start = _sentence_start(text, m.start())
            # (the subject may be inside the match: "On the same day, ..., Minister X paid")
            subject = text[start:m.start()] + m.group()
            if not (R.LATER_SUBJECT.search(subject)
                    or any(name in subject for name in subjects)):
                continue
            found += find_people(text[m.end():_sentence_end(text, m.end())])
    return found


def _joiners(texts: Sequence[str], page: str) -> list[Person]:
    """The officials who joined the meeting told, in the texts (the lead after its meeting
    verb, the first paragraphs after it): "Mr. X and Mr. Y were joined by British Prime
    Minister Z" (R.JOINED_BY: the officials after it), "Prime Minister Z also joined the talks
    partway through" (R.JOINED_VERB: the last official named before it); not in what someone
    said (R.JOINED_IN_SPEECH), nor in a sentence with a year (R.JOINED_YEAR: history). Each
    with the country its title or the page gives, if any."""
    found: list[Person] = []
    for text in texts:
        if "joined" not in text:
            continue
        for rx in (R.JOINED_BY, R.JOINED_VERB):
            for m in rx.finditer(text):
                start = _sentence_start(text, m.start())
                if (R.JOINED_IN_SPEECH.search(text, start, m.start())
                        or R.JOINED_YEAR.search(text, start, _sentence_end(text, m.start()))):
                    continue
                if rx is R.JOINED_BY:
                    who = find_people(text[m.end():_sentence_end(text, m.end())])
                else:
                    before = find_people(text[start:m.start()])
                    who = before[-1:]
                found += [_with_country(p, page) for p in who]
    return found


def _calls_on_several(rest: str, people: Sequence[tuple[Person, bool]]
                      ) -> list[tuple[Person, bool]]:
    """The officials a later sentence of the lead says the meeting's official paid courtesy
    calls on, several told at once (R.COURTESY_CALLS: "H.E. Sheikh X ... paid courtesy calls
    on Speaker ... Mr. A and Prime Minister Mr. B": the lead's ruling 10), the sentence's
    subject a word of an official found (`people`). Called on by the other side's official,
    an official with no country is Japan's (the visit is to Japan); called on by Japan's, the
    page's other side decides."""
    found: list[tuple[Person, bool]] = []
    for m in R.COURTESY_CALLS.finditer(rest):
        subject = rest[_sentence_start(rest, m.start()):m.start()]
        words = set(re.findall(r"[A-Z][\w’'\-]+", subject))
        caller = next(((p, ours) for p, ours in people
                       if words & set(p.name.split()) - set(TITLE_WORDS)), None)
        if caller is None:
            continue
        theirs = not caller[1] or caller[0].country not in (None, REPORTING)
        for p in find_people(rest[m.end():_sentence_end(rest, m.end())]):
            found.append((p, theirs and p.country in (None, REPORTING)))
    return found


def _with_country(person: Person, page: str) -> Person:
    """The official with a country: the one the finder read, else the demonym that opens
    the title ("British Prime Minister"), else the one the page gives with the name in full
    (`_named_in_full`); unchanged when none does."""
    if person.country:
        return person
    first, _, rest = (person.title or "").partition(" ")
    code = country_code(first) if first[:1].isupper() and rest else None
    if code is not None:
        return replace(person, country=code, title=rest)
    full = _named_in_full(person, page)
    return replace(person, country=full.country) if full and full.country else person


def _other_meetings_later(rest: str, follow: Sequence[str],
                          participants: Sequence[Participant]) -> bool:
    """Later sentences of the page tell meetings of its own official with officials other
    than the lead's first one (`_later_encounters`)."""
    ours = [p.family_name for p in participants if p.side == "reporting" and p.family_name]
    first = next((p.family_name for p in participants if p.side == "counterpart"), None)
    # (a cheap word test first: every such sentence opens with the day's order)
    told = (rest, *follow)
    return any(w in t for t in told for w in R.DAY_ORDER_WORDS) and any(
        p.family_name != first for p in _later_encounters(rest, follow, ours))


def _separately_timed(core: str) -> bool:
    """The lead tells two or more meetings with different named officials, each in a
    sentence of its own with its own length ("... paid a courtesy call on H.E. Mr. A ...
    for approximately 45 minutes. Following this, ... he held a meeting with H.E. Mr. B
    ... for approximately two hours")."""
    if len(_durations(core)) < 2:
        return False
    met: set[str] = set()
    start = 0
    for end in [m.end() for m in R.MEETING_SENTENCE_END.finditer(core)] + [len(core)]:
        sentence = core[start:end]
        start = end
        who = R.MEETING_WITH_OFFICIAL.search(sentence)
        if who and _stated_durations(sentence):
            met.add(who["name"])
    return len(met) > 1


def _timed_later(rest: str, published: date | None) -> tuple[date, str | None] | None:
    """The date of the lead's later sentence whose subject is the meeting and that tells
    when it took place or how long it lasted (R.MEETING_TIMED), if it gives one."""
    timed = next((m for m in R.MEETING_TIMED.finditer(rest) if not R.OTHER_MEETING_BEFORE.search(
        rest, max(0, m.start() - R.OTHER_MEETING_REACH), m.start())), None)
    if timed is None:
        return None
    start = _sentence_start(rest, timed.start())
    day, note = _date(rest[start:_sentence_end(rest, timed.start())], 0, published)
    return (day, note) if day else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` begins."""
    start = 0
    for m in R.MEETING_SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    return start


def _other_side(found: list[Participant]) -> bool:
    """An official of the other side is named (a domestic meeting names none: its level is
    null, gold/README.md)."""
    return any(p.side == "counterpart" for p in found)


def _named_before(person: Person, found: list[Participant]) -> bool:
    """The person is a Japanese-side official already found (same family name)."""
    words = {w.casefold() for w in person.name.split()}  # (once in capitals: "YAMADA Jun")
    return any(p.side == "reporting" and p.family_name and p.family_name.casefold() in words
               for p in found)


def _also_present(lead: str) -> list[Person]:
    """Officials of the lead's sentences that say who else was there ("Mr. X, Minister for
    Foreign Affairs, was also present during the courtesy call.")."""
    people: list[Person] = []
    if not any(word in lead for word in ("present", "attendance", "attended", "participated",
                                         "joined")):
        return people
    for m in R.ALSO_PRESENT.finditer(lead):
        # (the sentence's start: not after an honorific's dot, "Hon. Ms. X, Minister ...,
        # and Hon. Y, Secretary General ... also attended the meeting.")
        start = max((e.end() for e in R.MEETING_SENTENCE_END.finditer(lead, 0, m.start())),
                    default=0)
        people += attendees_by_side(lead[start:m.start()])
    return people


def _country_delegations(text: str) -> list[Person]:
    """Officials of the page's lines that list a country's delegation by its name
    ("Japan: Mr. ICHIKAWA Keiichi, Director General, ...", "U.S.: Mr. X, ...")."""
    people: list[Person] = []
    if ":" not in text:
        return people
    for m in R.COUNTRY_DELEGATION.finditer(text):
        code = side_code(m["side"])
        if code:
            people += attendees_by_side(m["who"], side=code)
    return people


def _attendees(text: str, m: re.Match[str]) -> list[Person]:
    """The officials of an attendee list found by R.ATTENDED_BY, with their sides (a
    delegation's list, "The Swedish delegation included ...", is that country's)."""
    lead_in = text[m.start():m.start("who")]
    named = R.DELEGATION_INCLUDED.match(lead_in)
    return attendees_by_side(m["who"], lead_in, side_code(named["side"]) if named else None)


def _delegations(paragraphs: Sequence[str], named: bool) -> list[Person]:
    """Officials listed in the paragraphs right after the lead: a side's list ("Chinese
    side: Vice Premier X, ..."), an attendance sentence ("The Meeting was attended by ...
    from the Japanese side and ... from the U.S. side"), or, when the lead names nobody, a
    bracketed note of who chaired and attended."""
    people: list[Person] = []
    for para in paragraphs:
        side = R.SIDE_LIST.match(para)
        attended = R.ATTENDED_BY.search(para) if R.ATTENDANCE_PARAGRAPH.match(para) else None
        if side:
            people += attendees_by_side(side["who"], side=side_code(side["side"]))
        elif attended:  # (each side's list may have its own sentence: "Also present on
            # the Japanese side were ... . Participants on the ROK side included ...")
            people += [p for m in R.ATTENDED_BY.finditer(para, attended.start())
                       for p in _attendees(para, m)]
        elif not named and not people and para.startswith("(") and para.endswith(")"):
            people += attendees_by_side(para[1:-1])
        elif para.startswith("(") and para.endswith(")") and (labelled := _labelled(para[1:-1])):
            people += labelled
        elif R.HONORIFIC_RX.match(para) and (present := R.ALSO_PRESENT.search(para)):
            # a paragraph of its own that says who else attended ("Mr. X, Title, also
            # attended the meeting.")
            people += attendees_by_side(para[:present.start()])
        else:
            break
    return people


def _labelled(note: str) -> list[Person]:
    """Officials of a bracketed note that lists each side after its country's name
    (R.COUNTRY_LABEL), when the note begins with one; else none."""
    marks = [m for m in R.COUNTRY_LABEL.finditer(note) if side_code(m["side"].removeprefix(
        "The ").removeprefix("the "))]
    if not marks or marks[0].start() != 0:
        return []
    people: list[Person] = []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(note)
        code = side_code(m["side"].removeprefix("The ").removeprefix("the "))
        people += attendees_by_side(note[m.end():stop], side=code)
    return people


_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z]\w*\s+(?:of\s+)?){0,3}$")


def _title_countries(title: str) -> list[str]:
    """["AUS"] from "Japan-Australia Foreign Ministers' Meeting"."""
    m = R.JAPAN_X_NAME.search(title)
    if not m:
        return []
    codes = [country_code(part.strip()) for part in re.split(r"[-–]", m.group(1))]
    return [c for c in codes if c and c != REPORTING]


def _counterpart_countries(people: list[Participant], title: str, after_verb: str,
                           lead: str = "") -> list[str]:
    codes: list[str] = []
    for p in people:
        if p.side == "counterpart" and p.country and p.country not in codes:
            codes.append(p.country)
    if codes:
        return codes
    codes = _title_countries(title) or _title_countries(after_verb)
    if codes:
        return codes
    listed = R.COUNTRY_LIST.search(after_verb)
    if listed:  # the countries of the officials who took part, when none is named
        codes = [c for _, _, c in country_spans(listed["list"])
                 if c != REPORTING and not is_grouping(c)]
        if len(codes) > 1:
            return list(dict.fromkeys(codes))
    with_part = after_verb.split(" with ", 1)
    if len(with_part) == 2:
        found = [c for _, _, c in country_spans(with_part[1])
                 if c != REPORTING and not is_grouping(c)]
        if found or not R.ATTENDED.match(after_verb):
            return found[:1]
        # (events attended "with the invited countries and others" name no country: the
        # grouping the attended events or the title name, below)
    if R.READOUT_POINT.match(lead):  # a capture from its first point: the country it names
        # (as a side, not as the place of another event: "... held in the United States")
        return [c for start, _, c in country_spans(lead) if c != REPORTING
                and not is_grouping(c) and not _IN_PLACE_BEFORE.search(lead, 0, start)][:1]
    # an organisation's officials named after the verb ("from Secretary General X and
    # others of the Trilateral Cooperation Secretariat"): the organisation is the side
    org = next((code for code, rx in R.ORGANISATION_TITLES
                if not is_grouping(code) and code != "SAU" and rx.search(after_verb)), None)
    if org:
        return [org]
    attended = R.ATTENDED.match(after_verb)
    named = [c for _, _, c in country_spans(attended.group()) if is_grouping(c)] if attended else []
    if named:
        return named[:1]  # a multilateral meeting: the grouping it names ("the G7 ... Meeting")
    # a session of a grouping's meeting, named in the title ("G7 Foreign Ministers' Meeting
    # in Italy (Overview of the ... session)")
    return [c for _, _, c in country_spans(title) if is_grouping(c)][:1]


_FORMER_BEFORE = re.compile(r"\b[Ff]ormer\s+(?:[A-Z][\w.\-]*\s+){0,3}\S?$")


def _title_officials(title: str, participants: Sequence[Participant],
                     counterparts: Sequence[str], text: str) -> list[Participant]:
    """The other side's officials of the other meetings a title names (R.TITLE_MEETING_WORD
    twice or more) whom the lead does not name: of their own country, else of the one side
    met; none of Japan's."""
    if len(R.TITLE_MEETING_WORD.findall(title)) < 2:
        return []
    families = {p.family_name for p in participants}
    names = [p.name for p in participants]
    out: list[Participant] = []
    side = counterparts[0] if len(counterparts) == 1 and not is_grouping(counterparts[0]) else None
    for person in officials_named(title):
        country = person.country or side
        if country in (None, REPORTING) or _FORMER_BEFORE.search(title, 0, person.start + 1) \
                or any(w in R.HEADLINE_VERBS for w in person.name.split()):
            continue  # (nor one who holds no office: "the State Funeral of former Prime
            # Minister X")
        family = family_name(person.name, country, text)
        # (the lead's own officials, named in the title in part: "Minister Al Busaidi")
        if family and family not in families and not any(
                person.name in name or name in person.name for name in names):
            families.add(family)
            names.append(person.name)
            out.append(Participant(side="counterpart", country=country, name=person.name,
                                   family_name=family, title=person.title))
    return out


def _passive_grouping(core: str, split: int) -> list[str]:
    """The grouping a passive lead's subject names ("The Tenth ASEAN Plus Three Summit was
    held in ... Prime Minister X attended the meeting"), else the sides its "Japan-X" name
    gives ("the Japan-X Vice-Ministerial Political Consultations were held in Tokyo"), when
    no side is found otherwise."""
    subject = _passive_subject(core, split)
    return [c for _, _, c in country_spans(subject) if is_grouping(c)][:1] or _title_countries(
        subject)


def _gathering_grouping(told: str, title: str) -> list[str]:
    """The grouping that leads the gathering the lead's meeting sentence (or else the title)
    names (R.GATHERING_GROUPING: the East Asia Summit is ASEAN's)."""
    for text in (told, title):
        code = next((c for rx, c in R.GATHERING_GROUPING if rx.search(text)), None)
        if code:
            return [code]
    return []


def _title_visitor(title: str) -> list[str]:
    """The country of the visitor a visit's title names ("Visit to Japan of His Excellency
    Dr. X, Prime Minister of Y (Summary)", "Official Visit to Japan by President X of Y"),
    when it names one country besides Japan."""
    m = R.TITLE_VISITOR.search(title)
    codes = {c for _, _, c in country_spans(m["who"])} - {REPORTING} if m else set()
    return list(codes) if len(codes) == 1 and not is_grouping(next(iter(codes))) else []


def _passive_subject(core: str, split: int) -> str:
    """The subject of a passive lead ("On May 3, the Japan-X Policy Dialogue was held"), or
    "" when the lead is not passive."""
    return core[:split] if R.PASSIVE_VERB.match(core, split) else ""


def _grouping_partners(core: str, counterparts: Sequence[str],
                       countries: tuple[tuple[str, int], ...]) -> list[str]:
    """The members a grouping met by name brings (R.GROUPING_PARTNERS) that the record
    names as well, when the grouping is the only side found; the name read where the
    record first names the grouping (not "the Japan-ASEAN Summit, held back-to-back with
    the ASEAN Plus Three Summit")."""
    if len(counterparts) != 1 or not is_grouping(counterparts[0]):
        return []
    first = next((s for s, _, c in country_spans(core) if c == counterparts[0]), None)
    named = {code for code, _ in countries}
    return [code for rx, partners in R.GROUPING_PARTNERS
            if (rx.match(core, first) if first is not None else rx.search(core))
            for code in partners if code in named and code not in counterparts]


# --- date ----------------------------------------------------------------------------------

def _date(core: str, split: int, published: date | None) -> tuple[date | None, str | None]:
    """Meeting date from the lead: local dates in brackets win, Japan-time brackets are skipped."""
    local_paren = None
    masked = core
    for paren in R.PAREN.finditer(core):
        pos = paren.start()
        for seg in paren.group().split(";"):  # "(local time; 21:20 on December 11, Japan time)"
            marks = list(R.TIME_MARK.finditer(seg))
            mark = marks[0] if marks else None
            if any(m["japan"] or m["equivalent"] for m in marks):  # "(local time: February
                # 22, 5:00 a.m. JST)", "(Japan time: dawn of September 17)"
                masked = masked[:pos] + " " * len(seg) + masked[pos + len(seg):]
            elif mark and mark["local"] and local_paren is None and _find_dates(seg):
                local_paren = _find_dates(seg)[0]
            pos += len(seg) + 1
    # a date outside brackets is the meeting's; one inside ("(6 pm on January 22, EST)")
    # is another clock's, read only when the lead has no other
    blank = R.PAREN.sub(lambda m: " " * len(m.group()), masked)
    # (a bracket inside a bracket: "(6 pm on January 22, EST (her first working day))")
    outside = _find_dates(R.PAREN.sub(lambda m: " " * len(m.group()), blank))
    found = [local_paren] if local_paren else (outside or _find_dates(masked))
    visit_days = False
    if len(found) > 1 and "visit" in core:  # a visit's days are not the meeting's ("who
        # visited Japan from 13th to 16th March, ... held a summit meeting on 15th March")
        spans = [m.span("days" if m["days"] else "pair") for m in R.VISIT_DAYS.finditer(core)]
        own = [d for d in found if not any(a <= d[0] < b for a, b in spans)]
        # (a lead that dates only the visit's days: the first of them, as a record of
        # several meetings is dated by its first - the lead's ruling 10)
        visit_days = not own and bool(spans)
        found = own or found
    if found and not local_paren and split and "the" in core:
        found = _day_of_month_after(core, split, found)
    if not found and published and (relative := _relative_day(masked[:max(split, 1)],
                                                                published)):
        return relative
    if not found:
        wd = R.WEEKDAY_ONLY.search(masked)
        if wd and published:
            back = (published.weekday() - R.WEEKDAYS[wd["wd"]]) % 7
            return published - timedelta(days=back), "weekday resolved against the page date"
        return None, "the lead gives no meeting date"
    before = [d for d in found if d[0] < split]
    _, month, day, year = (before[0] if visit_days else before[-1]) if before and not (
        local_paren) else found[0]
    note = None
    if year is None:
        if published is None:
            return None, "the lead gives no year and the page has no date"
        year = published.year
        note = "year from the page date"
    try:
        when = date(year, month, day)
    except ValueError:
        return None, f"invalid date in the lead: month {month}, day {day}"
    if published is not None and note and when > published + timedelta(days=31):
        when = date(year - 1, month, day)  # a late-December meeting on an early-January page
        note = "year before the page date (late-December meeting, January page)"
    return when, note


def _day_of_month_after(core: str, split: int, found: list[tuple[int, int, int, int | None]]
                        ) -> list[tuple[int, int, int, int | None]]:
    """The dates of the lead, with the meeting's own when its sentence gives only the day of
    a month an earlier sentence named ("visited the United States on April 26 and 27 ...
    On the 27th, a summit meeting ... was held": April 27)."""
    m = R.DAY_OF_MONTH.search(core, _sentence_start(core, split), split)
    earlier = [d for d in found if m and d[0] < m.start()]
    if m is None or not earlier or int(m["day"]) < earlier[-1][2]:
        return found
    _, month, _, year = earlier[-1]
    return [(m.start(), month, int(m["day"]), year)]


def _relative_day(before_verb: str, published: date) -> tuple[date, str] | None:
    """The meeting's day told relative to the page's date before the meeting verb ("Today",
    "Yesterday", "On the 4th (Thu)": the page's month, or the one before when that day is
    still to come)."""
    m = R.RELATIVE_DAY.search(before_verb)
    if m:
        back = 1 if m["word"].lower() == "yesterday" else 0
        return published - timedelta(days=back), "relative day resolved against the page date"
    m = R.DAY_OF_MONTH.search(before_verb)
    if m is None or not 1 <= int(m["day"]) <= 31:
        return None
    year, month = published.year, published.month
    if int(m["day"]) > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, int(m["day"])), "day of the month resolved against the page date"
    except ValueError:
        return None


# the first letters of every weekday and month name (and abbreviation) in R.DATE_MD
_WEEKDAY_OR_MONTH = re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                               r"Sep|Oct|Nov|Dec")
# the first digit of a day R.DATE_DM reads: one or two digits, a suffix, a month
_DAY_BEFORE_MONTH = re.compile(r"\d(?=\d?(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                               r"Sep|Oct|Nov|Dec))")


def _find_dates(text: str) -> list[tuple[int, int, int, int | None]]:
    out = []
    # a date begins with its weekday or month, or with a day a month follows: the
    # patterns are tried only there
    for rx in (matches_where(R.DATE_MD, _WEEKDAY_OR_MONTH, text),
               matches_where(R.DATE_DM, _DAY_BEFORE_MONTH, text)):
        for m in rx:
            month = _month(m["mon"])
            if month:
                year = int(m["year"]) if m["year"] else None
                out.append((m.start(), month, int(m["day"]), year))
    return sorted(out)


def _month(word: str) -> int | None:
    return R.MONTHS.get(word) or R.MONTHS.get(word.rstrip(".")) or R.MONTHS.get(f"{word}.")


# --- times and durations -------------------------------------------------------------------

def _times(core: str) -> list[tuple[int, int, int, str | None]]:
    """(start, end, minutes after midnight, "local" | "japan" | None) of each clock time."""
    matches = list(_time_matches(core))
    # ("12:00 noon", "12 noon": one time, whose mark may follow the word)
    matches = [m for k, m in enumerate(matches) if not (
        k and m["noon"] and _clock(matches[k - 1]) is not None
        and not core[matches[k - 1].end():m.start()].strip())]
    clocks = [(m, _clock(m, _range_marker(core, matches, k))) for k, m in enumerate(matches)]
    raw = [(m, minutes) for m, minutes in clocks if minutes is not None]
    out = []
    for i, (m, minutes) in enumerate(raw):
        stop = raw[i + 1][0].start() if i + 1 < len(raw) else len(core)
        tail = core[m.end(): min(stop, m.end() + 50)]
        mark = R.TIME_MARK.search(tail)
        label = None if mark is None else (
            "local" if mark["local"] or mark["equivalent"] else "japan")
        if R.OTHER_EVENT.search(core[max(0, m.start() - 60): m.start()]) or (
                R.OTHER_EVENT_HELD.search(core[max(0, m.start() - R.OTHER_EVENT_REACH):
                                               m.start()])):
            continue
        out.append((m.start(), m.end(), minutes, label))
    return out


def _range_marker(core: str, matches: list[re.Match[str]], k: int) -> str | None:
    """The a.m./p.m. of the range's end for a range's start written without one ("from 4:50
    to 5:35 p.m.": both afternoon), when the end's marker keeps the start before the end."""
    m = matches[k]
    if m["ap"] or not m["h"] or k + 1 >= len(matches):
        return None
    nxt = matches[k + 1]
    if not nxt["ap"] or not _RANGE_GAP.fullmatch(core, m.end(), nxt.start()):
        return None
    start, end = _clock(m, nxt["ap"]), _clock(nxt)
    return nxt["ap"] if start is not None and end is not None and start < end else None


def _time_matches(core: str) -> Iterator[re.Match[str]]:
    """R.TIME.finditer(core): without "noon", "midday" or "midnight" a clock time begins with
    a digit, and the pattern is tried only at digits (at every character it is slow)."""
    if "noon" in core or "Noon" in core or "midnight" in core or "idday" in core:
        return R.TIME.finditer(core)
    return matches_where(R.TIME, _DIGIT, core)


_DIGIT = re.compile(r"\d")


def _clock(m: re.Match[str], ap_of_range: str | None = None) -> int | None:
    """Minutes after midnight of a clock time; `ap_of_range`: the a.m./p.m. a range's start
    without one takes from the range's end."""
    if m["noon"] or m["noon12"]:
        return 0 if m["noon"] == "midnight" else 12 * 60
    if not m["h"]:
        return None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    ap = (m["ap"] or ap_of_range or "").lower().replace(".", "").replace(" ", "")
    if not ap:
        sep_ok = m["m"] is not None and ":" in m.group()
        if not sep_ok or hour > 23:
            return None
        return hour * 60 + minute
    if minute > 59 or hour > 23:
        return None
    if hour > 12:  # "19:10 p.m.", "17:15 AM": a 24-hour clock with a redundant marker
        return hour * 60 + minute
    hour = hour % 12 + (12 if ap.startswith("p") else 0)
    return hour * 60 + minute


def _start_local(core: str, location: str | None, call: bool = False) -> str | None:
    """The meeting's start on the clock of its place; a call's place is Japan's end of the
    line, so a call given only in Japan time starts at that time."""
    return _local_start(core, location, call)[0]


def _local_start(core: str, location: str | None, call: bool = False) -> tuple[str | None, int]:
    """(`_start_local`, the days its clock is off Japan's date): a start given only in Japan
    time and converted to the place's clock may fall on the day before or after the Japan
    date the lead gives with it ("from 1:00 a.m. on June 4 (Japan time)" in Nairobi starts
    at 19:00 on June 3 there); 0 for every start read as the place's own."""
    times = _times(core)
    pick = next((t for t in times if t[3] == "local"), None)
    if pick is not None:  # "from 10:05 a.m. to 10:45 a.m. (local time)": the range's start,
        # and of a meeting in parts ("from 9:10 a.m. to 9:50 a.m. and from 4:05 p.m. to
        # 4:30 p.m. local time"), the first part's
        k = times.index(pick)
        while k and times[k - 1][3] is None and (
                _RANGE_GAP.match(core[times[k - 1][1]:times[k][0]])
                or _PARTS_GAP.match(core[times[k - 1][1]:times[k][0]])):
            k -= 1
        pick = times[k]
    pick = pick or next((t for t in times if t[3] is None), None)
    # only Japan time, in Japan (or at a place the page never names: the time as stated)
    if pick is None and (location in (REPORTING, None) or call):
        pick = next(iter(times), None)
    if pick is None and location in FIXED_UTC_OFFSET:  # only Japan time, abroad on a clock
        # that never moves (countries_rules.FIXED_UTC_OFFSET): converted, as certain
        japan = next((t for t in times if t[3] == "japan"), None)
        if japan is not None:
            shift = FIXED_UTC_OFFSET[location] - FIXED_UTC_OFFSET[REPORTING]
            days, minutes = divmod(japan[2] + shift, 24 * 60)
            return f"{minutes // 60:02d}:{minutes % 60:02d}", days
    if pick is None:
        return None, 0
    return f"{pick[2] // 60:02d}:{pick[2] % 60:02d}", 0


def _japan_dated(told: str) -> bool:
    """Whether the date the lead gives is on Japan's clock: it names no local time, and no
    Japan-time bracket holds a date of its own (then the date outside is the other clock's:
    "On June 3, from 7:00 p.m. (1:00 a.m. on June 4, Japan time)")."""
    return bool(_find_dates(told)) and not R.LOCAL_TIME.search(told) and not any(
        R.TIME_MARK.search(p.group()) and _find_dates(p.group()) for p in R.PAREN.finditer(told))


_PARTS_GAP = re.compile(r"\s*(?:[ap]\.?\s?m\.?)?,?\s*and\s+(?:again\s+)?from\s+"
                        r"(?:approximately\s+|about\s+)?$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:[ap]\.?\s?m\.?)?\s*(?:to|until|till|-|–)\s*"
                        r"(?:approximately\s+|about\s+|around\s+)?$", re.IGNORECASE)


def _stated_durations(text: str) -> list[int]:
    """The lengths stated in `text`, in order; when one of several is said to be the whole
    (R.TOTAL_AFTER, R.TOTAL_BEFORE), that one alone; when a meal is named between two, the
    ones before it (a meeting, then "a working lunch for approximately 60 minutes")."""
    found = [m for m in _durations(text)
             if R.DURATION_LEAD_IN.search(text[max(0, m.start() - 25): m.start()])]
    if len(found) > 1:
        k = next((k for k in range(1, len(found))
                  if R.MEAL_NAMED.search(text, found[k - 1].end(), found[k].start())
                  and not R.MEAL_AS_PART.search(text, found[k - 1].end(), found[k].start())),
                 None)
        found = found if k is None else found[:k]
        whole = [m for m in found if R.TOTAL_AFTER.match(text, m.end())
                 or R.TOTAL_BEFORE.search(text, max(0, m.start() - 40), m.start())]
        if len(found) > 1 and len(whole) == 1:
            return [_minutes(whole[0])]
    return [_minutes(m) for m in found]


def _durations(text: str) -> list[re.Match[str]]:
    """R.DURATION's matches (same spans; groups maybe lowered), scanning only from just
    before the first "hour" or "minute" (every duration has one; the scan of a whole lead
    is slow)."""
    low = _folded(text)
    if low is None:
        return list(R.DURATION.finditer(text))
    found = [k for k in map(low.find, R.DURATION_UNITS) if k >= 0]
    if not found:
        return []
    start = _head_start(text, min(found), R.DURATION_HEAD)
    last = max(map(low.rfind, R.DURATION_UNITS))
    # ("... hours and a half": a half may follow the last "hour", after any spaces)
    end = len(low) if "half" in low[last:] else last + len("miniutes")
    return list(_DURATION_LOW.finditer(low, start, end))


def _head_start(text: str, k: int, nonspace: int) -> int:
    """The smallest s where text[s:k] has at most `nonspace` non-space characters."""
    s, left = k, nonspace + 1  # look for the (nonspace + 1)-th non-space character back
    while s > 0:
        chunk = text[max(0, s - left): s]
        spaces = len(chunk) - len("".join(chunk.split()))
        if spaces == 0 and len(chunk) == left:
            return s - left + 1
        s -= len(chunk)
        left -= len(chunk) - spaces
    return 0


_MEETING_VERB_LOW = _lower_twin(R.MEETING_VERB)
# (scanned over leads: told the characters they start with, see mofa_rules.GUARDED)
_OVERVIEW_LOW = guarded(_lower_twin(R.OVERVIEW))
_DURATION_LOW = guarded(_lower_twin(R.DURATION))


def _duration(core: str) -> int | None:
    """The meeting's stated length: the first duration, the parts' sum, or time ranges."""
    stated = _stated_durations(core)
    if stated:
        return sum(stated) if len(stated) > 1 and R.IN_PARTS.search(core) else stated[0]
    parts: list[int] = []
    low = core.lower()
    ranges = R.TIME_RANGE.finditer(core) if "from" in low or "between" in low or (
        " at " in low) else ()
    last = 0
    for m in ranges:
        if parts and R.MEAL_NAMED.search(core, last, m.start()):
            break  # a meal's own span after the meeting's ("... and a working lunch (from ...)")
        last = m.end()
        # each end read where it starts in the lead, so that its "p.m." counts even when
        # the range's pattern stopped before it ("to 3:25 p.m local time")
        a, b = (R.TIME.match(core, m.start(k)) for k in ("a", "b"))
        tb = _clock(b) if b else None
        ta = _clock(a) if a else None
        if a and b and not a["ap"] and b["ap"] and tb is not None:  # "from 4:50 to 5:35 p.m."
            shared = _clock(a, b["ap"])
            ta = shared if shared is not None and shared < tb else ta
        if ta is not None and tb is not None and tb > ta:
            parts.append(tb - ta)
    return sum(parts) if parts else None


OVERVIEW_SENTENCE_MAX = 160  # characters of the overview sentence after the lead read


def _adjectival_duration(core: str, rx: re.Pattern[str] = R.ADJECTIVAL_DURATION) -> int | None:
    """The length of a meeting written as its adjective ("a one-hour working dinner"; with
    R.OVERVIEW_OF_LENGTH, "an overview of the 20-minute meeting")."""
    m = rx.search(core) if "-" in core else None
    if m is None:
        return None
    n = m["n"]
    count = int(n) if n.isdigit() else R.NUMBER_WORDS.get(n.lower(), 0)
    half = 30 if m.re.groupindex.get("half") and m["half"] and m["unit"].lower() == "hour" else 0
    return count * (60 if m["unit"].lower() == "hour" else 1) + half or None


def _duration_after(lead: str, core: str) -> int | None:
    """Halves told after the overview sentence ("the first half ... for around one hour")."""
    rest = lead[len(core):LEAD_MAX]
    stated = _stated_durations(rest)
    return sum(stated) if len(stated) > 1 and R.IN_PARTS.search(rest) else None


def _minutes(m: re.Match[str]) -> int:
    def num(word: str | None) -> int:
        if not word:
            return 0
        return int(word) if word.isdigit() else R.NUMBER_WORDS.get(word.lower(), 0)

    if m["m"]:
        return num(m["m"])
    if m["hour"]:
        return 60
    if m["hdec"]:
        return round(float(m["hdec"]) * 60)
    total = 30 if m["halfhour"] else num(m["h"]) * 60 + (30 if m["half"] or m["half_after"] else 0)
    return total + num(m["hm"])
