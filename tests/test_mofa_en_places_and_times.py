"""Publisher conventions of Japan's English pages that the blind set fresh6 and the dev set
mofa_en_o (session 13) found the rules did not read: the visitor's visit to Japan told
only in the points ("welcomed Mr. X's first visit to Japan", "this visit to Japan"), the
UN's seat written with its acronym in brackets, a country whose name holds "and", noon or
midday followed by the Japan-time equivalent, a "two-and-a-half hour" meeting, the
principal a visitor accompanies, the other side introduced as "his X counterpart Mr. Y"
before a passive verb, a title whose "for ... and ..." holds a preposition's object; a visit's
days then "On the 27th, a summit meeting with President X was held", the welcome read past
links and file sizes, a city "in" its country told before a day's meetings; captures the
reader took for plain text (a joint statement dated day first, a region's page), a title's
trailing day or role, a multilateral meeting's sides told with their own verb; a visit's
meeting told under its own heading after a "Main itinerary".
Texts written for these tests (fictional officials and events).
"""

from __future__ import annotations

from datetime import date

from policytrends.extract.mofa import analyse_mofa
from policytrends.extract.mofa_people import title_name_items
from policytrends.records import RawRecord


def _analyse(text: str, title: str = "Japan-Norway Foreign Ministers' Meeting",
             published: date = date(2010, 3, 4)):
    return analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                  title=title, published=published))


def _people(found) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in found.participants}


LEAD = ("On March 4, commencing at 3:10 p.m. for approximately 40 minutes, Mr. Kenji Tanabe, "
        "Minister for Foreign Affairs of Japan, held a meeting with Mr. Lars Berg, Minister of "
        "Foreign Affairs of Norway. The overview of the meeting is as follows.\n\n")


def test_a_welcome_of_the_visit_past_an_honorific_places_the_meeting() -> None:
    text = LEAD + ("1. Bilateral relations\n\n(1) Overview\n\nAt the outset, Mr. Tanabe "
                   "welcomed Mr. Berg’s first visit to Japan and said that the two countries "
                   "share values.")
    assert _analyse(text).meeting.location_country == "JPN"


def test_this_visit_to_japan_in_the_points_places_the_meeting() -> None:
    text = LEAD + ("1. Minister Tanabe stated that Norway is a partner.\n\n2. Minister Berg "
                   "said he hoped this visit to Japan would open a new chapter in "
                   "relations.")
    assert _analyse(text).meeting.location_country == "JPN"


def test_a_visit_to_come_places_nothing() -> None:
    # (negative: a welcome of the next visit, and a visit that is not "this" one)
    text = LEAD + ("1. Mr. Tanabe welcomed Mr. Berg’s visit to Japan next year.\n\n2. Mr. Berg "
                   "recalled his visit to Japan in 2005.")
    assert _analyse(text).meeting.location_country is None


def test_the_un_headquarters_with_its_acronym_in_brackets_is_in_the_united_states() -> None:
    text = ("On September 23, from 9:40 a.m. (September 22, 8:40 p.m. local time) for about 25 "
            "minutes, Mr. Hiroki Sawada, Prime Minister, met H.E. Mr. Pablo Ruiz, President of "
            "the Republic of Ecuador, at the United Nations (UN) Headquarters. An outline "
            "follows.")
    found = _analyse(text, "Japan-Ecuador Summit Meeting", date(2018, 9, 23))
    assert found.meeting.location_country == "USA"


def test_another_un_seat_is_its_own_city() -> None:
    # (negative: the UN's offices elsewhere are named with their city)
    text = ("On May 2, Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, held a meeting "
            "with Mr. Lars Berg, Minister of Foreign Affairs of Norway, at the UN Headquarters in "
            "Nairobi. The overview of the meeting is as follows.")
    assert _analyse(text).meeting.location_country == "KEN"


