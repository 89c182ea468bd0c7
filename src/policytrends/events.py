"""One meeting, many records: link the records of a store into events.

A meeting is reported by several records: the White House readout, remarks before the
meeting, a joint statement and a fact sheet; the State Department's readout; Japan's
MOFA page in English and in Japanese. This module groups them into events (one row per
real meeting) from what the texts say - the meeting's date, the officials at the table,
the countries, the kind and the occasion - and never from publication order.

It runs when ingest commits a store version (`derive`), on the tables that version holds,
and writes two tables: `events` and `event_records`. Event ids are derived from content
and carried over from the previous version: a record ingested later joins its existing
event under the same id; a re-ingest that changes nothing changes no id.

Linking is conservative (see events_rules.py): two records join only when every check
passes - dates within the allowed slack, the same mode, the same countries at the table,
the same occasion, start times that agree, and for every country both name officials of,
a shared family name (same script) and the same leading rank. Clusters are grown by
complete linkage: a record joins a group only when it agrees with every record in it.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from threading import Thread
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import events_rules as rules
from .extract.countries import countries_in, is_grouping
from .extract.naming import Person, family_name
from .extract.people import find_people
from .extract.ranks import best_rank, level_of, rank_of
from .schema import TABLES, with_version
from .shared_values import SharedValues

__all__ = ["EVENT_TABLES", "Linker", "Rec", "derive", "link", "link_tables"]

EVENT_TABLES = ("events", "event_records")
# Titles whose role and occasion are kept (a few MB at most; the titles are the records')
TITLES_CACHED = 16384
T = TypeVar("T")
_DOC_COLUMNS = ["record_id", "source", "title", "published", "kind", "reporting_country",
                "duplicate_of"]
_MEETING_COLUMNS = ["record_id", "date", "mode", "level", "parties", "reporting_country",
                    "counterpart_countries", "location_country", "start_local"]
_PERSON_COLUMNS = ["record_id", "side", "country", "family_name", "title"]


@dataclass(slots=True)
class Rec:
    """What linking knows of one record (slots: an ingest keeps one per record that may
    be about a meeting until it commits)."""

    record_id: str
    source: str
    language: str
    reporting: str | None
    role: str
    title: str
    published: date | None
    date: date | None = None
    mode: str | None = None
    level: str | None = None
    parties: int | None = None
    sides: frozenset[str] = frozenset()
    location: str | None = None
    start_min: int | None = None
    occasion: str | None = None
    # country -> family names (case-folded) of its officials at the table (sets while
    # `records_of` reads the record, then frozensets shared among records)
    names: dict[str, Set[str]] = field(default_factory=dict)
    # country -> rank of its leading official
    ranks: dict[str, str] = field(default_factory=dict)
    duplicate_of: str | None = None
    is_meeting: bool = False  # it has a `meetings` row: it founds or joins an event

    @property
    def anchor(self) -> dt.date | None:
        """The day linking places the record on: the meeting's date, else (a readout
        that does not say when) its publication date."""
        return self.date or self.published

    @property
    def publisher(self) -> tuple[str, str]:
        return (self.source, self.language)


# -- features ---------------------------------------------------------------------------
# (role_of and occasion_of are asked of every record with a role: a publisher titles many
# records alike, "Readout of President ...'s Call with ...", and a title is a short key)
@lru_cache(maxsize=TITLES_CACHED)
def role_of(kind: str | None, title: str) -> str | None:
    """The role a record plays for the meeting it is about, None for no meeting."""
    if kind != "meeting" and rules.NOT_ABOUT.search(title):
        return None
    for role, rx in rules.TITLE_ROLES:
        if rx.search(title) and (kind != "meeting" or role in rules.MEETING_TITLE_ROLES):
            return role
    if kind == "meeting":
        return rules.MEETING_ROLE
    # remarks the publisher titles by their occasion ("... Before Their Meeting")
    return "remarks" if kind == "remarks" and rules.MEETING_CUE.search(title) else None


@lru_cache(maxsize=TITLES_CACHED)
def occasion_of(title: str) -> str | None:
    """The occasion a title names ("meal"), None for talks (see events_rules.OCCASIONS)."""
    if rules.TALKS.search(title):
        return None
    for name, rx in rules.OCCASIONS:
        if rx.search(title):
            return name
    return None


@lru_cache(maxsize=65536)
def rank_of_title(title: str | None, country: str | None) -> str | None:
    """Rank of an official's title, English or Japanese."""
    if title and rules.JAPANESE.search(title):
        for rank, rx in rules.JA_RANKS:
            if rx.search(title):
                return rank
        return None
    return rank_of(title, country)


def _minutes(hhmm: str | None) -> int | None:
    if not hhmm or len(hhmm) != 5 or hhmm[2] != ":":
        return None
    try:
        return int(hhmm[:2]) * 60 + int(hhmm[3:])
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _people_in(title: str) -> tuple[Person, ...]:
    """The officials a title names (many records share a title: found once)."""
    return tuple(find_people(title))


