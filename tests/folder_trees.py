"""Source folders for the discovery tests: odd entries (names out of folder order, hidden
files, links, a fifo, fetch bookkeeping) and trees of files that hypothesis builds."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import strategies as st

from policytrends.fetched_folders import BOOKKEEPING


def odd_entries(src: Path) -> None:
    """Names whose rel order differs from a folder-by-folder listing, and entries that are
    rejects (hidden, links, a fifo) or not input (fetch bookkeeping)."""
    for rel in ("a.txt", "a/z.txt", "a-b/y.txt", "a!.txt", "é/x.txt", "ab/c/d.txt"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text(f"A note about {rel} and the Indo-Pacific.\n", encoding="utf-8")
    (src / ".hidden.txt").write_text("Hidden.\n", encoding="utf-8")
    (src / "a" / ".cache").mkdir()
    (src / "a" / ".cache" / "n.txt").write_text("Cached.\n", encoding="utf-8")
    os.symlink(src / "a.txt", src / "a" / "link.txt")
    os.symlink(src / "a-b", src / "linked-folder")
    os.mkfifo(src / "a" / "pipe")
    (src / os.fsdecode(b"caf\xe9.txt")).write_text("Not UTF-8 in its name.\n", encoding="utf-8")


NAMES = st.text(alphabet="ab-!._~0é", min_size=1, max_size=3).filter(
    lambda n: not n.startswith(".") and n not in BOOKKEEPING)


TREES = st.recursive(st.none(), lambda kids: st.dictionaries(NAMES, kids, max_size=4),
                      max_leaves=12)


def make_tree(root: Path, tree: dict | None) -> None:
    for name, sub in (tree or {}).items():
        if sub is None:
            (root / name).write_text("x", encoding="utf-8")
        else:
            (root / name).mkdir()
            make_tree(root / name, sub)
