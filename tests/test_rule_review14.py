"""Plausible sentences that rules landed in session 14 misread, and wordings of their
conventions they missed (issue 14, a reviewer's pass).

Each sentence is written in our own words as a MOFA, Prime Minister's Office or Japanese MOFA
page could put it (fictional officials, places and dates); the rule it tripped is named
beside it. Each test also holds the case the rule was written for, which must come out as
before, so that no fix passes by switching its rule off.
"""

from __future__ import annotations

from datetime import date

import pytest
from mofa_ja_readouts import analyse_lead
from us_readouts import names, run

from policytrends.extract.mofa import analyse_mofa
from policytrends.records import RawRecord
from policytrends.taxonomy import tag

OVERVIEW = " The overview of the meeting is as follows."


def _mofa(text: str, title: str = "", published: date = date(2023, 5, 10)):
    return analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                  title=title, published=published))


def _people(text: str, title: str = "", published: date = date(2023, 5, 10)
            ) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in _mofa(text, title, published).participants}


# --- mofa_rules.IN_PARTS (_HALF): a half of a period is no half of the meeting ------------

LENGTH_LEAD = ("On June 2, Ms. Mika Sato, Minister for Foreign Affairs of Japan, held a meeting "
               "with Mr. Omar Haddad, Minister of Foreign Affairs of Jordan, {d}." + OVERVIEW)


@pytest.mark.parametrize(("told", "minutes"), [
    ("for about 50 minutes, the first since the first half of FY2024, when they had spoken "
     "for about 20 minutes", 50),
    ("for about 50 minutes, their first talks since the second half of March, when they had "
     "spoken for about 20 minutes", 50),
    ("for about 50 minutes, recalling the first half of the 2010s, when a visit lasted about "
     "20 minutes", 50),
    ("for about 50 minutes, looking back to the second half of his term, when talks took "
     "about 20 minutes", 50),
    # (the halves of the meeting itself still add up)
    ("in the first half of the meeting for about 50 minutes and in the second half for "
     "about 20 minutes", 70),
    ("for about 50 minutes in the first half and about 20 minutes in the second half", 70),
])
def test_a_half_of_a_period_is_no_half_of_the_meeting(told: str, minutes: int) -> None:
    text = LENGTH_LEAD.format(d=told)
    assert _mofa(text, "Japan-Jordan Foreign Ministers' Meeting").meeting.duration_min == minutes


# --- mofa_rules.GROUPING_PARTNERS: the grouping met, not one named beside it --------------

PARTNER_POINTS = ("\n\n1. Prime Minister Ono stated that ties among Japan, China and the Republic "
                  "of Korea underpin the region's prosperity.")


@pytest.mark.parametrize(("lead", "sides"), [
    # (the meeting is another grouping's; the ASEAN Plus Three summit only named beside it)
    ("On October 9, Prime Minister Taro Ono attended the Japan-ASEAN Summit in Jakarta, "
     "Indonesia, held back-to-back with the ASEAN Plus Three Summit.", ("ASEAN",)),
    # (the name written "plus" or with a figure)
    ("On October 9, Prime Minister Taro Ono attended the ASEAN plus Three Summit in Jakarta, "
     "Indonesia.", ("ASEAN", "CHN", "KOR")),
    ("On October 9, Prime Minister Taro Ono attended the ASEAN Plus 3 Leaders' Meeting in "
     "Jakarta, Indonesia.", ("ASEAN", "CHN", "KOR")),
    # (the case the rule is for)
    ("The 20th ASEAN Plus Three Summit was held on October 9 in Jakarta, Indonesia. Prime "
     "Minister Taro Ono took part.", ("ASEAN", "CHN", "KOR")),
])
def test_the_partners_come_with_the_grouping_met_only(lead: str, sides: tuple[str, ...]) -> None:
    found = _mofa(lead + " The following is a summary of the meeting." + PARTNER_POINTS, "",
                  date(2016, 10, 10))
    assert found.meeting.counterpart_countries == sides


# --- mofa_rules.DAY_ORDER_ENCOUNTER: a later meeting of the day, not one reported ---------

TRIP_LEAD = ("On September 20 (local time), Prime Minister ONO Taro, who is visiting New York to "
             "attend the United Nations General Assembly, held talks with the Honourable Ben "
             "Marsh, Prime Minister of New Zealand.\n\n")
