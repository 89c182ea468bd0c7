"""Recompute `topics` and `mentions` from the stored text, without re-parsing sources.

Analysts iterating on a taxonomy run `policytrends retag --store DIR --taxonomy FILE`:
every part of the store is re-tagged from `documents.text` and committed as a new store
version (atomically, like ingest); the other tables are carried over unchanged.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from . import store_taxonomy, taxonomy
from .pipeline import MENTIONS_PER_THEME, mention_rows
from .store import Store


@dataclass
class RetagSummary:
    """What a retag run did."""

    records: int = 0
    parts: int = 0
    topics: int = 0
    mentions: int = 0
    seconds: float = 0.0
    themes: int = 0
    notes: tuple[str, ...] = ()  # the taxonomy used, where it came from

    def lines(self) -> list[str]:
        return [
            f"retagged {self.records} records in {self.parts} parts with {self.themes} themes "
            f"in {self.seconds:.1f} s",
            f"topics rows: {self.topics}, mentions rows: {self.mentions}",
            *self.notes,
        ]


def retag(store_dir: str | Path, taxonomy_file: str | Path | None = None,
          wait: bool = False, shipped_only: bool = False) -> RetagSummary:
    """Re-tag every record of a store with the taxonomy in force, and record it.

    Args:
        store_dir: the store directory (as written by `policytrends ingest`).
        taxonomy_file: TOML or YAML file extending the shipped taxonomy; None: the one
            recorded in the store (later plain ingests use the one given here).
        wait: wait for another run writing the store instead of failing.
        shipped_only: re-tag with the shipped themes alone (drops a recorded file).

    Returns:
        Counts of records, parts and rows written.

    Raises:
        TaxonomyError: the taxonomy file is malformed (checked before the store is locked).
        StoreError: no store, a foreign schema version, or the store is locked.
    """
    began = time.perf_counter()
    store = Store(store_dir)
    store.check_version()
    if taxonomy_file is not None:
        taxonomy.load(taxonomy_file)  # malformed: stops before the store is locked
    summary = RetagSummary()

    def rows_for(documents: pa.Table) -> dict[str, list[dict]]:
        topics: list[dict] = []
        mentions: list[dict] = []
        ids = documents["record_id"].to_pylist()
        texts = documents["text"].to_pylist()
        for record_id, text in zip(ids, texts, strict=True):
            counts, found = matcher.find_counted(text, MENTIONS_PER_THEME) if text else ({}, [])
            t, m = mention_rows(record_id, found, counts)
            topics.extend(t)
            mentions.extend(m)
        summary.records += len(ids)
        summary.topics += len(topics)
        summary.mentions += len(mentions)
        return {"topics": topics, "mentions": mentions}

    with store.open_writer(wait=wait) as writer:
        in_force = store_taxonomy.for_retag(store, taxonomy_file, shipped_only)
        matcher = taxonomy.get_matcher(in_force.file)
        summary.themes, summary.notes = len(matcher.taxonomy), in_force.notes
        summary.parts = writer.rewrite(["topics", "mentions"], rows_for)
        writer.commit({store_taxonomy.KEY: in_force.record})
    summary.seconds = time.perf_counter() - began
    return summary
