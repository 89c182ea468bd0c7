"""The matcher's patterns lowered and case-sensitive find what they find case-blind (issue 18)."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS
from hypothesis import example, given
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.taxonomy import matcher
from policytrends.taxonomy.case_twin import case_twin

# forms of pattern: words, classes and ranges, repeats, lookarounds, the matcher's word
# boundaries (a group with case-blindness off), named groups, characters of no case
FORMS = [r"security(?: council)?", r"[A-Z][a-z]+ (?:alliance|ties)", r"\bnato\b",
         r"(?<!maritime )security", r"(?=[a-z ]{0,20}\beconom)[a-z]+ economies",
         r"(?P<Field>trade|investment)s?", r"g[0-9]{1,2}", r"[^a-z ]+ed", r"日本(?:と|の)g7",
         rf"{matcher._WORD_START}(?:indo pacific|foip){matcher._WORD_END}",
         r"u\.s\.(?: |-)japan", r"[À-ÿ]x", r"\w+ly agreed", r"(?:[a-z]+ ){0,3}ukraine"]
PIECES = ["security", "Security", "SECURITY", " council", "nato", "NATO", "maritime ",
          "economies", "econom", "alliance", "ties", "Trade", "investments", "g7", "G20",
          "日本と", "の", "G7", "indo pacific", "FOIP", " ", "-", "u.s. japan", "U.S.-Japan",
          "ukraine", "x", "é", "É", "ß", "σ", "ς", "Σ", "k", "s", "ed", "quickly agreed",
          "İ", "ı", "ſ", "\u212a"]


@SETTINGS
@given(text=st.lists(st.sampled_from(PIECES), max_size=16).map("".join),
       which=st.integers(0, len(FORMS) - 1))
@example(text="maritime security council", which=3)
@example(text="É x", which=11)
def test_a_twin_finds_over_a_lowered_text_what_the_pattern_finds(text: str, which: int
                                                                 ) -> None:
    rx = re.compile(FORMS[which], re.IGNORECASE)
    twin = case_twin(rx, matcher._BOUNDARY)
    low = matcher._lower(text)
    if matcher._case_extras(low):
        return  # (the matcher uses the patterns themselves there)
    assert [m.span() for m in twin.finditer(low)] == [m.span() for m in rx.finditer(low)]
    for pos in range(len(low) + 1):
        a, b = twin.match(low, pos), rx.match(low, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_twins_are_lowered_and_case_sensitive_where_that_can_be_told() -> None:
    assert case_twin(re.compile(r"[A-Z]+ Ing", re.I)).pattern == "[a-z]+ ing"
    assert case_twin(re.compile(r"(?P<Kind>X)", re.I)).pattern == "(?P<Kind>x)"
    twin = case_twin(re.compile(rf"{matcher._WORD_START}Nato", re.I), matcher._BOUNDARY)
    assert twin.pattern == f"{matcher._WORD_START}nato" and not twin.flags & re.I
    # kept as they are: a range from an upper-case letter to others, a letter beyond ASCII
    # that has a case (itself or escaped), a named character, inline flags of its own, a
    # back-reference, an escaped parenthesis before "?" (read as a group of flags)
    for pattern in [r"[A-z]x", r"é", r"\u00c9cole", r"\x41b", r"\N{LATIN SMALL LETTER A}",
                    r"(?i:a)b", r"(?-i:A)b", r"(a)\1", r"(?P<a>x)(?P=a)", r"[\u0370-\u03ff]",
                    r"\(?x"]:
        rx = re.compile(pattern, re.I)
        assert case_twin(rx) is rx, pattern
    plain = re.compile("abc")
    assert case_twin(plain) is plain  # (not case-blind)


def test_the_shipped_taxonomy_runs_its_patterns_case_sensitively() -> None:
    m = taxonomy.get_matcher()
    twins = [t for (t, _, _), (rx, _, _) in zip(m._twins, m._patterns, strict=True)
             if t is not rx]
    assert len(twins) >= 0.9 * len(m._patterns)
    assert all(not t.flags & re.IGNORECASE for t in twins)


def test_the_matcher_finds_the_same_with_or_without_the_twins() -> None:
    m = taxonomy.get_matcher()
    texts = ["The Indo-Pacific Economic Framework, NATO's summit and the U.S.-Japan Alliance.",
             "Security and economic fields, the political, security and economic areas; the "
             "COP28 climate talks, energy security and Ukraine's reconstruction.",
             "They discussed Ukraine, the DPRK's missile launches and the G7 in Hiroshima.",
             "İstanbul talks on trade and investment, the ſecurity of Ukraine (odd folds)."]
    found = [m.find_counted(t) for t in texts]
    saved = m._twins, m._rest_twins, {i: s.twin for i, s in m._starts.items()}
    m._twins, m._rest_twins = m._patterns, m._rest
    for starts in m._starts.values():
        starts.twin = starts.rx
    try:
        assert [m.find_counted(t) for t in texts] == found
        assert any(found[i][0] for i in range(3))
    finally:
        m._twins, m._rest_twins = saved[0], saved[1]
        for i, twin in saved[2].items():
            m._starts[i].twin = twin
