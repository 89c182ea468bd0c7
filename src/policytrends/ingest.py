"""Ingest: find input files, parse the new or changed ones (in parallel), write the store."""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pyarrow.compute as pc

from .fetch.manifest import BOOKKEEPING
from .pipeline import process_file
from .records import FileResult, Reject
from .store import FileSig, Store, check_point, file_signature


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

    def lines(self) -> list[str]:
        out = [
            f"files found: {self.files_found} (parsed {self.files_parsed}, "
            f"unchanged {self.files_unchanged})",
            f"records: {self.records} (duplicates of earlier records: {self.duplicates})",
            f"meetings: {self.meetings}",
            f"rejects: {sum(self.rejects.values())}",
        ]
        out += [f"  {reason}: {n}" for reason, n in sorted(self.rejects.items())]
        return out


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read. A million of these must stay small (Path objects took half a
    gigabyte): the SRC folder is one string shared by its files, and the path under it is
    kept only when it differs from `rel` (names that are not UTF-8)."""

    rel: str  # documents.path: relative to the SRC argument
    base: str = ""  # the SRC folder it was found under; "" for a file given directly
    under: str | None = None  # its path under `base` (or its whole path) if not `rel`

    @property
    def path(self) -> str:
        """Where to read the file (the string os.walk and pathlib give for it)."""
        sub = self.rel if self.under is None else self.under
        return sub if self.base in ("", ".") else os.path.join(self.base, sub)


def _storable(rel: str) -> str:
    """A path as the store can hold it: name bytes that are not UTF-8 become \\xNN escapes."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


_NOT_REGULAR = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "named pipe (fifo)"),
                (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                (stat.S_ISBLK, "block device"))


def _symlink(full: str | Path, rel: str) -> Reject:
    return Reject(rel, None, "symlink",
                  f"{rel}: symbolic link to {_storable(os.readlink(full))} not followed")


def _not_a_file(full: str | Path, rel: str) -> Reject | None:
    """A reject for an entry that is not a regular file: reading a fifo would block forever."""
    try:
        mode = os.lstat(full).st_mode  # one system call per file: a million files add up
    except OSError as exc:
        return Reject(rel, None, "unreadable", f"{rel}: {exc.strerror or exc}")
    if stat.S_ISLNK(mode):
        return _symlink(full, rel)
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _NOT_REGULAR if test(mode)), "special file")
    return Reject(rel, None, "not_regular_file", f"{rel}: a {kind}, not a regular file")


def discover(srcs: Iterable[str | os.PathLike[str]], store_root: Path | None = None
             ) -> tuple[list[InputFile], list[Reject]]:
    """Input files under the SRC arguments, sorted; symlinks inside folders are rejected."""
    found: dict[str, InputFile] = {}
    rejects: list[Reject] = []
    store_abs = store_root.resolve() if store_root else None
    for src in srcs:
        src = Path(src)
        if src.is_file():
            found.setdefault(_storable(src.name), InputFile(_storable(src.name), under=str(src)))
            continue
        if not src.is_dir():
            shown = _storable(str(src))
            if not src.exists():
                rejects.append(Reject(shown, None, "not_found", f"{shown}: no such file or folder"))
            else:  # a fifo, socket or device given directly
                rejects.append(_not_a_file(src, shown) or Reject(shown, None, "unreadable", shown))
            continue
        for dirpath, dirnames, filenames in os.walk(src):
            base = Path(dirpath)
            keep = []
            for d in sorted(dirnames):
                if d in BOOKKEEPING:
                    continue  # `policytrends fetch`'s listing pages: not records
                full = base / d
                rel = _storable(full.relative_to(src).as_posix())
                # resolve() only when the name could be the store's: a folder keeps its name
                # when resolved unless it is a link (resolving every folder was a hot spot)
                if (store_abs and (d == store_abs.name or full.is_symlink())
                        and full.resolve() == store_abs):
                    continue  # the store itself
                if full.is_symlink():  # os.walk lists links to folders here and skips them
                    rejects.append(_symlink(full, rel))
                elif d.startswith("."):
                    rejects.append(Reject(rel, None, "hidden", f"{rel}: hidden folder "
                                          "(name starts with '.') not searched"))
                else:
                    keep.append(d)
            dirnames[:] = keep
            # strings, not Path objects, per file: discovering a million files took 25 s
            src_str, base_rel = str(src), base.relative_to(src).as_posix()
            for name in sorted(filenames):
                if name in BOOKKEEPING:
                    continue  # `policytrends fetch`'s manifest
                under = name if base_rel == "." else f"{base_rel}/{name}"
                rel = _storable(under)
                found_here = InputFile(rel, src_str, None if under == rel else under)
                where = found_here.path
                if name.startswith("."):
                    rejects.append(Reject(rel, None, "hidden",
                                          f"{rel}: hidden file (name starts with '.') skipped"))
                    continue
                bad = _not_a_file(where, rel)
                if bad is not None:
                    rejects.append(bad)
                    continue
                if rel in found and found[rel].path != where:
                    rejects.append(Reject(rel, None, "duplicate_path",
                                          f"{rel}: same relative path under two SRC folders"))
                    continue
                found[rel] = found_here
    return [found[k] for k in sorted(found)], rejects


def _work(args: tuple[str, str, str | None]) -> tuple[FileSig | None, FileResult]:
    """Worker: signature and rows of one file (top-level so processes can pickle it)."""
    path, rel, taxonomy_file = args
    try:
        sig = file_signature(Path(path), rel)
    except OSError as exc:
        reject = Reject(rel, None, "unreadable", f"{rel}: {exc.strerror or exc}")
        return None, FileResult(rel, {}, (reject,))
    return sig, process_file(path, rel, taxonomy_file)


