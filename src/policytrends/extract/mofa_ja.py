"""Japanese MOFA readouts -> Analysis, the same fields as the English pages give.

One lead carries nearly everything: 「現地時間6月2日、午後3時15分(日本時間…)から約45分間、
…を訪問中の山田外務大臣は、スミス英国外務大臣と会談を行ったところ、概要は以下のとおりです。」
Before 「は、」 stands the Japanese side, after it the other side and the kind. Phrasing lives
in `mofa_ja_rules`, names in `mofa_ja_people`, countries in `countries_ja`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ..japanese import era_year, fold, month_of_line
from ..records import Analysis, Meeting, Participant, RawRecord, add_participant
from . import mofa_ja_rules as R
from .countries import is_grouping
from .countries_ja import countries_in_ja, country_spans_ja
from .countries_ja_rules import ABBREVIATIONS
from .mofa_ja_people import (
    attendee_brackets,
    find_attendee_section,
    find_attendees_ja,
    find_headed_officials,
    find_people_ja,
    first_heading_brackets,
    rank_ja,
)
from .mofa_ja_trips import Trip, is_trip, read_trip
from .naming import Person, family_name, is_family_name_alone_ja
from .ranks import level_of

__all__ = ["analyse_mofa_ja"]

REPORTING = "JPN"
_KATAKANA_CHAR = re.compile(r"[\u30a1-\u30fa\u30fc]")
LEAD_PARAGRAPHS = 8
LEAD_MAX = 1500
POINTS_READ = 6  # paragraphs after the lead read for the officials of a group met


def analyse_mofa_ja(raw: RawRecord) -> Analysis:
    """Kind, meeting fields, officials and countries of one Japanese MOFA page.

    Args:
        raw: a record read by `sources.mofa` from a Japanese page (language "ja").

    Returns:
        An Analysis whose `meeting` is set for meeting, call and video-conference readouts.
    """
    title = fold(raw.title or "")
    text = fold(raw.text)
    countries = tuple(countries_in_ja(text if title and title in text else f"{title}\n\n{text}"))
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if is_trip(text, title):  # a tour of several countries: its sections' meetings
        trip = read_trip(text, title, raw.published)
        if trip.counterparts:
            return _trip_meeting(trip, countries)
    kind, lead = _kind(title, paragraphs)
    if kind != "meeting":
        return Analysis(kind=kind, countries=countries)
    return _meeting(raw, title, lead or "", text, countries)


def _kind(title: str, paragraphs: list[str]) -> tuple[str, str | None]:
    for kind, rx in R.KIND_BY_TITLE:
        if rx.search(title):
            return kind, None
    if any(R.SPEAKER.match(p) for p in paragraphs[:LEAD_PARAGRAPHS]):
        return "remarks", None  # a press conference's transcript
    for para in paragraphs[:LEAD_PARAGRAPHS]:
        core = _core(para)
        if R.BODY_POINT.match(core) and not R.SUBJECT.search(core):
            continue  # a point of the body; a visit's item 「(1)X政務官は…と会談を行い」 is a lead
        if any(not R.WISH.match(core, m.end()) and not _event(core, m)
               for m in R.MEETING_VERB.finditer(core)):
            if R.FUTURE.search(core) and not R.OVERVIEW.search(para):
                return "announcement", None
            return "meeting", para
    if R.VISIT_TO_JAPAN_TITLE.search(title):  # a visit's overview: its schedule's point
        # that tells the talks held is the lead; one that names an official first (not 「経団連
        # 主催の昼食会に出席し,経済界関係者と懇談した」, an earlier point with no official)
        told = [para for para in paragraphs[:LEAD_PARAGRAPHS]
                if any(not _event(_core(para), m) for m in R.MEETING_VERB.finditer(_core(para)))]
        named = next((para for para in told if find_people_ja(_core(para))), None)
        if named or told:
            return "meeting", named or told[0]
    if R.MEETING_TITLE.search(title) and not R.ANNOUNCEMENT.search(title):
        return "meeting", None
    if R.ANNOUNCEMENT.search(title):
        return "announcement", None
    return "other", None


def _event(core: str, verb: re.Match[str]) -> bool:
    """Whether a verb of attending is about an event, not a meeting (a reception)."""
    if not verb.group().startswith(("に", "へ")):
        return False
    return bool(R.EVENT_ATTENDED.search(core, max(0, verb.start() - 12), verb.end()))


def _core(lead: str) -> str:
    """The lead up to its overview sentence (「概要は以下のとおりです」)."""
    lead = R.LEAD_NUMBER.sub("", lead[:LEAD_MAX])
    m = R.OVERVIEW.search(lead)
    return lead[: m.start()] if m else lead


def _meeting(raw: RawRecord, title: str, lead: str, text: str,
             countries: tuple[tuple[str, int], ...]) -> Analysis:
    # a page without a lead sentence (title, then numbered headings): the title names the
    # officials (「河野外務大臣によるメルケル独連邦共和国首相表敬」); no date, time or place
    core = _core(lead) if lead else title
    visit_to_japan = bool(lead and R.VISIT_TO_JAPAN_TITLE.search(title))
    if visit_to_japan:
        core = R.POINT_NUMBER.sub("", core)  # 「(3)29日には,…」: the day opens the point
    warnings: list[str] = []
    subject_end = _subject_end(core)
    participants = _participants(core, subject_end, title, text, lead)
    if visit_to_japan:  # the guest the title names (「ピニェラ・チリ大統領の訪日(概要)」)
        participants = _with_guest(participants, title, text)
    if not participants:  # a passive lead: the officials after its overview sentence or
        # in the next paragraph (「…が開催されたところ,概要は以下のとおりです。我が国より…が出席」)
        for following in (_after_overview(lead), _next_paragraph(text, lead)):
            if R.ATTENDANCE.search(following):
                participants = _participants(following, 0, title, text, following)
            if participants:
                break
    if not any(p.side == "counterpart" for p in participants):
        participants = _listed(participants, text)  # a multilateral page's 「出席者」 section
    separate = False  # a page of several exchanges, one official a section heading
    if not any(p.side == "counterpart" for p in participants):
        participants = _listed(participants, text, find_headed_officials)
        separate = any(p.side == "counterpart" for p in participants)  # each bilateral
    headed = separate
    if not any(p.side == "counterpart" for p in participants) and R.UNOFFICIAL_CALLERS.search(
            core):  # a call received from people who hold no office: no meeting of officials
        return Analysis(kind="other", countries=countries)
    counterparts = _counterparts(participants, title, core, subject_end, text, lead)
    if counterparts and not any(p.side == "counterpart" for p in participants):
        # the lead met a group it does not name (「…の大使ら4名と会談」): the officials of
        # those countries its points name (「エスカラ・ペルー大使から」)
        participants = _named_in_points(participants, text, lead, counterparts)
    if len(counterparts) == 1:  # (the family name as that country names people: 「イ・ソンホ」
        # listed for 「先方」 is Korean, family name first)
        participants = [replace(p, country=counterparts[0], family_name=family_name(
                            p.name, counterparts[0], text, language="ja"))
                        if p.side == "counterpart" and p.country is None else p
                        for p in participants]
    if len(counterparts) == 1 and any(p.side == "counterpart" for p in participants):
        participants = _welcomed_guests(participants, text, lead, counterparts[0])
    mode = _mode(core, title)
    location = None if mode in ("telephone", "video") or not lead else (
        _location(core) or _implied_place(_next_paragraph(text, lead))
        or (REPORTING if visit_to_japan else None) or _conference_place(title))
    day, note = (_date(core, raw.published, _month_heading(text)) if lead
                 else (None, "the page has no lead sentence"))
    multilateral = bool(counterparts) and is_grouping(counterparts[0]) and (not any(
        p.side == "counterpart" for p in participants) or counterparts[0] == _grouping_met(core))
    separate = separate or bool(lead and R.SEPARATE_MEETINGS.search(lead[:LEAD_MAX]))
    parties = None if multilateral else 2 if separate else (
        1 + len(counterparts) if counterparts else _parties_from_title(title))
    start = _start_local(core, location)
    if start is None and separate and lead:  # meetings headed by their officials, each timed
        # in its heading's brackets: the first one's start (the lead's ruling 10)
        start = _start_local(first_heading_brackets(text), location)
    duration = _duration(core)
    if headed and R.HOSTED_EVENT_ATTENDED.search(core):
        # the lead times an event attended (「…首相主催の夕食会に出席した」); the exchanges
        # headed by their officials are not timed by it
        start = duration = None
    if not counterparts:
        warnings.append("no counterpart country found in the lead")
    meeting = Meeting(
        date=day, date_note=note, mode=mode, level=_meeting_level(participants, counterparts, core),
        parties=parties, reporting_country=REPORTING,
        counterpart_countries=tuple(counterparts), location_country=location,
        start_local=start, duration_min=duration,
    )
    return Analysis(kind="meeting", meeting=meeting, participants=tuple(participants),
                    countries=countries, warnings=tuple(warnings))


def _trip_meeting(trip: Trip, countries: tuple[tuple[str, int], ...]) -> Analysis:
    """A trip report: separate bilateral meetings in the countries visited (mofa_ja_trips);
    the place only when the meetings it reports were all in one country."""
    participants = list(trip.participants)
    counterparts = list(trip.counterparts)
    meeting = Meeting(
        date=trip.first_day,
        date_note=None if trip.first_day else "no dated meeting with a named official",
        mode="in_person", level=_level(participants),
        parties=2, reporting_country=REPORTING,
        counterpart_countries=tuple(counterparts),
        location_country=counterparts[0] if len(counterparts) == 1 else None,
        start_local=None, duration_min=None,
    )
    return Analysis(kind="meeting", meeting=meeting, participants=tuple(participants),
                    countries=countries)


def _after_overview(lead: str) -> str:
    m = R.OVERVIEW.search(lead[:LEAD_MAX])
    return lead[m.end():LEAD_MAX] if m else ""


def _next_paragraph(text: str, lead: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    at = paragraphs.index(lead) if lead in paragraphs else -1
    return paragraphs[at + 1][:LEAD_MAX] if 0 <= at < len(paragraphs) - 1 else ""


def _subject_end(core: str) -> int:
    """Where the Japanese side (the subject, marked 「は、」) ends: 0 without one."""
    m = R.SUBJECT_END.search(core)
    return m.end() if m else 0


# --- people, countries, level ------------------------------------------------------------

def _participants(core: str, subject_end: int, title: str, text: str, lead: str
                  ) -> list[Participant]:
    title_codes = [c for c in _compound_codes(title) if c != REPORTING]
    out: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()
    attendees = find_attendees_ja(lead[:LEAD_MAX])
    listed = {(p.start, p.name) for p in attendees}
    for person in [*find_people_ja(_without_lists(core)), *attendees]:
        if any(p.name.startswith(person.name) for p in out):
            continue  # 「岸田大臣」 after 「岸田文雄外務大臣」: the same official
        country = person.country
        if country is None:
            if person.start < subject_end or not subject_end and not out and _kanji(person.name):
                country = REPORTING  # the subject, or the first official of a lead without one
            elif len(title_codes) == 1:
                country = title_codes[0]
        # a Japanese attendee is listed by family name (「杉山外務審議官」, 「長谷川総理補佐官」)
        # unless the list gives the full name (「加藤勝信内閣官房副長官」)
        family = (person.name if (person.start, person.name) in listed and country == REPORTING
                  and is_family_name_alone_ja(person.name)
                  else _house_in_latin(core, person)
                  or family_name(person.name, country, text, language="ja"))
        add_participant(out, seen, REPORTING, name=person.name, family=family,
                        country=country, title=person.title)
    return out


def _with_guest(participants: list[Participant], title: str, text: str) -> list[Participant]:
    """The lead's officials and the foreign guest a visit's title names, first."""
    out: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()
    visit = R.VISIT_TO_JAPAN_TITLE.search(title)
    for person in find_people_ja(title[: visit.start()] if visit else title):
        if person.country not in (None, REPORTING):
            add_participant(out, seen, REPORTING, name=person.name,
                            family=family_name(person.name, person.country, text, language="ja"),
                            country=person.country, title=person.title)
    for p in participants:
        add_participant(out, seen, REPORTING, name=p.name, family=p.family_name,
                        country=p.country, title=p.title)
    return out


def _house_in_latin(core: str, person: Person) -> str | None:
    """An Arab ruling house that the page gives only in the Latin form after the title
    (「ムハンマド・ビン・サルマン・…皇太子兼首相(H.R.H. Prince Mohammed bin Salman bin Abdulaziz
    Al-Saud, …)」): the family name by the lead's ruling on Arab names, as written."""
    parts = person.name.split("・")
    if not any(p in R.PATRONYMIC for p in parts) or any(p in R.ARTICLES for p in parts):
        return None  # no patronymic name, or the katakana gives the house itself
    bracket = R.LATIN_BRACKET_AFTER.match(core, person.end)
    house = R.RULING_HOUSE_LATIN.search(bracket.group()) if bracket else None
    return house.group() if house else None


