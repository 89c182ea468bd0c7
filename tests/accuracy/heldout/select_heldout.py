"""Reproduce the seeded pick of the held-out records (plain python3, no policytrends).

Usage: ``python3 tests/accuracy/heldout/select_heldout.py [SHARED]`` (default ``/work/shared``).
Prints one tuple ``(source, path, item, pool)`` per picked record, in id order.
"""

from __future__ import annotations

import glob
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from draw_exclusions import first_state_items, round_robin  # noqa: E402

SEED = 20261126
MEETING_FILE = re.compile(r"readout-of.*(call|meeting)-with-(president|prime-minister|chancellor"
                          r"|king|crown-prince|emir|sultan|his-majesty|taoiseach)")
OTHER_FILE = re.compile(r"(statement|remarks|fact-sheet)")
MEETING_TITLE = re.compile(r"(Meeting With|Meeting with|Call With|Call with|Meets? |Calls? [Ww]ith"
                           r"|Trilateral|Bilateral)")


def pick(shared: str) -> list[tuple[str, str, str | None, str]]:
    """The 30 (source, path, item, pool) picks, White House first."""
    dev = [json.loads(line) for f in glob.glob(shared + "/gold/dev_*.jsonl")
           for line in open(f, encoding="utf-8") if line.strip()]
    dev_paths = {d["path"] for d in dev if not d.get("item")}
    dev_items = {d["item"] for d in dev if d.get("item")}
    rng = random.Random(SEED)
    wh = sorted(os.path.relpath(p, shared)
                for p in glob.glob(shared + "/corpus/wh_briefings/**/*.md", recursive=True))
    wh = [p for p in wh if p not in dev_paths]
    meet = [p for p in wh if MEETING_FILE.search(os.path.basename(p))]
    other = [p for p in wh if "readout" not in os.path.basename(p)
             and OTHER_FILE.search(os.path.basename(p))]
    picks_meet = round_robin(rng, meet, 11)
    picks_other = rng.sample(other, 4)
    first = first_state_items(shared)
    items = sorted(g for g in first if g not in dev_items)
    s_meet = [g for g in items if MEETING_TITLE.search(first[g][1])
              and "Remarks" not in first[g][1] and "Press Availability" not in first[g][1]]
    s_other = [g for g in items if g not in s_meet]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "meet-pool") for p in picks_meet]
    out += [("whitehouse", p, None, "non-pool") for p in picks_other]
    out += [("state", first[g][0], g, "meet-pool: " + first[g][1]) for g in rng.sample(s_meet, 10)]
    out += [("state", first[g][0], g, "non-pool: " + first[g][1]) for g in rng.sample(s_other, 5)]
    return out


if __name__ == "__main__":
    for row in pick(sys.argv[1] if len(sys.argv) > 1 else "/work/shared"):
        print(row)
