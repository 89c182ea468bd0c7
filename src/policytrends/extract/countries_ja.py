"""Japanese country gazetteer: which countries and groupings a Japanese text names.

Names come from ``data/countries_ja.tsv``; compounds of one-character abbreviations
(日米, 日米韓, 日中韓) and blocking phrases (インド太平洋 is not India, 南シナ海 not China)
from ``countries_ja_rules``. Japanese has no spaces, so a name may sit inside any run of
kanji; a katakana name must not continue a longer katakana word (タイ in タイミング),
a Latin one (ASEAN, G7) must not continue a Latin word. The text is width-folded (NFKC)
first, so full-width ＡＳＥＡＮ and Ｇ７ count.

Public API::

    countries_in_ja(text)     -> [("JPN", 3), ("USA", 2)]
    country_spans_ja(text)    -> [(start, end, "USA"), ...]   # offsets into fold(text)
    country_code_ja(name)     -> "AUS" | None
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from ..japanese import fold
from .countries_ja_rules import (
    ABBREVIATIONS,
    BLOCKED_BUT_NAMING,
    BLOCKING_PHRASES,
    BLOCKING_UNLESS_AFTER,
    JAPAN_COMPOUND,
    OTHER_COMPOUND,
    QUAD_COMPOUND,
    TITLE_ABBREVIATION,
    UN_AFTER_BLOCKED,
    UN_MISSION,
)

__all__ = ["countries_in_ja", "country_spans_ja", "country_code_ja", "compound_codes"]

_BLOCK = ""
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")  # (not "・", the separator of names)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    names: dict[str, str] = {}
    text = resources.files("policytrends.data").joinpath("countries_ja.tsv").read_text("utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise ValueError(f"countries_ja.tsv line {lineno}: expected code<TAB>names")
        for name in cols[1].split("|"):
            if name.strip():
                names[fold(name.strip())] = cols[0].strip()
    return names


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    keys = set(_table()) | set(BLOCKING_PHRASES)
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def _edge_ok(text: str, start: int, end: int) -> bool:
    """A katakana name is not part of a longer katakana word; a Latin one not of a word."""
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _KATAKANA.match(first) and before and _KATAKANA.match(before):
        return False
    if _KATAKANA.match(last) and after and _KATAKANA.match(after):
        return False
    if first.isascii() and first.isalnum() and before.isascii() and before.isalnum():
        return False
    return not (last.isascii() and last.isalnum() and after.isascii() and after.isalnum())


def compound_codes(word: str) -> list[str]:
    """Countries of a compound such as 日米韓 (["JPN", "USA", "KOR"])."""
    return [ABBREVIATIONS[c] for c in word if c in ABBREVIATIONS]


@lru_cache(maxsize=16)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    table = _table()
    for m in _pattern().finditer(text):  # leftmost-longest (alternatives longest first)
        if not _edge_ok(text, m.start(), m.end()):
            continue
        key = m.group()
        if key[:-1] in table and UN_MISSION.match(text, m.end() - 1):
            # 「カタール国連代表部」: Qatar's mission to the UN, not 「カタール国」 + 「連代表部」
            found.append((m.start(), m.end() - 1, table[key[:-1]]))
            found.append((m.end() - 1, m.end() + 1, "UN"))
            continue
        if key in BLOCKING_PHRASES and key[-1] == "国" and \
                UN_AFTER_BLOCKED.match(text, m.end() - 1):
            found.append((m.start(), m.end() - 1, _BLOCK))  # 「その他国連機関」: the UN's
            found.append((m.end() - 1, m.end() + 1, "UN"))
            continue
        if key in BLOCKING_UNLESS_AFTER and m.start() and \
                text[m.start() - 1] in BLOCKING_UNLESS_AFTER[key]:
            continue  # 「日中米」: a compound of countries (read below), not a region
        code = BLOCKED_BUT_NAMING.get(key, table.get(key, _BLOCK)) if key in BLOCKING_PHRASES \
            else table[key]
        found.append((m.start(), m.end(), code))
    taken = [(s, e) for s, e, _ in found]
    for rx in (JAPAN_COMPOUND, OTHER_COMPOUND, TITLE_ABBREVIATION):
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            word = m.group()
            for k, c in enumerate(word):
                if c in ABBREVIATIONS:
                    found.append((m.start() + k, m.start() + k + 1, ABBREVIATIONS[c]))
            if set(word) == QUAD_COMPOUND:  # 日米豪印 is also the Quad
                found.append((m.start(), m.start(), "QUAD"))
            taken.append((m.start(), m.end()))
    found.sort()
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for start, end, code in found:
        if start < pos or start == end and spans and spans[-1][0] == start:
            continue
        pos = end
        if code != _BLOCK:
            spans.append((start, end, code))
    return tuple(spans)


def country_spans_ja(text: str) -> list[tuple[int, int, str]]:
    """Every country or grouping named in a Japanese text as (start, end, code), in order;
    offsets are into ``fold(text)``."""
    return list(_spans(fold(text))) if text else []


def countries_in_ja(text: str) -> list[tuple[str, int]]:
    """Countries and groupings named in a Japanese text with their number of mentions."""
    counts = Counter(code for _, _, code in country_spans_ja(text))
    return sorted(counts.items())


def country_code_ja(name: str) -> str | None:
    """Code of one Japanese country name or short form ("豪州" -> "AUS"), else None."""
    key = fold(name).strip()
    if key in _table():
        return _table()[key]
    if len(key) == 1:
        return ABBREVIATIONS.get(key)
    return None
