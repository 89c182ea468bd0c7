"""Comments and docstrings say why; measured timings belong in docs/performance.md."""

from __future__ import annotations

import re

from repo_paths import ROOT

SRC = ROOT / "src" / "policytrends"
# a measurement: "~10 us", "77 -> 67 us", "took 13 s", "~30x faster", "0.13 s instead of"
TIMING = re.compile(
    r"~\s?\d[\d.,]*\s?(?:us|µs|ms|s|x|MB|KB|GB|bytes)\b|\d+\s?->\s?\d+\s?(?:us|µs|ms|s)\b"
    r"|\btook\s+(?:~|about\s)?\d|\d[\d.]*\s?(?:us|µs|ms)\b|\d+(?:\.\d+)?x faster"
    r"|instead of \d[\d.]*(?:-\d[\d.]*)? s\b|\bspent \d|\d(?:\.\d+)? s (?:a|per|to|of|at)\b")


def timings(text: str) -> list[str]:
    """The lines of `text` that carry a measured timing or size."""
    return [line.strip() for line in text.splitlines() if TIMING.search(line)]


def test_timing_pattern() -> None:
    assert timings("x = 1  # a run costs ~10 us to send\ny = 2  # the split: 77 -> 67 us")
    assert timings("    (a million files took 13 s to list)")
    assert not timings("# a million files must stay small\nWINDOW = 1 << 20  # 1 MB windows")


def test_no_measured_timings_in_comments() -> None:
    found = {p.relative_to(SRC).as_posix(): timings(p.read_text("utf-8"))
             for p in sorted(SRC.rglob("*.py"))}
    bad = {f: lines for f, lines in found.items() if lines}
    assert not bad, f"move these measurements to docs/performance.md: {bad}"
