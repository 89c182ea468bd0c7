"""Plain paragraphs of the pandoc-style Markdown of the White House corpus."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from .whitespace import clean_space, one_space

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
# (the lookahead names the characters a match starts with, so that a search skips the
# others at once: regex_guard's guard, written out, as sources import nothing of taxonomy)
_END_MARK = re.compile(r"(?=[\s*_\\#])(?:(?:^|\s)[*_]*\\?#{3}[*_]*(?:\[\]\(\))?\s*$)")


# the characters a backslash escapes (_MD_ESCAPE), the backslash first
_ESCAPED = "\\" + "`*_{}[]()#+-.!|<>\"'$~^&@:;= /"
_HIDDEN = {f"\\{c}": chr(_PRIVATE + ord(c)) for c in _ESCAPED}
_SHOWN = {_PRIVATE + i: i for i in range(0x100)}


def _hide_escapes(text: str) -> str:
    """_MD_ESCAPE.sub(hidden character) in C-level passes (a Python call per escape was a
    hot spot): escaped backslashes first, left to right as the pattern takes them; every
    backslash left then stands before a character other than a backslash, so the other
    escapes cannot overlap and each is replaced on its own."""
    for escape, hidden in _HIDDEN.items():
        if escape in text:
            text = text.replace(escape, hidden)
    return text


def _show_escapes(text: str) -> str:
    """Every character of the private-use block U+E000-U+E0FF back to its own."""
    return text.translate(_SHOWN)


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


# White House lists written without Markdown list syntax: a hard line break (two or more
# blanks ending a line) after a capitalised word or a colon and before a capital ("Michigan
# Governor A B  \nIndiana Governor C D  \n"; a no-break space may lead the blanks:
# "Delegate A B\u00a0  \n"), and a line opening with a bullet ("• A B,
# Ambassador"), each start a paragraph of their own. Prose broken mid-sentence ("... and  \n
# discussed") is joined as before.
_LIST_LINE_BREAK = re.compile(
    r"^([^\n]{0,100}?(?:\b[A-Z][\w’'.&-]*\)?|:)[*_]*)[ \u00a0]* {2,}\n(?=[\s*_•·-]*[A-Z])",
    re.M)
_BULLET_LINE = re.compile(r"\n(?=[ \t]*[•·▪◦])")


_LIST_LINE_END = re.compile(r"(?:\b[A-Z][\w’'.&-]*\)?|:)[*_]*$")
_NEXT_CAPITAL = re.compile(r"[\s*_•·-]*[A-Z]")


def list_lines_apart(body: str) -> str:
    """`body` with the lines of lists written with hard line breaks or bullets set apart
    as paragraphs: ``_LIST_LINE_BREAK.sub(r"\\1\\n\\n", body)`` (tried only at the hard
    breaks: the pattern tried at every line start was a hot spot), then ``_BULLET_LINE``."""
    at = body.find("  \n")
    if at >= 0:
        parts: list[str] = []
        done = 0
        while at >= 0:
            line_start = body.rfind("\n", 0, at) + 1
            # the blanks' start (a no-break space may lead them: "Delegate A B\u00a0  ")
            stop = len(body[line_start:at].rstrip(" \u00a0")) + line_start
            end = _LIST_LINE_END.search(body, line_start, stop)
            if (end is not None and end.start() - line_start <= 100
                    and _NEXT_CAPITAL.match(body, at + 3) is not None):
                parts += [body[done:stop], "\n\n"]
                done = at + 3
            at = body.find("  \n", at + 3)
        body = "".join(parts) + body[done:] if parts else body
    if "•" in body or "·" in body or "▪" in body or "◦" in body:
        body = _BULLET_LINE.sub("\n\n", body)
    return body


def markdown_paragraphs(body: str, list_lines: bool = False) -> list[str]:
    """Paragraphs of a Markdown body: hard-wrapped lines re-joined, markup and end marks removed.

    Args:
        body: the Markdown text.
        list_lines: set apart the lines of lists written without list syntax (the White
            House's hard line breaks and bullets; `list_lines_apart`).
    """
    body = body.replace("\r\n", "\n")
    if list_lines:
        body = list_lines_apart(body)
    if "<" in body:
        body = _HTML_BLOCK.sub("", body)
    blocks = [_END_MARK.sub("", joined) if "#" in joined else joined
              for joined in _block_texts(body) if joined]
    every = "\n".join(blocks)  # (a block holds no line break)
    if any(sign in every for sign in _INLINE_SIGNS):
        texts: Iterable[str] = map(markdown_inline, blocks)
    else:  # markdown_inline is clean_space here: one pass over all the blocks at once
        # (no run of blanks spans a line break)
        texts = map(str.strip, one_space(every).split("\n"))
    return [text for text in texts if text and not _MARKUP_ONLY.fullmatch(text)]


def strip_end_marks(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the "###" end-of-release marks."""
    # (the mark is "###": a paragraph without one is not scanned for it)
    kept = ((_END_MARK.sub("", p) if "###" in p else p).strip() for p in paragraphs)
    return [p for p in kept if p and not _MARKUP_ONLY.fullmatch(p)]
