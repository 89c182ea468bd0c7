"""Officials named in a MOFA lead: "Mr. TANABE Kenji, Minister for Foreign Affairs of
Japan", "the Honorable John Miller, Secretary of State of the United States of America",
"Minister for Foreign Affairs Kenji Tanabe", "Mr. Lavrenko, Pavel Sergeevich, ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .countries import city_country, country_code, country_spans, is_grouping
from .mofa_rules import (
    ARTICLE_JOINED,
    DECEASED_BEFORE,
    DECEASED_REACH,
    DELEGATION_HEADS,
    ENVOY_ITEM,
    FULL_NAME_WORDS,
    HONORIFIC_RX,
    HONORIFIC_TAIL,
    INVITER_BEFORE,
    INVITER_MET_AFTER,
    LIST_LEAD_IN,
    NAME_COMMA_TITLE,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAME_TITLE_ITEM,
    OF_STATE,
    OFFICIALS_SIDE,
    ORGANISATION_TITLES,
    OTHERS,
    PGA_ALSO_OFFICE,
    PGA_AND_OFFICE,
    PORTFOLIO_WORDS,
    REPRESENTED_AFTER,
    REPRESENTED_BEFORE,
    REPRESENTED_REACH,
    SIDE_FIRST_BARE,
    SIDE_MARK,
    SIDE_MARK_BEFORE,
    SIDE_MARK_BEFORE_NAME,
    SIDE_MARK_CLOSES,
    SPOUSE_HONORIFIC,
    SPOUSE_TITLE,
    STATE_FORM_WORDS,
    TITLE_FIRST,
    TITLE_NAME_OF_OFFICE,
    TITLE_OF_COUNTRY_FULL_NAME,
    TITLE_OF_COUNTRY_NAME,
    TITLE_THEN_DAY,
    TITLE_WORD,
    VISIT_COMPANION_BEFORE,
    WITH_NAME_TITLE,
)
from .naming import Person, family_name, is_caps
from .people_rules import GIVEN_NAME_ABBREVIATIONS, INSTITUTIONS, NOT_NAMES, TITLE_WORDS

# (no full stop of an abbreviated given name: people_rules.GIVEN_NAME_ABBREVIATIONS)
_NOT_AFTER_ABBREVIATION = "".join(
    r"(?<!\b" + re.escape(a) + ")" for a in GIVEN_NAME_ABBREVIATIONS)
# Where a name's or title's clause ends (only the start of a match is used): a comma, a
# semicolon, a bracket, a verb or "at the", "during", a time of day ("in the evening"), a
# length ("for approximately 50 minutes") ... after a space, or a full stop that is not
# "U.S.", "U.K.", "St." or an initial ("L." or the "P." of "L.P."). Written to begin with the set of
# possible first characters, which the regex engine skips to at C speed; each branch then
# checks the character it began with by a lookbehind.
_CLAUSE_END = re.compile(
    r"[,;(.\s]"
    r"(?:(?<=[,;(])"
    r"|(?<=\s)\s*(?:who\s|held\s|hold\s|met\s|had\s|paid\s|received\s|at\s+the\s"
    r"|on\s+the\s+(?:occasion|margins?|sidelines?)|during\s|while\s|among others|attended\b"
    r"|in\s+the\s+(?:morning|afternoon|evening)\b"
    r"|for\s+(?:approximately|about|around|nearly|some|over|\d)"
    # the next official of a pair ("... of Australia and Senator the Hon. Y"), the city
    # that ends the lead ("... of Australia in Tokyo.")
    r"|and\s+(?:Senator\s+)?(?:the\s+)?(?:Hon\b|Rt\b|H\.\s?E\.|Senator\b|Mr\.?\s|Ms\.?\s|Dr\.?\s)"
    # (the lead's next verb: "... President of the Republic of X and exchanged views")
    r"|and\s+(?:exchanged|discussed|shared|confirmed|agreed)\s"
    r"|in\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?(?=[.,;]|$))"
    # (a full stop ends it, not an initial's nor an abbreviated given name's: "Hon. Ma.
    # Lourdes Reyes", "Defin. N. Lorenzana", an abbreviation before an initial)
    r"|(?<=\.)(?<!\bU\.S\.)(?<!\bU\.K\.)(?<!\bSt\.)(?<![\s.][A-Z]\.)"
    + _NOT_AFTER_ABBREVIATION +
    r"(?=\s|$)(?!\s+[A-Z]\.\s+[A-Z][\w’'\-]+,))"
)
# the first letters of every honorific HONORIFIC_RX knows (a match starts with one)
_HONORIFIC_START = re.compile(r"Sam|Sen|Dr|Mr|Ms|Mme|Amb|the|Rt|Right|Hon|His|Her|H\.|H[RIS]H|Prof|"
                              r"Mad|Dat|Lor|Daw|Tan|Tun|Toh|Sh[ae]|U|Lt|Lieut|Maj|Brig|Gen|Rear|"
                              r"Vice|Adm|Col|Air|Mar|Y\.|Ten|Tua|Pua|Chi|Rev|Eng|Smt|Shr|Haj|Peh")
_TITLE_BEFORE_STOP = re.compile(r"[,;(]\s*|\b(?:with|from|by|and|on|of|between|among)\s+"
                                r"(?=[A-Z])|\b(?:with|from|by|and)\s+the\s+")
_COMMA_BEFORE = re.compile(r",\s*$")
# where a title written as a clause before ", Mr. X" begins ("and Minister of Defense")
_CLAUSE_BEFORE_STOP = re.compile(r"[,;(]\s*|\b(?:with|from|by|and)\s+(?:the\s+)?")
_TITLE_OF_COUNTRY = re.compile(
    r"((?:[A-Z][\w’']*\s+)*(?:Minister|Secretary|President|Premier|Chancellor)\b[^,;()]{0,60}?"
    r"\s+of\s+(?:the\s+)?[A-Z][^,;()]{1,60}?)\s*$")
_NAME_TOKEN = re.compile(r"[A-Z][\w’'\-]*\.?|[a-z]+")


def resolve_place(phrase: str) -> str | None:
    """Country code of a phrase naming one country ("the Commonwealth of Australia")."""
    # (an abbreviation keeps its last dot: "the U.S.")
    code = country_code(phrase.strip(" ,;:")) if phrase.rstrip().endswith(".") else None
    phrase = phrase.strip(" ,.;:")
    if not phrase:
        return None
    code = code or country_code(phrase)
    if code:
        return code
    spans = country_spans(phrase)
    if len({c for _, _, c in spans}) == 1 and len(phrase.split()) <= 8:
        return spans[0][2]
    # (a city and its country, "Da Nang, Viet Nam" or "Da Nang in the Socialist Republic of
    # Viet Nam": the country's name, else the city's country)
    for piece in _PLACE_PIECES.split(phrase):
        code = city_country(piece) or country_code(piece.removeprefix("the "))
        if code:
            return code
    return None


_PLACE_PIECES = re.compile(r",\s*|\s+in\s+(?=(?:the\s+)?[A-Z])")


_TRAILING_AND = re.compile(r"\s+and$")
_FORMER = re.compile(r"[Ff]ormer\s+(?=\S)")
# the capitalised start of a title written before TITLE_FIRST's own words
_TITLE_START = re.compile(r"(?:[A-Z][\w’']*(?:\s+(?:of|of\s+the|for|and))?(?:\s+|-))+$")
_GLUED_OF = re.compile(r"(?<=\s)of(?=[A-Z][a-z])")
# an envoy's own country, before where the envoy is posted ("of Japan to the United States")
_POSTED_TO = re.compile(r"(?:the\s+)?(?P<country>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3})\s+to\s+")


_FOR_PURPOSE = re.compile(r"\s+for\s+(?=[A-Z])")
_SECOND_OFFICE = re.compile(r"\s+and\s+(?:the\s+)?(?=[A-Z][\w’'\-]*\s+of\b)")


_POSSESSIVE_COUNTRY = re.compile(r"(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])")


def split_title(clause: str) -> tuple[str, str | None]:
    """("Secretary of State", "USA") from "Secretary of State of the United States"."""
    clause = _TRAILING_AND.sub("", clause.strip(" ,."))  # "... Secretary and, from X, ..."
    clause = TITLE_THEN_DAY.sub("", clause)  # "... of Japan on June 17"
    clause = _GLUED_OF.sub("of ", clause)  # "President of the Republic ofIndonesia"
    if clause.startswith("the "):  # "the Secretary of State of ..."
        clause = clause[4:]
    if "General Assembly" in clause and (pga := PGA_AND_OFFICE.match(clause)):
        office = split_title(clause[pga.end():])[0]  # (R.PGA_AND_OFFICE: the UN's side)
        return f"{pga['pga']} and {office}", "UN"
    former = _FORMER.match(clause)
    if former:  # "Former U.S. President": the country comes after the word
        title, code = split_title(clause[former.end():])
        return f"{former.group().strip()} {title}", code
    owner = _POSSESSIVE_COUNTRY.match(clause)
    if owner and country_code(owner["country"]):  # "Pakistan's Ambassador to the United
        # Nations", "Lithuania’s Vice-Minister of ...": the country that owns the title
        return clause[owner.end():].strip(), country_code(owner["country"])
    for m in re.finditer(r"\s+of\s+", clause):
        if OF_STATE.match(clause[m.end():]):  # "Secretary of State", "Minister of State"
            continue
        # (an abbreviation loses its last full stop with the clause's: "of the U.K.")
        code = country_code(clause[m.end():]) or country_code(clause[m.end():] + ".")
        if code is None:
            code = _whole_country(clause[m.end():])
        if code is None and " and " in clause[m.end():]:
            # (a second office after the country: "Prime Minister of the Independent State
            # of X and the Chair of the Pacific Islands Forum": the country's)
            first = _SECOND_OFFICE.split(clause[m.end():], maxsplit=1)[0]
            code = country_code(first) or _whole_country(first)
        if code:
            return clause[: m.start()].strip(), code
        posted = _POSTED_TO.match(clause, m.end())
        if posted and country_code(posted["country"]):  # "Ambassador of Japan to the U.S."
            return clause, country_code(posted["country"])
        # "Special Representative of the Minister ... of the French Republic for France-Japan
        # Partnership": the country before the purpose the title ends with
        head = _FOR_PURPOSE.split(clause[m.end():], maxsplit=1)
        if len(head) > 1:
            code = country_code(head[0]) or _whole_country(head[0])
            if code:
                return clause[: m.start()].strip(), code
    # "Australian Minister for Foreign Affairs", "U.S. Secretary of State"
    first = re.match(r"^(?:the\s+)?([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+(?=[A-Z])", clause)
    if first:
        code = country_code(first.group(1))
        if code:
            return clause[first.end():].strip(), code
    org = next((code for code, rx in ORGANISATION_TITLES if rx.search(clause)), None)
    if org:  # "U.S. Permanent Representative to the United Nations": the country's envoy
        # to the organisation (on the same line: a word that ends the paragraph before is
        # no part of the title)
        word = re.match(r"(?:the +)?([A-Z][\w.’']*) +(?=[A-Z])", clause)
        code = country_code(word.group(1)) if word else None
        if word and code:
            return clause[word.end():].strip(), code
    return clause, org


def _whole_country(phrase: str) -> str | None:
    """Code when the phrase is one country's name and nothing more ("the Kingdom of X")."""
    phrase = re.sub(r"\s*\([^)]*\)\s*$", "", phrase.strip())
    spans = country_spans(phrase)
    if len(spans) != 1:
        return None
    start, end, code = spans[0]
    lead = phrase[:start].strip().lower()
    ok_lead = lead in ("", "the") or all(w in STATE_FORM_WORDS for w in lead.split())
    return code if ok_lead and end == len(phrase) else None


