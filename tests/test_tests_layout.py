"""The tests' own layout: conftest.py holds fixtures, shared helpers are plain modules (a
test file imports neither conftest nor another test file)."""

from __future__ import annotations

import ast

from repo_paths import ROOT

TESTS = ROOT / "tests"


def imported_modules(source: str) -> set[str]:
    """Top-level names of the modules a file imports, lazy imports included."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_imported_modules_sees_plain_from_and_lazy_imports() -> None:
    source = "import a.b\nfrom c import d\ndef f():\n    from conftest import ROOT\n"
    assert imported_modules(source) == {"a", "c", "conftest"}


def test_no_test_file_imports_conftest() -> None:
    importers = [p.relative_to(TESTS).as_posix() for p in sorted(TESTS.rglob("*.py"))
                 if "conftest" in imported_modules(p.read_text("utf-8"))]
    assert not importers, f"import the helper module instead of conftest: {importers}"


def test_no_test_file_imports_another() -> None:
    """What two test files share lives in a helper module, so running one file runs only
    its own tests and a helper has one home."""
    files = sorted(TESTS.rglob("test_*.py"))
    test_modules = {p.stem for p in files}
    importers = {p.relative_to(TESTS).as_posix(): sorted(found)
                 for p in files if (found := imported_modules(p.read_text("utf-8")) & test_modules)}
    assert not importers, f"move what they share into a helper module: {importers}"


def test_every_helper_module_is_listed_in_the_tests_readme() -> None:
    readme = (TESTS / "README.md").read_text("utf-8")
    helpers = [p.name for p in sorted(TESTS.glob("*.py"))
               if not p.name.startswith("test_") and p.name != "conftest.py"]
    missing = [h for h in helpers if f"`{h}`" not in readme]
    assert helpers and not missing, f"say in tests/README.md what these hold: {missing}"
