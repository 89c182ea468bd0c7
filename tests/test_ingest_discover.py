"""discover(): files of several SRC arguments in one sorted, compact list."""

from __future__ import annotations

from pathlib import Path

from policytrends import discovery as discovery_mod
from policytrends.discovery import discover


def _touch(p: Path) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text("A note.", encoding="utf-8")
    return p


def test_files_are_sorted_by_relative_path_across_folders(tmp_path: Path) -> None:
    for rel in ("b/x.txt", "a.txt", "a/z.txt", "a-b.txt", "z.txt"):
        _touch(tmp_path / "one" / rel)
    _touch(tmp_path / "two" / "m.txt")
    files, rejects = discover([tmp_path / "one", tmp_path / "two"])
    rels = [f.rel for f in files]
    assert rels == sorted(rels) == ["a-b.txt", "a.txt", "a/z.txt", "b/x.txt", "m.txt", "z.txt"]
    assert [f.path for f in files][-2] == str(tmp_path / "two" / "m.txt")
    assert not rejects and len(files) == 6


def test_same_relative_path_in_two_folders(tmp_path: Path) -> None:
    """The first SRC's file is kept; a later folder's is a reject, a later file given
    directly is dropped; the same folder twice is the same files."""
    first = _touch(tmp_path / "one" / "n.txt")
    _touch(tmp_path / "two" / "n.txt")
    given = _touch(tmp_path / "three" / "sub" / "n.txt")
    files, rejects = discover([tmp_path / "one", tmp_path / "one", tmp_path / "two", given])
    assert [(f.rel, f.path) for f in files] == [("n.txt", str(first))]
    assert [(r.path, r.reason) for r in rejects] == [("n.txt", "duplicate_path")]


def test_file_given_directly_comes_first(tmp_path: Path) -> None:
    given = _touch(tmp_path / "given" / "n.txt")
    _touch(tmp_path / "folder" / "n.txt")
    _touch(tmp_path / "folder" / "m.txt")
    files, rejects = discover([given, tmp_path / "folder", tmp_path / "missing"])
    assert [(f.rel, f.path) for f in files] == [("m.txt", str(tmp_path / "folder" / "m.txt")),
                                                ("n.txt", str(given))]
    assert [r.reason for r in rejects] == ["duplicate_path", "not_found"]


def test_paths_in_bulk_are_each_files_own_path(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """FileList.paths() (joined in bulk) gives InputFile.path (os.path.join) for folders
    given as relative, absolute, "." and with a trailing slash, and for files given directly,
    across chunk boundaries."""

    monkeypatch.setattr(discovery_mod, "_CHUNK", 3)  # chunks of 3 files: boundaries tested
    for rel in ("a.txt", "b/c.txt", "b/d e.txt", "é.txt", "z/y/x.txt"):
        _touch(tmp_path / "one" / rel)
    _touch(tmp_path / "two" / "m.txt")
    given = _touch(tmp_path / "three" / "g.txt")
    monkeypatch.chdir(tmp_path / "one")
    for srcs in ([tmp_path / "one", "../two", given, "../three/g.txt"], ["."], ["./"],
                 [str(tmp_path / "two") + "/", Path("b")]):
        files, _ = discover(srcs)
        assert list(files.paths()) == [f.path for f in files], srcs
        assert len(files) > 0
