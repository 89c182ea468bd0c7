"""ordered_results.in_order: results in the items' order, at most `window` pieces out."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policytrends.ordered_results import in_order


@settings(max_examples=25, deadline=None)
@given(delays=st.lists(st.integers(0, 3), max_size=12), window=st.integers(1, 5))
def test_results_come_in_the_items_order_whatever_finishes_first(
        delays: list[int], window: int) -> None:
    def work(i: int) -> int:
        time.sleep(delays[i] / 1000)  # pieces finish in any order
        return i * 10

    with ThreadPoolExecutor(4) as pool:
        out = list(in_order(range(len(delays)), lambda i: pool.submit(work, i), window))
    assert out == [i * 10 for i in range(len(delays))]


@dataclass
class Ledger:
    """Fake workers: which pieces were handed out and which results were taken."""

    submitted: list[int] = field(default_factory=list)
    awaited: list[int] = field(default_factory=list)

    def submit(self, item: int) -> Done:
        self.submitted.append(item)
        return Done(self, item)


@dataclass
class Done:
    ledger: Ledger
    item: int

    def result(self) -> int:
        if self.item < 0:
            raise RuntimeError(f"piece {self.item} failed")
        self.ledger.awaited.append(self.item)
        return self.item


@pytest.mark.parametrize("window", [1, 2, 3, 7])
def test_at_most_window_pieces_are_out_at_once(window: int) -> None:
    ledger = Ledger()
    for got in in_order(range(10), ledger.submit, window):
        # the piece given is the oldest; no more than `window` were handed out, this one incl.
        assert got == len(ledger.awaited) - 1
        assert len(ledger.submitted) - got <= window
    assert ledger.submitted == ledger.awaited == list(range(10))


def test_the_items_are_read_lazily() -> None:
    ledger = Ledger()
    results = in_order(iter(range(100)), ledger.submit, 3)
    assert next(results) == 0
    assert ledger.submitted == [0, 1, 2]


def test_an_error_is_raised_in_its_turn_and_stops_handing_out_work() -> None:
    ledger = Ledger()
    results = in_order([0, 1, -2, 3, 4, 5], ledger.submit, 2)
    assert [next(results), next(results)] == [0, 1]
    with pytest.raises(RuntimeError, match="piece -2 failed"):
        next(results)
    assert ledger.submitted == [0, 1, -2, 3]


def test_a_window_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="window"):
        list(in_order([1], Ledger().submit, 0))
