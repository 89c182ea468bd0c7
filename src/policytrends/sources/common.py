"""Helpers every format uses: decoding bytes, safe HTML/XML parsing, binary sniffing."""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import lxml.html
import yaml
from lxml import etree

from ..errors import SourceError
from .front_matter import simple_mapping

# blanks: the space, tab, no-break space, thin space and narrow no-break space
_OTHER_BLANKS = "\t\u00a0\u2009\u202f"  # the blanks other than the space
_SPACE_RUN = re.compile("   *")  # runs of spaces to collapse (literal prefix: a fast search)
# control characters lxml refuses in text nodes (it raises when a tree is edited around them)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# an XHTML page's `<?xml ... encoding="..."?>`: lxml refuses it in an already decoded str
_XML_DECL = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
# US publishers date their records in Washington time
WASHINGTON = ZoneInfo("America/New_York")


# longest first: the UTF-32 LE mark begins with the UTF-16 LE one
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# <meta charset=...>, http-equiv content="...; charset=...", <?xml ... encoding="..."?>
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z][A-Za-z0-9_.:-]{1,39})""",
                       re.I)
# a UTF-8 multi-byte sequence: present in a file that is not valid UTF-8, it means mixed encodings
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# kana and CJK punctuation: a Shift_JIS reading that yields none of them is not Japanese
_JAPANESE = re.compile("[\u3000-\u30ff]")


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 read as cp1252 (mixed-encoding files)."""
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("policytrends-cp1252", _cp1252_bytes)


_WIDE_BOMS = tuple(bom for bom, enc in _BOMS if enc != "utf-8")  # UTF-16 and UTF-32


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16 or UTF-32 text mean binary."""
    if data.startswith(_WIDE_BOMS):
        return False
    return b"\x00" in data[:8192]


def _declared(data: bytes) -> str | None:
    """The codec a page declares in its first bytes (meta charset, XML declaration)."""
    m = _DECLARED.search(data[:4096])
    if m is None:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp932" if name == "shift_jis" else name  # pages labelled Shift_JIS are cp932


def decode(data: bytes, rel: str) -> tuple[str, tuple[str, ...]]:
    """Text of a file and warnings: BOMs honoured, UTF-8 first, then the declared charset,
    Shift_JIS (when it reads as Japanese), mixed UTF-8 and cp1252, cp1252."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), ()
            except UnicodeDecodeError as exc:
                raise SourceError("encoding",
                                  f"{rel}: invalid {enc.upper()} ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        # cut off inside the last character (one lone lead byte may as well be cp1252)
        if exc.reason == "unexpected end of data" and (
                len(data) - exc.start > 1 or _UTF8_MULTI.search(data[:exc.start])):
            return data[:exc.start].decode("utf-8") + "\ufffd", ("file ends inside a character",)
    candidates = [enc for enc in (_declared(data), "cp932") if enc and enc != "utf-8"]
    for enc in dict.fromkeys(candidates):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc != "cp932" or _JAPANESE.search(text):
            return text, (f"decoded as {enc}, not UTF-8",)
    if _UTF8_MULTI.search(data):
        return (data.decode("utf-8", errors="policytrends-cp1252"),
                ("mixed encodings: bytes that are not UTF-8 read as cp1252",))
    try:
        return data.decode("cp1252"), ("decoded as cp1252, not UTF-8",)
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), ("invalid UTF-8 replaced",)


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: much faster


def safe_yaml(text: str) -> object:
    """`yaml.safe_load(text)`, with libyaml when installed (front matter is a hot spot).

    The usual one-line-per-key front matter is read by `front_matter.simple_mapping`,
    which gives the same values without a parser. On an error the pure-Python loader runs
    again, so messages are the same either way.
    """
    simple = simple_mapping(text)
    if simple is not None:
        return simple
    try:
        return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)


def clean_space(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space; ends trimmed."""
    return _one_space(text).strip()


def _one_space(text: str) -> str:
    """Each run of blanks as one space (what re.sub("[ \\t\\xa0\\u2009\\u202f]+", " ")
    gives), in C-level passes that each skip a text they cannot change: every blank made a
    space, then runs of spaces made one (a hot spot)."""
    for blank in _OTHER_BLANKS:
        if blank in text:
            text = text.replace(blank, " ")
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    return text


def clean_lines(text: str) -> list[str]:
    """The non-empty lines of `text`, each as `clean_space` makes it.

    The same passes as `clean_space`, made once over the whole text instead of once per
    line (a hot spot): no run of blanks spans a line break.
    """
    return [line for line in map(str.strip, _one_space(text).split("\n")) if line]


def safe_html_parser() -> lxml.html.HTMLParser:
    """No network, no entity expansion from DTDs."""
    return lxml.html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)


def safe_xml_parser() -> etree.XMLParser:
    """XML with no entity resolution, no DTD loading and no network access."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=False,
    )


