"""Listing rules for the State Department's press releases (www.state.gov).

The press-release RSS feed (`rss-feed/press-releases/feed/`) carries each release's full
text in `<content:encoded>`, so the feed pages themselves are the records ingest reads.
Older items are on the feed's archive pages, `feed/?paged=2`, `?paged=3`, ...; paging
stops at an empty page or at the first page whose items are all older than the window.
"""

from __future__ import annotations

import email.utils
from datetime import date
from urllib.parse import urlsplit, urlunsplit

from lxml import etree

from ..sources.xml_tree import safe_xml_parser
from .listing import FEED_TYPES, Listing, Window

NAME = "state"
BASE_URL = "https://www.state.gov/rss-feed/press-releases/feed/"
HOSTS = ("www.state.gov", "state.gov")
RECORD_EXT = ".xml"
LISTING_TYPES = FEED_TYPES
RECORD_TYPES = FEED_TYPES
ARCHIVE_PARAM = "paged"


def start_pages(base: str, window: Window, today: date | None = None) -> list[str]:
    """The feed's first page."""
    return [base]


def parse_listing(url: str, body: bytes, window: Window) -> Listing:
    """The feed page is a record when one of its items is in the window."""
    try:
        root = etree.fromstring(body, parser=safe_xml_parser())
    except etree.XMLSyntaxError:
        return Listing()
    days = [_day(el.findtext("pubDate")) for el in root.iter("item")]
    out = Listing(is_record=any(window.contains(d) for d in days))
    if days and not all(window.before(d) for d in days):
        out.pages.append(archive_page(url, _page_number(url) + 1))
    return out


def archive_page(url: str, n: int) -> str:
    """The feed's n-th archive page (`?paged=n`)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=f"{ARCHIVE_PARAM}={n}"))


def _page_number(url: str) -> int:
    query = urlsplit(url).query
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        if key == ARCHIVE_PARAM and value.isdigit():
            return int(value)
    return 1


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return email.utils.parsedate_to_datetime(text.strip()).date()
    except (TypeError, ValueError):
        return None
