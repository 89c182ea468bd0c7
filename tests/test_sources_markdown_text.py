"""sources.markdown_text: Markdown read by fast paths gives what the plain definitions
give."""

from __future__ import annotations

import html
import re

from fast_path_checks import SETTINGS
from hypothesis import given
from hypothesis import strategies as st

from policytrends.sources import markdown_text, whitespace

markdown = st.lists(st.sampled_from(
    ["word", " ", "*", "**", "_", "\\*", "\\[", "[link](http://a.b/c)", "![img](x.png)",
     "[ref][1]", "<https://a.b>", "<b>", "</b>", "<del>x</del>", "&amp;", "(", ")", "]", "["]),
    max_size=25).map("".join)


@SETTINGS
@given(text=markdown)
def test_markdown_inline_equals_every_pass_run_unconditionally(text: str) -> None:
    slow = markdown_text._hide_escapes(text)
    for rx, repl in ((markdown_text._STRUCK, ""), (markdown_text._INLINE_TAG, ""),
                     (markdown_text._IMAGE, ""), (markdown_text._LINK, r"\1"),
                     (markdown_text._REF_LINK, r"\1"), (markdown_text._AUTOLINK, r"\1")):
        slow = rx.sub(repl, slow)
    for _ in range(2):
        slow = markdown_text._EMPHASIS.sub(r"\2", slow)
    slow = markdown_text._STRAY_STARS.sub("", slow)
    slow = whitespace.clean_space(html.unescape(markdown_text._show_escapes(slow)))
    assert markdown_text.markdown_inline(text) == slow


stars = st.lists(st.sampled_from(
    ["*", "**", "***", "****", "_", "__", "___", "a", "word", " ", "  ", "\n", "é", ".", "*a*",
     "**b**", "_c_"]), max_size=25).map("".join)


@SETTINGS
@given(text=stars)
def test_star_patterns_with_a_literal_first_match_as_the_plain_forms(text: str) -> None:
    emphasis = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
    stray = re.compile(r"(?<![\w*])\*{1,3}|\*{1,3}(?![\w*])")
    assert [(m.span(), m.groups()) for m in markdown_text._EMPHASIS.finditer(text)] == [
        (m.span(), m.groups()) for m in emphasis.finditer(text)]
    assert [m.span() for m in markdown_text._STRAY_STARS.finditer(text)] == [
        m.span() for m in stray.finditer(text)]


md_lines = st.lists(st.sampled_from(
    [" ", "  ", "    ", "\t", "-", "*", "+", "_", "#", "###", "1.", "12)", "|", ":", "x",
     "Word", "\u00a0", "---", "| a | b |", "|---|---|"]), max_size=8).map("".join)


@SETTINGS
@given(line=md_lines)
def test_markdown_line_tests_agree_with_their_patterns(line: str) -> None:
    assert markdown_text._item_or_heading(line) == bool(
        markdown_text._LIST_ITEM.match(line) or markdown_text._HEADING.match(line))
    assert markdown_text._heading(line) == bool(markdown_text._HEADING.match(line))
    assert markdown_text._rule(line) == bool(
        markdown_text._RULE.match(line) or markdown_text._TABLE_RULE.match(line))


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
        body = markdown_text._HTML_BLOCK.sub("", body)
    paragraphs = []
    for lines in markdown_text._blocks(body.split("\n")):
        text = markdown_text.markdown_inline(
            markdown_text._END_MARK.sub("", markdown_text._block_text(lines)))
        if text and not markdown_text._MARKUP_ONLY.fullmatch(text):
            paragraphs.append(text)
    return paragraphs


@SETTINGS
@given(body=md_bodies)
def test_plain_markdown_runs_skip_the_line_tests_with_the_same_paragraphs(body: str) -> None:
    assert markdown_text.markdown_paragraphs(body) == _reference_markdown_paragraphs(body)


@SETTINGS
@given(paras=st.lists(st.lists(st.sampled_from(["A", " ", "#", "##", "###", "*", "_", "\\", "[]()",
                                                "\n", "text"]), max_size=8).map("".join),
                      max_size=5))
