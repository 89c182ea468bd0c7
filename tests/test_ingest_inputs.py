"""What ingest reads: a folder's documentation is skipped and listed, a missing SRC is a
usage error that creates no store."""

from __future__ import annotations

from pathlib import Path

import pytest

import policytrends
from policytrends import cli
from policytrends.discovery import is_documentation
from policytrends.errors import InputNotFoundError

RECORD = ("Readout of the Foreign Ministers' Meeting\n\nThe ministers affirmed a free and "
          "open Indo-Pacific and discussed North Korea.\n")
DOCS = ("README.md", "PROVENANCE.md", "LICENSE", "sub/readme_ja.txt", "CHANGELOG.rst")


def _folder(root: Path) -> Path:
    src = root / "src"
    (src / "sub").mkdir(parents=True)
    (src / "meeting.txt").write_text(RECORD, encoding="utf-8")
    (src / "sub" / "call.txt").write_text(RECORD.replace("Meeting", "Call"), encoding="utf-8")
    for name in DOCS:
        (src / name).write_text("This folder holds readouts of meetings with Japan about "
                                "the Indo-Pacific.\n", encoding="utf-8")
    return src


@pytest.mark.parametrize("jobs", [1, 2])
def test_documentation_is_skipped_listed_and_never_a_record(
        tmp_path: Path, jobs: int, capsys: pytest.CaptureFixture[str]) -> None:
    src = _folder(tmp_path)
    code = cli.main(["ingest", str(src), "--store", str(tmp_path / "store"), "--jobs",
                     str(jobs), "--quiet"])
    out = capsys.readouterr().out
    assert code == cli.ExitCode.OK  # skipped files are not rejects
    assert "skipped (documentation, not records): 5" in out
    for name in DOCS:
        assert f"  {name}\n" in out
    frames = policytrends.load(tmp_path / "store")
    assert sorted(frames.documents["path"]) == ["meeting.txt", "sub/call.txt"]
    rejects = frames.rejects
    assert sorted(rejects["path"]) == sorted(DOCS)
    assert set(rejects["reason"]) == {"documentation"}
    assert set(frames.topics["record_id"]) <= set(frames.documents["record_id"])
    # a second run over an existing store: the same listing, nothing new stored
    again = policytrends.ingest([src], tmp_path / "store", jobs=jobs)
    assert sorted(again.skipped) == sorted(DOCS) and not again.rejects
    assert len(policytrends.load(tmp_path / "store").rejects) == len(DOCS)


def test_a_file_given_directly_is_read_whatever_its_name(tmp_path: Path) -> None:
    given = tmp_path / "README.txt"
    given.write_text(RECORD, encoding="utf-8")
    summary = policytrends.ingest([given], tmp_path / "store", jobs=1)
    assert summary.records == 1 and not summary.skipped


def test_documentation_names() -> None:
    for name in ("README", "readme.md", "README_ja.txt", "LICENSE-MIT", "PROVENANCE.md",
                 "Licence.txt", "CODE_OF_CONDUCT.md"):
        assert is_documentation(name), name
    for name in ("000_1a11f1daf163081b.txt", "history.txt", "notice-board.md",
                 "2021-readout.md", "JPN_76_2021.txt"):
        assert not is_documentation(name), name


def test_missing_src_is_a_usage_error_and_creates_no_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _folder(tmp_path)
    store = tmp_path / "store"
    code = cli.main(["ingest", str(src), str(tmp_path / "nowhere"), "--store", str(store),
                     "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.ExitCode.USAGE
    assert f"{tmp_path / 'nowhere'}: no such file or folder" in err
    assert not store.exists()
    with pytest.raises(InputNotFoundError) as exc:
        policytrends.ingest([tmp_path / "nowhere"], store)
    assert isinstance(exc.value, FileNotFoundError)
    assert not store.exists()
