"""sources.common: spaces, lines, Markdown and front matter read by fast paths give what
the plain definitions give."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS, texts
from hypothesis import given
from hypothesis import strategies as st

from policytrends.sources import common

blanks = st.lists(st.sampled_from(
    ["a", "b.", " ", "  ", "\t", "\u00a0", "\u2009", "\u202f", "\u2003", "\n", "\n", "’", "\r",
     "\x0b"]),
    max_size=30).map("".join)


BLANK_RUN = re.compile(r"[ \t\u00a0\u2009\u202f]+")  # clean_space's plain definition


@SETTINGS
@given(text=texts)
def test_clean_space_skips_only_lines_it_would_not_change(text: str) -> None:
    assert common.clean_space(text) == BLANK_RUN.sub(" ", text).strip()


@SETTINGS
@given(text=blanks)
def test_clean_space_by_replaces_is_one_space_per_run_of_blanks(text: str) -> None:
    assert common.clean_space(text) == BLANK_RUN.sub(" ", text).strip()


@SETTINGS
@given(text=blanks)
def test_clean_lines_of_the_whole_text_are_its_lines_cleaned_one_by_one(text: str) -> None:
    by_line = [common.clean_space(line) for line in text.split("\n")]
    assert common.clean_lines(text) == [line for line in by_line if line]


markdown = st.lists(st.sampled_from(
    ["word", " ", "*", "**", "_", "\\*", "\\[", "[link](http://a.b/c)", "![img](x.png)",
     "[ref][1]", "<https://a.b>", "<b>", "</b>", "<del>x</del>", "&amp;", "(", ")", "]", "["]),
    max_size=25).map("".join)


@SETTINGS
@given(text=markdown)
def test_markdown_inline_equals_every_pass_run_unconditionally(text: str) -> None:
    slow = common._hide_escapes(text)
    for rx, repl in ((common._STRUCK, ""), (common._INLINE_TAG, ""), (common._IMAGE, ""),
                     (common._LINK, r"\1"), (common._REF_LINK, r"\1"),
                     (common._AUTOLINK, r"\1")):
        slow = rx.sub(repl, slow)
    for _ in range(2):
        slow = common._EMPHASIS.sub(r"\2", slow)
    slow = common._STRAY_STARS.sub("", slow)
    slow = common.clean_space(common.html.unescape(common._show_escapes(slow)))
    assert common.markdown_inline(text) == slow


stars = st.lists(st.sampled_from(
    ["*", "**", "***", "****", "_", "__", "___", "a", "word", " ", "  ", "\n", "é", ".", "*a*",
     "**b**", "_c_"]), max_size=25).map("".join)


@SETTINGS
@given(text=stars)
def test_star_patterns_with_a_literal_first_match_as_the_plain_forms(text: str) -> None:
    emphasis = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
    stray = re.compile(r"(?<![\w*])\*{1,3}|\*{1,3}(?![\w*])")
    assert [(m.span(), m.groups()) for m in common._EMPHASIS.finditer(text)] == [
        (m.span(), m.groups()) for m in emphasis.finditer(text)]
    assert [m.span() for m in common._STRAY_STARS.finditer(text)] == [
        m.span() for m in stray.finditer(text)]


md_lines = st.lists(st.sampled_from(
    [" ", "  ", "    ", "\t", "-", "*", "+", "_", "#", "###", "1.", "12)", "|", ":", "x",
     "Word", "\u00a0", "---", "| a | b |", "|---|---|"]), max_size=8).map("".join)


@SETTINGS
@given(line=md_lines)
def test_markdown_line_tests_agree_with_their_patterns(line: str) -> None:
    assert common._item_or_heading(line) == bool(
        common._LIST_ITEM.match(line) or common._HEADING.match(line))
    assert common._heading(line) == bool(common._HEADING.match(line))
    assert common._rule(line) == bool(common._RULE.match(line) or common._TABLE_RULE.match(line))


fm_pieces = st.lists(st.sampled_from(
    ["\ufeff", "---", "...", "-", ".", " ", "\t", "\n", "\n", "\r", "a: b", "x"]),
    max_size=12).map("".join)


front_matters = st.one_of(fm_pieces, st.tuples(
    st.sampled_from(["", "\ufeff", " "]), st.sampled_from(["---", "--", "---x"]),
    st.sampled_from(["\n", " \n", "\t \n", " "]), fm_pieces,
    st.sampled_from(["\n---", "\n...", "---", "\n--"]), st.sampled_from(["", " ", "\t"]),
    st.sampled_from(["", "\n", "x", "\r\n"]), fm_pieces).map("".join))


@SETTINGS
@given(text=front_matters)
def test_front_matter_found_in_two_searches_is_the_lazy_pattern_s(text: str) -> None:
    lazy = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
    m = lazy.match(text)
    assert common.split_front_matter(text) == ((m.group(1), text[m.end():]) if m else (None, text))


md_bodies = st.lists(st.sampled_from(
    ["word", "Word.", " ", "  ", "\t", "\n", "\n", "\n\n", " \n", "\n  ", "\r\n", "\u00a0",
     "\u2028", "\x0b", "\r", "\x1c", "- ", "-", "* ", "+ ", "1. ", "12) ", "2,023", "#", "## ",
     "###", "---", "***", "_ _ _", "|", " | ", "|---|", "\\", "\\\n", "*em*", "&amp;",
     "<figure>x</figure>", "**Bold**"]),
    max_size=40).map("".join)


def _reference_markdown_paragraphs(body: str) -> list[str]:
    """Every line through `_blocks` and `_block_text`, as first written."""
    body = body.replace("\r\n", "\n")
    if "<" in body:
        body = common._HTML_BLOCK.sub("", body)
    paragraphs = []
    for lines in common._blocks(body.split("\n")):
        text = common.markdown_inline(common._END_MARK.sub("", common._block_text(lines)))
        if text and not common._MARKUP_ONLY.fullmatch(text):
            paragraphs.append(text)
    return paragraphs


@SETTINGS
@given(body=md_bodies)
def test_plain_markdown_runs_skip_the_line_tests_with_the_same_paragraphs(body: str) -> None:
    assert common.markdown_paragraphs(body) == _reference_markdown_paragraphs(body)


@SETTINGS
@given(paras=st.lists(st.lists(st.sampled_from(["A", " ", "#", "##", "###", "*", "_", "\\", "[]()",
                                                "\n", "text"]), max_size=8).map("".join),
                      max_size=5))
def test_end_marks_are_looked_for_only_where_there_are_three_hashes(paras: list[str]) -> None:
    kept = (common._END_MARK.sub("", p).strip() for p in paras)
    assert common.strip_end_marks(paras) == [
        p for p in kept if p and not common._MARKUP_ONLY.fullmatch(p)]
