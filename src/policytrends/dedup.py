"""The duplicate_of rule with compact memory: a record is a duplicate of the first record
with the same (source, item) or the same content hash.

A million records kept as Python dicts would cost the ingest process hundreds of bytes
each. Here the keys are hashed to 64-bit integers in sorted numpy arrays (found with searchsorted);
the full keys and record ids stay in Arrow binary arrays, so a hash collision is checked
against the real key and never makes a false duplicate.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

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

    def find(self, keys: list[bytes]) -> list[str | None]:
        """The record id stored for each key, or None (one searchsorted for them all)."""
        out = [self._pending.get(key) for key in keys]
        if not len(self._hashes) or not keys:
            return out
        hashes = np.fromiter(map(key_hash, keys), np.int64, len(keys))
        at = self._hashes.searchsorted(hashes)
        hit = self._hashes[np.minimum(at, len(self._hashes) - 1)] == hashes
        for j in np.flatnonzero(hit).tolist():
            if out[j] is None:  # not in both: added only when find() gave None
                out[j] = self._merged(keys[j], int(hashes[j]), int(at[j]))
        return out

    def _merged(self, key: bytes, h: int, i: int) -> str | None:
        """The record id of `key` in the sorted arrays, whose first hash `h` is at `i`."""
        while i < len(self._hashes) and self._hashes[i] == h:
            entry = int(self._entries[i])
            chunk = bisect_right(self._starts, entry) - 1
            at = entry - self._starts[chunk]
            if self._keys[chunk][at].as_py() == key:
                return self._rids[chunk][at].as_py()
            i += 1  # a hash collision: another key
        return None

    def add(self, key: bytes, rid: str) -> None:
        """Store `rid` for `key`, a key that find() does not find."""
        self._pending[key] = rid

    def settle(self) -> None:
        """Move the keys added lately into the sorted arrays once there are enough."""
        if len(self._pending) < MERGE_EVERY:
            return
        hashes = self._chunk(list(self._pending), list(self._pending.values()))
        start = self._starts[-1]
        order = np.argsort(hashes, kind="stable")
        hashes = hashes[order]
        at = self._hashes.searchsorted(hashes, side="right")
        self._hashes = np.insert(self._hashes, at, hashes)
        self._entries = np.insert(self._entries, at, order + start)
        self._pending = {}

    def _chunk(self, keys: list[bytes] | pa.Array, rids: list[str] | pa.Array) -> np.ndarray:
        """Keep keys and record ids as the next chunk; return the keys' hashes."""
        self._starts.append(self._starts[-1] + len(self._keys[-1]) if self._starts else 0)
        self._keys.append(pa.array(keys, pa.binary()))
        self._rids.append(pa.array(rids, pa.string()))
        pylist = keys if isinstance(keys, list) else keys.to_pylist()
        return np.fromiter(map(key_hash, pylist), np.int64, len(keys))

    @classmethod
    def of(cls, chunks: Iterable[tuple[pa.Array, pa.Array]]) -> KeyIndex:
        """An index of (keys, record ids) chunks in order, built in one sort: what `add`
        for each key that find() does not find gives, as a key added twice is found with
        the record id it was added with first (a stable sort keeps entries in order)."""
        index = cls()
        hashes = [index._chunk(keys, rids) for keys, rids in chunks]
        if hashes:
            joined = np.concatenate(hashes)
            index._entries = np.argsort(joined, kind="stable")
            index._hashes = joined[index._entries]
        return index


def _stored_keys(documents: Iterable[pa.Table]) -> Iterator[tuple[pa.Array, pa.Array]]:
    """(keys, record id of each key) of the stored records not marked as duplicates,
    a chunk at a time."""
    cols = ["record_id", "source", "item", "content_sha256"]
    for table in documents:
        table = table.filter(pc.is_null(table["duplicate_of"])).select(cols)
        for batch in table.to_batches(max_chunksize=MERGE_EVERY):
            yield batch_keys(*batch.columns)


