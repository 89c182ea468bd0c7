"""Themes: the shipped taxonomy, user extensions, and the one-pass matcher.

`tag(text, taxonomy_file)` is what ingest and retag call; `load()` gives the taxonomy in
force; `get_matcher()` the compiled matcher (built once per process and taxonomy file).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..records import Mention
from .loader import load
from .matcher import Matcher, normalise
from .model import Taxonomy, Theme

__all__ = ["Matcher", "Mention", "Taxonomy", "Theme", "get_matcher", "load", "normalise", "tag"]


@lru_cache(maxsize=16)
def _matcher_for(taxonomy: Taxonomy) -> Matcher:
    return Matcher(taxonomy)


def get_matcher(taxonomy_file: str | Path | None = None) -> Matcher:
    """The compiled matcher of the taxonomy in force (cached per file and its mtime)."""
    return _matcher_for(load(taxonomy_file))


def tag(text: str, taxonomy_file: str | Path | None = None) -> list[Mention]:
    """Theme mentions in a text: one row per matched passage, implied parents included.

    Args:
        text: the record's text (`documents.text`); offsets index into it.
        taxonomy_file: optional TOML or YAML file extending the shipped taxonomy.

    Returns:
        Mentions sorted by start offset then theme; ``text[m.start:m.end] == m.matched``.

    Raises:
        TaxonomyError: the taxonomy file is malformed.
    """
    if not text:
        return []
    return get_matcher(taxonomy_file).find(text)