def find_people(text: str, possessives: bool = False) -> list[Person]:
    """Officials in one stretch of a lead, in text order (`possessives`: keep the names used
    as possessives, as an overview's first point names the other side: "welcomed
    Secretary Clinton's visit")."""
    def keep(found: list[Person]) -> list[Person]:
        alive = [p for p in found if not _named_as_dead(text, p)
                 and not (p.title and SPOUSE_TITLE.search(p.title))
                 and not _visit_companion(text, p) and not _inviter(text, p)]
        return alive if possessives else not_possessive(alive)

    people: list[Person] = []
    for m in _honorifics(text):
        if people and m.start() < people[-1].start + len(people[-1].name):
            continue  # a style inside the name just read ("Sultan Haji Hassanal Bolkiah")
        found = _after_honorific(text, m.end(), _title_before(text, m.start()))
        if found and not (found.title is None and SPOUSE_HONORIFIC.match(m.group())
                          and found.family_name and re.search(
                              rf"\b{re.escape(found.family_name)}\b", text[:m.start()])):
            # (an official's spouse, named with the official as host or guest: "President X
            # and Mrs. Y X", "hosted by Prime Minister and Mrs. Z": no official)
            people.append(found)
    if people:
        return keep(people)
    named = (_by_title(text) or _name_comma_title(text) or _title_of_country_name(text)
             or _with_name_title(text))
    if "of " in text:
        named = _with_others(named, _title_of_country_full_name(text))
    return keep(named)


