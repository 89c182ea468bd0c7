"""`policytrends report`: render the HTML trend report of a store."""

from __future__ import annotations

import argparse
import sys

from .exit_codes import ExitCode
from .help_format import formatter


def add(sub: argparse._SubParsersAction) -> None:
    """Add the `report` command to `sub`."""
    p = sub.add_parser(
        "report",
        help="render the HTML trend report of a store",
        formatter_class=formatter,
        description="Execute the packaged report notebook on a store (papermill) and export\n"
        "self-contained HTML (charts embedded, code hidden); the executed notebook is\n"
        "written beside it. Parameters: themes, period (month|quarter|year), sources,\n"
        "title, start, end (YYYY-MM-DD), meetings_only; lists are comma-separated.",
        epilog="example:\n  policytrends report --store data/processed/store --out report.html "
        "-p themes foip,north_korea -p period year",
    )
    p.add_argument("--store", required=True, help="store directory written by ingest")
    p.add_argument("--out", required=True, help="HTML file to write (FILE.ipynb goes beside it)")
    p.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                   metavar=("NAME", "VALUE"), help="set a report parameter (repeatable)")
    p.add_argument("--kernel", default="python3", help="Jupyter kernel (default: python3)")
    p.add_argument("--timeout", type=int, default=600, help="seconds per cell (default: 600)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Run `policytrends report`."""
    from ..report import ReportError, render

    try:
        html, executed = render(args.store, args.out, [tuple(p) for p in args.parameter],
                                kernel_name=args.kernel, timeout=args.timeout)
    except ValueError as exc:
        print(f"policytrends report: error: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except ReportError as exc:
        print(f"policytrends report: {exc}", file=sys.stderr)
        return ExitCode.INCOMPLETE
    print(f"wrote {html} ({html.stat().st_size // 1024} KB) and {executed}")
    return ExitCode.OK
