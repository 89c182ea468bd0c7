"""The Parquet store: versioned, atomically committed, incremental.

Layout of a store directory ``DIR``::

    DIR/<table>            -> .policytrends/current/<table>   (symlink per table)
    DIR/.policytrends/current -> versions/<n>                 (symlink, swapped atomically)
    DIR/.policytrends/versions/<n>/<table>/part-*.parquet
    DIR/.policytrends/versions/<n>/manifest.parquet            (one row per input file)
    DIR/.policytrends/versions/<n>/store.json                  (schema version, counts)
    DIR/.policytrends/lock                                     (one writer at a time)

A run writes a whole new version (unchanged parts are hard links, so this is cheap) and
commits it by replacing one symlink: a run killed at any point leaves the previous version
readable and unchanged; the next run removes the leftovers. Readers that glob
``DIR/<table>/*.parquet`` always see one consistent version.

A store copied without its symlinks, or whose ``current`` names a deleted version, is read
at its newest complete version, and the next run points ``current`` at it again: nothing
is deleted that a run of policytrends did not write (only folders named like a version,
inside a ``versions`` folder that is not a link).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .errors import StoreError, StoreWarning
from .faults import check_point
from .records import FileResult
from .schema import (
    READABLE_VERSIONS,
    SCHEMA_VERSION,
    SORT_KEYS,
    TABLES,
    VERSION_KEY,
    added_since,
    conform,
    with_version,
)

META = ".policytrends"
VERSIONS = "versions"
MANIFEST_SCHEMA = pa.schema(
    [
        ("path", pa.string()),  # documents.path: relative to the SRC it was found under
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("sha256", pa.string()),
        ("part", pa.string()),  # name of the part files that hold this file's rows
        ("records", pa.int64()),
        ("rejects", pa.int64()),
    ]
)
# Rows buffered before a part is written: keeps memory flat whatever the corpus size.
PART_RECORDS = 20_000
PART_TEXT_BYTES = 128 * 1024 * 1024
def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_table(table: pa.Table, path: Path) -> None:
    """Write one Parquet file durably, with the schema version in its metadata."""
    tmp = path.with_suffix(".tmp")
    try:
        pq.write_table(table, tmp, compression="zstd", write_statistics=True)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        check_point("tmp_written")
        os.replace(tmp, path)
    except OSError as exc:  # e.g. a full disk: the run stops, the committed version stays
        raise StoreError(f"{path}: cannot write ({exc.strerror or exc}); the store is "
                         "unchanged") from exc


def read_parquet(path: Path, schema: pa.Schema, columns: list[str] | None = None
                 ) -> pa.Table:
    """The `columns` (default: all) of one Parquet file of the store, as `schema` has them.

    Read as one file, not through `pq.read_table`, which goes through pyarrow.dataset and
    takes about twice as long (docs/performance.md). One thread: reader threads left their
    malloc arenas holding the memory.
    """
    if path.is_symlink():
        raise StoreError(f"{path}: is a symlink; a store reads only its own files (a link "
                         "can point out of the store)")
    try:
        with pq.ParquetFile(path) as parquet:
            _check_schema(path, parquet.schema_arrow, schema)
            stored = parquet.schema_arrow.names
            wanted = columns
            if columns is not None and not set(columns) <= set(stored):  # an older part
                wanted = [c for c in columns if c in stored]
                if "language" in columns and "text" in stored and "text" not in wanted:
                    wanted.append("text")  # (what an old part's language is derived from)
            table = parquet.read(columns=wanted, use_threads=False)
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{path}: cannot be read ({exc}); the store is damaged") from exc
    if columns is not None:
        schema = pa.schema([schema.field(c) for c in columns], metadata=schema.metadata)
    table = conform(table, schema)
    return table if table.schema.equals(schema, check_metadata=True) else table.cast(schema)


def _current_form(path: Path, name: str) -> bool:
    """Whether a part has every column of its table (a part written by an older schema
    version lacks the ones added since)."""
    return set(pq.read_schema(path).names) >= set(TABLES[name].names)


def _check_schema(path: Path, found: pa.Schema, schema: pa.Schema) -> None:
    """Stop on a file whose columns are not the table's (read, its missing columns would
    be all nulls); a part an older schema version wrote may lack what was added since."""
    version = (found.metadata or {}).get(VERSION_KEY, b"").decode(errors="replace")
    absent = added_since(version) - set(found.names)
    schema = pa.schema([f for f in schema if f.name not in absent])
    if found.remove_metadata().equals(schema.remove_metadata()):
        return
    want = {f.name: f.type for f in schema}
    has = {f.name: f.type for f in found}
    problems = [f"no column {n!r}" for n in want if n not in has]
    problems += [f"column {n!r} is {has[n]}, not {t}" for n, t in want.items()
                 if n in has and has[n] != t]
    problems += [f"unknown column {n!r}" for n in has if n not in want]
    what = "; ".join(problems) or "its columns in another order"
    raise StoreError(f"{path}: not a file of this table ({what}); the store is damaged")


def check_part(path: Path, schema: pa.Schema) -> None:
    """Stop unless `path` is a readable Parquet file of the store with `schema`'s columns
    (reads only its footer).

    Raises:
        StoreError: a symlink, a truncated or unreadable file, or other columns.
    """
    if path.is_symlink():
        raise StoreError(f"{path}: is a symlink; a store reads only its own files (a link "
                         "can point out of the store)")
    try:
        found = pq.read_schema(path)
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{path}: cannot be read ({exc}); the store is damaged") from exc
    _check_schema(path, found, schema)


def _rows_to_table(name: str, rows: list[dict], sort: bool = True) -> pa.Table:
    table = pa.Table.from_pylist(rows, schema=with_version(TABLES[name]))
    return _sorted(name, table) if sort else table


def _sorted(name: str, table: pa.Table) -> pa.Table:
    """Rows in the table's sort order: the same part whatever order they came in."""
    if not table.num_rows:
        return table
    return table.sort_by([(k, "ascending") for k in SORT_KEYS[name]])


