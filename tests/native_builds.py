"""What the tests of the compiled code share: the build script as a module, and running one
test in a new process on a copy of the package with and without POLICYTRENDS_REQUIRE_NATIVE
(`make test` sets it: where a C compiler is installed, the compiled code must be built)."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
import types
from pathlib import Path

from repo_paths import ROOT

BUILD_SCRIPT = ROOT / "scripts" / "build_native.py"
REQUIRE_ENV = "POLICYTRENDS_REQUIRE_NATIVE"


def build_script() -> types.SimpleNamespace:
    """scripts/build_native.py's functions and classes (scripts/ is not a package)."""
    return types.SimpleNamespace(**runpy.run_path(str(BUILD_SCRIPT)))


def assert_required_only_with_the_switch(test: str, package_root: Path, failure: str) -> None:
    """Run `test` (a pytest node id) with `package_root` first on the path: with the switch
    set it fails saying `failure`; without it (nor POLICYTRENDS_PURE_PYTHON) it skips."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", test]
    env = {k: v for k, v in os.environ.items()
           if k not in (REQUIRE_ENV, "POLICYTRENDS_PURE_PYTHON")}
    env["PYTHONPATH"] = str(package_root)
    required = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                              env={**env, REQUIRE_ENV: "1"})
    assert required.returncode == 1, required.stdout + required.stderr
    assert failure in required.stdout
    not_required = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    assert not_required.returncode == 0, not_required.stdout + not_required.stderr
    assert f"{REQUIRE_ENV} is not set" in not_required.stdout
