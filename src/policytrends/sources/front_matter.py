"""The common shape of front matter, read without a YAML parser (a hot spot of ingest).

Nearly every front matter is one ``key: value`` line per field: plain words, URLs,
timestamps, quoted titles. `simple_mapping` reads exactly that shape and gives what
``yaml.safe_load`` gives for it: PyYAML's own resolver decides what a plain value is (a
string, a timestamp, ...), and its own constructor builds timestamps. For anything else
(nesting, lists, escapes, comments, block scalars, odd characters) it returns None, and the
caller runs the YAML parser.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

__all__ = ["simple_mapping"]

# `key: value` with a plain key and a value that starts with a character that is not a
# YAML indicator (or is a quote, handled below)
_LINE = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_\-]*): ([A-Za-z0-9'\"][^\n]*)")
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
_NOT_SIMPLE = object()  # a value this module leaves to the YAML parser


@lru_cache(maxsize=4096)
def _plain_tag(value: str) -> str:
    """The tag YAML's safe loader gives a plain scalar (in a block mapping)."""
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))


# The usual timestamp ("2021-01-21 11:28:01-05:00"): YAML's resolver takes it for one, and
# datetime.fromisoformat builds the datetime (and time zone) YAML's constructor builds, ~30x
# faster; a value it refuses goes to the constructor, which gives YAML's own error.
_USUAL_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}"
                              r"[-+][0-9]{2}:[0-9]{2}")


def _usual_timestamp(value: str) -> object:
    """The value of a timestamp in the usual shape (`_USUAL_TIMESTAMP`)."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:  # (a day or an offset out of range)
        return _yaml_timestamp(value)


def _yaml_timestamp(value: str) -> object:
    """The value of a plain scalar YAML's resolver tags as a timestamp."""
    return _CONSTRUCTOR.construct_yaml_timestamp(yaml.ScalarNode(_TIMESTAMP, value))


def _plain(value: str) -> object:
    """A plain scalar's value, or the _NOT_SIMPLE marker."""
    if (": " in value or " #" in value or value.endswith((":", " ")) or not value.isprintable()):
        return _NOT_SIMPLE  # a nested mapping, a comment or a trailing space: the parser decides
    if _USUAL_TIMESTAMP.fullmatch(value):  # a timestamp to the resolver: it is not asked
        return _usual_timestamp(value)
    tag = _plain_tag(value)
    if tag == _STR:
        return value
    if tag == _TIMESTAMP:
        return _yaml_timestamp(value)
    return _NOT_SIMPLE  # numbers, booleans, null: rare in front matter


def _quoted(value: str) -> object:
    """A one-line quoted scalar without escapes: its inside, or the _NOT_SIMPLE marker."""
    quote, inner = value[0], value[1:-1]
    if len(value) < 2 or value[-1] != quote or quote in inner or "\\" in inner \
            or not inner.isprintable():
        return _NOT_SIMPLE
    return inner


def simple_mapping(text: str) -> dict[str, object] | None:
    """``yaml.safe_load(text)`` when text is one ``key: value`` line per key with one-line
    values; None when it is anything else (then the YAML parser must read it)."""
    out: dict[str, object] = {}
    for line in text.split("\n"):
        m = _LINE.fullmatch(line)
        if m is None:
            return None
        key, value = m.group(1), m.group(2)
        if _plain_tag(key) != _STR:
            return None  # a key YAML reads as a number or a boolean (a repeated key: last wins)
        parsed = _quoted(value) if value[0] in "'\"" else _plain(value)
        if parsed is _NOT_SIMPLE:
            return None
        out[key] = parsed
    return out
