"""Themes of real records against the gold labels (needs ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

from policytrends.pipeline import process_file


def gold_rows(shared: Path) -> list[dict]:
    rows = []
    for f in sorted((shared / "gold").glob("dev_*.jsonl")):
        rows += [json.loads(line) for line in f.read_text("utf-8").splitlines() if line.strip()]
    return rows


def test_seed_page_gets_exactly_its_gold_themes(shared: Path) -> None:
    gold = next(g for g in gold_rows(shared) if g["source"] == "seed")
    result = process_file(shared / gold["path"], Path(gold["path"]).name)
    assert len(result.tables["documents"]) == 1
    assert {t["theme"] for t in result.tables["topics"]} == set(gold["themes"])
    text = result.tables["documents"][0]["text"]
    for m in result.tables["mentions"]:
        assert text[m["start"]:m["end"]] == m["matched"]


def test_gold_micro_f1_of_the_white_house_records(shared: Path) -> None:
    """A fast check on one source (the full gate lives in tests/accuracy/evaluate.py)."""
    tp = fp = fn = 0
    for g in gold_rows(shared):
        if g["source"] != "whitehouse":
            continue
        result = process_file(shared / g["path"], g["path"])
        found = {t["theme"] for t in result.tables["topics"]}
        want = set(g["themes"])
        tp, fp, fn = tp + len(found & want), fp + len(found - want), fn + len(want - found)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.90, f"white house theme micro F1 {f1:.3f}"
