"""Discovery: the input files under the SRC arguments, in the store's order (by relative
path), with rejects for what is not searched or not a regular file."""

from __future__ import annotations

import os
import stat
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from operator import add, itemgetter
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .fetched_folders import BOOKKEEPING
from .records import Reject

# A file in a source folder named one of these (any case, any extension: README.md,
# PROVENANCE.md, LICENSE) or starting with one of DOCUMENTATION_PREFIXES (README_ja.txt,
# LICENSE-MIT) is the folder's documentation, not a record: it becomes a rejects row with
# reason DOCUMENTATION, never a document. A file given directly as SRC is read whatever
# its name.
DOCUMENTATION_NAMES = frozenset({
    "README", "PROVENANCE", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG",
    "CHANGES", "AUTHORS", "CONTRIBUTING", "CONTRIBUTORS", "CITATION", "CODE_OF_CONDUCT",
})
DOCUMENTATION_PREFIXES = ("README", "LICENSE", "LICENCE", "COPYING")
DOCUMENTATION = "documentation"


def is_documentation(name: str) -> bool:
    """True for a file name that is a folder's documentation (see DOCUMENTATION_NAMES)."""
    stem = name.upper().partition(".")[0]
    return stem in DOCUMENTATION_NAMES or stem.startswith(DOCUMENTATION_PREFIXES)


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read. A million of these must stay small (Path objects would not; see
    docs/performance.md): the SRC folder is one string shared by its files, and the path
    under it is kept only when it differs from `rel` (names that are not UTF-8)."""

    rel: str  # documents.path: relative to the SRC argument
    base: str = ""  # the SRC folder it was found under; "" for a file given directly
    under: str | None = None  # its path under `base` (or its whole path) if not `rel`

    @property
    def path(self) -> str:
        """Where to read the file (the string os.walk and pathlib give for it)."""
        return _full_path(self.base, self.rel if self.under is None else self.under)


def _full_path(base: str, sub: str) -> str:
    """Where to read a file that lies at `sub` under the SRC folder `base`."""
    return sub if base in ("", ".") else os.path.join(base, sub)


def _storable(rel: str) -> str:
    """A path as the store can hold it: name bytes that are not UTF-8 become \\xNN escapes."""
    if rel.isascii():  # nearly every path: it encodes and decodes to itself
        return rel
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


class FileList:
    """Input files sorted by `rel`, in compact arrays (a million InputFile objects in a
    list and a dict would cost far more memory): the relative paths in one Arrow array, the
    SRC folder of each file as a number."""

    def __init__(self, bases: list[str], rels: pa.Array, base_of: np.ndarray,
                 unders: dict[int, str], stats: Stats | None = None) -> None:
        self.bases = bases  # the SRC folder of each SRC number ("" for a file given directly)
        self.rels = rels
        self.base_of = base_of
        self.unders = unders  # file number -> path under its base, where not its rel
        self.stats = stats  # each file's size and mtime when it was found, if taken

    def __len__(self) -> int:
        return len(self.rels)

    def __iter__(self) -> Iterator[InputFile]:
        return self.select(np.arange(len(self)))

    def paths(self) -> Iterator[str]:
        """Where to read each file, in order (`InputFile.path` without the objects)."""
        # `_full_path` of a path relative to a folder is the folder, "/" and the path (a
        # rel is never absolute): concatenated here, as os.path.join per file is slow over a
        # million files
        prefix = ["" if b in ("", ".") else b if b.endswith("/") else b + "/"
                  for b in self.bases]
        unders = sorted(self.unders)
        for at in range(0, len(self), _CHUNK):
            rels = self.rels[at:at + _CHUNK].to_pylist()
            bases = self.base_of[at:at + _CHUNK].tolist()
            full = list(map(add, map(prefix.__getitem__, bases), rels))
            for i in unders[bisect_left(unders, at):bisect_left(unders, at + _CHUNK)]:
                full[i - at] = _full_path(self.bases[bases[i - at]], self.unders[i])
            yield from full

    def select(self, numbers: np.ndarray) -> Iterator[InputFile]:
        """The files with these numbers (positions in the sorted list), in that order."""
        for at in range(0, len(numbers), _CHUNK):
            part = numbers[at:at + _CHUNK]
            rels = self.rels.take(pa.array(part)).to_pylist()
            for i, rel, base in zip(part.tolist(), rels, self.base_of[part].tolist(),
                                    strict=True):
                yield InputFile(rel, self.bases[base], self.unders.get(i))


_CHUNK = 8_192  # files converted between Python and Arrow at a time


class _Found:
    """Files as discover() finds them: appended SRC by SRC, sorted at the end."""

    def __init__(self, stats: bool = False) -> None:
        self.bases: list[str] = []
        self._chunks: list[pa.Array] = []
        self._rels: list[str] = []
        self._base_of = array("i")
        self._unders: dict[int, str] = {}
        self._stats = _Sizes() if stats else None

    def add(self, rel: str, base: int, under: str | None) -> None:
        sizes = None
        if self._stats is not None:
            sizes = _Sizes()
            sizes.add(_full_path(self.bases[base], rel if under is None else under))
        self.extend([rel], base, {} if under is None else {0: under}, sizes)

    def extend(self, rels: list[str], base: int, unders: dict[int, str],
               stats: _Sizes | None = None) -> None:
        """Add files that come one after another under SRC number `base`; `unders`:
        position in `rels` -> the file's path under SRC, where it is not its rel;
        `stats`: their sizes and mtimes (when the list takes them)."""
        start = len(self._base_of)
        for k, under in unders.items():
            self._unders[start + k] = under
        self._rels += rels
        self._base_of.extend(array("i", (base,)) * len(rels))
        if self._stats is not None:
            assert stats is not None and len(stats.size) == len(rels)
            self._stats.extend(stats)
        if len(self._rels) >= _CHUNK:
            self._chunks.append(pa.array(self._rels, pa.string()))
            self._rels = []

    def path(self, i: int, rel: str) -> str:
        return InputFile(rel, self.bases[self._base_of[i]], self._unders.get(i)).path

    def sorted(self, rejects: list[tuple[int, Reject]]) -> FileList:
        """The files sorted by rel; a rel found under two SRC folders is kept once."""
        self._chunks.append(pa.array(self._rels, pa.string()))
        rels = pa.chunked_array(self._chunks, pa.string()).combine_chunks()
        self._chunks, self._rels = [], []
        base_of = np.frombuffer(self._base_of, np.int32)
        order = np.arange(len(rels))
        if not _in_order(rels, base_of):  # os.walk lists a folder's files before its folders
            order = pc.sort_indices(pa.table({"rel": rels, "base": base_of}),
                                    sort_keys=[("rel", "ascending"), ("base", "ascending")]
                                    ).to_numpy()
            rels = rels.take(pa.array(order))
        keep = self._drop_duplicates(rels, order, rejects)
        if keep is not None:
            order, rels = order[keep], rels.filter(pa.array(keep))
        at = np.full(len(base_of), -1)
        at[order] = np.arange(len(order))
        unders = {int(at[i]): u for i, u in self._unders.items() if at[i] >= 0}
        stats = None
        if self._stats is not None:
            stats = Stats(np.frombuffer(self._stats.size, np.int64)[order],
                          np.frombuffer(self._stats.mtime_ns, np.int64)[order])
        return FileList(self.bases, rels, base_of[order], unders, stats)

    def _drop_duplicates(self, rels: pa.Array, order: np.ndarray,
                         rejects: list[tuple[int, Reject]]) -> np.ndarray | None:
        """Keep the first SRC's file of a rel; a later folder's file at another place is a
        duplicate_path reject, a later file given directly is dropped."""
        if len(rels) < 2:
            return None
        same = pc.equal(rels[1:], rels[:-1]).to_numpy(zero_copy_only=False)
        if not same.any():
            return None
        keep = np.ones(len(rels), bool)
        first = 0
        for j in (np.flatnonzero(same) + 1).tolist():
            rel = rels[j].as_py()
            if rels[first].as_py() != rel:
                first = j - 1
            keep[j] = False
            i, winner = int(order[j]), int(order[first])
            base = self._base_of[i]
            if self.bases[base] and self.path(i, rel) != self.path(winner, rel):
                rejects.append((base, _same_rel(rel)))
        return keep


def _in_order(rels: pa.Array, base_of: np.ndarray) -> bool:
    """Whether the files are sorted by rel, then SRC number, already."""
    if len(rels) < 2:
        return True
    before, after = rels[:-1], rels[1:]
    if not pc.all(pc.less_equal(before, after)).as_py():
        return False
    same = pc.equal(before, after).to_numpy(zero_copy_only=False)
    return bool(np.all(base_of[:-1][same] <= base_of[1:][same]))


def discover(srcs: Iterable[str | os.PathLike[str]], store_root: Path | None = None
             ) -> tuple[FileList, list[Reject]]:
    """Input files under the SRC arguments, sorted; symlinks inside folders are rejected."""
    return Discovery(srcs, store_root).result()


class Discovery:
    """discover() in two steps, so the caller can work while the files are listed.

    With `pool`, the SRC folders' first levels are listed here and the folders below them
    are searched by the pool's processes (which share no interpreter lock: listing and
    stat-ing a million files is seconds of system calls); the files, their order and the rejects are
    those of a search here. With `stats`, each file's size and mtime are taken as it is
    found (FileList.stats), as a store that has files compares them with its manifest.
    """

    def __init__(self, srcs: Iterable[str | os.PathLike[str]], store_root: Path | None = None,
                 *, stats: bool = False, pool: Executor | None = None, jobs: int = 1) -> None:
        self.found = _Found(stats)
        self.rejects: list[tuple[int, Reject]] = []
        self.store_abs = store_root.resolve() if store_root else None
        self.folders: list[tuple[int, Iterable[Run]]] = []  # SRC number, its runs
        for number, src in enumerate(map(Path, srcs)):
            if src.is_file():
                self.found.bases.append("")
                self.found.add(_storable(src.name), number, str(src))
                continue
            self.found.bases.append(str(src))
            if not src.is_dir():
                shown = _storable(str(src))
                if not src.exists():
                    reject = Reject(shown, None, "not_found", f"{shown}: no such file or folder")
                else:  # a fifo, socket or device given directly
                    reject = _not_a_file(src, shown) or Reject(shown, None, "unreadable", shown)
                self.rejects.append((number, reject))
                continue
            runs: Iterable[Run] = (
                _in_rel_order(str(src), self.store_abs, stats=stats) if pool is None
                else _Split(str(src), self.store_abs, stats, pool, jobs))
            self.folders.append((number, runs))

    def result(self) -> tuple[FileList, list[Reject]]:
        """The files found, sorted, and the rejects, SRC by SRC."""
        for number, runs in self.folders:
            for run in runs:
                self.found.extend(run.rels, number, run.unders, run.stats)
                self.rejects += ((number, reject) for reject in run.rejects)
        files = self.found.sorted(self.rejects)
        self.rejects.sort(key=lambda nr: nr[0])  # SRC by SRC, as found
        return files, [r for _, r in self.rejects]


# Folders a SRC folder is split into for the worker processes, per process (at least:
# its levels are listed until there are as many, or no more folders)
SPLIT_PER_JOB = 16


class _Split:
    """The runs of a SRC folder searched by worker processes: its first levels are
    listed here until there are SPLIT_PER_JOB folders per job, and each run of
    consecutive folders (no file or reject between them) is searched by a worker, which
    sends back all their files as one run; the runs come in the search's order."""

    def __init__(self, src: str, store_abs: Path | None, stats: bool, pool: Executor,
                 jobs: int) -> None:
        items = [Run([], {}, [], _Sizes() if stats else None, Folder(src, "."))]
        want = jobs * SPLIT_PER_JOB
        while 0 < sum(run.folder is not None for run in items) < want:
            items = [part for run in items for part in _expanded(run, store_abs, stats)]
        size = -(-sum(run.folder is not None for run in items) // want)
        self.parts: list[Run | Future[Run]] = []
        group: list[Folder] = []
        for run in items:
            if run.rels or run.rejects:
                self._submit(pool, group, store_abs, stats)
                self.parts.append(run)
            if run.folder is not None:
                group.append(run.folder)
                if len(group) >= size:
                    self._submit(pool, group, store_abs, stats)
        self._submit(pool, group, store_abs, stats)

    def _submit(self, pool: Executor, group: list[Folder], store_abs: Path | None,
                stats: bool) -> None:
        if group:
            self.parts.append(pool.submit(_search, group[:], store_abs, stats))
            group.clear()

    def __iter__(self) -> Iterator[Run]:
        for part in self.parts:
            yield part if isinstance(part, Run) else part.result()


def _expanded(run: Run, store_abs: Path | None, stats: bool) -> list[Run]:
    """`run`, then the first level of the folder after it (its folders not searched)."""
    if run.folder is None:
        return [run]
    return [run._replace(folder=None),
            *_in_rel_order(run.folder.path, store_abs, run.folder.under, stats, descend=False)]


def _search(folders: list[Folder], store_abs: Path | None, stats: bool) -> Run:
    """Worker: the files of the folders, one after another, as one run (top-level so
    processes can pickle it; one run, as each run sent has a cost of its own)."""
    out = Run([], {}, [], _Sizes() if stats else None)
    for folder in folders:
        for run in _in_rel_order(folder.path, store_abs, folder.under, stats):
            out.unders.update((len(out.rels) + k, under) for k, under in run.unders.items())
            out.rels.extend(run.rels)
            out.rejects.extend(run.rejects)
            if out.stats is not None and run.stats is not None:
                out.stats.extend(run.stats)
    return out


class Stats(NamedTuple):
    """Sizes and mtimes of files (-1 where os.stat failed: the file is parsed again)."""

    size: np.ndarray
    mtime_ns: np.ndarray


class _Sizes:
    """Sizes and mtimes of files as they are found."""

    def __init__(self) -> None:
        self.size = array("q")
        self.mtime_ns = array("q")

    def add(self, path: str) -> None:
        try:
            st = os.stat(path)
        except OSError:
            self.size.append(-1)
            self.mtime_ns.append(-1)
            return
        self.size.append(st.st_size)
        self.mtime_ns.append(st.st_mtime_ns)

    def extend(self, other: _Sizes) -> None:
        self.size += other.size
        self.mtime_ns += other.mtime_ns

    def __getstate__(self) -> tuple[bytes, bytes]:  # (arrays pickle as lists of ints)
        return self.size.tobytes(), self.mtime_ns.tobytes()

    def __setstate__(self, state: tuple[bytes, bytes]) -> None:
        self.size, self.mtime_ns = array("q", state[0]), array("q", state[1])


class Folder(NamedTuple):
    """A folder to search: where it is, and its path under the SRC folder."""

    path: str
    under: str


class Run(NamedTuple):
    """Files that come one after another in rel order, and the rejects met among them."""

    rels: list[str]
    unders: dict[int, str]  # position in `rels` -> the file's path under SRC, if not its rel
    rejects: list[Reject]
    stats: _Sizes | None = None  # the files' sizes and mtimes, if taken
    folder: Folder | None = None  # a folder not searched, which comes after these files


_Entry = tuple[str, str, os.DirEntry[str] | Reject, str]  # sort key, name, entry, path under


def _in_rel_order(src: str, store_abs: Path | None, base_rel: str = ".", stats: bool = False,
                  descend: bool = True) -> Iterator[Run]:
    """The files under the folder `src` (at `base_rel` under the SRC folder), in the order
    of their rel, and the rejects of the entries not searched, in that order too; a run of
    them at a time. With `stats`, each file's size and mtime; with `descend` False, the
    folders in `src` are not searched, but each ends a run as its `folder`.

    The order is discover()'s sorted order without a sort, so files can be parsed while
    they are found: a folder's entries by name, a folder's name with "/" after it (its
    files' rels go on with "/": `a.txt` comes before `a/z.txt`, `a-b/` before `a/`).
    """
    stack = [iter(_entries(src, base_rel, store_abs))]
    while stack:
        run = Run([], {}, [], _Sizes() if stats else None)
        rels = run.rels
        for key, _, entry, under in stack[-1]:
            if isinstance(entry, Reject):
                run.rejects.append(entry)
            elif key[-1] == "/":  # a folder (links are rejects already): its files come next
                if descend:
                    stack.append(iter(_entries(entry.path, under, store_abs)))
                else:
                    run = run._replace(folder=Folder(entry.path, under))
                break
            else:
                # a regular file as the folder listing says (no system call); anything
                # else is looked at closely
                bad = None if _regular(entry) else _not_a_file(entry.path, key)
                if bad is not None:
                    run.rejects.append(bad)
                    continue
                if under is not key and under != key:
                    run.unders[len(rels)] = under
                rels.append(key)
                if run.stats is not None:
                    run.stats.add(entry.path)
        else:
            stack.pop()
        if rels or run.rejects or run.folder:
            yield run


def _entries(top: str, base_rel: str, store_abs: Path | None) -> list[_Entry]:
    """The entries of the folder `top` (at `base_rel` under the SRC folder) sorted by
    their rel ("/" after a folder's), with rejects for those not to search."""
    # strings and folder-listing entries, not Path objects and a stat per entry: the
    # listing of a million files must not wait on objects or system calls it can skip
    listing = _listing(top)
    if listing is None:
        return []
    folders, others = listing
    prefix = "" if base_rel == "." else base_rel + "/"
    entries: list[_Entry] = []
    for d in folders:
        name = d.name
        if name in BOOKKEEPING:
            continue  # `policytrends fetch`'s listing pages: not records
        under = prefix + name
        rel = _storable(under)
        link = _is_link(d)
        # resolve() only when the name could be the store's: a folder keeps its name
        # when resolved unless it is a link (resolving every folder was a hot spot)
        if (store_abs and (name == store_abs.name or link)
                and Path(d.path).resolve() == store_abs):
            continue  # the store itself
        if link:  # os.walk lists links to folders here and skips them
            entries.append((rel + "/", name, _symlink(d.path, rel), under))
        elif name.startswith("."):
            entries.append((rel + "/", name, Reject(
                rel, None, "hidden", f"{rel}: hidden folder (name starts with '.') not searched"),
                under))
        else:
            entries.append((rel + "/", name, d, under))
    for entry in others:
        name = entry.name
        if name in BOOKKEEPING:
            continue  # `policytrends fetch`'s manifest
        under = prefix + name
        rel = _storable(under)  # (`under` itself when ASCII)
        if name.startswith("."):
            entries.append((rel, name, Reject(
                rel, None, "hidden", f"{rel}: hidden file (name starts with '.') skipped"),
                under))
        elif is_documentation(name):
            entries.append((rel, name, Reject(
                rel, None, DOCUMENTATION,
                f"{rel}: the folder's documentation (README, LICENSE ...), not a record"),
                under))
        else:
            entries.append((rel, name, entry, under))
    # (rel, name) pairs differ: the name tells apart rels of names that are not UTF-8
    entries.sort(key=_REL_AND_NAME)
    return entries


_REL_AND_NAME = itemgetter(0, 1)


def _regular(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _listing(top: str) -> tuple[list[os.DirEntry[str]], list[os.DirEntry[str]]] | None:
    """The folders and the other entries of the folder `top` (os.walk's listing: a folder
    that cannot be read, or stops being readable, is skipped)."""
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError:
        return None
    try:
        is_dir = [entry.is_dir() for entry in entries]
    except OSError:  # (only where the listing gives no type and a stat fails)
        is_dir = list(map(_is_dir, entries))
    return ([entry for entry, d in zip(entries, is_dir, strict=True) if d],
            [entry for entry, d in zip(entries, is_dir, strict=True) if not d])


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


class Walk:
    """The files of one SRC folder, found while they are parsed: for a store that has no
    files yet (none to compare with), parsing starts with the first file found instead of
    after the listing of all (listing a million files from disk takes long enough to
    matter). The same files in the same order as discover() gives, so the same store."""

    def __init__(self, src: Path, store_root: Path,
                 on_total: Callable[[int], object] | None) -> None:
        self.src = str(src)
        self.store_abs = store_root.resolve()
        self.on_total = on_total
        self.found = 0
        self.rejects: list[Reject] = []
        self._handed: deque[str] = deque()  # rels of the files handed out, not yet parsed

    def files(self) -> Iterator[InputFile]:
        """The files in rel order (run by the thread that feeds the worker processes)."""
        same_rel: list[Reject] = []
        last = None
        for run in _in_rel_order(self.src, self.store_abs):
            self.rejects += run.rejects
            for k, rel in enumerate(run.rels):
                if rel == last:  # two names that are not UTF-8, escaped to one rel
                    same_rel.append(_same_rel(rel))  # as discover() rejects it
                    continue
                last = rel
                self.found += 1
                self._handed.append(rel)
                yield InputFile(rel, self.src, run.unders.get(k))
        self.rejects += same_rel
        if self.on_total:
            self.on_total(self.found)

    def parsed(self) -> Iterator[tuple[str, str | None]]:
        """(rel, sha256 stored for it: none) of each file handed out, in order."""
        while True:
            yield self._handed.popleft(), None


def _same_rel(rel: str) -> Reject:
    return Reject(rel, None, "duplicate_path", f"{rel}: same relative path under two SRC "
                  "folders")


__all__ = ["FileList", "InputFile", "Walk", "discover"]
