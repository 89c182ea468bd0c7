"""Notebooks: stripped in git, no logic of their own, each runs top to bottom on a small store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from repo_paths import ROOT
from trendstore import named_records, sample_records, write_store

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# the report's one source: `policytrends report` runs it from the installed package, and
# tests/test_report.py executes it
PACKAGED = sorted((ROOT / "src" / "policytrends" / "notebooks").glob("*.ipynb"))


def _code(nb: dict) -> list[str]:
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_notebooks_exist() -> None:
    names = {p.name for p in NOTEBOOKS}
    assert {"01-theme-trends.ipynb", "02-counterparts.ipynb", "03-analysts-tour.ipynb",
            "03-two-readouts.ipynb"} <= names
    assert [p.name for p in PACKAGED] == ["report.ipynb"]


def test_a_packaged_notebook_has_no_copy_outside_the_package() -> None:
    """The packaged report is the one source: a second copy could drift from it."""
    tops = [d for d in ROOT.iterdir()  # not .venv, nor the reports `make demo` writes
            if d.is_dir() and not d.name.startswith(".") and d.name != "data"]
    copies = [p.relative_to(ROOT).as_posix() for packaged in PACKAGED for top in tops
              for p in top.rglob(packaged.name) if p != packaged]
    assert not copies, f"edit {PACKAGED[0].relative_to(ROOT)} instead of a copy: {copies}"


@pytest.mark.parametrize("path", NOTEBOOKS + PACKAGED, ids=lambda p: p.name)
def test_outputs_stripped_and_parameters_tagged(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, path.name
    tagged = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: one cell tagged 'parameters'"
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS + PACKAGED, ids=lambda p: p.name)
def test_no_logic_in_notebooks(path: Path) -> None:
    """Definitions and loops belong in the package, not in a notebook."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for src in _code(nb):
        for line in src.splitlines():
            word = line.lstrip().split(" ", 1)[0]
            assert word not in ("def", "class", "for", "while", "if", "lambda"), (
                f"{path.name}: `{line.strip()}` is logic; move it into policytrends")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("nbstore") / "store",
                       [*sample_records(), *named_records()])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path: Path, store: Path, tmp_path: Path) -> None:
    import papermill

    out = tmp_path / path.name
    papermill.execute_notebook(str(path), str(out), parameters={"store": str(store)},
                               kernel_name="python3", progress_bar=False, cwd=str(tmp_path))
    nb = json.loads(out.read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] for o in c.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3, f"{path.name}: charts missing from the outputs"


TOUR = ROOT / "notebooks" / "03-analysts-tour.ipynb"


def _questions(nb: dict) -> dict[str, list[str]]:
    """Code of each numbered question ("## 1. ..."), by its heading."""
    found: dict[str, list[str]] = {}
    heading = None
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            first = text.splitlines()[0] if text else ""
            heading = first if first[:3] == "## " and first[3:4].isdigit() else None
        elif heading is not None:
            found.setdefault(heading, []).extend(
                ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    return found


def test_tour_answers_five_questions_in_five_lines_each() -> None:
    questions = _questions(json.loads(TOUR.read_text(encoding="utf-8")))
    assert len(questions) == 5
    for heading, lines in questions.items():
        assert 1 <= len(lines) <= 5, f"{heading}: {len(lines)} lines"


def test_tour_runs_on_a_store_with_officials(tmp_path: Path) -> None:
    import papermill

    store = write_store(tmp_path / "store", sample_records() + named_records())
    out = tmp_path / "tour.ipynb"
    papermill.execute_notebook(str(TOUR), str(out), parameters={"store": str(store)},
                               kernel_name="python3", progress_bar=False, cwd=str(tmp_path))
    nb = json.loads(out.read_text(encoding="utf-8"))
    outputs = {h: [] for h in _questions(nb)}
    heading = None
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and text.startswith("## "):
            heading = text.splitlines()[0]
        elif cell["cell_type"] == "code" and heading in outputs:
            outputs[heading] += [json.dumps(o) for o in cell.get("outputs", [])]
    answers = dict(zip(["foip", "biden", "top", "mine", "dyads"], outputs.values(),
                       strict=True))
    assert not [o for v in answers.values() for o in v if '"output_type": "error"' in o]
    biden = "".join("".join(json.loads(o)["data"]["text/html"]) for o in answers["biden"])
    # three records (White House and MOFA readouts of one summit, the 2023 call) + header
    assert biden.count("KISHIDA Fumio (JPN)") == 1 and biden.count("<tr") == 4
    assert any("image/png" in o for o in answers["foip"])
    assert any("image/png" in o for o in answers["top"])
    assert any("image/png" in o for o in answers["mine"])
    csv = (tmp_path / "tour-output" / "dyads-month.csv").read_text(encoding="utf-8")
    assert csv.startswith("reporting_country,counterpart,counterpart_kind,period,meetings")
    assert (tmp_path / "tour-output" / "dyads-month.dta").stat().st_size > 0
    # the user's theme was tagged on a copy; the store itself kept its themes
    from policytrends import trends

    assert "coercion" not in trends.themes_present(store)
