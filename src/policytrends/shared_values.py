"""One object for equal values that recur among many records (strings, dates, small sets):
what holds a view of every record in memory (the events linker of an ingest, until it
commits) keeps each value once instead of once a record."""

from __future__ import annotations

from collections.abc import Hashable, Set
from typing import TypeVar

__all__ = ["SharedValues"]

H = TypeVar("H", bound=Hashable)


class SharedValues:
    """A table of the values seen: `one(v)` gives the first value equal to `v`, `set(s)`
    a frozenset equal to `s` that iterates in the same order (so that nothing that
    iterates over it can tell the shared set from its own)."""

    def __init__(self) -> None:
        self._seen: dict[object, object] = {}

    def one(self, value: H) -> H:
        """The first value seen equal to `value` (of the same type), `value` if none."""
        if value is None:
            return value
        found = self._seen.setdefault((type(value), value), value)
        return found  # type: ignore[return-value]  # (equal key: the same type)

    def set(self, values: Set[str]) -> Set[str]:
        """A frozenset of `values` iterating in their order, shared with every earlier
        set of the same strings in the same order; `values` itself when no frozenset
        iterates in their order (a set grown past a few members can)."""
        order = tuple(values)
        key = (frozenset, order)
        found = self._seen.get(key)
        if found is None:
            frozen = frozenset(self.one(v) for v in order)
            if tuple(frozen) != order:
                return values
            found = self._seen.setdefault(key, frozen)
        return found  # type: ignore[return-value]
