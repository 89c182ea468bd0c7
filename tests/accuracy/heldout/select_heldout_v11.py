"""Reproduce the seeded pick of the held-out v11 records (plain python3, no policytrends).

Usage: ``python3 select_heldout_v11.py [SHARED] [ACCURACY_DIR]``
(defaults ``/work/shared`` and the ``tests/accuracy`` folder this script is in).
Prints one tuple ``(id, source, path, item, pool)`` per picked record, in id order.

v6's procedure (``select_heldout_v6.draw``: blind half only, every blind White House file
whose name says it is a readout in the meeting pool, round-robin over the years) with a new
seed and every set on main at the draw left out: held-out v1-v10, us_dev v1-v10 and the four
us_dev themes sets.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_heldout_v4 import ACCURACY  # noqa: E402
from select_heldout_v6 import draw  # noqa: E402

SEED = 20261208
COUNTS = (22, 6, 10, 5)  # White House readouts, other White House, State meetings, other State
SETS = (*(f"heldout/heldout_v{k}.jsonl" for k in range(1, 11)),
        *(f"us_dev/us_dev_v{k}.jsonl" for k in range(1, 11)),
        *(f"us_dev/us_dev_themes_{k}.jsonl" for k in "lmno"))


def pick(shared: str, acc: str) -> list[tuple[str, ...]]:
    """The 43 (id, source, path, item, pool) picks, White House first."""
    return draw(shared, acc, SEED, SETS, COUNTS, "heldout11")


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    ACC = sys.argv[2] if len(sys.argv) > 2 else ACCURACY
    for row in pick(SHARED, ACC):
        print(row)
