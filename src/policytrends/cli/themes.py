"""`policytrends themes`: the taxonomy in force (or the one a store was tagged with) as a tree."""

from __future__ import annotations

import argparse

from .exit_codes import ExitCode
from .help_format import formatter


def add(sub: argparse._SubParsersAction) -> None:
    """Add the `themes` command to `sub`."""
    p = sub.add_parser(
        "themes",
        help="list the theme taxonomy in force as a tree",
        formatter_class=formatter,
        description="Print the shipped themes, extended or overridden by --taxonomy FILE, as a\n"
        "tree (a child implies its parent). Themes from the user file are marked.",
        epilog="example:\n  policytrends themes\n  policytrends themes --taxonomy my_themes.toml "
        "--wordings\n  policytrends themes --store data/processed/store",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--taxonomy", default=None,
                       help="TOML/YAML file extending the shipped themes")
    which.add_argument("--store", default=None,
                       help="the taxonomy recorded in this store (what its records were "
                       "tagged with)")
    p.add_argument("--wordings", action="store_true", help="also list wordings and patterns")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Run `policytrends themes`."""
    from ..taxonomy.loader import load
    from ..taxonomy.tree import render_tree

    if args.store:
        from ..store import Store
        from ..store_taxonomy import taxonomy_of

        Store(args.store).check_version()
        tax = taxonomy_of(Store(args.store))
    else:
        tax = load(args.taxonomy)
    print(render_tree(tax, wordings=args.wordings), end="")
    return ExitCode.OK