def test_a_visit_to_a_country_whose_name_holds_and() -> None:
    text = ("On Tuesday, March 10, Prime Minister Hiroki Sawada, who was paying an official "
            "visit to the Republic of Trinidad and Tobago for a regional summit, held talks "
            "with the Most Honourable Ann Brown-Hall, Prime Minister of Jamaica. An overview of "
            "the talks is as follows.")
    found = _analyse(text, "Japan-Jamaica Summit Meeting", date(2015, 3, 11))
    assert found.meeting.location_country == "TTO"


def test_two_places_joined_by_and_keep_the_first() -> None:
    # (negative: "and" between two places is no country's name)
    text = ("On May 2, Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, who is visiting "
            "Paris and Berlin, held a meeting with Mr. Lars Berg, Minister of Foreign Affairs of "
            "Norway. The overview of the meeting is as follows.")
    assert _analyse(text).meeting.location_country == "FRA"


def test_midday_is_noon() -> None:
    text = ("At midday on Thursday, May 24, Minister for Foreign Affairs Kenji Tanabe held a "
            "meeting at Iikura Guest House for approximately 50 minutes with H.E. Mr. Lars Berg, "
            "Minister of Foreign Affairs of Norway. An outline of the meeting is as follows.")
    found = _analyse(text, published=date(2012, 5, 24))
    assert (found.meeting.start_local, found.meeting.duration_min) == ("12:00", 50)


def test_a_time_followed_by_its_japan_time_equivalent_is_local() -> None:
    text = ("Prime Minister Hiroki Sawada on his visit to the Federative Republic of Brazil "
            "held talks with Mr. Paulo Costa Lima, President of Brazil, in the capital's "
            "palace around noon (Japan time: dawn of September 17). Both leaders resolved to "
            "work together.")
    found = _analyse(text, "Japan-Brazil Summit Meeting", date(2004, 9, 16))
    assert (found.meeting.location_country, found.meeting.start_local) == ("BRA", "12:00")


def test_a_time_given_only_in_japan_time_abroad_is_not_local() -> None:
    # (negative: "(Japan time)" without a colon marks the time before it as Japan's)
    text = ("Prime Minister Hiroki Sawada on his visit to the Federative Republic of Brazil "
            "held talks with Mr. Paulo Costa Lima, President of Brazil, at around noon "
            "(Japan time). Both leaders resolved to work together.")
    found = _analyse(text, "Japan-Brazil Summit Meeting", date(2004, 9, 16))
    assert found.meeting.start_local is None


def test_a_two_and_a_half_hour_meeting_and_dinner() -> None:
    text = ("1. On Tuesday, November 15, from 7:15 P.M. Minister for Foreign Affairs Kenji "
            "Tanabe hosted a two-and-a-half hour meeting and dinner at the Iikura House for "
            "H.E. Mr. Lars Berg, Minister of Foreign Affairs of Norway.\n\n2. The outline is "
            "as follows.")
    found = _analyse(text, published=date(2011, 11, 15))
    assert (found.meeting.start_local, found.meeting.duration_min) == ("19:15", 150)


def test_a_half_elsewhere_is_no_length() -> None:
    # (negative: "and a half" with no hour after it)
    text = ("On October 7, Minister for Foreign Affairs Kenji Tanabe hosted a meeting for "
            "H.E. Mr. Lars Berg, Minister of Foreign Affairs of Norway, two and a half years "
            "after their first meeting. The outline is as follows.")
    assert _analyse(text, published=date(2011, 10, 7)).meeting.duration_min is None


