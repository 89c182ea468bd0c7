"""Wordings the shipped themes missed by form alone (issue 14).

Found on the dev sets of real pages (White House, Prime Minister's Office): energy as one member
of a pair of fields ("cooperation in the defense and energy sectors", "to strengthen energy
and economic cooperation"), the rules-based order in the plural, and the abduction cases of
Japanese nationals; and one form that over-tagged: "European security" alone, the region's
security named as a concern, not cooperation between the sides (the labels read it so). The
sentences are written in our own words. Each class has wordings that must tag and near
misses that must not (THEMES.md: a field named in a list counts; the abductions issue is
that of Japanese nationals; alliance_security is cooperation between the two sides).
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
        # Europe's own defence capability and the transatlantic security still count
        ("Both backed a stronger European defense that complements the alliance's work.",
         "alliance_security"),
        ("They discussed ways to strengthen transatlantic security.", "alliance_security"),
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
        # the region's security named as a concern or a commitment is no cooperation
        ("They restated their commitment to European security and to the country's borders.",
         "alliance_security"),
        ("The regime uses gas as a weapon to undermine European security.",
         "alliance_security"),
        ("The ministers welcomed the renewed OSCE European security dialogue in Vienna.",
         "alliance_security"),
        # abduction cases elsewhere are no theme
        ("The police reported two abduction cases in the capital last week.", "abductions"),
    ],
)
def test_near_misses(text: str, theme: str) -> None:
    assert theme not in _themes(text)
