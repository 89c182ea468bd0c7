"""Words that name a theme's country or subject in passing, not the subject (issue 14).

Found on the dev-half pages of the `themes_m` set, the misses of last session's blind sets
(fresh4, held-out v5; dev sets now) and the reviewer's list: an official's title naming
Ukraine, Ukraine joining an economic organisation, aid that names no economic field. The
sentences are written in our own words. Each class has a sentence in passing that must not
tag and one with the same words about the subject that must (THEMES.md: a word in passing,
a title does not count; "Ukraine" alone is not `russia_ukraine`; humanitarian or development
aid with no economic word is not `economy_trade`, the lead's ruling 5).
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # an official's title names the side met, not the war
        ("The minister received Ms. Olena Petrenko, Ambassador of Ukraine to Japan, for a "
         "short courtesy call.", "russia_ukraine"),
        ("She then talked with Mr. Taras Bondar, Minister for Foreign Affairs of Ukraine, "
         "about a student exchange.", "russia_ukraine"),
        ("The Prime Minister met President Volodymyr Zelenskyy of Ukraine at the United "
         "Nations.", "russia_ukraine"),
        ("Over lunch the Ukrainian Foreign Minister spoke about their universities.",
         "russia_ukraine"),
        ("首相は来日中のウクライナ外務大臣と昼食を共にした。", "russia_ukraine"),
        ("He was seated next to Zelenskyy at the dinner.", "russia_ukraine"),
        # Ukraine joining an economic organisation is not the war
        ("The two ministers welcomed the progress of Ukraine's accession to the OECD.",
         "russia_ukraine"),
        ("They backed the accession of Ukraine to the Organisation for Economic Co-operation "
         "and Development.", "russia_ukraine"),
        # a country as the place where nationals were held, a bureau's title, the side met
        ("He thanked the minister for his sympathy over the killing of two aid workers in "
         "Yemen last month.", "middle_east"),
        ("外相は、イラクで拘束された邦人の解放への協力に謝意を表明した。", "middle_east"),
        ("The talk was attended by the Director of the Middle Eastern and African Affairs "
         "Bureau.", "middle_east"),
        ("The Prime Minister welcomed the President of the Palestinian Authority at the guest "
         "house for lunch.", "middle_east"),
        # a country called a member of the group in passing; China as the meeting's place
        ("He will then fly to Italy, our G7 partner, and to Greece.", "g7"),
        ("She will stop in Canada, a close partner in the Americas and the G7, on her way.",
         "g7"),
        ("外相は、国際会議出席のため訪問中の中国・上海において、タイ外相と会談した。", "china"),
        # another state's weapons programme is not North Korea's
        ("They spoke about Iran's WMD programs and about North Korea's human rights.",
         "nk_nuclear_missile"),
        # a non-permanent seat is an election, not the Council's reform
        ("両国が共に安保理非常任理事国となることを念頭に連携を確認した。", "un_reform"),
        # an industry named as what aid goes to is aid, not economic relations
        ("Japan will provide grant aid for the revitalization of the fisheries industry "
         "after the storm.", "economy_trade"),
        ("She announced emergency assistance for cooperation in the agricultural sector of "
         "the islands.", "economy_trade"),
    ],
)
def test_in_passing_does_not_tag(text: str, theme: str) -> None:
    assert theme not in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the same names beside the war, or the country as the situation discussed
        ("The Ambassador of Ukraine briefed him on Russia's aggression against his country.",
         "russia_ukraine"),
        ("President Zelenskyy described the situation in Ukraine after the latest strikes.",
         "russia_ukraine"),
        ("The Ukrainian Foreign Minister thanked Japan for its support for Ukraine.",
         "russia_ukraine"),
        ("Both sides discussed regional situations, including Ukraine and the Middle East.",
         "russia_ukraine"),
        ("首相はウクライナ情勢について意見交換した。", "russia_ukraine"),
        ("They discussed Ukraine's accession to the OECD and the war in Ukraine.",
         "russia_ukraine"),
        # the region's affairs beside the same words
        ("They discussed the fighting in Yemen and the safety of shipping in the Red Sea.",
         "middle_east"),
        ("The President of the Palestinian Authority explained the humanitarian situation in "
         "Gaza.", "middle_east"),
        ("Both sides will support the Palestinian people and a two-state solution.",
         "middle_east"),
        # the group as the framework worked with; China's own conduct; the DPRK's programmes
        ("He will keep working with our G7 partners on sanctions.", "g7"),
        ("Italy, our G7 partner, agreed that the G7 must stay united.", "g7"),
        ("外相は中国・上海において、中国の海洋進出に懸念を表明した。", "china"),
        ("The DPRK funds its illicit WMD programs with stolen cryptocurrency.",
         "nk_nuclear_missile"),
        # a bid for a permanent Security Council seat worded with a verb is the Council's reform
        ("首相は、日本が安保理常任理事国となることへの支持を求めた。", "un_reform"),
        # an industry as a field of cooperation between the sides still counts
        ("Both leaders agreed to revitalize trade through cooperation in the fisheries "
         "industry.", "economy_trade"),
        ("They confirmed the revitalization of the tourism industry and cooperation in the "
         "agricultural sector.", "economy_trade"),
    ],
)
def test_subject_still_tags(text: str, theme: str) -> None:
    assert theme in _themes(text)
