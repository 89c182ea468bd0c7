"""Precision rules of the shipped taxonomy: generic wordings that need their theme's context.

One test per exclusion or ambiguity rule added to keep high-traffic themes from firing
on generic wording (sentences written for these tests).
"""

from __future__ import annotations

import pytest

from policytrends import taxonomy
from policytrends.taxonomy import tag


def themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


# -- abductions: the issue of Japanese nationals abducted by North Korea ---------------

@pytest.mark.parametrize("text", [
    "We call for freedom for the abductees held by the militia in the south.",
    "The mothers of the abductees wrote to the Council again this week.",
    "Any update on the abduction issue involving the two children of the consular client?",
])
def test_abductees_alone_are_not_the_abductions_issue(text: str) -> None:
    assert themes(text).isdisjoint({"abductions", "north_korea"})


@pytest.mark.parametrize("text", [
    "Both sides discussed North Korea and the early resolution of the abductions issue.",
    "They urged the DPRK to return all abductees without delay.",
    "The ministers confirmed their support for resolving the issue of abductions by Pyongyang.",
])
def test_abduction_wordings_count_beside_north_korea(text: str) -> None:
    assert {"abductions", "north_korea"} <= themes(text)


@pytest.mark.parametrize("text", [
    "The Prime Minister thanked him for his support on Japan's abductees.",
    "The Japanese abduction issue remains a top priority of the government.",
    "The leaders called for the return of abducted Japanese citizens.",
])
def test_japanese_abductees_are_the_theme_without_the_country_named(text: str) -> None:
    assert {"abductions", "north_korea"} <= themes(text)


@pytest.mark.parametrize("phrase", ["international parental child abduction",
                                    "the child abduction issue", "a custody/abduction issue"])
def test_exclusion_child_abduction_is_not_the_abductions_issue(phrase: str) -> None:
    text = f"On North Korea nothing new; on {phrase}, the consular team is engaged."
    assert "abductions" not in themes(text)


# -- denuclearization: North Korea's only beside the Korean Peninsula / DPRK ------------

@pytest.mark.parametrize("text", [
    "Our island states have always stood for denuclearization.",
    "We cannot speak of security without denuclearization and an end to arms races.",
])
def test_denuclearization_alone_is_not_north_korea(text: str) -> None:
    assert themes(text).isdisjoint({"nk_nuclear_missile", "north_korea"})


@pytest.mark.parametrize("text", [
    "They reaffirmed the complete denuclearization of the Korean Peninsula.",
    "Talks with the DPRK on denuclearization stalled last year.",
    "The Korean Peninsula's denuclearisation remains the goal.",
])
def test_denuclearization_counts_beside_the_korean_peninsula(text: str) -> None:
    assert {"nk_nuclear_missile", "north_korea"} <= themes(text)


@pytest.mark.parametrize("phrase", [
    "global denuclearization", "complete denuclearization throughout the world",
    "denuclearizing every region of the world", "the denuclearization of the Middle East",
    "denuclearisation of Latin America",
])
def test_exclusion_the_world_s_denuclearization_is_disarmament(phrase: str) -> None:
    # even in a record that names North Korea elsewhere
    found = themes(f"North Korea was mentioned once. We hope for {phrase}.")
    assert "nk_nuclear_missile" not in found
    assert "nuclear_disarmament" in found


# -- alliance: an alliance between states, not any coalition called an alliance --------

@pytest.mark.parametrize("text", [
    "The minister launched a new alliance of ocean research institutes.",
    "We work in alliance with civil society and the private sector.",
    "She chairs the continental Malaria Alliance this year.",
])
def test_a_bare_alliance_is_not_alliance_security(text: str) -> None:
    assert "alliance_security" not in themes(text)


@pytest.mark.parametrize("text", [
    "They reaffirmed the strength of the U.S.-Japan Alliance.",
    "The two leaders praised the enduring alliance between the United States and Thailand.",
    "The Secretary described the alliance as the linchpin of regional peace.",
    "Our bilateral alliance has never been stronger.",
])
def test_alliance_between_states_counts(text: str) -> None:
    assert "alliance_security" in themes(text)


def test_a_bare_alliance_counts_beside_other_security_wording() -> None:
    text = "They discussed extended deterrence and the future of the alliance."
    passages = [text[s:e] for s, e, t in taxonomy.get_matcher().find_spans(text)
                if t == "alliance_security"]
    assert passages == ["extended deterrence", "alliance"]


# -- trade: trade policy, not trafficking, arms control or the name of a ministry -------

@pytest.mark.parametrize("phrase", [
    "the Arms Trade Treaty", "the illicit trade in small arms", "the illegal trade in wildlife",
    "the transatlantic slave trade", "the global drug trade", "defense trade and training",
    "the Department of Foreign Affairs and Trade", "the Federal Trade Commission",
    "enough trade space for a deal",
])
def test_exclusion_trade_that_is_not_trade_policy(phrase: str) -> None:
    assert "economy_trade" not in themes(f"The speaker mentioned {phrase}.")


def test_trade_policy_still_counts_beside_an_excluded_trade() -> None:
    text = "They welcomed the Arms Trade Treaty and agreed to expand bilateral trade."
    assert "economy_trade" in themes(text)