def officials_named(text: str) -> list[Person]:
    """Every official a short text (a page's title) names, with an honorific or by title
    alone ("Courtesy Call on Dr. X, President of Y, and Luncheon Hosted by Prime Minister
    Z": both)."""
    return _with_others(find_people(text), _by_title(text))


def _with_others(found: list[Person], more: list[Person]) -> list[Person]:
    """`found` and the officials of `more` that no one found already covers, in text order."""
    extra = [p for p in more
             if not any(p.start < q.end and q.start < p.end for q in found)
             and not any(p.name == q.name or p.name.endswith(" " + q.name) for q in found)]
    return sorted(found + extra, key=lambda p: p.start) if extra else found


def _title_of_country_full_name(text: str) -> list[Person]:
    """ "President of Russia Dmitry Medvedev" (older pages: the title, its country and the
    full name with no comma between them): the longest start of the words after "of" that
    is one country's name ends the title; the rest is the name."""
    found = []
    for m in TITLE_OF_COUNTRY_FULL_NAME.finditer(text):
        split = _country_then_name(m["title"], m["tail"])
        if split is None:
            continue
        country, name = split
        title = m["title"]
        found.append(Person(name, title, country, m.start(), m.end(), family_name(name, country)))
    return found


def _country_then_name(title: str, tail: str) -> tuple[str, str] | None:
    """(country, name) of "Russia Dmitry Medvedev": the longest start that names one country
    exactly (its last country name ends it) and leaves a full name of capitalised words."""
    words = tail.split()
    least, most = FULL_NAME_WORDS
    for k in range(len(words) - least, 0, -1):
        name_words = words[k:]
        if len(name_words) > most or not all(_full_name_word(w) for w in name_words):
            continue
        place = " ".join(words[:k])
        spans = country_spans(place)
        if not spans or spans[-1][1] != len(place):
            continue
        code = split_title(f"{title} of {place}")[1]
        if code is not None and code == spans[-1][2]:
            return code, " ".join(name_words)
    return None


