"""MOFA English conventions widened in session 14 (issue 14), each in several wordings.

Every sentence is written in our own words (fictional officials, places and dates) in the
shape a MOFA English or Prime Minister's Office page uses; only the publishers' formulas are
kept. Each test holds three or more variants of one convention and a negative where one
applies, so that a rule fitted to one page fails here.
"""

from __future__ import annotations

import ast
import collections
from datetime import date
from pathlib import Path

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.records import RawRecord

SRC = Path(__file__).resolve().parents[1] / "src" / "policytrends"
OVERVIEW = " The overview of the meeting is as follows."


def _mofa(text: str, title: str = "", published: date = date(2023, 5, 10), source: str = "mofa"):
    return analyse_mofa(RawRecord(source=source, path="p.txt", item=None, text=text,
                                  title=title, published=published))


def _people(text: str, title: str = "",
            published: date = date(2023, 5, 10)) -> set[tuple[str, str]]:
    return {(p.family_name, p.country) for p in _mofa(text, title, published).participants}


# --- names after a portfolio written before them ------------------------------------------

@pytest.mark.parametrize(("lead", "title", "other"), [
    ("held a meeting with Deputy Prime Minister and Minister of Foreign Affairs and Trade "
     "Promotion Sok Vanna of the Kingdom of Cambodia.", "Japan-Cambodia Foreign Ministers' "
     "Meeting", ("Sok", "KHM")),
    ("held a meeting with Minister of Foreign Affairs and Trade Promotion of Cambodia Sok "
     "Vanna.", "Japan-Cambodia Foreign Ministers' Meeting", ("Sok", "KHM")),
    ("held a meeting with Minister of Ecology and Territorial Cohesion Paul Girard of the "
     "French Republic.", "Japan-France Ministers' Meeting", ("Girard", "FRA")),
    ("held a meeting with Minister of Foreign Trade and Export Promotion Rosa Quispe of "
     "Peru.", "Japan-Peru Ministers' Meeting", ("Quispe", "PER")),
])
def test_a_portfolio_before_the_name_is_no_family_name(lead: str, title: str,
                                                       other: tuple[str, str]) -> None:
    # mofa_rules.PORTFOLIO_WORDS (TITLE_FIRST) and people_rules.TITLE_WORDS: the last word
    # of the office ("Promotion", "Cohesion") is not the official's name
    text = "On May 3, Mr. NODA Ken, Minister for Foreign Affairs of Japan, " + lead + OVERVIEW
    assert _people(text, title) == {("Noda", "JPN"), other}


def test_an_unnamed_minister_of_a_long_portfolio_gives_no_name() -> None:
    # (the office alone, with no name after it: no participant on that side)
    text = ("On May 3, Mr. NODA Ken, Minister for Foreign Affairs of Japan, held a meeting with "
            "the Minister of Foreign Affairs and Trade Promotion of the Kingdom of Cambodia, "
            "who is visiting Japan." + OVERVIEW)
    assert _people(text, "Japan-Cambodia Foreign Ministers' Meeting") == {("Noda", "JPN")}


# --- the rule tables themselves ----------------------------------------------------------

def test_no_rule_table_defines_a_name_twice() -> None:
    # a second definition silently replaces the first (mofa_rules.PASSIVE_VERB was twice)
    for path in sorted((SRC / "extract").glob("*_rules.py")):
        names: collections.Counter[str] = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        twice = sorted(n for n, k in names.items() if k > 1)
        assert not twice, f"{path.name} defines {twice} more than once"


# --- places: a city written with its article ----------------------------------------------

NL_LEAD = ("On June 8, Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, {visit}held a "
           "meeting with Mr. Pieter Bos, Minister of Foreign Affairs of the Netherlands{place}."
           + OVERVIEW)


@pytest.mark.parametrize(("visit", "place"), [
    ("", ", in the Hague"),
    ("", ", at the Ministry of Foreign Affairs in the Hague"),
    ("who is visiting the Hague and Brussels, ", ""),
    ("who was visiting the Hague and Luxembourg, ", ", in the Hague"),
])
def test_the_hague_inside_a_sentence_is_in_the_netherlands(visit: str, place: str) -> None:
    # countries.city_country: "the Hague" is the city "The Hague" (not Brussels, named after it)
    text = NL_LEAD.format(visit=visit, place=place)
    assert _mofa(text, "Japan-Netherlands Foreign Ministers' Meeting").meeting.location_country \
        == "NLD"


