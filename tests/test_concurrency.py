"""Two ingests into one store at once: the second stops with a clear message or waits
(--wait); readers keep seeing a whole version; the store is never corrupted (issue 6).

The first run is held inside its commit with POLICYTRENDS_TEST_PAUSE_AT=<point>:<file>
(`faults.check_point`), so the overlap is certain rather than left to timing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from store_checks import assert_clean, ingest_cmd

import policytrends
from policytrends.faults import PAUSE_ENV

LOCKED = "another policytrends run is writing this store"


def _files(src: Path, prefix: str, n: int, start: int = 0) -> list[str]:
    src.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(start, start + n):
        name = f"{prefix}_{i:03d}.txt"
        (src / name).write_text(f"Readout {prefix} {i}: officials met on port security.")
        names.append(name)
    return names


def _start(cmd: list[str], **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        cmd, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for(path: Path, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < end, "the paused run never reached its pause point"
        time.sleep(0.05)


def _paths(store: Path) -> list[str]:
    return sorted(policytrends.load(store).documents["path"])


def _assert_whole(store: Path) -> None:
    assert_clean(store)
    assert policytrends.load(store).documents["record_id"].is_unique


def test_second_run_stops_and_a_waiting_run_goes_after(tmp_path: Path) -> None:
    src_a, src_b, store = tmp_path / "a", tmp_path / "b", tmp_path / "store"
    first = _files(src_a, "a", 3)
    policytrends.ingest([src_a], store, jobs=1)
    more = _files(src_a, "a", 2, start=3)
    b = _files(src_b, "b", 2)
    marker = tmp_path / "paused"
    holder = _start(ingest_cmd(src_a, store), **{PAUSE_ENV: f"before_swap:{marker}"})
    waiter = None
    try:
        _wait_for(marker, holder)
        assert _paths(store) == first  # readers see the committed version meanwhile
        second = subprocess.run(
            ingest_cmd(src_b, store), capture_output=True, text=True, timeout=120
        )
        assert second.returncode == 3, second.stderr
        assert LOCKED in second.stderr and "--wait" in second.stderr
        assert str(store) in second.stderr
        retag = subprocess.run(  # the other writing command takes the same lock
            [sys.executable, "-m", "policytrends", "retag", "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert retag.returncode == 3 and LOCKED in retag.stderr, retag.stderr
        waiter = _start(ingest_cmd(src_b, store, "--wait"))
        time.sleep(1.5)
        assert waiter.poll() is None  # blocked on the lock
        assert _paths(store) == first
    finally:
        marker.unlink(missing_ok=True)
    assert holder.wait(timeout=120) == 0, holder.communicate()
    assert waiter.wait(timeout=120) == 0, waiter.communicate()
    assert _paths(store) == sorted(first + more + b)
    _assert_whole(store)


def test_lock_of_a_killed_run_is_released(tmp_path: Path) -> None:
    src, store = tmp_path / "src", tmp_path / "store"
    first = _files(src, "a", 2)
    policytrends.ingest([src], store, jobs=1)
    more = _files(src, "a", 2, start=2)
    marker = tmp_path / "paused"
    holder = _start(ingest_cmd(src, store), **{PAUSE_ENV: f"carried_over:{marker}"})
    _wait_for(marker, holder)
    holder.send_signal(signal.SIGKILL)
    assert holder.wait(timeout=60) == -signal.SIGKILL
    marker.unlink()
    assert _paths(store) == first
    again = subprocess.run(ingest_cmd(src, store), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert _paths(store) == sorted(first + more)
    _assert_whole(store)


@pytest.mark.parametrize("wait", [True, False])
def test_two_runs_started_together(tmp_path: Path, wait: bool) -> None:
    src_a, src_b, store = tmp_path / "a", tmp_path / "b", tmp_path / "store"
    a, b = _files(src_a, "a", 30), _files(src_b, "b", 30)
    extra = ("--wait",) if wait else ()
    procs = [_start(ingest_cmd(src, store, *extra)) for src in (src_a, src_b)]
    results = [(p.wait(timeout=300), p.communicate()[1]) for p in procs]
    done = [names for (code, _), names in zip(results, (a, b), strict=True) if code == 0]
    for code, err in results:
        assert code in ((0,) if wait else (0, 3)), err
        if code == 3:
            assert LOCKED in err
    assert done, results
    assert _paths(store) == sorted(sum(done, []))
    _assert_whole(store)


def test_readers_never_see_a_broken_store_while_runs_commit(tmp_path: Path) -> None:
    src, store = tmp_path / "src", tmp_path / "store"
    _files(src, "a", 5)
    policytrends.ingest([src], store, jobs=1)
    errors: list[BaseException] = []
    counts: list[int] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                counts.append(len(policytrends.load(store).documents))
            except BaseException as exc:  # noqa: BLE001 - any failure is what we look for
                errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for round_ in range(4):
            _files(src, "a", 5)  # rewrite the same files: every part changes
            (src / "a_000.txt").write_text(f"Readout changed in round {round_}.")
            _files(src, f"r{round_}", 1)
            proc = subprocess.run(
                ingest_cmd(src, store), capture_output=True, text=True, timeout=120
            )
            assert proc.returncode == 0, proc.stderr
    finally:
        stop.set()
        reader.join(timeout=60)
    assert not errors, errors[:3]
    assert counts and set(counts) <= {5, 6, 7, 8, 9}
    _assert_whole(store)
