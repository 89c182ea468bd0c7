"""A regular expression told where its matches can start, so that a search skips the
other positions at once.

Python's regex engine scans fast only for a pattern that opens with a literal or a
character class; one that opens with a word boundary, a lookbehind, a repeat (``\\s+``)
or an alternation of such is tried in full at every position of the text. `guarded`
puts a lookahead for the characters a match can start with in front of such a pattern:
it finds the same matches (the lookahead consumes nothing and holds wherever a match
starts), and a position that cannot start one fails on its first character.
"""

from __future__ import annotations

import re

from .taxonomy.prefixes import first_chars

__all__ = ["guarded", "guarded_text"]


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` with a lookahead for the characters its matches can start with, or `rx` itself
    when those cannot be told (it can match the empty string, or start at any character).

    Only worth it for a pattern the engine cannot scan for by itself (see module doc):
    one that opens with a literal or a class is scanned faster without it.
    """
    text = guarded_text(rx.pattern, rx.flags)
    if text == rx.pattern:
        return rx
    try:
        return re.compile(text, rx.flags)
    except re.error:  # (a pattern opening with global inline flags)
        return rx


def guarded_text(pattern: str, flags: int = 0) -> str:
    """The source of `guarded` for a pattern's source: for a piece that opens a pattern
    built around it (another piece before it would make the lookahead wrong); `pattern`
    itself when its first characters cannot be told."""
    chars = first_chars(pattern, flags)
    return pattern if chars is None else f"(?=[{chars}])(?:{pattern})"
