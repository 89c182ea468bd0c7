"""Fast paths of tagging give what the plain paths give (issue 18): the automaton's hits
by index, and patterns without a prefix left untried in a text without their literals."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.automaton import Automaton
from policytrends.taxonomy import matcher

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


def _everything_tried(m: matcher.Matcher) -> object:
    saved = m._watched
    m._watched = set()  # every pattern without a prefix tried where its finders say
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
        m._watched = saved  # type: ignore[assignment]


def test_a_pattern_without_a_prefix_is_not_tried_in_a_text_without_its_literals(
        monkeypatch) -> None:
    m = taxonomy.get_matcher()
    assert m._watched, "the shipped taxonomy has patterns found by their literals alone"
    tried: list[matcher._Starts] = []
    plain = matcher._Starts.matches

    def matches(self: matcher._Starts, *args: object, **kwargs: object) -> object:
        tried.append(self)
        return plain(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(matcher._Starts, "matches", matches)
    text = "The two leaders discussed trade and the climate at the White House."
    m.find_counted(text)
    assert not {id(s) for s in tried} & {id(m._starts[idx]) for idx in m._watched}
    tried.clear()
    m.find_counted(text + " NATO partnership and the Ukrainian President.")
    assert {id(s) for s in tried} & {id(m._starts[idx]) for idx in m._watched}