def _full_name_word(word: str) -> bool:
    """A word a full name may hold: capitalised, with small letters, no title or country."""
    return (word[0].isupper() and any(c.islower() for c in word)
            and not TITLE_WORD.fullmatch(word) and country_code(word) is None)


def _named_as_dead(text: str, person: Person) -> bool:
    """Whether the mention follows "the funeral of", "the passing of", "the late" ..."""
    if not any(w in text for w in ("late", "funeral", "passing", "death", "emorial")):
        return False
    return DECEASED_BEFORE.search(text[max(0, person.start - DECEASED_REACH):person.start]) \
        is not None


def _visit_companion(text: str, person: Person) -> bool:
    """Whether the mention is the company a visitor came with ("who is visiting Japan along
    with H.E. Dr. X"), named inside the visitor's clause."""
    if " with " not in text and "accompanying" not in text:
        return False
    before = HONORIFIC_TAIL.sub("", text[max(0, person.start - 90):person.start])
    return VISIT_COMPANION_BEFORE.search(before) is not None


def _inviter(text: str, person: Person) -> bool:
    """Whether the mention is the host who invited a visitor to Japan (INVITER_BEFORE): an
    official of Japan or of no country named (a host abroad who invited Japan's minister is
    the one met: "who is visiting Peru upon the invitation of H.E. Mr. X, Minister of Foreign
    Affairs of Peru, held a Foreign Ministers' Meeting")."""
    if "invit" not in text and "guest" not in text or person.country not in (None, "JPN"):
        return False
    before = HONORIFIC_TAIL.sub("", text[max(0, person.start - 60):person.start])
    if INVITER_BEFORE.search(before) is None:
        return False
    # (a host who invited the visitor and then met them is met: "... at the invitation of H.E.
    # Mr. X, Minister for Foreign Affairs. The two Foreign Ministers met ...", or X named again)
    after = text[person.end:]
    named_again = any(re.search(rf"\b(?:Mr|Ms|Mrs|Dr|H\.E|Minister)\.?\s+{re.escape(w)}\b",
                                after, re.IGNORECASE)
                      for w in person.name.split() if len(w) > 2 and w[0].isupper())
    return not (named_again or INVITER_MET_AFTER.search(after))


def named_by_title_first(text: str) -> list[Person]:
    """Officials named by title alone before the stretch's first honorific, in a clause
    of their own ("Prime Minister X visited the cemetery, attended breakfast with the
    Honorable Y, ..."): find_people keeps only the honorifics' officials when there are any."""
    first = next(_honorifics(text), None)
    head = _CLAUSE_BEFORE.match(text, 0, first.start()) if first else None
    return _by_title(head.group()) if head else []


# the stretch before an honorific that is a clause of its own (it ends at a comma or a
# verb's object, "... with"), where an official may be named by title alone
_CLAUSE_BEFORE = re.compile(r".*(?:,\s*|\bwith\s+)(?:and\s+)?(?:the\s+)?$", re.DOTALL)


def _by_title(text: str) -> list[Person]:
    """Officials named after a title, with no honorific ("Foreign Minister Jane Roe")."""
    found: list[Person] = []
    for m in TITLE_FIRST.finditer(text):
        # "Parliamentary Senior Vice-Minister Shuji Kira": the title's capitalised start
        # ("Custodian of the Two Holy Mosques King X": small joining words inside it)
        # (not before a title that begins with its country: "Prime Minister Noda and U.S.
        # President Obama" is two officials)
        ext = None if m["adj"] else _TITLE_START.search(text, max(0, m.start() - 80), m.start())
        before = ext.group() if ext else ""
        if found and found[-1].name in before:  # not over the official named before ("...
            # Lars Berg of Sweden and Foreign Minister Anna Kowal"): after its "and"
            tail = before[before.index(found[-1].name) + len(found[-1].name):]
            before = tail.rsplit(" and ", 1)[-1] if " and " in tail else ""
        title, country = split_title(before + m["title"])
        name = _trim_name(m["name"])
        if not name or TITLE_WORD.match(name):  # "Secretary General of ...": no name
            continue
        if country is None:  # "Ambassador Richard Roe, Former Deputy Secretary of State of
            # the United States": the office and its country in the clause after the name
            title, country = _office_after(text, m.start("name") + len(name), title)
        if country is None:  # "Foreign Minister Stephen Smith of Australia": the country
            # right after the name
            country = _of_country_after(text, m.start("name") + len(name))
        found.append(Person(name, title, country, m.start(), m.end(), family_name(name, country)))
    return found


# (a state's formal name has its own "of": "of the Republic of Korea", "of the Socialist
# Republic of Viet Nam")
_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?"
                               r"(?P<country>[A-Z][\w.’']*(?:\s+(?:of\s+)?[A-Z][\w.’']*){0,4})")


