"""sources.whitespace: spaces and lines cleaned by fast paths give what the plain
definitions give."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS, texts
from hypothesis import given
from hypothesis import strategies as st

from policytrends.sources import whitespace

blanks = st.lists(st.sampled_from(
    ["a", "b.", " ", "  ", "\t", "\u00a0", "\u2009", "\u202f", "\u2003", "\n", "\n", "’", "\r",
     "\x0b"]),
    max_size=30).map("".join)


BLANK_RUN = re.compile(r"[ \t\u00a0\u2009\u202f]+")  # clean_space's plain definition


@SETTINGS
@given(text=texts)
def test_clean_space_skips_only_lines_it_would_not_change(text: str) -> None:
    assert whitespace.clean_space(text) == BLANK_RUN.sub(" ", text).strip()


@SETTINGS
@given(text=blanks)
def test_clean_space_by_replaces_is_one_space_per_run_of_blanks(text: str) -> None:
    assert whitespace.clean_space(text) == BLANK_RUN.sub(" ", text).strip()


@SETTINGS
@given(text=blanks)
def test_clean_lines_of_the_whole_text_are_its_lines_cleaned_one_by_one(text: str) -> None:
    by_line = [whitespace.clean_space(line) for line in text.split("\n")]
    assert whitespace.clean_lines(text) == [line for line in by_line if line]
