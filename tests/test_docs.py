"""`make docs`: the API reference built from the docstrings (pdoc)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from repo_paths import ROOT


def test_make_docs_builds_the_api_reference(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.fail("make not found: `make test` and `make docs` need it")
    out = tmp_path / "api"
    # -o: the venv stamp counts as made (this interpreter's environment is the one used)
    run = subprocess.run(["make", "-s", "-o", ".venv/.installed", "docs", f"DOCS_DIR={out}",
                          f"BIN={Path(sys.executable).parent}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (out / "index.html").exists()
    trends = (out / "policytrends" / "trends.html").read_text(encoding="utf-8")
    assert "theme_frequency" in trends and "Wilson" in trends  # from the docstrings
    for page in ("officials", "panel", "sql", "plots", "report", "frames"):
        assert (out / "policytrends" / f"{page}.html").exists(), page
