"""The command line is one package: argparse and exit numbers live in policytrends/cli only.

The source is read with ``ast``: argparse imported outside ``policytrends/cli/`` fails, so
does an exit number written as a literal (``sys.exit(1)``, ``raise SystemExit(2)``,
``return 0`` from a command's run) anywhere but the one table, ``cli/exit_codes.py``,
whose codes README's "Exit codes" table must list exactly.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from repo_paths import ROOT

from policytrends import cli
from policytrends.cli import ExitCode

PACKAGE = ROOT / "src" / "policytrends"
CLI = PACKAGE / "cli"


def _modules(root: Path) -> dict[str, ast.Module]:
    return {str(p.relative_to(root)): ast.parse(p.read_text(encoding="utf-8"))
            for p in sorted(root.rglob("*.py"))}


def _in_cli(name: str) -> bool:
    return name.startswith("policytrends/cli/")


def argparse_imports(tree: ast.Module) -> list[int]:
    """Lines that import argparse (``import argparse``, ``from argparse import ...``)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "argparse"
                                                for a in node.names):
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "argparse":
            lines.append(node.lineno)
    return lines


def _is_int(node: ast.expr | None) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return (isinstance(node, ast.Constant) and isinstance(node.value, int)
            and not isinstance(node.value, bool))


def _exit_call(node: ast.AST) -> bool:
    """``sys.exit(...)``, ``exit(...)``, ``quit(...)``, ``os._exit(...)``, ``SystemExit(...)``."""
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    if isinstance(f, ast.Name):
        return f.id in {"exit", "quit", "SystemExit"}
    return isinstance(f, ast.Attribute) and f.attr in {"exit", "_exit"} and \
        isinstance(f.value, ast.Name) and f.value.id in {"sys", "os"}


def literal_exits(tree: ast.Module) -> list[int]:
    """Lines that exit with a number written out."""
    return sorted(node.lineno for node in ast.walk(tree)
                  if _exit_call(node) and any(_is_int(a) for a in node.args))  # type: ignore


def literal_returns(tree: ast.Module) -> list[int]:
    """Lines of ``return <int literal>`` (a command's run returns an ExitCode member)."""
    return sorted(node.lineno for node in ast.walk(tree)
                  if isinstance(node, ast.Return) and _is_int(node.value))


def test_argparse_is_imported_only_in_the_cli_package() -> None:
    found = {name: lines for name, tree in _modules(PACKAGE.parent).items()
             if not _in_cli(name) and (lines := argparse_imports(tree))}
    assert found == {}, f"argparse outside policytrends/cli/: {found}"
    assert argparse_imports(ast.parse((CLI / "app.py").read_text())), "the scan sees nothing"


def test_no_module_exits_with_a_literal_number() -> None:
    found = {name: lines for name, tree in _modules(PACKAGE.parent).items()
             if (lines := literal_exits(tree))}
    assert found == {}, f"exit with a number instead of an ExitCode: {found}"


def test_cli_commands_return_exit_codes_not_numbers() -> None:
    found = {name: lines for name, tree in _modules(CLI).items()
             if name != "exit_codes.py" and (lines := literal_returns(tree))}
    assert found == {}, f"a number returned instead of an ExitCode: {found}"


@pytest.mark.parametrize(("source", "imports", "exits", "returns"), [
    ("import argparse", [1], [], []),
    ("from argparse import ArgumentParser", [1], [], []),
    ("import argparse as ap", [1], [], []),
    ("import sys\nsys.exit(2)", [], [2], []),
    ("raise SystemExit(1)", [], [1], []),
    ("def f():\n    exit(-1)", [], [2], []),
    ("def run():\n    return 0", [], [], [2]),
    ("import sys\nsys.exit(main())\nraise SystemExit(ExitCode.USAGE)", [], [], []),
    ("def run():\n    return ExitCode.OK\ndef f():\n    return True", [], [], []),
])
def test_the_scans_find_what_they_look_for(source: str, imports: list[int], exits: list[int],
                                           returns: list[int]) -> None:
    tree = ast.parse(source)
    assert (argparse_imports(tree), literal_exits(tree), literal_returns(tree)) == (
        imports, exits, returns)


def readme_exit_codes() -> dict[int, str]:
    """The codes and meanings of README's "Exit codes" table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Exit codes\n", 1)[1].split("\n## ", 1)[0]
    return {int(m[1]): m[2] for m in re.finditer(r"^\| (\d+) \| (.+) \|$", section, re.M)}


def test_readme_lists_the_exit_codes_of_the_table() -> None:
    readme = readme_exit_codes()
    assert sorted(readme) == sorted(int(c) for c in ExitCode)
    assert all(meaning.strip() for meaning in readme.values())


def test_every_exit_code_says_what_it_means() -> None:
    source = (CLI / "exit_codes.py").read_text(encoding="utf-8")
    for code in ExitCode:  # a docstring right under each member
        assert re.search(rf"^    {code.name} = {code.value}\n    \"\"\"\S", source, re.M), code


def test_argparse_usage_errors_share_the_usage_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["ingest", "--no-such-option"])
    assert stop.value.code == ExitCode.USAGE
    assert "policytrends ingest: error:" in capsys.readouterr().err


def test_no_command_prints_help_and_returns_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == ExitCode.USAGE
    assert "COMMAND" in capsys.readouterr().out
