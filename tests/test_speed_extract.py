"""Fast paths of the White House / State extraction give what the plain definitions give
(issue 18): checks before regex calls, paragraphs split only where a rule's words are."""

from __future__ import annotations

import re
from datetime import date

import pytest
from fast_path_checks import SETTINGS
from hypothesis import example, given
from hypothesis import strategies as st

from policytrends.extract import countries, naming, people, us
from policytrends.extract.casefold import folded
from policytrends.extract.countries_rules import CITY_COUNTRY
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


NAME_PIECES = ["President", "Secretary", "Secretary-General", "Under", "Minister", "Biden",
               "Kishida", "National", "Security", "Council", "Ministry", "said", "met", "of",
               "the", ",", ".", " ", "Japan", "Japan’s", "Lisa", "Monaco", "Jr.", "A.",
               "Dr.", "Ambassador", "and", "Office", "ASEAN", "MOTEGI", "Toshimitsu", "\n",
               "Under-Secretary", "Secretary’s", "Institute"]
token_texts = st.lists(st.sampled_from(NAME_PIECES), max_size=24).map(" ".join)


@SETTINGS
@given(text=token_texts)
@example(text="the Secretary-General , Antonio Guterres")
@example(text="Biden National Security Council")
def test_the_checks_before_each_name_finder_pass_wherever_the_finder_can_find(
        text: str) -> None:
    toks = people._tokens(text)
    words, n = toks.text, len(toks.text)
    for i in range(n):
        for j in range(i, min(n, i + 3)):
            # an institution after the name run i..j
            if not people._institution_may_follow(words, j):
                assert not people._institution_follows(toks, j)
            for name_end in range(i + 1, j + 2):
                if i == 0 or toks.possessive[i - 1] or toks.period[i - 1]:
                    assert people._with_title_before(text, toks, i, name_end, j, -1) is None
                if not people._comma_after(words, name_end - i, j):
                    assert people._with_title_after(text, toks, i, name_end, j) is None
        for z in range(i, n + 1):  # a word starting with "Secretary" in the title i..z
            assert people._secretary_in(text, toks, i, z) == any(
                w.startswith("Secretary") for w in words[i:z])


CLAUSE_PIECES = ["While in Chile, ", "Park", " met with ", "President", " Boric", " Kim",
                 " and ", "Secretary", " Blinken", " Park", ". ", "Sullivan", " in Seoul",
                 ", ", "Minister", " Ahn", "x"]


@SETTINGS
@given(text=st.lists(st.sampled_from(CLAUSE_PIECES), max_size=16).map("".join),
       start=st.integers(0, 40), end=st.integers(0, 200))
@example(text="Secretary Park met. While in Chile, Park met with President Boric.", start=19,
         end=80)
@example(text="Park met with Secretary Park.", start=0, end=60)
def test_an_official_called_by_the_family_name_is_one_named_before_with_a_title(
        text: str, start: int, end: int) -> None:
    known = people.find_people(text)
    plain = []
    for m in us._CAPITALISED.finditer(text, start, end):  # every word against every official
        at = m.start()
        if any(p.start <= at < p.end for p in known):
            continue
        earlier = [p for p in known
                   if p.end <= at and p.title and p.name.split()[-1] == m[0]]
        if earlier:
            q = earlier[-1]
            plain.append(Person(q.name, q.title, q.country, at, m.end()))
    assert us._called_by_last_name(text, start, end, known) == plain


PLACE_PIECES = ["in ", "at ", "to ", "Tokyo", "New", " York", "New York City", "Washington",
                " DC", "St", "Petersburg", "San", " Diego", "Lucerne", "Prime", " Minister",
                " ", ", ", "the ", "Rancho", " Mirage", "Kantei", "x", "Ise-Shima"]


@SETTINGS
@given(seg=st.lists(st.sampled_from(PLACE_PIECES), max_size=10).map("".join))
@example(seg="met Prime Minister Rancho Mirage")
def test_a_capitalised_word_no_city_name_starts_with_names_no_city(seg: str) -> None:
    firsts = countries.city_first_words()
    for m in us._CITY_WORDS.finditer(seg):
        if m.group(1) not in firsts:
            assert countries.city_country(m.group(0)) is None
            assert countries.city_country(m.group(1)) is None
    assert us._place(seg, 0, len(seg)) == _plain_place_by_city(seg)


def _plain_place_by_city(seg: str) -> str | None:
    """us._place without its first-word check (each capitalised word asked for)."""
    saved = countries.city_first_words
    try:
        us.city_first_words = lambda: _EveryWord()  # type: ignore[assignment]
        return us._place(seg, 0, len(seg))
    finally:
        us.city_first_words = saved


class _EveryWord(frozenset):  # type: ignore[type-arg]
    def __contains__(self, word: object) -> bool:
        return True


def test_every_city_name_starts_with_one_of_the_first_words() -> None:
    firsts = countries.city_first_words()
    for key in CITY_COUNTRY:
        first = key.split()[0]
        assert first in firsts and first.rstrip(".") in firsts