def test_the_principal_a_visitor_accompanies_is_not_at_the_meeting() -> None:
    text = ("On Monday, October 14, Mr. Kenji Tanabe, Minister for Foreign Affairs, held a "
            "meeting with H.E. Mr. Levan Beridze, Minister of Foreign Affairs of Georgia (who "
            "was accompanying H.E. Mr. Giorgi Tsereteli, President of Georgia, on an official "
            "visit to Japan), from 4:50 pm for approximately 25 minutes. An overview of the "
            "meeting is as follows:")
    found = _analyse(text, "Japan-Georgia Foreign Ministers' Meeting", date(2013, 10, 14))
    assert _people(found) == {("Tanabe", "JPN"), ("Beridze", "GEO")}
    assert found.meeting.location_country == "JPN"


def test_the_one_accompanied_by_an_official_is_still_met() -> None:
    # (negative: "accompanied by" names the companion, the one met stays)
    text = ("On June 7, Mr. Kenji Tanabe, Minister for Foreign Affairs, held a meeting with "
            "H.E. Mr. Aram Sarkis, Minister of Foreign Affairs of the Republic of Armenia. The "
            "overview of the meeting is as follows.")
    found = _analyse(text, "Japan-Armenia Foreign Ministers' Meeting", date(2012, 6, 7))
    assert ("Sarkis", "ARM") in _people(found)


def test_a_counterpart_with_an_honorific_before_a_passive_verb() -> None:
    text = ("1. Talks between the Foreign Minister of Japan Mr. Kenji Tanabe and his Chinese "
            "counterpart Mr. Zhou Ming by telephone took place at 15:00 on July 5th.\n\n2. Mr. "
            "Tanabe stated his concern.")
    found = _analyse(text, "Telephone Talks between Foreign Ministers of Japan and China",
                     date(2006, 7, 5))
    assert _people(found) == {("Tanabe", "JPN"), ("Zhou", "CHN")}
    assert found.meeting.counterpart_countries == ("CHN",)
    assert found.meeting.parties == 2


def test_a_japanese_counterpart_stays_japanese() -> None:
    # (negative: the demonym of the reporting side gives no other side)
    text = ("1. Talks between the Foreign Minister of Norway Mr. Lars Berg and his Japanese "
            "counterpart Mr. Kenji Tanabe by telephone took place at 15:00 on July 5th.\n\n2. "
            "Mr. Tanabe stated his concern.")
    found = _analyse(text, "Telephone Talks between Foreign Ministers of Japan and Norway",
                     date(2006, 7, 5))
    assert ("Tanabe", "JPN") in _people(found)


def test_a_title_with_a_preposition_before_its_and_is_one_title() -> None:
    people = title_name_items("Japanese Ambassador to the U.S. Sasaki and Press Secretary / "
                              "Director-General for Press and Public Relations Yoshida")
    assert [p.name for p in people] == ["Sasaki", "Yoshida"]


def test_two_titled_officials_joined_by_and_stay_two() -> None:
    # (negative: an "and" after a whole title and name separates two officials)
    people = title_name_items("Minister of Justice Kenta Mori and Minister of Finance Aiko Ueda")
    assert [p.name for p in people] == ["Kenta Mori", "Aiko Ueda"]


VISIT_THEN_DAY = ("Prime Minister Hiroki Sawada visited the United States on October 8 and 9, "
                  "his first trip there since taking office. On the 9th, a summit meeting with "
                  "President John Miller was held in Chicago, lasting about 80 "
                  "minutes.\n\n1. The alliance.")


def test_the_day_of_the_month_in_the_meetings_own_sentence_dates_it() -> None:
    found = _analyse(VISIT_THEN_DAY, "Japan-U.S. Summit Meeting (Summary)", date(2011, 10, 10))
    assert found.meeting.date == date(2011, 10, 9)


def test_an_official_a_meeting_was_with_before_a_passive_verb_is_the_other_side() -> None:
    found = _analyse(VISIT_THEN_DAY, "Japan-U.S. Summit Meeting (Summary)", date(2011, 10, 10))
    assert _people(found) == {("Sawada", "JPN"), ("Miller", "USA")}
    assert found.meeting.level == "summit"


