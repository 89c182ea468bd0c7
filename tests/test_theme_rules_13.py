"""Theme rules of session 13 (issue 14), each with a fixture in our own words that reproduces
a layout or phrasing of a real readout, and a negative case that must stay untagged.

THEMES.md: a field the sides cooperate on counts even when only named in a list; a word in
passing does not; a name (a law's, a title) on its own names no theme."""

from __future__ import annotations

import pytest

from policytrends.extract.countries_ja import countries_in_ja
from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # security as one item of a list of what the sides cooperate on
        ("The leaders pledged to keep up cooperation on trade, the energy transition, and "
         "security, among other shared concerns.", "alliance_security"),
        ("They want to deepen cooperation in tourism, ports, security and other areas.",
         "alliance_security"),
        # counter-terrorism cooperation in Japanese
        ("外相から,テロ対策の分野で日本と協力していきたい旨の発言があった。", "alliance_security"),
        ("両外相は,テロ対策における協力を強化することで一致した。", "alliance_security"),
        # the world economy as a subject the sides cooperate on
        ("The two leaders agreed to cooperate closely, including on the reform of the Security "
         "Council and in response to the global economy.", "economy_trade"),
        # goods traded between the sides
        ("He said Japan will keep promoting the exchange of goods and people with the country.",
         "economy_trade"),
        # the economy as a field in Japanese still counts
        ("両首脳は,経済面での協力を一層進めることで一致した。", "economy_trade"),
        ("Vaccines against COVID-19 were delivered through COVAX.", "covid19"),
        # the same words as a subject still count
        ("They reaffirmed the U.S. commitment to the defense of Japan.", "alliance_security"),
        ("They will work together for nuclear disarmament and non-proliferation.",
         "nuclear_disarmament"),
        # an agreement sparing investors double taxation, signed at the meeting
        ("After the talks the two leaders signed a new tax convention between the countries.",
         "economy_trade"),
        ("両首脳の立ち会いの下,租税条約の署名が行われた。", "economy_trade"),
        # the rule of law at sea as a priority area
        ("The leaders named three priorities: recovery from the storms, sustainable oceans "
         "based on the rule of law, and youth exchanges.", "maritime_order"),
    ],
)
def test_the_rule_finds_its_theme(text: str, theme: str) -> None:
    assert theme in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # pensions are not security cooperation, even in a list of sectors
        ("They plan to develop relations in many sectors, including a pension and social "
         "security agreement, student exchanges and tourism.", "alliance_security"),
        ("They want to deepen cooperation on water, food and energy security.",
         "alliance_security"),
        ("They hope for cooperation in the United Nations, the G20 and the Security Council.",
         "alliance_security"),
        # terrorism condemned is not cooperation against it
        ("両首脳は,先週のテロを強く非難した。", "alliance_security"),
        # the size of an economy, or a threat to it, named in passing
        ("Japan, the world's third-largest economy, welcomed the visit.", "economy_trade"),
        ("The seizure of ships is a threat to navigation and the global economy.",
         "economy_trade"),
        # a region described by its growth in passing
        ("英側より,経済面で著しい成長を見せるアジア太平洋地域の重要性を認識している旨述べた。",
         "economy_trade"),
        # a law's name cited for another subject
        ("Officials recalled the signing of the COVID-19 Hate Crimes Act and new grants for "
         "victims of bias-motivated violence.", "covid19"),

        # the order of the world at large, not of the seas
        ("They will uphold the international order based on the rule of law.",
         "maritime_order"),
        ("The new tax on plastic bags starts next year.", "economy_trade"),
        # a minister's title and an office's name are titles, not the subject
        ("The Minister for Foreign Affairs and the Minister of Defense of Japan met their "
         "counterparts over lunch.", "alliance_security"),
        ("He oversees the Global Issues Department and the Disarmament, Non-Proliferation and "
         "Science Department.", "nuclear_disarmament"),
        ("会談には軍縮不拡散・科学部長が同席した。", "nuclear_disarmament"),
    ],
)
def test_a_word_in_passing_stays_untagged(text: str, theme: str) -> None:
    assert theme not in _themes(text)


def test_a_compound_that_gives_north_korea_also_names_both_countries() -> None:
    """「露朝」 before 軍事 or 協力 is read as North Korea by the north_korea theme: the
    countries table names Russia and North Korea for it too."""
    text = "両首脳は,露朝軍事協力の進展に深刻な懸念を表明した。"
    assert "north_korea" in _themes(text)
    assert {code for code, _ in countries_in_ja(text)} >= {"RUS", "PRK"}
    assert {code for code, _ in countries_in_ja("米朝対話が再開された。")} == {"USA", "PRK"}


@pytest.mark.parametrize("text", ["今朝協議した結果を報告した。", "毎朝対話の場を設けている。",
                                  "同日朝協議が行われた。"])
def test_morning_words_name_no_country(text: str) -> None:
    assert not countries_in_ja(text)
