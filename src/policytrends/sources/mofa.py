"""Japan MOFA English pages: text captures (like the seed) and saved mofa.go.jp HTML.

A page is a category line, a title (sometimes absent), a date, photo captions, the lead
and numbered points, then closing links. `read` keeps the title and the record's own
text and drops the rest (see ../shared/formats/MOFA.md for the variants).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import lxml.html
from lxml import etree

from ..errors import SourceError
from ..language import language_of
from ..records import RawRecord, Reject
from . import mofa_ja
from .decoding import looks_binary, read_text
from .html_text import element_paragraphs, safe_html_parser, xpath
from .whitespace import clean_space

NAME = "mofa"
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
HTML_SUFFIXES = (".html", ".htm", ".shtml")

# --- rule tables (data) -------------------------------------------------------------
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NUMBER = {name: k for k, name in enumerate(_MONTHS.split("|"), 1)}
# (a comma after the month is a slip some older pages make: "November, 11, 2009")
# (older pages also write the day first: "21 September, 2009", or put the date in
# brackets: "(April 25, 2012)")
# (a joint statement's dateline names the place first: "Tokyo, April 26, 2010")
DATE_LINE = re.compile(
    # (a joint statement's place and day, "Tokyo, 17th June, 2009": the day first, ordinal)
    rf"^(?P<open>\()?(?:(?![A-Za-z]*day\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,"
    rf"\s+(?=(?:{_MONTHS})\s|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b))?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?(?:(?P<month>{_MONTHS}),?\s+"
    rf"(?P<day>\d{{1,2}}),\s*|(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmonth>{_MONTHS}),\s*)"
    rf"(?P<year>\d{{4}})\b(?(open)\)\s*$)(?P<rest>.*)$"
)
CATEGORY_LINE = re.compile(
    r"^(?:Japan-.{2,80}\sRelations|Countries\s*&\s*Regions|Press Releases|Press Conferences"
    r"|Foreign Policy|Speeches(?: and Statements)?|Statements?|Diplomatic Bluebook"
    r"|Prime Minister's Office|Press Secretary|Top Page|Regional Affairs)$",
    re.IGNORECASE,
)
# the region a page is filed under, its first line on the regional pages ("Oceania", "Latin
# America and the Caribbean"): MOFA's only with the page's wording (TEXT_SIGNALS), unlike a
# CATEGORY_LINE
REGION_LINE = re.compile(r"^(?:Asia|Oceania|Asia-Pacific|North America|Latin America and the "
                         r"Caribbean|Europe|Middle East(?: and North Africa)?|Africa|Central Asia"
                         r"(?: and (?:the )?Caucasus)?|Japan and the United Nations)$")
FURNITURE_LINE = re.compile(
    r"^(?:Back to\b.*|\(?END\)?\.?|Japanese|English|Related Information\b.*|Page Top"
    r"|Print|Open a New Window|\(?Photo\s*\d*\)?(?:\s*[:：].*)?|画像\s*\d*|Photograph[s]?"
    r"|Image\s*\(?\d*\)?"
    r"|\(Photo\b.*|Photo:.*|Photo credit.*)$",
    re.IGNORECASE,
)
# footnote of provisional translations, with or without a bullet or brackets
FOOTNOTE = re.compile(
    r"provisional translation|date (?:indicated|above) (?:above )?(?:denotes|is)|"
    r"original (?:press release )?in Japanese|date of (?:issue|the original)",
    re.IGNORECASE,
)
GLUED_LINK_TEXT = re.compile(r"\s*(?:Open a New Window|\(Open a New Window\)|\(PDF\)\s*Open"
                             r" a New Window)\s*", re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[•・●◦▪\-–*]\s+)")
# captions inside the body: short, unpunctuated, with picture vocabulary
CAPTION_WORDS = re.compile(
    r"\b(?:photo|photograph|shaking hands|handshake|greeting|greet each other|posing|"
    r"group photo|photo session|signing ceremony|in the photo|commemorative photo)\b",
    re.IGNORECASE,
)
TITLE_WORDS = re.compile(
    r"\b(?:Meeting|Meetings|Talk|Talks|Summit|Visit|Call|Conference|Teleconference|"
    r"Dialogue|Lunch|Dinner|Breakfast|Consultations?|Meets|Holds|Conversation|Statement|"
    r"Overview|Summary|Outline|Negotiations?|Ministers?|Minister's|Exchange|Forum|Session|"
    r"Announcement|Remarks|Address|Speech|Reception|Ceremony|Signing|Agreement|Comment|"
    r"Attendance|Trip|Tour|Relations)\b"
)
BODY_START = re.compile(
    r"^(?:On\s+[A-Z0-9]|\d{1,2}\.\s|\d{1,2}\s+[A-Z]|\(\d{1,2}\)\s|[A-Z]\.\s|"
    r"(?:Mr|Ms|Dr|H\.E)\.?\s|Minister\b|Prime Minister\b|Foreign Minister\b|Upon\s|At\s|"
    r"From\s|The\s.+\s(?:held|met)\b)"
)
NUMBERED = re.compile(r"^(?:\d{1,2}\.\s|\d{1,2}\s+[A-Z][a-z]|\(\d{1,2}\)\s)")
SECTION_HEADING = re.compile(r"^(?:Opening Remarks|Questions and Answers|Q&A|Overview|Outline|"
                             r"Summary|Key Points|Itinerary|Attendees)$", re.IGNORECASE)
# "Friday, August 29, 2025, 4:00 p.m. Ministry of Foreign Affairs" (a press conference in Tokyo)
DATE_LINE_TIME = re.compile(r"^,?\s*(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<ap>[ap])\.?m\.?\s*"
                            r"(?P<place>Ministry of Foreign Affairs|Tokyo|"
                            r"Prime Minister's Office)?\s*$",
                            re.IGNORECASE)
TOKYO = ZoneInfo("Asia/Tokyo")
HTML_MAIN = (
    "//*[@id='maincontents']", "//*[@id='main-contents']", "//*[@id='main']", "//main",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' main-contents ')]",
    "//*[@id='contents']", "//*[@id='content']", "//article",
)
HTML_FURNITURE = re.compile(
    r"breadcrumb|topicpath|pankuzu|header|footer|navi|\bnav\b|sns|share|pagetop|page-top|"
    r"caption|photo|related|(?<![a-z])side|menu|language|search|banner|social",
    re.IGNORECASE,
)
HTML_TITLE_SUFFIX = re.compile(r"\s*[|｜:\-–]\s*Ministry of Foreign Affairs of Japan\s*$", re.I)
MOFA_MARKERS = (b"mofa.go.jp", b"Ministry of Foreign Affairs of Japan")
BACK_LINK = re.compile(r"^(?:Back to\b.*Relations|Back to Press Releases|Back to Index)\s*$", re.M)
TEXT_SIGNALS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^Japan-.{2,80}\sRelations\s*$", re.M),
    BACK_LINK,
    re.compile(r"Minister for Foreign Affairs(?: of Japan)?,"),
    re.compile(r"\bMr\.\s+[A-Z]{2,}\s+[A-Z][a-z]+,"),
    # (older pages: "The abstract of the topics discussed at the meeting are as follows.")
    re.compile(r"\b(?:overview|outline|summary|abstract) of the (?:topics discussed at the )?"
               r"(?:meetings?|talks?|telephone talks?|conversations?|dialogue|visit|call)\b.{0,20}"
               r"(?:is|are|was) as follows", re.I),
    re.compile(r"provisional translation.*original.*Japanese", re.I | re.S),
    re.compile(r"Prime Minister of Japan|Minister for Foreign Affairs of Japan"),
    re.compile(r"^(?:\w+\s+){0,2}Japan-\S.{0,80}\b(?:Meeting|Talks?|Summit|Teleconference|"
               r"Call|Dialogue|Conversation|Consultations?)\b", re.M),
    re.compile(r"\b(?:Minister for Foreign Affairs|Foreign Minister|Prime Minister) "
               r"(?:H\.E\.\s+)?(?:M[rs]\.\s+)?(?:[A-Z][a-z]+ )?[A-Z][a-zA-Z]+ "
               r"(?:held|had|met|received|gave|paid|made|attended|hosted)\b"),
)
TEXT_SIGNALS += (
    # the Japanese government's photo credit ("Photo: Cabinet Public Relations Office")
    re.compile(r"\bCabinet Public (?:Relations|Affairs) Office\b"),
    re.compile(r"\bFrom Japan,\s"),  # "(... chaired the meeting. From Japan, Mr. X attended.)"
    # older pages: the overview sentence written the other way round, and the "(END)" line
    # that closes the text
    re.compile(r"\bThe following is (?:an|the) (?:overview|outline|summary) of the "
               r"(?:meeting|talks?|dialogue|consultations?|conversation)\b", re.I),
    re.compile(r"^\(END\)\s*$", re.M),
    # the lead's own clock ("On November 8, commencing at 10:55 a.m. for approximately 15
    # minutes, Mr. X, Minister for Foreign Affairs, ...")
    re.compile(r"^On\s+\S.{0,40}?,\s+commencing\s+at\s+\d{1,2}(?::\d{2})?\s*[ap]\.m\.", re.M),
    re.compile(r"^(?:Statement|Comment)s? by (?:the )?(?:Foreign )?Press Secretary", re.M),
    # older pages' headline: "Overview of Japan-X Summit Meeting", "Summary of the Meeting
    # and Luncheon"
    # (a Japan-X meeting, or one whose next line names the two officials: "Between Foreign
    # Minister X and Secretary of State Y")
    re.compile(r"^(?:Overview|Summary|Outline) of (?:the )?(?:Japan[-–]\S+ (?:\w+ ){0,3}?"
               r"(?:Meetings?|Talks?)\b|(?:\w+ ){0,2}?(?:Meetings?|Talks?)(?: and \w+)?\s*\n"
               r"\s*Between\s)", re.M),
)
# a press conference's question, told in brackets ("(On what Prime Minister X regards as
# the most significant outcome of today's summit meeting; ...)"): text, not a caption
QUESTION_LINE = re.compile(r"^\((?:On|Regarding|Concerning|About|In response to)\s.*\)$")
# a sentence's end, then a bracket that closes the line (a lead whose overview sentence is
# followed by a bracketed list of who attended)
LEAD_THEN_BRACKET = re.compile(r"[a-z]\.\s+\([^()]{20,}\)$")
# a lead that opens with the meeting's date ("On May 18 (Monday), 2009, ...")
# an older visit page's headline and its bracketed subtitle: "Visit by Parliamentary
# Secretary for Foreign Affairs X to Three African Countries" / "(Overview and Evaluation)"
# (no date line, no category): the two together are MOFA's
VISIT_TITLE = re.compile(r"^Visit (?:by|of|to)\b.{0,160}\b(?:Prime Minister|Minister for Foreign "
                         r"Affairs|Foreign Minister|Vice-Minister|Parliamentary (?:Senior )?"
                         r"(?:Vice-Minister|Secretary)|State (?:Minister|Secretary))\b")
OVERVIEW_SUBTITLE = re.compile(r"^\((?:Overview|Summary|Outline)(?: and (?:Evaluation|Assessment"
                               r"|Results))?\)$")
# an older page's lead that opens with the Japanese official and the meeting verb ("Prime
# Minister Naoto Kan held talks with ...", no date before it)
SUBJECT_LEAD = re.compile(r"^(?:Prime Minister|Foreign Minister|Minister for Foreign Affairs)\s+"
                          r"(?:[A-Z][\w’'\-]+\s+){1,3}(?:held|had|met)\s")
LEAD_DATE = re.compile(rf"^(?:\d{{1,2}}\.\s*)?On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,"
                       rf"\s*)?(?:(?:{_MONTHS})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b)")
# a paragraph of several sentences that a capture cut mid-sentence ("... In the afternoon,
# the Prime Minister held talks wi"): body, though it does not end like a sentence (a
# caption or a title is short and has no sentence inside)
CUT_PARAGRAPH_WORDS = 40
CUT_END = re.compile(r"[a-z,]$")  # (cut in a word or after a comma; a caption ends in ")")
# (a word's end, not an abbreviation's: "Mr. Ali'ioaiga" is no sentence end)
INNER_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bHon)(?<!\bSt)"
                                r"[a-z]{2}[)\"”]?\.\s+[A-Z][a-z]")
# (an English capture's paragraph: a Japanese page's line has kana or kanji)
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# ---------------------------------------------------------------------------------


def _suffix(name: str) -> str:
    """`Path(name).suffix` of a file name, without making a Path ("" for ".txt", "a.")."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def sniff(head: bytes, name: str, markers: tuple[bytes, ...]) -> bool | str:
    """What a file's head says before a site's own tests: True or False for HTML (whether
    it carries one of the site's `markers`), False for a file that cannot be a text
    capture, else the head's text."""
    suffix = _suffix(name.lower())
    if suffix in HTML_SUFFIXES or head.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        return any(m in head for m in markers)
    if suffix not in TEXT_SUFFIXES or looks_binary(head):
        return False
    text = head.decode("utf-8", errors="replace")
    if text.lstrip().startswith("---"):  # YAML front matter: another publisher's Markdown
        return False
    return text


