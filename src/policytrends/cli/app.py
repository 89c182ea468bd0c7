"""`policytrends`: the parser of every command, and the run that maps errors to exit codes."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence

from .. import __version__
from ..errors import PolicytrendsError
from . import explain, fetch, ingest, report, retag, themes
from .exit_codes import ExitCode
from .help_format import formatter

# The commands in the order `policytrends --help` lists them; each adds its own subparser,
# whose `handler` default is the function that runs it.
COMMANDS: tuple[Callable[[argparse._SubParsersAction], None], ...] = (
    ingest.add, fetch.add, report.add, themes.add, explain.add, retag.add,
)


def build_parser() -> argparse.ArgumentParser:
    """The `policytrends` parser with every command."""
    parser = argparse.ArgumentParser(
        prog="policytrends",
        formatter_class=formatter,
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


def _show_warning(message: Warning | str, category: type[Warning], filename: str,
                  lineno: int, file: object = None, line: str | None = None) -> None:
    """A library warning as one line on stderr, without the source line behind it."""
    print(f"policytrends: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `policytrends` with `argv` (default: the process's arguments).

    Returns:
        An `ExitCode`; a library error (`PolicytrendsError`) is printed in one line and
        gives `ExitCode.ERROR`.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return ExitCode.USAGE
    try:
        with warnings.catch_warnings():  # (restores the default display afterwards)
            warnings.showwarning = _show_warning
            return ExitCode(args.handler(args))
    except PolicytrendsError as exc:
        print(f"policytrends: error: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        print("policytrends: interrupted; the store is unchanged", file=sys.stderr)
        return ExitCode.INTERRUPTED
