"""Linking accuracy on the labelled groups and pairs of this folder.

    python tests/accuracy/events/measure.py [STORE]

STORE: a store of ../shared/corpus/wh_briefings and ../shared/corpus/state_dept_pr_rss
(ingested into a temporary folder when not given).
"""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE.parents[2].parent / "shared" / "corpus"
SOURCES = ("wh_briefings", "state_dept_pr_rss")


@dataclass
class Figures:
    meetings: int
    meetings_whole: float  # share of meetings whose records are all in one event
    pairs: int
    pairs_joined: float  # share of same-meeting record pairs that share an event
    apart: int
    apart_kept: float  # share of different-meeting pairs kept apart
    misses: list[str]

    def lines(self) -> list[str]:
        return [f"meetings with all their records in one event: {self.meetings_whole:.3f} "
                f"({self.meetings})",
                f"same-meeting pairs sharing an event: {self.pairs_joined:.3f} ({self.pairs})",
                f"different-meeting pairs kept apart: {self.apart_kept:.3f} ({self.apart})"]


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text().splitlines() if line]


def ingest_corpus(store: Path) -> None:
    from policytrends.ingest import ingest

    ingest([CORPUS / s for s in SOURCES], store)


def measure(store_dir: Path) -> Figures:
    from policytrends.store import Store

    store = Store(store_dir)
    docs = store.read_table("documents", ["record_id", "source", "path", "item",
                                          "duplicate_of"]).to_pylist()
    event_of = {r["record_id"]: r["event_id"] for r in store.read_table("event_records")
                .to_pylist()}
    by_path = {("wh_briefings/" + d["path"]): d["record_id"] for d in docs
               if d["source"] == "whitehouse"}
    by_item = {d["item"]: d["record_id"] for d in docs
               if d["source"] == "state" and d["duplicate_of"] is None}

    def event(ref: dict) -> str | None:
        rid = by_item.get(ref["item"]) if ref["item"] else by_path.get(ref["path"])
        if rid is None:
            raise KeyError(f"labelled record not in the store: {ref}")
        return event_of.get(rid)

    misses: list[str] = []
    whole = pairs = joined = 0
    groups = _load("groups.jsonl")
    for g in groups:
        events = [event(r) for r in g["records"]]
        ok = None not in events and len(set(events)) == 1
        whole += ok
        if not ok:
            misses.append(f"split {g['id']} {g['meeting']}: {events}")
        for a, b in itertools.combinations(events, 2):
            pairs += 1
            joined += a is not None and a == b
    apart = _load("apart.jsonl")
    kept = 0
    for n in apart:
        a, b = event(n["a"]), event(n["b"])
        ok = a is None or a != b
        kept += ok
        if not ok:
            misses.append(f"joined {n['id']} {n['why']}")
    return Figures(len(groups), whole / len(groups), pairs, joined / pairs, len(apart),
                   kept / len(apart), misses)


def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(argv[0]) if argv else Path(tmp) / "store"
        if not argv:
            ingest_corpus(store)
        figures = measure(store)
    print("\n".join(figures.lines() + figures.misses))


if __name__ == "__main__":
    main(sys.argv[1:])