# --- durations: a total, a meal, a half of the year ---------------------------------------

DURATION_LEAD = ("On May 3, Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, held a "
                 "meeting with Mr. Ravi Menon, Minister of External Affairs of India, {d}."
                 + OVERVIEW)


@pytest.mark.parametrize(("told", "minutes"), [
    # the whole said to be the total: the parts told beside it are in it
    ("for approximately 90 minutes in total (a small group meeting for 30 minutes and an "
     "expanded meeting for 60 minutes)", 90),
    ("for a total of about two hours, a tete-a-tete meeting for 40 minutes and a plenary "
     "meeting for 80 minutes", 120),
    ("in two parts, for some 50 minutes and some 25 minutes, for 75 minutes altogether", 75),
    # (the parts with no total still add up)
    ("in two parts, for some 50 minutes and some 25 minutes", 75),
    # a meal after the meeting: the meeting's own length, not the meal's, nor both
    ("for approximately 45 minutes, followed by a working dinner for approximately 60 "
     "minutes, about 105 minutes in total", 45),
    ("for about one hour, and then hosted a luncheon for about 50 minutes; they spent roughly "
     "two hours together in total", 60),
    # a half of a year is no half of the meeting
    ("for approximately 70 minutes, their first meeting since the first half of the year, "
     "when they had talked for about 30 minutes", 70),
])
def test_a_stated_total_and_a_meal_and_a_half_year(told: str, minutes: int) -> None:
    # mofa._stated_durations (R.TOTAL_AFTER, R.TOTAL_BEFORE, R.MEAL_NAMED) and R.IN_PARTS
    text = DURATION_LEAD.format(d=told)
    assert _mofa(text, "Japan-India Foreign Ministers' Meeting").meeting.duration_min == minutes


# --- a grouping met: named by a passive lead's subject, with its partners -------------------

APT_POINTS = ("\n\n1. Prime Minister Aoki said that cooperation among Japan, China and the "
              "Republic of Korea supports the region's growth.")


@pytest.mark.parametrize(("lead", "points", "sides"), [
    ("The Twelfth ASEAN Plus Three Summit was held on November 4 in Vientiane, Laos. Prime "
     "Minister Hiro Aoki attended the meeting.", APT_POINTS, ("ASEAN", "CHN", "KOR")),
    ("The 30th ASEAN Plus Three (APT) Foreign Ministers' Meeting was convened in Manila on "
     "August 2. Mr. Kenji Tanabe, Minister for Foreign Affairs, took part.", "",
     ("ASEAN",)),
    ("On November 4, Prime Minister Hiro Aoki attended the ASEAN+3 Summit in Kuala Lumpur, "
     "Malaysia.", APT_POINTS, ("ASEAN", "CHN", "KOR")),
    # (the grouping alone where its name adds no partner)
    ("The Eighth Japan-ASEAN Summit was held on November 4 in Vientiane, Laos. Prime "
     "Minister Hiro Aoki attended the meeting.", APT_POINTS, ("ASEAN",)),
])
def test_a_grouping_met_and_its_named_partners(lead: str, points: str,
                                                sides: tuple[str, ...]) -> None:
    # mofa._passive_grouping (a passive lead's subject) and R.GROUPING_PARTNERS
    found = _mofa(lead + " The following is a summary of the meeting." + points, "",
                  date(2015, 11, 5))
    assert found.meeting.counterpart_countries == sides
    assert found.meeting.parties is None


# --- a day's later meetings told in sentences of their own (the lead's ruling 10) ----------

DAY_LEAD = ("On May 3 (local time), Prime Minister AOKI Hiro, who is visiting Rome to attend the "
            "G20 Summit, held talks with the Right Honourable Tom Reed, Prime Minister of "
            "Canada.\n\n")


