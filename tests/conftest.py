"""Shared fixtures: paths to the sample data, fixtures and ../shared (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

# the shared fixture-page check reports its differences like a test's own asserts
pytest.register_assert_rewrite("page_checks")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


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
