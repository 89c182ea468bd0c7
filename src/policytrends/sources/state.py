"""US State Department press releases: the state.gov RSS feed, and saved state.gov pages.

Every RSS `<item>` is a record identified by its `<guid>`; its body is the HTML in
`<content:encoded>` (else `<description>`), which opens with WordPress `<script>` blocks
and a byline paragraph ("Office of the Spokesperson"): both are furniture, not text.
A broken item becomes a Reject; the feed's other items are still read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from lxml import etree

from ..errors import SourceError
from ..records import RawRecord, Reject
from .dates import local_date
from .decoding import markup_root, read_bytes, read_text
from .html_text import first_text, html_fragment_paragraphs
from .pages import PageLayout, read_page
from .whitespace import clean_space
from .xml_tree import has_entity_refs, parse_xml, xml_text

NAME = "state"
NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_STATE_HOST = re.compile(rb"\bstate\.gov\b", re.I)
# what marks a saved page as state.gov's: its canonical address, site name or save mark
PAGE_SIGNS = re.compile(
    rb"(?:rel=\"canonical\"|og:url)[^>]*//(?:www\.)?state\.gov/"
    rb"|content=\"https?://(?:www\.)?state\.gov/[^\"]*\"[^>]*(?:canonical|og:url)"
    rb"|saved from url=\(\d+\)https?://(?:www\.)?state\.gov/"
    rb"|content=\"United States Department of State\""
    rb"|- United States Department of State\s*</title>", re.I)

# opening paragraphs that only say who released the text
BYLINES = (
    re.compile(r"^office of the (spokesperson|[a-z ]+)$", re.I),
    re.compile(r"^(media note|press statement|readout|fact sheet|remarks)$", re.I),
    re.compile(r"^the (below|following) is attributable to [^.]{0,80}:\W*$", re.I),
    re.compile(r"^[^.,]{3,60}, (department |deputy |principal deputy )?spokesperson$", re.I),
)
# kind hints from the title (RSS) or the page's document-type label (HTML)
TITLE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # transcripts: "Secretary Antony J. Blinken and ... Before Their Meeting"
    (re.compile(r"\b(before|after|at the (top|start) of) (their|the) meeting\b", re.I), "remarks"),
    (re.compile(r"\b(meeting|call|calls|trilateral|readout)\b.* with\b|^readout\b", re.I),
     "readout"),
    # "... Senior Officials Meeting", "... Consultation Meeting", "... Strategic Dialogue"
    (re.compile(r"\b(meeting|consultations?|dialogue|talks)\b(?!.*\b(remarks|press)\b)", re.I),
     "readout"),
    (re.compile(r"\bremarks\b|press availability|interview|press briefing|"
                r"\bat a (joint )?press\b|\bon-the-record\b", re.I), "remarks"),
    (re.compile(r"\btravel\b.* to\b|\bto travel\b|\btrip to\b", re.I), "announcement"),
    (re.compile(r"\bfact sheet\b", re.I), "fact_sheet"),
)
DOCTYPE_KINDS: dict[str, str] = {
    "readout": "readout",
    "press statement": "statement",
    "media note": "announcement",
    "remarks": "remarks",
    "fact sheet": "fact_sheet",
    "joint statement": "statement",
    "speech": "speech",
    "interview": "remarks",
}

# saved state.gov pages: selectors are data, tried in order
LAYOUT = PageLayout(
    site="state.gov",
    title=(
        "//h1[contains(@class, 'featured-content__headline')]",
        "//main//h1",
        "//h1",
        "//meta[@property='og:title']/@content",
        "//title",
    ),
    date=(
        "//meta[@property='article:published_time']/@content",
        "//time/@datetime",
        "//*[contains(@class, 'article-meta__publish-date')]",
    ),
    url=("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
    body=("//div[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",),
    furniture=(
        ".//*[contains(@class, 'share')]",
        ".//*[contains(@class, 'social')]",
        ".//*[contains(@class, 'related')]",
        ".//*[contains(@class, 'tags')]",
    ),
    title_suffix=re.compile(r"\s*[|\u2013\u2014-]\s*United States Department of State\s*$"),
)
DOCTYPE_XPATHS = ("//*[contains(@class, 'doctype-meta')]",)


def detect(head: bytes, name: str) -> bool:
    """A state.gov RSS feed, or a saved state.gov HTML page."""
    root = markup_root(head)
    if root == "rss":
        return bool(_STATE_HOST.search(head))
    return root == "html" and bool(PAGE_SIGNS.search(head))


def read(path: str | Path, rel: str, data: bytes | None = None) -> Iterator[RawRecord | Reject]:
    """Records of a state.gov RSS feed (one per item) or of a saved state.gov page."""
    data = read_bytes(path, rel, data)
    if markup_root(data[:8192]) == "rss":
        yield from _read_rss(data, rel)
    else:
        yield _read_html(path, rel, data)


def kind_hint(title: str | None, doctype: str | None = None) -> str | None:
    """Kind of release from the page's document-type label, else from its title."""
    if doctype and doctype.strip().lower() in DOCTYPE_KINDS:
        return DOCTYPE_KINDS[doctype.strip().lower()]
    for pattern, kind in TITLE_KINDS:
        if title and pattern.search(title):
            return kind
    return "statement"


