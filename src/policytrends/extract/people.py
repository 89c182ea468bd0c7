"""Officials named in English text: "Japanese Foreign Minister Hayashi Yoshimasa",
"Bjoern Seibert, Head of Cabinet of ...", "Mr. Sullivan".

Public API::

    find_people(text)                      -> [Person(name, title, country, start, end)]
    person_country(title, after)           -> "JPN" | None

A name counts as an official's only when a title stands right before it (or after it,
set off by a comma): bare names are left alone, so places and organisations are not
mistaken for people.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Any

from .countries import country_names, country_spans, is_grouping
from .countries_rules import NOT_GIVEN_NAMES, SURNAME_NAMES
from .dates import MONTHS, WEEKDAYS
from .naming import Person
from .people_rules import (
    ATTACHED_OFFICE_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NON_OFFICIAL_TITLE,
    NOT_NAMES,
    ORGANISATION_PATTERNS,
    ORGANISATIONS,
    PARTICLE_FAMILY_OPENINGS,
    STATE_PARTS,
    STYLES,
    TITLE_BREAKS,
    TITLE_HEADS,
    TITLE_SURNAMES,
    TITLE_WORDS,
)
from .tokens import Memo, scan

__all__ = ["Person", "find_people", "person_country"]

_ABBREV = {"Mr.", "Ms.", "Mrs.", "Dr.", "Jr.", "Sr.", "U.S.", "D.C.", "St.", "U.K.", "U.N.",
           "Gen.", "Lt.", "Col.", "Adm.", "Sgt.", "Maj.", "Capt.", "Amb.", "Sen.", "Rep.",
           "Gov.", "Prof.",
           "H.E.", "Hon.", "E.U.", "P.R.C."}
# ("Ambassador at Large", "Director of Outreach in the Office of Public Engagement")
_CONNECTORS = {"of", "for", "and", "the", "to", "on", "at", "in"}
_PORTFOLIO = {"for", "to", "on"}
_PORTFOLIO_OF = frozenset({"of", "for", "on", "at", "in", "and"})  # (inside an office's name)
_INITIAL = re.compile(r"^[A-Z]\.$")
_PARTICLE_HYPHEN = re.compile(r"^(?:el|al|bin|ben|de|da|van|von|le|la)-[A-Z]")
_CAPS_NAME = re.compile(r"^[A-Z]{3,}$")


def _is_initial(word: str) -> bool:
    """`_INITIAL.match(word)` for a token (no line break in it), without a regex call."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


_POSSESSIVE_S = ("’s", "'s")  # a possessive ending, or a lone apostrophe ("Blinken’")
_POSSESSIVE_ENDS = frozenset("s’'")  # last characters of a word that may end in one
# (within one line: a title line "... of Guatemala" does not run into the next paragraph)
_OF_COUNTRY = re.compile(
    r"[^\S\n]*,?[^\S\n]*of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'\-]*"
    r"(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w’'\-]*){0,4}(?:[^\S\n]*\([A-Z.]+\))?")


def _of_country(text: str, pos: int) -> re.Match[str] | None:
    """`_OF_COUNTRY.match(text, pos)`; none at once where no blank, comma or "of" can start
    it (after most names: "Biden said")."""
    c = text[pos:pos + 1]
    if c == " ":  # (one blank, then the same question of the next character)
        c = text[pos + 1:pos + 2]
    if c != "," and c != "o" and not (c.isspace() and c != "\n"):
        return None
    return _OF_COUNTRY.match(text, pos)


@dataclass(frozen=True, slots=True)
class _Tokens:
    """The tokens of a text as parallel sequences, one entry per token (`tokens.scan`:
    tokenising is the hot spot of name finding, and a meeting readout has hundreds of
    tokens). The flags are bools or 0/1, as the tokenizer gives them: read by truth.
    """

    text: Sequence[str]  # each token without a trailing sentence period or possessive
    start: Sequence[int]
    end: Sequence[int]
    possessive: Sequence[Any]
    period: Sequence[Any]  # the token ended a sentence (its own full stop, or the gap after it)
    kind: Sequence[int]  # whether a name may start at the token (`_start_kind`)


def _tokens(text: str) -> _Tokens:
    return _Tokens(*scan(text, _TOKEN_INFO))