def detect(head: bytes, name: str) -> bool:
    """A MOFA page, from its content: mofa.go.jp HTML or a text capture's structure
    (English, or Japanese: `mofa_ja.looks_japanese_mofa`)."""
    text = sniff(head, name, MOFA_MARKERS)
    if not isinstance(text, str):
        return text
    if not text.isascii() and mofa_ja.looks_japanese_mofa(text):
        return True
    lines = [ln.strip() for ln in text.splitlines()[:12] if ln.strip()]
    has_date = any(DATE_LINE.match(ln) for ln in lines[:6])
    category = bool(lines and CATEGORY_LINE.match(lines[0]))
    region = not category and bool(lines and REGION_LINE.match(lines[0]))
    if not (has_date or category or region):
        # an older page or another category ("G7", "NATO"): a dated lead near the top and
        # MOFA wording twice
        if VISIT_TITLE.match(lines[0] if lines else "") and any(
                OVERVIEW_SUBTITLE.match(ln) for ln in lines[1:4]):
            return True
        lead = any(LEAD_DATE.match(ln) or SUBJECT_LEAD.match(ln) for ln in lines[:6])
        return lead and sum(1 for rx in TEXT_SIGNALS if rx.search(text)) >= 2
    if category and has_date:  # "Press Conferences" / "Press Releases" and a page date
        return True
    # a page date near the top plus MOFA wording, or a category line with a "Back to" link
    # or with MOFA wording twice (signals are searched only as far as the answer needs)
    signals = (rx for rx in TEXT_SIGNALS if rx.search(text))
    one = next(signals, None) is not None
    if has_date and one:
        return True
    if not (category or region):
        return False
    if BACK_LINK.search(text):
        return True
    # (a capture cut before its "Back to" link: the category line, MOFA wording once and a
    # lead that opens with the meeting's date or the Japanese official's verb, as the pages
    # without a page date have - "Countries & Regions" / "On December 2, ... Prime Minister
    # X held talks with ...")
    return one and (next(signals, None) is not None
                    or any(LEAD_DATE.match(ln) or SUBJECT_LEAD.match(ln) for ln in lines[:6]))


