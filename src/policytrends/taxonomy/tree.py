"""`policytrends themes`: the taxonomy in force as a tree."""

from __future__ import annotations

import argparse
from typing import Any

from .loader import load
from .model import Taxonomy, Theme


def _line(theme: Theme, shipped_name: str, wordings: bool) -> str:
    parts = [f"{theme.key}  {theme.label}",
             f"({len(theme.wordings)} wordings, {len(theme.patterns)} patterns"
             + (f", {len(theme.ambiguous)} ambiguous" if theme.ambiguous else "")
             + (f", {len(theme.exclusions) + len(theme.exclusion_patterns)} exclusions"
                if theme.exclusions or theme.exclusion_patterns else "") + ")"]
    if theme.source and theme.source != shipped_name:
        parts.append(f"[{theme.source}]")
    text = "  ".join(parts)
    if wordings:
        shown = [*theme.wordings, *(f"/{p}/" for p in theme.patterns),
                 *(f"~{w}" for w in theme.ambiguous)]
        text += "\n    " + "; ".join(shown)
        excluded = [*theme.exclusions, *(f"/{p}/" for p in theme.exclusion_patterns)]
        if excluded:
            text += "\n    not: " + "; ".join(excluded)
    return text


def render_tree(tax: Taxonomy, wordings: bool = False) -> str:
    """The taxonomy as an indented tree (roots sorted by key, children under parents).

    Args:
        tax: the taxonomy in force.
        wordings: also list each theme's wordings, /patterns/, ~ambiguous wordings and
            exclusions.
    """
    shipped_name = tax.files[0] if tax.files else ""
    out: list[str] = []

    def walk(theme: Theme, prefix: str, last: bool, root: bool) -> None:
        branch = "" if root else ("└── " if last else "├── ")
        body = _line(theme, shipped_name, wordings).replace("\n", "\n" + prefix
                                                             + ("    " if last or root
                                                                else "│   "))
        out.append(f"{prefix}{branch}{body}")
        children = tax.children(theme.key)
        child_prefix = prefix if root else prefix + ("    " if last else "│   ")
        for i, child in enumerate(children):
            walk(child, child_prefix, i == len(children) - 1, False)

    for root in tax.children(None):
        walk(root, "", True, True)
    files = ", ".join(tax.files)
    out.append(f"\n{len(tax)} themes from {files}")
    return "\n".join(out) + "\n"


def add_parser(sub: argparse._SubParsersAction,
               formatter: Any) -> argparse.ArgumentParser:
    """The `themes` subcommand."""
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
    return p


def run(args: argparse.Namespace) -> int:
    """Run `policytrends themes`."""
    if args.store:
        from ..store import Store
        from ..store_taxonomy import taxonomy_of

        Store(args.store).check_version()
        tax = taxonomy_of(Store(args.store))
    else:
        tax = load(args.taxonomy)
    print(render_tree(tax, wordings=args.wordings), end="")
    return 0
