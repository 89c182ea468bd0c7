"""The progress bar of the long commands (`ingest`, `fetch`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def progress_bar(unit: str, quiet: bool, desc: str | None = None
                 ) -> tuple[Any, Callable[[int], None]]:
    """A tqdm bar on stderr and the callback that sets its total as the total grows.

    Args:
        unit: what one step is ("file", "page").
        quiet: no bar (--quiet); there is none either when stderr is not a terminal.
        desc: a label before the bar.
    """
    from tqdm import tqdm  # here: only the commands that show a bar import it

    show = not quiet and sys.stderr.isatty()
    bar = tqdm(total=0, unit=unit, disable=not show, file=sys.stderr, desc=desc)

    def on_total(n: int) -> None:
        bar.total = n
        bar.refresh()

    return bar, on_total