def read(path: str | Path, rel: str, data: bytes | None = None) -> Iterator[RawRecord | Reject]:
    """The one record of a MOFA page, furniture removed."""
    yield read_page(path, rel, data, NAME)


# a site's own furniture, removed before MOFA's line rules: (title it found, lines left)
Prepare = Callable[[list[str]], tuple[str | None, list[str]]]


def read_page(path: str | Path, rel: str, data: bytes | None, source: str,
              prepare: Prepare | None = None, site: str = "MOFA") -> RawRecord:
    """The record of a page written like MOFA's (text capture or HTML), as `source`.

    `prepare` removes another site's own furniture first (the Prime Minister's Office).
    """
    raw, warnings = read_text(path, rel, data)
    is_html = rel.lower().endswith(HTML_SUFFIXES) or raw.lstrip()[:15].lower().startswith(
        ("<!doctype", "<html"))
    if is_html:
        html_title, url, lines = _html_lines(raw, rel)
    else:
        html_title, url, lines = None, None, raw.split("\n")
    if prepare is not None:
        found_title, lines = prepare(lines)
        html_title = html_title or found_title
    if source == NAME and language_of("\n".join(lines)) == "ja":
        return _japanese_record(lines, html_title, rel, url, warnings)
    page = parse_lines(lines, html_title)
    return _record(page, source, site, rel, url, warnings, page.published_at, None)


