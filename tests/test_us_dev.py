"""White House / State dev sets (us_dev v1-v10, themes_l, themes_m, themes_n): labels written
by reading, scored against floors.

Unlike the held-out sets, rules may be fixed from this set's misses (by category, each with
its own fixture test); its floors guard that no later change loses what was won.
"""

from __future__ import annotations

from pathlib import Path

import evaluate
from label_sets import label_set_tests

US_DEV = Path(__file__).resolve().parent / "accuracy" / "us_dev"
LABELS = US_DEV / "us_dev_v1.jsonl"
FLOORS = US_DEV / "floors.json"
# (labels, floors, how many rows, id prefix)
SETS = [(LABELS, FLOORS, 30, "usdev-"),
        (US_DEV / "us_dev_v2.jsonl", US_DEV / "floors_v2.json", 26, "usdev2-"),
        (US_DEV / "us_dev_v3.jsonl", US_DEV / "floors_v3.json", 21, "usdev3-"),
        (US_DEV / "us_dev_v4.jsonl", US_DEV / "floors_v4.json", 35, "usdev4-"),
        (US_DEV / "us_dev_v5.jsonl", US_DEV / "floors_v5.json", 40, "usdev5-"),
        (US_DEV / "us_dev_v6.jsonl", US_DEV / "floors_v6.json", 19, "usdev6-"),
        (US_DEV / "us_dev_v7.jsonl", US_DEV / "floors_v7.json", 30, "usdev7-"),
        (US_DEV / "us_dev_v8.jsonl", US_DEV / "floors_v8.json", 25, "usdev8-"),
        (US_DEV / "us_dev_v9.jsonl", US_DEV / "floors_v9.json", 20, "usdev9-"),
        (US_DEV / "us_dev_v10.jsonl", US_DEV / "floors_v10.json", 20, "usdev10-"),
        (US_DEV / "us_dev_themes_l.jsonl", US_DEV / "floors_themes_l.json", 5, "usdevtl-"),
        (US_DEV / "us_dev_themes_m.jsonl", US_DEV / "floors_themes_m.json", 6, "usdevtm-"),
        (US_DEV / "us_dev_themes_n.jsonl", US_DEV / "floors_themes_n.json", 8, "usdevtn-"),
        (US_DEV / "us_dev_themes_o.jsonl", US_DEV / "floors_themes_o.json", 8, "usdevto-")]
SET_IDS = ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "themes_l", "themes_m",
           "themes_n", "themes_o"]

(test_labels_have_every_gold_field, test_floors_cover_the_gated_measures,
 test_us_dev_meets_floors) = label_set_tests(SETS, SET_IDS)


def test_us_dev_records_are_neither_gold_nor_heldout(shared: Path) -> None:
    seen = evaluate.load_gold(shared / "gold")
    for name in ("heldout_v1.jsonl", "heldout_v2.jsonl"):
        seen += evaluate.load_gold(US_DEV.parent / "heldout" / name)
    paths = {g["path"] for g in seen if not g.get("item")}
    items = {g["item"] for g in seen if g.get("item")}
    rows = [r for labels, *_ in SETS for r in evaluate.load_gold(labels)]
    refs = [r["item"] or r["path"] for r in rows]
    assert len(set(refs)) == len(refs)  # no record in two sets
    for r in rows:
        assert r["path"] not in paths if r["item"] is None else r["item"] not in items, r["id"]
        assert (shared / r["path"]).is_file(), r["id"]
