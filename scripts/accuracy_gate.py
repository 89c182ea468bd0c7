"""Accuracy gate: score extraction and themes against ../shared/gold and check the floors.

Usage (from the repository root)::

    .venv/bin/python scripts/accuracy_gate.py [--shared ../shared] [--misses]

Same as ``python -m policytrends.evaluate --floors tests/accuracy_floors.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from policytrends.evaluate import main

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    args = sys.argv[1:]
    if "--floors" not in args:
        args += ["--floors", str(ROOT / "tests" / "accuracy_floors.json")]
    if "--shared" not in args:
        args += ["--shared", str(ROOT.parent / "shared")]
    sys.exit(main(args))
