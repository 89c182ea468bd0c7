"""UN General Debate speeches (UNGDC): one plain-text speech per `ISO3_SESSION_YEAR.txt` file.

The speaker's country and the year come from the file name; the corpus gives no day of
the speech, so `published` stays None and `year` carries the year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import SourceError
from ..records import RawRecord, Reject
from .decoding import looks_binary, read_text
from .whitespace import clean_lines

NAME = "ungdc"
# ISO3 country code (or "EU"), UN session number, year: USA_75_2020.txt
FILE_NAME = re.compile(r"^(?P<country>[A-Z]{2,3})_(?P<session>\d{1,3})_(?P<year>\d{4})\.txt$")
# first bytes that show the file is markup, not a plain speech
_MARKUP = re.compile(rb"^\s*(?:<|---\s*\n|\{)")


def detect(head: bytes, name: str) -> bool:
    """A file named like `JPN_76_2021.txt` holding plain text."""
    if not FILE_NAME.match(name):
        return False
    body = head.lstrip(b"\xef\xbb\xbf")
    return not looks_binary(body) and not _MARKUP.match(body)


def read(path: str | Path, rel: str, data: bytes | None = None) -> Iterator[RawRecord | Reject]:
    """The one speech in the file: each non-empty line is a paragraph."""
    m = FILE_NAME.match(rel.rpartition("/")[2])  # (the file's name)
    if not m:
        raise SourceError("bad_name", f"{rel}: not named ISO3_SESSION_YEAR.txt")
    raw, warnings = read_text(path, rel, data)
    paragraphs = clean_lines(raw.lstrip("\ufeff"))
    if not paragraphs:
        raise SourceError("no_text", f"{rel}: no speech text")
    # no title: the file has none, and a made-up one would name the country in the text
    yield RawRecord(
        source=NAME, path=rel, item=None, text="\n\n".join(paragraphs), title=None,
        year=int(m["year"]), kind_hint="speech", reporting_country=m["country"],
        warnings=warnings,
    )
