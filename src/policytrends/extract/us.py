"""Meeting readouts of the White House and the State Department.

A record is a meeting when the body narrates, in the third person and past tense, a
meeting, call or video conference ("Secretary Blinken spoke today with ..."), unless the
title marks a transcript, fact sheet or travel announcement. The sentence that narrates
the meeting (the *meeting sentence*) gives the date, the mode, the place, the officials
and the other side; rule tables live in ``us_rules.py``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import takewhile

from ..automaton import Automaton
from ..records import Analysis, Meeting, Participant, RawRecord
from ..regex_guard import guarded
from . import us_rules as R
from .casefold import folded, lower_twin
from .countries import (
    city_country,
    city_first_words,
    countries_in,
    country_code,
    country_spans,
    is_grouping,
    joined_countries_in,
)
from .countries_rules import US_STATES
from .dates import DateHit, find_dates, local_day
from .naming import family_name
from .people import Person, find_people
from .people_rules import (
    HONORIFICS,
    INSTITUTIONS,
    NON_OFFICIAL_TITLE,
    ORGANISATION_PATTERNS,
    STYLES,
    TITLE_HEADS,
    TITLE_WORDS,
)
from .ranks import level_of, rank_of

__all__ = ["analyse_us", "classify", "split_sentences"]

REPORTING = "USA"
TIME_ZONE = "America/New_York"

_ABBREV_END = re.compile(
    r"(?:\b[A-Z]|Mr|Ms|Mrs|Dr|Jr|Sr|St|U\.S|D\.C|U\.K|U\.N|No|Gen|Lt|Col|Sgt|Rep|Sen|Gov|"
    r"Amb|Hon|a\.m|p\.m|e\.g|i\.e|Inc|Co|Corp|vs|approx)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; paragraphs always end a sentence."""
    return list(_sentences(text))


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=[“\"(]?[A-Z0-9])")
# (not an office's name: "U.S. Secretary of State", "U.S. Ambassador to Peru")
# ("U.S. Ambassador at Large A": the office goes on)
_NEW_CLAUSE = re.compile(r"\s+[A-Z][a-z]+\s+(?!(?:of|for|to|on|and|in|at\s+[Ll]arge)\b)[a-z]")


def _sentences(text: str, low: str | None = None, words: tuple[str, ...] = ()
               ) -> Iterator[tuple[int, int]]:
    """`split_sentences`, one at a time (a search that stops early splits no further).

    With `words` and `low` (what casefold.folded gives for the text), only the paragraphs
    holding one of the words are split (a paragraph is split on its own: its sentences are
    the same)."""
    for para in _PARAGRAPH.finditer(text):
        if words and low is not None and not any(
                low.find(word, para.start(), para.end()) >= 0 for word in words):
            continue
        start = para.start()
        body = para.group(0)
        for m in _SENTENCE_END.finditer(body):
            if body[m.start()] == ".":  # (an abbreviation ends with its full stop)
                tail = body[max(0, m.start() - 5): m.start() + 1]  # the last 6 characters
                if tail.endswith(("U.S.", "D.C.")):
                    # "U.S." / "D.C." end a sentence only when a new clause follows
                    if _NEW_CLAUSE.match(body, m.end() - 1) is None:
                        continue
                elif _ABBREV_END.search(tail):
                    continue
            end = para.start() + m.start() + 1
            if text[start:end].strip():
                yield start, end
            start = para.start() + m.end()
        if text[start:para.end()].strip():
            yield start, para.end()


# (start, end, venue asides) of a meeting clause: see `_clause`
_Clause = tuple[int, int, list[tuple[int, int]]]


@dataclass(frozen=True)
class _Found:
    start: int  # sentence start
    end: int  # sentence end
    verb_start: int
    verb_end: int
    verb: str
    # `_clause` of it, when the search for the meeting sentence needed it already
    clause: _Clause | None = field(default=None, compare=False)


def _meeting_sentence(text: str, sentences: list[tuple[int, int]], limit: int,
                      weak: bool = False, anchor: date | None = None) -> _Found | None:
    """The first sentence (starting before ``limit``) narrating a meeting that took place.

    With the publication day ``anchor``, a sentence dated far from it tells of another
    event (an earlier summit, a future programme) and is passed over.
    """
    verbs = (R.MEETING_VERB, R.MEETING_VERB_WEAK) if weak else (R.MEETING_VERB,)
    for verb in verbs:
        starts = _verb_starts(verb, text[:sentences[-1][1]] if sentences else "")
        for s, e in sentences:
            if s > limit:
                break
            sent = text[s:e]
            for m in _sentence_verbs(verb, sent, s, starts):
                before = sent[: m.start()]
                own = _after_recalled(before) if "ecall" in before else 0
                now = [t.start() for t in R.OWN_TIME_AFTER_EARLIER.finditer(before)]
                if now:  # "Building on the law signed last month, today A convened ...":
                    own = max(own, now[-1])  # the earlier time is the opening clause's
                if R.EARLIER.search(sent[: m.end() + 30], own):
                    continue
                if R.NOT_PAST.search(before) or R.FIRST_PERSON.search(before):
                    continue  # "We, the leaders ... convened": the signatories' own text
                if "ecall" in before and R.RECALLED_BEFORE.search(before):
                    continue  # "Recalling that A and B met in May": an earlier meeting
                if R.FUTURE_MAIN.search(before):
                    continue  # "The meeting will take place at noon, hosted on ..."
                if m.group(0) == "concluded" and not R.CONCLUDED_AFTER_MEETING.search(before):
                    continue  # only a meeting's name concludes a meeting
                if not _has_actor(before, sent[m.end():]):
                    continue
                found = _Found(s, e, s + m.start(), s + m.end(), m.group(0))
                if anchor is not None:
                    clause = _clause(text, found)
                    if _other_event(text, found, anchor, clause[1]):
                        continue
                    found = replace(found, clause=clause)  # (not found again by the caller)
                return found
    return _lead_meeting(text, sentences, limit)


def _after_recalled(before: str) -> int:
    """Where the sentence's own clause starts after a clause recalling an earlier meeting
    ("Recalling that they met in Lima last year, the two leaders met again today"): an
    earlier time told there is the recalled meeting's (0 when none is closed)."""
    ends = [m.end() for m in R.RECALLED_CLAUSE.finditer(before)]
    return ends[-1] if ends else 0


def _lead_meeting(text: str, sentences: list[tuple[int, int]], limit: int) -> _Found | None:
    """A sentence whose lead names the meeting ("In a March 14 trilateral call, X, Y and Z
    discussed ..."): its verb is the meeting's."""
    for s, e in sentences:
        if s > limit:
            break
        sent = text[s:e]
        lead = R.MEETING_LEAD.match(sent)
        if lead is None or R.EARLIER.search(sent[:lead.end()]):
            continue
        v = R.LEAD_VERB.search(sent, lead.end())
        if v and not R.NOT_PAST.search(sent[:v.start()]) and _has_actor(
                sent[lead.end():v.start()], ""):
            return _Found(s, e, s + v.start(), s + v.end(), v.group(0))
    return None


_VERB_HEADS = {R.MEETING_VERB: R.MEETING_VERB_HEADS, R.MEETING_VERB_WEAK: R.MEETING_VERB_WEAK_HEADS}


@cache
def _verb_heads(verb: re.Pattern[str]) -> Automaton[None]:
    """The words each match of a meeting-verb pattern begins with, as one automaton."""
    return Automaton(dict.fromkeys(_VERB_HEADS[verb]))


def _verb_starts(verb: re.Pattern[str], text: str) -> list[int]:
    """Where the head words of a meeting-verb pattern start in `text`, in order (one
    automaton pass; every match of the pattern begins with one)."""
    return sorted({start for start, _, _ in _verb_heads(verb).hits(text)})


def _sentence_verbs(verb: re.Pattern[str], sent: str, at: int, starts: list[int]
                    ) -> Iterator[re.Match[str]]:
    """verb.finditer(sent) for the sentence at offset `at` of a text whose head words
    start at `starts`: the pattern is tried only at those inside the sentence."""
    inside = starts[bisect_left(starts, at):bisect_left(starts, at + len(sent))]
    return _matches_at(verb, [start - at for start in inside], sent)


def _matches_at(rx: re.Pattern[str], starts: list[int], text: str) -> Iterator[re.Match[str]]:
    """rx.finditer(text) for a pattern that never matches "" and whose every match begins
    at one of `starts`: the first match at or after a position is then the first of those
    starts (in order) where rx matches, so rx is tried only there (a long pattern tried at
    every character is slow)."""
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        m = rx.match(text, start)
        if m:
            yield m
            pos = m.end()


def _positions(text: str, word: str) -> list[int]:
    """Where `word` occurs in `text`."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


_JOINED_WORDS = ("joined", "accompanied", "dropped by", "stopped by", "briefed by",
                 "met separately", "participated in", "took part in")


def _joined_regions(text: str, after: int, low: str | None) -> list[tuple[int, int]]:
    """The clauses of 'joined' sentences ("X joined the meeting") starting after `after`.
    `low`: what casefold.folded gives for the text."""
    regions = []
    for s, e in _sentences(text, low, _JOINED_WORDS):
        # a JOINED match holds "joined" or "accompanied": other sentences are not searched
        if low is not None and all(low.find(w, s, e) < 0 for w in _JOINED_WORDS):
            continue
        if s <= after:  # (just before the meeting's: "The DNI was joined by A and B. DNI C
            # met with ..." tells the lead's company on the trip)
            j = R.JOINED_BY.search(text[s:e]) if after - s <= R.JOINED_BEFORE_SPAN else None
        else:
            j = R.JOINED.search(text[s:e])
        # (not an earlier occasion's company: "his visit last month, when he was
        # accompanied by Senator X")
        if j and not R.EARLIER.search(text, s, e):
            cut = R.CLAUSE_END.search(text, s + j.end(), e)
            regions.append((s, cut.start() if cut else e))
    return regions


def _participant_lists(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """R.PARTICIPANT_LIST.finditer(text), tried only where a match can begin: at "joined"
    and, in a text naming participants, at "participants" and at line starts (the branches
    with ^). Tried at every character, the case-blind pattern is slow on every readout.
    `low`: what casefold.folded gives for the text."""
    if low is None:  # a letter the case-blind pattern matches unlike lower(): scan it all
        return R.PARTICIPANT_LIST.finditer(text)
    starts = (_positions(low, "joined") + _positions(low, "joining")
              + _positions(low, "meeting included") + _positions(low, "call included")
              + _positions(low, "representing") + [at - 3 for at in _positions(  # ("was", "were")
                  low, " represented by")] + [at - 4 for at in _positions(low, " represented by")]
              + _positions(low, "delegation") + _positions(low, "in attendance"))
    if "officials" in low:
        starts += _positions(low, "officials")
    headings = [w for w in R.ANY_WORD_HEADINGS if w in low]
    if headings or "from the " in low or "officials include" in low or "participating" in low:
        lines = [0] + [at + 1 for at in _positions(text, "\n")]
        if headings or "<" in text:  # (a heading may open a line with any word)
            starts += _positions(low, "participants") + lines
        else:  # the other branches open a line with one of their words (after non-words)
            starts += [at for at in lines if _opens_with_list_word(text, low, at)]
    return _matches_at(R.PARTICIPANT_LIST, starts, text)


_NON_WORDS = re.compile(r"[\W_]*")  # (what opens a list's line before its first word)


def _opens_with_list_word(text: str, low: str, at: int) -> bool:
    """The line at `at` opens, after non-word characters, with one of R.LIST_LINE_WORDS."""
    m = _NON_WORDS.match(text, at)
    return low.startswith(R.LIST_LINE_WORDS, m.end() if m else at)


def _other_event(text: str, f: _Found, anchor: date, c_end: int) -> bool:
    """True when the meeting sentence's date lies too far from publication to be the
    record's own meeting (limits in ``us_rules``); `c_end`: where its clause ends."""
    hit = _meeting_date(text, f, c_end, anchor)
    if hit is None:
        return False
    gap = (anchor - hit.day).days
    return gap > R.MAX_DAYS_BEFORE or -gap > R.MAX_DAYS_AFTER