def _of_country_after(text: str, end: int) -> str | None:
    """The country in "of <Country>" right after a name (the longest known start of the
    capitalised words: "of the United States and ..." -> USA)."""
    m = _OF_COUNTRY_AFTER.match(text, end)
    if not m:
        return None
    words = m["country"].split()
    # (a sentence's full stop is no part of the country: "of the United Kingdom."; a formal
    # name the table lacks is read by its country's name: "Socialist Republic of Viet Nam")
    return next((code for size in range(len(words), 0, -1)
                 if (code := side_code(phrase := " ".join(words[:size]))
                     or _whole_country(phrase.rstrip(".")))), None)


def _office_after(text: str, end: int, title: str) -> tuple[str, str | None]:
    """The title and country of the comma clause right after a name, when that clause is a
    title naming a country; else (`title`, None)."""
    if not text.startswith(",", end):
        return title, None
    stop = _CLAUSE_END.search(text, end + 1)
    clause = text[end + 1: stop.start() if stop else len(text)].strip()
    if not clause[:1].isupper() or not TITLE_WORD.search(clause):
        return title, None
    office, country = split_title(clause)
    return (office, country) if country else (title, None)


_POSSESSIVE_NAME = re.compile(r"['’]s$")


def not_possessive(people: list[Person]) -> list[Person]:
    """Without names used as possessives ("Mr. Kono’s courtesy call on ..."): the person
    is named for something of theirs, not as one who met."""
    return [p for p in people if not _POSSESSIVE_NAME.search(p.name)]


def _honorifics(text: str) -> Iterator[re.Match[str]]:
    """HONORIFIC_RX.finditer(text), trying the pattern only where an honorific's first
    letters are (tried at every character, the long pattern is slow)."""
    return matches_where(HONORIFIC_RX, _HONORIFIC_START, text)


def matches_where(rx: re.Pattern[str], starts: re.Pattern[str], text: str
                  ) -> Iterator[re.Match[str]]:
    """rx.finditer(text) for a pattern that never matches "" and whose every match begins
    where `starts` matches: rx is tried only there. For a pattern slow to try at every
    character, with a `starts` the regex engine scans for quickly (literal or set first)."""
    pos = 0
    while (start := starts.search(text, pos)) is not None:
        m = rx.match(text, start.start())
        if m:
            yield m
            pos = m.end()
        else:
            pos = start.start() + 1


def _with_name_title(text: str) -> list[Person]:
    """ "met with Romano Prodi, President of the European Commission," (no honorific): the
    name after "with", then a head's or minister's title with its country."""
    found = []
    for m in WITH_NAME_TITLE.finditer(text):
        title, country = split_title(m["title"])
        name = _trim_name(m["name"])
        if country is not None and name:
            found.append(Person(name, title, country, m.start("name"), m.end("name"),
                                family_name(name, country)))
    return found


def _title_of_country_name(text: str) -> list[Person]:
    """ "the Chancellor of the Federal Republic of Germany, Gerhard Schroeder," (older Prime
    Minister's Office pages): the title with its country, then the name."""
    found = []
    for m in TITLE_OF_COUNTRY_NAME.finditer(text):
        title, country = split_title(m["title"])
        if country is None:
            continue
        name = _trim_name(m["name"])
        if name:
            found.append(Person(name, title, country, m.start(), m.end(),
                                family_name(name, country)))
    return found


def _name_comma_title(text: str) -> list[Person]:
    """ "IWAYA Takeshi, Minister for Foreign Affairs of Japan," with no honorific."""
    found = []
    for m in NAME_COMMA_TITLE.finditer(text):
        name = m["name"]
        if TITLE_WORD.search(name):
            continue
        title, country = split_title(m["title"])
        if not any(is_caps(t) for t in name.split()) and (country is None or len(name) < 5
                                                          or country_code(name)):
            # a name with its family name in capitals is certain to be one; another only
            # when its title names the country ("Mélanie Joly, Minister of Foreign Affairs
            # of Canada")
            continue
        found.append(Person(name, title, country, m.start(), m.end(), family_name(name, country)))
    return found


# the verb that closes a list before its side ("Mr. X, Mr. Y, etc. joined from the Japanese side")
_LIST_VERB = re.compile(r"\s+(?:joined|attended|participated)\s*$")


def find_attendees(text: str) -> list[Person]:
    """Officials in an attendee list: honorific names, or "Title Given Family" items."""
    text = _LIST_VERB.sub("", OTHERS.sub("", text))
    if next(_honorifics(text), None) is None:
        items = name_title_items(text) or title_name_items(text)
        if items:
            return items
    return find_people(text)


def name_title_items(text: str) -> list[Person]:
    """ "Mary Roe, Secretary of State; John Doe, Secretary of the Treasury": items of a name
    and its title separated by semicolons (R.NAME_TITLE_ITEM), when most items are such;
    with no semicolon, a list of such pairs separated by commas (`_name_title_pairs`)."""
    if ";" not in text:
        return _name_title_pairs(text)
    items = [item for raw in text.split(";") if (item := _ETC.sub("", raw).strip(" .,:"))]
    out = []
    for item in items:
        m = NAME_TITLE_ITEM.match(item)
        if not m or TITLE_WORD.search(m["name"]) or not TITLE_WORD.search(m["title"]):
            continue
        name = _trim_name(m["name"])
        if name:
            title, country = split_title(_LIST_VERB.sub("", m["title"]))
            out.append(Person(name, title, country, 0, 0, family_name(name, country)))
    return out if 2 * len(out) >= len(items) else []


