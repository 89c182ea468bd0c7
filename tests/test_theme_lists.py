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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a comma between the fields and the list
        ("They will build ties across many fields, ranging from the economy and security to "
         "youth and cultural exchanges.", {"alliance_security", "economy_trade"}),
        ("They affirmed cooperation in many areas, including security and economy.",
         {"alliance_security", "economy_trade"}),
        # a list whose sentence runs on long after it
        ("He hoped to deepen relations in areas of politics, economy, culture, disaster "
         "prevention, as well as to strengthen cooperation on regional and international "
         "questions on the basis of a friendship that has grown over more than a century of "
         "exchanges.", {"economy_trade"}),
        # another theme's wording inside the list keeps its own theme
        ("They will push ahead with cooperation in the areas of defense, security and nuclear "
         "energy.", {"alliance_security", "climate_energy"}),
        ("They agreed to cooperate in fields such as climate change and the economy.",
         {"climate_energy", "economy_trade"}),
    ],
)
def test_a_list_counts_for_every_field_it_names(text: str, want: set[str]) -> None:
    assert _themes(text) >= want


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # topics discussed, not fields of cooperation: "issues, including"
        ("They discussed regional and global issues, including a dialogue on arms control "
         "and emerging security issues.", "alliance_security"),
        # "NATO" alone is not alliance_security (THEMES.md)
        ("The minister attended the NATO Foreign Ministers' Meeting and welcomed closer ties "
         "between Japan and NATO.", "alliance_security"),
        # a treaty of history
        ("The two countries have been close since the Anglo-Japanese Alliance.",
         "alliance_security"),
        # a Gulf state as a side or a place, like "Israel" alone
        ("Teams from Japan and Qatar are playing in a tournament in the United Arab Emirates.",
         "middle_east"),
        # China named in passing among the countries to work with
        ("They will urge Pyongyang to act, cooperating also with China and Russia.", "china"),
        ("Mongolia explained its infrastructure cooperation with Russia and China.", "china"),
        # abductions elsewhere than North Korea's
        ("The report condemned the abductions of aid workers in the region.", "abductions"),
        # a grouping's name, as the meeting held before
        ("They met again after the Non-Proliferation and Disarmament Initiative (NPDI) "
         "Foreign Ministers' Meeting.", "nuclear_disarmament"),
        # another state's mission in the capital, a place in passing
        ("Japan protested through the North Korean \"Embassy\" in Beijing.", "china"),
        # five of ASEAN's members are not ASEAN as a group
        ("He is visiting Japan to attend the Mekong-Japan Summit Meeting.", "asean"),
    ],
)
def test_a_name_in_passing_is_not_the_theme(text: str, absent: str) -> None:
    assert absent not in _themes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They stressed NATO's role in transatlantic security.", "alliance_security"),
        ("Qatar's mediation on the situation in Gaza was welcomed.", "middle_east"),
        ("Both sides agreed that China's role is important.", "china"),
        ("Mekong-Japan cooperation supports ASEAN's connectivity.", "asean"),
        ("They discussed North Korea's launch of a missile it calls a satellite.",
         "nk_nuclear_missile"),
        ("He condemned the missiles launch by North Korea that morning.", "nk_nuclear_missile"),
        ("They will keep the rule-based international order.", "rules_based_order"),
        ("Both stressed a rules-based international system.", "rules_based_order"),
        ("He has long advocated the importance of rule-based order.", "rules_based_order"),
        ("Japan will provide Maritime Self-Defense Force aircraft to the Philippines.",
         "alliance_security"),
        ("They discussed North Korea's humanitarian issues including the abductions, a "
         "nuclear test and missile launches.", "abductions"),
        ("They will keep working on North Korea, including the abductions issue.", "abductions"),
        ("They will seek outcomes on the reforms of the United Nations Security Council.",
         "un_reform"),
        ("He asked for legal stability for companies investing in the country.", "economy_trade"),
        ("He requested that food import restrictions be lifted.", "economy_trade"),
        ("They will advance the Japan-EU Green Alliance.", "climate_energy"),
        ("They exchanged views on the energy field.", "climate_energy"),
    ],
)
def test_the_subject_itself_is_the_theme(text: str, want: str) -> None:
    assert want in _themes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They confirmed further cooperation among Japan, the U.S., Australia, and India.",
         {"quad"}),
        ("The leaders will deepen cooperation between Japan, Australia, India and the United "
         "States.", {"quad"}),
        ("On North Korea, he noted that it launched a missile again last week.",
         {"nk_nuclear_missile"}),
        ("He set out Japan's stance on North Korea, including the issues of missiles and "
         "abductions.", {"nk_nuclear_missile", "abductions"}),
        ("Japan seeks to resolve North Korea's abduction, nuclear, and missile issues.",
         {"nk_nuclear_missile"}),
        ("They will support countries facing the challenges in food security and energy.",
         {"climate_energy"}),
        ("The Prime Minister attended the session on Artificial Intelligence, Energy, and "
         "Africa.", {"climate_energy"}),
    ],
)
def test_quad_partners_listed_launches_in_other_words_and_energy_listed(
        text: str, want: set[str]) -> None:
    assert _themes(text) >= want


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("They will promote close Japan-U.S. and Japan-U.S.-ROK cooperation.", "quad"),
        ("Iran launched a missile toward the Gulf, the minister said.", "nk_nuclear_missile"),
        ("India intends to purchase U.S. energy products and aircraft.", "climate_energy"),
        ("They also touched on matters including economic cooperation and the reform of the "
         "United Nations Security Council.", "alliance_security"),
        ("They discussed the conclusion of a bilateral social security treaty.",
         "alliance_security"),
        ("He asked for cooperation in making the G8 Kyushu-Okinawa Summit a success.",
         "alliance_security"),
        ("He thanked the ROK for hosting the Japan-China-ROK Trilateral Summit.", "china"),
    ],
)
def test_two_pairs_of_partners_or_another_state_s_launch_do_not_count(
        text: str, theme: str) -> None:
    assert theme not in _themes(text)
