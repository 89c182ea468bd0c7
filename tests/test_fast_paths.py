"""The hot spots made faster for issue 5 give exactly what their plain definitions give.

Each fast path (one C-level regex pass instead of a loop, a cheap test that skips a slow
scan, a scan limited to a window) is compared with the straightforward version on texts
that hypothesis builds from the characters and words that matter to it.
"""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.extract import casefold, mofa, mofa_people, naming, people, us, us_rules
from policytrends.extract import mofa_rules as R
from policytrends.sources import common
from policytrends.sources import mofa as mofa_source
from policytrends.taxonomy import matcher

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# pieces that exercise tokens, gaps, periods, possessives, dashes and bullets
PIECES = ["Mr.", "Kishida", "U.S.", "Japan’s", "Biden's", "Blinken'", "Jr.", "A.", "of",
          "the", " ", "  ", "\n", "\n\n", ".", ",", ";", ":", "/", "(", ")", "!", "?", "-",
          " - ", " – ", "—", " • ", "*", "_", "_x", "12", "3rd", "2023.", "é", "İ", "’", "'",
          "\t", "\u00a0", "Foreign Minister", "MOTEGI", "x.y", "a.b.", "s", "’s"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _reference_tokens(text: str) -> list[tuple[str, int, int, bool, bool]]:
    """The tokens as first written: one regex match at a time, gaps read back from the text."""
    token = re.compile(r"[^\W\d_](?:[\w’'\-]|\.(?=\w))*\.?|\(|\)|,|;|:|/|\d[\w\-]*\.?"
                       r"|(?<=\s)[-–—•*](?=\s)")
    out: list[list] = []
    for m in token.finditer(text):
        raw = m.group(0)
        tok = [raw, m.start(), m.end(), False, False]
        gap = text[out[-1][2]:m.start()] if out else ""
        if "\n" in gap or re.search(r"[.!?]", gap):
            out[-1][3] = True
        if raw.endswith(".") and raw not in people._ABBREV and not re.match(r"^[A-Z]\.$", raw):
            tok[0], tok[3] = raw[:-1], True
        if re.search(r"(?:’s|'s|’|')$", tok[0]) and len(tok[0]) > 2:
            tok[0] = re.sub(r"(?:’s|'s|’|')$", "", tok[0])
            tok[4] = True
        out.append(tok)
    return [tuple(t) for t in out]


@SETTINGS
@given(text=texts)
def test_tokens_match_the_one_match_at_a_time_definition(text: str) -> None:
    t = people._tokens(text)
    fast = list(zip(t.text, t.start, t.end, t.period, t.possessive, strict=True))
    assert fast == _reference_tokens(text)
    assert list(t.kind) == [people._start_kind(word) for word in t.text]


@SETTINGS
@given(keys=st.lists(st.sampled_from(PIECES), max_size=30))
def test_token_memo_gives_what_its_function_gives_when_full_and_emptied(keys: list[str]) -> None:
    memo = people._Memo(people._token_info, 4)
    for key in keys + keys:  # each asked again after others, some after the memo emptied
        assert memo[key] == people._token_info(key)
        assert len(memo) <= 4


def test_tokens_see_a_sentence_end_between_words() -> None:
    t = people._tokens("Minister Kishida. Then Blinken’s team\nmet")
    assert list(zip(t.text, t.period, t.possessive, strict=True)) == [
        ("Minister", False, False), ("Kishida", True, False), ("Then", False, False),
        ("Blinken", False, True), ("team", True, False), ("met", False, False)]


blanks = st.lists(st.sampled_from(
    ["a", "b.", " ", "  ", "\t", "\u00a0", "\u2009", "\u202f", "\u2003", "\n", "\n", "’", "\r",
     "\x0b"]),
    max_size=30).map("".join)


BLANK_RUN = re.compile(r"[ \t\u00a0\u2009\u202f]+")  # clean_space's plain definition


@SETTINGS
@given(text=texts)
def test_clean_space_skips_only_lines_it_would_not_change(text: str) -> None:
    assert common.clean_space(text) == BLANK_RUN.sub(" ", text).strip()


@SETTINGS
@given(text=blanks)
def test_clean_space_by_replaces_is_one_space_per_run_of_blanks(text: str) -> None:
    assert common.clean_space(text) == BLANK_RUN.sub(" ", text).strip()


@SETTINGS
@given(text=blanks)
def test_clean_lines_of_the_whole_text_are_its_lines_cleaned_one_by_one(text: str) -> None:
    by_line = [common.clean_space(line) for line in text.split("\n")]
    assert common.clean_lines(text) == [line for line in by_line if line]


markdown = st.lists(st.sampled_from(
    ["word", " ", "*", "**", "_", "\\*", "\\[", "[link](http://a.b/c)", "![img](x.png)",
     "[ref][1]", "<https://a.b>", "<b>", "</b>", "<del>x</del>", "&amp;", "(", ")", "]", "["]),
    max_size=25).map("".join)


@SETTINGS
@given(text=markdown)
def test_markdown_inline_equals_every_pass_run_unconditionally(text: str) -> None:
    slow = common._hide_escapes(text)
    for rx, repl in ((common._STRUCK, ""), (common._INLINE_TAG, ""), (common._IMAGE, ""),
                     (common._LINK, r"\1"), (common._REF_LINK, r"\1"),
                     (common._AUTOLINK, r"\1")):
        slow = rx.sub(repl, slow)
    for _ in range(2):
        slow = common._EMPHASIS.sub(r"\2", slow)
    slow = common._STRAY_STARS.sub("", slow)
    slow = common.clean_space(common.html.unescape(common._show_escapes(slow)))
    assert common.markdown_inline(text) == slow


stars = st.lists(st.sampled_from(
    ["*", "**", "***", "****", "_", "__", "___", "a", "word", " ", "  ", "\n", "é", ".", "*a*",
     "**b**", "_c_"]), max_size=25).map("".join)


@SETTINGS
@given(text=stars)
def test_star_patterns_with_a_literal_first_match_as_the_plain_forms(text: str) -> None:
    emphasis = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
    stray = re.compile(r"(?<![\w*])\*{1,3}|\*{1,3}(?![\w*])")
    assert [(m.span(), m.groups()) for m in common._EMPHASIS.finditer(text)] == [
        (m.span(), m.groups()) for m in emphasis.finditer(text)]
    assert [m.span() for m in common._STRAY_STARS.finditer(text)] == [
        m.span() for m in stray.finditer(text)]


leads = st.lists(st.sampled_from(
    ["for", "about", "approximately", "25", "one", "twenty-five", "an", "half", "a", "and",
     "hour", "hours", "minutes", "minute", "HOURS", " ", "  ", ", ", "x" * 130, "The meeting",
     "lasted", "İ", "ı", "mınutes", "ſix", "\t", "\u00a0", "\n", " " * 40, "Twenty-Five",
     "forty-five", "xhour", "an hour", "and a half hours", "twenty-five  and a\u00a0half"]),
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


def test_odd_case_characters_are_all_that_lowering_gets_wrong() -> None:
    from policytrends.extract.casefold import ODD_CASE

    """Outside `_ODD_CASE`, a character lowers to one character, to an ASCII letter just when
    re.IGNORECASE takes it for that letter, and stays a word, space or digit character or
    not (what the regex engine's \\w, \\s and \\d test)."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        c = chr(code)
        if 0xD800 <= code < 0xE000 or ODD_CASE.match(c):
            continue
        low = c.lower()
        assert len(low) == 1, c
        if ascii_letter.fullmatch(c) or ascii_letter.fullmatch(low):
            assert [x for x in "abcdefghijklmnopqrstuvwxyz" if x == low] == [
                x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, c, re.IGNORECASE)], c
        assert (c.isalnum() or c == "_") == (low.isalnum() or low == "_"), c
        assert c.isspace() == low.isspace() and c.isdecimal() == low.isdecimal(), c


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


@SETTINGS
@given(text=st.lists(st.sampled_from(
    ["Provisional translation", "DATE of issue", "original in Japanese", "date above is",
     "Open a New Window", "(Open a New Window)", "window", "text", " ", "\u3000"]),
    max_size=8).map(" ".join))
def test_mofa_line_tests_agree_with_their_patterns(text: str) -> None:
    assert mofa_source._is_footnote(text) == bool(mofa_source.FOOTNOTE.search(text))
    assert mofa_source._clean_line(text) == common.clean_space(
        mofa_source.GLUED_LINK_TEXT.sub(" ", text).replace("\u3000", " "))


HONORIFIC_WORDS = [
    "Senator", "Dr.", "Dr", "Mr.", "Mr", "Ms.", "Mrs.", "the", "The", "Rt.", "Rt", "Hon.", "Hon",
    "Rt Hon.", "Right Honourable", "Honorable", "Honourable", "His Excellency", "Her Excellency",
    "H.E.", "H. E.", "H.H.", "His Royal Highness", "Her Highness", "His Majesty", "Prof.",
    "Madam", "Madame", "Dato'", "Dato’ Sri", "Dato Seri", "Datuk", "Datuk Seri", "Tan Sri",
    "Tun", "Toh Puan", "Sheikh", "Shaikh", "Daw", "U", "Lt. Gen.", "Lieutenant General",
    "Maj. Gen.", "Major General", "Brig. Gen.", "Brigadier General", "Gen.", "Rear Adm.",
    "Vice Admiral", "Admiral", "Adm.", "Col.", "Colonel", "(ret.)", "(Retired)"]
def _reference_is_caps(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and "." not in tok


@SETTINGS
@given(tok=st.text(st.sampled_from("AZaz.-'’09_ÉéĲ\u0345ªが"), max_size=6))
def test_caps_token_test_agrees_with_the_letter_by_letter_one(tok: str) -> None:
    assert naming.is_caps(tok) == _reference_is_caps(tok)


honorific_phrases = st.builds(
    lambda words, name: " ".join(words + [name]),
    st.lists(st.sampled_from(HONORIFIC_WORDS), min_size=1, max_size=3),
    st.sampled_from(["Aung", "MOTEGI Toshimitsu", "x", ""]))
people_texts = st.lists(st.one_of(honorific_phrases, st.sampled_from(
    ["Aung", "San", "MOTEGI", "Toshimitsu", "Minister", "of", "Japan", "U.S.", "U.K.", "St.",
     "A.", "who", "held", "hold", "met", "had", "paid", "received", "at the", "on the margins",
     "on the  occasion", "on the sidelines", "during", "while", "among others", "x",
     "for approximately", "for 5", "for", "L.P.",
     ",", ";", "(", ")", ".", " ", "  ", "\n", "\u00a0", "breathe"])),
    max_size=12).map(" ".join)
people_texts_glued = st.lists(st.sampled_from(
    HONORIFIC_WORDS + ["Aung", "MOTEGI", ",", ".", " ", "\t", "U.S", "St", "x"]),
    max_size=25).map("".join)
_REFERENCE_CLAUSE_END = re.compile(
    r",|;|\(|\s+who\s|\s+held\s|\s+hold\s|\s+met\s|\s+had\s|\s+paid\s|\s+received\s|\s+at\s+the\s|"
    r"\s+on\s+the\s+(?:occasion|margins?|sidelines?)|\s+during\s|\s+while\s|\s+among others|"
    r"\s+for\s+(?:approximately|about|around|nearly|some|over|\d)|"
    r"(?<!\bU\.S)(?<!\bU\.K)(?<!\bSt)(?<![\s.][A-Z])\.(?=\s|$)")


@settings(SETTINGS, max_examples=1000)
@given(text=st.one_of(people_texts, people_texts_glued))
def test_honorifics_and_clause_ends_are_where_the_plain_patterns_find_them(text: str) -> None:
    assert [m.span() for m in mofa_people._honorifics(text)] == [
        m.span() for m in R.HONORIFIC_RX.finditer(text)]
    for pos in range(len(text) + 1):
        fast, slow = mofa_people._CLAUSE_END.search(text, pos), _REFERENCE_CLAUSE_END.search(
            text, pos)
        assert (fast and fast.start()) == (slow and slow.start())


@SETTINGS
@given(month=st.sampled_from(mofa_source._MONTHS.split("|")),
       day=st.sampled_from(["0", "00", "1", "01", "9", "28", "29", "30", "31", "32", "99"]),
       year=st.sampled_from(["0000", "0001", "1900", "2000", "2023", "2024", "9999"]),
       rest=st.sampled_from(["", ", 4:00 p.m. Ministry of Foreign Affairs", " 9:61 am Tokyo"]))
def test_mofa_page_date_is_what_strptime_reads(month: str, day: str, year: str, rest: str
                                                ) -> None:
    m = mofa_source.DATE_LINE.match(f"{month} {day}, {year}{rest}")
    assert m is not None
    try:
        expected = datetime.strptime(f"{month} {day} {year}", "%B %d %Y").date()
    except ValueError:
        expected = None
    assert mofa_source._page_date(m)[0] == expected


page_lines = st.lists(st.lists(st.sampled_from(
    ["Open a New Window", "(Open a New Window)", "WINDOW", "wİndow", "text", "x", " ", "  ", "\t",
     "\u3000", "\u00a0", "\u2009", "\u202f", "\u2028", "\x1c", "\n", "\u3000\u3000"]),
    max_size=8).map("".join), max_size=6)


@SETTINGS
@given(lines=page_lines)
def test_mofa_page_lines_cleaned_at_once_as_one_by_one(lines: list[str]) -> None:
    assert mofa_source._clean_lines(lines, "\n".join(lines).lower()) == [
        ln for ln in map(mofa_source._clean_line, lines) if ln]


mofa_page_items = st.lists(st.sampled_from(
    ["Provisional translation", "(Provisional translation)", "The date above is the original.",
     "Original in Japanese.", "• Photo", "・ 画像1", "Photo session before the meeting",
     "Back to Japan-Canada Relations", "Japan-Canada Relations", "December 12, 2013",
     "On December 12, Mr. MOTEGI Toshimitsu held a meeting with the Foreign Minister.",
     "1. The two ministers confirmed cooperation.", "- the talks continued", "Overview",
     "Japan-Canada Foreign Ministers' Meeting", "Two leaders shaking hands", "x", "DATE"]),
    max_size=10)


@SETTINGS
@given(items=mofa_page_items)
def test_mofa_footnote_skip_and_bullet_furniture_agree_with_plain_tests(items: list[str]
                                                                    ) -> None:
    if not mofa_source._has_footnote_words("\n".join(items).lower()):
        assert not any(map(mofa_source._is_footnote, items))
    for ln in items:
        assert mofa_source._is_furniture(ln, mofa_source.BULLET.sub("", ln)) == bool(
            mofa_source.FURNITURE_LINE.match(ln)
            or mofa_source.FURNITURE_LINE.match(mofa_source.BULLET.sub("", ln)))


def _reference_used_alone(toks: list[str], context: str) -> str | None:
    """`naming._used_alone` with the look back written first, as first written."""
    full = re.compile(r"\s+(?:[A-Z]\.\s+)*".join(re.escape(t) for t in toks))
    masked = full.sub(" ", context)

    def alone(sub: list[str]) -> int:
        pat = r"(?<![\w\-])" + r"\s+".join(re.escape(t) for t in sub) + r"(?![\w\-])"
        return sum(1 for m in re.finditer(pat, masked)
                   if not naming._inside_other_name(masked, m.start(), m.end(), toks))

    for size in range(len(toks) - 1, 1, -1):
        if alone(toks[-size:]):
            return " ".join(toks[-size:])
    best, i = max((alone([t]), i) for i, t in enumerate(toks))
    return toks[i] if best else None


NAME_WORDS = ["Ben", "Shabbat", "Meir", "Kishida", "Fumio", "Li", "Lee"]
contexts = st.lists(st.sampled_from(NAME_WORDS + ["Minister", "said", "-", "x", " ", "  ", ".",
                                                   ",", "\n", "Mr.", "Ben-", "AKishida", "O.",
                                                   "A. B.", "\u00a0", "_", "é", "Kishida_",
                                                   "-Li", "LiLee"]),
                    max_size=30).map(" ".join)


@settings(SETTINGS, max_examples=1500)
@given(toks=st.lists(st.sampled_from(NAME_WORDS), min_size=2, max_size=4), context=contexts)
def test_used_alone_with_the_word_first_finds_the_same_part(toks: list[str], context: str
                                                            ) -> None:
    assert naming._used_alone(toks, context) == _reference_used_alone(toks, context)


md_lines = st.lists(st.sampled_from(
    [" ", "  ", "    ", "\t", "-", "*", "+", "_", "#", "###", "1.", "12)", "|", ":", "x",
     "Word", "\u00a0", "---", "| a | b |", "|---|---|"]), max_size=8).map("".join)


@SETTINGS
@given(line=md_lines)
def test_markdown_line_tests_agree_with_their_patterns(line: str) -> None:
    assert common._item_or_heading(line) == bool(
        common._LIST_ITEM.match(line) or common._HEADING.match(line))
    assert common._heading(line) == bool(common._HEADING.match(line))
    assert common._rule(line) == bool(common._RULE.match(line) or common._TABLE_RULE.match(line))


fm_pieces = st.lists(st.sampled_from(
    ["\ufeff", "---", "...", "-", ".", " ", "\t", "\n", "\n", "\r", "a: b", "x"]),
    max_size=12).map("".join)
front_matters = st.one_of(fm_pieces, st.tuples(
    st.sampled_from(["", "\ufeff", " "]), st.sampled_from(["---", "--", "---x"]),
    st.sampled_from(["\n", " \n", "\t \n", " "]), fm_pieces,
    st.sampled_from(["\n---", "\n...", "---", "\n--"]), st.sampled_from(["", " ", "\t"]),
    st.sampled_from(["", "\n", "x", "\r\n"]), fm_pieces).map("".join))


@SETTINGS
@given(text=front_matters)
def test_front_matter_found_in_two_searches_is_the_lazy_pattern_s(text: str) -> None:
    lazy = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
    m = lazy.match(text)
    assert common.split_front_matter(text) == ((m.group(1), text[m.end():]) if m else (None, text))


md_bodies = st.lists(st.sampled_from(
    ["word", "Word.", " ", "  ", "\t", "\n", "\n", "\n\n", " \n", "\n  ", "\r\n", "\u00a0",
     "\u2028", "\x0b", "\r", "\x1c", "- ", "-", "* ", "+ ", "1. ", "12) ", "2,023", "#", "## ",
     "###", "---", "***", "_ _ _", "|", " | ", "|---|", "\\", "\\\n", "*em*", "&amp;",
     "<figure>x</figure>", "**Bold**"]),
    max_size=40).map("".join)


def _reference_markdown_paragraphs(body: str) -> list[str]:
    """Every line through `_blocks` and `_block_text`, as first written."""
    body = body.replace("\r\n", "\n")
    if "<" in body:
        body = common._HTML_BLOCK.sub("", body)
    paragraphs = []
    for lines in common._blocks(body.split("\n")):
        text = common.markdown_inline(common._END_MARK.sub("", common._block_text(lines)))
        if text and not common._MARKUP_ONLY.fullmatch(text):
            paragraphs.append(text)
    return paragraphs


@SETTINGS
@given(body=md_bodies)
def test_plain_markdown_runs_skip_the_line_tests_with_the_same_paragraphs(body: str) -> None:
    assert common.markdown_paragraphs(body) == _reference_markdown_paragraphs(body)


def _reference_mofa_detect(text: str) -> bool:
    """`sources.mofa.detect` for a text capture, every signal counted first."""
    if text.lstrip().startswith("---"):
        return False
    lines = [ln.strip() for ln in text.splitlines()[:12] if ln.strip()]
    has_date = any(mofa_source.DATE_LINE.match(ln) for ln in lines[:6])
    signals = sum(1 for rx in mofa_source.TEXT_SIGNALS if rx.search(text))
    category = bool(lines and mofa_source.CATEGORY_LINE.match(lines[0]))
    return (has_date and signals >= 1) or (category and (
        bool(mofa_source.BACK_LINK.search(text)) or signals >= 2))


page_lines = st.lists(st.sampled_from(
    ["Japan-Chile Relations", "December 11, 2023", "Back to Japan-Chile Relations",
     "Minister for Foreign Affairs of Japan, met", "Prime Minister of Japan",
     "Japan-Chile Foreign Ministers' Meeting", "Some words.", "Press Releases", ""]),
    max_size=8).map("\n".join)


@SETTINGS
@given(text=page_lines)
def test_mofa_detect_searches_signals_lazily_with_the_same_answer(text: str) -> None:
    assert mofa_source.detect(text.encode(), "page.txt") == _reference_mofa_detect(text)


def _reference_country_spans(text: str) -> list[tuple[int, int, str]]:
    """`countries.country_spans` with every boundary test on the matched text, as first
    written."""
    from policytrends.extract import countries as C

    def ok(start: int, end: int) -> bool:
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            return False
        if start > 1 and text[start - 1] == "." and text[start - 2].isalnum():
            return False
        if text[start:end] in C.AMBIGUOUS and re.match(r"\s[A-Z][a-z]", text[end:end + 3]):
            return False
        if text[start:end] in C.US_STATE_NAMES and C._after_us_city(text, start, end):
            return False
        return not (end < len(text) and text[end - 1].isalnum()
                    and (text[end].isalnum() or text[end] == "_"))

    found = []
    for start, end, (code, *_) in C._automaton().hits(text):
        if ok(start, end):
            found.append((start, end, code))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    spans, pos = [], 0
    for start, end, code in found:
        if start >= pos:
            pos = end
            if code != C._BLOCK:
                spans.append((start, end, code))
    return spans


country_texts = st.lists(st.sampled_from(
    ["Japan", "Japanese", "US", "U.S.", "USA", "Welcome.US", "Chad", "Jordan", "Georgia",
     "Jordan Smith", "in Atlanta,", "in Tbilisi,", "South China Sea", "China", "Korea",
     "Republic of Korea", "x", "_", ".", " ", ", ", "Oman", "Romania", "Niger", "Nigeria"]),
    max_size=12).map("".join)


@SETTINGS
@given(text=country_texts)
def test_country_spans_with_precomputed_checks_are_the_same(text: str) -> None:
    from policytrends.extract import countries as C

    C._spans.cache_clear()
    assert C.country_spans(text) == _reference_country_spans(text)


# a title's end and a text's start: places before a state name, across the blank line
joined_parts = st.lists(st.sampled_from(
    ["Georgia", "Japan", "Chad", "Jordan", "in Atlanta,", "in Tbilisi,", "Macon,", "in", "x",
     " ", ", ", ".", "_", "Smith"]), max_size=5).map("".join)


@SETTINGS
@given(head=joined_parts, text=joined_parts,
       lead=st.sampled_from(["", " ", "x " * 30, "x " * 39, "x " * 40, "x " * 45]))
@example(head="in Atlanta,", text="Georgia", lead="")  # a US place across the blank line
@example(head="in", text="A" + "a" * 70 + ", Georgia", lead="")  # the name starts at 73
@example(head="in", text="A" + "a" * 76 + ", Georgia", lead="")  # at 79: the last in reach
def test_joined_country_spans_are_those_of_the_joined_text(head: str, text: str, lead: str
                                                           ) -> None:
    from policytrends.extract import countries as C

    text = lead + text  # a state name before, at and after the look back's reach
    joined = head + "\n\n" + text
    assert C.joined_country_spans(head, text) == _reference_country_spans(joined)
    assert C.joined_countries_in(head, text) == C.countries_in(joined)


# front matter: keys and values built from the characters YAML treats specially
KEYS = ["title", "date", "on", "yes", "null", "123", "a-b", "_x", "title", "x y", "-k"]
VALUES = ["Readout", "2025-05-15", "'2025-05-15'", "2025-05-15 09:31:01-05:00",
          "2025-05-15T09:31:01Z", "https://example.gov/a/b", "\"A: quoted, title\"",
          "\"with \\\" escape\"", "'it''s'", "'single'", "yes", "No", "~", "null", "12",
          "1.5", "0x1F", ".inf", "a: b", "a #b", "a#b", "end:", "trail ", "tab\there", "[x]",
          "{a: 1}", "- item", "&anchor x", "*alias", "!tag x", "|", ">", "%x", "@x", "`x",
          "\"\"", "''", "\"", "'", "é café", "\u00a0nbsp", "a\u2028b", "\ufeffbom", "x\r",
          "Señor 'Quote' \"Inner\"", "a, b [c] {d}", "one\n  two", ""]
lines = st.tuples(st.sampled_from(KEYS), st.sampled_from([": "] * 5 + [":", ":  ", " : "]),
                  st.sampled_from(VALUES)).map("".join)
# values assembled from pieces, most of them close to the shape the fast path reads
VALUE_PIECES = ["Read", "out", " ", "#", " #", ":", ": ", "'", "\"", "''", "\\", "2025-05-15",
                "x", "y", "z",
                " 09:31:01", "-05:00", "T", "Z", "yes", "é", "\t", ",", "[", "-", "1"]
built = st.tuples(st.sampled_from(["'", "\"", "A", "1"]),
                  st.lists(st.sampled_from(VALUE_PIECES), max_size=6).map("".join),
                  st.sampled_from(["'", "\"", "z", ""])).map("".join)
front_texts = st.one_of(st.lists(lines, max_size=4).map("\n".join),
                        built.map("title: {}".format))


def _yaml_or_error(text: str, loader: type) -> object:
    import yaml

    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loaders only
    except yaml.YAMLError:
        return "error"


@settings(SETTINGS, max_examples=2000)
@given(text=front_texts)
def test_simple_front_matter_is_what_yaml_reads(text: str) -> None:
    import yaml

    from policytrends.sources.front_matter import simple_mapping

    fast = simple_mapping(text)
    if fast is not None:  # read without the parser: both YAML loaders agree with it
        assert fast == _yaml_or_error(text, yaml.SafeLoader)
        assert fast == _yaml_or_error(text, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert common.safe_yaml(text) == yaml.safe_load(text) if _yaml_or_error(
        text, yaml.SafeLoader) != "error" else True


def test_simple_front_matter_takes_the_usual_shape_and_leaves_the_rest() -> None:
    from policytrends.sources.front_matter import simple_mapping

    usual = ("date: '2025-05-15'\npublished_time: 2025-05-15 09:31:00-05:00\n"
             "source_url: https://example.gov/x/\ntitle: \"Readout: a call\"")
    got = simple_mapping(usual)
    assert got is not None and got["title"] == "Readout: a call"
    assert got["published_time"].utcoffset().total_seconds() == -5 * 3600
    for odd in ("tags:\n  - a", "title: a # note", "on: x", "x: 1", "x: 'a''b'"):
        assert simple_mapping(odd) is None, odd
    assert simple_mapping("x: y\nx: z") == {"x": "z"}  # as YAML: the last one wins


HEAD_PIECES = [b"<html>", b"<head>", b"<title>", b"</title>", b" ", b"\n", b"|", b"The White House",
               b"the WHITE house", b"White  House", b'content="', b'"', b"og:url", b"https://",
               b"www.whitehouse.gov/", b"WhiteHouse.archives.gov/", b'rel="canonical"',
               b"saved from url=(0042)", b"state.gov/", b"x", b">", b'content="The White House"',
               b"| the White House </TITLE>", b"| The White Houses</title>"]


@SETTINGS
@given(head=st.lists(st.sampled_from(HEAD_PIECES), max_size=14).map(b"".join))
def test_white_house_page_test_skips_only_pages_without_a_sign(head: bytes) -> None:
    from policytrends.sources import whitehouse

    html = b"<html>" + head
    plain = bool(whitehouse.PAGE_SIGNS.search(html))
    assert (whitehouse._may_sign(html) and plain) == plain
    assert whitehouse.detect(html, "page.html") == (
        whitehouse.markup_root(html) == "html" and plain)


@SETTINGS
@given(text=st.lists(st.sampled_from(["Ned", "Price", ",", " ", "  ", "-", "_", "é", "Spokesperson",
                                      "Office", "of", "the", ".", "\n", "A1"]), max_size=30
                     ).map("".join),
       creator=st.lists(st.sampled_from(["Ned Price", ", ", "Spokesperson", "Office of the",
                                         " ", "_", "A1"]), max_size=5).map("".join))
def test_byline_key_test_on_a_prefix_is_the_whole_key_test(text: str, creator: str) -> None:
    from policytrends.sources import state

    key = f" {state._key(creator)} "
    assert state._in_key(text, key) == (f" {state._key(text)} " in key)


DURATION_PARTS = st.tuples(
    st.sampled_from(["The call", "We’ll", "x."]), st.sampled_from(["for", "lasted", "over", "FOR"]),
    st.sampled_from(["", "about "]), st.sampled_from(["an", "two", "30", "half an", "1000"]),
    st.sampled_from(["hour", "HOURS", "minutes", "Minute", "mınutes", "hourſ", "mİnute", "days"]),
    st.sampled_from([".", "", " and more", "s"]))


@SETTINGS
@given(text=DURATION_PARTS.map(lambda p: f"{p[0]} {p[1]} {p[2]}{p[3]} {p[4]}{p[5]}"))
def test_duration_skips_only_texts_without_a_unit(text: str) -> None:
    from policytrends.extract import us
    from policytrends.extract import us_rules as R

    assert us._duration(text) == us._minutes(R.DURATION.search(text))  # (the whole scan)


@SETTINGS
@given(paras=st.lists(st.lists(st.sampled_from(["A", " ", "#", "##", "###", "*", "_", "\\", "[]()",
                                                "\n", "text"]), max_size=8).map("".join),
                      max_size=5))
def test_end_marks_are_looked_for_only_where_there_are_three_hashes(paras: list[str]) -> None:
    kept = (common._END_MARK.sub("", p).strip() for p in paras)
    assert common.strip_end_marks(paras) == [
        p for p in kept if p and not common._MARKUP_ONLY.fullmatch(p)]


to_normalise = st.lists(st.sampled_from(
    ["a", "Word", " ", "  ", "-", "\n", "\t", "`", "\u2019", "\u2014", "\u201c", "\u201d",
     "\u2013", "\u2018", "\u00ab", "\u00a0", "\u2028", "\u2011", "\ufeff", "\u0130", "\u00df",
     "\u212a", "\u017f", "\u00e9", "\u01c5"]), max_size=30).map("".join)


def _reference_normalised(text: str) -> str:
    """Lowered, then every character mapped on its own, then runs of spaces made one."""
    table = {**{c: " " for c in matcher._ASCII_SEPARATORS}, **matcher._ONE_FOR_ONE}
    mapped = "".join(table.get(c, c) for c in matcher._lower(text))
    return re.sub("  +", " ", mapped)


@SETTINGS
@given(text=to_normalise)
def test_normalise_replacing_before_lowering_is_the_character_by_character_map(text: str
                                                                                ) -> None:
    assert matcher.normalise(text)[0] == _reference_normalised(text)


to_tag = st.lists(st.sampled_from(
    ["North Korea", "Korea", "ballistic missile", "ballistic missile defense", "denuclearization",
     "China", "Chinese Taipei", "G77 and China", "our", "U.S.", "alliance", "security",
     "Indo-Pacific", "free and open", "economic", "and energy security", "Russia's", "brutal",
     "war", "trade", "EPA", "the", "x", " ", " ", ", ", "-", "'s", "missiles"]),
    max_size=25).map("".join)


def _reference_candidates(m: matcher.Matcher, norm: str) -> tuple[dict, list]:
    """Every hit listed with its kind first, then folded into spans, as first written."""
    hits = []
    for start, end, entry in m._automaton.hits(norm):
        if entry.word_start and start and norm[start - 1].isalnum():
            continue
        for idx in entry.patterns:
            rx, kind, theme = m._patterns[idx]
            found = rx.match(norm, start)
            if found:
                hits.append((start, found.end(), kind, theme))
        if entry.literals and not (entry.word_end and end < len(norm) and norm[end].isalnum()):
            hits.extend((start, end, kind, theme) for kind, theme in entry.literals)
    spans: dict = {}
    excluded = []
    for start, end, kind, theme in hits:
        if kind == matcher._EXCLUDE:
            excluded.append((start, end, theme))
            continue
        themes = spans.setdefault((start, end), {})
        themes[theme] = themes.get(theme, True) and kind == matcher._AMBIGUOUS
    return spans, excluded


# themes whose wordings meet at one passage with different kinds (literal, ambiguous,
# pattern, exclusion): what the shipped taxonomy seldom has
_OVERLAPS = taxonomy.Taxonomy({t.key: t for t in (
    taxonomy.Theme("korea", "Korea", wordings=("Korea",), ambiguous=("korea", "Korea's"),
                   patterns=(r"north korea",)),
    taxonomy.Theme("dprk", "DPRK", parent="korea", wordings=("North Korea",),
                   ambiguous=("Korea", "missile"), exclusions=("North Korea's missile",),
                   exclusion_patterns=(r"korea's",)),
    taxonomy.Theme("missiles", "Missiles", wordings=("missile",), patterns=(r"missiles?",),
                   ambiguous=("missiles", "ballistic missile")),
)})


@SETTINGS
@given(text=to_tag, shipped=st.booleans())
def test_candidates_folded_as_found_are_the_listed_then_folded_ones(text: str, shipped: bool
                                                                    ) -> None:
    m = taxonomy.get_matcher() if shipped else matcher.Matcher(_OVERLAPS)
    norm = matcher.normalise(text)[0]
    spans, excluded = m._candidates(norm)
    ref_spans, ref_excluded = _reference_candidates(m, norm)
    assert spans == ref_spans and sorted(excluded) == sorted(ref_excluded)


def test_used_alone_masks_the_whole_name_with_an_initial_inside() -> None:
    assert naming._used_alone(["Lisa", "Monaco"], "Lisa O. Monaco spoke.") is None
    assert naming._used_alone(["Lisa", "Monaco"], "Lisa O. Monaco spoke. Monaco said") == "Monaco"
    assert _reference_used_alone(["Lisa", "Monaco"], "Lisa O. Monaco spoke.") is None


@SETTINGS
@given(parts=st.lists(st.lists(st.sampled_from(["a", "b", ".", "..", "txt", "HTML", " ", "-", "é"]),
                               min_size=1, max_size=5).map("".join), min_size=1, max_size=3))
def test_file_name_and_suffix_by_string_methods_are_pathlibs(parts: list[str]) -> None:
    from pathlib import Path

    from policytrends.sources import mofa as mofa_src

    if any(p in (".", "..") for p in parts):
        return  # not a file's relative path (ingest's rels name files)
    rel = "/".join(parts)
    assert rel.rpartition("/")[2] == Path(rel).name
    assert mofa_src._suffix(parts[-1]) == Path(parts[-1]).suffix


us_titles = st.lists(st.sampled_from(
    ["Readout of", "READOUT", "President Biden’s", "Call", "CALL", "Meeting", "with", "Fact Sheet",
     "FACTSHEET", "Remarks", "remarks by", "Before the", "Bilateral", "Press Gaggle",
     "Travel to", "Will Travel", "Upcoming", "Public Schedule", "Statement", "Passing of",
     "ı", "İ", "ſ", "\u212a", "Vıdeo", "Meetıng", "Remarkſ", "x", " ", ":", "-"]),
    max_size=8).map(" ".join)


@SETTINGS
@given(title=us_titles)
def test_title_patterns_over_the_lowered_title_find_what_they_find(title: str) -> None:
    from policytrends.extract import us, us_rules

    low = us.folded(title)
    pairs = [*zip((p for _, p in us_rules.TITLE_KINDS), us._TITLE_KINDS_LOW, strict=True),
             (us_rules.MEETING_TITLE, us._MEETING_TITLE_LOW),
             (us_rules.READOUT_TITLE, us._READOUT_TITLE_LOW)]
    for pat, twin in pairs:
        slow = pat.search(title)
        fast = pat.search(title) if low is None else twin.search(low)
        assert (fast and fast.span()) == (slow and slow.span())


@SETTINGS
@given(text=st.lists(st.sampled_from(["MR. SMITH:", "Q:", "THE PRESIDENT:", "A", "ab", "\n", " ",
                                      ":", "’", "-", "Ms. Jean-Pierre:", "x" * 45, "\n\n"]),
                     max_size=12).map("".join))
def test_speaker_labels_after_line_breaks_are_the_multiline_pattern_s(text: str) -> None:
    from policytrends.extract import us

    assert us._speaker_labels(text) == [m.start() for m in us._SPEAKER_LABEL.finditer(text)]


# a phrase each branch of the two patterns matches, the head words alone, words that hold
# them or look like them, and what the patterns look for around them
MEETING_PHRASES = [
    "met", "meets with", "spoke with", "speaks", "talked", "conferred", "convened",
    "those convened", "hosted", "hosted at", "gathered by phone", "held a call",
    "had separate calls", "hold talks", "holds a meeting", "joined the video conference",
    "participated in the summit", "took part in a roundtable", "called", "called on",
    "received a phone call", "welcomed President Kishida to the White House",
    "welcomed His Excellency Prime Minister Albanese of Australia to Washington",
    "discussed trade with", "consulted with respect", "exchanged views with",
    "reviewed plans with", "attended", "joined by", "chaired", "co-chaired", "briefed",
    "engaged", "participated", "made two calls", "held a roundtable", "held sessions",
    "had the opportunity to engage", "by meeting with", "led a delegation",
    "led an official delegation", "travelled to Paris for talks", "traveled to Rome for meetings",
    "trav", "re-met", "shadow", "scheduled", "Met", "meeting", "requirements", "about",
    "by", "to", "with", "the", "Kishida", "Summit", "-", ".", ",", "’", " ", "\n", "x",
    ". He", ". The", "\n\n", "! We"]
meeting_sentences = st.lists(st.sampled_from(
    MEETING_PHRASES + [*us_rules.MEETING_VERB_HEADS, *us_rules.MEETING_VERB_WEAK_HEADS]),
    max_size=16).map(" ".join)


def _verbs_by_sentence(verb: re.Pattern[str], text: str, fast: bool) -> list[list]:
    """Each sentence's matches of a meeting-verb pattern: tried at the head words found in
    the whole text (fast), or by finditer over the sentence."""
    starts = us._verb_starts(verb, text)
    spans = [(0, len(text)), *us.split_sentences(text)]  # the whole text is one "sentence"
    return [[(m.span(), m.group()) for m in (
        us._sentence_verbs(verb, text[s:e], s, starts) if fast else verb.finditer(text[s:e]))]
        for s, e in spans]


@SETTINGS
@given(text=meeting_sentences)
def test_meeting_verbs_tried_at_their_head_words_are_the_whole_scans(text: str) -> None:
    for verb in (us_rules.MEETING_VERB, us_rules.MEETING_VERB_WEAK):
        assert _verbs_by_sentence(verb, text, True) == _verbs_by_sentence(verb, text, False)


def test_every_meeting_verb_phrase_is_found_at_its_head_word() -> None:
    for phrase in MEETING_PHRASES:
        for verb in (us_rules.MEETING_VERB, us_rules.MEETING_VERB_WEAK):
            assert _verbs_by_sentence(verb, phrase, True) == _verbs_by_sentence(
                verb, phrase, False), (phrase, verb.pattern)


official_titles = st.lists(st.sampled_from(
    ["Prime Minister", "Foreign Minister", "of", "for", "to", "on", "Japan", "Japanese",
     "the", "Republic", "Korea", "European Commission", "NATO", "Secretary General",
     "President", "African Union", "Special Representative", "DPRK", "EU", "High",
     "Representative", "Chairperson", "and", "U.S.", "Ambassador", "x"]),
    min_size=1, max_size=8).map(" ".join)


def _same_when_asked_again(cached, calls: list[tuple]) -> None:
    """A cached function gives what its plain definition gives, each call made again after
    the others."""
    for args in calls + calls:
        assert cached(*args) == cached.__wrapped__(*args), args


@SETTINGS
@given(titles=st.lists(official_titles, max_size=6))
def test_title_countries_cached_are_the_computed_ones(titles: list[str]) -> None:
    _same_when_asked_again(people._title_country, [(title,) for title in titles])


dated_readouts = st.lists(st.sampled_from(
    ["President Biden", "met", "spoke", "today", "yesterday", "on May 3", "on March 24",
     "with", "Prime Minister Kishida", "of Japan", "in Tokyo", "Following the", "launch",
     "April 22-23 Leaders Summit", ",", "."]), min_size=2, max_size=14).map(" ".join)


@SETTINGS
@given(texts=st.lists(dated_readouts, min_size=1, max_size=4),
       day=st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2025, 1, 1).date()))
def test_meeting_dates_remembered_are_the_computed_ones(texts: list[str], day) -> None:
    for text in texts + texts:  # each asked again after others
        found = us._meeting_sentence(text, us.split_sentences(text), len(text))
        if found is None:
            continue
        c_end = us._clause(text, found)[1]
        for anchor in (day, None):
            assert us._meeting_date(text, found, c_end, anchor) == \
                us._meeting_date.__wrapped__(text, found, c_end, anchor)


def _two(top: int) -> st.SearchStrategy[str]:
    return st.integers(0, top).map("{:02d}".format)


usual_timestamps = st.tuples(
    st.integers(0, 9999).map("{:04d}".format), _two(19), _two(39), _two(29), _two(69), _two(69),
    st.sampled_from("+-"), _two(29), _two(69)).map(
    lambda p: f"{p[0]}-{p[1]}-{p[2]} {p[3]}:{p[4]}:{p[5]}{p[6]}{p[7]}:{p[8]}")


def _made(make, value: str) -> tuple[object, object, str]:
    """What a timestamp constructor gives (value, its time zone and repr), or its error."""
    try:
        made = make(value)
    except ValueError as exc:
        return "error", type(exc), str(exc)
    return made, getattr(made, "tzinfo", None), repr(made)


@SETTINGS
@given(value=st.one_of(usual_timestamps, st.sampled_from(
    ["2021-01-21 11:28:01-05:00", "2024-02-29 00:00:00+00:00", "2024-02-29 23:59:59-00:00",
     "2023-02-29 10:00:00+01:00", "2021-01-21 24:00:00+00:00", "2021-01-21 11:28:01+24:00"])))
def test_usual_timestamps_are_what_yaml_resolves_and_builds(value: str) -> None:
    from policytrends.sources import front_matter

    assert front_matter._USUAL_TIMESTAMP.fullmatch(value)
    assert front_matter._plain_tag.__wrapped__(value) == "tag:yaml.org,2002:timestamp"
    assert _made(front_matter._plain, value) == _made(front_matter._yaml_timestamp, value)


participant_texts = st.lists(st.sampled_from(
    ["Participants", "participants", "PARTICIPANTS", "Participants:", "Participants :",
     "Industry Participants:", "U.S. Participants", "US Participants", "Administration",
     "Federal Participants", "Government", "Participants in the call included",
     "participants on the meeting were", "joined", "joined on the call by", "Joined in the",
     "meeting by", "<b>", "</b>", "**", "- ", "_", "Partıcıpants", "İ", "ſ", "the", "call",
     "Mr. Kishida", " ", "\n", "\n\n", ":", "x"]), max_size=16).map("".join)


@SETTINGS
@given(text=participant_texts)
def test_participant_lists_tried_where_they_can_begin_are_the_whole_scan(text: str) -> None:
    fast = [m.span() for m in us._participant_lists(text, casefold.folded(text))]
    assert fast == [m.span() for m in us_rules.PARTICIPANT_LIST.finditer(text)]


joined_texts = st.lists(st.sampled_from(
    ["joined", "Joined", "JOINED", "joıned", "joinеd", "were", "was", "by", "the", "this",
     "beginning", "part", "of", "meeting", "call", "on", "discussion", "President", "İ", "ſ",
     "-", " ", "x", ".", ". He", "\n\n", "to discuss", "joined the meeting",
     "was joined by", "joined the beginning of the call", "Joined the call", "JOINED THE CALL",
     "joıned the call"]), max_size=24).map(" ".join)


@SETTINGS
@given(text=joined_texts, after=st.integers(-1, 40))
def test_joined_regions_searched_in_sentences_with_joined_are_all_of_them(text: str, after: int
                                                                         ) -> None:
    plain = []
    for s, e in us.split_sentences(text):
        j = us_rules.JOINED.search(text[s:e])
        if s > after and j:
            cut = us_rules.CLAUSE_END.search(text, s + j.end(), e)
            plain.append((s, cut.start() if cut else e))
    assert us._joined_regions(text, after, casefold.folded(text)) == plain


future_leads = st.lists(st.sampled_from(
    ["will", "Will", "WILL", "wil", "l", "willing", "goodwill", "meet", "travel", "host",
     "visit", "attend", "depart", "the", "President", "soon", "next", "week", " ", " ", "\n",
     "\t", "-"]), max_size=16).map("".join)


@SETTINGS
@given(lead=future_leads)
def test_future_trip_test_is_the_pattern_s(lead: str) -> None:
    assert us._future_trip(lead) == bool(us_rules.FUTURE_TRIP.search(lead))


kind_titles = st.lists(st.sampled_from(
    ["Fact Sheet", "FactSheet", "Factsheets", "Remarks", "Transcript", "Press Briefing",
     "Press Gaggle", "Background Press Call", "On-the-Record", "Briefing", "Interview",
     "Readout of a Background", "Before the", "Before Their", "Bilateral Meeting", "Meeting",
     "Press Conference", "Press Availability", "Gaggle", "in Conversation", "Testimony",
     "Upcoming", "Travels to", "Trip to", "Will Host", "Will Meet", "to Visit", "to Welcome",
     "to Host",
     "Announces the Travel", "Announce Visit", "Public Schedule", "Schedule", "Daily Schedule",
     "National Day", "Independence Day", "Passing of", "Death of", "Condolences", "Readout",
     "of", "President", "Japan", " ", ":", "-", "x"]), max_size=8).map(" ".join)


@SETTINGS
@given(title=kind_titles)
def test_title_kinds_skip_only_titles_without_their_words(title: str) -> None:
    low = casefold.folded(title)
    assert low is not None
    for (kind, pat), twin in zip(us_rules.TITLE_KINDS, us._TITLE_KINDS_LOW, strict=True):
        assert us._title_kind(low, kind, twin) == bool(pat.search(title)), kind


official_names = st.lists(st.sampled_from(
    ["Andrés", "Manuel", "López", "Obrador", "Jean-Yves", "Le", "Drian", "Sergеy", "Lavrov",
     "O’Brien", "Ben", "Shabbat", "ΜΗΤΣΟΤΑΚΗΣ", "Kishida", "Fumio", "J.", "Ṭ", "ß", "-", "."]),
    min_size=1, max_size=5).map(" ".join)


@SETTINGS
@given(names=st.lists(official_names, max_size=6))
def test_name_keys_cached_are_the_computed_ones(names: list[str]) -> None:
    _same_when_asked_again(us._name_key, [(name,) for name in names])


@SETTINGS
@given(titles=st.lists(st.one_of(st.none(), official_titles), max_size=6),
       organisation=st.sampled_from([None, "UN", "NATO", "EU", "JPN"]))
def test_ranks_cached_are_the_computed_ones(titles: list[str | None], organisation: str | None
                                            ) -> None:
    from policytrends.extract import ranks

    _same_when_asked_again(ranks.rank_of, [(title, organisation) for title in titles])
