"""Why a record has its themes: the passages (mentions) that triggered each one.

`policytrends explain RECORD_ID --store DIR` prints every theme of the record with its
passages highlighted in context: ANSI colour on a terminal, ``[[brackets]]`` otherwise,
or a standalone HTML page (`--html FILE`, record text escaped).
`policytrends explain EVENT_ID --store DIR` lists the records of an event (see
event_view.py): each one's role, publisher, title and themes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.compute as pc

from . import taxonomy
from .errors import StoreError
from .event_view import load_event, render_event_text, resolve_prefix
from .records import Mention
from .store import Store

ANSI_ON, ANSI_OFF = "\x1b[1;33m", "\x1b[0m"
CONTEXT = 70  # characters shown either side of a passage
LIMIT = 20  # passages shown per theme unless --limit says otherwise
# What a terminal would obey rather than show (escape sequences that clear the screen,
# set the title or write the clipboard; text direction overrides that disguise a line):
# printed as \xNN / \uNNNN instead.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                          "\u2066-\u2069]")

_SPACES = re.compile(r"\s+")


def printable(text: str) -> str:
    """`text` with control and direction-override characters shown as escapes."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


@dataclass(frozen=True)
class Evidence:
    """A record's text and the mentions stored for it."""

    record_id: str
    title: str | None
    source: str | None
    path: str | None
    published: Any
    text: str
    mentions: tuple[Mention, ...]
    # exact mentions per theme (`topics`): the store keeps only the first mentions of a
    # theme that occurs very often in one record
    counts: dict[str, int] = field(default_factory=dict)

    def themes(self) -> dict[str, list[Mention]]:
        """Mentions grouped by theme, themes in key order."""
        out: dict[str, list[Mention]] = {}
        for m in sorted(self.mentions, key=lambda m: (m.theme, m.start)):
            out.setdefault(m.theme, []).append(m)
        return out


def _rows(store: Store, table: str, record_id: str, columns: list[str] | None = None
          ) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds  # here: it imports pandas, which the CLI's other
    # commands (ingest) do not need (it would slow every start)

    files = [str(f) for f in store.table_files(table)]
    if not files:
        return []
    data = ds.dataset(files, format="parquet")
    return data.to_table(columns=columns, filter=pc.field("record_id") == record_id).to_pylist()


def _resolve_id(store: Store, record_id: str) -> str:
    """The full record id for an id or a unique prefix of one."""
    import pyarrow.dataset as ds

    files = [str(f) for f in store.table_files("documents")]
    if not files:
        raise StoreError(f"{store.root}: the store has no documents")
    ids = ds.dataset(files, format="parquet").to_table(columns=["record_id"])["record_id"]
    return resolve_prefix(ids, record_id, "records", store.root)


def load_evidence(store_dir: str | Path, record_id: str) -> Evidence:
    """A record's text and stored mentions.

    Args:
        store_dir: the store directory.
        record_id: a record id or a unique prefix of one.

    Raises:
        StoreError: no store here; PolicytrendsError: no such record.
    """
    store = Store(store_dir)
    store.check_version()
    rid = _resolve_id(store, record_id)
    docs = _rows(store, "documents", rid, ["record_id", "title", "source", "path", "published",
                                           "text"])
    doc = docs[0]
    rows = _rows(store, "mentions", rid)
    mentions = tuple(Mention(r["theme"], int(r["start"]), int(r["end"]), r["matched"])
                     for r in rows)
    counts = {r["theme"]: int(r["mentions"])
              for r in _rows(store, "topics", rid, ["theme", "mentions"])}
    return Evidence(rid, doc["title"], doc["source"], doc["path"], doc["published"],
                    doc["text"] or "", mentions, counts)


def _label(tax: taxonomy.Taxonomy, key: str) -> str:
    theme = tax.themes.get(key)
    return f"{key} ({theme.label})" if theme else f"{key} (not in the taxonomy in force)"


def _via(tax: taxonomy.Taxonomy, grouped: dict[str, list[Mention]], key: str) -> str:
    """How many of a theme's mentions are its own and how many its descendants' passages."""
    spans = {(m.start, m.end) for m in grouped[key]}
    inherited: dict[str, int] = {}
    covered: set[tuple[int, int]] = set()
    for other, ms in grouped.items():
        if other in tax and key in tax.ancestors(other):
            shared = spans & {(m.start, m.end) for m in ms}
            if shared:
                inherited[other] = len(shared)
                covered |= shared
    if not inherited:
        return ""
    via = ", ".join(f"{n} via {k}" for k, n in sorted(inherited.items()))
    return f"; {len(spans - covered)} own, {via}"


