"""Fast paths of tagging give what the plain paths give (issue 18): the automaton's hits
by index, and patterns without a prefix left untried in a text without their literals."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.automaton import Automaton
from policytrends.taxonomy import matcher, prefixes

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

KEYS = ["ab", "abc", "b", "bca", "ca", "日本", "本", "aa", "a a"]


@settings(SETTINGS, max_examples=1000)
@given(text=st.lists(st.sampled_from(["a", "b", "c", " ", "日", "本", "x"]), max_size=40)
       .map("".join), backend=st.sampled_from(["rs", "py"]))
def test_indexed_hits_name_the_values_hits_gives(text: str, backend: str) -> None:
    automaton = Automaton({key: key.upper() for key in KEYS}, backend)
    indexed = automaton.indexed_hits(text)
    assert [(s, e, automaton.values[i]) for i, s, e in indexed] == automaton.hits(text)
    assert all(KEYS[i] == text[s:e] for i, s, e in indexed)


# the words of the shipped taxonomy's patterns without a prefix (NATO cooperation, Ukraine's
# officials, China as a place, economies, COP, Japanese economy items), words holding their
# literals ("senator" holds "nato"), and characters that match an ASCII letter case-blind
PIECES = ["NATO", "nato", "senator", "partnership", "cooperation with", "collaboration",
          "alliance", "security", "the ", "President", "Minister", "Prime", "of Ukraine",
          "Ukraine", "Ukrainian", "ukrainian", "China", "visiting", "to attend", "in ",
          "on the margins", "economies", "two", "Japanese and American", "COP", "28",
          "Conference of the Parties", "1.", "(2)", "経済", "シリア", "ア", " ", ", ", ",",
          "-", "\n", "İ", "ı", "ſ", "\u212a", "’"]


def _everything_tried(m: matcher.Matcher) -> tuple[set[int], dict[int, set[str]]]:
    saved = m._watched, m._gates
    m._watched, m._gates = set(), {}  # every pattern without a prefix tried in every text
    return saved


@settings(SETTINGS, max_examples=800)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join))
@example(text="visiting Beijing, China to attend the senator")
@example(text="President Zelenskyy of Ukraine and the ukrainian President")
@example(text="the NATO security partnership, the \u212aorean and American economies")
def test_patterns_without_a_prefix_find_the_same_when_skipped_without_their_literals(
        text: str) -> None:
    m = taxonomy.get_matcher()
    fast = m.find_counted(text)
    saved = _everything_tried(m)
    try:
        assert m.find_counted(text) == fast
    finally:
        m._watched, m._gates = saved


def test_alternative_literals_name_a_literal_list_for_each_alternative() -> None:
    assert prefixes.alternative_literals(r"(?:[a-z]+ )?nato ties|ties with (?:the )?eu") == (
        ("nato ties",), ("ties with ",))
    assert prefixes.alternative_literals(r"(?:x|y) of ukraine\b|\bukrainian (?:a|b)s?") == (
        (" of ukraine",), ("ukrainian ",))
    assert prefixes.alternative_literals(r"[a-z]+ china(?=,? on )") == ((" china", " on "),)
    assert prefixes.alternative_literals(r"nato|[a-z]+") is None  # one alternative: none
    assert prefixes.alternative_literals(r"(") is None  # the parser's error: none known


ALTERNATIVES_PATTERNS = [r"(?:x|y) of ukraine\b|\bukrainian (?:a|b)s?",
                         r"(?<=in )[a-z]+,? china(?=,? on (?:the )?margins)|ties",
                         r"(?:[a-z]+ )?nato(?: [a-z]+)? ties|(?:\d|x)+ 経済"]
ALTERNATIVES_PIECES = ["x", "y", " of ", "ukraine", "UKRAINE", "ukrainian", "ian", " ", ",",
                       "a", "b", "s", "in ", "china", " on ", "the ", "margins", "ties",
                       "nato", "1", "経済", "経", "İ", "ı", "ſ", "\u212a"]


@settings(SETTINGS, max_examples=1000)
@given(text=st.lists(st.sampled_from(ALTERNATIVES_PIECES), max_size=30).map("".join),
       which=st.integers(0, len(ALTERNATIVES_PATTERNS) - 1))
@example(text="x of ukraine", which=0)
@example(text="in beijing, china on the margins", which=1)
def test_every_match_holds_the_literals_of_one_alternative(text: str, which: int) -> None:
    pattern = ALTERNATIVES_PATTERNS[which]
    rx = re.compile(f"{matcher._WORD_START}(?:{pattern}){matcher._WORD_END}", re.IGNORECASE)
    norm = matcher.normalise(text)[0]
    if matcher._CASE_EXTRAS.search(norm):
        return  # (the matcher reads no required literal in such a text)
    alternatives = prefixes.alternative_literals(pattern)
    assert alternatives is not None
    for m in rx.finditer(norm):  # (a lookahead's literal follows the match, in the text)
        assert any(all(norm.find(lit, m.start()) >= 0 for lit in lits)
                   for lits in alternatives), m


def test_a_pattern_without_a_prefix_is_not_tried_in_a_text_without_its_literals(
        monkeypatch) -> None:
    m = taxonomy.get_matcher()
    assert m._watched, "the shipped taxonomy has patterns found by their literals alone"
    assert m._gates, "the shipped taxonomy has patterns whose alternatives hold literals"
    tried: list[matcher._Starts] = []
    plain = matcher._Starts.matches

    def matches(self: matcher._Starts, *args: object, **kwargs: object) -> object:
        tried.append(self)
        return plain(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(matcher._Starts, "matches", matches)
    text = "The two leaders discussed trade and the climate at the White House."
    m.find_counted(text)
    assert not {id(s) for s in tried} & {id(m._starts[idx]) for idx in m._watched}
    # "President" starts an alternative of the Ukrainian officials' pattern, whose every
    # match holds "of ukraine" or "ukrainian"
    tried.clear()
    ukraine = next(idx for idx, gates in m._gates.items() if "ukrainian " in gates)
    m.find_counted("The President and the Prime Minister met the Ambassador of Japan.")
    assert id(m._starts[ukraine]) not in {id(s) for s in tried}
    tried.clear()
    m.find_counted(text + " NATO partnership and the Ukrainian President.")
    assert {id(s) for s in tried} & {id(m._starts[idx]) for idx in m._watched}
