"""White House / State dev set (us_dev v1): labels written by reading, scored against floors.

Unlike the held-out sets, rules may be fixed from this set's misses (by category, each with
its own fixture test); its floors guard that no later change loses what was won.
"""

from __future__ import annotations

import json
from pathlib import Path

import evaluate
import pytest

US_DEV = Path(__file__).resolve().parent / "accuracy" / "us_dev"
LABELS = US_DEV / "us_dev_v1.jsonl"
FLOORS = US_DEV / "floors.json"
FIELDS = ("id", "source", "path", "item", "is_meeting", "date", "mode", "level", "parties",
          "reporting_country", "counterpart_countries", "participants", "location_country",
          "duration_min", "start_local", "themes", "countries_mentioned", "notes")


def test_labels_have_every_gold_field() -> None:
    rows = evaluate.load_gold(LABELS)
    assert [r["id"] for r in rows] == [f"usdev-{k:03d}" for k in range(1, 31)]
    for r in rows:
        assert set(r) == set(FIELDS), r["id"]
        assert (r["item"] is None) == (r["source"] == "whitehouse"), r["id"]


def test_floors_cover_the_gated_measures() -> None:
    floors = json.loads(FLOORS.read_text("utf-8"))
    for name in ("meeting_f1", "family_names_f1", "countries_f1", "theme_micro_f1",
                 *(f"field.{f}" for f in evaluate.FIELDS)):
        assert 0.5 <= floors[name] <= 1.0, name


def test_us_dev_records_are_neither_gold_nor_heldout(shared: Path) -> None:
    seen = evaluate.load_gold(shared / "gold")
    for name in ("heldout_v1.jsonl", "heldout_v2.jsonl"):
        seen += evaluate.load_gold(US_DEV.parent / "heldout" / name)
    paths = {g["path"] for g in seen if not g.get("item")}
    items = {g["item"] for g in seen if g.get("item")}
    for r in evaluate.load_gold(LABELS):
        assert r["path"] not in paths if r["item"] is None else r["item"] not in items, r["id"]
        assert (shared / r["path"]).is_file(), r["id"]


@pytest.mark.corpus
def test_us_dev_meets_floors(shared: Path, tmp_path: Path) -> None:
    failed = evaluate.floor_report(shared, LABELS, FLOORS, tmp_path)
    assert failed is None, failed
