"""The taxonomy is a property of the store: which themes its records were tagged with.

Every commit of `ingest` and `retag` writes the taxonomy in force into the version's
``store.json`` (key ``taxonomy``): the user file's resolved path, its text and the sha256
of that text, and the sha256 of the shipped themes. A later run without ``--taxonomy``
tags with the recorded text (copied to ``.policytrends/taxonomy/<sha256><suffix>`` for
the parsing processes), so a scheduled plain ``ingest`` never mixes two taxonomies.
``ingest --taxonomy FILE`` whose content differs from the recorded one is refused
(`TaxonomyMismatchError`): re-tag the whole store with ``retag --taxonomy FILE`` first.
A store tagged by an older package whose shipped themes differ gets a warning (the
records keep their tags until ``retag``).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import TaxonomyError
from .store import Store
from .taxonomy.loader import SHIPPED, build, shipped_text
from .taxonomy.model import Taxonomy

KEY = "taxonomy"  # the key in store.json
FOLDER = "taxonomy"  # under the store's .policytrends folder


class TaxonomyMismatchError(TaxonomyError):
    """`ingest --taxonomy FILE` on a store tagged with another taxonomy."""


def sha256(text: str) -> str:
    """The hash recorded for a taxonomy text (UTF-8 bytes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class InForce:
    """The taxonomy a run tags with.

    Attributes:
        file: the user file the parsing processes read (None: shipped themes only).
        record: what the commit writes into store.json under KEY.
        notes: lines for the run's summary (where the taxonomy came from, warnings).
    """

    file: str | None
    record: dict[str, Any]
    notes: tuple[str, ...] = ()


def recorded(store: Store) -> dict[str, Any] | None:
    """The taxonomy recorded in the store's current version (None: a new store, or one
    written before taxonomies were recorded)."""
    cur = store.current()
    if cur is None:
        return None
    try:
        info = json.loads((cur / "store.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # (check_version reports an unreadable store.json)
    found = info.get(KEY)
    return found if isinstance(found, dict) else None


def record_of(taxonomy_file: str | os.PathLike[str] | None) -> dict[str, Any]:
    """The store.json entry for a taxonomy file (None: the shipped themes only)."""
    shipped = {"shipped_sha256": sha256(shipped_text())}
    if taxonomy_file is None:
        return {"file": None, "sha256": None, "text": None, "suffix": None, **shipped}
    path = Path(taxonomy_file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy file ({exc})") from None
    return {"file": str(path.resolve()), "sha256": sha256(text), "text": text,
            "suffix": path.suffix.lower() or ".toml", **shipped}


def _describe(record: dict[str, Any] | None) -> str:
    if not record or not record.get("sha256"):
        return "the shipped themes only"
    return f"{record.get('file')} (sha256 {str(record['sha256'])[:12]})"


def _materialised(store: Store, record: dict[str, Any]) -> str:
    """A file holding the recorded text, for the parsing processes to read."""
    folder = store.meta / FOLDER
    path = folder / f"{record['sha256']}{record.get('suffix') or '.toml'}"
    if not path.is_file() or sha256(path.read_text(encoding="utf-8")) != record["sha256"]:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(record["text"], encoding="utf-8")
        os.replace(tmp, path)
    return str(path)


def _shipped_note(record: dict[str, Any] | None) -> tuple[str, ...]:
    before = (record or {}).get("shipped_sha256")
    if before and before != sha256(shipped_text()):
        return ("warning: the shipped themes changed since this store was tagged (another "
                "policytrends version); records tagged earlier keep their themes until "
                "`policytrends retag`",)
    return ()


def for_ingest(store: Store, taxonomy_file: str | os.PathLike[str] | None) -> InForce:
    """The taxonomy an ingest into `store` tags with.

    Without `taxonomy_file`: the one recorded in the store (the shipped themes for a new
    store). With it: the file, which must be the recorded one for a store that has
    records (same content), or the store would hold records of two taxonomies.

    Raises:
        TaxonomyMismatchError: `taxonomy_file` differs from the recorded taxonomy.
        TaxonomyError: the file cannot be read.
    """
    before = recorded(store)
    stored = store.current() is not None
    new = record_of(taxonomy_file)
    if before and before.get("shipped_sha256"):
        # the records stored were tagged with those shipped themes: kept, so the warning
        # stays until a retag tags every record with the same ones
        new["shipped_sha256"] = before["shipped_sha256"]
    notes = _shipped_note(before)
    if taxonomy_file is None:
        if before and before.get("sha256") and before.get("text") is not None:
            return InForce(_materialised(store, before), before,
                           (f"taxonomy: {_describe(before)}, recorded in the store", *notes))
        return InForce(None, new, notes)
    if stored and (before or {}).get("sha256") != new["sha256"]:
        raise TaxonomyMismatchError(
            f"{taxonomy_file}: the store {store.root} was tagged with {_describe(before)}; "
            f"ingesting with another taxonomy would mix two in one store. Re-tag it first "
            f"(`policytrends retag --store {store.root} --taxonomy {taxonomy_file}`), or "
            "ingest without --taxonomy to use the recorded one")
    return InForce(str(taxonomy_file), new, (f"taxonomy: {_describe(new)}", *notes))


def for_retag(store: Store, taxonomy_file: str | os.PathLike[str] | None,
              shipped_only: bool = False) -> InForce:
    """The taxonomy a retag uses: `taxonomy_file` if given, the shipped themes only with
    `shipped_only`, else the one recorded in the store."""
    if taxonomy_file is not None and shipped_only:
        raise ValueError("give a taxonomy file or shipped_only, not both")
    if taxonomy_file is not None or shipped_only:
        new = record_of(taxonomy_file)
        return InForce(None if shipped_only else str(taxonomy_file), new,
                       (f"taxonomy: {_describe(new)}",))
    before = recorded(store)
    if before and before.get("sha256") and before.get("text") is not None:
        return InForce(_materialised(store, before),
                       {**before, "shipped_sha256": sha256(shipped_text())},
                       (f"taxonomy: {_describe(before)}, recorded in the store",))
    return InForce(None, record_of(None), ("taxonomy: the shipped themes only",))


def taxonomy_of(store: Store) -> Taxonomy:
    """The taxonomy recorded in the store (the shipped themes if none is), built from the
    recorded text: the user's file may have moved or changed since. Writes nothing."""
    files = [(f"policytrends/data/{SHIPPED}", shipped_text())]
    before = recorded(store)
    if before and before.get("sha256") and before.get("text") is not None:
        name = before.get("file") or f"recorded{before.get('suffix') or '.toml'}"
        files.append((str(name), str(before["text"])))
    return build(files)


def theme_keys(store: Store) -> set[str]:
    """Keys of the taxonomy recorded in the store (see `taxonomy_of`)."""
    return set(taxonomy_of(store).themes)


__all__ = ["InForce", "TaxonomyMismatchError", "for_ingest", "for_retag", "record_of",
           "recorded", "taxonomy_of", "theme_keys"]
