"""Officials named in a Japanese MOFA lead, as the same `Person` the English readers give.

A Japanese lead writes an official as name, country, title: 「林芳正外務大臣」,
「アントニー・ブリンケン米国国務長官」, 「マリズ・ペイン・オーストラリア連邦外務大臣」,
「朴振(パク・チン)韓国外交部長官」, or country, の, name, title: 「中国の王毅国務委員」.
Family names are kept as the page writes them: kanji for Japanese, Chinese and Korean
officials (林, 王, 朴), katakana for others (ブリンケン), Latin only when the page has no other
form; `naming.family_name` (with ``language="ja"``) decides them, as for every source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..japanese import KANJI as _KANJI
from ..japanese import KATAKANA as _KATA
from . import mofa_ja_rules as R
from .countries import country_spans, is_grouping
from .countries_ja import country_code_ja, country_spans_ja
from .countries_ja_rules import ABBREVIATIONS
from .naming import Person

__all__ = ["attendee_brackets", "find_attendees_ja", "find_attendee_section",
           "find_headed_officials", "find_people_ja", "rank_ja"]

JAPAN = "JPN"

_NAME_TAIL = re.compile(
    rf"(?:(?P<kanji>(?:[{_KANJI}]+[ツノヶ])?[{_KANJI}]{{1,6}})|(?P<kata>[{_KATA}]+(?:[・=][{_KATA}]+)*)|"
    rf"(?P<latin>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){{0,3}}))"
    rf"(?P<reading>\([{_KATA}\u3041-\u3096・=\s]+\))?・?$")
# ... and before the rest of the name (「アブドッラー2世・」イブン・アル・フセイン)
_REGNAL_BEFORE = re.compile(rf"(?<![{_KATA}])[{_KATA}]+[0-9]{{1,2}}世・$")
# 「アブドッラー2世」 (the groups of _NAME_TAIL, the katakana one matched)
_REGNAL_TAIL = re.compile(rf"(?P<kata>[{_KATA}]+[0-9]{{1,2}}世)(?P<kanji>(?!))?(?P<latin>(?!))?"
                          r"(?P<reading>(?!))?$")
# 「牧野たかお」 (the groups of _NAME_TAIL, the kanji one the family name; see
# R.HIRAGANA_NOT_A_GIVEN_NAME)
_HIRAGANA_GIVEN = re.compile(rf"(?P<kanji>[{_KANJI}]{{2,3}})(?P<given>[\u3041-\u3096]{{2,4}})"
                             r"(?P<kata>(?!))?(?P<latin>(?!))?(?P<reading>(?!))?$")
# 「英利アルフィヤ」: a Japanese official's given name in katakana after a kanji family name
# (the groups of _NAME_TAIL, the kanji one the family name)
_KATAKANA_GIVEN = re.compile(rf"(?:^|(?<=及び)|(?<=並びに))"  # (「…副大臣及び英利アルフィヤ…」)
                             rf"(?P<kanji>[{_KANJI}]{{1,3}})(?P<given>[{_KATA}]{{2,8}})"
                             r"(?P<kata>(?!))?(?P<latin>(?!))?(?P<reading>(?!))?$")
_CUT = re.compile(r"[、,。はがをにでへもやとの「」『』\s:;()]")
# 「(Mr. Riyad H. MANSOUR)」, 「(H.E. Mr. Recep Tayyip ERDOGAN, President of …)」
_KATA_CHAR = re.compile(rf"[{_KATA}]")
_LATIN_BRACKET = re.compile(r"\([A-Za-z][^()\u3040-\u30ff\u4e00-\u9fff]*\)")
_ABBREVIATION_AFTER = re.compile(r"\([A-Z]{2,6}\)$")  # 「アフリカ連合委員会(AUC)」
_READING = rf"\([{_KATA}\u3041-\u3096・=\s]+\)"  # 「(パク・チン)」, 「(おう・き)」


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    titles = sorted(R.TITLE_RANKS, key=len, reverse=True)
    return re.compile("(?:" + "|".join([*R.COMPOUND_TITLES, *map(re.escape, titles)]) + ")")


@lru_cache(maxsize=1)
def _title_first_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(title, then a katakana name and its honorific, perhaps in brackets, 「…外務大臣(カルロス・
    メンドサ氏)」; a katakana name, its honorific perhaps, then the title in brackets): the
    older layouts' order (R.NAME_HONORIFIC)."""
    title = _title_pattern().pattern
    name = rf"[{_KATA}]+(?:[・=][{_KATA}]+)*"
    return (re.compile(rf"(?P<title>{title})\s?(?:\((?=[{_KATA}]))?(?P<name>{name})"
                       rf"{R.NAME_HONORIFIC}"),
            re.compile(rf"(?P<name>{name}){R.NAME_HONORIFIC}?\((?P<org>[^()]{{0,24}}?)"
                       rf"(?P<title>{title})\)"))


