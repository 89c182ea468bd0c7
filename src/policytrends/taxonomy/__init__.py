"""Themes: the shipped taxonomy, user extensions, and the one-pass matcher."""

from __future__ import annotations

from ..records import Mention


def tag(text: str, taxonomy_file: str | None = None) -> list[Mention]:
    """Theme mentions in a text (placeholder until the matcher lands)."""
    return []
