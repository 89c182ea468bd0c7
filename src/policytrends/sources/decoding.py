"""A file's bytes as text: BOMs, UTF-8, a declared charset, Shift_JIS, mixed encodings,
cp1252; and sniffing what the bytes are (binary, or which markup they open with)."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import SourceError

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