def _titled_first(text: str) -> list[Person]:
    """Foreign officials written title first or with the title in brackets after the name
    (`_title_first_patterns`), each with the country named before the title."""
    before_title, bracketed = _title_first_patterns()
    out: list[Person] = []
    for m in before_title.finditer(text):
        before = text[max(0, m.start() - 30): m.start()]
        cut = max((k for k, c in enumerate(before) if _CUT.match(c)), default=-1)
        _, country = _country_suffix(before[cut + 1:])
        out.append(Person(name=m["name"], family_name=None, title=m["title"], country=country,
                          start=m.start(), end=m.end()))
    for m in bracketed.finditer(text):
        if country_code_ja(m["name"]):  # a country with its level: 「チリ(外務次官)」
            continue
        _, country = _country_suffix(m["org"])
        out.append(Person(name=m["name"], family_name=None, title=m["title"], country=country,
                          start=m.start(), end=m.end()))
    return out


def rank_ja(title: str | None) -> str | None:
    """Rank ("head", "cabinet", "other") of a Japanese title as written."""
    if not title:
        return None
    if title.startswith(R.DESIGNATE):
        return R.DESIGNATE_RANK
    if title in R.TITLE_RANKS:
        return R.TITLE_RANKS[title]
    if "兼" in title:  # offices held together rank as the highest: 「首相兼外務大臣」 is a head
        ranks = [r for r in map(rank_ja, title.split("兼")) if r]
        return min(ranks, key=_RANK_ORDER.index) if ranks else None
    found = [t for t in R.TITLE_RANKS if title.endswith(t)]
    return R.TITLE_RANKS[max(found, key=len)] if found else None


_RANK_ORDER = ("head", "cabinet", "other")


def _country_suffix(chunk: str, short_states: bool = False) -> tuple[str, str | None]:
    """(chunk without a trailing country name and its qualifiers, that country's code):
    「…・ブラジル連邦共和国」 -> BRA, 「…米国」 -> USA, 「ジョン・ケリー米」 -> USA; an
    organisation, its abbreviation in brackets or not: 「…国際原子力機関(IAEA)」 -> IAEA;
    with `short_states` (a list where every official has a country), an island state written
    short: 「アオキ・クック」 -> COK."""
    bare = _ABBREVIATION_AFTER.sub("", chunk)
    for organisation, org_code in R.ORGANISATIONS_JA.items():
        if bare.endswith(organisation):
            return bare[: -len(organisation)], org_code
    for cut in range(len(chunk), 0, -1):
        if not R.TITLE_QUALIFIER.fullmatch(chunk[cut:]):
            continue
        head = chunk[:cut]
        for k in range(min(len(head), 20), 1, -1):
            code = country_code_ja(head[-k:]) or (
                R.STATES_SHORT_BEFORE_TITLE.get(head[-k:])
                if short_states and head[:-k].endswith("・") else None)
            if code:
                return head[:-k], code
        if head[-1] in ABBREVIATIONS and re.search(rf"[{_KATA}]・?$", head[:-1]):
            return head[:-1], ABBREVIATIONS[head[-1]]  # ジョン・ケリー米国務長官
    return chunk, None