def _word(raw: str) -> tuple[str, bool, bool]:
    """(word, ends a sentence, possessive) of a token: "Japan’s" -> ("Japan", False, True)."""
    word, period, possessive = raw, False, False
    if raw[-1] == "." and raw not in _ABBREV and not _INITIAL.match(raw):
        word, period = raw[:-1], True
    if word[-1:] in _POSSESSIVE_ENDS and len(word) > 2:
        cut = 2 if word.endswith(_POSSESSIVE_S) else 1 if word.endswith(("’", "'")) else 0
        if cut:
            word, possessive = word[:-cut], True
    return word, period, possessive


def _token_info(raw: str) -> tuple[str, bool, bool, int]:
    """`_word` of a token, and `_start_kind` of its word."""
    word, period, possessive = _word(raw)
    return word, period, possessive, _start_kind(word)


_TOKEN_INFO = Memo(_token_info, 65536)


def _is_country_word(word: str) -> bool:
    """`word` is, from its start to its end, one country's or grouping's name: then it is
    one of the table's names (asked of most words and pairs of words of a text, most not)."""
    return word in _COUNTRY_NAMES and _whole_country_name(word)


_COUNTRY_NAMES = country_names()


@lru_cache(maxsize=4096)
def _whole_country_name(word: str) -> bool:
    spans = country_spans(word)
    return bool(spans) and spans[0][1] - spans[0][0] == len(word)


@lru_cache(maxsize=65536)
def _name_like_word(w: str) -> bool:
    if not w or w in NOT_NAMES or w in TITLE_WORDS or w in MONTHS or w in WEEKDAYS:
        return False
    if w in INSTITUTIONS:
        return False
    if _INITIAL.match(w):
        return True
    if _PARTICLE_HYPHEN.match(w):
        return True
    if not w[0].isupper() or w.isupper() and len(w) > 1 and not _INITIAL.match(w):
        return False  # lower-case words and acronyms (NATO, DPRK) are not names
    return not _is_country_word(w)


_NOT_A_NAME, _NAME_WORD, _CAPS_WORD = 0, 1, 2


@lru_cache(maxsize=65536)
def _start_kind(w: str) -> int:
    """Whether a name may start at this word: a name-like word, a family name in capitals
    (if a name-like word follows), or not."""
    if _name_like_word(w):
        return _NAME_WORD
    if _CAPS_NAME.match(w) is not None and not _is_country_word(w):
        return _CAPS_WORD
    return _NOT_A_NAME


def _title_ok(w: str) -> bool:
    """Words a title phrase may hold when walking back from a name."""
    return w in _TITLE_MARKS or w[:1].isupper()


_TITLE_MARKS = frozenset(_CONNECTORS | {",", "(", ")"})  # (and capitalised words)


_LEADING_JUNK = {"Readout", "Statement", "The", "Both", "His", "Her", "Their", "Our", "And",
                 "Today", "This", "Yesterday",
                 "Earlier", "Later", "Also", "When", "As", "While", "After", "Before"}


def _trim_title(words: Sequence[str], a: int, z: int) -> tuple[int, int]:
    """Tokens a..z of a title without leading junk and trailing connectors; a title starts
    after a word that names a meeting or a document ("... Consultations Between Deputy
    Secretary X": the title is "Deputy Secretary")."""
    if not TITLE_BREAKS.isdisjoint(words[a:z]):  # (most titles hold none)
        for k in range(z - 1, a - 1, -1):
            if words[k] in TITLE_BREAKS:
                a = k + 1
                break
    while a < z and (words[a] in _CONNECTORS or words[a] in (",", ")")
                     or words[a] in _LEADING_JUNK):
        a += 1
    while a < z and (words[z - 1] in _CONNECTORS or words[z - 1] == ","):
        z -= 1
    return a, z


def _join(text: str, toks: _Tokens, a: int, z: int) -> str:
    """The text of tokens a..z with its spaces normalised."""
    return " ".join(text[toks.start[a]:toks.end[z - 1]].split()) if z > a else ""