@lru_cache(maxsize=65536)
def _is_latin(name: str) -> bool:
    return not rules.JAPANESE.search(name)


def _add_person(rec: Rec, country: str | None, family: str | None, title: str | None
                ) -> None:
    if not country:
        return
    if family:
        names = rec.names.setdefault(country, set())
        assert isinstance(names, set)  # (frozen only once the record is read)
        names.add(family.casefold())
    rank = rank_of_title(title, country)
    if rank is not None:
        known = rec.ranks.get(country)
        # (best_rank of one rank, known or not, is that rank)
        rec.ranks[country] = (rank if known is None or known == rank
                              else best_rank((known, rank)) or rank)


def _title_people(rec: Rec) -> None:
    """Officials and countries a title names (remarks, statements: no meetings row).

    The countries are those of the officials named when there are any (a title's
    "| Vilnius, Lithuania" is a place, not a side), else every country it names."""
    countries: set[str] = set()
    for p in _people_in(rec.title):
        country = p.country or rec.reporting  # "President Biden": the publisher's own
        # the whole name: "Chaves Robles" is "Chaves" in the readout
        _add_person(rec, country, p.name, p.title)
        if p.country:
            countries.add(p.country)
    if not countries:
        countries = {code for code, _ in countries_in(rec.title)}
    if rec.reporting:
        countries.add(rec.reporting)
    rec.sides = frozenset(countries)
    rec.parties = len(countries) if len(countries) > 1 else None


def _title_names(rec: Rec) -> None:
    """Officials a meeting record's title names, when its text gave none."""
    for p in _people_in(rec.title):
        country = p.country or (rec.reporting if p.title else None)
        if country in rec.sides:
            _add_person(rec, country, family_name(p.name, country, rec.title), p.title)


# -- compatibility ----------------------------------------------------------------------
def _dates_agree(a: Rec, b: Rec) -> bool:
    day_a, day_b = a.date or a.published, b.date or b.published  # (their anchors)
    if day_a is None or day_b is None:
        return False
    if (a.date is None) != (b.date is None) and a.reporting == b.reporting:
        return day_a == day_b  # one says when, the other is placed by publication
    slack = (rules.DATE_SLACK_SAME_GOVERNMENT if a.reporting == b.reporting
             else rules.DATE_SLACK_OTHER_GOVERNMENT)
    return abs((day_a - day_b).days) <= slack


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> frozenset[str]:
    """The words of a name, accents dropped ("López Obrador" -> lopez, obrador)."""
    plain = name if name.isascii() else "".join(  # (ASCII: nothing to drop)
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return frozenset(t for t in plain.replace("-", " ").split() if len(t) > 1)


def _tokens_match(tx: frozenset[str], ty: frozenset[str]) -> bool:
    if tx & ty:
        return True
    return any(len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a))
               for a in tx for b in ty)


def names_match(x: str, y: str) -> bool:
    """One official's family name as two records write it: "lópez obrador" and
    "obrador", "bidenand" (a title missing its space) and "biden"."""
    return _tokens_match(_name_tokens(x), _name_tokens(y))


def _share_name(xs: Iterable[str], ys: Iterable[str]) -> bool:
    ys = list(ys)
    return any(names_match(x, y) for x in xs for y in ys)


def _people_agree(a: Rec, b: Rec) -> bool:
    """For every country both name officials of: a shared family name (when both are
    written in one script) and the same leading rank (when both know it)."""
    for country in a.sides & b.sides:
        ra, rb = a.ranks.get(country), b.ranks.get(country)
        if ra and rb and ra != rb:
            return False
        xa, xb = a.names.get(country), b.names.get(country)
        if xa and xb and not _names_agree(xa, xb):
            return False
    return True


def _names_agree(xa: Set[str], xb: Set[str]) -> bool:
    """Whether two records' names of one country's officials agree: a shared family name
    among those in Latin letters, and among the others, when both have some."""
    if isinstance(xa, frozenset) and isinstance(xb, frozenset):
        return _frozen_names_agree(xa, xb)
    return _sets_agree(xa, xb)


@lru_cache(maxsize=16384)  # (records share their sets of names: pairs recur)
def _frozen_names_agree(xa: frozenset[str], xb: frozenset[str]) -> bool:
    return _sets_agree(xa, xb)


def _sets_agree(xa: Set[str], xb: Set[str]) -> bool:
    na, ja = _by_script(xa)
    nb, jb = _by_script(xb)
    if na and nb and not _share_name(na, nb):
        return False
    return not (ja and jb and not ja & jb)


