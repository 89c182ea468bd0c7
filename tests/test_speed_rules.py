"""Fast paths of extraction and tagging give what the plain definitions give (issue 18)."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS
from hypothesis import example, given
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.extract import countries, naming, people, us
from policytrends.extract import us_rules as R
from policytrends.extract.casefold import ODD_CASE, folded, has_odd_case
from policytrends.extract.people_rules import ORGANISATION_PATTERNS
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
    # kana and ideographs have no case: two of them make a literal
    r"(?:\d{1,2}\.?|\(\d{1,2}\)) ?経済(?=\s)",
    r"日本(?:と|の)g7首脳",
]
REQUIRED_PIECES = ["japan", "JAPAN", "india", "us", "our", "long standing", "alliance", "'s",
                   "ties", "with", "nato", "NATO", "the ", " ", ", ", ",", " and ", "of ",
                   "x", "İ", "ı", "ſ", "\u212a", "WITH", "1", "(2)", "12.", "経済", "経",
                   "済", "日本", "の", "と", "g7", "G7", "首脳", "首"]


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
    assert prefixes.required_literals(REQUIRED_PATTERNS[7]) == (("経済", 7),)
    assert prefixes.required_literals(REQUIRED_PATTERNS[8]) == (("日本", 2), ("g7首脳", 7))
    assert prefixes.required_literals(r"[a-z]+") == ()
    assert prefixes.required_literals(r"[a-z]経[0-9]") == ()  # one character is too short
    assert prefixes.required_literals(r"(") == ()  # the parser's error: none known


def _match_starts(pattern: str, text: str) -> tuple[str, list[int]]:
    """The matcher's normalised text and where `pattern` (case-blind) matches in it."""
    rx = re.compile(pattern, re.IGNORECASE)
    norm = matcher.normalise(text)[0]
    return norm, [start for start in range(len(norm) + 1) if rx.match(norm, start)]


@SETTINGS
@given(text=st.lists(st.sampled_from(REQUIRED_PIECES), max_size=30).map("".join),
       which=st.integers(0, len(REQUIRED_PATTERNS) - 1))
@example(text="japan, our long standing alliance's", which=1)
@example(text="japan and india", which=0)
def test_every_match_holds_its_required_literals_within_reach(text: str, which: int) -> None:
    pattern = REQUIRED_PATTERNS[which]
    norm, starts = _match_starts(
        f"{matcher._WORD_START}(?:{pattern}){matcher._WORD_END}", text)
    if matcher._CASE_EXTRAS.search(norm):
        return  # (the matcher reads no required literal in such a text)
    for start in starts:
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
             "security " * 40 + "alliance",
             "1. 経済 日米経済 (2) 経済\n3.経済 二国間関係 日本と経済協力 2 経済"]
    found = [m.find_counted(t) for t in texts]
    saved, m._required = m._required, [()] * len(m._required)
    try:
        assert [m.find_counted(t) for t in texts] == found
    finally:
        m._required = saved


ODD_PIECES = ["Japan", " ", "é", "’", "\u0130", "\u0131", "\u017f", "\u212a", "x", "日本", "İ"]


@SETTINGS
@given(text=st.lists(st.sampled_from(ODD_PIECES), max_size=12).map("".join))
def test_odd_case_checks_by_substring_find_what_the_class_search_finds(text: str) -> None:
    assert has_odd_case(text) == bool(ODD_CASE.search(text))
    assert matcher._case_extras(text) == bool(matcher._CASE_EXTRAS.search(text))


def _plain_country_word(word: str) -> bool:
    spans = countries.country_spans(word)
    return bool(spans) and spans[0][1] - spans[0][0] == len(word)


def test_a_country_word_is_one_the_gazetteer_reads_whole() -> None:
    names = sorted(countries.country_names())
    words = names + [n + "s" for n in names[:200]] + [n.lower() for n in names[:200]] + [
        "South China Sea", "Korean Peninsula", "Latin America", "U.S", "U.S.", "US", "Georgia",
        "New", "South", "the United States", "Japan Japan", "", "X"]
    words += [f"{a} {b}" for a, b in zip(names[::7], names[3::7], strict=False)]
    assert [people._is_country_word(w) for w in words] == [_plain_country_word(w)
                                                            for w in words]


ORG_PIECES = ["World Health Organization", "WHO", "World Bank", "NATO", "NATOs", "the ", ", ",
              "and ", "UN Secretary", "United Nations", "U.N.", "xIMF", "IMF", "OAS", " ", "\n",
              "European Council", "European Commission", "EU"]


@SETTINGS
@given(segment=st.lists(st.sampled_from(ORG_PIECES), max_size=12).map("".join))
def test_organisations_searched_only_where_their_phrase_is_are_those_of_every_search(
        segment: str) -> None:
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for _, pattern, code in ORGANISATION_PATTERNS:  # every pattern searched, as before
        for m in pattern.finditer(segment):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), code))
    assert us._organisations(segment) == [code for _, code in sorted(found)]


def test_the_words_a_guarded_us_rule_needs_are_in_its_pattern() -> None:
    # (a rule edited to match without one of them must change its words too)
    assert "\\s+(?:side|delegation)," in R.SIDE_LED_BY.pattern and R.SIDE_WORDS == (
        "side", "delegation")
    assert "(?:governments|countries|nations)\\b[" in R.UNNAMED_FOREIGN_COUNT.pattern
    assert R.UNNAMED_FOREIGN_COUNT_WORDS == ("governments", "countries", "nations")
    assert R.MEETING_HELD_AT.pattern.endswith(")\\s+(?P<prep>in|at)\\s)")  # (guarded)
    assert R.HELD == ("held", "took place", "today’s", "today's", "yesterday’s", "yesterday's")
    for words in ("held", "took\\s+place", "(?:today|yesterday)[’']s"):
        assert words in R.MEETING_HELD_AT.pattern


