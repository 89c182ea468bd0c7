"""The taxonomy in force as an indented tree (what `policytrends themes` prints)."""

from __future__ import annotations

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