def _by_script(names: Set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the names in Latin letters, the others); of a shared frozenset, found once."""
    if isinstance(names, frozenset):
        return _by_script_of(names)
    latin = frozenset(n for n in names if _is_latin(n))
    return latin, frozenset(names) - latin


@lru_cache(maxsize=65536)  # (a record's names are shared among records: few distinct)
def _by_script_of(names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    latin = frozenset(n for n in names if _is_latin(n))
    return latin, (names - latin) if latin else names


@lru_cache(maxsize=4096)  # asked twice a comparison, of a few sets of sides
def table_key(sides: frozenset[str]) -> frozenset[str]:
    """The countries at the table, groupings left out when two countries remain: MOFA's
    page of a trilateral on a NATO summit's margins may name NATO as a side, the White
    House's not; a meeting with the EU keeps it."""
    countries = _countries(sides)
    return countries if len(countries) >= 2 else sides


def same_meeting(a: Rec, b: Rec) -> bool:
    """Whether two meeting records may report one meeting (every rule must agree)."""
    if (a.publisher == b.publisher and a.title != b.title
            and a.role == b.role == rules.MEETING_ROLE):
        return False  # one publisher, two different readouts: two meetings
    if not _dates_agree(a, b):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if len(a.sides) < 2 or table_key(a.sides) != table_key(b.sides):
        return False
    if a.occasion != b.occasion:
        return False
    if (a.start_min is not None and b.start_min is not None
            and abs(a.start_min - b.start_min) > rules.START_SLACK_MIN):
        return False
    return _people_agree(a, b)


def _pair_strength(a: Rec, b: Rec) -> tuple[int, ...]:
    """Order in which agreeing pairs are merged: the surest first."""
    shared = sum(len(names & b.names[c]) for c, names in a.names.items()
                 if c in b.names and c in a.sides)
    same_day = int(a.anchor == b.anchor)
    same_start = int(a.start_min is not None and a.start_min == b.start_min)
    return (-same_day, -same_start, -shared)


# -- grouping ---------------------------------------------------------------------------
def _cluster(meetings: list[Rec]) -> list[list[Rec]]:
    """Groups of meeting records by complete linkage over agreeing pairs."""
    by_sides: dict[frozenset[str], list[Rec]] = defaultdict(list)
    singles: list[list[Rec]] = []
    for rec in meetings:
        if rec.anchor is None or len(rec.sides) < 2:
            singles.append([rec])
        else:
            by_sides[table_key(rec.sides)].append(rec)
    groups: list[list[Rec]] = []
    slack = max(rules.DATE_SLACK_SAME_GOVERNMENT, rules.DATE_SLACK_OTHER_GOVERNMENT)
    for recs in by_sides.values():
        recs.sort(key=lambda r: (r.anchor, r.record_id))
        days = [r.anchor.toordinal() for r in recs]  # type: ignore[union-attr]
        pairs: list[tuple[tuple[int, ...], str, str]] = []
        # the pairs compared (in both orders: every rule of same_meeting is symmetric), for
        # the complete-linkage checks, which ask most of them again
        agree: dict[tuple[str, str], bool] = {}
        for i, a in enumerate(recs):
            for j in range(i + 1, len(recs)):
                if days[j] - days[i] > slack:
                    break
                b = recs[j]
                same = agree[(a.record_id, b.record_id)] = agree[(b.record_id, a.record_id)] = (
                    same_meeting(a, b))
                if same:
                    pairs.append((_pair_strength(a, b), a.record_id, b.record_id))
        pairs.sort()
        group_of = {r.record_id: [r] for r in recs}
        for _, x, y in pairs:
            gx, gy = group_of[x], group_of[y]
            if gx is gy:
                continue
            if all(_agreed(agree, a, b) for a in gx for b in gy):
                gx.extend(gy)
                for r in gy:
                    group_of[r.record_id] = gx
        seen: set[int] = set()
        for g in group_of.values():
            if id(g) not in seen:
                seen.add(id(g))
                groups.append(g)
    return groups + singles


def _agreed(agree: dict[tuple[str, str], bool], a: Rec, b: Rec) -> bool:
    """same_meeting(a, b), read from `agree` when the pair was compared already."""
    same = agree.get((a.record_id, b.record_id))
    return same_meeting(a, b) if same is None else same


@dataclass(frozen=True)
class _Facts:
    """What attaching a record compares with an event, computed once per membership."""

    date: dt.date | None
    anchor: dt.date | None
    sides: frozenset[str]
    countries: frozenset[str]
    names: frozenset[str]
    name_tokens: tuple[tuple[str, frozenset[str]], ...]  # (Latin name, its tokens)
    occasion: str | None
    level: str | None
    ranks: dict[str, frozenset[str]]  # country -> ranks its leading officials have


