"""Reproduce the seeded pick of the us_dev v7 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v7.py [SHARED] [EXCLUDED ...]``
(defaults ``/work/shared`` and ``/work/lead/us_excluded.txt``
``/work/lead/exclude_records.txt``). Prints one tuple ``(id, source, path, item, pool)``
per pick, in id order.

v4's procedure (the dev-half test, the excluded lists and ``round_robin`` are imported from
``select_us_dev_v4.py``) with a new seed and pools weighted to the officials v1-v6 had few
of: about 20 readouts (the President with a leader, the Vice President, the National
Security Advisor, the Secretary of State, a Deputy Secretary, and several parties) and 10
records that are not readouts by their name (White House statements, remarks and fact
sheets; other State items). Chosen by file name / RSS title only; every record of the
gold, of the held-out sets, of us_dev v1-v6, of the excluded lists and the few whose program
output the labeller had seen (``SEEN``) is left out.
"""

from __future__ import annotations

import glob
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_us_dev_v4 import (  # noqa: E402
    LEADER,
    MULTI,
    NOT_MEET,
    ST_MEET,
    ST_MULTI,
    ST_MULTI_MEET,
    YEARS,
    half,
    round_robin,
)

SEED = 20261215
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


def excluded_records(shared: str, lists: list[str], own: str = "us_dev_v7.jsonl",
                     label_glob: str = "us_dev_v*.jsonl") -> tuple[set[str], set[str]]:
    """(paths, items) of every label file (gold, held-out, us_dev files matching
    `label_glob`) and of the lists; the set's `own` records, added to the lists after the
    draw, do not leave themselves out."""
    here = os.path.dirname(os.path.abspath(__file__))
    own = os.path.join(here, own)
    files = (glob.glob(shared + "/gold/dev_*.jsonl") + glob.glob(os.path.join(here, label_glob))
             + glob.glob(os.path.join(here, "..", "heldout", "heldout_v*.jsonl")))
    rows = [json.loads(line) for f in files if os.path.normpath(f) != os.path.normpath(own)
            for line in open(f, encoding="utf-8") if line.strip()]
    paths = {d["path"] for d in rows if not d.get("item")}
    items = {d["item"] for d in rows if d.get("item")}
    for name in lists:
        if not os.path.exists(name):
            continue
        for line in open(name, encoding="utf-8"):
            path, _, item = line.rstrip("\n").partition("\t")
            path, _, hash_item = path.partition("#")
            item = item or hash_item
            if item:
                items.add(item.strip())
            elif path.strip():
                paths.add(path.strip())
    if os.path.exists(own):
        mine = [json.loads(line) for line in open(own, encoding="utf-8") if line.strip()]
        paths -= {d["path"] for d in mine if not d.get("item")}
        items -= {d["item"] for d in mine if d.get("item")}
    return paths | {"corpus/" + p for p in paths}, items


def state_items(shared: str, items: set[str]) -> tuple[dict[str, tuple[str, str, str]], list[str]]:
    """Every State item once (its first snapshot, title, date) and the dev-half ones of
    YEARS not in `items`, sorted by guid."""
    first: dict[str, tuple[str, str, str]] = {}
    for snap in sorted(glob.glob(shared + "/corpus/state_dept_pr_rss/snapshots/*/data.rss")):
        for item in ET.parse(snap).getroot().iter("item"):
            guid = item.findtext("guid") or ""
            if guid not in first:
                first[guid] = (os.path.relpath(snap, shared), item.findtext("title") or "",
                               item.findtext("pubDate") or "")
    state = sorted(g for g in first if g not in items and half(first[g][0], g) == "dev"
                   and any(y in first[g][2] for y in YEARS))
    return first, state


def pick(shared: str, lists: list[str]) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    paths, items = excluded_records(shared, lists)
    wh = sorted(os.path.relpath(p, shared)
                for p in glob.glob(shared + "/corpus/wh_briefings/**/*.md", recursive=True))
    wh = [p for p in wh if p not in paths and p not in SEEN and os.path.basename(p)[:4] in YEARS
          and half(p) == "dev"]
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if MULTI.search(names[p])]
    pools = {
        "wh-leader": [p for p in wh if LEADER.search(names[p]) and p not in multi],
        "wh-vp": [p for p in wh if VP.search(names[p]) and p not in multi],
        "wh-nsa": [p for p in wh if NSA.search(names[p]) and p not in multi],
    }
    out: list[tuple[str, str, str | None, str]] = []
    for pool, cands in pools.items():
        out += [("whitehouse", p, None, pool) for p in round_robin(rng, cands, POOLS[pool])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    for word in ("statement", "remarks", "fact-sheet"):
        cands = [p for p in wh if "readout" not in names[p] and word in names[p]]
        out += [("whitehouse", p, None, "wh-" + word)
                for p in round_robin(rng, cands, POOLS["wh-" + word])]
    first, state = state_items(shared, items)
    title = {g: first[g][1] for g in state}
    s_multi = [g for g in state if ST_MULTI.search(title[g]) and ST_MULTI_MEET.search(title[g])
               and not NOT_MEET.search(title[g])]
    s_secretary = [g for g in state if g not in s_multi and ST_SECRETARY.search(title[g])]
    s_deputy = [g for g in state if g not in s_multi and ST_DEPUTY.search(title[g])
                and not NOT_MEET.search(title[g])]
    s_other = [g for g in state if g not in s_multi and not ST_MEET.search(title[g])
               and not ST_DEPUTY.search(title[g])]
    for pool, guids in (("st-secretary", s_secretary), ("st-deputy", s_deputy),
                        ("st-multi", s_multi), ("st-other", s_other)):
        out += [("state", first[g][0], g, pool + ": " + title[g])
                for g in rng.sample(guids, POOLS[pool])]
    return [(f"usdev7-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    LISTS = sys.argv[2:] or ["/work/lead/us_excluded.txt", "/work/lead/exclude_records.txt"]
    for row in pick(SHARED, LISTS):
        print(row)
