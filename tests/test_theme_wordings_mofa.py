"""Wordings Japan's readouts use for the shipped themes that the taxonomy did not know.

Each class was found on real MOFA / Prime Minister's Office English pages the theme matcher
missed (dev sets `mofa_en`, `mofa_en_b`, `kantei_en`); the sentences here are written in our
own words. Each class has a sentence that must tag and, where the wording is also used in
passing, one that must not.
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the four Quad members named together, in any order
        ("They will deepen cooperation among Japan, the U.S., Australia, and India.", "quad"),
        ("They backed cooperation between Japan, Australia, India and the United States.",
         "quad"),
        # a service of the Self-Defense Forces, an information security agreement, exercises
        ("The President thanked Japan for the handover of Maritime Self-Defense Force patrol "
         "planes.", "alliance_security"),
        ("They will work toward signing an information security agreement.",
         "alliance_security"),
        ("He proposed a bilateral exercise between the two navies.", "alliance_security"),
        ("They agreed to expand exchanges between their defense authorities.",
         "alliance_security"),
        ("They will step up cooperation in counter-piracy and other maritime security areas.",
         "alliance_security"),
        # business across the border, critical minerals, a diversifying economy
        ("He asked for a stable legal environment for Japanese companies operating there.",
         "economy_trade"),
        ("They welcomed growth in the economy and tourism sectors.", "economy_trade"),
        ("Japan will back the kingdom's economic diversification.", "economy_trade"),
        ("They will cooperate on critical minerals.", "economy_trade"),
        ("He raised the restrictions on rare earths.", "economy_trade"),
        # the U.S. forces in Japan, their status, the nuclear umbrella, defence exchange
        ("They will carry out the realignment of U.S. Forces in Japan.", "alliance_security"),
        ("He raised a review of the Status of Forces Agreement.", "alliance_security"),
        ("They affirmed the nuclear umbrella over the region.", "alliance_security"),
        ("The first item was political and defense exchange.", "alliance_security"),
        # oil and gas, energy named as a field
        ("He thanked the minister for the steady supply of oil to Japan.", "climate_energy"),
        ("They discussed LNG and hydrogen.", "climate_energy"),
        ("They will help countries facing difficulties in food security and energy.",
         "climate_energy"),
        ("He wished for ties not limited to energy.", "climate_energy"),
        ("They hoped to cooperate in education, energy, culture and other areas.",
         "climate_energy"),
        # the atomic bombings as Japan's disarmament message
        ("As the only country to have suffered atomic bombings, Japan cannot accept any threat "
         "of nuclear weapons.", "nuclear_disarmament"),
        # the international order beside the rule of law
        ("They agreed that as the international order wavers, upholding the rule of law "
         "matters more.", "rules_based_order"),
        # the rule of law at sea, China's Coast Guard Law
        ("They will stress compliance with the rule of law at sea.", "maritime_order"),
        ("He voiced concern about the Coast Guard Law.", "maritime_order"),
        # North Korea's issues as Koizumi- and Aso-era pages put them
        ("On North Korea he sought a comprehensive settlement of the abduction, nuclear, and "
         "missile issues.", "nk_nuclear_missile"),
        ("On North Korea he named the issues of missiles and abductions.", "abductions"),
        ("North Korea recently launched a missile.", "nk_nuclear_missile"),
        ("They discussed North Korea's uranium enrichment activities.", "nk_nuclear_missile"),
    ],
)
def test_a_wording_japan_uses_tags_its_theme(text: str, want: str) -> None:
    assert want in _themes(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # three of the four, or one named twice, is not the Quad
        ("They will work within the Japan-Australia and Japan-Australia-U.S. frameworks.",
         "quad"),
        ("Japan, Australia and the U.S. met in Manila.", "quad"),
        # a meeting's name on its own (THEMES.md)
        ("They will resume the Japan-Korea Security Dialogue next month.", "alliance_security"),
        # the war's nuclear threat without a word of disarmament is the war's subject
        ("He condemned the threat of use of nuclear weapons against Ukraine.",
         "nuclear_disarmament"),
        # the order shaken, without the rule of law
        ("The aggression shakes the very foundation of the international order.",
         "rules_based_order"),
        # Iran's enrichment is not North Korea's programme
        ("North Korea was discussed, and so was Iran's uranium enrichment.",
         "nk_nuclear_missile"),
        # the atomic energy agency is not the bombings
        ("They welcomed the work of the International Atomic Energy Agency.",
         "nuclear_disarmament"),
        ("They welcomed the report of the International Atomic Energy Agency, on safety.",
         "climate_energy"),
        # the forces named as the channel of disaster relief
        ("He offered help after the earthquake, including through the US Forces in Japan.",
         "alliance_security"),
        # North Korea's weapon is not a fuel
        ("They condemned North Korea's hydrogen bomb test.", "climate_energy"),
        # an embassy in the capital is a channel, not China as the subject
        ("Japan protested through the North Korean embassy in Beijing.", "china"),
    ],
)
def test_the_same_words_in_passing_do_not(text: str, absent: str) -> None:
    assert absent not in _themes(text)
