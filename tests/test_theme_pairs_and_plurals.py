"""Wordings the shipped themes missed by form alone (issue 14).

Found on the dev sets of real pages (White House, Prime Minister's Office): energy as one member
of a pair of fields ("cooperation in the defense and energy sectors", "to strengthen energy
and economic cooperation"), the rules-based order in the plural, and the abduction cases of
Japanese nationals. The sentences are written in our own words. Each class has wordings that
must tag and near misses that must not (THEMES.md: a field named in a list counts; the
abductions issue is that of Japanese nationals).
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # energy as a member of a pair of fields
        ("They explored wider cooperation in the defense and energy sectors.",
         "climate_energy"),
        ("The forum will strengthen energy and economic cooperation among the four.",
         "climate_energy"),
        ("Both praised the growth of trade and energy ties between them.", "climate_energy"),
        # the rules-based order in the plural
        ("Autocrats want to tear down rules-based orders around the world.",
         "rules_based_order"),
        ("They pledged to defend the rule-based international systems built after the war.",
         "rules_based_order"),
        # the abduction cases of Japanese nationals
        ("He said that on the abduction cases of Japanese nationals he would keep helping.",
         "abductions"),
    ],
)
def test_tags(text: str, want: str) -> None:
    assert want in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # energy as a product or a word in a name, not a field of cooperation
        ("The energy and drinks sectors' adverts were banned.", "climate_energy"),
        ("She thanked the staff for their energy and the hosts for the dinner.",
         "climate_energy"),
        # abduction cases elsewhere are no theme
        ("The police reported two abduction cases in the capital last week.", "abductions"),
    ],
)
def test_near_misses(text: str, theme: str) -> None:
    assert theme not in _themes(text)
