"""Family names of names written in Japanese script, for `naming.family_name` only.

Japanese pages keep a name as they write it: katakana for most foreign officials
(「アントニー・ブリンケン」 -> 「ブリンケン」, with particles 「ル・ドリアン」), kanji for
Japanese, Chinese and Korean ones (「林芳正」 -> 「林」, 「王毅」 -> 「王」). Which country names
how is the naming table (``data/naming.toml``), which `naming.family_name` reads and hands
over as flags; the script's own words (particles, patronymics, titles, one-character family
names) are `mofa_ja_rules`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..japanese import KANJI, KATAKANA
from . import mofa_ja_rules as R

__all__ = ["is_family_name_alone_ja", "is_kanji_name", "is_katakana_name", "kanji_family",
           "katakana_family", "regnal_ja", "respelt", "without_ordinal_ja"]


_KATAKANA_NAME = re.compile(rf"[{KATAKANA}・=]+")
_KANJI_NAME = re.compile(rf"[{KANJI}ツノヶ]+")


# a regnal name with its ordinal: 「フェリペ6世」, 「アブドッラー2世・イブン・アル・フセイン」
# (the name's first part: after a given name, 「ジョン・スミス3世」, the ordinal is a suffix)
_REGNAL = re.compile(rf"(?<![{KATAKANA}・])([{KATAKANA}]+[0-9０-９]{{1,2}}世)")


# an ordinal after a later part of a name: a suffix, as "III" of "John Smith III"
_ORDINAL_SUFFIX = re.compile(rf"(?<=[{KATAKANA}])[0-9０-９]{{1,2}}世$")


def without_ordinal_ja(name: str) -> str:
    """A katakana name without an ordinal suffix after its last part (「ジョン・スミス3世」 ->
    「ジョン・スミス」); a regnal name is `regnal_ja`'s."""
    return _ORDINAL_SUFFIX.sub("", name) if "・" in name else name


def regnal_ja(name: str) -> str | None:
    """The regnal name and its ordinal in a monarch's name (「アブドッラー2世」), or None."""
    m = _REGNAL.search(name)
    return m.group(1) if m else None


def is_katakana_name(name: str) -> bool:
    """A name in katakana, its parts joined by 「・」 or 「=」 (「ジャン=イヴ・ル・ドリアン」)."""
    return _KATAKANA_NAME.fullmatch(name) is not None


def is_kanji_name(name: str) -> bool:
    """A name in kanji (「林芳正」, 「佐々木」, 「王毅」), 「ツノヶ」 allowed inside."""
    return _KANJI_NAME.fullmatch(name) is not None


