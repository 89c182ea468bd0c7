"""The store: versions, atomic commit, incremental re-ingest, load()."""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import policytrends
from policytrends import cli
from policytrends.errors import StoreError, StoreWarning
from policytrends.schema import SCHEMA_VERSION, TABLES, VERSION_KEY
from policytrends.store import META, Store


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
    frames = policytrends.load(tmp_path / "store", raw=True)  # the stored columns
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


# -- a store that lost its links (issue 19, items 1 and 2) ------------------------------

def _two_versions(tmp_path: Path) -> tuple[Path, Path]:
    """A store of two commits (a.txt, b.txt; then c.txt): versions 1 and 2 on disk."""
    src, store = tmp_path / "src", tmp_path / "store"
    _write(src / "a.txt", "First note about the Indo-Pacific.")
    _write(src / "b.txt", "Second note.")
    policytrends.ingest([src], store, jobs=1)
    _write(src / "c.txt", "Third note.")
    policytrends.ingest([src], store, jobs=1)
    return src, store


def _versions(store: Path) -> list[str]:
    return sorted(p.name for p in (store / META / "versions").iterdir())


def test_store_copied_without_its_links_is_read_and_relinked(tmp_path: Path) -> None:
    """`rsync -r` without -l drops every symlink: the store reads at its newest version
    and the next ingest links it again instead of starting over (and deleting it)."""
    src, store = _two_versions(tmp_path)
    expected = policytrends.load(store).documents
    for link in [store / META / "current", *(store / name for name in TABLES)]:
        link.unlink()
    with pytest.warns(StoreWarning, match="newest complete version, 00000002"):
        docs = policytrends.load(store).documents
    assert docs.equals(expected)
    _write(src / "d.txt", "Fourth note.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", StoreWarning)  # the writer repairs, silently
        summary = policytrends.ingest([src], store, jobs=1)
    assert (summary.files_parsed, summary.files_unchanged) == (1, 3)
    assert sorted(policytrends.load(store).documents["path"]) == ["a.txt", "b.txt", "c.txt",
                                                                  "d.txt"]
    assert _versions(store) == ["00000002", "00000003"]
    assert all((store / name).is_symlink() for name in TABLES)


def test_current_naming_a_deleted_version_falls_back_to_the_one_before(tmp_path: Path) -> None:
    src, store = _two_versions(tmp_path)
    shutil.rmtree(store / META / "versions" / "00000002")
    with pytest.warns(StoreWarning, match="00000001"):
        assert sorted(policytrends.load(store).documents["path"]) == ["a.txt", "b.txt"]
    summary = policytrends.ingest([src], store, jobs=1)
    assert (summary.files_parsed, summary.files_unchanged) == (1, 2)  # only c.txt again
    assert _versions(store) == ["00000001", "00000002"]


def test_store_without_a_complete_version_stops_and_deletes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, store = _two_versions(tmp_path)
    (store / META / "current").unlink()
    for version in (store / META / "versions").iterdir():
        (version / "store.json").unlink()
    before = sorted(str(p) for p in store.rglob("*"))
    with pytest.raises(StoreError, match="none of its versions .* is complete"):
        policytrends.load(store)
    code = cli.main(["ingest", str(src), "--store", str(store), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.ExitCode.ERROR and "nothing was deleted" in err and "Traceback" not in err
    assert sorted(str(p) for p in store.rglob("*")) == before


def test_current_that_is_a_folder_stops_and_deletes_nothing(tmp_path: Path) -> None:
    """`cp -rL` copies the `current` link as a folder: not ours to replace."""
    src, store = _two_versions(tmp_path)
    link = store / META / "current"
    target = link.resolve()
    link.unlink()
    shutil.copytree(target, link)
    before = sorted(str(p) for p in store.rglob("*"))
    with pytest.raises(StoreError, match="current: is not a symlink"):
        policytrends.ingest([src], store, jobs=1)
    assert sorted(str(p) for p in store.rglob("*")) == before


def test_pruning_never_follows_a_linked_versions_folder(tmp_path: Path) -> None:
    """`versions` moved elsewhere and linked: a run stops instead of pruning the folder
    the link points at (whose sub-folders are not all the store's)."""
    src, store = _two_versions(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(store / META / "versions", elsewhere)
    (store / META / "versions").symlink_to(elsewhere)
    _write(elsewhere / "00000000" / "notes.txt", "someone else's folder")
    _write(elsewhere / "1999" / "notes.txt", "and another")
    assert sorted(policytrends.load(store).documents["path"]) == ["a.txt", "b.txt", "c.txt"]
    before = sorted(str(p) for p in elsewhere.rglob("*"))
    _write(src / "d.txt", "Fourth note.")
    with pytest.raises(StoreError, match="versions: is a symlink"):
        policytrends.ingest([src], store, jobs=1)
    assert sorted(str(p) for p in elsewhere.rglob("*")) == before
