"""Packaging contracts: dependencies declared once, CLI conventions, README commands."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from repo_paths import ROOT

from policytrends import cli

# conda-forge names that differ from PyPI names
CONDA_NAMES = {"duckdb": "python-duckdb", "dask[dataframe,distributed]": "dask"}


def _name(req: str) -> str:
    return re.split(r"[<>=!~ ;]", req, maxsplit=1)[0].strip().lower()


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)}
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip
    pip_names = {_name(d) for d in pip}
    missing = []
    for req in project["dependencies"]:
        name = _name(req)
        if CONDA_NAMES.get(name, name) not in conda and name not in pip_names:
            missing.append(name)
    assert not missing, f"in pyproject.toml but not environment.yml: {missing}"
    py = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python>"))
    assert project["requires-python"].lstrip(">=") in py


def _subcommands() -> dict[str, object]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return dict(action.choices)  # type: ignore[attr-defined]


def test_every_command_has_help_with_an_example() -> None:
    subs = _subcommands()
    assert "ingest" in subs
    for name, sub in subs.items():
        text = sub.format_help()  # type: ignore[attr-defined]
        assert "example" in text and f"policytrends {name}" in text, name


def test_version_and_module_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "policytrends", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("policytrends ")


def test_no_command_prints_help_and_exits_2() -> None:
    out = subprocess.run([sys.executable, "-m", "policytrends"], capture_output=True, text=True)
    assert out.returncode == 2 and "ingest" in out.stdout


@pytest.mark.parametrize("target", ["demo", "test"])
def test_readme_shows_the_make_targets(target: str) -> None:
    readme = (ROOT / "README.md").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert f"make {target}" in readme
    assert re.search(rf"^{target}:", makefile, re.M)


def test_make_test_fails_when_no_tests_ran(tmp_path: Path) -> None:
    # pytest exits 5 when it collects nothing; `make test` (and so .ci/run) must fail then
    empty = tmp_path / "no_tests"
    empty.mkdir()
    out = subprocess.run(["make", "-s", "-o", ".venv/.installed", "-o", "browser", "test",
                          f"PYTEST_ARGS={empty}"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode != 0, out.stdout + out.stderr


def _wheel_modules() -> dict[str, Path]:
    """The Python modules the wheel ships: setuptools' package discovery, as pyproject sets it."""
    from setuptools import find_packages

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    where = ROOT / config["packages"]["find"]["where"][0]
    return {f"{pkg}.{py.stem}": py for pkg in find_packages(where=str(where))
            for py in (where / pkg.replace(".", "/")).glob("*.py")}


def test_the_wheel_ships_no_accuracy_harness() -> None:
    # the harness reads ../shared and tests/ beside a checkout, which an install lacks
    shipped = _wheel_modules()
    assert "policytrends.ingest" in shipped
    harness = {m for m in shipped if m.rsplit(".", 1)[1] in {"evaluate", "devsets"}}
    assert not harness, f"accuracy harness in the wheel: {sorted(harness)} (tests/accuracy/)"
    for name, path in shipped.items():
        tree = ast.parse(path.read_text("utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                and isinstance(n.body[0], ast.Expr)}
        paths = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
                 and isinstance(n.value, str) and id(n) not in docs
                 and (n.value == "shared" or "tests/" in n.value)]
        assert not paths, f"{name} reaches into a checkout: {paths}"