def katakana_family(name: str, text: str, *, whole_name: bool, family_first: bool,
                    no_family_name: bool, two_surnames: bool,
                    last_surname: bool = False, given_name_used: bool = False,
                    compound_given: frozenset[str] = frozenset(), titled_parts: int = 0,
                    chinese_given_last: bool = False) -> str:
    """The family name in a katakana name, with its particles (ル・ドリアン, デ・ラ・フエンテ).

    The flags are the naming table's facts for the person's country, applied as
    `naming.family_name` applies them to Latin names: a whole name (Myanmar), family name
    first, a chiefly title first in a name of `titled_parts` parts or more (Samoa), a
    Singaporean Chinese name's one-syllable family name first (リー・シェンロン), an Arab
    ruling house after a patronymic (アール・サウード), else the given name
    the page uses (ファイサル), two surnames when the full name gives both (エブラル・カサウボン),
    a Portuguese name by the surname the text uses alone (ルーラ), the
    personal name of a patronymic name (Mongolian: the part used alone, else the last), the
    part used alone where there is no family name (else the first), else the part the text
    uses alone unless it calls the person by the given name (Thai), else the last part.
    """
    parts = [p for p in name.split("・") if p]
    if not parts:
        return name
    if whole_name:
        return name
    if len(parts) > 1 and family_first:
        return parts[0]
    if titled_parts and len(parts) >= titled_parts:  # a Samoan chiefly title first (a name
        return parts[0]  # of that many parts): 「トゥイラエパ・サイレレ・マリエレガオイ」
    if (chinese_given_last and len(parts) == 2 and _kana_syllables(parts[0]) <= R.SYLLABLE_KANA_MAX
            and _kana_syllables(parts[1]) > R.SYLLABLE_KANA_MAX):
        # a Singaporean Chinese name, family name first, the two-syllable given name written
        # as one part: 「リー・シェンロン」, 「ヘン・スイキャット」 (not 「グレース・フー」)
        return parts[0]
    if (chinese_given_last and len(parts) >= 3
            and all(_kana_syllables(p) <= R.GIVEN_SYLLABLE_KANA_MAX for p in parts[-2:])):
        # ... or as two short parts, as the Latin form is read: 「ゴー・チョク・トン」,
        # 「テオ・チー・ヒエン」 (not 「モハメド・ファイシャル・イブラヒム」)
        return parts[-3]
    attached = _attached_articles(parts, text)
    if any(p in R.PATRONYMIC for p in parts[1:]):
        house = _house(parts)
        if house is not None:  # 「…・ビン・アブドルアジーズ・アール・サウード」
            return house
        if parts[1] in R.PATRONYMIC:
            # 「ファイサル・ビン・ファルハーン」 called 「ファイサル外相」: the given name; one the
            # text never shortens (「トルキー・ビン・ムハンマド外務副大臣」): the patronymic as
            # written, as `naming` reads "Turki bin Mohammed" ("bin Mohammed")
            if len(parts) == 2 or _used_alone(parts, [0], text) is not None:
                return parts[0]
            return "・".join(parts[1:])
    words = [k for k, p in enumerate(parts)
             if p not in R.NAME_PARTICLES and (p not in R.ARTICLES or k in attached)]
    if not words:
        return name
    if two_surnames and len(words) == 2 and _surnames_alone(parts, words, text, compound_given):
        return _from(parts, words[0], words[-1], attached)  # 「ラカジェ・ポウ大統領」
    if two_surnames and len(words) >= 3:  # both surnames, unless the middle is a given name
        alone = _used_alone(parts, words, text)
        # (as `naming` reads the Latin form: a name of four or more parts gives both surnames
        # whatever part the text uses alone, 「アンドレス・マヌエル・ロペス・オブラドール」 called
        # 「オブラドール大統領」; in three parts the middle may be a second given name)
        one = len(words) == 3 and (alone == words[-1] or parts[words[1]] in compound_given)
        return _from(parts, words[-1] if one else words[-2], words[-1], attached)
    if last_surname and len(words) >= 2:  # the surname the text uses alone (ruling 8:
        # 「ルーラ大統領」 -> ルーラ; a first name used alone, 「ジルマ大統領」, is no evidence)
        alone = _used_alone(parts, words[1:], text)
        if alone is not None:
            return _from(parts, alone, alone, attached)
    pick = words[-1]
    if not (given_name_used or last_surname):  # (a Thai official is called by the given
        # name, 「ドーン外相」; a Brazilian's first name used alone is no evidence, 「ジルマ」)
        # the part the text uses alone before a title is the one the person is called by
        # (「アミナ長官」 for 「アミナ・モハメド」), as `naming` reads a Latin name
        alone = _used_alone(parts, words, text)
        if alone is not None:
            pick = alone
        elif no_family_name:
            return parts[0]
    start = _lead(parts, pick, attached)
    if pick == words[-1]:
        start = _used_as_a_unit(parts, start, text)
    return "・".join(parts[start: pick + 1])


def _kana_syllables(part: str) -> int:
    """The katakana of a part without the small kana that join the one before (「ウォン」: 2)."""
    return sum(1 for c in part if c not in R.SMALL_KANA)


