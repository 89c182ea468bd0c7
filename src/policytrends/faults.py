"""Fault injection for the crash and concurrency tests: named points where a run can be
killed or paused (tests/test_crash.py, tests/test_concurrency.py).

A run calls `check_point(name)` at each point; unset, the environment variables make it
cost nothing, so the hooks stay in production code without changing what it does.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

__all__ = ["KILL_ENV", "KILL_POINTS", "PAUSE_ENV", "WORKER_POINT", "check_point"]

# KILL_ENV=<point> sends SIGKILL to this process at that named point; PAUSE_ENV=<point>:<file>
# creates <file> there and waits until the test removes it. Both are read when this module
# is imported (in the process the test starts); unset, a check_point costs nothing.
KILL_ENV = "POLICYTRENDS_TEST_KILL_AT"
PAUSE_ENV = "POLICYTRENDS_TEST_PAUSE_AT"
# where a worker process parses a batch: killing it there tests that the run stops (the
# kill points above are the ingest process's)
WORKER_POINT = "worker"
KILL_POINTS = ("parse", "tmp_written", "part_written", "carried_over", "before_rename",
               "before_swap", "after_swap")


# read once: check_point runs for every file, and the tests set these before the run starts
_HOOKED = KILL_ENV in os.environ or PAUSE_ENV in os.environ


def check_point(point: str) -> None:
    """A named point of a run where crash tests kill or pause the process (see KILL_ENV)."""
    if not _HOOKED:
        return
    if os.environ.get(KILL_ENV) == point:
        os.kill(os.getpid(), signal.SIGKILL)
    pause = os.environ.get(PAUSE_ENV, "")
    if pause.partition(":")[0] == point:
        marker = Path(pause.partition(":")[2])
        marker.touch()
        while marker.exists():
            time.sleep(0.02)
