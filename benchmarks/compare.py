"""Parse throughput of two commits, measured back to back on the same corpus and machine.

Each commit's `src/` is snapshotted (`git archive`) and measured in its own process with
`run.per_format` (one core, `workers.work_file` on each file); the processes alternate
(A, B, A, B, ...) so that a busy machine slows both alike, and the best round of each counts.
Prints one table: records per CPU second (of the measuring process) per format and class
for each commit, and their ratio; ``--wall`` uses wall-clock records/s instead, which on a
machine shared with other work says more about the others than about the package.

usage: python benchmarks/compare.py BASE [HEAD] [--records N] [--rounds 3] [--wall]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402  (benchmarks/ is not a package)

_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, {here!r})
import run
run.snapshot(Path({work!r}), {rev!r})
print(json.dumps(run.per_format(Path({corpus!r}), {records})))
"""


def measure(rev: str, work: Path, corpus: Path, records: int) -> dict[str, Any]:
    """`run.per_format` for the package as committed at `rev`, in a fresh process."""
    code = _CHILD.format(here=str(HERE), work=str(work), rev=rev, corpus=str(corpus),
                         records=records)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def best(rounds: list[dict[str, Any]], key: str = "records_per_cpu_s") -> dict[str, float]:
    """Highest records per CPU second (or `key`) of each format over the rounds."""
    return {k: max(r[k][key] for r in rounds) for k in rounds[0]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("base")
    p.add_argument("head", nargs="?", default="HEAD")
    p.add_argument("--records", type=int, default=10_000, help="corpus size (generated once)")
    p.add_argument("--format-records", type=int, default=2000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--work", type=Path, default=HERE / "work")
    p.add_argument("--wall", action="store_true", help="records per wall-clock second")
    args = p.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    corpus, _ = run.corpus_for(args.work, args.records)
    runs: dict[str, list[dict[str, Any]]] = {args.base: [], args.head: []}
    for _ in range(args.rounds):
        for rev in runs:
            runs[rev].append(measure(rev, args.work, corpus, args.format_records))
    key = "records_per_s" if args.wall else "records_per_cpu_s"
    a, b = best(runs[args.base], key), best(runs[args.head], key)
    unit = "rec/s" if args.wall else "rec/CPU s"
    print(f"| format | {args.base} {unit} | {args.head} {unit} | ratio |")
    print("|---|---|---|---|")
    for key in a:
        print(f"| {key} | {a[key]:,.0f} | {b[key]:,.0f} | {b[key] / a[key]:.2f}x |")
    machine = run.machine()
    print(f"\n{args.rounds} alternating rounds, best of each; {machine['cpu']}, "
          f"{machine['cores']} cores, Python {machine['python']}; load at the end "
          f"{machine['load_average_start']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
