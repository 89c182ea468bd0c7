"""The compiled modules (`policytrends.compiled`, ``data/compiled.txt``): a listed module runs
from its build only while its ``.py`` is the one it was built from; an edited ``.py`` is used
instead, with a warning; ``POLICYTRENDS_PURE_PYTHON=1`` switches every build off; and under
`make test` every listed module must be built and current where a C compiler is installed.
(tests/test_pure_python_store.py checks that both write the same store.)"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import inspect
import os
import pickle
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from native_builds import REQUIRE_ENV, assert_required_only_with_the_switch, build_script

from policytrends import compiled

PACKAGE = Path(compiled.__file__).resolve().parent
SRC = PACKAGE.parent
BUILT = compiled.current()
built = pytest.mark.skipif(not BUILT, reason="no compiled module is built (`make install`)")
# the smallest listed module: built in a few seconds
SMALL = min(compiled.listed(),
            key=lambda name: SRC.joinpath(*name.split(".")).with_suffix(".py").stat().st_size)


def _source(root: Path, name: str) -> Path:
    return root.joinpath(*name.split(".")).with_suffix(".py")


def test_every_listed_module_is_a_module_of_the_package() -> None:
    assert compiled.listed()
    for name in compiled.listed():
        assert name.startswith("policytrends."), name
        assert _source(SRC, name).is_file(), f"{name} is listed but has no .py"
    assert len(set(compiled.listed())) == len(compiled.listed())


def test_the_list_reads_names_and_skips_comments_and_blanks(tmp_path: Path) -> None:
    listing = tmp_path / "compiled.txt"
    listing.write_text("# a comment\n\npolicytrends.a  # why\n  policytrends.b.c\n", "utf-8")
    assert compiled.read_list(listing) == ("policytrends.a", "policytrends.b.c")


def test_a_build_of_another_source_is_refused_with_a_warning(tmp_path: Path) -> None:
    """No compiler needed: the finder never loads a build whose name holds another sha256."""
    name = "policytrends.automaton"
    (tmp_path / compiled.build_file(name, "0" * 64).name).write_bytes(b"not a module")
    finder = compiled.CompiledFinder([name], tmp_path)
    with pytest.warns(RuntimeWarning, match=r"automaton\.py was edited since it was compiled"):
        assert finder.find_spec(name, [str(PACKAGE)]) is None
    # no build at all (no compiler): the .py, silently
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled.CompiledFinder([name], tmp_path / "none").find_spec(
            name, [str(PACKAGE)]) is None
        # a module that is not listed is left to the import system
        assert finder.find_spec("policytrends.errors", [str(PACKAGE)]) is None


def test_the_environment_switch_turns_every_build_off(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    name = "policytrends.automaton"
    (tmp_path / compiled.build_file(name, compiled.source_hash(_source(SRC, name))).name
     ).write_bytes(b"never loaded here")
    finder = compiled.CompiledFinder([name], tmp_path)
    monkeypatch.setenv(compiled.PURE_ENV, "0")
    spec = finder.find_spec(name, [str(PACKAGE)])
    assert spec is not None and spec.origin == str(_source(SRC, name))
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    assert finder.find_spec(name, [str(PACKAGE)]) is None


def test_the_environment_switch_can_name_the_modules_it_turns_off(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A comma-separated list of module names makes those modules (and only those) the .py:
    one module's build is measured or ruled out on its own."""
    name, other = "policytrends.automaton", "policytrends.extract.countries"
    for module in (name, other):
        (tmp_path / compiled.build_file(module, compiled.source_hash(_source(SRC, module))).name
         ).write_bytes(b"never loaded here")
    finder = compiled.CompiledFinder([name, other], tmp_path)
    monkeypatch.setenv(compiled.PURE_ENV, f"policytrends.sources.front_matter, {other}")
    assert finder.find_spec(other, [str(PACKAGE / "extract")]) is None
    spec = finder.find_spec(name, [str(PACKAGE)])
    assert spec is not None and spec.origin == str(_source(SRC, name))
    assert compiled.pure_python(other) and not compiled.pure_python(name)
    monkeypatch.setenv(compiled.PURE_ENV, name)
    assert finder.find_spec(name, [str(PACKAGE)]) is None
    assert finder.find_spec(other, [str(PACKAGE / "extract")]) is not None