def sorted_concat(name: str, tables: list[pa.Table]) -> pa.Table:
    """`_sorted` of the tables concatenated and combined into one chunk, emptying
    `tables`: each column is put in order on its own and its buffered chunks released
    before the next, and a column of long values (the documents' text) is gathered from
    its chunks instead of combined first, so a part's rows are held about once, plus
    one column twice, where `_sorted` of `pa.concat_tables(tables).combine_chunks()`
    holds them three times (buffered, combined, sorted)."""
    whole = pa.concat_tables(tables)
    tables.clear()
    if not whole.num_rows:
        return whole.combine_chunks()
    order = pc.sort_indices(whole, sort_keys=[(k, "ascending") for k in SORT_KEYS[name]])
    schema, columns = whole.schema, []
    while whole.num_columns:
        column = whole.column(0)
        whole = whole.remove_column(0)  # the last reference to the buffered chunks
        if column.nbytes >= GATHERED_BYTES_PER_ROW * len(column) and column.num_chunks > 1:
            columns.append(_gathered(column, order))
        else:
            columns.append(column.combine_chunks().take(order))
        del column
    return pa.Table.from_arrays(columns, schema=schema)


# A column with this many bytes a row or more is put in order by `_gathered`: one slice a
# row costs about a microsecond, against copying the column once more
GATHERED_BYTES_PER_ROW = 512


def _gathered(column: pa.ChunkedArray, order: pa.Array) -> pa.Array:
    """`column.take(order)` as one array, copied from the chunks row by row: Arrow's take
    of a chunked array combines the chunks into a copy first."""
    chunks = column.chunks
    starts = np.cumsum([0] + [len(c) for c in chunks])
    at = order.to_numpy().astype(np.int64)
    chunk_of = np.searchsorted(starts, at, side="right") - 1
    within = at - starts[chunk_of]
    return pa.concat_arrays([chunks[c].slice(r, 1)
                             for c, r in zip(chunk_of.tolist(), within.tolist(), strict=True)])


@dataclass(frozen=True)
class FileSig:
    """What identifies an input file's content between runs."""

    path: str
    size: int
    mtime_ns: int
    sha256: str


