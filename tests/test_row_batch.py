"""A worker's batch of rows crosses to the ingest process as it was built: each table as
one Arrow IPC stream (`RowBatch.__reduce__`), not array by array (issue 18)."""

from __future__ import annotations

import pickle
import pickletools
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import numpy as np
import pytest

from policytrends.store import RowBatch
from policytrends.workers import work_file

FIXTURES = Path(__file__).parent / "fixtures"
FILES = sorted(p for p in (FIXTURES / "events").rglob("*") if p.is_file())


def _batch(files: list[Path]) -> RowBatch:
    return RowBatch.of([work_file((str(f), f.name, None)) for f in files])


def _bytes_objects(data: bytes) -> int:
    return sum(1 for op, _, _ in pickletools.genops(data) if "BYTES" in op.name)


@pytest.mark.parametrize("count", [0, 1, 3, len(FILES)])
def test_a_batch_comes_back_as_it_was_sent(count: int) -> None:
    batch = _batch(FILES[:count])
    for protocol in (4, 5):
        back = pickle.loads(ForkingPickler.dumps(batch, protocol))
        assert back.sigs == batch.sigs and back.reasons == batch.reasons
        assert np.array_equal(back.text, batch.text)
        assert batch.rows.keys() == back.rows.keys()
        assert all(np.array_equal(back.rows[n], batch.rows[n]) for n in batch.rows)
        assert back.tables.keys() == batch.tables.keys()
        for name, table in batch.tables.items():
            got = back.tables[name]
            assert got.equals(table, check_metadata=True), name
            assert [c.num_chunks for c in got.columns] == [c.num_chunks for c in table.columns]


def test_each_table_is_pickled_as_one_stream() -> None:
    """One bytes object a table (besides the numpy arrays' own), not one a buffer."""
    assert len(FILES) >= 4
    batch = _batch(FILES)
    data = ForkingPickler.dumps(batch).tobytes()
    arrays = len(batch.rows) + 1  # (numpy arrays: rows per table, text per file)
    # (+1: the bytes of a numpy dtype)
    assert _bytes_objects(data) <= len(batch.tables) + arrays + 1, _bytes_objects(data)