LED_PIECES = ["Mr. X", ", Director General, ", "NCB", " led the ", " co-led the ", "Indian",
              " delegation", " side", " x", ". ", "; ", " " * 50, "called", "led", "the"]


@SETTINGS
@given(text=st.lists(st.sampled_from(LED_PIECES), max_size=14).map("".join),
       end=st.integers(0, 20))
@example(text="Mr. X, Director General, NCB led the Indian delegation", end=5)
@example(text="Mr. X" + " " * 161 + "co-led the Indian side", end=5)
def test_a_side_led_is_looked_for_only_within_reach_of_led(text: str, end: int) -> None:
    end = min(end, len(text))
    m = us.R.LEADS_SIDE.match(text, end)
    assert us._leads_side(text, end) == (None if m is None else us._side_country(m.group(1)))
    if m is not None:
        assert text.find("led", end, end + us.R.LEADS_SIDE_REACH) >= 0


def test_the_meeting_clause_found_with_the_sentence_is_the_clause_of_that_sentence() -> None:
    text = ("President Biden met today with Prime Minister Kishida of Japan in Tokyo to "
            "discuss the alliance, and they agreed to meet again.")
    kind, found = us.classify("Readout of President Biden’s Meeting with Prime Minister "
                              "Kishida", text, date(2023, 5, 18))
    assert kind == "meeting" and found is not None and found.clause is not None
    assert found.clause == us._clause(text, found)
    assert found == us._Found(found.start, found.end, found.verb_start, found.verb_end,
                              found.verb)  # (the clause is no part of what it is)


TITLED_PIECES = ["Minister", "Prime Minister", "Foreign Minister", "Secretary", "President",
                 "Mr.", "Ms.", "Mr", " ", "  ", "\n", "\u00a0", "\u2003", "Kishida", "Fumio",
                 "Kishida Fumio", "Al Thani", "bin", "Sisi", "-", "’", ",", ".", "x", "The",
                 "Prime", "MrKishida", "Ms.Kishida", "(", "Kishidan", "Al"]
TITLED_WORDS = ["Kishida", "Fumio", "Al Thani", "Sisi", "Prime", "Minister", "Al", "x", "Mr.",
                "-", "Kishida Fumio"]


@SETTINGS
@given(text=st.lists(st.sampled_from(TITLED_PIECES), max_size=16).map("".join),
       word=st.sampled_from(TITLED_WORDS),
       after=st.sampled_from([naming._ALONE_AFTER, naming._WORD_END, naming._CALLED_AFTER]))
@example(text="Prime Minister Kishida and Minister  Kishida Fumio", word="Kishida",
         after=naming._ALONE_AFTER)
@example(text="Mr. Kishida Kishida", word="Kishida", after=naming._WORD_END)
@example(text="Minister Minister Minister", word="Minister", after=naming._WORD_END)
def test_a_name_used_after_a_title_is_counted_as_the_joined_pattern_counts(
        text: str, word: str, after: re.Pattern[str]) -> None:
    plain = len(re.findall(rf"{naming._TITLE_BEFORE}\s+{re.escape(word)}{after.pattern}",
                           text))
    assert naming.titled_uses(text, word, after) == plain


def test_blanks_before_a_name_are_what_the_patterns_read_as_blanks() -> None:
    # (titled_uses walks back over str.isspace() characters where the pattern has \s+)
    blank = re.compile(r"\s")
    assert all(bool(blank.match(ch)) == ch.isspace()
               for ch in map(chr, range(0x110000)))
    assert naming._TITLE_WIDTH == len("Foreign Minister")  # (the titles' longest)


def test_a_name_used_after_a_title_is_counted_by_the_pattern_when_titles_have_no_width(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(naming, "_TITLE_WIDTH", None)
    assert naming.titled_uses("Minister Kishida, Minister Kishida Fumio", "Kishida",
                              naming._ALONE_AFTER) == 1


LIST_PIECES = ["from the ", "From the White House:", "From the Department of State:",
               "Senior Administration officials include:", "Administration officials were",
               "White House officials included", "Federal officials were", "U.S. officials",
               "Representing Mexico were", "Canada was represented by", "was represented by",
               "The delegation was led by", "Joining the call were", "joined on the call by",
               "meeting included:", "call included:", "Participants:", "<b>", "</b>", "- ",
               "Officials attending the meeting were", "was joined by:", "officials",
               "* ", "_", "**", "\n", "\n\n", " ", "Mr. Smith", "the", "x", "İ", "ſ", ":"]


@SETTINGS
@given(text=st.lists(st.sampled_from(LIST_PIECES), max_size=14).map("".join))
@example(text="Canada was represented by\nfrom the x\n- Senior Administration officials were")
@example(text="x from the \n**From the White House:**\nMr. Smith")
@example(text="from the x\nwas represented by Mr. Smith")
def test_list_lines_tried_are_those_opening_with_a_word_a_list_can_open_with(
        text: str) -> None:
    low = folded(text)
    fast = [m.span() for m in us._participant_lists(text, low)]
    saved = us.R.LIST_LINE_WORDS
    try:
        us.R.LIST_LINE_WORDS = ("",)  # (every line start tried)
        every_line = [m.span() for m in us._participant_lists(text, low)]
    finally:
        us.R.LIST_LINE_WORDS = saved
    assert fast == every_line


def _capitals_run_plain(toks: list[str], context: str) -> str | None:
    """`naming._in_capitals_elsewhere` as first written: every run of the name looked for."""
    for size in range(len(toks), 0, -1):
        for i in range(len(toks) - size + 1):
            run = " ".join(t.upper() for t in toks[i:i + size])
            if not naming.is_caps(run.replace(" ", "")) or run == " ".join(toks[i:i + size]):
                continue
            pos = context.find(run)
            while pos >= 0:
                end = pos + len(run)
                inside = pos > 0 and naming._joins(context[pos - 1])
                if not inside and (naming._GIVEN_BEFORE.search(
                        context, max(0, pos - naming._GIVEN_REACH), pos)
                        or naming._GIVEN_AFTER.match(context, end)):
                    return " ".join(naming.normal_case(t) for t in toks[i:i + size])
                pos = context.find(run, end)
    return None


NAME_WORDS = ["Tomas", "Ruiz", "Vega", "TOMAS", "RUIZ", "VEGA", "Mar", "MAR", "de", "DE", "Li"]
CAPITALS_PIECES = [*NAME_WORDS, " ", "  ", "\n", ",", "-", "Minister ", "said", "é", "İ", "ß"]


@SETTINGS
@given(toks=st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=4),
       context=st.lists(st.sampled_from(CAPITALS_PIECES), max_size=24).map("".join))
