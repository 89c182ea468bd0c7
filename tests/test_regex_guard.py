"""regex_guard: a pattern told the characters its matches start with finds what it found."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policytrends.extract import dates, ranks
from policytrends.extract import us_rules as R
from policytrends.regex_guard import guarded
from policytrends.sources import markdown_text
from policytrends.taxonomy.prefixes import first_chars

SETTINGS = settings(max_examples=1500, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# the guarded rule patterns, and patterns of the forms the guard must read right
GUARDED = [R.CLAUSE_END, R.VENUE_START, R.VIDEO, R.SIDE_LED_BY, R.UNNAMED_FOREIGN_COUNT,
           R.START_TIME, R.NOT_PAST, R.NAMES_AFTER_ROLE, R.EU_BODIES, R.INCLUDED_MEETING,
           dates._EXPLICIT, dates._RELATIVE,
           R.NAMES_AFTER_PLURAL_TITLE, R.PORTFOLIO_BEFORE, R.HONOREE_BEFORE,
           R.NON_OFFICIAL_ROLE_BEFORE, R.CALL_WORD, R.MEET_TITLE, R.BURMA_NUG,
           R.THE_PRESIDENT, R.THE_VICE_PRESIDENT, R.JOINED, R.SEPARATE, R.ACCOMPANIED_BY,
           R.FOREIGN_ONLY_TITLE, R.UNNAMED_FOREIGN_OBJECT, R.SOFT_WRAP, R.PROSE_PARTICIPANT_LIST,
           R.HOSTED_OFFICIALS, R.SUBJECT_TOOK_PART, R.SENTENCE_END, R.LATER_EVENT_BEFORE,
           ranks._OTHER, ranks._HEAD, ranks._CABINET, ranks._HEAD_ADVISER, ranks._STYLES,
           R.DURATION, R.FUTURE, R.MEETING_HELD_AT, R.NOT_GOVERNMENT_BODY, R.PROGRAMME_FEATURED,
           R.SPOUSE_NAMED, R.FULL_STOP, R.LISTED_SIDE, markdown_text._END_MARK,
           R.US_GROUP_LEAD]
FORMS = [re.compile(p, f) for p, f in [
    (r"(?<!the )\b(?:[a-z]+ly\s+)?met\b", 0), (r"\s+(?:to|in)\s+[a-z]+|;", 0),
    (r"(?:,\s*)?\bvia\b", re.I), (r"(?:x*|y+)z", 0), (r"(?>ab|c)d", 0), (r"\d+\s*(?:am|pm)", re.I),
]]
PIECES = ["The", " ", "  ", "\n", ",", ";", ".", "met", "virtually", "Video", "VIDEO", "via",
          "with", " to ", " in ", "Tokyo", "the", "at 10 a.m.", "3:30 PM", "(EST)", "side",
          "delegation", "led by", "co-led", "Three", "governments", "participated", "will",
          "plans", "European Commission", "which included", "talks", "Monday", "today",
          "March 3", "3 March", "2024", "–", "İ", "ſ", "\u212a", "é", "x", "y", "z", "ab", "cd",
          # (words of the guarded rules' matches: a plural title before names, an office's
          # portfolio, an honoree, a role outside government, a call, a venue, ...)
          "Senior Directors", "Ambassadors", " and ", "Kim Lee", "Ana Ruiz", "Special Envoy",
          " for ", "funeral", "Memorial", " of ", "Opposition Leader", "activist", "phone",
          "call", "Meeting", "Meetings", "Bilateral", "meeting", "held", " at ", "NUG",
          "National Unity Government", "President", "Vice President", "joined", "separately",
          "bilaterally", "was", "were", "accompanied by", "Foreign Minister", "Prime Minister",
          "First", "foreign", "counterparts", "U.S. ", "American ",
          # (wrapped lines, a list run into a sentence, hosts)
          "a line of prose wrapped at a fixed width of forty", ":", ": ", "\t", "\n\n",
          "Participants", "included", "officials", "present", "were", "hosted", "co-hosted",
          "convened", "led the", "delegation", "Jr.", "Sen.", "later", "next week",
          # (titles: ranks)
          "vice minister", "Deputy", "president", "prime minister", "Chief Adviser", "chief",
          "his royal highness", "Sheikh", "crown ", "prince", "secretary", "state",
          # (a meeting's length and place, what is planned, spouses, full stops, sides
          # listed, a release's end mark)
          "for about", "lasted", " 45 ", "minutes", "an hour", "plans to", "is scheduled",
          "meeting, which was held", "took place", "today’s", "talks", "Government Affairs",
          "summit", "featured", "panels", "First Lady", "Second Gentleman", "Dr. ", "U.S.",
          "Representing", "Japan", "A.", "###", "**###**", "\\###", "[]()", "*", "_",
          "Senior Administration Officials", "Senior Official", "Interagency", "American"]


@settings(SETTINGS)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
       which=st.integers(0, len(GUARDED) + len(FORMS) - 1), pos=st.integers(0, 40))
@example(text="They met virtually, and discussed trade in Tokyo; then", which=0, pos=0)
def test_a_guarded_pattern_finds_what_the_pattern_finds(text: str, which: int, pos: int
                                                        ) -> None:
    guard = (GUARDED + [guarded(rx) for rx in FORMS])[which]
    # the pattern as written: the guard's lookahead taken off, or the form itself
    rx = FORMS[which - len(GUARDED)] if which >= len(GUARDED) else re.compile(
        guard.pattern[guard.pattern.index("(?:") + 3:-1], guard.flags)
    assert [m.span() for m in guard.finditer(text, pos)] == [
        m.span() for m in rx.finditer(text, pos)]
    assert [m.groups() for m in guard.finditer(text)] == [m.groups() for m in rx.finditer(text)]
    for start in range(len(text) + 1):
        a, b = guard.match(text, start), rx.match(text, start)
        assert (a and a.span()) == (b and b.span())


def test_every_listed_rule_pattern_is_guarded() -> None:
    assert all(rx.pattern.startswith("(?=[") for rx in GUARDED)


def test_no_guard_where_a_match_may_start_anywhere_or_be_empty() -> None:
    for pattern in [r"x*", r".y", r"[^a]b", r"(?i:a)b", r"(a)?\1b", r"(?:a|)"]:
        assert first_chars(pattern) is None, pattern
        assert guarded(re.compile(pattern)).pattern == pattern
    assert first_chars(r"(?<!x)\b(?:[a-z]+ )?(?:b|c)?d") == "a-zbcd"
    assert first_chars(r"\s+(?:to|in)|;") == ";\\s"
