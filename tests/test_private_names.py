"""No module of src/policytrends reaches into another's private names.

A name with a leading underscore is its module's own business: a module that needs it
from elsewhere asks for a public name in the module where it belongs. Read with ``ast``,
lazy imports included: ``from .x import _y``, ``from policytrends.x import _y`` and
``x._y`` on a package module bound by an import all count.
"""

from __future__ import annotations

import ast
from pathlib import Path

from repo_paths import ROOT
from source_imports import import_origin

PACKAGE = ROOT / "src" / "policytrends"

# (module, name) pairs allowed, each with its reason. Empty: nothing needs one today.
ALLOWED: dict[tuple[str, str], str] = {}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _modules(package: Path) -> set[str]:
    names = set()
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.add(".".join(parts))
    return names


def private_reaches(package: Path) -> list[str]:
    """"file:line module._name" for each private name of a package module used by another."""
    modules = _modules(package)
    top = package.name
    found = []
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        here = ".".join(parts)
        pkg = here if path.name == "__init__.py" else here.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bound: dict[str, str] = {}  # local name -> package module it stands for
        uses: list[tuple[int, str, str]] = []  # (line, module, private name)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                origin = import_origin(node, pkg)
                if origin != top and not origin.startswith(top + "."):
                    continue
                for a in node.names:
                    if f"{origin}.{a.name}" in modules:
                        bound[a.asname or a.name] = f"{origin}.{a.name}"
                    if _private(a.name):
                        uses.append((node.lineno, origin, a.name))
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name in modules and a.asname:
                        bound[a.asname] = a.name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and _private(node.attr)
                    and isinstance(node.value, ast.Name) and node.value.id in bound):
                uses.append((node.lineno, bound[node.value.id], node.attr))
        rel = path.relative_to(package.parent).as_posix()
        found += [f"{rel}:{line} {mod}.{name}" for line, mod, name in sorted(uses)
                  if mod != here and (mod, name) not in ALLOWED]
    return found


def test_no_module_uses_another_modules_private_names() -> None:
    reaches = private_reaches(PACKAGE)
    assert not reaches, ("private names used outside their module: give them a public name "
                         f"where they belong: {reaches}")


def test_the_scan_sees_relative_absolute_lazy_and_attribute_reaches(tmp_path: Path) -> None:
    pkg = tmp_path / "policytrends"
    (pkg / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "_x = 1\ny = 2\ndef _f(): ...\n",
        "b.py": "from .a import _x, y\n",
        "c.py": "def g():\n    from policytrends.a import _f\n",
        "d.py": "from . import a\nfrom policytrends import a as aa\nv = a._x + aa._x + a.y\n",
        "e.py": "import policytrends.a as m\nimport re\nv = m._f, re._parser\n",
        "f.py": "from .a import y as _y\nfrom re import _parser\n",  # own alias, outside
        "sub/__init__.py": "",
        "sub/g.py": "from ..a import _x\nfrom . import _h\n",
    }
    for name, text in files.items():
        (pkg / name).write_text(text)
    assert private_reaches(pkg) == [
        "policytrends/b.py:1 policytrends.a._x",
        "policytrends/c.py:2 policytrends.a._f",
        "policytrends/d.py:3 policytrends.a._x",
        "policytrends/d.py:3 policytrends.a._x",
        "policytrends/e.py:3 policytrends.a._f",
        "policytrends/sub/g.py:1 policytrends.a._x",
        "policytrends/sub/g.py:2 policytrends.sub._h",
    ]
