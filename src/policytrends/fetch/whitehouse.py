"""Listing rules for the White House briefing room (www.whitehouse.gov/briefing-room/).

The briefing room lists posts newest first, ten or so per page: each an `<article>` with
its title link (`a.news-item__title`) and a `<time datetime="...">`. The next, older
page is linked as `a.next` (or `<link rel="next">`): `briefing-room/page/2/`, ...
Paging stops at the first page whose posts are all older than the window.
"""

from __future__ import annotations

from datetime import date

from .listing import HTML_TYPES, Listing, Window, iso_day, month_day, parse_html

NAME = "whitehouse"
BASE_URL = "https://www.whitehouse.gov/briefing-room/"
HOSTS = ("www.whitehouse.gov", "whitehouse.gov")
RECORD_EXT = ".html"
LISTING_TYPES = HTML_TYPES
RECORD_TYPES = HTML_TYPES


def start_pages(base: str, window: Window, today: date | None = None) -> list[str]:
    """The briefing room's first page."""
    return [base]


def parse_listing(url: str, body: bytes, window: Window) -> Listing:
    """Posts in the window, and the next page unless every post here is older."""
    root = parse_html(body, url)
    out = Listing()
    days: list[date | None] = []
    for article in root.iter("article"):
        links = list(article.iter("a"))
        link = next((a for a in links if "news-item__title" in (a.get("class") or "")),
                    links[0] if links else None)
        if link is None or not link.get("href"):
            continue
        time_el = next(article.iter("time"), None)
        day = None
        if time_el is not None:
            day = iso_day(time_el.get("datetime")) or month_day(time_el.text_content())
        days.append(day)
        if window.contains(day) and link.get("href") not in out.records:
            out.records.append(link.get("href"))
    if days and not all(window.before(d) for d in days):
        nxt = root.xpath('//a[contains(concat(" ", @class, " "), " next ")]/@href'
                         ' | //link[@rel="next"]/@href')
        if nxt:
            out.pages.append(str(nxt[0]))
    return out