@pytest.mark.parametrize(("later", "met"), [
    ("Afterwards, the Prime Minister attended the second session and had a conversation with "
     "H.E. Ms. Camila Soto, President of the Republic of Chile.", {("Soto", "CHL")}),
    ("Next, the Prime Minister attended the working dinner, before holding a summit meeting "
     "with H.E. Mr. Peter Otieno, President of the Republic of Kenya, and with Ms. Ingrid "
     "Dahl, Prime Minister of Norway, respectively.", {("Otieno", "KEN"), ("Dahl", "NOR")}),
    ("After that, Prime Minister Aoki held a bilateral meeting with H.E. Mr. Arjun Rao, "
     "Prime Minister of the Republic of India.", {("Rao", "IND")}),
    ("Thereafter, he had brief talks with Mr. Lars Berg, Prime Minister of the Kingdom of "
     "Sweden, on the margins of the session.", {("Berg", "SWE")}),
    # (another official's own meeting is not the page official's)
    ("Afterwards, Prime Minister Reed held a meeting with Mr. Lars Berg, Prime Minister of the "
     "Kingdom of Sweden.", set()),
])
def test_a_days_later_meetings_add_their_officials(later: str, met: set[tuple[str, str]]) -> None:
    # mofa_rules.DAY_ORDER_ENCOUNTER ("Next,", "After that,", "Thereafter,"; "had a
    # conversation with", "before holding a summit meeting with ... and with ...")
    people = _people(DAY_LEAD + later, "", date(2021, 5, 4))
    assert people == {("Aoki", "JPN"), ("Reed", "CAN")} | met


# --- a place implied by thanks for the host's hospitality ----------------------------------

HOST_LEAD = ("On May 3, commencing at 7:10 p.m. for 40 minutes, Mr. AOKI Hiro, Prime Minister of "
             "Japan, held a summit meeting with H.E. Mr. Diego Ruiz, President of the Republic "
             "of Chile. The overview of the meeting is as follows.\n\n1. Bilateral relations\n\n")


@pytest.mark.parametrize(("point", "place"), [
    ("President Ruiz expressed his deep gratitude for Prime Minister Aoki's warm hospitality, "
     "and the two leaders agreed to deepen cooperation.", "JPN"),
    ("At the outset, President Ruiz thanked Prime Minister Aoki for the generous hospitality of "
     "Japan and said that he valued the partnership.", "JPN"),
    ("Prime Minister Aoki expressed his appreciation for the kind hospitality extended by the "
     "Government of Chile, and President Ruiz welcomed him.", "CHL"),
    ("President Ruiz thanked Japan for its hospitality and praised the two countries' long "
     "friendship and their shared values.", "JPN"),
    # (a past event's hospitality places nothing)
    ("President Ruiz expressed his gratitude for Japan's hospitality at the regional summit "
     "last year, and the two leaders agreed to deepen cooperation.", None),
])
def test_thanks_for_the_hosts_hospitality_place_the_meeting(point: str, place: str | None
                                                             ) -> None:
    # mofa._hospitality_host (R.HOSPITALITY), read in the opening points
    found = _mofa(HOST_LEAD + point, "Japan-Chile Summit Meeting", date(2022, 5, 4))
    assert found.meeting.location_country == place


# --- a given name written short with a full stop --------------------------------------------

@pytest.mark.parametrize(("official", "family"), [
    ("Hon. Rafael D. Cruz, Secretary of Foreign Affairs of the Republic of the Philippines, and "
     "Hon. Delf. M. Aquino, Secretary of National Defense of the Republic of the Philippines",
     {"Cruz", "Aquino"}),
    ("Hon. Ma. Elena Santos, Secretary of Trade and Industry of the Republic of the Philippines",
     {"Santos"}),
    ("H.E. Mr. Jos. R. Alvarado, Minister of Finance of the Republic of Honduras", {"Alvarado"}),
    ("the Hon. Wm. T. Castillo, Prime Minister of Belize", {"Castillo"}),
    # (a full stop after the whole name still ends it)
    ("Mr. Karl Berg, Minister of Finance of the Kingdom of Norway", {"Berg"}),
])
def test_an_abbreviated_given_name_is_no_family_name(official: str, family: set[str]) -> None:
    # mofa_people._CLAUSE_END: no clause ends at "Ma.", "Jos.", "Wm."
    # (people_rules.GIVEN_NAME_ABBREVIATIONS) nor at a short word's stop before an initial
    text = ("On April 9, Mr. NODA Ken, Minister for Foreign Affairs of Japan, held a meeting with "
            + official + ". The overview of the meeting is as follows.")
    found = {p.family_name for p in _mofa(text).participants if p.country != "JPN"}
    assert found == family


# --- an organisation visited as such: its seat ----------------------------------------------