_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "br",
          "section", "article"}
_DROP = {"script", "style", "noscript", "template", "iframe", "svg", "nav", "header", "footer",
         "form", "button"}


def _html_tree(html: str, rel: str, fragment: bool = False) -> lxml.html.HtmlElement:
    """HTML parsed with the safe parser; SourceError when malformed or nested too deeply
    (libxml2 stops at 256 levels and silently drops the rest of the page)."""
    parser = safe_html_parser()
    html = _XML_DECL.sub("", _CONTROL.sub("", html), count=1)
    try:
        if fragment:
            root = lxml.html.fragment_fromstring(html, create_parent="div", parser=parser)
        else:
            root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError("malformed_html", f"{rel}: {exc}") from exc
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise SourceError("too_deep", f"{rel}: markup nested more than 256 levels deep; "
                          "the parser would drop the rest of the page")
    return root


def html_fragment_paragraphs(html: str, rel: str) -> list[str]:
    """Paragraph texts of an HTML fragment, scripts and styles removed."""
    if not html.strip():
        return []
    return element_paragraphs(_html_tree(html, rel, fragment=True))


def element_paragraphs(root: etree._Element) -> list[str]:
    """Text of an element split at block elements, dropping scripts and furniture tags."""
    # list() first: dropping while iterating would skip siblings
    for bad in list(root.iter(*_DROP)):
        if bad.getparent() is not None:
            bad.drop_tree()
    chunks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = clean_space("".join(current))
        if text:
            chunks.append(text)
        current.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK
        if block:
            flush()
        if el.text and tag:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return chunks


def html_to_paragraphs(html: str, rel: str) -> tuple[str | None, list[str]]:
    """(title, paragraphs) of a whole HTML page, furniture tags dropped."""
    doc = _html_tree(html, rel)
    title_el = doc.find(".//title")
    title = clean_space(title_el.text_content()) if title_el is not None else None
    body = doc.find(".//body")
    return title or None, element_paragraphs(body if body is not None else doc)


def read_bytes(path: str | Path, rel: str, data: bytes | None = None) -> bytes:
    """The bytes of a file (`data` when the caller has read them already); SourceError
    when it is unreadable."""
    if data is not None:
        return data
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SourceError("unreadable", f"{rel}: {exc.strerror or exc}") from exc


