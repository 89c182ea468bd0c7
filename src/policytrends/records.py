"""Plain frozen records that flow through the pipeline: source -> extract -> store."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True)
class RawRecord:
    """One record as read from a publisher's file, page furniture already removed.

    `text` is the record's own text (paragraphs joined by blank lines); it is the text
    that `mentions` offsets point into.
    """

    source: str
    path: str
    item: str | None
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    # publication instant with its time zone, when the publisher gives one
    published_at: datetime | None = None
    # year when no full date is known (UN speeches: from the file name)
    year: int | None = None
    kind_hint: str | None = None
    reporting_country: str | None = None
    warnings: tuple[str, ...] = ()
    # "en" or "ja" when the reader knows it; else found from the text (`language_of`)
    language: str | None = None

    @property
    def record_id(self) -> str:
        return make_record_id(self.source, self.path, self.item)


def make_record_id(source: str, path: str, item: str | None) -> str:
    """Stable id from source, path and item: the same on any machine and any run."""
    key = "\x1f".join((source, path, item or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _given_words(name: str, family: str | None) -> set[str]:
    """The given names of a name written in full (no initials), lowered; empty for a name
    written as the family name alone."""
    fam = set((family or "").lower().split())
    return {w for w in name.lower().replace(",", " ").split()
            if w not in fam and len(w.rstrip(".")) > 1 and not w.endswith(".")}


def _another_namesake(out: list[Participant], key: tuple[str | None, str | None],
                      name: str) -> bool:
    """Whether `name` is another official than every one already listed under `key`: each
    is named in full and shares no given name with it, nor a given name's first two
    letters ("Joe" and "Joseph" are one person)."""
    given = _given_words(name, key[0])
    if not given:
        return False
    for p in out:
        if (p.family_name, p.country) != key:
            continue
        theirs = _given_words(p.name, key[0])
        if not theirs or any(a[:2] == b[:2] for a in given for b in theirs):
            return False
    return True


@dataclass(frozen=True)
class Participant:
    """An official at the table."""

    side: str  # "reporting" or "counterpart"
    country: str | None
    name: str
    family_name: str | None
    title: str | None


def add_participant(out: list[Participant], seen: set[tuple[str | None, str | None]],
                    reporting: str, *, name: str, family: str | None, country: str | None,
                    title: str | None) -> None:
    """Append an official once per (family name, country), on the side its country makes;
    a second official of the same family name and country joins when both are named in full
    with other given names ("Wang Qishan, Vice-Premier; ... Wang Huning, Director")."""
    key = (family, country)
    if key in seen and not _another_namesake(out, key, name):
        return
    side = "reporting" if country == reporting else "counterpart"
    found = Participant(side=side, country=country, name=name, family_name=family, title=title)
    k = _same_person_in_part(out, name, country)
    if k is not None:  # one official, named once in full and once by one word of the name
        if len(name.split()) > len(out[k].name.split()):
            out[k] = found  # (the fuller name is kept)
            seen.add(key)
        return
    seen.add(key)
    out.append(found)


def merge_named_in_part(people: Sequence[Participant]) -> list[Participant]:
    """The officials with each one named in full and again by one word of the name kept
    once, under the fuller name (see `_same_person_in_part`): for lists whose countries
    were filled in after the officials were added."""
    out: list[Participant] = []
    for p in people:
        k = _same_person_in_part(out, p.name, p.country)
        if k is None:
            out.append(p)
        elif len(p.name.split()) > len(out[k].name.split()):
            out[k] = p
    return out


def _same_person_in_part(out: list[Participant], name: str, country: str | None) -> int | None:
    """Index of an official of the same country listed under a name that is one word of
    `name`, or whose name has `name` as one of its words: pages name an official in full
    once and then by the word they go by, which need not be the family name ("Nguyen Tan
    Dung" ... "Prime Minister Dung", "Yingluck Shinawatra" ... "Prime Minister Yingluck")."""
    if country is None:
        return None
    words = name.casefold().split()  # (a name may be written in capitals once: "Anže LOGAR")
    for k, p in enumerate(out):
        if p.country != country:
            continue
        theirs = p.name.casefold().split()
        if (len(words) == 1 and len(theirs) > 1 and words[0] in theirs) or (
                len(theirs) == 1 and len(words) > 1 and theirs[0] in words):
            return k
    return None


@dataclass(frozen=True)
class Meeting:
    """Fields of a meeting, call or video conference a record reports."""

    date: date | None
    date_note: str | None  # why date is null, or how it was resolved
    mode: str | None  # in_person | telephone | video
    level: str | None  # summit | ministerial | other
    parties: int | None
    reporting_country: str | None
    counterpart_countries: tuple[str, ...]
    location_country: str | None
    start_local: str | None  # "HH:MM"
    duration_min: int | None


@dataclass(frozen=True)
class Analysis:
    """What extraction found in one record."""

    kind: str  # meeting | statement | fact_sheet | remarks | speech | announcement | other
    meeting: Meeting | None = None
    participants: tuple[Participant, ...] = ()
    countries: tuple[tuple[str, int], ...] = ()  # (ISO3 or grouping code, mentions)
    warnings: tuple[str, ...] = ()


class Mention(NamedTuple):
    """One matched passage: theme evidence with offsets into the record's text.

    (A named tuple, not a frozen dataclass like the other records: the matcher makes one
    for each mention of every record, and a frozen dataclass is far slower to build.)
    """

    theme: str
    start: int
    end: int
    matched: str


@dataclass(frozen=True)
class Reject:
    """An input that could not become a record, with the reason why."""

    path: str
    item: str | None
    reason: str
    detail: str


@dataclass(frozen=True)
class FileResult:
    """Everything one input file produced: rows per table (plain dicts) and rejects."""

    path: str
    tables: dict[str, list[dict]] = field(default_factory=dict)
    rejects: tuple[Reject, ...] = ()
    warnings: tuple[str, ...] = ()


# What working one file is given: path to read, relative path, taxonomy file
WorkArgs = tuple[str, str, str | None]
