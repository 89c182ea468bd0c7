"""What a seeded draw of White House / State records leaves out, and the year round-robin
the draws share (plain python3).

The selectors beside the label files (``us_dev/select_us_dev*.py``,
``heldout/select_heldout*.py``) each name the label files their draw left out: the
shared gold always, and the held-out and dev sets that existed when the draw was made.
A draw that globbed "every label file" instead would pick other records as soon as a later
set was added, and could no longer print its saved picks. The lead's exclusion lists of
the time (``us_excluded.txt``: held-out v1 and v2; ``exclude_records.txt``: each later
blind set and us_dev v7/v8 as drawn) held only records of label files, so a selector names
those files instead of reading the lists.

No policytrends import: the selectors run with plain python3.
"""

from __future__ import annotations

import glob
import json
import os
import random
import xml.etree.ElementTree as ET

ACCURACY = os.path.dirname(os.path.abspath(__file__))


def label_rows(files: list[str]) -> list[dict]:
    """Every row of the JSONL label `files`."""
    return [json.loads(line) for f in files
            for line in open(f, encoding="utf-8") if line.strip()]


def label_keys(shared: str, names: tuple[str, ...],
               acc: str = ACCURACY) -> tuple[set[str], set[str]]:
    """(paths, items) of the shared gold (``SHARED/gold/dev_*.jsonl``) and of the label files
    `names` (relative to `acc`, the ``tests/accuracy`` folder); a path is given both as the
    rows have it and with ``corpus/`` before it, as the gold's and the sets' rows differ."""
    rows = label_rows(sorted(glob.glob(shared + "/gold/dev_*.jsonl"))
                      + [os.path.join(acc, name) for name in names])
    paths = {d["path"] for d in rows if not d.get("item")}
    items = {d["item"] for d in rows if d.get("item")}
    return paths | {"corpus/" + p for p in paths}, items


def first_state_items(shared: str) -> dict[str, tuple[str, str, str, str]]:
    """Every State RSS item once, by guid: (its first snapshot relative to `shared`, title,
    pubDate, link)."""
    first: dict[str, tuple[str, str, str, str]] = {}
    for snap in sorted(glob.glob(shared + "/corpus/state_dept_pr_rss/snapshots/*/data.rss")):
        for item in ET.parse(snap).getroot().iter("item"):
            guid = item.findtext("guid") or ""
            if guid not in first:
                first[guid] = (os.path.relpath(snap, shared), item.findtext("title") or "",
                               item.findtext("pubDate") or "", item.findtext("link") or "")
    return first


def round_robin(rng: random.Random, paths: list[str], n: int) -> list[str]:
    """`n` picks of `paths` (all of them when there are fewer), one year after another
    (years from the file names' first four characters, in order), each a `rng.choice` of the
    year's paths not picked yet; a year with none left is passed over."""
    by_year: dict[str, list[str]] = {}
    for p in paths:
        by_year.setdefault(os.path.basename(p)[:4], []).append(p)
    years = sorted(by_year)
    out: list[str] = []
    i = 0
    while len(out) < min(n, len(paths)):
        left = [p for p in by_year[years[i % len(years)]] if p not in out]
        i += 1
        if left:
            out.append(rng.choice(left))
    return out
