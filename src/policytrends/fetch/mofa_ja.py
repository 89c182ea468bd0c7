"""Listing rules for the Japanese pages of Japan's Ministry of Foreign Affairs
(www.mofa.go.jp/mofaj/), used by `policytrends fetch mofa --lang ja`.

Records are found from the monthly press-release pages, `mofaj/press/release/YYYY/M.html`
(報道発表 YYYY年M月), where each day is a heading (「10月22日」, 「令和4年10月22日」) over a list
of that day's releases; a list item may also carry its own date in brackets. Pages are
saved under the same `mofa` folder and manifest as the English ones: `ingest` tells the
languages apart by content.
"""

from __future__ import annotations

import re
from datetime import date

from ..japanese import era_year, fold
from .listing import HTML_TYPES, Listing, Window, add_links, months, parse_html

NAME = "mofa"
BASE_URL = "https://www.mofa.go.jp/"
HOSTS = ("www.mofa.go.jp", "mofa.go.jp")
RECORD_EXT = ".html"
LISTING_TYPES = HTML_TYPES
RECORD_TYPES = HTML_TYPES

MONTHLY_PAGE = "mofaj/press/release/{year:04d}/{month}.html"
# Japanese record pages: press releases, meeting pages and press conferences (the English
# site's names end in "e": page4e_, pressite_)
RECORD_LINK = re.compile(r"/mofaj/(?:[\w-]+/)*(?:press\d*|pressit|page\d+|kaiken\d*)_[\d_]+"
                         r"\.html$")
_MONTHLY = re.compile(r"/(\d{4})/(\d{1,2})\.html$")
_DATE = re.compile(r"(?:(?P<era>令和|平成)(?P<eyear>元|\d{1,2})年|(?P<year>\d{4})年)?"
                   r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
_HEADINGS = frozenset({"h2", "h3", "h4", "dt", "th"})


def start_pages(base: str, window: Window, today: date | None = None) -> list[str]:
    """The monthly press-release pages of the window's months, newest first."""
    today = today or date.today()
    return [base + MONTHLY_PAGE.format(year=y, month=m) for y, m in months(window, today)]


def japanese_day(text: str, year: int | None) -> date | None:
    """The first date in a text: 「令和4年10月22日」, 「2022年10月22日」, or 「10月22日」 in
    `year`."""
    m = _DATE.search(fold(text))
    if m is None:
        return None
    y = era_year(m["era"], m["eyear"]) if m["era"] else (int(m["year"]) if m["year"] else year)
    if y is None:
        return None
    try:
        return date(y, int(m["month"]), int(m["day"]))
    except ValueError:
        return None


def parse_listing(url: str, body: bytes, window: Window) -> Listing:
    """Record links of a monthly page whose day (heading or the item's own date) falls in
    the window."""
    root = parse_html(body, url)
    monthly = _MONTHLY.search(url)
    year = int(monthly.group(1)) if monthly else None
    out = Listing()
    day: date | None = None
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _HEADINGS:
            found = japanese_day(el.text_content(), year)
            day = found or day
        elif el.tag in ("li", "dd"):
            own = japanese_day(el.text_content(), year)
            add_links(out, el, own or day, window, RECORD_LINK)
    return out

