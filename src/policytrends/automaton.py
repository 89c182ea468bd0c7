"""Every occurrence of many literal keys in a text, in one pass (Aho-Corasick).

Used by the theme matcher and the country gazetteer. ahocorasick_rs (Rust, a full DFA) is
about twice as fast as pyahocorasick; both give the same hits, and pyahocorasick is the
fallback where ahocorasick_rs is not installed.
"""

from __future__ import annotations

from typing import Generic, TypeVar

import ahocorasick

try:  # optional: a faster automaton (Rust); pyahocorasick gives the same hits
    import ahocorasick_rs
except ImportError:  # pragma: no cover - ahocorasick_rs is a declared dependency
    ahocorasick_rs = None  # type: ignore[assignment]

__all__ = ["Automaton"]

V = TypeVar("V")
# Building ahocorasick_rs's DFA takes time quadratic in the length of a repetitive key
# (a 120 KB wording: over 20 s); past this length the contiguous NFA is used, built in
# linear time and scanning a little slower.
DFA_MAX_KEY = 1000


class Automaton(Generic[V]):
    """Every occurrence (overlapping) of the keys in a text, with the key's value.

    Args:
        entries: key -> value.
        backend: "rs" (ahocorasick_rs, when installed) or "py" (pyahocorasick); None picks
            the fastest available.
    """

    def __init__(self, entries: dict[str, V], backend: str | None = None) -> None:
        if backend is None:
            backend = "rs" if ahocorasick_rs is not None else "py"
        self.backend = backend
        self._values = list(entries.values())
        if backend == "rs":
            # a full DFA: more memory (a few MB), the fastest scan, unless a key is long
            kinds = getattr(ahocorasick_rs, "Implementation", None)
            long_key = max(map(len, entries), default=0) > DFA_MAX_KEY
            impl = getattr(kinds, "ContiguousNFA" if long_key else "DFA", None)
            self._rs = ahocorasick_rs.AhoCorasick(
                list(entries), matchkind=ahocorasick_rs.MatchKind.Standard, implementation=impl)
        elif backend == "py":
            self._py = ahocorasick.Automaton()
            for index, key in enumerate(entries):
                self._py.add_word(key, (len(key), index))
            self._py.make_automaton()
        else:
            raise ValueError(f"unknown automaton backend {backend!r} (use 'rs' or 'py')")

    def hits(self, text: str) -> list[tuple[int, int, V]]:
        """(start, end, value) of every key occurrence in `text`, ends exclusive."""
        values = self._values
        return [(s, e, values[i]) for i, s, e in self.indexed_hits(text)]

    @property
    def values(self) -> list[V]:
        """The values of the keys, in the order `entries` gave them (`indexed_hits`)."""
        return self._values

    def indexed_hits(self, text: str) -> list[tuple[int, int, int]]:
        """(index, start, end) of every key occurrence in `text`, in the order `hits`
        gives them: the key's value is ``values[index]`` (no tuple built a hit for a
        caller that reads the value's parts itself)."""
        if self.backend == "rs":
            return self._rs.find_matches_as_indexes(text, overlapping=True)  # type: ignore[no-any-return]
        return [(index, e - n + 1, e + 1) for e, (n, index) in self._py.iter(text)]
