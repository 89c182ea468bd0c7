"""Held-out accuracy check: labels written blind, never used to tune the extractor."""

from __future__ import annotations

from pathlib import Path

import evaluate
import pytest
from label_sets import label_set_tests

HELDOUT = Path(__file__).resolve().parent / "accuracy" / "heldout"
LABELS = HELDOUT / "heldout_v1.jsonl"
FLOORS = HELDOUT / "floors.json"
# (labels, floors, how many rows, id prefix): v1 (2026-11-26), v2 (2026-12-06), v3, v4,
# v5, v6, v7, v8, v9, v10 and v11 (2026-12-07), each blind when it was labelled.
SETS = [(LABELS, FLOORS, 30, "heldout-"),
        (HELDOUT / "heldout_v2.jsonl", HELDOUT / "floors_v2.json", 45, "heldout2-"),
        (HELDOUT / "heldout_v3.jsonl", HELDOUT / "floors_v3.json", 45, "heldout3-"),
        (HELDOUT / "heldout_v4.jsonl", HELDOUT / "floors_v4.json", 45, "heldout4-"),
        (HELDOUT / "heldout_v5.jsonl", HELDOUT / "floors_v5.json", 45, "heldout5-"),
        (HELDOUT / "heldout_v6.jsonl", HELDOUT / "floors_v6.json", 45, "heldout6-"),
        (HELDOUT / "heldout_v7.jsonl", HELDOUT / "floors_v7.json", 43, "heldout7-"),
        (HELDOUT / "heldout_v8.jsonl", HELDOUT / "floors_v8.json", 43, "heldout8-"),
        (HELDOUT / "heldout_v9.jsonl", HELDOUT / "floors_v9.json", 43, "heldout9-"),
        (HELDOUT / "heldout_v10.jsonl", HELDOUT / "floors_v10.json", 43, "heldout10-"),
        (HELDOUT / "heldout_v11.jsonl", HELDOUT / "floors_v11.json", 36, "heldout11-")]
SET_IDS = ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11"]

(test_labels_have_every_gold_field, test_floors_cover_the_gated_measures,
 test_heldout_meets_floors) = label_set_tests(SETS, SET_IDS)


def test_heldout_records_are_not_dev_records(shared: Path) -> None:
    dev = evaluate.load_gold(shared / "gold")
    seen = {(g["path"], g.get("item")) for g in dev}
    dev_items = {g["item"] for g in dev if g.get("item")}
    sets = [evaluate.load_gold(labels) for labels, *_ in SETS]
    us_dev = [r for f in sorted((HELDOUT.parent / "us_dev").glob("us_dev_v*.jsonl"))
              for r in evaluate.load_gold(f)]
    for k, later in enumerate(sets):
        for earlier in [*sets[:k], us_dev]:
            assert not {r["path"] for r in later if r["item"] is None} & {
                r["path"] for r in earlier if r["item"] is None}
            assert not {r["item"] for r in later if r["item"]} & {
                r["item"] for r in earlier if r["item"]}
    for r in [r for rows in sets for r in rows]:
        assert (r["path"], r["item"]) not in seen, r["id"]
        assert r["item"] not in dev_items, r["id"]
        assert (shared / r["path"]).is_file(), r["id"]


@pytest.mark.corpus
def test_cli_scores_another_gold_file(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = evaluate.main(["--shared", str(shared), "--gold", str(LABELS),
                          "--floors", str(FLOORS)])
    out = capsys.readouterr().out
    assert "records scored: 30 " in out
    assert code == 0, out
