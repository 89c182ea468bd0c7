"""Economy and security cooperation as White House and State readouts word it, and the near
misses beside them (THEMES.md: a field the sides cooperate on counts even when only named in
a list; a word in passing does not)."""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # adjectives of the partnership listed before it
        ("They agreed to deepen our diplomatic, economic, and defense partnerships.",
         {"alliance_security", "economy_trade"}),
        ("The leaders will strengthen their political, military, and economic partnership.",
         {"alliance_security", "economy_trade"}),
        ("The ministers vowed to keep working on shared economic and regional security "
         "priorities.", {"alliance_security", "economy_trade"}),
        ("They will broaden security and diplomatic cooperation with other partners.",
         {"alliance_security"}),
        # a list of sectors introduced by "beginning with"
        ("He hoped for a mature relationship in many sectors, beginning with political "
         "dialogue, the economy and culture.", {"economy_trade"}),
    ],
)
def test_fields_listed_before_the_partnership_count(text: str, want: set[str]) -> None:
    assert _themes(text) >= want


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list of adjectives that names no economic or security field
        ("They praised our diplomatic and cultural partnerships.", "economy_trade"),
        ("They praised our diplomatic and cultural partnerships.", "alliance_security"),
        # priorities of a single field that is neither
        ("They set out their political priorities for the year.", "alliance_security"),
    ],
)
def test_a_list_without_the_field_does_not_count(text: str, absent: str) -> None:
    assert absent not in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "They discussed how to counter China's non-market practices.",
        "They welcomed a co-financing agreement between the two export credit agencies.",
        "The three advisers pledged to maintain a free and equitable economic order.",
        "They spoke of the close ties between our two economies.",
    ],
)
def test_economic_relations_in_us_wording(text: str) -> None:
    assert "economy_trade" in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        # each side's own economy, not relations between them
        "They discussed women's full participation in the workforce to strengthen our economies.",
        "He said the election result showed support for the Prime Minister's economic policy.",
        "The President explained his domestic economic policy.",
        # investing in a public good is not investment between the sides
        "They will expand our investment in public health, human rights, and justice.",
        # Japanese: a country's own growth (「経済成長」) is not relations between the sides
        "副大臣から、同国の経済成長を歓迎する旨述べました。",
    ],
)
def test_an_economy_of_one_side_is_not_economy_trade(text: str) -> None:
    assert "economy_trade" not in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the near misses above still count where the relations are named
        "He explained his economic policy and they agreed to expand bilateral trade.",
        "両国間の経済関係を強化し、経済成長につなげたい旨述べました。",
    ],
)
def test_the_relations_still_count_beside_a_near_miss(text: str) -> None:
    assert "economy_trade" in _themes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They met to deepen cooperation in clean energy, regional security, and commercial "
         "relations.", {"economy_trade", "climate_energy"}),
        ("They relaunched a dialogue on issues of mutual interest, including democracy and "
         "security, trade and investment.", {"alliance_security", "economy_trade"}),
        # a state joining the alliance, or being an ally in it
        ("The President congratulated Finland on becoming our newest NATO Ally.",
         {"alliance_security"}),
        ("He welcomed their applications for NATO membership.", {"alliance_security"}),
        ("They hoped to welcome Sweden into NATO soon, once its NATO accession is ratified.",
         {"alliance_security"}),
    ],
)
def test_relations_and_the_alliance_in_us_wording(text: str, want: set[str]) -> None:
    assert _themes(text) >= want


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a title holding the word: not the subject
        ("Under Secretary for Economic Growth, Energy, and the Environment Jose Fernandez "
         "convened the meeting.", "climate_energy"),
        ("He met officials of the Department of Energy.", "climate_energy"),
        ("スミス・エネルギー大臣と会談しました。", "climate_energy"),
        # "issues of importance to" introduces no list of fields
        ("He thanked the Chancellor for her leadership on issues of importance to our shared "
         "security and prosperity.", "alliance_security"),
        # the organisation named, no one joining it or allied in it
        ("Italy is a leader in the G7, NATO, and the European Union.", "alliance_security"),
    ],
)
def test_a_title_or_a_name_in_passing_does_not_count(text: str, absent: str) -> None:
    assert absent not in _themes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The President underscored the close diplomatic, economic, and military relationship "
         "with Germany.", {"alliance_security", "economy_trade"}),
        ("The leaders highlighted growing economic and people-to-people ties.",
         {"economy_trade"}),
        ("They will strengthen the competitiveness of the U.S. and Canadian economies.",
         {"economy_trade"}),
        ("They discussed expanding business partnerships with American companies.",
         {"economy_trade"}),
        ("He welcomed the UAE's designation as a Major Defense Partner of the United States.",
         {"alliance_security"}),
    ],
)
def test_relationships_ties_and_designations(text: str, want: set[str]) -> None:
    assert _themes(text) >= want


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The leaders praised their people-to-people ties and cultural relationship.",
         "economy_trade"),
        ("The leaders praised their people-to-people ties and cultural relationship.",
         "alliance_security"),
        ("The Minister briefed on the Canadian economy.", "economy_trade"),
    ],
)
def test_ties_without_the_field_do_not_count(text: str, absent: str) -> None:
    assert absent not in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "They discussed our joint commitment to prevent Iran from obtaining a nuclear weapon.",
        "The partnership is a cornerstone in preventing Iran from ever acquiring a nuclear "
        "weapon.",
        "He said Iran must never be allowed to acquire a nuclear weapon.",
        "They stressed their commitment never to allow Iran to obtain a nuclear weapon.",
        "The leaders will never let the regime in Iran develop or obtain a nuclear weapon.",
    ],
)
def test_keeping_a_state_from_the_bomb_is_non_proliferation(text: str) -> None:
    # the state named stays free for its own theme
    assert {"nuclear_disarmament", "middle_east"} <= _themes(text)


