"""What a name is: one `Person` and one family-name rule for every source.

The finders (`people.find_people` for US records, `mofa_people.find_people` for Japan's
English pages, `mofa_ja_people.find_people_ja` for its Japanese ones) differ in how they
find officials in a text, never in what a name is: all build `Person`, and every source
takes the family name from `family_name`, the one definition. It reads a name by its
script: Latin here, katakana and kanji in `naming_ja`. Per-country naming facts (family
name first, given name used in the text, no family name, two surnames, Arabic articles,
particles) are data, in ``data/naming.toml``; the words of Japanese script and of Japan's
English pages are in `mofa_ja_rules` and `mofa_rules`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..regex_guard import guarded_text
from .mofa_rules import JAPANESE_FAMILY_FIRST_FROM, TITLE_BEFORE_FAMILY
from .naming_ja import (
    is_family_name_alone_ja,
    is_kanji_name,
    is_katakana_name,
    kanji_family,
    katakana_family,
    regnal_ja,
    respelt,
    without_ordinal_ja,
)
from .people_rules import HONORIFICS, NOT_NAMES, TITLE_WORDS

__all__ = ["Person", "Rules", "family_name", "is_caps", "is_family_name_alone_ja", "normal_case",
           "respelt", "rules"]


@dataclass(frozen=True)
class Person:
    """An official named in a text: the name as written, title and country when stated,
    the span of the mention and, when the finder knows it, the family name."""

    name: str
    title: str | None
    country: str | None  # ISO3 or organisation code
    start: int  # offset of the mention's start (title or name)
    end: int  # offset just after the name
    family_name: str | None = None


@dataclass(frozen=True)
class Rules:
    """The naming table (``data/naming.toml``) as sets."""

    family_first: frozenset[str]
    family_first_default: frozenset[str]
    given_name_used: frozenset[str]
    chinese_given_last: frozenset[str]
    syllable_max: int
    no_family_name: frozenset[str]
    leading_names: frozenset[str]
    leading_names_countries: frozenset[str]
    joined_names: frozenset[str]
    whole_name: frozenset[str]
    title_first: frozenset[str]
    personal_name: frozenset[str]
    genitive_endings: tuple[str, ...]
    two_surnames: frozenset[str]
    compound_given: frozenset[str]
    last_surname: frozenset[str]
    arabic: frozenset[str]
    articles: frozenset[str]
    patronymic: frozenset[str]
    ruling_houses: frozenset[str]
    particles: frozenset[str]
    joining: frozenset[str]
    suffixes: frozenset[str]
    regnal_titles: tuple[str, ...]
    styles: frozenset[str]
    japanese_given_names: frozenset[str]
    western_given_names: frozenset[str]
    family_first_surnames: frozenset[str]
    western_order_countries: frozenset[str]
    spanish_surnames: frozenset[str]
    middle_name_countries: frozenset[str]
    organisations: frozenset[str]
    official_nationality: tuple[tuple[str, str], ...]


@cache
def rules() -> Rules:
    """The shipped naming table, read once."""
    text = resources.files("policytrends.data").joinpath("naming.toml").read_text("utf-8")
    data = tomllib.loads(text)

    def words(section: str, key: str = "words") -> frozenset[str]:
        value = data[section][key]
        return frozenset(value.split() if isinstance(value, str) else value)

    return Rules(
        family_first=words("family_first", "countries"),
        family_first_default=words("family_first_default", "countries"),
        given_name_used=words("given_name_used", "countries"),
        chinese_given_last=words("chinese_given_last", "countries"),
        syllable_max=int(data["chinese_given_last"]["syllable_max"]),
        no_family_name=words("no_family_name", "countries"),
        leading_names=words("no_family_name", "leading_names"),
        leading_names_countries=words("no_family_name", "leading_names_countries"),
        joined_names=words("no_family_name", "joined_names"),
        whole_name=words("whole_name", "countries"),
        title_first=words("title_first", "countries"),
        personal_name=words("personal_name", "countries"),
        genitive_endings=tuple(data["personal_name"]["genitive_endings"]),
        two_surnames=words("two_surnames", "countries"),
        compound_given=words("two_surnames", "given_names"),
        last_surname=words("last_surname", "countries"),
        arabic=words("arabic", "countries"),
        articles=words("arabic", "articles"),
        patronymic=words("arabic", "patronymic"),
        ruling_houses=words("arabic", "ruling_houses"),
        particles=words("particles"),
        joining=words("particles", "joining"),
        suffixes=words("suffixes"),
        regnal_titles=tuple(data["regnal"]["titles"]),
        styles=words("regnal", "styles"),
        japanese_given_names=words("japanese_given_names"),
        western_given_names=words("western_given_names"),
        family_first_surnames=words("family_first_surnames"),
        western_order_countries=words("family_first_surnames", "countries"),
        spanish_surnames=words("spanish_surnames"),
        middle_name_countries=words("spanish_surnames", "middle_name_countries"),
        organisations=words("organisation_officials", "organisations"),
        official_nationality=tuple(data["organisation_officials"]["nationality"].items()),
    )


_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?\.?$")  # "F.", "L.P.", "J.R."
_ARTICLE_HYPHEN = re.compile(r"^(?:Al|El|al|el)-")


def is_caps(tok: str) -> bool:
    """A word in capitals ("HAYASHI", "LE", "CHAN-O-CHA"): a family name on MOFA pages."""
    if tok.isascii() and not tok.isupper():  # (most words: an ASCII one with a small letter
        return False  # or none at all)
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and "." not in tok


def normal_case(tok: str) -> str:
    """ "HAYASHI" -> "Hayashi", "CHAN-O-CHA" -> "Chan-O-Cha"; other words unchanged."""
    if not is_caps(tok):
        return tok
    return "-".join(p[:1].upper() + p[1:].lower() for p in tok.split("-"))


def name_tokens(name: str) -> list[str]:
    """A name's words without commas, suffixes ("Jr.", "MP") and initials ("L.P.")."""
    r = rules()
    return [_POSSESSIVE.sub("", t) for t in _BROKEN_HYPHEN.sub("-", name.replace(",", " ")).split()
            if t not in r.suffixes and not _INITIALS.match(t)]


