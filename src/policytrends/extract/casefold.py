"""Case-blind patterns run as case-sensitive ones over lowered text: the regex engine's
IGNORECASE matching is several times slower than plain matching.

`folded(text)` lowers a text character for character, except when it holds one of the few
characters IGNORECASE folds differently from `str.lower` (then None: use the pattern
itself). `lower_twin(rx)` is rx lowered and without IGNORECASE: over `folded(text)` it
matches exactly where rx matches over text (tests check every Unicode character).
"""

from __future__ import annotations

import re

__all__ = ["ODD_CASE", "folded", "has_odd_case", "lower_twin"]

# the characters re.IGNORECASE takes for an ASCII letter though str.lower() does not give
# that letter: "ı" and "İ" match "i" ("İ" lowers to two characters), "ſ" matches "s"
# (the Kelvin sign matches "k" and lowers to it)
ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def has_odd_case(text: str) -> bool:
    """`ODD_CASE.search(text)` as a bool: three substring searches cost a few percent of
    one search for the class in a text that is not ASCII."""
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def folded(text: str) -> str | None:
    """text.lower(), character for character, where an ASCII word is found just where an
    IGNORECASE pattern finds it; None for a text with a character that folds oddly."""
    return None if has_odd_case(text) else text.lower()


def lower_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE pattern lowered and case-sensitive: in a text `folded` lowers it matches
    where the pattern matches in the text itself, several times faster (the engine's
    case-blind matching is slow). Group names must be lowercase already."""
    if re.search(r"\\[A-Z]", rx.pattern):  # lowered, \S, \W, \B or \D would mean another thing
        raise ValueError(f"no lowered twin for {rx.pattern!r}")
    lowered = rx.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(lowered, rx.flags & ~re.IGNORECASE)