UN_LEAD = ("On September 21, Prime Minister Hiro Aoki{visit} held a meeting with Mr. Petar Ilić, "
           "President of the 80th Session of the United Nations General Assembly, for about 20 "
           "minutes from 3 p.m. (local time). An overview of the meeting is as follows:\n\n")


@pytest.mark.parametrize(("visit", "point", "place"), [
    ("", "1. President Ilić welcomed Prime Minister Aoki's visit to the UN and spoke of the "
     "session's theme and its work.", "USA"),
    ("", "1. President Ilić welcomed Prime Minister Aoki to the United Nations and spoke of the "
     "session's theme and its work.", "USA"),
    (", who is visiting the United Nations to attend the General Assembly,", "1. President Ilić "
     "spoke of the session's theme and its work and thanked Japan for its support.", "USA"),
    # (an office of the organisation elsewhere is named with its city)
    ("", "1. President Ilić welcomed Prime Minister Aoki's visit to the UN Office at Nairobi "
     "and spoke of the session's theme.", None),
])
def test_a_visit_to_the_un_itself_is_in_new_york(visit: str, point: str,
                                                  place: str | None) -> None:
    # mofa._seat (R.ORGANISATION_SEATS), for the lead's visit and the welcomed one
    found = _mofa(UN_LEAD.format(visit=visit) + point, "", date(2025, 9, 22))
    assert found.meeting.location_country == place


# --- "12:00 noon": one time, its mark after the word ----------------------------------------

@pytest.mark.parametrize(("told", "where", "start"), [
    # (Japan time, in a place whose clock never moves: converted, see below)
    ("around 12:00 noon on June 3 (Japan Standard Time)", " in Hanoi, Viet Nam", "10:00"),
    ("at 12 noon (JST)", " in Manila, the Philippines", "11:00"),
    ("from 12:00 noon (local time)", " in Manila, the Philippines", "12:00"),
    ("from 12 noon", " at the Prime Minister's Office", "12:00"),
])
def test_twelve_noon_is_one_time(told: str, where: str, start: str | None) -> None:
    # mofa._times: "noon" after "12:00" is no second time; the mark after it is the time's
    text = (f"Mr. Kenji Tanabe, Prime Minister of Japan, had a conversation with Mr. Liu Wei, "
            f"Premier of the State Council of the People's Republic of China, for approximately "
            f"10 minutes {told}{where}. The overview of the conversation is as follows.")
    assert _mofa(text, "", date(2010, 6, 4)).meeting.start_local == start


@pytest.mark.parametrize(("told", "where", "start"), [
    ("from 3:30 p.m. (Japan time)", " in New Delhi, India", "12:00"),
    ("commencing at 6:10 p.m. (JST)", " in Bangkok, the Kingdom of Thailand", "16:10"),
    ("from 1:00 a.m. on June 4 (Japan time)", " in Nairobi, Kenya", "19:00"),
    # (a clock with summer time, or a country of several zones: no certain conversion)
    ("from 3:30 p.m. (Japan time)", " in Paris, France", None),
    ("from 3:30 p.m. (Japan time)", " in Sydney, Australia", None),
])
def test_japan_time_only_converts_where_the_clock_never_moves(told: str, where: str,
                                                              start: str | None) -> None:
    # mofa._start_local (countries_rules.FIXED_UTC_OFFSET)
    text = (f"Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, held a meeting with Mr. "
            f"Arjun Rao, Minister of Foreign Affairs of the host country, for approximately 30 "
            f"minutes {told}{where}. The overview of the meeting is as follows.")
    assert _mofa(text, "", date(2016, 6, 4)).meeting.start_local == start


# --- a title that names more than one meeting (the lead's ruling 10) ------------------------

OMAN_LEAD = ("On March 4, commencing at 11:00 a.m. (local time) for approximately 60 minutes, Mr. "
             "NODA Ken, Minister for Foreign Affairs of Japan, who was visiting Muscat in the "
             "Sultanate of Oman, held a meeting with H.H. Sayyid Hamad bin Said Al Busaidi, "
             "Minister of Foreign Affairs of Oman. The overview of the meeting is as follows.")


