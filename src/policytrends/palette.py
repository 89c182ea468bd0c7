"""Theme and source colours and labels, read once from ``data/display.toml``.

Every chart (`plots`) and the report take their colours from here, so FOIP is the same
blue in a trend line, a small multiple and the report's table, whichever other themes
are drawn with it.
"""

from __future__ import annotations

import hashlib
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _display() -> dict[str, Any]:
    text = resources.files("policytrends.data").joinpath("display.toml").read_text("utf-8")
    return tomllib.loads(text)


def _fallback(key: str) -> str:
    """A colour chosen from the key alone (not from which other themes are drawn)."""
    colours = _display()["fallback"]["colours"]
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return str(colours[int.from_bytes(digest[:4], "big") % len(colours)])


def theme_colour(theme: str) -> str:
    """The colour of a theme key in every chart."""
    return str(_display()["theme_colours"].get(theme) or _fallback(theme))


def source_colour(source: str) -> str:
    """The colour of a publisher format (``mofa``, ``whitehouse``, ...) in every chart."""
    return str(_display()["source_colours"].get(source) or _fallback(source))


def colour(kind: str | None, value: str) -> str:
    """The colour of `value` as a theme (kind None or "theme"), a source, a level or a
    mode; other groupings (counterparts) take a fallback colour of their value."""
    table = {None: "theme_colours", "theme": "theme_colours", "source": "source_colours",
             "level": "level_colours", "mode": "mode_colours"}.get(kind)
    listed = _display()[table].get(value) if table else None
    return str(listed or _fallback(value))


def label(theme: str) -> str:
    """Display name of a theme key."""
    return str(_display()["labels"].get(theme) or theme.replace("_", " ").capitalize())


def labels() -> dict[str, str]:
    """Every listed theme key's display name."""
    return dict(_display()["labels"])
