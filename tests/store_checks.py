"""Checks on a store's files shared by the crash, concurrency and reliability tests."""

from __future__ import annotations

import sys
from pathlib import Path

from policytrends.store import META, Store


def version_files(store: Path) -> dict[str, bytes]:
    """Every file of the committed version, by path inside it: compared byte for byte."""
    cur = Store(store).current()
    assert cur is not None, f"{store}: no committed version"
    return {str(p.relative_to(cur)): p.read_bytes() for p in sorted(cur.rglob("*")) if p.is_file()}


def assert_clean(store: Path) -> None:
    """The committed version and at most the one before it (kept for readers); no leftovers."""
    versions = sorted(p.name for p in (store / META / "versions").iterdir())
    assert 1 <= len(versions) <= 2 and all(v.isdigit() for v in versions), versions
    cur = Store(store).current()
    assert cur is not None and cur.name == versions[-1], (cur, versions)
    assert not (store / META / "current.tmp").is_symlink()


def ingest_cmd(src: Path, store: Path, *extra: str) -> list[str]:
    """`policytrends ingest` as a separate process (one worker, no progress bar)."""
    cli = ["ingest", str(src), "--store", str(store), "--jobs", "1", "--quiet", *extra]
    return [sys.executable, "-m", "policytrends", *cli]


def store_bytes(store: Path) -> dict[str, bytes]:
    """Every Parquet file of the current version (and the manifest), by relative path."""
    cur = Store(store).current()
    assert cur is not None
    return {p.relative_to(cur).as_posix(): p.read_bytes() for p in sorted(cur.rglob("*.parquet"))}
