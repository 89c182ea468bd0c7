"""The pure-Python tokenizer and modules and the compiled ones write the same store.

The rest of the suite runs whichever tokenizer and modules its process loaded (the compiled
ones under `make test`: `policytrends.compiled`): this ingests a small corpus of every layout
and the seeds twice, in separate processes, once with ``POLICYTRENDS_PURE_PYTHON=1``, and
compares the two stores' Parquet files byte for byte.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from repo_paths import FIXTURES, SHARED
from store_checks import store_bytes

from policytrends import compiled
from policytrends.extract import tokens

# the fixture folders of real layouts (White House, State RSS, MOFA, kantei, UN, text)
FIXTURE_DIRS = ("whitehouse", "state", "mofa", "mofa_ja", "kantei", "text", "ungdc", "events")
# a slice of each source of ../shared/corpus: every n-th file (a few seconds in all)
CORPUS_STEP = {"wh_briefings": 30, "state_dept_pr_rss": 15, "ungdc": 400}

# the child reports which tokenizer and how many compiled modules it loaded, then runs the
# command line (the worker's imports are the ones this process makes: --jobs 1)
_INGEST = ("import importlib, sys\nfrom policytrends import compiled\n"
           "from policytrends.extract import tokens\n"
           "print('tokenizer:', 'compiled' if tokens.NATIVE else 'pure', file=sys.stderr)\n"
           "modules = [importlib.import_module(name) for name in compiled.listed()]\n"
           "print('compiled modules:', sum(map(compiled.is_compiled, modules)), file=sys.stderr)\n"
           "from policytrends.cli import main\nsys.exit(main(sys.argv[1:]))\n")


def _corpus(folder: Path) -> Path:
    """The fixtures and, when ../shared is there, a slice of its real records."""
    for name in FIXTURE_DIRS:
        shutil.copytree(FIXTURES / name, folder / "fixtures" / name,
                        ignore=shutil.ignore_patterns("*.expected.json", "README.md"))
    for source, step in CORPUS_STEP.items():
        found = sorted(p for p in (SHARED / "corpus" / source).rglob("*") if p.is_file())
        for path in found[::step]:
            copy = folder / "corpus" / path.relative_to(SHARED / "corpus")
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
    if (SHARED / "seeds").is_dir():
        shutil.copytree(SHARED / "seeds", folder / "seeds")
    return folder


def _ingest(corpus: Path, store: Path, **env: str) -> list[str]:
    """Ingest `corpus` in a new process; which tokenizer and how many compiled modules it
    used."""
    command = [sys.executable, "-c", _INGEST, "ingest", str(corpus), "--store", str(store),
               "--jobs", "1", "--quiet", "--allow-rejects"]
    base = {k: v for k, v in os.environ.items() if k != "POLICYTRENDS_PURE_PYTHON"}
    done = subprocess.run(command, capture_output=True, text=True, env={**base, **env})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stderr.splitlines()[:2]


@pytest.mark.skipif(tokens.NATIVE is None, reason="the compiled tokenizer is not built (or is "
                    "stale, or switched off), so both runs would use the pure-Python one: "
                    "`make install` builds it")
def test_pure_python_and_compiled_code_write_the_same_store(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in")
    built = len(compiled.current())
    assert _ingest(corpus, tmp_path / "compiled") == [
        "tokenizer: compiled", f"compiled modules: {built}"]
    assert _ingest(corpus, tmp_path / "pure", POLICYTRENDS_PURE_PYTHON="1") == [
        "tokenizer: pure", "compiled modules: 0"]
    built_store, pure = store_bytes(tmp_path / "compiled"), store_bytes(tmp_path / "pure")
    assert built_store and sorted(built_store) == sorted(pure)
    differ = [name for name in built_store if built_store[name] != pure[name]]
    assert not differ, f"compiled and pure-Python code wrote different tables: {differ}"
