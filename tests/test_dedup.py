"""The compact duplicate_of index finds what the plain rule (a dict of keys) finds."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policytrends import dedup
from policytrends.dedup import Dedup, KeyIndex, batch_keys, record_keys


def _plain(docs: list[dict], stored: Sequence[dict] = ()) -> list[str | None]:
    """The rule as a dict of (kind, ...) keys: what ingest did before the index."""
    first: dict[tuple, str] = {}

    def keys(d: dict) -> list[tuple]:
        out = [("item", d["source"], d["item"])] if d["item"] else []
        return [*out, ("sha", d["content_sha256"])]

    for d in stored:
        if d["duplicate_of"] is None:
            for k in keys(d):
                first.setdefault(k, d["record_id"])
    marks = []
    for d in docs:
        dup = next((first[k] for k in keys(d) if first.get(k) not in (None, d["record_id"])),
                   None)
        if dup is None:
            for k in keys(d):
                first.setdefault(k, d["record_id"])
        marks.append(dup)
    return marks


def _docs(n: int, seed: int) -> list[dict]:
    """Records with items and texts drawn from small sets: many duplicates of both kinds."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        item = rng.choice([None, None, f"u{rng.randrange(n // 3)}"])
        sha = f"{rng.randrange(n // 2):064x}"
        rid = f"r{rng.randrange(n * 2):05d}"  # the same record id now and then (re-ingest)
        out.append({"record_id": rid, "source": rng.choice(["state", "mofa"]), "item": item,
                    "content_sha256": sha, "duplicate_of": None})
    return out


def _marks(index: Dedup, docs: list[dict]) -> list[str | None]:
    out: list[str | None] = []
    for at in range(0, len(docs), 40):  # batches, as ingest checks them
        out += index.check([(d["record_id"], d["source"], d["item"], d["content_sha256"])
                            for d in docs[at:at + 40]])
    return out


@pytest.mark.parametrize("collide", [False, True])
@pytest.mark.parametrize("marked", [True, False])
def test_same_duplicates_as_the_plain_rule(monkeypatch: pytest.MonkeyPatch,
                                           collide: bool, marked: bool) -> None:
    """`marked`: the stored records carry their duplicate_of marks; else none is marked, so
    stored records share keys and the first of them must win, as in the plain rule."""
    monkeypatch.setattr(dedup, "MERGE_EVERY", 7)  # most keys in the sorted arrays
    if collide:  # every key in one of 3 hashes: each lookup must compare the real keys
        monkeypatch.setattr(dedup, "key_hash", lambda key: len(key) % 3)
    stored, new = _docs(300, 1), _docs(300, 2)
    for d, dup in zip(stored, _plain(stored), strict=True):
        d["duplicate_of"] = dup if marked else None
    index = Dedup([pa.Table.from_pylist(stored[:100]), pa.Table.from_pylist(stored[100:])])
    got = _marks(index, new)
    assert got == _plain(new, stored)
    assert sum(m is not None for m in got) > 50


def test_key_index_finds_keys_with_colliding_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedup, "MERGE_EVERY", 2)
    monkeypatch.setattr(dedup, "key_hash", lambda key: 42)
    index = KeyIndex()
    for n in range(5):
        index.add(b"k%d" % n, f"r{n}")
        index.settle()
    assert len(index) == 5
    assert index.find([b"k%d" % n for n in range(6)]) == ["r0", "r1", "r2", "r3", "r4", None]


def test_record_keys_tell_kinds_and_fields_apart() -> None:
    sha = "ab" * 32
    assert record_keys("s", None, sha) == [b"h" + bytes.fromhex(sha)]
    assert record_keys("s", "", sha) == record_keys("s", None, sha)  # no item: content only
    assert record_keys("ab", "c", sha)[0] != record_keys("a", "bc", sha)[0]
    assert record_keys("s", None, "not hex") == [b"snot hex"]


_TEXT = st.one_of(st.none(), st.just(""), st.text(max_size=6),
                  st.sampled_from(["whitehouse", "state", "é/ü"]))
_SHA = st.one_of(st.none(), st.text(max_size=5), st.binary(min_size=32, max_size=32).map(
    bytes.hex), st.binary(min_size=32, max_size=32).map(lambda b: b.hex().upper()),
    st.binary(min_size=32, max_size=32).map(lambda b: b.hex(" ")))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_TEXT, _TEXT, _SHA), max_size=30))
def test_batch_keys_are_record_keys(records: list[tuple]) -> None:
    """The Arrow keys are `record_keys`' bytes: item keys in order, then content keys."""
    rids = [f"r{i}" for i in range(len(records))]
    sources, items, shas = (list(c) for c in zip(*records, strict=True)) if records else (
        [], [], [])
    keys, ids = batch_keys(pa.array(rids, pa.string()), pa.array(sources, pa.string()),
                           pa.array(items, pa.string()), pa.array(shas, pa.string()))
    plain = [record_keys(s, i, h) for s, i, h in records]
    want = ([ks[0] for ks in plain if len(ks) == 2] + [ks[-1] for ks in plain])
    want_ids = ([r for r, ks in zip(rids, plain, strict=True) if len(ks) == 2] + rids)
    assert keys.to_pylist() == want
    assert ids.to_pylist() == want_ids