def find_people_ja(text: str, short_states: bool = False) -> list[Person]:
    """Officials with a title in a (width-folded) lead, in text order (`short_states`: see
    `_country_suffix`)."""
    out: list[Person] = []
    states = country_spans_ja(text)
    for m in _title_pattern().finditer(text):
        after = m.end()
        if text.startswith("(", after):  # 「…大統領(H.E. Dr. William RUTO, …)訪日の成果」
            latin = _LATIN_BRACKET.match(text, after)
            after = latin.end() if latin else after
        if R.NOT_A_TITLE_AFTER.match(text, m.end()) or R.NOT_AT_THE_TABLE.match(text, after):
            continue
        if any(s <= m.start() and m.end() < e for s, e, _ in states):
            continue  # a title word inside a country's name: 「アラブ首長国連邦」, not 「米大統領」
        before = text[max(0, m.start() - 60): m.start()]
        cut = max((k for k, c in enumerate(before)
                   if _CUT.match(c) and not _in_reading(before, k)), default=-1)
        chunk = before[cut + 1:]
        rest, country = _country_suffix(chunk, short_states)
        posted = R.POSTED_TO.search(rest)
        if posted and country:  # 「駐日X国大使」: X's envoy to Japan; 「駐X国大使」: Japan's to X
            rest = rest[:posted.start()]
            country = country if posted.group() in R.POSTED_IN_JAPAN else JAPAN
        if not rest and cut > 0 and before[cut] == ")":
            # 「リヤッド・マンスール (Mr. Riyad MANSOUR)パレスチナ国連常駐オブザーバー」:
            # the name before the Latin form, the country after it; 「…ボレル欧州連合(EU)
            # 外務・安全保障政策上級代表」: the organisation before its abbreviation
            end = m.start() - len(chunk)  # the bracket may be longer than the window
            rest, named = _country_suffix(_before_latin(text[max(0, end - 300): end]))
            country = country or named
        rest = rest.rstrip("・")
        former = next((f for f in R.FORMER if rest.endswith(f) and len(rest) > len(f)
                       and _KATA_CHAR.match(rest[-len(f) - 1])), "")
        rest = rest[: len(rest) - len(former)]
        name_m = _katakana_given(rest) or _NAME_TAIL.search(rest) or _hiragana_given(rest)
        if name_m is None:
            continue
        name = name_m.group("kanji") or name_m.group("kata") or name_m.group("latin") or ""
        if name_m.group("kanji") and name_m.start() and _KATA_CHAR.match(rest[name_m.start() - 1]):
            continue  # kanji glued to a katakana word end a place's or body's name, not a
            # person's: 「バイエルン州首相」, 「ミュンヘン安全保障会議議長」
        if name_m.start() and rest[name_m.start() - 1].isdigit():
            # 「フェリペ6世国王」: a monarch's regnal name with its ordinal (not a royal couple
            # honoured as guests: 「…国王王妃両陛下」)
            regnal = _REGNAL_TAIL.search(rest)
            if regnal is None or R.ROYAL_COUPLE.match(text, m.end()):
                continue
            name_m, name = regnal, regnal.group()
        elif name_m.group("kata"):
            # 「アブドッラー2世・イブン・アル・フセイン」: the regnal name and its ordinal lead
            regnal = _REGNAL_BEFORE.search(rest, 0, name_m.start())
            if regnal is not None:
                name = regnal.group() + name
        if cut >= 0 and before[cut] == "(" and "・" not in name:
            continue  # 「(外務移民大臣兼…)」: a title explained (not 「(ジョン・スミス議員ほか)」)
        if (not name or R.NOT_A_NAME.search(name) or country_code_ja(name) or _titled(name)
                or all(c in ABBREVIATIONS for c in name)):  # 日中韓外相: a compound
            continue
        if country is None and cut >= 0 and before[cut] == "の":
            _, country = _country_suffix(before[:cut])
        start = m.start() - len(chunk)
        if country is None:
            country = R.TITLE_ORGANISATIONS.get(m.group()) or next(
                (c for w, c in R.TITLE_COUNTRY_WORDS.items() if w in m.group()), None)
        if country is None:
            country = _side_of(text, start + name_m.start())
        if country is None:
            country = _latin_country(text, m.end())
        if country is None and name_m.group("kanji") and not name_m.group("reading"):
            country = JAPAN  # Chinese and Korean officials come with a country or a reading
        if text.startswith("の", m.end()) and not R.CALL_RECEIVED.match(text, m.end()):
            continue  # 「安倍総理の訪中に同行している」: named, not at the table
        # an office not yet taken keeps its mark: 「次期外務大臣」 (ranked below the office)
        designate = text.startswith(R.DESIGNATE, m.start() - len(R.DESIGNATE))
        title = (R.DESIGNATE if designate else former) + m.group()
        out.append(Person(name=name, family_name=None, title=title, country=country,
                          start=start, end=m.end()))
    if R.NAME_HONORIFIC_CHARS.search(text):  # (a literal first: the patterns are slow)
        names = {p.name for p in out if p.name}
        out += [p for p in _titled_first(text) if p.name and p.name not in names
                and not any(p.name in q for q in names)]
        out.sort(key=lambda p: p.start)
    return out


