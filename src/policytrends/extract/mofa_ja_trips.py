"""A Japanese trip report: one page for a minister's visit to one or several countries.

MOFA reports a vice-minister's or parliamentary vice-minister's tour on one page: an opening
(「…は,X,Y及びZを訪問したところ,概要は以下のとおりです」), then a section per country
(「1 モナコ(10~11日)」, 「2.レバノン」) or per event (「2 X大臣との立ち話」; a session
attended, 「1 …閣僚会合への出席」, names no official met) whose sentences name the officials met
(「19日,…政務官はレバノンを訪問し,サラーム首相のほか,ラフミエ外務次官…と会談を行い」).
Each meeting is a separate bilateral one, so the page's fields are: the officials met
(each with the country of their section), the countries where a government was met, two
parties, the date of the first meeting and the place only when all were in one country
(see gold/README.md and the mofa_ja dev rows of trip reports).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..records import Participant, add_participant
from . import mofa_ja_rules as R
from .countries import is_grouping
from .countries_ja import country_spans_ja
from .mofa_ja_people import find_attendees_ja, find_people_ja
from .naming import family_name, respelt

__all__ = ["Trip", "is_trip", "read_trip"]

JAPAN = "JPN"
SECTIONS = 40  # paragraphs of a trip page read for its meetings
HEADING_MAX = 40  # a section heading is a short line without a sentence end
# (「1 ウルグアイ東方共和国(モンテビデオ)への訪問(1月8日~9日)」)


@dataclass(frozen=True)
class Trip:
    """What a trip report's sections give: officials met, countries met, first meeting."""

    participants: tuple[Participant, ...]
    counterparts: tuple[str, ...]
    first_day: date | None


def _states(text: str) -> list[str]:
    found: list[str] = []
    for _, _, code in country_spans_ja(text):
        if code != JAPAN and not is_grouping(code) and code not in found:
            found.append(code)
    return found


def _paragraphs(text: str, title: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip() and p.strip() != title]


def is_trip(text: str, title: str) -> bool:
    """Whether the page opens with a visit (「…X,Y及びZを訪問したところ」, 「…Xを訪問したところ」):
    its sections report the meetings, after a session attended perhaps."""
    paragraphs = _paragraphs(text, title)
    if not paragraphs:
        return False
    opening = paragraphs[0][:600]
    verb = R.TRIP.search(opening)
    return verb is not None and len(_states(opening[:verb.start()])) >= 1


def read_trip(text: str, title: str, published: date | None) -> Trip:
    """The officials, countries and first meeting day of a trip report's sections."""
    paragraphs = _paragraphs(text, title)
    opening = paragraphs[0]
    out: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()
    # the Japanese official who travelled, in the opening sentence (not an earlier visit the
    # page recalls next: 「…2001年の森喜朗総理訪問以来15年ぶり」)
    for person in find_people_ja(opening.split("。")[0]):
        if person.country in (None, JAPAN):
            add_participant(out, seen, JAPAN, name=person.name,
                            family=family_name(person.name, JAPAN, text, language="ja"),
                            country=JAPAN, title=person.title)
    counterparts: list[str] = []
    first_day: date | None = None
    month = _opening_month(opening)
    # a visit to one country: its sections need not name it (「1 日程の概要」)
    section: str | None = _only_country_visited(opening)
    heading_text = ""
    day_line = ""  # a schedule's day line (「6月30日(月曜日)」) over the items below it
    fallback: date | None = None
    captioned: set[int] = set()  # officials named so far only in a caption line
    # (a capture that starts at the first section tells a meeting in its opening: 「4月27日,
    # X副大臣はYを訪問し,Z外務長官を表敬しました。」, then 「2 W」)
    first = 0 if (R.TRIP_MEETING.search(opening) and not R.OVERVIEW.search(opening)
                  and any(_heading_country(p) for p in paragraphs[1:SECTIONS])) else 1
    read = paragraphs[first:SECTIONS]
    for k, para in enumerate(read):
        if R.TRIP_DAY_LINE.match(para):
            day_line = para
            continue
        heading = _heading_country(para) or _opening_country(para)
        if heading:
            section, heading_text = heading, para
        elif not day_line and _caption(read, k):  # (a schedule's items are no captions)
            continue
        if not R.TRIP_MEETING.search(para):
            continue
        visited = R.TRIP_VISIT.search(para)
        named = _states(visited["place"]) if visited else []
        here = named[0] if named else section
        met = [p for p in [*find_people_ja(para), *find_attendees_ja(para)]
               if p.country != JAPAN]
        for person in met:
            country = person.country or here
            if country is None:
                continue
            family = family_name(person.name, country, text, language="ja")
            twin = next((k for k, p in enumerate(out) if p.country == country and p.family_name
                         and family and respelt(p.family_name, family)), None)
            if twin is not None:  # one official spelt two ways (a caption's 「ファラドリ」, the
                # text's 「フォラドリ」): the text's spelling
                if twin in captioned and not R.CAPTION.fullmatch(para):
                    out[twin] = replace(out[twin], name=person.name, family_name=family)
                    captioned.discard(twin)
                continue
            if R.CAPTION.fullmatch(para):
                captioned.add(len(out))
            add_participant(out, seen, JAPAN, name=person.name, family=family,
                            country=country, title=person.title)
        # a dialogue of the two governments with no official named: 「日・モザンビーク政策対話」
        dialogue = bool(here and R.TRIP_DIALOGUE.search(para) and here in _states(para))
        for code in [p.country or here for p in met] + ([here] if dialogue else []):
            if code and code not in counterparts:
                counterparts.append(code)
        if met and first_day is None:  # the first meeting with a named official, on the
            # day its sentence gives (a bullet 「- X外相との会談」 gives none: its heading's);
            # an older page puts it in brackets after the clause: 「…大統領と会談した(3日)」
            first_day = (_day_after(para, met[0].end, month, published)
                         or _day(para, month, published) or _day(day_line, month, published))
            fallback = fallback or _day(heading_text, month, published)
    return Trip(tuple(out), tuple(counterparts), first_day or fallback)