_OF_PLACE = re.compile(r"\s*,?\s*of\s+((?:the\s+)?[A-Z][^,;.]{1,60})")
_STATE_FORM = re.compile(r"(?:(?:the|of|[A-Z][\w’'-]*)\s+)*")
# an office attached to a head of government, whose country is the holder's own
_ATTACHED_TO_HEAD = re.compile(
    r"\bto\s+(?:the\s+)?(?:([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:Prime\s+Minister|President"
    r"|Chancellor|Premier)\b|(?:Prime\s+Minister|President|Chancellor|Premier)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))")
_PORTFOLIO_WORD = re.compile(r"\b(?:for|to|on)\b")


def person_country(title: str | None, after: str = "") -> str | None:
    """Country or organisation of an official from the title and the words after the name.

    "of Japan" after the name wins; then a country named in the title before any
    portfolio ("Special Representative for the DPRK" is not North Korean); then an
    organisation named anywhere in the title.
    """
    m = _OF_PLACE.match(after) if after[:1].isspace() or after[:1] in (",", "o") else None
    if m:
        spans = country_spans(m.group(1))
        # "of Japan", "of the Republic of Colombia", "of the Kingdom of Saudi Arabia"
        if spans and _STATE_FORM.fullmatch(m.group(1)[:spans[0][0]]):
            return spans[0][2]
    return _title_country(title) if title else None


# Organisations whose name holds a state's name or demonym.
_ORGANISATIONS_NAMING_A_STATE = tuple(
    (phrase, code) for phrase, code in ORGANISATIONS
    if any(not is_grouping(c) for _, _, c in country_spans(phrase)))


@lru_cache(maxsize=4096)
def _title_country(title: str) -> str | None:
    """`person_country` from the title alone (cached: a few titles make most mentions)."""
    attached = _ATTACHED_TO_HEAD.search(title)
    if attached:  # "Diplomatic Advisor to the Italian Prime Minister": Italy's official
        spans = country_spans(attached.group(1) or attached.group(2))
        if spans and not is_grouping(spans[0][2]):
            return spans[0][2]
    cut = _PORTFOLIO_WORD.search(title)
    head = title[: cut.start()] if cut else title
    for phrase, code in _ORGANISATIONS_NAMING_A_STATE:
        if phrase in head:  # "Organization of American States": not the United States
            return code
    for _, _, code in country_spans(head):
        if not is_grouping(code):
            return code
    # the organisation named first ("AU High Representative for the Horn of Africa": the
    # AU's, though the EU's High Representative is so called), the longest name at a place
    named = [(m.start(), -len(phrase), code) for phrase, rx, code in ORGANISATION_PATTERNS
             if phrase in title for m in rx.finditer(title)]
    if named:
        return min(named)[2]
    for _, _, code in country_spans(head):
        return code
    for part, code in STATE_PARTS:  # "Scottish First Minister": the UK's side
        if part.search(head):
            return code
    return None


