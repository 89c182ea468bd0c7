"""White House briefing-room records: Markdown with YAML front matter, and saved HTML pages.

The Markdown files (a scrape of whitehouse.gov) carry `date`, `published_time`,
`modified_time`, `source_url` (or the older `permalink`), `title` and `tags` (or the older
`category`). A saved whitehouse.gov page has the title in an `h1`, the date in a `time`
element and the body in the entry-content block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import yaml

from ..errors import SourceError
from ..records import RawRecord, Reject
from .dates import local_date, parse_datetime
from .decoding import markup_root, read_text
from .front_matter import safe_yaml, split_front_matter
from .html_text import first_match
from .markdown_text import markdown_paragraphs, strip_end_marks
from .pages import PageLayout, read_page
from .whitespace import clean_space

NAME = "whitehouse"
BASE_URL = "https://www.whitehouse.gov"
# whitehouse.gov and its archives (bidenwhitehouse.archives.gov, ...)
_HOST = re.compile(rb"whitehouse\.(?:archives\.)?gov\b", re.I)
# what marks a saved page as whitehouse.gov's: its canonical address, site name or save mark
PAGE_SIGNS = re.compile(
    rb"(?:rel=\"canonical\"|og:url)[^>]*//[a-z.]*whitehouse\.(?:archives\.)?gov/"
    rb"|content=\"https?://[a-z.]*whitehouse\.(?:archives\.)?gov/[^\"]*\"[^>]*og:url"
    rb"|saved from url=\(\d+\)https?://[a-z.]*whitehouse\.(?:archives\.)?gov/"
    rb"|content=\"The White House\""
    rb"|\| The White House\s*</title>", re.I)

# kind hints from the title's opening words, tried in order, then from the section
TITLE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(joint )?readout\b", re.I), "readout"),
    (re.compile(r"^fact sheet\b", re.I), "fact_sheet"),
    (re.compile(r"^(remarks|press gaggle|press briefing|background press call|"
                r"on-the-record press call|interview)\b", re.I), "remarks"),
    (re.compile(r"\bupcoming\b|\bwill (travel|host|meet|visit)\b|\bto (travel|host|visit)\b",
                re.I), "announcement"),
    # "Statement by NSC Spokesperson ... on ... Call with ...": a readout in a statement's form
    (re.compile(r"^statement (by|from)\b.*\b(meeting|call|calls|video call|visit) "
                r"(with|to|between)\b", re.I), "readout"),
    (re.compile(r"^(joint )?(statement|declaration|communiqu)", re.I), "statement"),
    (re.compile(r"^(president|vice president)\b.* announces\b", re.I), "announcement"),
)
SECTION_KINDS: dict[str, str] = {
    "statements-releases": "statement",
    "briefings-statements": "statement",
    "speeches-remarks": "remarks",
    "remarks": "remarks",
    "press-briefings": "remarks",
    "fact-sheets": "fact_sheet",
    "presidential-actions": "statement",
}

# saved whitehouse.gov pages: selectors are data, tried in order
LAYOUT = PageLayout(
    site="whitehouse.gov",
    title=(
        "//h1[contains(@class, 'page-title')]",
        "//h1[contains(@class, 'topper__title')]",
        "//main//h1",
        "//h1",
        "//meta[@property='og:title']/@content",
        "//title",
    ),
    date=("//time/@datetime", "//meta[@property='article:published_time']/@content"),
    url=("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
    body=(
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
        "//section[contains(concat(' ', normalize-space(@class), ' '), ' body-content ')]",
    ),
    # share links, breadcrumbs and the like inside the body block are page furniture
    furniture=(
        ".//*[contains(@class, 'share')]",
        ".//*[contains(@class, 'breadcrumb')]",
        ".//*[contains(@class, 'social')]",
        ".//*[contains(@class, 'wp-block-post-title')]",
        ".//*[contains(@class, 'screen-reader')]",
    ),
    title_suffix=re.compile(r"\s*[|\u2013\u2014-]\s*The White House\s*$"),
)
SECTION_XPATHS = (
    "//a[contains(@class, 'issue-flag')]/@href",
    "//meta[@property='article:section']/@content",
)


def detect(head: bytes, name: str) -> bool:
    """Markdown with front matter naming a whitehouse.gov page, or a saved whitehouse.gov page."""
    text = head.lstrip(b"\xef\xbb\xbf")
    if text.startswith(b"---"):
        end = text.find(b"\n---", 3)
        front = text[: end if end > 0 else len(text)]
        return bool(_HOST.search(front)) or b"permalink: /briefing-room/" in front
    return markup_root(head) == "html" and _may_sign(head) and bool(PAGE_SIGNS.search(head))


def _may_sign(head: bytes) -> bool:
    """Every PAGE_SIGNS branch holds "whitehouse" or "The White House" (in any case): two
    literal searches spare other publishers' pages the pattern's scan of their first 64 KB."""
    low = head.lower()
    return b"whitehouse" in low or b"the white house" in low


def read(path: str | Path, rel: str, data: bytes | None = None) -> Iterator[RawRecord | Reject]:
    """The one record of a White House Markdown file or saved HTML page."""
    raw, warnings = read_text(path, rel, data)
    if raw.lstrip("\ufeff").startswith("---"):
        yield _read_markdown(raw, rel, warnings)
    else:
        yield _read_html(raw, rel, warnings)


def kind_hint(title: str | None, section: str | None) -> str | None:
    """Kind of record from its title's opening words, else from its briefing-room section."""
    for pattern, kind in TITLE_KINDS:
        if title and pattern.search(title):
            return kind
    return SECTION_KINDS.get((section or "").strip().lower())


