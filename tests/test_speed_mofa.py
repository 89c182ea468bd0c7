"""Fast paths of the Japanese pages' rules give what the plain definitions give (issue 18)."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS
from hypothesis import example, given
from hypothesis import strategies as st

from policytrends.extract import mofa, mofa_ja, naming
from policytrends.extract import mofa_ja_rules as J
from policytrends.extract import mofa_rules as R
from policytrends.regex_guard import guarded_text

# the full stop's rule as first written: the lookbehinds before the stop, at its position
PLAIN_MEETING_SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{a})" for a in R._ABBREVIATIONS)
    + r"(?<![A-Z])(?<!\.[a-z])\.\s+(?=[A-Z“\"])")
END_PIECES = ["Mr", "Ms", "Mrs", "Dr", "St", "Hon", "No", "Co", "xMr", "the", "He", "U.S", "a.m",
              "p", "A", "B", "a", ".", ". ", ".\n", "  ", " ", "“", "\"", "(", "x", "1", "Capt",
              "é", "İ"]


@SETTINGS
@given(text=st.lists(st.sampled_from(END_PIECES), max_size=30).map("".join),
       pos=st.integers(0, 40))
@example(text="Mr. Kishida met Dr. Lee. The Hon. X spoke. U.S. Then", pos=0)
@example(text="at 10 a.m. Then the St. Petersburg talks. He", pos=3)
def test_the_meeting_sentence_end_read_from_its_full_stop_finds_what_it_found(
        text: str, pos: int) -> None:
    assert [m.span() for m in R.MEETING_SENTENCE_END.finditer(text, pos)] == [
        m.span() for m in PLAIN_MEETING_SENTENCE_END.finditer(text, pos)]
    end = min(pos + 12, len(text))
    assert [m.span() for m in R.MEETING_SENTENCE_END.finditer(text, 0, end)] == [
        m.span() for m in PLAIN_MEETING_SENTENCE_END.finditer(text, 0, end)]


def test_the_guarded_mofa_rules_are_guarded() -> None:
    # (a rule whose first characters could no longer be told would be scanned slowly again)
    for name in R.GUARDED:
        assert getattr(R, name).pattern.startswith("(?=["), name
    assert mofa._DURATION_LOW.pattern.startswith("(?=[")
    assert mofa._OVERVIEW_LOW.pattern.startswith("(?=[")
    assert naming._TITLE_BEFORE == guarded_text(R.TITLE_BEFORE_FAMILY)
    assert naming._TITLE_BEFORE.startswith("(?=[")


GUARDED_LOW = [mofa._DURATION_LOW, mofa._OVERVIEW_LOW]
RULE_PIECES = ["chaired the meeting", "Co-", "co-", "The chair of the session", "then held talks",
               " with ", "also met with", "followed by a meeting", "overview", "Summary", "visited",
               "made an official visit to", "Malaysia", " from ", "held a meeting", "hosted",
               "is visiting", "schedule was as follows", "welcomed the visit", "attended by",
               "respectively", "separately with", "Prime Minister", "Mr.", "H.E.", "KISHIDA",
               "for 45 minutes", "an hour", "two and a half hours", "approximately 30 minutes",
               " ", "  ", "\n", ",", ".", ";", "(", ")", "x", "İ", "ſ", "\u212a", "é"]


@SETTINGS
@given(text=st.lists(st.sampled_from(RULE_PIECES), max_size=24).map("".join),
       which=st.integers(0, len(R.GUARDED) + len(GUARDED_LOW) - 1), pos=st.integers(0, 30))
@example(text="The Prime Minister then held talks with Mr. X, chaired the meeting", which=0, pos=0)
def test_a_guarded_mofa_rule_finds_what_the_rule_finds(text: str, which: int, pos: int) -> None:
    guard = ([getattr(R, name) for name in R.GUARDED] + GUARDED_LOW)[which]
    if which >= len(R.GUARDED):
        text = text.lower()  # (a lowered twin reads lowered text)
    # the pattern as written: the guard's lookahead taken off
    rx = re.compile(guard.pattern[guard.pattern.index("(?:") + 3:-1], guard.flags)
    assert [m.span() for m in guard.finditer(text, pos)] == [
        m.span() for m in rx.finditer(text, pos)]
    assert [m.groups() for m in guard.finditer(text)] == [m.groups() for m in rx.finditer(text)]


def test_the_words_a_japanese_visit_needs_are_in_its_pattern() -> None:
    # (a rule edited to match without one of them must change its words too)
    assert J.VISITING.pattern.endswith("(?:" + "|".join(J.VISITING_WORDS) + ")")
    assert J.MISSION_VISITED.pattern.endswith(J.MISSION_VISITED_WORDS[0])


JA_PIECES = ["ラオス", "を", "に", "公式", "国賓として", "訪問中", "訪問している",
             "滞在中", "出張中", "訪問", "中", "駐日ペルー共和国大使館", "大使館",
             "を訪問し", "ジュネーブ", "(スイス)", "、", "。", "の", "は", " ", "\n",
             "東京", "総理", "外務大臣", "会談", "x"]


def _plain_location(core: str) -> str | None:
    """mofa_ja._location with both visit patterns searched in every text."""
    for rx in (J.VISITING, J.MISSION_VISITED):
        for m in rx.finditer(core):
            code = mofa_ja._place(m["place"])
            if code:
                return code
    saved = J.VISITING_WORDS, J.MISSION_VISITED_WORDS
    try:  # (the rest of the function, with no visit found)
        J.VISITING_WORDS, J.MISSION_VISITED_WORDS = ("\0",), ("\0",)
        return mofa_ja._location(core)
    finally:
        J.VISITING_WORDS, J.MISSION_VISITED_WORDS = saved


@SETTINGS
@given(core=st.lists(st.sampled_from(JA_PIECES), max_size=16).map("".join))
@example(core="外務大臣はラオスを公式訪問中のところ、会談を行った。")
@example(core="総理は駐日ペルー共和国大使館を訪問し、記帳した。")
def test_a_visit_is_looked_for_only_in_a_lead_holding_its_words(core: str) -> None:
    assert mofa_ja._location(core) == _plain_location(core)


TITLE_PIECES = ["Minister", "Prime Minister", "Foreign Minister", "Secretary", "President",
                "Mr.", "Ms.", " ", "  ", "\n", "Iwaya", "Takeshi", "Iwaya Takeshi", "xMinister",
                "said", ", ", ".", "Mr", "MS.", "minister"]


@SETTINGS
@given(context=st.lists(st.sampled_from(TITLE_PIECES), max_size=20).map("".join))
@example(context="Foreign Minister Iwaya said. Mr. Iwaya Takeshi met Prime Minister Takeshi.")
def test_a_name_used_alone_after_a_title_is_counted_as_before(context: str) -> None:
    for word in ("Iwaya", "Takeshi"):
        tail = rf"\s+{re.escape(word)}\b(?!\s+[A-Z][a-z])"
        assert len(re.findall(naming._TITLE_BEFORE + tail, context)) == len(
            re.findall(R.TITLE_BEFORE_FAMILY + tail, context))


TRIP_PIECES = ["Overview", "overview", "SUMMARY", "outline", "Assessment", "evaluation", "major",
               " events", "main", " schedule", "Itinerary", "schedule", " of", "Visit", "visited",
               "made an official visit to", "paid a working visit to", "Malaysia", " from ",
               "the Philippines", ".", " (", " ", "\n", "chaired the meeting", "Chair",
               "the chair of the session", "co-", "İ", "ſ", "x", "Prime Minister"]
trip_texts = st.lists(st.sampled_from(TRIP_PIECES), max_size=14).map("".join)


@SETTINGS
@given(title=trip_texts, paragraphs=st.lists(trip_texts, min_size=1, max_size=4),
       loose=st.booleans())
@example(title="Visit to Malaysia (Overview)", paragraphs=["He visited Malaysia from May 1."],
         loose=True)
@example(title="Overview", paragraphs=["He made an official visit to Malaysia from May 1."],
         loose=True)
def test_a_visit_is_opened_where_the_overview_and_visit_words_are(
        title: str, paragraphs: list[str], loose: bool) -> None:
    from policytrends.extract import mofa_trips

    plain = None  # the plain definition: every paragraph searched
    if not loose:
        visit = R.TRIP_OPENING.search(paragraphs[0])
        plain = (0, visit) if visit else None
    elif R.TRIP_OVERVIEW.search("\n".join([title, *paragraphs[:mofa_trips.OVERVIEW_NEAR]])):
        plain = next(((k, v) for k, para in enumerate(paragraphs[:mofa_trips.OPENING_NEAR])
                      if (v := R.TRIP_VISIT.search(para))), None)
    got = mofa_trips._opening(paragraphs, title, loose)
    assert (got and (got[0], got[1].span())) == (plain and (plain[0], plain[1].span()))
    for text in (title, *paragraphs):
        assert mofa._chaired(text) == bool(R.CHAIRED.search(text))
