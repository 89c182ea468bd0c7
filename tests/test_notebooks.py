"""Notebooks: stripped in git, no logic of their own, each runs top to bottom on a small store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT
from trendstore import sample_records, write_store

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
PACKAGED = sorted((ROOT / "src" / "policytrends" / "notebooks").glob("*.ipynb"))
# report.ipynb is the packaged report, executed by tests/test_report.py
EXECUTED_HERE = [p for p in NOTEBOOKS if p.name != "report.ipynb"]


def _code(nb: dict) -> list[str]:
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_notebooks_exist() -> None:
    names = {p.name for p in NOTEBOOKS}
    assert {"01-theme-trends.ipynb", "02-counterparts.ipynb", "report.ipynb"} <= names
    assert [p.name for p in PACKAGED] == ["report.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS + PACKAGED, ids=lambda p: p.name)
def test_outputs_stripped_and_parameters_tagged(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, path.name
    tagged = [c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: one cell tagged 'parameters'"
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
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
    return write_store(tmp_path_factory.mktemp("nbstore") / "store", sample_records())


@pytest.mark.parametrize("path", EXECUTED_HERE, ids=lambda p: p.name)
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