def test_end_marks_are_looked_for_only_where_there_are_three_hashes(paras: list[str]) -> None:
    kept = (markdown_text._END_MARK.sub("", p).strip() for p in paras)
    assert markdown_text.strip_end_marks(paras) == [
        p for p in kept if p and not markdown_text._MARKUP_ONLY.fullmatch(p)]


escapes = st.lists(st.sampled_from(
    ["\\", "\\\\", "\\*", "\\_", "\\[", "\\ ", "\\n", "\\w", "\\é", "*", "_", "a", " ", "\\`",
     "\\/", "\\=", "\ue02a", "\ue0ff", "\ue100", "\ue000"]), max_size=30).map("".join)


@SETTINGS
@given(text=escapes)
def test_escapes_hidden_and_shown_in_passes_as_by_their_patterns(text: str) -> None:
    hidden = markdown_text._MD_ESCAPE.sub(
        lambda m: chr(markdown_text._PRIVATE + ord(m.group(1))), text)
    assert markdown_text._hide_escapes(text) == hidden
    assert markdown_text._show_escapes(hidden) == re.sub(
        r"[\ue000-\ue0ff]", lambda m: chr(ord(m.group(0)) - markdown_text._PRIVATE), hidden)


def test_the_escaped_characters_are_those_of_the_escape_pattern() -> None:
    assert {c for c in map(chr, range(0x3000))
            if markdown_text._MD_ESCAPE.fullmatch("\\" + c)} == set(markdown_text._ESCAPED)


def test_bullet_lines_are_paragraphs_of_their_own() -> None:
    body = ("The Minister was joined by: • Ana Roe, Ambassador to Peru  \n"
            "• Bo Lin, Consul General, Cusco  \n• Cy Poe, Founder of a Choir")
    assert markdown_text.markdown_paragraphs(body, list_lines=True) == [
        "The Minister was joined by: • Ana Roe, Ambassador to Peru",
        "• Bo Lin, Consul General, Cusco", "• Cy Poe, Founder of a Choir"]
    assert len(markdown_text.markdown_paragraphs(body)) == 1  # other sources: as before


def test_short_lines_ending_in_a_hard_break_are_paragraphs_of_their_own() -> None:
    body = "**Taking part:**  \nOhio Governor Ana Roe  \nUtah Governor Bo Lin  \n"
    assert markdown_text.markdown_paragraphs(body, list_lines=True) == [
        "Taking part:", "Ohio Governor Ana Roe", "Utah Governor Bo Lin"]


def test_a_hard_break_led_by_a_no_break_space_sets_list_lines_apart() -> None:
    body = ("**<u>Panelists</u>**:\u00a0   \nState Senator Ana Roe\u00a0   \n"
            "Delegate Bo Lin\u00a0  \nMayor Cy Poe  \n")
    assert markdown_text.markdown_paragraphs(body, list_lines=True) == [
        "Panelists:", "State Senator Ana Roe", "Delegate Bo Lin", "Mayor Cy Poe"]


def test_prose_broken_mid_sentence_stays_one_paragraph() -> None:
    line = "The Secretary met the delegation of farmers from the northern provinces and"
    rest = "discussed the harvest, the price of seed and the rain."
    assert markdown_text.markdown_paragraphs(line + "  \n" + rest, list_lines=True) == [
        line + " " + rest]


list_bodies = st.lists(st.sampled_from(
    ["Word", "word", " ", "  ", "   ", "\n", "\n\n", ":", "*", "**", "_", "•", "- ", "Ann Roe",
     "(OH)", "A.", "x" * 60, "\t", "&", "\u00a0", "\u00a0  "]), max_size=30).map("".join)


@SETTINGS
@given(body=list_bodies)
def test_list_lines_are_set_apart_as_the_plain_pattern_sets_them(body: str) -> None:
    expected = markdown_text._LIST_LINE_BREAK.sub(r"\1\n\n", body)
    expected = markdown_text._BULLET_LINE.sub("\n\n", expected)
    assert markdown_text.list_lines_apart(body) == expected
