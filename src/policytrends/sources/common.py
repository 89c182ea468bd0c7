"""Helpers every format uses: decoding bytes, safe HTML/XML parsing, binary sniffing."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..errors import SourceError

_WS = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16 text mean binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in data[:8192]


def decode(data: bytes, rel: str) -> tuple[str, tuple[str, ...]]:
    """Text of a file: BOMs honoured, UTF-8 first, then cp1252 with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), ()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as exc:
            raise SourceError("encoding", f"{rel}: invalid UTF-16 ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    for enc in ("cp1252", "shift_jis"):
        try:
            return data.decode(enc), (f"decoded as {enc}, not UTF-8",)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), ("invalid UTF-8 replaced",)


def clean_space(text: str) -> str:
    return _WS.sub(" ", text).strip()


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


_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "br", "section", "article"}
_DROP = {"script", "style", "noscript", "template", "iframe", "svg", "nav", "header", "footer", "form", "button"}


def html_fragment_paragraphs(html: str, rel: str) -> list[str]:
    """Paragraph texts of an HTML fragment, scripts and styles removed."""
    if not html.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div", parser=safe_html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise SourceError("malformed_html", f"{rel}: {exc}") from exc
    return element_paragraphs(root)


def element_paragraphs(root: etree._Element) -> list[str]:
    """Text of an element split at block elements, dropping scripts and furniture tags."""
    for bad in root.iter(*_DROP):
        bad.drop_tree() if bad.getparent() is not None else None
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
    try:
        doc = lxml.html.document_fromstring(html, parser=safe_html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise SourceError("malformed_html", f"{rel}: {exc}") from exc
    title_el = doc.find(".//title")
    title = clean_space(title_el.text_content()) if title_el is not None else None
    body = doc.find(".//body")
    return title or None, element_paragraphs(body if body is not None else doc)
