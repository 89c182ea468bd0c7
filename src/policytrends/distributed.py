"""Dask: parse on a cluster (`ingest --engine dask`); `frames.dask_tables` reads a store lazily.

Parsing is the pure function `pipeline.process_file`, so a Dask worker runs exactly what a
local worker process runs; the results come back to the one process that writes the store,
in input order, so the store is byte-for-byte the one the local engine writes. Workers need
policytrends installed (the same version) and read access to the input paths as the client
sees them (a shared file system).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from itertools import chain
from typing import TYPE_CHECKING, Any

from .ordered_results import in_order
from .store import RowBatch
from .workers import WorkArgs, work_batch

if TYPE_CHECKING:
    from distributed import Client

# Files per Dask task: big enough to amortise scheduling, small enough to balance.
BATCH_FILES = 64
# Batches in flight per worker thread: bounds the memory results can take on the client.
IN_FLIGHT_PER_THREAD = 3

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
        batches: lists of (path, relative path, taxonomy file), as workers.work_file takes them
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
        submit = partial(client.submit, work_batch, pure=False)
        yield from in_order(chain([first], batches), submit, window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


__all__ = ["dask_results"]