def _listed(participants: list[Participant], text: str,
            find: Callable[[str], list[Person]] = find_attendee_section) -> list[Participant]:
    """The lead's officials and those of the page's attendee section (or of another list
    `find` reads), each under the country or organisation it is listed for."""
    out = list(participants)
    seen = {(p.family_name, p.country) for p in out}
    for person in find(text):
        family = family_name(person.name, person.country, text, language="ja")
        add_participant(out, seen, REPORTING, name=person.name, family=family,
                        country=person.country, title=person.title)
    return out


def _named_in_points(participants: list[Participant], text: str, lead: str,
                     counterparts: list[str]) -> list[Participant]:
    """The lead's officials and the officials of the counterpart countries that the points
    after the lead name (the first few paragraphs)."""
    out = list(participants)
    seen = {(p.family_name, p.country) for p in out}
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    at = paragraphs.index(lead) if lead in paragraphs else -1
    if at < 0:
        return out
    only = counterparts[0] if len(counterparts) == 1 else None
    for para in paragraphs[at + 1: at + 1 + POINTS_READ]:
        # a section headed by its exchange with a foreign official of no country given, on
        # a page of one country's officials met (「1 カトゥルガロス外務副大臣との会談」)
        headed = bool(only and R.HEADED_OFFICIAL.match(para) and R.HEADED_EXCHANGE.search(para))
        for person in find_people_ja(para):
            if person.country is None and headed and _KATAKANA_CHAR.match(person.name):
                person = replace(person, country=only)
            if person.country in counterparts:
                add_participant(out, seen, REPORTING, name=person.name,
                                family=family_name(person.name, person.country, text,
                                                   language="ja"),
                                country=person.country, title=person.title)
    return out


