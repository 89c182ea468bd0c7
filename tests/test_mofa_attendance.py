"""Who took part, as Japan's pages tell it beyond the lead's two officials: attendee
paragraphs with a side each ("Also present ... on the Japanese side were", "Participants on
the X side included"), an attendance sentence after the overview sentence ("Mr. X, Title,
among others, attended the meeting."), side-marked attendance brackets ("in attendance from
the X side:"), an organisation's delegation, military ranks and a courtesy visit. Texts
written for these tests (fictional officials and events).
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.extract.naming import family_name
from policytrends.records import RawRecord


def _analyse(text: str, title: str = "Japan-ROK Summit Meeting (Overview)",
             published: date = date(2012, 6, 4)):
    return analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                  title=title, published=published))


def _people(found) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in found.participants}


LEAD = ("Prime Minister Hiroki Sawada held a meeting with Mr. Cho Min-gyu, President of the "
        "Republic of Korea (ROK), in Seoul on June 1. The following is an overview of the "
        "meeting:")


def test_attendee_paragraph_with_each_sides_own_sentence() -> None:
    text = (f"{LEAD}\n\nAlso present from the Japanese side were Mr. Tsuyoshi "
            "Arakawa, Deputy Chief Cabinet Secretary; Mr. Tsuyoshi Morimoto, Parliamentary "
            "Vice-Minister for Foreign Affairs; and others. Participants on the ROK side "
            "included Mr. Yoon Jae-sung, Minister of Foreign Affairs; and Mr. Baek Hyun-woo, "
            "Minister for Trade.\n\n1. Bilateral relations\n\nThe two leaders agreed to "
            "meet again.")
    assert _people(_analyse(text)) == {
        ("Sawada", "JPN"), ("Cho", "KOR"), ("Arakawa", "JPN"), ("Morimoto", "JPN"),
        ("Yoon", "KOR"), ("Baek", "KOR")}


def test_a_given_name_two_officials_share_is_no_family_name() -> None:
    # ("Mr. Tsuyoshi" after another official's "Mr." is not the name used alone)
    page = "Mr. Tsuyoshi Arakawa, Deputy Secretary; Mr. Tsuyoshi Morimoto, Vice-Minister"
    assert family_name("Tsuyoshi Arakawa", "JPN", page, written_by="JPN", year=2012) == "Arakawa"
    assert family_name("Tsuyoshi Morimoto", "JPN", page, written_by="JPN",
                       year=2012) == "Morimoto"
    # the family name used alone after a title still settles the order
    used = "Mr. Arakawa Tsuyoshi met ... Minister Arakawa said"
    assert family_name("Arakawa Tsuyoshi", "JPN", used, written_by="JPN", year=2012) == "Arakawa"


@pytest.mark.parametrize("attended", [
    "Mr. Kenta Mori, Deputy Chief Cabinet Secretary, among others, attended the meeting.",
    "Mr. Kenta Mori, Deputy Chief Cabinet Secretary, also attended the meeting.",
    "Mr. Kenta Mori, Deputy Chief Cabinet Secretary, and others joined the talks.",
])
def test_attendance_sentence_after_the_overview_sentence(attended: str) -> None:
    text = (f"On October 14, Prime Minister Hiroki Sawada held a summit meeting with His "
            f"Majesty King Tupou VII, King of the Kingdom of Tonga. The overview is as "
            f"follows. {attended}\n\n(1) Opening\n\nThe two leaders exchanged views.")
    assert _people(_analyse(text, "Japan-Tonga Summit Meeting")) == {
        ("Sawada", "JPN"), ("Tupou VII", "TON"), ("Mori", "JPN")}


def test_organisation_delegation_is_one_side_and_its_officials_attend() -> None:
    text = ("On October 19, from 4:05 p.m. for about 25 minutes, Mr. SAWADA Hiroki, Prime "
            "Minister of Japan, met the delegation of the Pacific Islands Forum (PIF), headed "
            "by Hon. Mark Tane, Prime Minister of the Cook Islands. A summary of the meeting "
            "follows. Hon. Peter Ruaia, Secretary General of the PIF Secretariat, and Hon. Ms. "
            "Lina Kabelo, Minister of Foreign Affairs of the Republic of the Marshall Islands, "
            "also attended the meeting.\n\n"
            "1. Prime Minister Sawada thanked the delegation for coming.")
    got = _analyse(text, "Prime Minister Sawada Meets a PIF Delegation", date(2024, 10, 19))
    assert _people(got) == {("Sawada", "JPN"), ("Tane", "COK"), ("Kabelo", "MHL"),
                            ("Ruaia", "PIF")}
    assert got.meeting.parties == 2


def test_attendance_bracket_marked_in_attendance_from_each_side() -> None:
    text = ("On November 6, for about 50 minutes, Prime Minister Hiroki Sawada held a summit "
            "meeting with Dato' Sri Hamid Osman, Prime Minister of Malaysia (in attendance from "
            "the Malaysian side: Dato' Sri Rahim bin Yusof, Minister of Foreign Affairs; in "
            "attendance from the Japanese side: Mr. Kenta Mori, Deputy Chief Cabinet "
            "Secretary). The overview is as follows.\n\n1. The two leaders exchanged views.")
    assert _people(_analyse(text, "Japan-Malaysia Summit Meeting", date(2014, 11, 6))) == {
        ("Sawada", "JPN"), ("Hamid", "MYS"), ("Rahim", "MYS"), ("Mori", "JPN")}


def test_senior_general_is_a_rank_and_a_myanmar_name_is_whole() -> None:
    text = ("On April 23, Mr. Hiroki Sawada, Chief Cabinet Secretary, met with Senior "
            "General Aung Min Thet, Commander-in-Chief of Defence Services of Myanmar, who is "
            "in Japan. An overview of the meeting is as follows.\n\n"
            "1. The two sides exchanged views.")
    assert _people(_analyse(text, "Meeting with the Commander-in-Chief of Myanmar",
                            date(2018, 4, 23))) == {("Sawada", "JPN"),
                                                    ("Aung Min Thet", "MMR")}


def test_courtesy_visit_paid_to_the_host() -> None:
    text = ("On July 2, commencing at 3:00 p.m. for approximately 40 minutes, Mr. SAWADA "
            "Hiroki, Prime Minister of Japan, who was visiting Vienna, paid a courtesy visit "
            "to H.E. Dr. Anton Kessler, Federal President of the Republic of Austria. The "
            "overview is as follows.\n\n1. The two sides exchanged views.")
    got = _analyse(text, "Courtesy call by Prime Minister Sawada on President Kessler",
                   date(2024, 7, 2))
    assert _people(got) == {("Sawada", "JPN"), ("Kessler", "AUT")}


def test_official_named_by_title_before_an_honorific_clause() -> None:
    # (the Prime Minister of a day's page, named by title alone, then his encounters: the
    # officials with an honorific do not hide him)
    text = ("The following morning, Prime Minister Sawada toured a science museum, attended "
            "a breakfast with the Honorable Lisa Grant, Vice President of the United States of "
            "America, and in the afternoon met The Honorable Mark Dale, President of the "
            "United States of America, for summit talks.")
    got = _analyse(text, "Visit to the United States - First Day -", date(2023, 1, 13))
    assert _people(got) == {("Sawada", "JPN"), ("Grant", "USA"), ("Dale", "USA")}


def test_unnamed_prime_minister_is_the_one_the_page_named_first() -> None:
    text = ("First Day of the Prime Minister's Visit to Jamaica\n\nOn July 27 (local time), "
            "Prime Minister Hiroki Sawada visited Kingston, capital of Jamaica.\n\n"
            "Afterwards, the Prime Minister held talks with the Hon. Ann Clarke, Prime "
            "Minister of Jamaica.")
    got = _analyse(text, "First Day of the Prime Minister's Visit to Jamaica", date(2014, 7, 27))
    assert _people(got) == {("Sawada", "JPN"), ("Clarke", "JAM")}


def test_unnamed_prime_minister_is_not_another_countrys_head() -> None:
    # the only named Prime Minister is Jamaica's ("Jamaican Prime Minister X", "Prime
    # Minister X of Jamaica"): nobody is taken for Japan's
    text = ("Welcome for the Jamaican Prime Minister Ann Clarke\n\nPrime Minister Ann Clarke "
            "of Jamaica arrived in Tokyo.\n\nAfterwards, the Prime Minister held talks with "
            "the Hon. Ann Clarke, Prime Minister of Jamaica.")
    got = _analyse(text, "Talks with the Prime Minister of Jamaica", date(2014, 7, 27))
    assert _people(got) == {("Clarke", "JAM")}


@pytest.mark.parametrize(("name", "family"), [
    ("Tavita Sione Lealaiauloto", "Tavita"),  # a chiefly title first: the name he is called by
    ("LEOTA Mele Fa'asavalu", "Leota"),  # the part in capitals
    ("Sione Lealaiauloto", "Lealaiauloto"),  # two parts: no title, the family name last
])
def test_samoan_officials_by_their_chiefly_title(name: str, family: str) -> None:
    assert family_name(name, "WSM") == family
    assert family_name("Tavita Sione Lealaiauloto", "TON") == "Lealaiauloto"  # Samoa's only


def test_separate_meetings_the_title_names_are_one_record_each_bilateral() -> None:
    text = ("Wednesday, September 17, 2014\n\nOn Wednesday, September 17, from 4:10 p.m., "
            "Prime Minister Hiroki Sawada held summit meetings with H.E. Mr. Peter Lomas, "
            "President of the Federated States of Micronesia, H.E. Mark Udui, President of "
            "the Republic of Palau, and Hon. Tavita Sione Lealaiauloto, Prime Minister of "
            "Samoa, respectively, who are in Tokyo for a regional conference. An "
            "overview of the meetings is as follows.\n\n1. President Lomas (4:10-4:21 p.m.)")
    got = _analyse(text, "Bilateral Leaders' Meetings between Prime Minister Sawada and the "
                   "Leaders of Micronesia, Palau and Samoa", date(2014, 9, 17))
    assert _people(got) == {("Sawada", "JPN"), ("Lomas", "FSM"), ("Udui", "PLW"),
                            ("Tavita", "WSM")}
    assert got.meeting.parties == 2
    # a day's page naming none of them in its title tells the same separate meetings (the
    # lead's ruling 10): every official met, each meeting bilateral
    day = _analyse(text, "The Prime Minister's Day", date(2014, 9, 17))
    assert _people(day) == _people(got)
    assert day.meeting.parties == 2
    assert day.meeting.counterpart_countries == ("FSM", "PLW", "WSM")


def test_the_word_closing_a_list_met_respectively_is_no_title() -> None:
    got = _analyse("On June 3, 2013 (local time), Prime Minister Hiroki Sawada, who is visiting "
                   "Ottawa, Canada, held a summit meeting with the Right Honourable Anne "
                   "Brightwater, Prime Minister of Canada, and the Honourable Kofi Mensah-Tetteh, "
                   "President of the Republic of Ghana respectively.",
                   "Visit to Canada: Second Day", date(2013, 6, 3))
    assert _people(got) == {("Sawada", "JPN"), ("Brightwater", "CAN"), ("Mensah-Tetteh", "GHA")}
    assert {p.title for p in got.participants} == {"Prime Minister", "President"}
    assert got.meeting.parties == 2


def test_a_days_encounters_in_one_sentence_are_each_a_meeting() -> None:
    got = _analyse("On June 4, 2013 (local time), Prime Minister Hiroki Sawada, who is visiting "
                   "Ottawa, Canada, attended the first session, held informal talks with the "
                   "Right Honourable Anne Brightwater, Prime Minister of Canada, informal talks "
                   "with H.E. Mr. Pedro Alvarado, President of the Republic of Chile, and a "
                   "conversation with H.E. Ms. Ingrid Solberg, Prime Minister of the Kingdom of "
                   "Norway.", "Summit: Third Day", date(2013, 6, 4))
    assert _people(got) == {("Sawada", "JPN"), ("Brightwater", "CAN"), ("Alvarado", "CHL"),
                            ("Solberg", "NOR")}
    assert got.meeting.parties == 2 and got.meeting.date == date(2013, 6, 4)


DAY_PAGE = ("On March 2 (local time), Prime Minister Hiroki Sawada, who is visiting Jakarta, "
            "Indonesia, held talks with Mr. Budi Santoso, President of the Republic of "
            "Indonesia. At the talks, the two leaders discussed trade and investment.\n\n"
            "{later}")


@pytest.mark.parametrize(("later", "extra"), [
    # another meeting of the page's official, told in a later sentence or paragraph
    ("Prime Minister Sawada then held talks with Mr. Lars Eklund, Prime Minister of the "
     "Kingdom of Sweden, on the climate.", {("Eklund", "SWE")}),
    ("Afterwards, the Prime Minister attended a luncheon and then paid a courtesy call on "
     "Mr. Lars Eklund, Prime Minister of the Kingdom of Sweden.", {("Eklund", "SWE")}),
    ("Prime Minister Sawada visited a museum, which was followed by a meeting with Mr. Lars "
     "Eklund, Prime Minister of the Kingdom of Sweden.", {("Eklund", "SWE")}),
    # named in passing, no meeting told: no official of the page's record
    ("Afterwards, Prime Minister Sawada attended a dinner hosted by Mr. Lars Eklund, Prime "
     "Minister of the Kingdom of Sweden.", set()),
    # the other side's own meeting, not the page's official's
    ("President Santoso then held talks with Mr. Lars Eklund, Prime Minister of the Kingdom "
     "of Sweden.", set()),
    # an earlier meeting recalled, with no word of another meeting that day
    ("Prime Minister Sawada held talks with Mr. Lars Eklund, Prime Minister of the Kingdom "
     "of Sweden, in 2011.", set()),
])
def test_later_sentences_add_the_days_other_meetings(later: str, extra: set) -> None:
    got = _analyse(DAY_PAGE.format(later=later), "Visit to Indonesia", date(2013, 3, 2))
    assert _people(got) == {("Sawada", "JPN"), ("Santoso", "IDN")} | extra
    assert got.meeting.parties == 2 and got.meeting.date == date(2013, 3, 2)


def test_meeting_section_after_a_lead_that_also_tells_a_meal() -> None:
    # the lead tells the visit, the meeting and a banquet; the meeting's own paragraph under
    # its heading tells when, how long, where and who attended
    text = ("Summit Meeting with Malaysia and a Dinner Given by Prime Minister Hamid Osman\n\n"
            "On Thursday, November 6, Prime Minister Hiroki Sawada, on an official visit to "
            "Malaysia, held a summit meeting and afterwards attended a dinner given by Dato' "
            "Sri Hamid Osman, Prime Minister of Malaysia. An outline of the meeting is as "
            "follows.\n\n1. Japan-Malaysia summit meeting\n\nOn November 6, for about 70 "
            "minutes from around 2:15 p.m.(local time), Prime Minister Hiroki Sawada held a "
            "summit meeting with Prime Minister Dato' Sri Hamid Osman at the Prime Minister's "
            "Office of Malaysia (present from the Japanese side: Mr. Kenta Mori, Deputy "
            "Chief Cabinet Secretary; present from the Malaysian side: Dato' Sri Rahim "
            "bin Yusof, Minister of Foreign Affairs).\n\n(1) The two leaders exchanged views.")
    got = _analyse(text, "Summit Meeting with Malaysia and a Dinner", date(2014, 11, 6))
    assert _people(got) == {("Sawada", "JPN"), ("Hamid", "MYS"), ("Rahim", "MYS"),
                            ("Mori", "JPN")}
    assert (got.meeting.start_local, got.meeting.duration_min) == ("14:15", 70)
    assert got.meeting.location_country == "MYS"  # another government's Prime Minister's Office


@pytest.mark.parametrize(("then", "met"), [
    # the meeting told next is the record's, not the meal before it
    ("Prime Minister Sawada held a meeting with Mr. Jung Min-ho, the President of South "
     "Korea.", ("Jung", "KOR")),
    # with no meeting told next, the meal the other side hosted is the record's
    ("At a press conference that followed, Prime Minister Sawada spoke of the visit.",
     ("Seo", "KOR")),
])
def test_a_meal_the_other_side_hosted_then_the_meeting(then: str, met: tuple[str, str]) -> None:
    text = ("Prime Minister Visits South Korea\n\nPrime Minister Hiroki Sawada toured a "
            "shipyard in Busan and greeted its workers; he then attended a luncheon hosted "
            f"by Ms. Seo Yun-hee, the Prime Minister of South Korea.\n\n{then}")
    got = _analyse(text, "Prime Minister Visits South Korea", date(2006, 10, 9))
    assert _people(got) == {("Sawada", "JPN"), met}


SWEDEN_LEAD = ("On January 20, from 11:10 a.m. for about 35 minutes, Mr. Hiroki Sawada, "
               "Minister for Foreign Affairs, held a meeting with H.E. Mr. Lars Berg, Minister "
               "of Foreign Affairs of Sweden, who is on a visit to Japan. An overview of the "
               "meeting is as follows.")


@pytest.mark.parametrize(("after", "listed"), [
    (" Present from the Japanese side was Mr. Kenta Mori, Director-General of the European "
     "Affairs Bureau, and from the Swedish side H.E. Mr. Nils Ek, Ambassador of Sweden to "
     "Japan.", {("Mori", "JPN"), ("Ek", "SWE")}),
    (" On the Japanese side, Mr. Kenta Mori, Director-General of the European Affairs Bureau, "
     "attended, and on the Swedish side, H.E. Mr. Nils Ek, Ambassador of Sweden to Japan, "
     "attended.", {("Mori", "JPN"), ("Ek", "SWE")}),
    (" Attending the meeting were: from the Japanese side, Mr. Kenta Mori, Director-General "
     "of the European Affairs Bureau; from the Swedish side, H.E. Mr. Nils Ek, Ambassador of "
     "Sweden to Japan.", {("Mori", "JPN"), ("Ek", "SWE")}),
    ("\n\nThe Swedish delegation included H.E. Mr. Nils Ek, Ambassador of Sweden to Japan, and "
     "Ms. Anna Holm, Director-General for Political Affairs.\n\n1. Bilateral relations",
     {("Ek", "SWE"), ("Holm", "SWE")}),
    ("\n\nMr. Kenta Mori, Director-General of the European Affairs Bureau, also attended the "
     "meeting.\n\n1. Bilateral relations", {("Mori", "JPN")}),
    # a paragraph that names an official for something else is no attendance
    ("\n\nMr. Kenta Mori, Director-General of the European Affairs Bureau, will visit "
     "Stockholm next month.\n\n1. Bilateral relations", set()),
])
def test_attendance_phrasings(after: str, listed: set[tuple[str, str]]) -> None:
    got = _analyse(SWEDEN_LEAD + after, "Japan-Sweden Foreign Ministers' Meeting",
                   date(2015, 1, 20))
    assert _people(got) == {("Sawada", "JPN"), ("Berg", "SWE")} | listed


@pytest.mark.parametrize(("who", "family", "country"), [
    # two Spanish surnames joined by "y": both, with the conjunction
    ("H.E. Mr. Tomás Javier Ruiz-Castell y Montoro, Minister of Foreign Affairs of Spain",
     "Ruiz-Castell y Montoro", "ESP"),
    # a single particle still leads the family name
    ("H.E. Mr. Andrés del Campo, Minister of Foreign Affairs of Spain", "del Campo", "ESP"),
    # honours after a Caribbean leader's name are no given names
    ("the Most Hon. Dorian Blake, ON, PC, MP, Prime Minister of Jamaica", "Blake", "JAM"),
    # the head of an organisation Japan meets, by the organisation's code
    ("H.E. Dr. Samuel Okoro, Director-General of the World Health Organization", "Okoro",
     "WHO"),
])
def test_particles_honours_and_organisations(who: str, family: str, country: str) -> None:
    text = (f"On May 1, Mr. SAWADA Hiroki, Minister for Foreign Affairs of Japan, held a "
            f"meeting with {who}. The overview of the meeting is as follows.")
    got = _analyse(text, "Meeting", date(2023, 5, 1))
    assert _people(got) == {("Sawada", "JPN"), (family, country)}


def test_subject_by_title_together_with_an_official_by_honorific() -> None:
    text = ("On October 9, Prime Minister Hiroki Sawada, together with Mr. Kenta Mori, "
            "Minister for Foreign Affairs, held a meeting with H.E. Mr. Lars Berg, Prime "
            "Minister of Sweden, in Tokyo. An outline of the meeting follows.")
    assert _people(_analyse(text, "Japan-Sweden Summit Meeting", date(2015, 10, 9))) == {
        ("Sawada", "JPN"), ("Mori", "JPN"), ("Berg", "SWE")}


def test_no_subject_from_a_possessive_before_the_honorific() -> None:
    # the President named for his visit is not the one who met
    text = ("On October 9, on the occasion of President Lind's visit, Mr. Kenta Mori, "
            "Minister for Foreign Affairs, held a meeting with H.E. Mr. Lars Berg, Minister "
            "for Foreign Affairs of Sweden. An outline of the meeting follows.")
    assert _people(_analyse(text, "Japan-Sweden Foreign Ministers' Meeting",
                            date(2015, 10, 9))) == {("Mori", "JPN"), ("Berg", "SWE")}


@pytest.mark.parametrize(("who", "family", "country"), [
    ("Hon. Rev. Dr. Peter Moli, Minister of Foreign Affairs of the Republic of Vanuatu", "Moli",
     "VUT"),
    ("H.E. Smt. Kamala Rao, Minister of External Affairs of India", "Rao", "IND"),
    ("H.E. Engr. Abdul Karimi, Minister of Planning of the Islamic Republic of Afghanistan",
     "Karimi", "AFG"),
    # a pilgrim's and a noble's styles before a Malay name, none of them the name
    ("H.E. Pehin Dato Haji Rashid Yusof, Minister of Foreign Affairs II of Brunei Darussalam",
     "Rashid", "BRN"),
])
def test_styles_before_a_name_are_no_part_of_it(who: str, family: str, country: str) -> None:
    text = (f"On May 1, Mr. SAWADA Hiroki, Minister for Foreign Affairs of Japan, held a "
            f"meeting with {who}. The overview of the meeting is as follows.")
    assert _people(_analyse(text, "Meeting", date(2023, 5, 1))) == {("Sawada", "JPN"),
                                                                    (family, country)}


def test_a_style_inside_a_name_is_not_another_official() -> None:
    assert family_name("Haji Rashid Yusof", "BRN") == "Rashid"
    text = ("On May 1, Mr. SAWADA Hiroki, Prime Minister of Japan, held a meeting with His "
            "Majesty Sultan Haji Omar Ali, Sultan of Brunei Darussalam. The overview of the "
            "meeting is as follows.")
    got = _analyse(text, "Meeting", date(2023, 5, 1))
    assert [p.country for p in got.participants if p.side == "counterpart"] == ["BRN"]


@pytest.mark.parametrize(("lead", "minutes"), [
    # two meetings with different officials, each with its own length: none covers both
    ("On May 3, commencing at 10:00 a.m. for approximately 40 minutes, Mr. Hiroki Sawada, "
     "Minister for Foreign Affairs, who is visiting Peru, paid a courtesy call on H.E. Mr. "
     "Luis Quispe, President of the Republic of Peru. Following this, at 11:30 a.m., he held "
     "a meeting with H.E. Ms. Rosa Flores, Minister of Foreign Affairs of the Republic of "
     "Peru, for approximately 90 minutes. The overview of each meeting is as follows.", None),
    # one official met, then a working lunch with the same official: the meeting's own length
    ("On May 3, commencing at 10:00 a.m. for approximately 40 minutes, Mr. Hiroki Sawada, "
     "Minister for Foreign Affairs, who is visiting Peru, held a meeting with H.E. Ms. Rosa "
     "Flores, Minister of Foreign Affairs of the Republic of Peru. Following this, he held a "
     "working lunch with Minister Flores for approximately 90 minutes. The overview of the "
     "meetings is as follows.", 40),
])
def test_separate_meetings_each_timed_have_no_one_length(lead: str, minutes: int | None) -> None:
    got = _analyse(lead, "Foreign Minister Sawada Visits Peru", date(2013, 5, 3))
    assert got.meeting is not None and got.meeting.duration_min == minutes
    assert got.meeting.start_local == "10:00"


def test_attended_by_then_a_comma_and_each_side_named_before_its_list() -> None:
    text = ("On November 21, from 4:40 p.m. for about 25 minutes, Mr. Hiroki Sawada, Prime "
            "Minister of Japan, and Mr. Luis Ortega Vidal, President of the Government of "
            "Spain, who was in Osaka, held talks. An outline of the talks is as follows. "
            "Apart from the two leaders, the talks were attended by, on the Japanese "
            "side, Mr. Kenta Mori, Vice-Minister for Foreign Affairs, among others and, on the "
            "Spanish side, Mr. Pablo Ruiz, Ambassador of Spain to Japan, and others.\n\n"
            "1. Opening\n\nThe two leaders exchanged views.")
    assert _people(_analyse(text, "Japan-Spain Summit Meeting", date(2018, 11, 21))) == {
        ("Sawada", "JPN"), ("Ortega Vidal", "ESP"), ("Mori", "JPN"), ("Ruiz", "ESP")}


def test_attending_the_meeting_on_a_side_were_one_sentence_a_side() -> None:
    text = ("On August 28, from 10:15 a.m. for about 35 minutes, Mr. Hiroki Sawada, Prime "
            "Minister of Japan, held a summit meeting with H.E. Mr. Budi Santoso, President of "
            "Indonesia. An outline of the meeting follows. Attending the meeting on the "
            "Indonesian side were Dr. Agus Wirawan, Minister for Foreign Affairs, and "
            "others. Attending the meeting on the Japanese side were Mr. Kenta Mori, "
            "Vice-Minister for Foreign Affairs, among others.\n\n"
            "1. The two leaders exchanged views.")
    got = _people(_analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 8, 28)))
    assert {("Sawada", "JPN"), ("Mori", "JPN"), ("Wirawan", "IDN")} <= got
    assert ("Wirawan", "JPN") not in got and ("Mori", "IDN") not in got


def test_a_side_named_after_its_list_then_and_closes_that_list() -> None:
    # ("X on the Y side, and Mr. Z, Title on the Japanese side": the first mark ends the
    # other side's list; the officials after ", and" are the next mark's)
    text = ("On Thursday, March 8, Prime Minister Hiroki Sawada met His Excellency Dasho "
            "Karma Wangdi, Prime Minister of Bhutan, and His Excellency Dasho Pema Dorji, "
            "Speaker of the National Assembly of Bhutan, who are visiting Japan, for about 40 "
            "minutes from 2:20 p.m. An overview of the meeting follows (The meeting was "
            "attended by three members of the National Assembly including Speaker Dorji on the "
            "Bhutan side, and Mr. Kenta Mori, Deputy Chief Cabinet Secretary; Mr. Jun Aoki, "
            "State Minister for Foreign Affairs on the Japanese side).\n\n"
            "1. The two leaders exchanged views.")
    got = _analyse(text, "Japan-Bhutan Summit Meeting (Overview)", date(2012, 3, 8))
    assert _people(got) == {("Sawada", "JPN"), ("Wangdi", "BTN"), ("Dorji", "BTN"),
                            ("Mori", "JPN"), ("Aoki", "JPN")}


def test_a_side_mark_before_its_list_still_opens_it() -> None:
    # (negative: a mark followed by a comma and an honorific is not closed by the "and"
    # rule: "... attended by, on the Japanese side, Mr. X ..., and on the Y side, Mr. Z")
    text = ("On November 21, Mr. Hiroki Sawada, Prime Minister of Japan, held a meeting with "
            "Mr. Luis Ortega Vidal, President of the Government of Spain, in Tokyo. An outline "
            "follows. The talks were attended on the Japanese side by Mr. Kenta Mori, "
            "Deputy Chief Cabinet Secretary, and on the Spanish side by Mr. Pablo Ruiz, "
            "Ambassador of Spain to Japan.\n\n1. Opening\n\nThe two leaders exchanged views.")
    got = _people(_analyse(text, "Japan-Spain Summit Meeting", date(2018, 11, 21)))
    assert ("Mori", "JPN") in got and ("Ruiz", "ESP") in got


SUMMIT = ("On August 28, from 10:15 a.m. for about 35 minutes, Mr. Hiroki Sawada, Prime "
          "Minister of Japan, held a summit meeting with H.E. Mr. Budi Santoso, President of "
          "Indonesia, in Tokyo. An overview of the meeting is as follows.")


@pytest.mark.parametrize("attendance", [
    "Also attending the meeting were Mr. Kenta Mori, Vice-Minister for Foreign Affairs, from the "
    "Japanese side, and H.E. Ms. Dewi Kartika, Minister for Foreign Affairs, from the "
    "Indonesian side.",
    "The meeting was also attended by Mr. Kenta Mori, Vice-Minister for Foreign Affairs (Japanese "
    "side), and H.E. Ms. Dewi Kartika, Minister for Foreign Affairs (Indonesian side).",
    "(Attendees: Japanese side - Mr. Kenta Mori, Vice-Minister for Foreign Affairs; Indonesian "
    "side - H.E. Ms. Dewi Kartika, Minister for Foreign Affairs)",
    "In attendance from the Japanese side were Mr. Kenta Mori, Vice-Minister for Foreign Affairs, "
    "and others. In attendance from the Indonesian side were H.E. Ms. Dewi Kartika, Minister "
    "for Foreign Affairs, and others.",
    "Mr. Kenta Mori, Vice-Minister for Foreign Affairs, and others attended from the Japanese "
    "side, and H.E. Ms. Dewi Kartika, Minister for Foreign Affairs, and others attended from "
    "the Indonesian side.",
    "The Japanese side was joined by Mr. Kenta Mori, Vice-Minister for Foreign Affairs, and the "
    "Indonesian side by H.E. Ms. Dewi Kartika, Minister for Foreign Affairs.",
    "Those present included Mr. Kenta Mori, Vice-Minister for Foreign Affairs, on the Japanese "
    "side and H.E. Ms. Dewi Kartika, Minister for Foreign Affairs, on the Indonesian side.",
    "Joining the meeting were Mr. Kenta Mori, Vice-Minister for Foreign Affairs, from the Japanese "
    "side and H.E. Ms. Dewi Kartika, Minister for Foreign Affairs, from the Indonesian side.",
])
@pytest.mark.parametrize("where", ["lead", "paragraph"])
def test_an_attendance_sentence_of_any_wording_gives_each_sides_officials(
        attendance: str, where: str) -> None:
    sep = " " if where == "lead" else "\n\n"
    text = f"{SUMMIT}{sep}{attendance}\n\n1. The two leaders exchanged views."
    got = _people(_analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 8, 28)))
    assert got == {("Sawada", "JPN"), ("Santoso", "IDN"), ("Mori", "JPN"), ("Kartika", "IDN")}


def test_attendance_sentences_make_no_meeting_and_read_no_bare_titles() -> None:
    # (negative: a courtesy call by a forum's members, whose chairs are former office
    # holders "attending ... from the Japanese side", stays no meeting between officials)
    text = ("Members of the Japan-Italy Round Table called on Prime Minister Hiroki Sawada at "
            "the Prime Minister's Office.\n\nMr. Taro Kimura, a former Prime Minister of "
            "Japan, attended the session of the round table as co-chair from the Japanese side "
            "and Mr. Paolo Conti, a former Prime Minister of the Italian Republic, as co-chair "
            "from the Italian side.")
    found = _analyse(text, "Courtesy Call on the Prime Minister by Members of the Japan-Italy "
                           "Round Table", date(2005, 9, 21))
    assert ("Conti", "ITA") not in _people(found)
    # (negative: officials listed with no honorific by a bracketed side are not read as
    # names from their titles: "Minister for Industries" is no one)
    text = (f"{SUMMIT} (The participants included Ahmad Rahim, Minister for Industries and "
            "Production (Indonesian side); Mr. Kenta Mori, Vice-Minister for Foreign Affairs "
            "(Japanese side)).\n\n1. Views.")
    got = _people(_analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 8, 28)))
    assert not any(name in ("Industries", "Production") for name, _ in got)
    assert ("Mori", "JPN") in got


def test_an_official_present_from_a_side_is_read_once_with_that_side() -> None:
    present = (" Mr. Kenta Mori, Vice-Minister for Foreign Affairs, and others were present from "
               "the Japanese side.")
    text = SUMMIT.replace(" An overview", present + " An overview") + "\n\n1. Views."
    got = _people(_analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 8, 28)))
    assert got == {("Sawada", "JPN"), ("Santoso", "IDN"), ("Mori", "JPN")}


def test_an_attendee_styled_his_excellency_with_no_side_is_the_other_sides() -> None:
    present = " H.E. Ms. Dewi Kartika, Minister for Foreign Affairs, was also present."
    text = SUMMIT.replace(" An overview", present + " An overview") + "\n\n1. Views."
    got = _people(_analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 8, 28)))
    assert ("Kartika", "IDN") in got and ("Kartika", "JPN") not in got
    # (negative: an attendee styled "Mr." alone, with no side, stays Japanese)
    text = SUMMIT.replace(" An overview", " Mr. Kenta Mori, Vice-Minister for Foreign Affairs, "
                                           "was also present. An overview") + "\n\n1. Views."
    got = _people(_analyse(text, "Japan-Indonesia Summit Meeting", date(2017, 8, 28)))
    assert ("Mori", "JPN") in got and ("Mori", "IDN") not in got


# a side named by a country of two words: "the Costa Rica side", "the New Zealand side",
# "the Sri Lankan side" (one word), each wording of the attendance lists
TWO_WORD_LEAD = ("On Monday, March 5, commencing at 5:00 p.m. for around 40 minutes, Prime "
                 "Minister Kenji Ogura held a meeting with H.E. Mr. Luis Herrera Soto, "
                 "President of the Republic of Costa Rica, who is on an official working visit "
                 "to Japan. The summary of the meeting is as follows. ")


@pytest.mark.parametrize("lists", [
    "(Attending on the Japanese side were: Mr. Daisuke Hamada, Deputy Chief Cabinet "
    "Secretary; among others. Attending on the Costa Rica side were: Mr. Pedro Alvarado, "
    "Minister of Foreign Trade; Mrs. Elena Quesada Rojas, Minister of Culture; among others.",
    "Also present on the Japanese side was Mr. Daisuke Hamada, Deputy Chief Cabinet "
    "Secretary. Participants on the Costa Rica side included Mr. Pedro Alvarado, Minister of "
    "Foreign Trade, and Mrs. Elena Quesada Rojas, Minister of Culture.",
    "The meeting was attended on the Japanese side by Mr. Daisuke Hamada, Deputy Chief "
    "Cabinet Secretary, and on the Costa Rica side by Mr. Pedro Alvarado, Minister of "
    "Foreign Trade, and Mrs. Elena Quesada Rojas, Minister of Culture.",
])
def test_attendees_of_a_side_named_in_two_words(lists: str) -> None:
    text = f"{TWO_WORD_LEAD}{lists}\n\n1. Bilateral relations\n\nThe two leaders talked."
    assert _people(_analyse(text, "Japan-Costa Rica Summit Meeting")) == {
        ("Ogura", "JPN"), ("Herrera Soto", "CRI"), ("Hamada", "JPN"), ("Alvarado", "CRI"),
        ("Quesada Rojas", "CRI")}


def test_a_two_word_side_that_names_no_country_gives_no_side() -> None:
    # ("the Other Party side" is no country: its attendee keeps the page's default, Japan's)
    text = (f"{TWO_WORD_LEAD}(Attending on the Other Party side were: Mr. Daisuke Hamada, "
            "Deputy Chief Cabinet Secretary; among others.\n\n1. Bilateral relations\n\nThe "
            "two leaders talked.")
    got = _people(_analyse(text, "Japan-Costa Rica Summit Meeting"))
    assert ("Hamada", "CRI") not in got


# a lead that names nobody ("the Political Consultations were held in Tokyo"), the heads of
# the sides named in the next sentences: who represented each country, co-chaired, headed
PASSIVE_LEAD = ("Japan-Czech Relations\n\nOctober 6, 2022\n\nOn October 5, the Japan-Czech "
                "Vice-Ministerial Political Consultations were held in Tokyo.\n\n")


@pytest.mark.parametrize("heads", [
    "1. Mr. SATO Kenji, Deputy Minister for Foreign Affairs, represented Japan and Mr. Tomas "
    "NOVAK, First Deputy Minister of Foreign Affairs, represented Czechia in the "
    "consultations. Officials of both sides also took part.",
    "1. The consultations were co-chaired by Mr. SATO Kenji, Deputy Minister for Foreign "
    "Affairs, and Mr. Tomas NOVAK, First Deputy Minister of Foreign Affairs of the Czech "
    "Republic.",
    "1. Japan was represented by Mr. SATO Kenji, Deputy Minister for Foreign Affairs, and "
    "Czechia by Mr. Tomas NOVAK, First Deputy Minister of Foreign Affairs.",
    "1. The Japanese delegation was headed by Mr. SATO Kenji, Deputy Minister for Foreign "
    "Affairs, and the Czech delegation by Mr. Tomas NOVAK, First Deputy Minister of Foreign "
    "Affairs.",
])
def test_heads_of_each_side_after_a_lead_that_names_nobody(heads: str) -> None:
    text = f"{PASSIVE_LEAD}{heads}\n\n2. The two sides discussed bilateral relations."
    assert _people(_analyse(text, "Japan-Czech Relations", date(2022, 10, 6))) == {
        ("Sato", "JPN"), ("Novak", "CZE")}


@pytest.mark.parametrize("later", [
    # (named in a point that tells no one heading a side)
    "1. Mr. SATO Kenji, Deputy Minister for Foreign Affairs, explained Japan's policy.",
    # (a heads sentence beyond the paragraphs right after the lead)
    "1. The two sides discussed bilateral relations.\n\n2. They discussed trade.\n\n3. Mr. "
    "Tomas NOVAK, First Deputy Minister of Foreign Affairs, represented Czechia at a forum "
    "last year.",
])
def test_no_heads_read_from_other_sentences(later: str) -> None:
    text = f"{PASSIVE_LEAD}{later}"
    assert _people(_analyse(text, "Japan-Czech Relations", date(2022, 10, 6))) == set()


def test_a_lead_that_names_its_officials_is_read_as_before() -> None:
    text = ("On October 5, Mr. SATO Kenji, Deputy Minister for Foreign Affairs, held a meeting "
            "with Mr. Tomas NOVAK, First Deputy Minister of Foreign Affairs of the Czech "
            "Republic. The overview is as follows.\n\n1. Mr. Pavel DVORAK, Ambassador, "
            "represented Czechia at the opening ceremony of the forum.")
    assert _people(_analyse(text, "Japan-Czech Vice-Ministerial Meeting",
                            date(2022, 10, 6))) == {("Sato", "JPN"), ("Novak", "CZE")}


# a reference note listing each side's attendees after the side's name and a colon: each
# official once, on the side its line names (the Japanese official written in capitals)
SIDES_LEAD = ("On May 9, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a "
              "meeting with H.E. Dr. Amos Kariuki, Cabinet Secretary for Foreign Affairs of the "
              "Republic of Kenya. The overview is as follows.\n\n1. The two ministers talked."
              "\n\n")


@pytest.mark.parametrize("note", [
    "(Reference) Attendees\nJapanese side: Mr. YAMADA Jun, Director-General, African Affairs "
    "Department\nKenyan side: Mr. Peter Wanjiru, Principal Secretary",
    "[Reference] Attendees\nJapan side: Mr. YAMADA Jun, Director-General; Kenya side: Mr. Peter "
    "Wanjiru, Principal Secretary",
    "(Reference) Attendees\n- Kenyan side: Mr. Peter Wanjiru, Principal Secretary\n- Japanese "
    "side: Mr. YAMADA Jun, Director-General",
])
def test_reference_attendees_by_side_are_each_read_once(note: str) -> None:
    got = _analyse(SIDES_LEAD + note, "Japan-Kenya Foreign Ministers' Meeting",
                   date(2023, 5, 10))
    assert sorted((p.family_name, p.country) for p in got.participants) == [
        ("Hayashi", "JPN"), ("Kariuki", "KEN"), ("Wanjiru", "KEN"), ("Yamada", "JPN")]


# the other side's official named in the lead by office alone, by the office and a name
# in the paragraphs after it
@pytest.mark.parametrize(("lead", "later", "title", "holder"), [
    ("On May 9, Prime Minister Sawada held a summit meeting with the President of the "
     "Republic of Kenya, who is visiting Japan. The summary is as follows.",
     "1. Prime Minister Sawada welcomed President Ndungu's first visit to Japan.",
     "Japan-Kenya Summit Meeting", ("Ndungu", "KEN")),
    ("On May 9, Mr. SAWADA Hiroki, Minister for Foreign Affairs of Japan, held a meeting with "
     "the Cabinet Secretary for Foreign Affairs of the Republic of Kenya. The overview is as "
     "follows.", "1. Minister Sawada welcomed Cabinet Secretary Ndungu to Tokyo.",
     "Japan-Kenya Foreign Ministers' Meeting", ("Ndungu", "KEN")),
    ("On May 9, Prime Minister Sawada held a telephone talk with the Prime Minister of "
     "Canada. The summary is as follows.",
     "1. Prime Minister Sawada said that he was glad. Prime Minister Lavoie agreed.",
     "Japan-Canada Summit Telephone Talk", ("Lavoie", "CAN")),
])
def test_an_office_met_is_named_by_its_holder_later(lead: str, later: str, title: str,
                                                    holder: tuple[str, str]) -> None:
    got = _people(_analyse(f"{lead}\n\n{later}\n", title, date(2023, 5, 10)))
    assert got == {("Sawada", "JPN"), holder}


@pytest.mark.parametrize("later", [
    # (only the subject is named after that office)
    "1. Prime Minister Sawada said that Japan and Canada share values.",
    # (another office)
    "1. Minister Lavoie of Canada was also mentioned.",
])
def test_no_holder_read_from_other_names(later: str) -> None:
    lead = ("On May 9, Prime Minister Sawada held a telephone talk with the Prime Minister of "
            "Canada. The summary is as follows.")
    got = _people(_analyse(f"{lead}\n\n{later}\n", "Japan-Canada Summit Telephone Talk",
                           date(2023, 5, 10)))
    assert got == {("Sawada", "JPN")}
