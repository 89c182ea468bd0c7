"""Words of a theme that name something else (THEMES.md: a word in passing does not count):
the parts of one economy, a regulator's initials, a threat to one side's security named as
such. The same words as a subject still count."""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Union organisers from diverse sectors of the economy spoke about automation.",
         "economy_trade"),
        ("Nurses and drivers from many sectors of our economy joined the listening session.",
         "economy_trade"),
        ("The Environmental Protection Agency (EPA) said it would publish new rules.",
         "economy_trade"),
        ("Officials of the state environmental protection agency (EPA) took questions.",
         "economy_trade"),
        ("The launch poses a grave threat to the security of Japan and its neighbours.",
         "alliance_security"),
        ("The minister called the missile firing a serious issue related to the security of "
         "Japan and the safety of its citizens.", "alliance_security"),
        ("Such tests are a direct danger to the security of the Philippines.",
         "alliance_security"),
    ],
)
def test_a_word_naming_something_else_does_not_count(text: str, theme: str) -> None:
    assert theme not in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The leaders welcomed the entry into force of the Economic Partnership Agreement "
         "(EPA).", "economy_trade"),
        ("The President restated the firm commitment to the defense of Japan.",
         "alliance_security"),
        ("They agreed to cooperate in key sectors of trade and investment.", "economy_trade"),
    ],
)
def test_the_same_words_as_a_subject_still_count(text: str, theme: str) -> None:
    assert theme in _themes(text)