def _results(todo: list[InputFile], jobs: int, taxonomy_file: str | None,
             engine: str = "local", scheduler: str | None = None
             ) -> Iterator[tuple[FileSig | None, FileResult]]:
    args = ((f.path, f.rel, taxonomy_file) for f in todo)  # lazy: memory flat with N
    if engine == "dask":
        from .distributed import dask_results

        yield from dask_results(args, scheduler=scheduler, jobs=jobs)
        return
    if jobs <= 1 or len(todo) < 2:
        yield from map(_work, args)
        return
    chunk = max(1, min(64, len(todo) // (jobs * 8) or 1))
    with get_context("forkserver").Pool(jobs) as pool:
        # imap keeps input order: the store is the same whatever the number of jobs
        yield from pool.imap(_work, args, chunksize=chunk)


class _Dedup:
    """Marks a record as duplicate_of the first record with the same item or content."""

    def __init__(self, store: Store) -> None:
        # keys: ("item", source, item) tuples and content hashes as 32 bytes (a million
        # records: ~170 MB instead of ~300 MB with ("sha", hex) tuples)
        self.first: dict[tuple[str, ...] | bytes, str] = {}
        if store.current() is not None:
            cols = ["record_id", "source", "item", "content_sha256"]
            docs = store.read_table("documents", [*cols, "duplicate_of"])
            docs = docs.filter(pc.is_null(docs["duplicate_of"]))
            for batch in docs.to_batches(max_chunksize=65_536):  # no list of every row at once
                for rid, src, item, sha in zip(*(batch[c].to_pylist() for c in cols),
                                               strict=True):
                    self._remember(rid, src, item, sha)

    @staticmethod
    def _keys(src: str, item: str | None, sha: str) -> list[tuple[str, ...] | bytes]:
        try:
            sha_key: tuple[str, ...] | bytes = bytes.fromhex(sha)
        except (ValueError, TypeError):  # not a hex digest: keep it as it is
            sha_key = ("sha", sha)
        if item:
            return [("item", src, item), sha_key]
        return [sha_key]

    def _remember(self, rid: str, src: str, item: str | None, sha: str) -> None:
        for k in self._keys(src, item, sha):
            self.first.setdefault(k, rid)

    def mark(self, doc: dict) -> bool:
        for k in self._keys(doc["source"], doc["item"], doc["content_sha256"]):
            rid = self.first.get(k)
            if rid is not None and rid != doc["record_id"]:
                doc["duplicate_of"] = rid
                return True
        self._remember(doc["record_id"], doc["source"], doc["item"], doc["content_sha256"])
        return False


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
        taxonomy_file: a user taxonomy (TOML/YAML) extending the shipped one.
        wait: wait for another run holding the store instead of stopping.
        progress: called with the number of files done since the last call.
        on_total: called once with the number of files to parse.
        engine: "local" (worker processes on this machine) or "dask" (a Dask cluster);
            both write the same store.
        scheduler: the address of a running Dask scheduler ("tcp://host:8786"; implies
            engine "dask"); with engine "dask" and None, a local cluster of `jobs` workers.

    Returns:
        A Summary of what was read, written and rejected.
    """
    store = Store(store_dir)
    files, early_rejects = discover(srcs, store.root)
    summary = Summary(files_found=len(files) + len(early_rejects))
    jobs = jobs or os.cpu_count() or 1
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    if scheduler and engine == "local":
        engine = "dask"  # a scheduler address means the Dask engine
    with store.open_writer(wait=wait) as writer:
        old = writer.store.manifest()
        cols = ("path", "size", "mtime_ns", "sha256", "rejects")
        previous = {
            p: (s, m, h, r)
            for batch in old.to_batches(max_chunksize=65_536)  # no list of every row at once
            for p, s, m, h, r in zip(*(batch[c].to_pylist() for c in cols), strict=True)
        }
        todo: list[InputFile] = []
        for f in files:
            prev = previous.get(f.rel)
            try:
                st = os.stat(f.path)
            except OSError:
                todo.append(f)
                continue
            if prev and prev[0] == st.st_size and prev[1] == st.st_mtime_ns:
                summary.files_unchanged += 1
                if prev[3]:
                    summary.rejects["(stored) earlier rejects"] += prev[3]
                continue
            todo.append(f)
        if on_total:
            on_total(len(todo))
        dedup = _Dedup(store)
        changed = False
        for f, (sig, result) in zip(todo, _results(todo, jobs, taxonomy_file, engine, scheduler),
                                     strict=True):
            if progress:
                progress(1)
            check_point("parse")
            prev = previous.get(f.rel)
            if sig is not None and prev and prev[2] == sig.sha256:
                summary.files_unchanged += 1  # touched, same bytes
                continue
            if prev:
                writer.replace([f.rel])
            summary.files_parsed += 1
            _count(summary, result, dedup)
            writer.add(sig or FileSig(f.rel, -1, -1, ""), result)
            changed = True
        for r in early_rejects:
            summary.rejects[r.reason] += 1
            if r.path not in previous:  # rejected before: already stored
                writer.add(FileSig(r.path, -1, -1, ""), FileResult(r.path, {}, (r,)))
                changed = True
        if changed:
            writer.commit()
            summary.committed = True
    return summary


def _count(summary: Summary, result: FileResult, dedup: _Dedup) -> None:
    for doc in result.tables.get("documents", []):
        summary.records += 1
        if dedup.mark(doc):
            summary.duplicates += 1
    summary.meetings += len(result.tables.get("meetings", []))
    for r in result.rejects:
        summary.rejects[r.reason] += 1



__all__ = ["Summary", "discover", "ingest"]
