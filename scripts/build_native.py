"""Build the compiled tokenizer, ``policytrends.extract._tokens_native`` (``make install``).

Cythonizes ``src/policytrends/extract/_tokens_native.pyx`` with BUILT_FROM appended (the
sha256 of it and of ``tokens.py``, `tokens.source_hashes`) and puts the extension module
next to them, replacing any older build in one rename. `policytrends.extract.tokens` uses
it only while those sources are unchanged. Without Cython or a C compiler this prints why
and exits 0: the package then runs its pure-Python tokenizer, which gives the same tokens.
A source that does not compile (a Cython or C error) exits 1 naming the file: with the
tools there, the compiled tokenizer must build (``make test`` then requires it too).

usage: python scripts/build_native.py [--src SRC]   (SRC: the folder holding policytrends,
       default this checkout's src/; the benchmarks build their snapshots of other commits)
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

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


def build(src: Path) -> Path:
    """Build the module in the package under `src`; its path.

    Raises:
        Unavailable: Cython or the C compiler is not installed.
        SourceError: the ``.pyx`` does not compile (Cython's or the C compiler's errors
            are printed above the message).
    """
    try:
        from Cython.Build import cythonize
        from Cython.Compiler.Errors import CompileError
    except ImportError as exc:
        raise Unavailable(f"Cython is not installed ({exc})") from exc
    from setuptools import Distribution, Extension

    folder = src / "policytrends" / "extract"
    source_file = folder / "_tokens_native.pyx"
    target = folder / ("_tokens_native" + sysconfig.get_config_var("EXT_SUFFIX"))
    with tempfile.TemporaryDirectory(prefix="policytrends-native-") as tmp:
        pyx = Path(tmp) / "_tokens_native.pyx"
        source = source_file.read_text(encoding="utf-8")
        # appended, so that the line numbers of Cython's errors are the file's own
        pyx.write_text(source + f"\n\nBUILT_FROM = {_hashes(src)!r}\n", encoding="utf-8")
        ext = Extension(MODULE, [str(pyx)])
        try:
            modules = cythonize([ext], quiet=True, build_dir=tmp)
        except CompileError as exc:
            raise SourceError(f"{source_file} does not compile with Cython (its errors are "
                              f"above, at the file's own line numbers): {exc}") from exc
        if c_compiler() is None:
            raise Unavailable("no C compiler is installed (`cc`, or $CC)")
        dist = Distribution({"ext_modules": modules})
        cmd = dist.get_command_obj("build_ext")
        cmd.build_lib = str(Path(tmp) / "lib")  # type: ignore[attr-defined]
        cmd.build_temp = str(Path(tmp) / "temp")  # type: ignore[attr-defined]
        try:
            dist.run_command("build_ext")
        except Exception as exc:  # distutils' CompileError, LinkError, DistutilsExecError
            raise SourceError(f"{source_file}: the C compiler failed on the code Cython "
                              f"made of it ({type(exc).__name__}: {exc})") from exc
        built = Path(cmd.get_ext_fullpath(MODULE))  # type: ignore[attr-defined]
        staged = target.with_name(target.name + ".new")
        shutil.copyfile(built, staged)
        os.replace(staged, target)  # a running process keeps the file it loaded
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    src = parser.parse_args().src.resolve()
    try:
        target = build(src)
    except Unavailable as exc:
        print(f"build_native: the compiled tokenizer was not built: {exc}; policytrends "
              f"uses its pure-Python tokenizer, which gives the same tokens", file=sys.stderr)
        return 0
    except SourceError as exc:
        print(f"build_native: error: {exc}", file=sys.stderr)
        return 1
    print(f"build_native: built {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
