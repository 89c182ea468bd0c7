"""What a source module returns, and helpers its listing rules share.

A source module (`mofa`, `kantei`, `whitehouse`, `state`) has:

- `NAME`, `BASE_URL` (the production site), `HOSTS` (the only hosts it may contact),
- `RECORD_EXT` (file extension of saved records), `LISTING_TYPES`, `RECORD_TYPES`
  (content types accepted for listing pages and record pages),
- `start_pages(base, window) -> list[str]`: the first listing pages,
- `parse_listing(url, body, window) -> Listing`: record links and further listing pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

import lxml.html
from lxml import etree

from ..sources.html_text import safe_html_parser

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/xml", "text/xml", "application/atom+xml")
MONTHS = {m: i for i, m in enumerate(
    ("january february march april may june july august september october november "
     "december").split(), start=1)}
_MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")


@dataclass(frozen=True)
class Window:
    """Publication dates to fetch, both ends included; None is open-ended."""

    since: date | None = None
    until: date | None = None

    def contains(self, day: date | None) -> bool:
        """Whether `day` is inside; an unknown date is outside a bounded window."""
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until)

    def before(self, day: date | None) -> bool:
        """Whether `day` is older than the window (listings ordered newest first stop)."""
        return day is not None and self.since is not None and day < self.since


@dataclass
class Listing:
    """What one listing page yields.

    Attributes:
        records: URLs of record pages (absolute), in page order.
        pages: further listing pages to fetch (absolute URLs).
        is_record: the listing page is itself a record (an RSS feed page holds the
            items' full text): save it beside the records, where ingest reads it.
    """

    records: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    is_record: bool = False


def parse_html(body: bytes, url: str) -> lxml.html.HtmlElement:
    """An HTML page's root with links made absolute against `url`."""
    try:
        root = lxml.html.document_fromstring(body, parser=safe_html_parser(), base_url=url)
    except (etree.ParserError, ValueError):
        root = lxml.html.document_fromstring(b"<html></html>")
    root.make_links_absolute(url, resolve_base_href=True, handle_failures="discard")
    return root


def month_day(text: str, year: int | None = None) -> date | None:
    """A date from "July 7" (with `year`), "July 7, 2021" or "Jul. 7 2021"; else None."""
    for m in _MONTH_DAY_YEAR.finditer(text):
        word = m.group(1).lower()
        month = MONTHS.get(word) or next(
            (v for k, v in MONTHS.items() if len(word) >= 3 and k.startswith(word)), None)
        y = int(m.group(3)) if m.group(3) else year
        if month and y:
            try:
                return date(y, month, int(m.group(2)))
            except ValueError:
                continue
    return None


def iso_day(text: str | None) -> date | None:
    """The date of an ISO 8601 timestamp ("2022-01-21T11:26:54-05:00"), else None."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        try:
            return date.fromisoformat(text.strip()[:10])
        except ValueError:
            return None


def months(window: Window, today: date) -> list[tuple[int, int]]:
    """(year, month) pairs the window covers, newest first."""
    end = window.until or today
    start = window.since or end
    out = []
    y, m = end.year, end.month
    while (y, m) >= (start.year, start.month):
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


def add_links(out: Listing, el, day: date | None, window: Window,  # type: ignore[no-untyped-def]
              record_link: re.Pattern[str]) -> None:
    """Add the links under ``el`` that ``record_link`` finds, when ``day`` is in ``window``."""
    if not window.contains(day):
        return
    for a in el.iter("a"):
        href = (a.get("href") or "").split("#")[0]
        if record_link.search(href) and href not in out.records:
            out.records.append(href)
