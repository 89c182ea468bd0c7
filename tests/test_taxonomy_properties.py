"""Property tests: any text tags without error and every offset indexes the original text."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.automaton import ahocorasick_rs
from policytrends.taxonomy import Matcher, tag
from policytrends.taxonomy.matcher import normalise

PIECES = st.sampled_from([
    "Indo-Pacific", "Free and Open", "North Korea", "Republic of Korea", "DPRK\u2019s",
    "ballistic", "missile launch", "South China Sea", "China", "\u201c2+2\u201d", " ", "  ",
    "\n", "\r\n", "\t", "-", "\u2014", "\u00a0", "\u0130", "\u00df", "e\u0301", "x", ".", ",",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join))
def test_offsets_always_index_the_original_text(text: str) -> None:
    found = tag(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.matched
        assert not m.matched[0].isspace() and not m.matched[-1].isspace()
    # a passage is counted once per theme
    assert len({(m.start, m.theme) for m in found}) == len(found)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_normalise_has_no_double_spaces_and_maps_inside_the_text(text: str) -> None:
    norm, run_pos, shift = normalise(text)
    assert "  " not in norm
    assert len(run_pos) == len(shift)
    assert all(s > 0 for s in shift)


@functools.cache
def _matchers() -> tuple[Matcher, Matcher]:
    """One matcher of each backend, built once (a build compiles every rule pattern)."""
    tax = taxonomy.load()
    return Matcher(tax, backend="py"), Matcher(tax, backend="rs")


@pytest.mark.skipif(ahocorasick_rs is None, reason="ahocorasick_rs not installed")
@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join))
def test_both_automaton_backends_find_the_same_passages(text: str) -> None:
    py, rs = _matchers()
    assert py.find(text) == rs.find(text)


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="backend"):
        Matcher(taxonomy.load(), backend="nope")