def _katakana_given(rest: str) -> re.Match[str] | None:
    """A Japanese official written with a given name in katakana (「英利アルフィヤ」): the
    whole words before the title, a kanji family name that is no country or title word."""
    m = _KATAKANA_GIVEN.search(rest)
    if m is None or R.NOT_A_NAME.search(m["kanji"]) or country_code_ja(m["kanji"]) or all(
            c in ABBREVIATIONS for c in m["kanji"]):  # 「英ジョンソン首相」: a country's mark
        return None
    return m


def _hiragana_given(rest: str) -> re.Match[str] | None:
    """A Japanese official written with a given name in hiragana (「牧野たかお」): the whole
    words before the title, the family name in kanji (2-3 characters) kept."""
    m = _HIRAGANA_GIVEN.fullmatch(rest)
    if m is None or R.HIRAGANA_NOT_A_GIVEN_NAME.search(m["given"]):
        return None
    return m


def find_attendees_ja(text: str) -> list[Person]:
    """Officials of an attendee list in a (width-folded) lead, each with the side it names
    (「日本側から」 JPN, 「韓国側から」 KOR); a list without sides is the Japanese side's."""
    out: list[Person] = []
    for items, start in _attendee_lists(text):
        country: str | None = JAPAN
        sided = False
        for item in items:
            item = R.ATTENDEE_SIDE_BRACKETED.sub(r"\g<side>:", item)
            side = R.ATTENDEE_SIDE.match(item)
            if side:
                if side["own"]:  # 「当方:」 is Japan's side, 「先方:」 the other
                    country = JAPAN if side["own"] != "先方" else None
                else:
                    country = _side_country(side["who"]) or country
                sided = True
                item = item[side.end():]
            item = R.ATTENDEE_END.sub("", item.strip()).strip()
            swapped = R.TITLE_THEN_NAME.match(item)
            if swapped:  # 「外務次官 マルコ・ベガ」: the leads' order, name then title
                item = "".join(swapped["name"].split()) + swapped["title"]
            # a list without sides is Japan's, but a name in katakana is a foreign official's
            # (「会談には,マイテ・ヌコアナ=マシャバネ国際関係・協力大臣が同席」)
            own = country if sided or not re.match(rf"[{_KATA}]", item) else None
            person = _attendee(item, own, start) or _named_with_country(item, start)
            if person is not None:
                out.append(person)
    return out


def _named_with_country(item: str, start: int) -> Person | None:
    """An attendee written as the leads write officials, the name then the country then
    the title (「フン・セン・カンボジア首相」, 「ズン・ベトナム首相(議長)」) or the Japanese
    leader by family name and title (「菅総理」): a multilateral meeting's 「(出席者:…)」."""
    if "・" not in item and not R.LISTED_NOTE.sub("", item).strip().endswith(
            R.LISTED_JAPANESE_TITLES):
        return None  # (neither a name with its country nor a leader: the finder is slow)
    named = find_people_ja(item)
    if len(named) != 1 or named[0].country is None:
        return None
    person = named[0]
    if person.country == JAPAN and person.title not in R.LISTED_JAPANESE_TITLES:
        return None
    return Person(name=person.name, family_name=None, title=person.title,
                  country=person.country, start=start, end=start)


