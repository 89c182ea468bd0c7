"""Fast paths of reading real records give what the plain definitions give (issue 18)."""

from __future__ import annotations

import re
import sys
import unicodedata

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.language import JAPANESE_SHARE, SAMPLE, language_of
from policytrends.sources import front_matter, markdown_text
from policytrends.sources.front_matter import simple_mapping
from policytrends.taxonomy import matcher, prefixes

SETTINGS = settings(max_examples=2000, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _load(text: str, loader: type) -> object:
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loaders only
    except (yaml.YAMLError, ValueError):  # (PyYAML: ValueError for "\U00110000")
        return "error"


# pieces of double-quoted values: text, blanks, every escape YAML knows and some it does
# not, line breaks with or without indentation, blank lines, tabs, quotes, comments
DQ_PIECES = ["Readout", "of", "Japan", "President", " ", "  ", "\\_", "\\u2019", "\\u011F",
             "\\xFC", "\\xE7", "\\U0001F600", "\\\"", "\\\\", "\\/", "\\ ", "\\t", "\\n", "\\0",
             "\\N", "\\L", "\\P", "\\e", "\\q", "\\x4", "\\uD800", "\\U00110000", "\\u12G4",
             "\\\n  ", "\n  ", "\n ", "\n", "\n\t", "\n  \n  ", " \n  ", "\\\n  \\ ", ":", ": ",
             " #", "#", "'", "\t", "\u00a0", "\u2028", "\x85", "é", "---", "\n---", "\n...",
             "\n  - ", "\n  x: y", ","]
# and pieces of the forms the fast path reads, so that many values take it
DQ_USUAL = ["Readout", "of", " ", "  ", "\\_", "\\u2019", "\\xFC", "\\U0001F600", "\\\"",
            "\\\\", "\\ ", "\\t", "\\\n  ", "\n  ", "\n ", " \n  ", "\\\n  \\ ", ":", "é"]
usual = st.lists(st.sampled_from(DQ_USUAL), max_size=10).map("".join)
dq_values = st.one_of(st.lists(st.sampled_from(DQ_PIECES), max_size=10).map("".join),
                      usual, usual)
ENDINGS = ["\""] * 6 + ["\" # note", "\"x", "\" ", ""]
OTHER_LINES = ["date: '2022-01-21'", "tags: statements-releases", "tags: x",
               "published_time: 2022-01-21 11:26:54-05:00",
               "source_url: https://www.whitehouse.gov/briefing-room/x/", "title: plain",
               "  indented: x", "- item"]
front = st.tuples(
    st.lists(st.sampled_from(OTHER_LINES), max_size=2),
    st.sampled_from(["title", "date", "x", "on"]), dq_values, st.sampled_from(ENDINGS),
    st.lists(st.sampled_from(OTHER_LINES), max_size=2),
).map(lambda t: "\n".join([*t[0], f"{t[1]}: \"{t[2]}{t[3]}", *t[4]]))

REAL_TITLE = ("title: \"Readout of President\\_Biden\\u2019s Meeting with Prime Minister "
              "Kishida of\\_\\\n  Japan\"")


@SETTINGS
@given(text=front)
@example(text=REAL_TITLE)
@example(text="title: \"Remarks by President\\_Biden and Prime Minister Golob of the Republic"
              "\\\n  \\ of Slovenia Before Bilateral\\_Meeting\"\ntags: speeches-remarks")
@example(text="title: \"a long title\n  that runs on\"")
@example(text="title: \"a  b \n   c\\\"\"")
def test_double_quoted_front_matter_is_what_both_yaml_loaders_read(text: str) -> None:
    fast = simple_mapping(text)
    pure = _load(text, yaml.SafeLoader)
    if fast is not None:  # read without the parser: both loaders agree with it
        assert fast == pure
        assert fast == _load(text, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if pure != "error":  # and the reader's function gives what yaml.safe_load gives
        assert front_matter.safe_yaml(text) == pure


def test_real_front_matter_forms_take_the_fast_path() -> None:
    front = ("date: '2022-01-21'\nmodified_time: 2022-01-21 11:26:55-05:00\n"
             "source_url: https://bidenwhitehouse.archives.gov/briefing-room/x/\n"
             f"published_time: 2022-01-21 11:26:54-05:00\n{REAL_TITLE}\ntags: x")
    got = simple_mapping(front)
    assert got == yaml.safe_load(front)
    assert got is not None and got["title"] == ("Readout of President\u00a0Biden\u2019s Meeting "
                                                "with Prime Minister Kishida of\u00a0Japan")
    for odd in ("title: \"a\n\n  b\"", "title: \"a\n\tb\"", "title: \"a\nb\"",
                "title: \"a\" # note", "title: \"a \\q\"", "title: \"open"):
        assert simple_mapping(odd) is None, odd


LANG_PIECES = ["The two leaders met.", " ", "\u2019", "\u201c", "\u2014", "é", "両外相",
               "は", "会談", "カタカナ", "ｶﾀ", "画像1", "G7", "1234", "\n", "。"]


def _language_by_counting(text: str) -> str:
    """The definition: the share of Japanese among the letters of the opening."""
    sample = text[:SAMPLE]
    ja = len(re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]", sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    return "ja" if ja and ja >= JAPANESE_SHARE * (ja + latin) else "en"


@settings(SETTINGS, max_examples=800)
@given(text=st.lists(st.sampled_from(LANG_PIECES), max_size=30).map("".join))
@example(text="x" * SAMPLE + "両外相は会談を行いました")  # Japanese only after the opening
def test_language_skips_counting_only_texts_without_japanese(text: str) -> None:
    assert language_of(text) == _language_by_counting(text)


def _paragraphs_block_by_block(body: str) -> list[str]:
    """The definition: each block's end marks removed, then its inline markup."""
    paragraphs = []
    body = body.replace("\r\n", "\n")
    if "<" in body:
        body = markdown_text._HTML_BLOCK.sub("", body)
    for joined in markdown_text._block_texts(body):
        if not joined:
            continue
        if "#" in joined:
            joined = markdown_text._END_MARK.sub("", joined)
        text = markdown_text.markdown_inline(joined)
        if text and not markdown_text._MARKUP_ONLY.fullmatch(text):
            paragraphs.append(text)
    return paragraphs


MD_PIECES = ["word", "Biden", " ", "  ", "\t", "\u00a0", "\u2009", "\u202f", "\n", "\n\n",
             "\n\n\n", "\\###", "###", "\\#\\#\\#", "# ", "- ", "1. ", "---", "| a | b |",
             "*", "**", "_", "\\*", "\\[", "[link](http://a.b)", "<b>", "&amp;", "&", "\r\n",
             "<!-- c -->", "\\\n", ".", "é"]


@settings(SETTINGS, max_examples=800)
@given(body=st.lists(st.sampled_from(MD_PIECES), max_size=30).map("".join))
@example(body="Plain  text\u00a0here.\n\nSecond\tparagraph.\n\n\\###\n")
@example(body="One [link](http://a.b) here.\n\n\\###\n")
def test_markdown_paragraphs_in_one_pass_are_those_of_each_block(body: str) -> None:
    assert markdown_text.markdown_paragraphs(body) == _paragraphs_block_by_block(body)


# The theme matcher: a pattern without a literal prefix is tried only before its inner
# literals (taxonomy.prefixes.inner_literals); it must find what scanning everywhere finds.
INNER_PATTERNS = [
    r"(?:two|both|our) economies|\b[a-z]+(?:an|ese) and [a-z]+(?:an|ese) economies",
    r"[a-z]+ing (?:talks|ties)", r"\d+(?:\.\d+)? trillion", r"(?:[a-z]+ )?\w+-?led order",
    r"[\w']+ (?:and )?the rest",
]
INNER_PIECES = ["two", "both", "our", "economies", "economıes", "ECONOMİES", "economies ",
                "japanese", "american", "korean", "chinese", "an", "ese", " and ", "and",
                " ", "  ", ",", ".", "-", "\n", "x", "é", "İ", "ı", "ſ", "\u212a", "日本",
                "ing", "talks", "ties", "build", "12", "3.5", " trillion", "led order",
                "rules-", " the rest", "the rest", "_", "'"]
inner_texts = st.lists(st.sampled_from(INNER_PIECES), max_size=40).map("".join)


def _scanned(pattern: str, text: str, pos: int,
             stop: int) -> tuple[re.Pattern[str], str, list[tuple[int, int]]]:
    """The matcher's compiled pattern, the normalised text and the spans a whole-text scan
    finds from ``pos`` that start before ``stop``: what a fast path must give."""
    rx = re.compile(f"{matcher._WORD_START}(?:{pattern}){matcher._WORD_END}", re.IGNORECASE)
    norm = matcher.normalise(text)[0]
    scanned = []
    for m in rx.finditer(norm, pos):
        if m.start() >= stop:
            break
        scanned.append(m.span())
    return rx, norm, scanned


@settings(SETTINGS, max_examples=1500)
@given(text=inner_texts, which=st.integers(0, len(INNER_PATTERNS) - 1),
       pos=st.integers(0, 60), stop=st.integers(0, 400))
@example(text="the two economies and japanese and american economies", which=0, pos=0,
         stop=400)
@example(text="economies economies", which=0, pos=0, stop=400)
def test_a_pattern_tried_before_its_inner_literal_finds_what_a_scan_finds(
        text: str, which: int, pos: int, stop: int) -> None:
    pattern = INNER_PATTERNS[which]
    inner = prefixes.inner_literals(pattern)
    assert inner is not None and prefixes.literal_prefixes(pattern) is None
    rx, norm, scanned = _scanned(pattern, text, pos, stop)
    fast = matcher._Starts(rx, [("inner", *inner)]).matches(norm, pos, stop)
    assert [m.span() for m in fast] == scanned
    # and every match holds a literal, after characters of the class only
    before = re.compile(f"[{inner[1]}]*", re.IGNORECASE)
    for start, end in scanned:
        hit = [i for lit in inner[0] if (i := norm.find(lit, start, end)) >= 0]
        if not matcher._CASE_EXTRAS.search(norm):
            assert hit and before.fullmatch(norm, start, min(hit))


def test_inner_literals_are_none_where_a_match_can_hold_anything() -> None:
    assert prefixes.inner_literals(r".*economies") is None  # any character before
    assert prefixes.inner_literals(r"[^x]+ economies") is None  # a negated class
    assert prefixes.inner_literals(r"[a-z]+ing|[a-z]+ed") is None  # "ed" is too short
    assert prefixes.inner_literals(r"(\w)\1 economies") is None  # a back-reference
    assert prefixes.inner_literals(r"(?:[a-z]+ )?\w+ economies") == (
        frozenset({" economies"}), "\\ \\wa-z")


def test_case_blind_ascii_letters_match_no_character_but_the_listed_ones() -> None:
    ascii_blind = re.compile("[\x00-\x7f]", re.IGNORECASE)
    others = {chr(cp) for cp in range(0x80, sys.maxunicode + 1)
              if not 0xD800 <= cp <= 0xDFFF and ascii_blind.fullmatch(chr(cp))}
    assert others == set(matcher._CASE_EXTRAS.pattern.strip("[]"))


def test_a_taxonomy_with_a_pattern_without_prefix_finds_the_same_with_or_without_inner(
) -> None:
    m = taxonomy.get_matcher()
    assert m._starts, "the shipped taxonomy has a pattern tried before its inner literal"
    texts = ["Our two economies grew; the Japanese and American economies too.",
             "Both economies, Korean and Chinese economies and the economıes of Japanese and "
             "Indonesian economies.", "economies " * 50 + "two economies",
             "NATO partnership, alliance partners, cooperation with NATO, the EU-NATO "
             "collaboration; visiting Tokyo, China to attend COP28 in Beijing, China on the "
             "margins; both economies",
             "in Shanghai, China on March 3; visiting Beijing, China to attend (COP 27)"]
    found = [m.find_counted(t) for t in texts]
    saved, m._starts = m._starts, {}  # every unanchored pattern scans the whole text
    try:
        assert [m.find_counted(t) for t in texts] == found
    finally:
        m._starts = saved


# A pattern whose alternatives start differently (one with a literal prefix, one before an
# inner literal, one at a character of a class) is tried only where one of them can start
# (taxonomy.prefixes.start_finders); it must find what scanning everywhere finds.
STARTS_PATTERNS = [
    r"(?:[a-z]+ )?nato(?: [a-z]+)? (?:talks|ties)|(?:talks|ties) (?:with|between) (?:the )?"
    r"(?:nato|alliance)\b|alliance (?:talks|defen[cs]e)\b",
    r"[ァ-ヺー](?:シリア|ガザ)|(?:シリア|ガザ)[ァ-ヺー]",
    r"[a-z]+ing (?:talks|ties)|ガザ(?:ties)?|(?>ties|talks) (?:with )?nato",
    r"(?:éire|ties) nato|[\dー]+ talks|\bthe (?:nato )?alliance",
    r"(?:[a-z]+ )?(?:ties|talks)? ?nato",
]
STARTS_PIECES = ["nato", "NATO", "alliance", "talks", "ties", " with ", " between ", "the ",
                 " ", "  ", "building", "ing", "ガザ", "シリア", "ー", "ア", "日本", "éire",
                 "ÉIRE", "12", "x", ",", "-", "İ", "ı", "ſ", "\u212a", "defense", "defence"]


@settings(SETTINGS, max_examples=1500)
@given(text=st.lists(st.sampled_from(STARTS_PIECES), max_size=40).map("".join),
       which=st.integers(0, len(STARTS_PATTERNS) - 1),
       pos=st.integers(0, 60), stop=st.integers(0, 400))
@example(text="building nato ties with the alliance talks", which=0, pos=0, stop=400)
@example(text="ガザアシリアー", which=1, pos=0, stop=400)
def test_a_pattern_tried_where_its_alternatives_start_finds_what_a_scan_finds(
        text: str, which: int, pos: int, stop: int) -> None:
    pattern = STARTS_PATTERNS[which]
    finders = prefixes.start_finders(pattern)
    assert finders is not None and prefixes.literal_prefixes(pattern) is None
    rx, norm, scanned = _scanned(pattern, text, pos, stop)
    starts = matcher._Starts(rx, finders)
    assert [m.span() for m in starts.matches(norm, pos, stop)] == scanned
    # the places of its literals given (as the matcher's automaton finds them, overlapping)
    found = {lit: [q for q in range(len(norm)) if norm.startswith(lit, q)]
             for lit in starts.literals()}
    assert [m.span() for m in starts.matches(norm, pos, stop, found)] == scanned


def test_start_finders_name_the_way_each_alternative_starts() -> None:
    assert prefixes.start_finders(r"(?:[a-z]+ )?nato ties|ties with|[ァ-ヺ]ガザ") == [
        ("inner", frozenset({"nato ties"}), "\\ a-z"), ("prefix", frozenset({"ties with"}), ""),
        ("first", frozenset(), "ァ-ヺ")]
    assert prefixes.start_finders(r"[a-z]*") is None  # it can match nothing
    assert prefixes.start_finders(r"x|.ab") is None  # any character first
    assert prefixes.start_finders(r"x|[^a]b") is None  # a negated class
    assert prefixes.start_finders(r"(?:[a-z]+ )?(?:b|c)?d") == [
        ("first", frozenset(), "a-zbcd")]  # (the blank never comes first)


def test_the_shipped_taxonomy_scans_no_whole_text_with_a_pattern() -> None:
    m = taxonomy.get_matcher()
    assert set(m._unanchored) == set(m._starts)


def test_a_pattern_is_tried_once_where_two_of_its_prefixes_start(monkeypatch) -> None:
    keys: dict[str, matcher._Entry] = {}

    def capture(entries: dict[str, matcher._Entry], backend: str | None = None) -> object:
        keys.update(entries)
        return automaton(entries, backend)

    automaton = matcher.Automaton
    monkeypatch.setattr(matcher, "Automaton", capture)
    m = matcher.Matcher(taxonomy.get_matcher().taxonomy)
    tried = {key: set(entry.patterns) for key, entry in keys.items()}
    # (patterns with several prefixes, some a prefix of another, hang on the shorter only)
    assert any(len(prefixes.literal_prefixes(rx.pattern) or ()) > 1 for rx, _, _ in m._patterns)
    for key, patterns in tried.items():
        for cut in range(1, len(key)):
            assert not patterns & tried.get(key[:cut], set()), (key, key[:cut])
    assert m._reach >= max(len(p) for rx, _, _ in m._patterns
                           for p in prefixes.literal_prefixes(rx.pattern) or ())


LOOKAROUND_PATTERNS = [
    r"(?=[a-z ,]{0,80}?\beconom)(?<!maritime )(?<!energy )(?:security|defen[cs]e|economy)"
    r"(?:(?:, (?:and )?| and )(?:security|economy)){1,4}\b(?= (?:[a-z]+ ){0,3}?fields?\b)",
    r"(?=[)(\]]?x)(?!\) )x[(]?y", r"(?<=\bthe )(?!x)[a-z]+ (?:partners?|allies)",
]
AROUND_PIECES = ["security", "economy", "economic", "defense", ", ", " and ", "maritime ",
                 "energy ", " fields", " field", " areas", "the ", "x", "y", "(", ")", "]",
                 "partners", " allies", " ", ",", "zz "]


@settings(SETTINGS, max_examples=1000)
@given(text=st.lists(st.sampled_from(AROUND_PIECES), max_size=30).map("".join),
       which=st.integers(0, len(LOOKAROUND_PATTERNS) - 1))
@example(text="maritime security and economy fields", which=0)
@example(text="security and economy fields", which=0)
def test_what_follows_opening_lookarounds_matches_wherever_the_pattern_does(
        text: str, which: int) -> None:
    pattern = LOOKAROUND_PATTERNS[which]
    rest = prefixes.after_lookarounds(pattern)
    assert rest is not None and not rest.startswith(("(?=", "(?!", "(?<"))
    rx, after = (re.compile(f"{matcher._WORD_START}(?:{p}){matcher._WORD_END}", re.IGNORECASE)
                 for p in (pattern, rest))
    for pos in range(len(text) + 1):
        if rx.match(text, pos):
            assert after.match(text, pos)


def test_after_lookarounds_is_none_where_it_cannot_say() -> None:
    assert prefixes.after_lookarounds(r"security (?=x)") is None  # none at the start
    assert prefixes.after_lookarounds(r"(?=a)") is None  # nothing after them
    assert prefixes.after_lookarounds(r"(?=(a))\1b") is None  # a capturing group
    assert prefixes.after_lookarounds(r"(?=a)b|c") is None  # they open one alternative
    assert prefixes.after_lookarounds(r"(?=[(]\))b") == "b"


def test_the_matcher_finds_the_same_without_trying_the_rest_first() -> None:
    m = taxonomy.get_matcher()
    assert any(r is not None for r in m._rest), "the shipped taxonomy has such patterns"
    texts = ["Security and economic fields, the political, security and economic areas.",
             "maritime security and economy cooperation; energy security and defense ties",
             "in security, defense and economic fields, economic and security areas"]
    found = [m.find_counted(t) for t in texts]
    saved, m._rest = m._rest, [None] * len(m._rest)
    try:
        assert [m.find_counted(t) for t in texts] == found
    finally:
        m._rest = saved


FOLD_PIECES = ["Japan", " ", "\u2019", "\u2014", "\u201c", "\u201d", "\u2013", "\u2018", "é",
               "e\u0301", "\u00ad", "\u200b", "\uff2a", "ﬁ", "\u00a0", "x", "\u0301", "日本"]


@settings(SETTINGS, max_examples=800)
@given(text=st.lists(st.sampled_from(FOLD_PIECES), max_size=20).map("".join))
def test_folding_a_text_of_ascii_and_common_marks_leaves_it_as_the_full_check_does(
        text: str) -> None:
    fast = taxonomy.fold.fold(text)
    assert fast.text == unicodedata.normalize("NFKC", taxonomy.fold._FORMAT_RX.sub("", text))
    if taxonomy.fold._plain(text):
        assert unicodedata.is_normalized("NFKC", text)
        assert not taxonomy.fold._FORMAT_RX.search(text) and not fast.changes
    for char in taxonomy.fold.COMMON:  # each stays as it is, even after a letter
        assert unicodedata.normalize("NFKC", "a" + char) == "a" + char
        assert unicodedata.category(char) != "Cf" and not unicodedata.combining(char)


# the characters a unit of `fold` starts with or holds: marks after a letter, after a mark,
# a format character or a changed one, and alone at the start; format characters in runs;
# NFKC-changed ones (full-width, ligatures, the ellipsis, a no-break space, beyond the BMP)
UNIT_PIECES = [*FOLD_PIECES, "\u0308", "\u3099", "\u2060", "\ufeff", "\u2026", "\U0001d400",
               "\uff76", "\u00bd", "A", "\n"]


@settings(SETTINGS, max_examples=1500)
@given(text=st.lists(st.sampled_from(UNIT_PIECES), max_size=24).map("".join))
@example(text="\u0301\u0301x")
@example(text="\u00ad\u0301\u200b\uff2a\u0301")
@example(text="e\u0301\u0301\u2026\u0308")
def test_units_tried_where_they_can_start_are_those_a_scan_finds(text: str) -> None:
    fold = taxonomy.fold
    assert [m.span() for m in fold._unit_matches(text)] == [
        m.span() for m in fold._units().finditer(text)]


@settings(SETTINGS, max_examples=800)
@given(text=st.lists(st.sampled_from([*FOLD_PIECES, "`", "-", "\n\n", "  ", "\t", "\u2212",
                                      "\u201e", "İ"]), max_size=20).map("".join))
@example(text="Japan\u2019s \u201cx\u201d \u2014 `x`\n\nx")
def test_folding_and_normalising_at_once_gives_what_each_in_turn_gives(text: str) -> None:
    folded = taxonomy.fold.fold(text)
    at_once, *normalised = matcher.fold_normalise(text)
    assert (at_once.text, at_once.changes) == (folded.text, folded.changes)
    assert tuple(normalised) == matcher.normalise(folded.text)


def test_word_boundaries_match_the_same_characters_with_or_without_case() -> None:
    # the matcher compiles its boundaries without ignoring case: cheaper, and the same
    blind, plain = (re.compile(matcher._NOT_WORD, flags) for flags in (re.IGNORECASE, 0))
    assert "(?-i:" in matcher._WORD_START and "(?-i:" in matcher._WORD_END
    for cp in range(sys.maxunicode + 1):
        char = chr(cp)
        assert bool(blind.fullmatch(char)) == bool(plain.fullmatch(char)), hex(cp)



def test_prefixes_of_a_pattern_of_many_optional_groups_are_found_within_a_budget() -> None:
    """Optional groups each followed by the rest of the pattern are walked both ways (2^k):
    past the work budget the prefixes are cut short, never wrong, and cost no seconds (a
    theme exclusion of this shape took ~4 s of CPU in every process that tagged)."""
    import re
    import time

    from policytrends.taxonomy.prefixes import literal_prefixes

    ind = ("steel|textile|tourism|mining|shipping|farming|forestry|chemical|paper|glass|cement"
           "|rubber|plastics|fisher(?:y|ies)")
    pattern = ("(?:(?:grant|relief|food|emergency|disaster) (?:aid|help)|grants?|gifts?|aid)"
               "(?: (?:of|worth|totalling) [^ ]+(?: [a-z]+){0,2})? (?:for|to|towards?) (?:the )?"
               "(?:revival|recovery|rebuilding|support) (?:in|of|for) (?:the )?"
               f"(?:(?:{ind})(?:,? (?:and )?(?= ?[a-z]))?)+ ?(?:industry|industries|sectors?)\\b")
    start = time.process_time()
    found = literal_prefixes(pattern)
    assert time.process_time() - start < 0.5  # ~1.1 s without the budget
    assert found and "" not in found
    for text in ("grant aid for the revival of steel and textile industry",
                 "aid worth 5 million yen to recovery in the fisheries sector",
                 "food help for support of tourism, mining industries"):
        m = re.search(pattern, text)
        assert m and any(text.startswith(p) for p in found), (text, found)
