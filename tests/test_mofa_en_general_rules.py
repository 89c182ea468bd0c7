"""Publisher conventions of Japan's English pages that the blind sets found the rules did
not generalise to (session 12): a head of government by another name, one official named in
full and then by the word he goes by, itinerary headings numbered in brackets, a lead whose
second sentence dates and times the meeting, an embassy in a city as the venue, the other
side's official named only as the subject's counterpart, a time range ending "shortly
after", a visit's days beside the meeting's own day, a capitalised "Official Working Visit".
Texts written for these tests (fictional officials and events).
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.extract.ranks import rank_of
from policytrends.records import RawRecord


def _analyse(text: str, title: str, published: date):
    return analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                  title=title, published=published))


def _people(found) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in found.participants}


def test_chairman_of_the_government_is_a_head_of_government() -> None:
    assert rank_of("Chairman of the Government of the Russian Federation") == "head"
    assert rank_of("Head of Government") == "head"
    # (negative: a deputy of that office is a minister, a board's chairman an official)
    assert rank_of("First Deputy Chairman of the Government") == "cabinet"
    assert rank_of("Chairman of the Board") == "other"


def test_a_call_with_the_chairman_of_the_government_is_a_summit() -> None:
    text = ("1. On Friday, October 5, for some fifteen minutes from 9:40 a.m., Prime Minister "
            "Hiroki Sawada held telephone talks with Ivan Petrovich Sokolov, Chairman of the "
            "Government of the Russian Federation.\n\n2. The two leaders agreed to meet.")
    found = _analyse(text, "Telephone Talks between Prime Minister Hiroki Sawada and Chairman "
                           "of the Government of the Russian Federation Ivan Petrovich Sokolov",
                     date(2012, 10, 5))
    assert found.meeting.level == "summit"


TRIP = ("Prime Minister Hiroki Sawada officially visited two Southeast Asian countries - the "
        "Socialist Republic of Viet Nam and the Kingdom of Thailand - from May 3 (Friday) to 4 "
        "(Saturday). The following is an overview of his visit.\n\n1. Itinerary (Outline)\n\n"
        "(1) Viet Nam (May 3)\n\nPrime Minister Sawada held a summit meeting with H.E. Mr. Tran "
        "Van Minh, Prime Minister of Viet Nam, and was the guest of Prime Minister and Mrs. "
        "Minh at a dinner.\n\n(2) Thailand (May 4)\n\nPrime Minister Sawada held a summit meeting "
        "with H.E. Ms. Suda Chaiyaporn, Prime Minister of Thailand, and attended a dinner hosted "
        "by Prime Minister Suda.\n\n2. Overall Evaluation\n\nThe visits went well.")


def _trip():
    return _analyse(TRIP, "Prime Minister Sawada's Visit to Southeast Asia (Overview & "
                          "Evaluation)", date(2013, 5, 5))


def test_an_official_named_again_by_one_word_of_the_full_name_is_one_participant() -> None:
    found = _trip()
    names = sorted((p.name, p.country) for p in found.participants)
    assert names == [("Hiroki Sawada", "JPN"), ("Suda Chaiyaporn", "THA"),
                     ("Tran Van Minh", "VNM")]


def test_an_itinerary_heading_numbered_in_brackets_dates_the_first_meeting() -> None:
    found = _trip()
    assert found.meeting.date == date(2013, 5, 3)
    assert found.meeting.counterpart_countries == ("VNM", "THA")


def test_two_officials_of_one_country_with_no_shared_word_stay_two() -> None:
    # (negative: only a word of the other's name makes the same person)
    text = ("On May 3, Prime Minister Hiroki Sawada held a meeting with H.E. Mr. Tran Van "
            "Minh, Prime Minister of Viet Nam, and H.E. Mr. Le Quang Hai, Minister of Foreign "
            "Affairs of Viet Nam. The overview of the meeting is as follows.\n\n1. Views.")
    found = _analyse(text, "Japan-Viet Nam Summit Meeting", date(2013, 5, 3))
    assert {("Tran", "VNM"), ("Le", "VNM")} <= _people(found)


COURTESY = ("Mr. Kenji Mori, Foreign Minister of Japan, paid a courtesy call on Mr. Liam Hart, "
            "Prime Minister of Australia, at the Australian Embassy, Tokyo. The call began "
            "at 9:15 a.m. on February 22, lasted some 40 minutes and opened with remarks by Prime "
            "Minister Hart.\n\n1. Trade\n\nViews.")


def test_a_later_sentence_of_the_lead_that_times_the_meeting_dates_it() -> None:
    found = _analyse(COURTESY, "Courtesy Call on Mr. Liam Hart, Prime Minister of Australia, "
                               "by Mr. Kenji Mori (Overview)", date(2010, 2, 23))
    assert found.meeting.date == date(2010, 2, 22)
    assert (found.meeting.start_local, found.meeting.duration_min) == ("09:15", 40)


def test_a_later_sentence_about_another_meeting_does_not_date_it() -> None:
    # (negative: the next meeting "to be held" is no timing of this one)
    text = ("Mr. Kenji Mori, Foreign Minister of Japan, paid a courtesy call on Mr. Liam "
            "Hart, Prime Minister of Australia. The two agreed that the next meeting be held on "
            "March 3.\n\n1. Trade\n\nViews.")
    found = _analyse(text, "Courtesy Call on Mr. Liam Hart (Overview)", date(2010, 2, 23))
    assert found.meeting.date != date(2010, 3, 3)


def test_an_embassy_named_with_its_city_is_in_that_citys_country() -> None:
    found = _analyse(COURTESY, "Courtesy Call on Mr. Liam Hart, Prime Minister of Australia, "
                               "by Mr. Kenji Mori (Overview)", date(2010, 2, 23))
    assert found.meeting.location_country == "JPN"
    other = COURTESY.replace("at the Australian Embassy, Tokyo", "at the Embassy of Japan in "
                                                                 "Canberra")
    assert _analyse(other, "Courtesy Call on Mr. Liam Hart (Overview)",
                    date(2010, 2, 23)).meeting.location_country == "AUS"


def test_an_embassy_with_no_city_is_not_the_country_it_names() -> None:
    # (negative: "the Australian Embassy" alone says nothing of the city it stands in)
    text = COURTESY.replace("at the Australian Embassy, Tokyo", "at the Australian Embassy")
    found = _analyse(text, "Courtesy Call on Mr. Liam Hart (Overview)", date(2010, 2, 23))
    assert found.meeting.location_country != "AUS"


def test_the_other_sides_official_named_as_the_subjects_counterpart() -> None:
    text = ("On October 8, Prime Minister Hiroki Sawada met with his Australian counterpart "
            "Julia Moss in Hanoi, Viet Nam, on the margins of the East Asia Summit. A summary "
            "of their talks follows:\n\n1. Views.")
    found = _analyse(text, "Meeting between Prime Minister Sawada and Australian Prime Minister "
                           "Moss", date(2010, 10, 9))
    assert ("Moss", "AUS") in _people(found)
    assert found.meeting.level == "summit"
    # (negative: a counterpart with no demonym names no side)
    bare = text.replace("his Australian counterpart Julia Moss", "his counterpart")
    assert ("Moss", "AUS") not in _people(_analyse(bare, "Meeting", date(2010, 10, 9)))


def test_a_time_range_ending_shortly_after_a_clock_gives_the_length() -> None:
    text = ("Today (Monday, March 11), from 6:45 p.m. until shortly after 8:15 p.m., Prime "
            "Minister Hiroki Sawada held talks over dinner with H.E. Mr. Andris Kalnins, "
            "President of the Republic of Latvia, who is on a visit to Japan. A summary of the "
            "talks follows.\n\n1. Views.")
    found = _analyse(text, "Japan-Latvia Summit Meeting (Summary)", date(2013, 3, 11))
    assert (found.meeting.start_local, found.meeting.duration_min) == ("18:45", 90)


def test_a_visits_days_are_not_the_meetings_day() -> None:
    text = ("1. H.E. Mr. Hiroki Sawada, Prime Minister of Japan, and H.E. Mr. Jose Amaral, "
            "President of Timor-Leste, who was in Japan on an official visit from 4th to 8th "
            "October 2017, held summit talks on 6th October and exchanged views in "
            "depth.\n\n2. Both leaders welcomed the relations.")
    found = _analyse(text, "Japan-Timor-Leste Joint Statement", date(2017, 10, 6))
    assert found.meeting.date == date(2017, 10, 6)
    # (negative: a lead with the visit's days only keeps them)
    alone = text.replace(" on 6th October", "")
    assert _analyse(alone, "Japan-Timor-Leste Joint Statement",
                    date(2017, 10, 6)).meeting.date is not None


def test_a_capitalised_official_working_visit_to_japan_places_the_meeting() -> None:
    text = ("His Excellency Ramon Cruz, President of the Philippines, paid an Official "
            "Working Visit to Japan from 9 to 12 March 2014 as a guest of the Government of "
            "Japan.\n\nPresident Cruz and His Excellency Hiroki Sawada, Prime Minister of "
            "Japan, held their first Summit Meeting in a warm atmosphere. The two leaders "
            "issued this Joint Statement:\n\n1. Views.")
    found = _analyse(text, "Japan-Philippines Joint Statement", date(2014, 3, 11))
    assert found.meeting.location_country == "JPN"


def test_the_president_of_a_general_assembly_session_is_no_head() -> None:
    pga = "President of the 68th Session of the United Nations General Assembly"
    assert rank_of(pga) == "other"
    # (negative: a president of a state stays a head)
    assert rank_of("President of the Republic of Serbia") == "head"


def test_a_second_office_in_brackets_after_the_title_ranks_the_official() -> None:
    text = ("On February 14, from 1:00 p.m. for about 70 minutes, Mr. Kenji Mori, Minister "
            "for Foreign Affairs, held a working lunch with H.E. Dr. Tomas Varga, President of "
            "the 75th session of the UN General Assembly (Minister of Foreign Affairs of the "
            "Slovak Republic), who is in Japan. An overview of the lunch follows.\n\n1. Views.")
    title = "Foreign Minister Mori Holds a Working Lunch with the President of the UNGA"
    assert _analyse(text, title, date(2021, 2, 14)).meeting.level == "ministerial"
    # (negative: with no second office the session's president gives no cabinet rank)
    alone = text.replace(" (Minister of Foreign Affairs of the Slovak Republic)", "")
    assert _analyse(alone, title, date(2021, 2, 14)).meeting.level == "other"


SAME_DAY = ("On October 15, commencing at 10:20 a.m. (local time; 5:20 p.m. JST) for 45 "
            "minutes, Mr. SAWADA Hiroki, Minister for Foreign Affairs of Japan, on a visit to "
            "Croatia, held a foreign ministers' meeting with H.E. Dr. Ana KOVAC, Minister of "
            "Foreign Affairs of the Republic of Croatia.\nOn the same day, starting at 12:00 "
            "p.m. (7:00 p.m. JST) for 30 minutes, Minister Sawada paid a courtesy call on H.E. "
            "Mr. Marko NOVAK, Prime Minister of Croatia, and starting at 12:40 p.m. for 25 "
            "minutes, H.E. Mr. Luka ZUPAN, President of Croatia.\nOn the same day, commencing "
            "at 2:00 p.m. for 60 minutes, Minister Sawada held a working lunch with Foreign "
            "Minister Kovac.\nThe overview of these meetings is as follows.\n- Both sides "
            "shared views.")


def test_the_days_later_meetings_in_sentences_of_their_own_are_the_pages_too() -> None:
    found = _analyse(SAME_DAY, "Foreign Minister SAWADA Visits Croatia", date(2019, 10, 16))
    assert _people(found) == {("Sawada", "JPN"), ("Kovac", "HRV"), ("Novak", "HRV"),
                              ("Zupan", "HRV")}
    # (each meeting timed on its own: no one length covers them all)
    assert found.meeting.duration_min is None
    assert found.meeting.start_local == "10:20"


def test_a_later_meeting_with_the_leads_own_counterpart_leaves_the_lead_as_it_was() -> None:
    # (negative: a trilateral breakfast, then a meeting with one of its leaders)
    text = ("On September 8, Prime Minister Hiroki Sawada had a breakfast meeting with Mr. "
            "John Carter, the President of the United States (US), and Mr. Tom Reid, the Prime "
            "Minister of Australia. The three leaders agreed to cooperate.\n\nAfterwards, Prime "
            "Minister Sawada held a meeting with President Carter. The two leaders confirmed "
            "their cooperation.")
    found = _analyse(text, "First Day of the APEC Economic Leaders' Meeting", date(2007, 9, 8))
    assert found.meeting.parties == 3


def test_a_spouse_named_beside_the_official_is_no_participant() -> None:
    text = ("On May 2, Prime Minister Hiroki Sawada hosted a dinner for H.E. Mr. Budi Santoso, "
            "President of the Republic of Indonesia, and Mrs. Sari Santoso. "
            "The overview is as follows.\n\n1. The two sides exchanged views.")
    found = _analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 5, 2))
    assert sorted((p.name, p.country) for p in found.participants) == [
        ("Budi Santoso", "IDN"), ("Hiroki Sawada", "JPN")]


def test_an_official_styled_mrs_with_her_own_title_stays() -> None:
    # (negative: a minister of the same family name, with her title, is an official)
    text = ("On May 2, Prime Minister Hiroki Sawada held a meeting with H.E. Mr. Budi Santoso, "
            "President of the Republic of Indonesia, and Mrs. Sari Santoso, Minister of Trade of "
            "the Republic of Indonesia. The overview is as follows.\n\n1. Views.")
    found = _analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 5, 2))
    assert ("Sari Santoso", "IDN") in {(p.name, p.country) for p in found.participants}


@pytest.mark.parametrize(("opening", "day"), [
    ("Today,", date(2010, 3, 5)),
    ("Yesterday (Thursday),", date(2010, 3, 4)),
    ("On the 4th (Thu),", date(2010, 3, 4)),
    ("On the 28th (Sun),", date(2010, 2, 28)),  # (a day still to come this month: the last)
])
def test_a_day_told_relative_to_the_page_date(opening: str, day: date) -> None:
    text = (f"{opening} Prime Minister Hiroki Sawada held a meeting with H.E. Mr. Budi Santoso, "
            "President of the Republic of Indonesia. The overview is as follows.\n\n1. Views.")
    found = _analyse(text, "Japan-Indonesia Summit Meeting", date(2010, 3, 5))
    assert found.meeting.date == day


def test_today_after_the_meeting_verb_dates_nothing() -> None:
    # (negative: "today's discussion" after the verb is no date of the meeting)
    text = ("Prime Minister Hiroki Sawada held a meeting with H.E. Mr. Budi Santoso, President "
            "of the Republic of Indonesia, and welcomed today's discussion. The overview is as "
            "follows.\n\n1. Views.")
    assert _analyse(text, "Japan-Indonesia Summit Meeting", date(2010, 3, 5)).meeting.date is None


def test_an_earlier_events_place_is_not_the_meetings() -> None:
    lead = ("On May 2, Mr. Kenji Mori, Minister for Foreign Affairs of Japan, held a meeting "
            "with H.E. Mr. Pablo Soto, Minister of Foreign Affairs of the Republic of Chile, "
            "{where}. The overview is as follows.\n\n1. The two ministers exchanged views.")
    title = "Japan-Chile Foreign Ministers' Meeting"
    earlier = _analyse(lead.format(where="following their meeting in Santiago in March"), title,
                       date(2017, 5, 2))
    assert earlier.meeting.location_country is None
    # (negative: the meeting's own city, with its own day, stays the place)
    own = _analyse(lead.format(where="in Santiago on the same day"), title, date(2017, 5, 2))
    assert own.meeting.location_country == "CHL"