def _welcomed_guests(participants: list[Participant], text: str, lead: str,
                     counterpart: str) -> list[Participant]:
    """The lead's officials and the counterpart's officials whose visit to Japan the first
    point welcomes (「テオ首相及びパナパ外相の訪日を歓迎」): the visitors at the table."""
    point = _next_paragraph(text, lead)
    out = list(participants)
    seen = {(p.family_name, p.country) for p in out}
    for m in R.GUESTS_WELCOMED.finditer(point):
        sentence = point[point.rfind("。", 0, m.start()) + 1: m.start()]
        if R.NOT_THIS_VISIT.search(sentence):
            continue
        for person in find_people_ja(sentence):
            if person.country not in (None, counterpart) or not _KATAKANA_CHAR.match(person.name):
                continue
            if any(set(person.name.split("・")) <= set(p.name.split("・")) for p in out if p.name):
                continue  # the guest the lead names, called by part of the name (「サルムサイ
                # 外務大臣の訪日を歓迎」 for 「サルムサイ・コンマシット」)
            add_participant(out, seen, REPORTING, name=person.name,
                            family=family_name(person.name, counterpart, text, language="ja"),
                            country=counterpart, title=person.title)
    return out


def _without_lists(core: str) -> str:
    """The core with its attendee lists blanked (their officials are read as a list)."""
    for start, end in attendee_brackets(core):
        core = core[:start] + " " * (end - start) + core[end:]
    return core