def read_text(path: str | Path, rel: str, data: bytes | None = None) -> tuple[str, tuple[str, ...]]:
    """Decoded text of a file (or of its bytes `data`, already read); SourceError when it
    is unreadable, empty or binary."""
    data = read_bytes(path, rel, data)
    if not data.strip():
        raise SourceError("empty", f"{rel}: file is empty")
    if looks_binary(data):
        raise SourceError("binary", f"{rel}: binary content, not text")
    text, warnings = decode(data, rel)
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def parse_xml(data: bytes, rel: str) -> etree._Element:
    """Root of an XML document read with the safe parser; SourceError when malformed."""
    try:
        return etree.fromstring(data, parser=safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise SourceError("malformed_xml", f"{rel}: {exc}") from exc


def xml_text(el: etree._Element | None) -> str:
    """Text of an XML element, leaving out unresolved entity references."""
    if el is None:
        return ""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child, etree._Entity):
            parts.append(xml_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def has_entity_refs(el: etree._Element) -> bool:
    """True when the tree holds entity references the safe parser left unresolved."""
    return any(isinstance(node, etree._Entity) for node in el.iter())


def parse_html_page(html: str, rel: str) -> lxml.html.HtmlElement:
    """A whole HTML page parsed with the safe parser; SourceError when it cannot be."""
    return _html_tree(html, rel)


@lru_cache(maxsize=256)
def xpath(expression: str) -> etree.XPath:
    """An XPath expression compiled once (`el.xpath(str)` compiles it at every call)."""
    return etree.XPath(expression)


def first_match(doc: etree._Element, xpaths: tuple[str, ...]) -> etree._Element | str | None:
    """First non-empty result of the XPath expressions, tried in order."""
    for xp in xpaths:
        for hit in xpath(xp)(doc):  # type: ignore[union-attr]  # (a node-set here)
            value = hit if isinstance(hit, etree._Element) else str(hit).strip()
            if isinstance(value, str) and not value:
                continue
            return value
    return None


def first_text(doc: etree._Element, xpaths: tuple[str, ...]) -> str | None:
    """Whitespace-normalised text of the first XPath hit, or None."""
    hit = first_match(doc, xpaths)
    if hit is None:
        return None
    text = clean_space(hit if isinstance(hit, str) else hit.text_content())
    return text or None


def parse_datetime(value: object) -> datetime | None:
    """A datetime from an ISO string, a YAML datetime or date, or None when it is not one."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def local_date(moment: datetime | None, tz: ZoneInfo = WASHINGTON) -> date | None:
    """The calendar date of an instant in the publisher's time zone (naive: as given)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(tz).date()


# --- Markdown (the pandoc-style Markdown of the White House corpus) -------------------------

# front matter: r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)" (re.S) in two
# parts: a lazy .*? steps one character at a time; a search for the closing line skips
# ahead to each line break
_FRONT_MATTER_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>\"'$~^&@:;=/ ])")
_PRIVATE = 0xE000  # escaped characters hide in the private-use area while markup is removed
_STRUCK = re.compile(r"<(s|del|strike)>.*?</\1>", re.S | re.I)
_INLINE_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.I)
# raw HTML blocks in the Markdown: photos with captions and comments are not text
_HTML_BLOCK = re.compile(r"<figure\b.*?</figure>|<!--.*?-->|<(script|style)\b.*?</\1>", re.S | re.I)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# (written to begin with a literal "*" or "_": the regex engine then skips ahead to one
# instead of trying the pattern at every position; same matches as the plain forms
# r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1" and r"(?<![\w*])\*{1,3}|\*{1,3}(?![\w*])")
_EMPHASIS = re.compile(r"(\*\*?\*?|__?_?)(?=\S)(.+?)(?<=\S)\1")
_STRAY_STARS = re.compile(r"\*(?:(?<![\w*]\*)\*{0,2}|\*{0,2}(?![\w*]))")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$")
# "###" (escaped or emphasised) ends a White House release; it is not text
_MARKUP_ONLY = re.compile(r"[#*_\s]+")
_END_MARK = re.compile(r"(?:^|\s)[*_]*\\?#{3}[*_]*(?:\[\]\(\))?\s*$")


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(YAML front matter or None, body) of a Markdown document."""
    opening = _FRONT_MATTER_OPEN.match(text)
    closing = opening and _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not opening or not closing:
        return None, text
    return text[opening.end():closing.start()], text[closing.end():]


def _hide_escapes(text: str) -> str:
    return _MD_ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m.group(1))), text)


def _show_escapes(text: str) -> str:
    return re.sub(r"[\ue000-\ue0ff]", lambda m: chr(ord(m.group(0)) - _PRIVATE), text)


def markdown_inline(text: str) -> str:
    """Plain text of Markdown inline markup: links, emphasis, escapes and inline tags removed."""
    # (each check skips a scan that cannot match without that character: a hot spot)
    escaped = "\\" in text
    if escaped:
        text = _hide_escapes(text)
    if "<" in text:
        text = _STRUCK.sub("", text)  # struck-out words are corrected in the transcript
        text = _INLINE_TAG.sub("", text)
    if "](" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
    if "][" in text:
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        for _ in range(2):  # nested emphasis such as ***bold italic***
            text = _EMPHASIS.sub(r"\2", text)
        text = _STRAY_STARS.sub("", text)
    if escaped:
        text = _show_escapes(text)
    return clean_space(html.unescape(text))


# first characters (after blanks) a list item, heading or rule can start with: a line whose
# first character is another skips those patterns (most lines: a hot spot)
_ITEM_OR_HEADING_START = frozenset("-*+#0123456789")
_RULE_START = frozenset("-*_")


def _item_or_heading(line: str) -> bool:
    return line.lstrip()[:1] in _ITEM_OR_HEADING_START and bool(
        _LIST_ITEM.match(line) or _HEADING.match(line))


def _heading(line: str) -> bool:
    return line.lstrip()[:1] == "#" and bool(_HEADING.match(line))


def _rule(line: str) -> bool:
    """A horizontal rule or a table's header rule: not text."""
    return (line.lstrip()[:1] in _RULE_START and bool(_RULE.match(line))
            or "|" in line and bool(_TABLE_RULE.match(line)))


def _blocks(lines: list[str]) -> list[list[str]]:
    """Blank-line separated blocks of lines; list items start blocks of their own."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
            continue
        if current and _item_or_heading(line):
            blocks.append(current)
            current = []
        current.append(line)
        if _heading(line):  # a heading is a block of its own
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _block_text(lines: list[str]) -> str:
    """One block's lines as one line: rules dropped, list and heading marks removed."""
    kept = [ln for ln in lines if not _rule(ln)]
    if not kept:
        return ""
    kept[0] = _HEADING.sub("", _LIST_ITEM.sub("", kept[0]))
    # a trailing backslash is a hard line break; a table row is a line of cells
    return " ".join(ln.rstrip().rstrip("\\").strip().strip("|").replace(" | ", "; ")
                    for ln in kept)