def _name_title_pairs(text: str) -> list[Person]:
    """ "Ali Raza Khan, Minister for Ports, and Sardar Karim Shah, Minister for Housing": a
    list of bare "Given Family, Title" items
    separated by commas, when the whole list is such pairs (a title may hold commas:
    "..., Minister of Agriculture, Forestry and Fisheries"); else none."""
    parts = [p.strip().removeprefix("and ").strip()
             for p in LIST_LEAD_IN.sub("", text.strip(" .")).split(",")]
    out: list[Person] = []
    k = 0
    while k < len(parts):
        name = parts[k]
        if k + 1 >= len(parts) or not _bare_name(name) or not TITLE_WORD.search(parts[k + 1]):
            return []
        title = parts[k + 1]
        k += 2
        while k < len(parts) and not _bare_name(parts[k]):  # the title goes on
            title += ", " + parts[k]
            k += 1
        title, country = split_title(title)
        out.append(Person(name, title, country, 0, 0, family_name(name, country)))
    return out


def _bare_name(part: str) -> bool:
    """A comma-separated part that is a full name: two to five capitalised words (name
    particles between), no title or country word."""
    words = part.split()
    return (2 <= len(words) <= 5 and words[0][0].isupper()
            and (words[-1][0].isupper() or ARTICLE_JOINED.match(words[-1]) is not None)
            and all(w[0].isupper() or w in NAME_PARTICLES or ARTICLE_JOINED.match(w)
                    for w in words)
            and not TITLE_WORD.search(part) and country_code(part) is None
            and not any(country_code(w) for w in words))


def attendees_by_side(text: str, lead_in: str = "", side: str | None = None) -> list[Person]:
    """Officials in an attendee list whose sides are marked ("... from the Japanese side
    and ... from the U.S. side", "from Thailand, Mr. X"): an official whose title names no
    country takes the side's. `lead_in` is the words before the list ("Those who attended
    from the Japanese side included"), `side` the country of the whole list, if known."""
    text = OFFICIALS_SIDE.sub(_officials_side, text)
    mark = next((m for m in SIDE_MARK.finditer(lead_in) if side_code(m["side"])), None)
    side = side_code(mark["side"]) if mark else side
    marks = [m for m in SIDE_MARK.finditer(text) if side_code(m["side"])]
    out: list[Person] = []
    pos = 0
    for i, m in enumerate(marks):
        code = side_code(m["side"])
        if m.start() < pos:
            continue
        if not SIDE_MARK_CLOSES.match(text, m.end()) and (
                SIDE_MARK_BEFORE.match(text, m.end()) or (
                    m["word"] and SIDE_MARK_BEFORE_NAME.match(text, m.end())) or (
                    # a mark that opens a clause of the list ("...; on the Japanese side
                    # Deputy Chief Cabinet Secretary X, ..."): the ones after it
                    text[pos:m.start()].rstrip().endswith(";"))):
            # "from Thailand, Mr. X", "From the Japanese side Mr. Y": the ones after
            out += _on_side(find_attendees(text[pos:m.start()]), side)
            stop = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            listed = find_attendees(text[m.end():stop])
            out += _on_side(_bare_first(text, m.end(), listed) + listed, code)
            pos = stop
        else:  # "Mr. X and Mr. Y from the Japanese side": the ones before
            out += _on_side(find_attendees(text[pos:m.start()]), code)
            pos = m.end()
    return out + _on_side(find_attendees(text[pos:]), side)


def delegation_heads(texts: list[str]) -> list[tuple[Person, bool]]:
    """The heads of each side named in the sentences of `texts` that tell who represented,
    chaired or headed (DELEGATION_HEADS), for a lead that names nobody, each with whether it
    is the reporting side's (Japan's). A head's country is the one the text says it
    represented ("..., represented Spain", "Japan was represented by ...") or its title's;
    the first head with neither is Japan's (the pages name Japan's official first), the
    others the other side's."""
    out: list[tuple[Person, bool]] = []
    for text in texts:
        for sentence in _SENTENCE.split(text):
            if not DELEGATION_HEADS.search(sentence):
                continue
            for person in find_people(sentence):
                code = person.country or _represented(sentence, person)
                ours = code == JAPAN if code else not any(own for _, own in out)
                if code and code != person.country:
                    person = replace(person, country=code,
                                     family_name=family_name(person.name, code))
                out.append((person, ours))
    return out


def _represented(sentence: str, person: Person) -> str | None:
    """The country the sentence says the official represented, right after or before."""
    after = REPRESENTED_AFTER.match(sentence, person.end)
    before = REPRESENTED_BEFORE.search(
        sentence[max(0, person.start - REPRESENTED_REACH):person.start])
    for m in (after, before):
        code = side_code(m["side"]) if m else None
        if code:
            return code
    return None


# a sentence's end: a full stop, then a blank and a capital (not an honorific's or an
# initial's: "Mr. X", "John F. Kerry")
_SENTENCE = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bAmb)(?<!\bProf)"
                       r"(?<!\b[A-Z])\.\s+(?=[A-Z])")
