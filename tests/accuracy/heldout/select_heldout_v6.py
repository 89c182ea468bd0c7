"""Reproduce the seeded pick of the held-out v6 records (plain python3, no policytrends).

Usage: ``python3 select_heldout_v6.py [SHARED] [ACCURACY_DIR]``
(defaults ``/work/shared`` and the ``tests/accuracy`` folder this script is in).
Prints one tuple ``(id, source, path, item, pool)`` per picked record, in id order.

v4's procedure (``select_heldout_v4.py``: blind half only, every earlier held-out and dev
set excluded, chosen by file name / RSS title) with a new seed, ``heldout_v4.jsonl`` and
``heldout_v5.jsonl`` excluded too, and a wider White House meeting pool: after v5, the blind
half holds only 11 files named like v4's pool (all 2023), so the pool is every blind
White House file whose name says it is a readout (foreign or domestic, as the corpus
mixes them), round-robin over the years; the text decides is_meeting.
"""

from __future__ import annotations

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_heldout_v4 import (  # noqa: E402
    ACCURACY,
    OTHER_FILE,
    blind_wh_files,
    drawn_rows,
    label_keys,
)

SEED = 20261211
N_WH_MEET, N_WH_OTHER, N_ST_MEET, N_ST_OTHER = 20, 7, 12, 6
# the sets left out besides the gold (``../draw_exclusions.py``): those on main at the draw
SETS = (*(f"heldout/heldout_v{k}.jsonl" for k in range(1, 6)),
        *(f"us_dev/us_dev_v{k}.jsonl" for k in range(1, 8)), "us_dev/us_dev_themes_l.jsonl")


def pick(shared: str, acc: str) -> list[tuple[str, ...]]:
    """The 45 (id, source, path, item, pool) picks, White House first."""
    return draw(shared, acc, SEED, SETS, (N_WH_MEET, N_WH_OTHER, N_ST_MEET, N_ST_OTHER),
                "heldout6")


def draw(shared: str, acc: str, seed: int, sets: tuple[str, ...],
         counts: tuple[int, int, int, int], prefix: str) -> list[tuple[str, ...]]:
    """This procedure's picks with `seed`, the label files `sets` left out and `counts`
    (White House readouts, other White House records, State meetings, other State items),
    ids ``<prefix>-NNN``."""
    seen_paths, seen_items = label_keys(shared, sets, acc)
    rng = random.Random(seed)
    wh = blind_wh_files(shared, seen_paths)
    meet = [p for p in wh if "readout" in os.path.basename(p)]
    other = [p for p in wh if "readout" not in os.path.basename(p)
             and OTHER_FILE.search(os.path.basename(p))]
    return drawn_rows(shared, seen_items, rng, meet, other, counts, prefix)

if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    ACC = sys.argv[2] if len(sys.argv) > 2 else ACCURACY
    for row in pick(SHARED, ACC):
        print(row)