# Most runs of non-blank lines are plain hard-wrapped prose: no list item, heading, rule,
# table or trailing backslash. Such a run is one block whose text is its stripped lines
# joined by spaces, which C-level string methods give without the per-line tests of
# `_blocks` and `_block_text` (a hot spot). `_LINE_START_MARKUP` finds, at the start of a
# stripped line, a superset of the list and heading marks those tests look for, and the
# lines that are rules (three or more of -, * or _ and nothing else but blanks).
_LINE_START_MARKUP = re.compile(r"\n(?:[-*+]\s|#|\d{1,3}[.)]\s|[-*_](?:[^\S\n]*[-*_]){2,}\n)")
_TEXT_RUN = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def _line_markup(stripped: str, start: int, end: int) -> bool:
    """Whether the lines in stripped[start:end] may hold line markup: a table cell, a
    trailing backslash or a list, heading or rule mark (every line of `stripped` is
    stripped, with a "\n" before and after it)."""
    return (stripped.find("|", start, end) >= 0 or stripped.find("\\\n", start, end + 1) >= 0
            or _LINE_START_MARKUP.search(stripped, start - 1, end + 1) is not None)


def _block_texts(body: str) -> Iterator[str]:
    """Each block of a Markdown body as one line (see `_blocks` and `_block_text`)."""
    lines = body.split("\n")
    stripped = "\n" + "\n".join(map(str.strip, lines)) + "\n"  # blank lines are empty
    if not _line_markup(stripped, 1, len(stripped) - 1):  # the usual case: all plain
        for text in stripped.split("\n\n"):
            text = text.strip("\n")
            if text:
                yield text.replace("\n", " ")
        return
    for run in _TEXT_RUN.finditer(stripped):
        start, end = run.span()
        if not _line_markup(stripped, start, end):
            yield run.group().replace("\n", " ")
            continue
        first = stripped.count("\n", 0, start) - 1
        for block in _blocks(lines[first:first + run.group().count("\n") + 1]):
            yield _block_text(block)


# what `markdown_inline` acts on besides blanks: a body without any of them holds no
# inline markup, escapes or character references in any paragraph
_INLINE_SIGNS = ("\\", "<", "](", "][", "*", "_", "&")


def markdown_paragraphs(body: str) -> list[str]:
    """Paragraphs of a Markdown body: hard-wrapped lines re-joined, markup and end marks removed."""
    body = body.replace("\r\n", "\n")
    if "<" in body:
        body = _HTML_BLOCK.sub("", body)
    blocks = [_END_MARK.sub("", joined) if "#" in joined else joined
              for joined in _block_texts(body) if joined]
    every = "\n".join(blocks)  # (a block holds no line break)
    if any(sign in every for sign in _INLINE_SIGNS):
        texts: Iterable[str] = map(markdown_inline, blocks)
    else:  # markdown_inline is clean_space here: one pass over all the blocks at once
        # (no run of blanks spans a line break)
        texts = map(str.strip, _one_space(every).split("\n"))
    return [text for text in texts if text and not _MARKUP_ONLY.fullmatch(text)]


def strip_end_marks(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the "###" end-of-release marks."""
    # (the mark is "###": a paragraph without one is not scanned for it)
    kept = ((_END_MARK.sub("", p) if "###" in p else p).strip() for p in paragraphs)
    return [p for p in kept if p and not _MARKUP_ONLY.fullmatch(p)]


# BOM, blanks, XML declaration, comments and a non-HTML DOCTYPE (with its internal subset)
_LEADING = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?xml[^>]*\?>|<!--.*?-->"
                      rb"|<!doctype\s+(?!html)[^\[>]*(?:\[.*?\])?\s*>)*", re.S | re.I)


def markup_root(head: bytes) -> str | None:
    """"html", "rss" or "xml" when the file opens with that markup, else None.

    Only the opening of the file counts (after a BOM, an XML declaration, comments such as a
    browser's "saved from url" mark): a text that merely mentions "<rss" is not a feed.
    """
    lead = _LEADING.match(head)  # always matches, possibly empty
    rest = head[lead.end() if lead else 0:][:512].lower()
    if rest.startswith((b"<!doctype html", b"<html")):
        return "html"
    if rest.startswith(b"<rss"):
        return "rss"
    if rest.startswith(b"<"):
        return "xml"
    return None
