"""Every selector of a White House / State label set still prints the records of its set.

A set is only as good as its draw: the selector beside it (plain python3, seeded, by file
name / RSS title) must print exactly the saved set's records, in id order, whatever sets
were added since (each names the label files its draw left out: ``draw_exclusions.py``).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import evaluate
import pytest

ACCURACY = Path(__file__).resolve().parent / "accuracy"
US_DEV = ACCURACY / "us_dev"
HELDOUT = ACCURACY / "heldout"
# (selector, its saved set)
DRAWS = ([(US_DEV / "select_us_dev.py", US_DEV / "us_dev_v1.jsonl")]
         + [(US_DEV / f"select_us_dev_v{k}.py", US_DEV / f"us_dev_v{k}.jsonl")
            for k in range(2, 9)]
         + [(HELDOUT / "select_heldout.py", HELDOUT / "heldout_v1.jsonl")]
         + [(HELDOUT / f"select_heldout_v{k}.py", HELDOUT / f"heldout_v{k}.jsonl")
            for k in range(2, 12)])


def picks(selector: Path, shared: Path) -> list[tuple]:
    """The selector's printed tuples, (id,) source, path, item, pool."""
    out = subprocess.run([sys.executable, str(selector), str(shared)], capture_output=True,
                         text=True, check=True, timeout=300)
    return [ast.literal_eval(line) for line in out.stdout.splitlines() if line.strip()]


@pytest.mark.corpus
@pytest.mark.parametrize(("selector", "labels"), DRAWS, ids=[s.stem for s, _ in DRAWS])
def test_selector_prints_its_saved_set(shared: Path, selector: Path, labels: Path) -> None:
    rows = picks(selector, shared)
    saved = evaluate.load_gold(labels)
    assert [(r[-3], r[-2]) for r in rows] == [(g["path"], g["item"]) for g in saved]
    if len(rows[0]) == 5:  # v1 of the held-out sets prints no ids
        assert [r[0] for r in rows] == [g["id"] for g in saved]


@pytest.mark.corpus
def test_a_later_set_does_not_change_a_draw(shared: Path, tmp_path: Path) -> None:
    """A set added after the draw, even one holding the draw's own records, changes nothing
    (a selector that left out every label file present would lose its picks)."""
    acc = tmp_path / "accuracy"
    for folder in ("us_dev", "heldout"):
        shutil.copytree(ACCURACY / folder, acc / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    for module in ("draw_exclusions.py", "corpus_halves.py"):
        shutil.copy(ACCURACY / module, acc / module)
    own = (US_DEV / "us_dev_v7.jsonl").read_text(encoding="utf-8")
    (acc / "us_dev" / "us_dev_v99.jsonl").write_text(own, encoding="utf-8")
    (acc / "heldout" / "heldout_v99.jsonl").write_text(own, encoding="utf-8")
    rows = picks(acc / "us_dev" / "select_us_dev_v7.py", shared)
    assert [(r[2], r[3]) for r in rows] == [
        (g["path"], g["item"]) for g in evaluate.load_gold(US_DEV / "us_dev_v7.jsonl")]
