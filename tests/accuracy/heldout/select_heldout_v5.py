"""Reproduce the seeded pick of the held-out v5 records (plain python3, no policytrends).

Usage: ``python3 select_heldout_v5.py [SHARED] [ACCURACY_DIR]``
(defaults ``/work/shared`` and the ``tests/accuracy`` folder this script is in).
Prints one tuple ``(id, source, path, item, pool)`` per picked record, in id order.

v4's procedure (``select_heldout_v4.py``, blind half only, chosen by file name / RSS title)
with a new seed, and ``heldout/heldout_v4.jsonl`` excluded too.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_heldout_v4 import ACCURACY, pick  # noqa: E402

SEED = 20261209
# the sets left out besides the gold (``../draw_exclusions.py``): those on main at the draw
EXCLUDED = (*(f"heldout/heldout_v{k}.jsonl" for k in range(1, 5)),
            *(f"us_dev/us_dev_v{k}.jsonl" for k in range(1, 7)))

if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    ACC = sys.argv[2] if len(sys.argv) > 2 else ACCURACY
    for row in pick(SHARED, ACC, seed=SEED, earlier=EXCLUDED,
                    prefix="heldout5"):
        print(row)