def _japanese_record(lines: list[str], html_title: str | None, rel: str, url: str | None,
                     warnings: tuple[str, ...]) -> RawRecord:
    """The record of a Japanese page (`mofa_ja` reads its lines)."""
    page = mofa_ja.parse_lines(lines, html_title)
    return _record(page, NAME, "MOFA", rel, url, warnings, None, "ja")


def _record(page: Any, source: str, site: str, rel: str, url: str | None,
            warnings: tuple[str, ...], published_at: datetime | None,
            language: str | None) -> RawRecord:
    """A page's title and body as its record (an error when no text is left)."""
    if not page.body:
        raise SourceError("no_text", f"{rel}: no {site} record text after removing page furniture")
    if page.published is None:
        warnings = warnings + ("page date missing",)
    text = "\n\n".join(([page.title] if page.title else []) + page.body)
    return RawRecord(
        source=source, path=rel, item=None, text=text, title=page.title, url=url,
        published=page.published, published_at=published_at, reporting_country="JPN",
        warnings=warnings, language=language,
    )


@dataclass
class Page:
    """Title, date and body paragraphs of a page after furniture removal."""

    title: str | None = None
    published: date | None = None
    published_at: datetime | None = None
    body: list[str] = field(default_factory=list)


def parse_lines(lines: list[str], known_title: str | None = None) -> Page:
    """Split a page's lines into title, page date and body, dropping furniture."""
    page = Page(title=known_title)
    low = "\n".join(lines).lower()  # for word tests done once for the page, not per line
    items = _clean_lines(lines, low)
    if items and CATEGORY_LINE.match(items[0]):
        items = items[1:]
    footnotes = _has_footnote_words(low)
    # header zone: everything before the first line that reads as the record's body
    start = _body_start(items, footnotes)
    header, body = items[:start], items[start:]
    seen_date = False
    for ln in header:
        m = DATE_LINE.match(ln)
        if m and page.published is None:
            page.published, page.published_at = _page_date(m)
            seen_date = True
            continue
        if _is_furniture(ln) or CATEGORY_LINE.match(ln):
            continue
        if page.title is None and _is_title(ln, before_date=not seen_date):
            page.title = ln
        elif (page.title is not None and page.title != known_title and not seen_date
              and not TITLE_WORDS.search(page.title) and TITLE_WORDS.search(ln)
              and _is_title(ln, before_date=True)):
            # a category this table does not know ("G7", "NATO"), then the headline
            page.title = ln
        # anything else in the header is a photo caption
    page.body = _body_paragraphs(body, page.title, footnotes)
    return page


