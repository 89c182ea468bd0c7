"""Reading a package's imports with ``ast``: where a ``from ... import`` points."""

from __future__ import annotations

import ast


def import_origin(node: ast.ImportFrom, package: str) -> str:
    """The dotted module a ``from`` import reads from, relative levels resolved against
    ``package`` (the importing module's own package, or itself for an ``__init__``)."""
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))
