"""The taxonomy is a property of the store: recorded on ingest/retag, used by later plain
runs, another one refused; overlays add wordings to a shipped theme."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policytrends import cli, ingest, taxonomy, trends
from policytrends.retag import retag
from policytrends.store import Store
from policytrends.store_taxonomy import TaxonomyMismatchError, sha256

CHIPS = '[themes.chips]\nlabel = "Chips"\nparent = "economy_trade"\nwordings = ["wafer fab"]\n'
OTHER = '[themes.ports]\nlabel = "Ports"\nwordings = ["container port"]\n'


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _themes_of(store: Path, path: str) -> set[str]:
    s = Store(store)
    ids = {d["record_id"] for d in s.read_table("documents").to_pylist() if d["path"] == path}
    return {t["theme"] for t in s.read_table("topics").to_pylist() if t["record_id"] in ids}


def _info(store: Path) -> dict:
    cur = Store(store).current()
    assert cur is not None
    return json.loads((cur / "store.json").read_text(encoding="utf-8"))


def test_plain_ingest_after_ingest_taxonomy_uses_the_recorded_one(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", "Notes.\n\nThey toured a wafer fab near the port.\n")
    mine = _write(tmp_path / "conf" / "mine.toml", CHIPS)
    store = tmp_path / "store"
    ingest([src], store, jobs=1, taxonomy_file=str(mine))
    recorded = _info(store)["taxonomy"]
    assert recorded["file"] == str(mine.resolve())
    assert recorded["sha256"] == sha256(CHIPS) and recorded["text"] == CHIPS
    # the user's file goes away; the scheduled plain ingest still tags with its themes
    mine.unlink()
    _write(src / "b.txt", "Notes.\n\nA second wafer fab opened.\n")
    summary = ingest([src], store, jobs=1)
    assert "chips" in _themes_of(store, "b.txt")
    assert any("recorded in the store" in line for line in summary.lines())
    assert _info(store)["taxonomy"]["sha256"] == sha256(CHIPS)
    # the trend functions know the store's themes
    assert "chips" in trends.known_themes(store)


def test_ingest_with_another_taxonomy_is_refused(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", "Notes.\n\nThey toured a wafer fab.\n")
    mine = _write(tmp_path / "mine.toml", CHIPS)
    other = _write(tmp_path / "other.toml", OTHER)
    store = tmp_path / "store"
    ingest([src], store, jobs=1, taxonomy_file=str(mine))
    version = Store(store).current()
    _write(src / "b.txt", "Notes.\n\nA container port.\n")
    with pytest.raises(TaxonomyMismatchError, match="retag"):
        ingest([src], store, jobs=1, taxonomy_file=str(other))
    assert Store(store).current() == version
    code = cli.main(["ingest", str(src), "--store", str(store), "--taxonomy", str(other),
                     "--quiet"])
    assert code == cli.ExitCode.ERROR and "mix two in one store" in capsys.readouterr().err
    # the same content under another name is the same taxonomy
    same = _write(tmp_path / "copy.toml", CHIPS)
    ingest([src], store, jobs=1, taxonomy_file=str(same))
    assert "chips" not in _themes_of(store, "b.txt")  # (b has no wafer fab)
    # a store tagged with the shipped themes refuses a user file too
    plain = tmp_path / "plain"
    ingest([src], plain, jobs=1)
    with pytest.raises(TaxonomyMismatchError):
        ingest([src], plain, jobs=1, taxonomy_file=str(mine))


def test_retag_records_its_taxonomy_for_later_runs(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", "Notes.\n\nA container port and a wafer fab.\n")
    store = tmp_path / "store"
    ingest([src], store, jobs=1)
    other = _write(tmp_path / "other.toml", OTHER)
    retag(store, other)
    assert _info(store)["taxonomy"]["sha256"] == sha256(OTHER)
    _write(src / "b.txt", "Notes.\n\nAnother container port.\n")
    ingest([src], store, jobs=1)
    assert "ports" in _themes_of(store, "b.txt")
    retag(store)  # plain: the recorded taxonomy
    assert "ports" in _themes_of(store, "a.txt")
    retag(store, shipped_only=True)
    assert "ports" not in _themes_of(store, "a.txt")
    assert _info(store)["taxonomy"]["sha256"] is None


def test_overlay_adds_wordings_to_a_shipped_theme(tmp_path: Path) -> None:
    shipped = taxonomy.load().themes["north_korea"].wordings
    overlay = _write(tmp_path / "add.toml", '[themes.north_korea]\n'
                     'add_wordings = ["Hermit Kingdom", "' + shipped[0] + '"]\n')
    theme = taxonomy.load(overlay).themes["north_korea"]
    assert theme.wordings == (*shipped, "Hermit Kingdom")  # kept, appended once
    assert [m.theme for m in taxonomy.tag("They spoke of the Hermit Kingdom.", overlay)] == [
        "north_korea"]
    replaced = _write(tmp_path / "replace.toml",
                      '[themes.north_korea]\nwordings = ["Hermit Kingdom"]\n')
    assert taxonomy.load(replaced).themes["north_korea"].wordings == ("Hermit Kingdom",)


def test_themes_and_explain_show_the_store_taxonomy(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", "Notes.\n\nThey toured a wafer fab.\n")
    mine = _write(tmp_path / "mine.toml", CHIPS)
    store = tmp_path / "store"
    ingest([src], store, jobs=1, taxonomy_file=str(mine))
    mine.unlink()
    assert cli.main(["themes", "--store", str(store)]) == 0
    assert "chips" in capsys.readouterr().out
    record_id = Store(store).read_table("documents")["record_id"][0].as_py()
    assert cli.main(["explain", record_id, "--store", str(store), "--plain"]) == 0
    out = capsys.readouterr().out
    assert "chips (Chips)" in out and "not in the taxonomy in force" not in out


def test_changed_shipped_themes_are_warned_about_until_a_retag(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _write(src / "a.txt", "Notes.\n\nThey toured a wafer fab.\n")
    store = tmp_path / "store"
    ingest([src], store, jobs=1)
    # as if an older policytrends with other shipped themes had tagged the store
    cur = Store(store).current()
    assert cur is not None
    info = _info(store)
    info["taxonomy"]["shipped_sha256"] = "0" * 64
    (cur / "store.json").write_text(json.dumps(info), encoding="utf-8")
    _write(src / "b.txt", "Notes.\n\nMore notes.\n")
    warned = ingest([src], store, jobs=1).lines()
    assert any("shipped themes changed" in line for line in warned)
    assert _info(store)["taxonomy"]["shipped_sha256"] == "0" * 64  # kept until a retag
    retag(store)
    assert not any("shipped themes changed" in line for line in ingest([src], store).lines())
