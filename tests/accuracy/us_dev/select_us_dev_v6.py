"""Reproduce the seeded pick of the us_dev v6 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v6.py [SHARED]`` (default ``/work/shared``). Prints one tuple
``(id, source, path, item, pool)`` per pick, in id order.

v6 is a themes-weighted set: v4's procedure (its pools, patterns and the dev-half test are
imported from ``select_us_dev_v4.py``) with a new seed, readouts only (the theme measures
need meetings' text), and v4's own records left out as well. It was drawn on 2026-12-07
while us_dev v5 was being labelled by another helper: the pick excludes v1-v4 (the sets
that existed then: ``EXCLUDED``), and a picked record that v5 also holds is then left out (one, the
2022 U.S.-India 2+2 statement, labelled in both; v5 keeps it), so 19 records.
"""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_us_dev_v4 as v4  # noqa: E402

SEED = 20261214
# the sets left out (``../draw_exclusions.py``): those on main when v6 was drawn
EXCLUDED = ("heldout/heldout_v1.jsonl", "heldout/heldout_v2.jsonl", "us_dev/us_dev_v1.jsonl",
            "us_dev/us_dev_v2.jsonl", "us_dev/us_dev_v3.jsonl", "us_dev/us_dev_v4.jsonl")
POOLS = {"wh-leader": 8, "wh-minister": 4, "wh-multi": 2, "st-meet": 5, "st-multi": 1}


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    paths, items = v4.label_keys(shared, EXCLUDED)
    wh = v4.wh_files(shared, paths)
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if v4.MULTI.search(names[p])]
    leader = [p for p in wh if v4.LEADER.search(names[p]) and p not in multi]
    minister = [p for p in wh if v4.MINISTER.search(names[p]) and p not in multi]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "wh-leader")
            for p in v4.round_robin(rng, leader, POOLS["wh-leader"])]
    out += [("whitehouse", p, None, "wh-minister")
            for p in v4.round_robin(rng, minister, POOLS["wh-minister"])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    first, state = v4.state_items(shared, items)
    s_multi = [g for g in state if v4.multilateral_title(first[g][1])]
    s_meet = [g for g in state if g not in s_multi and v4.ST_MEET.search(first[g][1])
              and not v4.NOT_MEET.search(first[g][1])]
    for pool, guids in (("st-meet", s_meet), ("st-multi", s_multi)):
        out += [("state", first[g][0], g, pool + ": " + first[g][1])
                for g in rng.sample(guids, POOLS[pool])]
    here = os.path.dirname(os.path.abspath(__file__))
    v5 = [json.loads(line) for line in open(os.path.join(here, "us_dev_v5.jsonl"),
                                            encoding="utf-8") if line.strip()]
    in_v5 = {(d["path"], d["item"]) for d in v5}
    out = [row for row in out if (row[1], row[2]) not in in_v5]
    return [(f"usdev6-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
