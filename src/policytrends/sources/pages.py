"""Saved publisher web pages: one layout (selectors as data) -> title, date, url, body.

The White House and State Department readers describe their site's page layout with a
`PageLayout`; `read_page` does the rest, so that both sites' pages are read the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import lxml.html

from ..errors import SourceError
from .dates import local_date, parse_datetime
from .html_text import element_paragraphs, first_match, first_text, parse_html_page, xpath
from .whitespace import clean_space

# dates as a page shows them to readers
VISIBLE_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d")


@dataclass(frozen=True)
class PageLayout:
    """Where a site's pages keep each part; every selector list is tried in order."""

    site: str  # "whitehouse.gov": named in messages
    title: tuple[str, ...]
    date: tuple[str, ...]  # attribute values (ISO) or elements with a visible date
    url: tuple[str, ...]
    body: tuple[str, ...]  # the release's own block; a page without one is not a record
    furniture: tuple[str, ...]  # share links and the like inside the body block
    title_suffix: re.Pattern[str]  # the site name a <title> ends with


@dataclass(frozen=True)
class Page:
    """What a saved page holds, furniture removed."""

    doc: lxml.html.HtmlElement
    title: str | None
    url: str | None
    published: date | None
    published_at: datetime | None  # only when the page gives a time zone
    paragraphs: list[str]
    warnings: tuple[str, ...]


def read_page(raw: str, rel: str, layout: PageLayout) -> Page:
    """Title, date, url and body paragraphs of a saved page in the given layout.

    Raises:
        SourceError: "not_a_record" for a page without a release body (a listing or index
            page), "no_text" for an empty body, "malformed_html" for a page lxml cannot read.
    """
    doc = parse_html_page(raw, rel)
    title = first_text(doc, layout.title)
    title = layout.title_suffix.sub("", title) or None if title else None
    moment = _page_date(first_match(doc, layout.date))
    warnings: tuple[str, ...] = ()
    if moment is None:
        warnings = ("no publication date on the page",)
    url = first_match(doc, layout.url)
    body = first_match(doc, layout.body)
    if body is None or isinstance(body, str):
        # a listing (briefing-room index, search results) has teasers, not a release body
        raise SourceError("not_a_record",
                          f"{rel}: no entry-content block: a {layout.site} listing or index page")
    for xp in layout.furniture:
        for el in xpath(xp)(body):  # type: ignore[union-attr]  # (a node-set here)
            if el.getparent() is not None:
                el.drop_tree()
    paragraphs = [p for p in element_paragraphs(body) if p != title]
    if not paragraphs:
        raise SourceError("no_text", f"{rel}: empty entry-content block on the {layout.site} page")
    return Page(
        doc=doc, title=title, url=url if isinstance(url, str) else None,
        published=local_date(moment),
        published_at=moment if moment is not None and moment.tzinfo is not None else None,
        paragraphs=paragraphs, warnings=warnings,
    )


def _page_date(hit: object) -> datetime | None:
    if isinstance(hit, str):
        return parse_datetime(hit)
    if isinstance(hit, lxml.html.HtmlElement):  # a visible date such as "May 23, 2022"
        text = clean_space(hit.text_content())
        for fmt in VISIBLE_DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                continue
    return None