def test_preventing_something_else_is_not_non_proliferation() -> None:
    assert "nuclear_disarmament" not in _themes(
        "They discussed how to prevent the conflict from spreading to Lebanon.")


def test_a_state_going_on_with_its_bomb_is_not_being_kept_from_it() -> None:
    # "not" with words that are no "may not" between it and the verb
    assert "nuclear_disarmament" not in _themes(
        "The DPRK has not abandoned plans to develop nuclear weapons.")


@pytest.mark.parametrize(
    "text",
    [
        "They welcomed the resumption of military-to-military communication.",
        "The security relationship will transition to an advising and intelligence-sharing role.",
        "They discussed force posture adjustments on the eastern flank.",
        "They noted their long-standing counterterrorism cooperation.",
    ],
)
def test_security_cooperation_in_us_wording(text: str) -> None:
    assert "alliance_security" in _themes(text)


def test_military_assistance_to_a_third_state_is_not_cooperation_between_the_sides() -> None:
    assert "alliance_security" not in _themes(
        "He thanked the EU for its humanitarian, economic, and military assistance to Ukraine.")


@pytest.mark.parametrize(
    "text",
    [
        "They discussed implementation of the USMCA.",
        "They welcomed progress under the Americas Partnership for Economic Prosperity.",
        "The Development Finance Corporation is funding a new plant.",
        "They discussed infrastructure financing in the region.",
        "They reviewed their economic partnerships.",
        "They raised concerns about Chinese overcapacity in steel.",
    ],
)
def test_us_trade_frameworks_and_finance(text: str) -> None:
    assert "economy_trade" in _themes(text)


