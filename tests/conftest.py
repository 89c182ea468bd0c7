"""Shared fixtures: ../shared when present, stores in small parts (paths: `repo_paths.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from repo_paths import SHARED

# the shared fixture-page check reports its differences like a test's own asserts
pytest.register_assert_rewrite("page_checks")


@pytest.fixture
def shared() -> Path:
    """../shared, or skip the test when it is absent (CI always has it)."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of a few records, so that order across parts matters."""
    from policytrends import store

    monkeypatch.setattr(store, "PART_RECORDS", 5)
