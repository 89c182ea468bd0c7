"""An event and its records, for `policytrends explain EVENT_ID` and the report.

An event id starts with "ev" (record ids are hexadecimal), so `explain` tells them apart
by the id alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from .errors import PolicytrendsError
from .store import Store

EVENT_PREFIX = "ev"


def is_event_id(value: str) -> bool:
    """Whether `value` (an id or a prefix of one) names an event rather than a record."""
    return value.startswith(EVENT_PREFIX)


@dataclass(frozen=True)
class EventView:
    """One event: its row of `events` and one dict per record (role, source, reporting
    country, published, title, path, themes)."""

    event: dict[str, Any]
    records: tuple[dict[str, Any], ...]


def _filtered(store: Store, table: str, column: str, values: list[str],
              columns: list[str]) -> list[dict[str, Any]]:
    data = store.read_table(table, list(dict.fromkeys([column, *columns])))
    keep = pc.is_in(data[column], value_set=pa.array(values, pa.string()))
    return data.filter(keep).select(columns).to_pylist()


def resolve_prefix(ids: pa.ChunkedArray | pa.Array, wanted: str, what: str,
                   root: Any) -> str:
    """The one id of `ids` equal to `wanted` or starting with it.

    Raises:
        PolicytrendsError: none, or more than one (`what` names them: "records", "events").
    """
    if pc.any(pc.equal(ids, wanted)).as_py():
        return wanted
    found = sorted(set(ids.filter(pc.starts_with(ids, wanted)).to_pylist()))
    if len(found) == 1:
        return str(found[0])
    if not found:
        raise PolicytrendsError(f"{root}: no {what[:-1]} with id {wanted!r}")
    raise PolicytrendsError(f"{root}: {len(found)} {what} start with {wanted!r}; "
                            f"give more characters (e.g. {found[0]})")


def load_event(store_dir: Any, event_id: str) -> EventView:
    """An event of the store at `store_dir` and its records; `event_id` may be a unique
    prefix of the id. Raises StoreError (no store) or PolicytrendsError (no such event)."""
    store = Store(store_dir)
    store.check_version()
    eid = resolve_prefix(store.read_table("events", ["event_id"])["event_id"], event_id,
                         "events", store.root)
    event = _filtered(store, "events", "event_id", [eid], [
        "event_id", "date", "mode", "level", "parties", "counterpart_countries",
        "location_country", "reporting_countries", "n_records", "title"])[0]
    members = _filtered(store, "event_records", "event_id", [eid], ["record_id", "role"])
    ids = [m["record_id"] for m in members]
    docs = {d["record_id"]: d for d in _filtered(
        store, "documents", "record_id", ids,
        ["record_id", "source", "reporting_country", "published", "title", "path", "item",
         "duplicate_of"])}
    themes: dict[str, list[str]] = {}
    for t in _filtered(store, "topics", "record_id", ids, ["record_id", "theme"]):
        themes.setdefault(t["record_id"], []).append(t["theme"])
    records = []
    for m in members:
        doc = docs.get(m["record_id"], {})
        records.append({**doc, "record_id": m["record_id"], "role": m["role"],
                        "themes": sorted(themes.get(m["record_id"], []))})
    records.sort(key=lambda r: (str(r.get("reporting_country")), str(r.get("published")),
                                r["record_id"]))
    return EventView(event, tuple(records))


def render_event_text(view: EventView) -> str:
    """The event and its records as text (what `explain EVENT_ID` prints)."""
    e = view.event
    sides = ", ".join(e["counterpart_countries"] or [])
    lines = [f"event {e['event_id']}",
             f"  {e['date'] or 'date unknown'}  {e['mode'] or '?'}  {e['level'] or '?'}  "
             f"sides: {sides or '?'}  at: {e['location_country'] or '?'}",
             f"  reported by: {', '.join(e['reporting_countries'] or []) or '?'}  "
             f"records: {e['n_records']}"]
    for r in view.records:
        copy = f" (copy of {r['duplicate_of']})" if r.get("duplicate_of") else ""
        lines += ["",
                  f"{r['role']}: {r['record_id']}{copy}",
                  f"  {r.get('source') or '?'} ({r.get('reporting_country') or '?'})  "
                  f"published {r.get('published') or 'unknown'}  {r.get('path') or ''}"
                  + (f"  item {r['item']}" if r.get("item") else ""),
                  f"  title: {r.get('title') or ''}",
                  f"  themes: {', '.join(r['themes']) or '(none)'}"]
    lines += ["", "explain a record's themes: policytrends explain RECORD_ID --store DIR"]
    return "\n".join(lines) + "\n"
