"""The run goes on past one bad file, stops cleanly on errors that are not the input's,
and never leaves a half-written store (issue 6)."""

from __future__ import annotations

import errno
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from bad_inputs import KINDS, write_corpus
from store_checks import assert_clean, version_files

import policytrends
from policytrends import cli, sources
from policytrends import discovery as discovery_mod
from policytrends.errors import StoreError
from policytrends.pipeline import MENTIONS_PER_THEME, process_file
from policytrends.store import Store

ingest_mod = importlib.import_module("policytrends.ingest")  # the package's `ingest` is a function


def _src(tmp_path: Path, n: int = 4) -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for i in range(n):
        (src / f"note_{i}.txt").write_text(f"Note {i}: the delegations met on customs and ports.")
    return src


def test_a_reader_bug_on_one_file_is_a_reject_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _src(tmp_path)
    real = sources.read

    def flaky(path: Path, rel: str, data: bytes | None = None):  # type: ignore[no-untyped-def]
        if rel == "note_2.txt":
            raise IndexError("list index out of range")
        return real(path, rel, data)

    monkeypatch.setattr(sources, "read", flaky)
    summary = policytrends.ingest([src], tmp_path / "store", jobs=1)
    frames = policytrends.load(tmp_path / "store")
    assert sorted(frames.documents["path"]) == ["note_0.txt", "note_1.txt", "note_3.txt"]
    ((reason, detail),) = zip(frames.rejects["reason"], frames.rejects["detail"], strict=True)
    assert reason == "internal_error" and detail.startswith("note_2.txt: IndexError")
    assert summary.rejects == {"internal_error": 1}


