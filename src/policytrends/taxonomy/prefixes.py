"""Literal prefixes and inner literals of a regular expression: where a pattern can start.

The matcher finds these prefixes with its Aho-Corasick automaton (the same single pass
that finds the literal wordings) and tries a pattern only where one of its prefixes
starts, instead of scanning the whole text with every pattern. The result is sound:
every match of the pattern starts with one of the returned prefixes; None means no
usable prefix was found.

A pattern without a prefix (one that starts with a class such as ``[a-z]+``) may still
hold a literal that every match contains ("... economies"): `inner_literals` gives those
literals and the characters a match can hold before one, so the matcher tries the
pattern only on the run of such characters before each place the literal occurs.

A pattern that opens with lookarounds (``(?=[a-z ,]{0,80}?\\beconom)(?<!maritime )...``)
checks them first wherever it is tried, however soon the rest fails: `after_lookarounds`
gives the rest, which must match wherever the whole does, so it can be tried first.
"""

from __future__ import annotations

import re
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
# steps of `_seq` per pattern: optional groups each followed by the rest of the pattern are
# walked both ways, 2^k for k of them in a row; a pattern past the budget is walked again
# for prefixes of at most SHORT characters, then given none, so one long pattern cannot
# cost seconds of start-up in every process that tags
STEPS = 20_000
SHORT = 12


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


def _plain(items: Any) -> list[tuple[Any, Any]]:
    """`items` (parsed tokens) with every group, alternative and repeated part that `_seq`
    walks into as a list: a parsed part gives its tokens one Python call each, and `_seq`
    copies the same parts many times."""
    out = []
    for op, av in getattr(items, "data", items):
        if op is C.SUBPATTERN:
            av = (*av[:-1], _plain(av[-1]))
        elif op is C.BRANCH:
            av = (av[0], [_plain(alt) for alt in av[1]])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            av = (av[0], av[1], _plain(av[2]))
        out.append((op, av))
    return out


def _bounded(items: list[tuple[Any, Any]]) -> set[str]:
    """`_seq` from the empty prefix within the work budget (see STEPS); {""} (no prefix)
    when even short prefixes cannot be had within it."""
    items = _plain(items)
    for length in (LENGTH, SHORT):
        steps = [STEPS, length]
        found = _seq(items, {""}, steps)
        if steps[0] >= 0:
            return found
    return {""}


def _seq(items: list[tuple[Any, Any]], acc: set[str], steps: list[int]) -> set[str]:
    """Extend every prefix in `acc` through the tokens `items` as far as they are literal;
    `steps` holds the work left and the longest prefix wanted (see `_bounded`)."""
    steps[0] -= 1
    for idx, (op, av) in enumerate(items):
        if steps[0] < 0 or any(len(a) >= steps[1] for a in acc):
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
            return _seq(list(av[-1]) + rest, acc, steps)
        elif op is C.BRANCH:
            # with the rest of the pattern if that stays small, else the branch alone
            for tail in (rest, []):
                out: set[str] = set()
                for alt in av[1]:
                    out |= _seq(list(alt) + tail, acc, steps)
                if len(out) <= LIMIT:
                    return out
            return acc
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            if lo == 1 and hi == 1:
                return _seq(list(sub) + rest, acc, steps)
            if lo == 0 and hi == 1:  # optional: with what follows it, or what follows alone
                # ("(?:the )?security": "the security" and "security", not "the ")
                out = _seq(list(sub) + rest, acc, steps) | _seq(rest, acc, steps)
                if len(out) <= LIMIT:
                    return out
            once = _seq(list(sub), acc, steps)
            out = once | _seq(rest, acc, steps) if lo == 0 else once
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
        found = _bounded(list(parsed))
    except Exception:  # noqa: BLE001 - private parser: any surprise means "no prefix"
        return None
    if not found or "" in found:
        return None
    return found


MIN_INNER = 3  # shortest inner literal worth looking for
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w",
               "CATEGORY_NOT_WORD": r"\W"}


def _class(items: list[tuple[Any, Any]], parts: list[str]) -> bool:
    """Add to `parts` (pieces of a character class) every character `items` can consume;
    False when one of them cannot be written in a class (any character, a negation)."""
    for op, av in items:
        if op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: consumes nothing
        elif op is C.IN:
            for sub_op, val in av:
                if sub_op is C.LITERAL:
                    parts.append(re.escape(chr(val)))
                elif sub_op is C.RANGE:
                    parts.append(f"{re.escape(chr(val[0]))}-{re.escape(chr(val[1]))}")
                elif sub_op is C.CATEGORY and str(val) in _CATEGORIES:
                    parts.append(_CATEGORIES[str(val)])
                else:
                    return False
        elif op is C.SUBPATTERN:
            if not _class(list(av[-1]), parts):
                return False
        elif op is C.BRANCH:
            if not all(_class(list(alt), parts) for alt in av[1]):
                return False
        elif op is getattr(C, "ATOMIC_GROUP", None):
            if not _class(list(av), parts):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            if not _class(list(av[-1]), parts):
                return False
        else:
            return False
    return True


