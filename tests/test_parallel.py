"""`--jobs N`: the store is byte-for-byte the same whatever the number of worker processes."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from mixed_corpus import SENTENCES, note_text, write_corpus
from store_checks import store_bytes

import policytrends
from policytrends.cli import main


def test_store_is_byte_identical_for_one_and_two_jobs(tmp_path: Path, small_parts: None) -> None:
    src = write_corpus(tmp_path / "src")
    s1 = policytrends.ingest([src], tmp_path / "one", jobs=1)
    s2 = policytrends.ingest([src], tmp_path / "two", jobs=2)
    assert s1.lines() == s2.lines()
    one, two = store_bytes(tmp_path / "one"), store_bytes(tmp_path / "two")
    parts = [k for k in one if k.startswith("documents/")]
    assert len(parts) >= 3, "the corpus should fill several parts"
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], f"{name} differs between --jobs 1 and --jobs 2"
    docs = policytrends.load(tmp_path / "one").documents
    assert len(docs) == s1.records > 0
    assert docs["duplicate_of"].notna().sum() == s1.duplicates >= 1


def test_incremental_run_is_byte_identical_for_one_and_two_jobs(tmp_path: Path,
                                                                 small_parts: None) -> None:
    src = write_corpus(tmp_path / "src", files=12)
    for jobs, name in ((1, "one"), (2, "two")):
        policytrends.ingest([src / "notes", src / "wh"], tmp_path / name, jobs=jobs)
    write_corpus(tmp_path / "src", files=20)  # new files and the old ones unchanged
    (src / "notes/n000.txt").write_text(note_text(99), encoding="utf-8")  # one changed file
    for jobs, name in ((1, "one"), (2, "two")):
        policytrends.ingest([src / "notes", src / "wh"], tmp_path / name, jobs=jobs)
    assert store_bytes(tmp_path / "one") == store_bytes(tmp_path / "two")


def test_cli_jobs_option(tmp_path: Path, small_parts: None) -> None:
    src = write_corpus(tmp_path / "src", files=8)
    assert main(["ingest", str(src), "--store", str(tmp_path / "a"), "--jobs", "1", "--quiet",
                 "--allow-rejects"]) == 0
    assert main(["ingest", str(src), "--store", str(tmp_path / "b"), "--jobs", "2", "--quiet",
                 "--allow-rejects"]) == 0
    assert store_bytes(tmp_path / "a") == store_bytes(tmp_path / "b")


def test_store_inside_the_source_folder_is_not_read(tmp_path: Path) -> None:
    """discover() resolves only folders that can be the store (a speed-up): still skips it."""
    src = write_corpus(tmp_path / "src", files=4)
    first = policytrends.ingest([src], src / "store", jobs=1)
    (src / "sub").mkdir()
    (src / "sub" / "link-to-store").symlink_to(src / "store")  # a link to it: skipped too
    again = policytrends.ingest([src], src / "store", jobs=1)
    assert first.committed and not again.committed and again.files_parsed == 0
    assert sum(again.rejects.values()) == sum(first.rejects.values())
    paths = set(policytrends.load(src / "store").documents["path"])
    assert paths and not any(p.startswith(("store/", "sub/")) for p in paths)


def test_benchmark_corpus_is_deterministic_and_parses_as_every_format(tmp_path: Path) -> None:
    """benchmarks/generate.py: same bytes for the same blocks; each format read by its reader."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import generate

    paras = [s + " " + t for s in SENTENCES for t in SENTENCES[:3]]
    mat = generate.Material(
        wh_paras=paras, wh_titles=["Readout of a Call with a Counterpart"],
        state_paras=[f"<p>{p}</p>" for p in paras], state_titles=["Secretary's Meeting"],
        un_lines=paras, sentences=list(SENTENCES), origin="test",
    )
    one = generate.generate(tmp_path / "a", 80, mat=mat)
    generate.generate(tmp_path / "b", 80, mat=mat)
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    assert len(files_a) == one["files"] == 62 and one["records"] == 80
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()
    more = generate.generate(tmp_path / "a", 40, first_block=one["blocks"], mat=mat)
    assert more["files"] == 31  # new, distinct files beside the first ones
    summary = policytrends.ingest([tmp_path / "a"], tmp_path / "store", jobs=2)
    assert summary.records == 120 and not summary.rejects and summary.duplicates == 0
    docs = policytrends.load(tmp_path / "store").documents
    by_source = docs.groupby("source").size().to_dict()
    # per block: 12 Markdown + 3 HTML White House, 10 RSS items + 3 HTML State, 6 UN, 6 MOFA
    assert by_source == {"whitehouse": 45, "state": 39, "ungdc": 18, "mofa": 18}


def test_store_is_byte_identical_whatever_the_batches_size(
        tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The files each worker process sends back at a time change no byte of the store."""
    ingest_module = importlib.import_module("policytrends.ingest")

    src = write_corpus(tmp_path / "src")
    stores = {}
    for size in (1, 3, ingest_module.MAX_BATCH):
        monkeypatch.setattr(ingest_module, "MAX_BATCH", size)
        policytrends.ingest([src], tmp_path / f"b{size}", jobs=2)
        stores[size] = store_bytes(tmp_path / f"b{size}")
    first, *others = stores.values()
    assert len([k for k in first if k.startswith("documents/")]) >= 3
    assert all(other == first for other in others)
