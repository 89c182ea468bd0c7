"""Ingest: find input files, parse the new or changed ones (in parallel), write the store."""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import chain, count, islice, repeat
from multiprocessing import forkserver, get_context
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import store_taxonomy, taxonomy, worker_calls
from .dedup import Dedup
from .discovery import DOCUMENTATION, Discovery, FileList, InputFile, Walk, discover
from .errors import InputNotFoundError, WorkerError
from .faults import check_point
from .ordered_results import in_order
from .records import FileResult, Reject, WorkArgs
from .store import FileSig, RowBatch, Store, StoreWriter

if TYPE_CHECKING:  # (imported by ingest() itself: see _start_worker_server)
    from . import events

T = TypeVar("T")


@dataclass
class Summary:
    """What an ingest run did; printed by the CLI."""

    files_found: int = 0
    files_parsed: int = 0
    files_unchanged: int = 0
    records: int = 0
    meetings: int = 0
    duplicates: int = 0
    rejects: Counter[str] = field(default_factory=Counter)
    committed: bool = False
    # documentation files of the source folders (README, LICENSE ...): stored as rejects
    # rows with reason "documentation", listed here, not counted as rejects
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the taxonomy in force, warnings

    def lines(self) -> list[str]:
        out = [
            f"files found: {self.files_found} (parsed {self.files_parsed}, "
            f"unchanged {self.files_unchanged})",
            f"records: {self.records} (duplicates of earlier records: {self.duplicates})",
            f"meetings: {self.meetings}",
            f"rejects: {sum(self.rejects.values())}",
        ]
        out += [f"  {reason}: {n}" for reason, n in sorted(self.rejects.items())]
        out += self.notes
        if self.skipped:
            out.append(f"skipped (documentation, not records): {len(self.skipped)}")
            out += [f"  {path}" for path in self.skipped[:SKIPPED_LISTED]]
            if len(self.skipped) > SKIPPED_LISTED:
                out.append(f"  ... and {len(self.skipped) - SKIPPED_LISTED} more "
                           "(the rejects table, reason 'documentation')")
        return out


SKIPPED_LISTED = 20  # skipped files named in the summary, at most


# Files a worker process parses and sends back at a time, at most: each batch costs the
# ingest process a fixed share of its time (reading its tables, buffering, counting,
# linking), and the rows in flight stay a few MB (docs/performance.md).
MAX_BATCH = 128


def _batches(todo: Iterable[InputFile], sizes: Iterable[int], taxonomy_file: str | None
             ) -> Iterator[list[WorkArgs]]:
    """work_file's arguments for the files, in runs of `sizes` (lazily: memory flat with N)."""
    args = ((f.path, f.rel, taxonomy_file) for f in todo)
    for size in sizes:
        batch = list(islice(args, size))
        if not batch:
            return
        yield batch


