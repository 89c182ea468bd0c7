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

from ..japanese import KANJI, KATAKANA
from . import mofa_ja_rules as R

__all__ = ["is_kanji_name", "is_katakana_name", "kanji_family", "katakana_family"]


_KATAKANA_NAME = re.compile(rf"[{KATAKANA}・=]+")
_KANJI_NAME = re.compile(rf"[{KANJI}ツノヶ]+")


def is_katakana_name(name: str) -> bool:
    """A name in katakana, its parts joined by 「・」 or 「=」 (「ジャン=イヴ・ル・ドリアン」)."""
    return _KATAKANA_NAME.fullmatch(name) is not None


def is_kanji_name(name: str) -> bool:
    """A name in kanji (「林芳正」, 「佐々木」, 「王毅」), 「ツノヶ」 allowed inside."""
    return _KANJI_NAME.fullmatch(name) is not None


def katakana_family(name: str, text: str, *, whole_name: bool, family_first: bool,
                    no_family_name: bool, two_surnames: bool) -> str:
    """The family name in a katakana name, with its particles (ル・ドリアン, デ・ラ・フエンテ).

    The flags are the naming table's facts for the person's country, applied as
    `naming.family_name` applies them to Latin names: a whole name (Myanmar), family name
    first, Arabic patronymics (the given name), the last part where the text uses the given
    name (Thai, Indonesian), the part the text uses alone where there is no family name or
    two surnames (else the first surname).
    """
    parts = [p for p in re.split(r"・", name) if p]
    if not parts:
        return name
    if whole_name:
        return name
    if len(parts) > 1 and (family_first or parts[1] in R.PATRONYMIC):
        return parts[0]
    attached = _attached_articles(parts, text)
    words = [k for k, p in enumerate(parts)
             if p not in R.NAME_PARTICLES and (p not in R.ARTICLES or k in attached)]
    if not words:
        return name
    pick = words[-1]
    if no_family_name or two_surnames and len(words) >= 3:
        alone = _used_alone(parts, words, text)
        if alone is not None:
            pick = alone
        elif no_family_name:
            return parts[0]
        else:
            pick = words[-2]
    start = pick
    while start > 0 and (parts[start - 1] in R.NAME_PARTICLES or start - 1 in attached):
        start -= 1
    if pick == words[-1]:
        start = _used_as_a_unit(parts, start, text)
    return "・".join(parts[start: pick + 1])


def _attached_articles(parts: list[str], text: str) -> set[int]:
    """Indices of Arabic articles the page never drops: 「アル・ムハイリ」 where the text
    never writes 「ムハイリ」 without 「アル・」 (dropped where it does, or says nothing)."""
    kept = set()
    for k, part in enumerate(parts[:-1]):
        if part not in R.ARTICLES:
            continue
        word = re.escape(parts[k + 1])
        bare = re.search(rf"(?<![{KATAKANA}・=]){word}", text)
        if not bare and re.search(rf"{re.escape(part)}・{word}", text):
            kept.add(k)
    return kept


def _used_as_a_unit(parts: list[str], start: int, text: str) -> int:
    """Where the name the page uses begins: earlier than `start` when the text refers to the
    official by more than the family name (「モカラ・モレイラ長官」 and never 「モレイラ長官」):
    the page's own unit of name."""
    titles = _reference_titles()
    alone = "・".join(parts[start:])
    if re.search(rf"(?<![{KATAKANA}・=]){re.escape(alone)}(?:{titles})", text):
        return start
    for k in range(start - 1, -1, -1):  # the shortest longer unit first
        unit = rf"(?<![{KATAKANA}・=]){re.escape('・'.join(parts[k:]))}(?:{titles})"
        if k > 0 and re.search(unit, text):
            return k
        # the full name before a title may be the lead's or a list's own mention: a unit
        # when the text also refers back to the official by it (「モカラ・モレイラ長官から」)
        if k == 0 and len(re.findall(unit, text)) >= 2 and re.search(unit + "(?:から|は|より)",
                                                                      text):
            return k
    return start


def _reference_titles() -> str:
    return "|".join(sorted(set(R.REFERENCE_TITLES) | {"外相", "首相"}, key=len, reverse=True))


def _used_alone(parts: list[str], words: list[int], text: str) -> int | None:
    """The part of a name (with its particles) the text uses on its own before a title
    (「バルセナ外相」), or None."""
    titles = "|".join(sorted(set(R.REFERENCE_TITLES) | {"外相", "首相"}, key=len, reverse=True))
    for k in words:
        start = k
        while start > 0 and parts[start - 1] in R.NAME_PARTICLES:
            start -= 1
        alone = "・".join(parts[start: k + 1])
        if re.search(rf"(?<![{KATAKANA}・=]){re.escape(alone)}(?:{titles})", text):
            return k
    return None


def kanji_family(name: str, country: str | None, text: str) -> str:
    """The family name in a kanji name: the part the page uses with a title (林 from 林芳正
    when the page says 林大臣), else the usual length (2 characters for a Japanese name, 1
    for a Chinese or Korean one, 2 for their double surnames)."""
    if len(name) == 1:
        return name
    titles = "|".join(sorted(set(R.REFERENCE_TITLES) | set(R.TITLE_RANKS), key=len,
                             reverse=True))
    for k in range(1, len(name)):
        prefix = name[:k]
        if re.search(f"(?<![{KANJI}])" + re.escape(prefix) + f"(?:{titles})", text):
            return prefix
    # a name the page repeats with a title is used alone: a family name (黄川田政務官)
    with_title = f"(?<![{KANJI}])" + re.escape(name) + f"(?:{titles})"
    if country in (None, "JPN") and len(re.findall(with_title, text)) > 1:
        return name
    if country in (None, "JPN"):
        if len(name) == 3 and name[0] in R.ONE_CHARACTER_FAMILY_NAMES:
            return name[0]
        if len(name) >= 4 and name[1] == "々":  # 佐々木, 佐々江: the mark repeats the first
            return name[:3]
        return name if len(name) <= 2 else name[:2]
    return name[:2] if name[:2] in R.DOUBLE_SURNAMES else name[0]
