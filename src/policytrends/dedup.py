"""The duplicate_of rule with compact memory: a record is a duplicate of the first record
with the same (source, item) or the same content hash.

A million records kept as Python dicts took ~400 bytes each in the ingest process. Here
the keys are hashed to 64-bit integers in sorted numpy arrays (found with searchsorted);
the full keys and record ids stay in Arrow binary arrays, so a hash collision is checked
against the real key and never makes a false duplicate.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Entries kept in a dict before they are merged into the sorted arrays.
MERGE_EVERY = 16_384


def key_hash(key: bytes) -> int:
    """The 64-bit hash of a key (the salted built-in hash: one process's index only)."""
    return hash(key)


def record_keys(source: str, item: str | None, sha: str | None) -> list[bytes]:
    """The keys of one record, item key first: b"i" + source and item, then the content
    hash as b"h" + 32 bytes (b"s" + the text when it is not hexadecimal)."""
    try:
        sha_key = b"h" + bytes.fromhex(sha)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        sha_key = b"n" if sha is None else b"s" + sha.encode("utf-8", "surrogatepass")
    if not item:
        return [sha_key]
    src = b"\xff" if source is None else source.encode("utf-8", "surrogatepass")
    return [b"i" + len(src).to_bytes(4, "big") + src + item.encode("utf-8", "surrogatepass"),
            sha_key]


class KeyIndex:
    """A map from key (bytes) to the record id it was first added with."""

    def __init__(self) -> None:
        self._hashes = np.empty(0, np.int64)  # sorted
        self._entries = np.empty(0, np.int64)  # entry number of each hash
        self._starts: list[int] = []  # first entry number of each chunk
        self._keys: list[pa.Array] = []  # full keys, one Arrow array per merged chunk
        self._rids: list[pa.Array] = []
        self._pending: dict[bytes, str] = {}

    def __len__(self) -> int:
        return len(self._hashes) + len(self._pending)

    def get(self, key: bytes) -> str | None:
        """The record id stored for `key`, or None."""
        rid = self._pending.get(key)
        if rid is not None:
            return rid
        h = key_hash(key)
        i = int(np.searchsorted(self._hashes, h))
        while i < len(self._hashes) and self._hashes[i] == h:
            entry = int(self._entries[i])
            chunk = bisect_right(self._starts, entry) - 1
            at = entry - self._starts[chunk]
            if self._keys[chunk][at].as_py() == key:
                return self._rids[chunk][at].as_py()
            i += 1  # a hash collision: another key
        return None

    def add(self, key: bytes, rid: str) -> None:
        """Store `rid` for `key`, a key that get() does not find."""
        self._pending[key] = rid
        if len(self._pending) >= MERGE_EVERY:
            self._merge()

    def _merge(self) -> None:
        keys, rids = list(self._pending), list(self._pending.values())
        start = self._starts[-1] + len(self._keys[-1]) if self._starts else 0
        self._starts.append(start)
        self._keys.append(pa.array(keys, pa.binary()))
        self._rids.append(pa.array(rids, pa.string()))
        hashes = np.fromiter(map(key_hash, keys), np.int64, len(keys))
        order = np.argsort(hashes, kind="stable")
        hashes = hashes[order]
        at = np.searchsorted(self._hashes, hashes, side="right")
        self._hashes = np.insert(self._hashes, at, hashes)
        self._entries = np.insert(self._entries, at, order + start)
        self._pending = {}


class Dedup:
    """Marks a record as duplicate_of the first record with the same item or content."""

    def __init__(self, documents: Iterable[pa.Table] = ()) -> None:
        """Start from stored documents, in order (tables with record_id, source, item,
        content_sha256 and duplicate_of columns): the records not marked are the first."""
        self.first = KeyIndex()
        cols = ["record_id", "source", "item", "content_sha256"]
        for table in documents:
            table = table.filter(pc.is_null(table["duplicate_of"])).select(cols)
            for batch in table.to_batches(max_chunksize=65_536):
                for rid, src, item, sha in zip(*(c.to_pylist() for c in batch.columns),
                                               strict=True):
                    for key in record_keys(src, item, sha):
                        if self.first.get(key) is None:
                            self.first.add(key, rid)

    def check(self, rid: str, source: str, item: str | None, sha: str | None) -> str | None:
        """The record id of an earlier record with this item or content (a duplicate), or
        None after remembering this record as the first."""
        new = []
        for key in record_keys(source, item, sha):
            first = self.first.get(key)
            if first is None:
                new.append(key)
            elif first != rid:
                return first
        for key in new:
            self.first.add(key, rid)
        return None


__all__ = ["Dedup", "KeyIndex", "record_keys"]