RAO = "H.E. Mr. Vikram Rao, Prime Minister of the Republic of India"


@pytest.mark.parametrize("later", [
    # (a meeting reported in what was said, or to come: nobody met that day)
    f"Next, the Prime Minister noted that, having held talks with {RAO}, last month, he "
    "hoped to carry their agreement forward.",
    f"Next, Prime Minister Ono explained that he had held a meeting with {RAO}, in Tokyo in "
    "the spring.",
    f"After that, the Prime Minister said he looked forward to holding a meeting with {RAO}, "
    "at an early date.",
    f"Thereafter, he stated that Japan would continue to have close talks with {RAO}, and "
    "other partners.",
])
def test_a_meeting_reported_or_to_come_adds_no_official(later: str) -> None:
    assert _people(TRIP_LEAD + later, "", date(2022, 9, 21)) == {("Ono", "JPN"),
                                                                  ("Marsh", "NZL")}


@pytest.mark.parametrize("later", [
    f"Then, the Prime Minister held a meeting with {RAO}.",
    f"Later, Prime Minister Ono held a summit meeting with {RAO}.",
    f"In the afternoon, the Prime Minister held talks with {RAO}.",
    f"Following the meeting, he had a brief talk with {RAO}.",
    f"After the talks, the Prime Minister paid a courtesy call to {RAO}.",
    f"Subsequently, Prime Minister Ono met {RAO}, on the margins of the session.",
    # (the cases the rule was written for)
    f"After that, Prime Minister Ono held a bilateral meeting with {RAO}.",
    f"Next, the Prime Minister attended the reception, before holding a meeting with {RAO}.",
])
def test_a_days_later_meeting_in_other_words_adds_its_official(later: str) -> None:
    assert _people(TRIP_LEAD + later, "", date(2022, 9, 21)) == {
        ("Ono", "JPN"), ("Marsh", "NZL"), ("Rao", "IND")}


# --- mofa_rules.HOSPITALITY: the host's hospitality in other words, not others' ----------

HOST_LEAD = ("On July 8, commencing at 6:00 p.m. for 50 minutes, Mr. ONO Taro, Prime Minister of "
             "Japan, held a summit meeting with H.E. Mr. Andrés Molina, President of the Republic "
             "of Colombia. The overview of the meeting is as follows.\n\n1. Opening remarks\n\n")


@pytest.mark.parametrize(("point", "place"), [
    # (other words for the thanks the rule reads)
    ("President Molina expressed his sincere gratitude for Prime Minister Ono's cordial "
     "hospitality, and the two leaders confirmed their close partnership.", "JPN"),
    ("President Molina thanked Japan for its gracious hospitality and spoke of the long "
     "friendship between the two peoples.", "JPN"),
    ("Prime Minister Ono expressed appreciation for the hospitality shown by the Government of "
     "Colombia, and President Molina welcomed him to Bogota.", "COL"),
    ("Prime Minister Ono voiced his thanks for the heartfelt hospitality accorded by the "
     "Republic of Colombia, and President Molina welcomed him.", "COL"),
    # (the hospitality shown to others, or years ago, places nothing)
    ("President Molina thanked Japan for its hospitality toward Colombian students and "
     "trainees, and the two leaders agreed to expand exchanges.", None),
    ("President Molina expressed gratitude for Japan's hospitality to Colombian evacuees after "
     "the floods, and the two leaders agreed to deepen cooperation.", None),
    ("President Molina recalled with gratitude Japan's hospitality three years ago, and the two "
     "leaders agreed to deepen cooperation in many fields.", None),
    ("Prime Minister Ono expressed thanks for the hospitality he had received on his previous "
     "visit to Colombia, and the two leaders agreed to meet again.", None),
])
def test_the_hosts_hospitality_in_other_words_and_others(point: str, place: str | None) -> None:
    found = _mofa(HOST_LEAD + point, "Japan-Colombia Summit Meeting", date(2024, 7, 9))
    assert found.meeting.location_country == place


# --- mofa_ja_rules.GUESTS_WELCOMED / NOT_THIS_VISIT: a visit now, not one to come or past -

_WELCOME = ("令和5年10月3日\n\n 10月3日、午後2時から約1時間、佐藤外務副大臣は、訪日中のアナ・"
            "フィジー共和国副首相と会談を行ったところ、概要は以下のとおりです。\n\n 1. {}\n\n"
            " 2. 両者は協力を確認しました。\n")