@pytest.mark.parametrize(("title", "more", "minutes"), [
    ("Japan-Oman Foreign Ministers' Meeting and the Meeting between Foreign Minister NODA and "
     "Omani Energy Minister Sheikh Salim", {("Salim", "OMN")}, None),
    ("Japan-Oman Foreign Ministers' Meeting, and Luncheon Hosted by Minister of Commerce Qais "
     "Al Yousef", {("Al Yousef", "OMN")}, None),
    ("Courtesy Call on Minister Al Busaidi and Meeting with Minister of Economy Said Al Harthy "
     "of the Sultanate of Oman", {("Al Harthy", "OMN")}, None),
    # (a meal with the same side, or the Japanese host named: no other meeting's official)
    ("Japan-Oman Foreign Ministers' Meeting and Working Lunch", set(), 60),
    ("Japan-Oman Foreign Ministers' Meeting and Dinner Hosted by Foreign Minister NODA", set(),
     60),
    ("Courtesy Call by Foreign Minister Al Busaidi and Dinner for the Delegation to the Funeral "
     "of former Prime Minister Saeed Hamdan", set(), 60),
])
def test_officials_of_the_other_meetings_a_title_names(title: str, more: set[tuple[str, str]],
                                                       minutes: int | None) -> None:
    # mofa._title_officials (R.TITLE_MEETING_WORD, mofa_people.officials_named)
    found = _mofa(OMAN_LEAD, title, date(2024, 3, 5))
    people = {(p.family_name, p.country) for p in found.participants}
    assert people == {("Noda", "JPN"), ("Al Busaidi", "OMN")} | more
    assert found.meeting.duration_min == minutes


# --- the host who invited a visitor is named, not met ---------------------------------------

CALL_LEAD = ("On March 26, commencing at 4:10 p.m. for around 20 minutes, Prime Minister AOKI "
             "Hiro received a courtesy call from H.E. Mr. Omar Diallo, President of the National "
             "Assembly of the Republic of Senegal, {who}. The overview of the meeting is as "
             "follows.")


@pytest.mark.parametrize(("who", "people"), [
    ("who is visiting Japan upon the invitation of Mr. SATO Ken, Speaker of the House of "
     "Representatives", {("Aoki", "JPN"), ("Diallo", "SEN")}),
    ("who is in Japan at the invitation of Ms. KATO Rie, President of the House of Councillors",
     {("Aoki", "JPN"), ("Diallo", "SEN")}),
    ("who was invited by Mr. SATO Ken, Speaker of the House of Representatives",
     {("Aoki", "JPN"), ("Diallo", "SEN")}),
    ("who is visiting Japan as a guest of Mr. SATO Ken, Speaker of the House of "
     "Representatives", {("Aoki", "JPN"), ("Diallo", "SEN")}),
    # (one who is met and invites someone else is still met)
    ("accompanied by Mr. Ibrahima Fall, Minister of Foreign Affairs, who invited Prime "
     "Minister Aoki to visit Dakar", {("Aoki", "JPN"), ("Diallo", "SEN"), ("Fall", "SEN")}),
])
def test_the_inviting_host_is_no_participant(who: str, people: set[tuple[str, str]]) -> None:
    # mofa_people._inviter (mofa_rules.INVITER_BEFORE)
    assert _people(CALL_LEAD.format(who=who), "", date(2013, 3, 27)) == people


def test_a_headline_verb_in_a_title_is_no_official() -> None:
    # mofa._title_officials (R.HEADLINE_VERBS): "Prime Minister Receives" names no one
    text = ("Prime Minister Hiro Aoki received a courtesy call from H.E. Mr. Tuan Minh, Deputy "
            "Minister of National Defence of Viet Nam, at the Prime Minister's Office.")
    title = ("The Prime Minister Receives a Courtesy Call from the Participants of the Japan-Viet "
             "Nam Vice-Ministerial Meeting on Defence")
    assert _people(text, title, date(2013, 3, 13)) == {("Aoki", "JPN"), ("Tuan", "VNM")}


# --- attendees listed by side labels, in the overview's bracket or on lines of their own ----

MY_LEAD = ("On May 3, commencing at 10:00 a.m. for approximately 45 minutes, Mr. NODA Ken, "
           "Minister for Foreign Affairs of Japan, held a meeting with Dato' Seri Ahmad Zaki, "
           "Minister of Foreign Affairs of Malaysia. The overview of the meeting is as follows.")
JP_SIDE = ("Mr. ITO Jun, Ambassador of Japan to Malaysia; Mr. MORI Taro, Director-General of "
           "the Southeast Asian and Southwest Asian Affairs Bureau")
