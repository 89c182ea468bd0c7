"""The fixed split of real pages and corpus records into a 'blind' and a 'dev' half.

Blind held-out sets are drawn only from the 'blind' half and dev sets only from the 'dev'
half, so that no rule writer labels or studies a held-out record. Plain python3 (the
selection scripts beside the label files import it; no policytrends import).

Usage: ``python3 corpus_halves.py URL_OR_PATH [...]`` prints the half of each.
"""

from __future__ import annotations

import hashlib
import sys


def half_key(s: str) -> str:
    """What is hashed: a URL without scheme, leading "www." and trailing "/"; a corpus path
    after "/corpus/" ("PATH#ITEM" for a State RSS item); anything else as given."""
    if "://" in s:
        s = s.split("://", 1)[1]
        s = s.removeprefix("www.").rstrip("/")
    elif "/corpus/" in s:
        s = s.split("/corpus/", 1)[1]
    return s


def half(s: str) -> str:
    """'blind' when the key's sha256 starts with a hex digit 0-7, else 'dev'."""
    return "blind" if hashlib.sha256(half_key(s).encode()).hexdigest()[0] in "01234567" else "dev"


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(half(arg), arg)