# "Minister Kono's visit": the possessive ending is no part of the name
_POSSESSIVE = re.compile(r"['’]s$")
# a hyphenated name broken after its hyphen ("Alonso- Sandoval"): one word
_BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=\w)")
# TITLE_BEFORE_FAMILY told the characters it starts with (it opens the patterns searched
# over a whole page for a name used alone: see regex_guard)
_TITLE_BEFORE = guarded_text(TITLE_BEFORE_FAMILY)
_TITLE = re.compile(_TITLE_BEFORE)
# what may follow a name used alone after a title: a word's end, no other name word after
_ALONE_AFTER = re.compile(r"\b(?!\s+[A-Z][a-z])")
_WORD_END = re.compile(r"\b")
_CALLED_AFTER = re.compile(r"\b(?![\w’'-]|\s+(?:[A-Z]|bin\b|ibn\b|bint\b))")


def _title_width() -> int | None:
    """The most characters a TITLE_BEFORE_FAMILY match holds, or None if unbounded."""
    try:
        width = re._parser.parse(TITLE_BEFORE_FAMILY).getwidth()[1]  # type: ignore[attr-defined]
    except (AttributeError, re.error):  # (a Python whose parser is elsewhere)
        return None
    return width if width < 1000 else None


_TITLE_WIDTH = _title_width()


def titled_uses(context: str, word: str, after: re.Pattern[str] = _WORD_END) -> int:
    """How often `context` calls someone `word` right after a title: the matches that
    re.findall counts (left to right, not overlapping) of TITLE_BEFORE_FAMILY, blanks, the
    word and `after` joined in one pattern, found without compiling a pattern for the word
    (names are many, and compiling one costs more than the search): at each place the word
    follows blanks, a title ending where the blanks start, within the title's width.
    `after`: a pattern that consumes nothing (looks at what follows the word)."""
    if _TITLE_WIDTH is None or not word or word[0].isspace():  # (the plain search)
        return len(re.findall(rf"{_TITLE_BEFORE}\s+{re.escape(word)}{after.pattern}", context))
    count, pos = 0, 0
    q = context.find(word, 1)
    while q >= 0:
        x = q  # where the blanks before the word start
        while x > 0 and context[x - 1].isspace():
            x -= 1
        end = q + len(word)
        if x < q and after.match(context, end):
            for p in range(max(pos, x - _TITLE_WIDTH), x):
                if _TITLE.fullmatch(context, p, x):
                    count, pos = count + 1, end
                    break
        q = context.find(word, max(q + 1, pos))
    return count


