"""A case-blind pattern as a case-sensitive one of lowered letters, for lowered texts.

The matcher's patterns are case-blind (re.IGNORECASE) and run over normalised text, which
is lower case already; the regex engine's case-blind matching is several times slower
than plain matching. `case_twin(rx)` is `rx` with its letters lowered and IGNORECASE off:
over a lower-case text holding none of the characters IGNORECASE takes for an ASCII
letter though `str.lower` does not give that letter ("İ", "ı", "ſ", the Kelvin sign: the
matcher's `_case_extras`), it matches exactly where `rx` does. Where that cannot be told
simply, `case_twin` gives `rx` itself: a pattern with a letter beyond ASCII that has a
case, a character escape of one, a group of flags of its own (other than `allowed`), a
back-reference, or a range of characters holding an upper-case ASCII letter that is not
only upper-case letters.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

try:  # CPython's own regex parser (see prefixes): a failure keeps the pattern as it is
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    P = C = None

__all__ = ["case_twin"]

_ESCAPED_CHAR = {"x": 2, "u": 4, "U": 8}  # a character written as an escape: its hex digits


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char


@lru_cache(maxsize=256)
def _range_ok(lo: int, hi: int) -> bool:
    """A range of characters that matches the same lowered letters case-blind or not."""
    if lo <= ord("Z") and hi >= ord("A"):  # holds an upper-case ASCII letter
        return ord("A") <= lo and hi <= ord("Z")  # (only those: lowered, a-z's part)
    return not any(_cased(chr(c)) for c in range(max(lo, 0x80), hi + 1))


def _parsed_ok(value: Any) -> bool:
    """No back-reference, and every range of a class `_range_ok`, in (a part of) a parsed
    pattern."""
    if isinstance(value, P.SubPattern):
        return all(_item_ok(op, av) for op, av in value.data)
    if isinstance(value, (list, tuple)):
        return all(_parsed_ok(part) for part in value)
    return True


def _item_ok(op: Any, av: Any) -> bool:
    if op in (C.GROUPREF, C.GROUPREF_EXISTS):
        return False
    if op is C.RANGE:
        return _range_ok(*av)
    if op is C.IN:
        return all(_item_ok(o, a) for o, a in av)
    return _parsed_ok(av)


def _lowered(pattern: str) -> str | None:
    """`pattern` with its ASCII letters lowered (escapes kept), or None (see module doc)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            kind = pattern[i + 1:i + 2]
            if kind == "N" or kind.isdigit() and kind != "0":
                return None  # (a named character; a back-reference)
            size = _ESCAPED_CHAR.get(kind, 0)
            if size:
                try:
                    escaped = chr(int(pattern[i + 2:i + 2 + size], 16))
                except ValueError:
                    return None
                if _cased(escaped):
                    return None
            out.append(pattern[i:i + 2 + size])
            i += 2 + size
            continue
        if pattern.startswith("(?P<", i):  # a group's name, as written
            close = pattern.find(">", i)
            out.append(pattern[i:close + 1])
            i = close + 1
            continue
        if not char.isascii() and _cased(char):
            return None
        out.append(char.lower())
        i += 1
    return "".join(out)


def case_twin(rx: re.Pattern[str], allowed: str = "") -> re.Pattern[str]:
    """`rx` (case-blind) lowered and case-sensitive, or `rx` itself (see module doc);
    `allowed`: a group with flags of its own the pattern may hold (as written)."""
    if P is None or not rx.flags & re.IGNORECASE:
        return rx
    return _twin(rx.pattern, rx.flags, allowed) or rx


@cache
def _twin(source: str, flags: int, allowed: str) -> re.Pattern[str] | None:
    """The compiled twin of a pattern's source, or None; kept once built, so that a second
    matcher in one process does not compile every twin again (they outnumber `re`'s own
    cache of 512 compiled patterns)."""
    pattern = source.replace(allowed, "") if allowed else source
    if "(?" in pattern.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace(
            "(?<=", "").replace("(?<!", "").replace("(?P<", "").replace("(?>", ""):
        return None  # (inline flags, a comment, a named back-reference, a conditional)
    lowered = _lowered(source)
    if lowered is None:
        return None
    try:
        if not _parsed_ok(P.parse(source, flags)):
            return None
        return re.compile(lowered, flags & ~re.IGNORECASE)
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled before
        return None
