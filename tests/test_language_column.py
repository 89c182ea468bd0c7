"""documents.language for every record, and stores written before the column existed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from policytrends import load
from policytrends.ingest import ingest
from policytrends.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(FIXTURES / "mofa_ja" / "telephone_heisei.txt", src / "ja.txt")
    english = next((FIXTURES / "mofa").glob("courtesy_call.txt"))
    shutil.copy(english, src / "en.txt")
    return src


def _languages(store: Path) -> dict[str, str]:
    docs = load(store).documents
    return dict(zip(docs["path"], docs["language"], strict=True))


def test_every_record_has_its_language(tmp_path: Path) -> None:
    src = _inputs(tmp_path)
    ingest([src], tmp_path / "store", jobs=1)
    assert _languages(tmp_path / "store") == {"en.txt": "en", "ja.txt": "ja"}


def test_a_version_1_store_loads_and_is_upgraded_by_the_next_run(tmp_path: Path) -> None:
    src = _inputs(tmp_path)
    store = tmp_path / "store"
    ingest([src], store, jobs=1)
    # make it what schema version 1 wrote: no language column, version "1"
    cur = Store(store).current()
    assert cur is not None
    for part in (cur / "documents").glob("*.parquet"):
        table = pq.read_table(part)
        old = table.drop_columns(["language"])
        old = old.replace_schema_metadata({b"policytrends.schema_version": b"1"})
        part.unlink()  # (a hard link shared with no other version here)
        pq.write_table(old, part)
    info = json.loads((cur / "store.json").read_text())
    (cur / "store.json").write_text(json.dumps({**info, "schema_version": "1"}))
    # read: the language comes from the text
    assert _languages(store) == {"en.txt": "en", "ja.txt": "ja"}
    assert Store(store).read_table("documents", ["record_id", "language"]).column(
        "language").to_pylist().count("ja") == 1
    # a run that adds a file carries the old part over with the column added
    shutil.copy(FIXTURES / "mofa_ja" / "video_trilateral.txt", src / "ja2.txt")
    ingest([src], store, jobs=1)
    new = Store(store).current()
    assert new is not None
    for part in (new / "documents").glob("*.parquet"):
        assert "language" in pq.read_schema(part).names
    assert _languages(store) == {"en.txt": "en", "ja.txt": "ja", "ja2.txt": "ja"}


def test_trends_split_a_version_1_store_by_language_with_both_engines(tmp_path: Path) -> None:
    from policytrends import trends

    src = _inputs(tmp_path)
    store = tmp_path / "store"
    ingest([src], store, jobs=1)
    cur = Store(store).current()
    assert cur is not None
    for part in (cur / "documents").glob("*.parquet"):  # as version 1 wrote them
        old = pq.read_table(part).drop_columns(["language"])
        old = old.replace_schema_metadata({b"policytrends.schema_version": b"1"})
        part.unlink()
        pq.write_table(old, part)
    for engine in ("pandas", "duckdb"):
        df = trends.theme_frequency(store, "alliance_security", period="year", by="language",
                                    engine=engine)
        assert set(df["language"]) == {"en", "ja"}, engine
