"""The taxonomy as data: frozen Theme and Taxonomy records (no matching logic here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy.

    Attributes:
        key: stable identifier used in the `topics` and `mentions` tables.
        label: human-readable name.
        parent: key of the parent theme (a child's presence implies its parent's), or None.
        description: what the theme means (THEMES.md wording for shipped keys).
        wordings: literal phrases; matched case-insensitively, with any run of spaces,
            line breaks, hyphens or dashes treated as one separator, curly quotes as
            straight ones, and a hyphenated wording also matching without the hyphen.
        patterns: regular expressions for wordings a literal cannot express; they run on
            the normalised text (lower case, straight quotes, one space for each run of
            whitespace, hyphens and dashes) and must match whole words.
        exclusions: literal phrases that contain or look like a wording but are not this
            theme; a match of this theme overlapping an exclusion is dropped.
        exclusion_patterns: the same as regular expressions.
        ambiguous: literal phrases that count only in a record where the theme or one of
            its ancestors also has a mention from an unambiguous wording or pattern
            ("ballistic missile" is North Korea's only where the record names the DPRK).
        list_items: regular expressions (normalised text) for what an item of a list of
            fields must start with to name the theme, in a list opened by one of the
            taxonomy's `Taxonomy.list_heads` ("security" in "cooperation on energy, the
            climate, and security"); see `lists`.
        source: file that defined (or last overrode) the theme.
    """

    key: str
    label: str
    parent: str | None = None
    description: str = ""
    wordings: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    exclusion_patterns: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    list_items: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True, eq=False)  # identity hash: a cache key per loaded file
class Taxonomy:
    """A validated set of themes keyed by `Theme.key` (parents known, no cycles), and the
    regular expressions for what opens a list of fields (`list_heads`, see `lists`)."""

    themes: dict[str, Theme] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    list_heads: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Theme]:
        return iter(self.themes.values())

    def __len__(self) -> int:
        return len(self.themes)

    def __contains__(self, key: object) -> bool:
        return key in self.themes

    def ancestors(self, key: str) -> tuple[str, ...]:
        """Keys of the parent, grandparent, ... of a theme (nearest first)."""
        out: list[str] = []
        parent = self.themes[key].parent
        while parent is not None:
            out.append(parent)
            parent = self.themes[parent].parent
        return tuple(out)

    def children(self, key: str | None) -> list[Theme]:
        """Direct children of a theme (roots for None), sorted by key."""
        return sorted((t for t in self.themes.values() if t.parent == key), key=lambda t: t.key)
