"""Ingest's worker processes are forked from a server that has imported the package and
worked one readout (`worker_preload`): each starts with the matcher built."""

from __future__ import annotations

import sys

from policytrends import taxonomy
from policytrends.ingest import _worker_pool
from policytrends.pipeline import process_file
from policytrends.workers import _WARM_UP, warm_up


def test_the_warm_up_readout_goes_through_reading_extraction_and_tagging() -> None:
    result = process_file("warm-up.md", "warm-up.md", None, data=_WARM_UP)
    assert not result.rejects
    assert [m["counterpart_countries"] for m in result.tables["meetings"]] == [["JPN"]]
    assert result.tables["counterparts"] and result.tables["mentions"]
    warm_up()  # and the warm-up itself neither raises nor returns anything


def _worker_state() -> tuple[bool, int]:
    """In a worker: whether it was forked warm, and how many matchers it has built."""
    return "policytrends.worker_preload" in sys.modules, taxonomy._matcher_for.cache_info().misses


def test_workers_start_with_the_package_warmed_up() -> None:
    with _worker_pool(1) as pool:
        preloaded, built = pool.submit(_worker_state).result()
    assert preloaded
    assert built == 1  # the default matcher, built by the server before forking