def _is_furniture(line: str, bare: str | None = None) -> bool:
    """Links, photo labels and the like, also as bullets ("• 画像1"); `bare` is the line
    without its bullet when the caller has it."""
    if FURNITURE_LINE.match(line):
        return True
    bare = BULLET.sub("", line) if bare is None else bare
    return bare != line and bool(FURNITURE_LINE.match(bare))


def _has_footnote_words(low: str) -> bool:
    """Whether a lowered page has a word every footnote has: most pages have none, and
    their lines skip the footnote test."""
    return "date" in low or "translation" in low or "japanese" in low


def _is_footnote(line: str) -> bool:
    # every footnote wording has one of these words (so has its page: see parse_lines);
    # most lines skip the scan
    low = line.lower()
    return ("date" in low or "translation" in low or "japanese" in low) and bool(
        FOOTNOTE.search(line))


def _clean_lines(lines: list[str], low: str) -> list[str]:
    """The non-empty lines after `_clean_line` (`low`: the lines joined, lowered). On a page
    without link text to remove (most) the test for it is done once, and each line's ends
    are trimmed first: an indented line then has no run of spaces for `clean_space` to find."""
    if "window" in low:
        return [ln for ln in map(_clean_line, lines) if ln]
    if "\u3000" in low:
        lines = [ln.replace("\u3000", " ") for ln in lines]
    return [clean_space(s) for ln in lines if (s := ln.strip())]


def _clean_line(line: str) -> str:
    if "window" in line.lower():  # (a cheap test first: the pattern is slow to scan)
        line = GLUED_LINK_TEXT.sub(" ", line)
    return clean_space(line.replace("\u3000", " "))


def _body_start(items: list[str], footnotes: bool = True) -> int:
    """Index of the first body line: a lead sentence, a numbered point or a long line
    (`footnotes`: whether the page has a footnote word at all)."""
    date_at = next((k for k, ln in enumerate(items[:8]) if DATE_LINE.match(ln)), None)
    for k, ln in enumerate(items):
        if date_at is not None and k <= date_at:
            continue
        if _is_furniture(ln) or footnotes and _is_footnote(ln):
            continue
        if NUMBERED.match(ln) or SECTION_HEADING.match(ln):
            return k
        # a lead ends like a sentence; a long caption ("Two leaders ... (Cabinet Public
        # Affairs Office)") does not
        words = len(ln.split())
        # (a lead can end in a bracket or a link's text: "... as follows. (The previous
        # meeting was held in ...)", "a Joint Statement (PDF)")
        # (or a bracketed attendee list after its overview sentence, which a slip leaves
        # unended: "... as follows. (Also present at the meeting were ... from the U.S. side)")
        lead_like = words >= 15 and bool(LEAD_DATE.match(ln) or QUESTION_LINE.match(ln)
                                         or LEAD_THEN_BRACKET.search(ln)) or (
            words >= CUT_PARAGRAPH_WORDS and CUT_END.search(ln) is not None
            and INNER_SENTENCE_END.search(ln) is not None and CJK.search(ln) is None)
        if not (ln.endswith((".", ":", "”", '"', "?", ".)")) or lead_like) or _is_title(ln, False):
            continue
        if words >= 15 or (BODY_START.match(ln) and words >= 3):
            return k
    return len(items) if date_at is None else date_at + 1


