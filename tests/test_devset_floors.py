"""The dev sets of real pages keep their per-set floors, where their texts are cached.

The texts of real pages are never committed (`tests/accuracy/devsets/README.md`); a
checkout that holds them in `.pagecache/` scores every set here against
`tests/accuracy/devset_floors.json`: the files of `devsets/` by their stem, and the sets
that were blind when labelled (`fresh/` .. `freshN/`, dev sets once scored) as `freshN/stem`.
A set whose floors were pinned while some of its texts were not cached names the rows they
were measured on (`_rows`), and only those rows are scored. Without the cache (a fresh
clone, CI) the sets cannot be scored and the test says so by skipping; the fixtures written
in our own words guard the same layouts there.
"""

from __future__ import annotations

import json
from pathlib import Path

import devset_scores as devsets
import evaluate
import pytest
from repo_paths import ROOT

ACCURACY = ROOT / "tests" / "accuracy"
DEVSETS = ACCURACY / "devsets"
FRESH = sorted(p for p in ACCURACY.glob("fresh*") if p.is_dir())
FLOORS = json.loads((ACCURACY / "devset_floors.json").read_text("utf-8"))
PAGES = ROOT / ".pagecache"
SETS = {d.name: d for d in devsets.load_devsets([DEVSETS])}
SETS |= {f"{folder.name}/{d.name}": d for folder in FRESH
         for d in devsets.load_devsets([folder])}


def test_every_dev_set_has_floors() -> None:
    assert sorted(SETS) == sorted(k for k in FLOORS if not k.startswith("_"))


def test_pinned_rows_are_rows_of_their_set() -> None:
    for name, floors in FLOORS.items():
        if not name.startswith("_") and "_rows" in floors:
            ids = {r["id"] for r in SETS[name].rows}
            assert floors["_rows"] and set(floors["_rows"]) <= ids, name


def _pinned(name: str) -> devsets.DevSet:
    """The set as its floors were measured: every row, or the rows named in ``_rows``."""
    dev = SETS[name]
    rows = FLOORS[name].get("_rows")
    if rows is None:
        return dev
    return devsets.DevSet(dev.name, dev.path, [r for r in dev.rows if r["id"] in set(rows)])


@pytest.mark.parametrize("name", sorted(SETS))
def test_dev_set_meets_its_floors(name: str, tmp_path: Path) -> None:
    dev = _pinned(name)
    cached = [r for r in dev.rows if (PAGES / f"{r['sha256']}.txt").is_file()]
    if len(cached) < len(dev.rows):
        pytest.skip(f"{name}: {len(dev.rows) - len(cached)} of {len(dev.rows)} texts are not "
                    f"in {PAGES} (real pages' texts are never committed)")
    result = devsets.score_set(dev, PAGES)
    assert not result.skipped, result.skipped
    assert result.scores is not None
    assert evaluate.check_floors(result.scores, FLOORS[name]) == []
