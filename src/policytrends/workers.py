"""Reading and working one file, in whichever process does it: the ingest process, a worker
of its process pool, or a Dask worker (`distributed`). Top-level functions, so processes
can pickle them; each gives what the process that writes the store needs back.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from queue import SimpleQueue
from threading import Thread

from .faults import WORKER_POINT, check_point
from .pipeline import MAX_INPUT_BYTES, process_file
from .records import FileResult, Reject, WorkArgs
from .store import FileSig, RowBatch, read_with_signature

__all__ = ["WorkArgs", "read_file", "work_batch", "work_file"]


Read = tuple[bytes | None, FileSig] | OSError  # a file's bytes and signature, or why not


def read_file(args: WorkArgs) -> Read:
    try:
        return read_with_signature(args[0], args[1], MAX_INPUT_BYTES)
    except OSError as exc:
        return exc


def work_file(args: WorkArgs, read: Read | None = None) -> tuple[FileSig | None, FileResult]:
    """Worker: signature and rows of one file (top-level so processes can pickle it);
    `read`: what `read_file` gave for it, if it has been read already."""
    path, rel, taxonomy_file = args
    found = read_file(args) if read is None else read
    if isinstance(found, OSError):
        reject = Reject(rel, None, "unreadable", f"{rel}: {found.strerror or found}")
        return None, FileResult(rel, {}, (reject,))
    data, sig = found
    return sig, process_file(path, rel, taxonomy_file, data=data)


def work_batch(batch: Sequence[WorkArgs]) -> RowBatch:
    """Worker: signatures and rows of a run of files, as Arrow tables.

    A thread reads the files ahead while this one parses: a corpus that is not in the page
    cache (a million files) waits on the disk for every file, time parsing can use.
    """
    check_point(WORKER_POINT)
    if len(batch) < 2:
        return RowBatch.of([work_file(args) for args in batch])
    reads: SimpleQueue[Read | BaseException] = SimpleQueue()

    def read_ahead() -> None:
        for args in batch:
            try:
                reads.put(read_file(args))
            except BaseException as exc:  # raised in the parsing thread, as without this one
                reads.put(exc)
                return

    reader = Thread(target=read_ahead, name="policytrends-read", daemon=True)
    reader.start()
    results = []
    for args in batch:
        read = reads.get()
        if isinstance(read, BaseException) and not isinstance(read, OSError):
            raise read
        results.append(work_file(args, read))
    reader.join()
    return RowBatch.of(results)


# A White House readout in its scraped form: working it compiles and builds, once, what
# reading, extraction and tagging of the usual records build on first use.
_WARM_UP = (
    b'---\ndate: \'2024-01-02\'\npublished_time: 2024-01-02 18:00:00-05:00\n'
    b'source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2024/01/02/'
    b'readout/\ntags: statements-releases\ntitle: "Readout of President Example\\u2019s '
    b'Meeting with\\\n  \\ Prime Minister Sample of Japan"\n---\n\nToday, President Example met '
    b'with Prime Minister Sample of Japan at the White House. The leaders discussed\n'
    b'security, trade and the economy, and Secretary of State Other joined the meeting.\n')


def warm_up() -> None:
    """Work one small readout into a batch of rows and drop it: a process that forks
    workers calls it first (`worker_preload`), so that each worker starts with the package
    imported, the default taxonomy's matcher built, the rules' patterns compiled and what
    building Arrow tables from Python rows imports (pyarrow imports pandas then, about
    0.2 s) imported, instead of building them itself. Never raises: a worker builds what
    is missing on first use; a failure is reported as a RuntimeWarning naming the error
    (it is a bug in the package, which the workers will meet again on real records)."""
    try:
        RowBatch.of([(None, process_file("warm-up.md", "warm-up.md", None, data=_WARM_UP))])
    except Exception as exc:  # (nothing of the warm-up is kept: a failure only costs time)
        warnings.warn(f"policytrends: warming up the worker processes failed "
                      f"({type(exc).__name__}: {exc}); each worker builds what it needs on "
                      f"first use", RuntimeWarning, stacklevel=2)
