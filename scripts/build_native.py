"""Build the compiled tokenizer and the compiled modules (``make install``).

The compiled modules: each module listed in ``src/policytrends/data/compiled.txt`` is
compiled with Cython from its own ``.py`` (pure-Python mode) into
``src/policytrends/_compiled/<module>.<sha256 of the .py><EXT_SUFFIX>``, where
`policytrends.compiled` finds it while the ``.py`` is unchanged. A module whose current
build is there is not built again; older builds of a rebuilt module are removed. Each
module is compiled in its own process, `--jobs` at a time.

The tokenizer, ``policytrends.extract._tokens_native``:

Cythonizes ``src/policytrends/extract/_tokens_native.pyx`` with BUILT_FROM appended (the
sha256 of it and of ``tokens.py``, `tokens.source_hashes`) and puts the extension module
next to them, replacing any older build in one rename. `policytrends.extract.tokens` uses
it only while those sources are unchanged. Without Cython or a C compiler this prints why
and exits 0: the package then runs its pure-Python tokenizer, which gives the same tokens.
A source that does not compile (a Cython or C error) exits 1 naming the file: with the
tools there, the compiled tokenizer must build (``make test`` then requires it too).

usage: python scripts/build_native.py [--src SRC] [--jobs N]   (SRC: the folder holding
       policytrends, default this checkout's src/; the benchmarks build their snapshots of
       other commits; N: modules compiled at once, default the number of CPUs)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shlex
import shutil
import sys
import sysconfig
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
MODULE = "policytrends.extract._tokens_native"


def _hashes(src: Path) -> dict[str, str]:
    sys.path.insert(0, str(src))  # that tree's package, whatever is installed
    try:
        from policytrends.extract.tokens import source_hashes
    finally:
        sys.path.pop(0)
    return source_hashes(src / "policytrends" / "extract")


class Unavailable(Exception):
    """A tool the build needs is not installed (Cython, a C compiler): not an error of the
    sources, so the package keeps its pure-Python tokenizer."""


class SourceError(Exception):
    """The sources do not compile: the build fails, naming the file."""


def c_compiler() -> str | None:
    """The C compiler extensions are built with (``$CC``, else Python's own), if installed."""
    command = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    words = shlex.split(command)
    return shutil.which(words[0]) if words else None


def _compile(source: Path, module: str, shown: Path, tmp: Path,
             directives: dict[str, object] | None = None) -> Path:
    """Compile `source` (a .pyx, or a .py in Cython's pure-Python mode) as `module` in
    the folder `tmp`; the built extension's path there. `shown` is the file named in errors.

    Raises:
        Unavailable: Cython or the C compiler is not installed.
        SourceError: the source does not compile (Cython's or the C compiler's errors are
            printed above the message).
    """
    try:
        from Cython.Build import cythonize
        from Cython.Compiler.Errors import CompileError
    except ImportError as exc:
        raise Unavailable(f"Cython is not installed ({exc})") from exc
    from setuptools import Distribution, Extension

    # no debugging information: it is most of the C compiler's time on a large module
    ext = Extension(module, [str(source)], extra_compile_args=["-g0"])
    try:
        modules = cythonize([ext], quiet=True, build_dir=str(tmp),
                            compiler_directives=directives or {})
    except CompileError as exc:
        raise SourceError(f"{shown} does not compile with Cython (its errors are "
                          f"above, at the file's own line numbers): {exc}") from exc
    if c_compiler() is None:
        raise Unavailable("no C compiler is installed (`cc`, or $CC)")
    dist = Distribution({"ext_modules": modules})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib = str(tmp / "lib")  # type: ignore[attr-defined]
    cmd.build_temp = str(tmp / "temp")  # type: ignore[attr-defined]
    try:
        dist.run_command("build_ext")
    except Exception as exc:  # distutils' CompileError, LinkError, DistutilsExecError
        raise SourceError(f"{shown}: the C compiler failed on the code Cython "
                          f"made of it ({type(exc).__name__}: {exc})") from exc
    return Path(cmd.get_ext_fullpath(module))  # type: ignore[attr-defined]


def _put(built: Path, target: Path) -> None:
    """Copy `built` to `target`, replacing any older file in one rename."""
    staged = target.with_name(target.name + ".new")
    shutil.copyfile(built, staged)
    os.replace(staged, target)  # a running process keeps the file it loaded


def build(src: Path) -> Path:
    """Build the tokenizer in the package under `src`; its path.

    Raises:
        Unavailable: Cython or the C compiler is not installed.
        SourceError: the ``.pyx`` does not compile.
    """
    folder = src / "policytrends" / "extract"
    source_file = folder / "_tokens_native.pyx"
    target = folder / ("_tokens_native" + sysconfig.get_config_var("EXT_SUFFIX"))
    with tempfile.TemporaryDirectory(prefix="policytrends-native-") as tmp:
        pyx = Path(tmp) / "_tokens_native.pyx"
        source = source_file.read_text(encoding="utf-8")
        # appended, so that the line numbers of Cython's errors are the file's own
        pyx.write_text(source + f"\n\nBUILT_FROM = {_hashes(src)!r}\n", encoding="utf-8")
        _put(_compile(pyx, MODULE, source_file, Path(tmp)), target)
    return target


# -- the compiled modules (policytrends/compiled.py, data/compiled.txt) ---------------------
# Python's semantics kept: annotations are not C types (a `float` one would make ints
# floats), and the names stay bound (functions are Python objects, as tests inspect them)
DIRECTIVES: dict[str, object] = {"language_level": 3, "annotation_typing": False,
                                 "binding": True}


def _compiled_api(src: Path) -> ModuleType:
    """`policytrends.compiled` of the tree under `src`, loaded alone (standard library only)."""
    path = src / "policytrends" / "compiled.py"
    spec = importlib.util.spec_from_file_location("_policytrends_compiled", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_module(src: Path, name: str) -> Path:
    """Build listed module `name` of the package under `src` from its ``.py`` as it is now
    (nothing to do when that build is there); its path. Older builds of it are removed.

    Raises:
        Unavailable: Cython or the C compiler is not installed.
        SourceError: the ``.py`` does not compile.
    """
    api = _compiled_api(src)
    source_file = src.joinpath(*name.split(".")).with_suffix(".py")
    folder = src / "policytrends" / "_compiled"
    target = api.build_file(name, api.source_hash(source_file), folder)
    if not target.is_file():
        folder.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="policytrends-compiled-") as tmp:
            # the module's own file name: Cython names its module after the Extension
            source = Path(tmp) / source_file.name
            shutil.copyfile(source_file, source)
            _put(_compile(source, name, source_file, Path(tmp), DIRECTIVES), target)
    for older in api.builds_of(name, folder):
        if older != target:
            older.unlink()
    return target


def build_modules(src: Path, jobs: int) -> list[Path]:
    """Build every module the tree under `src` lists (`build_module`), `jobs` at a time."""
    listing = src / "policytrends" / "data" / "compiled.txt"
    if not listing.is_file():  # a tree from before the compiled modules
        return []
    names = _compiled_api(src).read_list(listing)
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(build_module, [src] * len(names), names))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    src = args.src.resolve()
    try:
        target = build(src)
        print(f"build_native: built {target}")
        built = build_modules(src, args.jobs)
    except Unavailable as exc:
        print(f"build_native: the compiled tokenizer was not built, nor the compiled "
              f"modules: {exc}; policytrends uses its pure-Python tokenizer and modules, "
              f"which give the same results", file=sys.stderr)
        return 0
    except SourceError as exc:
        print(f"build_native: error: {exc}", file=sys.stderr)
        return 1
    for path in built:
        print(f"build_native: current {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