def _paragraph_limit(text: str, n: int) -> int:
    """Offset where the ``n``-th paragraph starts (the search stops there)."""
    pos = 0
    for _ in range(n):
        nxt = text.find("\n\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 2
        while pos < len(text) and text[pos] in "\n ":
            pos += 1
    return pos


def _has_actor(before: str, after: str) -> bool:
    """A named or described official (or group of officials) takes part."""
    if re.search(r"[A-Z][a-z]", before) or re.search(r"\bwith\b", after[:40]):
        return True
    return False


_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z .'’\-]{2,40}:", re.M)
# the same after a line break: a literal first character makes the scan fast (a line start
# is tried at every position of the text)
_SPEAKER_LABEL_NEXT = re.compile(r"\n(?=[A-Z][A-Z .'’\-]{2,40}:)")


def _speaker_labels(text: str) -> list[int]:
    """Where `_SPEAKER_LABEL` labels start (labels hold no line break: they cannot overlap)."""
    first = [0] if _SPEAKER_LABEL.match(text) else []
    return first + [m.start() + 1 for m in _SPEAKER_LABEL_NEXT.finditer(text)]


_TITLE_KINDS_LOW = tuple(lower_twin(pat) for _, pat in R.TITLE_KINDS)
_MEETING_TITLE_LOW = lower_twin(R.MEETING_TITLE)
_READOUT_TITLE_LOW = lower_twin(R.READOUT_TITLE)


def classify(title: str, text: str, anchor: date | None = None
             ) -> tuple[str, _Found | None]:
    """Kind of a White House / State record and its meeting sentence, if a meeting.

    ``anchor`` (the publication day) lets sentences about other events be passed over.
    """
    labels = _speaker_labels(text)
    if len(labels) >= 2 or labels and labels[0] < _paragraph_limit(text, 3):
        return "remarks", None  # speaker labels: a transcript
    first_para = text[: _paragraph_limit(text, 1)]
    low_title = folded(title)  # the title's patterns run case-sensitively over it when it can
    for (kind, pat), low_pat in zip(R.TITLE_KINDS, _TITLE_KINDS_LOW, strict=True):
        if not (pat.search(title) if low_title is None else _title_kind(low_title, kind, low_pat)):
            continue
        # a trip told in the past tense ("Counselor's Trip to ...: ... met with") is a readout
        if kind == "announcement" and (title.startswith("Readout") or not R.FUTURE.search(
                first_para)):
            continue
        if kind == "fact_sheet":
            # a fact sheet whose lead reports in the third person that officials met ("On
            # May 2, President X hosted Prime Minister Y at the White House") is the record
            # of that meeting, as a statement would be
            lead = list(takewhile(lambda se: se[1] <= len(first_para), _sentences(text)))
            found = _meeting_sentence(text, lead, len(first_para), anchor=anchor) if lead else None
            if found is not None:
                return "meeting", found
        return kind, None
    meeting_title = bool(R.MEETING_TITLE.search(title) if low_title is None
                         else _MEETING_TITLE_LOW.search(low_title))
    limit = min(_paragraph_limit(text, 3 if meeting_title else 2), 2000)
    sentences = list(takewhile(lambda se: se[0] <= limit, _sentences(text)))
    weak = bool(R.READOUT_TITLE.search(title) if low_title is None
                else _READOUT_TITLE_LOW.search(low_title))
    found = _meeting_sentence(text, sentences, limit, weak=weak, anchor=anchor)
    if found is not None and "featured" in text and R.PROGRAMME_FEATURED.search(text):
        return "statement", None  # a summit of remarks and panels: an event, no meeting
    if found is not None:
        return "meeting", found
    if _future_trip(text[:600]) or dict(R.TITLE_KINDS)["announcement"].search(title):
        return "announcement", None
    return "statement", None


def _title_kind(low_title: str, kind: str, low_pat: re.Pattern[str]) -> bool:
    """Whether the lowered twin of a TITLE_KINDS pattern finds the lowered title; searched
    only if the title holds one of the kind's words (the search tries every character)."""
    return (any(word in low_title for word in R.TITLE_KIND_WORDS[kind])
            and low_pat.search(low_title) is not None)


def _future_trip(lead: str) -> bool:
    """R.FUTURE_TRIP.search(lead): every match holds "will" (the pattern tried at every
    character is slow)."""
    return "will" in lead and R.FUTURE_TRIP.search(lead) is not None


_WITH = re.compile(r"\bwith\b")


def _clause(text: str, f: _Found) -> _Clause:
    """(start, end, venue asides) of the meeting clause inside its sentence.

    A venue aside ("in Tokyo", "on the margins of the G20") runs to the next "with" or
    to the end of the clause: officials and countries inside it are not the other side.
    """
    sent = text[f.start:f.end]
    lead = R.LEADING_ADVERBIAL.match(sent)
    start = f.start + (lead.end() if lead and lead.end() <= f.verb_start - f.start else 0)
    tail = text[f.verb_end:f.end]
    m = R.CLAUSE_END.search(tail)
    end = f.verb_end + (m.start() if m else len(tail))
    venues: list[tuple[int, int]] = []
    pos = f.verb_end
    while True:
        v = R.VENUE_START.search(text, pos, end)
        if v is None:
            break
        # "participated in the X Meeting hosted by Prime Minister Y": the phrase after the
        # verb is the meeting itself, and the official hosting it took part
        own = v.start() == f.verb_end and R.TOOK_PART.fullmatch(f.verb) is not None
        w = (R.HOSTED_BY if own else _WITH).search(text, v.end(), end)
        stop = w.start() if w else end
        listed = R.VENUE_ASIDE_STOP.search(text, v.end(), stop)
        if listed:  # "in Annapolis, Md., including Governor A, ...": they took part
            stop = listed.start()
        venues.append((v.start(), stop))
        pos = max(stop, v.end())
    return start, end, venues


def _participant_regions(text: str, f: _Found, folds: str | None) -> list[tuple[int, int]]:
    """Spans of text whose officials took part: 'joined' sentences and participant lists.
    `folds`: what casefold.folded gives for the text."""
    low = text.lower() if folds is None else folds
    regions = _prose_lists(text, low, folds is not None)
    # both kinds of region need one of these words: else no scan
    if ("joined" not in low and "joining" not in low and "participants" not in low
            and "accompanied" not in low and "ped by" not in low
            and "from the " not in low and " included" not in low
            and "attendees" not in low and "speakers" not in low
            and "briefed by" not in low and "met separately" not in low
            and "participated:" not in low and "attended:" not in low
            and "took part:" not in low and "in attendance" not in low
            and "participating" not in low and " were:" not in low
            and "participated in" not in low and "took part in" not in low
            and "represented by" not in low):
        return regions  # (and the text is not split into sentences)
    regions += _joined_regions(text, f.start, folds)
    for m in _participant_lists(text, folds):
        stop = R.NON_OFFICIAL_LIST.search(text, m.end())
        if low.find("participants", m.end()) >= 0 or low.find("officials included",
                                                              m.end()) >= 0 or low.find(
                " included:", m.end()) >= 0:
            then = R.NEXT_LIST.search(text, m.end())  # the next list ends this one
            if then and (stop is None or then.start() < stop.start()):
                stop = then
        end_para = text.find("\n\n", m.end())
        end = len(text)
        # a list runs over following short lines / paragraphs until a long prose paragraph
        nxt = m.end()
        while True:
            para_end = text.find("\n\n", nxt + 1)
            para_end = len(text) if para_end < 0 else para_end
            para = text[nxt:para_end]
            if nxt > end_para and len(para) > 400 and para.count(",") < 3:
                end = nxt
                break
            if para_end >= len(text):
                end = len(text)
                break
            nxt = para_end
        if stop and stop.start() > m.end():
            end = min(end, stop.start())
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if (not m.group(0).endswith(":") and len(rest.strip()) >= 20 and end_para > 0
                and not rest.rstrip().endswith(":")):  # (not "... were the following:")
            end = min(end, end_para)  # "Administration participants included A, B and C."
        if m.group(0).endswith("including"):  # "Participants, including A, also ...": the aside
            close = R.ASIDE_END.search(text, m.end())
            end = min(end, close.start() if close else end)
        elif m.group(0).endswith(":") and len(rest.strip()) >= 20:
            # a list run into its sentence ("the meeting included: A of X, B of Y."): to
            # the full stop
            full = R.FULL_STOP.search(text, m.end())
            end = min(end, full.start() + 1) if full else end
        regions.append((m.start(), end))
    return regions


def _unwrapped(text: str) -> str:
    """`text` with the line breaks of prose wrapped at a fixed width (a saved page's
    Markdown) made blanks, so that a name or a title written over two lines is read whole
    ("Senior Advisor ... John\nPodesta"); of the same length, so that offsets hold. A list's
    short lines, and lines that open with a bullet, keep their breaks."""
    if "\n" not in text:
        return text
    # (blanks before the break are kept: one blank for the blanks and the break would
    # shorten the text and move every offset after it)
    return R.SOFT_WRAP.sub(_blanks, text)


def _blanks(m: re.Match[str]) -> str:
    """As many blanks as `m` holds characters."""
    return " " * (m.end() - m.start())


def _prose_lists(text: str, low: str, folds: bool = False) -> list[tuple[int, int]]:
    """Lists of participants run into a sentence ("Participants included A, B and C."), each
    to the sentence's end, and the subjects of "A and B led the U.S. delegation" (from the
    sentence's start). `low`: the text lowered; `folds`: it is what casefold.folded gives
    (the prose-list pattern is then tried only at its opening words)."""
    regions = []
    if any(w in low for w in R.PROSE_LIST_WORDS):
        for m in (_matches_at(R.PROSE_PARTICIPANT_LIST, [
                at for w in R.PROSE_LIST_OPENINGS for at in _positions(low, w)], text)
                  if folds else R.PROSE_PARTICIPANT_LIST.finditer(text)):
            stop = R.SENTENCE_END.search(text, m.end())
            regions.append((m.start(), stop.start() + 1 if stop else len(text)))
    if any(w in low for w in R.SUBJECT_TOOK_PART_WORDS):
        for m in R.SUBJECT_TOOK_PART.finditer(text):  # "A, B and C led the U.S. delegation"
            regions.append((_sentence_start(text, m.start()), m.start()))
    if "hosted" in low or "convened" in low or "individually" in low:
        for m in _hosted_officials(text):  # "A and B hosted C, Title; D, Title"
            s = _sentence_start(text, m.start())
            stop = R.SENTENCE_END.search(text, m.end())
            e = stop.start() + 1 if stop else len(text)
            if not R.EARLIER.search(text, s, e):
                regions.append((s, e))
    return regions


def _hosted_officials(text: str) -> Iterator[re.Match[str]]:
    """R.HOSTED_OFFICIALS.finditer(text), tried only at its (case-kept) opening words and
    at a "co-" before them."""
    starts = [at for w in R.HOSTED_OPENINGS for at in _positions(text, w)]
    return _matches_at(R.HOSTED_OFFICIALS, starts + [at - 3 for at in starts if at >= 3],
                       text)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (looked for up to 600 characters back)."""
    back = max(0, pos - 600)
    starts = [e.end() for e in R.SENTENCE_END.finditer(text, back, pos)]
    return starts[-1] if starts else back


def _title_leads(title: str, people: list[Person]) -> list[Person]:
    """The reporting side's officials a readout title names first, with no country stated
    ("Readout of President X’s Call with Prime Minister Y of Z": X)."""
    if R.TITLE_SPEAKER_FIRST.match(title):
        return []
    m = R.TITLE_LEAD_END.search(title)
    if m is None:
        return []
    readout = R.READOUT_LEAD_TITLE.match(title) is not None
    # "Secretary X’s Meeting with ...": the possessive right before the meeting word
    return [p for p in people if p.end <= m.start() and p.country is None
            and (readout or R.POSSESSIVE_LEAD.match(title, p.end) is not None)]


def _title_people(title: str, people: list[Person]) -> list[Person]:
    """Officials in a readout title (`people`: all it names): the possessive lead and those
    after 'with'."""
    lead_start = 0
    if R.TITLE_SPEAKER_FIRST.match(title):
        lead_end = 0  # "Statement from X on Call with Y": X speaks, Y took part
        on = R.TITLE_SPEAKER_ON.search(title)
        m = R.TITLE_LEAD_END.search(title, on.end()) if on else None
        if on and m:  # "Statement by X on A and B’s Meeting with C": A and B took part
            lead_start, lead_end = on.end(), m.start()
    else:
        m = R.TITLE_LEAD_END.search(title)
        lead_end = m.start() if m else 0
    # the other side after "with"; all the officials of a "Meeting of/between A, B and C"
    w = R.TITLE_OTHER_SIDE.search(title)
    return [p for p in people
            if (lead_start <= p.start and p.end <= lead_end
                or title[p.end - 2:p.end] in ("’s", "'s")
                or (w and p.end > w.end()))
            and not R.OFFICE_AFTER_POSSESSIVE.match(title, p.end)
            and not (title[p.end - 2:p.end] in ("’s", "'s")
                     and R.PROGRAMME_AFTER_POSSESSIVE.match(title, p.end))]


STYLES_AND_HONORIFICS = STYLES | HONORIFICS

_LOOKALIKES = str.maketrans("аеорсхуіӧёАЕОРСХУІ", "aeopcxyioeAEOPCXYI")


_NAME_SEPARATORS = re.compile(r"[\s\-’'.]+")


@lru_cache(maxsize=4096)  # (asked for each pair of mentions; the same names recur)
def _name_key(name: str) -> tuple[str, ...]:
    """Name words for comparing spellings: no accents, case or hyphens."""
    flat = unicodedata.normalize("NFKD", name.translate(_LOOKALIKES))
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch)).casefold()
    return tuple(w for w in _NAME_SEPARATORS.split(flat) if w)


def _merge(people: list[Person]) -> list[Person]:
    """One Person per official: mentions whose names share a word are merged (fuller
    name kept; a stated country wins), unless their stated countries differ."""
    out: list[Person] = []
    for p in people:
        words = _name_key(p.name)
        for i, q in enumerate(out):
            qw = _name_key(q.name)
            same = (set(words) <= set(qw) or set(qw) <= set(words) or (
                len(words) > 1 and len(qw) > 1 and words[-1] == qw[-1]
                and not _two_full_names(words, qw) and not _two_offices(p.title, q.title))
            ) and not _couple(p, q, words, qw)
            if same and (p.country is None or q.country is None
                         or p.country == q.country or _second_hat(p, q) or _second_hat(q, p)):
                fuller, other = (p, q) if len(p.name) > len(q.name) else (q, p)
                country = (q.country if _second_hat(p, q) else p.country if _second_hat(q, p)
                           else q.country or p.country)
                out[i] = Person(fuller.name, _office(fuller.title, other.title),
                                country, min(p.start, q.start), max(p.end, q.end))
                break
        else:
            out.append(p)
    return out


def _described_private(text: str, p: Person) -> bool:
    """`p` is titled by a style alone ("Dr. A B") and the text describes them, after their
    name, as holding a post outside government ("B, who is the ... Professor of Economics at
    X University", "B, the founder of ..."): no official."""
    if p.title and not STYLES_AND_HONORIFICS.issuperset(p.title.split()):
        return False
    family = p.name.split()[-1] if p.name.split() else ""
    if len(family) < 2:
        return False
    return any(R.PRIVATE_DESCRIBED.match(text, m.end())
               for m in re.finditer(rf"\b{re.escape(family)}\b", text))


def _second_hat(p: Person, q: Person) -> bool:
    """`p` is named by an organisation's office that `q`, a state's official, holds too
    ("OSCE Chairman-in-Office A" and "OSCE Chair-in-Office and Polish Foreign Minister A"):
    one official, of the state."""
    return (p.country in _ORGANISATION_CODES and q.country is not None
            and q.country not in _ORGANISATION_CODES and not is_grouping(q.country)
            and p.country in (q.title or "").split())


_ORGANISATION_CODES = frozenset(code for _, _, code in ORGANISATION_PATTERNS)


def _office(first: str | None, second: str | None) -> str | None:
    """The title of two mentions of one official: the first, unless it is only a style
    ("Dr." before the full name) and the other names an office ("Foreign Minister")."""
    if first and second and STYLES_AND_HONORIFICS.issuperset(first.split()):
        return second
    return first or second


def _two_full_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names that share a family name but not a first name are two people ("Tamim
    bin Hamad Al Thani and Mohammed bin Abdulrahman Al Thani"); a first name spelled two ways
    ("Mohammed"/"Mohamed") is one."""
    return len(a) >= 3 and len(b) >= 3 and a[0][:3] != b[0][:3]


def _couple(p: Person, q: Person, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two mentions sharing a family name are two people when one names a leader's spouse
    and the other an office ("President Biden and First Lady Jill Biden"; not "Dr. Biden"),
    or when both are full names with other first names and offices with no word in common
    ("King A Lund and Queen B Lund"; "Secretary Tony X" and "Secretary of State Antony X"
    are one, and so are "Deputy Minister Sheikh A B C" and "Deputy Minister B C")."""
    if not p.title or not q.title:
        return False
    sp, sq = R.SPOUSE_TITLE.search(p.title), R.SPOUSE_TITLE.search(q.title)
    if (sp is None) != (sq is None):  # "President Biden and First Lady Jill Biden"
        return bool(_title_heads((q if sp else p).title or "") - HONORIFICS)
    hp, hq = _title_heads(p.title), _title_heads(q.title)
    return len(a) > 1 and len(b) > 1 and a[0][:2] != b[0][:2] and hp and hq and not hp & hq


def _title_heads(title: str) -> frozenset[str]:
    """The words of a title that say what office it is ("First Lady": none)."""
    return frozenset(w for w in title.split() if w in TITLE_HEADS)


def _two_offices(a: str | None, b: str | None) -> bool:
    """Two mentions whose titles hold offices of different ranks ("Vice President Kamala
    Harris", "Prime Minister Timothy Harris"): two officials who share a family name."""
    ra, rb = rank_of(a) if a else None, rank_of(b) if b else None
    return ra is not None and rb is not None and ra != rb


_FORMER_BEFORE = re.compile(r"\b(?:former|late|then)\s*$", re.I)
_FORMER_WORDS = ("former", "late", "then")


def _excluded(text: str, p: Person) -> bool:
    """A former official, one holding no office ("activist X"), or one named only as the
    principal in another's title (after it, or before it as a possessive: "President
    Biden’s Special Advisor X")."""
    before = text[max(0, p.start - 20):p.start]
    if before.rstrip().lower().endswith(_FORMER_WORDS) and _FORMER_BEFORE.search(before):
        return True  # (every match ends with one of the words, then blanks)
    if R.NON_OFFICIAL_ROLE_BEFORE.search(text, max(0, p.start - 40), p.start):
        return True  # "opposition leader X": no office held
    honoured = R.HONOREE_BEFORE.search(text, max(0, p.start - 40), p.end)
    if honoured and not _CLAUSE_WORDS.search(text, honoured.end(), p.end):
        return True  # "the State Funeral for Queen X" (the finder may take it as a title)
    if text[p.end - 2:p.end] in ("’s", "'s") and (R.OFFICE_AFTER_POSSESSIVE.match(text, p.end)
                                                   or R.ACT_AFTER_POSSESSIVE.match(text, p.end)):
        return True
    return R.PRINCIPAL_BEFORE.search(text, max(0, p.start - 80), p.start) is not None


_CLAUSE_WORDS = re.compile(r",|;|\b[a-z]{2,}\b")  # what parts an honoree from a later name


# (the name may end in initials the finder left out: "Dr. Ada A.O. Lin, President, ...")
_LIST_ENTRY = re.compile(r"(?:\W|\s*[A-Z]\.(?:[A-Z]\.)*\s*[A-Z][\w’'-]+){0,4},\s*[^,;]+,"
                         r"\s*(?P<org>[^;]+)")
# "Name, Title of Organisation" or "Name, Organisation": one comma, the organisation after
# the title's "of"/"at" (else all of it)
_LIST_ENTRY_OF = re.compile(r"\W{0,4},\s*(?:[^,;]+?\s(?:of|at)\s+(?:the\s+)?)?(?P<org>[^,;]+)$")


def _names_state_or_body(org: str) -> bool:
    """An organisation whose words that would call it an association lie inside a state's
    name ("Foreign Affairs of the Russian Federation") or an international organisation's
    ("the North Atlantic Treaty Organization"): a government's or an international body's
    ("Guru Nanak Foundation of America" is a foundation)."""
    words = [m.span() for m in R.NON_GOVERNMENT_ORG.finditer(org)]
    if not words:
        return False
    names = [(s, e) for s, e, _ in country_spans(org)]
    names += [m.span() for _, rx, _ in ORGANISATION_PATTERNS for m in rx.finditer(org)]
    return all(any(s <= a and b <= e for s, e in names) for a, b in words)


def _listed_outside_government(text: str, p: Person) -> bool:
    """A list's line "Name, Title, Organisation" whose organisation is no government body,
    country or international organisation ("Liz Roe, President, Union of Welders"), or
    "Name, Title of Organisation" whose organisation is called a company, an association
    or the like ("Jo Poe, Director of the Welders' Network"): the person holds no office."""
    entry = _list_entry(text, p)
    if entry is None:
        return False
    if entry.startswith(",") and _private_description(entry[1:], p):
        return True
    entry = R.NOT_GOVERNMENT_BODY.sub("", entry)  # "Government Affairs" of a company
    m = _LIST_ENTRY.match(entry)
    if m is None:
        m = _LIST_ENTRY_OF.match(entry)
        if m is None or not R.NON_GOVERNMENT_ORG.search(entry):
            return False
        if R.COMPANY_FORM.search(entry):
            return True
        return not (R.GOVERNMENT_BODY.search(entry) or _names_state_or_body(m["org"]))
    org = _STATE_CODE_END.sub("", m.group("org").strip(" .*"))
    if R.COMPANY_FORM.search(org):
        return True
    if _us_place(org) and not R.NON_GOVERNMENT_ORG.search(org):
        return False  # "Mayor A B, Dayton, Ohio": a state or local office's place
    if R.GOVERNMENT_BODY.search(entry) or any(phrase in org for phrase, _, _ in
                                              ORGANISATION_PATTERNS):
        return False
    spans = country_spans(org)
    return not (spans and spans[0][:2] == (0, len(org)))


def _private_description(desc: str, p: Person) -> bool:
    """A list line's words after the name tell no office of a government: a company's or a
    body's chief ("President & CEO of Physicians for ...", "Founder, ..."), or a profession
    with no office word, of one the list calls only "Dr." or "Ms." ("Dr. A B, Surgeon /
    Family Planning Provider")."""
    if R.GOVERNMENT_BODY.search(desc) or country_spans(desc) or any(
            phrase in desc for phrase, _, _ in ORGANISATION_PATTERNS):
        return False
    if NON_OFFICIAL_TITLE.search(desc):
        return True
    return bool(p.title) and STYLES_AND_HONORIFICS.issuperset(p.title.split()) and (
        TITLE_HEADS.isdisjoint(_WORDS.findall(desc)))


_WORDS = re.compile(r"[\w’'.-]+")


def _us_place(org: str) -> bool:
    """`org` is a US state's name or ends in one ("Pine County, Maryland", "D.C.")."""
    last = org.rsplit(",", 1)[-1].strip(" .*")
    return last in US_STATES or last in R.US_STATE_PARTS


def _former_entry(text: str, p: Person) -> bool:
    """A list's line "A B, Former Domestic Policy Advisor, ...": no office held now (nor its
    countries a side)."""
    return text.startswith((", Former", ", former"), p.end) and _list_entry(text, p) is not None


def _private_entry(text: str, pos: int, private: list[Person], chosen: list[Person]) -> bool:
    """The line holding `pos` names a listed person who holds no office (`private`) and no
    participant official: its countries are no side."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    return any(line_start <= p.start < line_end for p in private) and not any(
        line_start <= p.start < line_end for p in chosen)


def _entry_tail(text: str, p: Person, everyone: list[Person]) -> bool:
    """`p` was read from the title or organisation on another person's list line ("Dr. A
    B, Board Chair, Physicians for ..." gives "Board Chair, Physicians"): the line starts
    with a name and a comma before `p`, and is no enumeration of people (no person on it
    follows "and" or "&", unless read as "Title, Name" too)."""
    line_start = text.rfind("\n", 0, p.start) + 1
    if not _short_line(text, line_start):
        return False  # a paragraph of prose ("President A, Jr. met ... Advisor B met ...")
    head = _NAME_FIRST_LINE.match(text, line_start, p.start + 1)
    if head is None or head.end() > p.start:
        # "3. State Senator A B (D-XX), Chair, Ways and Means": read after the comma that
        # follows the official opening the line (title first)
        mark = _LIST_LINE_OPEN.match(text, line_start, p.start)
        opens = mark.end() if mark else line_start
        if not any(q.start == opens and q.end < p.start
                   and _AFTER_LISTED_NAME.match(text, q.end, p.start) for q in everyone):
            return False
    line_end = text.find("\n", p.end)
    line_end = len(text) if line_end < 0 else line_end
    return not any(_AND_BEFORE.search(text, line_start, q.start) for q in everyone
                   if line_start < q.start < line_end and text.find(",", q.start, q.end) < 0)


# (not a sentence's opening adverbial: "On Tuesday, the Council met ...")
_NAME_FIRST_LINE = re.compile(r"[\s\-*•·>#_]*(?!(?:On|In|At|During|Following|After|Before|Earlier"
                              r"|Later|Last|This)\s)(?:(?:Dr|Mr|Ms|Mrs|Rev)\.?\s+|Bishop\s+)?"
                              r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){1,3}"
                              r"(?:\s*\([^()\n]{1,20}\))?,")  # ("A B (Navajo), Chair, ...")
_AND_BEFORE = re.compile(r"(?:\band|&)\s*$")
# a list's bullet or number, opening its line ("-   ", "3.  ")
_LIST_LINE_OPEN = re.compile(r"[ \t>#_]*(?:[\-*•·]|\d{1,3}[.)])\s*")
# what follows a listed name before its entry's title: a party code and a comma
_AFTER_LISTED_NAME = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?,")
_LIST_LINE_MAX = 200  # characters: a longer line is prose, not one entry of a list


def _short_line(text: str, line_start: int) -> bool:
    """The line at `line_start` is short enough to be one entry of a list."""
    line_end = text.find("\n", line_start)
    return (line_end if line_end >= 0 else len(text)) - line_start <= _LIST_LINE_MAX


_STATE_CODE_END = re.compile(r"\s*\([A-Z]{2}\)$")  # "Howard University (DC)"


def _listed_country(text: str, p: Person) -> str | None:
    """The country a list's line gives after the official's name ("Prime Minister A B,
    Commonwealth of Australia"): its rest is one country's name (not "X County, Georgia")."""
    entry = _list_entry(text, p)
    if not entry or not entry.startswith(","):
        return None
    rest = entry[1:].strip(" .")
    if R.EU_BODIES.fullmatch(rest):  # "President A B, European Commission"
        return "EU"
    spans = country_spans(rest)
    # (a state's formal name the table lacks: "People’s Republic of Bangladesh")
    ok = (len(spans) == 1 and spans[0][1] == len(rest)
          and (spans[0][0] == 0 or R.STATE_FORM.fullmatch(rest, 0, spans[0][0]) is not None)
          and (not is_grouping(spans[0][2]) or spans[0][2] in R.LISTED_ORGANISATIONS))
    return spans[0][2] if ok else None


def _list_entry(text: str, p: Person) -> str | None:
    """What follows the name on a list's line of its own ("-   A B, Title, Organisation"),
    spaces made single; None when the name does not start its line. Lines may wrap (an
    indented line, or one after a comma)."""
    line_start = text.rfind("\n", 0, p.start) + 1
    if not _LIST_MARKUP_STYLE.fullmatch(text, line_start, p.start):
        return None  # not an entry of its own line
    end = p.end
    while True:
        nl = text.find("\n", end)
        if nl < 0:
            end = len(text)
            break
        nxt = text[nl + 1:nl + 2]
        mark = _LIST_MARKUP.match(text, nl + 1)  # (it matches "" at least)
        if text[end:nl].rstrip().endswith(",") or nxt in (" ", "\t") and not (
                mark and mark.group(0).strip()):
            end = nl + 1
            continue
        end = nl
        break
    return " ".join(text[p.end:end].split())


_LIST_MARKUP = re.compile(r"[\s\-*•·>#_]*")
# (with a style the name finder leaves out of the name: "- Rev. A B, President, ...")
_LIST_MARKUP_STYLE = re.compile(r"[\s\-*•·>#_]*(?:(?:Rev|Dr|Mr|Ms|Mrs|Hon|Prof|Fr)\.|Bishop"
                                r"|Reverend|Rabbi|Imam|Pastor|Father|Sister)?\s*")


def _portfolio(text: str, start: int, end: int) -> bool:
    """The country at text[start:end] is an office's portfolio ("Special Envoy on Burma"),
    not the holder's own ("Advisor to the French President")."""
    return (R.PORTFOLIO_BEFORE.search(text, 0, start) is not None
            and R.HEAD_AFTER.match(text, end) is None)


def _lookup(known: dict[str, str], name: str) -> str | None:
    """The country a mention of `name` states elsewhere: by the full name or its last word
    (a given name two officials share, "Joseph" Biden and "Joseph" Aoun, decides nothing)."""
    last = name.split()[-1] if name.split() else ""
    return known.get(name) or (known.get(last) if len(last) > 2 else None)


def _accompanied_side(text: str, p: Person, pairs: list[tuple[Person, str]],
                      subject: str) -> str | None:
    """The side of the official `p` accompanied ("Ambassador X was accompanied by Y, Z"):
    that of X, an official already placed, or the reporting side when X is the meeting's
    subject; None when `p` follows no such words in its sentence."""
    para = text.rfind("\n\n", 0, p.start) + 1
    acc = None
    for m in R.ACCOMPANIED_BY.finditer(text, para, p.start):
        acc = m
    if acc is None or R.FULL_STOP.search(text, acc.end(), p.start):
        return None
    start = para  # the sentence's start: after the last full stop before the words
    for stop in R.FULL_STOP.finditer(text, para, acc.start()):
        start = stop.end()
    who = text[start:acc.start()]
    words = set(re.findall(r"[A-Z][\w’'-]+", who))
    for q, fam in reversed(pairs):
        if q.country and fam in words:
            return q.country
    if words & set(re.findall(r"[A-Z][\w’'-]+", subject)):
        return REPORTING
    return None


def _lead_rank(title: str, text: str, f: _Found, everyone: list[Person],
               day: date | None) -> str | None:
    """The rank of the US side's lead when the meeting's clause names none ("They held talks
    with ..."): the official the record opens with before the meeting's sentence (a trip
    report's "Under Secretary A traveled to X ..." in its first sentence), unless of another
    country; else a group the title or that opening names ("Senior Administration Official
    Travel to X")."""
    first = next(iter(_sentences(text)), (0, 0))  # the record's opening sentence
    lead = next((p for p in everyone if p.start < min(f.start, first[1])), None)
    if lead is not None and lead.title and (lead.country in (None, REPORTING)
                                            or _is_sitting_president(lead, day)):
        rank = rank_of(lead.title, REPORTING)
        if rank:
            return rank
    m = R.US_GROUP_LEAD.search(title) or R.US_GROUP_LEAD.search(text, 0, f.start)
    return "other" if m else None


def _toured(text: str, f: _Found) -> set[str]:
    """The states the record's lead travelled to, when a sentence of the meeting's paragraph
    or the one before names several ("From May 2 to 9, Director A traveled to X, Y, and Z
    to meet with ..."): their codes, else an empty set."""
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, f.start)))
    for m in R.TOUR.finditer(text, max(0, start), f.end):
        stop = R.FULL_STOP.search(text, m.end(), f.end)
        seg = text[m.end():stop.start() if stop else f.end]
        cut = R.TOUR_LIST_END.search(seg)
        states = {c for _, _, c in country_spans(seg[:cut.start()] if cut else seg)
                  if not is_grouping(c) and c != REPORTING}
        if len(states) > 1:
            return states
    return set()


def _list_neighbour(text: str, p: Person, pairs: list[tuple[Person, str]]) -> str | None:
    """The country of the official named just before `p` in the same list ("met with Prime
    Minister A of X, President B, and Minister C": B and C are X's too, when nothing else
    tells their side), or None."""
    before = [q for q, _ in pairs if q.end <= p.start and q.country and q.country != REPORTING
              and not is_grouping(q.country)]
    if not before:
        return None
    q = max(before, key=lambda q: q.end)
    return q.country if R.LIST_CONTINUES.fullmatch(text, q.end, p.start) else None


def _met_separately_subject(text: str, p: Person) -> bool:
    """`p` is named before "met separately with" in its sentence: the reporting side's
    official who held the record's other meeting (the other side is named after it)."""
    at = text.find("met separately", p.end)
    return at >= 0 and not re.search(r"[.;]\s", text[p.end:at])


def _named_in(text: str, start: int, end: int, name: str) -> bool:
    """Whether the last word of `name` stands in text[start:end] as a word."""
    last = _name_key(name)[-1:]
    return bool(last) and any(_name_key(w)[-1:] == last
                              for w in re.findall(r"[\w’'-]+", text[start:end]))


# (not "X, together with Minister Y of Z": another official follows)
# (not a predicate: "A, B and C, convened a conversation with ... Afghan allies")
_APPOSITIVE = re.compile(r",\s+(?!(?:together|along)\s+with\b|with\b|and\b|as\s+well\s+as\b"
                         r"|(?:[a-z]+ed|met|spoke|said|held|took|gave|told)\b)"
                         r"(?:the\s+)?([^.;,]{3,140})")


def _countries_by_name(people: list[Person], text: str) -> dict[str, str]:
    """Name -> country from any mention that states it, or from an appositive
    ("Aviv Kohavi, Chief of the General Staff of the Israel Defense Forces")."""
    out: dict[str, str] = {}
    for p in people:
        country = p.country
        if country is None and text[p.start:p.end] == text[p.start:p.end].strip():
            m = _APPOSITIVE.match(text[p.end:p.end + 160])
            named = m is not None and any(p.end < q.end <= p.end + m.end() for q in people)
            spans = country_spans(m.group(1)) if m and not named else []
            country = next((c for a, b, c in spans if not is_grouping(c)
                            and m is not None  # (spans is empty without a match)
                            and not _portfolio(m.group(1), a, b)), None)
        if country is None:
            continue
        words = [w for w in p.name.split() if len(w) > 2]
        for key in [p.name, *words]:
            out.setdefault(key, country)
    return {name: code for name, code in out.items()}


def _place(text: str, start: int, end: int) -> str | None:
    """Country of the first venue, city or country named as a place in text[start:end]."""
    seg = text[start:end]
    for pat, venue in R.VENUES:
        if pat.search(seg):
            return venue
    found = [m for m in R.PLACE_AFTER.finditer(seg)
             if not R.OFFICE_FOR_BEFORE.search(seg, max(0, m.start(1) - 40), m.start(1))
             and not R.TOPIC_IN_BEFORE.search(seg, max(0, m.start(1) - 40), m.start(1))]
    # "in Manila" before "Ambassador to the United States" or "travelled to X"
    found.sort(key=lambda m: (not m.group(0).lower().startswith(("in", "at")), m.start()))
    for m in found:
        parts = re.split(r",\s*", m.group(1).strip(" ,."))
        if len(parts) > 1 and parts[1].strip() in US_STATES:
            return REPORTING  # "in San Diego, California"
        if len(parts) > 1 and parts[1][:1].isupper() and country_code(parts[0]) is None:
            # "in Lucerne, Switzerland": a town the city table lacks, then its country (not
            # a list of countries: "to Paraguay, Panama, and El Salvador")
            country = parts[1].strip()
            after = m.start(1) + m.group(1).find(country) + len(country)
            spans = country_spans(country)  # the whole part a country's name, ending there
            code = spans[0][2] if spans and spans[0][:2] == (0, len(country)) else None
            if (code is not None and not is_grouping(code) and country_code(country) == code
                    and city_country(parts[0]) in (None, code) and len(parts[0].split()) <= 3
                    and not re.match(r"\s*[A-Z]", seg[after:])):
                return code
        words = re.split(r",\s*|\s+", m.group(1).strip(" ,."))
        for n in range(min(4, len(words)), 0, -1):
            cand = " ".join(words[:n]).strip(" ,.")
            if cand in US_STATES and country_code(cand) is None:
                return REPORTING  # "in Michigan" (not "in Georgia", a country too)
            code = city_country(cand)
            if code is None and cand[:1].isupper():
                code = country_code(cand)
                if code is not None and is_grouping(code):
                    code = None
            if code:
                return code
    firsts = city_first_words()
    for city_m in _CITY_WORDS.finditer(seg):
        if city_m.group(1) not in firsts:  # (no city's name starts with the word)
            continue
        code = city_country(city_m.group(0)) or city_country(city_m.group(1))
        if code:
            return code
    return None


# a capitalised word, perhaps with the next (group 1: the first word)
_CITY_WORDS = re.compile(r"([A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+)?")


def _held_at(text: str, f: _Found, low: str | None) -> str | None:
    """The place a later sentence of the meeting's paragraph or the two after it gives the
    meeting ("At the meeting, held in Washington, D.C., the parties discussed ...", "The
    convening took place in the Roosevelt Room"). `low`: what casefold.folded gives for
    the text."""
    para_end = f.end  # the meeting's paragraph and the two after it
    for _ in range(3):
        nxt = text.find("\n\n", para_end + 1)
        para_end = len(text) if nxt < 0 else nxt
    if low is not None and all(low.find(w, f.end, para_end) < 0 for w in R.HELD):
        return None
    m = R.MEETING_HELD_AT.search(text, f.end, para_end)
    if m is None or R.OTHER_OCCASION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None
    stop = R.FULL_STOP.search(text, m.end(), para_end)
    return _place(text, m.start("prep"), stop.start() if stop else para_end)


def _duration(text: str, low: str | None) -> int | None:
    """The meeting's stated length in minutes; `low`: what casefold.folded gives for the
    text (a case-blind pattern needing "minute" or "hour" cannot match where it has none)."""
    if low is not None and "minute" not in low and "hour" not in low:
        return None
    return _minutes(R.DURATION.search(text))


def _minutes(m: re.Match[str] | None) -> int | None:
    """Minutes of a DURATION match (None without one, or for more than a day)."""
    if not m:
        return None
    n = m.group("n").lower()
    value = float(n) if n.isdigit() else R.NUMBER_WORDS.get(n)
    if value is None:
        return None
    minutes = value * 60 if m.group("u").lower().startswith("hour") else value
    if minutes > 24 * 60:
        return None
    return int(round(minutes))


def _start_time(sent: str) -> str | None:
    for m in R.START_TIME.finditer(sent):
        if not (m.group("ap") or m.group("m")):
            continue
        h, mnt = int(m.group("h")), int(m.group("m") or 0)
        ap = (m.group("ap") or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        return f"{h:02d}:{mnt:02d}"
    return None


def _mode(title: str, sent: str, located: bool) -> str | None:
    """Mode stated by the title or the meeting sentence; None when neither says."""
    if R.VIDEO.search(title) or R.VIDEO.search(sent):
        return "video"
    if R.PHONE_TITLE.search(title):
        return "telephone"
    if R.MEET_TITLE.search(title):
        return "in_person"
    if R.CALL_WORD.search(sent):
        return "telephone"
    if re.search(r"\b(?:met|meets)\b", sent):
        return "in_person"
    if re.search(r"\b(?:spoke|speaks|talked)\b", sent):
        # speaking with others during a conference says nothing of the mode
        return None if R.DURING_EVENT.search(sent) else "telephone"
    if R.HOSTED_VISITORS.search(sent):  # hosting a visitor (a video call says so: above)
        return "in_person"
    if located or re.search(r"\b(?:breakfast|lunch|dinner)\b", sent):
        return "in_person"
    return None


def analyse_us(raw: RawRecord) -> Analysis:
    """Kind, meeting fields, officials and countries of a White House or State record.

    Args:
        raw: a record read by ``sources.whitehouse`` or ``sources.state``.

    Returns:
        The record's Analysis; ``meeting`` is set only for meeting records.
    """
    title = " ".join((raw.title or "").split())
    text = raw.text or ""
    countries = tuple(joined_countries_in(title, text) if title and title not in text
                      else countries_in(text))
    anchor = local_day(raw.published_at, raw.published, TIME_ZONE)
    kind, found = classify(title, text, anchor)
    if found is None:
        return Analysis(kind=kind, countries=countries)
    c_start, c_end, venues = found.clause or _clause(text, found)
    sent = text[found.start:found.end]
    clause = text[c_start:c_end]

    def aside(pos: int) -> bool:
        return any(s <= pos < e for s, e in venues)

    # officials
    everyone = find_people(_unwrapped(text))
    everyone += _named_after_role(text, found, everyone)
    everyone += _named_after_plural_title(text, everyone)
    recalled = _recalled_lead(text, found)
    everyone = [p for p in everyone if not recalled[0] <= p.start < recalled[1]]
    everyone += _called_by_last_name(text, c_start, c_end, everyone)
    low = folded(text)  # (once: the participants' regions and the duration ask for it)
    regions = [(c_start, c_end)] + _participant_regions(text, found, low)
    # "In a meeting with A of X, the President stressed ...": those met are named in the lead
    lead_m = R.MEETING_LEAD.match(text[found.start:found.verb_start])  # (it opens with ^)
    lead = (found.start, found.start + lead_m.end()) if lead_m else None
    if lead:
        regions.append(lead)
    trips = _trip_meetings(text, found)  # (ruling 10: the other meetings of the record)
    regions += [(s, e) for s, e, _ in trips]
    included = R.INCLUDED_MEETING.search(text, found.start, found.end)
    if included:  # "..., which included consultations between X and Y" (to the full stop:
        # the sentence may be cut at "and U.S. Secretary ...")
        stop = R.FULL_STOP.search(text, included.end())
        regions.append((included.end(), stop.start() + 1 if stop else len(text)))
    if not any(c_start <= p.end - 1 < c_end for p in everyone) and _group_rank(
            text[c_start:c_end]) is None:
        # "The X Consultations concluded today. A delegation led by A hosted B ...": a
        # clause naming no official, nor any group of officials ("senior officials met");
        # the next sentence of its paragraph names them
        regions += _next_sentence(text, found.end)
    lists = regions[1:]
    # people on a list's lines who hold no office ("A B, Founder, Flights UK campaign")
    private = [p for p in everyone if any(s <= p.start < e for s, e in lists) and (
        _listed_outside_government(text, p) or _entry_tail(text, p, everyone)
        or _former_entry(text, p))]
    chosen = [p for p in everyone
              if any(s <= p.end - 1 < e for s, e in regions)
              # (a title that holds "in": "Special Representative on Violence in Conflict A
              # B" began before the aside that "in" seems to open)
              and not (aside(p.end - 1) and aside(p.start))
              and not _excluded(text, p) and p not in private
              # "... pursuant to President A’s Executive Order": named, not listed
              and not (any(s <= p.start < e for s, e in lists)
                       and (text.startswith(("’s", "'s"), p.end)
                            or text[p.end - 2:p.end] in ("’s", "'s")))]
    chosen = [p for p in chosen if not _described_private(text, p)]
    in_title = find_people(title)
    chosen += _the_president(raw, text, c_start, found.verb_start, anchor, chosen + in_title)
    chosen += _spouses_taking_part(text, regions, chosen)
    speakers = _speakers(text, found.end, everyone, chosen)
    chosen += speakers
    context = title + "\n" + text
    subject_end = found.verb_start
    obj, obj_end = c_start, c_end
    if re.fullmatch(r"discussed|consulted|exchanged views|reviewed|agreed|reaffirmed",
                    found.verb):
        w = re.search(r"\bwith\b", text[found.verb_end:c_end])
        if w:
            obj = found.verb_end + w.start()
        else:  # "X, Y and Z discussed the DPRK's launches": what follows is the topic
            obj_end = found.verb_start
    spans = [(obj, obj_end)] + regions[1:]
    group_countries = [c for s, e in spans for a, b, c in country_spans(text[s:e])
                       if c != REPORTING and not aside(s + a)
                       and not any(p.start <= s + a < p.end for p in chosen)
                       and not R.PORTFOLIO_BEFORE.search(text, max(0, s + a - 60), s + a)
                       and not R.LATER_EVENT_BEFORE.search(text, max(s, s + a - 120), s + a)
                       and not R.NON_OFFICIAL_GROUP_AFTER.match(text, s + b)
                       and not R.NON_OFFICIAL_GROUP_BEFORE.search(text, max(0, s + a - 80),
                                                                  s + a)
                       and not _members_of_grouping(text, s + b, c)
                       and not (c in R.OPEN_GROUPINGS and R.GROUPING_ROLE_AFTER.match(text, s + b))
                       and not R.COMPANY_AFTER.match(text, s + b)
                       and not _private_entry(text, s + a, private, chosen)]
    # "officials from the B9 group of our NATO Allies": members met, none named
    members_met = any(_members_of_grouping(text, s + b, c) for s, e in spans
                      for _, b, c in country_spans(text[s:e]))
    listed = bool(group_countries) and len(regions) > 1 and any(
        country_spans(text[s:e]) for s, e in regions[1:])
    group_countries += [code for s, e in regions[1:] for a, code in _organisation_spans(text[s:e])
                        if not _private_entry(text, s + a, private, chosen)]
    # (the forum of "participated in the APEC Leaders' Meeting" is the meeting itself)
    own = [(s, e) for s, e in venues if s == found.verb_end and R.TOOK_PART.fullmatch(found.verb)]
    group_countries += [code for at, code, forum in _clause_organisations(text, obj, obj_end)
                        if not (aside(at) and not (forum and any(s <= at < e for s, e in own)))
                        and not any(p.start <= at < p.end for p in chosen)]
    if R.BURMA_NUG.search(text, obj, obj_end):  # the NUG: Burma's side
        group_countries.append("MMR")
    # the EU met as its institutions ("leaders of ..., the European Commission, the European
    # Council"), outside an official's title
    group_countries += ["EU" for s, e in spans for m in R.EU_BODIES.finditer(text, s, e)
                        if not aside(m.start())
                        and not any(p.start <= m.start() < p.end for p in chosen)][:1]
    states = [c for c in dict.fromkeys(group_countries) if not is_grouping(c)]
    reader = R.TITLE_READER.match(title)  # "Readout by NSC Spokesperson A of ...": no party
    lead_people = [p for p in _title_people(title, in_title) if not _excluded(title, p)
                   and not (reader and p.end <= reader.end())]
    title_leads = {_name_key(p.name)[-1:] for p in _title_leads(title, in_title)}
    merged = _merge(chosen + lead_people)
    known = _countries_by_name(lead_people + in_title + everyone, text)
    # (the sitting President or Vice President is the US side, whoever else shares the name:
    # "Vice President Harris" met "Prime Minister Timothy Harris of Saint Kitts and Nevis")
    merged = [p if p.country else Person(
        p.name, p.title, REPORTING if _is_sitting_president(p, anchor)
        else _lookup(known, p.name), p.start, p.end) for p in merged]
    # when one official is marked "U.S.", the unmarked ones are from the other side(s)
    marked_us = any(p.country == REPORTING and re.search(r"\bU\.S\.|United States", p.title or "")
                    for p in merged)
    assigned = {p.country for p in merged if p.country}
    para_start = text.rfind("\n\n", 0, found.start) + 1
    para_end = text.find("\n\n", found.end)
    near = [c for a, _, c in country_spans(text[para_start:para_end if para_end > 0 else None])
            if not any(q.start <= para_start + a < q.end for q in everyone)  # "Lisa Monaco"
            # (nor an office's portfolio: "Special Rapporteur on ... Human Rights in X")
            and not R.PORTFOLIO_BEFORE.search(text, max(0, para_start + a - 60), para_start + a)]
    spare = [c for c in dict.fromkeys(near + [c for c, _ in countries])
             if c not in assigned and c != REPORTING and not is_grouping(c)]
    near_spare = [c for c in spare if c in near]
    met = [c for c in assigned if c != REPORTING and not is_grouping(c)]
    # where the meeting took place: the host's officials when nothing else says
    venue = (_place(text, *lead) if lead else None) or (
        None if lead else _place(text, found.verb_end, c_end)
        or _place(text, found.start, found.verb_start) or _held_at(text, found, low))
    # "X hosted a U.S. delegation led by ...": the subject is the other side
    us_object = R.US_OBJECT.match(text, found.verb_end) is not None
    pairs: list[tuple[Person, str]] = []
    for p in merged:
        # (a delegation's list head decides before an office the US also has: "Representing
        # Mexico were the Secretary of Health, A")
        country = p.country or _listed_side(text, p.start) or _listed_country(text, p)
        stop = next((c for s, e, c in trips if s <= p.start < e), None) or (
            venue if trips and found.verb_end <= p.start < c_end else None)
        if (country is None and stop and stop != REPORTING and not is_grouping(stop)
                and not _is_sitting_president(p, anchor)):
            # "In Colombia, Mr. A met with (Vice) President B": met at that stop, whatever
            # offices the US also has
            country = stop
        if country is None and (p.title and R.REPORTING_OFFICES.fullmatch(p.title)
                                or _name_key(p.name)[-1:] in title_leads
                                or _is_sitting_president(p, anchor)):
            country = REPORTING  # a US office, or the lead of "Readout of X’s Call with Y"
        if country is None:
            country = _side_led_by(text, p.start) or _leads_side(text, p.end)
        if country is None:  # "X was accompanied by Y": X's side
            country = _accompanied_side(text, p, pairs, text[c_start:subject_end])
        if country is None and "met separately" in text and _met_separately_subject(text, p):
            country = REPORTING  # "Additionally, Advisor A met separately with Minister B"
        if (country is None and marked_us and not near_spare and len(met) == 1
                and not _named_in(text, c_start, subject_end, p.name)):
            country = met[0]  # the one side met, not a country named further on
        if country is None and marked_us and spare:
            country = spare.pop(0)
        if country is None and p.title and R.FOREIGN_ONLY_TITLE.search(p.title):
            # an office the US government has not ("Foreign Minister", "State Councilor"):
            # the place visited (the meeting's or the title's), else the one country met or
            # named near the meeting
            places = [next((c for s, e, c in trips if s <= p.start < e), None), venue,
                      _place(title, 0, len(title))]
            abroad = [c for c in places if c and c != REPORTING and not is_grouping(c)]
            country = next(iter(abroad + met[:1] + near_spare[:1]), None)
        if country is None:
            # (one official named two ways: "Joe Biden" in the text, "Joseph R. Biden" in the
            # title)
            subj = any(c_start <= q.start < subject_end and _name_key(q.name)[-1:]
                       == _name_key(p.name)[-1:] for q in chosen) or _named_in(
                text, c_start, subject_end, p.name)  # "Jake Sullivan spoke with ...": no title
            foreign = set(states) | {q.country for q in merged if q.country and q.country
                                     != REPORTING and not is_grouping(q.country)}
            if venue and venue != REPORTING and (not foreign or (
                    not is_grouping(venue) and found.verb_end <= p.start < c_end
                    and foreign <= _ORGANISATION_CODES)):
                # (an official with no country named, met at the venue: its state's, not an
                # organisation's met there too, whose officials' titles name it)
                foreign = {venue}
            if (not foreign and not subj and found.verb_end <= p.start < c_end
                    and not (p.title and R.OWN_ENVOY_TITLE.search(p.title))):
                # an official met on a trip abroad ("... Trip to Israel": "Dr. A met with
                # President B, Minister C"): the country visited
                trip = _place(title, 0, len(title))
                if trip and trip != REPORTING and not is_grouping(trip):
                    foreign = {trip}
            if us_object:
                subj = not subj  # the subject is the host, the object the US side
            listed_with = _list_neighbour(text, p, pairs) if not subj and len(foreign) > 1 \
                else None
            country = (listed_with if listed_with in foreign
                       else REPORTING if subj or len(foreign) != 1 else foreign.pop())
        p = Person(p.name, p.title, country, p.start, p.end)
        pairs.append((p, family_name(p.name, country, context) or p.name))
    if speakers:  # (the reporting side's only: the other side's are named as met)
        spoke = {sp.start for sp in speakers}
        pairs = [(q, fam) for q, fam in pairs if q.country == REPORTING or q.start not in spoke]
    participants = tuple(
        Participant(side="reporting" if p.country == REPORTING else "counterpart",
                    country=p.country, name=p.name, family_name=fam, title=p.title)
        for p, fam in pairs
    )
    # the other side
    counterparts: list[str] = []
    secondary: set[str] = set()
    for p, _ in pairs:
        if p.country and p.country != REPORTING:
            counterparts.append(p.country)
            seen_state = False
            for a, _, code in country_spans(p.title or ""):
                seen_state = seen_state or code == p.country
                if (seen_state and code != p.country and is_grouping(code)
                        and code not in R.OPEN_GROUPINGS
                        # (a portfolio: "Deputy Prime Minister for EU Funds")
                        and not R.TITLE_PORTFOLIO_BEFORE.search(p.title or "", 0, a)):
                    # a second hat: "President and AU Chairperson" (not a role for the own
                    # state in a forum with no officials of its own: "G20 Sherpa")
                    secondary.add(code)
    # "led a delegation to Geneva, Switzerland": where it went, not whom it met, when the
    # text names whom it met
    went_to = {c for a, _, c in country_spans(clause) if R.DELEGATION_SENT.match(found.verb)
               and R.DESTINATION_BEFORE.search(clause, max(0, a - 60), a)}
    for code in group_countries:
        if code not in went_to or not [c for c in counterparts + group_countries
                                       if c not in went_to]:
            counterparts.append(code)
    counterparts = list(dict.fromkeys(counterparts))
    n_states = sum(1 for c in counterparts if not is_grouping(c) and c not in R.OPEN_GROUPINGS)
    if n_states >= 2:
        counterparts = [c for c in counterparts if c not in R.OPEN_GROUPINGS]
    counterparts = [c for c in counterparts if c not in secondary] + sorted(secondary)

    # level and parties
    us_ranks = [rank_of(p.title, p.country) for p, _ in pairs if p.country == REPORTING]
    other_ranks = [rank_of(p.title, p.country) for p, _ in pairs if p.country != REPORTING]
    # each state met is a side, led by its highest-ranked official: a state represented below
    # cabinet rank makes the meeting "other" ("Foreign Ministers A and B and Political
    # Director C"); a deputy head standing in among heads leaves a summit (the labels'
    # practice: "Prime Ministers A and B and Deputy Prime Minister C" is a summit)
    state_sides = {c: [rank_of(p.title, p.country) for p, _ in pairs if p.country == c]
                   for c in dict.fromkeys(p.country for p, _ in pairs if p.country
                                          and p.country != REPORTING and p.country in counterparts
                                          and not is_grouping(p.country)
                                          and p.country not in _ORGANISATION_CODES)}
    if not [r for r in other_ranks if r]:
        other_ranks = [_group_rank(text[found.verb_end:c_end])]
    if not [r for r in us_ranks if r]:
        us_ranks = [_group_rank(text[c_start:found.verb_start])]
    if not [r for r in us_ranks if r] and counterparts:
        us_ranks = [_lead_rank(title, text, found, everyone, anchor)]
    toured: set[str] = set()
    if counterparts:
        # no rank known on either side: governments met through unnamed officials
        by_state = level_of(us_ranks, *state_sides.values()) if len(state_sides) > 1 else None
        level = "other" if by_state == "other" else (
            level_of(us_ranks, other_ranks) or level_of([_group_rank(title)]) or "other")
        toured = _toured(text, found) if n_states > 1 and not trips else set()
        if R.SEPARATE.search(sent) or trips and n_states > 1 or len(toured) > 1 and {
                c for c in counterparts if not is_grouping(c)
                and c not in _ORGANISATION_CODES} <= toured:
            # separate bilateral meetings (ruling 10), also when the states met are those of
            # a tour ("traveled to X, Y, and Z to meet ... He met officials of X, Y and Z")
            parties: int | None = 2
        elif set(counterparts) & R.OPEN_GROUPINGS or (
                "nations" in clause or "countries" in clause) and R.UNLISTED_STATES.search(
                clause) and not listed:
            parties = None
        else:
            parties = 1 + len([c for c in counterparts if c not in secondary])
    elif members_met or _unnamed_foreign_side(text, found, c_end):
        level, parties = level_of(us_ranks, other_ranks) or "other", None
    else:
        level, parties = None, None
    if level == "summit":
        participants += _grouping_leaders(text, counterparts, everyone, pairs)

    # when, how, where
    hit = _meeting_date(text, found, c_end, anchor) or _paragraph_date(text, found, anchor)
    located_code = venue
    mode = ("in_person" if R.DELEGATION_SENT.match(found.verb) and not R.VIDEO.search(sent)
            else _mode(title, sent, located_code is not None
                       or R.SEAT_NAMED.search(text, found.start, c_end) is not None))
    if mode is None and R.TITLE_HELD_IN.search(title) and _place(title, 0, len(title)) not in (
            None, REPORTING):
        mode = "in_person"  # "... Roundtable with Energy Leaders in Thailand"
    if mode is None and counterparts and (R.TITLE_TRAVEL.search(title) or R.TOUR.search(
            text, text.rfind("\n\n", 0, found.start) + 1, found.end)) and not R.VIDEO.search(
            text, 0, found.end):
        mode = "in_person"  # a trip report: "... Travel to X", "A traveled to X and met B"
    if mode is None and "irtual" in text and R.VIRTUAL_AFTER.search(
            text, found.end, found.end + R.VIRTUAL_AFTER_SPAN):
        mode = "video"
    took_part = R.TOOK_PART.match(found.verb)  # (the verb may run on: "joined the Summit")
    if (mode is None and counterparts and took_part
            and not found.verb[took_part.end():][:1].isalpha()):
        # "joined leaders of ... for the annual Summit", "attended the Ministerial": taking
        # part with no call or screen named is in person (the labels' reading)
        mode = "in_person"
    if located_code is None and us_object:  # at the host's: the other side's country
        located_code = next((p.country for p, _ in pairs if p.country and p.country != REPORTING
                             and not is_grouping(p.country)), None)
    if located_code is None:
        located_code = _place(title, 0, len(title)) if mode == "in_person" else None
    location = located_code if mode == "in_person" else None
    if len({c for c in [located_code] + [c for _, _, c in trips] if c}) > 1 or (
            parties == 2 and len(toured) > 1):
        location = None  # meetings in more than one country (ruling 12)
    if mode is None and not counterparts and level is None and not R.MODE_OPEN_GATHERING.search(
            sent):
        # a convening with no foreign side that names no call or screen met in person (the
        # labels' convention for domestic roundtables, task forces and listening sessions);
        # no place follows from that (a title's "Investing in America" is a programme)
        mode = "in_person"
    meeting = Meeting(
        date=_first_day(hit.day, found.verb, sent) if hit else None,
        date_note=hit.note if hit else "the text does not say when the meeting took place",
        mode=mode,
        level=level,
        parties=parties,
        reporting_country=REPORTING,
        counterpart_countries=tuple(counterparts),
        location_country=location,
        start_local=_start_time(sent),
        duration_min=_duration(text, low),
    )
    return Analysis(kind="meeting", meeting=meeting, participants=participants,
                    countries=countries)


def _the_president(raw: RawRecord, text: str, start: int, end: int, day: date | None,
                   known: list[Person]) -> list[Person]:
    """The sitting President (Vice President) when a White House readout's meeting clause
    has "the President" ("the Vice President", "the President and Vice President") as its
    subject (``text[start:end]``) and neither it nor the title (among `known`) names one of
    no other country."""
    if raw.source != "whitehouse" or day is None or text.find("President", start, end) < 0:
        return []
    out = []
    for rx, terms, office in ((R.THE_PRESIDENT, R.US_PRESIDENTS, _PRESIDENT),
                              (R.THE_VICE_PRESIDENT, R.US_VICE_PRESIDENTS, _VICE)):
        m = rx.search(text, start, end)
        holder = _sitting_president(day, terms)
        if m is None or holder is None:
            continue
        if any(_name_key(p.name)[-1:] == _name_key(holder)[-1:]
               or p.country is None and p.title and office.fullmatch(p.title)
               for p in known):  # (a President the title names is the one meant)
            continue
        title = "Vice President" if office is _VICE else "President"
        out.append(Person(holder, title, REPORTING, m.start(), m.end()))
    return out


def _spouses_taking_part(text: str, regions: list[tuple[int, int]], chosen: list[Person]
                         ) -> list[Person]:
    """A leader's spouse named in the meeting clause or on a participants' list ("First Lady
    A B, Governor C D, and ... also attended the convening"; "Senior White House officials
    included: First Lady A B"): they took part, though the name finder reads no office in
    the style. Not one who only accompanied another ("accompanied by Second Gentleman X")."""
    out: list[Person] = []
    if "First Lady" not in text and "Second Gentleman" not in text:
        return out
    for m in R.SPOUSE_NAMED.finditer(text):
        if (not any(s <= m.start() < e for s, e in regions)
                or R.ACCOMPANIED_BY.search(text, max(0, m.start() - 40), m.start())
                or any(p.start <= m.start("name") < p.end for p in chosen + out)):
            continue
        out.append(Person(m["name"], m["style"], REPORTING, m.start("name"), m.end("name")))
    return out


def _speakers(text: str, after: int, everyone: list[Person], chosen: list[Person]
              ) -> list[Person]:
    """Officials not yet chosen who open a sentence after the meeting's (from `after`) by
    speaking in it (``us_rules.SPEAKER_AFTER``); kept when they are of the reporting side."""
    keys = {_name_key(p.name)[-1:] for p in chosen}
    out: list[Person] = []
    for k, p in enumerate(everyone):
        if (p.start < after or not p.title or _name_key(p.name)[-1:] in keys
                or p.country not in (None, REPORTING) or R.FOREIGN_ONLY_TITLE.search(p.title)
                or STYLES_AND_HONORIFICS.issuperset(p.title.split())
                or _PRONOUN_START.match(p.title)  # "She and Dr. B discussed"
                or not _speaks(text, everyone, k) or _excluded(text, p)):
            continue
        keys.add(_name_key(p.name)[-1:])
        out.append(p)
    return out


def _speaks(text: str, everyone: list[Person], k: int) -> bool:
    """`everyone[k]` opens a sentence by speaking in it ("A discussed ..."), alone or with
    other officials ("Chair A and Acting Director B discussed ...", "Advisor A, Advisor B,
    and Assistant Secretary C discussed ...": all)."""
    a = z = k  # the officials listed with p ("A, B, and C discussed ...": all three)
    while a > 0 and R.SPEAKERS_LISTED.fullmatch(text, everyone[a - 1].end, everyone[a].start):
        a -= 1
    while z + 1 < len(everyone) and R.SPEAKERS_LISTED.fullmatch(text, everyone[z].end,
                                                                 everyone[z + 1].start):
        z += 1
    if z > a and not R.SPEAKERS_JOINED.fullmatch(text, everyone[z - 1].end, everyone[z].start):
        return False  # (a list's last two are joined by "and")
    first, last = everyone[a], everyone[z]
    return (R.SPEAKER_AFTER.match(text, last.end) is not None
            and R.SENTENCE_START_BEFORE.search(text, max(0, first.start - 90),
                                               first.start) is not None)


_PRONOUN_START = re.compile(r"(?:She|He|They|We|Both)\b")


def _sitting_president(day: date | None, terms: tuple[tuple[date, str], ...] = R.US_PRESIDENTS
                       ) -> str | None:
    """The holder on `day` of the office whose `terms` are given (default: the President
    of the United States)."""
    holders = [name for since, name in terms if day and since <= day]
    return holders[-1] if holders else None


_VICE = re.compile(r"\bVice[\s-]+President\b")
_PRESIDENT = re.compile(r"\bPresident\b")


def _is_sitting_president(p: Person, day: date | None) -> bool:
    """`p` is called President (Vice President) and bears the family name of the
    President (Vice President) of the United States on `day`."""
    if not p.title or "President" not in p.title:
        return False
    vice = _VICE.search(p.title) is not None
    if not vice and _PRESIDENT.search(p.title) is None:
        return False
    holder = _sitting_president(day, R.US_VICE_PRESIDENTS if vice else R.US_PRESIDENTS)
    return holder is not None and _name_key(p.name)[-1:] == _name_key(holder)[-1:]


@lru_cache(maxsize=4)  # asked twice of a meeting: whether it is another event, then its date
def _meeting_date(text: str, f: _Found, c_end: int, anchor: date | None) -> DateHit | None:
    """The date expression of the meeting sentence nearest its verb, preferring the
    meeting clause ("Following the March 24 launch, X spoke today with Y": today)."""
    sent = text[f.start:f.end]
    verb = f.verb_start - f.start
    hits = [h for h in find_dates(sent, anchor) if not _attributive(sent, h, verb)]
    if not hits:
        return None
    lead = R.MEETING_LEAD.match(sent)
    in_lead = [h for h in hits if lead and h.end <= lead.end()]
    if in_lead:  # "In a March 14 trilateral call, ...": the lead dates the meeting
        return in_lead[0]
    clause_end = c_end - f.start

    def rank(h: DateHit) -> tuple[bool, int]:
        outside = h.start >= clause_end
        return outside, abs(h.start - verb)

    return min(hits, key=rank)


def _paragraph_date(text: str, f: _Found, anchor: date | None) -> DateHit | None:
    """The day of a meeting whose sentence states none, from its paragraph: the opening
    adverbial of the sentence right before when the meeting's points back to it ("Today,
    officials welcomed 90 legislators. The Governor also attended the convening.") or a day's
    possessive naming the meeting ("... Families in today’s roundtable shared ...")."""
    if anchor is None:
        return None
    para = text.rfind("\n\n", 0, f.start) + 1
    para_end = text.find("\n\n", f.end)
    para_end = len(text) if para_end < 0 else para_end
    before = [(s, e) for s, e in _sentences(text[para:f.start])]
    if before and R.BACK_TO_GATHERING.search(text, f.start, f.end):
        s, e = before[-1]
        prev = text[para + s:para + e]
        lead = R.LEADING_ADVERBIAL.match(prev)
        hits = [h for h in find_dates(prev, anchor) if lead and h.end <= lead.end()]
        if hits:
            return hits[0]
    for h in find_dates(text[para:para_end], anchor):
        if R.DAY_OF_MEETING_AFTER.match(text, para + h.end):
            return h
    return None if R.VAGUE_TIME.search(text, f.start, f.end) else _opening_day(text, anchor)


def _opening_day(text: str, anchor: date) -> DateHit | None:
    """The day of the record's report: the first sentence of its first two paragraphs that
    opens with a day ("Today, Advisor A and Director B were joined by ...", under an
    undated summary line) and tells of officials meeting (a meeting verb, strong or weak,
    or a 'joined' clause)."""
    limit = _paragraph_limit(text, 2)
    for s, e in _sentences(text[:limit]):
        sent = text[s:e]
        lead = R.LEADING_ADVERBIAL.match(sent)
        # (the day opens the sentence: not "Following the May 3 summit, ...")
        hits = [h for h in find_dates(lead.group(0), anchor) if h.start <= 3] if lead else []
        if hits and (R.MEETING_VERB.search(sent) or R.MEETING_VERB_WEAK.search(sent)
                     or R.JOINED.search(sent)):
            h = hits[0]
            return DateHit(h.day, s + h.start, s + h.end, h.note)
    return None


def _attributive(sent: str, h: DateHit, verb: int) -> bool:
    """A date naming another event ("the April 22-23 Leaders Summit", "following the
    horrific October 7 attacks", "today's launches", after the verb "the Commission on
    October 7 Crimes") rather than when the meeting was ("On May 3 President X met")."""
    after = sent[h.end:]
    if R.DATE_POSSESSIVE.match(after):
        return True
    if not h.note.startswith("explicit"):
        return False
    if R.DATE_ATTRIBUTIVE_BEFORE.search(sent[:h.start]) and R.DATE_NOUN_AFTER.match(after):
        return True
    return h.start > verb and bool(R.DATE_ATTRIBUTIVE_AFTER.match(after))


def _inside_person(s: int, e: int, code: str, people: list[Person], text: str) -> bool:
    return False


def _named_after_role(text: str, f: _Found, known: list[Person]) -> list[Person]:
    """Officials the meeting sentence names after a plural role and no title of their own
    ("met today with NUG representatives Aung Myo Min and Moe Zaw Oo")."""
    out: list[Person] = []
    for m in R.NAMES_AFTER_ROLE.finditer(text, f.start, f.end):  # (subject or object)
        role = m.group(1)
        for n in re.finditer(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}", m.group(2)):
            start, end = m.start(2) + n.start(), m.start(2) + n.end()
            if any(p.start <= start < p.end for p in known) or n.group(0).split()[0] in (
                    "The", "And") or n.group(0).split()[0] in TITLE_WORDS:  # (", Deputy ...")
                continue
            out.append(Person(n.group(0), role.rstrip("s"), None, start, end))
    return out


def _named_after_plural_title(text: str, known: list[Person]) -> list[Person]:
    """Officials named after a title they share ("Senior Directors A B and C D"), each with
    the title in the singular; names the finder read already are left as they are."""
    out: list[Person] = []
    if "s " not in text:
        return out
    for m in R.NAMES_AFTER_PLURAL_TITLE.finditer(text):
        if any(w.strip(",") in INSTITUTIONS for w in m.group(2).split()):
            continue  # an organisation's name ("Governors Highway Safety Association and ...")
        words = m.group(1).split()
        last = R.PLURAL_TITLES.get(words[-1], words[-1][:-1])
        title = " ".join(words[:-1] + [last])
        for n in R.PLURAL_TITLE_NAME.finditer(m.group(2)):  # (its place left out)
            start, end = m.start(2) + n.start("name"), m.start(2) + n.end("name")
            if not any(p.start < end and start < p.end for p in known):
                out.append(Person(n.group("name"), title, None, start, end))
    return out


def _recalled_lead(text: str, f: _Found) -> tuple[int, int]:
    """The span of a recalled event opening the meeting's sentence with the officials who
    led it ("Following the May Summit led by A of X, B of Y, and C of Z, ..."): to the comma
    after the list's last item; (0, 0) when the sentence opens otherwise."""
    m = R.RECALLED_EVENT_LEAD.match(text, f.start, f.verb_start)
    if m is None:
        return 0, 0
    last = text.find(", and ", m.end(), f.verb_start)
    stop = text.find(",", last + 6, f.verb_start) if last >= 0 else -1
    return (f.start, stop) if stop >= 0 else (0, 0)


def _called_by_last_name(text: str, start: int, end: int, known: list[Person]
                          ) -> list[Person]:
    """Officials the meeting clause calls by the family name alone, with no title ("While in
    Chile, Park met with President X"), named in full with a title earlier in the text."""
    out: list[Person] = []
    titled: dict[str, list[Person]] = {}  # last word of a titled official's name -> them
    for p in known:
        if p.title and p.name.split():
            titled.setdefault(p.name.split()[-1], []).append(p)
    if not titled:
        return out
    for m in _CAPITALISED.finditer(text, start, end):
        same = titled.get(m[0])
        if same is None:  # (most capitalised words of the clause name no official)
            continue
        at = m.start()
        if any(p.start <= at < p.end for p in known):
            continue
        earlier = [p for p in same if p.end <= at]
        if earlier:
            q = earlier[-1]
            out.append(Person(q.name, q.title, q.country, at, m.end()))
    return out


_CAPITALISED = guarded(re.compile(r"\b[A-Z][\w’'-]+\b"))


def _organisations(segment: str) -> list[str]:
    """Codes of the organisations a participant list names ("Heads of the World Health
    Organization, and the World Bank"), longest phrase first, each place once."""
    return [code for _, code in _organisation_spans(segment)]


def _organisation_spans(segment: str) -> list[tuple[int, str]]:
    """(offset, code) of each organisation `_organisations` names, in text order."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for phrase, pattern, code in ORGANISATION_PATTERNS:
        if phrase not in segment:  # (a pattern opening with \b is tried at every character)
            continue
        for m in pattern.finditer(segment):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), code))
    return sorted(found)


# codes of the international organisations an official may belong to (not states)
_ORGANISATION_CODES = frozenset(code for _, _, code in ORGANISATION_PATTERNS) | R.OPEN_GROUPINGS


def _trip_meetings(text: str, f: _Found) -> list[tuple[int, int, str | None]]:
    """(start, end, place) of each later sentence's clause telling another meeting of the
    record's (``us_rules.TRIP_MEETING``): from its verb to the clause's end, with the country
    of the place it opens with."""
    out: list[tuple[int, int, str | None]] = []
    limit = min(len(text), f.end + R.TRIP_MEETING_SPAN)
    if "met" not in text[f.end:limit] and "where" not in text[f.end:limit]:
        return out
    for s, e in _sentences(text[f.end:limit]):
        s += len(text[f.end + s:f.end + e]) - len(text[f.end + s:f.end + e].lstrip())
        m = R.TRIP_MEETING.match(text, f.end + s, f.end + e)
        # (not an earlier occasion: "In 2021, the President also met with ...")
        if m is None or R.EARLIER.search(text, f.end + s, f.end + e) or R.OTHER_TIME_LEAD.match(
                text, f.end + s, f.end + e):
            continue
        stop = R.CLAUSE_END.search(text, m.end(), f.end + e)
        where = "place" if m.group("place") else "where" if m.group("where") else None
        place = _place(text, m.start(where), m.end(where)) if where else None
        if where and place is None:  # "from Dammam, Saudi Arabia": a town, then its country
            place = next((c for _, _, c in country_spans(m.group(where)) if not is_grouping(c)),
                         None)
        if m.group("place") and place is None:
            continue  # "In March, ...", "In a separate meeting, ...": no stop of a trip
        out.append((m.end() - len("with"), stop.start() if stop else f.end + e, place))
    return out


def _clause_organisations(text: str, start: int, end: int) -> list[tuple[int, str, bool]]:
    """(position, code, named as the forum) of each organisation text[start:end] names as a
    side at the table: one entry of a list of states ("the Arab League, Egypt, and France"),
    or the forum whose meeting it is ("the APEC Leaders' Meeting")."""
    seg = text[start:end]
    orgs = [(a, code) for a, code in _organisation_spans(seg) if not is_grouping(code)]
    if not orgs:
        return []
    states = country_spans(seg)
    out: list[tuple[int, str, bool]] = []
    for a, code in orgs:
        m = next(rx.match(seg, a) for phrase, rx, c in ORGANISATION_PATTERNS
                 if c == code and rx.match(seg, a))
        b = m.end()
        listed = any(R.ORG_LIST_GLUE.fullmatch(seg, e, a) for _, e, _ in states if e <= a) or any(
            R.ORG_LIST_GLUE.fullmatch(seg, b, s) for s, _, _ in states if s >= b)
        forum = R.ORG_FORUM_AFTER.match(seg, b) is not None
        if listed or forum:
            out.append((start + a, code, forum and not listed))
    return out


def _side_led_by(text: str, start: int) -> str | None:
    """The side an official leads when the text says so just before the name ("the U.S.
    side was co-chaired by Ms. A"): its country, or None."""
    seg = text[max(0, start - 300):start]
    if not any(word in seg for word in R.SIDE_WORDS):
        return None
    last = None
    for m in R.SIDE_LED_BY.finditer(seg):
        last = m
    if last is None or R.SIDE_SWITCH.search(seg, last.end()):
        return None
    return _side_country(last.group(1))


def _listed_side(text: str, start: int) -> str | None:
    """The side a delegation's list gives the officials after its head ("Representing
    Mexico were ..."): the last head in the paragraph before `start`, or None."""
    para = text.rfind("\n\n", 0, start) + 1
    if text.find("epresent", para, start) < 0 and text.find("delegation", para, start) < 0:
        return None
    last = None
    for m in R.LISTED_SIDE.finditer(text, para, start):
        last = m
    return None if last is None else _side_country(last.group(last.lastindex or 1))


def _leads_side(text: str, end: int) -> str | None:
    """The side an official is said to lead right after the name ("Mr. X, Director General,
    NCB led the Indian delegation"): its country, or None."""
    if text.find("led", end, end + R.LEADS_SIDE_REACH) < 0:
        return None  # (every match holds "led" within its reach: most names have none)
    m = R.LEADS_SIDE.match(text, end)
    return None if m is None else _side_country(m.group(1))


def _side_country(side: str) -> str | None:
    """The country of a side a text names ("U.S.", "Indian"), or None for a grouping's or
    an unknown one."""
    if side in R.US_SIDE_NAMES:
        return REPORTING
    spans = country_spans(side)
    return spans[0][2] if spans and not is_grouping(spans[0][2]) else None


def _next_sentence(text: str, end: int) -> list[tuple[int, int]]:
    """The sentence after the one ending at `end`, if in the same paragraph and it tells who
    led, hosted or met ("A senior U.S. delegation, led by X, hosted Y")."""
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    for s, e in _sentences(text[end:para_end]):
        if R.SIDES_LED.search(text, end + s, end + e):
            return [(end + s, end + e)]
        break
    return []


def _first_day(day: date, verb: str, sent: str) -> date:
    """The day a meeting began: a meeting that "concluded after two days" on `day` began
    the day before."""
    m = R.DAYS_LONG.search(sent) if verb == "concluded" else None
    if m is None:
        return day
    n = m.group("n").lower()
    return day - timedelta(days=(int(n) if n.isdigit() else R.DAY_COUNTS[n]) - 1)


def _grouping_leaders(text: str, counterparts: list[str], everyone: list[Person],
                      pairs: list[tuple[Person, str]]) -> tuple[Participant, ...]:
    """Heads of government named where the text speaks of the grouping whose leaders met
    ("thanked Prime Minister X for her leadership of the G7"): they took part. Their
    countries are not added to the other side, which is the grouping."""
    out: list[Participant] = []
    have = [set(_name_key(p.name)) for p, _ in pairs]
    for code, named in R.GROUPING_LEADERS.items():
        if code not in counterparts:
            continue
        for s, e in _sentences(text):
            if not named.search(text, s, e):
                continue
            for p in everyone:
                words = set(_name_key(p.name))
                if (s <= p.start < e and rank_of(p.title) == "head" and p.country != REPORTING
                        and not any(words <= w or w <= words for w in have)
                        and not _excluded(text, p)):
                    have.append(words)
                    fam = family_name(p.name, p.country, text) or p.name
                    out.append(Participant(side="counterpart", country=p.country, name=p.name,
                                           family_name=fam, title=p.title))
    return tuple(out)


def _members_of_grouping(text: str, end: int, code: str) -> bool:
    """A grouping named as its members ("NATO Allies"), ending at `end`."""
    return is_grouping(code) and R.GROUPING_MEMBERS_AFTER.match(text, end) is not None


def _unnamed_foreign_side(text: str, f: _Found, c_end: int) -> bool:
    """Whether the meeting was with other governments' people whom no country names: the
    clause's object is such a group, or its paragraph counts the governments present."""
    if R.UNNAMED_FOREIGN_OBJECT.search(text, f.verb_end, c_end):
        return True
    para_start = text.rfind("\n\n", 0, f.start) + 1
    para_end = text.find("\n\n", f.end)
    para_end = para_end if para_end > 0 else len(text)
    return any(text.find(word, para_start, para_end) >= 0
               for word in R.UNNAMED_FOREIGN_COUNT_WORDS) and bool(
        R.UNNAMED_FOREIGN_COUNT.search(text, para_start, para_end))


def _group_rank(segment: str) -> str | None:
    for pat, rank in R.GROUP_RANKS:
        if pat.search(segment):
            return rank
    return None
