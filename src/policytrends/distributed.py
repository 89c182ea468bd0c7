"""Dask: parse on a cluster (`ingest --engine dask`), read a store lazily (`load(engine="dask")`).

Parsing is the pure function `pipeline.process_file`, so a Dask worker runs exactly what a
local worker process runs; the results come back to the one process that writes the store,
in input order, so the store is byte-for-byte the one the local engine writes. Workers need
policytrends installed (the same version) and read access to the input paths as the client
sees them (a shared file system).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from .schema import TABLES, with_version
from .store import RowBatch, Store

if TYPE_CHECKING:
    from distributed import Client

# Files per Dask task: big enough to amortise scheduling, small enough to balance.
BATCH_FILES = 64
# Batches in flight per worker thread: bounds the memory results can take on the client.
IN_FLIGHT_PER_THREAD = 3

WorkArgs = tuple[str, str, str | None]


def _work_batch(batch: Sequence[WorkArgs]) -> RowBatch:
    """Worker side: signatures and rows of a batch of files (see ingest._work_batch)."""
    from .ingest import _work_batch

    return _work_batch(batch)


def _client(scheduler: str | None, jobs: int) -> tuple[Client, Any]:
    """A client of the cluster at `scheduler`, or of a new local cluster of `jobs` workers."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def dask_results(batches: Iterable[Sequence[WorkArgs]], *, scheduler: str | None = None,
                 jobs: int = 1) -> Iterator[RowBatch]:
    """Parse batches of files on a Dask cluster, a task each; yield their rows in order.

    Args:
        batches: lists of (path, relative path, taxonomy file), as ingest._work takes them
            (BATCH_FILES files per list amortise scheduling and still balance the load).
        scheduler: address of a running scheduler ("tcp://host:8786"); None starts a
            local cluster of `jobs` worker processes for the duration of the run.
        jobs: workers of the local cluster (ignored with `scheduler`).

    Yields:
        One RowBatch per batch, in the order of `batches`.
    """
    batches = iter(batches)
    first = next(batches, None)
    if first is None:  # nothing to parse: no cluster to start
        return
    client, cluster = _client(scheduler, jobs)
    try:
        threads = sum(client.nthreads().values()) or 1
        window = max(2, threads * IN_FLIGHT_PER_THREAD)
        pending: deque[Any] = deque()
        for batch in chain([first], batches):
            pending.append(client.submit(_work_batch, batch, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _read_part(path: str, name: str, columns: list[str] | None = None) -> Any:
    """One Parquet part as pandas, with the dtypes `policytrends.load` gives."""
    from pathlib import Path

    from .frames import to_pandas
    from .store import read_parquet

    schema = with_version(TABLES[name])
    return to_pandas(read_parquet(Path(path), schema, columns))


def dask_tables(store: Store) -> dict[str, Any]:
    """Every table of a store as a lazy Dask DataFrame, one partition per Parquet part.

    The partitions have the dtypes of `policytrends.load(DIR)` (datetime64 dates, Arrow
    strings, list columns kept), so code written against the pandas frames runs unchanged.
    The files are those of the version current when this is called.
    """
    import dask.dataframe as dd

    from .frames import to_pandas

    out: dict[str, Any] = {}
    for name in TABLES:
        meta = to_pandas(with_version(TABLES[name]).empty_table())
        files = [str(f) for f in store.table_files(name)]
        if not files:
            out[name] = dd.from_pandas(meta, npartitions=1)
            continue
        out[name] = dd.from_map(_read_part, files, args=(name,), meta=meta,
                                label=f"policytrends-{name}", enforce_metadata=False)
    return out


__all__ = ["dask_results", "dask_tables"]
