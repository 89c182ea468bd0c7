"""Checking the names an analyst passes: theme keys, sources, country codes.

A misspelt name must not quietly count nothing: every trend function and the report ask
these checks first, and an unknown name raises `UnknownNameError` (a ValueError) that
says which names are known and which come close ("did you mean 'north_korea'?").
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# How close a known name must be to be suggested (difflib ratio), and how many are shown.
CUTOFF = 0.6
SUGGESTIONS = 3
# Known names listed in a message at most (the rest are counted).
LISTED = 12


class UnknownNameError(ValueError):
    """A theme key, source or country code that the store or package does not know.

    Attributes:
        kind: what was asked for ("theme", "source", "country").
        name: the unknown name as given.
        suggestions: known names close to it, closest first (may be empty).
    """

    def __init__(self, kind: str, name: str, suggestions: list[str], known: Iterable[str]):
        self.kind = kind
        self.name = name
        self.suggestions = suggestions
        known = sorted(known)
        hint = (f"; did you mean {' or '.join(repr(s) for s in suggestions)}?"
                if suggestions else "")
        listed = ", ".join(known[:LISTED]) + (f" (and {len(known) - LISTED} more)"
                                             if len(known) > LISTED else "")
        super().__init__(f"unknown {kind} {name!r}{hint} (known: {listed or 'none'})")


def as_names(names: str | Iterable[str] | None) -> list[str] | None:
    """A single name, a comma-separated string or a list of names as a list (None stays)."""
    if names is None:
        return None
    if isinstance(names, str):
        return [n.strip() for n in names.split(",") if n.strip()]
    return [str(n) for n in names]


def suggest(name: str, known: Iterable[str], aliases: dict[str, str] | None = None
            ) -> list[str]:
    """Known names close to `name`: same letters in another case first, then an alias
    (a country's name for its code), difflib's closest matches, then names it abbreviates
    (initials of the words of a key, or the key's first word)."""
    known = list(known)
    by_lower = {k.lower(): k for k in known}
    found: list[str] = []
    folded = name.strip().lower().replace("-", "_").replace(" ", "_")
    for key in (name.lower(), folded):
        if key in by_lower and by_lower[key] not in found:
            found.append(by_lower[key])
    if aliases:
        code = aliases.get(name.strip().lower())
        if code and code in known and code not in found:
            found.append(code)
    for close in difflib.get_close_matches(folded, list(by_lower), SUGGESTIONS, CUTOFF):
        if by_lower[close] not in found:
            found.append(by_lower[close])
    if len(folded) >= 2:  # an abbreviation: "nk" for north_korea (initials), then nk_...
        initials = [k for low, k in sorted(by_lower.items())
                    if "".join(w[:1] for w in low.split("_")) == folded]
        first_word = [k for low, k in sorted(by_lower.items()) if low.startswith(folded + "_")]
        found += [k for k in dict.fromkeys(initials + first_word) if k not in found]
    return found[:SUGGESTIONS]


def check_names(kind: str, names: str | Iterable[str] | None, known: Iterable[str],
                aliases: dict[str, str] | None = None) -> list[str] | None:
    """The names as a list, each one known; None stays None (no selection).

    Args:
        kind: what the names are, for the message ("theme", "source", "country").
        names: one name, a comma-separated string, a list, or None.
        known: the names that exist.
        aliases: lower-cased other spellings -> known name, used only for suggestions.

    Raises:
        UnknownNameError: the first unknown name, with close known names.
    """
    listed = as_names(names)
    if listed is None:
        return None
    known = set(known)
    for name in listed:
        if name not in known:
            raise UnknownNameError(kind, name, suggest(name, known, aliases), known)
    return listed


def check_themes(names: str | Iterable[str] | None, known: Iterable[str]) -> list[str] | None:
    """Theme keys, each in `known` (the store's taxonomy and the themes it has tagged)."""
    return check_names("theme", names, known)


def source_names() -> frozenset[str]:
    """The publisher formats a store's `documents.source` can hold."""
    from .sources import FORMATS

    return frozenset(fmt.NAME for fmt in FORMATS)


def check_sources(names: str | Iterable[str] | None, known: Iterable[str] | None = None
                  ) -> list[str] | None:
    """Source names ("mofa", "whitehouse", ...), each in `known` (default: every format)."""
    return check_names("source", names, source_names() if known is None else known)


def check_countries(names: str | Iterable[str] | None, known: Iterable[str] | None = None
                    ) -> list[str] | None:
    """ISO3 (or organisation) codes, each in `known` (default: the shipped country table);
    a country's name suggests its code ("North Korea" -> 'PRK')."""
    from .extract.countries import country_code, known_codes

    codes = known_codes() if known is None else set(known)
    listed = as_names(names)
    aliases = {n.lower(): c for n in listed or () if (c := country_code(n))}
    return check_names("country", listed, codes, aliases=aliases)


__all__ = ["UnknownNameError", "as_names", "check_countries", "check_names", "check_sources",
           "check_themes", "source_names", "suggest"]
