"""Fast paths of extraction and tagging give what the plain definitions give (issue 18)."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS
from hypothesis import example, given
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.taxonomy import matcher, prefixes

# Patterns holding literals every match must hold: in lookaheads, after bounded and
# unbounded runs, inside groups and repeats; and ones whose literals no rule can require
# (in an alternation, in a lookbehind, in a group with flags of its own).
REQUIRED_PATTERNS = [
    r"(?=[a-z., ]{0,30}?\bjapan\b)(?=[a-z., ]{0,30}?\bindia\b)(?:japan|india)"
    r"(?:,? and (?:japan|india)){1}(?![a-z])",
    r"(?:(?:us|japan|our|long standing) ){1,4}alliance(?:'s)?",
    r"ties(?: [a-z]+)* with nato",
    r"(?:ties|alliance)(?: of)? (?:nato|japan)",
    r"(?<=the )ties(?-i: WITH) nato",
    r"(?:with (?:the )?){2,3}nato alliance",
    r"japan(?= [a-z]+ alliance)",
]
REQUIRED_PIECES = ["japan", "JAPAN", "india", "us", "our", "long standing", "alliance", "'s",
                   "ties", "with", "nato", "NATO", "the ", " ", ", ", ",", " and ", "of ",
                   "x", "İ", "ı", "ſ", "\u212a", "WITH"]


def test_required_literals_of_each_form() -> None:
    # up to 30 characters and a zero-width \b before the literal; " and " after at most
    # 5 + 1 characters
    assert prefixes.required_literals(REQUIRED_PATTERNS[0]) == (
        ("japan", 35), ("india", 35), (" and ", 11))
    assert prefixes.required_literals(REQUIRED_PATTERNS[1]) == (("alliance", 4 * 14 + 8),)
    assert prefixes.required_literals(REQUIRED_PATTERNS[2]) == (("ties", 4),
                                                                 (" with nato", None))
    assert prefixes.required_literals(REQUIRED_PATTERNS[3]) == ()  # alternatives only
    # a group with flags of its own is not read, but its width counts
    assert prefixes.required_literals(REQUIRED_PATTERNS[4]) == (("ties", 4), (" nato", 14))
    assert prefixes.required_literals(REQUIRED_PATTERNS[5]) == (("with ", 5),
                                                                 ("nato alliance", 40))
    assert prefixes.required_literals(REQUIRED_PATTERNS[6]) == (("japan", 5),
                                                                 (" alliance", None))
    assert prefixes.required_literals(r"[a-z]+") == ()
    assert prefixes.required_literals(r"(") == ()  # the parser's error: none known


@SETTINGS
@given(text=st.lists(st.sampled_from(REQUIRED_PIECES), max_size=30).map("".join),
       which=st.integers(0, len(REQUIRED_PATTERNS) - 1))
@example(text="japan, our long standing alliance's", which=1)
@example(text="japan and india", which=0)
def test_every_match_holds_its_required_literals_within_reach(text: str, which: int) -> None:
    pattern = REQUIRED_PATTERNS[which]
    rx = re.compile(f"{matcher._WORD_START}(?:{pattern}){matcher._WORD_END}", re.IGNORECASE)
    norm = matcher.normalise(text)[0]
    if matcher._CASE_EXTRAS.search(norm):
        return  # (the matcher reads no required literal in such a text)
    for start in range(len(norm) + 1):
        if rx.match(norm, start):
            for lit, reach in prefixes.required_literals(pattern):
                end = len(norm) if reach is None else start + reach
                assert norm.find(lit, start, end) >= 0, (lit, start)


def test_the_matcher_finds_the_same_without_required_literals() -> None:
    m = taxonomy.get_matcher()
    assert any(m._required), "the shipped taxonomy has patterns with required literals"
    texts = ["Japan, Australia, India and the United States; the U.S.-Japan alliance and "
             "the long standing U.S. alliance, our ironclad alliance.",
             "Japan and India, the Japan alliance, \u212aorea alliance, securıty alliance, "
             "united states, japan, australia and india",
             "the free and open Indo-Pacific; a free, open Indo-Pacific that is secure",
             "security " * 40 + "alliance"]
    found = [m.find_counted(t) for t in texts]
    saved, m._required = m._required, [()] * len(m._required)
    try:
        assert [m.find_counted(t) for t in texts] == found
    finally:
        m._required = saved