def attendee_brackets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bracketed attendee list (「(同席者:…)」), nested readings inside."""
    spans = []
    for m in R.ATTENDEES_OPEN.finditer(text):
        depth, k = 0, m.start()
        while k < len(text):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                break
            k += 1
        spans.append((m.start(), min(k + 1, len(text))))
    return spans


def _attendee_lists(text: str) -> list[tuple[list[str], int]]:
    """The items of each attendee list in a text, with where the list starts."""
    found: list[tuple[list[str], int]] = []
    for start, end in attendee_brackets(text):
        inner = R.ATTENDEES_LABEL.sub("", text[start + 1: end - 1])
        found.append((_split_items(inner), start))
    for m in R.ATTENDEES_SENTENCE.finditer(text):
        found.append((_split_items(m["who"]), m.start()))
    return found


def _split_items(inner: str) -> list[str]:
    """Items separated by 「,」, 「、」 or 「及び」 outside brackets."""
    items, depth, cur = [], 0, ""
    for c in inner:
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0 and c in "、,":
            items.append(cur)
            cur = ""
        else:
            cur += c
    items.append(cur)
    return [p for item in items for p in item.split("及び") if p.strip()]


def _side_country(who: str) -> str | None:
    who = who.strip()
    return country_code_ja(who) or (ABBREVIATIONS.get(who) if len(who) == 1 else None)


def _attendee(item: str, country: str | None, start: int) -> Person | None:
    """One attendee: 「杉山外務審議官」, 「柳興洙(ユ・フンス)駐日韓国大使」,
    「ジョン・ロウ国務次官補」."""
    if not item:
        return None
    reading = re.match(rf"(?P<name>[^()]{{1,12}}?)(?P<reading>\([{_KATA}\u3041-\u3096・=\s]+\))"
                       r"(?P<title>.+)$", item)
    if reading:
        name, title = reading["name"], reading["title"]
    elif re.match(rf"[{_KATA}]", item):
        kata = re.match(rf"[{_KATA}]+(?:[・=][{_KATA}]+)*", item)
        assert kata is not None
        name, title = kata.group(), item[kata.end():]
        named = next((country_code_ja(title[:k]) for k in range(min(len(title), 20), 0, -1)
                      if country_code_ja(title[:k]) and (_title_pattern().match(title, k)
                                                         or title.startswith(R.TITLE_STARTS, k))),
                     None)  # (not a word that begins with a country's: 「朝鮮半島…本部長」)
        if named:  # 「スミス米国国務長官」: the country, then the title
            country = named
    else:
        cut = next((i for i in range(1, min(len(item), 7))
                    if item.startswith(R.TITLE_STARTS, i) or re.match(rf"[{_KATA}]", item[i])),
                   None)
        if cut is None:
            return None
        name, title = item[:cut], item[cut:]
        bare, named = _country_suffix(name)
        if named and bare:  # 「朴韓国外交部長官」: the name, then the country's name
            name, country = bare, named
    if (not title or not name or R.NOT_A_NAME.search(name) and not R.KEN_FAMILY_NAME.fullmatch(
            name) or country_code_ja(name) or not re.search(r"[官長使臣員事表補佐監]$", title)):
        return None
    return Person(name=name, family_name=None, title=title, country=country, start=start,
                  end=start)


def _latin_country(text: str, end: int) -> str | None:
    """The country in the Latin form a page gives after a title: 「…外務大臣(H.E. Mr. …,
    Secretary of Foreign Affairs of the United Mexican States)」 -> MEX."""
    if not text.startswith("(", end):
        return None
    close = text.find(")", end)
    inside = text[end + 1: close if close > 0 else end + 300]
    if not re.search(r"[A-Za-z]{3}", inside):
        return None
    codes = [c for _, _, c in country_spans(inside) if not is_grouping(c) and c != JAPAN]
    return codes[0] if codes else None


def _before_latin(before: str) -> str:
    """The words before a bracket of a Latin name that ends `before` (「…マンスール (Mr.
    Riyad MANSOUR)」 -> 「…マンスール」), or "" when the bracket is not one."""
    opening = before.rfind("(")
    if opening <= 0 or not _LATIN_BRACKET.fullmatch(before[opening:]):
        return ""
    head = before[:opening].rstrip()
    cut = max((k for k, c in enumerate(head) if _CUT.match(c) and not _in_reading(head, k)),
              default=-1)
    return head[cut + 1:]


def _titled(name: str) -> bool:
    """A "name" that ends with a title is none (「諸島首相」 before 「特使」)."""
    return any(name.endswith(t) for t in R.TITLE_RANKS)


def _side_of(text: str, start: int) -> str | None:
    """The country of the side a listed official is on: the nearest 「X側から(は)」 before
    `start` in the same clause (「日本側からは岸田外務大臣及び中谷防衛大臣が」), else the
    last side the sentence names before a list (「我が国より安倍総理,岸田外務大臣…,EU側より
    …が出席」)."""
    clause_start = max(text.rfind(c, 0, start) for c in "、,。") + 1
    found = None
    for m in R.SIDE_FROM.finditer(text, clause_start, start):
        found = m
    if found is not None:
        return _side_country_of(found["who"])
    sentence_start = text.rfind("。", 0, start) + 1
    sides = [_side_country_of(m["who"]) for m in R.SIDE_FROM.finditer(text, sentence_start, start)]
    return next((c for c in reversed(sides) if c), None)


def _side_country_of(who: str) -> str | None:
    if who in R.OWN_SIDE:
        return JAPAN
    return country_code_ja(who) or (country_code_ja(who[-2:]) if len(who) > 2 else None)


def _in_reading(before: str, k: int) -> bool:
    """Whether position k is a bracket of a reading (「朴振(パク・チン)」) kept with its name."""
    if before[k] == "(":
        return bool(re.match(_READING, before[k:]))
    if before[k] == ")":
        opening = before.rfind("(", 0, k)
        return opening >= 0 and bool(re.fullmatch(_READING, before[opening:k + 1]))
    return False


def find_attendee_section(text: str) -> list[Person]:
    """Officials of a multilateral page's attendee section, each with the country or
    organisation it is listed under: 「1 出席者」, then 「- 日本:岸田内閣総理大臣(共同議長)」,
    「インドネシア:ジョコ・ウィドド大統領、ブルネイ:ボルキア国王」, 「- ASEAN事務局:…事務総長」,
    up to the next numbered heading."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    at = next((k for k, p in enumerate(paragraphs) if R.ATTENDEE_SECTION.match(p)), None)
    if at is None:
        return []
    out: list[Person] = []
    for para in paragraphs[at + 1: at + 1 + R.ATTENDEE_SECTION_LINES]:
        if R.SECTION_HEADING.match(para):
            break
        for item in R.LISTED_ITEM_SPLIT.split(para):
            listed = R.LISTED_UNDER.match(item.strip())
            if listed is None:  # one official a line: 「トン・キリバス大統領」
                out += _one_official(item.strip())
                continue
            where = listed["where"].strip()
            codes = [c for _, _, c in country_spans_ja(where)]
            country = country_code_ja(where) or (codes[0] if len(codes) == 1 else None)
            if country is None:
                continue
            who = R.LISTED_NOTE.sub("", listed["who"])
            for person in find_people_ja(who)[:1]:
                out.append(Person(name=person.name, family_name=None, title=person.title,
                                  country=country, start=0, end=0))
    return out