@dataclass(eq=False)
class _Event:
    members: list[Rec]
    roles: dict[str, str] = field(default_factory=dict)
    _facts: _Facts | None = None

    def add(self, rec: Rec, role: str) -> None:
        self.members.append(rec)
        self.roles[rec.record_id] = role
        self._facts = None

    @property
    def readouts_or_all(self) -> list[Rec]:
        founders = [r for r in self.members if r.is_meeting or r.date is not None]
        return founders or self.members

    @property
    def facts(self) -> _Facts:
        if self._facts is None:
            base = self.readouts_or_all
            if len(base) == 1:  # most events: one record's facts
                self._facts = _facts_of(base[0])
                return self._facts
            when = _most_common(r.date for r in base)
            sides = frozenset().union(*(r.sides for r in base))
            names = frozenset(n for r in base for ns in r.names.values() for n in ns)
            ranks: dict[str, set[str]] = {}
            for r in base:
                for country, rank in r.ranks.items():
                    ranks.setdefault(country, set()).add(rank)
            self._facts = _Facts(
                date=when, anchor=when or _most_common(r.anchor for r in base),
                sides=sides, countries=_countries(sides), names=names,
                name_tokens=tuple((n, _name_tokens(n)) for n in sorted(names)
                                  if _is_latin(n)),
                occasion=_most_common(r.occasion for r in base),
                level=_most_common(r.level for r in base),
                ranks={c: frozenset(v) for c, v in ranks.items()})
        return self._facts

    @property
    def founder(self) -> Rec | None:
        """The one record the event's facts are those of (most events), else None."""
        base = self.readouts_or_all
        return base[0] if len(base) == 1 else None

    @property
    def date(self) -> dt.date | None:
        one = self.founder if self._facts is None else None
        return one.date if one else self.facts.date

    @property
    def anchor(self) -> dt.date | None:
        one = self.founder if self._facts is None else None
        return one.anchor if one else self.facts.anchor

    @property
    def countries(self) -> frozenset[str]:
        one = self.founder if self._facts is None else None
        return _countries(one.sides) if one else self.facts.countries

    def sides(self) -> frozenset[str]:
        one = self.founder if self._facts is None else None
        return one.sides if one else self.facts.sides


def _facts_of(rec: Rec) -> _Facts:
    names = frozenset(n for ns in rec.names.values() for n in ns)
    return _Facts(date=rec.date, anchor=rec.anchor, sides=rec.sides,
                  countries=_countries(rec.sides), names=names,
                  name_tokens=tuple((n, _name_tokens(n)) for n in sorted(names)
                                    if _is_latin(n)),
                  occasion=rec.occasion, level=rec.level,
                  ranks={c: frozenset((r,)) for c, r in rec.ranks.items()})


def _most_common(values: Iterable[T | None]) -> T | None:
    present = [v for v in values if v is not None]
    if len(set(present)) <= 1:
        return present[0] if present else None
    counts = Counter(present)
    best = max(counts.values())
    return min((v for v, n in counts.items() if n == best), key=str)


@dataclass(frozen=True)
class _Title:
    """What attaching compares of a record with each event it may be about."""

    countries: frozenset[str]
    names: tuple[frozenset[str], ...]  # the tokens of each Latin name it names
    words: frozenset[str]


def _title_of(rec: Rec) -> _Title:
    return _Title(
        countries=_countries(rec.sides),
        names=tuple(_name_tokens(n) for ns in rec.names.values() for n in ns
                    if _is_latin(n)),
        words=_name_tokens(rec.title.casefold()))


@lru_cache(maxsize=65536)
def _matched(name_tokens: tuple[tuple[str, frozenset[str]], ...], words: frozenset[str],
             title_names: tuple[frozenset[str], ...]) -> int:
    """How many of the event's officials the title names ("President von der Leyen" is
    not found as a person, but her name is in the title)."""
    return sum(1 for _, tokens in name_tokens
               if any(len(t) >= 4 and t in words for t in tokens)
               or any(_tokens_match(tokens, other) for other in title_names))


def _about(rec: Rec, ev: _Event, title: _Title | None = None) -> bool:
    """Whether a remarks page, joint statement, fact sheet or press conference is about
    the event: its date window, its countries, the officials and occasion it names."""
    facts = ev.facts
    when = facts.anchor
    if rec.published is None or when is None:
        return False
    lo, hi = rules.ATTACH_WINDOW.get(rec.role, (0, 0))
    if not lo <= (rec.published - when).days <= hi:
        return False
    title = title or _title_of(rec)
    countries = title.countries
    if len(countries) > 1 and countries != facts.countries:
        return False
    if rec.occasion != facts.occasion:
        return False
    for country, rank in rec.ranks.items():
        known = facts.ranks.get(country)
        if known and rank not in known:
            return False
    title_names = title.names
    matched = _matched(facts.name_tokens, title.words, title_names)
    if facts.names and title_names and matched < min(rules.TITLE_NAMES_TO_MATCH,
                                                     len(title_names)):
        return False
    # the title must name the other side: a country besides the publisher's, or two of
    # the officials at the table (a speech or an interview of one of them is not about it)
    return len(countries) > 1 or matched >= rules.TITLE_NAMES_TO_MATCH