JAPAN = "JPN"


def family_name(name: str, country: str | None, context: str = "",
                given_after: bool = False, *, language: str = "en",
                written_by: str | None = None, year: int | None = None) -> str | None:
    """Family name of an official as the person's own culture orders the name: the one
    definition every source uses.

    A Latin name comes back in normal capitalisation; a katakana or kanji name as the
    page writes it (「ブリンケン」, 「ル・ドリアン」, 「林」 from 「林芳正」, 「王」 from 「王毅」).

    Args:
        name: the name as written ("KISHIDA Fumio", "Fumio Kishida", "Marcelo Ebrard
            Casaubón", "Adel bin Ahmed Al-Jubeir", "Lavrov, Sergey", 「林芳正」).
        country: the person's country code, which decides the naming culture.
        context: the surrounding text; a part of the name used alone there ("Minister
            Cafiero", 「林大臣」) settles which words are the family name.
        given_after: the name was written "Family, Given" (a comma after the family name).
        language: the language of the page; a Latin name on a Japanese page (one it gives
            no Japanese form of) is read as its last word, as written.
        written_by: the government whose page writes the name. On Japan's own pages
            ("JPN") a Japanese official's name without capitals is read by the parts the
            page uses alone after a title, known given names, and `year`.
        year: the year of the page: from `mofa_rules.JAPANESE_FAMILY_FIRST_FROM` on,
            Japan's pages write its officials' names family name first.

    Returns:
        The family name, or None for an empty Latin name.
    """
    if not name.isascii():  # (katakana and kanji never are)
        regnal = regnal_ja(name)
        if regnal is not None:  # 「フェリペ6世」
            return regnal
        name = without_ordinal_ja(name)  # 「ジョン・スミス3世」
        if is_katakana_name(name):
            r = rules()
            if country in r.organisations:  # the official's own culture orders the name
                country = _nationality(name.split("・"), r) or country
            return katakana_family(name, context, whole_name=country in r.whole_name,
                                   family_first=country in r.family_first,
                                   no_family_name=country in r.no_family_name,
                                   two_surnames=country in r.two_surnames,
                                   last_surname=country in r.last_surname,
                                   given_name_used=country in r.given_name_used,
                                   compound_given=r.compound_given,
                                   titled_parts=(TITLED_NAME_PARTS if country in r.title_first
                                                 else 0),
                                   chinese_given_last=country in r.chinese_given_last)
        if is_kanji_name(name):
            return kanji_family(name, country, context)
    regnal = _regnal(name, context)
    if regnal is not None:  # "King Abdullah II"
        return regnal
    if language == "ja":
        words = name.split()
        return words[-1] if words else name
    if written_by == JAPAN and country == JAPAN:
        return _japan_own(name, context, year)
    return _latin(name, country, context, given_after)


def _japan_own(name: str, context: str, year: int | None) -> str | None:
    """Family name of a Japanese official on Japan's own English page, a name without
    capitals: the part the text uses alone after a title ("Minister Iwaya"), else the part
    that is not a known given name, else the first part on pages from the year MOFA turned
    to family-name-first order, else the name read as written (no culture's order)."""
    tokens = name.split()
    if len(tokens) != 2 or any(is_caps(t) for t in tokens):
        return _latin(name, None)
    # alone: not followed by another name word, its own full name's or another official's
    # who shares a given name ("Mr. Tsuyoshi Saito; Mr. Tsuyoshi Yamaguchi")
    used = [titled_uses(context, t, _ALONE_AFTER) for t in tokens]
    if used[0] > used[1]:
        return tokens[0]
    if used[1] > used[0]:
        return tokens[1]
    given = [t in rules().japanese_given_names for t in tokens]
    if given[0] != given[1]:  # "Nishimura Akihiro" on a 2019 page: Akihiro is a given name
        return tokens[1] if given[0] else tokens[0]
    if year is not None and year >= JAPANESE_FAMILY_FIRST_FROM:
        return tokens[0]
    return _latin(name, None)


# parts of a full name that begins with a chiefly title: the title, a given name, a family
# name ("Fiame Naomi Mata'afa"); a shorter name has no title ("Feturi Elisaia")
TITLED_NAME_PARTS = 3


