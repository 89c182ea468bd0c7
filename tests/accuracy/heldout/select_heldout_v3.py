"""Reproduce the seeded pick of the held-out v3 records (plain python3, no policytrends).

Usage: ``python3 select_heldout_v3.py [SHARED] [ACCURACY_DIR]``
(defaults ``/work/shared`` and the ``tests/accuracy`` folder this script is in).
Prints one tuple ``(id, source, path, item, pool)`` per picked record, in id order.

v2's procedure (``select_heldout_v2.py``) with a new seed, and two more filters:

* excluded: every path/item of ``gold/dev_*.jsonl``, ``heldout/heldout_v1.jsonl``,
  ``heldout/heldout_v2.jsonl`` and the us_dev sets of the draw, v1-v3 (``EXCLUDED``);
* kept: only records in the 'blind' half of ``../corpus_halves.py`` (the session's
  ``half.py``, kept in the repository; its ``half()`` is imported). The brief's key is the
  corpus path, or ``PATH#ITEM`` for a State RSS item.
  To stay blind whichever form a rule writer passes, a candidate is kept only when every
  form it could be looked up by is 'blind': the absolute path (key = part after
  ``/corpus/``), the ``corpus/...`` form used in the label rows, and the record's web
  address (a White House file's front-matter ``source_url`` line, a State item's
  ``<link>``; for ``PATH#ITEM`` half() already keys on the guid URL).

The procedure is the one ``select_heldout_v4.pick`` runs (v4 kept it and changed only the
seed and the sets left out), so this script calls it with v3's seed, sets and id prefix.

Records are chosen by file name / RSS title only (plus the front-matter ``source_url``
line, read only for the half test), never by their text.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_heldout_v4 import ACCURACY  # noqa: E402
from select_heldout_v4 import pick as v4_pick  # noqa: E402

SEED = 20261207
# the sets left out besides the gold (``../draw_exclusions.py``): those on main at the draw
EXCLUDED = ("heldout/heldout_v1.jsonl", "heldout/heldout_v2.jsonl", "us_dev/us_dev_v1.jsonl",
            "us_dev/us_dev_v2.jsonl", "us_dev/us_dev_v3.jsonl")


def pick(shared: str, acc: str) -> list[tuple[str, ...]]:
    """The 45 (id, source, path, item, pool) picks, White House first."""
    return v4_pick(shared, acc, seed=SEED, earlier=EXCLUDED, prefix="heldout3")


if __name__ == "__main__":
    SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    ACC = sys.argv[2] if len(sys.argv) > 2 else ACCURACY
    for row in pick(SHARED, ACC):
        print(row)