def _is_title(line: str, before_date: bool) -> bool:
    """A headline: title case with meeting vocabulary; captions are plain sentences."""
    if len(line) > 200 or line.endswith((".", ":")) and not line.endswith("etc."):
        return False
    if "<br" in line:  # a photo's caption with its markup left in ("... McCully,<br>Minister")
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", line) if len(w) > 3]
    if not words:
        return False
    capital = sum(1 for w in words if w[0].isupper()) / len(words)
    if CAPTION_WORDS.search(line) and capital < 0.8:
        return False
    titled = capital >= 0.6 and (bool(TITLE_WORDS.search(line)) or line.startswith("Japan-"))
    return titled or (before_date and capital >= 0.75)


def _body_paragraphs(lines: list[str], title: str | None, footnotes: bool = True) -> list[str]:
    out: list[str] = []
    for ln in lines:
        bare = BULLET.sub("", ln)
        if _is_furniture(ln, bare) or footnotes and _is_footnote(ln) or CATEGORY_LINE.match(ln):
            continue
        if ln == title:
            continue
        if _is_caption(ln):
            continue
        text = bare.strip()
        if not text:
            continue
        # a hard-wrapped capture: a line continuing the previous sentence joins it
        if out and text[0].islower() and not out[-1].endswith((".", ":", ";", "”", '"', ")")):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _is_caption(line: str) -> bool:
    # (the cheap test first: most body lines end like a sentence)
    if line.endswith((".", ":", ";", "”", '"', "?")) or len(line.split()) > 14:
        return False
    if re.match(r"^\(?\d{1,2}[.)]\s|^\d{1,2}\s+[A-Z]", line):  # a numbered heading
        return False
    return bool(CAPTION_WORDS.search(line))


def _page_date(m: re.Match[str]) -> tuple[date | None, datetime | None]:
    try:  # (what strptime("%B %d %Y") reads, without its slow machinery)
        day = date(int(m["year"]), MONTH_NUMBER[m["month"] or m["dmonth"]],
                   int(m["day"] or m["dday"]))
    except ValueError:
        return None, None
    clock = DATE_LINE_TIME.match(m["rest"])
    if not clock or (not clock["place"] and m["rest"].strip(" ,").count(" ") > 1):
        return day, None
    hour = int(clock["h"]) % 12 + (12 if clock["ap"].lower() == "p" else 0)
    if int(clock["m"]) > 59 or hour > 23:
        return day, None
    at = datetime(day.year, day.month, day.day, hour, int(clock["m"]), tzinfo=TOKYO)
    return day, at


def _html_lines(raw: str, rel: str) -> tuple[str | None, str | None, list[str]]:
    """(h1 title, canonical url, text lines) of the page's main content."""
    try:
        doc = lxml.html.document_fromstring(raw, parser=safe_html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise SourceError("malformed_html", f"{rel}: {exc}") from exc
    url = None
    for xp in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = xpath(xp)(doc)
        if found:
            url = str(found[0]).strip() or None
            break
    main = None
    for xp in HTML_MAIN:
        found = xpath(xp)(doc)
        if found:
            main = found[0]
            break
    if main is None:
        main = doc.find(".//body")
    if main is None:
        main = doc
    title = None
    h1 = main.find(".//h1")
    if h1 is None:
        h1 = doc.find(".//h1")
    if h1 is not None:
        title = clean_space(h1.text_content()) or None
        if h1.getparent() is not None and main in h1.iterancestors():
            h1.drop_tree()
    if title is None:
        el = doc.find(".//title")
        if el is not None:
            title = HTML_TITLE_SUFFIX.sub("", clean_space(el.text_content())) or None
    for el in list(main.iter()):
        if not isinstance(el.tag, str) or el is main or el.getparent() is None:
            continue
        marks = f"{el.get('id', '')} {el.get('class', '')}"
        furniture = bool(marks.strip() and HTML_FURNITURE.search(marks))
        if el.tag in ("figcaption", "figure", "img") or furniture:
            el.drop_tree()
    return title, url, element_paragraphs(main)
