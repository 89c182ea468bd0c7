"""Fast paths of reading real records give what the plain definitions give (issue 18)."""

from __future__ import annotations

import re

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policytrends.language import JAPANESE_SHARE, SAMPLE, language_of
from policytrends.sources import front_matter, markdown_text
from policytrends.sources.front_matter import simple_mapping

SETTINGS = settings(max_examples=2000, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _load(text: str, loader: type) -> object:
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loaders only
    except (yaml.YAMLError, ValueError):  # (PyYAML: ValueError for "\U00110000")
        return "error"


# pieces of double-quoted values: text, blanks, every escape YAML knows and some it does
# not, line breaks with or without indentation, blank lines, tabs, quotes, comments
DQ_PIECES = ["Readout", "of", "Japan", "President", " ", "  ", "\\_", "\\u2019", "\\u011F",
             "\\xFC", "\\xE7", "\\U0001F600", "\\\"", "\\\\", "\\/", "\\ ", "\\t", "\\n", "\\0",
             "\\N", "\\L", "\\P", "\\e", "\\q", "\\x4", "\\uD800", "\\U00110000", "\\u12G4",
             "\\\n  ", "\n  ", "\n ", "\n", "\n\t", "\n  \n  ", " \n  ", "\\\n  \\ ", ":", ": ",
             " #", "#", "'", "\t", "\u00a0", "\u2028", "\x85", "é", "---", "\n---", "\n...",
             "\n  - ", "\n  x: y", ","]
# and pieces of the forms the fast path reads, so that many values take it
DQ_USUAL = ["Readout", "of", " ", "  ", "\\_", "\\u2019", "\\xFC", "\\U0001F600", "\\\"",
            "\\\\", "\\ ", "\\t", "\\\n  ", "\n  ", "\n ", " \n  ", "\\\n  \\ ", ":", "é"]
usual = st.lists(st.sampled_from(DQ_USUAL), max_size=10).map("".join)
dq_values = st.one_of(st.lists(st.sampled_from(DQ_PIECES), max_size=10).map("".join),
                      usual, usual)
ENDINGS = ["\""] * 6 + ["\" # note", "\"x", "\" ", ""]
OTHER_LINES = ["date: '2022-01-21'", "tags: statements-releases", "tags: x",
               "published_time: 2022-01-21 11:26:54-05:00",
               "source_url: https://www.whitehouse.gov/briefing-room/x/", "title: plain",
               "  indented: x", "- item"]
front = st.tuples(
    st.lists(st.sampled_from(OTHER_LINES), max_size=2),
    st.sampled_from(["title", "date", "x", "on"]), dq_values, st.sampled_from(ENDINGS),
    st.lists(st.sampled_from(OTHER_LINES), max_size=2),
).map(lambda t: "\n".join([*t[0], f"{t[1]}: \"{t[2]}{t[3]}", *t[4]]))

REAL_TITLE = ("title: \"Readout of President\\_Biden\\u2019s Meeting with Prime Minister "
              "Kishida of\\_\\\n  Japan\"")


@SETTINGS
@given(text=front)
@example(text=REAL_TITLE)
@example(text="title: \"Remarks by President\\_Biden and Prime Minister Golob of the Republic"
              "\\\n  \\ of Slovenia Before Bilateral\\_Meeting\"\ntags: speeches-remarks")
@example(text="title: \"a long title\n  that runs on\"")
@example(text="title: \"a  b \n   c\\\"\"")
def test_double_quoted_front_matter_is_what_both_yaml_loaders_read(text: str) -> None:
    fast = simple_mapping(text)
    pure = _load(text, yaml.SafeLoader)
    if fast is not None:  # read without the parser: both loaders agree with it
        assert fast == pure
        assert fast == _load(text, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if pure != "error":  # and the reader's function gives what yaml.safe_load gives
        assert front_matter.safe_yaml(text) == pure


def test_real_front_matter_forms_take_the_fast_path() -> None:
    front = ("date: '2022-01-21'\nmodified_time: 2022-01-21 11:26:55-05:00\n"
             "source_url: https://bidenwhitehouse.archives.gov/briefing-room/x/\n"
             f"published_time: 2022-01-21 11:26:54-05:00\n{REAL_TITLE}\ntags: x")
    got = simple_mapping(front)
    assert got == yaml.safe_load(front)
    assert got is not None and got["title"] == ("Readout of President\u00a0Biden\u2019s Meeting "
                                                "with Prime Minister Kishida of\u00a0Japan")
    for odd in ("title: \"a\n\n  b\"", "title: \"a\n\tb\"", "title: \"a\nb\"",
                "title: \"a\" # note", "title: \"a \\q\"", "title: \"open"):
        assert simple_mapping(odd) is None, odd


LANG_PIECES = ["The two leaders met.", " ", "\u2019", "\u201c", "\u2014", "é", "両外相",
               "は", "会談", "カタカナ", "ｶﾀ", "画像1", "G7", "1234", "\n", "。"]


def _language_by_counting(text: str) -> str:
    """The definition: the share of Japanese among the letters of the opening."""
    sample = text[:SAMPLE]
    ja = len(re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]", sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    return "ja" if ja and ja >= JAPANESE_SHARE * (ja + latin) else "en"


@settings(SETTINGS, max_examples=800)
@given(text=st.lists(st.sampled_from(LANG_PIECES), max_size=30).map("".join))
@example(text="x" * SAMPLE + "両外相は会談を行いました")  # Japanese only after the opening
def test_language_skips_counting_only_texts_without_japanese(text: str) -> None:
    assert language_of(text) == _language_by_counting(text)


def _paragraphs_block_by_block(body: str) -> list[str]:
    """The definition: each block's end marks removed, then its inline markup."""
    paragraphs = []
    body = body.replace("\r\n", "\n")
    if "<" in body:
        body = markdown_text._HTML_BLOCK.sub("", body)
    for joined in markdown_text._block_texts(body):
        if not joined:
            continue
        if "#" in joined:
            joined = markdown_text._END_MARK.sub("", joined)
        text = markdown_text.markdown_inline(joined)
        if text and not markdown_text._MARKUP_ONLY.fullmatch(text):
            paragraphs.append(text)
    return paragraphs


MD_PIECES = ["word", "Biden", " ", "  ", "\t", "\u00a0", "\u2009", "\u202f", "\n", "\n\n",
             "\n\n\n", "\\###", "###", "\\#\\#\\#", "# ", "- ", "1. ", "---", "| a | b |",
             "*", "**", "_", "\\*", "\\[", "[link](http://a.b)", "<b>", "&amp;", "&", "\r\n",
             "<!-- c -->", "\\\n", ".", "é"]


@settings(SETTINGS, max_examples=800)
@given(body=st.lists(st.sampled_from(MD_PIECES), max_size=30).map("".join))
@example(body="Plain  text\u00a0here.\n\nSecond\tparagraph.\n\n\\###\n")
@example(body="One [link](http://a.b) here.\n\n\\###\n")
def test_markdown_paragraphs_in_one_pass_are_those_of_each_block(body: str) -> None:
    assert markdown_text.markdown_paragraphs(body) == _paragraphs_block_by_block(body)
