"""Reproduce the seeded pick of the us_dev v5 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v5.py [SHARED]`` (default ``/work/shared``).
Prints one tuple ``(id, source, path, item, pool)`` per pick, in id order.

v4's helpers (``select_us_dev_v4.py``); records are chosen by file name / RSS title only,
never by their text, with ``random.Random(SEED)``, among White House files and State items
of 2021-2025. Left out:
every path/item of ``shared/gold/dev_*.jsonl`` and of the label files on main at the draw
(``EXCLUDED``: held-out v1-v2 and us_dev v1-v4; the lead's exclusion lists held only
records of held-out sets, the later ones all in the blind half), and
every record of the *blind* half: only records for which the lead's ``half.py`` prints
*dev* for ``/SHARED/PATH`` (``PATH#GUID`` for a State item) are kept
(``../corpus_halves.py``, that ``half.py`` kept in the repository), so that blind held-out
sets drawn from the other half stay blind.

Pools (sizes in ``POOLS``), weighted to what v1-v4 had few of:

- ``wh-leader``: the President's calls/meetings with a foreign leader, round-robin over years;
- ``wh-vp``: the Vice President's calls/meetings (readouts), round-robin over years;
- ``wh-minister``: the Secretary's, Deputy Secretary's and advisers' calls/meetings;
- ``wh-multi``: names saying several parties (trilateral, Quad, G7, leaders' calls, "-and-");
- ``wh-joint``: joint statements / joint readouts;
- ``wh-other``: statements (non-readouts by name, not joint);
- ``st-sec``: State items "Secretary ...'s Meeting/Call with ...";
- ``st-dep``: State items of a Deputy Secretary's (or other official's) meeting or call;
- ``st-multi``: State items whose title says a trilateral / multilateral meeting or call;
- ``st-joint``: State joint statements;
- ``st-other``: other State items.
"""

from __future__ import annotations

import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_us_dev_v4 as v4  # noqa: E402

SEED = 20261211
# the sets left out (``../draw_exclusions.py``): those on main when v5 was drawn
EXCLUDED = ("heldout/heldout_v1.jsonl", "heldout/heldout_v2.jsonl", "us_dev/us_dev_v1.jsonl",
            "us_dev/us_dev_v2.jsonl", "us_dev/us_dev_v3.jsonl", "us_dev/us_dev_v4.jsonl")
POOLS = {"wh-leader": 5, "wh-vp": 5, "wh-minister": 3, "wh-multi": 6, "wh-joint": 4,
         "wh-other": 2, "st-sec": 5, "st-dep": 4, "st-multi": 3, "st-joint": 2, "st-other": 1}
VP = re.compile(r"readout-of-(the-)?vice-president.*(call|meeting|meets)")
JOINT_FILE = re.compile(r"joint-(statement|readout)")
ST_JOINT = re.compile(r"Joint (Statement|Readout)")
ST_SEC = re.compile(r"^\s*Secretary [A-Za-z. ]+[’']s? (Meeting|Call)s? [Ww]ith")
ST_DEP = re.compile(r"(Deputy Secretary|Under Secretary|Counselor|Special Envoy|Ambassador)"
                    r".*[’']s? (Meeting|Call)s? [Ww]ith")
MULTI = re.compile(r"readout.*(trilateral|quad|g7|g20|leaders-call|leaders-meeting|summit"
                   r"|-and-(the-)?(president|prime-minister|chancellor|national-security)"
                   r"|advisors-of|presidents-of|leaders-of-the)")


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    paths, items = v4.label_keys(shared, EXCLUDED)
    wh = v4.wh_files(shared, paths)
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if MULTI.search(names[p])]
    leader = [p for p in wh if v4.LEADER.search(names[p]) and p not in multi]
    vp = [p for p in wh if VP.search(names[p]) and p not in multi]
    minister = [p for p in wh if v4.MINISTER.search(names[p]) and p not in multi and p not in vp]
    joint = [p for p in wh if JOINT_FILE.search(names[p])]
    other = [p for p in wh if "readout" not in names[p] and "statement" in names[p]
             and p not in joint]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "wh-leader")
            for p in v4.round_robin(rng, leader, POOLS["wh-leader"])]
    out += [("whitehouse", p, None, "wh-vp") for p in v4.round_robin(rng, vp, POOLS["wh-vp"])]
    out += [("whitehouse", p, None, "wh-minister")
            for p in v4.round_robin(rng, minister, POOLS["wh-minister"])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    out += [("whitehouse", p, None, "wh-joint") for p in rng.sample(joint, POOLS["wh-joint"])]
    out += [("whitehouse", p, None, "wh-other") for p in rng.sample(other, POOLS["wh-other"])]
    first, state = v4.state_items(shared, items)
    s_joint = [g for g in state if ST_JOINT.search(first[g][1])]
    s_multi = [g for g in state if g not in s_joint and v4.multilateral_title(first[g][1])]
    s_sec = [g for g in state if g not in s_multi and ST_SEC.search(first[g][1])]
    s_dep = [g for g in state if g not in s_multi and g not in s_sec
             and ST_DEP.search(first[g][1])]
    s_other = [g for g in state if g not in s_joint and g not in s_multi and g not in s_sec
               and g not in s_dep]
    for pool, guids in (("st-sec", s_sec), ("st-dep", s_dep), ("st-multi", s_multi),
                        ("st-joint", s_joint), ("st-other", s_other)):
        out += [("state", first[g][0], g, pool + ": " + first[g][1])
                for g in rng.sample(guids, POOLS[pool])]
    return [(f"usdev5-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