def _surnames_alone(parts: list[str], words: list[int], text: str,
                    given: frozenset[str]) -> bool:
    """Whether a two-part katakana name is both surnames, the given names left out: the
    Latin form the page gives after it begins with given names and then has as many words
    as the katakana has (「ラカジェ・ポウ大統領(H. E. Mr. Luis Lacalle Pou, …)」), and the
    katakana does not begin with a given name (「ペドロ・サンチェス首相(Mr. Pedro Sánchez
    Pérez-Castejón)」 leaves out a surname, not the given name); or the Latin form writes
    in capitals as many words as the katakana has, after words that are not
    (「ロペス・オブラドール・メキシコ合衆国次期大統領(H.E.Mr. Andres Manuel LOPEZ OBRADOR)」:
    the pages capitalise the family name)."""
    if parts[words[0]] in given:
        return False
    name = "・".join(parts)
    for m in _pattern(rf"(?<![{KATAKANA}・=]){re.escape(name)}(?![{KATAKANA}=])").finditer(text):
        bracket = R.LATIN_BRACKET_AFTER_NAME.match(text, m.end())
        if bracket is None:
            continue
        inside = bracket.group()[bracket.group().index("(") + 1: -1].split(",")[0]
        latin = R.LATIN_STYLE.sub("", inside.strip()).split()
        caps = [k for k, w in enumerate(latin) if len(w) > 1 and w.isupper()]
        if caps and caps[0] > 0 and caps == list(range(caps[0], len(latin))):
            return len(caps) == len(words)
        lead = next((k for k, w in enumerate(latin) if w not in given), len(latin))
        return lead >= 1 and len(latin) - lead == len(words)
    return False


def _lead(parts: list[str], k: int, attached: set[int]) -> int:
    """Where part `k` begins with the particles and kept articles before it (デ・ラ・フエンテ)."""
    while k > 0 and (parts[k - 1] in R.NAME_PARTICLES or k - 1 in attached):
        k -= 1
    return k


def _from(parts: list[str], first: int, last: int, attached: set[int]) -> str:
    """The parts from `first` (with the particles and kept articles before it) to `last`."""
    return "・".join(parts[_lead(parts, first, attached): last + 1])


def _house(parts: list[str]) -> str | None:
    """An Arab ruling house after a patronymic, with its marker (「アール・サウード」,
    「アール・サーニー」): the last part led by an article after the patronymic, kept whole
    (the house is called by it), else None."""
    after = next(k for k, p in enumerate(parts) if k and p in R.PATRONYMIC)
    for k in range(len(parts) - 2, after, -1):
        if parts[k] in R.ARTICLES:
            return "・".join(parts[k:])
    return None


def _attached_articles(parts: list[str], text: str) -> set[int]:
    """Indices of Arabic articles the page never drops: 「アル・ムハイリ」 where the text
    never writes 「ムハイリ」 without 「アル・」 (dropped where it does, or says nothing)."""
    kept = set()
    for k, part in enumerate(parts[:-1]):
        if part not in R.ARTICLES:
            continue
        word = re.escape(parts[k + 1])
        bare = _pattern(rf"(?<![{KATAKANA}・=]){word}").search(text)
        if not bare and _pattern(rf"{re.escape(part)}・{word}").search(text):
            kept.add(k)
    return kept


def _used_as_a_unit(parts: list[str], start: int, text: str) -> int:
    """Where the name the page uses begins: earlier than `start` when the text refers to the
    official by more than the family name (「モカラ・モレイラ長官」 and never 「モレイラ長官」):
    the page's own unit of name."""
    if _katakana_before_title("・".join(parts[start:])).search(text):
        return start
    for k in range(start - 1, -1, -1):  # the shortest longer unit first
        unit = _katakana_before_title("・".join(parts[k:]))
        if k > 0 and unit.search(text):
            return k
        # the full name before a title may be the lead's or a list's own mention: a unit
        # when the text also refers back to the official by it (「モカラ・モレイラ長官から」)
        if k == 0 and len(unit.findall(text)) >= 2 and _referred_back(unit).search(text):
            return k
    return start


def _titles(names: frozenset[str]) -> str:
    """An alternation of the titles, the longest first (so that 副大臣 is not read as 大臣)."""
    return "|".join(sorted(names, key=len, reverse=True))


# the titles a page puts after a name it refers to, and with them the ranks (kanji names)
_REFERENCE_TITLES = _titles(frozenset(R.REFERENCE_TITLES) | {"外相", "首相"})
_RANKED_TITLES = _titles(frozenset(R.REFERENCE_TITLES) | frozenset(R.TITLE_RANKS))

# A page asks these of the few names it lists, once for each of their parts: the patterns
# are kept by the name they hold, instead of being built and looked up in `re`'s cache
# (a long key: the whole alternation of titles) on every call.
_pattern = lru_cache(maxsize=4096)(re.compile)


