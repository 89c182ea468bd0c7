"""Patterns that cannot backtrack for ever: nested unbounded repetition is refused.

Python's regular expressions backtrack: a pattern that repeats something which itself
repeats, such as ``(?:a+)+b`` or ``(?:[a-z]+ ?)+ partnership``, can try exponentially
many ways to split a text that almost matches, and a matcher using it hangs on one
record. `nested_repetition` finds such a repeat in a pattern so that the taxonomy check
refuses it before any text is read. Atomic groups ``(?>...)`` and possessive quantifiers
(``*+``, ``++``, ``?+``) never give back what they matched, so repetition inside them is
safe and allowed.
"""

from __future__ import annotations

from typing import Any

# re._parser is CPython's own regex parser (see prefixes.py for the same import)
try:  # pragma: no branch
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    P = C = None

# A repeat allowing more than this many iterations counts as unbounded: nested twice,
# 17 * 17 ways to split a stretch of text is already where backtracking starts to show.
MANY = 16


def _unbounded(hi: int) -> bool:
    return hi is C.MAXREPEAT or hi > MANY


def _has_nested(items: Any, inside: bool) -> bool:
    """Whether a repeat of many iterations occurs in `items` inside another (`inside`)."""
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            _, hi, sub = av
            many = _unbounded(hi)
            if many and inside:
                return True
            if _has_nested(sub, inside or many):
                return True
        elif op is C.SUBPATTERN:
            if _has_nested(av[-1], inside):
                return True
        elif op is C.BRANCH:
            if any(_has_nested(alt, inside) for alt in av[1]):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if _has_nested(av[1], inside):
                return True
        elif op is C.GROUPREF_EXISTS:
            if any(alt is not None and _has_nested(alt, inside) for alt in av[1:]):
                return True
        # ATOMIC_GROUP and POSSESSIVE_REPEAT never backtrack into what they matched
    return False


def nested_repetition(pattern: str) -> bool:
    """Whether `pattern` repeats, without bound, something that itself repeats.

    Args:
        pattern: a regular expression that compiles.

    Returns:
        True for patterns like ``(?:a+)+``, ``(?:\\w+ ?)*x`` or ``(?:a*){1,100}``; False
        when every unbounded repeat holds only fixed or small counts, or the nested
        repeat is atomic or possessive.
    """
    if P is None:  # pragma: no cover - no parser to ask: compile-time checks only
        return False
    return _has_nested(P.parse(pattern), False)
