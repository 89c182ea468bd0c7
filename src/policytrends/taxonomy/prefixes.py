"""Literal prefixes of a regular expression: where a pattern can start.

The matcher finds these prefixes with its Aho-Corasick automaton (the same single pass
that finds the literal wordings) and tries a pattern only where one of its prefixes
starts, instead of scanning the whole text with every pattern. The result is sound:
every match of the pattern starts with one of the returned prefixes; None means no
usable prefix was found and the pattern must scan the whole text.
"""

from __future__ import annotations

from typing import Any

# re._parser is CPython's own regex parser (the public sre_parse was deprecated in 3.11);
# any failure falls back to whole-text scanning, so a change there costs speed only.
try:  # pragma: no branch
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    P = C = None

LIMIT = 64  # most prefixes kept per pattern; beyond that a shorter prefix is used
LENGTH = 64  # longest prefix: a longer one narrows nothing, and building it costs O(n^2)


def _chars(av: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a small character class, or None."""
    out: set[str] = set()
    for op, val in av:
        if op is C.LITERAL:
            out.add(chr(val).lower())
        elif op is C.RANGE and val[1] - val[0] < 10:
            out.update(chr(c).lower() for c in range(val[0], val[1] + 1))
        else:
            return None
    return out


def _seq(items: list[tuple[Any, Any]], acc: set[str]) -> set[str]:
    """Extend every prefix in `acc` through the tokens `items` as far as they are literal."""
    for idx, (op, av) in enumerate(items):
        if any(len(a) >= LENGTH for a in acc):
            return acc
        rest = list(items[idx + 1:])
        if op is C.LITERAL:
            acc = {a + chr(av).lower() for a in acc}
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: does not consume text
        elif op is C.IN:
            chars = _chars(av)
            if not chars or len(chars) * len(acc) > LIMIT:
                return acc
            acc = {a + c for a in acc for c in chars}
        elif op is C.SUBPATTERN:
            return _seq(list(av[-1]) + rest, acc)
        elif op is C.BRANCH:
            # with the rest of the pattern if that stays small, else the branch alone
            for tail in (rest, []):
                out: set[str] = set()
                for alt in av[1]:
                    out |= _seq(list(alt) + tail, acc)
                if len(out) <= LIMIT:
                    return out
            return acc
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            if lo == 1 and hi == 1:
                return _seq(list(sub) + rest, acc)
            once = _seq(list(sub), acc)
            out = once | _seq(rest, acc) if lo == 0 else once
            return acc if len(out) > LIMIT else out
        else:
            return acc
    return acc


def literal_prefixes(pattern: str) -> set[str] | None:
    """Lower-case literal prefixes one of which starts every match, or None if unknown.

    Args:
        pattern: a regular expression meant for lower-cased text.

    Returns:
        A set of non-empty prefixes, or None when some match could start with anything.
    """
    if P is None:
        return None
    try:
        parsed = P.parse(pattern)
        found = _seq(list(parsed), {""})
    except Exception:  # noqa: BLE001 - private parser: any surprise means "no prefix"
        return None
    if not found or "" in found:
        return None
    return found
