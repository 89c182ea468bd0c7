"""Reproduce the seeded pick of the us_dev v1 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev.py [SHARED]`` (default ``/work/shared``). Prints one tuple
``(id, source, path, item, pool)`` per pick, in id order.

Records are chosen by file name / RSS title only, never by their text, with
``random.Random(SEED)``; every path/item of ``gold/dev_*.jsonl`` and of the held-out sets v1
and v2 (``EXCLUDED``; the lead's list ``us_excluded.txt`` of the draw held exactly their
records) is left out. Pools (sizes in ``POOLS``):

- ``wh-leader``: White House readouts of a call/meeting with a foreign leader or the head
  of an organisation, drawn round-robin over the years 2021-2025;
- ``wh-official``: readouts of the Vice President's, the National Security Advisor's or
  another official's calls/meetings (any rank below the President), round-robin over years;
- ``wh-multi``: readouts whose name says several parties (trilateral, "-and-" between two
  leaders, leaders' calls, Quad, G7);
- ``wh-other``: non-readouts (statement, remarks, fact sheet in the name);
- ``st-meet``: State items whose title looks like a meeting or a call;
- ``st-other``: other State items.
"""

from __future__ import annotations

import glob
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from draw_exclusions import first_state_items, label_keys, round_robin  # noqa: E402

SEED = 20261207
# the sets left out besides the gold (``../draw_exclusions.py``): the two held-out sets, the
# records of the lead's ``us_excluded.txt`` of the time
EXCLUDED = ("heldout/heldout_v1.jsonl", "heldout/heldout_v2.jsonl")
YEARS = ("2021", "2022", "2023", "2024", "2025")
POOLS = {"wh-leader": 10, "wh-official": 6, "wh-multi": 3, "wh-other": 2,
         "st-meet": 7, "st-other": 2}
LEADER = re.compile(r"readout-of-(president|the-president).*(call|meeting)-with-(president|prime"
                    r"-minister|chancellor|king|crown-prince|emir|amir|sultan|his-majesty"
                    r"|taoiseach|european|secretary-general|nato|pope)")
OFFICIAL = re.compile(r"readout-of-(the-)?(vice-president|second-gentleman|first-lady"
                      r"|national-security-advisor|principal-deputy|deputy-national"
                      r"|deputy-secretary|secretary|special-presidential|senior-advisor"
                      r"|assistant-to-the-president|homeland-security).*(call|meeting|meets)")
MULTI = re.compile(r"readout-of.*(trilateral|quad|g7|leaders-call|leaders-meeting"
                   r"|call-with-[a-z-]+-and-(president|prime-minister|chancellor)"
                   r"|meeting-with-[a-z-]+-and-(president|prime-minister|chancellor))")
OTHER_FILE = re.compile(r"(statement|remarks|fact-sheet)")
MEETING_TITLE = re.compile(r"(Meeting With|Meeting with|Call With|Call with|Meets? |Calls? [Ww]ith"
                           r"|Trilateral|Bilateral)")


def candidates_wh(shared: str, more: set[str] = frozenset()) -> list[str]:
    """White House files of 2021-2025 outside the excluded records and `more`."""
    seen_paths = label_keys(shared, EXCLUDED)[0] | more
    wh = sorted(os.path.relpath(p, shared)
                for p in glob.glob(shared + "/corpus/wh_briefings/**/*.md", recursive=True))
    return [p for p in wh if p not in seen_paths and os.path.basename(p)[:4] in YEARS]


def candidates_state(shared: str, more: set[str] = frozenset()
                     ) -> tuple[dict[str, tuple[str, str, str, str]], list[str], list[str]]:
    """State items outside the excluded records and `more`: (guid -> (first snapshot,
    title, ...)), the meeting-like guids, the other guids."""
    seen_items = label_keys(shared, EXCLUDED)[1] | more
    first = first_state_items(shared)
    items = sorted(g for g in first if g not in seen_items)
    s_meet = [g for g in items if MEETING_TITLE.search(first[g][1])
              and "Remarks" not in first[g][1] and "Press Availability" not in first[g][1]]
    s_other = [g for g in items if g not in s_meet]
    return first, s_meet, s_other


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    wh = candidates_wh(shared)
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if MULTI.search(names[p])]
    leader = [p for p in wh if LEADER.search(names[p]) and p not in multi]
    official = [p for p in wh if OFFICIAL.search(names[p]) and p not in multi]
    other = [p for p in wh if "readout" not in names[p] and OTHER_FILE.search(names[p])]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "wh-leader")
            for p in round_robin(rng, leader, POOLS["wh-leader"])]
    out += [("whitehouse", p, None, "wh-official")
            for p in round_robin(rng, official, POOLS["wh-official"])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    out += [("whitehouse", p, None, "wh-other") for p in rng.sample(other, POOLS["wh-other"])]
    first, s_meet, s_other = candidates_state(shared)
    out += [("state", first[g][0], g, "st-meet: " + first[g][1])
            for g in rng.sample(s_meet, POOLS["st-meet"])]
    out += [("state", first[g][0], g, "st-other: " + first[g][1])
            for g in rng.sample(s_other, POOLS["st-other"])]
    return [(f"usdev-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
