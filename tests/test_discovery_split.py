"""Discovery split among worker processes (a store that has files is listed again at
every run): the same files, order, rejects and sizes as one process finds."""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from folder_trees import TREES, make_tree, odd_entries
from hypothesis import given, settings
from hypothesis import strategies as st
from mixed_corpus import write_corpus
from store_checks import store_bytes

import policytrends
from policytrends import discovery as discovery_mod
from policytrends.discovery import Discovery, FileList, discover
from policytrends.ingest import _worker_pool


class _Counting(Executor):
    """An executor that counts the work handed to it."""

    def __init__(self, inner: Executor) -> None:
        self.inner = inner
        self.submitted = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted += 1
        return self.inner.submit(fn, *args, **kwargs)


def _nested(root: Path) -> Path:
    """Folders three levels deep, with files and rejects between folders at every level
    (in rel order `a-b/` comes before `a.txt`, which comes before `a/`)."""
    for top in ("a", "a-b", "b", "é", "c"):
        (root / f"{top}.txt").parent.mkdir(parents=True, exist_ok=True)
        (root / f"{top}.txt").write_text(f"A note on {top}.\n", encoding="utf-8")
        for mid in ("x", "x!", "y"):
            for low in ("1", "2"):
                folder = root / top / mid / low
                folder.mkdir(parents=True, exist_ok=True)
                (folder / "n.txt").write_text(f"{top} {mid} {low}.\n", encoding="utf-8")
            (root / top / f"{mid}.md").write_text(f"# {top} {mid}\n", encoding="utf-8")
        (root / top / ".hidden").mkdir()
    os.symlink(root / "a", root / "b" / "x" / "link")
    for deep in (root / "b" / "x!" / "1", root / "c" / "y" / "2"):  # names not UTF-8
        (deep / os.fsdecode(b"caf\xe9.txt")).write_text("Cafe.\n", encoding="utf-8")
    return root


def _same(split: FileList, plain: FileList) -> None:
    assert split.rels.equals(plain.rels)
    assert split.bases == plain.bases
    assert np.array_equal(split.base_of, plain.base_of)
    assert split.unders == plain.unders


def _stats_of(files: FileList) -> tuple[list[int], list[int]]:
    sts = [os.stat(p) for p in files.paths()]
    return [s.st_size for s in sts], [s.st_mtime_ns for s in sts]


@pytest.mark.parametrize("per_job", [1, 2, 50])
def test_worker_processes_find_what_one_process_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_job: int) -> None:
    src = _nested(tmp_path / "src")
    odd_entries(src)
    other = write_corpus(tmp_path / "other", files=8)
    (other / "a.txt").write_text("Same rel as in src: a duplicate_path.\n", encoding="utf-8")
    srcs = [src, other, tmp_path / "missing", other / "notes" / "n000.txt"]
    plain, plain_rejects = discover(srcs)
    monkeypatch.setattr(discovery_mod, "SPLIT_PER_JOB", per_job)
    with _worker_pool(2) as processes:
        pool = _Counting(processes)
        split, split_rejects = Discovery(srcs, stats=True, pool=pool, jobs=2).result()
    # 50 per job: more folders than the tree has, so this process lists them all
    assert (pool.submitted >= 2) == (per_job < 50)
    _same(split, plain)
    assert split_rejects == plain_rejects
    assert {r.reason for r in split_rejects} >= {
        "hidden", "symlink", "not_regular_file", "not_found", "duplicate_path"}
    assert split.stats is not None and plain.stats is None
    size, mtime = _stats_of(split)
    assert split.stats.size.tolist() == size and split.stats.mtime_ns.tolist() == mtime


@settings(max_examples=40, deadline=None)
@given(trees=st.lists(st.dictionaries(st.sampled_from("ab-é!0"), TREES, max_size=5),
                      min_size=1, max_size=2),
       per_job=st.integers(1, 3), jobs=st.integers(1, 3), stats=st.booleans())
def test_split_on_random_trees(trees: list[dict], per_job: int, jobs: int,
                               stats: bool) -> None:
    """Threads stand in for processes: the split and the order are what is tested."""
    with tempfile.TemporaryDirectory() as tmp:
        srcs = []
        for k, tree in enumerate(trees):
            srcs.append(Path(tmp) / str(k))
            srcs[-1].mkdir()
            make_tree(srcs[-1], tree)
        plain, plain_rejects = discover(srcs)
        old = discovery_mod.SPLIT_PER_JOB
        discovery_mod.SPLIT_PER_JOB = per_job
        try:
            with ThreadPoolExecutor(jobs) as threads:
                split, split_rejects = Discovery(srcs, stats=stats, pool=threads,
                                                 jobs=jobs).result()
        finally:
            discovery_mod.SPLIT_PER_JOB = old
        _same(split, plain)
        assert split_rejects == plain_rejects
        if stats:
            assert split.stats is not None
            size, mtime = _stats_of(split)
            assert split.stats.size.tolist() == size
            assert split.stats.mtime_ns.tolist() == mtime


def test_a_file_that_cannot_be_stat_ed_is_parsed_again(tmp_path: Path) -> None:
    sizes = discovery_mod._Sizes()
    sizes.add(str(tmp_path / "gone.txt"))
    assert list(sizes.size) == [-1] and list(sizes.mtime_ns) == [-1]


def test_update_with_split_listing_is_byte_identical_for_one_and_two_jobs(
        tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discovery_mod, "SPLIT_PER_JOB", 1)
    src = _nested(write_corpus(tmp_path / "src", files=12))
    for jobs, name in ((1, "one"), (2, "two")):
        policytrends.ingest([src], tmp_path / name, jobs=jobs)
    write_corpus(tmp_path / "src", files=20)  # new files, the old ones unchanged
    (src / "b" / "y" / "2" / "n.txt").write_text("A changed note.\n", encoding="utf-8")
    (src / "c" / "new").mkdir()
    (src / "c" / "new" / "n.txt").write_text("A new note.\n", encoding="utf-8")
    summaries = [policytrends.ingest([src], tmp_path / name, jobs=jobs)
                 for jobs, name in ((1, "one"), (2, "two"))]
    assert summaries[0].lines() == summaries[1].lines()
    assert summaries[0].files_parsed == 10
    assert store_bytes(tmp_path / "one") == store_bytes(tmp_path / "two")