def find_people(text: str) -> list[Person]:
    """Officials named in ``text``, in order, each with title and country when stated."""
    toks = _tokens(text)
    words, period, possessive = toks.text, toks.period, toks.possessive
    spans = country_spans(text)  # in text order, not overlapping
    country_starts, country_ends = [a for a, _, _ in spans], [b for _, b, _ in spans]
    people: list[Person] = []
    used_until = -1  # index of the last token consumed by a name
    n = len(words)
    kinds = toks.kind
    next_i = 0  # tokens before this one were read as part of a name run
    for i in _name_starts(words, kinds):  # only tokens a name may start at
        if i < next_i:
            continue
        # (kinds[k] == _NAME_WORD is _name_like_word(words[k]), already looked up)
        if kinds[i] == _CAPS_WORD and not (  # "MOTEGI Toshimitsu": capitals mark the family
                i + 1 < n and not period[i] and kinds[i + 1] == _NAME_WORD  # name
        ) or i <= used_until:
            continue
        at = toks.start[i]
        k = bisect_right(country_starts, at) - 1
        if k >= 0 and at < country_ends[k]:  # inside a country's name
            continue
        j = i
        while j + 1 < n and not period[j] and (not possessive[j] or _ayn_before_article(
                text, toks, j)):
            if kinds[j + 1] == _NAME_WORD or (words[j] in NAME_PARTICLES
                                                 and words[j + 1][:1].isupper()):
                j += 1
                continue
            if words[j + 1] in SURNAME_NAMES and words[j] not in NOT_GIVEN_NAMES:
                j += 1  # "Lisa Monaco": a family name that is also a country's
                continue
            if (j == i and words[j + 1] in TITLE_SURNAMES and kinds[j] == _NAME_WORD
                    and (j + 2 >= n or not words[j + 2][:1].isupper()
                         or "\n" in text[toks.end[j + 1]:toks.start[j + 2]])):
                j += 1  # "Minister Floyd Green, ...": a family name that is also a title word
                # (also at a list line's end: "Delegate Ann King\n\nDelegate B")
                continue
            p = j + 1
            while p < n and words[p] in NAME_PARTICLES:
                p += 1
            if p > j + 1 and p < n and words[p][:1].isupper():
                j = p  # "Hussein Al Sheikh", "Ursula von der Leyen"
                continue
            if (_is_initial(words[j]) and words[j + 1][:1].isupper()
                    and words[j + 1] not in TITLE_WORDS):
                j += 1  # "Lisa O. Monaco": a word after an initial is a name
                continue
            break
        next_i = j + 1
        end_j = j
        # suffixes: "Biden, Jr." / "Marcos Jr."
        k = j + 1
        if (k + 1 < n and words[k] == ","
                and words[k + 1].rstrip(".") + "." in NAME_SUFFIXES):
            end_j = k + 1
        elif k < n and words[k] in NAME_SUFFIXES:
            end_j = k
        name_end = j + 1  # the name is tokens i..name_end, without suffixes
        while name_end > i and words[name_end - 1] in NAME_SUFFIXES:
            name_end -= 1
        if j == i and j + 1 < n and not period[j] and not possessive[j] and (
                words[j + 1] in TITLE_HEADS):
            continue  # a single word before a title
        if _institution_may_follow(words, j) and _institution_follows(toks, j):
            continue  # "National Space Council": part of an institution's name
        # (the checks before each finder are what it needs first: most words are no name)
        person = _with_title_before(text, toks, i, name_end, end_j, used_until) if (
            i and not possessive[i - 1] and not period[i - 1]) else None
        if person is None and name_end - i >= 3 and i and words[i - 1] in _PORTFOLIO_OF:
            # "Chair of the Council on Clean Water Ann Roe": the run's first words end the
            # office's name; the name is its last two
            person = _with_title_before(text, toks, name_end - 2, name_end, end_j, used_until)
        if person is None:
            if _comma_after(words, name_end - i, end_j):
                person = _with_title_after(text, toks, i, name_end, end_j)
        elif person.title and STYLES.issuperset(person.title.split()):
            # "His Royal Highness Prince X, the Deputy Minister of Defense": the office
            # after the name is the title, the style before it is none
            office = _with_title_after(text, toks, i, name_end, end_j)
            if office is not None:
                person = Person(person.name, office.title, office.country or person.country,
                                person.start, person.end)
        if person is None and name_end - i < 2:
            continue  # (no "of <country>" names a single word's official)
        of = _of_country(text, toks.end[end_j])
        if person is None and of:
            # "counterparts Akiba Takeo of Japan, Cho Tae-yong of the ROK": named by country
            country = person_country(None, of.group(0))
            if country is not None:
                person = Person(" ".join(words[i:name_end]), None, country, toks.start[i],
                                toks.end[end_j])
        if person is not None:
            people.append(person)
            used_until = end_j
            if person.start >= toks.start[i] and person.title and words[end_j + 1:end_j + 2] == [
                    ","]:  # a title after the name: the words up to its principal's name
                used_until = _title_end(toks, end_j + 2, person.title, used_until)
            if of:
                while used_until + 1 < n and toks.end[used_until + 1] <= of.end():
                    used_until += 1
    return _fix_advisers(text, people)


