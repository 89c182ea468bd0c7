"""Country gazetteer: which countries and groupings a text names.

Names, short forms and demonyms live in ``data/countries.tsv`` (ISO 3166-1 alpha-3 codes,
plus the groupings EU, NATO, UN, ASEAN, G7, G20, QUAD and AU as their own codes).
Matching is case-sensitive, on word boundaries, leftmost-longest: "Republic of Korea" is
KOR while "Democratic People's Republic of Korea" is PRK, and phrases that contain a
country name without naming the country ("South China Sea", "Korean Peninsula",
"Latin America") are consumed by a blocking entry so they count for nothing.

Public API::

    countries_in(text)   -> [("JPN", 3), ("USA", 1)]   # code, mentions; sorted by code
    joined_country_spans(head, text) -> country_spans(head + "\n\n" + text)
    country_spans(text)  -> [(start, end, "JPN"), ...]
    country_code(name)   -> "KOR" | None               # one name, short form or demonym
    city_country(name)   -> "JPN" | None               # capitals and venue cities
    city_first_words()   -> frozenset of the first word of each city name
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from ..automaton import Automaton
from .countries_rules import (
    AMBIGUOUS,
    BLOCKING_PHRASES,
    CITY_COUNTRY,
    GIVEN_NAMES_IN_S,
    INITIALS_NAMES,
    INSTITUTION_WORDS,
    NOT_GIVEN_NAMES,
    SURNAME_NAMES,
    US_STATE_NAMES,
)

__all__ = [
    "GROUPINGS",
    "countries_in",
    "joined_countries_in",
    "country_spans",
    "joined_country_spans",
    "country_code",
    "country_names",
    "city_country",
    "city_first_words",
    "is_grouping",
]

GROUPINGS: frozenset[str] = frozenset({"EU", "NATO", "UN", "ASEAN", "G7", "G20", "QUAD", "AU"})

_BLOCK = ""  # value of blocking phrases in the automaton


def is_grouping(code: str) -> bool:
    """True for organisation codes (EU, NATO, UN, ...) rather than states."""
    return code in GROUPINGS


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """name or demonym -> code, read from the shipped TSV."""
    names: dict[str, str] = {}
    text = resources.files("policytrends.data").joinpath("countries.tsv").read_text("utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise ValueError(f"countries.tsv line {lineno}: expected code<TAB>names[<TAB>demonyms]")
        code = cols[0].strip()
        for col in cols[1:3]:
            for name in col.split("|"):
                if name.strip():
                    names[name.strip()] = code
    return names


# code, ends in a letter or digit, ambiguous, US state, also a person's initials (1) or
# family name (2)
_Entry = tuple[str, bool, bool, bool, int]


@lru_cache(maxsize=2)
def _automaton(backend: str | None = None) -> Automaton[_Entry]:
    """Every name and blocking phrase, with what its boundary checks need (see `_spans`)."""
    entries: dict[str, _Entry] = {}
    for name, code in _table().items():
        entries[name] = _entry(name, code)
    for phrase in BLOCKING_PHRASES:  # (a phrase that is also a name: the phrase wins)
        entries[phrase] = _entry(phrase, _BLOCK)
    return Automaton(entries, backend)


def _entry(key: str, code: str) -> _Entry:
    # the last field: 1 for initials that are also a person's, 2 for a family name
    return (code, key[-1].isalnum(), key in AMBIGUOUS, key in US_STATE_NAMES,
            1 if key in INITIALS_NAMES else 2 if key in SURNAME_NAMES else 0)


_CAPITALISED_WORD_NEXT = re.compile(r"\s[A-Z][a-z]")  # an ambiguous name is part of a longer one


def _boundary_ok(text: str, start: int, end: int, ends_alnum: bool, ambiguous: bool,
                 state: bool, initials: int) -> bool:
    """A match on word boundaries, not part of a longer name or of a US place."""
    if start:
        before = text[start - 1]
        if before.isalnum() or before == "_":
            return False
        if before == "." and start > 1 and text[start - 2].isalnum():
            return False  # "Welcome.US"
    if ends_alnum and end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            return False
        # "U.S" must not match inside "U.S.A" handled by longest match; "US." is fine
    if ambiguous and _CAPITALISED_WORD_NEXT.match(text, end):
        return False
    if initials == 1 and not _names_country(text, start, end):
        return False
    if initials == 2 and start and text[start - 1] == " " and _after_given_name(text, start):
        return False
    return not (state and _after_us_city(text, start, end))


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) (?:[A-Z]\. )?$")


def _after_given_name(text: str, start: int) -> bool:
    """A family name that is also a country's ("Lisa Monaco", "Lisa O. Monaco"): a
    capitalised word (perhaps then an initial) right before it, neither a function word, a
    headline's verb ("Hosts", "Thanks") nor a country's name or demonym."""
    m = _GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return False
    word = m.group(1)
    return (word not in NOT_GIVEN_NAMES and not word.endswith("ing")
            and (not word.endswith("s") or word in GIVEN_NAMES_IN_S) and word not in _table())


_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.I)
_WORD_NEXT = re.compile(r"\s+(\w+)")
_DASHES = "-\u2013"


def _names_country(text: str, start: int, end: int) -> bool:
    """Initials that are also a country's short form ("U. S.") name the country after
    "the", in a compound ("Japan-U. S.", "U. S.-Japan") or before a title or an
    organisation word; before a surname ("Mr. U. S. Tiwari") they are a person's."""
    if (start and text[start - 1] in _DASHES) or (end < len(text) and text[end] in _DASHES):
        return True
    if _THE_BEFORE.search(text, max(0, start - 5), start):
        return True
    word = _WORD_NEXT.match(text, end)
    return word is not None and word.group(1) in INSTITUTION_WORDS