def test_unreadable_file_is_a_reject_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root reads chmod 000 files, so EACCES is simulated where the file is first opened."""
    src = _src(tmp_path)
    real = ingest_mod.read_with_signature

    def denied(path: str, rel: str, max_bytes: int):  # type: ignore[no-untyped-def]
        if rel == "note_1.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, rel, max_bytes)

    monkeypatch.setattr(ingest_mod, "read_with_signature", denied)
    summary = policytrends.ingest([src], tmp_path / "store", jobs=1)
    rej = policytrends.load(tmp_path / "store").rejects
    assert list(zip(rej["path"], rej["reason"], rej["detail"], strict=True)) == [
        ("note_1.txt", "unreadable", "note_1.txt: Permission denied")
    ]
    assert summary.records == 3


@pytest.mark.parametrize("found_while_parsed", [True, False])
def test_file_that_vanishes_after_discovery(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, found_while_parsed: bool
) -> None:
    """Listed, then deleted before it is read: a reject. One folder into a new store is
    parsed while it is listed; two SRC arguments are listed first, then parsed."""
    src = _src(tmp_path)
    real = discovery_mod._in_rel_order

    def then_delete(*args, **kwargs):  # type: ignore[no-untyped-def]
        for run in real(*args, **kwargs):
            if (src / "note_3.txt").exists():
                (src / "note_3.txt").unlink()
            yield run

    monkeypatch.setattr(discovery_mod, "_in_rel_order", then_delete)
    other = tmp_path / "empty"
    other.mkdir()
    policytrends.ingest([src] if found_while_parsed else [src, other], tmp_path / "store",
                        jobs=1)
    rej = policytrends.load(tmp_path / "store").rejects
    assert list(rej["path"]) == ["note_3.txt"] and list(rej["reason"]) == ["unreadable"]
    assert "No such file" in rej["detail"].iloc[0]


def test_process_file_on_a_missing_path_is_a_reject(tmp_path: Path) -> None:
    result = process_file(tmp_path / "gone.txt", "gone.txt")
    assert not result.tables["documents"]
    assert [r.reason for r in result.rejects] == ["unreadable"]


def test_bad_taxonomy_stops_the_run_and_leaves_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _src(tmp_path)
    store = tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    before = version_files(store)
    (src / "note_9.txt").write_text("A new note on the Free and Open Indo-Pacific.")
    bad = tmp_path / "themes.toml"
    bad.write_text("[themes.broken\nlabel = ")
    code = cli.main(
        [
            "ingest",
            str(src),
            "--store",
            str(store),
            "--taxonomy",
            str(bad),
            "--jobs",
            "1",
            "--quiet",
        ]
    )
    assert code == cli.EXIT_ERROR
    assert "themes.toml" in capsys.readouterr().err
    assert version_files(store) == before
    assert_clean(store)


def test_exception_mid_run_leaves_the_store_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _src(tmp_path)
    store = tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    before = version_files(store)
    for i in range(4, 8):
        (src / f"note_{i}.txt").write_text(f"Another note, number {i}.")
    calls = []

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    real = ingest_mod.process_file
    monkeypatch.setattr(ingest_mod, "process_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        policytrends.ingest([src], store, jobs=1)
    assert version_files(store) == before
    assert_clean(store)
    monkeypatch.undo()
    assert policytrends.ingest([src], store, jobs=1).files_parsed == 4


def test_full_disk_is_a_clear_error_and_the_store_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyarrow.parquet as pq

    src = _src(tmp_path)
    store = tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    before = version_files(store)
    (src / "note_8.txt").write_text("One more note.")

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq, "write_table", full)
    code = cli.main(["ingest", str(src), "--store", str(store), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR and "No space left on device" in err
    assert "the store is unchanged" in err and "Traceback" not in err
    assert version_files(store) == before
    assert_clean(store)


@pytest.mark.parametrize("setup", ["file", "table_dir"])
def test_store_path_that_is_not_a_store(
    tmp_path: Path, setup: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _src(tmp_path)
    store = tmp_path / "store"
    if setup == "file":
        store.write_text("not a folder")
    else:
        (store / "documents").mkdir(parents=True)
    code = cli.main(["ingest", str(src), "--store", str(store), "--jobs", "1", "--quiet"])
    assert code == cli.EXIT_ERROR
    assert str(store) in capsys.readouterr().err


def _foreign(store: Path, content: str) -> None:
    cur = Store(store).current()
    assert cur is not None
    (cur / "store.json").write_text(content)


@pytest.mark.parametrize(
    "content,message",
    [
        (json.dumps({"schema_version": "0"}), "schema version 0"),
        (json.dumps({"schema_version": "99", "version": 1}), "schema version 99"),
        ("{not json", "store.json unreadable"),
    ],
)
def test_other_schema_version_is_a_clear_error_on_every_path(
    tmp_path: Path, content: str, message: str
) -> None:
    src = _src(tmp_path)
    store = tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    _foreign(store, content)
    with pytest.raises(StoreError, match=message):
        policytrends.load(store)
    (src / "note_7.txt").write_text("New.")
    with pytest.raises(StoreError, match=message):
        policytrends.ingest([src], store, jobs=1)
    rid = "0" * 20
    for argv in (
        ["ingest", str(src), "--store", str(store), "--quiet"],
        ["explain", rid, "--store", str(store)],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "policytrends", *argv],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == cli.EXIT_ERROR, (argv, proc.stderr)
        assert message in proc.stderr and "Traceback" not in proc.stderr
        assert str(store) in proc.stderr


def test_parallel_run_of_bad_inputs_matches_serial(tmp_path: Path) -> None:
    kinds = tuple(
        k for k in KINDS if k.name not in {"huge_single_line_50mb", "unreadable_chmod_000"}
    )
    write_corpus(tmp_path / "src", kinds)
    one = policytrends.ingest([tmp_path / "src"], tmp_path / "s1", jobs=1)
    two = policytrends.ingest([tmp_path / "src"], tmp_path / "s2", jobs=2)
    assert (one.records, dict(one.rejects)) == (two.records, dict(two.rejects))
    for name in policytrends.schema.TABLES:
        a = sorted(p.read_bytes() for p in (tmp_path / "s1" / name).glob("*.parquet"))
        b = sorted(p.read_bytes() for p in (tmp_path / "s2" / name).glob("*.parquet"))
        assert a == b, name


def test_a_record_with_many_theme_mentions_is_tagged_in_linear_time(tmp_path: Path) -> None:
    """2 MB on one line with 60,000 theme mentions: about a second, not minutes (a quadratic
    overlap check once took 45 s on such a file)."""
    import time

    path = tmp_path / "words.txt"
    path.write_text("Talks on maritime security and the Free and Open Indo-Pacific. " * 32_000)
    start = time.monotonic()
    result = process_file(path, "words.txt")
    assert time.monotonic() - start < 20
    counts = {r["theme"]: r["mentions"] for r in result.tables["topics"]}
    assert counts["foip"] == 32_000  # exact, while the rows stored are capped per theme
    assert len(result.tables["mentions"]) == len(counts) * MENTIONS_PER_THEME


def test_ingest_reads_each_input_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    """Signature, format detection and parsing share one read of the file."""
    import builtins
    from collections import Counter

    src = _src(tmp_path)
    opened: Counter[str] = Counter()
    real_open = builtins.open

    def counting(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file).startswith(str(src)):
            opened[Path(file).name] += 1
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting)
    summary = policytrends.ingest([src], tmp_path / "store", jobs=1)
    assert summary.records == 4
    assert opened == {f"note_{i}.txt": 1 for i in range(4)}


def test_a_failure_while_reading_ahead_is_raised_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are read by a second thread: an unexpected error there reaches the run (as it
    would without the thread) instead of leaving the parser waiting for the file."""
    src = _src(tmp_path, n=40)  # batches of 5 files: read ahead

    def broken(path: str, rel: str, max_bytes: int):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"reading {rel} went wrong")

    monkeypatch.setattr(ingest_mod, "read_with_signature", broken)
    with pytest.raises(RuntimeError, match="went wrong"):
        policytrends.ingest([src], tmp_path / "store", jobs=1)


