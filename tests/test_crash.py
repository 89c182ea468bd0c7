"""A run killed with SIGKILL at any point leaves the previous store readable and unchanged,
and the next run completes it (issue 6).

Each case runs `policytrends ingest` in a subprocess with POLICYTRENDS_TEST_KILL_AT=<point>:
`faults.check_point(<point>)` then kills that process with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import warnings
from pathlib import Path

import pytest
from store_checks import assert_clean, ingest_cmd, version_files

import policytrends
from policytrends.errors import StoreError, StoreWarning
from policytrends.faults import KILL_ENV, KILL_POINTS, WORKER_POINT

# before the symlink swap the old version must be intact; from the swap on, the new one is
BEFORE_SWAP = (
    "parse",
    "tmp_written",
    "part_written",
    "carried_over",
    "before_rename",
    "before_swap",
)
AFTER_SWAP = ("after_swap",)


def _write(src: Path, name: str, text: str) -> None:
    (src / name).parent.mkdir(parents=True, exist_ok=True)
    (src / name).write_text(text, encoding="utf-8")


def _first_corpus(src: Path) -> None:
    for n, topic in enumerate(("fisheries", "energy", "rail links", "space", "health")):
        _write(src, f"note_{n}.txt", f"Officials met on {topic} and agreed to meet again.")
    _write(src, "bad.txt", "")  # a reject row too


def _second_corpus(src: Path) -> None:
    _write(src, "note_1.txt", "Officials met on energy and signed a new agreement.")  # changed
    _write(src, "sub/new.txt", "A new readout on ports and the Free and Open Indo-Pacific.")


def _snapshot(store: Path) -> dict[str, list[tuple]]:
    frames = policytrends.load(store)
    out = {}
    for name in policytrends.schema.TABLES:
        df = getattr(frames, name)
        out[name] = sorted(tuple(map(repr, row)) for row in df.itertuples(index=False))
    return out


def _killed_run(src: Path, store: Path, point: str) -> None:
    env = {**os.environ, KILL_ENV: point}
    proc = subprocess.run(
        ingest_cmd(src, store, "--allow-rejects"),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr[-2000:])


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """Snapshots of a store after the first corpus, and after the second, with no crash."""
    root = tmp_path_factory.mktemp("ref")
    src, store = root / "src", root / "store"
    _first_corpus(src)
    policytrends.ingest([src], store, jobs=1)
    first = _snapshot(store)
    _second_corpus(src)
    policytrends.ingest([src], store, jobs=1)
    return first, _snapshot(store)


def test_every_kill_point_is_tested() -> None:
    assert set(BEFORE_SWAP + AFTER_SWAP) == set(KILL_POINTS)


@pytest.mark.parametrize("point", KILL_POINTS)
def test_killed_update_leaves_previous_store_then_completes(
    point: str, tmp_path: Path, reference: tuple[dict, dict]
) -> None:
    first, second = reference
    src, store = tmp_path / "src", tmp_path / "store"
    _first_corpus(src)
    policytrends.ingest([src], store, jobs=1)
    before = version_files(store)
    _second_corpus(src)
    _killed_run(src, store, point)
    if point in BEFORE_SWAP:
        assert version_files(store) == before  # byte for byte
        assert _snapshot(store) == first
    else:
        assert _snapshot(store) == second  # committed: the new version is whole
    summary = policytrends.ingest([src], store, jobs=1)
    assert summary.committed == (point in BEFORE_SWAP)
    assert _snapshot(store) == second
    assert_clean(store)
    for name in policytrends.schema.TABLES:  # readers that glob DIR/<table> see it too
        assert (store / name).is_dir()


@pytest.mark.parametrize("point", ["parse", "part_written", "before_swap", "after_swap"])
def test_killed_first_run_leaves_no_store_or_a_whole_one(
    point: str, tmp_path: Path, reference: tuple[dict, dict]
) -> None:
    first, _ = reference
    src, store = tmp_path / "src", tmp_path / "store"
    _first_corpus(src)
    _killed_run(src, store, point)
    if point in ("parse", "part_written"):
        with pytest.raises(StoreError, match="no policytrends store"):
            policytrends.load(store)
    else:  # before the swap the version is whole, only not linked: it is read (issue 19)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StoreWarning)
            assert _snapshot(store) == first
    policytrends.ingest([src], store, jobs=1)
    assert _snapshot(store) == first
    assert_clean(store)


def test_killed_worker_process_stops_the_run_with_a_clear_error(tmp_path: Path) -> None:
    """A parsing process killed by the system (out of memory): the run stops with an error
    naming it, instead of waiting forever for the rows, and the store stays as it was."""
    src, store = tmp_path / "src", tmp_path / "store"
    _first_corpus(src)
    policytrends.ingest([src], store, jobs=1)
    before = version_files(store)
    _second_corpus(src)
    proc = subprocess.run(ingest_cmd(src, store, "--allow-rejects", "--jobs", "2"),
                          env={**os.environ, KILL_ENV: WORKER_POINT}, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "parsing process stopped unexpectedly" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert version_files(store) == before
    assert_clean(store)
