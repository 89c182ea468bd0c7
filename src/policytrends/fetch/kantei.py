"""Listing rules for Japan's Prime Minister's Office English site (japan.kantei.go.jp).

Each cabinet has its own folder ("101_kishida/"), and in it two monthly lists that link
to the Prime Minister's meetings: "The Prime Minister in Action" (`actions/YYYYMM/`)
and the diplomatic pages (`diplomatic/YYYYMM/`). The start pages are the monthly
index pages of the cabinets in office during the window (`CABINETS`, data); a record
link's date comes from the list item's visible date, else from its folder's month and
the day its file name begins with ("17australia.html"). Press conferences and press
occasions live in other folders and are not listed.
"""

from __future__ import annotations

import re
from datetime import date

from .listing import HTML_TYPES, Listing, Window, month_day, months, parse_html

NAME = "kantei"
BASE_URL = "https://japan.kantei.go.jp/"
HOSTS = ("japan.kantei.go.jp",)
RECORD_EXT = ".html"
LISTING_TYPES = HTML_TYPES
RECORD_TYPES = HTML_TYPES

# (folder, first day, last day or None): the cabinets whose pages are listed; a new
# cabinet is one more row
CABINETS: tuple[tuple[str, date, date | None], ...] = (
    ("96_abe", date(2012, 12, 26), date(2014, 12, 24)),
    ("97_abe", date(2014, 12, 24), date(2017, 11, 1)),
    ("98_abe", date(2017, 11, 1), date(2020, 9, 16)),
    ("99_suga", date(2020, 9, 16), date(2021, 10, 4)),
    ("100_kishida", date(2021, 10, 4), date(2021, 11, 10)),
    ("101_kishida", date(2021, 11, 10), date(2024, 10, 1)),
    ("102_ishiba", date(2024, 10, 1), date(2024, 11, 11)),
    ("103_ishiba", date(2024, 11, 11), date(2025, 10, 21)),
    ("104_takaichi", date(2025, 10, 21), None),
)
SECTIONS = ("actions", "diplomatic")  # the monthly lists that link to meetings
MONTHLY_INDEX = "{cabinet}/{section}/{year:04d}{month:02d}/index.html"
RECORD_LINK = re.compile(r"/\d{2,3}_[a-z]+/(?:actions|diplomatic)/(?P<ym>\d{6})/"
                         r"(?P<file>(?!index\.)[\w\-]+)\.html$")
_LEADING_DAY = re.compile(r"^_?(\d{1,2})(?!\d)")


def start_pages(base: str, window: Window, today: date | None = None) -> list[str]:
    """Monthly index pages (newest month first) of each cabinet in office then."""
    today = today or date.today()
    pages = []
    for year, month in months(window, today):
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1)
        for cabinet, begin, end in CABINETS:
            if begin < last and (end is None or end >= first):
                pages += [base + MONTHLY_INDEX.format(cabinet=cabinet, section=s, year=year,
                                                      month=month) for s in SECTIONS]
    return pages


def parse_listing(url: str, body: bytes, window: Window) -> Listing:
    """Meeting-page links of a monthly index whose dates fall in the window."""
    root = parse_html(body, url)
    out = Listing()
    for a in root.iter("a"):
        href = (a.get("href") or "").split("#")[0]
        m = RECORD_LINK.search(href)
        if not m or href in out.records:
            continue
        item = a.getparent()
        shown = month_day(item.text_content()) if item is not None else None
        if shown is not None:
            keep = window.contains(shown)
        else:
            keep = _month_overlaps(window, m["ym"], m["file"])
        if keep:
            out.records.append(href)
    return out


def link_day(year_month: str, file: str) -> date | None:
    """The day a record link's address names: its folder's month and the day its file name
    starts with ("17australia" -> the 17th); None when the name has no day ("_00015")."""
    lead = None if file.startswith("_0") else _LEADING_DAY.match(file)
    if lead is None:
        return None
    try:
        return date(int(year_month[:4]), int(year_month[4:]), int(lead.group(1)))
    except ValueError:
        return None


def _month_overlaps(window: Window, year_month: str, file: str) -> bool:
    """Whether the link's day (or, without one, any day of its month) is in the window."""
    day = link_day(year_month, file)
    if day is not None:
        return window.contains(day)
    year, month = int(year_month[:4]), int(year_month[4:])
    if not 1 <= month <= 12:
        return False
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1)
    return (window.since is None or window.since < last) and (
        window.until is None or window.until >= first)
