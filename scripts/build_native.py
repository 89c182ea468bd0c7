"""Build the compiled tokenizer, ``policytrends.extract._tokens_native`` (``make install``).

Cythonizes ``src/policytrends/extract/_tokens_native.pyx`` with BUILT_FROM appended (the
sha256 of it and of ``tokens.py``, `tokens.source_hashes`) and puts the extension module
next to them, replacing any older build in one rename. `policytrends.extract.tokens` uses
it only while those sources are unchanged. Without Cython or a C compiler this prints why
and exits 0: the package then runs its pure-Python tokenizer, which gives the same tokens.

usage: python scripts/build_native.py [--src SRC]   (SRC: the folder holding policytrends,
       default this checkout's src/; the benchmarks build their snapshots of other commits)
"""

from __future__ import annotations

import argparse
import os
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


def build(src: Path) -> Path:
    """Build the module in the package under `src`; its path."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    folder = src / "policytrends" / "extract"
    target = folder / ("_tokens_native" + sysconfig.get_config_var("EXT_SUFFIX"))
    with tempfile.TemporaryDirectory(prefix="policytrends-native-") as tmp:
        pyx = Path(tmp) / "_tokens_native.pyx"
        source = (folder / "_tokens_native.pyx").read_text(encoding="utf-8")
        pyx.write_text(source + f"\n\nBUILT_FROM = {_hashes(src)!r}\n", encoding="utf-8")
        ext = Extension(MODULE, [str(pyx)])
        dist = Distribution({"ext_modules": cythonize([ext], quiet=True, build_dir=tmp)})
        cmd = dist.get_command_obj("build_ext")
        cmd.build_lib = str(Path(tmp) / "lib")  # type: ignore[attr-defined]
        cmd.build_temp = str(Path(tmp) / "temp")  # type: ignore[attr-defined]
        dist.run_command("build_ext")
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
    except Exception as exc:  # no Cython, no compiler: the pure-Python tokenizer stays
        print(f"build_native: the compiled tokenizer was not built ({type(exc).__name__}: "
              f"{exc}); policytrends uses its pure-Python tokenizer", file=sys.stderr)
        return 0
    print(f"build_native: built {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
