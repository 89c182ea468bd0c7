"""The shipped taxonomy and the one-pass matcher: spelling variants, overlaps, exclusions."""

from __future__ import annotations

import re

import pytest
from fast_path_checks import SETTINGS
from hypothesis import given
from hypothesis import strategies as st

from policytrends import taxonomy
from policytrends.taxonomy import matcher, tag
from policytrends.taxonomy.matcher import normalise


def themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


def own(text: str) -> list[tuple[str, str]]:
    """(theme, passage) of the passages themselves, implied parents left out."""
    return [(theme, text[s:e]) for s, e, theme in taxonomy.get_matcher().find_spans(text)]


THEMES_MD_KEYS = {
    "indo_pacific", "foip", "north_korea", "nk_nuclear_missile", "abductions", "china",
    "maritime_order", "taiwan", "russia_ukraine", "alliance_security", "quad", "asean", "g7",
    "economy_trade", "climate_energy", "covid19", "middle_east", "nuclear_disarmament",
    "un_reform", "rules_based_order", "two_plus_two", "host_nation_support",
}


def test_shipped_taxonomy_has_every_contract_key_with_its_parent() -> None:
    tax = taxonomy.load()
    assert THEMES_MD_KEYS <= set(tax.themes)
    assert tax.themes["foip"].parent == "indo_pacific"
    assert tax.themes["nk_nuclear_missile"].parent == "north_korea"
    assert tax.themes["abductions"].parent == "north_korea"
    for key in THEMES_MD_KEYS - {"foip", "nk_nuclear_missile", "abductions"}:
        assert tax.themes[key].parent is None, key


@pytest.mark.parametrize(
    "text",
    [
        "Both sides support the Indo-Pacific.",
        "Both sides support the IndoPacific.",
        "Both sides support the Indo Pacific.",
        "Both sides support the INDO-PACIFIC.",
        "Both sides support the Indo\u2013Pacific.",
        "Both sides support the Indo-\nPacific.",
        "Both sides support the Indo\r\n   Pacific.",
    ],
)
def test_spelling_variants_of_indo_pacific(text: str) -> None:
    found = tag(text)
    assert [m.theme for m in found] == ["indo_pacific"]
    assert text[found[0].start:found[0].end] == found[0].matched
    assert found[0].matched.lower().startswith("indo")
    assert found[0].matched.lower().endswith("pacific")


@pytest.mark.parametrize(
    "text",
    [
        "towards a \u201cFree and Open Indo-Pacific.\u201d",
        'towards a "Free and Open Indo-Pacific."',
        "towards a free and open\nIndo-Pacific region",
        "the vision of a free and open Indo Pacific",
        "an inclusive, free, and open Indo-Pacific",
        "a free, open, connected, prosperous, resilient, and secure Indo-Pacific",
        "to realise FOIP together",
    ],
)
def test_foip_wordings_imply_indo_pacific_once(text: str) -> None:
    found = tag(text)
    assert {m.theme for m in found} == {"foip", "indo_pacific"}
    # the foip passage is not counted a second time as a bare indo_pacific mention
    assert len([m for m in found if m.theme == "indo_pacific"]) == 1
    assert [m.theme for m in found if m.theme == "foip"] == ["foip"]
    parent = next(m for m in found if m.theme == "indo_pacific")
    child = next(m for m in found if m.theme == "foip")
    assert (parent.start, parent.end, parent.matched) == (child.start, child.end, child.matched)


def test_free_and_open_international_order_is_not_foip() -> None:
    text = "They support a free and open rules-based international order in the Indo-Pacific."
    assert themes(text) == {"rules_based_order", "indo_pacific"}


def test_longest_match_first_and_no_double_counting() -> None:
    text = "They discussed North Korea and the Republic of Korea."
    assert own(text) == [("north_korea", "North Korea")]
    text = "The Democratic People's Republic of Korea launched nothing."
    assert own(text) == [("north_korea", "Democratic People's Republic of Korea")]
    assert themes("Talks with the Republic of Korea on trade.") == {"economy_trade"}


def test_south_china_sea_is_maritime_order_not_china() -> None:
    text = "Freedom of navigation in the South China Sea and the East China Sea."
    assert {t for t, _ in own(text)} == {"maritime_order"}
    assert themes("China's coercion in the South and East China Seas") == {"china",
                                                                          "maritime_order"}


