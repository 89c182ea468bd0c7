"""Bad input never stops a run and is never dropped silently (issue 6).

The corpus (tests/bad_inputs.py) is written into a temporary folder and ingested once; each
test checks one promise about the result.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from bad_inputs import _JA, KINDS, SECRET, write_corpus

import policytrends
from policytrends import cli
from policytrends.frames import Frames
from policytrends.ingest import Summary
from policytrends.records import make_record_id


@dataclass(frozen=True)
class Run:
    src: Path
    store: Path
    expected: dict[str, str]
    skipped: dict[str, str]
    summary: Summary
    frames: Frames


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = tmp_path_factory.mktemp("bad")
    src, store = root / "src", root / "store"
    expected, skipped = write_corpus(src)
    cwd = os.getcwd()
    os.chdir(root)  # a file named "$(touch x).txt" must not create ./x
    try:
        summary = policytrends.ingest([src], store, jobs=1)
    finally:
        os.chdir(cwd)
    return Run(src, store, expected, skipped, summary, policytrends.load(store))


def _docs(run: Run, path: str) -> pd.DataFrame:
    d = run.frames.documents
    return d[d["path"] == path]


def _rejects(run: Run, path: str) -> pd.DataFrame:
    r = run.frames.rejects
    return r[r["path"] == path]


def test_corpus_has_at_least_40_kinds(run: Run) -> None:
    built = [k.name for k in KINDS if k.name not in run.skipped]
    assert len(built) >= 40, built
    assert len(run.expected) >= 60


def test_every_input_is_a_record_or_a_reject(run: Run) -> None:
    wrong = []
    for rel, expect in sorted(run.expected.items()):
        has_doc, has_rej = not _docs(run, rel).empty, not _rejects(run, rel).empty
        ok = {
            "record": has_doc,
            "reject": has_rej and not has_doc,
            "either": has_doc or has_rej,
            "none": not has_doc and not has_rej,
        }[expect]
        if not ok:
            wrong.append((rel, expect, has_doc, has_rej))
    assert not wrong


def test_every_reject_has_a_reason_and_a_detail_naming_the_file(run: Run) -> None:
    rej = run.frames.rejects
    assert len(rej) >= 30
    for path, reason, detail in zip(rej["path"], rej["reason"], rej["detail"], strict=True):
        assert reason and reason.replace("_", "").isalpha(), reason
        assert detail.startswith(path), (path, detail)
        assert len(detail) > len(path) + 5


def test_summary_counts_every_record_and_reject(run: Run) -> None:
    s = run.summary
    assert s.committed
    assert sum(s.rejects.values()) == len(run.frames.rejects)
    assert s.records == len(run.frames.documents)
    assert dict(s.rejects) == run.frames.rejects["reason"].value_counts().to_dict()
    lines = "\n".join(s.lines())
    for reason in s.rejects:
        assert f"{reason}: {s.rejects[reason]}" in lines


def test_rerun_parses_nothing_and_still_reports_the_rejects(run: Run, tmp_path: Path) -> None:
    before = {f.name: f.read_bytes() for f in (run.store / "rejects").glob("*.parquet")}
    again = policytrends.ingest([run.src], run.store, jobs=1)
    assert again.files_parsed == 0 and not again.committed
    assert sum(again.rejects.values()) == len(run.frames.rejects)
    assert {f.name: f.read_bytes() for f in (run.store / "rejects").glob("*.parquet")} == before


def test_reasons(run: Run) -> None:
    reason = {
        p: r for p, r in zip(run.frames.rejects["path"], run.frames.rejects["reason"], strict=True)
    }
    assert reason["empty.txt"] == reason["blank.md"] == "empty"
    assert reason["photo.html"] == reason["random.txt"] == reason["page.html"] == "binary"
    assert reason["huge_single_line.txt"] == "too_large"
    assert "52,6" in _rejects(run, "huge_single_line.txt")["detail"].iloc[0]  # the size
    assert reason["pipe.txt"] == reason["sock.html"] == "not_regular_file"
    assert "fifo" in _rejects(run, "pipe.txt")["detail"].iloc[0]
    for link in ("to_file.txt", "dangling.txt", "loop_a.txt", "loop_b.txt", "to_dir"):
        assert reason[f"links/{link}"] == "symlink"
    assert reason["names/.hidden.txt"] == reason["names/.hidden_folder"] == "hidden"
    assert reason["table.csv"] == reason["program"] == "unsupported_format"
    assert reason["nobody.html"] == reason["scripts.html"] == "no_text"


def test_encodings_are_decoded_with_a_warning(run: Run) -> None:
    def one(path: str) -> pd.Series:
        d = _docs(run, path)
        assert len(d) == 1, path
        return d.iloc[0]

    assert one("cp1252.txt")["text"] == "The Minister’s café talks — on “trade”."
    assert one("sjis.txt")["text"] == _JA.strip()
    assert one("sjis.html")["title"] == "会談"
    mixed = one("mixed.txt")["text"]
    assert "Ministers’ talks." in mixed and "Café policy." in mixed
    for path in ("cp1252.txt", "sjis.txt", "sjis.html", "mixed.txt", "invalid.txt", "cut_tail.txt"):
        assert len(one(path)["warnings"]) >= 1, path
    for path in ("utf16le.txt", "utf16be.md", "utf8bom.md", "utf32.txt"):
        text = one(path)["text"]
        assert text.startswith("The ministers discussed") and "\x00" not in text, path
        assert "\ufeff" not in text


def test_duplicate_under_two_names_points_at_the_first(run: Run) -> None:
    a, b = _docs(run, "dup/copy of first.txt").iloc[0], _docs(run, "dup/first.txt").iloc[0]
    assert a["content_sha256"] == b["content_sha256"]
    assert pd.isna(a["duplicate_of"]) and b["duplicate_of"] == a["record_id"]
    assert run.summary.duplicates == run.frames.documents["duplicate_of"].notna().sum() >= 1


def test_dates_in_the_future_or_impossible_are_null_with_a_warning(run: Run) -> None:
    for path in ("future.md", "future.rss", "feb30.md", "feb30.rss"):
        docs = _docs(run, path)
        if docs.empty:  # rejected instead: fine, but it must say so
            assert not _rejects(run, path).empty, path
            continue
        for published, warnings in zip(docs["published"], docs["warnings"], strict=True):
            assert pd.isna(published), path
            assert len(warnings) >= 1, path
    future = _docs(run, "future.md")
    if not future.empty:
        assert any("future" in w for w in future["warnings"].iloc[0])


def test_records_without_date_or_title_keep_nulls(run: Run) -> None:
    notitle = _docs(run, "notitle.html").iloc[0]
    assert pd.isna(notitle["title"]) and "meeting number 45" in notitle["text"]
    for path in ("nodate.md", "notitle.html"):
        assert _docs(run, path)["published"].isna().all()
    holes = _docs(run, "holes.rss")
    if not holes.empty:  # an RSS reader: the item with no body is a reject, the rest records
        assert not _rejects(run, "holes.rss").empty
        assert set(holes["item"]) >= {"ok", "nodate"}


def test_deep_and_exploding_markup_is_bounded(run: Run) -> None:
    deep = _rejects(run, "deep.html")
    if deep.empty:  # read in full: then nothing may be lost
        assert "Buried talks on fisheries." in _docs(run, "deep.html")["text"].iloc[0]
    else:
        assert deep["reason"].iloc[0] == "too_deep"
    for path in ("bomb.rss", "quadratic.rss", "deep.rss"):
        for text in _docs(run, path)["text"]:
            assert len(text) < 200_000 and "lollol" not in text
    for detail in run.frames.rejects["detail"]:
        assert len(detail) < 2_000


def test_hostile_content_reads_no_file(run: Run) -> None:
    for name in (
        "documents",
        "meetings",
        "counterparts",
        "topics",
        "mentions",
        "countries",
        "rejects",
    ):
        table = getattr(run.frames, name)
        for col in table.columns:
            if table[col].dtype == object or "string" in str(table[col].dtype):
                assert not table[col].astype(str).str.contains(SECRET, regex=False).any(), (
                    name,
                    col,
                )
    assert not (run.src.parent / "pwned_by_yaml").exists()
    assert not (run.src.parent / "x").exists()


def test_odd_file_names_are_kept_as_they_are(run: Run) -> None:
    paths = set(run.frames.documents["path"])
    for rel in (
        "names/line\nbreak.txt",
        "names/back\\slash.txt",
        "names/-- --store.txt",
        "names/ünïcödé 名前.txt",
        "names/UPPER.TXT",
        "names/latin1-caf\\xe9.txt",
        "looks_like_a_file.html/inner.txt",
    ):
        assert rel in paths, rel
    docs = run.frames.documents
    ids = [
        make_record_id(s, p, i)
        for s, p, i in zip(
            docs["source"],
            docs["path"],
            docs["item"].astype(object).where(docs["item"].notna(), None),
            strict=True,
        )
    ]
    assert ids == list(docs["record_id"])


def test_store_holds_only_its_own_file_names(run: Run) -> None:
    allowed_dirs = {".policytrends", "versions", *policytrends.schema.TABLES}
    for _, dirnames, filenames in os.walk(run.store):
        for d in dirnames:
            assert d in allowed_dirs or d.isdigit() or d == "current", d
        for f in filenames:
            assert f in {"lock", "manifest.parquet", "store.json"} or (
                f.startswith("part-") and f.endswith(".parquet")
            ), f


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip(
            "running as root, which reads a chmod 000 file anyway "
            "(test_reliability simulates EACCES instead)"
        )
    src = tmp_path / "src"
    src.mkdir()
    (src / "locked.txt").write_text("Words nobody may read.")
    (src / "locked.txt").chmod(0)
    s = policytrends.ingest([src], tmp_path / "store", jobs=1)
    rej = policytrends.load(tmp_path / "store").rejects
    assert list(rej["reason"]) == ["unreadable"] and s.rejects["unreadable"] == 1


def test_cli_exit_code_is_1_unless_allow_rejects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    kinds = tuple(
        k
        for k in KINDS
        if k.name in {"empty_file", "binary_random_txt", "fifo", "cp1252_text", "symlinks"}
    )
    write_corpus(src, kinds)
    assert (
        cli.main(["ingest", str(src), "--store", str(tmp_path / "s1"), "--jobs", "1", "--quiet"])
        == cli.ExitCode.INCOMPLETE
    )
    out = capsys.readouterr()
    assert "rejects: 8" in out.out and "--allow-rejects" in out.err
    assert (
        cli.main(
            [
                "ingest",
                str(src),
                "--store",
                str(tmp_path / "s2"),
                "--jobs",
                "1",
                "--quiet",
                "--allow-rejects",
            ]
        )
        == cli.ExitCode.OK
    )
    assert (
        cli.main(["ingest", str(src), "--store", str(tmp_path / "s1"), "--jobs", "1", "--quiet"])
        == cli.ExitCode.INCOMPLETE
    )  # the stored rejects still count


def test_dates_a_store_cannot_hold_are_null_with_a_warning(tmp_path: Path) -> None:
    """Issue 19 item 10: a publication date before 1678 or after 2261 (here 1500, in front
    matter and in RSS) is stored as null with a warning naming the range; the record stays
    and the trends read the store."""
    from bad_inputs import _WH_FRONT, _good, _item, _md, _rss

    from policytrends import trends

    src = tmp_path / "src"
    src.mkdir()
    front = _WH_FRONT.format(date="1500-05-18", slug="1500/05/18/readout", title="Old call")
    (src / "ancient.md").write_text(_md(front, _good(50)), encoding="utf-8")
    (src / "ancient.rss").write_text(_rss(_item("old", "Old item", "Body of an old item.",
                                                "Fri, 18 May 1500 10:00:00 +0000")))
    policytrends.ingest([src], tmp_path / "store", jobs=1)
    docs = policytrends.load(tmp_path / "store").documents.set_index("path")
    assert pd.isna(docs.loc["ancient.md", "published"])
    assert any("1500-05-18 is outside the dates a store holds (1678-01-01 to 2261-12-31)" in w
               for w in docs.loc["ancient.md", "warnings"])
    assert docs["published"].isna().all() and docs["year"].isna().all()
    freq = trends.theme_frequency(tmp_path / "store", period="month", start="0001-01-01")
    assert freq.attrs["undated"] == 0  # dropped by the start filter: no date at all


def test_a_meeting_date_a_store_cannot_hold_is_null_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19 item 10: the meeting date extraction finds (here made 1066-10-14) is kept
    out of the store like a publication date; `date_note` says why."""
    from datetime import date
    from types import SimpleNamespace

    from policytrends import extract
    from policytrends.pipeline import process_file
    from policytrends.records import Analysis, Meeting

    old = Meeting(date(1066, 10, 14), None, "in_person", "summit", 2, "GBR", ("FRA",), None,
                  None, None)
    monkeypatch.setattr(extract, "analyse", lambda rec: Analysis("meeting", meeting=old))
    (tmp_path / "battle.txt").write_text("The two kings met near Hastings.")
    result = process_file(tmp_path / "battle.txt", "battle.txt")
    row = SimpleNamespace(**result.tables["meetings"][0])
    assert row.date is None and row.mode == "in_person"
    assert row.date_note == ("date 1066-10-14 is outside the dates a store holds "
                             "(1678-01-01 to 2261-12-31); stored as null")
