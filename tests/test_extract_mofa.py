"""extract.mofa: durations, overviews, meeting verbs, modes, venues, dates and times found
in a window or at their first letters are what the whole scans find."""

from __future__ import annotations

from fast_path_checks import SETTINGS
from hypothesis import given, settings
from hypothesis import strategies as st

from policytrends.extract import mofa
from policytrends.extract import mofa_rules as R

leads = st.lists(st.sampled_from(
    ["for", "about", "approximately", "25", "one", "twenty-five", "an", "half", "a", "and",
     "hour", "hours", "minutes", "minute", "HOURS", " ", "  ", ", ", "x" * 130, "The meeting",
     "lasted", "İ", "ı", "mınutes", "ſix", "\t", "\u00a0", "\n", " " * 40, "Twenty-Five",
     "forty-five", "xhour", "an hour", "and a half hours", "twenty-five  and a\u00a0half",
     "hours and a half", "hours  and\u00a0a half"]),
    max_size=30).map(" ".join)


@SETTINGS
@given(text=leads)
def test_duration_window_finds_what_a_whole_scan_finds(text: str) -> None:
    fast = [(m.span(), m.group().lower()) for m in mofa._durations(text)]
    assert fast == [(m.span(), m.group().lower()) for m in R.DURATION.finditer(text)]


overview_sentences = st.builds(
    lambda head, middle, tail: f"{head} {middle}{tail}",
    st.sampled_from(["The overview of the", "An gist of", "THE SUMMARY OF", "The outline of  the",
                     "Key points from the", "Key points of the", "The following is an overview of",
                     "the\u00a0overview of"]),
    st.sampled_from(["x" * 60, "x" * 59, "x" * 61, "x" * 90, "a b", "", "x" * 30 + " " + "y" * 29]),
    st.sampled_from(["were as follows", " is as follows", "were\u00a0as follows",
                     " are  as follows", " following"]))


overview_leads = st.lists(st.one_of(overview_sentences, st.sampled_from(
    ["On May 2,", "follows", "following", "ı", "İ", "ſ", "’", " ", "  ", "\n", "x" * 40])),
    max_size=8).map(" ".join)


@SETTINGS
@given(text=overview_leads)
def test_overview_window_finds_what_a_whole_scan_finds(text: str) -> None:
    fast, slow = mofa._overview(text), R.OVERVIEW.search(text)
    assert (fast and fast.span()) == (slow and slow.span())


verb_leads = st.lists(st.sampled_from(
    ["Mr. Kishida", "HELD", "held a", "Held", "meeting", "Meeting", "the", "First", "met with",
     "MET", "H.E.", "paid a courtesy call", "Courtesy Call", "spoke by telephone with",
     "took place", "too\u212a place", "held tal\u212as", "attended the G7", "Summit",
     "was held", "ı", "İ", "ſ", "K", "x", " ", "\n",
     "(", "’", "will hold", "will"]), max_size=12).map(" ".join)


@SETTINGS
@given(text=verb_leads)
def test_meeting_verb_in_the_lowered_text_is_where_the_pattern_finds_it(text: str) -> None:
    fast, slow = mofa._meeting_verb(text), R.MEETING_VERB.search(text)
    assert (fast and fast.span()) == (slow and slow.span())


mode_leads = st.lists(st.sampled_from(
    ["video", "teleconference", "video conference", "online meeting", "virtually", "via video",
     "phone", "telephone", "by phone", "phone talks", "on the phone", "VIDEO", "Telephone",
     "vıdeo", "ſ", "Iikura Guest House", "Prime Minister's Office", "Kantei", "KANTEI",
     "Diet Building", "Dıet Building", "Akasaka Palace", "Ministry of Foreign Affairs",
     "at the", "the White House", "State Guest House", "Imperial Palace", "held online",
     "x", " ", "met"]), max_size=6).map(" ".join)


def _reference_mode(core: str, title: str) -> str:
    for text in (core, title):
        for mode, rx in R.MODES:
            if rx.search(text):
                return mode
    return "in_person"


@SETTINGS
@given(core=mode_leads, title=mode_leads)
def test_mode_and_venue_word_tests_agree_with_their_patterns(core: str, title: str) -> None:
    assert mofa._mode(core, title) == _reference_mode(core, title)
    assert mofa._venue(core) == next((c for c, rx in R.VENUES if rx.search(core)), None)


date_texts = st.lists(st.sampled_from(
    ["Monday", "Tuesday,", "Sunday", "January", "Jan.", "Jan", "Sept.", "Sept", "Sep", "May",
     "Dec.", "December", "Mar", "Marco", "12", "3rd", "27", "2023", "١٢", "(Tue)", "and", "to",
     "-", ",", " ", "  ", "\u00a0", "On", "on", "noon", "midnight", "at", "12:30", "9.05", "a.m.",
     "PM", "p.m", "local", ":", "0", "x"]), max_size=14).map(" ".join)


def _reference_find_dates(text: str) -> list[tuple[int, int, int, int | None]]:
    out = []
    for rx in (R.DATE_MD, R.DATE_DM):
        for m in rx.finditer(text):
            month = mofa._month(m["mon"])
            if month:
                out.append((m.start(), month, int(m["day"]), int(m["year"]) if m["year"] else None))
    return sorted(out)


whole_dates = st.builds(
    lambda wd, mon, rest: f"{wd}{mon} {rest}",
    st.sampled_from(["", "Monday ", "Tuesday, ", "Wednesday,", "Thursday  ", "Friday ",
                     "Saturday ", "Sunday, ", "on Sunday "]),
    st.sampled_from(sorted({m.rstrip(".") for m in R.MONTHS} | set(R.MONTHS))),
    st.sampled_from(["1", "27th", "3 (Tue), 2023", "2 and 3", "١٢", "x"]))


day_first_dates = st.builds(
    lambda day, gap, mon: f"{day}{gap}{mon}",
    st.sampled_from(["1", "27", "3rd", "21st", "12th", "١٢", "x1", "123"]),
    st.sampled_from([" ", "  ", "\t", "\u00a0 ", ""]),
    st.sampled_from(["May", "Sept.", "December, 2023", "Dec", "Mayor"]))


@settings(SETTINGS, max_examples=600)
@given(text=st.one_of(date_texts, date_texts.map(lambda t: t.replace(" ", "")),
                      st.lists(st.one_of(whole_dates, day_first_dates,
                                         st.sampled_from(["x", ",", "On", "12"])),
                               max_size=4).map(" ".join)))
def test_dates_and_times_tried_at_their_first_letters_are_the_whole_scans(text: str) -> None:
    assert mofa._find_dates(text) == _reference_find_dates(text)
    assert [(m.span(), m.groupdict()) for m in mofa._time_matches(text)] == [
        (m.span(), m.groupdict()) for m in R.TIME.finditer(text)]
