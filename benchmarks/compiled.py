"""CPU time a record, in one process, of the compiled modules against their pure-Python code.

The package as this process imports it runs its compiled modules (`policytrends.compiled`,
built by ``make install``); a copy of it under another name (``policytrends_pure``, in a
temporary folder) has no builds, so the same process also holds every module as plain
Python. Rounds alternate between the two (the order flips each round), so a machine
shared with other work slows both alike; each round times every record's whole work
(`workers.work_file`) and, separately, its reading, extraction and tagging. Prints the
best and the median round of each, in CPU microseconds a record (``time.process_time``).
``--compiled NAME[,NAME...]`` keeps only those listed modules compiled (the others run their
``.py``, through ``POLICYTRENDS_PURE_PYTHON``): what one module's build gives on its own.

usage: PYTHONPATH=src python benchmarks/compiled.py [--records 800] [--rounds 7]
       [--source wh_briefings] [--corpus ../shared/corpus] [--compiled NAME[,NAME...]]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PURE = "policytrends_pure"


def pure_copy(folder: Path) -> str:
    """Copy the imported package's sources (and its compiled tokenizer, so that only the
    listed modules differ) to `folder` as PURE; the folder to put on sys.path."""
    import policytrends

    source = Path(policytrends.__file__).resolve().parent
    shutil.copytree(source, folder / PURE,
                    ignore=shutil.ignore_patterns("__pycache__", "_compiled"))
    return str(folder)


def compile_only(names: list[str]) -> None:
    """Make every listed module but `names` run its .py in this process (before the package
    is imported: a module is found once)."""
    spec = importlib.util.find_spec("policytrends")  # found, not imported
    assert spec is not None and spec.submodule_search_locations
    listing = Path(spec.submodule_search_locations[0]) / "data" / "compiled.txt"
    listed = [line.partition("#")[0].strip() for line in listing.read_text("utf-8").splitlines()]
    unknown = sorted(set(names) - set(listed))
    if unknown:
        raise SystemExit(f"not in {listing}: {', '.join(unknown)}")
    os.environ["POLICYTRENDS_PURE_PYTHON"] = ",".join(
        name for name in listed if name and name not in names)


def stages(package: str) -> dict[str, Any]:
    """The functions timed, from `package` (whole work, reading, extraction, tagging)."""
    mod: dict[str, ModuleType] = {name: importlib.import_module(f"{package}.{name}")
                                  for name in ("workers", "sources", "extract", "taxonomy",
                                               "pipeline")}
    matcher = mod["taxonomy"].get_matcher(None)
    per = mod["pipeline"].MENTIONS_PER_THEME

    def reading(items: list[tuple[str, bytes]]) -> list[Any]:
        return [r for path, data in items for r in mod["sources"].read(path, path, data)]

    def extraction(records: list[Any]) -> None:
        for rec in records:
            mod["extract"].analyse(rec)

    def tagging(records: list[Any]) -> None:
        for rec in records:
            matcher.find_counted(rec.text, per)

    def whole(items: list[tuple[str, bytes]]) -> None:
        for path, _ in items:
            mod["workers"].work_file((path, path, None))

    return {"work_file": whole, "reading": reading, "extraction": extraction,
            "tagging": tagging}


def cpu_us(func: Any, arg: Any, count: int) -> float:
    start = time.process_time()
    func(arg)
    return (time.process_time() - start) / count * 1e6


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--records", type=int, default=800)
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--source", default="wh_briefings")
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    p.add_argument("--compiled", help="comma-separated listed modules kept compiled "
                   "(default: every listed module)")
    args = p.parse_args(argv)
    if args.compiled:
        compile_only([name.strip() for name in args.compiled.split(",")])
    from policytrends import compiled

    files = sorted(str(f) for f in (args.corpus / args.source).rglob("*")
                   if f.is_file() and f.suffix in (".md", ".rss", ".txt", ".html"))
    random.Random(1).shuffle(files)
    items = [(f, Path(f).read_bytes()) for f in files[:args.records]]
    with tempfile.TemporaryDirectory(prefix="policytrends-compiled-bench-") as tmp:
        sys.path.insert(0, pure_copy(Path(tmp)))
        runs = {"compiled": stages("policytrends"), "pure": stages(PURE)}
        records = {name: run["reading"](items) for name, run in runs.items()}  # warm-up
        for run in runs.values():
            run["work_file"](items[:30])
        built = [m for m in compiled.listed() if compiled.is_compiled(importlib.import_module(m))]
        pure = [m for m in sys.modules if m.startswith(PURE + ".")
                and compiled.is_compiled(sys.modules[m])]
        assert built and not pure, (built, pure)
        times: dict[tuple[str, str], list[float]] = {}
        for round_ in range(args.rounds):
            order = list(runs) if round_ % 2 == 0 else list(runs)[::-1]
            for name in order:
                for stage, func in runs[name].items():
                    arg = records[name] if stage in ("extraction", "tagging") else items
                    times.setdefault((name, stage), []).append(
                        cpu_us(func, arg, len(items)))
    print(f"{len(items)} records of {args.source}, {args.rounds} alternating rounds; "
          f"compiled: {', '.join(built)}")
    print("| CPU us a record | compiled best | pure best | ratio | compiled median | "
          "pure median |")
    print("|---|---|---|---|---|---|")
    for stage in runs["compiled"]:
        c, q = times[("compiled", stage)], times[("pure", stage)]
        print(f"| {stage} | {min(c):.0f} | {min(q):.0f} | {min(q) / min(c):.2f}x | "
              f"{statistics.median(c):.0f} | {statistics.median(q):.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