def render_text(ev: Evidence, tax: taxonomy.Taxonomy, ansi: bool = False,
                context: int = CONTEXT, limit: int | None = LIMIT) -> str:
    """The explanation as text: passages in ANSI colour or between [[ and ]].

    Args:
        ev: the record's evidence.
        tax: the taxonomy in force (for labels).
        ansi: colour the passages (a terminal).
        context: characters shown either side of a passage.
        limit: passages shown per theme (the first ones); None shows all.

    Every piece taken from the record, its file name or the taxonomy goes through
    `printable`: a record cannot send escape sequences to the terminal.
    """
    on, off = (ANSI_ON, ANSI_OFF) if ansi else ("[[", "]]")
    safe = printable
    lines = [f"record {safe(ev.record_id)}",
             f"  {safe(ev.source or '?')}  {safe(ev.path or '?')}  published "
             f"{safe(str(ev.published or 'unknown'))}"]
    if ev.title:
        lines.append(f"  title: {safe(ev.title)}")
    grouped = ev.themes()
    if not grouped:
        lines.append("no themes: no passage of the text matched the taxonomy")
        return "\n".join(lines) + "\n"
    lines.append(f"{len(grouped)} themes:")
    for key, mentions in grouped.items():
        total = max(ev.counts.get(key, 0), len(mentions))
        lines.append("")
        via = _via(tax, grouped, key) if total == len(mentions) else ""
        lines.append(f"{safe(_label(tax, key))}: {total} mention(s){via}")
        shown = mentions if limit is None else mentions[:limit]
        for m in shown:
            before = ev.text[max(0, m.start - context):m.start]
            after = ev.text[m.end:m.end + context]
            b, p, a = (safe(_SPACES.sub(" ", x)) for x in (before, ev.text[m.start:m.end], after))
            lines.append(f"  {m.start:>6}: ...{b.lstrip()}{on}{p}{off}{a.rstrip()}...")
        if len(shown) < total:
            lines.append(f"  ... {total - len(shown)} more not shown (--limit N shows N a "
                         "theme, --limit 0 all that are stored)")
    return "\n".join(lines) + "\n"


def render_html(ev: Evidence, tax: taxonomy.Taxonomy) -> str:
    """A standalone HTML page: the record text with every passage marked (all escaped)."""
    esc = html.escape
    # passages of different themes may overlap ("energy security partnership"): one mark
    clusters: list[tuple[int, int, set[str]]] = []
    for m in sorted(ev.mentions, key=lambda m: (m.start, m.end)):
        if clusters and m.start < clusters[-1][1]:
            start, end, keys = clusters[-1]
            clusters[-1] = (start, max(end, m.end), keys | {m.theme})
        else:
            clusters.append((m.start, m.end, {m.theme}))
    body: list[str] = []
    pos = 0
    for start, end, keys in clusters:
        body.append(esc(ev.text[pos:start]))
        body.append(f'<mark title="{esc(", ".join(sorted(keys)))}">'
                    f"{esc(ev.text[start:end])}</mark>")
        pos = end
    body.append(esc(ev.text[pos:]))
    items = "".join(f"<li><b>{esc(_label(tax, k))}</b>: {len(ms)} mention(s)</li>"
                    for k, ms in ev.themes().items())
    title = esc(ev.title or ev.record_id)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{title}</title><style>body{{font-family:sans-serif;max-width:50em;"
        "margin:2em auto}}pre{white-space:pre-wrap}mark{background:#ffe066}</style></head>"
        f"<body><h1>{title}</h1><p>record {esc(ev.record_id)} &middot; "
        f"{esc(str(ev.source))} &middot; {esc(str(ev.path))}</p><ul>{items}</ul>"
        f"<pre>{''.join(body)}</pre></body></html>\n"
    )


def event_listing(store_dir: str | Path, event_id: str) -> str:
    """An event's records (role, publisher, title, themes) as text, every line `printable`.

    Args:
        store_dir: the store directory.
        event_id: an event id or a unique prefix of one.
    """
    listing = render_event_text(load_event(store_dir, event_id))
    return "\n".join(printable(line) for line in listing.split("\n"))