@dataclass
class RowBatch:
    """The rows of a run of input files, one Arrow table per store table: what ingest's
    workers send back (sending and writing Arrow costs the writing process far less than
    dicts of rows did). `rows[name][k]` is the number of rows file k has in table `name`.
    """

    sigs: list[FileSig | None]
    tables: dict[str, pa.Table]
    rows: dict[str, np.ndarray]
    text: np.ndarray  # characters of documents text per file (the part size rule)
    reasons: list[tuple[str, ...]]  # reject reasons per file

    @classmethod
    def of(cls, results: Sequence[tuple[FileSig | None, FileResult]]) -> RowBatch:
        """The batch of (signature, result) of each file, in that order."""
        rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        counts: dict[str, list[int]] = {name: [] for name in TABLES}
        for _, result in results:
            for name, table_rows in _result_rows(result).items():
                rows[name].extend(table_rows)
                counts[name].append(len(table_rows))
        docs = (r.tables.get("documents", []) for _, r in results)
        return cls(
            sigs=[sig for sig, _ in results],
            tables={name: _rows_to_table(name, rows[name], sort=False) for name in TABLES},
            rows={name: np.array(counts[name], np.int64) for name in TABLES},
            text=np.array([sum(len(d.get("text") or "") for d in ds) for ds in docs], np.int64),
            reasons=[tuple(r.reason for r in result.rejects) for _, result in results],
        )

    def __len__(self) -> int:
        return len(self.sigs)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled (sent from a worker process) with each table as one Arrow IPC stream:
        pickling a table pickles each of its arrays' buffers as an object of its own,
        several times the cost of writing and reading the stream (docs/performance.md)."""
        streams = {name: _ipc_stream(table) for name, table in self.tables.items()}
        return (_unpickled_batch, (self.sigs, streams, self.rows, self.text, self.reasons))


def _ipc_stream(table: pa.Table) -> pa.Buffer:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _unpickled_batch(sigs: list[FileSig | None], streams: dict[str, pa.Buffer],
                     rows: dict[str, np.ndarray], text: np.ndarray,
                     reasons: list[tuple[str, ...]]) -> RowBatch:
    tables = {name: pa.ipc.open_stream(stream).read_all() for name, stream in streams.items()}
    # (a stream of no rows reads back as a table of no chunks: one empty chunk, as built)
    tables = {name: table if table.num_rows else table.schema.empty_table()
              for name, table in tables.items()}
    return RowBatch(sigs=sigs, tables=tables, rows=rows, text=text, reasons=reasons)


def _result_rows(result: FileResult) -> dict[str, list[dict]]:
    """Rows of one file for every table, rejects included."""
    rows = {name: result.tables.get(name, []) for name in TABLES if name != "rejects"}
    rows["rejects"] = [{"path": r.path, "item": r.item, "reason": r.reason, "detail": r.detail}
                       for r in result.rejects]
    return rows


class Store:
    """A store directory. Use `Store.open_writer()` to change it, `current()` to read it."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        path = Path(root)
        # a version's folder (what `pinned()` gives) reads that version and no other
        self._fixed = path if (path.parent.name == VERSIONS and path.parent.parent.name == META
                               and is_version(path.name)) else None
        self.root = path.parent.parent.parent if self._fixed is not None else path
        self.meta = self.root / META
        # the version reads use, fixed by check_version(): one load() sees one version
        # even when a run commits meanwhile
        self._pinned: Path | None = None
        self._checked: dict[tuple[Path, str], list[Path]] = {}  # parts checked, per table

    # -- reading -----------------------------------------------------------------------
    def current(self) -> Path | None:
        """The committed version directory, or None for an empty store.

        When the ``current`` link is gone or names a deleted version, the newest complete
        version (with a StoreWarning); see `recovered`.

        Raises:
            StoreError: ``current`` is not a link or points outside the store's versions,
                or versions exist but none is complete.
        """
        if self._fixed is not None:
            if not is_complete(self._fixed):
                raise StoreError(f"{self._fixed}: this version of the store is gone or "
                                 "incomplete")
            return self._fixed
        return self.linked() or self.recovered()

    def linked(self) -> Path | None:
        """The version the ``current`` link names, None if there is no link or it dangles."""
        link = self.meta / "current"
        if not link.is_symlink():
            if link.exists():
                raise StoreError(f"{link}: is not a symlink (was the store copied without "
                                 "its links? `cp -a` keeps them); nothing was changed")
            return None
        target = (self.meta / os.readlink(link)).resolve()
        if not target.is_dir():
            return None
        if target.parent != (self.meta / VERSIONS).resolve() or not is_version(target.name):
            raise StoreError(f"{link}: points at {target}, not at a version of this store")
        return target

    def recovered(self) -> Path | None:
        """The newest complete version, for a store without a working ``current`` link
        (None if it has no version at all).

        Raises:
            StoreError: versions exist but none is complete (nothing is deleted).
        """
        versions = self.meta / VERSIONS
        names = sorted((c.name for c in versions.iterdir() if is_version(c.name)), key=int
                       ) if versions.is_dir() else []
        if not names:
            return None
        complete = [n for n in names if is_complete(versions / n)]
        if not complete:
            raise StoreError(
                f"{self.root}: the store's `current` link is missing and none of its versions "
                f"({', '.join(names)} in {versions}) is complete; nothing was deleted")
        found = versions / complete[-1]
        warnings.warn(StoreWarning(
            f"{self.root}: the store's `current` link is missing or names a deleted version "
            f"(copied without its symlinks?); reading its newest complete version, "
            f"{found.name}; the next ingest or retag links it again"), stacklevel=2)
        return found

    def check_version(self) -> dict:
        """Read store.json of the current version (reads then use that version); raise
        StoreError on a foreign schema."""
        cur = self.current()
        if cur is None:
            raise StoreError(f"{self.root}: no policytrends store here (run `policytrends ingest`)")
        try:
            info = json.loads((cur / "store.json").read_text())
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.root}: store.json unreadable ({exc})") from exc
        if not isinstance(info, dict):
            raise StoreError(f"{cur / 'store.json'}: not a JSON object; the store is damaged")
        found = str(info.get("schema_version"))
        if found not in READABLE_VERSIONS:
            raise StoreError(
                f"{self.root}: store written with schema version {found}, this policytrends "
                f"reads version {SCHEMA_VERSION}; re-ingest the sources into a new store"
            )
        self._pinned = cur
        return info

    def _read_version(self) -> Path:
        if self._pinned is None or not self._pinned.is_dir():  # pruned two commits later
            self.check_version()
        assert self._pinned is not None
        return self._pinned

    def table_files(self, name: str) -> list[Path]:
        """The Parquet parts of table `name` in the version read, each checked (a real
        file of the store, readable, with the table's columns) once per Store.

        Raises:
            StoreError: a damaged part (see `check_part`).
        """
        if self.current() is None:
            return []
        return self._parts(self._read_version(), name)

    def _parts(self, version: Path, name: str) -> list[Path]:
        key = (version, name)
        if key not in self._checked:
            folder = version / name
            if folder.is_symlink():
                raise StoreError(f"{folder}: is a symlink; a store reads only its own files")
            files = sorted(folder.glob("*.parquet"))
            schema = with_version(TABLES[name])
            for f in files:
                check_part(f, schema)
            self._checked[key] = files
        return self._checked[key]

    def check_parts(self) -> None:
        """Check every part of the version read (footers only): a damaged store stops a
        command before it starts rather than part way.

        Raises:
            StoreError: no store, or a damaged part or manifest.
        """
        self._read_version()
        for name in TABLES:
            self.table_files(name)
        self.manifest(["path"])

    def read_table(self, name: str, columns: list[str] | None = None) -> pa.Table:
        """One table of the current version as a pyarrow Table (empty if no rows)."""
        files = self._parts(self._read_version(), name)  # StoreError: no store
        schema = with_version(TABLES[name])
        if not files:
            return schema.empty_table() if columns is None else schema.empty_table().select(columns)
        return pa.concat_tables([read_parquet(f, schema, columns) for f in files])

    def read_part(self, path: Path, name: str, columns: list[str] | None = None) -> pa.Table:
        """One Parquet part of table `name` (a file table_files() gave)."""
        return read_parquet(path, with_version(TABLES[name]), columns)

    def manifest(self, columns: list[str] | None = None) -> pa.Table:
        """The manifest of the current version: one row per input file, sorted by path."""
        cur = self.current()
        if cur is None or not (cur / "manifest.parquet").exists():
            empty = MANIFEST_SCHEMA.empty_table()
            return empty if columns is None else empty.select(columns)
        return read_parquet(cur / "manifest.parquet", MANIFEST_SCHEMA, columns)

    @contextmanager
    def pinned(self) -> Iterator[Path]:
        """The current version, kept on disk while the block runs: runs do not prune a
        version a reader holds (a shared lock on its store.json). ``Store(path)`` of the
        path given reads that version only, in any process.

        Raises:
            StoreError: no store.
        """
        for _ in range(10):
            version = self._read_version()
            try:
                fh = open(version / "store.json", "rb")
            except FileNotFoundError:  # pruned since it was read: read `current` again
                self._pinned = None
                continue
            fcntl.flock(fh.fileno(), fcntl.LOCK_SH)
            if (version / "store.json").exists():  # not pruned while we waited
                break
            fh.close()
            self._pinned = None
        else:
            raise StoreError(f"{self.root}: the store changed too often to be read")
        try:
            yield version
        finally:
            fh.close()

    # -- writing -----------------------------------------------------------------------
    def open_writer(self, wait: bool = False) -> StoreWriter:
        if self._fixed is not None:
            raise StoreError(f"{self._fixed}: a version of a store is read-only; write to "
                             f"the store, {self.root}")
        return StoreWriter(self, wait=wait)