def _latin(name: str, country: str | None, context: str = "",
           given_after: bool = False) -> str | None:
    """`family_name` of a name in Latin script (its Args)."""
    r = rules()
    raw = name_tokens(name)
    if len(raw) > 1 and raw[0] in r.regnal_titles:  # "Sultan Haji Hassanal Bolkiah"
        raw = raw[1:]
    while len(raw) > 1 and raw[0] in r.styles:  # ("Haji Hassanal Bolkiah")
        raw = raw[1:]
    if not raw:
        return None
    if country in r.organisations:  # the official's own culture orders the name
        country = _nationality(raw, r) or country
    if country in r.whole_name:
        return " ".join(normal_case(t) for t in raw)
    if country in r.personal_name:
        return _personal(raw, context, r)
    caps = [t for t in raw if is_caps(t)]
    if caps and len(caps) < len(raw):  # "MOTEGI Toshimitsu", "Catherine COLONNA"
        return " ".join(normal_case(t) for t in caps)
    written = _in_capitals_elsewhere(raw, context) if context and len(raw) > 1 and not caps \
        else None
    if written:  # "President Oligui Nguema", whom the page names "Brice Clotaire OLIGUI NGUEMA"
        return written
    toks = [normal_case(t) for t in raw]
    if len(toks) == 1:
        return toks[0]
    if (not given_after and toks[0] in r.western_given_names
            and (country in r.family_first or country in r.family_first_default)):
        # a Western given name first: the name is in Western order whatever the country
        # ("Dan Kim" is not family name "Dan"), the family name comes after it
        return toks[1]
    if (not given_after and country in r.western_order_countries and len(toks) == 2
            and toks[0] not in r.family_first_surnames and toks[1] in r.family_first_surnames):
        return toks[1]  # "Yunjong Wang": in Western order, the family name last
    if given_after or country in r.family_first or (
            country in r.title_first and len(toks) >= TITLED_NAME_PARTS):
        return toks[0]  # (a Samoan chiefly title first: "Tuilaepa Sailele Malielegaoi")
    if country in r.no_family_name:  # "Mahathir Mohamad", "Prime Minister Mahathir"; the
        # name may be two words ("Ismail Sabri bin Yaakob", "Prime Minister Ismail Sabri")
        malay = country in r.leading_names_countries
        if not malay:  # the father's name the text may use ("Minister Tesfay") is none
            return toks[0]  # ("Tedros Adhanom Ghebreyesus" -> Tedros: ruling 9)
        alone = _used_alone(toks, context, leading=True) if context else None
        if len(toks) > 1 and toks[0] in r.joined_names and toks[1][:1].isupper():
            # ("Abdul Rahim": the first word never stands alone, nor is it used alone)
            return alone if alone and alone != toks[0] else " ".join(toks[:2])
        own = 1 if (len(toks) > 1 and toks[0] in r.leading_names
                    and toks[1][:1].isupper()) else 0
        return alone or toks[own]
    if country in r.arabic:
        return _arabic(toks, r, context)
    if toks[0] in r.particles and (toks[0][0].isupper() or len(toks) > 1 and all(
            t in r.particles for t in toks[:-1])):  # "Minister Le Drian", "President von der
        return " ".join(toks)  # Leyen": a family name alone, no given name before it
    particle = next((i for i in range(1, len(toks) - 1) if toks[i] in r.particles
                     or toks[i] in r.patronymic or _ARTICLE_HYPHEN.match(toks[i])), None)
    if country in r.last_surname:
        # the surname(s) the text calls the person by ("President Lula" -> "Lula";
        # "Minister Patriota" -> "Patriota"; a compound used as one, "Dias dos Santos"), else
        # the last one, the father's, with its particle ("de Oliveira Guterres" ->
        # "Guterres", "Inácio da Silva" -> "da Silva"); a first name used alone ("President
        # Dilma") is no evidence
        alone = _used_alone(toks, context) if context else None
        k = next((i for i in range(1, len(toks)) if alone and toks[i:i + len(alone.split())]
                  == alone.split()), None)
        if alone and k is not None:
            return alone
        last = len(toks) - 2 if len(toks) > 2 and toks[-2] in r.particles else len(toks) - 1
        return " ".join(toks[last:])
    if particle is not None and toks[particle] in r.joining and particle >= 2:
        # two surnames joined by "y" ("García-Margallo y Marfil"): from the first of them
        particle -= 1
    if particle is not None:  # "del Rosario", "von der Leyen", "Le Drian"
        return " ".join(toks[particle:])
    if country in r.given_name_used:  # the text's "Minister Don" is the given name
        return toks[-1]
    alone = _used_alone(toks, context) if context else None
    if country in r.two_surnames and len(toks) >= 3:
        if len(toks) == 3 and (alone == toks[-1] or toks[1] in r.compound_given):
            # "Santiago Andrés Cafiero": two given names, "Minister Cafiero"; "Felipe
            # Carlos Solá", named once: its middle part is a given name
            return toks[-1]
        return " ".join(toks[-2:])  # "Ebrard Casaubón", "López Obrador"
    if (country in r.two_surnames and len(toks) == 2 and toks[0] in r.spanish_surnames
            and toks[0] not in r.compound_given and alone != toks[-1]):
        # "President Lopez Obrador": a title before both surnames, no given name (a common
        # surname is seldom a given name; "Minister Marcelo Ebrard" keeps Ebrard)
        return " ".join(toks)
    if (len(toks) == 3 and country not in r.last_surname and alone != toks[-1]
            and country not in r.middle_name_countries
            and toks[0] not in r.spanish_surnames
            and toks[1] in r.spanish_surnames and toks[2] in r.spanish_surnames):
        return " ".join(toks[1:])  # "Julie Chavez Rodriguez", a US official
    if alone:
        return alone
    if (country in r.chinese_given_last and len(toks) >= 3
            and all(len(t) <= r.syllable_max for t in toks[-2:])):
        return toks[-3]  # "Lee Hsien Loong", "Tony Tan Keng Yam"
    if context and "-" in toks[-1]:  # "Gloria Macapagal-Arroyo", then "President Arroyo"
        parts = toks[-1].split("-")
        if _used_alone([*toks[:-1], *parts], context) == parts[-1]:
            return parts[-1]
    if country in r.family_first_default:
        return toks[-1] if toks[0] in r.japanese_given_names else toks[0]
    return toks[-1]


