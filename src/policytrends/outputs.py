"""Files the commands write for people (report pages, explain pages): each one replaced
atomically (a temporary file beside it, renamed), so a full disk or a failed run leaves the
last good file, never a truncated one; a lock per file keeps two runs from writing it at
once.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import PolicytrendsError


class OutputError(PolicytrendsError):
    """An output file cannot be written (a read-only folder, a full disk) or another run
    is writing it."""


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` (UTF-8), creating its folder: a temporary file renamed.

    Raises:
        OutputError: the folder or file cannot be written; `path` is unchanged.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror or exc})") from exc
    with temporary(path) as tmp:
        write_file(tmp, text, path)
        replace_file(tmp, path)


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the lock of `out` (one run at a time writes it), after making sure its folder
    takes new files: a run that cannot write its output stops before it does the work.

    Raises:
        OutputError: the folder cannot be written, or another run holds the lock.
    """
    lock = out.parent / f".{out.name}.lock"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write there ({exc.strerror or exc}); nothing "
                          "was written") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{out}: another run is writing it; wait for it to finish"
                              ) from None
        with temporary(out) as probe:  # (a lock file left from before proves nothing)
            write_file(probe, "", out)
        yield
    finally:
        os.close(fd)


@contextmanager
def temporary(path: Path) -> Iterator[Path]:
    """A new empty file beside `path` (same folder: renaming it over `path` is atomic),
    removed at the end unless it was renamed.

    Raises:
        OutputError: the folder takes no new file.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".tmp{path.suffix}",
                                    dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror or exc}); nothing "
                          "was written") from exc
    os.close(fd)
    tmp = Path(name)
    umask = os.umask(0o022)
    os.umask(umask)
    tmp.chmod(0o666 & ~umask)  # the mode a plain write gives, not mkstemp's 0600
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def write_file(tmp: Path, text: str, path: Path) -> None:
    """Write `text` (UTF-8) durably to `tmp`, the temporary file of `path`.

    Raises:
        OutputError: e.g. a full disk (naming `path`, which is unchanged).
    """
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc}); the previous "
                          "file is unchanged") from exc


def replace_file(tmp: Path, path: Path) -> None:
    """Put the finished temporary file `tmp` in the place of `path`, in one step.

    Raises:
        OutputError: naming `path`, which is unchanged.
    """
    try:
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc}); the previous "
                          "file is unchanged") from exc
