"""`policytrends ingest`: parse publishers' records into a Parquet store."""

from __future__ import annotations

import argparse
import sys

from .exit_codes import ExitCode
from .help_format import formatter
from .progress import progress_bar


def _at_least_one(text: str) -> int:
    """A count of 1 or more (argparse turns the error into a usage error, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is fewer than 1")
    return value


def add(sub: argparse._SubParsersAction) -> None:
    """Add the `ingest` command to `sub`."""
    p = sub.add_parser(
        "ingest",
        help="parse publishers' records into a Parquet store",
        formatter_class=formatter,
        description="Parse files and folders (searched recursively) into the store. Only new\n"
        "or changed files are parsed; the format is recognised from each file's content.",
        epilog="example:\n  policytrends ingest data/sample --store data/processed/store",
    )
    p.add_argument("src", nargs="+", help="files or folders to read")
    p.add_argument("--store", required=True, help="store directory (created if missing)")
    p.add_argument("--jobs", type=_at_least_one, default=None,
                   help="worker processes (default: all cores)")
    p.add_argument("--taxonomy", default=None,
                   help="TOML or YAML file extending the shipped themes, recorded in the "
                   "store; default: the one recorded (another is refused: retag first)")
    p.add_argument("--allow-rejects", action="store_true",
                   help="exit 0 even if inputs were rejected")
    p.add_argument("--wait", action="store_true",
                   help="wait for another run on the store to finish")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="parse in local processes (default) or on a Dask cluster")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://host:8786 (implies --engine dask; "
                   "without it --engine dask starts a local cluster of --jobs workers)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Run `policytrends ingest`."""
    from ..errors import InputNotFoundError
    from ..ingest import ingest

    bar, on_total = progress_bar("file", args.quiet)
    try:
        summary = ingest(
            args.src, args.store, jobs=args.jobs, taxonomy_file=args.taxonomy,
            wait=args.wait, progress=bar.update, on_total=on_total,
            engine=args.engine, scheduler=args.scheduler,
        )
    except InputNotFoundError as exc:
        print(f"policytrends ingest: error: {exc.filename}: {exc.strerror}; "
              "no store was created or changed", file=sys.stderr)
        return ExitCode.USAGE
    finally:
        bar.close()
    for line in summary.lines():
        print(line)
    if sum(summary.rejects.values()) and not args.allow_rejects:
        print("some inputs were rejected (see the rejects table); --allow-rejects to exit 0",
              file=sys.stderr)
        return ExitCode.INCOMPLETE
    return ExitCode.OK
