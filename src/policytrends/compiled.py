"""Compiled builds of some of the package's own Python modules, used only while current.

Public API::

    install()            put the finder first on sys.meta_path (the package does, on import)
    listed()             the modules listed in ``data/compiled.txt``, in order
    build_file(name, source_hash)  where the build of that source of module `name` lives
    is_compiled(module)  whether an imported module is running from its compiled build
    current()            the listed modules that have a build of their .py as it is now
    PURE_ENV             ``POLICYTRENDS_PURE_PYTHON``: "1" makes every module the .py,
                         a comma-separated list of module names makes those the .py

The modules listed in ``data/compiled.txt`` are compiled with Cython from their own ``.py``
files (``scripts/build_native.py``, run by ``make install``) into ``_compiled/`` beside the
package, a folder the import system does not search by itself. Each build's file name holds
the sha256 of the ``.py`` it was built from. When such a module is imported, the finder
hashes the ``.py`` as it is now and loads the build of exactly that source; a build of any
other version (the ``.py`` was edited since) is stale: the ``.py`` is imported instead and a
RuntimeWarning says so (``make install`` rebuilds it). No build at all (no C compiler, or
not built yet) means the ``.py`` too, silently, and so does ``POLICYTRENDS_PURE_PYTHON=1``
(checked at each import); ``POLICYTRENDS_PURE_PYTHON=policytrends.extract.us,...`` does so
for the modules it names only (to measure or debug one module's build against its ``.py``).
A compiled module keeps its ``.py`` as ``__file__`` and as its spec's origin, so that it
reads its data files and shows its source as the ``.py`` does.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import os
import sys
import sysconfig
import warnings
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from types import ModuleType

__all__ = ["PURE_ENV", "CompiledFinder", "build_file", "current", "install", "is_compiled",
           "listed"]

PACKAGE_DIR = Path(__file__).resolve().parent
LIST_FILE = PACKAGE_DIR / "data" / "compiled.txt"
BUILD_DIR = PACKAGE_DIR / "_compiled"
PURE_ENV = "POLICYTRENDS_PURE_PYTHON"
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"


def read_list(path: Path) -> tuple[str, ...]:
    """The dotted module names of a list file: one a line, ``#`` starts a comment."""
    names = (line.partition("#")[0].strip() for line in path.read_text("utf-8").splitlines())
    return tuple(name for name in names if name)


@cache
def listed() -> tuple[str, ...]:
    """The modules ``data/compiled.txt`` lists (none when the file is missing)."""
    try:
        return read_list(LIST_FILE)
    except OSError:
        return ()


def source_hash(path: Path) -> str:
    """sha256 of a file's bytes, in hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_file(name: str, source_hash: str, folder: Path = BUILD_DIR) -> Path:
    """Where the build of module `name` from the source with that sha256 lives."""
    return folder / f"{name}.{source_hash}{SUFFIX}"


def builds_of(name: str, folder: Path = BUILD_DIR) -> list[Path]:
    """Every build of module `name` in `folder`, whatever source it was built from."""
    return sorted(folder.glob(f"{name}.{'[0-9a-f]' * 64}{SUFFIX}"))


def source_of(name: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """The .py of module `name` of the package in `package_dir`."""
    return package_dir.parent.joinpath(*name.split(".")).with_suffix(".py")


def current(folder: Path = BUILD_DIR) -> list[str]:
    """The listed modules whose build of their .py as it is now is in `folder`."""
    return [name for name in listed()
            if build_file(name, source_hash(source_of(name)), folder).is_file()]


def pure_python(name: str) -> bool:
    """Whether the environment asks for the ``.py`` of module `name`: of every module
    ("1"), or of the modules a comma-separated list of dotted names gives."""
    value = os.environ.get(PURE_ENV, "").strip()
    if value in ("", "0"):
        return False
    return value == "1" or name in (part.strip() for part in value.split(","))


class CompiledLoader(importlib.machinery.ExtensionFileLoader):
    """Loads a build whose module keeps the ``.py`` as ``__file__``: set before the module's
    body runs, which is what reads data files beside it."""

    def __init__(self, name: str, build: str, source: str) -> None:
        super().__init__(name, build)
        self.source = source

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        # the extension is loaded from the spec's origin: give it the build's path
        as_built = importlib.machinery.ModuleSpec(spec.name, self, origin=self.path)
        module = super().create_module(as_built)
        module.__file__ = self.source
        return module


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the current build of a listed module (see the module doc)."""

    def __init__(self, names: Sequence[str], folder: Path = BUILD_DIR) -> None:
        self.names = frozenset(names)
        self.folder = folder

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names or pure_python(fullname) or not path:
            return None
        source = Path(path[0]) / (fullname.rpartition(".")[2] + ".py")
        try:
            build = build_file(fullname, source_hash(source), self.folder)
        except OSError:  # no such .py here: the import system reports what is missing
            return None
        if not build.is_file():
            if builds_of(fullname, self.folder):
                warnings.warn(
                    f"{source} was edited since it was compiled (no build of today's source "
                    f"in {self.folder}): the .py is used instead (`make install` rebuilds "
                    f"it)", RuntimeWarning, stacklevel=2)
            return None
        loader = CompiledLoader(fullname, str(build), str(source))
        spec = importlib.machinery.ModuleSpec(fullname, loader, origin=str(source))
        spec.has_location = True
        return spec


def install() -> None:
    """Put the finder of the listed modules first on sys.meta_path (once a process)."""
    if not any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, CompiledFinder(listed()))


def is_compiled(module: ModuleType) -> bool:
    """Whether `module` was loaded from its compiled build."""
    spec = getattr(module, "__spec__", None)
    return isinstance(getattr(spec, "loader", None), CompiledLoader)
