"""`retag`: topics and mentions recomputed from stored text as a new store version."""

from __future__ import annotations

from pathlib import Path

import pytest

from policytrends import ingest
from policytrends.cli import main
from policytrends.errors import StoreError, TaxonomyError
from policytrends.retag import retag
from policytrends.store import Store

FIRST = ("Minutes of a talk between two delegations.\n\n"
         "The delegations discussed the North Korean ballistic missile launch and agreed to "
         "keep the Indo-Pacific free and open.\n")
SECOND = "Notes on a call.\n\nThe officials discussed semiconductor supply chains and Taiwan.\n"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "first.txt").write_text(FIRST, encoding="utf-8")
    (src / "second.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "store"
    ingest([src], out, jobs=1)
    return out


def table(store: Path, name: str) -> list[dict]:
    return Store(store).read_table(name).to_pylist()


def topics_by_path(store: Path) -> dict[str, dict[str, int]]:
    paths = {d["record_id"]: d["path"] for d in table(store, "documents")}
    out: dict[str, dict[str, int]] = {}
    for row in table(store, "topics"):
        out.setdefault(paths[row["record_id"]], {})[row["theme"]] = row["mentions"]
    return out


def test_retag_with_a_user_taxonomy_adds_its_theme(store: Path, tmp_path: Path) -> None:
    before = topics_by_path(store)
    assert before["second.txt"] == {"economy_trade": 2, "taiwan": 1}
    version = Store(store).current()
    docs_before = table(store, "documents")

    mine = tmp_path / "mine.toml"
    mine.write_text('[themes.chips]\nparent = "economy_trade"\nwordings = ["semiconductor"]\n',
                    encoding="utf-8")
    summary = retag(store, mine)
    assert summary.records == 2
    after = topics_by_path(store)
    # "semiconductor" is a wording of both: the passage counts once for economy_trade
    assert after["second.txt"] == {"chips": 1, "economy_trade": 2, "taiwan": 1}
    assert after["first.txt"] == before["first.txt"]
    assert Store(store).current() != version  # a new version was committed
    assert table(store, "documents") == docs_before  # other tables carried over

    docs = {d["record_id"]: d["text"] for d in table(store, "documents")}
    for m in table(store, "mentions"):
        assert docs[m["record_id"]][m["start"]:m["end"]] == m["matched"]

    retag(store, shipped_only=True)  # back to the shipped taxonomy (plain: the recorded one)
    assert topics_by_path(store) == before


def test_parent_rows_and_counts_in_topics(store: Path) -> None:
    first = topics_by_path(store)["first.txt"]
    assert first == {"north_korea": 2, "nk_nuclear_missile": 1, "indo_pacific": 1}


def test_bad_taxonomy_leaves_the_store_untouched(store: Path, tmp_path: Path) -> None:
    version = Store(store).current()
    bad = tmp_path / "bad.toml"
    bad.write_text('[themes.x]\nparent = "nowhere"\nwordings = ["x"]\n', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="nowhere"):
        retag(store, bad)
    assert Store(store).current() == version
    assert main(["retag", "--store", str(store), "--taxonomy", str(bad)]) == 3


def test_retag_needs_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        retag(tmp_path / "nothing")


def test_retag_command(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["retag", "--store", str(store)]) == 0
    assert "retagged 2 records" in capsys.readouterr().out