JAPAN = "JPN"


def _bare_first(text: str, at: int, listed: list[Person]) -> list[Person]:
    """The side's first official when written "Given Family, Title" with no honorific right
    after the side's mark (see SIDE_FIRST_BARE), unless the list already has that name."""
    m = SIDE_FIRST_BARE.match(text, at)
    if not m or TITLE_WORD.search(m["name"]) or not TITLE_WORD.search(m["title"]):
        return []
    name = _trim_name(m["name"])
    if not name or any(p.name.endswith(name.split()[-1]) for p in listed):
        return []
    title, country = split_title(m["title"])
    return [Person(name, title, country, m.start("name"), m.end("title"),
                   family_name(name, country))]


def _officials_side(m: re.Match[str]) -> str:
    """ "from the X side" for "X officials" when X (or its last word: "Senior Japanese
    officials") names a side, else the words unchanged."""
    words = m["side"].split()
    for side in (m["side"], words[-1]) if len(words) > 1 else (m["side"],):
        if side_code(side):
            return f"from the {side} side"
    return m.group()


def side_code(side: str) -> str | None:
    """Country of a side's name ("Japanese", "U.S.", "Thailand")."""
    return country_code(side) or country_code(side.rstrip("."))


def _on_side(people: list[Person], code: str | None) -> list[Person]:
    """The officials, those whose title names no country given the side's."""
    if code is None:
        return people
    return [replace(p, country=code, family_name=family_name(p.name, code))
            if p.country is None else p for p in people]


_BRACKETS = re.compile(r"\s*\([^()]*\)")


def title_name_items(text: str) -> list[Person]:
    """ "Vice Premier Liu He, Minister of Commerce Zhong Shan, Prime Minister Abe": items
    of a title and a name, the name being the capitalised words that end the item and are
    no title, institution or country word (at most three)."""
    out = []
    parts = _ITEM_SEP.split(_ETC.sub("", _BRACKETS.sub("", text)))
    pending = ""  # an item with no name begins the next one's title ("Minister of Economy,")
    for item, sep in zip(parts[::2], [*parts[1::2], ""], strict=True):
        envoy = ENVOY_ITEM.match(item.strip(" ;:"))
        if envoy:  # "Ambassador Fujisaki to the U.S.": the post after the name; the envoy
            # is of the sending side (the rank's country, else the list's side), not the post's
            rank, country = split_title(f"{pending}{envoy['rank']}")
            title_text = f"{rank} to {envoy['post'].strip()}"
            out.append(Person(envoy["name"], title_text, country, 0, 0,
                              family_name(envoy["name"], country)))
            pending = ""
            continue
        office = TITLE_NAME_OF_OFFICE.match(item.strip(" .;:"))
        if office and not pending and any(t in TITLE_WORDS for t in office["title"].split()) \
                and all(_name_word(t) for t in office["name"].split()):
            title_text = f"{office['title'].strip()} of the {office['office'].strip()}"
            out.append(Person(office["name"], title_text, None, 0, 0,
                              family_name(office["name"], None)))
            continue
        toks = item.strip(" .;:").split()
        k = len(toks)
        while k > 0 and len(toks) - k < 3 and _name_word(toks[k - 1]):
            k -= 1
        title = toks[:k]
        if k == len(toks):
            pending = pending + item + sep if title else ""
            continue
        if (title and title[-1] in _TITLE_PREPOSITIONS and sep.strip() == "and") or (
                pending + " ".join(title) and all(t in PORTFOLIO_WORDS for t in toks[k:])):
            # (a preposition's object cut at the title's own "and": "Director-General for
            # Press" of "Press Secretary / Director-General for Press and Public Relations X")
            # (only a portfolio's words, cut at its "and" or comma: "Minister of Oceans" of
            # "Minister of Oceans and Fisheries Kang Do-hyung"): the title goes on
            pending = pending + item + sep
            continue
        if not any(t in TITLE_WORDS or t in INSTITUTIONS for t in title):
            pending = ""
            continue
        if any(_PAST_VERB.match(t) for t in title):  # "Prime Minister X visited the National
            pending = ""  # Cemetery": a clause, not a title before a name
            continue
        name = " ".join(toks[k:])
        title_text, country = split_title(pending + " ".join(title))
        pending = ""
        out.append(Person(name, title_text, country, 0, 0, family_name(name, country)))
    return out


_PAST_VERB = re.compile(r"[a-z]+ed$")  # a lowercase word in the past tense
_ETC = re.compile(r",?\s*\betc\.?")  # "Ambassador Fujisaki etc. from the Japanese side"
_TITLE_PREPOSITIONS = frozenset({"for", "of", "on"})
_ITEM_SEP = re.compile(r"(,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)")


def _name_word(tok: str) -> bool:
    """A word that can be part of a name in a "Title Name" item."""
    return (tok[:1].isupper() and tok not in TITLE_WORDS and tok not in INSTITUTIONS
            and (tok not in NOT_NAMES or tok in _PRONOUNS) and not tok.endswith((".", "’s", "'s"))
            and country_code(tok) is None)


