"""Dev sets of real pages: label rows keyed by the sha256 of a locally cached text.

A real page's text is never committed; a dev set row (``tests/accuracy/devsets/*.jsonl``)
carries the page's ``url``, the ``sha256`` of the UTF-8 text that was read and labelled, and
the gold fields of ``shared/gold/README.md``. The texts live in an ignored cache folder
(``.pagecache/<sha256>.txt``). Scoring copies each cached text of a set into a scratch
folder, ingests it like any user's files, and scores the tables with the accuracy gate's
measures (`evaluate.score`, beside this file). Rows whose text is not in the cache (or no longer
has the labelled bytes) are skipped and counted, never guessed.

Each set is scored on its own store: the same page labelled in two sets is then not a
duplicate of itself.

Command line::

    python scripts/accuracy_gate.py --devset tests/accuracy/devsets --pages .pagecache
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import evaluate

from policytrends.ingest import ingest

__all__ = ["DevSet", "SetScores", "load_devsets", "main", "prepare", "score_set"]

# characters kept in a scratch file's folder name (a set's name comes from its file name)
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass
class DevSet:
    """One label file: its name (the file's stem) and its rows in file order."""

    name: str
    path: Path
    rows: list[dict[str, Any]]


@dataclass
class SetScores:
    """A set's scores and the rows that could not be scored, with the reason."""

    name: str
    rows: int
    scores: evaluate.Scores | None  # None when no row of the set could be scored
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (row id, reason)


def load_devsets(paths: Iterable[str | Path]) -> list[DevSet]:
    """The sets of the given JSONL files or folders of them (``*.jsonl``, sorted).

    Raises:
        FileNotFoundError: a path that does not exist, or a folder with no ``*.jsonl``.
        ValueError: a line that is not a JSON object, naming the file and line.
    """
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.jsonl"))
            if not found:
                raise FileNotFoundError(f"{p}: no *.jsonl dev set files")
            files += found
        elif p.is_file():
            files.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such dev set file or folder")
    sets: list[DevSet] = []
    for path in files:
        rows: list[dict[str, Any]] = []
        for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON: {exc}") from exc
            if not isinstance(row, dict):
                raise ValueError(f"{path}:{lineno}: not a JSON object")
            rows.append(row)
        sets.append(DevSet(path.stem, path, rows))
    return sets


def _problem(row: dict[str, Any]) -> str | None:
    """Why a row cannot be scored at all (missing keys), else None."""
    for key in ("id", "sha256", "is_meeting"):
        if key not in row:
            return f"no {key!r} field"
    if not re.fullmatch(r"[0-9a-f]{64}", str(row["sha256"])):
        return "sha256 is not 64 lowercase hex digits"
    return None


def prepare(dev: DevSet, pages: str | Path, src: str | Path
            ) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Copy the cached texts of a set's rows into ``src/<set>/`` and give each row a path.

    Returns:
        ``(gold, skipped)``: the rows to score, each with ``path`` (relative to ``src``)
        and ``item`` None, and ``(row id, reason)`` for each row left out.
    """
    pages, src = Path(pages), Path(src)
    folder = _UNSAFE.sub("_", dev.name) or "set"
    gold: list[dict[str, Any]] = []
    skipped: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for n, row in enumerate(dev.rows, 1):
        rid = str(row.get("id", f"line {n}"))
        problem = _problem(row)
        if problem:
            skipped.append((rid, problem))
            continue
        sha = str(row["sha256"])
        if sha in seen:
            skipped.append((rid, f"same text as {seen[sha]}"))
            continue
        cached = pages / f"{sha}.txt"
        try:
            data = cached.read_bytes()
        except FileNotFoundError:
            skipped.append((rid, "text not in the cache"))
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            skipped.append((rid, f"{cached.name}: cached bytes do not have the labelled sha256"))
            continue
        seen[sha] = rid
        rel = f"{folder}/{sha}.txt"
        dest = src / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        gold.append({**row, "path": rel, "item": None})
    return gold, skipped


def score_set(dev: DevSet, pages: str | Path, jobs: int = 1) -> SetScores:
    """Ingest the cached texts of one set in a scratch folder and score them."""
    with tempfile.TemporaryDirectory(prefix="policytrends-devset-") as tmp:
        src = Path(tmp) / "src"
        gold, skipped = prepare(dev, pages, src)
        if not gold:
            return SetScores(dev.name, len(dev.rows), None, skipped)
        store = Path(tmp) / "store"
        ingest([src], store, jobs=jobs)
        scores = evaluate.score(evaluate.read_tables(store), gold)
    return SetScores(dev.name, len(dev.rows), scores, skipped)


def format_set(result: SetScores, show_misses: bool = False) -> str:
    """One set's report: the gate's tables, then the skipped rows."""
    scored = result.rows - len(result.skipped)
    lines = [f"== dev set {result.name}: {scored} rows scored, "
             f"{len(result.skipped)} skipped (text not in the cache: "
             f"{sum(1 for _, why in result.skipped if why == 'text not in the cache')})"]
    if result.scores is not None:
        lines.append(evaluate.format_report(result.scores, show_misses=show_misses))
    if result.skipped and show_misses:
        lines += ["skipped:"] + [f"  {rid}: {why}" for rid, why in result.skipped]
    return "\n".join(lines)


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The dev set options (shared by the gate's command line)."""
    ap.add_argument("--devset", action="append", metavar="JSONL_OR_DIR",
                    help="score this dev set file or folder of *.jsonl (repeatable)")
    ap.add_argument("--pages", default=".pagecache",
                    help="folder of cached page texts named <sha256>.txt (default .pagecache)")


def run(devsets: Sequence[str | Path], pages: str | Path, floors: str | Path | None = None,
        show_misses: bool = False, jobs: int = 1) -> int:
    """Print each set's report; with ``floors``, exit status 1 when a set misses one."""
    if not Path(pages).is_dir():
        print(f"{pages}: no page cache folder here", file=sys.stderr)
        return 2
    try:
        sets = load_devsets(devsets)
    except (FileNotFoundError, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    limits = json.loads(Path(floors).read_text("utf-8")) if floors else None
    status = 0
    for dev in sets:
        result = score_set(dev, pages, jobs=jobs)
        print(format_set(result, show_misses=show_misses))
        if limits is not None and result.scores is not None:
            failures = evaluate.check_floors(result.scores, limits)
            print(f"floors ({dev.name}): " + ("all met" if not failures
                                              else f"{len(failures)} not met"))
            for f in failures:
                print(f"  {f}")
            status = status or (1 if failures else 0)
        print()
    return status


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: score dev sets of cached real pages."""
    ap = argparse.ArgumentParser(
        prog="python scripts/accuracy_gate.py",
        description="Score dev sets of real pages whose texts are in a local cache.",
        epilog="example: python scripts/accuracy_gate.py --devset tests/accuracy/devsets "
               "--pages .pagecache --misses",
    )
    add_arguments(ap)
    ap.add_argument("--floors", help="JSON file of floors each set must meet")
    ap.add_argument("--misses", action="store_true", help="list every miss and skipped row")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for ingest")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if not args.devset:
        ap.error("give at least one --devset")
    return run(args.devset, args.pages, floors=args.floors, show_misses=args.misses,
               jobs=args.jobs)


if __name__ == "__main__":
    sys.exit(main())
