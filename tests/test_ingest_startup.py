"""How an ingest starts: the server that forks the worker processes is started first, and
the ingest process itself never imports the readers and extraction rules (the workers
parse; this process only writes the store and links events)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from repo_paths import ROOT

SAMPLE = ROOT / "data" / "sample" / "whitehouse"
PARSING = ("policytrends.workers", "policytrends.pipeline", "policytrends.sources",
           "policytrends.extract.us")


def _run(code: str) -> str:
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=False, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_importing_the_package_imports_neither_parsing_nor_linking() -> None:
    code = ("import sys, policytrends; print(sorted(m for m in sys.modules if m in "
            f"{(*PARSING, 'policytrends.events')!r}))")
    assert _run(code) == "[]"


def test_an_ingest_with_workers_leaves_the_parsing_to_them(tmp_path: Path) -> None:
    store = tmp_path / "store"
    code = ("import sys; from policytrends import ingest\n"
            f"s = ingest([{str(SAMPLE)!r}], {str(store)!r}, jobs=2)\n"
            f"print(s.records, sorted(m for m in sys.modules if m in {PARSING!r}))")
    records, loaded = _run(code).split(" ", 1)
    assert int(records) >= 2
    assert loaded == "[]"


def test_the_worker_server_starts_only_when_workers_will_parse(tmp_path: Path) -> None:
    one = next(p for p in SAMPLE.iterdir() if p.is_file())
    code = ("from multiprocessing import forkserver\n"
            "from policytrends.ingest import _start_worker_server\n"
            "def started(srcs, jobs, engine='local'):\n"
            "    _start_worker_server(srcs, jobs, engine)\n"
            "    return forkserver._forkserver._forkserver_pid is not None\n"
            f"print(started([{str(one)!r}], 2), started([{str(SAMPLE)!r}], 1),\n"
            f"      started([{str(SAMPLE)!r}], 2, 'dask'), started([{str(SAMPLE)!r}], 2))")
    assert _run(code).split() == ["False", "False", "False", "True"]