class StoreWriter:
    """The one stage that writes a store. Use as a context manager; `commit()` to publish."""

    def __init__(self, store: Store, wait: bool = False) -> None:
        self.store = store
        for name in TABLES:  # found now rather than after parsing everything
            link = store.root / name
            if link.exists() and not link.is_symlink():
                raise StoreError(f"{link}: exists and is not a policytrends table link; "
                                 "is --store a policytrends store?")
        try:
            store.meta.mkdir(parents=True, exist_ok=True)
            self._lock_fh = open(store.meta / "lock", "a+")
        except OSError as exc:
            raise StoreError(f"{store.root}: cannot be used as a store ({exc.strerror or exc})"
                             ) from exc
        flags = fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(self._lock_fh.fileno(), flags)
        except BlockingIOError as exc:
            self._lock_fh.close()
            raise StoreError(
                f"{store.root}: another policytrends run is writing this store; "
                "wait for it to finish (or pass --wait)"
            ) from exc
        self._cleanup_leftovers()
        self.previous = store.current()
        if self.previous is not None:
            store.check_version()
            store.check_parts()  # parts are linked into the new version unread
        self.seq = self._next_seq()
        self.work = store.meta / "versions" / f"{self.seq:08d}.partial"
        self.work.mkdir(parents=True)
        for name in TABLES:
            (self.work / name).mkdir()
        self._buffers: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
        self._buffer_files: list[FileSig] = []
        self._buffer_counts: list[tuple[int, int]] = []
        self._buffer_docs = self._buffer_text = 0
        self._part_no = 0
        # manifest rows of the parts written so far, one small Arrow table per part: a
        # million files as Python dicts would take half a gigabyte
        self._new_manifest: list[pa.Table] = []
        self._replaced: set[str] = set()
        self._refreshed: dict[str, FileSig] = {}  # unchanged files with a new size or mtime
        self._old_manifest: pa.Table | None = None
        self._rewritten: set[str] = set()  # tables rewrite() produced for every part
        # Called at commit once every other table of the new version is in place, with
        # (new version's directory, previous version's or None): returns whole tables
        # (DERIVED_TABLES) to write, or None to keep the previous version's.
        self.derivers: list[Callable[[Path, Path | None], dict[str, pa.Table] | None]] = []
        self.committed = False

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if not self.committed and self.work.exists():
            shutil.rmtree(self.work, ignore_errors=True)
        if not self._lock_fh.closed:
            fcntl.flock(self._lock_fh.fileno(), fcntl.LOCK_UN)
            self._lock_fh.close()

    def _cleanup_leftovers(self) -> None:
        """Remove what a killed run left behind (partial versions, a version it never made
        current) and versions older than the one before the committed one; point a lost
        ``current`` link at the newest complete version first."""
        tmp_link = self.store.meta / "current.tmp"
        if tmp_link.is_symlink():
            tmp_link.unlink()
        versions = self.store.meta / VERSIONS
        _own_folder(versions)
        current = self.store.linked()
        if current is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", StoreWarning)  # relinked right now
                current = self.store.recovered()
            if current is not None:
                self._link_current(current)
        prune_versions(versions, current)

    def _link_current(self, version: Path) -> None:
        """Make `version` current (and the table links that are missing): the repair of a
        store copied without its symlinks."""
        tmp_link = self.store.meta / "current.tmp"
        os.symlink(Path(VERSIONS) / version.name, tmp_link)
        os.replace(tmp_link, self.store.meta / "current")
        _fsync_dir(self.store.meta)
        for name in TABLES:
            link = self.store.root / name
            if not link.is_symlink() and not link.exists():
                os.symlink(Path(META) / "current" / name, link)

    def _next_seq(self) -> int:
        if self.previous is None:
            return 1
        return int(self.previous.name.split(".")[0]) + 1

    def old_manifest(self) -> pa.Table:
        """The manifest of the version this one replaces (empty for a new store), read
        once: ingest compares the files with it, commit carries it over (a million files'
        manifest is slow to read twice)."""
        if self._old_manifest is None:
            self._old_manifest = self.store.manifest()
        return self._old_manifest

    # -- adding rows -------------------------------------------------------------------
    def replace(self, paths: Iterable[str]) -> None:
        """Mark input files whose previous rows must go (changed files)."""
        self._replaced.update(paths)

    def refresh(self, sig: FileSig) -> None:
        """Record the new size and mtime of a file whose bytes did not change (touched,
        or downloaded again), so the next run skips it without reading it."""
        self._refreshed[sig.path] = sig

    def rewrite(self, names: Iterable[str],
                rows_for: Callable[[pa.Table], dict[str, list[dict]]]) -> int:
        """Recompute tables `names` of every part from that part's documents.

        `rows_for(documents)` gets one part's documents table and returns the new rows of
        each named table; the other tables are carried over unchanged at commit (used by
        `retag`). Not combined with replace() or add() in the same version.

        Returns:
            The number of parts rewritten.
        """
        if self._replaced or self._buffer_files or self._new_manifest:
            raise StoreError(f"{self.store.root}: rewrite() cannot be combined with new files")
        names = list(names)
        self._rewritten.update(names)
        if self.previous is None:
            return 0
        parts = sorted((self.previous / "documents").glob("*.parquet"))
        for src in parts:
            rows = rows_for(self.store.read_part(src, "documents"))
            for name in names:
                if rows.get(name):
                    _write_table(_rows_to_table(name, rows[name]), self.work / name / src.name)
        return len(parts)

    def add(self, sig: FileSig, result: FileResult) -> None:
        """Buffer one file's rows; writes a part when the buffer is full."""
        self.add_files(RowBatch.of([(sig, result)]), [0], [sig])

    def add_files(self, batch: RowBatch, files: Sequence[int], sigs: Sequence[FileSig]
                  ) -> None:
        """Buffer the rows of files `files` (ascending positions in `batch`), whose
        signatures are `sigs`; writes a part each time the buffer is full."""
        offsets = {name: np.concatenate([[0], np.cumsum(n)]) for name, n in batch.rows.items()}
        done = 0
        while done < len(files):
            run = _run(files, done)  # files[done:run] are consecutive in the batch
            full = self._full_after(batch, files[done:run])
            end = done + full + 1 if full is not None else run
            self._take(batch, offsets, files[done], files[end - 1] + 1, sigs[done:end])
            if full is not None:
                self.flush()
            done = end

    def _full_after(self, batch: RowBatch, files: Sequence[int]) -> int | None:
        """The first of `files` after which the buffer is full, or None."""
        docs = self._buffer_docs + np.cumsum(batch.rows["documents"][files])
        text = self._buffer_text + np.cumsum(batch.text[files])
        full = np.flatnonzero((docs >= PART_RECORDS) | (text >= PART_TEXT_BYTES))
        return int(full[0]) if len(full) else None

    def _take(self, batch: RowBatch, offsets: dict[str, np.ndarray], start: int, stop: int,
              sigs: Sequence[FileSig]) -> None:
        """Buffer the rows of the consecutive files start..stop-1 of `batch`."""
        for name, table in batch.tables.items():
            first, last = int(offsets[name][start]), int(offsets[name][stop])
            if last > first:
                self._buffers[name].append(table.slice(first, last - first))
        self._buffer_files.extend(sigs)
        docs, rejects = batch.rows["documents"][start:stop], batch.rows["rejects"][start:stop]
        self._buffer_counts.extend(zip(docs.tolist(), rejects.tolist(), strict=True))
        self._buffer_docs += int(docs.sum())
        self._buffer_text += int(batch.text[start:stop].sum())

    def flush(self) -> None:
        if not self._buffer_files:
            return
        part = f"part-{self.seq:08d}-{self._part_no:05d}"
        self._part_no += 1
        for name in TABLES:
            tables = self._buffers[name]
            self._buffers[name] = []  # each table's rows freed once written
            if tables:
                table = sorted_concat(name, tables)
                _write_table(table, self.work / name / f"{part}.parquet")
                del table
                check_point("part_written")
        sigs, counts = self._buffer_files, self._buffer_counts
        self._new_manifest.append(pa.table(
            {
                "path": [sig.path for sig in sigs],
                "size": [sig.size for sig in sigs],
                "mtime_ns": [sig.mtime_ns for sig in sigs],
                "sha256": [sig.sha256 for sig in sigs],
                "part": [part] * len(sigs),
                "records": [n_rec for n_rec, _ in counts],
                "rejects": [n_rej for _, n_rej in counts],
            },
            schema=MANIFEST_SCHEMA,
        ))
        self._buffer_files, self._buffer_counts = [], []
        self._buffer_docs = self._buffer_text = 0

    # -- commit ------------------------------------------------------------------------
    def _carry_over(self) -> pa.Table:
        """Link or rewrite the previous version's parts into the new one.

        Returns the previous manifest without the files that were replaced.
        """
        old, self._old_manifest = self.old_manifest(), None
        if self.previous is None:
            return old
        replaced = pa.array(sorted(self._replaced), type=pa.string())
        drop = pc.is_in(old["path"], value_set=replaced)
        touched_parts = set(old.filter(drop)["part"].to_pylist())
        for name in TABLES:
            for f in sorted((self.previous / name).glob("*.parquet")):
                dest = self.work / name / f.name
                if f.stem in touched_parts or name in self._rewritten:
                    continue
                if _current_form(f, name):
                    os.link(f, dest)
                else:  # a part of an older schema version takes the new columns once
                    _write_table(read_parquet(f, with_version(TABLES[name])), dest)
        for part in sorted(touched_parts):
            self._rewrite_part(part, replaced)
        return self._refreshed_rows(old.filter(pc.invert(drop)))

    def _refreshed_rows(self, manifest: pa.Table) -> pa.Table:
        """The manifest with the sizes and mtimes of the refreshed files."""
        if not self._refreshed:
            return manifest
        sigs = list(self._refreshed.values())
        at = pc.index_in(manifest["path"], value_set=pa.array([s.path for s in sigs],
                                                              pa.string()))
        has = at.is_valid()
        for name, values in (("size", [s.size for s in sigs]),
                             ("mtime_ns", [s.mtime_ns for s in sigs])):
            new = pa.array(values, pa.int64()).take(at.fill_null(0))
            column = pc.if_else(has, new, manifest[name])
            manifest = manifest.set_column(manifest.schema.get_field_index(name),
                                           manifest.schema.field(name), column)
        return manifest

    def _rewrite_part(self, part: str, replaced: pa.Array) -> None:
        assert self.previous is not None
        docs_file = self.previous / "documents" / f"{part}.parquet"
        gone_ids = pa.array([], type=pa.string())
        if docs_file.exists():
            docs = self.store.read_part(docs_file, "documents", ["record_id", "path"])
            gone_ids = docs.filter(pc.is_in(docs["path"], value_set=replaced))["record_id"]
        for name in TABLES:
            src = self.previous / name / f"{part}.parquet"
            if not src.exists():
                continue
            table = self.store.read_part(src, name)
            if name == "rejects":
                keep = pc.invert(pc.is_in(table["path"], value_set=replaced))
            else:
                keep = pc.invert(pc.is_in(table["record_id"], value_set=gone_ids))
            kept = table.filter(keep)
            if kept.num_rows:
                _write_table(kept, self.work / name / src.name)

    def _derive(self) -> None:
        """Write the tables the derivers compute from the new version (whole tables,
        one file each, in place of the previous version's carried over)."""
        for derive in self.derivers:
            tables = derive(self.work, self.previous)
            for name, table in (tables or {}).items():
                for old in (self.work / name).glob("*.parquet"):
                    old.unlink()  # (a hard link: the previous version keeps its file)
                if table.num_rows:
                    _write_table(_sorted(name, table), self.work / name / f"{name}.parquet")

    def commit(self, extra_info: dict | None = None) -> Path:
        """Publish the new version atomically and remove the previous one."""
        self.flush()
        old_manifest = self._carry_over()
        self._derive()
        check_point("carried_over")
        new = pa.concat_tables([MANIFEST_SCHEMA.empty_table(), *self._new_manifest])
        manifest = pa.concat_tables([old_manifest.cast(MANIFEST_SCHEMA), new])
        manifest = manifest.sort_by([("path", "ascending")])
        _write_table(manifest, self.work / "manifest.parquet")
        info = {"schema_version": SCHEMA_VERSION, "version": self.seq, **(extra_info or {})}
        with open(self.work / "store.json", "w") as fh:
            fh.write(json.dumps(info, indent=1, sort_keys=True))
            fh.flush()
            os.fsync(fh.fileno())
        # the table links point through `current`: made before the commit point so that a
        # run killed right after it leaves no store without them
        for name in TABLES:
            link = self.store.root / name
            if not link.is_symlink():
                if link.exists():
                    raise StoreError(f"{link}: exists and is not a policytrends table link")
                os.symlink(Path(META) / "current" / name, link)
        check_point("before_rename")
        final = self.work.with_name(f"{self.seq:08d}")
        os.rename(self.work, final)
        _fsync_dir(final.parent)
        tmp_link = self.store.meta / "current.tmp"
        if tmp_link.is_symlink():
            tmp_link.unlink()
        os.symlink(Path("versions") / final.name, tmp_link)
        check_point("before_swap")
        os.replace(tmp_link, self.store.meta / "current")  # the commit point
        _fsync_dir(self.store.meta)
        check_point("after_swap")
        self.committed = True
        self.work = final
        prune_versions(final.parent, final)
        return final