def _ja_families(text: str, published: str) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in analyse_lead(text, published).participants}


@pytest.mark.parametrize("point", [
    "佐藤副大臣から、本年秋のラトゥ外相の訪日が実現することを歓迎しました。",
    "佐藤副大臣から、年内のラトゥ外相の訪日を歓迎する旨述べました。",
    "佐藤副大臣から、次回のラトゥ外相の訪日に向けた準備を歓迎しました。",
    "佐藤副大臣から、2019年のラトゥ外相の訪日を想起しつつ、協力の進展を歓迎しました。",
])
def test_a_visit_to_come_or_long_past_seats_no_one(point: str) -> None:
    assert ("ラトゥ", "FJI") not in _ja_families(_WELCOME.format(point), "2023-10-03")


@pytest.mark.parametrize("point", [
    "佐藤副大臣から、アナ副首相及びラトゥ外相の今回の訪日を歓迎しました。",
    "冒頭、佐藤副大臣から、アナ副首相とラトゥ外務大臣のこのたびの来日を歓迎しました。",
    # (the case the rule is for)
    "冒頭、佐藤副大臣から、アナ副首相及びラトゥ外相の訪日を歓迎しました。",
])
def test_a_visit_now_in_other_words_seats_the_guests(point: str) -> None:
    assert ("ラトゥ", "FJI") in _ja_families(_WELCOME.format(point), "2023-10-03")


# --- mofa_ja_rules.DAY_ONLY: a day with a time of day in other words ----------------------

@pytest.mark.parametrize(("when", "day"), [
    ("現地時間11日晩、約30分間、", 11),
    ("現地時間12日明け方、約30分間、", 12),
    ("13日晩(日本時間14日未明)、約30分間、", 13),
    # (the cases the rule was written for)
    ("現地時間14日夕刻、約30分間、", 14),
    ("現地時間15日正午から約30分間、", 15),
])
def test_a_day_with_an_evening_or_dawn_dates_the_meeting(when: str, day: int) -> None:
    m = analyse_lead(f"令和5年6月16日\n\n {when}フランス・パリを訪問中の佐藤外務大臣は、"
                     "ピエール・ルロワ・フランス共和国外務大臣と会談を行ったところ、"
                     "概要は以下のとおりです。\n", "2023-06-16").meeting
    assert m is not None and m.date == date(2023, 6, day)


# --- naming_ja._surnames_alone (mofa_ja_rules.LATIN_STYLE): the Latin form's styles -------

@pytest.mark.parametrize(("who", "family"), [
    ("ソト・ベガ外務大臣(Excmo. Sr. Luis Soto Vega, Ministro de Relaciones Exteriores)",
     "ソト・ベガ"),
    ("ソト・ベガ外務大臣(S.E. el Sr. Luis Soto Vega)", "ソト・ベガ"),
    ("ソト・ベガ外務大臣(Excma. Sra. María Soto Vega)", "ソト・ベガ"),
    # (the case the rule was written for)
    ("ソト・ベガ外務大臣(H.E. Mr. Luis Soto Vega)", "ソト・ベガ"),
])
def test_the_latin_forms_spanish_styles_are_no_given_name(who: str, family: str) -> None:
    text = ("令和3年5月6日\n\n ペルーを訪問中の佐藤外務大臣は、5月6日午前10時から約1時間、"
            f"{who}との間で会談を行いました。概要は以下のとおりです。\n")
    assert (family, "PER") in _ja_families(text, "2021-05-06")


# --- mofa_ja attendees (ATTENDEE_SIDE_BRACKETED, TITLE_THEN_NAME) --------------------------

_SEATED = ("令和4年9月12日\n\n 9月12日午後3時から約1時間、佐藤外務大臣は、訪日中のカルロス・"
           "メンドサ・チリ共和国外務大臣と会談を行いました。{}概要は以下のとおりです。\n\n"
           "1 両外相は協力を確認しました。\n")
_SEATED_ALL = {("佐藤", "JPN"), ("メンドサ", "CHL"), ("ロハス", "CHL"), ("中村", "JPN")}