def _inner(items: list[tuple[Any, Any]]) -> tuple[set[str], list[str]] | None:
    """(literals, class pieces) of a parsed sequence: its longest literal run of ASCII
    characters, or one such run from each alternative of a lone alternation."""
    if len(items) == 1 and items[0][0] is C.BRANCH:
        literals: set[str] = set()
        parts: list[str] = []
        for alt in items[0][1][1]:
            found = _inner(list(alt))
            if found is None:
                return None
            literals |= found[0]
            parts += found[1]
        return literals, parts
    if len(items) == 1 and items[0][0] is C.SUBPATTERN and not any(items[0][1][1:3]):
        return _inner(list(items[0][1][-1]))  # a group without flags of its own
    best = (0, 0)  # (length, index of the run's first item)
    run = 0
    for idx, (op, av) in enumerate(items):
        run = run + 1 if op is C.LITERAL and av < 128 else 0
        if run > best[0]:
            best = (run, idx - run + 1)
    length, first = best
    if length < MIN_INNER:
        return None
    parts = []
    if not _class(items[:first], parts):
        return None
    literal = "".join(chr(av) for _, av in items[first:first + length]).lower()
    return {literal}, parts


def inner_literals(pattern: str) -> tuple[frozenset[str], str] | None:
    """Literals one of which every match of `pattern` holds, and what may come before it.

    Args:
        pattern: a regular expression meant for lower-cased text, matched case-blind.

    Returns:
        (literals, before): lower-case ASCII literals of at least MIN_INNER characters,
        and the body of a character class (matched case-blind) holding every character a
        match can have before the literal it holds ("" when none); None when no such
        literal was found.
    """
    if P is None:
        return None
    try:
        found = _inner(list(P.parse(pattern)))
    except Exception:  # noqa: BLE001 - private parser: any surprise means "none found"
        return None
    if found is None:
        return None
    return frozenset(found[0]), "".join(sorted(set(found[1])))


def _first(items: list[tuple[Any, Any]], parts: list[str]) -> bool | None:
    """Add to `parts` every character a match of `items` can start with: True when a match
    consumes one, False when it can be empty, None when a first character cannot be written
    in a class (any character, a negation, a back-reference)."""
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the first character is after it
        if op in (C.LITERAL, C.IN):
            return True if _class([(op, av)], parts) else None
        if op is C.SUBPATTERN:  # (flags of its own, such as (?i:...), change the class)
            found = None if any(av[1:3]) else _first(list(av[-1]), parts)
        elif op is C.BRANCH:
            each = [_first(list(alt), parts) for alt in av[1]]
            found = None if None in each else all(each)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            found = _first(list(av), parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            found = _first(list(av[-1]), parts)
            if found and av[0] == 0:
                found = False  # repeated no times: what follows may come first
        else:
            return None
        if found is None or found:
            return found
    return False


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The body of a character class holding every character a match of `pattern`
    (compiled with `flags`) can start with, or None when there is no such class (it can
    match the empty string or start with any character, or the parser reads it
    otherwise)."""
    if P is None:
        return None
    parts: list[str] = []
    try:
        found = _first(list(P.parse(pattern, flags)), parts)
    except Exception:  # noqa: BLE001 - private parser: any surprise means "unknown"
        return None
    return "".join(sorted(set(parts))) if found else None


Starts = tuple[str, frozenset[str], str]


def _alternatives(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The alternatives of a lone alternation (in a group without flags), else `items`."""
    while len(items) == 1 and items[0][0] is C.SUBPATTERN and not any(items[0][1][1:3]):
        items = list(items[0][1][-1])
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return [alt for branch in items[0][1][1] for alt in _alternatives(list(branch))]
    return [items]


def start_finders(pattern: str) -> list[Starts] | None:
    """How to find every place a match of `pattern` can start, one way per alternative.

    Args:
        pattern: a regular expression meant for lower-cased text, matched case-blind.

    Returns:
        One (how, literals, chars) for each alternative of the pattern's top-level
        alternation (the whole pattern when it has none), the most selective that can be
        told: ("prefix", its literal prefixes, "") as `literal_prefixes`; ("inner",
        literals, before) as `inner_literals`; ("first", frozenset(), class body) when
        only the characters a match can start with are known (matched case-blind). None
        when some alternative can start anywhere or match the empty string.
    """
    if P is None:
        return None
    try:
        alternatives = _alternatives(list(P.parse(pattern)))
        out: list[Starts] = []
        for alt in alternatives:
            prefixes = _bounded(list(alt))
            if prefixes and "" not in prefixes:
                out.append(("prefix", frozenset(prefixes), ""))
                continue
            inner = _inner(list(alt))
            if inner is not None:
                out.append(("inner", frozenset(inner[0]), "".join(sorted(set(inner[1])))))
                continue
            parts: list[str] = []
            if not _first(list(alt), parts):
                return None
            out.append(("first", frozenset(), "".join(sorted(set(parts)))))
    except Exception:  # noqa: BLE001 - private parser: any surprise means "unknown"
        return None
    return out


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _group_end(pattern: str, i: int) -> int:
    """The index after the parenthesis that closes the group opening at `i`, or -1."""
    depth, j, n = 0, i, len(pattern)
    while j < n:
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":  # a class: its brackets and parentheses are characters
            j += 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def after_lookarounds(pattern: str) -> str | None:
    """What follows the lookarounds `pattern` opens with, or None if it opens with none.

    Every match of `pattern` at a position is also a match of the rest there (the
    lookarounds consume nothing), so where the rest fails the whole pattern fails.
    None also for a pattern with capturing groups or one the parser reads otherwise.
    """
    i = 0
    while pattern.startswith(_LOOKAROUNDS, i):
        i = _group_end(pattern, i)
        if i < 0:
            return None
    rest = pattern[i:]
    if P is None or not i or not rest:
        return None
    try:
        whole, after = P.parse(pattern), P.parse(rest)
    except Exception:  # noqa: BLE001 - private parser: any surprise means "none"
        return None
    head = list(whole)[:len(whole) - len(after)]
    if (whole.state.groups > 1 or len(whole) <= len(after)
            or any(op not in (C.ASSERT, C.ASSERT_NOT) for op, _ in head)):
        return None
    return rest


FAR = 10_000  # a literal a match may hold further from its start than this: anywhere after
Required = tuple[tuple[str, int | None], ...]
# kana and CJK ideographs (the matcher's _CJK ranges): caseless, so a case-blind pattern
# matches one only as itself, and two of them already make a rare literal (「経済」)
_CASELESS = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
             (0xFF66, 0xFF9F))