US_PIECES = ["The U.S. side", " delegation", " was led by ", "co-chaired by", " Mr. Smith",
             "Five other governments", "30 countries", "over ten", "the 12", " nations",
             " attended.", " joined",
             " took part", "the meeting", ", held in ", " HELD at ", "Tokyo", "Japan", "\n\n",
             ". ", " ", "Held", "hełd", "İ", "ı", "x", "Side", "Delegation", "the"]
us_texts = st.lists(st.sampled_from(US_PIECES), max_size=24).map("".join)


@SETTINGS
@given(text=us_texts, cut=st.integers(0, 200))
@example(text="At the meeting, held in Tokyo, they talked.", cut=0)
@example(text="The U.S. delegation was led by Mr. Smith", cut=200)
@example(text="Leaders of 30 nations attended the meeting.", cut=0)
def test_us_rules_searched_only_where_their_words_are_find_what_every_search_finds(
        text: str, cut: int) -> None:
    cut = min(cut, len(text))
    found = us._Found(0, cut, 0, min(cut, 3), "met")
    assert us._held_at(text, found, folded(text)) == us._held_at(text, found, None)
    seg = text[max(0, cut - 300):cut]
    last = None
    for m in R.SIDE_LED_BY.finditer(seg):  # the plain definition: every search made
        last = m
    plain = (None if last is None or R.SIDE_SWITCH.search(seg, last.end())
             else us._side_country(last.group(1)))
    assert us._side_led_by(text, cut) == plain
    para_start = text.rfind("\n\n", 0, found.start) + 1
    para_end = text.find("\n\n", found.end)
    counted = R.UNNAMED_FOREIGN_COUNT.search(text, para_start,
                                             para_end if para_end > 0 else len(text))
    object_ = R.UNNAMED_FOREIGN_OBJECT.search(text, found.verb_end, cut)
    assert us._unnamed_foreign_side(text, found, cut) == bool(object_ or counted)


@SETTINGS
@given(tok=st.text(alphabet="ABab.-’Ééİıⓐ日1 ", max_size=6))
@example(tok="MOTEGI")
@example(tok="Le")
def test_capitals_told_first_by_isupper_are_those_of_the_letter_by_letter_test(
        tok: str) -> None:
    letters = [c for c in tok if c.isalpha()]
    plain = len(letters) >= 2 and all(c.isupper() for c in letters) and "." not in tok
    assert naming.is_caps(tok) == plain


@SETTINGS
@given(context=st.lists(st.sampled_from(["King", "Abdullah", "II", " ", "Sultan", "Emir",
                                         "Tamim", "XVI", "\n", "king", "Grand Duke", "Henri",
                                         "Pope"]), max_size=12).map("".join),
       word=st.sampled_from(["Abdullah", "Tamim", "Henri", "Carl"]))
@example(context="Talks with King Abdullah II", word="Abdullah")
def test_a_regnal_ordinal_is_looked_for_only_in_a_text_naming_a_royal_title(
        context: str, word: str) -> None:
    m = naming._regnal_in_text(word).search(context)  # every text searched
    plain = f"{naming.normal_case(word)} {m.group(1)}" if m else None
    assert naming._regnal(word, context) == plain


# Patterns with optional parts, repeats and alternations: every match starts with one of
# their literal prefixes (where the matcher tries them).
PREFIX_PATTERNS = [r"(?:the )?(?:security|defen[cs]e)", r"(?:the |a )?alliance(?:'s)?",
                   r"(?:the ){0,2}alliance", r"(?:u\.s\.? )?(?:japan )?alliance",
                   r"(?:the )?+security", r"(?:[a-z]+ )?alliance", r"(?:the )*?x[yz]"]
PREFIX_PIECES = ["the ", "a ", "security", "defense", "defence", "alliance", "'s", "u.s. ",
                 "u.s ", "japan ", "x", "y", "z", " ", "THE "]


def test_an_optional_part_and_what_follows_it_make_the_prefixes() -> None:
    assert prefixes.literal_prefixes(PREFIX_PATTERNS[0]) == {
        "the security", "the defense", "the defence", "security", "defense", "defence"}
    # repeated more than once: the part alone, as before
    assert prefixes.literal_prefixes(PREFIX_PATTERNS[2]) == {"the ", "alliance"}


@SETTINGS
@given(text=st.lists(st.sampled_from(PREFIX_PIECES), max_size=12).map("".join),
       which=st.integers(0, len(PREFIX_PATTERNS) - 1))
@example(text="the security", which=0)
@example(text="u.s. japan alliance", which=3)
def test_every_match_starts_with_a_literal_prefix(text: str, which: int) -> None:
    pattern = PREFIX_PATTERNS[which]
    found = prefixes.literal_prefixes(pattern)
    if found is None:  # (a match may start with any word: none known)
        assert pattern.startswith("(?:[a-z]+ )?")
        return
    norm, starts = _match_starts(pattern, text)
    for start in starts:
        assert norm.startswith(tuple(found), start), (start, found)