def _in_capitals_elsewhere(toks: list[str], context: str) -> str | None:
    """The words of a name that the page writes in capitals where it names the person in
    full, beside a given name it does not ("Brice Clotaire OLIGUI NGUEMA", "HAYASHI
    Yoshimasa"): the way Japan's pages mark a family name. The longest such run of the
    name's words, else None (a run in capitals beside no other name word is no evidence:
    an acronym, a heading)."""
    ups = [t.upper() for t in toks]
    # a run the context holds holds each of its words in capitals: a word the context never
    # writes so rules out every run of it (most names: no run is looked for)
    written = [up in context for up in ups]
    if not any(written):
        return None
    for size in range(len(toks), 0, -1):
        for i in range(len(toks) - size + 1):
            if not all(written[i:i + size]):
                continue
            run = " ".join(ups[i:i + size])
            if not is_caps(run.replace(" ", "")) or run == " ".join(toks[i:i + size]):
                continue
            pos = context.find(run)
            while pos >= 0:
                end = pos + len(run)
                inside = pos > 0 and _joins(context[pos - 1])  # (a longer word's end)
                if not inside and (_GIVEN_BEFORE.search(context, max(0, pos - _GIVEN_REACH), pos)
                                   or _GIVEN_AFTER.match(context, end)):
                    return " ".join(normal_case(t) for t in toks[i:i + size])
                pos = context.find(run, end)
    return None


# a given name written in small letters right before or after a run of capitals (a whole
# word: "Clotaire OLIGUI", "HAYASHI Yoshimasa")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]*[ \t]+$")
_GIVEN_AFTER = re.compile(r"(?![\w’'\-])[ \t]+[A-Z][a-z]")
_GIVEN_REACH = 40  # characters before a run read for a given name


def _personal(raw: list[str], context: str, r: Rules) -> str:
    """The personal name of a name of a patronymic and a personal name (Mongolian): the part
    the text uses alone ("President Khurelsukh"), else the one in capitals ("Batmunkh
    BATTSETSEG"), else the one not in a patronymic's genitive ("Tsakhiagiin Elbegdorj"),
    else the last (the patronymic comes first: "Khaltmaa Battulga")."""
    toks = [normal_case(t) for t in raw]
    alone = _used_alone(toks, context) if context and len(toks) > 1 else None
    if alone:
        return alone
    caps = [normal_case(t) for t in raw if is_caps(t)]
    if len(caps) == 1 and len(raw) > 1:
        return caps[0]
    own = [t for t in toks if not t.lower().endswith(r.genitive_endings)]
    return own[-1] if own else toks[-1]


