"""Where fetched pages go: safe paths, atomic writes and the JSON Lines manifest.

Layout of an output folder DIR::

    DIR/<source>/<path from the URL>        the pages' bytes, unchanged
    DIR/<source>/.listings/<path>           listing pages (not records: ingest skips them)
    DIR/<source>/.fetch-manifest.jsonl      one line per response: url, fetched_at, status,
                                            content_type, etag, last_modified, sha256, path

Names starting with a dot are skipped by `policytrends ingest`, so ingesting DIR reads
the records only; `saved_url()` gives ingest the URL a saved page came from. What ingest
reads (the manifest's format, `saved_url`) lives in `policytrends.fetched_folders`, beside the
parse path; this module writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..fetched_folders import (
    MANIFEST_NAME,
    Entry,
    forget_folders,
    read_entries,
)

PART_MARK = ".part-"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_SEGMENT = 120
KNOWN_EXT = (".html", ".htm", ".xml", ".rss", ".txt", ".md", ".json")


class Manifest:
    """The append-only manifest of one source's output folder.

    Args:
        root: the output folder DIR.
        source: the source name (the sub-folder of DIR).
    """

    def __init__(self, root: Path, source: str) -> None:
        self.root = Path(root)
        self.file = self.root / source / MANIFEST_NAME
        self.latest: dict[str, Entry] = {}  # url -> last entry with saved bytes
        self.owners: dict[str, str] = {}  # path -> url whose bytes it holds (the last saved)
        for entry in read_entries(self.file):
            self._note(entry)

    def _note(self, entry: Entry) -> None:
        if entry.path and entry.status in (200, 304):
            self.latest[entry.url] = entry
            self.owners[entry.path] = entry.url

    def saved(self, url: str) -> Entry | None:
        """The last entry of `url` whose file is still on disk and still holds its bytes.

        A folder written before file names were made unique may have saved two URLs
        under one name: the file holds the later one's bytes, and the earlier URL counts
        as not saved (it is fetched again, under a name of its own).
        """
        entry = self.latest.get(url)
        if (entry and entry.path and self.owners.get(entry.path) == url
                and (self.root / entry.path).is_file()):
            return entry
        return None

    def owner(self, path: str) -> str | None:
        """The URL whose bytes `path` (relative to DIR) holds, per the manifest."""
        return self.owners.get(path)

    def append(self, entry: Entry) -> None:
        """Add one line; one write() call, flushed to disk, so a kill cannot split it."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        if not self.file.exists():
            forget_folders()  # a new manifest: folder lookups may change
        line = (json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True) + "\n").encode()
        fd = os.open(self.file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self._note(entry)


def safe_relpath(url: str, default_ext: str, digits: int = 0) -> str:
    """A relative POSIX path for a URL that cannot leave its folder.

    Each path segment is percent-decoded and reduced to [A-Za-z0-9._-]; leading dots are
    dropped (no "..", no hidden files); a query becomes part of the file name; a name
    without a known extension gets `default_ext`. When any of that lost something (a
    query, a character replaced or decoded, an empty or dot segment), or when `hashed`
    is asked for, the file name ends with the first 10 hex digits of the URL's SHA-256,
    so two URLs that read alike ("/r/a?x=1" and "/r/a__x=1", "café" and "cafè") get two
    files. Names that lost nothing can still meet ("/a/b/" and "/a/b.html"): the crawl
    checks the manifest before writing and then asks for a hashed name (`digits`: that
    many hex digits of the hash, whatever the URL).
    """
    parts = urlsplit(url)
    raw = parts.path.split("/")[1:] or [""]
    segments = [s for s in (_segment(unquote(r)) for r in raw) if s]
    lossy = bool(parts.query) or any(not r or _segment(unquote(r)) != r for r in raw[:-1]) or (
        raw[-1] != "" and _segment(unquote(raw[-1])) != raw[-1])
    name = segments.pop() if segments else "index"  # "/a/b/" is saved as a/b.<ext>
    if parts.query:
        stem, ext = (name[: -len(e)], e) if (e := _ext(name)) else (name, "")
        name = _segment(f"{stem}__{unquote(parts.query)}") + ext
    if not _ext(name):
        name += default_ext
    name = _segment(name) or "index" + default_ext
    if lossy or digits:
        ext = _ext(name)
        digest = url_digest(url, digits or 10)
        name = f"{name[: len(name) - len(ext)][: _MAX_SEGMENT - 12 - len(ext)]}_{digest}{ext}"
    return "/".join([*segments, name])


def url_digest(url: str, length: int = 10) -> str:
    """Hex SHA-256 of the URL without its fragment (never sent to the server)."""
    return hashlib.sha256(url.split("#", 1)[0].encode("utf-8", "surrogatepass")).hexdigest()[
        :length]


def _ext(name: str) -> str:
    low = name.lower()
    return next((e for e in KNOWN_EXT if low.endswith(e)), "")


def _segment(raw: str) -> str:
    seg = _UNSAFE.sub("_", raw).lstrip(".")
    if len(seg) > _MAX_SEGMENT:
        digest = hashlib.sha256(raw.encode()).hexdigest()[:12]
        ext = _ext(seg)
        seg = f"{seg[: _MAX_SEGMENT - 13 - len(ext)]}_{digest}{ext}"
    return seg


def resolve_inside(root: Path, rel: str) -> Path:
    """root/rel, refusing any path that would land outside root."""
    base = root.resolve()
    target = (base / rel).resolve()
    if not target.is_relative_to(base) or target == base:
        raise ValueError(f"{rel!r} would be saved outside {base}")
    return target


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a hidden temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}{PART_MARK}{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_partials(folder: Path) -> int:
    """Delete temporary files a killed run left behind; returns how many."""
    n = 0
    if folder.is_dir():
        for tmp in folder.rglob(f".*{PART_MARK}*"):
            tmp.unlink(missing_ok=True)
            n += 1
    return n


