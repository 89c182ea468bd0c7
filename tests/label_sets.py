"""Checks shared by the test files of labelled White House / State sets (held-out, us_dev):
each row carries every gold field, each floors file gates every measure, and each set meets
its floors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import evaluate
import pytest

FIELDS = ("id", "source", "path", "item", "is_meeting", "date", "mode", "level", "parties",
          "reporting_country", "counterpart_countries", "participants", "location_country",
          "duration_min", "start_local", "themes", "countries_mentioned", "notes")


def check_rows(labels: Path, n: int, prefix: str) -> None:
    """`labels` holds rows `prefix001`..`prefixN` in order, each with exactly the gold
    fields, and an RSS `item` exactly where the record is not a White House file."""
    rows = evaluate.load_gold(labels)
    assert [r["id"] for r in rows] == [f"{prefix}{k:03d}" for k in range(1, n + 1)]
    for r in rows:
        assert set(r) == set(FIELDS), r["id"]
        assert (r["item"] is None) == (r["source"] == "whitehouse"), r["id"]


def check_floors_file(floors_file: Path) -> None:
    """Every gated measure has a floor between 0.5 and 1."""
    floors = json.loads(floors_file.read_text("utf-8"))
    for name in ("meeting_f1", "family_names_f1", "countries_f1", "theme_micro_f1",
                 *(f"field.{f}" for f in evaluate.FIELDS)):
        assert 0.5 <= floors[name] <= 1.0, name


def label_set_tests(sets: list[tuple[Path, Path, int, str]],
                    ids: list[str]) -> tuple[Callable[..., None], ...]:
    """The three tests every set of `sets` ((labels, floors, how many rows, id prefix), one
    test id each of `ids`) gets: its rows (``check_rows``), its floors file
    (``check_floors_file``) and its scores against those floors (a ``corpus`` test). A test
    file binds them to its own ``test_*`` names."""
    each_set = pytest.mark.parametrize(("labels", "floors", "n", "prefix"), sets, ids=ids)

    @each_set
    def rows(labels: Path, floors: Path, n: int, prefix: str) -> None:
        check_rows(labels, n, prefix)

    @each_set
    def floors_file(labels: Path, floors: Path, n: int, prefix: str) -> None:
        check_floors_file(floors)

    @pytest.mark.corpus
    @each_set
    def meets_floors(shared: Path, tmp_path: Path, labels: Path, floors: Path, n: int,
                     prefix: str) -> None:
        failed = evaluate.floor_report(shared, labels, floors, tmp_path)
        assert failed is None, failed

    return rows, floors_file, meets_floors
