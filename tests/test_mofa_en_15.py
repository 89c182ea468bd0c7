"""MOFA English meeting fields widened in session 15 (issue 14), each in several wordings.

Every sentence is written in our own words (fictional officials, places and dates) in the
shape a MOFA English or Prime Minister's Office page uses; only the publishers' formulas are
kept. Each test holds several variants of one convention and negatives where one applies.
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.records import RawRecord

OVERVIEW = " The overview of the meeting is as follows."


def _meeting(text: str, title: str = "", published: date = date(2019, 8, 30)):
    found = analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                   title=title, published=published))
    assert found.meeting is not None
    return found.meeting


# --- a start given only in Japan time: the place's date goes with the converted clock -------

FM_MEETS = ("Ms. Emi Kurata, Minister for Foreign Affairs of Japan, held a meeting with Mr. "
            "Omar Wafula, Cabinet Secretary for Foreign Affairs of the Republic of Kenya, ")


@pytest.mark.parametrize(("told", "where", "day", "start"), [
    # (Nairobi is six hours behind Tokyo: 2 a.m. on the 28th in Tokyo is the 27th there)
    ("for about 40 minutes from 2:00 a.m. on August 28 (Japan time)", "in Nairobi",
     date(2019, 8, 27), "20:00"),
    ("On August 28, from 1:30 a.m. (JST) for approximately 30 minutes, ", "in Nairobi",
     date(2019, 8, 27), "19:30"),
    ("commencing at 12:15 a.m. on August 28 (Japan Standard Time)", "in Nairobi",
     date(2019, 8, 27), "18:15"),
    # (the same clock, the same day: nothing moves)
    ("for about 40 minutes from 4:00 p.m. on August 28 (Japan time)", "in Nairobi",
     date(2019, 8, 28), "10:00"),
    # (a local time given: the date is the place's own)
    ("for about 40 minutes from 8:00 p.m. on August 27 (local time)", "in Nairobi",
     date(2019, 8, 27), "20:00"),
    # (the Japan-time bracket has its own date: the date outside it is the place's)
    ("on August 27, from 8:00 p.m. (2:00 a.m. on August 28, Japan time)", "in Nairobi",
     date(2019, 8, 27), "20:00"),
    # (a clock with summer time: no conversion, the date stays as written)
    ("for about 40 minutes from 2:00 a.m. on August 28 (Japan time)", "in Paris",
     date(2019, 8, 28), None),
])
def test_a_converted_start_carries_the_places_date(told: str, where: str, day: date,
                                                   start: str | None) -> None:
    # mofa._local_start (the day its converted clock is off Japan's) and mofa._japan_dated
    if told.startswith("On "):
        text = f"{told}{FM_MEETS}{where}.{OVERVIEW}"
    else:
        text = f"{FM_MEETS}{told} {where}.{OVERVIEW}"
    found = _meeting(text, "Japan-Kenya Foreign Ministers' Meeting")
    assert (found.date, found.start_local) == (day, start)


def test_a_call_in_japan_time_keeps_japans_date() -> None:
    # (a call's place is Japan's end of the line: no conversion, no move)
    text = ("On August 28, from 2:00 a.m. (Japan time) for about 20 minutes, Ms. Emi Kurata, "
            "Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Omar Wafula, "
            "Cabinet Secretary for Foreign Affairs of the Republic of Kenya." + OVERVIEW)
    found = _meeting(text, "Japan-Kenya Foreign Ministers' Telephone Talk")
    assert (found.date, found.start_local) == (date(2019, 8, 28), "02:00")


# --- an organisation's seat, beyond the United Nations --------------------------------------

SEAT_LEAD = "On May 14, Mr. Ryo Hanada, Minister for Foreign Affairs of Japan, "


@pytest.mark.parametrize(("lead", "place"), [
    ("who is visiting the OECD headquarters, held a meeting with Ms. Clara Voss, "
     "Secretary-General of the OECD.", "FRA"),
    ("visiting NATO Headquarters, held talks with Mr. Lars Dahl, Secretary General of the "
     "North Atlantic Treaty Organization (NATO).", "BEL"),
    ("held a meeting with Mr. Anton Weiss, Director General of the International Atomic "
     "Energy Agency (IAEA), at the IAEA Headquarters.", "AUT"),
    ("held a meeting with Dr. Bui Van Long, Secretary-General of ASEAN, at the ASEAN "
     "Secretariat.", "IDN"),
    ("who is visiting the World Trade Organization, held a meeting with Ms. Nadia Oyelowo, "
     "Director-General of the WTO.", "CHE"),
    # (an office of the organisation elsewhere is named with its city: that city's)
    ("held a meeting with Ms. Clara Voss, Regional Director of the World Health Organization, "
     "at the WHO Office in Manila.", "PHL"),
    # (a conference of the organisation held elsewhere: the conference's city)
    ("held a meeting with Ms. Nadia Oyelowo, Director-General of the WTO, at the WTO "
     "Ministerial Conference in Abu Dhabi.", "ARE"),
    # (the organisation named only as the other side's employer: no place)
    ("held a meeting with Mr. Anton Weiss, Director General of the IAEA, for about 30 "
     "minutes.", None),
])
def test_an_organisation_visited_is_at_its_seat(lead: str, place: str | None) -> None:
    # mofa._seat (R.ORGANISATION_SEATS from R._SEATS)
    found = _meeting(SEAT_LEAD + lead + OVERVIEW, "", date(2019, 5, 20))
    assert found.location_country == place


def test_a_seat_is_not_the_country_of_the_officials_met() -> None:
    # (the seat's country places the meeting; it does not become the other side's country)
    text = (SEAT_LEAD + "who is visiting the African Union Commission, held a meeting with "
            "Mr. Musa Keita, Chairperson of the Commission." + OVERVIEW)
    found = _meeting(text, "", date(2019, 5, 20))
    assert found.location_country == "ETH"
    assert "ETH" not in found.counterpart_countries


# --- the gathering the title names as the meeting's occasion: its place -------------------

SUMMIT_LEAD = ("On November 12, commencing at 9:40 a.m. for approximately 25 minutes, Mr. Daichi "
               "Morioka, Prime Minister of Japan, held a meeting with Mr. Tomás Herrera, President "
               "of the Republic of Ecuador.")


@pytest.mark.parametrize(("title", "place"), [
    ("Japan-Ecuador Summit Meeting on the Margins of the APEC Economic Leaders' Meeting in "
     "Santiago", "CHL"),
    ("Japan-Ecuador Summit Meeting at the APEC Leaders' Meeting (Lima)", "PER"),
    ("Japan-Ecuador Summit Meeting on the Occasion of the G20 Summit in Rio de Janeiro, Brazil",
     "BRA"),
    ("Japan-Ecuador Summit Meeting during the G7 Hiroshima Summit", "JPN"),
    # (a gathering named without its place: none, as the shared gold's wh-dev-025)
    ("Japan-Ecuador Summit Meeting on the sidelines of the 80th Session of the United Nations "
     "General Assembly", None),
    # (no place in the title: none)
    ("Japan-Ecuador Summit Meeting", None),
    ("Japan-Ecuador Summit Meeting on the Occasion of the G20 Summit", None),
    # (a visit named as the occasion is no gathering's place)
    ("Japan-Ecuador Summit Meeting on the Occasion of the Official Visit of President Herrera",
     None),
])
def test_a_gathering_named_in_the_title_places_the_meeting(title: str, place: str | None) -> None:
    # mofa._occasion_place (R.TITLE_OCCASION, R.OCCASION_IN)
    found = _meeting(SUMMIT_LEAD + OVERVIEW, title, date(2024, 11, 13))
    assert found.location_country == place


def test_the_leads_own_place_wins_over_the_titles_gathering() -> None:
    text = SUMMIT_LEAD.replace("Ecuador.", "Ecuador, in Quito.")
    found = _meeting(text + OVERVIEW, "Japan-Ecuador Summit Meeting at the G20 Summit in Rio de "
                     "Janeiro", date(2024, 11, 13))
    assert found.location_country == "ECU"


@pytest.mark.parametrize("occasion", [
    "on the margins of the UN General Assembly",
    "while attending the 79th session of the United Nations General Assembly",
    "who is also President of the UN General Assembly",
])
def test_the_general_assembly_named_alone_is_no_place(occasion: str) -> None:
    # (the shared gold's wh-dev-025 and mofa_en_1-029: no city or country named, no place)
    text = (f"On September 24, Mr. Daichi Morioka, Minister for Foreign Affairs of Japan, held a "
            f"meeting with Ms. Ana Duarte, Minister of Foreign Affairs of the Republic of "
            f"Paraguay, {occasion}.")
    found = _meeting(text + OVERVIEW, "Japan-Paraguay Foreign Ministers' Meeting",
                     date(2024, 9, 25))
    assert found.location_country is None


# --- a city named in an event talked about is no venue --------------------------------------

TALKS_LEAD = ("On April 3, Ms. Emi Kurata, Minister for Foreign Affairs of Japan, held a meeting "
              "with Mr. Jules Marchand, Minister of the Interior of the French Republic")


@pytest.mark.parametrize(("rest", "place"), [
    (". The two ministers exchanged views on security arrangements for the World Expo 2025 "
     "Osaka, Kansai.", None),
    (", and they discussed cooperation toward the Paris Olympic and Paralympic Games.", None),
    (". They confirmed their support regarding the Busan hosting bid.", None),
    # (the gathering attended, or the city the meeting was in: the place)
    (" on the margins of the G7 Osaka Interior Ministers' Meeting.", "JPN"),
    (" in Paris. They discussed security arrangements for the World Expo in Osaka.", "FRA"),
    (", who was visiting Japan for the World Expo 2025 Osaka.", "JPN"),
])
def test_a_city_in_an_event_talked_about_is_no_place(rest: str, place: str | None) -> None:
    # mofa._city_in (R.CITY_AS_SUBJECT)
    found = _meeting(TALKS_LEAD + rest + OVERVIEW, "Japan-France Ministers' Meeting",
                     date(2023, 4, 4))
    assert found.location_country == place


# --- a clock named by an abbreviation or a zone ----------------------------------------------

@pytest.mark.parametrize(("clock", "place"), [
    ("(NY time)", "USA"),
    ("(U.S. Eastern time)", "USA"),
    ("(India Standard Time)", "IND"),
    ("(Brussels time)", "BEL"),
    ("(Japan time)", None),
])
def test_a_clock_named_for_a_place_places_the_meeting(clock: str, place: str | None) -> None:
    # mofa._location (R.PLACE_TIME, R.CLOCK_NAMES)
    text = (f"On September 21, from 10:05 a.m. {clock} for approximately 40 minutes, Mr. Daichi "
            f"Morioka, Minister for Foreign Affairs, held a meeting with Dr. Reza Karimi, Minister "
            f"of Foreign Affairs of the Islamic Republic of Iran.")
    found = _meeting(text + OVERVIEW, "Japan-Iran Foreign Ministers' Meeting", date(2021, 9, 22))
    assert found.location_country == place


# --- a passive lead naming the sides by "Japan-X" -------------------------------------------

@pytest.mark.parametrize(("lead", "level"), [
    ("On June 9, the Japan-Uruguay Vice-Ministerial Political Consultations were held in "
     "Tokyo.\n\n1. Mr. Jiro Hata, Deputy Minister for Foreign Affairs, represented Japan, and "
     "Ms. Lucia Pereyra, Undersecretary of Foreign Affairs, represented Uruguay.", "other"),
    ("On June 9, the 4th Japan-Uruguay Director-General-level Consultations took place in "
     "Montevideo.", "other"),
    ("On June 9, the Japan-Uruguay Foreign Ministers' Strategic Dialogue was held in Tokyo.",
     "ministerial"),
])
def test_a_passive_lead_names_the_other_side(lead: str, level: str) -> None:
    # mofa._passive_grouping (its "Japan-X" name), R.LEVEL_BY_TITLE on the passive subject
    found = _meeting(lead, "", date(2022, 6, 10))
    assert (found.counterpart_countries, found.parties, found.level) == (("URY",), 2, level)


def test_a_passive_lead_of_a_grouping_keeps_the_grouping() -> None:
    found = _meeting("On June 9, the Japan-ASEAN Foreign Ministers' Meeting was held in Vientiane."
                     " Mr. Jiro Hata, Minister for Foreign Affairs of Japan, attended.", "",
                     date(2022, 6, 10))
    assert found.counterpart_countries == ("ASEAN",)


# --- Singapore's cabinet titles ---------------------------------------------------------------

SG_LEAD = ("On July 2, Mr. Daichi Morioka, Minister for Foreign Affairs of Japan, held a meeting "
           "with ")


@pytest.mark.parametrize(("official", "level"), [
    ("Mr. Ong Wei Jie, Senior Minister and Coordinating Minister for National Security of the "
     "Republic of Singapore", "ministerial"),
    ("Dr. Hamid Rahman, Minister in the Prime Minister's Office and Second Minister for Foreign "
     "Affairs of Singapore", "ministerial"),
    ("Mr. Koh Chee Seng, Deputy Prime Minister and Coordinating Minister for Economic Policies "
     "of Singapore", "ministerial"),
    ("Mr. Tan Boon Leng, Minister of National Security of the Republic of Trinidad and Tobago",
     "ministerial"),
    # (below cabinet rank: a minister of state, a national security adviser)
    ("Ms. Lim Hui Min, Senior Minister of State for Foreign Affairs of Singapore", "other"),
    ("Mr. Koh Chee Seng, National Security Adviser of the Republic of Singapore", "other"),
])
def test_singapores_cabinet_titles_rank_as_ministers(official: str, level: str) -> None:
    # ranks: "national security" below cabinet unless it is a minister's portfolio; a
    # minister "in the Prime Minister's Office" is no head of government
    found = _meeting(SG_LEAD + official + "." + OVERVIEW, "", date(2023, 7, 3))
    assert found.level == level


@pytest.mark.parametrize(("where", "place"), [
    ("", None),
    (" at the Prime Minister's Office", "JPN"),
])
def test_a_minister_in_the_prime_ministers_office_is_no_venue(where: str, place: str | None
                                                             ) -> None:
    # mofa_rules.VENUES: the office in a title ("Minister in the Prime Minister's Office")
    text = (SG_LEAD + "Dr. Hamid Rahman, Minister in the Prime Minister's Office and Second "
            "Minister for Foreign Affairs of Singapore" + where + "." + OVERVIEW)
    assert _meeting(text, "", date(2023, 7, 3)).location_country == place


def test_a_prime_ministers_meeting_with_a_minister_in_an_office_is_ministerial() -> None:
    text = ("On July 2, Mr. Daichi Morioka, Prime Minister of Japan, received a courtesy call from "
            "Dr. Hamid Rahman, Minister in the Prime Minister's Office of Singapore." + OVERVIEW)
    assert _meeting(text, "", date(2023, 7, 3)).level == "ministerial"


def test_an_officer_of_a_heads_office_is_no_head() -> None:
    from policytrends.extract.ranks import rank_of

    assert rank_of("Minister in the Prime Minister's Department") == "cabinet"
    # (a head of state by that name, or a collective presidency's chair; not a deputy, nor
    # an office that serves the head)
    assert rank_of("Head of State of the Republic of Chile") == "head"
    assert rank_of("Chairman of the Presidency of Bosnia and Herzegovina") == "head"
    assert rank_of("Deputy Head of State") == "other"
    assert rank_of("Head of State Protocol") == "other"
    assert rank_of("Chief Secretary of the President's Office") == "other"
    assert rank_of("Prime Minister") == "head"


# --- talks one "took part in" with a named side ------------------------------------------------

@pytest.mark.parametrize("verb", [
    "took part in Japan-Norway Foreign Ministers' talks with",
    "took part in a bilateral meeting with",
    "engaged in a discussion with",
    "participated in the Japan-Norway Strategic Dialogue with",
])
def test_talks_taken_part_in_are_the_meeting(verb: str) -> None:
    # mofa_rules.MEETING_VERB ("took part in ... talks with")
    text = (f"On Monday 6 June at 3.15pm, Mr Goro Mimura, Foreign Minister of Japan, {verb} the "
            f"Rt. Hon. Erik Solberg, Minister of Foreign Affairs of Norway, in Oslo. The talks "
            f"lasted approximately 45 minutes. The details are as follows:")
    found = _meeting(text, "Japan-Norway Foreign Ministers' Talks", date(2016, 6, 7))
    assert (found.date, found.location_country, found.start_local, found.counterpart_countries) \
        == (date(2016, 6, 6), "NOR", "15:15", ("NOR",))


def test_a_press_event_taken_part_in_is_no_meeting_verb() -> None:
    from policytrends.extract import mofa_rules as R

    assert R.MEETING_VERB.search("took part in a joint press conference with the media") is None
    assert R.MEETING_VERB.search("took part in a discussion with the press") is None


# --- a visit by the guest to Japan, welcomed ---------------------------------------------------

@pytest.mark.parametrize(("point", "place"), [
    ("1. Special Advisor Ueda welcomed the visit by H.E. Mr. Idriss Farah Omar to Japan.", "JPN"),
    ("1. Mr. Ueda welcomed the visit of Prime Minister Farah to Japan and thanked him.", "JPN"),
    ("1. Mr. Ueda expressed his gratitude for the visit by Prime Minister Farah to Japan.", "JPN"),
    # (a visit to come is no place)
    ("1. Mr. Ueda welcomed the upcoming visit by Prime Minister Farah to Japan next month.",
     None),
    ("1. Mr. Ueda welcomed the visit by Prime Minister Farah to Japan planned for next year.",
     None),
])
def test_a_welcomed_visit_by_the_guest_places_the_meeting(point: str, place: str | None) -> None:
    # mofa_rules.WELCOMED_VISIT ("welcomed the visit by <name> to <place>")
    text = ("On October 8, commencing at 10:10 a.m. for approximately 30 minutes, Mr. UEDA Kenta, "
            "Special Advisor to the Prime Minister of Japan, held a meeting with H.E. Mr. Idriss "
            "Farah Omar, Prime Minister of the Republic of Djibouti. The overview of the meeting "
            "is as follows.\n\n" + point)
    assert _meeting(text, "", date(2019, 10, 8)).location_country == place


# --- a courtesy call from private persons named by a programme -------------------------------

def _kantei(text: str, title: str):
    return analyse_mofa(RawRecord(source="kantei", path="p.txt", item=None, text=text,
                                  title=title, published=date(2023, 5, 4)))


@pytest.mark.parametrize(("who", "meeting"), [
    ("young JICA Overseas Cooperation Volunteers and Japanese staff of international "
     "organizations working in the country", False),
    ("a group of Japan Exchange and Teaching Programme alumni", False),
    ("Vocational Training Programme trainees from Southeast Asia", False),
    # (an official: a meeting)
    ("H.E. Mr. Joao Manuel, Minister of Foreign Affairs of the Republic of Mozambique", True),
])
def test_a_call_from_volunteers_or_trainees_is_no_meeting(who: str, meeting: bool) -> None:
    # mofa_rules.PRIVATE_PERSONS / PRIVATE_PARTNERS (a programme's name before them)
    text = (f"On May 4, commencing at 3:15 p.m. local time for approximately 30 minutes, Mr. "
            f"SAWADA Hiroki, Prime Minister of Japan, who is visiting Mozambique, received a "
            f"courtesy call from {who}.\n\nPrime Minister Sawada encouraged them in their work.")
    found = _kantei(text, "Courtesy Call on Prime Minister Sawada")
    assert (found.kind == "meeting") is meeting


# --- ranks of offices whose words mislead ------------------------------------------------------

@pytest.mark.parametrize(("ours", "theirs", "level"), [
    # (Japan's "Minister of State for ..." is a cabinet minister; another country's is junior)
    ("Mr. Kenji Abe, Minister of State for Economic and Fiscal Policy", "Mr. Ravi Menon, "
     "Minister of Finance of the Republic of India", "ministerial"),
    ("Ms. Yuko Ito, Minister of State for Okinawa and Northern Territories Affairs", "Mr. Ravi "
     "Menon, Minister of State for External Affairs of the Republic of India", "other"),
    # (a deputy chief cabinet secretary is no minister)
    ("Mr. Kenji Abe, Deputy Chief Cabinet Secretary", "Mr. Ravi Menon, Minister of Finance of "
     "the Republic of India", "other"),
    # (the United Kingdom's finance minister is no head of government)
    ("Mr. Kenji Abe, Prime Minister of Japan", "the Rt. Hon. Oliver Grant, Chancellor of the "
     "Exchequer of the United Kingdom", "ministerial"),
    ("Mr. Kenji Abe, Minister for Foreign Affairs of Japan", "H.E. Mr. Adi Wirawan, Minister of "
     "State Secretariat of the Republic of Indonesia", "ministerial"),
])
def test_offices_rank_by_what_they_are(ours: str, theirs: str, level: str) -> None:
    # ranks: CABINET_MINISTERS_OF_STATE, "Deputy Chief Cabinet Secretary", "Chancellor of the
    # Exchequer", "Minister of State Secretariat"
    text = f"On June 2, {ours}, held a meeting with {theirs}." + OVERVIEW
    assert _meeting(text, "", date(2022, 6, 3)).level == level


# --- another government's seat named without its city -----------------------------------------

@pytest.mark.parametrize(("venue", "place"), [
    ("at the Élysée Palace", "FRA"),
    ("at the Great Hall of the People", "CHN"),
    ("at the Blue House", "KOR"),
    ("at the Istana", "SGP"),
    ("at Malacañang Palace", "PHL"),
    ("at Hyderabad House", "IND"),
    # (a palace named by no country's seat: no place)
    ("at the Presidential Palace", None),
    ("at the Government Office", None),
])
def test_a_seat_of_government_places_the_meeting(venue: str, place: str | None) -> None:
    # mofa_rules.SEATS_OF_GOVERNMENT (in VENUES)
    text = (f"On May 3, commencing at 10:00 a.m. for approximately 40 minutes, Mr. Kenji Abe, "
            f"Prime Minister of Japan, held a meeting with the President of the host country "
            f"{venue}." + OVERVIEW)
    assert _meeting(text, "Summit Meeting", date(2022, 5, 4)).location_country == place


# --- a trip told in the lead's sentences before the meeting's --------------------------------

MEETS = (" Mr. Goro Mimura, Minister for Foreign Affairs of Japan, held a meeting with Mr. Pablo "
         "Ibarra, Minister of Foreign Affairs of the Republic of Chile.")


@pytest.mark.parametrize(("before", "place"), [
    ("From March 3 to 5, Mr. Goro Mimura, Minister for Foreign Affairs of Japan, visited Chile. "
     "On March 4,", "CHL"),
    ("Mr. Mimura arrived in Santiago on the evening of March 3. On March 4,", "CHL"),
    # (a trip over several countries: the one met)
    ("Mr. Mimura visited Peru, Chile and Argentina from March 1 to 8. On March 4,", "CHL"),
    # (another, earlier trip: no place)
    ("Mr. Mimura visited Chile in January. On March 4,", None),
    ("Mr. Ibarra visited Japan last year. On March 4,", None),
    # (a trip over several countries none of which is the side met: no place)
    ("Mr. Mimura visited Peru, Bolivia and Argentina from March 1 to 8. On March 4,", None),
])
def test_a_trip_told_before_the_meeting_places_it(before: str, place: str | None) -> None:
    # mofa._arrived_in over the lead's own earlier sentences (R.EARLIER_VISIT, several
    # countries)
    found = _meeting(before + MEETS + OVERVIEW, "Japan-Chile Foreign Ministers' Meeting",
                     date(2020, 3, 6))
    assert found.location_country == place


# --- a video meeting told by "online" or "web" -------------------------------------------------

@pytest.mark.parametrize(("told", "mode"), [
    ("held a meeting with Mr. Pablo Ibarra, Minister of Foreign Affairs of Chile, online.",
     "video"),
    ("held a web conference with Mr. Pablo Ibarra, Minister of Foreign Affairs of Chile.",
     "video"),
    ("held a meeting online with Mr. Pablo Ibarra, Minister of Foreign Affairs of Chile, for "
     "about 30 minutes.", "video"),
    # (online as a subject of the talks: in person)
    ("held a meeting with Mr. Pablo Ibarra, Minister of Foreign Affairs of Chile, on online "
     "safety and digital trade.", "in_person"),
    ("held a meeting with Mr. Pablo Ibarra, Minister of Foreign Affairs of Chile, and discussed "
     "online platforms.", "in_person"),
])
def test_online_said_of_the_meeting_is_video(told: str, mode: str) -> None:
    # mofa_rules.MODES (video: "online" said of the meeting, "web conference")
    text = "On March 4, Mr. Goro Mimura, Minister for Foreign Affairs of Japan, " + told + OVERVIEW
    assert _meeting(text, "", date(2021, 3, 6)).mode == mode


# --- a start given only in Japan time at a place the page never names ------------------------

@pytest.mark.parametrize(("where", "start"), [
    ("", "17:45"),  # (no place named: the time as stated)
    (" in Tokyo", "17:45"),
    # (abroad, on a clock with summer time: no certain conversion)
    (" in Paris", None),
])
def test_a_japan_time_with_no_place_is_the_stated_start(where: str, start: str | None) -> None:
    # mofa._local_start
    text = ("On 27 April, Prime Minister Kenji Abe held a meeting with Prime Minister of the "
            f"Republic of Chile Pablo Ibarra{where} from 17:45 Japan Time, for about one hour. "
            "The following is an overview of the meeting.")
    assert _meeting(text, "", date(2002, 4, 28)).start_local == start


# --- a Prime Minister's Office page of photo captions only -------------------------------------

@pytest.mark.parametrize(("body", "kind"), [
    ("Photograph of the two leaders shaking hands\n\nPhotograph of the summit meeting (1)\n\n"
     "Photograph of the banquet hosted by the Prime Minister", "other"),
    ("(Photo) The two leaders before the meeting\n\nPhotogra", "other"),
    # (captions, then an account of the talks: a meeting)
    ("Photograph of the two leaders shaking hands\n\nOn May 3, Prime Minister Kenji Abe held a "
     "summit meeting with President Pablo Ibarra of the Republic of Chile. The two leaders "
     "confirmed their cooperation.", "meeting"),
])
def test_a_page_of_captions_is_no_meeting(body: str, kind: str) -> None:
    # extract.mofa.analyse_mofa (R.PHOTO_CAPTION; the lead's ruling 11)
    found = _kantei(body, "Japan-Chile Summit Meeting and Other Events")
    assert found.kind == kind


# --- a visit's title naming the visitor gives the other side ---------------------------------

@pytest.mark.parametrize(("title", "sides"), [
    ("Visit to Japan of His Excellency Dr. Ravi Menon, Prime Minister of India (Summary)",
     ("IND",)),
    ("Official Visit to Japan by President Pablo Ibarra of the Republic of Chile", ("CHL",)),
    # (a title naming no visitor's country, or two: no side from it)
    ("Visit to Japan of the Delegation (Summary)", ()),
    ("Visit to Japan by the Presidents of Chile and Peru", ()),
])
def test_a_visits_title_names_the_other_side(title: str, sides: tuple[str, ...]) -> None:
    # mofa._title_visitor (R.TITLE_VISITOR), when the page names no other side
    text = ("1. Itinerary\n\n(1) The guest was received in audience by Their Majesties.\n\n"
            "(2) A welcome ceremony was held in the garden of the Prime Minister's Office with "
            "many cabinet ministers present.\n\n2. Summit Meeting\n\nThe two leaders confirmed "
            "their shared values and agreed to raise their relations to a new level.")
    found = _meeting(text, title, date(2006, 12, 15))
    assert found.counterpart_countries == sides
