"""The Dask engine writes the store the local engine writes; load(engine="dask") reads it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from mixed_corpus import write_corpus
from store_checks import store_bytes

import policytrends
from policytrends import distributed
from policytrends import store as store_mod
from policytrends.cli import main
from policytrends.schema import TABLES

dd = pytest.importorskip("dask.dataframe")
dist = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def local_cluster() -> Iterator[Any]:
    """A small in-process cluster (threads, no worker processes): fast to start."""
    with dist.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                           dashboard_address=None) as lc:
        yield lc


@pytest.fixture
def cluster(local_cluster: Any) -> str:
    return str(local_cluster.scheduler_address)


def test_dask_engine_writes_the_local_store(tmp_path: Path, cluster: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "PART_RECORDS", 5)
    monkeypatch.setattr(distributed, "BATCH_FILES", 3)  # many tasks, results out of order
    monkeypatch.setattr(distributed, "IN_FLIGHT_PER_THREAD", 1)
    src = write_corpus(tmp_path / "src")
    local = policytrends.ingest([src], tmp_path / "local", jobs=1)
    remote = policytrends.ingest([src], tmp_path / "dask", engine="dask", scheduler=cluster)
    assert local.lines() == remote.lines() and local.records > 0
    one, two = store_bytes(tmp_path / "local"), store_bytes(tmp_path / "dask")
    assert len([k for k in one if k.startswith("documents/")]) >= 3
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], f"{name} differs between the local and Dask engines"


def test_cli_engine_dask_with_scheduler(tmp_path: Path, local_cluster: Any) -> None:
    cluster = local_cluster.scheduler_address
    src = write_corpus(tmp_path / "src", files=8)
    args = ["ingest", str(src), "--quiet", "--allow-rejects"]
    assert main([*args, "--store", str(tmp_path / "a"), "--jobs", "1"]) == 0
    for store, engine in (("b", ["--engine", "dask"]), ("c", [])):  # --scheduler implies dask
        before = local_cluster.scheduler.transition_counter
        assert main([*args, "--store", str(tmp_path / store), *engine,
                     "--scheduler", cluster]) == 0
        assert local_cluster.scheduler.transition_counter > before, "no task ran on Dask"
    assert store_bytes(tmp_path / "a") == store_bytes(tmp_path / "b") == store_bytes(tmp_path / "c")


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "src", files=2)
    with pytest.raises(ValueError, match="engine"):
        policytrends.ingest([src], tmp_path / "s", engine="spark")


def test_load_dask_matches_pandas(tmp_path: Path, cluster: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "PART_RECORDS", 5)
    src = write_corpus(tmp_path / "src")
    policytrends.ingest([src], tmp_path / "s", jobs=1)
    eager = policytrends.load(tmp_path / "s")
    lazy = policytrends.load(tmp_path / "s", engine="dask")
    for name in TABLES:
        frame = getattr(lazy, name)
        assert isinstance(frame, dd.DataFrame), name
        want = getattr(eager, name)
        assert list(frame.columns) == list(want.columns)
        assert dict(frame.dtypes) == dict(want.dtypes), name
        got = frame.compute(scheduler="sync").reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want.reset_index(drop=True), check_dtype=True)
    assert lazy.documents.npartitions >= 3
    # column projection reads only the asked columns
    years = lazy.documents[["record_id", "year"]].compute(scheduler="sync")
    assert list(years.columns) == ["record_id", "year"] and len(years) == len(eager.documents)
