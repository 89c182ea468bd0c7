"""The rendered report in a real headless browser (Debian's chromium; `make browser`)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from trendstore import sample_records, write_store

from policytrends import report

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: run `make browser` (installs Debian's chromium)")
    return subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    store = write_store(tmp / "store", sample_records())
    html, _ = report.render(store, tmp / "report.html", [("themes", "foip,north_korea")])
    return html


def test_report_renders_with_charts_in_chromium(page: Path, tmp_path: Path) -> None:
    dom = _chromium(["--dump-dom", page.as_uri()], tmp_path / "profile1")
    assert dom.returncode == 0, dom.stderr[-2000:]
    charts = re.findall(r'<img[^>]+src="data:image/png;base64,[A-Za-z0-9+/=]{1000,}', dom.stdout)
    assert len(charts) >= 6, "charts missing from the rendered page"
    assert "<script" not in dom.stdout  # the record titled <script> stayed text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom.stdout


def test_screenshot_is_not_blank(page: Path, tmp_path: Path) -> None:
    import matplotlib.image

    shot = tmp_path / "shot.png"
    run = _chromium([f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri()],
                    tmp_path / "profile2")
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    pixels = matplotlib.image.imread(shot)[..., :3]
    assert pixels.shape[:2] == (2400, 1200)
    assert pixels.std() > 0.05, "the screenshot is (nearly) one colour"
    ink = (pixels.mean(axis=2) < 0.9).mean()
    assert ink > 0.02, f"only {ink:.1%} of the screenshot is not background"
    # charts draw colour (lines, heatmap cells), not only black text
    colourful = (pixels.max(axis=2) - pixels.min(axis=2) > 0.2).mean()
    assert colourful > 0.002


def test_tables_read_well_and_colours_match_the_charts(page: Path, tmp_path: Path) -> None:
    import matplotlib.colors
    import matplotlib.image

    from policytrends import palette

    dom = _chromium(["--dump-dom", page.as_uri()], tmp_path / "profile3")
    assert dom.returncode == 0, dom.stderr[-2000:]
    tables = "".join(re.findall(r"<table.*?</table>", dom.stdout, flags=re.S))
    assert "North Korea" in tables and ">north_korea<" not in tables  # labels, not keys
    assert not re.search(r">\s*-?\d+\.\d{3,}", tables)  # numbers rounded
    assert "Few records" in tables or "few records" in tables  # the sample is small
    # the swatch of a theme in a table has the colour of its lines in the charts
    assert f"background:{palette.theme_colour('north_korea')}" in tables
    shot = tmp_path / "shot.png"
    run = _chromium([f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri()],
                    tmp_path / "profile4")
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    pixels = matplotlib.image.imread(shot)[..., :3].reshape(-1, 3)
    for theme in ("foip", "north_korea"):
        want = np.array(matplotlib.colors.to_rgb(palette.theme_colour(theme)))
        near = (np.abs(pixels - want).max(axis=1) < 0.04).sum()
        assert near > 50, f"{theme}: its colour barely shows on the page ({near} pixels)"