def _growing(jobs: int) -> Iterator[int]:
    """Batch sizes for files whose number is not known yet: `jobs` batches of 1 file, then
    of 2, 4 ... up to MAX_BATCH (a few files are shared among the workers, many files are
    sent in runs that cost little to send)."""
    return (min(MAX_BATCH, 2 ** min(i // jobs, 16)) for i in count())


def _results(todo: Iterable[InputFile], total: int | None, jobs: int,
             taxonomy_file: str | None, engine: str = "local", scheduler: str | None = None,
             pool: Executor | None = None) -> Iterator[RowBatch]:
    """The rows of the files in order; `total`: their number, None if not known yet;
    `pool`: the worker processes to use, if started already."""
    if engine == "dask":
        from . import distributed

        yield from distributed.dask_results(
            _batches(todo, repeat(distributed.BATCH_FILES), taxonomy_file),
            scheduler=scheduler, jobs=jobs)
        return
    todo = iter(todo)
    if total is None:
        head = list(islice(todo, 2))  # no worker processes for a lone file
        todo, at_least = chain(head, todo), len(head)
        sizes: Iterable[int] = _growing(jobs)
    else:
        at_least = total
        sizes = repeat(max(1, min(MAX_BATCH, total // (jobs * 8) or 1)))
    if jobs <= 1 or at_least < 2:
        yield from map(worker_calls.work_batch, _batches(todo, sizes, taxonomy_file))
        return
    yield from _in_processes(_batches(todo, sizes, taxonomy_file), jobs, pool)


# Batches sent to each worker process ahead of the one whose rows are awaited.
IN_FLIGHT_PER_JOB = 4


def _in_processes(batches: Iterator[list[WorkArgs]], jobs: int,
                  pool: Executor | None = None) -> Iterator[RowBatch]:
    """The rows of the batches, parsed by `jobs` worker processes (those of `pool`, or
    of a pool of its own), in the batches' order (the store is the same whatever the
    number of jobs)."""
    with ExitStack() as stack:
        executor = pool if pool is not None else stack.enter_context(_worker_pool(jobs))

        def submit(batch: list[WorkArgs]) -> Future[RowBatch]:
            return executor.submit(worker_calls.work_batch, batch)

        yield from in_order(batches, submit, jobs * IN_FLIGHT_PER_JOB)


@contextmanager
def _worker_pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    """`jobs` worker processes (for listing files, then parsing them).

    A process pool from concurrent.futures, not multiprocessing.Pool: the latter's worker
    thread wakes up for every result waiting in the pipe and polls until it is read (2 s
    of the ingest process's time per 100,000 records), and a worker killed by the system
    (out of memory) leaves Pool waiting forever, where this pool raises BrokenProcessPool.
    """
    pool = ProcessPoolExecutor(jobs, mp_context=_server_context(),
                               initializer=_worker_start)
    done = False
    try:
        yield pool
        done = True
    except BrokenProcessPool as exc:
        raise WorkerError("a parsing process stopped unexpectedly (killed by the system, or "
                          "out of memory?); the store is unchanged") from exc
    finally:  # after an error, the work not started is dropped
        pool.shutdown(wait=done, cancel_futures=True)


def _server_context() -> ForkServerContext:
    """The context of the worker processes: forked by a server that imports the package
    and warms it up once (`worker_preload`), then forks each worker from it."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["__main__", f"{__package__}.worker_preload"])
    return context


def _start_worker_server(srcs: list[str | os.PathLike[str]], jobs: int, engine: str
                         ) -> None:
    """Start the server of the worker processes now, when they will be needed (more than
    one job, files to share among them): its warm-up then runs on another core while this
    process imports linking's modules, opens the store and reads the taxonomy, instead of
    after them while this one waits (docs/performance.md)."""
    if engine != "local" or jobs <= 1:
        return
    if len(srcs) < 2 and not os.path.isdir(srcs[0]):
        return  # one file: parsed in this process
    _server_context()
    forkserver.ensure_running()


def _worker_start() -> None:
    """A parsing process collects garbage less often: its objects seldom form cycles, and
    the default thresholds cost it ~3% of its time."""
    gc.set_threshold(50_000, 20, 20)


@dataclass
class _Plan:
    """Which files to parse: numbers in the FileList, and what the store has of them."""

    todo: np.ndarray
    previous_sha: dict[int, str]  # file number -> its sha256 in the manifest, if there
    stored_rejects: set[str]  # paths of discover()'s rejects already in the manifest


def _plan(files: FileList, early_rejects: list[Reject], old: pa.Table,
          summary: Summary) -> _Plan:
    """Compare the files with the previous manifest `old`: unchanged size and mtime are
    skipped (counted in `summary`), the others are to parse."""
    if not len(old):  # a new store: every file is parsed, none needs a stat now
        return _Plan(np.arange(len(files)), {}, set())
    if files.stats is None:
        raise ValueError("the files were listed without their sizes and mtimes")
    sizes, mtimes = files.stats
    paths = old["path"].combine_chunks()
    # the last manifest row of a path counts, as in a dict built from the rows
    found = pc.index_in(files.rels, value_set=paths[::-1])
    known = found.is_valid().to_numpy(zero_copy_only=False)
    at = len(paths) - 1 - found.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    at[~known] = 0
    column = {c: old[c].to_numpy() for c in ("size", "mtime_ns", "rejects")} if len(old) else {
        c: np.zeros(1, np.int64) for c in ("size", "mtime_ns", "rejects")}
    same = (known & (sizes >= 0) & (column["size"][at] == sizes)
            & (column["mtime_ns"][at] == mtimes))
    summary.files_unchanged += int(same.sum())
    earlier = int(column["rejects"][at[same]].sum())
    if earlier:
        summary.rejects["(stored) earlier rejects"] += earlier
    todo = np.flatnonzero(~same)
    again = todo[known[todo]]
    shas = old["sha256"].take(pa.array(at[again])).to_pylist() if len(again) else []
    stored = pc.is_in(pa.array([r.path for r in early_rejects], pa.string()), value_set=paths)
    return _Plan(todo, dict(zip(again.tolist(), shas, strict=True)),
                 {r.path for r, s in zip(early_rejects, stored.to_pylist(), strict=True) if s})


def _stored_documents(store: Store) -> Iterator[pa.Table]:
    """The columns the duplicate_of rule needs of the stored documents, part by part."""
    cols = ["record_id", "source", "item", "content_sha256", "duplicate_of"]
    for part in store.table_files("documents"):
        yield store.read_part(part, "documents", cols)


@contextmanager
def _system_allocator() -> Iterator[None]:
    """Arrow allocates with malloc meanwhile (process-wide): its default allocator kept
    freed memory, which the dedup index alone grows by a lot per record."""
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


def ingest(
    srcs: Iterable[str | os.PathLike[str]],
    store_dir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    taxonomy_file: str | None = None,
    wait: bool = False,
    progress: Callable[[int], object] | None = None,
    on_total: Callable[[int], object] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Summary:
    """Ingest SRC files and folders into the store at `store_dir`.

    Args:
        srcs: files or folders (searched recursively).
        store_dir: the store directory (created if missing).
        jobs: worker processes (default: all cores).
        taxonomy_file: a user taxonomy (TOML/YAML) extending the shipped one; None: the
            one recorded in the store (see `store_taxonomy`). It is recorded in the store.
        wait: wait for another run holding the store instead of stopping.
        progress: called with the number of files done since the last call.
        on_total: called once with the number of files to parse.
        engine: "local" (worker processes on this machine) or "dask" (a Dask cluster);
            both write the same store.
        scheduler: the address of a running Dask scheduler ("tcp://host:8786"; implies
            engine "dask"); with engine "dask" and None, a local cluster of `jobs` workers.

    Returns:
        A Summary of what was read, written and rejected.

    Raises:
        InputNotFoundError: a SRC does not exist (nothing is read, no store is created).
        TaxonomyMismatchError: `taxonomy_file` is not the taxonomy the store's records
            were tagged with (`policytrends retag --taxonomy` re-tags them first).
    """
    if jobs is not None and jobs < 0:
        raise ValueError(f"jobs must be 1 or more (or 0 or None: all cores), not {jobs}")
    jobs = jobs or os.cpu_count() or 1
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    if scheduler and engine == "local":
        engine = "dask"  # a scheduler address means the Dask engine
    srcs = list(srcs)
    _check_inputs(srcs)
    _start_worker_server(srcs, jobs, engine)
    from . import events  # (after the server starts: its import overlaps the warm-up)

    store = Store(store_dir)
    with _system_allocator(), store.open_writer(wait=wait) as writer:
        in_force = store_taxonomy.for_ingest(store, taxonomy_file)
        taxonomy_file = in_force.file
        taxonomy.load(taxonomy_file)  # a malformed file stops here, before any parsing
        # events link the records at commit; those of a new store are read as they come
        linker = events.Linker() if writer.previous is None else None
        writer.derivers.append(linker.derive if linker is not None else events.derive)
        if len(srcs) == 1 and Path(srcs[0]).is_dir() and store.current() is None:
            walk = Walk(Path(srcs[0]), store.root, on_total)
            results = _results(walk.files(), None, jobs, taxonomy_file, engine, scheduler)
            summary = Summary()
            changed = _parse(writer, walk.parsed(), results, summary, progress, Dedup(),
                             linker)
            summary.files_found = walk.found + len(walk.rejects)
            early_rejects, stored_rejects = walk.rejects, set[str]()
        else:
            with ExitStack() as stack:
                pool = (stack.enter_context(_worker_pool(jobs))
                        if engine == "local" and jobs > 1 else None)
                changed, summary, early_rejects, stored_rejects = _update(
                    writer, srcs, jobs, taxonomy_file, progress, on_total, engine, scheduler,
                    pool, linker)
        changed = _add_rejects(writer, early_rejects, stored_rejects, summary) or changed
        summary.notes = list(in_force.notes)
        if changed or in_force.record != store_taxonomy.recorded(store):
            writer.commit({store_taxonomy.KEY: in_force.record})
            summary.committed = True
    return summary


def _check_inputs(srcs: list[str | os.PathLike[str]]) -> None:
    """Every SRC exists (a link that leads nowhere is kept: discovery rejects it)."""
    if not srcs:
        raise InputNotFoundError(2, "no files or folders given to ingest", "")
    for src in srcs:
        if not os.path.lexists(src):
            raise InputNotFoundError(2, "no such file or folder to ingest", str(src))


def _update(writer: StoreWriter, srcs: list[str | os.PathLike[str]], jobs: int,
            taxonomy_file: str | None, progress: Callable[[int], object] | None,
            on_total: Callable[[int], object] | None, engine: str, scheduler: str | None,
            pool: Executor | None, linker: events.Linker | None = None
            ) -> tuple[bool, Summary, list[Reject], set[str]]:
    """Parse the files of `srcs` that are new or changed since the store's manifest:
    (whether rows were added, the summary, discover()'s rejects, those stored already).

    The files are listed by the worker processes of `pool` if given, while this one
    reads the manifest and the stored records' duplicate keys.
    """
    store = writer.store
    stored = store.current() is not None
    listing = Discovery(srcs, store.root, stats=stored, pool=pool, jobs=jobs)
    old = writer.old_manifest()
    dedup = Dedup(_stored_documents(store) if stored else ())
    files, early_rejects = listing.result()
    del listing
    summary = Summary(files_found=len(files) + len(early_rejects))
    plan = _plan(files, early_rejects, old, summary)
    del old  # (the writer keeps it for commit)
    if on_total:
        on_total(len(plan.todo))
    results = _results(files.select(plan.todo), len(plan.todo), jobs, taxonomy_file,
                       engine, scheduler, pool)
    todo = zip((f.rel for f in files.select(plan.todo)),
               map(plan.previous_sha.get, plan.todo.tolist()), strict=True)
    del files  # a million files' list: memory commit() can use (once `todo` is done)
    changed = _parse(writer, todo, results, summary, progress, dedup, linker)
    return changed, summary, early_rejects, plan.stored_rejects


def _parse(writer: StoreWriter, todo: Iterator[tuple[str, str | None]],
           results: Iterable[RowBatch], summary: Summary,
           progress: Callable[[int], object] | None, dedup: Dedup,
           linker: events.Linker | None = None) -> bool:
    """Add the rows of the files parsed to `writer` (and to `linker`, if given); True if
    any file was added.

    `todo`: (rel, its sha256 in the store's manifest if there) of each file parsed, in
    the order of `results`.
    """
    changed = False
    for batch, last in _with_last(results):
        keep, sigs = [], []
        for k, (rel, prev_sha) in enumerate(islice(todo, len(batch))):
            if progress:
                progress(1)
            check_point("parse")
            sig = batch.sigs[k]
            if sig is not None and prev_sha == sig.sha256:
                summary.files_unchanged += 1  # touched, same bytes: the manifest learns
                writer.refresh(sig)  # its new mtime (a commit), not to read it again
                changed = True
                continue
            if prev_sha is not None:
                writer.replace([rel])
            keep.append(k)
            sigs.append(sig or FileSig(rel, -1, -1, ""))
        if keep:
            _count(summary, batch, keep, dedup)
        if linker is not None:
            _to_link(linker, batch, len(keep) == len(batch), last)
        if keep:
            writer.add_files(batch, keep, sigs)
            changed = True
    return changed


def _with_last(items: Iterable[T]) -> Iterator[tuple[T, bool]]:
    """(item, whether it is the last) of each item."""
    it = iter(items)
    for held in it:
        for item in it:
            yield held, False
            held = item
        yield held, True


def _to_link(linker: events.Linker, batch: RowBatch, whole: bool, last: bool) -> None:
    """Give the linker the records of a batch (`whole`: all its files are added), with
    their duplicate_of marks; after the last batch, before its rows can fill the store's
    last part, the linker begins grouping them, while this thread writes that part."""
    if whole:
        linker.add(*(batch.tables[name] for name in ("documents", "meetings",
                                                     "counterparts")))
    else:
        linker.drop()
    if last:
        linker.start()


def _add_rejects(writer: StoreWriter, early_rejects: list[Reject], stored: set[str],
                 summary: Summary) -> bool:
    """Count discover()'s rejects and add those not `stored` yet; True if any was added."""
    changed = False
    for r in early_rejects:
        if r.reason == DOCUMENTATION:
            summary.skipped.append(r.path)
        else:
            summary.rejects[r.reason] += 1
        if r.path not in stored:  # rejected before: already stored
            writer.add(FileSig(r.path, -1, -1, ""), FileResult(r.path, {}, (r,)))
            changed = True
    return changed


def _count(summary: Summary, batch: RowBatch, keep: list[int], dedup: Dedup) -> None:
    """Count the records, meetings and rejects of files `keep` of the batch, and mark
    their documents duplicate_of the first record with the same item or content."""
    summary.files_parsed += len(keep)
    docs = batch.tables["documents"]
    offsets = np.concatenate([[0], np.cumsum(batch.rows["documents"])]).tolist()
    records = list(zip(*(docs[c].to_pylist() for c in ("record_id", "source", "item",
                                                        "content_sha256")), strict=True))
    rows = [row for k in keep for row in range(offsets[k], offsets[k + 1])]
    marks: list[str | None] = [None] * docs.num_rows
    for row, mark in zip(rows, dedup.check([records[row] for row in rows]), strict=True):
        marks[row] = mark
    summary.records += int(batch.rows["documents"][keep].sum())
    dups = sum(m is not None for m in marks)
    if dups:
        summary.duplicates += dups
        at = docs.schema.get_field_index("duplicate_of")
        batch.tables["documents"] = docs.set_column(at, docs.schema.field(at),
                                                    pa.array(marks, pa.string()))
    summary.meetings += int(batch.rows["meetings"][keep].sum())
    for k in keep:
        summary.rejects.update(batch.reasons[k])


__all__ = ["FileList", "Summary", "discover", "ingest"]