def test_word_boundaries() -> None:
    assert themes("The Quadrangle hosted the easel exhibition.") == set()
    assert themes("We met the Quad partners at the EAS.") == {"quad", "asean"}
    assert themes("The Chinaware was fine; Ukrainely is no word.") == set()


def test_denuclearization_of_the_peninsula_implies_north_korea() -> None:
    text = "They reaffirmed the complete denuclearization of the Korean Peninsula."
    assert themes(text) == {"nk_nuclear_missile", "north_korea"}
    assert themes("peace and stability on the Korean Peninsula") == {"north_korea"}


def test_parent_counts_roll_up() -> None:
    text = ("The DPRK ballistic missile launch was condemned. "
            "They called for the resolution of the abductions issue. Pyongyang did not reply.")
    found = tag(text)
    counts: dict[str, int] = {}
    for m in found:
        counts[m.theme] = counts.get(m.theme, 0) + 1
    assert counts == {"north_korea": 4, "nk_nuclear_missile": 1, "abductions": 1}


def test_offsets_index_the_original_text_with_runs_of_spaces() -> None:
    text = ("Intro.\n\n   Both   sides   condemned  the   DPRK\u2019s   ballistic \n missile"
            "   launch.")
    found = tag(text)
    assert found
    for m in found:
        assert text[m.start:m.end] == m.matched
    assert {m.matched for m in found} == {"DPRK", "ballistic \n missile   launch"}


def test_normalise_maps_runs_back() -> None:
    text = "A\u2014B  \u201cC\u201d\n\n  D"
    norm, run_pos, shift = normalise(text)
    assert norm == 'a b "c" d'
    assert run_pos and shift


def test_curly_and_straight_quotes_are_the_same() -> None:
    assert themes("the \u201c2+2\u201d meeting") == {"two_plus_two"}
    assert themes('the "2+2" meeting') == {"two_plus_two"}
    assert themes("the Japan\u2019s abductees") == {"abductions", "north_korea"}


# -- one test per exclusion of the shipped taxonomy -------------------------------------

def test_exclusion_ballistic_missile_defense_is_alliance_not_nk() -> None:
    assert themes("They will strengthen ballistic missile defense.") == {"alliance_security"}


def test_exclusion_chinese_taipei() -> None:
    assert themes("Athletes of Chinese Taipei competed.") == set()


def test_exclusion_alliance_names_are_not_alliances() -> None:
    assert themes("India welcomed the International Solar Alliance.") == set()
    assert themes("the Gavi Vaccine Alliance") == {"covid19"}
    assert themes("the Global Alliance on food") == set()
    assert themes("the Alliance for Development") == set()


def test_exclusion_apec_is_not_economy_trade() -> None:
    assert themes("the Asia-Pacific Economic Cooperation (APEC) Leaders\u2019 Meeting") == set()


@pytest.mark.parametrize("phrase", ["a trade-off", "trade-offs", "the World Trade Center",
                                    "illegal wildlife trade", "the trade union", "trade unions"])
def test_exclusion_trade_lookalikes(phrase: str) -> None:
    assert "economy_trade" not in themes(f"They discussed {phrase}.")


def test_exclusion_export_controls_on_an_adversary() -> None:
    assert themes("financial sanctions and export controls") == set()
    assert themes("exports of rice") == {"economy_trade"}


def test_exclusion_investment_in_defense() -> None:
    assert themes("their investments in defense") == set()
    assert themes("investment in defence industries") == set()
    assert themes("investment in clean energy") == {"economy_trade", "climate_energy"}


@pytest.mark.parametrize("phrase", ["investment climate", "business climate",
                                    "political climate", "security climate"])
def test_exclusion_climate_lookalikes(phrase: str) -> None:
    assert "climate_energy" not in themes(f"The {phrase} improved.")


@pytest.mark.parametrize("phrase", ["pandemic preparedness", "future pandemics",
                                    "the next pandemic", "the Pandemic Fund", "a future pandemic"])
def test_exclusion_pandemic_preparedness_is_not_covid(phrase: str) -> None:
    assert "covid19" not in themes(f"They discussed {phrase}.")


def test_exclusion_minister_for_the_middle_east() -> None:
    text = "He met Minister of State for the Middle East and North Africa James Cleverly."
    assert themes(text) == set()
    assert themes("He met the Minister for Middle East affairs.") == set()
    assert themes("They discussed the Middle East.") == {"middle_east"}


