"""Reproduce the seeded pick of the us_dev v5 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v4.py [SHARED] [EXCLUDED ...]``
(defaults ``/work/shared`` and ``/work/lead/us_excluded.txt``
``/work/lead/exclude_records.txt``: path<TAB>item lists; a missing list is skipped).
Prints one tuple ``(id, source, path, item, pool)`` per pick, in id order.

Standalone: records are chosen by file name / RSS title only, never by their text, with
``random.Random(SEED)``, among White House files and State items of 2021-2025. Left out:
every path/item of ``shared/gold/dev_*.jsonl``, of the held-out sets and of us_dev v1-v4
(the label files beside this script and in ``../heldout``), of the excluded lists, and
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

import glob
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_halves import half as corpus_half  # noqa: E402

SEED = 20261211
YEARS = ("2021", "2022", "2023", "2024", "2025")
POOLS = {"wh-leader": 5, "wh-vp": 5, "wh-minister": 3, "wh-multi": 6, "wh-joint": 4,
         "wh-other": 2, "st-sec": 5, "st-dep": 4, "st-multi": 3, "st-joint": 2, "st-other": 1}
LEADER = re.compile(r"readout-of-(president|the-president).*(call|meeting)-with-(president|prime"
                    r"-minister|chancellor|king|crown-prince|emir|amir|sultan|his-majesty"
                    r"|taoiseach|european|secretary-general|nato|pope)")
MINISTER = re.compile(r"readout-of-(the-)?(vice-president|national-security-advisor"
                      r"|principal-deputy|deputy-national|deputy-secretary|secretary"
                      r"|special-presidential|senior-advisor|assistant-to-the-president)"
                      r".*(call|meeting|meets)")
VP = re.compile(r"readout-of-(the-)?vice-president.*(call|meeting|meets)")
JOINT_FILE = re.compile(r"joint-(statement|readout)")
ST_JOINT = re.compile(r"Joint (Statement|Readout)")
ST_SEC = re.compile(r"^\s*Secretary [A-Za-z. ]+[’']s? (Meeting|Call)s? [Ww]ith")
ST_DEP = re.compile(r"(Deputy Secretary|Under Secretary|Counselor|Special Envoy|Ambassador)"
                    r".*[’']s? (Meeting|Call)s? [Ww]ith")
MULTI = re.compile(r"readout.*(trilateral|quad|g7|g20|leaders-call|leaders-meeting|summit"
                   r"|-and-(the-)?(president|prime-minister|chancellor|national-security)"
                   r"|advisors-of|presidents-of|leaders-of-the)")
ST_MULTI = re.compile(r"(Trilateral|\bQuad\b|Ministerial|Multilateral|2\+2|\bG7\b|\bG20\b"
                      r"|\bLeaders[’']?\s+(?:Meeting|Call|Summit))")
ST_MULTI_MEET = re.compile(r"(Meeting|Call\b|Dialogue|Consultations|Talks|Trilateral)")
NOT_MEET = re.compile(r"Remarks|Press Availability|Press Conference|Interview|Briefing")


def half(path: str, item: str | None = None) -> str:
    """'blind' or 'dev' for a record (`path` relative to shared), as
    ``python3 half.py /SHARED/PATH[#ITEM]`` prints it."""
    return corpus_half("/" + path + ("#" + item if item else ""))


def excluded_records(shared: str, lists: list[str]) -> tuple[set[str], set[str]]:
    """(paths, items) of the gold, the held-out and earlier us_dev labels and the lists."""
    here = os.path.dirname(os.path.abspath(__file__))
    files = (glob.glob(shared + "/gold/dev_*.jsonl") + glob.glob(here + "/us_dev_v*.jsonl")
             + glob.glob(os.path.join(here, "..", "heldout", "heldout_v*.jsonl")))
    files = [f for f in files if not f.endswith("us_dev_v5.jsonl")]
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


def round_robin(rng: random.Random, paths: list[str], n: int) -> list[str]:
    """`n` picks of `paths`, one year after another (years from the file names)."""
    by_year: dict[str, list[str]] = {}
    for p in paths:
        by_year.setdefault(os.path.basename(p)[:4], []).append(p)
    years = sorted(by_year)
    out: list[str] = []
    i = 0
    while len(out) < n:
        left = [p for p in by_year[years[i % len(years)]] if p not in out]
        i += 1
        if left:
            out.append(rng.choice(left))
    return out


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
    vp = [p for p in wh if VP.search(names[p]) and p not in multi]
    minister = [p for p in wh if MINISTER.search(names[p]) and p not in multi and p not in vp]
    joint = [p for p in wh if JOINT_FILE.search(names[p])]
    other = [p for p in wh if "readout" not in names[p] and "statement" in names[p]
             and p not in joint]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "wh-leader")
            for p in round_robin(rng, leader, POOLS["wh-leader"])]
    out += [("whitehouse", p, None, "wh-vp") for p in round_robin(rng, vp, POOLS["wh-vp"])]
    out += [("whitehouse", p, None, "wh-minister")
            for p in round_robin(rng, minister, POOLS["wh-minister"])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    out += [("whitehouse", p, None, "wh-joint") for p in rng.sample(joint, POOLS["wh-joint"])]
    out += [("whitehouse", p, None, "wh-other") for p in rng.sample(other, POOLS["wh-other"])]
    first: dict[str, tuple[str, str, str]] = {}
    for snap in sorted(glob.glob(shared + "/corpus/state_dept_pr_rss/snapshots/*/data.rss")):
        for item in ET.parse(snap).getroot().iter("item"):
            guid = item.findtext("guid") or ""
            if guid not in first:
                first[guid] = (os.path.relpath(snap, shared), item.findtext("title") or "",
                               item.findtext("pubDate") or "")
    state = sorted(g for g in first if g not in items and half(first[g][0], g) == "dev"
                   and any(y in first[g][2] for y in YEARS))
    s_joint = [g for g in state if ST_JOINT.search(first[g][1])]
    s_multi = [g for g in state if g not in s_joint and ST_MULTI.search(first[g][1])
               and ST_MULTI_MEET.search(first[g][1]) and not NOT_MEET.search(first[g][1])]
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
    LISTS = sys.argv[2:] or ["/work/lead/us_excluded.txt", "/work/lead/exclude_records.txt"]
    for row in pick(SHARED, LISTS):
        print(row)