# pronouns cannot stand where an item's name is, and "He" is a Chinese family name
_PRONOUNS = frozenset({"He", "She", "We", "I", "It"})


def _trim_name(raw: str) -> str:
    """Name tokens up to the first word that cannot belong to a name."""
    out: list[str] = []
    for tok in raw.split():
        if tok[0].isupper() or tok in NAME_PARTICLES or ARTICLE_JOINED.match(tok):
            out.append(tok)
        else:
            break
    while out and out[-1] in NAME_PARTICLES:
        out.pop()
    while out and out[-1] in ("Minister", "President", "Secretary"):
        out.pop()
    return " ".join(out)


# the most words of a country's name written as a clause of its own after a title ("the
# Democratic Republic of Timor-Leste")
COUNTRY_CLAUSE_WORDS = 6


def _longer_title(text: str, cur: int, clause: str, title: str) -> tuple[int, str, str | None]:
    """Join up to two more comma clauses when that makes a title ending in a country."""
    joined, pos = clause, cur
    for _ in range(2):
        if pos >= len(text) or text[pos] != ",":
            break
        nxt = _CLAUSE_END.search(text, pos + 1)
        stop = nxt.start() if nxt else len(text)
        part = text[pos + 1: stop].strip()
        if not part or HONORIFIC_RX.match(part + " ") or not part[0].isupper():
            break
        bare = _whole_country(part) if len(part.split()) <= COUNTRY_CLAUSE_WORDS else None
        if bare and not is_grouping(bare):  # "Deputy Prime Minister and Minister of
            # Defense, Israel, on a visit to Japan": the country as a clause of its own
            return stop, title, bare
        joined = f"{joined}, {part}"
        longer, country = split_title(joined)
        if country:
            return stop, longer, country
        pos = stop
    return cur, title, None


def _title_before(text: str, pos: int) -> str | None:
    """A title written before the honorific: "U.S. Ambassador to Japan Ms. Caroline Kennedy"."""
    start = max(0, pos - 120)  # a title is short: look back a little, not to the text's start
    comma = _COMMA_BEFORE.search(text, start, pos)
    stops = _TITLE_BEFORE_STOP
    if comma:  # "and Minister of Defense, Mr. Gen Nakatani": the title is the clause before
        pos, stops = comma.start(), _CLAUSE_BEFORE_STOP
    cut = max((m.end() for m in stops.finditer(text, start, pos)), default=start)
    prefix = text[cut:pos].strip()
    longest = 9  # words of a title before a name
    if prefix and not TITLE_WORD.search(prefix):
        # "Minister for Foreign Affairs of the Republic of Finland H. E. Mr. X": the stop
        # words cut the title at its "of"; the whole title ends in the country, whose
        # formal name may be long ("of the Islamic Republic of Iran")
        whole = _TITLE_OF_COUNTRY.search(text, start, pos)
        prefix, longest = (whole.group(1), 16) if whole else (prefix, longest)
    if not prefix or not prefix[0].isupper() or len(prefix.split()) > longest:
        return None
    return prefix if TITLE_WORD.search(prefix) else None


_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?[A-Z]")


def _after_honorific(text: str, pos: int, title_before: str | None = None) -> Person | None:
    m = _CLAUSE_END.search(text, pos)
    end = m.start() if m else len(text)
    name = _trim_name(text[pos:end])
    if not name or not name[0].isupper():
        return None
    given_after = False
    title: str | None = None
    country: str | None = None
    cur = end
    # "Mr. Fumio Kishida and Minister of Defense, Mr. Gen Nakatani": the clause goes on to
    # another official, whose are the comma clauses that follow
    another = _AND_NEXT.match(text, pos + len(name)) is not None
    for _ in range(0 if another else 4):  # comma clauses: suffix, given names, then title
        if cur >= len(text) or text[cur] != ",":
            break
        if HONORIFIC_RX.match(text[cur + 1:].lstrip()):  # ", Mr. Y": the next official
            break
        nxt = _CLAUSE_END.search(text, cur + 1)
        stop = nxt.start() if nxt else len(text)
        clause = text[cur + 1: stop].strip()
        if clause in NAME_SUFFIXES:
            cur = stop
            continue
        if clause and not TITLE_WORD.search(clause) and not title and len(clause.split()) <= 3 \
                and all(t[0].isupper() for t in clause.split()):
            name, given_after = f"{name}, {clause}", True
            cur = stop
            continue
        if TITLE_WORD.search(clause):
            title, country = split_title(OTHERS.sub("", clause))
            cur = stop
            if country is None:  # "Secretary of State for Foreign, Commonwealth and ... of the UK"
                cur, title, country = _longer_title(text, cur, clause, title)
        break
    if title is None and title_before:
        title, country = split_title(title_before)
    elif country == "UN" and title and "General Assembly" in title and (
            also := PGA_ALSO_OFFICE.match(text, cur)):
        title = f"{title} and {also['office'].strip()}"  # (R.PGA_ALSO_OFFICE)
    return Person(name.replace(",", ""), title, country, pos, cur,
                  family_name(name, country, given_after=given_after))