MIN_CASELESS = 2  # shortest literal worth requiring that holds such a character


def _caseless(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in _CASELESS)


def _width(state: Any, items: list[tuple[Any, Any]]) -> int | None:
    """The most characters `items` can consume, or None when there is no bound."""
    hi = P.SubPattern(state, items).getwidth()[1]
    return None if hi >= FAR else hi


def _required(state: Any, items: list[tuple[Any, Any]], at: int | None,
              out: list[tuple[str, int | None]]) -> int | None:
    """Add to `out` (literal, furthest end from the match's start) for each run of ASCII
    literal characters every match of `items`, starting at most `at` characters after the
    match's start, holds; return how far after the start `items` can end at most."""
    run: list[str] = []

    def close() -> None:
        if len(run) >= MIN_INNER or len(run) >= MIN_CASELESS and any(
                not c.isascii() for c in run):
            out.append(("".join(run).lower(), None if at is None else at))
        run.clear()

    for op, av in items:
        if op is C.LITERAL and (av < 128 or _caseless(av)):
            run.append(chr(av))
            at = None if at is None else at + 1
            continue
        close()
        if op is C.ASSERT and av[0] == 1:  # a lookahead: what it holds follows here
            _required(state, list(av[1]), at, out)
            continue
        if op is C.SUBPATTERN and not any(av[1:3]):  # a group without flags of its own
            at = _required(state, list(av[-1]), at, out)
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:  # its first time is required
            _required(state, list(av[-1]), at, out)
        width = _width(state, [(op, av)])
        at = None if at is None or width is None else at + width
    close()
    return at


def required_literals(pattern: str) -> Required:
    """Literals every match of `pattern` holds, each with how far from the match's start
    it ends at most (None: anywhere after it), so that a place where one of them does not
    follow close enough is one where the pattern cannot match, untried.

    Args:
        pattern: a regular expression meant for lower-cased text, matched case-blind.

    Returns:
        (literal, furthest end or None) pairs, each literal a lower-case run of ASCII
        characters (at least MIN_INNER) or of ASCII, kana and CJK ideographs holding one
        of the latter (at least MIN_CASELESS; they have no case): runs of literal
        characters of the pattern's top-level sequence, of groups in it, of its
        lookaheads and of the first time of its repeats (alternations, groups with flags
        of their own and lookbehinds are not read); () when none is known.
    """
    if P is None:
        return ()
    try:
        parsed = P.parse(pattern)
        out: list[tuple[str, int | None]] = []
        _required(parsed.state, list(parsed), 0, out)
    except Exception:  # noqa: BLE001 - private parser: any surprise means "none known"
        return ()
    return tuple(dict.fromkeys(out))


def alternative_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """For each alternative of `pattern`'s top-level alternation (the whole pattern when it
    has none), the literals every match of that alternative holds (as `required_literals`
    reads them, without how far): a text that lacks, for every alternative, one of its
    literals holds no match.

    Args:
        pattern: a regular expression meant for lower-cased text, matched case-blind.

    Returns:
        One tuple of literals an alternative; None when some alternative holds none that
        can be told (the pattern may then match in any text).
    """
    if P is None:
        return None
    try:
        parsed = P.parse(pattern)
        out: list[tuple[str, ...]] = []
        for alt in _alternatives(list(parsed)):
            found: list[tuple[str, int | None]] = []
            _required(parsed.state, list(alt), 0, found)
            if not found:
                return None
            out.append(tuple(dict.fromkeys(lit for lit, _ in found)))
    except Exception:  # noqa: BLE001 - private parser: any surprise means "none known"
        return None
    return tuple(out)