@lru_cache(maxsize=4096)
def _countries(sides: frozenset[str]) -> frozenset[str]:
    """The countries of `sides`, groupings left out (a readout of a bilateral may name
    the summit it was held at as a side)."""
    return frozenset(c for c in sides if not is_grouping(c))


class _Days:
    """Events by day, and by day and countries at the table (a title that names two
    countries is compared only with the events of those countries)."""

    def __init__(self) -> None:
        self.by_day: dict[date, list[_Event]] = defaultdict(list)
        self.by_key: dict[tuple[date, frozenset[str]], list[_Event]] = defaultdict(list)

    def add(self, ev: _Event) -> None:
        if ev.anchor is not None:
            self.by_day[ev.anchor].append(ev)
            self.by_key[(ev.anchor, ev.countries)].append(ev)

    def around(self, rec: Rec, day: date) -> list[_Event]:
        countries = _countries(rec.sides)
        if len(countries) > 1:
            return self.by_key.get((day, countries), [])
        return self.by_day.get(day, [])


def _attach(rec: Rec, days: _Days) -> _Event | None:
    """The one event `rec` is about, or None (none, or more than one: ambiguous)."""
    if rec.published is None:
        return None
    lo, hi = rules.ATTACH_WINDOW.get(rec.role, (0, 0))
    found: list[_Event] = []
    title = _title_of(rec)
    for back in range(lo, hi + 1):
        for ev in days.around(rec, rec.published - timedelta(days=back)):
            if ev not in found and _about(rec, ev, title):
                found.append(ev)
    if len(found) > 1:  # the one of the publication day, if only one is
        same_day = [ev for ev in found if ev.anchor == rec.published]
        found = same_day if len(same_day) == 1 else found
    prefer = rules.AMBIGUOUS_PREFER_LEVEL.get(rec.role)
    if len(found) > 1 and prefer:
        at_level = [ev for ev in found if ev.facts.level == prefer]
        found = at_level if len(at_level) == 1 else found
    return found[0] if len(found) == 1 else None


def link(recs: list[Rec], previous: dict[str, str] | None = None
         ) -> tuple[list[dict], list[dict]]:
    """Group records into events.

    Args:
        recs: every record of the store that has a role (see `role_of`).
        previous: record_id -> event_id of the store's previous version, whose ids are
            kept for the events that hold the same records.

    Returns:
        (events rows, event_records rows), sorted by event_id.
    """
    by_id = {r.record_id: r for r in recs}
    originals = [r for r in recs if not (r.duplicate_of and r.duplicate_of in by_id)]
    meetings = [r for r in originals if r.is_meeting]
    events = [_Event(g, {r.record_id: r.role for r in g}) for g in _cluster(meetings)]
    days = _Days()
    for ev in events:
        days.add(ev)
    others = sorted((r for r in originals if not r.is_meeting),
                    key=lambda r: (r.role != "remarks", r.published or date.min, r.record_id))
    for rec in others:
        found = _attach(rec, days)
        if found is not None:
            found.add(rec, rec.role)
        elif (rec.role == "remarks" and rules.MEETING_CUE.search(rec.title)
              and len(rec.sides) > 1 and rec.published is not None):
            _found_by_remarks(rec)
            new = _Event([rec], {rec.record_id: rec.role})
            events.append(new)
            days.add(new)
    member_of = {r.record_id: ev for ev in events for r in ev.members}
    for rec in recs:  # a duplicate joins the event of the record it repeats
        if rec.record_id not in member_of and rec.duplicate_of in member_of:
            ev = member_of[rec.duplicate_of]
            ev.add(rec, ev.roles[rec.duplicate_of])
            member_of[rec.record_id] = ev
    return _rows(events, previous or {})


def _found_by_remarks(rec: Rec) -> None:
    """Meeting fields of a meeting known only from remarks: the remarks' day, the mode
    the title gives, the level of the officials it names."""
    rec.date = rec.published
    rec.mode = next((mode for mode, rx in rules.REMARKS_MODES if rx.search(rec.title)),
                    rules.REMARKS_DEFAULT_MODE)
    rec.level = level_of(*([rank] for rank in rec.ranks.values())) if len(rec.ranks) > 1 \
        else None


def _fresh_id(ev: _Event) -> str:
    founders = sorted(r.record_id for r in ev.readouts_or_all)
    key = "\x1f".join([str(ev.date), ",".join(sorted(ev.sides())), founders[0]])
    return "ev" + hashlib.sha256(key.encode()).hexdigest()[:18]