@lru_cache(maxsize=4096)
def _katakana_before_title(name: str) -> re.Pattern[str]:
    """`name` in katakana, not inside a longer one, followed by a reference title."""
    return re.compile(rf"(?<![{KATAKANA}・=]){re.escape(name)}(?:{_REFERENCE_TITLES})")


@lru_cache(maxsize=4096)
def _referred_back(unit: re.Pattern[str]) -> re.Pattern[str]:
    """`unit` followed by a particle that refers back to it (「…長官から」)."""
    return re.compile(unit.pattern + "(?:から|は|より)")


@lru_cache(maxsize=4096)
def _kanji_before_title(name: str) -> re.Pattern[str]:
    """`name` in kanji, not inside a longer one, followed by a title or a rank."""
    return re.compile(f"(?<![{KANJI}])" + re.escape(name) + f"(?:{_RANKED_TITLES})")


def _used_alone(parts: list[str], words: list[int], text: str) -> int | None:
    """The part of a name (with its particles) the text uses on its own before a title
    (「バルセナ外相」), or None."""
    for k in words:
        start = k
        while start > 0 and parts[start - 1] in R.NAME_PARTICLES:
            start -= 1
        if _katakana_before_title("・".join(parts[start: k + 1])).search(text):
            return k
    return None


def respelt(a: str, b: str) -> bool:
    """Whether two katakana names of one official differ only as a page's slip does: a
    long-vowel mark or small kana added (「ラトゥ」/「ラトゥー」), two kana next to each other
    swapped (「ニュシ」/「ニシュ」), or one kana changed in a long name (「ファラドリ」/
    「フォラドリ」; short names differing by one kana are as often two people, 「ロペス」 and
    「ロハス」)."""
    if a == b or min(len(a), len(b)) < RESPELT_MIN or abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long = sorted((a, b), key=len)
        return any(long[:k] + long[k + 1:] == short and long[k] in R.SLIP_KANA
                   for k in range(len(long)))
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return len(a) >= RESPELT_CHANGED_MIN
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


RESPELT_MIN = 3  # kana in the shorter name
RESPELT_CHANGED_MIN = 5  # kana in a name one changed kana may be a slip of


def is_family_name_alone_ja(name: str) -> bool:
    """Whether a Japanese official's kanji name, as an attendee list writes it, is the family
    name alone (「杉山」, 「長谷川」, 「黄川田」), not a three-character full name (「坂井学」:
    a one-character given name; 「菅義偉」: a one-character family name)."""
    return len(name) <= 2 or len(name) == 3 and not (
        name[2] in R.ONE_CHARACTER_GIVEN_NAMES or name[0] in R.ONE_CHARACTER_FAMILY_NAMES)


def kanji_family(name: str, country: str | None, text: str) -> str:
    """The family name in a kanji name: the part the page uses with a title (林 from 林芳正
    when the page says 林大臣), else a Japanese name the page repeats with a title unless it
    ends in a one-character given name (黄川田, but 堀井 from 堀井巌), else the usual length
    (2 characters for a Japanese name, 1 for a Chinese or Korean one, 2 for their double
    surnames)."""
    if len(name) == 1:
        return name
    for k in range(1, len(name)):
        prefix = name[:k]
        if _kanji_before_title(prefix).search(text):
            return prefix
    full = len(name) == 3 and name[2] in R.ONE_CHARACTER_GIVEN_NAMES  # 「堀井巌」
    # a name the page repeats with a title is used alone: a family name (黄川田政務官)
    if (country in (None, "JPN") and not full
            and len(_kanji_before_title(name).findall(text)) > 1):
        return name
    if country in (None, "JPN"):
        long = [f for f in R.LONG_FAMILY_NAMES if name.startswith(f)]
        if long:  # 「小野寺五典」, 「五百旗頭真」
            return max(long, key=len)
        if full:
            return name[:2]
        if len(name) == 3 and name[0] in R.ONE_CHARACTER_FAMILY_NAMES:
            return name[0]
        if len(name) >= 4 and name[1] == "々":  # 佐々木, 佐々江: the mark repeats the first
            return name[:3]
        return name if len(name) <= 2 else name[:2]
    return name[:2] if name[:2] in R.DOUBLE_SURNAMES else name[0]
