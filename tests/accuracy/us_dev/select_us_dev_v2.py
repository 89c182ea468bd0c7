"""Reproduce the seeded pick of the us_dev v2 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v2.py [SHARED]`` (default ``/work/shared``). Prints one tuple
``(id, source, path, item, pool)`` per pick, in id order.

v1's procedure (``select_us_dev.py``: file names / RSS titles only, ``random.Random``)
with a new seed, excluding the gold, the held-out sets **and us_dev v1**, and pools that
weigh the categories v1 had few of: heads of organisations (UN, EU, NATO, ...), officials
below the President (Vice President, advisers, envoys) and calls with several parties.
"""

from __future__ import annotations

import os
import random
import re
import sys

import select_us_dev as v1

SEED = 20261208
POOLS = {"wh-leader": 6, "wh-official": 5, "wh-org": 4, "wh-multi": 4, "st-meet": 6,
         "st-other": 1}
ORG = re.compile(r"readout-of.*(call|meeting)-with-.*(secretary-general|european-commission"
                 r"|european-council|nato|world-bank|imf|director-general|high-representative"
                 r"|african-union|von-der-leyen|charles-michel|guterres|stoltenberg|rutte)")


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    return pick_more(shared, v1.pick(shared), SEED, POOLS, "usdev2-")


def pick_more(shared: str, seen: list[tuple[str, str, str, str | None, str]],
              seed: int, pools: dict[str, int], prefix: str
              ) -> list[tuple[str, str, str, str | None, str]]:
    """Picks by these pools (`POOLS`' keys) and seed, leaving out the excluded records and
    the earlier picks `seen`; ids `prefix` + a number."""
    seen_paths = {p for _, _, p, item, _ in seen if item is None}
    seen_items = {item for _, _, _, item, _ in seen if item}
    rng = random.Random(seed)
    wh = v1.candidates_wh(shared, seen_paths)
    names = {p: os.path.basename(p) for p in wh}
    org = [p for p in wh if ORG.search(names[p])]
    multi = [p for p in wh if v1.MULTI.search(names[p]) and p not in org]
    leader = [p for p in wh if v1.LEADER.search(names[p]) and p not in multi and p not in org]
    official = [p for p in wh if v1.OFFICIAL.search(names[p]) and p not in multi
                and p not in org]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "wh-leader")
            for p in v1.round_robin(rng, leader, pools["wh-leader"])]
    out += [("whitehouse", p, None, "wh-official")
            for p in v1.round_robin(rng, official, pools["wh-official"])]
    out += [("whitehouse", p, None, "wh-org") for p in rng.sample(org, pools["wh-org"])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, pools["wh-multi"])]
    first, s_meet, s_other = v1.candidates_state(shared, seen_items)
    out += [("state", first[g][0], g, "st-meet: " + first[g][1])
            for g in rng.sample(s_meet, pools["st-meet"])]
    out += [("state", first[g][0], g, "st-other: " + first[g][1])
            for g in rng.sample(s_other, pools["st-other"])]
    return [(f"{prefix}{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