def _ids(events: list[_Event], previous: dict[str, str]) -> list[str]:
    """One id per event: the previous version's id its records held (the largest
    share first), else one derived from its content."""
    claims: list[tuple[int, str, int]] = []
    for k, ev in enumerate(events if previous else ()):
        held = Counter(previous[r.record_id] for r in ev.members if r.record_id in previous)
        claims.extend((-n, old, k) for old, n in held.items())
    ids: list[str | None] = [None] * len(events)
    taken: set[str] = set()
    for _, old, k in sorted(claims):
        if ids[k] is None and old not in taken:
            ids[k] = old
            taken.add(old)
    out = []
    for k, ev in enumerate(events):
        new = ids[k] or _fresh_id(ev)
        while new in taken and ids[k] is None:  # (a fresh id equal to a kept one)
            new = "ev" + hashlib.sha256(new.encode()).hexdigest()[:18]
        taken.add(new)
        out.append(new)
    return out


def _rows(events: list[_Event], previous: dict[str, str]) -> tuple[list[dict], list[dict]]:
    event_rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, Any]] = []
    for ev, eid in zip(events, _ids(events, previous), strict=True):
        base = ev.readouts_or_all
        one = base[0] if len(base) == 1 else None
        originals = [r for r in ev.members if not r.duplicate_of]
        event_rows.append({
            "event_id": eid,
            "date": ev.date,
            "mode": one.mode if one else _most_common(r.mode for r in base),
            "level": one.level if one else ev.facts.level,
            "parties": max((r.parties or 0 for r in base), default=0) or None,
            "counterpart_countries": sorted(ev.sides()),
            "location_country": one.location if one else _most_common(r.location
                                                                       for r in base),
            "reporting_countries": sorted({r.reporting for r in ev.members if r.reporting}),
            "n_records": len(originals) or len(ev.members),
            "title": min(base, key=lambda r: (r.role != "readout", r.record_id)).title,
        })
        member_rows.extend({"event_id": eid, "record_id": r.record_id,
                            "role": ev.roles[r.record_id]} for r in ev.members)
    event_rows.sort(key=lambda r: str(r["event_id"]))
    member_rows.sort(key=lambda r: (str(r["event_id"]), str(r["record_id"])))
    return event_rows, member_rows


# -- from store tables --------------------------------------------------------------------
def _may_have_a_role(docs: pa.Table, meetings: pa.Table) -> pa.Array:
    """Rows of `docs` that report a meeting or whose title may give them a role (one
    Arrow pass: most records are about no meeting and are not looked at one by one)."""
    titles = pc.fill_null(docs["title"], "")
    titled = pc.match_substring_regex(titles, rules.ANY_ROLE_TITLE, ignore_case=True)
    no_role = pc.is_in(pc.fill_null(docs["kind"], ""),
                       value_set=pa.array(sorted(rules.NO_ROLE_KINDS), pa.string()))
    meeting = pc.is_in(docs["record_id"], value_set=meetings["record_id"])
    return pc.or_(meeting, pc.and_(titled, pc.invert(no_role)))


def records_of(docs: pa.Table, meetings: pa.Table, people: pa.Table,
               shared: SharedValues | None = None) -> list[Rec]:
    """Linking's view of the records: those with a role, with their meeting fields and
    officials; `shared`: the values to share with the records read before (an ingest
    holds the records of every batch until it commits)."""
    values = shared or SharedValues()
    one = values.one
    docs = docs.filter(_may_have_a_role(docs, meetings))
    language = (_shared_column(docs["language"], values)
                if "language" in docs.column_names else None)
    m_cols = {c: (_shared_column(meetings[c], values) if c in _SHARED_MEETING_COLUMNS
                  else meetings[c].to_pylist()) for c in _MEETING_COLUMNS}
    meeting_of = {rid: k for k, rid in enumerate(m_cols["record_id"])}
    recs: dict[str, Rec] = {}
    d = {c: (_shared_column(docs[c], values) if c in _SHARED_DOC_COLUMNS
             else docs[c].to_pylist()) for c in _DOC_COLUMNS}
    for k, rid in enumerate(d["record_id"]):
        title = d["title"][k] or ""
        kind = "meeting" if rid in meeting_of else d["kind"][k]
        role = role_of(kind, title)
        if role is None:
            continue
        lang = (language[k] if language else None) or one(
            "ja" if rules.JAPANESE.search(title) else "en")
        rec = Rec(record_id=rid, source=d["source"][k] or one(""), language=lang,
                  reporting=d["reporting_country"][k], role=role, title=title,
                  published=d["published"][k], occasion=occasion_of(title),
                  duplicate_of=d["duplicate_of"][k])
        m = meeting_of.get(rid)
        if m is not None:
            rec.is_meeting = True
            rec.date, rec.mode = m_cols["date"][m], m_cols["mode"][m]
            rec.level, rec.parties = m_cols["level"][m], m_cols["parties"][m]
            rec.location = m_cols["location_country"][m]
            rec.reporting = m_cols["reporting_country"][m] or rec.reporting
            rec.start_min = _minutes(m_cols["start_local"][m])
            sides = set(m_cols["counterpart_countries"][m] or ())
            if rec.reporting:
                sides.add(rec.reporting)
            rec.sides = frozenset(sides)
        recs[rid] = rec
    p = {c: (_shared_column(people[c], values) if c == "country" else people[c].to_pylist())
         for c in _PERSON_COLUMNS}
    for k, rid in enumerate(p["record_id"]):
        person_of = recs.get(rid)
        if person_of is not None and person_of.is_meeting:
            _add_person(person_of, p["country"][k], p["family_name"][k], p["title"][k])
    for rec in recs.values():
        if not rec.is_meeting:
            _title_people(rec)
        elif not rec.names:  # a joint statement that reports the meeting: its title
            _title_names(rec)
        if shared is not None:
            _share(rec, shared)
    return list(recs.values())


