"""Plain text, Markdown or HTML of no known publisher: source `text`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import SourceError
from ..records import RawRecord, Reject
from .common import decode, html_to_paragraphs, looks_binary

NAME = "text"
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def detect(head: bytes, name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def read(path: Path, rel: str) -> Iterator[RawRecord | Reject]:
    data = path.read_bytes()
    if not data.strip():
        raise SourceError("empty", f"{rel}: file is empty")
    if looks_binary(data):
        raise SourceError("binary", f"{rel}: binary content, not text")
    raw, warnings = decode(data, rel)
    title = None
    if rel.lower().endswith((".html", ".htm")):
        title, paragraphs = html_to_paragraphs(raw, rel)
    else:
        paragraphs = [p.strip() for p in raw.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise SourceError("no_text", f"{rel}: no text after removing markup")
    yield RawRecord(source=NAME, path=rel, item=None, text=body, title=title, warnings=warnings)
