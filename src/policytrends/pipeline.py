"""The pure function at the heart of ingest: one input file -> rows for every table.

It touches no store, so processes and Dask workers can run it in parallel.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from . import extract, sources, taxonomy
from .errors import PolicytrendsError, SourceError
from .fetched_folders import saved_url
from .language import language_of
from .records import Analysis, FileResult, Mention, RawRecord, Reject
from .schema import FIRST_DATE, LAST_DATE, in_date_range

# Larger inputs are rejected unread: the biggest real record file is under 1 MB, and a
# 50 MB single-line "page" would only slow every later stage.
MAX_INPUT_BYTES = 32 * 1024 * 1024
# A publication date later than this is an error in the page (time zones allow a day or two).
FUTURE_SLACK = timedelta(days=2)
# Mentions stored per theme and record (the first ones in the text); `topics` keeps the
# exact count. Real records have a few dozen at most; a 30 MB text repeating one name
# would otherwise store millions of rows (and `explain` print them all).
MENTIONS_PER_THEME = 1000


def _too_large(path: Path, rel: str) -> Reject | None:
    try:
        size = path.stat().st_size
    except OSError:
        return None  # sources.read reports the unreadable file
    if size <= MAX_INPUT_BYTES:
        return None
    return Reject(rel, None, "too_large", f"{rel}: {size:,} bytes, more than the "
                  f"{MAX_INPUT_BYTES:,} an input file may have")


def _no_future_date(rec: RawRecord) -> RawRecord:
    """A record dated in the future keeps its text but gets a null date and a warning."""
    if rec.published is None or rec.published <= date.today() + FUTURE_SLACK:
        return rec
    return replace(rec, published=None, published_at=None, warnings=rec.warnings + (
        f"publication date {rec.published.isoformat()} is in the future; stored as null",))


_RANGE = f"outside the dates a store holds ({FIRST_DATE} to {LAST_DATE}); stored as null"


def _dates_in_range(rec: RawRecord) -> RawRecord:
    """A publication date or year a store cannot hold becomes null, with a warning."""
    if rec.published is not None and not in_date_range(rec.published):
        rec = replace(rec, published=None, published_at=None, warnings=rec.warnings + (
            f"publication date {rec.published.isoformat()} is {_RANGE}",))
    if rec.year is not None and not FIRST_DATE.year <= rec.year <= LAST_DATE.year:
        rec = replace(rec, year=None, warnings=rec.warnings + (f"year {rec.year} is {_RANGE}",))
    return rec


def _meeting_date_in_range(analysis: Analysis) -> Analysis:
    """A meeting date a store cannot hold becomes null; `date_note` says why."""
    meeting = analysis.meeting
    if meeting is None or meeting.date is None or in_date_range(meeting.date):
        return analysis
    note = f"date {meeting.date.isoformat()} is {_RANGE}"
    return replace(analysis, meeting=replace(meeting, date=None, date_note=note))


def process_file(path: str | Path, rel: str, taxonomy_file: str | None = None,
                 data: bytes | None = None) -> FileResult:
    """Read, extract and tag one file. Never raises for bad input: rejects instead.

    `data`, when given, is the file's content already read (ingest reads each file once).
    """
    tables: dict[str, list[dict]] = {
        "documents": [],
        "meetings": [],
        "counterparts": [],
        "topics": [],
        "mentions": [],
        "countries": [],
    }
    rejects: list[Reject] = []
    # (`path` stays as given: only a file still to read needs a Path)
    big = _too_large(Path(path), rel) if data is None else None
    if big is not None:
        return FileResult(path=rel, tables=tables, rejects=(big,))
    seen: set[str] = set()
    try:
        for rec in sources.read(path, rel, data):
            if isinstance(rec, Reject):
                rejects.append(rec)
                continue
            if rec.record_id in seen:  # one item twice in a feed: one record_id, one row
                rejects.append(Reject(rel, rec.item, "duplicate_item",
                                      f"{rel}: item {rec.item!r} appears again; the first is kept"))
                continue
            seen.add(rec.record_id)
            if rec.url is None:  # a fetched page: its URL is in the fetch manifest
                url = saved_url(path)
                if url is not None:  # (most files were not fetched: no copy of the record)
                    rec = replace(rec, url=url)
            rec = _dates_in_range(_no_future_date(rec))
            try:
                analysis = _meeting_date_in_range(extract.analyse(rec))
            except Exception as exc:  # a bug in a rule must not lose the record
                analysis = Analysis(kind=rec.kind_hint or "other",
                                    warnings=(f"extraction failed: {type(exc).__name__}: {exc}",))
            counts, mentions = taxonomy.get_matcher(taxonomy_file).find_counted(
                rec.text, MENTIONS_PER_THEME) if rec.text else ({}, [])
            add_record_rows(tables, rec, analysis, mentions, counts)
    except SourceError as exc:
        rejects.append(Reject(rel, None, exc.reason, exc.detail))
    except PolicytrendsError:
        raise  # a malformed taxonomy file stops the run: it is not a fault of this input
    except RecursionError:
        rejects.append(Reject(rel, None, "too_deep", f"{rel}: markup nested too deeply to parse"))
    except MemoryError:
        rejects.append(Reject(rel, None, "too_large", f"{rel}: too large to parse in memory"))
    except Exception as exc:  # a reader's bug on one odd file must not stop a long run
        rejects.append(Reject(rel, None, "internal_error", f"{rel}: {type(exc).__name__}: "
                              f"{exc} (a policytrends bug; please report)"))
    if not tables["documents"] and not rejects:
        rejects.append(Reject(rel, None, "no_records", f"{rel}: no records found in the file"))
    return FileResult(path=rel, tables=tables, rejects=tuple(rejects))


def mention_rows(record_id: str, mentions: list[Mention], counts: dict[str, int] | None = None
                 ) -> tuple[list[dict], list[dict]]:
    """(topics rows, mentions rows) of one record.

    `counts` are the exact mentions per theme when `mentions` holds only the first
    MENTIONS_PER_THEME of each theme (`Matcher.find_counted`); by default they are counted
    from `mentions`.
    """
    if counts is None:
        counts = Counter(m.theme for m in mentions)
    topics = [{"record_id": record_id, "theme": t, "mentions": n}
              for t, n in sorted(counts.items())]
    rows = [
        {"record_id": record_id, "theme": m.theme, "start": m.start, "end": m.end,
         "matched": m.matched}
        for m in mentions
    ]
    return topics, rows


def add_record_rows(tables: dict[str, list[dict]], rec: RawRecord, analysis: Analysis,
                    mentions: list[Mention], counts: dict[str, int] | None = None) -> None:
    rid = rec.record_id
    meeting = analysis.meeting
    tables["documents"].append(
        {
            "record_id": rid,
            "source": rec.source,
            "path": rec.path,
            "item": rec.item,
            "url": rec.url,
            "title": rec.title,
            "published": rec.published,
            "year": rec.published.year if rec.published else rec.year,
            "kind": analysis.kind,
            "reporting_country": rec.reporting_country,
            "language": rec.language or language_of(rec.text),
            "text": rec.text,
            "content_sha256": hashlib.sha256(rec.text.encode("utf-8")).hexdigest(),
            "duplicate_of": None,
            "warnings": list(rec.warnings + analysis.warnings),
        }
    )
    if meeting is not None:
        tables["meetings"].append(
            {
                "record_id": rid,
                "date": meeting.date,
                "date_note": meeting.date_note,
                "mode": meeting.mode,
                "level": meeting.level,
                "parties": meeting.parties,
                "reporting_country": meeting.reporting_country,
                "counterpart_countries": list(meeting.counterpart_countries),
                "location_country": meeting.location_country,
                "start_local": meeting.start_local,
                "duration_min": meeting.duration_min,
            }
        )
    for p in analysis.participants:
        tables["counterparts"].append(
            {"record_id": rid, "side": p.side, "country": p.country, "name": p.name,
             "family_name": p.family_name, "title": p.title}
        )
    for code, n in analysis.countries:
        tables["countries"].append({"record_id": rid, "country": code, "mentions": n})
    topics, rows = mention_rows(rid, mentions, counts)
    tables["topics"].extend(topics)
    tables["mentions"].extend(rows)
