"""Reproduce the seeded pick of the us_dev v8 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v8.py [SHARED]`` (default ``/work/shared``). Prints one tuple
``(id, source, path, item, pool)`` per pick, in id order.

v7's procedure (the dev-half test and the label files' records from ``select_us_dev_v4.py``;
left out: v7's ``EXCLUDED`` and the sets added before this draw, us_dev v7 and the themes
set ``us_dev_themes_l``; the lead's lists then held besides only blind-half records) with a new
seed and pools weighted to what the blind White House pool now holds: about 8 foreign
readouts (the Vice President, the National Security Advisor, a Deputy Secretary, two
naming several parties: no dev-half State item whose title says a multilateral meeting is
left), about 8 DOMESTIC readouts (task forces, governors, mayors, state legislators,
roundtables, members of Congress) and 9 records that are not readouts by their name
(White House statements, joint statements and remarks; other State items). Chosen by file
name / RSS title only.
"""

from __future__ import annotations

import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_us_dev_v4 as v4  # noqa: E402
from select_us_dev_v7 import EXCLUDED as V7_EXCLUDED  # noqa: E402
from select_us_dev_v7 import NSA, ST_DEPUTY, VP  # noqa: E402

SEED = 20261216
# the sets left out (``../draw_exclusions.py``): those on main when v8 was drawn
EXCLUDED = (*V7_EXCLUDED, "us_dev/us_dev_v7.jsonl", "us_dev/us_dev_themes_l.jsonl")
POOLS = {"wh-vp": 2, "wh-nsa": 2, "wh-multi": 2, "wh-domestic": 8, "wh-statement": 3,
         "wh-joint-statement": 2, "wh-remarks": 2, "st-deputy": 2, "st-other": 2}
DOMESTIC = re.compile(r"readout.*(governor|task-force|roundtable|round-table|congress|senator"
                      r"|mayor|legislat|tribal|county|ceos|listening-session|cabinet"
                      r"|council-of-governors)")


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    paths, items = v4.label_keys(shared, EXCLUDED)
    wh = v4.wh_files(shared, paths)
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if v4.MULTI.search(names[p])]
    domestic = [p for p in wh if DOMESTIC.search(names[p]) and p not in multi]
    pools = {
        "wh-vp": [p for p in wh if VP.search(names[p]) and p not in multi + domestic],
        "wh-nsa": [p for p in wh if NSA.search(names[p]) and p not in multi + domestic],
        "wh-multi": multi,
        "wh-domestic": domestic,
        "wh-statement": [p for p in wh if "readout" not in names[p]
                         and "statement" in names[p] and "joint-statement" not in names[p]],
        "wh-joint-statement": [p for p in wh if "joint-statement" in names[p]],
        "wh-remarks": [p for p in wh if "readout" not in names[p] and "remarks" in names[p]],
    }
    out: list[tuple[str, str, str | None, str]] = []
    for pool, cands in pools.items():
        out += [("whitehouse", p, None, pool) for p in rng.sample(cands, POOLS[pool])]
    first, state = v4.state_items(shared, items)
    title = {g: first[g][1] for g in state}
    s_multi = [g for g in state if v4.multilateral_title(title[g])]
    s_deputy = [g for g in state if g not in s_multi and ST_DEPUTY.search(title[g])
                and not v4.NOT_MEET.search(title[g])]
    s_other = [g for g in state if g not in s_multi and not v4.ST_MEET.search(title[g])
               and not ST_DEPUTY.search(title[g])]
    # every dev-half State item whose title says a multilateral meeting is in an earlier set
    for pool, guids in (("st-deputy", s_deputy), ("st-other", s_other)):
        out += [("state", first[g][0], g, pool + ": " + title[g])
                for g in rng.sample(guids, POOLS[pool])]
    return [(f"usdev8-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
