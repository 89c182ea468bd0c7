"""Accuracy gate: score extraction and themes against ../shared/gold and check the floors.

Usage (from the repository root)::

    .venv/bin/python scripts/accuracy_gate.py [--shared ../shared] [--misses]

Same as ``python -m policytrends.evaluate --floors tests/accuracy_floors.json``.

Dev sets of real pages (label rows keyed by the sha256 of a cached text; each set is
scored on its own and the rows whose text is not in the cache are counted as skipped)::

    .venv/bin/python scripts/accuracy_gate.py --devset tests/accuracy/devsets \\
        --pages .pagecache [--misses]

Same as ``python -m policytrends.devsets``; ``--devset`` takes a JSONL file or a folder
of them and may be repeated (``--devset /work/labels/mofa_en_1.jsonl``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from policytrends import devsets
from policytrends.evaluate import main

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    args = sys.argv[1:]
    if any(a == "--devset" or a.startswith("--devset=") for a in args):
        sys.exit(devsets.main(args))
    if "--floors" not in args:
        args += ["--floors", str(ROOT / "tests" / "accuracy_floors.json")]
    if "--shared" not in args:
        args += ["--shared", str(ROOT.parent / "shared")]
    sys.exit(main(args))