def test_a_visits_first_day_stays_when_the_meeting_names_no_day() -> None:
    # (negative: no "On the Nth" in the meeting's sentence)
    text = ("Prime Minister Hiroki Sawada visited the United States on October 8 and 9. A summit "
            "meeting with President John Miller was held in Chicago.\n\n1. The alliance.")
    found = _analyse(text, "Japan-U.S. Summit Meeting (Summary)", date(2011, 10, 10))
    assert found.meeting.date == date(2011, 10, 8)


def test_the_subject_together_with_a_colleague_stays_japanese() -> None:
    # (negative: "with" of company, not of a meeting)
    text = ("On May 2, Prime Minister Hiroki Sawada, together with Mr. Kenji Tanabe, Minister "
            "for Foreign Affairs, held a meeting with H.E. Mr. Lars Berg, Prime Minister of "
            "Norway. The overview of the meeting is as follows.")
    found = _analyse(text, "Japan-Norway Summit Meeting", date(2010, 5, 2))
    assert {("Sawada", "JPN"), ("Tanabe", "JPN"), ("Berg", "NOR")} <= _people(found)


def test_a_welcome_after_links_and_file_sizes_places_the_meeting() -> None:
    text = ("Prime Minister Hiroki Sawada held a Japan-Norway Summit Meeting with H.E. Mr. Lars "
            "Berg, Prime Minister of Norway, from around 6:00 p.m. to around 7:00 p.m. The "
            "overview of the meeting is as follows.\n\nJoint Statement (PDF)\n\n(104KB)\n\n"
            "Fact sheet (PDF)\n\n(112KB)\n\nAt the beginning, Prime Minister Sawada said that he "
            "once again welcomed Prime Minister Berg to Japan and that he had a pleasant time.")
    found = _analyse(text, "Japan-Norway Summit Meeting", date(2014, 9, 1))
    assert found.meeting.location_country == "JPN"


def test_a_city_in_its_country_told_before_a_days_meetings() -> None:
    text = ("On November 11 (local time), Prime Minister Hiroki Sawada arrived in Da Nang in the "
            "Socialist Republic of Viet Nam to attend this year's APEC Economic Leaders’ Meeting "
            "and related events.\n\nThe next day, on November 12 "
            "(local time), Prime Minister Sawada held meetings, respectively, with H.E. Mr. Luis "
            "Rojas, President of the Republic of Peru; and the Rt. Hon. Anna Clark, Prime "
            "Minister of New Zealand.")
    found = _analyse(text, "APEC Economic Leaders’ Meeting and Other Events: First Day",
                     date(2017, 11, 12))
    assert found.meeting.location_country == "VNM"


# --- captures read as the ministry's pages, and what their leads name -------------------

JOINT = ("Joint Press Statement on the Japan-Norway Foreign Ministerial Meeting\n\n"
         "Tokyo, 3rd March, 2011\n\n"
         "1. H.E. Mr. Lars Berg, Minister of Foreign Affairs of the Kingdom of Norway, paid a "
         "visit to Japan as a guest of its Government from March 1 to 5, 2011, and held a "
         "meeting with H.E. Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan on March 3. "
         "At the meeting, the two Ministers discussed bilateral relations.\n\n2. Both sides "
         "decided to hold regular meetings.")


def _read(text: str):
    from policytrends.sources import read
    return [r for r in read("p.txt", "x/p.txt", text.encode()) if isinstance(r, RawRecord)]


def test_a_joint_statement_dated_day_first_is_the_ministrys_and_its_meeting_is_read() -> None:
    from policytrends.extract import analyse
    (rec,) = _read(JOINT)
    assert rec.source == "mofa"
    found = analyse(rec)
    assert found.kind == "meeting"
    assert _people(found) == {("Berg", "NOR"), ("Tanabe", "JPN")}
    assert (found.meeting.date, found.meeting.location_country) == (date(2011, 3, 3), "JPN")


