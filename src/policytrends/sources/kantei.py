"""Japan's Prime Minister's Office English pages (japan.kantei.go.jp): text captures and HTML.

A page is an optional breadcrumb ("Home > News > The Prime Minister in Action > ...")
and section name, the title, the date ("May 24, 2022"), a "[Provisional translation]"
note, photo captions ("Photograph of the leaders shaking hands"), the lead and numbered
points, then links ("Related Link", "Archives (...)"). The lead is written like MOFA's,
so the record is read with MOFA's line rules (`sources.mofa.parse_lines`) once the site's
own furniture is gone, and extracted by `extract.mofa`. Press conferences and "press
occasions" are published here too; extraction tells them from meeting records by title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..records import RawRecord, Reject
from . import mofa

NAME = "kantei"

# --- rule tables (data) -------------------------------------------------------------
KANTEI_MARKERS = (b"kantei.go.jp", b"Prime Minister's Office of Japan",
                  b"Prime Minister\xe2\x80\x99s Office of Japan")
# "Home > News > The Prime Minister in Action > October 2018 > Title"
BREADCRUMB = re.compile(r"^(?:Home|Top)\s*>\s*(?P<trail>.*)$")
BREADCRUMB_SITE = re.compile(
    r"Prime Minister|Chief Cabinet Secretary|Speeches and Statements|Press Conferences?"
    r"|What's up around|Diplomatic Relations", re.IGNORECASE)
SECTION_LINE = re.compile(
    r"^(?:The Prime Minister in Action|Diplomatic Relations"
    r"|Speeches and Statements by (?:the )?Prime Minister.*"
    r"|Press Conferences?(?: by the (?:Prime Minister|Chief Cabinet Secretary))?"
    r"|Official Residence\s+(?:TOP|Archives)|Prime Minister of Japan and His Cabinet"
    # the 2002-2008 trail has no ">": "Top What's up around the Prime Minister May, 2003"
    r"|(?:Top\s*)?What's up around the Prime Minister(?:\s*TOP|\s*[A-Z][a-z]+,?\s+\d{4})?)$",
    re.IGNORECASE)
# "Tuesday, February 17, 2009": the site's date line names the weekday (MOFA's does not)
WEEKDAY_DATE_LINE = re.compile(
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\s+\d{1,2},\s*\d{4}$")
TRANSLATION_NOTE = re.compile(r"^[\[(]\s*(?:Provisional|Tentative)\s+Translation\s*[\])]$",
                              re.IGNORECASE)
FURNITURE = re.compile(
    r"^(?:Photograph(?:s)? of\b.*|Related Links?|Archives\s*\(.*\)|Archives"
    r"|Click (?:the )?photographs? to enlarge|View Video\b.*|Windows Media\b.*|Real\s*\(.*"
    r"|Page Top|Back to (?:Top|Index)|\|+|[|\s]+"
    r"|Prime Minister of Japan and His Cabinet|What's up around the Prime Minister"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December),?\s+\d{4})$",
    re.IGNORECASE)
# the 2000-2001 site's banner image of its "What's up around the Prime Minister" section,
# whose file name a text capture keeps as the page's first line
SECTION_BANNER = re.compile(r"^whats_?up\w*\.(?:gif|jpe?g|png)$", re.IGNORECASE)
# an image's file name on its own line, over the photo's caption (the 2000-2001 pages)
IMAGE_FILE = re.compile(r"^[\w\-]+\.(?:jpe?g|gif|png)$", re.IGNORECASE)
# "Top > What's up around the Prime Minister > September, 2006": the old trail's last crumb
# is the archive's month, not the page (a later index page's own title is "March 2018")
ARCHIVE_MONTH = re.compile(r"^[A-Z][a-z]+,\s+\d{4}$")
# "Click photographs to enlarge" under the photo strip of the 2002-2011 pages
CLICK_TO_ENLARGE = re.compile(r"^Click (?:the )?photographs? to enlarge$", re.IGNORECASE)
# a day's heading in a month's diary of the 2000-2001 site ("Wednesday, December 6, 2000"
# over each item; weekdays are sometimes misspelt, "Tuseday")
DIARY_DAY = re.compile(
    r"^[A-Z][a-z]{1,8}day,\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d{1,2},\s*\d{4}$")
# a page with this many different day headings lists a month's items: no one record's page
DIARY_DAYS = 2
# the site's sections whose pages are of one kind whatever their lead tells: a press
# conference's page (the Chief Cabinet Secretary's opening statement may read like a
# readout: "From 9:30 a.m. today ..., Prime Minister X held telephone talks with ...") is
# the spokesman's remarks; matched against the breadcrumb's sections (not its last crumb,
# the page's own title) and the section line over the title
SECTION_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Press Conferences?\b", re.IGNORECASE), "remarks"),
)
# the same sections by the address of a saved HTML page, whose breadcrumb is outside the
# page's main content ("https://japan.kantei.go.jp/tyoukanpress/201508/26_a.html")
URL_SECTION_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"kantei\.go\.jp/(?:foreign/)?tyoukanpress/", re.IGNORECASE), "remarks"),
)
HEAD_MARK_LINES = 3  # the site's marks sit among a page's first lines
HEAD_LINES = 10  # a page's site marks are among its first non-empty lines
# ---------------------------------------------------------------------------------


def detect(head: bytes, name: str) -> bool:
    """A Prime Minister's Office page, from its content.

    HTML: the site's address or name in the page. Text captures: a breadcrumb or section
    line of the site, its 2000 section banner's file name, the photo strip's "Click
    photographs to enlarge" or a date line with its weekday ("Tuesday, February 17, 2009")
    among the first lines, or a "[Provisional translation]" note under the title and date,
    or right under the title on a page that gives no date line (MOFA pages start with a
    category line, date without the weekday and put their translation note at the end).
    """
    text = mofa.sniff(head, name, KANTEI_MARKERS)
    if not isinstance(text, str):
        return text
    lines = [ln.strip() for ln in text.splitlines()[:40] if ln.strip()][:HEAD_LINES]
    if not lines or mofa.CATEGORY_LINE.match(lines[0]):
        return False
    if any(_is_breadcrumb(ln) or SECTION_LINE.match(ln) or WEEKDAY_DATE_LINE.match(ln)
           or CLICK_TO_ENLARGE.match(ln) or SECTION_BANNER.match(ln)
           for ln in lines[:HEAD_MARK_LINES]):
        return True
    dated = next((k for k, ln in enumerate(lines[:5]) if mofa.DATE_LINE.match(ln)), None)
    if dated is None:  # "Summit on Peace in Ukraine (Summary)" / "[Provisional translation]"
        return len(lines) > 1 and bool(TRANSLATION_NOTE.match(lines[1]))
    return any(TRANSLATION_NOTE.match(ln) for ln in lines[dated + 1: dated + 4])


def _is_breadcrumb(line: str) -> bool:
    m = BREADCRUMB.match(line)
    return bool(m and BREADCRUMB_SITE.search(m["trail"]))


def read(path: str | Path, rel: str, data: bytes | None = None) -> Iterator[RawRecord | Reject]:
    """The one record of a Prime Minister's Office page, furniture removed.

    A month's diary (items under several day headings) is one record with the kind hint
    "other": it lists a month's events, it is no readout of one of them. A page of a
    section of one kind (`SECTION_KINDS`: press conferences) has that kind as its hint.
    """
    days: set[str] = set()
    kinds: list[str] = []

    def prepare(lines: list[str]) -> tuple[str | None, list[str]]:
        days.update(diary_days(lines))
        kinds.extend(section_kinds(lines))
        return strip_furniture(lines)

    record = mofa.read_page(path, rel, data, NAME, prepare, site="Prime Minister's Office")
    if len(days) >= DIARY_DAYS:
        record = replace(record, kind_hint="other")
    elif kinds:
        record = replace(record, kind_hint=kinds[0])
    elif record.url:
        by_url = [kind for rx, kind in URL_SECTION_KINDS if rx.search(record.url)]
        record = replace(record, kind_hint=by_url[0]) if by_url else record
    yield record


def section_kinds(lines: list[str]) -> list[str]:
    """The kinds (`SECTION_KINDS`) of the site's sections named in a page's first lines:
    the breadcrumb's crumbs before the page's own title, and a section line."""
    head = [bare for line in lines if (bare := line.strip())][:HEAD_LINES]
    sections: list[str] = []
    for line in head:
        crumb = BREADCRUMB.match(line)
        if crumb and BREADCRUMB_SITE.search(crumb["trail"]):
            sections += [c.strip(" |") for c in crumb["trail"].split(">")[:-1]]
        elif SECTION_LINE.match(line):
            sections.append(line)
    return [kind for section in sections for rx, kind in SECTION_KINDS if rx.match(section)]


def diary_days(lines: list[str]) -> set[str]:
    """The different day headings among the lines ("Wednesday, December 6, 2000")."""
    return {bare for line in lines if DIARY_DAY.match(bare := line.strip())}


def strip_furniture(lines: list[str]) -> tuple[str | None, list[str]]:
    """(title from the breadcrumb, the lines without the site's own furniture)."""
    title = None
    out: list[str] = []
    caption = False  # the line right after an image's file name is its caption
    for line in lines:
        bare = line.strip()
        if caption and bare:
            caption = False
            continue
        if IMAGE_FILE.match(bare):  # the 2000 pages' "kankoku_01.jpg" over each photo
            caption = True
            continue
        caption = False
        crumb = BREADCRUMB.match(bare)
        if crumb and BREADCRUMB_SITE.search(crumb["trail"]):
            last = crumb["trail"].rsplit(">", 1)[-1].strip(" |")
            if not ARCHIVE_MONTH.match(last):  # the 2002-2006 trail ends at its month
                title = title or last or None
            continue
        if SECTION_LINE.match(bare) or TRANSLATION_NOTE.match(bare) or FURNITURE.match(bare):
            continue
        out.append(line)
    return title, out
