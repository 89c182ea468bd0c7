"""What every trend answer shares, in `queries` and in the functions built on it
(`panel`, `officials`, `two_readouts`): the checks of a query's period, grouping and
count, the periods a frame spans, the note of what was counted, and a passage with the
text around it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .engines import TrendEngine
from .filters import GROUPS, PERIODS, Filters

CONTEXT_CHARS = 160
COUNTS = ("events", "records")


def check_period_and_group(period: str | None, by: str | None) -> None:
    """Raise ValueError for a period or grouping no trend function knows (None passes)."""
    if period is not None and period not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, not {period!r}")
    if by is not None and by not in GROUPS:
        raise ValueError(f"by must be one of {list(GROUPS)} or None, not {by!r}")


def check_count(count: str) -> None:
    """Raise ValueError unless `count` is one of `COUNTS`."""
    if count not in COUNTS:
        raise ValueError(f"count must be 'events' or 'records', not {count!r}")


def period_starts(period: str, present: pd.Series, flt: Filters) -> pd.DatetimeIndex:
    """First days of every period from the filters' start (else the first date present)
    to their end (else the last date present); empty when there is no such span."""
    lo = pd.Timestamp(flt.start) if flt.start else present.min()
    hi = pd.Timestamp(flt.end) if flt.end else present.max()
    if pd.isna(lo) or pd.isna(hi) or lo > hi:
        return pd.DatetimeIndex([], dtype="datetime64[ns]")
    rng = pd.period_range(lo, hi, freq=PERIODS[period]).to_timestamp(how="start")
    return rng.astype("datetime64[ns]")


def note_counted(df: pd.DataFrame, flt: Filters, eng: TrendEngine, **extra: Any
                 ) -> pd.DataFrame:
    """Record on the frame what was counted (charts put it in their titles); returns `df`."""
    counted = eng.sources(flt)
    df.attrs.update({"sources": list(flt.sources) if flt.sources else None,
                     "counted_sources": counted, "meetings_only": flt.meeting_filters,
                     "filters": flt.described(), **extra})
    return df


def passage_context(text: Any, start: Any, end: Any) -> str | None:
    """The passage text[start:end] with up to `CONTEXT_CHARS` around it, whitespace
    folded, "…" where text was cut; None without text or offsets."""
    if not isinstance(text, str) or pd.isna(start) or pd.isna(end):
        return None
    s, e = int(start), int(end)
    lo, hi = max(0, s - CONTEXT_CHARS), min(len(text), e + CONTEXT_CHARS)
    snippet = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")
