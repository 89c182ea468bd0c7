"""Dev sets of real pages: cached texts keyed by sha256 are ingested and scored per set."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import devset_scores as devsets
import pytest
from repo_paths import ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "devsets"


def _cache(pages: Path, name: str) -> str:
    data = (FIXTURES / name).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    pages.mkdir(exist_ok=True)
    (pages / f"{sha}.txt").write_bytes(data)
    return sha


def _row(rid: str, sha: str, meeting: bool, **kw: object) -> dict:
    row: dict[str, object] = {
        "id": rid, "source": "mofa", "language": "en", "url": f"https://example.test/{rid}",
        "sha256": sha, "labeller": "test", "is_meeting": meeting, "date": None, "mode": None,
        "level": None, "parties": None, "reporting_country": "JPN",
        "counterpart_countries": [], "participants": [], "location_country": None,
        "duration_min": None, "start_local": None, "themes": [], "countries_mentioned": []}
    row.update(kw)
    return row


def _meeting_row(sha: str) -> dict:
    return _row("set-001", sha, True, date="2023-06-12", mode="in_person",
                level="ministerial", parties=2, counterpart_countries=["CAN"],
                participants=[{"family_name": "Morioka", "country": "JPN", "title": "x"},
                              {"family_name": "Tremblay", "country": "CAN", "title": "x"}],
                location_country="JPN", duration_min=50, start_local="14:30",
                themes=["foip", "indo_pacific", "north_korea"],
                countries_mentioned=["CAN", "JPN"])


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture()
def cached(tmp_path: Path) -> tuple[Path, str, str]:
    pages = tmp_path / "pages"
    return pages, _cache(pages, "page_meeting.txt"), _cache(pages, "page_statement.txt")


def test_rows_with_cached_text_are_scored_and_the_others_counted(
        tmp_path: Path, cached: tuple[Path, str, str]) -> None:
    pages, meeting, statement = cached
    absent = "0" * 64
    label = _write(tmp_path / "mofa_en_1.jsonl", [
        _meeting_row(meeting), _row("set-002", statement, False),
        _row("set-003", absent, True), _row("set-004", meeting, True)])
    (dev,) = devsets.load_devsets([label])
    result = devsets.score_set(dev, pages)
    assert result.scores is not None and result.scores.records == 2
    assert dict(result.skipped) == {"set-003": "text not in the cache",
                                    "set-004": "same text as set-001"}
    s = result.scores
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (1, 0, 0)
    assert s.field_counts["duration_min"] == (1, 1)
    assert s.field_counts["counterpart_countries"] == (1, 1)
    assert s.family_names.f1 == 1.0
    report = devsets.format_set(result)
    assert "2 rows scored, 2 skipped (text not in the cache: 1)" in report


def test_changed_bytes_are_skipped_not_scored(tmp_path: Path,
                                              cached: tuple[Path, str, str]) -> None:
    pages, meeting, _ = cached
    (pages / f"{meeting}.txt").write_text("edited after labelling\n", "utf-8")
    (dev,) = devsets.load_devsets([_write(tmp_path / "s.jsonl", [_meeting_row(meeting)])])
    result = devsets.score_set(dev, pages)
    assert result.scores is None
    assert "do not have the labelled sha256" in result.skipped[0][1]


def test_a_folder_gives_one_set_per_file_and_bad_lines_name_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "devsets"
    folder.mkdir()
    _write(folder / "b.jsonl", [_row("b-1", "1" * 64, True)])
    _write(folder / "a.jsonl", [_row("a-1", "2" * 64, False), {"id": "a-2"}])
    sets = devsets.load_devsets([folder])
    assert [(d.name, len(d.rows)) for d in sets] == [("a", 2), ("b", 1)]
    gold, skipped = devsets.prepare(sets[0], tmp_path, tmp_path / "src")
    assert gold == [] and skipped == [("a-1", "text not in the cache"),
                                      ("a-2", "no 'sha256' field")]
    (folder / "c.jsonl").write_text('{"id": "c-1"}\nnot json\n', "utf-8")
    with pytest.raises(ValueError, match=r"c\.jsonl:2: not JSON"):
        devsets.load_devsets([folder])
    with pytest.raises(FileNotFoundError, match="no such dev set"):
        devsets.load_devsets([tmp_path / "missing.jsonl"])


def test_gate_script_scores_each_set_and_prints_the_skipped_count(
        tmp_path: Path, cached: tuple[Path, str, str]) -> None:
    pages, meeting, _ = cached
    one = _write(tmp_path / "mofa_en_1.jsonl", [_meeting_row(meeting)])
    # a set that calls the meeting page no meeting: detection F1 0, below the floor
    two = _write(tmp_path / "kantei_en.jsonl", [_row("k-1", meeting, False),
                                                _row("k-2", "f" * 64, True)])
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"meeting_f1": 0.9}), "utf-8")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "accuracy_gate.py"), "--devset", str(one),
         "--devset", str(two), "--pages", str(pages), "--floors", str(floors), "--misses"],
        capture_output=True, text=True, check=False)
    assert "== dev set mofa_en_1: 1 rows scored, 0 skipped" in out.stdout, out.stderr
    assert "== dev set kantei_en: 1 rows scored, 1 skipped (text not in the cache: 1)" \
        in out.stdout
    assert "k-2: text not in the cache" in out.stdout
    assert "floors (mofa_en_1): all met" in out.stdout
    assert out.returncode == 1 and "floors (kantei_en): 1 not met" in out.stdout
    missing = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "accuracy_gate.py"), "--devset", str(one),
         "--pages", str(tmp_path / "nowhere")], capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "no page cache folder" in missing.stderr