def _run(files: Sequence[int], start: int) -> int:
    """The end of the run of consecutive numbers in `files` that begins at `start`."""
    end = start + 1
    while end < len(files) and files[end] == files[end - 1] + 1:
        end += 1
    return end


def is_version(name: str) -> bool:
    """Whether `name` is a committed version's folder name (``00000007``)."""
    return len(name) >= 8 and name.isdigit()


def _is_partial(name: str) -> bool:
    """Whether `name` is the folder of a version being written (``00000007.partial``)."""
    stem, _, suffix = name.partition(".")
    return suffix == "partial" and is_version(stem)


def is_complete(version: Path) -> bool:
    """Whether a version folder holds all a commit writes (store.json is written last)."""
    if version.is_symlink() or not version.is_dir():
        return False
    if not (version / "manifest.parquet").is_file():
        return False
    if not (version / "documents").is_dir():  # (tables added since: absent from older ones)
        return False
    try:
        info = json.loads((version / "store.json").read_text())
    except (OSError, ValueError):
        return False
    return isinstance(info, dict) and "schema_version" in info


def _own_folder(versions: Path) -> None:
    """Stop unless `versions` is a real folder (or absent): pruning removes folders in it,
    and through a link it would remove another folder's sub-folders."""
    if versions.is_symlink():
        raise StoreError(f"{versions}: is a symlink; policytrends removes old versions only "
                         "inside its own folder, never through a link (make it a folder)")