@pytest.mark.parametrize("attendees", [
    # (sides in other brackets)
    "(同席者:〈先方〉パブロ・ロハス外務次官、〈当方〉中村中南米局長)",
    "(同席者:[先方]パブロ・ロハス外務次官、[当方]中村中南米局長)",
    "(同席者:《チリ側》パブロ・ロハス外務次官、《日本側》中村中南米局長)",
    # (titles first, the list's 「ほか」 after the name, a space inside a Japanese name)
    "(同席者:(先方)外務次官 パブロ・ロハス ほか、(当方)中南米局長 中村健一 ほか)",
    "(同席者 チリ側:外務次官 パブロ・ロハス、日本側:中南米局長 中村 健一)",
    # (a list without sides: a katakana name after its title is still the other side's)
    "(同席者:外務次官 パブロ・ロハス氏、中南米局長 中村健一)",
])
def test_attendees_in_other_brackets_and_orders(attendees: str) -> None:
    assert _ja_families(_SEATED.format(attendees), "2022-09-12") == _SEATED_ALL


def test_a_title_after_a_title_is_no_name() -> None:
    # (「外務大臣 補佐官」 is an aide by title: no name 「補」)
    families = _ja_families(_SEATED.format(
        "(同席者:(先方)パブロ・ロハス外務次官、外務大臣 補佐官、(当方)中村中南米局長)"),
        "2022-09-12")
    assert families == _SEATED_ALL


# --- mofa_ja_people._titled_first: a country with its level in brackets is no official ----

def test_a_country_with_its_level_in_brackets_is_no_official() -> None:
    families = _ja_families(_SEATED.format(
        "(同席:チリ(外務次官)、日本(外務審議官))"), "2022-09-12")
    assert families == {("佐藤", "JPN"), ("メンドサ", "CHL")}


# --- naming_ja.katakana_family (chinese_given_last): the given name written in two parts ---

@pytest.mark.parametrize(("name", "family"), [
    ("ゴー・チョク・トン", "ゴー"),
    ("リー・シェン・ロン", "リー"),
    ("テオ・チー・ヒエン", "テオ"),
    # (the cases the rule was written for, and a Western given name first)
    ("ゴー・チョクトン", "ゴー"),
    ("ローレンス・ウォン", "ウォン"),
    ("モハメド・ファイシャル・イブラヒム", "イブラヒム"),
])
def test_a_singaporean_chinese_name_in_three_parts(name: str, family: str) -> None:
    text = ("令和3年5月6日\n\n 5月6日午前10時から約1時間、佐藤外務大臣は、訪日中の"
            f"{name}・シンガポール共和国首相と会談を行いました。概要は以下のとおりです。\n")
    assert family in {p.family_name for p in analyse_lead(text, "2021-05-06").participants}


# --- mofa_rules.PORTFOLIO_WORDS (TITLE_FIRST): a portfolio written "for", other portfolios -

@pytest.mark.parametrize(("office", "other"), [
    ("Minister for Trade and Investment Promotion Arjun Mehta of India", ("Mehta", "IND")),
    ("Minister for Digital Transformation Liis Tamm of the Republic of Estonia",
     ("Tamm", "EST")),
    ("Minister for Ecological Transition and Demographic Challenge Lucia Ortega Ruiz of the "
     "Kingdom of Spain", ("Ortega Ruiz", "ESP")),
    # (a word of the office is no name: not "Change")
    ("Minister of Climate Change and Environment Grace Wanjiru of the Republic of Kenya",
     ("Wanjiru", "KEN")),
    # (the case the rule was written for)
    ("Minister of Foreign Affairs and Trade Promotion Chea Sophal of the Kingdom of Cambodia",
     ("Chea", "KHM")),
])
def test_a_portfolio_written_for_or_in_other_words_is_no_name(
        office: str, other: tuple[str, str]) -> None:
    text = ("On May 3, Mr. NODA Ken, Minister for Foreign Affairs of Japan, held a meeting with "
            + office + "." + OVERVIEW)
    assert _people(text, "Japan-X Ministers' Meeting") == {("Noda", "JPN"), other}


# --- us_rules.NAMES_AFTER_PLURAL_TITLE: organisations after a plural word are no officials -

