"""Work handed to a pool of workers, its results taken back in the order it was handed out.

Both engines of ingest run this loop: the local process pool (`ingest`) and a Dask cluster
(`distributed`). The store is written from the results in input order, so it is the same
whatever the engine or the number of workers; at most `window` pieces of work are out at
once, which bounds the memory finished results can take while they wait their turn.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

__all__ = ["Pending", "in_order"]

T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)


class Pending(Protocol[R_co]):
    """Work handed out: `result()` waits for it and gives its result (or raises its error),
    as a `concurrent.futures.Future` and a Dask future do."""

    def result(self) -> R_co: ...


def in_order(items: Iterable[T], submit: Callable[[T], Pending[R_co]],
             window: int) -> Iterator[R_co]:
    """The results of `submit(item)` for each item, in the items' order.

    Args:
        items: the pieces of work, read lazily (one more is taken as each result is given).
        submit: hands one piece to the workers, without waiting for it.
        window: how many pieces may be out at once (at least 1); the workers are kept busy
            while the oldest is awaited.

    Yields:
        Each piece's result, waited for in turn; a piece's error is raised when its turn
        comes, and the pieces not yet handed out are then never submitted.
    """
    if window < 1:
        raise ValueError(f"window must be at least 1, not {window}")
    pending: deque[Pending[R_co]] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