def _name_starts(words: Sequence[str], kinds: Sequence[int]) -> Iterator[int]:
    """Tokens a name may start at: name-like words, and a family name's lower-case particle
    just after a title's head ("European Commission President von der Leyen", "Director van
    der Berg": the title names the official by the family name alone)."""
    starts = compress(range(len(words)), kinds)
    if not any(w in PARTICLE_FAMILY_OPENINGS for w in words):
        return starts  # (most texts name nobody so)
    extra = [i for i, w in enumerate(words) if w in PARTICLE_FAMILY_OPENINGS and i
             and words[i - 1] in TITLE_HEADS and _particles_then_name(words, i)]
    return iter(sorted(set(starts) | set(extra))) if extra else starts


def _particles_then_name(words: Sequence[str], i: int) -> bool:
    """Tokens from `i` are particles, then a capitalised word ("von der Leyen")."""
    k = i
    while k < len(words) and words[k] in NAME_PARTICLES:
        k += 1
    return k < len(words) and k - i <= 3 and words[k][:1].isupper()


def _title_end(toks: _Tokens, k: int, title: str, at_least: int) -> int:
    """Index of the last token of `title` written from token `k` on (or `at_least`)."""
    words, n = toks.text, len(toks.text)
    first = title.split()[0]
    while k < n and words[k] != first.rstrip(",") and words[k] in ("the", ","):
        k += 1
    size = len(_tokens(title).text)  # (punctuation no token starts with, "&", is none)
    return max(at_least, min(n - 1, k + size - 1)) if k < n and words[k] == first else at_least


def _institution_may_follow(words: Sequence[str], j: int) -> bool:
    """False where `_institution_follows(toks, j)` is: the word after the name is neither an
    institution noun nor capitalised (after most names: "Biden said")."""
    if j + 1 >= len(words):
        return False
    w = words[j + 1]
    return w in INSTITUTIONS or w[:1].isupper()


def _comma_after(words: Sequence[str], name_size: int, end_j: int) -> bool:
    """False where `_with_title_after` finds no title: a name of one word, or no comma
    after the name."""
    return name_size >= 2 and end_j + 2 < len(words) and words[end_j + 1] == ","


def _institution_follows(toks: _Tokens, j: int) -> bool:
    """The capitalised words after a name run end in an institution noun, not a title."""
    if toks.period[j] or toks.possessive[j]:
        return False
    for k in range(j + 1, min(j + 6, len(toks.text))):
        w = toks.text[k]
        if w in INSTITUTIONS:
            return True
        if not w[:1].isupper() or w in TITLE_HEADS or w in NAME_SUFFIXES or toks.period[k]:
            return False
    return False