def test_exclusion_economic_2_plus_2_is_not_a_security_2_plus_2() -> None:
    assert themes("the Economic \u201c2+2\u201d meeting") == set()
    assert themes("the Economic 2+2") == set()


def test_economic_and_energy_security_gives_both_themes() -> None:
    assert themes("to strengthen economic and energy security") == {"economy_trade",
                                                                    "climate_energy"}


def test_maritime_security_cooperation_leaves_economic_cooperation() -> None:
    found = own("They discussed maritime security and economic cooperation.")
    assert ("alliance_security", "maritime security") in found
    assert ("economy_trade", "economic cooperation") in found


def test_two_plus_two_without_the_number() -> None:
    text = "We met Foreign Minister Hayashi and Minister of Defense Kishi in Tokyo."
    assert "two_plus_two" in themes(text)
    assert "two_plus_two" not in themes("We met Foreign Minister Hayashi in Tokyo.")


def test_empty_text() -> None:
    assert tag("") == []


@pytest.mark.parametrize("phrase", ["HPV vaccines", "flu vaccines", "measles vaccine",
                                    "cervical cancer vaccines", "routine childhood vaccinations"])
def test_exclusion_other_vaccines_are_not_covid(phrase: str) -> None:
    assert "covid19" not in themes(f"They donated {phrase} to partners.")
    assert themes("They donated COVID-19 vaccines.") == {"covid19"}


def test_exclusion_environmental_protection_agency_is_not_an_epa() -> None:
    assert themes("the EPA Administrator spoke; the EPA's rule; U.S. EPA staff") == set()
    assert themes("the entry into force of the Japan-EU EPA") == {"economy_trade"}


def test_generic_interoperability_is_not_alliance() -> None:
    assert themes("interoperability among AI governance frameworks") == set()
    assert themes("to improve military interoperability") == {"alliance_security"}


def test_ambiguous_programme_wordings_need_north_korea_in_the_record() -> None:
    iran = "They discussed Iran's nuclear program and its ballistic missile launches."
    # (Iran's programme is a non-proliferation subject, nuclear_disarmament: the labelled
    # pages read it so; what matters here is that it is not North Korea's)
    assert themes(iran) == {"middle_east", "nuclear_disarmament"}
    both = iran + " North Korea was also raised."
    assert themes(both) == {"middle_east", "nuclear_disarmament", "north_korea",
                            "nk_nuclear_missile"}
    # an unambiguous wording of the theme itself is context enough
    assert "nk_nuclear_missile" in themes("the nuclear and missile issues; an ICBM test")
    assert [t for t, _ in own("the nuclear and missile issues; an ICBM test")] == [
        "nk_nuclear_missile", "nk_nuclear_missile"]


@pytest.mark.parametrize("org", ["the National Domestic Workers Alliance", "the Next G Alliance",
                                 "the Alliance of Small Island States", "the Alliance Theatre",
                                 "the National Alliance of Forest Owners"])
def test_exclusion_organisations_named_alliance(org: str) -> None:
    assert "alliance_security" not in themes(f"Members of {org} attended.")
    assert "alliance_security" in themes("They affirmed the U.S.-Japan Alliance.")


def test_vice_ministers_are_not_a_two_plus_two() -> None:
    text = "He met Vice Foreign Minister Cho Hyundong and Vice Defense Minister Shin Beomchul."
    assert "two_plus_two" not in themes(text)


def test_jordan_the_country_not_the_first_name() -> None:
    assert themes("Participants: Jamira Burley Jordan Gomes, Jr., and others.") == set()
    assert themes("He met King Abdullah II of Jordan.") == {"middle_east"}
    # two countries named are not the region's affairs (THEMES.md: "Israel" alone)
    assert themes("Jordan and Israel discussed water.") == set()
    assert themes("Jordan and Israel discussed Gaza.") == {"middle_east"}


@pytest.mark.parametrize(("text", "expected"), [
    ("the U.S.-Polish energy security partnership", {"climate_energy"}),
    ("new food security assistance for the region", set()),
    ("deeper economic security cooperation", {"economy_trade"}),
    ("deeper security cooperation", {"alliance_security"}),
])
def test_exclusion_non_military_security_partnerships(text: str, expected: set[str]) -> None:
    assert themes(text) == expected


