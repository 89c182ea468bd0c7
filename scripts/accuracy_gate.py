"""Accuracy gate: score extraction and themes against ../shared/gold and check the floors.

The one entry point of the accuracy harness, which lives in ``tests/accuracy/`` (not in
the package: it reads ``../shared`` beside a checkout). Usage (from the repository root)::

    .venv/bin/python scripts/accuracy_gate.py [--shared ../shared] [--misses]
    .venv/bin/python scripts/accuracy_gate.py --gold tests/accuracy/heldout/heldout_v1.jsonl \\
        --floors tests/accuracy/heldout/floors.json

Without ``--floors`` the floors are ``tests/accuracy/floors.json``.

Dev sets of real pages (label rows keyed by the sha256 of a cached text; each set is
scored on its own and the rows whose text is not in the cache are counted as skipped)::

    .venv/bin/python scripts/accuracy_gate.py --devset tests/accuracy/devsets \\
        --pages .pagecache [--misses]

``--devset`` takes a JSONL file or a folder of them and may be repeated
(``--devset /work/labels/mofa_en_1.jsonl``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "accuracy"))

import devset_scores  # noqa: E402  (tests/accuracy is not a package)
import evaluate  # noqa: E402

if __name__ == "__main__":
    args = sys.argv[1:]
    if any(a == "--devset" or a.startswith("--devset=") for a in args):
        sys.exit(devset_scores.main(args))
    if "--floors" not in args:
        args += ["--floors", str(ROOT / "tests" / "accuracy" / "floors.json")]
    if "--shared" not in args:
        args += ["--shared", str(ROOT.parent / "shared")]
    sys.exit(evaluate.main(args))