def test_a_day_first_date_line_without_the_ministrys_wording_is_not_its_page() -> None:
    # (negative: a place and day alone make no MOFA page)
    (rec,) = _read("Club Notes\n\nOslo, 17th June, 2009\n\nThe club met to plan the summer "
                   "fair and agreed on a date.")
    assert rec.source == "text"


REGION_PAGE = ("Oceania\nThe Second Island Leaders Meeting (ILM2) (Overview of Results)\n\n"
               "1 Overview\n(1) The Second Island Leaders Meeting (ILM2) was held with Mr. SAWADA "
               "Hiroki, Prime Minister of Japan, and Hon. Tevita MOALA, Prime Minister of Tonga "
               "as the co-chairs by video link on March 9th. The leaders and "
               "representatives of 5 countries and regions (the ILM Leaders) participated, "
               "including Japan, Tonga, Fiji, Samoa and Vanuatu.\n(2) Talks turned to "
               "the ocean.")


def test_a_regions_page_with_the_ministrys_wording_is_its_page_and_its_sides_are_read() -> None:
    from policytrends.extract import analyse
    (rec,) = _read(REGION_PAGE)
    assert rec.source == "mofa"
    found = analyse(rec)
    assert _people(found) == {("Sawada", "JPN"), ("Moala", "TON")}
    assert found.meeting.parties == 5
    assert set(found.meeting.counterpart_countries) == {"TON", "FJI", "WSM", "VUT"}


def test_a_regions_line_and_a_date_alone_are_no_ministry_page() -> None:
    # (negative: a news section's name and a date, no ministry wording)
    (rec,) = _read("Asia\n\nAugust 1, 2014\n\nMarkets rose in the region as exporters "
                   "reported strong orders for the quarter.")
    assert rec.source == "text"


def test_the_governments_photo_credit_is_the_ministrys_wording() -> None:
    (rec,) = _read("Latin America and the Caribbean\n\nAugust 1, 2014\nPhoto: Cabinet Public "
                   "Relations Office\nPrime Minister Hiroki Sawada visited the Republic of Chile "
                   "from March 3 to 4. An overview of the outcomes is as follows.")
    assert rec.source == "mofa"


def test_a_titles_day_and_role_after_it_are_no_part_of_it() -> None:
    from policytrends.extract.mofa_people import split_title
    assert split_title("Minister for Foreign Affairs of Japan on June 17") == (
        "Minister for Foreign Affairs", "JPN")
    assert split_title("Prime Minister of Tonga as the co-chairs by video link") == (
        "Prime Minister", "TON")
    # (negative: a title that ends in its country stays as it was)
    assert split_title("Minister for Foreign Affairs of Japan") == (
        "Minister for Foreign Affairs", "JPN")


VISIT_SECTIONS = ("Prime Minister Hiroki Sawada visited the Republic of Peru and took part in "
                  "events in Lima from May 6 to 7. An overview of the outcomes is as follows.\n\n"
                  "1. Main itinerary\n\nMay 6\n\nMeeting with Peruvians of Japanese descent "
                  "Visit to a museum\n\nMay 7\n\nWelcome ceremony Japan-Peru Summit Meeting "
                  "Joint press announcement Luncheon hosted by H.E. Mr. Carlos Rojas Vidal, "
                  "President of Peru\n\n2. {heading}\n\n(1) Opening remarks\n\nAt the "
                  "beginning, President Rojas welcomed the visit. Prime Minister Sawada thanked "
                  "him for the welcome.")


def test_a_visits_meeting_told_under_its_own_heading_after_the_itinerary() -> None:
    text = VISIT_SECTIONS.format(heading="Japan-Peru Summit Meeting")
    found = _analyse(text, "", date(2014, 5, 8))
    assert found.kind == "meeting"
    m = found.meeting
    assert (m.date, m.level, m.counterpart_countries, m.location_country) == (
        date(2014, 5, 7), "summit", ("PER",), "PER")
    assert _people(found) == {("Sawada", "JPN"), ("Rojas Vidal", "PER")}


