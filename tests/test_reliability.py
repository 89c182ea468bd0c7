"""The run goes on past one bad file, stops cleanly on errors that are not the input's,
and never leaves a half-written store (issue 6)."""

from __future__ import annotations

import errno
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
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
workers_mod = importlib.import_module("policytrends.workers")  # where a file is read and worked


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
    real = workers_mod.read_with_signature

    def denied(path: str, rel: str, max_bytes: int):  # type: ignore[no-untyped-def]
        if rel == "note_1.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, rel, max_bytes)

    monkeypatch.setattr(workers_mod, "read_with_signature", denied)
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
    assert code == cli.ExitCode.ERROR
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

    real = workers_mod.process_file
    monkeypatch.setattr(workers_mod, "process_file", interrupted)
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
    assert code == cli.ExitCode.ERROR and "No space left on device" in err
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
    assert code == cli.ExitCode.ERROR
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
        assert proc.returncode == cli.ExitCode.ERROR, (argv, proc.stderr)
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

    monkeypatch.setattr(workers_mod, "read_with_signature", broken)
    with pytest.raises(RuntimeError, match="went wrong"):
        policytrends.ingest([src], tmp_path / "store", jobs=1)


def test_memory_for_one_record_follows_the_window_not_its_hits(tmp_path: Path) -> None:
    """10 MB repeating one name (1.5 million mentions) once took 1.1 GB (31 MB: 4 GB):
    now one window of candidates at a time, and 1,000 stored mentions a theme."""
    # VmHWM is this process's own peak: ru_maxrss would also carry the peak of the pytest
    # process it was forked from (Linux keeps it across exec), which grows with the suite.
    script = (
        "import re\n"
        "from policytrends.pipeline import process_file\n"
        f"result = process_file({str(tmp_path / 'many.txt')!r}, 'many.txt')\n"
        "topics = {r['theme']: r['mentions'] for r in result.tables['topics']}\n"
        "status = open('/proc/self/status').read()\n"
        "print(topics['china'], len(result.tables['mentions']),\n"
        "      int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) // 1024)\n")
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


