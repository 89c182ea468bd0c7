"""The store: versions, atomic commit, incremental re-ingest, load()."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import policytrends
from policytrends.errors import StoreError
from policytrends.schema import SCHEMA_VERSION, TABLES, VERSION_KEY
from policytrends.store import Store


def _write(p: Path, text: str) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_reingest_changes_nothing_and_adds_only_new(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", "First note about the Indo-Pacific.")
    _write(src / "b.txt", "Second note.")
    store = tmp_path / "store"
    s1 = policytrends.ingest([src], store, jobs=1)
    assert (s1.files_parsed, s1.records) == (2, 2)
    before = {f.name: f.read_bytes() for f in (store / "documents").glob("*.parquet")}
    s2 = policytrends.ingest([src], store, jobs=1)
    assert s2.files_parsed == 0 and s2.files_unchanged == 2 and not s2.committed
    assert {f.name: f.read_bytes() for f in (store / "documents").glob("*.parquet")} == before
    _write(src / "c.txt", "Third note.")
    s3 = policytrends.ingest([src], store, jobs=1)
    assert s3.files_parsed == 1
    docs = policytrends.load(store).documents
    assert sorted(docs["path"]) == ["a.txt", "b.txt", "c.txt"]
    assert docs["record_id"].is_unique


def test_touched_file_is_read_once_then_skipped(tmp_path: Path) -> None:
    """A file with a new mtime but the same bytes is read again once; the manifest then
    holds its new mtime, so the next run skips it without reading it."""
    src = tmp_path / "src"
    for name in ("a.txt", "b.txt", "c.txt"):
        _write(src / name, f"A note called {name} about the Indo-Pacific.")
    store = tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    tables = {t: Store(store).read_table(t) for t in TABLES}
    st = (src / "b.txt").stat()
    os.utime(src / "b.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    to_parse: list[int] = []
    again = policytrends.ingest([src], store, jobs=1, on_total=to_parse.append)
    assert to_parse == [1] and again.files_parsed == 0 and again.files_unchanged == 3
    assert again.committed
    manifest = Store(store).manifest().to_pandas().set_index("path")
    assert manifest.loc["b.txt", "mtime_ns"] == (src / "b.txt").stat().st_mtime_ns
    assert manifest.loc["a.txt", "mtime_ns"] == (src / "a.txt").stat().st_mtime_ns
    assert {t: Store(store).read_table(t) for t in TABLES} == tables
    third = policytrends.ingest([src], store, jobs=1, on_total=to_parse.append)
    assert to_parse == [1, 0] and third.files_unchanged == 3 and not third.committed


def test_changed_file_replaces_its_rows(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", "old text")
    _write(src / "b.txt", "other text")
    store = tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    _write(src / "a.txt", "new text, longer than before")
    policytrends.ingest([src], store, jobs=1)
    docs = policytrends.load(store).documents.set_index("path")
    assert len(docs) == 2
    assert docs.loc["a.txt", "text"] == "new text, longer than before"
    assert docs.loc["b.txt", "text"] == "other text"


def test_every_table_has_columns_and_schema_version(tmp_path: Path) -> None:
    _write(tmp_path / "src" / "a.txt", "Some text.")
    policytrends.ingest([tmp_path / "src"], tmp_path / "store", jobs=1)
    frames = policytrends.load(tmp_path / "store")
    for name, schema in TABLES.items():
        assert list(getattr(frames, name).columns) == schema.names
    for f in (tmp_path / "store" / "documents").glob("*.parquet"):
        meta = pq.read_schema(f).metadata
        assert meta[VERSION_KEY].decode() == SCHEMA_VERSION


def test_foreign_schema_version_is_a_clear_error(tmp_path: Path) -> None:
    _write(tmp_path / "src" / "a.txt", "Some text.")
    policytrends.ingest([tmp_path / "src"], tmp_path / "store", jobs=1)
    cur = Store(tmp_path / "store").current()
    assert cur is not None
    (cur / "store.json").write_text('{"schema_version": "0"}')
    with pytest.raises(StoreError, match="schema version 0"):
        policytrends.load(tmp_path / "store")


def test_load_of_missing_store_names_the_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no policytrends store"):
        policytrends.load(tmp_path / "nothing")
