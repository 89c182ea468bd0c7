"""Accuracy gate: the store built from the gold-labelled files meets the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import evaluate
import pandas as pd
import pytest

FLOORS = Path(__file__).resolve().parent / "accuracy" / "floors.json"
# The issue targets: the floors file may raise these, never lower them.
TARGETS = {
    "meeting_f1": 0.95, "family_names_f1": 0.90, "countries_f1": 0.90,
    "theme_micro_f1": 0.90, "theme_default": 0.70,
    **{f"field.{f}": 0.90 for f in evaluate.FIELDS},
}


def test_floors_never_below_issue_targets() -> None:
    floors = json.loads(FLOORS.read_text("utf-8"))
    for name, target in TARGETS.items():
        assert name in floors, f"floor {name} missing from {FLOORS.name}"
        assert floors[name] >= target, f"floor {name} {floors[name]} is below the target {target}"
    assert floors["theme_min_support"] <= 5


@pytest.mark.corpus
def test_gate_meets_floors(shared: Path, tmp_path: Path) -> None:
    gold = evaluate.load_gold(shared / "gold")
    store = evaluate.build_store(shared, gold, tmp_path)
    # the copy is scratch: nothing is written into the repository
    assert not (Path(__file__).resolve().parents[1] / "corpus").exists()
    scores = evaluate.score(evaluate.read_tables(store), gold)
    assert not scores.missing, f"labelled records with no documents row: {scores.missing}"
    failures = evaluate.check_floors(scores, json.loads(FLOORS.read_text("utf-8")))
    report = evaluate.format_report(scores, show_misses=True)
    assert not failures, "\n" + report + "\n" + "\n".join(failures)


def _tables(**rows: list[dict]) -> dict[str, pd.DataFrame]:
    cols = {
        "documents": ["record_id", "path", "item", "duplicate_of"],
        "meetings": ["record_id", *evaluate.FIELDS],
        "counterparts": ["record_id", "family_name"],
        "countries": ["record_id", "country"],
        "topics": ["record_id", "theme"],
    }
    return {t: pd.DataFrame(rows.get(t, []), columns=c) for t, c in cols.items()}


def _gold(gid: str, path: str, meeting: bool, **kw: object) -> dict:
    base: dict[str, object] = {
            "id": gid, "path": path, "item": None, "is_meeting": meeting, "date": None,
            "mode": None, "level": None, "parties": None, "counterpart_countries": [],
            "location_country": None, "start_local": None, "duration_min": None,
            "participants": [], "themes": [], "countries_mentioned": []}
    base.update(kw)
    return base


def test_score_counts_detection_fields_names_countries_and_themes() -> None:
    gold = [
        _gold("a", "x/a.md", True, date="2022-01-02", mode="telephone", parties=2,
              counterpart_countries=["JPN"], participants=[{"family_name": "Hayashi"},
                                                           {"family_name": "Blinken"}],
              countries_mentioned=["JPN", "USA"], themes=["foip", "china"]),
        _gold("b", "x/b.md", True, mode="video"),
        _gold("c", "x/c.md", False, countries_mentioned=["KOR"]),
    ]
    tables = _tables(
        documents=[{"record_id": "A", "path": "x/a.md", "item": None, "duplicate_of": None},
                   {"record_id": "B", "path": "x/b.md", "item": None, "duplicate_of": None},
                   {"record_id": "C", "path": "x/c.md", "item": None, "duplicate_of": None}],
        meetings=[{"record_id": "A", "date": pd.Timestamp("2022-01-02"), "mode": "telephone",
                   "level": None, "parties": 2, "counterpart_countries": ["JPN"],
                   "location_country": None, "start_local": None, "duration_min": None},
                  {"record_id": "C", "date": None, "mode": None, "level": None,
                   "parties": None, "counterpart_countries": [], "location_country": None,
                   "start_local": None, "duration_min": None}],
        counterparts=[{"record_id": "A", "family_name": "HAYASHI"},
                      {"record_id": "A", "family_name": "Kishida"}],
        countries=[{"record_id": "A", "country": "JPN"}, {"record_id": "C", "country": "KOR"}],
        topics=[{"record_id": "A", "theme": "foip"}, {"record_id": "C", "theme": "china"}],
    )
    s = evaluate.score(tables, gold)
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (1, 1, 1)
    # b has no meetings row: wrong on every field, even those whose gold is null
    assert s.field_counts["date"] == (1, 2)
    assert s.field_counts["start_local"] == (1, 2)
    assert s.field_counts["counterpart_countries"] == (1, 2)
    assert (s.family_names.tp, s.family_names.fp, s.family_names.fn) == (1, 1, 1)
    assert (s.countries.tp, s.countries.fp, s.countries.fn) == (2, 0, 1)
    assert (s.themes["foip"].tp, s.themes["china"].fp, s.themes["china"].fn) == (1, 1, 1)
    assert s.theme_micro.f1 == pytest.approx(0.5)
    text = evaluate.format_report(s, show_misses=True)
    assert "meeting detection F1" in text and "b: mode gold='video' pred='no row'" in text
    assert "a: themes missing=['china'] extra=[]" in text
    assert "c: themes missing=[] extra=['china']" in text


def test_check_floors_reports_low_measures_and_low_themes() -> None:
    gold = [_gold(str(i), f"p{i}", False, themes=["quad"]) for i in range(5)]
    tables = _tables(documents=[{"record_id": str(i), "path": f"p{i}", "item": None,
                                 "duplicate_of": None} for i in range(5)])
    s = evaluate.score(tables, gold)
    failures = evaluate.check_floors(s, {"meeting_f1": 0.5, "theme_default": 0.7,
                                         "theme_min_support": 5})
    assert failures == ["theme.quad: 0.000 below floor 0.7 (support 5)"]
    assert evaluate.check_floors(s, {"countries_f1": 0.9}) == []
    assert evaluate.check_floors(s, {"theme_micro_f1": 0.9})[0].startswith("theme_micro_f1")