MY_SIDE = ("Mr. Lim Wei Kiat, Secretary-General of the Ministry of Foreign Affairs; Ms. Nurul "
           "Huda, Ambassador of Malaysia to Japan")
EVERYONE = {("Noda", "JPN"), ("Zaki", "MYS"), ("Ito", "JPN"), ("Mori", "JPN"), ("Lim", "MYS"),
            ("Nurul", "MYS")}


@pytest.mark.parametrize("listed", [
    f" (Japanese side: {JP_SIDE}. Malaysian side: {MY_SIDE})",
    f" (Japanese side: {JP_SIDE}; Malaysian side: {MY_SIDE})",
    f" (Malaysian side: {MY_SIDE}. Japanese side: {JP_SIDE})",
    f"\n\nAttendees:\nJapanese side: {JP_SIDE}\nMalaysian side: {MY_SIDE}",
])
def test_attendees_listed_under_side_labels(listed: str) -> None:
    # mofa_rules.ATTENDANCE_NOTE (a note whose sides are labelled) and SIDE_LABEL (a label
    # after a full stop or at a line's start)
    text = MY_LEAD + listed + "\n\n1. The two ministers discussed trade and investment."
    assert _people(text, "Japan-Malaysia Foreign Ministers' Meeting", date(2024, 5, 4)) \
        == EVERYONE


# --- a visit told as "came to Japan", or ", currently visiting X," --------------------------

@pytest.mark.parametrize(("lead", "place"), [
    ("Mr. Kenji Tanabe, Minister for Foreign Affairs, held a meeting with Mr. Diego Ruiz, "
     "Minister of Foreign Affairs of Chile, who came to Japan to attend the forum.", "JPN"),
    ("Mr. Kenji Tanabe, Minister for Foreign Affairs, held a meeting with Mr. Diego Ruiz, "
     "Minister of Foreign Affairs of Chile, who has come to Japan for the conference.", "JPN"),
    ("Mr. Kenji Tanabe, Minister for Foreign Affairs, currently visiting the Republic of Chile, "
     "held a meeting with Mr. Diego Ruiz, Minister of Foreign Affairs of Chile.", "CHL"),
    ("Mr. Kenji Tanabe, Minister for Foreign Affairs, now visiting Santiago, held a meeting "
     "with Mr. Diego Ruiz, Minister of Foreign Affairs of Chile.", "CHL"),
    # (coming to an office is no visit)
    ("Mr. Kenji Tanabe, Minister for Foreign Affairs, held a telephone talk with Mr. Diego "
     "Ruiz, Minister of Foreign Affairs of Chile, who came to office in March.", None),
])
def test_a_visit_told_as_coming_or_currently_visiting(lead: str, place: str | None) -> None:
    # mofa_rules.VISITING ("who came to", "who has come to", ", currently visiting")
    text = "On June 5, " + lead + " The outline of the meeting is as follows."
    assert _mofa(text, "Japan-Chile Foreign Ministers' Meeting", date(2019, 6, 6)) \
        .meeting.location_country == place


# --- durations: decimal hours, a misspelled unit, a range that ends at noon -----------------

@pytest.mark.parametrize(("told", "minutes", "start"), [
    ("for approximately 1.5 hours", 90, None),
    ("for about 2.5 hours from 9:00 a.m.", 150, "09:00"),
    ("for approximately 45miniutes", 45, None),
    ("for about 20 minuites", 20, None),
    ("from 10:30 a.m. to 12 noon", 90, "10:30"),
    ("from 11:15 a.m. until 12:00 noon", 45, "11:15"),
])
def test_lengths_in_decimal_hours_misspelled_or_to_noon(told: str, minutes: int,
                                                        start: str | None) -> None:
    # mofa_rules.DURATION (hdec, _MINUTES) and TIME ("12 noon" one time)
    text = ("On June 5, Mr. Kenji Tanabe, Minister for Foreign Affairs, held a meeting with Mr. "
            f"Diego Ruiz, Minister of Foreign Affairs of Chile, who is visiting Japan, {told}. "
            "The outline of the meeting is as follows.")
    meeting = _mofa(text, "Japan-Chile Foreign Ministers' Meeting", date(2019, 6, 6)).meeting
    assert (meeting.duration_min, meeting.start_local) == (minutes, start)
