"""`policytrends explain`: the passages that gave a record its themes, or an event's records."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .exit_codes import ExitCode
from .help_format import formatter


def add(sub: argparse._SubParsersAction) -> None:
    """Add the `explain` command to `sub`."""
    from ..explain import CONTEXT, LIMIT  # the defaults the help shows

    p = sub.add_parser(
        "explain",
        help="show the passages that gave a record its themes",
        formatter_class=formatter,
        description="Print every theme of a record with the passages (stored mentions) that\n"
        "triggered it, highlighted in context: colour on a terminal, [[brackets]]\n"
        "otherwise. RECORD_ID may be a unique prefix of the id. Given an event id\n"
        "(ev...), list the event's records: role, publisher, title and themes.",
        epilog="example:\n  policytrends explain 3f9c2a1b --store data/processed/store\n"
        "  policytrends explain 3f9c2a1b --store data/processed/store --html why.html\n"
        "  policytrends explain ev1607a84e --store data/processed/store",
    )
    p.add_argument("record_id", metavar="RECORD_ID",
                   help="record id or event id (or a unique prefix of one)")
    p.add_argument("--store", required=True, help="store directory written by ingest")
    p.add_argument("--taxonomy", default=None,
                   help="TOML or YAML file for theme labels (default: the store's taxonomy)")
    p.add_argument("--html", metavar="FILE", default=None,
                   help="write a standalone HTML page with the passages marked")
    p.add_argument("--plain", action="store_true", help="no colour even on a terminal")
    p.add_argument("--context", type=int, default=CONTEXT,
                   help=f"characters shown around a passage (default: {CONTEXT})")
    p.add_argument("--limit", type=int, default=LIMIT, metavar="N",
                   help=f"passages shown per theme, 0 for all (default: {LIMIT}); the count "
                   "is always exact")
    p.set_defaults(handler=run)


def _use_ansi(stream: Any) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ


def run(args: argparse.Namespace) -> ExitCode:
    """Run `policytrends explain`."""
    from pathlib import Path

    from .. import explain, taxonomy
    from ..event_view import is_event_id
    from ..outputs import write_atomic

    if is_event_id(args.record_id):
        sys.stdout.write(explain.event_listing(args.store, args.record_id))
        return ExitCode.OK
    ev = explain.load_evidence(args.store, args.record_id)
    if args.taxonomy:
        tax = taxonomy.load(args.taxonomy)
    else:  # the labels of the themes the store was tagged with
        from ..store import Store
        from ..store_taxonomy import taxonomy_of

        tax = taxonomy_of(Store(args.store))
    if args.html:
        write_atomic(Path(args.html), explain.render_html(ev, tax))  # its folder made if missing
        print(f"wrote {explain.printable(args.html)}")
        return ExitCode.OK
    sys.stdout.write(explain.render_text(ev, tax, ansi=not args.plain and _use_ansi(sys.stdout),
                                         context=max(0, args.context),
                                         limit=args.limit if args.limit > 0 else None))
    return ExitCode.OK
