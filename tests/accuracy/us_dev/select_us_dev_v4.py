"""Reproduce the seeded pick of the us_dev v4 records (plain python3, no policytrends).

Usage: ``python3 select_us_dev_v4.py [SHARED]`` (default ``/work/shared``).
Prints one tuple ``(id, source, path, item, pool)`` per pick, in id order.

Standalone: records are chosen by file name / RSS title only, never by their text, with
``random.Random(SEED)``, among White House files and State items of 2021-2025. Left out:
every path/item of ``shared/gold/dev_*.jsonl`` and of the label files on main at the draw
(``EXCLUDED``: held-out v1-v2 and us_dev v1-v3; the lead's exclusion lists held only
records of held-out sets, the later ones all in the blind half), and
every record of the *blind* half: only records for which the lead's ``half.py`` prints
*dev* for ``/SHARED/PATH`` (``PATH#GUID`` for a State item) are kept
(``../corpus_halves.py``, that ``half.py`` kept in the repository), so that blind held-out
sets drawn from the other half stay blind.

Pools (sizes in ``POOLS``), weighted to what v1-v3 had few of:

- ``wh-leader``: the President's calls/meetings with a foreign leader, round-robin over years;
- ``wh-minister``: the Vice President's, the Secretary's and advisers' calls/meetings;
- ``wh-multi``: names saying several parties (trilateral, Quad, G7, leaders' calls, "-and-");
- ``wh-other``: statements, remarks, fact sheets (non-readouts by name);
- ``st-meet``: State items whose title looks like a bilateral meeting or call;
- ``st-multi``: State items whose title says a trilateral / multilateral meeting or call;
- ``st-other``: other State items.
"""

from __future__ import annotations

import glob
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_halves import half as corpus_half  # noqa: E402
from draw_exclusions import first_state_items, label_keys, round_robin  # noqa: E402

SEED = 20261210
# the sets left out (``../draw_exclusions.py``): those on main when v4 was drawn
EXCLUDED = ("heldout/heldout_v1.jsonl", "heldout/heldout_v2.jsonl", "us_dev/us_dev_v1.jsonl",
            "us_dev/us_dev_v2.jsonl", "us_dev/us_dev_v3.jsonl")
YEARS = ("2021", "2022", "2023", "2024", "2025")
POOLS = {"wh-leader": 9, "wh-minister": 5, "wh-multi": 5, "wh-other": 3, "st-meet": 9,
         "st-multi": 3, "st-other": 1}
LEADER = re.compile(r"readout-of-(president|the-president).*(call|meeting)-with-(president|prime"
                    r"-minister|chancellor|king|crown-prince|emir|amir|sultan|his-majesty"
                    r"|taoiseach|european|secretary-general|nato|pope)")
MINISTER = re.compile(r"readout-of-(the-)?(vice-president|national-security-advisor"
                      r"|principal-deputy|deputy-national|deputy-secretary|secretary"
                      r"|special-presidential|senior-advisor|assistant-to-the-president)"
                      r".*(call|meeting|meets)")
MULTI = re.compile(r"readout-of.*(trilateral|quad|g7|g20|leaders-call|leaders-meeting"
                   r"|summit-meeting|call-with-[a-z-]+-and-(president|prime-minister|chancellor)"
                   r"|meeting-with-[a-z-]+-and-(president|prime-minister|chancellor))")
OTHER_FILE = re.compile(r"(statement|remarks|fact-sheet)")
ST_MEET = re.compile(r"(Meeting [Ww]ith|Call [Ww]ith|Meets? |Calls? [Ww]ith|Bilateral)")
ST_MULTI = re.compile(r"(Trilateral|\bQuad\b|Ministerial|Multilateral|2\+2|\bG7\b|\bG20\b"
                      r"|\bLeaders[’']?\s+(?:Meeting|Call|Summit))")
ST_MULTI_MEET = re.compile(r"(Meeting|Call\b|Dialogue|Consultations|Talks|Trilateral)")
NOT_MEET = re.compile(r"Remarks|Press Availability|Press Conference|Interview|Briefing")


def multilateral_title(title: str) -> bool:
    """A State title saying a trilateral / multilateral meeting or call (no remarks)."""
    return bool(ST_MULTI.search(title) and ST_MULTI_MEET.search(title)
                and not NOT_MEET.search(title))


def half(path: str, item: str | None = None) -> str:
    """'blind' or 'dev' for a record (`path` relative to shared), as
    ``python3 half.py /SHARED/PATH[#ITEM]`` prints it."""
    return corpus_half("/" + path + ("#" + item if item else ""))


def state_items(shared: str, items: set[str]) -> tuple[dict[str, tuple[str, str, str, str]],
                                                 list[str]]:
    """Every State item once (``first_state_items``) and the dev-half ones of YEARS not in
    `items`, sorted by guid."""
    first = first_state_items(shared)
    state = sorted(g for g in first if g not in items and half(first[g][0], g) == "dev"
                   and any(y in first[g][2] for y in YEARS))
    return first, state


def wh_files(shared: str, paths: set[str]) -> list[str]:
    """The dev-half White House files of YEARS not in `paths` (relative to `shared`), sorted."""
    wh = sorted(os.path.relpath(p, shared)
                for p in glob.glob(shared + "/corpus/wh_briefings/**/*.md", recursive=True))
    return [p for p in wh if p not in paths and os.path.basename(p)[:4] in YEARS
            and half(p) == "dev"]


def pick(shared: str) -> list[tuple[str, str, str, str | None, str]]:
    """The (id, source, path, item, pool) picks, White House first."""
    rng = random.Random(SEED)
    paths, items = label_keys(shared, EXCLUDED)
    wh = wh_files(shared, paths)
    names = {p: os.path.basename(p) for p in wh}
    multi = [p for p in wh if MULTI.search(names[p])]
    leader = [p for p in wh if LEADER.search(names[p]) and p not in multi]
    minister = [p for p in wh if MINISTER.search(names[p]) and p not in multi]
    other = [p for p in wh if "readout" not in names[p] and OTHER_FILE.search(names[p])]
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "wh-leader")
            for p in round_robin(rng, leader, POOLS["wh-leader"])]
    out += [("whitehouse", p, None, "wh-minister")
            for p in round_robin(rng, minister, POOLS["wh-minister"])]
    out += [("whitehouse", p, None, "wh-multi") for p in rng.sample(multi, POOLS["wh-multi"])]
    out += [("whitehouse", p, None, "wh-other") for p in rng.sample(other, POOLS["wh-other"])]
    first, state = state_items(shared, items)
    s_multi = [g for g in state if multilateral_title(first[g][1])]
    s_meet = [g for g in state if g not in s_multi and ST_MEET.search(first[g][1])
              and not NOT_MEET.search(first[g][1])]
    s_other = [g for g in state if g not in s_meet and g not in s_multi]
    for pool, guids in (("st-meet", s_meet), ("st-multi", s_multi), ("st-other", s_other)):
        out += [("state", first[g][0], g, pool + ": " + first[g][1])
                for g in rng.sample(guids, POOLS[pool])]
    return [(f"usdev4-{n:03d}",) + row for n, row in enumerate(out, 1)]


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    for row in pick(SHARED):
        print(row)