def _caption(paragraphs: list[str], k: int) -> bool:
    """Whether paragraph `k` is in a strip of photo captions (R.CAPTION, R.PHOTO_CAPTION) of
    a section that goes on to tell its meetings in sentences, before the next heading."""
    def line(para: str) -> bool:
        return bool(R.CAPTION.fullmatch(para)) and not R.TRIP_DAY_LINE.match(para) and not (
            _heading_country(para) or R.SECTION_HEADING.match(para))

    if not line(paragraphs[k]):
        return False
    first = k
    while first > 0 and line(paragraphs[first - 1]):
        first -= 1
    last = k
    while last + 1 < len(paragraphs) and line(paragraphs[last + 1]):
        last += 1
    if not any(R.PHOTO_CAPTION.search(p) for p in paragraphs[first: last + 1]):
        return False
    after = paragraphs[last + 1] if last + 1 < len(paragraphs) else ""
    return bool(R.PROSE.search(after)) and not R.TRIP_DAY_LINE.match(after)


def _only_country_visited(opening: str) -> str | None:
    """The country of a visit to one country that the page reports as a whole (「…は,
    カンボジアを公式訪問したところ,概要は…」), not a visit that only sets the scene of a
    meeting (「カンボジアを訪問した岸田総理は,…と立ち話を行ったところ」)."""
    verb = R.TRIP.search(opening[:600])
    if verb is None or not opening.startswith("ところ", verb.end()):
        return None
    states = _states(opening[:verb.start()])
    return states[0] if len(states) == 1 else None


def _heading_country(para: str) -> str | None:
    """The country a short section heading names (「1 モナコ(10~11日)」, 「2.レバノン」)."""
    if len(para) > HEADING_MAX or "。" in para:
        return None
    states = _states(para)
    return states[0] if len(states) == 1 else None


def _opening_country(para: str) -> str | None:
    """The country a section names as it opens: 「(1)アンゴラでは、…」."""
    m = R.TRIP_SECTION_PLACE.match(para)
    states = _states(m["place"]) if m else []
    return states[0] if len(states) == 1 else None


def _opening_month(opening: str) -> tuple[int | None, int] | None:
    """(year or None, month) of the opening's first date (「5月16日(土曜日)から…」)."""
    m = R.DATE.search(opening)
    if m is None:
        return None
    year = int(m["year"]) if m["year"] else None
    return year, int(m["month"])


def _day_after(para: str, at: int, month: tuple[int | None, int] | None,
               published: date | None) -> date | None:
    """The day in brackets closing the clause of the official named at `at` (「(3日)」)."""
    m = R.TRIP_BRACKET_DAY.search(para, at)
    if m is None or month is None or "。" in para[at: m.start()]:
        return None
    return _in_year(month[0], month[1], int(m["day"]), published)


def _day(para: str, month: tuple[int | None, int] | None, published: date | None
         ) -> date | None:
    """The date of a section's meeting: its own 「1月10日」, or its 「17日,」 in the
    opening's month; the year from the page date (the year before for a later month)."""
    m = R.DATE.search(para)
    if m is not None:
        mon, day = int(m["month"]), int(m["day"])
        year = int(m["year"]) if m["year"] else None
    else:
        only = R.TRIP_DAY.search(para)
        if only is None or month is None:
            return None
        year, mon, day = month[0], month[1], int(only["day"])
    return _in_year(year, mon, day, published)


def _in_year(year: int | None, mon: int, day: int, published: date | None) -> date | None:
    """The date, the year from the page date when not given (the year before for a later
    month)."""
    if year is None:
        if published is None:
            return None
        year = published.year
    try:
        when = date(year, mon, day)
    except ValueError:
        return None
    if published is not None and when > published + timedelta(days=31):
        try:
            when = date(year - 1, mon, day)
        except ValueError:
            return None
    return when
