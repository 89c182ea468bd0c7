"""What ingest knows about a folder `policytrends fetch` wrote; the fetch package writes it.

Layout of an output folder DIR (the writer is `policytrends.fetch.manifest`)::

    DIR/<source>/<path from the URL>        the pages' bytes, unchanged
    DIR/<source>/.listings/<path>           listing pages (not records: ingest skips them)
    DIR/<source>/.fetch-manifest.jsonl      one line per response: url, fetched_at, status,
                                            content_type, etag, last_modified, sha256, path

Reading such a folder needs only this module, so the parse path (`pipeline`, `discovery`)
does not depend on the optional downloader: `BOOKKEEPING` names what ingest passes over,
`saved_url()` the URL a saved page came from.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["BOOKKEEPING", "LISTINGS_DIR", "MANIFEST_NAME", "Entry", "forget_folders",
           "read_entries", "saved_url"]

MANIFEST_NAME = ".fetch-manifest.jsonl"
LISTINGS_DIR = ".listings"
# names ingest's discover() passes over without a reject: bookkeeping, not input
BOOKKEEPING = frozenset({MANIFEST_NAME, LISTINGS_DIR})

@dataclass(frozen=True)
class Entry:
    """One manifest line: what a request returned and where its bytes are."""

    url: str
    fetched_at: str  # ISO 8601, UTC
    status: int | None  # None when no response came (the reason is in `error`)
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    path: str | None = None  # relative to DIR, POSIX separators
    kind: str = "record"  # record | listing
    error: str | None = None


def read_entries(file: Path) -> list[Entry]:
    """Entries of a manifest file; a line cut short by a crash is ignored."""
    out: list[Entry] = []
    try:
        lines = file.read_bytes().splitlines()
    except FileNotFoundError:
        return out
    fields = set(Entry.__dataclass_fields__)
    for line in lines:
        try:
            data = json.loads(line)
            out.append(Entry(**{k: v for k, v in data.items() if k in fields}))
        except (ValueError, TypeError):
            continue
    return out


def saved_url(path: str | os.PathLike[str]) -> str | None:
    """The URL `path` was fetched from, per the nearest manifest above it, or None.

    Which manifest serves a folder is cached per process (`_nearest_manifest`), so a
    record costs a few string operations; `forget_folders()` clears that cache (`fetch`
    calls it when it creates a manifest).
    """
    raw = os.fspath(path)
    if os.path.islink(raw):  # a symlinked file: look above its target, as before
        target = Path(raw).resolve()
        folder, name = str(target.parent), target.name
    else:
        folder = os.path.join(os.getcwd(), os.path.dirname(raw))
        name = os.path.basename(raw)
    found = _nearest_manifest(folder)
    if found is None:
        return None
    manifest, rel_dir = found
    try:
        st = os.stat(manifest)
    except OSError:  # removed since it was found: look again
        _nearest_manifest.cache_clear()
        found = _nearest_manifest(folder)
        if found is None:
            return None
        manifest, rel_dir = found
        st = os.stat(manifest)
    urls = _urls_by_path(manifest, st.st_mtime_ns, st.st_size)
    return urls.get(f"{rel_dir}/{name}" if rel_dir else name)


@lru_cache(maxsize=4096)
def _nearest_manifest(folder: str) -> tuple[str, str] | None:
    """(manifest file, `folder` relative to the manifest folder's parent) or None."""
    resolved = Path(folder).resolve()
    for parent in (resolved, *resolved.parents):
        manifest = parent / MANIFEST_NAME
        if manifest.is_file():
            rel = resolved.relative_to(parent.parent).as_posix()
            return str(manifest), "" if rel == "." else rel
    return None


@lru_cache(maxsize=8)
def _urls_by_path(manifest: str, mtime_ns: int, size: int) -> dict[str, str]:
    """{path relative to DIR: url} of a manifest (cached until the file changes)."""
    out: dict[str, str] = {}
    for entry in read_entries(Path(manifest)):
        if entry.path and entry.status in (200, 304):
            out[entry.path] = entry.url
    return out


def forget_folders() -> None:
    """Forget which manifest serves which folder (a manifest was created since)."""
    _nearest_manifest.cache_clear()