def _kanji(name: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff々ツノヶ]+", name))


def _compound_codes(text: str) -> list[str]:
    codes: list[str] = []
    for _, _, code in country_spans_ja(text):
        if code not in codes:
            codes.append(code)
    return codes


def _counterparts(people: list[Participant], title: str, core: str, subject_end: int,
                  text: str, lead: str = "") -> list[str]:
    codes = [p.country for p in people if p.side == "counterpart" and p.country]
    codes = list(dict.fromkeys(c for c in codes if c))
    grouping = _grouping_met(core)
    if codes and grouping and grouping not in codes:  # 「日・ASEAN外相会議が開催…(議長:
        return [grouping, *codes]  # マルティ・インドネシア外相…)」
    if codes:
        return codes
    envoys = _envoys_states(core[subject_end:])
    if envoys:
        return envoys
    from_title = [c for c in _compound_codes(title) if c != REPORTING]
    if from_title:
        return from_title
    after = core[subject_end:]
    states = [c for c in _compound_codes(after) if c != REPORTING and not is_grouping(c)]
    named = [[c for c in _compound_codes("日" + m["members"]) if c != REPORTING
              and not is_grouping(c)] for m in R.COMPOUND_MEETING.finditer(core)]
    named = [m for m in named if m]
    if named and all(len(m) > 1 for m in named) and (not states or states[0] in named[-1]):
        # 「日米韓外相会合を開催」: every state the meeting's name abbreviates (not a
        # bilateral meeting held at one: 「日米韓外相会合の機会に…日韓外相会談を行った」)
        return named[-1]
    if states:
        return states[:1]
    if any(p.side == "counterpart" for p in people):  # a foreign official of no stated
        return _most_named_state(text)  # country: the state the page names most
    joined = R.JOINED_MEETING.search(core)
    if joined:  # the grouping whose meeting it was, and those of its attendee list
        groups = [c for c in _compound_codes(joined["meeting"]) if is_grouping(c)]
        for start, end in attendee_brackets(lead):
            groups += [c for c in _compound_codes(lead[start:end]) if is_grouping(c)]
        if groups:
            return sorted(dict.fromkeys(groups))
    groups = [c for c in _compound_codes(core) if is_grouping(c)]
    return groups[:1]