def _one_official(line: str) -> list[Person]:
    """The official a whole line names with a country (「トン・キリバス大統領」), else none."""
    found = find_people_ja(line, short_states=True) if line else []
    if len(found) != 1 or found[0].country is None or found[0].end != len(line):
        return []
    person = found[0]
    return [Person(name=person.name, family_name=None, title=person.title,
                   country=person.country, start=0, end=0)]


def first_heading_brackets(text: str) -> str:
    """The closing brackets of the first section heading that is one official (「1 X・Y国
    外務大臣(Hon. X, …)(16日午後3時35分から約25分間)」): where that meeting's time is told."""
    for para in [p.strip() for p in text.split("\n\n") if p.strip()][:R.HEADED_SECTIONS]:
        closing = R.HEADING_BRACKETS.search(para) if ")" in para else None
        if closing and R.HEADED_OFFICIAL.match(para[:closing.start()]):
            return closing.group()
    return ""


def find_headed_officials(text: str) -> list[Person]:
    """Officials of a page of several exchanges, one a section heading (「1 ハーパー・カナダ
    首相」), each with the country the heading names."""
    out: list[Person] = []
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    for para in paragraphs[:R.HEADED_SECTIONS]:
        m = R.HEADED_OFFICIAL.match(R.HEADING_BRACKETS.sub("", para) if ")" in para else para)
        if m is not None:
            out += _one_official(R.HEADED_EXCHANGE.sub("", m["who"].strip()))
    return out
