"""The command line: a thin shell over the library.

Exit codes: 0 success; 1 the run finished but rejected some inputs (ingest without
--allow-rejects) or a report cell failed; 2 usage error; 3 the store or a taxonomy file
could not be used (locked, wrong version, malformed).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence

from . import __version__
from .errors import PolicytrendsError

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def _at_least_one(text: str) -> int:
    """A count of 1 or more (argparse turns the ValueError into a usage error, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is fewer than 1")
    return value


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
    p.set_defaults(handler=_run_ingest)


def _run_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .errors import InputNotFoundError
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
            engine=args.engine, scheduler=args.scheduler,
        )
    except InputNotFoundError as exc:
        print(f"policytrends ingest: error: {exc.filename}: {exc.strerror}; "
              "no store was created or changed", file=sys.stderr)
        return EXIT_USAGE
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


def _add_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="render the HTML trend report of a store",
        formatter_class=_formatter,
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
    p.set_defaults(handler=_run_report)


def _run_report(args: argparse.Namespace) -> int:
    from .report import ReportError, render

    try:
        html, executed = render(args.store, args.out, [tuple(p) for p in args.parameter],
                                kernel_name=args.kernel, timeout=args.timeout)
    except ValueError as exc:
        print(f"policytrends report: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ReportError as exc:
        print(f"policytrends report: {exc}", file=sys.stderr)
        return EXIT_REJECTS
    print(f"wrote {html} ({html.stat().st_size // 1024} KB) and {executed}")
    return EXIT_OK


COMMANDS.append(_add_report)


def _add_themes(sub: argparse._SubParsersAction) -> None:
    from .taxonomy import tree  # help with examples and the run live beside the code

    tree.add_parser(sub, _formatter)


def _add_explain(sub: argparse._SubParsersAction) -> None:
    from . import explain

    explain.add_parser(sub, _formatter)


def _add_retag(sub: argparse._SubParsersAction) -> None:
    from . import retag

    retag.add_parser(sub, _formatter)


COMMANDS.extend([_add_themes, _add_explain, _add_retag])


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


def _show_warning(message: Warning | str, category: type[Warning], filename: str,
                  lineno: int, file: object = None, line: str | None = None) -> None:
    """A library warning as one line on stderr, without the source line behind it."""
    print(f"policytrends: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        with warnings.catch_warnings():  # (restores the default display afterwards)
            warnings.showwarning = _show_warning
            return int(args.handler(args))
    except PolicytrendsError as exc:
        print(f"policytrends: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("policytrends: interrupted; the store is unchanged", file=sys.stderr)
        return 130