@example(toks=["Tomas", "Ruiz", "Vega"], context="Minister Tomas RUIZ VEGA said")
@example(toks=["Tomas", "Ruiz"], context="The TOMAS said, Ruiz")
@example(toks=["Mar", "Vega"], context="MARIO Vega and VEGA")
def test_a_run_in_capitals_is_looked_for_only_when_the_context_writes_its_words_so(
        toks: list[str], context: str) -> None:
    assert naming._in_capitals_elsewhere(toks, context) == _capitals_run_plain(toks, context)


# pieces of prose lists and of "hosted" sentences, in our own words, with near misses and the
# letters that fold oddly (the case-blind pattern is then scanned whole)
PROSE_LIST_PIECES = ["Participants included", "participants were", "ATTENDEES INCLUDE",
                     "attendees include the", "Officials from the Port Office attending",
                     "leaders present at the meeting were", "Guests in attendance included",
                     "members taking part", "was attended by", "were co-chaired by",
                     "Was also chaired by", "Participating were", "participating in the call was",
                     "Joining the Governor were", "joining her was", "The delegation, led by",
                     "side was headed by", "team which was co-led by", "delegations were led by",
                     "nonparticipants included", "wasattended by", "Hosted", "hosted", "co-hosted",
                     "convened", "co-convened", "spoke individually with", "spoke with",
                     "Mayor Ann Roe", "Ann Roe", "the", ":", " :", ",", ".", " ", "\n", "\n\n",
                     "İ", "ſ", "K", "ı", "x", "’s"]


@SETTINGS
@given(text=st.lists(st.sampled_from(PROSE_LIST_PIECES), max_size=14).map(" ".join))
@example(text="Participants included Ann Roe and Bo Li. The team was led by Ann Roe.")
@example(text="We co-hosted Ann Roe. They spoke individually with Mayor Ann Roe")
def test_prose_lists_tried_at_their_opening_words_are_the_whole_scan(text: str) -> None:
    low = folded(text)
    if low is not None:
        fast = [m.span() for m in us._matches_at(us.R.PROSE_PARTICIPANT_LIST, [
            at for w in us.R.PROSE_LIST_OPENINGS for at in us._positions(low, w)], text)]
        assert fast == [m.span() for m in us.R.PROSE_PARTICIPANT_LIST.finditer(text)]
        assert us._prose_lists(text, low, True) == us._prose_lists(text, low, False)
    assert ([m.span() for m in us._hosted_officials(text)]
            == [m.span() for m in us.R.HOSTED_OFFICIALS.finditer(text)])


# us_rules.SOFT_WRAP as first written (no lookahead before its lookbehinds)
SOFT_WRAP_PLAIN = re.compile(r"(?<=[^\n]{40})(?<!:)(?<!:[ \t])[ \t]*\n(?=[^\W\d_])")
WRAP_PIECES = ["a line of prose wrapped at a fixed width of", "forty", "Mayor Bo Li", " ", "  ",
               "\t", "\n", "\n\n", ":", ": ", "- ", "1.", "_", "é", "x", "#"]


@SETTINGS
@given(text=st.lists(st.sampled_from(WRAP_PIECES), max_size=14).map("".join))
@example(text="a line of prose wrapped at a fixed width of  \t\nforty")
@example(text="a line of prose wrapped at a fixed width of: \nforty")
def test_soft_wraps_found_with_the_cheap_lookahead_first_are_the_plain_ones(text: str) -> None:
    assert ([m.span() for m in us.R.SOFT_WRAP.finditer(text)]
            == [m.span() for m in SOFT_WRAP_PLAIN.finditer(text)])
