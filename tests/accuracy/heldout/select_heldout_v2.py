"""Reproduce the seeded pick of the held-out v2 records (plain python3, no policytrends).

Usage: ``python3 select_heldout_v2.py [SHARED] [ACCURACY_DIR]``
(defaults ``/work/shared`` and the ``tests/accuracy`` folder this script is in).
Prints one tuple ``(id, source, path, item, pool)`` per picked record, in id order.

Same procedure as v1's ``select_heldout.py`` with a new seed, new counts, a meeting
pool that also admits ministers (not only leaders), years restricted to 2021-2025, and
every path/item of ``gold/dev_*.jsonl`` AND of ``heldout_v1.jsonl`` excluded. Records
are chosen by file name / RSS title only, never by their text.
"""

from __future__ import annotations

import glob
import os
import random
import re
import sys

ACCURACY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ACCURACY)
from draw_exclusions import first_state_items, label_keys, round_robin  # noqa: E402

SEED = 20261206
N_WH_MEET, N_WH_OTHER, N_ST_MEET, N_ST_OTHER = 18, 7, 14, 6
YEARS = ("2021", "2022", "2023", "2024", "2025")
MEETING_FILE = re.compile(r"readout-of.*(call|meeting)-with-(president|prime-minister|chancellor"
                          r"|king|crown-prince|emir|sultan|his-majesty|taoiseach"
                          r"|foreign-minister|minister|deputy-prime-minister|vice-president"
                          r"|secretary-general)")
OTHER_FILE = re.compile(r"(statement|remarks|fact-sheet)")
MEETING_TITLE = re.compile(r"(Meeting With|Meeting with|Call With|Call with|Meets? |Calls? [Ww]ith"
                           r"|Trilateral|Bilateral)")


def pick(shared: str, acc: str = ACCURACY) -> list[tuple[str, str, str, str | None, str]]:
    """The 45 (id, source, path, item, pool) picks, White House first."""
    seen_paths, seen_items = label_keys(shared, ("heldout/heldout_v1.jsonl",), acc)
    rng = random.Random(SEED)
    wh = sorted(os.path.relpath(p, shared)
                for p in glob.glob(shared + "/corpus/wh_briefings/**/*.md", recursive=True))
    wh = [p for p in wh if p not in seen_paths]
    meet = [p for p in wh if MEETING_FILE.search(os.path.basename(p))
            and os.path.basename(p)[:4] in YEARS]
    other = [p for p in wh if "readout" not in os.path.basename(p)
             and OTHER_FILE.search(os.path.basename(p))]
    picks_meet = round_robin(rng, meet, N_WH_MEET)
    picks_other = rng.sample(other, N_WH_OTHER)
    first = first_state_items(shared)
    items = sorted(g for g in first if g not in seen_items)
    s_meet = [g for g in items if MEETING_TITLE.search(first[g][1])
              and "Remarks" not in first[g][1] and "Press Availability" not in first[g][1]]
    s_other = [g for g in items if g not in s_meet]
    out: list[tuple[str, str | None, str, str]] = []
    out += [("whitehouse", p, None, "meet-pool") for p in picks_meet]
    out += [("whitehouse", p, None, "non-pool") for p in picks_other]
    out += [("state", first[g][0], g, "meet-pool: " + first[g][1])
            for g in rng.sample(s_meet, N_ST_MEET)]
    out += [("state", first[g][0], g, "non-pool: " + first[g][1])
            for g in rng.sample(s_other, N_ST_OTHER)]
    return [(f"heldout2-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    ACC = sys.argv[2] if len(sys.argv) > 2 else ACCURACY
    for row in pick(SHARED, ACC):
        print(row)