# -- china: China as an actor, not a conference venue, a UN bloc or Taiwan's name --------

@pytest.mark.parametrize("phrase", [
    "the Beijing Declaration and Platform for Action", "the Beijing Platform",
    "the review of Beijing+30", "the Fourth World Conference on Women, held in Beijing",
    "the 1995 Beijing World Conference on Women", "the Group of 77 and China",
    "an old Chinese proverb",
])
def test_exclusion_china_lookalikes(phrase: str) -> None:
    assert "china" not in themes(f"Our delegate recalled {phrase} in her remarks.")


def test_republic_of_china_on_taiwan_is_taiwan_not_china() -> None:
    assert themes("We thank the Republic of China (Taiwan) for its help.") == {"taiwan"}
    assert themes("We thank the Republic of China on Taiwan for its help.") == {"taiwan"}
    # the People's Republic acting on Taiwan is both
    assert themes("pressure from the People's Republic of China on Taiwan") == {
        "china", "taiwan"}


def test_china_still_counts_beside_an_excluded_phrase() -> None:
    text = "As Chair of the Group of 77 and China we met China's envoy in Beijing."
    assert "china" in themes(text)


# -- maritime order, Quad, Russia-Ukraine: lookalikes of other subjects -----------------

def test_the_law_of_the_sea_alone_is_not_maritime_order() -> None:
    text = "We signed the new treaty on marine biodiversity under the Law of the Sea."
    assert "maritime_order" not in themes(text)
    assert "maritime_order" not in themes("Our fisheries policy follows UNCLOS.")


def test_the_law_of_the_sea_counts_beside_maritime_order() -> None:
    text = "They upheld freedom of navigation in line with the Law of the Sea."
    from_matcher = [text[s:e] for s, e, t in taxonomy.get_matcher().find_spans(text)
                    if t == "maritime_order"]
    assert from_matcher == ["freedom of navigation", "Law of the Sea"]


@pytest.mark.parametrize("phrase", ["the transatlantic Quad", "his European Quad counterparts"])
def test_exclusion_other_quads(phrase: str) -> None:
    assert "quad" not in themes(f"The Secretary then met {phrase} in Paris.")


@pytest.mark.parametrize("phrase", [
    "Russia's aggression against Georgia", "Putin's brutal invasion of Georgia",
    "Russian aggression against and occupation of Moldova",
])
def test_exclusion_russia_s_other_wars(phrase: str) -> None:
    assert "russia_ukraine" not in themes(f"The statement condemned {phrase}.")


def test_russia_s_war_on_ukraine_still_counts_beside_georgia() -> None:
    text = "They condemned Russia's war against Ukraine and its aggression in Georgia."
    assert "russia_ukraine" in themes(text)


# -- North Korea's programmes: not weapons of mass destruction or test bans in general ---

@pytest.mark.parametrize("text", [
    "North Korea was raised. We oppose the spread of weapons of mass destruction.",
    "The DPRK was raised. Terrorists must never acquire WMD.",
])
def test_weapons_of_mass_destruction_in_general_are_not_north_korea_s(text: str) -> None:
    assert "nk_nuclear_missile" not in themes(text)


def test_north_korea_s_weapons_of_mass_destruction_count() -> None:
    assert "nk_nuclear_missile" in themes("They condemned North Korea's WMD programs.")
    assert "nk_nuclear_missile" in themes("the DPRK's weapons of mass destruction")


def test_exclusion_a_nuclear_test_ban_is_disarmament() -> None:
    found = themes("North Korea was raised. We seek a comprehensive nuclear test ban.")
    assert "nk_nuclear_missile" not in found
    assert "nuclear_disarmament" in found


@pytest.mark.parametrize("phrase", ["Iran's ballistic missile programme",
                                    "Iran's nuclear and missile development",
                                    "Russia's missile launches"])
def test_exclusion_another_state_s_programme(phrase: str) -> None:
    found = themes(f"North Korea was raised. They also discussed {phrase}.")
    assert "nk_nuclear_missile" not in found


def test_north_korea_s_programme_still_counts_beside_iran_s() -> None:
    text = "They discussed Iran's nuclear program and North Korea's missile launches."
    assert "nk_nuclear_missile" in themes(text)


@pytest.mark.parametrize("text", [
    "The Court acts as a deterrent to would-be perpetrators.",
    "Street lighting is a deterrent against violence in the camps.",
])
def test_a_deterrent_alone_is_not_alliance_security(text: str) -> None:
    assert "alliance_security" not in themes(text)


def test_a_deterrent_counts_beside_defense_cooperation() -> None:
    text = "Their defense cooperation provides a credible deterrent."
    passages = [text[s:e] for s, e, t in taxonomy.get_matcher().find_spans(text)
                if t == "alliance_security"]
    assert passages == ["defense cooperation", "deterrent"]


def test_exclusion_the_trade_of_conventional_weapons() -> None:
    assert "economy_trade" not in themes("a treaty to regulate the trade of conventional weapons")


def test_exclusion_the_anti_ballistic_missile_treaty() -> None:
    text = "North Korea was raised. They recalled the Anti-Ballistic Missile Treaty."
    assert "nk_nuclear_missile" not in themes(text)
