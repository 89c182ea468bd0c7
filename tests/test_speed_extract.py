"""Fast paths of the White House / State extraction give what the plain definitions give
(issue 18): checks before regex calls, paragraphs split only where a rule's words are."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS
from hypothesis import example, given
from hypothesis import strategies as st

from policytrends.extract import people, us
from policytrends.extract.casefold import folded
from policytrends.extract.naming import Person

TOKEN_PIECES = ["A", "Z", "a", ".", "..", "É", "İ", "1", "-", "’", "x", "Q.", "\n"]


@SETTINGS
@given(word=st.lists(st.sampled_from(TOKEN_PIECES), min_size=1, max_size=4).map("".join))
@example(word="A.")
@example(word="A.\n")
def test_an_initial_told_without_a_regex_is_one_the_pattern_matches(word: str) -> None:
    if "\n" in word:  # (a token holds no line break: the pattern's $ would let one end it)
        return
    assert people._is_initial(word) == bool(people._INITIAL.match(word))


OF_PIECES = [" ", "  ", "\t", "\n", ",", " ,", "of", " of ", "of the ", "Japan", "Korea",
             "(ROK)", " said", "o", "off", "\u00a0", "x", "The", "’s"]


@SETTINGS
@given(text=st.lists(st.sampled_from(OF_PIECES), max_size=12).map("".join),
       pos=st.integers(0, 30))
@example(text=" of Japan", pos=0)
@example(text=" \u00a0of the Republic of Korea (ROK)", pos=0)
@example(text=" ,of Japan", pos=0)
def test_of_a_country_checked_first_by_the_next_characters_is_what_the_pattern_matches(
        text: str, pos: int) -> None:
    pos = min(pos, len(text))
    got, plain = people._of_country(text, pos), people._OF_COUNTRY.match(text, pos)
    assert (got and got.span()) == (plain and plain.span())
    # (the place after a name, from the text that follows it)
    after = text[pos:]
    assert people.person_country(None, after) == _plain_person_country(after)


def _plain_person_country(after: str) -> str | None:
    m = people._OF_PLACE.match(after)
    if m:
        spans = people.country_spans(m.group(1))
        if spans and people._STATE_FORM.fullmatch(m.group(1)[:spans[0][0]]):
            return spans[0][2]
    return None


MENTION_PIECES = ["Advisor to", "Adviser", "Assistant to the", "Aide to", "Senior", " ",
                  "\n", "Prime Minister", "President", "Smith", "John Doe", ", ", "Jane Roe",
                  "and", "to", "Advisor", "x"]


@SETTINGS
@given(text=st.lists(st.sampled_from(MENTION_PIECES), max_size=14).map("".join),
       cut=st.integers(0, 60), title=st.sampled_from([None, "", "Advisor", "Minister"]))
@example(text="Advisor to Prime Minister Smith, John Doe, and", cut=31, title="Advisor")
def test_advisers_looked_for_only_in_a_mention_naming_an_adviser(
        text: str, cut: int, title: str | None) -> None:
    cut = min(cut, len(text))
    found = [Person("Smith", title, None, 0, cut)]
    plain = []
    for p in found:  # the plain definition: every titled mention searched
        m = p.title and people._ADVISER_TITLE.search(text[p.start:p.end]) and (
            people._ADVISER_NAME.match(text[p.end:p.end + 80]))
        plain.append(Person(m.group(1), text[p.start:p.end], p.country, p.start,
                            p.end + m.end(1)) if m else p)
    assert people._fix_advisers(text, found) == plain


SENTENCE_PIECES = ["The", " ", "U.S.", "D.C.", "Mr.", "Dr. Lee", "A.", "joined", "Joined",
                   "accompanied", "met", ". ", "! ", "? ", "\n", "\n\n", "“", "(", "7", "x",
                   "approx.", "a.m.", "İ", "The Secretary", "He", "later"]


@SETTINGS
@given(text=st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30).map("".join))
@example(text="Mr. Smith met Dr. Lee in Washington, D.C. The U.S. side joined.\n\nThen x.")
def test_sentences_split_only_in_paragraphs_holding_the_words_are_those_holding_them(
        text: str) -> None:
    plain = list(_plain_sentences(text))
    assert us.split_sentences(text) == plain
    low = folded(text)
    words = ("joined", "accompanied")
    assert [se for se in us._sentences(text, low, words) if low is None or any(
        low.find(w, *se) >= 0 for w in words)] == [
        se for se in plain if low is None or any(low.find(w, *se) >= 0 for w in words)]


def _plain_sentences(text: str) -> list[tuple[int, int]]:
    """us._sentences as first written: every sentence end's tail searched."""
    out = []
    for para in us._PARAGRAPH.finditer(text):
        start = para.start()
        body = para.group(0)
        for m in us._SENTENCE_END.finditer(body):
            tail = body[max(0, m.start() - 5): m.start() + 1]
            if us._ABBREV_END.search(tail) and not tail.endswith(("U.S.", "D.C.")):
                continue
            if tail.endswith(("U.S.", "D.C.")) and us._NEW_CLAUSE.match(body, m.end() - 1) is None:
                continue
            end = para.start() + m.start() + 1
            if text[start:end].strip():
                out.append((start, end))
            start = para.start() + m.end()
        if text[start:para.end()].strip():
            out.append((start, para.end()))
    return out


FORMER_PIECES = ["former", "Former", "FORMER", "late", "then", "the", " ", "\n", "x", "İ",
                 "ſ", "K", "formerly", "Secretary", "-", "é"]


@SETTINGS
@given(before=st.lists(st.sampled_from(FORMER_PIECES), max_size=8).map("".join))
@example(before="the former ")
@example(before="then\n")
def test_a_former_official_is_told_by_the_words_before_as_the_pattern_tells(
        before: str) -> None:
    text = before + "Smith"
    p = Person("Smith", None, None, len(before), len(text))
    if re.search(r"\b(?:former|late|then)\s*$", before[-20:], re.I):
        assert us._excluded(text, p)
    else:  # (the rest of the rules, as before)
        saved = us._FORMER_WORDS
        try:
            us._FORMER_WORDS = ()
            plain = us._excluded(text, p)
        finally:
            us._FORMER_WORDS = saved
        assert us._excluded(text, p) == plain