def _grouping_met(core: str) -> str | None:
    """The grouping whose meeting with Japan the lead reports (R.GROUPING_MEETING), or None."""
    m = R.GROUPING_MEETING.search(core)
    if m is None:
        return None
    codes = [c for _, _, c in country_spans_ja(m["group"]) if is_grouping(c)]
    return codes[0] if codes else None


def _envoys_states(after: str) -> list[str]:
    """The states whose ambassadors the lead met together, when it names two or more."""
    found = list(R.ENVOYS_MET.finditer(after))
    if not found:
        return []
    states = [c for c in _compound_codes(after[:found[-1].start()])
              if c != REPORTING and not is_grouping(c)]
    return states if len(states) >= 2 else []


def _most_named_state(text: str) -> list[str]:
    counts = [(n, c) for c, n in countries_in_ja(text) if c != REPORTING and not is_grouping(c)]
    return [max(counts)[1]] if counts else []


def _parties_from_title(title: str) -> int | None:
    codes = _compound_codes(title)
    return len(codes) if len(codes) >= 2 and REPORTING in codes else None


def _level(people: list[Participant], unnamed: tuple[str, ...] = ()) -> str | None:
    ours = [rank_ja(p.title) for p in people if p.side == "reporting"]
    theirs = [rank_ja(p.title) for p in people if p.side == "counterpart"] + list(unnamed)
    return level_of(ours, theirs)


def _meeting_level(people: list[Participant], counterparts: list[str], core: str
                   ) -> str | None:
    """The level of a lead's meeting: by both sides' officials; foreign envoys the lead does
    not name rank as envoys; a domestic meeting (no foreign side: Japan's own ambassadors'
    conference) has none, as it has no parties."""
    if any(p.side == "counterpart" for p in people):
        return _level(people)
    if R.UNNAMED_ENVOYS.search(core):
        return _level(people, (R.UNNAMED_ENVOYS_RANK,))
    return _level(people) if counterparts else None


# --- mode and place -----------------------------------------------------------------------

def _mode(core: str, title: str) -> str:
    for text in (core, title):  # the lead wins over the title
        for mode, rx in R.MODES:
            if rx.search(text):
                return mode
    return "in_person"


