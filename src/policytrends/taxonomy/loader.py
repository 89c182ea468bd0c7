"""Reading taxonomy files: the shipped TOML plus an optional user TOML or YAML file.

A file holds a table ``themes`` whose keys are theme keys::

    [themes.semiconductors]
    label = "Semiconductors"
    parent = "economy_trade"          # optional
    wordings = ["semiconductor", "chips act"]
    patterns = ['chip(s)? supply']    # optional, see Theme.patterns
    exclusions = ["potato chips"]     # optional
    ambiguous = ["fab"]               # optional: counts only beside an unambiguous mention

A user theme whose key is already shipped overrides it field by field: the fields the
user gives replace the shipped ones, the others are kept (``parent = ""`` removes a
parent; ``enabled = false`` drops the theme, and its children become roots).

To *add* to a shipped list instead of replacing it, prefix the field with ``add_``::

    [themes.north_korea]
    add_wordings = ["Pyongyang's launches"]   # the shipped wordings stay
    add_exclusions = ["North Korea Street"]

``add_wordings``, ``add_patterns``, ``add_exclusions``, ``add_exclusion_patterns``,
``add_ambiguous`` and ``add_list_items`` append to the theme's list as it stands after the
earlier files (and after the same file's plain field, if both are given); on a new theme
they are its list.

Fields named in a list (`lists`): an optional top-level table ``lists`` holds ``heads``,
the regular expressions for what opens a list of fields the sides discussed or cooperate
on; a theme's ``list_items`` say what an item of such a list must start with to name it::

    [lists]
    add_heads = ['partners? in (?:promoting|advancing)']   # or heads = [...] to replace

    [themes.semiconductors]
    list_items = ['(?:semiconductors?|chips)']
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import TaxonomyError
from .model import Taxonomy, Theme
from .safety import MANY, nested_repetition

SHIPPED = "themes.toml"
KEY_RE = re.compile(r"[a-z][a-z0-9_]*")  # fullmatch: "$" would accept "key\n"
_LIST_FIELDS = ("wordings", "patterns", "exclusions", "exclusion_patterns", "ambiguous",
                "list_items")
_STR_FIELDS = ("label", "parent", "description")
_ADD = "add_"  # prefix of a list field that appends instead of replacing
_ADD_FIELDS = tuple(_ADD + f for f in _LIST_FIELDS)
_FIELDS = frozenset(_LIST_FIELDS + _ADD_FIELDS + _STR_FIELDS + ("enabled",))
_LISTS = "lists"  # the top-level table of list heads
_LISTS_FIELDS = frozenset(("heads", _ADD + "heads"))


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate mapping keys (PyYAML keeps the last one)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]
        if key in seen:
            raise TaxonomyError(f"duplicate key {key!r} (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node)  # type: ignore[no-untyped-call]


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping  # type: ignore[arg-type]
)


def _parse(text: str, name: str) -> Any:
    """Parse TOML or YAML by the file's suffix (TOML first when the suffix says nothing)."""
    suffix = Path(name).suffix.lower()
    if suffix in (".yaml", ".yml"):
        try:
            return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - safe loader subclass
        except TaxonomyError as exc:
            raise TaxonomyError(f"{name}: {exc}") from None
        except yaml.YAMLError as exc:
            raise TaxonomyError(f"{name}: not valid YAML: {exc}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if suffix == ".toml":
            raise TaxonomyError(f"{name}: not valid TOML: {exc}") from None
        try:
            return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506
        except (yaml.YAMLError, TaxonomyError):
            raise TaxonomyError(f"{name}: neither valid TOML ({exc}) nor YAML") from None


def _check_entry(name: str, key: Any, entry: Any) -> dict[str, Any]:
    """Type-check one theme table of a file; returns its fields."""
    if not isinstance(key, str) or not KEY_RE.fullmatch(key):
        raise TaxonomyError(
            f"{name}: theme key {key!r} is not a lower-case identifier (letters, digits, _)"
        )
    if not isinstance(entry, dict):
        raise TaxonomyError(f"{name}: theme {key!r}: expected a table of fields, got "
                            f"{type(entry).__name__}")
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise TaxonomyError(f"{name}: theme {key!r}: unknown field(s) {', '.join(unknown)} "
                            f"(allowed: {', '.join(sorted(_FIELDS))})")
    for f in _STR_FIELDS:
        if f in entry and not isinstance(entry[f], str):
            raise TaxonomyError(f"{name}: theme {key!r}: {f} must be a string, got "
                                f"{type(entry[f]).__name__}")
    for f in _LIST_FIELDS + _ADD_FIELDS:
        value = entry.get(f, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise TaxonomyError(f"{name}: theme {key!r}: {f} must be a list of non-empty strings")
    if "enabled" in entry and not isinstance(entry["enabled"], bool):
        raise TaxonomyError(f"{name}: theme {key!r}: enabled must be true or false")
    return entry


def _check_lists(name: str, lists: Any) -> dict[str, list[str]]:
    """Type-check a file's ``lists`` table; returns its fields."""
    if not isinstance(lists, dict):
        raise TaxonomyError(f"{name}: lists: expected a table, got {type(lists).__name__}")
    unknown = sorted(map(str, set(lists) - _LISTS_FIELDS))
    if unknown:
        raise TaxonomyError(f"{name}: lists: unknown field(s) {', '.join(unknown)} "
                            f"(allowed: {', '.join(sorted(_LISTS_FIELDS))})")
    for f, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise TaxonomyError(f"{name}: lists: {f} must be a list of non-empty strings")
    return lists


def _read(text: str, name: str) -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    """Parse and type-check a taxonomy file's text: ({key: fields}, its ``lists`` table)."""
    data = _parse(text, name)
    if not isinstance(data, dict) or not isinstance(data.get("themes"), dict):
        raise TaxonomyError(f"{name}: expected a top-level table 'themes' of theme tables")
    extra = sorted(map(str, set(data) - {"themes", _LISTS}))
    if extra:
        raise TaxonomyError(f"{name}: unknown top-level key(s) {', '.join(extra)}")
    themes = {key: _check_entry(name, key, entry) for key, entry in data["themes"].items()}
    return themes, _check_lists(name, data[_LISTS]) if _LISTS in data else {}


def read_file(text: str, name: str) -> dict[str, dict[str, Any]]:
    """Parse and type-check a taxonomy file's text; returns {key: fields}."""
    return _read(text, name)[0]


def _merge(base: dict[str, Theme], entries: dict[str, dict[str, Any]], name: str) -> None:
    for key, fields in entries.items():
        old = base.get(key)
        if fields.get("enabled") is False:
            base.pop(key, None)
            continue
        if old is None and not fields.get("label"):
            fields = {**fields, "label": key.replace("_", " ")}
        values: dict[str, Any] = {} if old is None else old.__dict__.copy()
        values.update({"key": key, "source": name})
        for f in _STR_FIELDS:
            if f in fields:
                values[f] = fields[f]
        if "parent" in values and not values["parent"]:
            values["parent"] = None
        for f in _LIST_FIELDS:
            if f in fields:
                values[f] = tuple(fields[f])
            added = fields.get(_ADD + f, ())
            if added:
                have = tuple(values.get(f, ()))
                values[f] = have + tuple(w for w in dict.fromkeys(added) if w not in have)
        base[key] = Theme(**values)


def _validate(themes: dict[str, Theme]) -> None:
    """Parents known, no cycles; patterns compile, do not match the empty string and
    cannot backtrack for ever (no nested unbounded repetition)."""
    for t in themes.values():
        if t.parent is not None and t.parent not in themes:
            raise TaxonomyError(f"{t.source}: theme {t.key!r}: unknown parent {t.parent!r}")
        if not (t.wordings or t.patterns or t.ambiguous):
            raise TaxonomyError(f"{t.source}: theme {t.key!r}: no wordings and no patterns")
        for kind, pats in (("pattern", t.patterns), ("exclusion pattern", t.exclusion_patterns),
                           ("list item", t.list_items)):
            for pat in pats:
                try:
                    rx = re.compile(pat)
                except re.error as exc:
                    raise TaxonomyError(
                        f"{t.source}: theme {t.key!r}: bad {kind} {pat!r}: {exc}") from None
                if rx.groups:
                    raise TaxonomyError(
                        f"{t.source}: theme {t.key!r}: {kind} {pat!r} has a capturing group; "
                        "use (?:...)")
                if rx.fullmatch(""):
                    raise TaxonomyError(
                        f"{t.source}: theme {t.key!r}: {kind} {pat!r} matches the empty text")
                if nested_repetition(pat):
                    raise TaxonomyError(
                        f"{t.source}: theme {t.key!r}: {kind} {pat!r} repeats without bound "
                        "something that itself repeats (like (?:a+)+): it can backtrack for "
                        "hours on one text. Bound the outer count (at most "
                        f"{{0,{MANY}}}), make the inner part fixed, or make it atomic "
                        "((?>...)) or possessive (++, *+)")
    for t in themes.values():
        seen = [t.key]
        parent = t.parent
        while parent is not None:
            if parent in seen:
                chain = " -> ".join([*seen, parent])
                raise TaxonomyError(f"{t.source}: theme {t.key!r}: parent cycle {chain}")
            seen.append(parent)
            parent = themes[parent].parent


def shipped_text() -> str:
    """The text of the shipped taxonomy file."""
    return resources.files("policytrends.data").joinpath(SHIPPED).read_text(encoding="utf-8")


def _validate_heads(heads: tuple[str, ...], names: str) -> None:
    """The list heads compile, match no empty text and cannot backtrack for ever."""
    for pat in heads:
        try:
            rx = re.compile(pat)
        except re.error as exc:
            raise TaxonomyError(f"{names}: lists: bad head {pat!r}: {exc}") from None
        if rx.fullmatch(""):
            raise TaxonomyError(f"{names}: lists: head {pat!r} matches the empty text")
        if nested_repetition(pat):
            raise TaxonomyError(f"{names}: lists: head {pat!r} repeats without bound "
                                "something that itself repeats (like (?:a+)+)")


def build(files: list[tuple[str, str]]) -> Taxonomy:
    """A validated taxonomy from (name, text) pairs applied in order (later ones override)."""
    themes: dict[str, Theme] = {}
    heads: tuple[str, ...] = ()
    for name, text in files:
        entries, lists = _read(text, name)
        _merge(themes, entries, name)
        if "heads" in lists:
            heads = tuple(lists["heads"])
        heads += tuple(h for h in dict.fromkeys(lists.get(_ADD + "heads", ())) if h not in heads)
    _validate(themes)
    _validate_heads(heads, ", ".join(name for name, _ in files))
    return Taxonomy(themes=themes, files=tuple(name for name, _ in files), list_heads=heads)


@lru_cache(maxsize=16)
def _load_cached(path: str | None, _stamp: tuple[int, int] | None) -> Taxonomy:
    files = [(f"policytrends/data/{SHIPPED}", shipped_text())]
    if path is not None:
        files.append((path, Path(path).read_text(encoding="utf-8")))
    return build(files)


def load(taxonomy_file: str | Path | None = None) -> Taxonomy:
    """The taxonomy in force: the shipped themes extended by an optional user file.

    Args:
        taxonomy_file: a TOML or YAML file adding or overriding themes, or None.

    Returns:
        The validated Taxonomy (cached per file and modification time).

    Raises:
        TaxonomyError: the file is missing or malformed; the message names the file, the
            theme and the problem.
    """
    if taxonomy_file is None:
        return _load_cached(None, None)
    path = str(taxonomy_file)
    try:
        st = Path(path).stat()
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy file ({exc.strerror})") from None
    if not Path(path).is_file():
        raise TaxonomyError(f"{path}: not a file")
    return _load_cached(path, (st.st_mtime_ns, st.st_size))
