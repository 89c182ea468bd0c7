"""Reproduce the seeded pick of the us_dev v6 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v6.py [SHARED] [EXCLUDED ...]``
(defaults as ``select_us_dev_v4.py``). Prints one tuple ``(id, source, path, item, pool)``
per pick, in id order.

v6 is a themes-weighted set: v4's procedure (its pools, patterns and the dev-half test are
imported from ``select_us_dev_v4.py``) with a new seed, readouts only (the theme measures
need meetings' text), and v4's own records left out as well. It was drawn on 2026-12-07
while us_dev v5 was being labelled by another helper: the pick excludes v1-v4 (the sets
that existed then), and a picked record that v5 also holds is then left out (one, the
2022 U.S.-India 2+2 statement, labelled in both; v5 keeps it), so 19 records.
"""

from __future__ import annotations

import glob
import json
import os
import random
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_us_dev_v4 import (  # noqa: E402
    LEADER,
    MINISTER,
    MULTI,
    NOT_MEET,
    ST_MEET,
    ST_MULTI,
    ST_MULTI_MEET,
    YEARS,
    half,
    round_robin,
)

SEED = 20261214
POOLS = {"wh-leader": 8, "wh-minister": 4, "wh-multi": 2, "st-meet": 5, "st-multi": 1}


def excluded_records(shared: str, lists: list[str]) -> tuple[set[str], set[str]]:
    """(paths, items) of the gold, held-out and us_dev v1-v4 labels and the lists (the sets
    that existed when v6 was drawn)."""
    here = os.path.dirname(os.path.abspath(__file__))
    files = (glob.glob(shared + "/gold/dev_*.jsonl") + glob.glob(here + "/us_dev_v*.jsonl")
             + glob.glob(os.path.join(here, "..", "heldout", "heldout_v*.jsonl")))
    files = [f for f in files if os.path.basename(f) in
             {f"us_dev_v{k}.jsonl" for k in range(1, 5)} or "heldout" in f or "gold" in f]
    rows = [json.loads(line) for f in files for line in open(f, encoding="utf-8")
            if line.strip()]
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
    return paths | {"corpus/" + p for p in paths}, items


def pick(shared: str, lists: list[str]) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    paths, items = excluded_records(shared, lists)
    wh = sorted(os.path.relpath(p, shared)
                for p in glob.glob(shared + "/corpus/wh_briefings/**/*.md", recursive=True))
    wh = [p for p in wh if p not in paths and os.path.basename(p)[:4] in YEARS
          and half(p) == "dev"]
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if MULTI.search(names[p])]
    leader = [p for p in wh if LEADER.search(names[p]) and p not in multi]
    minister = [p for p in wh if MINISTER.search(names[p]) and p not in multi]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "wh-leader")
            for p in round_robin(rng, leader, POOLS["wh-leader"])]
    out += [("whitehouse", p, None, "wh-minister")
            for p in round_robin(rng, minister, POOLS["wh-minister"])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    first: dict[str, tuple[str, str, str]] = {}
    for snap in sorted(glob.glob(shared + "/corpus/state_dept_pr_rss/snapshots/*/data.rss")):
        for item in ET.parse(snap).getroot().iter("item"):
            guid = item.findtext("guid") or ""
            if guid not in first:
                first[guid] = (os.path.relpath(snap, shared), item.findtext("title") or "",
                               item.findtext("pubDate") or "")
    state = sorted(g for g in first if g not in items and half(first[g][0], g) == "dev"
                   and any(y in first[g][2] for y in YEARS))
    s_multi = [g for g in state if ST_MULTI.search(first[g][1])
               and ST_MULTI_MEET.search(first[g][1]) and not NOT_MEET.search(first[g][1])]
    s_meet = [g for g in state if g not in s_multi and ST_MEET.search(first[g][1])
              and not NOT_MEET.search(first[g][1])]
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
    LISTS = sys.argv[2:] or ["/work/lead/us_excluded.txt", "/work/lead/exclude_records.txt"]
    for row in pick(SHARED, LISTS):
        print(row)
