"""What each government chose to mention: two sides' records of the same meetings.

For the events that both governments reported (a MOFA page and a White House or State
Department readout of one meeting), `theme_shares` gives, per theme, the share of those
events in which each side's records name it; `side_by_side` gives the passages behind
one theme, each side's next to the other's. The report's "Two readouts" section and
notebooks/03-two-readouts.ipynb call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from .trends.answers import passage_context
from .trends.filters import normalised
from .trends.pandas_engine import PandasEngine, Source

__all__ = ["passages", "shared_events", "side_by_side", "theme_shares"]


def _in_window(events: pd.DataFrame, start: Any, end: Any) -> pd.DataFrame:
    when = pd.to_datetime(events["date"])
    keep = pd.Series(True, index=events.index)
    if start is not None:
        keep &= when >= pd.Timestamp(start)
    if end is not None:
        keep &= when <= pd.Timestamp(end)
    return events[keep]


def _members(eng: PandasEngine, sides: Sequence[str]) -> pd.DataFrame:
    """(event_id, record_id, side) of the events' records published by one of `sides`,
    repeated copies left out."""
    links = eng.event_records()[["event_id", "record_id"]]
    docs = eng.table("documents", ["record_id", "reporting_country", "duplicate_of"])
    docs = docs[docs["duplicate_of"].isna() & docs["reporting_country"].isin(list(sides))]
    out = links.merge(docs[["record_id", "reporting_country"]], on="record_id")
    return out.rename(columns={"reporting_country": "side"}).astype(str)


def shared_events(src: Source, sides: Sequence[str] = ("JPN", "USA"), start: Any = None,
                  end: Any = None) -> pd.DataFrame:
    """Events reported by every one of `sides` (ISO3 of the publishing governments).

    Returns:
        ``event_id``, ``date``, ``title``, ``records`` (of those sides), latest first.
    """
    eng = PandasEngine(src)
    members = _members(eng, sides)
    per = members.groupby("event_id")["side"].nunique()
    both = per[per == len(set(sides))].index
    events = eng.table("events", ["event_id", "date", "title"])
    events = _in_window(events[events["event_id"].isin(both)], start, end)
    counts = members.groupby("event_id").size().rename("records").reset_index()
    out = events.merge(counts, on="event_id", how="left")
    out = out.sort_values(["date", "event_id"], ascending=[False, True], na_position="last")
    return normalised(out.reset_index(drop=True))


def _mentioned(eng: PandasEngine, members: pd.DataFrame, themes: Sequence[str] | None
               ) -> pd.DataFrame:
    """(event_id, side, theme) for every theme a side's records of an event name."""
    topics = eng.table("topics", ["record_id", "theme"]).astype(str)
    if themes is not None:
        topics = topics[topics["theme"].isin(list(themes))]
    named = members.merge(topics, on="record_id")
    return named[["event_id", "side", "theme"]].drop_duplicates()


def theme_shares(src: Source, sides: Sequence[str] = ("JPN", "USA"),
                 themes: Sequence[str] | None = None, start: Any = None, end: Any = None
                 ) -> pd.DataFrame:
    """Per theme, the share of the events both sides reported in which each names it.

    Args:
        src: store directory or Frames.
        sides: the two publishing governments (ISO3), e.g. ("JPN", "USA").
        themes: theme keys (default: every theme either side names).
        start, end: dates bounding the events.

    Returns:
        ``theme``, ``events`` (events both reported), ``<A>`` and ``<B>`` (events in
        which that side's records name the theme), ``share_<A>``, ``share_<B>``,
        ``both``, ``only_<A>``, ``only_<B>``; most named first. `attrs["events"]` is the
        number of events both reported.
    """
    a, b = sides
    eng = PandasEngine(src)
    shared = shared_events(src, sides, start, end)
    ids = set(shared["event_id"])
    members = _members(eng, sides)
    named = _mentioned(eng, members[members["event_id"].isin(ids)], themes)
    n = len(ids)
    keys = sorted(set(named["theme"]) | set(themes or ()))
    rows = []
    for theme in keys:
        by_side = {s: set(named[(named["theme"] == theme) & (named["side"] == s)]["event_id"])
                   for s in sides}
        rows.append({"theme": theme, "events": n, a: len(by_side[a]), b: len(by_side[b]),
                     f"share_{a}": len(by_side[a]) / n if n else 0.0,
                     f"share_{b}": len(by_side[b]) / n if n else 0.0,
                     "both": len(by_side[a] & by_side[b]),
                     f"only_{a}": len(by_side[a] - by_side[b]),
                     f"only_{b}": len(by_side[b] - by_side[a])})
    columns = ["theme", "events", a, b, f"share_{a}", f"share_{b}", "both", f"only_{a}",
               f"only_{b}"]
    out = pd.DataFrame(rows, columns=columns)
    out = out.sort_values([a, b, "theme"], ascending=[False, False, True]).reset_index(drop=True)
    out.attrs.update(events=n, sides=list(sides))
    return out


def side_by_side(src: Source, theme: str, sides: Sequence[str] = ("JPN", "USA"),
                 limit: int | None = 10, start: Any = None, end: Any = None) -> pd.DataFrame:
    """The passages behind one theme in the events both sides reported, side by side.

    Returns:
        ``date``, ``title``, ``event_id``, ``passage_<A>``, ``passage_<B>``: the first
        passage of each side's records naming the theme, in context ("" when that side
        does not name it); events where either side names it, latest first. Plain text
        (pandas escapes it when shown as HTML).
    """
    a, b = sides
    eng = PandasEngine(src)
    shared = shared_events(src, sides, start, end)
    members = _members(eng, sides)
    members = members[members["event_id"].isin(set(shared["event_id"]))]
    hits = eng.mentions(list(members["record_id"]), theme)
    hits = hits.sort_values(["record_id", "start"]).drop_duplicates("record_id")
    hits = hits.merge(members, on="record_id").sort_values(["event_id", "side", "record_id"])
    first = hits.drop_duplicates(["event_id", "side"])
    texts = eng.documents(list(first["record_id"]), text=True)[["record_id", "text"]]
    first = first.merge(texts, on="record_id", how="left")
    first["passage"] = [passage_context(t, s, e) or "" for t, s, e in
                        zip(first["text"], first["start"], first["end"], strict=True)]
    wide = first.pivot(index="event_id", columns="side", values="passage")
    wide = wide.reindex(columns=list(sides)).fillna("")
    wide.columns = [f"passage_{s}" for s in sides]
    out = shared[["date", "title", "event_id"]].merge(wide.reset_index(), on="event_id")
    if limit is not None:
        out = out.head(limit)
    out.attrs.update(theme=theme, sides=list(sides), events=len(shared))
    return out.reset_index(drop=True)


def passages(src: Source, shares: pd.DataFrame, per_theme: int = 3, start: Any = None,
             end: Any = None) -> pd.DataFrame:
    """`side_by_side` for every theme of a `theme_shares` result, `per_theme` events each.

    Returns:
        ``theme``, ``date``, ``title``, ``passage_<A>``, ``passage_<B>``.
    """
    sides = shares.attrs.get("sides") or ["JPN", "USA"]
    parts = [side_by_side(src, theme, sides, per_theme, start, end).assign(theme=theme)
             for theme in shares["theme"]]
    columns = ["theme", "date", "title", *(f"passage_{s}" for s in sides)]
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.concat(parts, ignore_index=True)[columns]