@pytest.mark.parametrize(("text", "met"), [
    ("Today, Senior Advisor Sam Lee met with representatives of the Governors Highway Safety "
     "Association and Mayors Against Illegal Guns to discuss road safety.", {"Lee"}),
    ("Today, Senior Advisor Sam Lee hosted leaders of the Governors Climate Task Force and "
     "State Energy Directors Council to discuss grid planning.", {"Lee"}),
    # (the case the rule was written for)
    ("Today, Senior Advisor Sam Lee met with Senators Mark Hill and Dana Cole to discuss the "
     "budget.", {"Lee", "Hill", "Cole"}),
])
def test_an_organisation_after_a_plural_title_names_no_one(text: str, met: set[str]) -> None:
    assert set(names(run("Readout of the Senior Advisor’s Meeting", text))) == met


# --- countries_rules.FIXED_UTC_OFFSET: a clock that moved is no fixed clock ---------------

@pytest.mark.parametrize(("where", "start"), [
    # (Mongolia kept summer time in 2015 and 2016 and has a second zone in the west: a time
    # given only in Japan time converts to no certain local start)
    (" in Ulaanbaatar, Mongolia", None),
    # (the case the rule was written for)
    (" in Hanoi, Viet Nam", "13:30"),
])
def test_japan_time_only_in_mongolia_is_no_certain_local_start(where: str,
                                                               start: str | None) -> None:
    text = ("Ms. Mika Sato, Minister for Foreign Affairs of Japan, held a meeting with Mr. Bat "
            "Erdene, Minister of Foreign Affairs of the host country, for approximately 40 "
            f"minutes from 3:30 p.m. (Japan time){where}." + OVERVIEW)
    assert _mofa(text, "", date(2016, 6, 4)).meeting.start_local == start


# --- mofa_rules.TOTAL_BEFORE / TOTAL_AFTER: a total written "combined" --------------------

@pytest.mark.parametrize(("told", "minutes"), [
    ("for a combined 80 minutes (a small group meeting of 30 minutes and an expanded meeting "
     "of 50 minutes)", 80),
    ("for a combined total of about 80 minutes, a tete-a-tete for 30 minutes and a plenary "
     "session for 50 minutes", 80),
    ("for about 30 minutes and then for about 50 minutes, for 80 minutes combined", 80),
    ("for a combined 80 minutes (30 minutes in a small group and 50 minutes expanded)", 80),
    # (the case the rule was written for)
    ("for approximately 80 minutes in total (a small group meeting for 30 minutes and an "
     "expanded meeting for 50 minutes)", 80),
])
def test_a_combined_length_is_the_total(told: str, minutes: int) -> None:
    text = LENGTH_LEAD.format(d=told)
    assert _mofa(text, "Japan-Jordan Foreign Ministers' Meeting").meeting.duration_min == minutes


# --- mofa_rules.INVITER_BEFORE: a host abroad who invited Japan's minister is met ---------

@pytest.mark.parametrize("lead", [
    "On May 3, Ms. SATO Mika, Minister for Foreign Affairs of Japan, who is visiting Peru upon "
    "the invitation of H.E. Mr. Jorge Salas, Minister of Foreign Affairs of the Republic of "
    "Peru, held a Foreign Ministers' Meeting.",
    "On May 3, at the invitation of H.E. Mr. Jorge Salas, Minister of Foreign Affairs of the "
    "Republic of Peru, Ms. SATO Mika, Minister for Foreign Affairs of Japan, held a meeting "
    "with him in Lima.",
    "On May 3, Ms. SATO Mika, Minister for Foreign Affairs of Japan, who was invited by H.E. "
    "Mr. Jorge Salas, Minister of Foreign Affairs of the Republic of Peru, held talks in Lima.",
])
def test_the_host_abroad_who_invited_is_met(lead: str) -> None:
    assert _people(lead + OVERVIEW, "Japan-Peru Foreign Ministers' Meeting") == {
        ("Sato", "JPN"), ("Salas", "PER")}


# --- themes.toml list_items (economy_trade): a third place's economy, a UN body -----------

@pytest.mark.parametrize(("text", "absent"), [
    ("The two ministers discussed the economic situation in the Sahel and the humanitarian "
     "needs of its people.", "economy_trade"),
    ("The two leaders exchanged views on economic conditions in Haiti and the flow of "
     "migrants from it.", "economy_trade"),
    ("The ministers discussed the Economic and Social Council's work and other United Nations "
     "matters.", "economy_trade"),
])
def test_a_listed_economy_of_a_third_place_or_a_body_is_no_theme(text: str,
                                                                 absent: str) -> None:
    assert absent not in {m.theme for m in tag(text)}