# Columns of few distinct values (codes, dates) that records_of reads shared, value by value
_SHARED_DOC_COLUMNS = frozenset({"source", "published", "reporting_country"})
_SHARED_MEETING_COLUMNS = frozenset({"date", "mode", "level", "location_country",
                                     "reporting_country"})


def _shared_column(column: pa.ChunkedArray, values: SharedValues) -> list[Any]:
    """`column.to_pylist()` with each value the one `values` holds: each distinct value
    is converted and looked up once, not once a row (one Arrow pass)."""
    if not len(column):
        return []
    encoded = column.combine_chunks().dictionary_encode()
    distinct = [values.one(v) for v in encoded.dictionary.to_pylist()]
    distinct.append(None)  # (the rows of no value)
    at = encoded.indices.fill_null(len(distinct) - 1).to_numpy(zero_copy_only=False)
    return [distinct[i] for i in at.tolist()]


def _share(rec: Rec, shared: SharedValues) -> None:
    """The record's sets of sides and names as frozensets shared with earlier records
    (the same members, iterating in the same order)."""
    sides = shared.set(rec.sides)
    assert isinstance(sides, frozenset)  # (a frozenset stays one)
    rec.sides = sides
    if rec.names:
        rec.names = {shared.one(c): shared.set(ns) for c, ns in rec.names.items()}


def link_tables(docs: pa.Table, meetings: pa.Table, people: pa.Table,
                previous: pa.Table | None = None) -> dict[str, pa.Table]:
    """The `events` and `event_records` tables of a store's records.

    Args:
        docs: documents (at least record_id, source, title, published, kind,
            reporting_country, duplicate_of; `language` when the store has it).
        meetings: the meetings table.
        people: the counterparts table.
        previous: the previous version's event_records (its ids are kept).
    """
    prev = {}
    if previous is not None and previous.num_rows:
        prev = dict(zip(previous["record_id"].to_pylist(), previous["event_id"].to_pylist(),
                        strict=True))
    return _tables(link(records_of(docs, meetings, people), prev))


def _tables(rows: tuple[list[dict], list[dict]]) -> dict[str, pa.Table]:
    event_rows, member_rows = rows
    return {
        "events": pa.Table.from_pylist(event_rows, schema=with_version(TABLES["events"])),
        "event_records": pa.Table.from_pylist(member_rows,
                                              schema=with_version(TABLES["event_records"])),
    }


def _read_dir(folder: Path, name: str, columns: list[str]) -> pa.Table:
    schema = with_version(TABLES[name])
    cols = [c for c in columns if c in schema.names]
    tables = [pq.read_table(f, columns=cols, schema=schema)
              for f in sorted(folder.glob("*.parquet"))]
    empty = schema.empty_table().select(cols)
    return pa.concat_tables([empty, *tables]) if tables else empty


def _same_parts(work: Path, previous: Path | None) -> bool:
    """Whether the new version holds the very files of the previous one for the tables
    linking reads (hard links: same inodes), so the previous events still hold."""
    if previous is None or not (previous / "events").is_dir():
        return False
    for name in ("documents", "meetings", "counterparts"):
        new = {f.name: f.stat().st_ino for f in (work / name).glob("*.parquet")}
        old = {f.name: f.stat().st_ino for f in (previous / name).glob("*.parquet")}
        if new != old:
            return False
    return True


def derive(work: Path, previous: Path | None) -> dict[str, pa.Table] | None:
    """The events tables of the store version being written in `work`.

    Called by the store writer at commit, after every other table is in place. Returns
    None when the records linking reads are those of the `previous` version (its events
    are carried over unchanged).
    """
    if _same_parts(work, previous):
        return None
    docs = _read_dir(work / "documents", "documents", [*_DOC_COLUMNS, "language"])
    meetings = _read_dir(work / "meetings", "meetings", _MEETING_COLUMNS)
    people = _read_dir(work / "counterparts", "counterparts", _PERSON_COLUMNS)
    old = None
    if previous is not None and (previous / "event_records").is_dir():
        old = _read_dir(previous / "event_records", "event_records", ["event_id", "record_id"])
    with _cycles_held():
        return link_tables(docs, meetings, people, old)