def prune_versions(versions: Path, current: Path | None) -> None:
    """Keep the current version and the one committed before it, remove every other version
    and partial version.

    The previous version stays for readers that resolved `current` just before a commit
    (unchanged parts are hard links, so it costs only the parts that changed). Only real
    folders named like a version are removed: links, files and other names are left alone.
    """
    _own_folder(versions)
    if not versions.is_dir():
        return
    cur = int(current.name) if current is not None else None
    older = [int(c.name) for c in versions.iterdir()
             if is_version(c.name) and cur is not None and int(c.name) < cur]
    keep = {cur, max(older) if older else None}
    for child in versions.iterdir():
        if child.is_symlink() or not child.is_dir():
            continue  # not a folder a run made
        if _is_partial(child.name):
            shutil.rmtree(child, ignore_errors=True)
        elif is_version(child.name) and cur is not None and int(child.name) not in keep:
            _remove_unless_read(child)


def _remove_unless_read(version: Path) -> None:
    """Remove a version folder unless a reader holds it (see `Store.pinned`): a later run
    removes it."""
    try:
        fh = open(version / "store.json", "rb")
    except OSError:
        shutil.rmtree(version, ignore_errors=True)
        return
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        shutil.rmtree(version, ignore_errors=True)


def read_with_signature(path: str, rel: str, max_bytes: int) -> tuple[bytes | None, FileSig]:
    """The bytes of an input file (None when it has more than `max_bytes`: it is only
    hashed) and its signature, from one open: ingest reads each file once."""
    import hashlib

    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        if st.st_size > max_bytes:
            data = None
            h = hashlib.sha256()
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
            digest = h.hexdigest()
        else:
            data = fh.read()
            digest = hashlib.sha256(data).hexdigest()
    return data, FileSig(rel, st.st_size, st.st_mtime_ns, digest)