def batch_keys(rids: pa.Array, sources: pa.Array, items: pa.Array, shas: pa.Array
               ) -> tuple[pa.Array, pa.Array]:
    """`record_keys` of many records at once, in Arrow (a re-ingest of a million-record
    store must not build them one by one in Python): the item keys of the records that have
    an item, in order, then the content keys of all. (Two equal keys are always of the
    same kind, so a key's first record is the same as in record order.)"""
    with_item = np.flatnonzero(pc.fill_null(pc.binary_length(items), 0).to_numpy() > 0)
    src = pc.if_else(pc.is_null(sources), pa.scalar(b"\xff"), sources.cast(pa.binary()))
    src = src.take(with_item)
    size = pc.binary_length(src).to_numpy().astype(">u4")
    item_keys = pc.binary_join_element_wise(
        pa.scalar(b"i"), _fixed(size.tobytes(), 4, len(size)), src,
        items.take(with_item).cast(pa.binary()), pa.scalar(b""))
    keys = pa.concat_arrays([item_keys, _content_keys(shas)])
    return keys, pa.concat_arrays([rids.take(with_item), rids])


_HEX = np.full(256, 255, np.uint8)
for _i, _c in enumerate(b"0123456789abcdef"):
    _HEX[_c] = _HEX[ord(chr(_c).upper())] = _i


def _content_keys(shas: pa.Array) -> pa.Array:
    """The content key of each record: b"h" and the 32 bytes of a hexadecimal hash (the
    usual case, decoded in numpy), else as `record_keys` makes it."""
    shas = shas.cast(pa.string())
    hexed = pc.fill_null(pc.match_substring_regex(shas, "^[0-9a-fA-F]{64}$"), False)
    rows = np.flatnonzero(hexed.to_numpy(zero_copy_only=False))
    other = np.flatnonzero(~hexed.to_numpy(zero_copy_only=False))
    text = shas.take(rows).cast(pa.binary())
    digits = np.frombuffer(text.buffers()[2] or b"", np.uint8, 64 * len(rows)).reshape(-1, 64)
    nibbles = _HEX[digits]
    raw = np.empty((len(rows), 33), np.uint8)
    raw[:, 0] = ord("h")
    raw[:, 1:] = (nibbles[:, 0::2] << 4) | nibbles[:, 1::2]
    fallback = [record_keys("", None, sha)[0] for sha in shas.take(other).to_pylist()]
    keys = pa.concat_arrays([_fixed(raw.tobytes(), 33, len(rows)),
                             pa.array(fallback, pa.binary())])
    order = np.empty(len(shas), np.int64)
    order[np.concatenate([rows, other])] = np.arange(len(shas))
    return keys.take(order)


def _fixed(data: bytes, width: int, n: int) -> pa.Array:
    """`n` binary values of `width` bytes each, from their bytes one after another."""
    return pa.FixedSizeBinaryArray.from_buffers(
        pa.binary(width), n, [None, pa.py_buffer(data)]).cast(pa.binary())


def _or(first: str | None, then: str | None) -> str | None:
    return then if first is None else first


Record = tuple[str, str, str | None, str | None]  # record_id, source, item, content_sha256


class Dedup:
    """Marks a record as duplicate_of the first record with the same item or content."""

    def __init__(self, documents: Iterable[pa.Table] = ()) -> None:
        """Start from stored documents, in order (tables with record_id, source, item,
        content_sha256 and duplicate_of columns): the records not marked are the first."""
        self.first = KeyIndex.of(_stored_keys(documents))

    def check(self, records: list[Record]) -> list[str | None]:
        """For each record in order, the record id of an earlier record with its item or
        content (a duplicate), or None after remembering it as the first."""
        keys = [record_keys(src, item, sha) for _, src, item, sha in records]
        found = iter(self.first.find([k for ks in keys for k in ks]))
        added: dict[bytes, str] = {}  # keys of these records: find() did not see them
        out: list[str | None] = []
        for (rid, *_), ks in zip(records, keys, strict=True):
            firsts = [_or(next(found), added.get(k)) for k in ks]
            dup = next((f for f in firsts if f is not None and f != rid), None)
            if dup is None:
                for k, f in zip(ks, firsts, strict=True):
                    if f is None:
                        added[k] = rid
                        self.first.add(k, rid)
            out.append(dup)
        self.first.settle()
        return out


__all__ = ["Dedup", "KeyIndex", "record_keys"]
