"""Themes on White House / State phrasings (THEMES.md): a country or an organisation named
is not its theme, the subject is; variant wordings of a theme's own phrase count. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a free and open Indo-Pacific, the words reordered around "that is"
        ("They will work for an Indo-Pacific that is free, open, prosperous, and secure.",
         "foip"),
        ("They support an Indo-Pacific region that is peaceful, free, and open.", "foip"),
        # a plural defence of a country
        ("The Secretary affirmed the commitment to strengthen Oman's defenses.",
         "alliance_security"),
        # the alliance itself as the subject
        ("The President voiced support for a strong, united NATO.", "alliance_security"),
        ("They discussed ways to further strengthen the Alliance before the summit.",
         "alliance_security"),
        ("Both stressed that modernizing NATO is essential.", "alliance_security"),
        ("They agreed to reinforce security on NATO's eastern flank.", "alliance_security"),
        ("The talks centred on Transatlantic security.", "alliance_security"),
        # the region's affairs beside a country's name
        ("They welcomed Israel's normalization arrangements with its neighbours.",
         "middle_east"),
        ("They discussed normalization between Israel and Saudi Arabia.", "middle_east"),
        # energy supply as the subject
        ("They discussed pressures in global energy markets.", "climate_energy"),
        # security or defence of a side, however the commitment is worded
        ("The President reaffirmed his commitment to the security of Estonia.",
         "alliance_security"),
        ("He said the United States fully supports the defense of its partners.",
         "alliance_security"),
        ("The Minister thanked him for the support from the United States for Norway's "
         "security.", "alliance_security"),
        ("Forces were sent to deter Russian aggression against the Allies.",
         "alliance_security"),
        ("They backed a stronger European defense and discussed European security.",
         "alliance_security"),
        ("They agreed to deter and confront any threat of aggression.", "alliance_security"),
        ("They discussed energy volatility in the region.", "climate_energy"),
        # keeping a state from the bomb is non-proliferation
        ("He vowed to ensure Iran never develops a nuclear weapon.", "nuclear_disarmament"),
        ("Iran can never acquire a nuclear weapon, she said.", "nuclear_disarmament"),
        ("They discussed investing in ports and railways.", "economy_trade"),
        # commerce flowing between the sides
        ("The blockade is obstructing travel and commerce between our two countries.",
         "economy_trade"),
    ],
)
def test_theme_present(text: str, theme: str) -> None:
    assert theme in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # an organisation named is not its cooperation
        ("The Secretary spoke with the NATO Secretary General about vaccine supplies.",
         "alliance_security"),
        # investing in goods that are not trade or business
        ("They stressed investing in democracy and security in Africa.", "economy_trade"),
        ("They welcomed investments in defense and in health.", "economy_trade"),
        # an accord on future pandemics is not COVID-19
        ("They discussed the Pandemic Accord negotiations.", "covid19"),
        # a department's name is not commerce between the sides
        ("She met the Secretary of Commerce and the Chamber of Commerce.", "economy_trade"),
        # a country named is not the region as a subject
        ("The Vice President thanked Kuwait for helping to evacuate Americans.", "middle_east"),
        ("They praised the science agreement with Greece and Israel.", "middle_east"),
        ("The Minister of Qatar spoke about humanitarian aid for Afghanistan.", "middle_east"),
    ],
)
def test_theme_absent(text: str, theme: str) -> None:
    assert theme not in _themes(text)


def test_a_country_counts_beside_the_regions_affairs() -> None:
    assert "middle_east" in _themes("Kuwait and the United States discussed Iran's programme.")


@pytest.mark.parametrize("text", [
    "They reaffirmed the commitment to Israel's security.",
    "He stressed Israel's right to defend itself.",
    "The Secretary pledged to strengthen Bahrain's defenses.",
])
def test_a_gulf_state_or_israels_security_is_the_regions_affairs(text: str) -> None:
    assert "middle_east" in _themes(text)