def test_a_country_inside_a_security_commitment_keeps_its_theme() -> None:
    assert themes("their commitment to Ukraine's security") == {"alliance_security",
                                                               "russia_ukraine"}
    assert themes("their commitment to Israel\u2019s security") == {"alliance_security",
                                                                   "middle_east"}
    assert themes("commitment to Security Council resolutions") == set()


@pytest.mark.parametrize("phrase", ["the maritime rules-based order",
                                    "the rules-based international maritime order",
                                    "a rules-based maritime order"])
def test_rules_based_maritime_order_is_both_themes(phrase: str) -> None:
    found = tag(f"They upheld {phrase}.")
    assert {m.theme for m in found} == {"maritime_order", "rules_based_order"}
    assert len({(m.start, m.end) for m in found}) == 1


def test_commitment_to_a_country_s_defense_and_abducted_citizens() -> None:
    text = ("the ironclad commitment to Japan\u2019s defense and the cases of Japanese "
            "citizens abducted by the DPRK")
    assert themes(text) == {"alliance_security", "abductions", "north_korea"}
    assert "alliance_security" not in themes("Japan's Defense Minister Kishi")


def test_a_country_s_own_forces_need_other_alliance_evidence() -> None:
    assert "alliance_security" not in themes("a report of the Israeli Defense Forces")
    assert themes("the drawdown of U.S. forces") == set()
    assert themes("the Japan-U.S. Alliance and the posture of U.S. forces in Japan") == {
        "alliance_security"}


def test_cooperation_on_security() -> None:
    assert themes("continued cooperation on security and law enforcement") == {
        "alliance_security"}
    assert themes("cooperation on energy security") == {"climate_energy"}
    assert themes("cooperation in the Security Council") == set()


# -- what a copy can hide inside a word (issue 19) ----------------------------------------
@pytest.mark.parametrize(("text", "theme", "passage"), [
    ("Talks on North Ko\u00adrea resumed.", "north_korea", "North Ko\u00adrea"),  # soft hyphen
    ("The situation around Tai\u200bwan.", "taiwan", "Tai\u200bwan"),  # zero-width space
    ("The situation around Tai\u2060wan.", "taiwan", "Tai\u2060wan"),  # word joiner
    ("\ufeffTaiwan first.", "taiwan", "Taiwan"),  # a byte-order mark before it
    ("A free and open Indo-Paci\ufb01c.", "foip", "free and open Indo-Paci\ufb01c"),  # ligature
    ("Ｆｒｅｅ ａｎｄ Ｏｐｅｎ Ｉｎｄｏ\u00adＰａｃｉｆｉｃ", "foip",
     "Ｆｒｅｅ ａｎｄ Ｏｐｅｎ Ｉｎｄｏ\u00adＰａｃｉｆｉｃ"),  # full-width letters
    ("日本は\uff72\uff9d\uff84\uff9e太平洋を重視する。", "indo_pacific",
     "\uff72\uff9d\uff84\uff9e太平洋"),  # half-width kana with a voicing mark
    ("日本はインド\u200b太平洋を重視する。", "indo_pacific", "インド\u200b太平洋"),
])
def test_invisible_and_compatibility_characters_do_not_hide_a_theme(
        text: str, theme: str, passage: str) -> None:
    found = [m for m in tag(text) if m.theme == theme]
    assert [m.matched for m in found] == [passage]
    assert all(text[m.start:m.end] == m.matched for m in tag(text))  # offsets: the original


def test_a_wording_written_with_compatibility_characters_matches_plain_text(
        tmp_path) -> None:
    f = tmp_path / "mine.toml"
    f.write_text('[themes.fintech]\nwordings = ["ﬁn\u00adtech", "Ｒｅｇｔｅｃｈ"]\n',
                 encoding="utf-8")
    assert {m.matched for m in tag("Fintech and RegTech firms", f)} == {"Fintech", "RegTech"}


