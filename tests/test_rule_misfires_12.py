"""Plausible sentences that a reviewer found misread in session 11 and left open (issue 14).

Each sentence is written in our own words as a MOFA, Prime Minister's Office or White House
page could put it; the rule it tripped is named beside it. Each test also holds the case
the rule was written for, which must still come out as before, so that no fix passes by
switching its rule off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import us_readouts
from mofa_ja_readouts import read_page

from policytrends import extract
from policytrends.extract.mofa import analyse_mofa
from policytrends.records import Analysis, RawRecord
from policytrends.taxonomy import tag

_POINTS = "\n\nThe overview is as follows.\n\n1. The two leaders exchanged views on the region."


def _mofa(text: str, title: str) -> Analysis:
    return analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                  title=title, published=date(2019, 5, 10)))


def _countries(a: Analysis) -> dict[str, str | None]:
    return {p.family_name or "": p.country for p in a.participants}


def _titles(a: Analysis) -> dict[str, tuple[str | None, str | None]]:
    return {p.family_name or "": (p.title, p.country) for p in a.participants}


def test_two_leaders_titled_before_their_names_keep_their_own_titles() -> None:
    # mofa_rules.TITLE_OF_COUNTRY_FULL_NAME: the country-and-name tail stops before the
    # next title, so the first leader's country does not run into the second's
    for lead in ("On May 10, Prime Minister of Japan Taro Kawabe and President of the "
                 "Republic of Korea Lee Jae-sung held a Japan-ROK Summit Meeting in Tokyo.",
                 "On May 10, Prime Minister of Japan Taro Kawabe and President of the ROK "
                 "Lee Jae-sung held a summit meeting."):
        got = _titles(_mofa(lead + _POINTS, "Japan-ROK Summit Meeting"))
        assert got == {"Kawabe": ("Prime Minister", "JPN"), "Lee": ("President", "KOR")}, lead
    # one official so titled, as older pages write him, and a country joined by "and"
    got = _titles(_mofa("On May 10, Prime Minister Taro Kawabe held a meeting with President "
                        "of Trinidad and Tobago Paula Mason at the Prime Minister's Office."
                        + _POINTS, "Japan-Trinidad and Tobago Summit Meeting"))
    assert got["Mason"] == ("President", "TTO")


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


def test_russian_missile_strikes_are_the_war() -> None:
    # themes.toml russia_ukraine: the President of Ukraine's title names the side met, not
    # the war, but the war's strikes named without a place are the war
    for text in ("President Biden spoke with President Zelenskyy of Ukraine today following "
                 "recent Russian missile strikes.",
                 "The two leaders condemned Russia's continued drone and missile attacks.",
                 "He expressed condolences for the victims of the Russian airstrikes."):
        assert "russia_ukraine" in _themes(text), text
    # the title alone is still no subject; Russia's strikes in Syria are another war
    assert "russia_ukraine" not in _themes("President Biden spoke with President Zelenskyy "
                                           "of Ukraine today.")
    for text in ("They discussed Russian airstrikes in Syria.",
                 "The ministers condemned Russian missile strikes on rebel-held Idlib.",
                 "They discussed Russian cyber attacks on elections."):
        assert "russia_ukraine" not in _themes(text), text


def test_an_earlier_visit_recalled_is_not_where_the_talks_were(tmp_path: Path) -> None:
    # mofa_ja_rules.VISIT_MADE (mofa_ja._visit_made_place): 「…を訪問できた」 places the
    # meeting only when its sentence sets no earlier time (R.EARLIER_TIME: 「2年前に」,
    # 「昨年」)
    page = ("日・ウルグアイ首脳会談\n\n令和元年12月3日\n\n 12月3日午前10時から約40分間、"
            "山川総理大臣は、ペレス・ウルグアイ大統領と会談を行いました。\n\n- 冒頭、{}\n")
    def place(point: str) -> str | None:
        meeting = extract.analyse(read_page(tmp_path, page.format(point))).meeting
        assert meeting is not None
        return meeting.location_country

    earlier = ("ペレス大統領から、2年前に日本を訪問できたことは良い思い出である旨述べました。",
               "山川総理から、昨年ウルグアイを公式訪問できたことに改めて謝意を表しました。",
               "山川総理から、数年前にウルグアイを訪問することができ、温かい歓迎を受けた旨"
               "述べました。")
    assert [place(point) for point in earlier] == [None, None, None]
    assert place("山川総理から、ウルグアイを訪問することができ光栄である旨述べました。") == "URY"


def test_a_meeting_told_after_a_recalled_one_is_today_s() -> None:
    # us_rules.EARLIER ("last year") is read in the sentence's own clause, after a clause
    # that recalls an earlier meeting (us_rules.RECALLED_CLAUSE)
    for body in ("Recalling that they met in Lima last year, the two leaders met again today "
                 "at the White House. They discussed trade and migration.",
                 "Recalling their meeting in Lima last year, President Biden and President "
                 "Gabriel Boric of Chile met today at the White House to discuss trade."):
        got = us_readouts.run("Readout of President Biden's Meeting with President Boric of "
                              "Chile", body)
        assert got.kind == "meeting", body
        assert got.meeting is not None and got.meeting.location_country == "USA", body
    # the recalled meeting alone is none (the lead's ruling 6), and the sentence's own clause
    # telling of last year's meeting is still passed over
    for body in ("Recalling that President Biden met President Gabriel Boric of Chile in Lima "
                 "last year, the White House said that trade would grow.",
                 "Recalling their partnership, the two leaders met in Lima last year."):
        got = us_readouts.run("Statement on Chile", body)
        assert got.kind != "meeting", body


def test_a_passive_attendance_without_by_lists_the_attendees() -> None:
    # mofa_rules.ATTENDED_BY / ATTENDANCE_PARAGRAPH: "This dialogue was attended Mr. X, ..."
    # (its "by" left out, a numbered paragraph, "This") lists the sides as "attended by" does
    text = ("1. On 14 March, the 2nd Japan-Nordic Policy Dialogue was held in Oslo, Norway, "
            "from 10:00 a.m. for approximately two hours.\n\n2. This dialogue was attended "
            "Mr. Jiro Sato, Japan's Parliamentary Vice-Minister for Foreign Affairs, Ms. Kari "
            "Lunde, Norway's State Secretary for Foreign Affairs and Mr. Olli "
            "Virtanen, Finland's Under-Secretary of State. They exchanged views on the Arctic.")
    got = _mofa(text, "The 2nd Japan-Nordic Policy Dialogue")
    assert _countries(got) == {"Sato": "JPN", "Lunde": "NOR", "Virtanen": "FIN"}
    assert got.meeting is not None and got.meeting.counterpart_countries == ("NOR", "FIN")
    # an active "attended" names what was attended, not who
    host = _mofa("On May 10, Prime Minister Taro Kawabe attended Mr. Ole Berg's reception and "
                 "held a meeting with Mr. Ole Berg, Prime Minister of Norway." + _POINTS,
                 "Japan-Norway Summit Meeting")
    assert [p.family_name for p in host.participants] == ["Kawabe", "Berg"]


def test_bare_names_before_their_side_in_brackets_are_that_side_s() -> None:
    # mofa_people.bracket_sides / _name_title_pairs: "(The participants included A B,
    # Minister for X, and C D, Minister for Y (Ruritania side); Mr. E F, ... (Japanese side))"
    text = ("On Tuesday, November 12, Prime Minister Taro Kawabe held a meeting with H.E. Mr. "
            "Omar Rashid Khan, President of Pakistan, on his first visit to Japan. The overview "
            "of the meeting is as follows. (The participants included Tariq Aziz Baloch, Minister "
            "for Railways, and Syed Kamran Abbasi, Minister for Industries (Pakistan side); Mr. "
            "Jiro Sato, Deputy Chief Cabinet Secretary, Ms. Hana Mori, Parliamentary Secretary "
            "of Economy, Trade and Industry (Japanese side)).\n\n1. The leaders discussed trade.")
    got = _mofa(text, "Japan-Pakistan Summit Meeting")
    assert _countries(got) == {"Kawabe": "JPN", "Khan": "PAK", "Baloch": "PAK", "Abbasi": "PAK",
                               "Sato": "JPN", "Mori": "JPN"}
    # a comma list that is not all "Name, Title" pairs gives no bare names
    from policytrends.extract.mofa_people import name_title_items

    assert name_title_items("Trade and Investment, Minister for Commerce, and Water and Power") \
        == []


def test_a_president_of_the_general_assembly_is_met_as_the_un_s() -> None:
    # mofa_rules.PGA_AND_OFFICE / PGA_ALSO_OFFICE (SECOND_OFFICE for a bracket): the
    # President of the UN General Assembly is met for the UN, whatever office at home he
    # holds besides, and is no head of state; his foreign ministry makes a ministerial meeting
    lead = ("On September 20, Mr. Taro Kawabe, Minister for Foreign Affairs of Japan, held a "
            "meeting with H.E. Mr. Ahmed Nasir, President of the 81st Session of the United "
            "Nations General Assembly{}, in New York." + _POINTS)
    for also in (" and Minister of Foreign Affairs of the Republic of Maldives",
                 " (UNGA) (Minister of Foreign Affairs of the Republic of Maldives)",
                 ", who is also Minister of Foreign Affairs of the Republic of Maldives"):
        got = _mofa(lead.format(also), "Meeting with the President of the UN General Assembly")
        assert got.meeting is not None, also
        assert got.meeting.counterpart_countries == ("UN",), also
        assert got.meeting.level == "ministerial", also
        assert _countries(got) == {"Kawabe": "JPN", "Nasir": "UN"}, also
    # the President alone, met by a head of government: no summit
    alone = ("On September 20, Prime Minister Taro Kawabe held a meeting with H.E. Mr. Ahmed "
             "Nasir, President of the 81st Session of the United Nations General Assembly."
             + _POINTS)
    got = _mofa(alone, "Meeting with the President of the UN General Assembly")
    assert got.meeting is not None and got.meeting.level == "other"
    # the Secretary-General still is one (gold/README.md), and a country's President too
    from policytrends.extract.ranks import rank_of

    assert rank_of("Secretary-General of the United Nations", "UN") == "head"
    assert rank_of("President of the Republic of Maldives") == "head"