def strip_bylines(paragraphs: list[str], creator: str | None = None) -> list[str]:
    """Paragraphs without the opening byline lines (creator, "Office of the Spokesperson")."""
    # a creator naming several speakers lists each "Name, Title" as a paragraph of its own
    creator_key = f" {_key(creator or '')} "
    out = list(paragraphs)
    while out and (_in_key(out[0], creator_key) or any(b.match(out[0]) for b in BYLINES)):
        out.pop(0)
    return out


def _in_key(text: str, key: str) -> bool:
    """`f" {_key(text)} " in key`, without keying a whole long paragraph: the key of the
    text's first len(key) characters is a prefix of the text's key, so when that prefix
    with the two spaces around it is already longer than `key`, the text's key cannot be
    in it. (Without the two spaces the test almost never held: the prefix's key of a line
    of prose is one character shorter than the prefix, and the whole paragraph was keyed.)
    """
    if len(text) > len(key) and len(_key(text[:len(key)])) + 2 > len(key):
        return False
    return f" {_key(text)} " in key


_NON_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().lower()


def _read_rss(data: bytes, rel: str) -> Iterator[RawRecord | Reject]:
    root = parse_xml(data, rel)
    if root.tag != "rss" or root.find("channel") is None:
        raise SourceError("malformed_xml", f"{rel}: not an RSS 2.0 feed (root <{root.tag}>)")
    feed_warnings: tuple[str, ...] = ()
    if has_entity_refs(root):
        feed_warnings = ("entity references in the feed were left unresolved",)
    for n, item in enumerate(root.iter("item"), start=1):
        try:
            yield _rss_item(item, n, rel, feed_warnings)
        except SourceError as exc:
            yield Reject(rel, _item_id(item, n), exc.reason, exc.detail)
        except RecursionError:  # one item's deeply nested HTML must not lose the others
            item_id = _item_id(item, n)
            yield Reject(rel, item_id, "too_deep", f"{rel}: item {item_id}: HTML nested too deeply")


def _item_id(item: etree._Element, n: int) -> str:
    return clean_space(xml_text(item.find("guid"))) or f"#{n}"


def _rss_item(item: etree._Element, n: int, rel: str, warnings: tuple[str, ...]) -> RawRecord:
    guid = clean_space(xml_text(item.find("guid")))
    title = clean_space(xml_text(item.find("title"))) or None
    where = f"{rel}: item {n} ({title or 'untitled'})"
    if not guid:
        raise SourceError("missing_guid", f"{where} has no <guid>")
    where = f"{rel}: item {guid}"
    html = xml_text(item.find("content:encoded", NS)) or xml_text(item.find("description"))
    creator = clean_space(xml_text(item.find("dc:creator", NS))) or None
    paragraphs = strip_bylines(html_fragment_paragraphs(html, where), creator)
    if not paragraphs:
        raise SourceError("no_text", f"{where} has no text in <content:encoded> or <description>")
    published_at = _rfc822(xml_text(item.find("pubDate")))
    if published_at is None:
        warnings += (f"item {guid}: missing or unreadable <pubDate>",)
    return RawRecord(
        source=NAME, path=rel, item=guid, text="\n\n".join(paragraphs), title=title,
        url=clean_space(xml_text(item.find("link"))) or None,
        published=local_date(published_at), published_at=published_at,
        kind_hint=kind_hint(title), reporting_country="USA", warnings=warnings,
    )


def _rfc822(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def _read_html(path: str | Path, rel: str, data: bytes) -> RawRecord:
    raw, warnings = read_text(path, rel, data)
    page = read_page(raw, rel, LAYOUT)
    paragraphs = strip_bylines(page.paragraphs)
    if not paragraphs:
        raise SourceError("no_text", f"{rel}: only a byline in the entry-content block")
    return RawRecord(
        source=NAME, path=rel, item=None, text="\n\n".join(paragraphs), title=page.title,
        url=page.url, published=page.published, published_at=page.published_at,
        kind_hint=kind_hint(page.title, first_text(page.doc, DOCTYPE_XPATHS)),
        reporting_country="USA", warnings=warnings + page.warnings,
    )
