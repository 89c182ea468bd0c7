"""Plain text, Markdown or HTML of no known publisher: source `text` (the fallback format).

Whatever can be extracted is kept: the text in paragraphs, a title (HTML `<title>`/`h1`,
Markdown front matter `title` or first heading) and a date when the front matter gives one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import yaml

from ..errors import SourceError
from ..records import RawRecord, Reject
from .dates import parse_datetime
from .decoding import markup_root, read_text
from .front_matter import safe_yaml, split_front_matter
from .html_text import element_paragraphs, first_match, first_text, parse_html_page
from .markdown_text import markdown_paragraphs
from .whitespace import clean_space

NAME = "text"
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
# the main block of an arbitrary page, tried in order
BODY_XPATHS = ("//main", "//article", "//*[@role='main']", "//body")
TITLE_XPATHS = ("//h1", "//title", "//meta[@property='og:title']/@content")


def detect(head: bytes, name: str) -> bool:
    """Any file with a text, Markdown or HTML suffix."""
    return name.lower().endswith(SUFFIXES)


def read(path: str | Path, rel: str, data: bytes | None = None) -> Iterator[RawRecord | Reject]:
    """The one record of a text, Markdown or HTML file."""
    raw, warnings = read_text(path, rel, data)
    raw = raw.lstrip("\ufeff")
    lower = rel.lower()
    title = None
    published = None
    if lower.endswith(HTML_SUFFIXES) or markup_root(raw[:2048].encode("utf-8")) == "html":
        title, paragraphs = _html(raw, rel)
    elif lower.endswith(MARKDOWN_SUFFIXES):
        title, published, paragraphs = _markdown(raw)
    else:
        paragraphs = [clean_space(" ".join(block.split("\n"))) for block in raw.split("\n\n")]
        paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise SourceError("no_text", f"{rel}: no text after removing markup")
    yield RawRecord(source=NAME, path=rel, item=None, text="\n\n".join(paragraphs),
                    title=title, published=published, warnings=warnings)


def _html(raw: str, rel: str) -> tuple[str | None, list[str]]:
    doc = parse_html_page(raw, rel)
    title = first_text(doc, TITLE_XPATHS)
    body = first_match(doc, BODY_XPATHS)
    root = body if body is not None and not isinstance(body, str) else doc
    return title, [p for p in element_paragraphs(root) if p != title]


def _markdown(raw: str) -> tuple[str | None, date | None, list[str]]:
    front_text, body = split_front_matter(raw)
    front: object = None
    if front_text is not None:
        try:
            front = safe_yaml(front_text)
        except yaml.YAMLError:
            front = None  # not YAML after all: keep the lines as text
            body = raw
    meta = front if isinstance(front, dict) else {}
    paragraphs = markdown_paragraphs(body)
    title = clean_space(str(meta["title"])) if meta.get("title") else None
    heading = re.match(r"\s*#{1,6}\s+(.+)", body)
    if title is None and heading:
        title = paragraphs[0] if paragraphs else None
    moment = parse_datetime(meta.get("date"))
    published = moment.date() if moment else None  # in the file's own offset: no publisher zone
    return title, published, paragraphs
