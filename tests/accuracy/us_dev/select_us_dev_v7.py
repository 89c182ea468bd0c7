"""Reproduce the seeded pick of the us_dev v7 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v7.py [SHARED]`` (default ``/work/shared``). Prints one tuple
``(id, source, path, item, pool)`` per pick, in id order.

v4's procedure (the dev-half test, the label files' records and ``round_robin`` are imported
from ``select_us_dev_v4.py``) with a new seed and pools weighted to the officials v1-v6 had few
of: about 20 readouts (the President with a leader, the Vice President, the National
Security Advisor, the Secretary of State, a Deputy Secretary, and several parties) and 10
records that are not readouts by their name (White House statements, remarks and fact
sheets; other State items). Chosen by file name / RSS title only; every record of the
gold, of the sets on main at the draw (``EXCLUDED``: held-out v1-v2, us_dev v1-v6; the
lead's exclusion lists then held only blind-half held-out records besides) and the few whose
program output the labeller had seen (``SEEN``) is left out.
"""

from __future__ import annotations

import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_us_dev_v4 as v4  # noqa: E402

SEED = 20261215
# the sets left out (``../draw_exclusions.py``): those on main when v7 was drawn
EXCLUDED = ("heldout/heldout_v1.jsonl", "heldout/heldout_v2.jsonl",
            *(f"us_dev/us_dev_v{k}.jsonl" for k in range(1, 7)))
POOLS = {"wh-leader": 4, "wh-vp": 3, "wh-nsa": 3, "wh-multi": 2, "wh-statement": 2,
         "wh-remarks": 2, "wh-fact-sheet": 2, "st-secretary": 4, "st-deputy": 3,
         "st-multi": 1, "st-other": 4}
VP = re.compile(r"readout-of-(the-)?vice-president.*(call|meeting)")
NSA = re.compile(r"readout-of-(the-)?(national-security-advisor|deputy-national-security"
                 r"|principal-deputy-national).*(call|meeting)")
ST_SECRETARY = re.compile(r"^Secretary \w+[’']s (Call|Meeting|Meetings) [Ww]ith")
ST_DEPUTY = re.compile(r"^Deputy Secretary.*(Call|Meeting|Meets|Travel)")
# records whose program output the labeller had seen before the draw (a whole-corpus diff of
# the rulings' rule change): left out, so every label is a first reading
SEEN = {
    "corpus/wh_briefings/statements-releases/2022-07/2022-07-15-fact-sheet-results-of-"
    "bilateral-meeting-between-the-united-states-and-the-kingdom-of-saudi-arabia.md",
    "corpus/wh_briefings/statements-releases/2024-09/2024-09-21-fact-sheet-2024-quad-leaders-"
    "summit.md",
    "corpus/wh_briefings/briefings-statements/2025-11/2025-11-23-joint-statement-on-united-"
    "states-ukraine-meeting.md",
    "corpus/wh_briefings/statements-releases/2022-11/2022-11-01-international-counter-"
    "ransomware-initiative-2022-joint-statement.md",
}


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    paths, items = v4.label_keys(shared, EXCLUDED)
    wh = v4.wh_files(shared, paths | SEEN)
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if v4.MULTI.search(names[p])]
    pools = {
        "wh-leader": [p for p in wh if v4.LEADER.search(names[p]) and p not in multi],
        "wh-vp": [p for p in wh if VP.search(names[p]) and p not in multi],
        "wh-nsa": [p for p in wh if NSA.search(names[p]) and p not in multi],
    }
    out: list[tuple[str, str, str | None, str]] = []
    for pool, cands in pools.items():
        out += [("whitehouse", p, None, pool) for p in v4.round_robin(rng, cands, POOLS[pool])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    for word in ("statement", "remarks", "fact-sheet"):
        cands = [p for p in wh if "readout" not in names[p] and word in names[p]]
        out += [("whitehouse", p, None, "wh-" + word)
                for p in v4.round_robin(rng, cands, POOLS["wh-" + word])]
    first, state = v4.state_items(shared, items)
    title = {g: first[g][1] for g in state}
    s_multi = [g for g in state if v4.multilateral_title(title[g])]
    s_secretary = [g for g in state if g not in s_multi and ST_SECRETARY.search(title[g])]
    s_deputy = [g for g in state if g not in s_multi and ST_DEPUTY.search(title[g])
                and not v4.NOT_MEET.search(title[g])]
    s_other = [g for g in state if g not in s_multi and not v4.ST_MEET.search(title[g])
               and not ST_DEPUTY.search(title[g])]
    for pool, guids in (("st-secretary", s_secretary), ("st-deputy", s_deputy),
                        ("st-multi", s_multi), ("st-other", s_other)):
        out += [("state", first[g][0], g, pool + ": " + title[g])
                for g in rng.sample(guids, POOLS[pool])]
    return [(f"usdev7-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
