"""Linking accuracy on the labelled groups and pairs of this folder.

    python tests/accuracy/events/measure.py [STORE]

STORE: a store of ../shared/corpus/wh_briefings and ../shared/corpus/state_dept_pr_rss
(ingested into a temporary folder when not given, with the real MOFA and kantei pages
of pages.jsonl when their texts are in the ignored page cache, .pagecache/<sha256>.txt).
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
PAGES = HERE.parents[2] / ".pagecache"  # texts of real pages: never in the repository


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


def _load(name: str, kind: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in (HERE / name).read_text().splitlines() if line]
    return [r for r in rows if kind is None or r.get("kind") == kind]


def _cached_pages() -> set[str]:
    """sha256 of the pages of pages.jsonl whose text is in the cache."""
    wanted = {ref["page"] for row in _load("pages.jsonl") for ref in
              row.get("records", []) + [row[k] for k in ("a", "b") if k in row]
              if "page" in ref}
    return {sha for sha in wanted if (PAGES / f"{sha}.txt").is_file()}


def ingest_corpus(store: Path) -> None:
    """Ingest the corpus (and the cached real pages, copied beside the store)."""
    import shutil

    from policytrends.ingest import ingest

    srcs = [CORPUS / s for s in SOURCES]
    pages = _cached_pages()
    if pages:
        folder = store.parent / "pages"
        folder.mkdir(parents=True, exist_ok=True)
        for sha in sorted(pages):
            shutil.copy(PAGES / f"{sha}.txt", folder / f"{sha}.txt")
        srcs.append(folder)
    ingest(srcs, store)


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
    by_page = {d["path"][:-4]: d["record_id"] for d in docs
               if d["source"] in ("mofa", "kantei") and d["path"].endswith(".txt")}
    pages = set(by_page)

    def event(ref: dict) -> str | None:
        if "page" in ref:
            rid = by_page.get(ref["page"])
        else:
            rid = by_item.get(ref["item"]) if ref["item"] else by_path.get(ref["path"])
        if rid is None:
            raise KeyError(f"labelled record not in the store: {ref}")
        return event_of.get(rid)

    misses: list[str] = []
    whole = pairs = joined = 0
    def usable(refs: list[dict]) -> bool:  # a real page's text may not be cached here
        return all("page" not in r or r["page"] in pages for r in refs)

    groups = _load("groups.jsonl") + [g for g in _load("pages.jsonl", "group")
                                      if usable(g["records"])]
    for g in groups:
        events = [event(r) for r in g["records"]]
        ok = None not in events and len(set(events)) == 1
        whole += ok
        if not ok:
            misses.append(f"split {g['id']} {g['meeting']}: {events}")
        for a, b in itertools.combinations(events, 2):
            pairs += 1
            joined += a is not None and a == b
    apart = _load("apart.jsonl") + [n for n in _load("pages.jsonl", "apart")
                                    if usable([n["a"], n["b"]])]
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