def test_us_companies_named_at_home_are_not_economy_trade() -> None:
    assert "economy_trade" not in _themes(
        "The Vice President met CEOs of four American companies at the forefront of AI.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a word in passing (THEMES.md): a title, the weather of a relationship, a conference
        # named only as the occasion of a visit, a power plant at war, Japan's stance
        ("He met the Energy Minister of Saudi Arabia.", "climate_energy"),
        ("In the current climate, the two sides agreed to keep in close touch.",
         "climate_energy"),
        ("They valued the climate of mutual trust between them.", "climate_energy"),
        ("Minister Kamikawa, who is visiting Dubai to attend COP28, held a meeting.",
         "climate_energy"),
        ("The Minister, who was visiting the UAE to attend the 28th Conference of the Parties "
         "to the UNFCCC (COP28), held a meeting.", "climate_energy"),
        ("They shared concern over the Zaporizhzhia Nuclear Power Plant.", "climate_energy"),
        ("両首脳はザポリッジャ原子力発電所の状況に懸念を表明しました。", "climate_energy"),
        ("Japan, with the Japan-U.S. Alliance as the cornerstone of its diplomacy, will "
         "contribute to the region.", "alliance_security"),
        ("日米同盟を基軸とし、地域の平和に貢献していく旨述べました。", "alliance_security"),
    ],
)
def test_a_passing_word_on_japan_s_pages_is_not_the_theme(text: str, absent: str) -> None:
    assert absent not in _themes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They will cooperate for the success of COP28 and on climate change.", "climate_energy"),
        ("両外相はCOP28の成功に向けて協力していくことで一致しました。", "climate_energy"),
        ("They agreed to further strengthen the Japan-U.S. Alliance.", "alliance_security"),
        ("両首脳は日米同盟の抑止力・対処力を強化していくことで一致しました。", "alliance_security"),
    ],
)
def test_the_subject_itself_still_counts(text: str, want: str) -> None:
    assert want in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "He met Mr. Dien, Minister of Industry and Trade of Viet Nam.",
        "He met the Minister of Investment of Indonesia.",
        "He met the Secretary of State for International Trade.",
        "Minister for Trade and Industry Gan Kim Yong signed the Artemis Accords.",
        "Members include the US Trade Representative and the Secretary of the Interior.",
        "He met the head of the Japan External Trade Organization.",
        "貿易産業大臣と会談しました。",
        "投資大臣が同席しました。",
    ],
)
def test_a_title_holding_trade_or_investment_is_not_economy_trade(text: str) -> None:
    assert "economy_trade" not in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Industry and Trade welcomed the growth of bilateral trade.",
        "They agreed to expand trade and investment between the two countries.",
        "両国間の貿易・投資を拡大していくことで一致しました。",
        # a title right before other words: only a list of portfolios is a title
        "The Minister for Foreign Affairs welcomed trade between the two countries.",
        "両国間の貿易について林大臣から説明しました。",
        "両国は貿易・投資・省エネ分野での協力を確認しました。",
    ],
)
def test_trade_itself_still_counts_beside_a_title(text: str) -> None:
    assert "economy_trade" in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Foreign Affairs discussed clean energy with her counterpart.",
        "The two leaders agreed to work together on the current climate crisis.",
    ],
)
def test_energy_and_climate_beside_a_title_or_a_mood_word_still_count(text: str) -> None:
    assert "climate_energy" in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "He met the Minister of Petroleum and Energy.",
        "He met the Under Secretary for Economic Growth, Energy, and the Environment.",
        "He met the Under Secretary of State for Economic Growth, Energy, and the Environment.",
        "He met the Minister of Renewable Energy.",
    ],
)
def test_an_office_naming_energy_is_not_climate_energy(text: str) -> None:
    assert "climate_energy" not in _themes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Both sides are making progress on regional affairs and alliance issues.",
         "alliance_security"),
        ("2. Economy (1) APEC Prime Minister Noda praised the initiative.", "economy_trade"),
        ("Japan supports strengthening the Chiang Mai Initiative Multilateralization (CMIM).",
         "economy_trade"),
    ],
)
def test_mofa_headings_and_named_arrangements(text: str, want: str) -> None:
    assert want in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        # China as a meeting's name or place, not as the subject
        "He saw the ROK Foreign Minister while he was in Japan for the "
        "Japan-China-ROK Foreign Ministers' Meeting.",
        "He held talks in Ningbo, China, on April 7, on the sidelines of the meeting.",
        "Prime Minister Sawada, visiting Beijing, China to attend the APEC Summit Meeting, held "
        "talks with the President of Chile.",
    ],
)
def test_a_meeting_s_name_or_place_is_not_the_subject(text: str) -> None:
    assert not _themes(text) & {"china", "economy_trade"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an organisation called an alliance, and maritime security named alone
        ("副大臣は太平洋同盟加盟国の大使と懇談しました。", "alliance_security"),
        ("He met the ambassadors of the Pacific Alliance member states.", "alliance_security"),
        ("両外相は海洋安全保障について意見交換しました。", "maritime_order"),
    ],
)
def test_japanese_near_misses_for_the_alliance_and_the_seas(text: str, absent: str) -> None:
    assert absent not in _themes(text)


def test_maritime_security_cooperation_in_japanese_is_security_cooperation() -> None:
    text = "両首脳は海洋安全保障分野での協力を強化することで一致しました。"
    assert "alliance_security" in _themes(text)
