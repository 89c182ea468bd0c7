"""The compiled tokenizer (`extract/_tokens_native.pyx`, built by `make install`): it gives
the pure-Python tokenizer's tokens, and a build older than its sources is never used."""

from __future__ import annotations

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
from repo_paths import ROOT

from policytrends.extract import people, tokens

native = pytest.mark.skipif(tokens.NATIVE is None, reason="the compiled tokenizer is not built")
PACKAGE = Path(tokens.__file__).resolve().parent.parent

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
    for name in tokens.NATIVE_SOURCES:
        source = copy / "extract" / name
        kept = source.read_bytes()
        source.write_bytes(kept + b"\n# edited\n")
        edited = _uses_native(tmp_path)
        assert edited.stdout.strip() == "False"
        assert "RuntimeWarning" in edited.stderr and name in edited.stderr
        source.write_bytes(kept)
