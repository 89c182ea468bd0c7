"""The compiled tokenizer (`extract/_tokens_native.pyx`, built by `make install`): it gives
the pure-Python tokenizer's tokens, and a build older than its sources is never used."""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
import types
import warnings
from pathlib import Path

import pytest
from fast_path_checks import SETTINGS
from hypothesis import given
from hypothesis import strategies as st
from native_builds import REQUIRE_ENV, assert_required_only_with_the_switch
from repo_paths import ROOT

from policytrends.extract import people, tokens

native = pytest.mark.skipif(tokens.NATIVE is None, reason="the compiled tokenizer is not built")
PACKAGE = Path(tokens.__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "scripts" / "build_native.py"


def _build_script() -> types.ModuleType:
    """scripts/build_native.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("build_native", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _package_copy(tmp_path: Path) -> Path:
    """A copy of the package's sources, without its compiled module: the folder to put on
    PYTHONPATH (or to give build_native.py as --src)."""
    shutil.copytree(PACKAGE, tmp_path / "policytrends",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    return tmp_path

# characters whose classes differ between str methods and naive ASCII tests: digits that
# are not decimal (²), decimal digits of other scripts (٣), letters of other scripts,
# spaces that are not " ", the underscore, apostrophes, dashes, bullets and sentence ends
ALPHABET = list("aZé İßx9٣²_’'-–—•*.,;:/()!?\n\t \u00a0\u2003\u3000中あ") + ["\U0001d400"]
wide_texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)


def _listed(scanned: tokens.Scan) -> list[list]:
    """The six sequences as lists, flags as bools: how both tokenizers are compared."""
    words, starts, ends, possessive, period, kinds = scanned
    return [list(words), list(starts), list(ends), [bool(p) for p in possessive],
            [bool(p) for p in period], list(kinds)]


@native
@SETTINGS
@given(text=wide_texts)
def test_native_tokens_are_the_pure_ones(text: str) -> None:
    assert tokens.NATIVE is not None
    assert _listed(tokens.NATIVE(text, people._TOKEN_INFO)) == _listed(
        tokens.scan_pure(text, people._TOKEN_INFO))


@native
@pytest.mark.corpus
def test_native_tokens_are_the_pure_ones_on_real_records() -> None:
    corpus = ROOT.parent / "shared" / "corpus" / "wh_briefings"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not there")
    assert tokens.NATIVE is not None
    for path in sorted(corpus.rglob("*.md"))[::7]:
        text = path.read_text(encoding="utf-8")
        assert _listed(tokens.NATIVE(text, people._TOKEN_INFO)) == _listed(
            tokens.scan_pure(text, people._TOKEN_INFO)), path


def test_a_build_from_other_sources_is_refused_with_a_warning() -> None:
    hashes = tokens.source_hashes()
    built = types.ModuleType("fake_native")
    built.scan = tokens.scan_pure  # type: ignore[attr-defined]
    built.BUILT_FROM = dict(hashes, **{"tokens.py": "0" * 64})  # type: ignore[attr-defined]
    with pytest.warns(RuntimeWarning, match="tokens.py"):
        assert tokens.checked_native(built, hashes) is None
    built.BUILT_FROM = dict(hashes)  # type: ignore[attr-defined]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert tokens.checked_native(built, hashes) is tokens.scan_pure


def _uses_native(package_root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    code = "from policytrends.extract import tokens; print(tokens.NATIVE is not None)"
    return subprocess.run(
        [sys.executable, "-W", "default", "-c", code], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(package_root), **env}, check=True)


@native
def test_an_edited_source_is_not_shadowed_by_the_build(tmp_path: Path) -> None:
    """A copy of the package with its compiled module: used as built; after tokens.py or
    the .pyx is edited, the pure-Python tokenizer is used, and a warning says why."""
    copy = tmp_path / "policytrends"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    as_built = _uses_native(tmp_path)
    assert as_built.stdout.strip() == "True", as_built.stderr
    assert "RuntimeWarning" not in as_built.stderr
    assert _uses_native(tmp_path, POLICYTRENDS_PURE_PYTHON="1").stdout.strip() == "False"
    # a list of module names switches the tokenizer off only when it names it
    assert _uses_native(tmp_path, POLICYTRENDS_PURE_PYTHON="policytrends.extract.tokens"
                        ).stdout.strip() == "False"
    assert _uses_native(tmp_path, POLICYTRENDS_PURE_PYTHON="policytrends.automaton"
                        ).stdout.strip() == "True"
    for name in tokens.NATIVE_SOURCES:
        source = copy / "extract" / name
        kept = source.read_bytes()
        source.write_bytes(kept + b"\n# edited\n")
        edited = _uses_native(tmp_path)
        assert edited.stdout.strip() == "False"
        assert "RuntimeWarning" in edited.stderr and name in edited.stderr
        source.write_bytes(kept)


def test_the_compiled_tokenizer_is_built_and_current_where_it_can_be() -> None:
    """Under `make test` (and so in CI) a compiled tokenizer that is missing or stale fails
    the suite, unless no C compiler is installed: else a build that went wrong would leave
    every test green on the pure-Python tokenizer."""
    if os.environ.get(REQUIRE_ENV, "") in ("", "0"):
        pytest.skip(f"{REQUIRE_ENV} is not set (`make test` sets it)")
    if _build_script().c_compiler() is None:
        pytest.skip("no C compiler is installed: the pure-Python tokenizer is the one used")
    try:
        module = importlib.import_module("policytrends.extract._tokens_native")
    except ImportError as exc:
        pytest.fail(f"the compiled tokenizer is not built ({exc}): `make install` builds it, "
                    f"and scripts/build_native.py says why it could not")
    assert getattr(module, "BUILT_FROM", None) == tokens.source_hashes(), (
        f"{module.__file__} is stale (built from other sources): `make install` rebuilds it")


def test_the_require_switch_fails_where_the_module_is_missing(tmp_path: Path) -> None:
    """The test above, run on a copy of the package that has no compiled module: it fails
    with the switch set (and a compiler installed), and skips without the switch."""
    if _build_script().c_compiler() is None:
        pytest.skip("no C compiler is installed: the switch asks nothing then")
    root = _package_copy(tmp_path)
    name = "test_the_compiled_tokenizer_is_built_and_current_where_it_can_be"
    assert_required_only_with_the_switch(f"{Path(__file__).resolve()}::{name}", root,
                                         "the compiled tokenizer is not built")


@pytest.mark.skipif(importlib.util.find_spec("Cython") is None, reason="Cython is not installed")
def test_a_pyx_that_does_not_compile_fails_the_build_naming_the_file(tmp_path: Path) -> None:
    """A Cython error is not a missing tool: the build exits non-zero, naming the file, and
    leaves no module behind (Cython reports it before any C compiler runs)."""
    root = _package_copy(tmp_path)
    pyx = root / "policytrends" / "extract" / "_tokens_native.pyx"
    pyx.write_text(pyx.read_text("utf-8") + "\ncdef int broken(:\n", encoding="utf-8")
    built = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--src", str(root)],
                           capture_output=True, text=True)
    assert built.returncode == 1, built.stdout + built.stderr
    assert f"build_native: error: {pyx} does not compile" in built.stderr
    assert not list(pyx.parent.glob("_tokens_native*.so"))


def test_a_missing_c_compiler_is_forgiven_with_a_message(tmp_path: Path) -> None:
    root = _package_copy(tmp_path)
    built = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--src", str(root)],
                           capture_output=True, text=True,
                           env={**os.environ, "CC": str(tmp_path / "no-such-cc")})
    assert built.returncode == 0, built.stderr
    assert "was not built" in built.stderr and "pure-Python tokenizer" in built.stderr
    assert not list((root / "policytrends" / "extract").glob("_tokens_native*.so"))
