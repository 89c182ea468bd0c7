"""extract.people: its tokens, token memo and cached title countries give what their plain
definitions give."""

from __future__ import annotations

import re

import pytest
from fast_path_checks import PIECES, SETTINGS, official_titles, same_when_asked_again, texts
from hypothesis import given
from hypothesis import strategies as st

from policytrends.extract import people, tokens

# both tokenizers, whichever the package uses: the compiled one when `make install` built it
TOKENIZERS = [pytest.param(tokens.scan_pure, id="pure"), pytest.param(
    tokens.NATIVE, id="native", marks=pytest.mark.skipif(
        tokens.NATIVE is None, reason="the compiled tokenizer is not built"))]


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


@pytest.mark.parametrize("scan", TOKENIZERS)
@SETTINGS
@given(text=texts)
def test_tokens_match_the_one_match_at_a_time_definition(scan, text: str) -> None:
    t = people._Tokens(*scan(text, people._TOKEN_INFO))
    fast = list(zip(t.text, t.start, t.end, t.period, t.possessive, strict=True))
    assert fast == _reference_tokens(text)
    assert list(t.kind) == [people._start_kind(word) for word in t.text]
    # the finder reads "may a name go on with this word" from the kinds, not the function
    assert [k == people._NAME_WORD for k in t.kind] == [
        people._name_like_word(word) for word in t.text]


@SETTINGS
@given(keys=st.lists(st.sampled_from(PIECES), max_size=30))
def test_token_memo_gives_what_its_function_gives_when_full_and_emptied(keys: list[str]) -> None:
    memo = tokens.Memo(people._token_info, 4)
    for key in keys + keys:  # each asked again after others, some after the memo emptied
        assert memo[key] == people._token_info(key)
        assert len(memo) <= 4


@pytest.mark.parametrize("scan", TOKENIZERS)
def test_tokens_see_a_sentence_end_between_words(scan) -> None:
    t = people._Tokens(*scan("Minister Kishida. Then Blinken’s team\nmet", people._TOKEN_INFO))
    assert [(w, bool(p), bool(s)) for w, p, s in zip(t.text, t.period, t.possessive,
                                                      strict=True)] == [
        ("Minister", False, False), ("Kishida", True, False), ("Then", False, False),
        ("Blinken", False, True), ("team", True, False), ("met", False, False)]


@SETTINGS
@given(titles=st.lists(official_titles, max_size=6))
def test_title_countries_cached_are_the_computed_ones(titles: list[str]) -> None:
    same_when_asked_again(people._title_country, [(title,) for title in titles])
