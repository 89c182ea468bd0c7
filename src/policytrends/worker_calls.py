"""What the ingest process hands its worker processes to call: functions pickled by name
from a module that imports nothing, so the ingest process (which only writes the store)
never imports the readers and extraction rules (`workers`) the workers parse with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .records import WorkArgs

if TYPE_CHECKING:
    from .store import RowBatch

__all__ = ["WorkArgs", "work_batch"]


def work_batch(batch: Sequence[WorkArgs]) -> RowBatch:
    """`workers.work_batch`, imported in the process that runs it (a worker has it
    imported already: `worker_preload`)."""
    from .workers import work_batch as work

    return work(batch)
