"""What linking records into events adds to an ingest.

Ingests SRC into a new store with `events.derive` (the linker, run at commit) timed, in
this same process, and reports the linker's share of the ingest: wall seconds and CPU
seconds of the linker (it runs in this process), so the ratio holds on a busy machine. Then
times a second full link of the committed store on its own.

usage: python benchmarks/events_cost.py SRC... --store DIR [--jobs N]
  e.g. python benchmarks/generate.py --records 100000 --out /tmp/corpus-100000
       python benchmarks/events_cost.py /tmp/corpus-100000 --store /tmp/store-100000
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path
from typing import Any

from policytrends import events
from policytrends.ingest import ingest
from policytrends.store import Store


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("src", nargs="+")
    p.add_argument("--store", required=True, type=Path)
    p.add_argument("--jobs", type=int, default=None)
    args = p.parse_args(argv)
    if args.store.exists():
        shutil.rmtree(args.store)
    spent = {"wall": 0.0, "cpu": 0.0}
    plain = events.derive

    def timed(work: Path, previous: Path | None) -> Any:
        w, c = time.perf_counter(), time.process_time()
        try:
            return plain(work, previous)
        finally:
            spent["wall"] += time.perf_counter() - w
            spent["cpu"] += time.process_time() - c

    events.derive = timed  # ingest looks it up when it opens the writer
    w = time.perf_counter()
    summary = ingest(args.src, args.store, jobs=args.jobs)
    wall = time.perf_counter() - w
    events.derive = plain
    store = Store(args.store)
    current = store.current()
    assert current is not None
    w, c = time.perf_counter(), time.process_time()
    again = plain(current, None)
    alone_wall, alone_cpu = time.perf_counter() - w, time.process_time() - c
    n_events = again["events"].num_rows if again else 0
    print(f"records: {summary.records}, meetings: {summary.meetings}, events: {n_events}")
    print(f"ingest: {wall:.1f} s wall")
    print(f"linking at commit: {spent['wall']:.2f} s wall, {spent['cpu']:.2f} s CPU")
    print(f"linking / ingest without linking: {spent['wall'] / (wall - spent['wall']):.1%} "
          "(wall)")
    print(f"a second full link of the store: {alone_wall:.2f} s wall, {alone_cpu:.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
