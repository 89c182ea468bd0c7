"""Compatibility folding before matching: NFKC, and invisible format characters dropped.

A soft hyphen, a zero-width space, a word joiner or a byte-order mark inside a word
("North Ko\\u00adrea", "Tai\\u200bwan") and full-width or other compatibility forms of
letters ("\\uff23\\uff48\\uff49\\uff4e\\uff41") would hide a theme from the matcher. `fold`
removes the format characters and applies NFKC (which also composes a letter with its
combining accent, and half-width kana with their voicing marks), language-neutrally,
and keeps what is needed to map positions of the folded text back to the original, so
evidence offsets still index the record's own text.

Only what changes is visited: a text that is ASCII, or already NFKC without format
characters (almost every record), is returned as it is at the cost of two C-level scans.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

# Unicode format characters (category Cf) that may sit inside a word and show nothing
FORMAT = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e"
          "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb")
# marks that NFKC may compose with the character before them
_MARKS = ("\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
          "\u3099\u309a\uff9e\uff9f")
_FORMAT_RX = re.compile(f"[{FORMAT}]")
# what most English texts hold beyond ASCII (curly quotes, dashes): NFKC leaves each as it
# is, alone and after any ASCII character, and none is a format character
COMMON = "\u2019\u2014\u201c\u201d\u2013\u2018"


@lru_cache(maxsize=1)
def _units() -> re.Pattern[str]:
    """What `fold` rewrites: a character followed by marks or format characters, or one
    character NFKC changes (the BMP is listed once, on first use, not at import)."""
    return re.compile(f"(?s:.)[{_MARKS}{FORMAT}]+|[{FORMAT}]|[{_changed()}]")


@lru_cache(maxsize=1)
def _unit_chars() -> re.Pattern[str]:
    """A character a unit of `_units` holds after its first or is made of: a mark, a format
    character or one NFKC changes. (A class: the regex engine scans for it, where `_units`,
    opening with any character, is tried in full at each position of the text.)"""
    return re.compile(f"[{_MARKS}{FORMAT}{_changed()}]")


_AFTER_FIRST = re.compile(f"[{_MARKS}{FORMAT}]")  # what a unit may hold after its first


def _unit_matches(text: str) -> Iterator[re.Match[str]]:
    """`_units().finditer(text)`, the pattern tried only where a unit can start: at a
    character of `_unit_chars`, or just before one that is a mark or a format character."""
    units = _units()
    at = 0  # where finditer would go on from
    for hit in _unit_chars().finditer(text):
        q = hit.start()
        if q < at:
            continue
        # (one before q first: finditer tries the positions in order)
        for start in ((q - 1, q) if q > at and _AFTER_FIRST.match(text, q) else (q,)):
            m = units.match(text, start)
            if m:
                yield m
                at = m.end()
                break


@lru_cache(maxsize=1)
def _changed() -> str:
    """The class ranges of every character NFKC changes (beyond the BMP: all of it)."""
    changed: list[str] = []
    start = prev = -1
    for cp in range(0x80, 0x10000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or unicodedata.normalize("NFKC", c) == c:
            continue
        if cp != prev + 1:
            if start >= 0:
                changed.append(_range(start, prev))
            start = cp
        prev = cp
    if start >= 0:
        changed.append(_range(start, prev))
    astral = "\U00010000-\U0010ffff" if sys.maxunicode > 0xFFFF else ""
    return "".join(changed) + astral


def _range(a: int, b: int) -> str:
    return re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"


class Folded:
    """A folded text and the way back to the original's positions.

    Attributes:
        text: the folded text.
        changes: (folded start, folded length, original start, original end) of every
            rewritten piece whose length changed, in order.
    """

    __slots__ = ("_at", "changes", "text")

    def __init__(self, text: str, changes: list[tuple[int, int, int, int]]) -> None:
        self.text = text
        self.changes = changes
        self._at = [c[0] for c in changes]

    def start(self, pos: int) -> int:
        """The original position where the folded character at `pos` comes from."""
        k = bisect_right(self._at, pos) - 1
        if k < 0:
            return pos
        at, length, o_start, o_end = self.changes[k]
        return o_start if pos < at + length else o_end + pos - at - length

    def end(self, pos: int) -> int:
        """The original end (exclusive) of the folded character at `pos`."""
        k = bisect_right(self._at, pos) - 1
        if k < 0:
            return pos + 1
        at, length, _, o_end = self.changes[k]
        return o_end if pos < at + length else o_end + pos - at - length + 1


def _plain(text: str) -> bool:
    """Whether `text` holds nothing but ASCII and COMMON (so `fold` leaves it as it is)."""
    if text.isascii():
        return True
    for char in COMMON:  # one C-level pass each: cheaper than the general checks
        if char in text:
            text = text.replace(char, "")
    return text.isascii()


def fold(text: str) -> Folded:
    """`text` in NFKC with format characters dropped, with the map back (see `Folded`)."""
    if _plain(text) or (unicodedata.is_normalized("NFKC", text)
                        and not _FORMAT_RX.search(text)):
        return Folded(text, [])
    pieces: list[str] = []
    changes: list[tuple[int, int, int, int]] = []
    last = 0
    out_len = 0  # length of the folded text so far
    for m in _unit_matches(text):
        start, end = m.span()
        unit = m.group()
        new = unicodedata.normalize("NFKC", _FORMAT_RX.sub("", unit))
        if new == unit:
            continue
        pieces.append(text[last:start])
        out_len += start - last
        if len(new) != len(unit):  # (one for one: positions stay where they were)
            changes.append((out_len, len(new), start, end))
        pieces.append(new)
        out_len += len(new)
        last = end
    pieces.append(text[last:])
    folded = "".join(pieces)
    return Folded(folded, changes)
