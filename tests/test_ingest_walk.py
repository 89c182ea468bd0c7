"""One SRC folder into a new store: files are parsed while the folder is listed, in the
order discover() sorts them into, and the store is the one the list-first path writes."""

from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path

import pytest
from folder_trees import NAMES, TREES, make_tree, odd_entries
from hypothesis import given, settings
from hypothesis import strategies as st
from mixed_corpus import write_corpus
from store_checks import store_bytes

import policytrends
from policytrends import discovery as discovery_mod

ingest_mod = importlib.import_module("policytrends.ingest")


def test_found_while_parsed_gives_the_store_of_listing_first(
        tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_corpus(tmp_path / "src")
    odd_entries(src)
    empty = tmp_path / "empty"
    empty.mkdir()
    listed = []
    real = ingest_mod.Discovery
    monkeypatch.setattr(ingest_mod, "Discovery",
                        lambda *a, **k: listed.append(1) or real(*a, **k))

    totals: list[int] = []
    done: list[int] = []
    walked = policytrends.ingest([src], tmp_path / "walk", jobs=1, on_total=totals.append,
                                 progress=done.append)
    assert not listed, "one folder into a new store is parsed while it is listed"
    walked2 = policytrends.ingest([src], tmp_path / "walk2", jobs=2)
    first = policytrends.ingest([src, empty], tmp_path / "first", jobs=2)
    assert listed == [1]
    assert walked.lines() == walked2.lines() == first.lines()
    assert totals == [walked.files_found - sum(walked.rejects.values())] == [len(done)]
    one, two, three = (store_bytes(tmp_path / n) for n in ("walk", "walk2", "first"))
    assert one.keys() == two.keys() == three.keys()
    for name in one:
        assert one[name] == two[name] == three[name], name
    rejects = policytrends.load(tmp_path / "walk").rejects
    assert set(rejects["reason"]) == {"hidden", "symlink", "not_regular_file"}
    assert len(rejects) == 5


def _plain_order(src: str) -> list[str]:
    """The plain definition: every file's path under `src` (os.walk), sorted."""
    out = []
    for folder, _, names in os.walk(src):
        under = os.path.relpath(folder, src)
        out += [name if under == "." else f"{under}/{name}" for name in names]
    return sorted(out)


@settings(max_examples=60, deadline=None)
@given(tree=st.dictionaries(NAMES, TREES, max_size=5))
def test_files_come_in_rel_order(tree: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        make_tree(Path(tmp), tree)
        runs = list(discovery_mod._in_rel_order(tmp, None))
        assert not any(run.rejects or run.unders for run in runs)
        assert [rel for run in runs for rel in run.rels] == _plain_order(tmp)