def _with_title_before(text: str, toks: _Tokens, i: int, name_end: int, end_j: int,
                       used_until: int) -> Person | None:
    """The official named by tokens i..name_end (suffixes to end_j) with the title written
    before the name, or None."""
    words, period, possessive = toks.text, toks.period, toks.possessive
    i0 = i  # (the name's first token: `i` moves back over a comma or a style)
    if i == 0:
        return None
    if possessive[i - 1] or period[i - 1]:
        return None
    if (words[i - 1] in HONORIFICS and i >= 3 and words[i - 2] == "," and not period[i - 3]
            and (words[i - 3] in TITLE_WORDS or _is_country_word(words[i - 3]))
            and _office_ends_at(toks, i - 3, used_until)):
        i -= 1  # "Assistant Secretary for European Affairs, Dr. Karen Lowe": the office
    comma_title = words[i - 1] == "," and i >= 2 and not period[i - 2] and (
        words[i - 2] in TITLE_WORDS or _is_country_word(words[i - 2])
        or words[i - 2] in INSTITUTIONS)  # "the President of the World Bank, Ajay Banga"
    if comma_title:  # "the Secretary General of the LDP of Japan, MOTEGI Toshimitsu"
        i -= 1
    prev = words[i - 1]
    if not (prev in TITLE_WORDS or prev == ")" or prev in HONORIFICS or prev in INSTITUTIONS
            or _is_country_word(prev) or prev.isupper() and len(prev) > 1
            # "... to the President of the United States Liz Sherwood-Randall"
            or i >= 2 and _is_country_word(text[toks.start[i - 2]:toks.end[i - 1]])
            or prev[:1].isupper() and i >= 2 and words[i - 2] in ("and", "of", "for")
            and not possessive[i - 1]):
        # a title ending in an office's or a programme's name ("Director of the Office of
        # Rural Partnerships A B", "Senior Official at Operation Safe Harbor A B"): a name
        # of two words or more (not "Chairman of the Joint Chiefs"); the run's words before
        # its last two end the office's name; the walk back below must meet a title head
        if not prev[:1].isupper() or possessive[i - 1] or i != i0 or name_end - i < 2:
            return None
        if name_end - i >= 3:
            return _with_title_before(text, toks, name_end - 2, name_end, end_j, used_until)
    a = z = b = i
    for _ in range(3):  # a title may hold commas ("Minister of State for Middle East, ...")
        stop = b
        while b - 1 > used_until and (words[b - 1] in _TITLE_MARKS or words[b - 1][:1].isupper()
                                      ) and not period[b - 1] and (
            words[b - 1] != "," or b == stop
        ) and not (possessive[b - 1] and not _is_country_word(words[b - 1])) and not (
            # "... of Japan and NATO Secretary General": the title starts after "and" (not
            # inside a portfolio: "Director General for Political and Security Affairs",
            # "Director of the Office of Rural and Tribal Partnerships")
            words[b - 1] == "and" and b >= 2 and (_is_country_word(words[b - 2])
                                                  or _name_like_word(words[b - 2])
                                                  and not (b >= 3 and words[b - 3] in (
                                                      "for", "of", "on")))
        ):
            b -= 1
        a, z = _trim_title(words, b, i)
        if not TITLE_HEADS.isdisjoint(words[a:z]) or _secretary_in(text, toks, a, z):
            break
        if b - 1 <= used_until or words[b - 1] != "," if b > 0 else True:
            return None
        if "for" not in words[max(0, b - 12):b]:
            return None  # "President, American Academy ...": a list, not one long title
    else:
        return None
    after = text[toks.end[end_j]: toks.end[end_j] + 80]
    title = _join(text, toks, a, z)
    if NON_OFFICIAL_TITLE.search(title):
        return None
    return Person(" ".join(words[i0:name_end]), title, person_country(title, after),
                  toks.start[a], toks.end[end_j])


_ARABIC_ARTICLES = ("al-", "el-", "Al-", "El-")


def _ayn_before_article(text: str, toks: _Tokens, j: int) -> bool:
    """Token `j` ends in an apostrophe that writes an Arabic letter, not a possessive: no
    "s" before it, and an article opens the next word ("Mohammed Shia’ al-Sudani")."""
    return (text[toks.end[j] - 1] in "’'" and text[toks.end[j] - 2] not in "sS"
            and toks.text[j + 1].startswith(_ARABIC_ARTICLES))


def _secretary_in(text: str, toks: _Tokens, a: int, z: int) -> bool:
    """A word of tokens a..z starts with "Secretary" ("Secretary-General"): looked for
    only where the text of the tokens holds it (each word is the start of its token)."""
    return z > a and text.find("Secretary", toks.start[a], toks.end[z - 1]) >= 0 and any(
        w.startswith("Secretary") for w in toks.text[a:z])


def _office_ends_at(toks: _Tokens, k: int, used_until: int) -> bool:
    """A title phrase with a title head ends at token `k` (within one sentence)."""
    words, period = toks.text, toks.period
    for j in range(k, max(used_until, k - 12), -1):
        if words[j] in TITLE_HEADS or words[j].startswith("Secretary"):
            return True
        if j < k and (period[j] or not _title_ok(words[j])):
            return False
    return False


