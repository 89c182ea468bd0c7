"""Reproduce the seeded pick of the us_dev v3 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v3.py [SHARED]`` (default ``/work/shared``). Prints one tuple
``(id, source, path, item, pool)`` per pick, in id order.

v2's pools (``select_us_dev_v2.py``) with a new seed and counts, leaving out the gold, the
held-out sets, v1 and v2: labelled after the rules fixed from v1 and v2, to check them.
"""

from __future__ import annotations

import os
import sys

import select_us_dev as v1
import select_us_dev_v2 as v2

SEED = 20261209
POOLS = {"wh-leader": 7, "wh-official": 4, "wh-org": 2, "wh-multi": 2, "st-meet": 5,
         "st-other": 1}


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    seen = v1.pick(shared) + v2.pick(shared)
    return v2.pick_more(shared, seen, SEED, POOLS, "usdev3-")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
