"""Whether the working tree writes the same store as the package committed at REV.

Ingests each SRC twice, with REV's ``src/`` (a snapshot) and with the working tree, and
compares every Parquet file of the two stores byte for byte, table by table: a change
meant only to make ingest faster must leave them identical.

usage: python benchmarks/same_store.py REV SRC [SRC ...] [--work DIR] [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import real  # noqa: E402  (benchmarks/ is not a package)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("rev")
    p.add_argument("srcs", nargs="+", type=Path)
    p.add_argument("--work", type=Path, default=real.DEFAULT_WORK)
    p.add_argument("--jobs", type=int, default=2)
    args = p.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    commit, env = real.snapshot_env(args.work, args.rev)
    same_all = True
    for src in args.srcs:
        base, new = args.work / "same-base", args.work / "same-new"
        b = real.ingest(src, base, args.jobs, env)
        n = real.ingest(src, new, args.jobs)
        old_files, new_files = real.store_bytes(base), real.store_bytes(new)
        tables = sorted({k.split("/")[0] for k in (*old_files, *new_files)})
        differ = [t for t in tables if {k: v for k, v in old_files.items() if k.startswith(t)}
                  != {k: v for k, v in new_files.items() if k.startswith(t)}]
        same_all &= not differ
        print(f"{src}: {b['records']} records; {len(old_files)} Parquet files; "
              f"{commit} {b['seconds']} s, working tree {n['seconds']} s; "
              + (f"DIFFERENT tables: {', '.join(differ)}" if differ else
                 f"byte-identical ({', '.join(tables)})"), flush=True)
    return 0 if same_all else 1


if __name__ == "__main__":
    raise SystemExit(main())
