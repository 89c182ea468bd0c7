"""Ingest's worker processes are forked from a server that has imported the package and
worked one readout (`worker_preload`): each starts with the matcher built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from repo_paths import FIXTURES

from policytrends import taxonomy, workers
from policytrends.ingest import _worker_pool
from policytrends.pipeline import process_file
from policytrends.store import RowBatch, Store
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


def _modules_a_first_batch_imports() -> set[str]:
    """In a worker: the modules that working a readout into a batch of rows imports."""
    before = set(sys.modules)
    RowBatch.of([(None, process_file("one.md", "one.md", None, data=_WARM_UP))])
    return set(sys.modules) - before


def test_workers_start_with_what_building_a_batch_of_rows_imports() -> None:
    # (pyarrow imports pandas the first time it builds a table from Python rows: 0.2 s)
    with _worker_pool(1) as pool:
        assert pool.submit(_modules_a_first_batch_imports).result() == set()


# Put on PYTHONPATH as sitecustomize, so that every process of the run (the ingest process,
# the server that forks the workers, which warms up, and the workers) starts with the
# package's warm-up failing, as a bug in the package would make it fail.
_FAILING_WARM_UP = """
from policytrends import workers

real = workers.process_file

def process_file(path, *args, **kwargs):
    if path == "warm-up.md":
        raise LookupError("a warm-up that breaks")
    return real(path, *args, **kwargs)

workers.process_file = process_file
"""


def test_a_failing_warm_up_warns_naming_the_error_and_workers_still_parse(
        tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(_FAILING_WARM_UP, encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    store = tmp_path / "store"
    done = subprocess.run(
        [sys.executable, "-m", "policytrends", "ingest", str(FIXTURES / "whitehouse"),
         "--store", str(store), "--jobs", "2", "--quiet", "--allow-rejects"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": path})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warming up the worker processes failed (LookupError: a warm-up that breaks)" \
        in done.stderr
    assert pq.read_table(Store(store).table_files("meetings")).num_rows > 0


def test_warm_up_warns_in_the_process_that_calls_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("no matcher")

    monkeypatch.setattr(workers, "process_file", broken)
    with pytest.warns(RuntimeWarning, match=r"ValueError: no matcher"):
        warm_up()
