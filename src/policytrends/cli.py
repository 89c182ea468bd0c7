"""The command line: a thin shell over the library.

Exit codes: 0 success; 1 the run finished but rejected some inputs (ingest without
--allow-rejects) or a report cell failed; 2 usage error; 3 the store or a taxonomy file
could not be used (locked, wrong version, malformed).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from . import __version__
from .errors import PolicytrendsError

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def _add_ingest(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="parse publishers' records into a Parquet store",
        formatter_class=_formatter,
        description="Parse files and folders (searched recursively) into the store. Only new\n"
        "or changed files are parsed; the format is recognised from each file's content.",
        epilog="example:\n  policytrends ingest data/sample --store data/processed/store",
    )
    p.add_argument("src", nargs="+", help="files or folders to read")
    p.add_argument("--store", required=True, help="store directory (created if missing)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--taxonomy", default=None, help="TOML or YAML file extending the shipped themes")
    p.add_argument("--allow-rejects", action="store_true", help="exit 0 even if inputs were rejected")
    p.add_argument("--wait", action="store_true", help="wait for another run on the store to finish")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=_run_ingest)


def _run_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .ingest import ingest

    show = not args.quiet and sys.stderr.isatty()
    bar = tqdm(total=0, unit="file", disable=not show, file=sys.stderr)

    def on_total(n: int) -> None:
        bar.total = n
        bar.refresh()

    try:
        summary = ingest(
            args.src, args.store, jobs=args.jobs, taxonomy_file=args.taxonomy,
            wait=args.wait, progress=bar.update, on_total=on_total,
        )
    finally:
        bar.close()
    for line in summary.lines():
        print(line)
    if sum(summary.rejects.values()) and not args.allow_rejects:
        print("some inputs were rejected (see the rejects table); --allow-rejects to exit 0",
              file=sys.stderr)
        return EXIT_REJECTS
    return EXIT_OK


def _add_fetch(sub: argparse._SubParsersAction) -> None:
    from .fetch import command  # arguments, help with examples, and the run

    command.add_parser(sub, _formatter).set_defaults(handler=command.run)


# Each command registers itself here: (module-level function adding its subparser).
COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [_add_ingest]
COMMANDS.append(_add_fetch)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policytrends",
        formatter_class=_formatter,
        description="Foreign-policy trend analysis: readouts and speeches -> Parquet store -> "
        "themes, trends, reports.",
        epilog="example:\n  policytrends ingest data/sample --store data/processed/store\n"
        "  policytrends report --store data/processed/store --out report.html",
    )
    parser.add_argument("--version", action="version", version=f"policytrends {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except PolicytrendsError as exc:
        print(f"policytrends: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("policytrends: interrupted; the store is unchanged", file=sys.stderr)
        return 130