def test_folding_keeps_plain_text_untouched_and_maps_every_position() -> None:
    from policytrends.taxonomy.fold import fold

    assert fold("plain ASCII").changes == [] and fold("caf\u00e9 \u2019").text == "caf\u00e9 \u2019"
    text = "a\u00adb \ufb01x e\u0301 \ufeff\uff76\uff9e!"
    folded = fold(text)
    assert folded.text == "ab fix \u00e9 \u30ac!"
    # every folded character comes from the original piece that made it
    pieces = {i: text[folded.start(i):folded.end(i)] for i in range(len(folded.text))}
    assert pieces[0] == "a\u00ad" and pieces[3] == pieces[4] == "\ufb01"
    assert pieces[7] == "e\u0301" and pieces[9] == "\uff76\uff9e" and pieces[10] == "!"


to_normalise = st.lists(st.sampled_from(
    ["a", "Word", " ", "  ", "-", "\n", "\t", "`", "\u2019", "\u2014", "\u201c", "\u201d",
     "\u2013", "\u2018", "\u00ab", "\u00a0", "\u2028", "\u2011", "\ufeff", "\u0130", "\u00df",
     "\u212a", "\u017f", "\u00e9", "\u01c5"]), max_size=30).map("".join)


def _reference_normalised(text: str) -> str:
    """Lowered, then every character mapped on its own, then runs of spaces made one."""
    table = {**{c: " " for c in matcher._ASCII_SEPARATORS}, **matcher._ONE_FOR_ONE}
    mapped = "".join(table.get(c, c) for c in matcher._lower(text))
    return re.sub("  +", " ", mapped)


@SETTINGS
@given(text=to_normalise)
def test_normalise_replacing_before_lowering_is_the_character_by_character_map(text: str
                                                                                ) -> None:
    assert matcher.normalise(text)[0] == _reference_normalised(text)


to_tag = st.lists(st.sampled_from(
    ["North Korea", "Korea", "ballistic missile", "ballistic missile defense", "denuclearization",
     "China", "Chinese Taipei", "G77 and China", "our", "U.S.", "alliance", "security",
     "Indo-Pacific", "free and open", "economic", "and energy security", "Russia's", "brutal",
     "war", "trade", "EPA", "the", "x", " ", " ", ", ", "-", "'s", "missiles"]),
    max_size=25).map("".join)


def _reference_candidates(m: matcher.Matcher, norm: str) -> tuple[dict, list]:
    """Every hit listed with its kind first, then folded into spans, as first written."""
    hits = []
    for start, end, entry in m._automaton.hits(norm):
        if entry.word_start and start and norm[start - 1].isalnum():
            continue
        for idx in entry.patterns:
            rx, kind, theme = m._patterns[idx]
            found = rx.match(norm, start)
            if found:
                hits.append((start, found.end(), kind, theme))
        if entry.literals and not (entry.word_end and end < len(norm) and norm[end].isalnum()):
            hits.extend((start, end, kind, theme) for kind, theme in entry.literals)
    spans: dict = {}
    excluded = []
    for start, end, kind, theme in hits:
        if kind == matcher._EXCLUDE:
            excluded.append((start, end, theme))
            continue
        themes = spans.setdefault((start, end), {})
        themes[theme] = themes.get(theme, True) and kind == matcher._AMBIGUOUS
    return spans, excluded


# themes whose wordings meet at one passage with different kinds (literal, ambiguous,
# pattern, exclusion): what the shipped taxonomy seldom has
_OVERLAPS = taxonomy.Taxonomy({t.key: t for t in (
    taxonomy.Theme("korea", "Korea", wordings=("Korea",), ambiguous=("korea", "Korea's"),
                   patterns=(r"north korea",)),
    taxonomy.Theme("dprk", "DPRK", parent="korea", wordings=("North Korea",),
                   ambiguous=("Korea", "missile"), exclusions=("North Korea's missile",),
                   exclusion_patterns=(r"korea's",)),
    taxonomy.Theme("missiles", "Missiles", wordings=("missile",), patterns=(r"missiles?",),
                   ambiguous=("missiles", "ballistic missile")),
)})


@SETTINGS
@given(text=to_tag, shipped=st.booleans())
def test_candidates_folded_as_found_are_the_listed_then_folded_ones(text: str, shipped: bool
                                                                    ) -> None:
    m = taxonomy.get_matcher() if shipped else matcher.Matcher(_OVERLAPS)
    norm = matcher.normalise(text)[0]
    spans, excluded = m._candidates(norm)
    ref_spans, ref_excluded = _reference_candidates(m, norm)
    assert spans == ref_spans and sorted(excluded) == sorted(ref_excluded)