def _loaded(package_root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Which listed modules a new process with `package_root` first on its path compiled."""
    code = ("import importlib\nfrom policytrends import compiled\n"
            "for name in compiled.listed():\n"
            "    print(name, compiled.is_compiled(importlib.import_module(name)))\n")
    base = {k: v for k, v in os.environ.items() if k != compiled.PURE_ENV}
    return subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True,
                          text=True, env={**base, "PYTHONPATH": str(package_root), **env},
                          check=True)


@built
def test_an_edited_source_is_not_shadowed_by_its_build(tmp_path: Path) -> None:
    """A copy of the package with its builds: each built module runs compiled; after its
    .py is edited, the .py runs, and a warning names it; the switch turns all builds off."""
    copy = tmp_path / "policytrends"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    as_built = _loaded(tmp_path)
    assert "RuntimeWarning" not in as_built.stderr
    for name in BUILT:
        assert f"{name} True" in as_built.stdout.splitlines()
    assert " True" not in _loaded(tmp_path, POLICYTRENDS_PURE_PYTHON="1").stdout
    source = _source(tmp_path, BUILT[0])
    source.write_bytes(source.read_bytes() + b"\n# edited\n")
    edited = _loaded(tmp_path)
    assert f"{BUILT[0]} False" in edited.stdout.splitlines()
    assert "RuntimeWarning" in edited.stderr and str(source) in edited.stderr
    for name in BUILT[1:]:
        assert f"{name} True" in edited.stdout.splitlines()


@built
def test_a_compiled_module_reads_and_shows_itself_as_its_source() -> None:
    """Its file is the .py (data files beside it, `inspect`), its classes pickle by name,
    dataclasses keep their fields."""
    module = importlib.import_module(BUILT[0])
    if not compiled.is_compiled(module):
        pytest.skip("the builds are switched off in this process")
    assert module.__file__ == str(_source(SRC, BUILT[0]))
    assert inspect.getsource(module) == _source(SRC, BUILT[0]).read_text("utf-8")
    matcher = importlib.import_module("policytrends.taxonomy.matcher")
    if compiled.is_compiled(matcher):
        entry = matcher._Entry(True, False, [(0, "trade")])
        assert pickle.loads(pickle.dumps(entry)) == entry
        assert [f.name for f in dataclasses.fields(entry)][:2] == ["word_start", "word_end"]


@pytest.mark.skipif(importlib.util.find_spec("Cython") is None, reason="Cython is not installed")
def test_a_module_is_built_once_per_source_and_older_builds_go(tmp_path: Path) -> None:
    script = build_script()
    if script.c_compiler() is None:
        pytest.skip("no C compiler is installed")
    src = tmp_path / "src"
    shutil.copytree(PACKAGE, src / "policytrends",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "_compiled"))
    first = script.build_module(src, SMALL)
    assert first == compiled.build_file(SMALL, compiled.source_hash(_source(src, SMALL)),
                                        src / "policytrends" / "_compiled")
    made = first.stat().st_mtime_ns
    assert script.build_module(src, SMALL) == first and first.stat().st_mtime_ns == made
    source = _source(src, SMALL)
    source.write_bytes(source.read_bytes() + b"\n# edited\n")
    second = script.build_module(src, SMALL)
    assert second != first and second.is_file() and not first.exists()


@pytest.mark.skipif(importlib.util.find_spec("Cython") is None, reason="Cython is not installed")
def test_a_module_that_does_not_compile_fails_the_build_naming_it(tmp_path: Path) -> None:
    script = build_script()
    src = tmp_path / "src"
    shutil.copytree(PACKAGE, src / "policytrends",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "_compiled"))
    source = _source(src, SMALL)
    source.write_text(source.read_text("utf-8") + "\ndef broken(:\n", "utf-8")
    with pytest.raises(script.SourceError, match=str(source)):
        script.build_module(src, SMALL)
    assert not list((src / "policytrends" / "_compiled").glob("*.so"))


def test_the_listed_modules_are_built_and_current_where_they_can_be() -> None:
    """Under `make test` (and so in CI) a listed module without a build of its current .py
    fails the suite, unless no C compiler is installed: else a build that went wrong would
    leave every test green on the pure-Python modules."""
    if os.environ.get(REQUIRE_ENV, "") in ("", "0"):
        pytest.skip(f"{REQUIRE_ENV} is not set (`make test` sets it)")
    if build_script().c_compiler() is None:
        pytest.skip("no C compiler is installed: the pure-Python modules are the ones used")
    missing = sorted(set(compiled.listed()) - set(BUILT))
    assert not missing, (f"no build of today's source of {missing} in {compiled.BUILD_DIR}: "
                         f"`make install` builds them (scripts/build_native.py says why not)")
    loaded = [name for name in compiled.listed() if name in sys.modules
              and not compiled.pure_python(name) and not compiled.is_compiled(sys.modules[name])]
    assert not loaded, f"built but imported from their .py: {loaded}"


def test_the_require_switch_fails_where_the_builds_are_missing(tmp_path: Path) -> None:
    """The test above, run on a copy of the package without builds: it fails with the
    switch set (and a compiler installed), and skips without the switch."""
    if build_script().c_compiler() is None:
        pytest.skip("no C compiler is installed: the switch asks nothing then")
    shutil.copytree(PACKAGE, tmp_path / "policytrends",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "_compiled"))
    name = "test_the_listed_modules_are_built_and_current_where_they_can_be"
    assert_required_only_with_the_switch(f"{Path(__file__).resolve()}::{name}", tmp_path,
                                         "no build of today's source")


def test_the_typed_modules_run_as_python_without_cython(tmp_path: Path) -> None:
    """A listed module that declares C types for its loops (``@cython.locals``) imports and
    gives the same results where Cython is not installed: the types come from
    `policytrends.cython_shadow` then, and do nothing."""
    text = ("The leaders discussed the U.S.-Japan Alliance, the Indo-Pacific, North Korea's "
            "missile launches and trade; Sécurité économique and the Quad were raised too.")
    code = ("import sys\nsys.modules['cython'] = None  # as if Cython were not installed\n"
            "from policytrends import cython_shadow, taxonomy\n"
            "from policytrends.taxonomy import matcher\n"
            "assert matcher.cython is cython_shadow, matcher.cython\n"
            "assert not matcher.cython.compiled\n"
            f"print(sorted(taxonomy.get_matcher(None).find_spans({text!r})))\n")
    base = {k: v for k, v in os.environ.items() if k != compiled.PURE_ENV}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**base, "PYTHONPATH": str(SRC), compiled.PURE_ENV: "1"},
                          check=False)
    assert done.returncode == 0, done.stderr
    from policytrends import taxonomy

    spans = sorted(taxonomy.get_matcher(None).find_spans(text))
    assert spans and done.stdout.strip() == str(spans)


def test_the_shadow_types_and_decorator_change_nothing() -> None:
    from policytrends import cython_shadow

    def f(a: int) -> int:
        return a + 1

    assert cython_shadow.locals(a=cython_shadow.Py_ssize_t)(f) is f
    assert (cython_shadow.Py_ssize_t, cython_shadow.bint, cython_shadow.Py_UCS4) == (
        int, bool, str)
    assert cython_shadow.compiled is False
