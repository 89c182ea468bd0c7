"""Publisher formats. Each module has NAME, detect(head, name) and read(path, rel, data).

`read` yields RawRecord for each record and Reject for an item that cannot be one; it
raises SourceError when the whole file cannot be read. `data` is the file's bytes when the
caller has read them already (ingest reads each file once), else None. A new publisher is one module
here, added to FORMATS; nothing else changes.

What several readers share lives in modules of its own: `decoding` (bytes to text),
`whitespace`, `html_text`, `xml_tree`, `markdown_text`, `front_matter`, `dates` and `pages`
(configurable HTML page layouts).

Detection looks at a file's first bytes and its name, never at its folder. A reader's
`kind_hint` is one of: "readout" (the record reports a meeting or call, by its title or
label), "statement", "remarks" (transcripts, briefings), "fact_sheet", "announcement"
(travel, upcoming events), "speech" (UN General Debate), or None; extraction decides
the record's final `kind`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from ..errors import SourceError
from ..records import RawRecord, Reject
from . import kantei, mofa, state, text, ungdc, whitehouse

# Order matters: the first format whose detect() accepts the file reads it.
FORMATS: tuple[ModuleType, ...] = (ungdc, whitehouse, state, kantei, mofa, text)
HEAD_BYTES = 64 * 1024


def detect(head: bytes, name: str) -> ModuleType:
    """The format module for a file, from its first bytes and its name."""
    for fmt in FORMATS:
        if fmt.detect(head, name):
            return fmt
    raise SourceError("unsupported_format", f"{name}: not a format policytrends reads")


def read(path: str | Path, rel: str, data: bytes | None = None) -> Iterator[RawRecord | Reject]:
    """Records of one input file; raises SourceError for a file that is not readable.

    `data` is the file's content when the caller has read it already.
    """
    if data is not None:
        head = data[:HEAD_BYTES]
    else:
        try:
            with open(path, "rb") as fh:
                head = fh.read(HEAD_BYTES)
        except OSError as exc:
            raise SourceError("unreadable", f"{rel}: {exc.strerror or exc}") from exc
    fmt = detect(head, rel.rpartition("/")[2])  # (the file's name: Path(rel).name)
    yield from fmt.read(path, rel, data)