def _damage(store: Path, how: str, outside: Path) -> Path:
    """Damage the committed version of `store` in one way; the file damaged."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cur = Store(store).current()
    assert cur is not None
    part = sorted((cur / "documents").glob("*.parquet"))[0]
    if how == "manifest_truncated":
        target = cur / "manifest.parquet"
        target.write_bytes(target.read_bytes()[:100])
    elif how == "manifest_wrong_schema":
        target = cur / "manifest.parquet"
        pq.write_table(pa.table({"file": ["a.txt"], "bytes": [3]}), target)
    elif how == "part_truncated":
        target = part
        data = target.read_bytes()
        target.unlink()  # (a hard link shared with the version before)
        target.write_bytes(data[: len(data) // 2])
    elif how == "part_wrong_schema":  # would read as documents with null titles
        target = part
        table = pq.read_table(target)
        renamed = table.rename_columns(["heading" if c == "title" else c
                                        for c in table.column_names])
        target.unlink()
        pq.write_table(renamed, target)
    elif how == "part_links_out_of_store":
        target = part
        outside.mkdir()
        shutil.copy(target, outside / target.name)
        target.unlink()
        target.symlink_to(outside / target.name)
    else:
        target = cur / "store.json"
        target.write_text('["schema_version", "1"]')
    return target


DAMAGE = ["manifest_truncated", "manifest_wrong_schema", "part_truncated",
          "part_wrong_schema", "part_links_out_of_store", "store_json_not_an_object"]


@pytest.mark.parametrize("how", DAMAGE)
def test_damaged_store_is_a_clear_error_and_stays_as_it_is(
    tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 19 item 11: every reader and the next run stop with a StoreError naming the
    damaged file (exit 3), and a part with other columns never reads as nulls."""
    from policytrends import trends

    src = _src(tmp_path)
    store = tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    target = _damage(store, how, tmp_path / "outside")
    name = target.name
    before = sorted((str(p), p.is_symlink()) for p in store.rglob("*"))
    readers = [lambda: policytrends.ingest([src], store, jobs=1)]
    if how.startswith("manifest"):
        readers.append(lambda: Store(store).manifest())
    else:
        readers += [lambda: policytrends.load(store),
                    lambda: trends.theme_frequency(store, engine="pandas"),
                    lambda: trends.theme_frequency(store, engine="duckdb")]
    for read in readers:
        with pytest.raises(StoreError, match=re.escape(name)):
            read()
    (src / "note_9.txt").write_text("A new note.")
    code = cli.main(["ingest", str(src), "--store", str(store), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.ExitCode.ERROR and name in err and "Traceback" not in err
    assert sorted((str(p), p.is_symlink()) for p in store.rglob("*")) == before


def _odd_dates_store(root: Path) -> Path:
    """A store (written directly, as an older policytrends could) holding dates pandas'
    timestamps cannot: a record of 1500, a meeting of 1066, a year-only speech of 1200."""
    from trendstore import FOIP, Rec, sample_records, write_store

    odd = [
        Rec("text", "notes/1500.md", f"An old note on {FOIP}.", {"foip": [FOIP]},
            title="Old note", published=date(1500, 5, 18)),
        Rec("mofa", "mofa/1066.html", f"A meeting on {FOIP}.", {"foip": [FOIP]},
            title="Old meeting", published=date(2022, 3, 1), reporting_country="JPN",
            meeting={"date": date(1066, 10, 14), "mode": "in_person", "level": "summit",
                     "counterparts": ["GBR"]}),
        Rec("ungdc", "ungdc/1200.txt", f"A speech on {FOIP}.", {"foip": [FOIP]}, year=1200),
    ]
    return write_store(root, sample_records() + odd)


TREND_CALLS: list[tuple[str, dict]] = [
    ("theme_frequency", {"period": "month"}), ("theme_frequency", {"period": "quarter"}),
    ("theme_frequency", {"period": "year", "by": "source"}),
    ("counterpart_themes", {}), ("cooccurrence", {}), ("first_appearance", {}),
    ("rising_themes", {}), ("meetings_timeline", {}), ("themes_present", {}),
    ("records", {}), ("meeting_counts", {"period": "month"}),
]


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
@pytest.mark.parametrize("bounds", [{}, {"start": "0001-01-01", "end": "9999-12-31"}])
def test_every_trend_function_reads_any_stored_date(tmp_path: Path, engine: str,
                                                    bounds: dict) -> None:
    """Issue 19 item 10: a date outside pandas' range counts as undated (the meeting of
    1066 falls back to its publication date), on both engines, and start/end filters
    before 1678 or after 2261 are valid."""
    from trendstore import sample_records, write_store

    from policytrends import trends

    store = _odd_dates_store(tmp_path / "store")
    for name, kwargs in TREND_CALLS:
        getattr(trends, name)(store, engine=engine, **kwargs, **bounds)
    sample = write_store(tmp_path / "sample", sample_records())
    monthly = trends.theme_frequency(store, ["foip"], period="month", engine=engine, **bounds)
    undated = trends.theme_frequency(sample, ["foip"], period="month", engine=engine,
                                     **bounds).attrs["undated"]
    # the records of 1500 and 1200 are undated; with no date at all, a date filter drops them
    assert monthly.attrs["undated"] == undated + (0 if bounds else 2)
    assert monthly["period"].min() >= pd.Timestamp("1678-01-01")
    march = monthly[monthly["period"] == pd.Timestamp("2022-03-01")]
    assert int(march["records"].iloc[0]) == 1  # the 1066 meeting, published 2022-03-01
    first = trends.first_appearance(store, ["foip"], engine=engine, **bounds)
    assert first["first_date"].min() >= pd.Timestamp("1678-01-01")
    yearly = trends.theme_frequency(store, ["foip"], period="year", engine="pandas", **bounds)
    assert yearly.equals(trends.theme_frequency(store, ["foip"], period="year",
                                                engine="duckdb", **bounds))


def test_a_start_or_end_that_is_not_a_date_is_a_value_error(tmp_path: Path) -> None:
    from policytrends import trends

    store = _odd_dates_store(tmp_path / "store")
    with pytest.raises(ValueError, match=r"start must be a date \(YYYY-MM-DD\), not '2021-13-45'"):
        trends.theme_frequency(store, start="2021-13-45")


def test_rising_themes_without_dated_records_has_every_column(tmp_path: Path) -> None:
    """Issue 19 item 9: no dated record in the selection (UN speeches only, a start after
    the data): the same columns as always, no rows, and the report's table of them."""
    from trendstore import sample_records, write_store

    from policytrends import report, trends

    store = write_store(tmp_path / "store", sample_records())
    for filters in ({"sources": "ungdc"}, {"start": "2030-01-01"}):
        rising = trends.rising_themes(store, **filters)
        assert list(rising.columns) == trends.RISING_COLUMNS and rising.empty
        assert "<table" in report.table(rising, trends.RISING_COLUMNS[:-1]).markup


# -- the report's outputs (issue 19 items 3, 9, 10, 11, 12, 14) ------------------------

def _sample_store(root: Path) -> Path:
    from trendstore import sample_records, write_store

    return write_store(root, sample_records())


def _no_kernel(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record (and skip) every notebook run: the checks must stop before one."""
    import papermill

    ran: list[object] = []
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: ran.append(a))
    return ran


@pytest.fixture
def unrun(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list]:
    """A sample store, and the list of notebook runs (recorded, not run)."""
    return _sample_store(tmp_path / "store"), _no_kernel(monkeypatch)


def _notebook_of(path: Path, code: str) -> Path:
    """A notebook of a `store` parameters cell and one cell of `code`, written at `path`."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('store = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(code)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)
    return path


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _last_good(out: Path) -> dict[str, bytes]:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("<p>last good page</p>")
    out.with_suffix(".ipynb").write_text('{"last": "good notebook"}')
    return _listing(out.parent)


def test_report_that_fails_leaves_the_last_good_page_and_notebook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failing cell, then a disk full while the page is written: both files stay as the
    last good render left them (each is a temporary file renamed); no temporary is left."""
    import builtins
    import io

    from policytrends import report

    store = _sample_store(tmp_path / "store")
    out = tmp_path / "site" / "r.html"
    before = _last_good(out)
    failing = _notebook_of(tmp_path / "failing.ipynb", "raise ValueError('no chart today')")
    real = report.render
    with monkeypatch.context() as patch:
        patch.setattr(report, "render", lambda *a, **k: real(*a, **k, notebook=failing))
        code = cli.main(["report", "--store", str(store), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == cli.ExitCode.INCOMPLETE and "no chart today" in err and "r.failed.ipynb" in err
    failed = out.with_suffix(".failed.ipynb")
    assert json.loads(failed.read_text())["cells"]  # the partly executed notebook
    failed.unlink()
    assert {k: v for k, v in _listing(out.parent).items() if not k.endswith(".lock")} == before

    def full_disk(real):  # type: ignore[no-untyped-def]
        def opener(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
            fh = real(file, mode, *args, **kwargs)
            if "w" in mode and "r.html" in Path(file).name:
                write = fh.write

                def half(text: str) -> int:
                    write(text[: len(text) // 2])
                    raise OSError(errno.ENOSPC, "No space left on device")

                fh.write = half
            return fh
        return opener

    monkeypatch.setattr(builtins, "open", full_disk(builtins.open))
    monkeypatch.setattr(io, "open", full_disk(io.open))
    code = cli.main(["report", "--store", str(store), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == cli.ExitCode.ERROR and "No space left on device" in err, err
    assert "previous file is unchanged" in err and "Traceback" not in err
    assert {k: v for k, v in _listing(out.parent).items() if not k.endswith(".lock")} == before


def test_report_out_that_names_a_notebook_is_a_usage_error(
    unrun: tuple[Path, list], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--out X.ipynb` would write the page over the executed notebook."""
    store, ran = unrun
    code = cli.main(["report", "--store", str(store), "--out", str(tmp_path / "X.ipynb")])
    assert code == cli.ExitCode.USAGE and not ran
    assert "give " + str(tmp_path / "X.html") in capsys.readouterr().err
    assert not (tmp_path / "X.ipynb").exists()


def test_report_into_a_read_only_folder_stops_before_the_notebook_runs(
    unrun: tuple[Path, list], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    """Root writes into a chmod 555 folder anyway, so EACCES is also simulated there."""
    store, ran = unrun
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    real_open = os.open

    def denied(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path).parent == ro and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    try:
        code = cli.main(["report", "--store", str(store), "--out", str(ro / "r.html")])
    finally:
        ro.chmod(0o755)
    err = capsys.readouterr().err
    assert code == cli.ExitCode.ERROR and not ran, err
    assert f"{ro / 'r.html'}: cannot write there (Permission denied)" in err
    assert list(ro.iterdir()) == []


def test_two_reports_to_one_out_do_not_run_together(
    unrun: tuple[Path, list], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import fcntl

    store, ran = unrun
    out = tmp_path / "r.html"
    with open(tmp_path / ".r.html.lock", "a") as held:  # what a running render holds
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        code = cli.main(["report", "--store", str(store), "--out", str(out)])
    assert code == cli.ExitCode.ERROR and not ran
    assert "another run is writing it" in capsys.readouterr().err


@pytest.mark.parametrize("how", ["part_wrong_schema", "store_json_not_an_object"])
def test_report_on_a_damaged_store_stops_before_the_notebook_runs(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    ran = _no_kernel(monkeypatch)
    store = tmp_path / "store"
    policytrends.ingest([_src(tmp_path)], store, jobs=1)
    name = _damage(store, how, tmp_path / "outside").name
    code = cli.main(["report", "--store", str(store), "--out", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert code == cli.ExitCode.ERROR and not ran and name in err and "Traceback" not in err


def test_report_reads_one_store_version_while_runs_commit(tmp_path: Path) -> None:
    """Issue 19 item 12: a notebook that reads the store, lets two runs commit (the
    second would prune the version the render started on), then reads it again: both
    reads give the same version. The version is pruned by the first run after the render."""
    from policytrends import report

    src, store = _src(tmp_path), tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    notebook = _notebook_of(
        tmp_path / "pinned.ipynb",
        "import pathlib, policytrends\n"
        "before = sorted(policytrends.load(store).documents['path'])\n"
        f"src, root = pathlib.Path({str(src)!r}), {str(store)!r}\n"
        "for n in (10, 11):\n"
        "    (src / f'note_{n}.txt').write_text(f'Note {n}, added during the report.')\n"
        "    policytrends.ingest([src], root, jobs=1)\n"
        "after = sorted(policytrends.load(store).documents['path'])\n"
        "assert after == before, (before, after)\n")
    report.render(store, tmp_path / "r.html", notebook=notebook)
    assert len(policytrends.load(store).documents) == 6  # both runs committed
    versions = sorted(p.name for p in (store / ".policytrends" / "versions").iterdir())
    assert versions == ["00000001", "00000002", "00000003"]  # the render's one was kept
    (src / "note_12.txt").write_text("Note 12.")
    policytrends.ingest([src], store, jobs=1)
    assert_clean(store)


def test_report_without_dated_records_and_a_start_in_year_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 19 items 9 and 10: UN speeches only (no dated record: "rising themes" has no
    windows), a store holding dates of 1500 and 1066, and `-p start 0001-01-01`."""
    store = _odd_dates_store(tmp_path / "store")
    out = tmp_path / "r.html"
    code = cli.main(["report", "--store", str(store), "--out", str(out), "-p", "sources",
                     "ungdc", "-p", "start", "0001-01-01"])
    assert code == cli.ExitCode.OK, capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "Rising themes" in page and f"Store: {store} (version 1)" in page
    code = cli.main(["report", "--store", str(store), "--out", str(out), "-p", "start",
                     "2021-02-30"])
    assert code == cli.ExitCode.USAGE
    assert "start must be a date (YYYY-MM-DD), not '2021-02-30'" in capsys.readouterr().err


def test_explain_html_into_a_missing_folder_and_ingest_jobs_below_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 19 item 14: the page's folder is made; `--jobs -1` is a usage error (exit 2)."""
    src, store = _src(tmp_path), tmp_path / "store"
    policytrends.ingest([src], store, jobs=1)
    rid = str(policytrends.load(store).documents["record_id"].iloc[0])
    page = tmp_path / "new" / "folder" / "why.html"
    assert cli.main(["explain", rid, "--store", str(store), "--html", str(page)]) == 0
    assert "<pre>" in page.read_text(encoding="utf-8")
    assert [p.name for p in page.parent.iterdir()] == ["why.html"]
    for jobs in ("-1", "0", "many"):
        with pytest.raises(SystemExit) as stop:
            cli.main(["ingest", str(src), "--store", str(store), "--jobs", jobs])
        assert stop.value.code == cli.ExitCode.USAGE
        assert "argument --jobs" in capsys.readouterr().err
    with pytest.raises(ValueError, match="jobs must be 1 or more"):
        policytrends.ingest([src], store, jobs=-1)
