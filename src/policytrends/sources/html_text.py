"""HTML parsed safely (no network, no DTD entities) and read as paragraphs; XPath helpers."""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html
from lxml import etree

from ..errors import SourceError
from .whitespace import clean_space

# control characters lxml refuses in text nodes (it raises when a tree is edited around them)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# an XHTML page's `<?xml ... encoding="..."?>`: lxml refuses it in an already decoded str
_XML_DECL = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")


def safe_html_parser() -> lxml.html.HTMLParser:
    """No network, no entity expansion from DTDs."""
    return lxml.html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)


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
