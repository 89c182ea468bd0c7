"""`policytrends report`: packaged notebook -> executed .ipynb + self-contained HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from repo_paths import ROOT
from trendstore import sample_records, write_store

from policytrends import cli, report

PARAMS = [("themes", "foip,north_korea,china"), ("title", "Test <b>report</b>"),
          ("period", "quarter")]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("report")
    store = write_store(tmp / "store", sample_records())
    html, executed = report.render(store, tmp / "out" / "report.html", PARAMS)
    return store, html, executed


def test_html_is_self_contained_with_charts_and_no_code(
        rendered: tuple[Path, Path, Path]) -> None:
    _, html, executed = rendered
    page = html.read_text(encoding="utf-8")
    charts = re.findall(r'<img[^>]+src="data:image/png;base64,', page)
    assert len(charts) >= 6  # two trend charts, per source, two heatmaps, timeline
    assert not re.search(r'<script|src="https?:|href="https?:|<link', page)
    assert "theme_frequency(" not in page and "In&nbsp;[" not in page
    assert executed == html.with_suffix(".ipynb") and executed.exists()


def test_record_text_and_title_are_escaped(rendered: tuple[Path, Path, Path]) -> None:
    _, html, _ = rendered
    page = html.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert "<title>Test &lt;b&gt;report&lt;/b&gt;</title>" in page
    assert "<h1>Test &lt;b&gt;report&lt;/b&gt;</h1>" in page


def test_parameters_reach_the_notebook(rendered: tuple[Path, Path, Path]) -> None:
    store, _, executed = rendered
    nb = json.loads(executed.read_text())
    injected = [c for c in nb["cells"]
                if "injected-parameters" in c["metadata"].get("tags", [])]
    assert len(injected) == 1
    src = "".join(injected[0]["source"])
    assert 'themes = ["foip", "north_korea", "china"]' in src
    assert str(store.resolve()) in src
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert errors == []


def test_failing_cell_exits_nonzero_naming_cell_and_error(
        rendered: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    store, _, _ = rendered
    with report.packaged_notebook() as packaged:
        nb = json.loads(packaged.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "code", "id": "failing", "metadata": {}, "outputs": [],
                        "execution_count": None,
                        "source": "raise ValueError('no chart today')"})
    failing = tmp_path / "failing.ipynb"
    failing.write_text(json.dumps(nb), encoding="utf-8")
    real = report.render
    monkeypatch.setattr(report, "render", lambda *a, **k: real(*a, **k, notebook=failing))
    code = cli.main(["report", "--store", str(store), "--out", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert code == cli.ExitCode.INCOMPLETE
    assert re.search(r"report cell \d+ \(execution count \d+", err)
    assert "ValueError: no chart today" in err
    assert not (tmp_path / "r.html").exists()


def test_bad_parameters_are_usage_errors(rendered: tuple[Path, Path, Path], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    store, _, _ = rendered
    code = cli.main(["report", "--store", str(store), "--out", str(tmp_path / "r.html"),
                     "-p", "colour", "red"])
    assert code == cli.ExitCode.USAGE
    assert "unknown report parameter 'colour'" in capsys.readouterr().err
    code = cli.main(["report", "--store", str(tmp_path / "nothing"), "--out",
                     str(tmp_path / "r.html")])
    assert code == cli.ExitCode.ERROR


def test_coerce_follows_declared_types() -> None:
    declared = {"themes": ["foip"], "sources": None, "period": "quarter",
                "meetings_only": False, "top": 5}
    got = report.coerce([("themes", "foip, china"), ("sources", "state"),
                         ("meetings_only", "true"), ("top", "7"), ("period", "year")],
                        declared)
    assert got == {"themes": ["foip", "china"], "sources": ["state"], "meetings_only": True,
                   "top": 7, "period": "year"}
    assert report.coerce([("sources", "none")], declared) == {"sources": None}
    with pytest.raises(ValueError, match="'top' takes a whole number"):
        report.coerce([("top", "many")], declared)


def test_packaged_notebook_declares_the_report_parameters() -> None:
    with report.packaged_notebook() as packaged:
        declared = report.declared_parameters(packaged)
    assert {"store", "themes", "period", "sources", "title"} <= set(declared)


def test_report_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    out = capsys.readouterr().out
    assert "example:" in out and "policytrends report --store" in out


def test_report_notebook_is_package_data(tmp_path: Path) -> None:
    """An installed package (not only a checkout) carries the report notebook."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py",
         "-d", str(tmp_path / "lib")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert (tmp_path / "lib" / "policytrends" / "notebooks" / "report.ipynb").is_file()


def test_report_takes_the_trend_filters(tmp_path: Path) -> None:
    store = write_store(tmp_path / "store", sample_records())
    html, _ = report.render(store, tmp_path / "kor.html",
                            [("themes", "north_korea"), ("period", "year"),
                             ("counterpart", "KOR"), ("bilateral", "false")])
    page = html.read_text(encoding="utf-8")
    # the two meetings with Korea (2021, with Japan too; 2022, MOFA's video call)
    assert "mofa, whitehouse; 2 meetings in periods from 2021-01-01 to 2022-01-01" in page
    bilateral, _ = report.render(store, tmp_path / "bi.html",
                                 [("themes", "north_korea"), ("counterpart", "KOR"),
                                  ("bilateral", "true"), ("period", "year")])
    assert "Sources: mofa; 1 meetings" in bilateral.read_text(encoding="utf-8")


def test_tables_show_labels_rounded_numbers_and_small_n_warnings(tmp_path: Path) -> None:
    from policytrends import trends

    store = write_store(tmp_path / "store", sample_records())
    rising = trends.rising_themes(store, ["china", "north_korea"], recent_days=91,
                                  end="2022-06-30")
    markup = report.rising(rising, min_n=20)._repr_html_()
    assert "North Korea</td>" in markup and "north_korea" not in markup
    assert "50.0%" in markup  # China: 1 of 2 recent records
    assert "+50.0 pp" in markup  # against 0 of 3 before
    assert not re.search(r"\d\.\d{3,}", markup)  # no long decimals
    assert markup.count("few records (recent n=2, baseline n=3)") == 2
    assert "background:#ff7f0e" in markup  # China's swatch, its colour in every chart
    assert "few records" not in report.rising(rising, min_n=2)._repr_html_()


def test_report_output_has_no_kernel_noise(tmp_path: Path) -> None:
    import subprocess
    import sys

    store = write_store(tmp_path / "store", sample_records())
    run = subprocess.run([sys.executable, "-m", "policytrends", "report", "--store",
                          str(store), "--out", str(tmp_path / "r.html"), "-p", "themes",
                          "foip"], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert "Kernel is running over TCP" not in run.stdout + run.stderr
    assert "IPKernelApp" not in run.stderr


def test_report_filter_values_are_checked_before_the_kernel(tmp_path: Path) -> None:
    store = write_store(tmp_path / "store", sample_records())
    with pytest.raises(ValueError, match="summit"):
        report.check_parameters(store, {"level": ["sumit"]})
    with pytest.raises(ValueError, match="JPN"):
        report.check_parameters(store, {"counterpart": "JPNN"})
    report.check_parameters(store, {"counterpart": "JPN", "official": "Kishida",
                                    "bilateral": True})