# a Roman ordinal of a regnal name ("II", "VI", "XVI"; "I" alone is too often an initial)
_ORDINAL = r"(?=[IVX]+\b)(?!I\b)X{0,3}(?:IX|IV|V?I{0,3})(?<=[IVX])\b"


def _begins_part(word: str, r: Rules) -> bool:
    """A word that begins another part of a name: a patronymic, article or particle."""
    return (word in r.patronymic or word in r.articles or word in r.particles
            or _ARTICLE_HYPHEN.match(word) is not None or not word[:1].isupper())


def _regnal(name: str, context: str) -> str | None:
    """A monarch's regnal name with its ordinal ("Abdullah II ibn Al Hussein" -> "Abdullah
    II", "Carl XVI Gustaf"; "Abdullah" where the text says "King Abdullah II"), or None
    (the ordinal of other names is a suffix: "John Smith III")."""
    words = name.replace(",", " ").split()
    if len(words) >= 2 and words[0] in rules().regnal_titles:  # "King Abdullah II ibn ..."
        words = words[1:]
    # (not a name in capitals whose second part reads as a numeral: "LI XI")
    if (len(words) >= 2 and words[0][:1].isupper() and not is_caps(words[0])
            and re.fullmatch(_ORDINAL, words[1])):
        r, end = rules(), 2
        while end < len(words) and not _begins_part(words[end], r):
            end += 1
        return " ".join(w if re.fullmatch(_ORDINAL, w) else normal_case(w) for w in words[:end])
    if len(words) == 1 and context and any(t in context for t in rules().regnal_titles):
        m = _regnal_in_text(words[0]).search(context)
        if m:
            return f"{normal_case(words[0])} {m.group(1)}"
    return None


@lru_cache(maxsize=1024)
def _regnal_in_text(word: str) -> re.Pattern[str]:
    """A royal title, `word` and an ordinal ("King Abdullah II": group 1 "II")."""
    titles = "|".join(rules().regnal_titles)
    return re.compile(rf"\b(?:{titles})\s+{re.escape(word)}\s+({_ORDINAL})")


def _nationality(toks: list[str], r: Rules) -> str | None:
    """The nationality of an organisation's official known by a word of the name."""
    words = {normal_case(t) for t in toks}
    return next((code for word, code in r.official_nationality if word in words), None)


def _arabic(toks: list[str], r: Rules, context: str = "") -> str:
    """ "Al-Jubeir", "Al Thani", "El-Sisi" - or the name without its article where the text
    calls the person so after a title ("President Sisi": the lead's ruling 3, the name as the
    text calls the person); without an article the patronymic as written ("bin Isa"); else
    the last name."""
    for i in range(len(toks) - 1, 0, -1):
        if _ARTICLE_HYPHEN.match(toks[i]):
            whole = " ".join(toks[i:])
            return _bare_if_called(toks[i].split("-", 1)[1], context, r, whole) or whole
        if toks[i] in r.articles and i == len(toks) - 2:
            whole = " ".join(toks[i:])
            return _bare_if_called(toks[-1], context, r, whole) or whole
    k = next((i for i in range(1, len(toks) - 1) if toks[i] in r.patronymic), None)
    return " ".join(toks[k:]) if k is not None else toks[-1]


def _bare_if_called(bare: str, context: str, r: Rules, whole: str = "") -> str | None:
    """`bare` when the text calls the person by it after a title ("President Sisi said"),
    not as the start of a longer name ("Sheikh Nahyan bin Zayed"), and it names no ruling
    house (their name keeps its article: "Al Busaidi"); not when the text also calls the
    person by the `whole` name with its article after a title in its body, below the
    headline ("Prime Minister Al-Kadhimi" in the body, "Prime Minister Kadhimi" only in the
    headline)."""
    if not bare or not context or bare not in context or bare in r.ruling_houses:
        return None
    body = context[context.find("\n") + 1:]  # (a record's context starts with its headline)
    if whole and whole in body and titled_uses(body, whole):
        return None
    return bare if titled_uses(context, bare, _CALLED_AFTER) else None