def _with_title_after(text: str, toks: _Tokens, i: int, name_end: int,
                      end_j: int) -> Person | None:
    """The official named by tokens i..name_end (suffixes to end_j) with the title written
    after the name and a comma, or None."""
    words, n = toks.text, len(toks.text)
    if not _comma_after(words, name_end - i, end_j):
        return None
    k = end_j + 2
    if words[k] in ("and", "or"):
        return None
    if words[k] == "the":
        k += 1
    e = k
    while e < n and (words[e] in {"of", "for", "the", "to", "and"}
                     or words[e][:1].isupper()) and not toks.period[e - 1]:
        if words[e] == "and" and (_styled_next(words, e + 1) or _named_next(words, e + 1)):
            break  # "..., Minister for Foreign Affairs of Japan and the Honorable X": two
        e += 1
    a, z = _trim_title(words, k, e)
    if not any(w in TITLE_HEADS for w in words[a:z]):
        return None
    if z - a >= 2 and _name_like_word(words[z - 1]) and (
            words[z - 2] in TITLE_WORDS or _name_like_word(words[z - 2])) and not (
            z - a >= 3 and words[z - 3] == "for" and _name_like_word(words[z - 2])):
        # (not a portfolio of two words after "for": "Secretary for Capital Access")
        # ", Chief of Staff for European Commission President Ursula von der Leyen": an
        # office attached to a principal named after it; the title stops before the name
        cut = _principal_start(words, a, z)
        if cut is None:
            return None  # ", Domestic Policy Advisor Susan Rice": another official
        z = cut
    title = _join(text, toks, a, z)
    if NON_OFFICIAL_TITLE.search(title):
        return None
    return Person(" ".join(words[i:name_end]), title, person_country(title), toks.start[i],
                  toks.end[end_j])


def _styled_next(words: Sequence[str], k: int) -> bool:
    """A style or honorific (after an optional "the") starts at word `k`: another official
    ("and the Honorable Antony Blinken", "and H.E. ...")."""
    if k < len(words) and words[k] == "the":
        k += 1
    return k < len(words) and words[k] != "The" and (words[k] in STYLES
                                                      or words[k] in HONORIFICS)


def _named_next(words: Sequence[str], k: int) -> bool:
    """Two or three name-like words and a comma start at word `k`: another official with
    a title of their own ("A B, Director of the Council and C D, Deputy Assistant")."""
    for size in (2, 3):
        if k + size < len(words) and words[k + size] == "," and all(
                _name_like_word(w) for w in words[k:k + size]):
            return True
    return False


def _principal_start(words: Sequence[str], a: int, z: int) -> int | None:
    """Where the principal's name starts in a title after a name that ends in one ("Chief
    of Staff for European Commission President Ursula von der Leyen", "Head of Cabinet of
    the ... President X"): after "for"/"to"/"of" and title words, the name runs to the end.
    None when the title is no attached office."""
    for k in range(a + 1, z - 1):
        if words[k] == "of" and not ATTACHED_OFFICE_WORDS.intersection(words[a:k]):
            continue  # "of" attaches only an office such as a head of cabinet
        if (words[k] not in _PORTFOLIO and words[k] != "of"
                or not any(w in TITLE_HEADS for w in words[a:k])):
            continue
        q = k + 1
        while q < z and (words[q] == "the" or words[q] in TITLE_WORDS
                         or _is_country_word(words[q])):
            q += 1
        if k + 1 < q < z and all(_name_like_word(w) or w in NAME_PARTICLES
                                 for w in words[q:z]) and not TITLE_HEADS.isdisjoint(
                words[k + 1:q]):  # (a principal is named with an office: "for the
            return q  # President X"; not the next entry's "for Climate Policy John Poe")
    return None


_ADVISER_NAME = re.compile(r",\s*((?:[A-Z][\w’'\-]+\s+){1,3}[A-Z][\w’'\-]+)\s*(?:,|and\b|$)")
_ADVISER_TITLE = re.compile(r"\b(?:Advis[eo]r|Assistant|Aide)\s+to\b")
_ADVISER_WORDS = ("Advis", "Assistant", "Aide")  # one is in every match


def _fix_advisers(text: str, people: list[Person]) -> list[Person]:
    """"Advisor to Prime Minister X, Full Name": the adviser is the official met."""
    if not any(word in text for word in _ADVISER_WORDS):
        return people  # (no mention names an adviser: most texts)
    out: list[Person] = []
    for p in people:
        mention = text[p.start:p.end]
        m = p.title and any(word in mention for word in _ADVISER_WORDS) and _ADVISER_TITLE.search(
            mention) and _ADVISER_NAME.match(text[p.end:p.end + 80])
        if m and TITLE_WORDS.isdisjoint(m.group(1).split()):  # (not the next entry's
            # office: "Senior Advisor to the President A B, Senior Advisor and Director ...")
            name = m.group(1)
            title = text[p.start:p.end]
            out.append(Person(name, title, p.country, p.start, p.end + m.end(1)))
            continue
        out.append(p)
    return out