def section_of(url: str | None) -> str | None:
    """The briefing-room section ("statements-releases", ...) named in a whitehouse.gov URL."""
    if not url:
        return None
    for part in url.split("/"):
        if part in SECTION_KINDS:
            return part
    return None


def _read_markdown(raw: str, rel: str, warnings: tuple[str, ...]) -> RawRecord:
    front_text, body = split_front_matter(raw)
    if front_text is None:
        raise SourceError("malformed_front_matter", f"{rel}: front matter is not closed by '---'")
    try:
        front = safe_yaml(front_text) or {}
    except yaml.YAMLError as exc:
        raise SourceError("malformed_front_matter",
                          f"{rel}: invalid YAML front matter ({exc})") from exc
    if not isinstance(front, dict):
        raise SourceError("malformed_front_matter", f"{rel}: front matter is not a mapping")
    url = _absolute(front.get("source_url") or front.get("permalink"))
    title = clean_space(str(front["title"])) if front.get("title") else None
    published_at = parse_datetime(front.get("published_time"))
    published = local_date(published_at) or local_date(parse_datetime(front.get("date")))
    if published is None:
        warnings += ("no publication date in the front matter",)
    section = _section_value(front.get("tags") or front.get("category")) or section_of(url)
    text = "\n\n".join(markdown_paragraphs(body, list_lines=True))
    if not text:
        raise SourceError("no_text", f"{rel}: no text after the front matter")
    return RawRecord(
        source=NAME, path=rel, item=None, text=text, title=title, url=url,
        published=published, published_at=_aware(published_at), kind_hint=kind_hint(title, section),
        reporting_country="USA", warnings=warnings,
    )


def _read_html(raw: str, rel: str, warnings: tuple[str, ...]) -> RawRecord:
    page = read_page(raw, rel, LAYOUT)
    url = _absolute(page.url)
    section_hit = first_match(page.doc, SECTION_XPATHS)
    section = section_of(section_hit) if isinstance(section_hit, str) else None
    paragraphs = strip_end_marks(page.paragraphs)
    if not paragraphs:
        raise SourceError("no_text", f"{rel}: empty entry-content block")
    return RawRecord(
        source=NAME, path=rel, item=None, text="\n\n".join(paragraphs), title=page.title,
        url=url, published=page.published, published_at=page.published_at,
        kind_hint=kind_hint(page.title, section or section_of(url)), reporting_country="USA",
        warnings=warnings + page.warnings,
    )


def _section_value(value: object) -> str | None:
    if isinstance(value, list):
        known = [v for v in value if str(v).strip().lower() in SECTION_KINDS]
        value = (known or value or [None])[0]
    return str(value).strip().lower().replace(" ", "-") if value else None


def _absolute(url: object) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    return BASE_URL + url if url.startswith("/") else url


def _aware(moment: datetime | None) -> datetime | None:
    """Only a time-zone-aware instant can resolve "today"; a bare date is not one."""
    return moment if moment is not None and moment.tzinfo is not None else None