def _after_us_city(text: str, start: int, end: int) -> bool:
    """True for "in <Place>, Georgia" or "..., <Place>, Georgia" where the place is neither
    a country nor a known city abroad (so "in Tbilisi, Georgia" stays GEO)."""
    m = re.search(r"(?:\b(?:in|at|to|from|of|near|outside|visit(?:ed|s|ing)?)|[,;](?:\s+and)?)\s+"
                  r"((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*),\s+$",
                  text[max(0, start - 80):start])
    if m is None:
        return False
    words = m.group(1).split()
    for i in range(len(words)):
        place = " ".join(words[i:])
        if place in _table() or city_country(place) not in (None, "USA"):
            return False
    return True


def country_spans(text: str) -> list[tuple[int, int, str]]:
    """Every country or grouping named in ``text`` as (start, end, code), in text order.

    Leftmost-longest matching on word boundaries; blocking phrases ("South China Sea")
    hide the names inside them.
    """
    return list(_spans(text)) if text else []


def joined_country_spans(head: str, text: str) -> list[tuple[int, int, str]]:
    """`country_spans(head + "\n\n" + text)`, from the spans of each part: a record's
    title and text, whose text is scanned again on its own (for its officials), and
    then comes from the cache instead of a second scan.

    No name or blocking phrase holds a line break, so none spans the blank line, and
    the boundary tests of `_boundary_ok` see a line break there as they see either end
    of a text; only the look back of a US state name for a place before it
    (`_after_us_city`, 80 characters) can reach into `head` from a name near the start
    of `text`: with such a name the joined text is scanned.
    """
    if not head or not text or _state_near_start(text):
        return country_spans(head + "\n\n" + text)
    shift = len(head) + 2
    return country_spans(head) + [(start + shift, end + shift, code)
                                  for start, end, code in _spans(text)]


_US_CITY_LOOK_BACK = 80  # characters `_after_us_city` reads before a name


def _state_near_start(text: str) -> bool:
    """A US state name starts within `_US_CITY_LOOK_BACK` characters of the text's start."""
    return any(text.find(name, 0, _US_CITY_LOOK_BACK + len(name) - 1) >= 0
               for name in US_STATE_NAMES)


@lru_cache(maxsize=16)  # one text is often asked for again (whole record, then its people)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    for start, end, (code, ends_alnum, ambiguous, state, initials) in _automaton().hits(text):
        if _boundary_ok(text, start, end, ends_alnum, ambiguous, state, initials):
            found.append((start, end, code))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for start, end, code in found:
        if start < pos:
            continue
        pos = end
        if code != _BLOCK:
            spans.append((start, end, code))
    return tuple(spans)


def countries_in(text: str) -> list[tuple[str, int]]:
    """Countries and groupings named in ``text`` with their number of mentions.

    Args:
        text: any English text.

    Returns:
        ``[(code, mentions), ...]`` sorted by code, e.g. ``[("JPN", 2), ("USA", 1)]``.
    """
    return _counted(country_spans(text))


def joined_countries_in(head: str, text: str) -> list[tuple[str, int]]:
    """`countries_in(head + "\n\n" + text)` (see `joined_country_spans`)."""
    return _counted(joined_country_spans(head, text))


def _counted(spans: list[tuple[int, int, str]]) -> list[tuple[str, int]]:
    counts = Counter(code for _, _, code in spans)
    return sorted(counts.items())


def country_code(name: str) -> str | None:
    """Code of one country name, short form or demonym ("Burma" -> "MMR"), else None.

    Case-insensitive; a leading "the" is ignored.
    """
    key = " ".join(name.split())
    if key.lower().startswith("the "):
        key = key[4:]
    table = _table()
    if key in table:
        return table[key]
    return _lower_table().get(key.lower())


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every name, short form and demonym of the table, as written (case-sensitive): a text
    that `country_spans` reads as one name from its start to its end is one of them."""
    return frozenset(_table())


def known_codes() -> frozenset[str]:
    """Every country and organisation code of the shipped table."""
    return frozenset(_table().values())


@lru_cache(maxsize=1)
def _lower_table() -> dict[str, str]:
    """Lower-cased name -> code; the first of names differing only in case wins."""
    lower: dict[str, str] = {}
    for known, code in _table().items():
        lower.setdefault(known.lower(), code)
    return lower


@lru_cache(maxsize=1)
def city_first_words() -> frozenset[str]:
    """The first word of each city `city_country` knows, also without its final full stop:
    a name of words without full stops or commas whose first word is none of these names no
    city, nor does its first word alone ("Prime Minister" cannot be one)."""
    firsts = {key.split()[0] for key in CITY_COUNTRY}
    return frozenset(firsts | {word.rstrip(".") for word in firsts})


def city_country(name: str) -> str | None:
    """Country code of a capital or venue city ("Tokyo" -> "JPN"), else None."""
    key = " ".join(name.split()).strip(".,")
    # (a city named with its article is written "the Hague" inside a sentence)
    key = "The " + key[4:] if key.startswith("the ") else key
    # (a name ending in an abbreviation loses its last dot to the sentence's end:
    # "visited Washington D.C. in ..." reads "Washington D.C")
    return CITY_COUNTRY.get(key) or CITY_COUNTRY.get(f"{key}.")
