"""THEMES.md's rule for fields named in a list: a field the sides cooperate on counts even
when it is only named in a list; a word in passing does not."""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They agreed to cooperate in various fields such as politics, security, the economy "
         "and people-to-people exchanges.", {"alliance_security", "economy_trade"}),
        ("The two leaders will deepen ties in a wide range of areas including security and "
         "economy.", {"alliance_security", "economy_trade"}),
        ("They discussed issues such as the economy and security.",
         {"alliance_security", "economy_trade"}),
        ("Japan hopes to move forward in both political and economic fields.", {"economy_trade"}),
        ("They confirmed cooperation in areas such as culture and the economy.",
         {"economy_trade"}),
        ("They welcomed the joint economic activities on the islands.", {"economy_trade"}),
        ("They praised exchanges between the Japanese and Chilean economies.", {"economy_trade"}),
        ("They agreed to cooperate in political and security fields.", {"alliance_security"}),
    ],
)
def test_fields_named_in_a_list_count(text: str, want: set[str]) -> None:
    assert _themes(text) >= want


@pytest.mark.parametrize(
    "text",
    [
        "Japan is the world's third-largest economy.",
        "He met the Minister of Economy, Trade and Industry.",
        "They recalled the Economic 2+2 held last year.",
        "They will work together in areas such as energy security and clean power.",
        "He spoke about the political and security situation in the region.",
        "Western Europe can handle its economic issues.",
    ],
)
def test_a_word_in_passing_does_not(text: str) -> None:
    assert not _themes(text) & {"alliance_security", "economy_trade"}