def test_memory_for_one_record_follows_the_window_not_its_hits(tmp_path: Path) -> None:
    """10 MB repeating one name (1.5 million mentions) once took 1.1 GB (31 MB: 4 GB):
    now one window of candidates at a time, and 1,000 stored mentions a theme."""
    script = (
        "import resource\n"
        "from policytrends.pipeline import process_file\n"
        f"result = process_file({str(tmp_path / 'many.txt')!r}, 'many.txt')\n"
        "topics = {r['theme']: r['mentions'] for r in result.tables['topics']}\n"
        "print(topics['china'], len(result.tables['mentions']),\n"
        "      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n")
    (tmp_path / "many.txt").write_text("China. " * 1_500_000)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    china, rows, peak_mb = map(int, out)
    assert china == 1_500_000 and rows == MENTIONS_PER_THEME
    assert peak_mb < 600, f"peak {peak_mb} MB"


def test_a_text_matched_window_by_window_finds_what_one_pass_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from policytrends import taxonomy
    from policytrends.taxonomy import matcher as matcher_mod

    text = ("Both leaders reaffirmed the Japan-U.S. Alliance and a Free and Open Indo-Pacific. "
            "They condemned North Korea's ballistic missile launches and the abductions "
            "issue, discussed Taiwan, the East China Sea, Russia's aggression against "
            "Ukraine and economic security. ") * 40
    whole = taxonomy.get_matcher().find(text)
    for window in (37, 64, 101):  # windows ending inside words and inside passages
        monkeypatch.setattr(matcher_mod, "WINDOW", window)
        assert taxonomy.get_matcher().find(text) == whole, window
        counts, capped = taxonomy.get_matcher().find_counted(text, 5)
        assert counts == {t: sum(m.theme == t for m in whole) for t in counts}
        assert all(sum(m.theme == t for m in capped) == min(5, n) for t, n in counts.items())
