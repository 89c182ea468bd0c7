"""Listing rules for Japan's Ministry of Foreign Affairs (English site, www.mofa.go.jp).

Records are found from two kinds of listing pages:

- the monthly press-release index pages, `press/release/YYYYMM_index.html`, where a
  `<dl class="title-list">` gives each day ("July 7") as a `<dt>` and that day's
  releases as links in the following `<dd>`;
- regional pages (a country's "Japan-<Country> Relations" page), whose lists give full
  dates ("December 11, 2021") beside links to meeting pages.
"""

from __future__ import annotations

import re
from datetime import date

from .listing import HTML_TYPES, Listing, Window, add_links, month_day, months, parse_html

NAME = "mofa"
BASE_URL = "https://www.mofa.go.jp/"
HOSTS = ("www.mofa.go.jp", "mofa.go.jp")
RECORD_EXT = ".html"
LISTING_TYPES = HTML_TYPES
RECORD_TYPES = HTML_TYPES

MONTHLY_INDEX = "press/release/{year:04d}{month:02d}_index.html"
# Regional pages whose lists link to meeting pages (paths under the base URL).
REGIONAL_PAGES = (
    "region/n-america/us/index.html",
    "region/asia-paci/australia/index.html",
    "region/asia-paci/korea/index.html",
    "region/asia-paci/china/index.html",
)
# Record pages: press releases, meeting pages and press conferences.
RECORD_LINK = re.compile(r"/(?:page\d*e|press\d*e|pressite|kaiken\d*e)_[\d_]+\.html$")
_MONTHLY = re.compile(r"/(\d{4})(\d{2})_index\.html$")


def start_pages(base: str, window: Window, today: date | None = None) -> list[str]:
    """Monthly index pages of the window's months (newest first), then regional pages."""
    today = today or date.today()
    pages = [base + MONTHLY_INDEX.format(year=y, month=m) for y, m in months(window, today)]
    return pages + [base + p for p in REGIONAL_PAGES]


def parse_listing(url: str, body: bytes, window: Window) -> Listing:
    """Record links in a monthly index or regional page whose dates fall in the window."""
    root = parse_html(body, url)
    monthly = _MONTHLY.search(url)
    year = int(monthly.group(1)) if monthly else None
    out = Listing()
    for dl in root.iter("dl"):
        day: date | None = None
        for el in dl:
            if el.tag == "dt":
                day = month_day(el.text_content(), year)
            elif el.tag == "dd":
                add_links(out, el, day, window, RECORD_LINK)
    for li in root.iter("li"):  # regional lists: "<a>Title</a> (December 11, 2021)"
        if any(a.tag == "dd" for a in li.iterancestors()):
            continue
        add_links(out, li, month_day(li.text_content()), window, RECORD_LINK)
    return out

