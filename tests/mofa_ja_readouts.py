"""A Japanese MOFA text run through the reader or the extractor, for the layout tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from policytrends import extract, sources
from policytrends.records import Analysis, RawRecord


def read_page(tmp_path: Path, text: str) -> RawRecord:
    """The one record the readers make of a capture with this text."""
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    (rec,) = list(sources.read(path, "page.txt"))
    assert isinstance(rec, RawRecord)
    return rec


def analyse_lead(text: str, published: str | None = None) -> Analysis:
    """The analysis of a Japanese MOFA text published on ``published`` (ISO date)."""
    raw = RawRecord(source="mofa", path="l.txt", item=None, language="ja", text=text,
                    published=date.fromisoformat(published) if published else None)
    return extract.analyse(raw)
