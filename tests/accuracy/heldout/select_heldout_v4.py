"""Reproduce the seeded pick of the held-out v4 records (plain python3, no policytrends).

Usage: ``python3 select_heldout_v4.py [SHARED] [ACCURACY_DIR]``
(defaults ``/work/shared`` and the ``tests/accuracy`` folder this script is in).
Prints one tuple ``(id, source, path, item, pool)`` per picked record, in id order.

v3's procedure (``select_heldout_v3.py``) with a new seed, and two more filters:

* excluded: every path/item of ``gold/dev_*.jsonl``, ``heldout/heldout_v1.jsonl``,
  ``heldout/heldout_v2.jsonl``, ``heldout/heldout_v3.jsonl`` and the us_dev sets on main at
  the draw, v1-v4 (``EARLIER``; later us_dev sets are drawn from the dev half and could not
  change a blind-half draw, but a selector names its own files all the same);
* kept: only records in the 'blind' half of ``../corpus_halves.py`` (the session's
  ``half.py``, kept in the repository; its ``half()`` is imported). The brief's key is the
  corpus path, or ``PATH#ITEM`` for a State RSS item.
  To stay blind whichever form a rule writer passes, a candidate is kept only when every
  form it could be looked up by is 'blind': the absolute path (key = part after
  ``/corpus/``), the ``corpus/...`` form used in the label rows, and the record's web
  address (a White House file's front-matter ``source_url`` line, a State item's
  ``<link>``; for ``PATH#ITEM`` half() already keys on the guid URL).

Records are chosen by file name / RSS title only (plus the front-matter ``source_url``
line, read only for the half test), never by their text.
"""

from __future__ import annotations

import glob
import os
import random
import re
import sys

ACCURACY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ACCURACY)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_halves import half  # noqa: E402
from draw_exclusions import first_state_items, label_keys, round_robin  # noqa: E402

# v2's pools: counts, years and the file-name and title patterns
from select_heldout_v2 import (  # noqa: E402
    MEETING_FILE,
    MEETING_TITLE,
    N_ST_MEET,
    N_ST_OTHER,
    N_WH_MEET,
    N_WH_OTHER,
    OTHER_FILE,
    YEARS,
)

SEED = 20261208


def _source_url(shared: str, rel: str) -> str | None:
    """The front-matter ``source_url`` (or ``permalink``) of a White House file, if any."""
    with open(os.path.join(shared, rel), encoding="utf-8") as fh:
        head = fh.read(3000)
    m = re.search(r"^(?:source_url|permalink):\s*'?\"?([^\s'\"]+)", head, re.M)
    return m.group(1) if m else None


def _blind(*keys: str | None) -> bool:
    return all(half(k) == "blind" for k in keys if k)


# the sets left out besides the gold (``../draw_exclusions.py``): those on main at the draw
EARLIER = ("heldout/heldout_v1.jsonl", "heldout/heldout_v2.jsonl", "heldout/heldout_v3.jsonl",
           *(f"us_dev/us_dev_v{k}.jsonl" for k in range(1, 5)))


def state_rows(shared: str, seen_items: set[str], rng: random.Random, n_meet: int,
               n_other: int) -> list[tuple[str, str, str, str]]:
    """`n_meet` blind State items titled as meetings and `n_other` others, not in `seen_items`."""
    first = first_state_items(shared)
    items = sorted(g for g in first if g not in seen_items
                   and _blind(os.path.join(shared, first[g][0]) + "#" + g,
                              first[g][0] + "#" + g, g, first[g][3]))
    s_meet = [g for g in items if MEETING_TITLE.search(first[g][1])
              and "Remarks" not in first[g][1] and "Press Availability" not in first[g][1]]
    s_other = [g for g in items if g not in s_meet]
    return ([("state", first[g][0], g, "meet-pool: " + first[g][1])
             for g in rng.sample(s_meet, n_meet)]
            + [("state", first[g][0], g, "non-pool: " + first[g][1])
               for g in rng.sample(s_other, n_other)])


def blind_wh_files(shared: str, seen_paths: set[str]) -> list[str]:
    """The blind half's White House files (paths relative to `shared`), sorted, those of
    `seen_paths` left out."""
    wh = sorted(os.path.relpath(p, shared)
                for p in glob.glob(shared + "/corpus/wh_briefings/**/*.md", recursive=True))
    return [p for p in wh if p not in seen_paths
            and _blind(os.path.join(shared, p), p, _source_url(shared, p))]


def drawn_rows(shared: str, seen_items: set[str], rng: random.Random, meet: list[str],
               other: list[str], counts: tuple[int, int, int, int],
               prefix: str) -> list[tuple[str, ...]]:
    """The picks, ids ``<prefix>-NNN``: `counts` = (White House meetings, taken round-robin
    over the years of `meet`; other White House records, sampled from `other`; State
    meetings; other State items)."""
    n_wh_meet, n_wh_other, n_st_meet, n_st_other = counts
    picks_meet = round_robin(rng, meet, n_wh_meet)
    picks_other = rng.sample(other, n_wh_other)
    out: list[tuple[str, str, str | None, str]] = []
    out += [("whitehouse", p, None, "meet-pool") for p in picks_meet]
    out += [("whitehouse", p, None, "non-pool") for p in picks_other]
    out += state_rows(shared, seen_items, rng, n_st_meet, n_st_other)
    return [(f"{prefix}-{n:03d}",) + row for n, row in enumerate(out, 1)]


def pick(shared: str, acc: str, seed: int = SEED, earlier: tuple[str, ...] = EARLIER,
         prefix: str = "heldout4") -> list[tuple[str, ...]]:
    """The 45 (id, source, path, item, pool) picks, White House first; `seed`, the earlier
    held-out sets excluded and the id prefix are v4's unless a later set's selector
    (``select_heldout_v5.py``) gives its own."""
    seen_paths, seen_items = label_keys(shared, earlier, acc)
    rng = random.Random(seed)
    wh = blind_wh_files(shared, seen_paths)
    meet = [p for p in wh if MEETING_FILE.search(os.path.basename(p))
            and os.path.basename(p)[:4] in YEARS]
    other = [p for p in wh if "readout" not in os.path.basename(p)
             and OTHER_FILE.search(os.path.basename(p))
             and os.path.basename(p)[:4] in YEARS]
    return drawn_rows(shared, seen_items, rng, meet, other,
                      (N_WH_MEET, N_WH_OTHER, N_ST_MEET, N_ST_OTHER), prefix)

if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    ACC = sys.argv[2] if len(sys.argv) > 2 else ACCURACY
    for row in pick(SHARED, ACC):
        print(row)