def _used_alone(toks: list[str], context: str, leading: bool = False) -> str | None:
    """The longest proper part of the name that the context uses on its own (outside
    quotations, where leaders call each other by their given names: "welcome Malcolm"):
    an ending of the name, or with `leading` also a beginning ("Ismail Sabri")."""
    if "“" in context or '"' in context:
        context = _QUOTED.sub(lambda m: " " * len(m.group()), context)
    parts, pos = [], 0  # the context with each use of the whole name blanked
    for start, end in _phrases(context, toks, _NAME_GAP):
        parts += [context[pos:start], " "]
        pos = end
    masked = "".join(parts) + context[pos:] if parts else context

    def alone(sub: list[str]) -> int:
        return sum(1 for start, end in _phrases(masked, sub, _SPACES, whole=True)
                   if not _inside_other_name(masked, start, end, toks))

    for size in range(len(toks) - 1, 1, -1):  # longer endings first ("Ben Shabbat")
        if alone(toks[-size:]):
            return " ".join(toks[-size:])
        if leading and alone(toks[:size]):
            return " ".join(toks[:size])
    counts = [(alone([t]), i) for i, t in enumerate(toks)]
    best, i = max(counts)
    return toks[i] if best else None


# a quotation (straight or curly quotes) up to its closing mark, within 3000 characters (an
# address quoted over several paragraphs); one never closed ends with its paragraph (a
# stray mark), unless the next paragraph opens with the mark again (an address whose every
# paragraph opens with one and only the last closes) or the text is a capture cut off in
# mid-sentence with no closing mark after it (the quotation runs to the cut)
_CUT_AFTER = r"(?=[^”\"]*[^\s.!?”\"’)\]…]\s*\Z)"
_QUOTED = re.compile(r"“[^”“]{0,3000}”"
                     r"|“(?:[^”\n]+|\n(?![ \t]*\n)|\n[ \t]*\n\s*“|\n[ \t]*\n" + _CUT_AFTER + r")*"
                     r"(?:”|(?=\n[ \t]*\n)|$)"
                     # (a straight mark that opens a paragraph opens a quotation)
                     r"|\"[^\"]{0,3000}(?<!\n)\"|\"(?:[^\"\n]+|\n(?![ \t]*\n)|\n[ \t]*\n\s*\""
                     r"|\n[ \t]*\n" + _CUT_AFTER + r")*(?:\"|(?=\n[ \t]*\n)|$)")
# between the words of a name: spaces, and initials ("Lisa O. Monaco")
_NAME_GAP = re.compile(r"\s+(?:[A-Z]\.\s+)*")
_SPACES = re.compile(r"\s+")


def _phrases(text: str, words: list[str], gap: re.Pattern[str], whole: bool = False
             ) -> Iterator[tuple[int, int]]:
    """(start, end) of each use of `words` in `text` with `gap` between them, left to right
    and not overlapping: what `re.finditer` of the words joined by the gap's pattern gives
    (a name's word never starts with a space or an initial, so the greedy gap is the only
    one that can fit). `whole`: only where no word character or hyphen touches either end.

    No pattern is compiled per name: names are many, and compiling one costs more than a search.
    """
    first, size = words[0], len(text)
    pos = text.find(first)
    while pos >= 0:
        end = pos + len(first)
        for word in words[1:]:
            m = gap.match(text, end)
            if m is None or not text.startswith(word, m.end()):
                end = -1
                break
            end = m.end() + len(word)
        if end >= 0 and not (whole and (pos and _joins(text[pos - 1])
                                        or end < size and _joins(text[end]))):
            yield pos, end
            pos = text.find(first, end)
        else:
            pos = text.find(first, pos + 1)


def _joins(ch: str) -> bool:
    """A character that makes a word longer: a word character (re's \\w) or a hyphen."""
    return ch.isalnum() or ch in "_-"


def _inside_other_name(text: str, start: int, end: int, toks: list[str]) -> bool:
    """The passage is part of a longer name: a capitalised name word touches it."""
    before = text[max(0, start - 30):start].split()
    prev = before[-1] if before else ""
    if prev in toks:
        return True
    nxt = re.match(r" ([A-Z][\w’'\-]*)", text[end:end + 40])
    if nxt and nxt.group(1) not in NOT_NAMES and nxt.group(1) not in TITLE_WORDS:
        return True
    return bool(prev[:1].isupper() and prev not in TITLE_WORDS and prev not in NOT_NAMES
                and prev not in HONORIFICS and not prev.endswith((",", ".", ":", ";")))