@pytest.mark.parametrize(("text", "theme"), [
    # (the cases the items were written for)
    ("The two ministers agreed to promote cooperation in areas such as security, defense "
     "and the economy.", "economy_trade"),
    ("The two ministers agreed to promote cooperation in areas such as security, defense "
     "and the economy.", "alliance_security"),
    ("The two leaders discussed economic recovery and supply chains.", "economy_trade"),
])
def test_a_listed_field_the_sides_share_is_its_theme(text: str, theme: str) -> None:
    assert theme in {m.theme for m in tag(text)}


# --- mofa._stated_durations (R.MEAL_NAMED): a meal that is a part of the meeting ----------

@pytest.mark.parametrize(("told", "minutes"), [
    ("in a small group for 30 minutes and then in an expanded format over lunch for 50 "
     "minutes", 80),
    ("for 30 minutes in a small group meeting, followed by an expanded meeting including a "
     "working lunch for 50 minutes", 80),
    ("in two parts: a tete-a-tete for 30 minutes and an expanded meeting in the form of a "
     "working dinner for 50 minutes", 80),
    # (the case the rule was written for: a meal after the meeting is no part of it)
    ("for about 30 minutes, followed by a working dinner for about 50 minutes", 30),
])
def test_a_meal_that_is_a_part_of_the_meeting_counts(told: str, minutes: int) -> None:
    text = LENGTH_LEAD.format(d=told)
    assert _mofa(text, "Japan-Jordan Foreign Ministers' Meeting").meeting.duration_min == minutes


# --- mofa_rules.VISITING / EARLIER_VISIT: a visit long before is no place of the meeting --

@pytest.mark.parametrize(("tail", "place"), [
    ("who came to Japan as a young trainee in 1996 and now leads the party.", None),
    ("who had come to Japan several times before taking office.", None),
    ("who visited Japan as Minister of Trade ten years ago.", None),
    # (the cases the rule was written for)
    ("who came to Japan to attend the international conference on oceans.", "JPN"),
    ("who has come to Japan for the ceremony.", "JPN"),
])
def test_a_visit_long_before_places_no_meeting(tail: str, place: str | None) -> None:
    lead = ("On May 3, Prime Minister ONO Taro held a summit meeting with H.E. Mr. Rafael "
            "Quispe, President of the Republic of Peru, " + tail)
    found = _mofa(lead + OVERVIEW, "Japan-Peru Summit Meeting")
    assert found.meeting.location_country == place


# --- us_rules.MEETING_HELD_AT (paragraphs after the meeting's): an event looked forward to -

@pytest.mark.parametrize(("after", "place"), [
    ("The Secretary looked forward to the APEC ministerial, held in Lima each autumn when "
     "Peru hosts it.", None),
    ("Both sides look ahead to the regional summit, held in Santiago every two years, as a "
     "chance to advance the agenda.", None),
    # (the case the rule was written for)
    ("The in-person meeting took place in Philadelphia, Pennsylvania.", "USA"),
])
def test_an_event_looked_forward_to_places_no_meeting(after: str, place: str | None) -> None:
    a = run("Readout of Secretary Roe’s Meeting with Foreign Minister Vega",
            "Today, Secretary Ann Roe met with Foreign Minister Luis Vega of Peru.\n\nThey "
            "discussed trade and migration.\n\n" + after, source="state")
    assert a.meeting is not None and a.meeting.location_country == place


# --- mofa_ja_people._titled_first: the name with its honorific in brackets after the title -

@pytest.mark.parametrize("who", [
    "訪日中のチリ共和国外務大臣(カルロス・メンドサ氏)",
    "訪日中のチリ外務大臣(カルロス・メンドサ閣下)",
    # (the case the rule was written for)
    "訪日中のチリ共和国外務大臣カルロス・メンドサ氏",
])
def test_a_title_then_the_name_in_brackets(who: str) -> None:
    text = ("令和4年9月12日\n\n 9月12日午後3時から約1時間、佐藤外務大臣は、" + who
            + "と会談を行いました。概要は以下のとおりです。\n\n1 両外相は協力を確認しました。\n")
    assert _ja_families(text, "2022-09-12") == {("佐藤", "JPN"), ("メンドサ", "CHL")}
