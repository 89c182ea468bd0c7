r"""Front matter: split from a Markdown body (`split_front_matter`) and read as YAML
(`safe_yaml`), its common shape without a YAML parser (a hot spot of ingest).

Nearly every front matter is one ``key: value`` line per field: plain words, URLs,
timestamps, quoted titles; a double-quoted title may hold escapes (``\_``, ``\u2019``) and
run onto indented lines (as the White House scrape writes long titles). `simple_mapping`
reads exactly that shape and gives what ``yaml.safe_load`` gives for it: PyYAML's own
resolver decides what a plain value is (a string, a timestamp, ...), its own constructor
builds timestamps, and double-quoted values are read by the rules (and with the escape
table) of PyYAML's scanner. For anything else (nesting, lists, comments, block scalars,
plain values over several lines, blank or tabbed lines inside a quoted value, odd
characters) it returns None, and the caller runs the YAML parser.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver
from yaml.scanner import Scanner

__all__ = ["safe_yaml", "simple_mapping", "split_front_matter"]

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
# datetime.fromisoformat builds the datetime (and time zone) YAML's constructor builds, much
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
    """A one-line single-quoted scalar without a quote inside: its inside, or the
    _NOT_SIMPLE marker."""
    quote, inner = value[0], value[1:-1]
    if len(value) < 2 or value[-1] != quote or quote in inner or "\\" in inner \
            or not inner.isprintable():
        return _NOT_SIMPLE
    return inner


# PyYAML's own escape table: what follows a backslash in a double-quoted scalar
_ESCAPES: dict[str, str] = dict(Scanner.ESCAPE_REPLACEMENTS)
assert dict(Scanner.ESCAPE_CODES) == {"x": 2, "u": 4, "U": 8}  # (the widths below)
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))")
# the inside of a double-quoted scalar on one line: up to its closing quote, or to a
# backslash that ends the line (an escaped line break), or to the end of the line
_INSIDE = re.compile(r'(?:[^"\\]|\\.)*')


def _unescape(text: str) -> str | None:
    """The escapes of a double-quoted scalar replaced as PyYAML's scanner replaces them;
    None for one it refuses (or that names no character)."""
    bad = False

    def one(m: re.Match[str]) -> str:
        nonlocal bad
        if m.group(4) is not None:
            if m.group(4) in _ESCAPES:
                return _ESCAPES[m.group(4)]
            bad = True
            return ""
        code = int(m.group(1) or m.group(2) or m.group(3), 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            bad = True
            return ""
        return chr(code)

    out = _ESCAPE.sub(one, text)
    return None if bad else out


def _double_quoted(lines: list[str], at: int, start: str) -> tuple[object, int]:
    """(value, next line) of a double-quoted scalar that opens with `start` (the text after
    its opening quote) on line `at` and may run onto the following lines, each indented by
    spaces; (_NOT_SIMPLE, at) for a form left to the YAML parser.

    The scanner's rules: a line break inside the quotes is one space (the blanks before
    it dropped), a backslash at the end of a line joins the next line without a space,
    and the next line's indentation is dropped either way.
    """
    chunks: list[str] = []
    line = start
    while True:  # each line of the scalar
        if not line.isprintable() or "\t" in line:
            return _NOT_SIMPLE, at
        end = _INSIDE.match(line).end()  # type: ignore[union-attr]  # (always matches)
        if end == len(line):  # the line break is one space; blanks before it dropped
            inside = line.rstrip(" ")
            tail = len(inside) - len(inside.rstrip("\\"))
            if tail % 2:  # (but not an escaped blank: "\\ ")
                inside = line[:len(inside) + 1]
            space = True
        elif line[end] == "\\":  # (the last character): the next line joins, no space
            inside, space = line[:end], False
        else:  # the closing quote: the end of the line, the end of the scalar
            if end + 1 != len(line):  # a comment or more after the closing quote
                return _NOT_SIMPLE, at
            inside, space = line[:end], False
        if "\\" in inside:
            unescaped = _unescape(inside)
            if unescaped is None:
                return _NOT_SIMPLE, at
            inside = unescaped
        chunks.append(inside)
        if end < len(line) and line[end] == '"':
            return "".join(chunks), at + 1
        # the scalar goes on at the next line: indented by spaces, not blank
        at += 1
        if at >= len(lines):
            return _NOT_SIMPLE, at
        line = lines[at].lstrip(" ")
        if not line or len(line) == len(lines[at]):
            return _NOT_SIMPLE, at
        if space:
            chunks.append(" ")


def simple_mapping(text: str) -> dict[str, object] | None:
    """``yaml.safe_load(text)`` when text is one ``key: value`` line per key with one-line
    values or double-quoted values (see `_double_quoted`); None when it is anything else
    (then the YAML parser must read it)."""
    out: dict[str, object] = {}
    lines = text.split("\n")
    at = 0
    while at < len(lines):
        m = _LINE.fullmatch(lines[at])
        if m is None:
            return None
        key, value = m.group(1), m.group(2)
        if _plain_tag(key) != _STR:
            return None  # a key YAML reads as a number or a boolean (a repeated key: last wins)
        if value[0] == '"':
            parsed, at = _double_quoted(lines, at, value[1:])
        else:
            parsed = _quoted(value) if value[0] == "'" else _plain(value)
            at += 1
        if parsed is _NOT_SIMPLE:
            return None
        out[key] = parsed
    return out


# front matter: r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)" (re.S) in two
# parts: a lazy .*? steps one character at a time; a search for the closing line skips
# ahead to each line break
_FRONT_MATTER_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)")


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(YAML front matter or None, body) of a Markdown document."""
    opening = _FRONT_MATTER_OPEN.match(text)
    closing = opening and _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not opening or not closing:
        return None, text
    return text[opening.end():closing.start()], text[closing.end():]


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: much faster


def safe_yaml(text: str) -> object:
    """`yaml.safe_load(text)`, with libyaml when installed (front matter is a hot spot).

    The usual one-line-per-key front matter is read by `simple_mapping`,
    which gives the same values without a parser. On an error the pure-Python loader runs
    again, so messages are the same either way.
    """
    simple = simple_mapping(text)
    if simple is not None:
        return simple
    try:
        return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)