def test_a_visits_other_heading_is_no_meeting() -> None:
    # (negative: a forum's heading, no meeting's)
    text = VISIT_SECTIONS.format(heading="Japan-Peru Business Forum")
    assert _analyse(text, "", date(2014, 5, 8)).kind != "meeting"


def test_a_chamber_presidents_title_without_its_article_is_no_head() -> None:
    from policytrends.extract.ranks import rank_of
    assert rank_of("President of National Assembly") == "other"
    # (negative: a country's President is one)
    assert rank_of("President of the Republic of Cote d'Ivoire") == "head"


def test_a_country_before_a_second_office_in_a_title_is_the_officials() -> None:
    from policytrends.extract.mofa_people import split_title
    assert split_title("President of the Republic of Palau and the Chair of the Island "
                       "Fisheries Council (IFC)") == ("President", "PLW")
    # (negative: an "and" inside the country's name, and two offices before one country)
    assert split_title("Minister of Foreign Affairs of Trinidad and Tobago") == (
        "Minister of Foreign Affairs", "TTO")
    assert split_title("Prime Minister and Minister of Foreign Affairs of Tonga") == (
        "Prime Minister and Minister of Foreign Affairs", "TON")


def test_an_office_held_until_a_past_year_is_not_the_assembly_presidents_rank() -> None:
    text = ("On September 20, Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, held a "
            "meeting with H.E. Mr. Omar Hadi, President of the 80th Session of the United Nations "
            "General Assembly, who was also Minister of Foreign Affairs of the Republic of "
            "Maldives until 2020, in New York. The overview of the meeting is as follows.")
    found = _analyse(text, "Meeting with the President of the UN General Assembly",
                     date(2025, 9, 20))
    assert found.meeting.level == "other"
    # (negative: an office he holds now ranks him)
    now = text.replace(" until 2020", "")
    assert _analyse(now, "Meeting with the President of the UN General Assembly",
                    date(2025, 9, 20)).meeting.level == "ministerial"


def test_a_japan_time_equivalents_day_is_not_the_meetings() -> None:
    text = ("On September 16, Prime Minister Hiroki Sawada, on his visit to the Federative "
            "Republic of Brazil, held talks with Mr. Paulo Costa Lima, President of Brazil, "
            "around noon (Japan time: 0:00 a.m., September 17). Both leaders resolved to work "
            "together.")
    found = _analyse(text, "Japan-Brazil Summit Meeting", date(2004, 9, 17))
    assert (found.meeting.date, found.meeting.start_local) == (date(2004, 9, 16), "12:00")


DAY_PAGE = ("Prime Minister Hiroki Sawada on his visit to the Federative Republic of Brazil met "
            "with Mr. Joao Alves, {who}, at his hotel in Brasilia early on September 16 and "
            "praised his achievement.\n\nPrime Minister Sawada then held talks with Mr. Paulo "
            "Costa Lima, President of Brazil, in the capital's palace around noon. Both leaders "
            "resolved to work together.")


def test_a_day_page_that_opens_with_a_private_person_is_the_officials_talks() -> None:
    found = _analyse(DAY_PAGE.format(who="a Brazilian marathon runner who won a bronze medal"),
                     "The Third Day of Prime Minister's Visit to Brazil", date(2004, 9, 16))
    assert _people(found) == {("Sawada", "JPN"), ("Lima", "BRA")}
    assert found.meeting.start_local == "12:00"


def test_an_official_met_first_stays_the_meeting() -> None:
    # (negative: a titled official is no private person)
    found = _analyse(DAY_PAGE.format(who="Minister of Sports of Brazil"),
                     "The Third Day of Prime Minister's Visit to Brazil", date(2004, 9, 16))
    assert ("Alves", "BRA") in _people(found)
