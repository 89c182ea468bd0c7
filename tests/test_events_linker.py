"""Events of a new store are linked from the records read while ingest's batches arrive
(`events.Linker`): the same tables `events.derive` gives from the committed version, and
`derive` itself whenever the version holds records the linker did not see."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from policytrends import events, store
from policytrends.events import Linker
from policytrends.ingest import ingest
from policytrends.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "events"
LINKED = ("events", "event_records")


def _stored(root: Path) -> dict[str, list[dict]]:
    s = Store(root)
    return {name: s.read_table(name).to_pylist() for name in LINKED}


def _derived(root: Path) -> dict[str, list[dict]]:
    current = Store(root).current()
    assert current is not None
    tables = events.derive(current, None)
    assert tables is not None
    return {name: tables[name].to_pylist() for name in LINKED}


def _corpus(tmp_path: Path) -> Path:
    """The events fixtures, twice (the copies' records are duplicates of the first)."""
    src = tmp_path / "src"
    shutil.copytree(FIXTURES, src / "a")
    shutil.copytree(FIXTURES, src / "b")
    return src


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(("part_records", "chunk"), [(2, 1), (store.PART_RECORDS,
                                                              events.LINKER_CHUNK)])
def test_a_new_stores_events_are_linked_without_reading_it_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, part_records: int,
        chunk: int) -> None:
    src = _corpus(tmp_path)
    monkeypatch.setattr(store, "PART_RECORDS", part_records)  # parts of a few records
    monkeypatch.setattr(events, "LINKER_CHUNK", chunk)  # records read batch by batch
    read_back: list[Path] = []
    plain = events.derive
    monkeypatch.setattr(events, "derive", lambda work, previous: read_back.append(work)
                        or plain(work, previous))
    ingest([src], tmp_path / "s", jobs=jobs)
    assert read_back == []
    monkeypatch.setattr(events, "derive", plain)
    linked = _stored(tmp_path / "s")
    assert len(linked["events"]) >= 4
    assert linked == _derived(tmp_path / "s")


def test_a_store_with_earlier_records_is_linked_from_its_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _corpus(tmp_path)
    shutil.move(src / "b", tmp_path / "later")
    ingest([src], tmp_path / "s", jobs=1)
    shutil.move(tmp_path / "later", src / "b")
    read_back: list[Path] = []
    plain = events.derive
    monkeypatch.setattr(events, "derive", lambda work, previous: read_back.append(work)
                        or plain(work, previous))
    ingest([src], tmp_path / "s", jobs=1)
    assert len(read_back) == 1
    assert len(_stored(tmp_path / "s")["events"]) >= 4


def _tables(root: Path) -> tuple[pa.Table, pa.Table, pa.Table]:
    s = Store(root)
    return (s.read_table("documents"), s.read_table("meetings"),
            s.read_table("counterparts"))


@pytest.mark.parametrize("seen", ["some", "twice", "dropped"])
def test_a_linker_that_did_not_see_exactly_the_versions_records_reads_it(
        tmp_path: Path, seen: str) -> None:
    ingest([_corpus(tmp_path)], tmp_path / "s", jobs=1)
    current = Store(tmp_path / "s").current()
    assert current is not None
    docs, meetings, people = _tables(tmp_path / "s")
    linker = Linker()
    if seen == "some":  # records of the version missing from what the linker saw
        linker.add(docs.slice(0, docs.num_rows // 2), meetings, people)
    else:
        linker.add(docs, meetings, people)
        if seen == "twice":
            linker.add(docs.slice(0, 1), meetings, people)
        else:
            linker.drop()
    tables = linker.derive(current, None)
    assert tables is not None
    assert {name: tables[name].to_pylist() for name in LINKED} == _derived(tmp_path / "s")


def test_duplicates_of_duplicates_are_grouped_in_the_stores_order(tmp_path: Path) -> None:
    """`link` adds a duplicate to its original's event in the records' order: when one
    repeats another duplicate, the linker groups the records in the store's order."""
    ingest([_corpus(tmp_path)], tmp_path / "s", jobs=1)
    current = Store(tmp_path / "s").current()
    assert current is not None
    docs, meetings, people = _tables(tmp_path / "s")
    ids = docs["record_id"].to_pylist()
    at = docs.schema.get_field_index("duplicate_of")
    chained = docs.set_column(at, docs.schema.field(at), pa.array([None, *ids[:-1]]))
    expected = events.link_tables(chained, meetings, people)
    assert expected["event_records"].num_rows > 1
    linker = Linker()
    linker.add(chained.take(pa.array(range(len(ids) - 1, -1, -1))), meetings, people)
    linker.start()
    tables = linker.derive(current, None)
    assert tables is not None
    assert {name: tables[name].to_pylist() for name in LINKED} == {
        name: expected[name].to_pylist() for name in LINKED}
