"""The dev sets of real pages keep their per-set floors, where their texts are cached.

The texts of real pages are never committed (`tests/accuracy/devsets/README.md`); a
checkout that holds them in `.pagecache/` scores every set here against
`tests/accuracy/devset_floors.json`. Without the cache (a fresh clone, CI) the sets cannot be
scored and the test says so by skipping; the fixtures written in our own words guard the
same layouts there.
"""

from __future__ import annotations

import json
from pathlib import Path

import devset_scores as devsets
import evaluate
import pytest
from repo_paths import ROOT

DEVSETS = ROOT / "tests" / "accuracy" / "devsets"
FLOORS = json.loads((ROOT / "tests" / "accuracy" / "devset_floors.json").read_text("utf-8"))
PAGES = ROOT / ".pagecache"
SETS = {d.name: d for d in devsets.load_devsets([DEVSETS])}


def test_every_dev_set_has_floors() -> None:
    assert sorted(SETS) == sorted(k for k in FLOORS if not k.startswith("_"))


@pytest.mark.parametrize("name", sorted(SETS))
def test_dev_set_meets_its_floors(name: str, tmp_path: Path) -> None:
    dev = SETS[name]
    cached = [r for r in dev.rows if (PAGES / f"{r['sha256']}.txt").is_file()]
    if len(cached) < len(dev.rows):
        pytest.skip(f"{name}: {len(dev.rows) - len(cached)} of {len(dev.rows)} texts are not "
                    f"in {PAGES} (real pages' texts are never committed)")
    result = devsets.score_set(dev, PAGES)
    assert not result.skipped, result.skipped
    assert result.scores is not None
    assert evaluate.check_floors(result.scores, FLOORS[name]) == []
