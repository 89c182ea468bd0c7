"""XML read with a safe parser (no entity resolution, no DTD, no network) and its text."""

from __future__ import annotations

from lxml import etree

from ..errors import SourceError


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
