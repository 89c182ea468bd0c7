"""Held-out accuracy check: labels written blind, never used to tune the extractor."""

from __future__ import annotations

import json
from pathlib import Path

import evaluate
import pytest

HELDOUT = Path(__file__).resolve().parent / "accuracy" / "heldout"
LABELS = HELDOUT / "heldout_v1.jsonl"
FLOORS = HELDOUT / "floors.json"
FIELDS = ("id", "source", "path", "item", "is_meeting", "date", "mode", "level", "parties",
          "reporting_country", "counterpart_countries", "participants", "location_country",
          "duration_min", "start_local", "themes", "countries_mentioned", "notes")


def test_labels_have_every_gold_field() -> None:
    rows = evaluate.load_gold(LABELS)
    assert len(rows) == 30
    assert [r["id"] for r in rows] == [f"heldout-{n:03d}" for n in range(1, 31)]
    for r in rows:
        assert set(r) == set(FIELDS), r["id"]
        assert (r["item"] is None) == (r["source"] == "whitehouse"), r["id"]


def test_floors_cover_the_gated_measures() -> None:
    floors = json.loads(FLOORS.read_text("utf-8"))
    for name in ("meeting_f1", "family_names_f1", "countries_f1", "theme_micro_f1",
                 *(f"field.{f}" for f in evaluate.FIELDS)):
        assert 0.5 <= floors[name] <= 1.0, name


def test_heldout_records_are_not_dev_records(shared: Path) -> None:
    dev = evaluate.load_gold(shared / "gold")
    seen = {(g["path"], g.get("item")) for g in dev}
    dev_items = {g["item"] for g in dev if g.get("item")}
    for r in evaluate.load_gold(LABELS):
        assert (r["path"], r["item"]) not in seen, r["id"]
        assert r["item"] not in dev_items, r["id"]
        assert (shared / r["path"]).is_file(), r["id"]


@pytest.mark.corpus
def test_heldout_meets_floors(shared: Path, tmp_path: Path) -> None:
    gold = evaluate.load_gold(LABELS)
    store = evaluate.build_store(shared, gold, tmp_path)
    scores = evaluate.score(evaluate.read_tables(store), gold)
    assert not scores.missing, f"labelled records with no documents row: {scores.missing}"
    failures = evaluate.check_floors(scores, json.loads(FLOORS.read_text("utf-8")))
    report = evaluate.format_report(scores, show_misses=True)
    assert not failures, "\n" + report + "\n" + "\n".join(failures)


@pytest.mark.corpus
def test_cli_scores_another_gold_file(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = evaluate.main(["--shared", str(shared), "--gold", str(LABELS),
                          "--floors", str(FLOORS)])
    out = capsys.readouterr().out
    assert "records scored: 30 " in out
    assert code == 0, out