@contextmanager
def _cycles_held() -> Iterator[None]:
    """Linking makes many small objects and no reference cycles: the cycle collector,
    which would walk every object of the (large) ingest process, is held until it ends."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _duplicates_chained(recs: list[Rec]) -> bool:
    """Whether a record repeats a duplicate of another record (`link` adds a duplicate
    to the event of the record it repeats, in the records' order)."""
    by_id = {r.record_id: r for r in recs}
    return any(r.duplicate_of in by_id and by_id[r.duplicate_of].duplicate_of in by_id
               for r in recs)


# Records the Linker gathers before it reads their features (see Linker.add).
LINKER_CHUNK = 2048


class Linker:
    """Linking's view of the records an ingest writes into a new store, gathered while
    their rows arrive (`add`), so that at commit (`derive`) only the grouping is left:
    the worker processes are still parsing while this one reads the records' features.

    Its events are those `derive` gives for the same version: `derive` falls back to it
    (reading the version's tables) unless the version is the store's first and its
    documents are exactly the records added, each once.
    """

    def __init__(self) -> None:
        self._recs: dict[str, Rec] = {}
        self._shared = SharedValues()  # values the records' views share
        self._added: list[str] = []  # record_id of every document added, in order
        self._whole = True
        # rows added and not read yet (their columns linking reads): read a few thousand
        # records at a time, as each call of `records_of` makes Arrow passes of a fixed
        # cost (docs/performance.md)
        self._pending: list[tuple[pa.Table, pa.Table, pa.Table]] = []
        self._pending_rows = 0
        self._grouping: Thread | None = None
        self._grouped: tuple[list[dict], list[dict]] | BaseException | None = None

    def add(self, docs: pa.Table, meetings: pa.Table, people: pa.Table) -> None:
        """The rows of records the store will hold (all of each record's rows: its
        documents row, meetings row if any, counterparts rows), duplicate_of set."""
        if not self._whole:
            return
        self._added.extend(docs["record_id"].to_pylist())
        columns = [c for c in [*_DOC_COLUMNS, "language"] if c in docs.column_names]
        self._pending.append((docs.select(columns), meetings.select(_MEETING_COLUMNS),
                              people.select(_PERSON_COLUMNS)))
        self._pending_rows += docs.num_rows
        if self._pending_rows >= LINKER_CHUNK:
            self._read_pending()

    def _read_pending(self) -> None:
        if not self._pending:
            return
        docs, meetings, people = (pa.concat_tables(t) for t in zip(*self._pending,
                                                                   strict=True))
        self._pending, self._pending_rows = [], 0
        with _cycles_held():  # (the records' views make no cycles, as linking's objects)
            for rec in records_of(docs, meetings, people, self._shared):
                self._recs[rec.record_id] = rec

    def start(self) -> None:
        """Every record is in: group them in a thread of their own, while the caller
        writes the store's last part. Grouping does not depend on the records' order
        (tested) unless a duplicate repeats a duplicate of another record: `derive` then
        groups them in the order of the store's documents, as `events.derive` does."""
        if not self._whole or self._grouping is not None:
            return
        self._read_pending()
        recs = list(self._recs.values())
        if _duplicates_chained(recs):
            return
        self._grouping = Thread(target=self._group, args=(recs,), name="policytrends-link",
                                daemon=True)
        self._grouping.start()

    def _group(self, recs: list[Rec]) -> None:
        try:
            with _cycles_held():
                self._grouped = link(recs, {})
        except BaseException as exc:  # raised by derive(), in the thread that commits
            self._grouped = exc

    def drop(self) -> None:
        """Some records were not added (`derive` reads the version's tables instead)."""
        self._whole = False
        self._recs, self._added, self._pending, self._pending_rows = {}, [], [], 0
        self._shared = SharedValues()

    def derive(self, work: Path, previous: Path | None) -> dict[str, pa.Table] | None:
        """The events tables of the version in `work` (see the module's `derive`)."""
        if self._whole:
            self._read_pending()
        if self._grouping is not None:
            self._grouping.join()
        recs, added, whole, grouped = self._recs, self._added, self._whole, self._grouped
        self.drop()  # (used once: its records are those of this version)
        self._grouping = self._grouped = None
        if previous is None and whole and len(set(added)) == len(added):
            docs = _read_dir(work / "documents", "documents", ["record_id"])
            ids = docs["record_id"].to_pylist()
            if sorted(ids) == sorted(added) and grouped is not None:
                if isinstance(grouped, BaseException):
                    raise grouped
                return _tables(grouped)
            if sorted(ids) == sorted(added):  # in the order `derive` reads them
                ordered = [recs[rid] for rid in ids if rid in recs]
                del recs
                with _cycles_held():
                    return _tables(link(ordered, {}))
        del recs
        return derive(work, previous)