def _location(core: str) -> str | None:
    for rx, words in ((R.VISITING, R.VISITING_WORDS),
                      (R.MISSION_VISITED, R.MISSION_VISITED_WORDS)):
        if not any(word in core for word in words):
            continue  # (every match holds one: tried at every character, the pattern is slow)
        for m in rx.finditer(core):
            code = _place(m["place"])
            if code:
                return code
    visit = R.VISIT_ABBREVIATED.search(core)
    if visit:
        return ABBREVIATIONS[visit["code"]]
    if "訪問し" in core:  # (a literal first: the pattern is tried at every character)
        for m in R.VISITED_AND_MET.finditer(core):
            # (a visit to several countries, 「ドイツ及びフランスを訪問し」, places no one
            # meeting)
            if len({c for _, _, c in country_spans_ja(m["place"])}) > 1:
                continue
            code = _place(m["place"])
            if code:
                return code
    if any(not _foreign_office(core, m) for m in R.IN_JAPAN.finditer(core)):
        return REPORTING
    place = _first_place(core, (R.HELD_IN, R.CITY_TIME))
    if place is None and R.AT_UN_GENERAL_ASSEMBLY.search(core):
        return R.UN_GENERAL_ASSEMBLY_SEAT  # 「国連総会出席中の…は,…ホテル内で」
    return place or _conference_place(core, R.CONFERENCE_OCCASION)


def _conference_place(title: str, pattern: re.Pattern[str] = R.CONFERENCE_ATTENDED_TITLE
                      ) -> str | None:
    """The country of the city a title's conference (or a lead's occasion, with
    R.CONFERENCE_OCCASION) is named by (「…の第44回ミュンヘン安全保障会議出席」 -> DEU,
    「G7広島サミットの際に」 -> JPN), or None (a conference named by no city: 「G7サミット出席」,
    or by its members: 「日中韓サミット出席」)."""
    m = pattern.search(title)
    if m is None or any(not is_grouping(c) for _, _, c in country_spans_ja(m["place"])):
        return None
    return _place(m["place"])


