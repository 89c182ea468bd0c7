"""`policytrends retag`: recompute topics and mentions from the stored text."""

from __future__ import annotations

import argparse

from .exit_codes import ExitCode
from .help_format import formatter


def add(sub: argparse._SubParsersAction) -> None:
    """Add the `retag` command to `sub`."""
    p = sub.add_parser(
        "retag",
        help="recompute topics and mentions from the stored text",
        formatter_class=formatter,
        description="Re-tag every record of a store from documents.text with the taxonomy in\n"
        "force (shipped themes plus --taxonomy FILE), without re-parsing the sources.\n"
        "Writes a new store version atomically; other tables are unchanged. The taxonomy\n"
        "is recorded in the store: later ingests and retags use it unless given another.",
        epilog="example:\n  policytrends retag --store data/processed/store "
        "--taxonomy my_themes.toml",
    )
    p.add_argument("--store", required=True, help="store directory written by ingest")
    taxonomy_args = p.add_mutually_exclusive_group()
    taxonomy_args.add_argument(
        "--taxonomy", default=None,
        help="TOML/YAML file extending the shipped themes (recorded in the store: later "
        "ingests use it); default: the taxonomy recorded in the store")
    taxonomy_args.add_argument("--shipped-only", action="store_true",
                               help="re-tag with the shipped themes alone")
    p.add_argument("--wait", action="store_true", help="wait for another run on the store")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Run `policytrends retag`."""
    from ..retag import retag

    for line in retag(args.store, args.taxonomy, wait=args.wait,
                      shipped_only=args.shipped_only).lines():
        print(line)
    return ExitCode.OK