def _first_place(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The country of the first place phrase (group ``place``) the patterns find."""
    for rx in patterns:
        for m in rx.finditer(text):
            code = _place(m["place"])
            if code:
                return code
    return None


def _implied_place(point: str) -> str | None:
    """Where a lead without a place was held, as its first point implies it."""
    welcomed = _welcomed_to_japan(point)
    if welcomed:
        return welcomed
    visit = R.VISIT_WELCOMED.search(point)
    if visit:
        return ABBREVIATIONS[visit["code"]]
    place = _first_place(point, (R.WELCOMED_TO, R.HELD_HERE))
    if place is None and "訪問" in point and "でき" in point:  # (a slow scan)
        return _visit_made_place(point)
    return place


def _visit_made_place(point: str) -> str | None:
    """The country of the first visit the speaker says was made (R.VISIT_MADE) that its
    sentence does not place before this meeting (R.EARLIER_TIME: 「2年前に…訪問できた」)."""
    for m in R.VISIT_MADE.finditer(point):
        code = _place(m["place"])
        if code and not R.EARLIER_TIME.search(point, point.rfind("。", 0, m.start()) + 1,
                                              m.end("place")):
            return code
    return None


def _welcomed_to_japan(point: str) -> str | None:
    """「冒頭,中根政務官より,グラシア長官の訪日を歓迎」: a lead without a place, in Japan."""
    return REPORTING if R.VISIT_TO_JAPAN_WELCOMED.search(point) else None


def _foreign_office(core: str, m: re.Match[str]) -> bool:
    """「…ドイツ外務省において」: another country's ministry, not Japan's."""
    return m.group() in R.FOREIGN_OFFICE and any(
        end == m.start() and code != REPORTING for _, end, code in country_spans_ja(core))


def _place(phrase: str) -> str | None:
    """The country of a place phrase: the last country it names (「G7外相会合に出席するため
    イタリア・カプリ」 -> ITA, 「ジュネーブ(スイス)」 -> CHE), else a city it ends with."""
    if R.MISSION.search(phrase):
        return REPORTING if R.MISSION_IN_JAPAN.search(phrase) else None
    venue = R.VENUE.search(phrase)
    if venue and venue.start() > 0:  # 「広島市内のホテル」: the city before the venue
        return _place(phrase[: venue.start()])
    states = [c for _, _, c in country_spans_ja(phrase) if not is_grouping(c)]
    if states:
        return states[-1]
    phrase = R.CITY_DISTRICT.sub("", phrase) or phrase
    if R.JAPANESE_PREFECTURE.search(phrase):
        return REPORTING
    for k in range(len(phrase), 0, -1):  # longest first: リスボン, not ボン
        code = R.CITIES.get(phrase[-k:])
        if code and not (k < len(phrase) and _KATAKANA_CHAR.match(phrase[-k - 1])
                         and _KATAKANA_CHAR.match(phrase[-k])):
            return code  # (a katakana city, not the end of a longer katakana word)
    return None


# --- date ---------------------------------------------------------------------------------

def _brackets(core: str) -> tuple[str, list[str]]:
    """(the core with Japan-time brackets blanked, the local-time brackets)."""
    masked, local = core, []
    for m in R.PAREN.finditer(core):
        seg = m.group()
        if R.JAPAN_MARK in seg:
            masked = masked[: m.start()] + " " * len(seg) + masked[m.end():]
        elif R.LOCAL_MARK in seg:
            local.append(seg)
    return masked, local


def _month_heading(text: str) -> tuple[int, int] | None:
    """(year, month) of an older page's month heading paragraph (「平成20年12月」)."""
    for para in text.split("\n\n")[:4]:
        month = month_of_line(para)
        if month:
            return month
    return None


def _date(core: str, published: date | None, heading: tuple[int, int] | None = None
          ) -> tuple[date | None, str | None]:
    masked, local = _brackets(core)
    found = None
    for seg in local:
        found = found or R.DATE.search(seg)
    if found is None:
        for m in R.DATE.finditer(masked):
            if R.JAPAN_MARK in masked[max(0, m.start() - 6): m.start()]:
                continue  # 日本時間6月3日 (the local date is in the brackets)
            found = m
            break
    if found is None:
        days = [m for m in R.DAY_ONLY.finditer(masked)
                if R.JAPAN_MARK not in masked[max(0, m.start() - 6): m.start()]]
        hosted = [h.span() for h in R.HOSTED_EVENT_ATTENDED.finditer(masked)]
        verb = next((m for m in R.MEETING_VERB.finditer(masked) if not _event(masked, m)
                     and not any(s <= m.start() <= e for s, e in hosted)), None)
        # the day of the meeting verb's clause: the last before it (「21日、…外相主催の夕食会に
        # 出席し、22日に日豪外相会談を行った」), else the first
        before = [m for m in days if verb is not None and m.start() < verb.start()]
        only = before[-1] if before else next(iter(days), None)
        if only and published is None and heading:
            try:
                return date(*heading, int(only["day"])), "day of the page's month heading"
            except ValueError:
                return None, "invalid day in the lead"
        if only and published:
            return _day_near(published, int(only["day"])), "day of the month near the page date"
        past = R.PAST_DAY.search(masked)
        if past and published:
            return _day_near(published, int(past["day"])), "a day just past, near the page date"
        this = R.THIS_DAY.search(masked)
        if this and published:
            if this["day"] and int(this["day"]) != published.day:
                try:
                    return published.replace(day=int(this["day"])), "day of the page's month"
                except ValueError:
                    return None, "invalid day in the lead"
            return published, "本日: the page date"
        return None, "the lead gives no meeting date"
    month, day = int(found["month"]), int(found["day"])
    arrived = R.ARRIVAL_THEN_DAY.match(masked, found.end())
    if arrived and int(arrived["day"]) > day:  # the visitor's arrival, then the meeting day
        day = int(arrived["day"])
    local_day = next((int(m["day"]) for seg in local for m in [R.LOCAL_DAY.search(seg)] if m),
                     None)
    month_before = False
    if local_day is not None and not any(R.DATE.search(seg) for seg in local):
        # Japan's date with the local day in brackets: 「12月7日(現地時間6日午後4時45分…)」
        month_before = local_day > day  # (1日 / 現地時間31日: the local day a month before)
        day = local_day
    year = era_year(found["era"], found["eyear"]) if found["era"] else (
        int(found["year"]) if found["year"] else None)
    note = None
    if year is None:
        if published is None:
            return None, "the lead gives no year and the page has no date"
        year, note = published.year, "year from the page date"
    if month_before:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        when = date(year, month, day)
    except ValueError:
        return None, f"invalid date in the lead: month {month}, day {day}"
    if published is not None and note and when > published + timedelta(days=31):
        when = date(year - 1, month, day)
        note = "year before the page date (late-December meeting, January page)"
    return when, note


def _day_near(published: date, day: int) -> date | None:
    """The date with that day of the month on or before the page date (within a month)."""
    for back in range(0, 32):
        when = published - timedelta(days=back)
        if when.day == day:
            return when
    return None


# --- times and durations --------------------------------------------------------------------

def _clock(m: re.Match[str], prefix: str = "") -> int | None:
    g = {k[len(prefix):]: v for k, v in m.groupdict().items() if k.startswith(prefix)}
    if g.get("noon"):
        return 12 * 60
    if g.get("ch"):  # 「16:30」
        hour, minute = int(g["ch"]), int(g["cm"])
        return hour * 60 + minute if hour < 24 else None
    if not g.get("h"):
        return None
    hour, minute = int(g["h"]), 30 if g.get("half") else int(g.get("m") or 0)
    if g.get("ap"):
        if hour > 12:
            return None
        # 午前12時 and 午後12時 are both noon here (the legal reading of 午前12時, and how
        # MOFA writes 午後12時30分 for 12:30)
        hour = 12 if hour == 12 else hour + (12 if g["ap"] == "午後" else 0)
    if hour > 24 or minute > 59:
        return None
    return (hour % 24) * 60 + minute


def _start_local(core: str, location: str | None) -> str | None:
    times: list[tuple[int, str | None]] = []  # (minutes, "local" | "japan" | None)
    inside = [(m.start(), m.end(), m.group()) for m in R.PAREN.finditer(core)]
    for m in R.TIME.finditer(core):
        minutes = _clock(m)
        if minutes is None or R.TIME_BEFORE.match(core, m.end()):
            continue
        label = None
        seg = next((g for s, e, g in inside if s <= m.start() < e), None)
        if seg is not None:
            label = "japan" if R.JAPAN_MARK in seg else "local" if R.LOCAL_MARK in seg else None
        else:
            clause = re.split(r"[、,。)]", core[: m.start()])[-1]
            label = ("japan" if R.JAPAN_MARK in clause else "local" if R.LOCAL_MARK in clause
                     else None)
        times.append((minutes, label))
    pick = next((t for t in times if t[1] == "local"), None)
    pick = pick or next((t for t in times if t[1] is None), None)
    if pick is None and location == REPORTING:
        pick = next(iter(times), None)
    if pick is None:
        return None
    return f"{pick[0] // 60:02d}:{pick[0] % 60:02d}"


def _duration(core: str) -> int | None:
    """The stated length: the first one, or the parts' sum (「少人数会合…約20分間…全体会合…
    約35分間」); lengths in brackets (a breakdown of the first) do not add up."""
    masked, _ = _brackets(core)
    found = [_length(m) for m in R.DURATION.finditer(R.PAREN.sub(" ", masked))]
    stated = [n for n in found if n is not None]
    if len(stated) > 1 and R.IN_PARTS.search(core):
        return sum(stated)
    if len(stated) > 1 and R.LATER_MEETING.search(masked):
        return None  # separate meetings, each with its length (the lead's ruling 10)
    if stated:
        return stated[0]
    for m in R.DURATION.finditer(masked):
        length = _length(m)
        if length is not None:
            return length
    return _range(masked)


def _length(m: re.Match[str]) -> int | None:
    if m["m"] and not (m["about"] or m["span"]):
        return None  # 「25分」 alone is a clock's minutes
    if m["m"]:
        return int(m["m"])
    return int(m["h"]) * 60 + (30 if m["half"] else int(m["hm"] or 0))


def _range(masked: str) -> int | None:
    """The length of the first time range, or the sum of the parts joined to it (「午前11時55分
    から午後0時45分まで,また,午後2時40分から午後3時25分まで」: a meeting held in two parts)."""
    # a bracket without a clock goes (「午前11時55分(現地時間。以下同じ。)から…」), one with
    # the local clock is read (「12月7日(現地時間6日午後4時45分から午後5時10分まで)」)
    masked = R.PAREN.sub(lambda m: m.group()[1:-1] if R.TIME.search(m.group()) else "", masked)
    total, end = None, -1
    for m in R.TIME_RANGE.finditer(masked):
        a, b = _clock(m, "a_"), _clock(m, "b_")
        if a is not None and b is not None and m["a_ap"] == "午後" and not m["b_ap"] and b < a:
            b += 12 * 60  # 「午後7時から8時40分まで」: the end shares the start's 午後
        if a is None or b is None or b <= a:
            continue
        if total is None:
            total, end = b - a, m.end()
        elif R.PART_JOINED.fullmatch(masked[end:m.start()]):
            total, end = total + b - a, m.end()
        else:
            break
    return total
