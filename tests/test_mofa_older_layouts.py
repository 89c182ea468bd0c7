"""MOFA English layouts of 2009-2016 seen on real pages (mofa_en_k, fresh2): attendee
lists written "Given Family, Title;" or with a side named right before its first
honorific, attendee brackets inside the lead, bracketed page dates, abbreviated places,
a reception's time, a start-until range. Texts written for these tests (fictional events).
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.extract.mofa_people import attendees_by_side, name_title_items, resolve_place
from policytrends.records import RawRecord
from policytrends.sources.mofa import DATE_LINE


def _analyse(lead: str, title: str = "Japan-ROK Foreign Ministers' Meeting (Overview)",
             published: date = date(2012, 5, 2)):
    return analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=lead,
                                  title=title, published=published))


def _people(found) -> list[tuple[str | None, str | None]]:
    return [(p.family_name, p.country) for p in found]


def test_semicolon_items_of_name_then_title() -> None:
    found = name_title_items("Laura Bennett, Secretary of State; Mark Osei, Secretary of the "
                             "Treasury; and Diana Crowe, Under Secretary for Political Affairs")
    assert [(p.name, p.title) for p in found] == [
        ("Laura Bennett", "Secretary of State"), ("Mark Osei", "Secretary of the Treasury"),
        ("Diana Crowe", "Under Secretary for Political Affairs")]


@pytest.mark.parametrize("text", [
    "Agenda: maritime security; economic ties; people-to-people exchanges",
    # (one item of three is a name and a title: not such a list)
    "regional affairs; North Korea; Laura Bennett, Secretary of State",
])
def test_semicolon_lists_that_are_no_attendees(text: str) -> None:
    assert name_title_items(text) == []


def test_side_named_right_before_its_first_honorific() -> None:
    found = attendees_by_side(
        "From the Japanese side Mr. Kenta Moriyama, Ambassador of Japan to the Republic of "
        "Korea, Mr. Akio Furuta, Director-General of the International Cooperation Bureau "
        "and from the ROK side Mr. Seo Min-jae, Ambassador of the ROK to Japan, Mr. Baek "
        "Jin-ho, Director-General of the Northeast Asian Affairs Bureau, and others attended")
    assert [p.country for p in found] == ["JPN", "JPN", "KOR", "KOR"]


def test_sides_named_by_their_officials() -> None:
    found = attendees_by_side(
        "Japanese officials also in attendance included Mr. Akio Furuta, Director-General "
        "of Foreign Policy Bureau. and among other Chinese officials present was Mr. Lin "
        "Weiguo, Deputy Director-General of Department of Asia")
    assert [(p.name, p.country) for p in found] == [("Akio Furuta", "JPN"),
                                                     ("Lin Weiguo", "CHN")]


def test_officials_of_no_country_name_no_side() -> None:
    # "Senior officials" names no country: the list's officials keep no side
    found = attendees_by_side("Senior officials present included Mr. Akio Furuta, Adviser")
    assert [p.country for p in found] == [None]


def test_counterpart_official_read_by_the_counterpart_naming() -> None:
    """An official whose title names no country, known as the other side only from the
    page's counterpart: a Korean name is read family name first."""
    got = _analyse("On May 1, Minister for Foreign Affairs Jiro Hayakawa held a meeting with "
                   "Mr. Han Do-hyun, Minister of Foreign Affairs and Trade, and Mr. Seo "
                   "Min-jae, Director-General of the Northeast Asian Affairs Bureau. The "
                   "overview of the meeting is as follows.")
    assert ("Seo", "KOR") in _people(got.participants)


def test_attendee_bracket_inside_the_lead_is_read_by_side() -> None:
    got = _analyse("On May 1, Mr. Taro Sato, Prime Minister of Japan, had a meeting with Mr. "
                   "Arman Seitkali, President of the Republic of Kazakhstan, who was visiting "
                   "Japan (participants from the Kazakh side: Mr. Dias Nurlanov, Minister of "
                   "Foreign Affairs; participants from the Japanese side: Mr. Kenta Moriyama, "
                   "Deputy Chief Cabinet Secretary). The overview of the meeting is as follows.",
                   title="Japan-Kazakhstan Summit Meeting")
    assert sorted(_people(got.participants)) == [("Moriyama", "JPN"), ("Nurlanov", "KAZ"),
                                                 ("Sato", "JPN"), ("Seitkali", "KAZ")]


def test_a_bracket_in_the_lead_that_lists_nobody_is_left_alone() -> None:
    got = _analyse("On May 1, Minister for Foreign Affairs Jiro Hayakawa held a meeting with "
                   "Mr. Han Do-hyun, Minister of Foreign Affairs and Trade of the Republic of "
                   "Korea (the first meeting attended by the two since January). The overview "
                   "of the meeting is as follows.")
    assert sorted(_people(got.participants)) == [("Han", "KOR"), ("Hayakawa", "JPN")]


@pytest.mark.parametrize(("line", "dated"), [
    ("(April 25, 2012)", True), ("April 25, 2012", True),
    ("(April 25, 2012) The talks went well.", False), ("(Also on April 25, 2012)", False)])
def test_page_date_in_brackets(line: str, dated: bool) -> None:
    assert bool(DATE_LINE.match(line)) is dated


@pytest.mark.parametrize(("lead", "place"), [
    ("On May 1, Prime Minister Sato held a meeting with President Miller during his visit "
     "to the U.S. to attend a conference. The overview is as follows.", "USA"),
    ("On May 1, Prime Minister Sato, who was visiting N.Y. for a conference on the oceans, "
     "met President Miller there. The overview is as follows.",
     "USA"),
    # (a full stop after a word still ends the place)
    ("On May 1, Minister Hayakawa, who was visiting the UK. held a meeting with Foreign "
     "Secretary Dale. The overview is as follows.", "GBR"),
])
def test_visit_places_with_abbreviations(lead: str, place: str) -> None:
    got = _analyse(lead, title="Meeting")
    assert got.meeting is not None and got.meeting.location_country == place


@pytest.mark.parametrize(("phrase", "code"), [("Cannes", "FRA"), ("N.Y.", "USA"),
                                              ("the U.S.", "USA"), ("Ningbo, China", "CHN")])
def test_places_named_by_city_or_abbreviation(phrase: str, code: str) -> None:
    assert resolve_place(phrase) == code


@pytest.mark.parametrize(("lead", "start"), [
    # the time is the reception's, whose place comes between
    ("On May 1, Prime Minister Sato held informal talks with Prime Minister Lane at the "
     "Spring Reception held in the official residence of the Consul-General of Japan in "
     "Geneva from 8:30 p.m. (local time). The overview is as follows.", None),
    # a time before any reception is the talks' own
    ("On May 1, commencing at 3:00 p.m., Prime Minister Sato held talks with Prime Minister "
     "Lane at the hotel where the reception was held in May. The overview is as follows.",
     "15:00"),
])
def test_a_reception_time_is_no_start(lead: str, start: str | None) -> None:
    got = _analyse(lead, title="Meeting")
    assert got.meeting is not None and got.meeting.start_local == start


@pytest.mark.parametrize(("lead", "minutes"), [
    ("On May 1, commencing at 3:05 p.m. until 3:40 p.m. (local time), Prime Minister Sato "
     "held a meeting with President Rios. The outline of the meeting is as follows.", 35),
    ("On May 1, commencing at 10:25 a.m. for approximately 30 minutes, Prime Minister Sato "
     "held a meeting with President Rios. The outline of the meeting is as follows.", 30),
    # a meal's own span after the meeting's is a separate event, not added ...
    ("On May 1, Prime Minister Sato held a summit meeting (from approximately 10:10 A.M. to "
     "10:55 A.M.) and a working lunch (from 11:20 A.M. to 12:05 P.M.) with President Rios. "
     "The outline of the meetings is as follows.", 45),
    # ... while the parts of one meeting are summed
    ("On May 1, Prime Minister Sato held a small group meeting (from 10:00 a.m. to 10:20 a.m.) "
     "and a plenary meeting (from 10:25 a.m. to 11:05 a.m.) with President Rios. The outline "
     "of the meeting is as follows.", 60),
])
def test_start_until_range_gives_the_length(lead: str, minutes: int) -> None:
    got = _analyse(lead, title="Meeting")
    assert got.meeting is not None and got.meeting.duration_min == minutes


def test_officials_met_abroad_take_the_visited_country() -> None:
    got = _analyse("During his tour, in the Republic of Chile on May 2, Jiro Hayakawa, Minister "
                   "for Foreign Affairs of Japan, paid courtesy calls on President Ana Rios "
                   "and conferred with Foreign Minister Luis Vera. An overview of the meetings "
                   "is as follows:", title="Countries & Regions")
    assert got.meeting is not None and got.meeting.counterpart_countries == ("CHL",)
    assert sorted(_people(got.participants)) == [("Hayakawa", "JPN"), ("Rios", "CHL"),
                                                 ("Vera", "CHL")]


def test_officials_met_in_japan_are_not_made_japanese() -> None:
    """In Japan the place says nothing of the visitor's country."""
    got = _analyse("In Tokyo on May 2, Jiro Hayakawa, Minister for Foreign Affairs of Japan, "
                   "conferred with Foreign Minister Luis Vera. An overview of the meeting is "
                   "as follows:", title="Countries & Regions")
    assert got.meeting is not None and got.meeting.counterpart_countries == ()
    assert ("Vera", None) in _people(got.participants)


def test_bracket_listing_sides_by_country_name() -> None:
    from policytrends.extract.mofa import _labelled
    found = _labelled("Japan: Foreign Minister Hayakawa, Ambassador Ogino to the U.S. etc. The "
                      "U.S.: Secretary Bennett, Ambassador Crowe to the United Nations etc.")
    assert _people(found) == [("Hayakawa", "JPN"), ("Ogino", "JPN"), ("Bennett", "USA"),
                              ("Crowe", "USA")]


@pytest.mark.parametrize("note", [
    "Note: this was their first meeting in five years.",  # a label that is no country
    "The meeting was friendly. Japan: a close partner",  # no label at the note's start
])
def test_brackets_that_list_no_sides(note: str) -> None:
    from policytrends.extract.mofa import _labelled
    assert _labelled(note) == []


@pytest.mark.parametrize(("lead", "start", "minutes"), [
    ("On May 1, Minister for Foreign Affairs Jiro Hayakawa held a meeting with Foreign "
     "Secretary Dale. The overview is as follows. The meeting was held for about 100 "
     "minutes in all: a working breakfast from 8:10 a.m. to 9:00 a.m. (local time), then "
     "talks from 9:10 to 9:50 a.m. (local time).", "08:10", 100),
    # a sentence after the overview that is no account of the meeting's length
    ("On May 1, Minister for Foreign Affairs Jiro Hayakawa held a meeting with Foreign "
     "Secretary Dale. The overview is as follows. The ministers agreed to meet again at "
     "10:00 a.m. on May 9 for approximately an hour.", None, None),
])
def test_length_told_right_after_the_overview(lead: str, start: str | None,
                                              minutes: int | None) -> None:
    got = _analyse(lead, title="Meeting")
    assert got.meeting is not None
    assert (got.meeting.start_local, got.meeting.duration_min) == (start, minutes)


# older pages (2002-2012) put the title and its country right before the full name, with no
# comma and no honorific (fresh4, mofa_en_m)
@pytest.mark.parametrize(("lead", "want"), [
    ("On Monday, June 4, Prime Minister Kenji Arakawa held a meeting with President of Chile "
     "Tomás Ignacio Vergara Soto at the Prime Minister's Office for approximately 30 minutes.",
     [("Arakawa", "JPN"), ("Vergara Soto", "CHL")]),
    ("Prime Minister of Japan Kenji Arakawa held a summit meeting in his Official Residence "
     "with Prime Minister of the Socialist Republic of Viet Nam Tran Duc Minh, who is in "
     "Japan, from 5:20 p.m. to 6:05 p.m. on June 4 (Mon).",
     [("Arakawa", "JPN"), ("Tran", "VNM")]),
    ("On June 4, Prime Minister Kenji Arakawa, who was in Santiago for the APEC Leaders' "
     "Meeting, held a meeting with President of the Russian Federation Pavel Orlov, from 2:10 "
     "p.m. (local time) for around 25 minutes.", [("Arakawa", "JPN"), ("Orlov", "RUS")]),
])
def test_title_of_country_then_full_name(lead: str, want: list[tuple[str, str]]) -> None:
    got = _analyse(lead, title="Japan Summit Meeting (Overview)")
    assert got.meeting is not None
    assert sorted(_people(got.participants)) == sorted(want)


@pytest.mark.parametrize("text", [
    # the country's name alone after the title, or with a place after it: no name
    "the President of the Republic of Korea, who is visiting Japan,",
    "the Prime Minister of Japan in Tokyo.",
    # a country of two words is no name ("Viet Nam" after "Socialist Republic of")
    "the Prime Minister of the Socialist Republic of Viet Nam, who",
    # words in capitals are no name ("Lao PDR")
    "the Prime Minister of the Lao PDR , who",
])
def test_title_of_country_without_a_name(text: str) -> None:
    from policytrends.extract.mofa_people import find_people
    assert find_people(text) == []


# places the pages imply rather than name as a country (fresh4, names_m)
@pytest.mark.parametrize(("lead", "place"), [
    # a visit's kind written with capitals
    ("On May 3, commencing at 6:10 p.m. for approximately 40 minutes, Prime Minister Sato held "
     "a meeting with H.E. Mr. Ivo Horvat, President of the Republic of Croatia, who was making "
     "an Official Working Visit to Japan. An overview is as follows.", "JPN"),
    # a Japanese city named with its prefecture
    ("On May 3, commencing at 2:05 p.m. for approximately 35 minutes, Prime Minister Sato held a "
     "summit meeting with H.E. Mr. Tane Loto, President of the Republic of Kiribati, who is "
     "visiting Nago City, Okinawa Prefecture, to attend a leaders' meeting. The outline is as "
     "follows.", "JPN"),
    ("On May 3, Prime Minister Sato, who is visiting Hakodate City, Hokkaido Prefecture, held a "
     "meeting with H.E. Mr. Tane Loto, President of the Republic of Kiribati. The outline is as "
     "follows.", "JPN"),
    # the United Nations' seat, named with no city
    ("At 9:40 am on Monday, May 3, Prime Minister Sato held a summit meeting with the Hon. Ruth "
     "Hale, Prime Minister of New Zealand, at the United Nations Headquarters. An overview "
     "follows.", "USA"),
])
def test_places_implied_by_a_visit_or_a_seat(lead: str, place: str) -> None:
    got = _analyse(lead, title="Summit Meeting")
    assert got.meeting is not None and got.meeting.location_country == place


@pytest.mark.parametrize("lead", [
    # a family name that is also a prefecture's name is no place
    "On May 3, Prime Minister Sato held a telephone talk with the Hon. Ruth Hale, Prime Minister "
    "of New Zealand. Mr. Ken Fukushima, Deputy Chief Cabinet Secretary, attended. The overview "
    "of the talk is as follows.",
    # a United Nations office named with another city is not its seat in New York
    "On May 3, Minister Hayakawa held a meeting with Mr. Jan Novak, Director-General of the "
    "Agency, at the United Nations Headquarters in Vienna. The overview is as follows.",
])
def test_no_place_from_a_name_or_another_seat(lead: str) -> None:
    got = _analyse(lead, title="Meeting")
    assert got.meeting is not None and got.meeting.location_country in (None, "AUT")


def test_overview_of_a_meeting_with_its_length_and_attendees_by_side() -> None:
    """'The following is an overview of the 25-minute meeting (Japanese officials in
    attendance included ...)': the bracket after the overview sentence lists both sides and
    the sentence gives the length (fresh4)."""
    got = _analyse(
        "At 9:40 am on Monday, May 3, Prime Minister Kenji Sato held a summit meeting with the "
        "Hon Ruth Hale, Prime Minister of New Zealand, in Lima. The following is an overview of "
        "the 25-minute meeting (Japanese officials in attendance included Prime Minister Sato; "
        "Mr. Oda, Deputy Chief Cabinet Secretary; and Mr. Ueno, Director-General of the Asian "
        "and Oceanian Affairs Bureau. New Zealand officials in attendance included Prime "
        "Minister Hale; and Ms. Tane, Secretary of Foreign Affairs and Trade. The meeting was "
        "warm.):\n\n1. At the beginning ...", title="Japan-New Zealand Summit Meeting (overview)")
    assert got.meeting is not None and got.meeting.duration_min == 25
    assert sorted(_people(got.participants)) == [("Hale", "NZL"), ("Oda", "JPN"),
                                                 ("Sato", "JPN"), ("Tane", "NZL"),
                                                 ("Ueno", "JPN")]


def test_a_length_in_the_overview_sentence_is_the_meeting_s_only() -> None:
    got = _analyse(
        "At 9:40 am on Monday, May 3, Prime Minister Kenji Sato held a summit meeting with the "
        "Hon Ruth Hale, Prime Minister of New Zealand, in Lima. The following is an overview of "
        "the meeting, held before the 90-minute plenary session:\n\n1. At the beginning ...",
        title="Japan-New Zealand Summit Meeting (overview)")
    assert got.meeting is not None and got.meeting.duration_min is None


def test_an_irish_member_s_letters_are_no_given_names() -> None:
    """ "Mr. Ray Finn, T.D., Taoiseach": T.D. (a member of Ireland's parliament) follows the
    name as "MP" does; it is not the given names of a name written "Family, Given"."""
    got = _analyse("On May 2, for approximately 40 minutes from 5 p.m., Prime Minister Taro "
                   "Sato held talks with Mr. Ray Finn, T.D., Taoiseach (Prime Minister of "
                   "Ireland), who was in Japan on a working visit. An overview of events "
                   "follows:", title="Summit Meeting")
    assert ("Finn", "IRL") in _people(got.participants)


@pytest.mark.parametrize(("clause", "want"), [
    # a title its country owns: the country, not the body the envoy is posted to (fresh4)
    ("Pakistan's Ambassador to the United Nations", ("Ambassador to the United Nations", "PAK")),
    ("Lithuania’s Vice-Minister of Foreign Affairs", ("Vice-Minister of Foreign Affairs", "LTU")),
    ("New Zealand's Minister of Trade", ("Minister of Trade", "NZL")),
    # a possessive that is no country's leaves the title as it was
    ("President's Special Envoy", ("President's Special Envoy", None)),
    ("Permanent Representative of Japan to the United Nations",
     ("Permanent Representative of Japan to the United Nations", "JPN")),
])
def test_a_title_owned_by_a_country(clause: str, want: tuple[str, str | None]) -> None:
    from policytrends.extract.mofa_people import split_title
    assert split_title(clause) == want


def test_a_summary_then_a_bracket_of_attendees_by_side() -> None:
    """A 2000-style page: 'The following is a summary of their conversation.' then a bracket
    naming each side's attendees, the second side opened after a semicolon, items written
    'Title Family' or 'Title Family of the Office' (mofa_en_m); the late leader whose
    funeral brought the visitor is no participant."""
    got = _analyse(
        "On July 8, for approximately 20 minutes beginning at 16:10, Prime Minister Kato spoke "
        "with Prime Minister Batbold of Mongolia, who was in Japan for the state funeral of "
        "former Prime Minister Ichiro Sano (venue: Prime Minister's Office). The following is "
        "a summary of their talk. (Also attending on the Mongolian side was Ambassador to "
        "Japan Dorj; on the Japanese side Deputy Chief Cabinet Secretary Ueda, Director Mori "
        "of the Second International Division, Director General Kono of the Asian Affairs "
        "Bureau, and others.)", title="Japan-Mongolia Summit", published=date(2001, 7, 9))
    assert got.meeting is not None and got.meeting.duration_min == 20
    assert sorted(_people(got.participants)) == [
        ("Batbold", "MNG"), ("Dorj", "MNG"), ("Kato", "JPN"), ("Kono", "JPN"), ("Mori", "JPN"),
        ("Ueda", "JPN")]


@pytest.mark.parametrize(("lead", "present"), [
    # the dead are named, not met
    ("On June 3, Prime Minister Kato held a meeting with Mr. Ivan Dorj, President of Mongolia, "
     "and expressed his condolences on the passing of Mr. Bat Erdene, former President of "
     "Mongolia. The overview is as follows.", False),
    # "late" that is not before the name leaves the official at the table
    ("On June 3, Prime Minister Kato held a late-evening meeting with Mr. Bat Erdene, "
     "President of Mongolia. The overview is as follows.", True),
])
def test_officials_named_as_the_dead(lead: str, present: bool) -> None:
    got = _analyse(lead, title="Japan-Mongolia Summit Meeting")
    assert (("Erdene", "MNG") in _people(got.participants)) == present


def test_a_group_represented_by_its_leaders_in_the_overview_bracket() -> None:
    """'The summary of the meeting is as follows (the group was represented by H.E. Mr. X,
    Prime Minister of ..., H.E. Mr. Y, ...': each leader and country is a side met
    (mofa_en_m: a 'V4 plus Japan' summit)."""
    got = _analyse(
        "On Friday, May 3, commencing at 9:00 a.m. (local time) for approximately 60 minutes, "
        "Prime Minister Kenji Sato, during his visit to the Republic of Estonia, attended the "
        "first Baltic States and Japan Summit Meeting. The summary of the meeting is as "
        "follows (the group was represented by H.E. Mr. Tiit Kask, Prime Minister of the "
        "Republic of Estonia (the holder of the Presidency), H.E. Mr. Juris Ozols, Prime "
        "Minister of the Republic of Latvia, and H.E. Ms. Rasa Vaitkute, Deputy Prime Minister "
        "of the Republic of Lithuania.\n\n1. Relations", title="Summit Meeting")
    assert got.meeting is not None
    assert sorted(got.meeting.counterpart_countries) == ["EST", "LTU", "LVA"]
    assert got.meeting.parties == 4
    assert sorted(_people(got.participants)) == [("Kask", "EST"), ("Ozols", "LVA"),
                                                 ("Sato", "JPN"), ("Vaitkute", "LTU")]


def test_a_bracket_saying_who_represented_no_one_named() -> None:
    got = _analyse(
        "On Friday, May 3, Prime Minister Kenji Sato held a meeting with H.E. Mr. Tiit Kask, "
        "Prime Minister of the Republic of Estonia. The summary of the meeting is as follows "
        "(the Presidency was represented by its embassy staff).\n\n1. Relations",
        title="Summit Meeting")
    assert got.meeting is not None and got.meeting.counterpart_countries == ("EST",)
    assert sorted(_people(got.participants)) == [("Kask", "EST"), ("Sato", "JPN")]


def test_summit_meetings_in_the_plural_with_a_noble_and_a_premier() -> None:
    """'held summit meetings with Lord X, Prime Minister of Tonga, and Hon. Y, Prime
    Minister of Fiji': two bilateral meetings (parties 2), 'Lord' a noble's style (fresh4)."""
    got = _analyse(
        "On Saturday, May 5 from 9:10 a.m., Prime Minister Kenji Sato held summit meetings with "
        "Lord Fakatou, Prime Minister of the Kingdom of Tonga, and Hon. Josefa Nailati, Prime "
        "Minister of the Republic of Fiji, during his visit to Nago City, Okinawa Prefecture. "
        "An overview of the meetings is as follows.", title="Bilateral Meetings")
    assert got.meeting is not None
    assert sorted(got.meeting.counterpart_countries) == ["FJI", "TON"]
    assert got.meeting.parties == 2
    assert sorted(_people(got.participants)) == [("Fakatou", "TON"), ("Nailati", "FJI"),
                                                 ("Sato", "JPN")]


@pytest.mark.parametrize(("lead", "parties"), [
    # one meeting of three sides, told in the singular, stays trilateral
    ("On May 5, Minister Hayakawa held a trilateral meeting with H.E. Mr. Alan Brook, "
     "Minister for Foreign Affairs of Australia, and H.E. Mr. Ravi Das, Minister of External "
     "Affairs of India. The overview is as follows.", 3),
])
def test_a_meeting_in_the_singular_keeps_its_sides(lead: str, parties: int) -> None:
    got = _analyse(lead, title="Meeting")
    assert got.meeting is not None and got.meeting.parties == parties


def test_a_spouse_is_no_official_and_the_lord_mayor_no_lord() -> None:
    got = _analyse(
        "On June 30 Prime Minister Kenji Sato held a Summit Meeting with H.E. Mr. Karma Dorji, "
        "Prime Minister of Bhutan, who was in Japan on an official visit. After the meeting, "
        "Prime Minister Sato and Mrs. Sato hosted a dinner for Prime Minister Dorji and Mrs. Pema "
        "Lhamo, the spouse of Prime Minister Dorji. The overview of the meeting is as follows.",
        title="Summit Meeting")
    assert sorted(_people(got.participants)) == [("Dorji", "BTN"), ("Sato", "JPN")]
    from policytrends.extract.mofa_people import find_people
    assert [p.family_name for p in find_people(
        "met with the Lord Mayor of the City of London, Mr. Alan Frost, at Mansion House")
    ] == ["Frost"]


@pytest.mark.parametrize(("lead", "want"), [
    # the head of state a visiting minister came with is named in the visitor's clause only
    ("On Thursday, March 29, Mr. Kenta Mori, Minister for Foreign Affairs of Japan, held a "
     "meeting with H.E. Mr. Pablo Ruiz Soto, Foreign Minister of Peru, who is visiting Japan "
     "along with H.E. Dr. Luis Vega Lara, President of Peru, on his Working Visit. An outline "
     "of the meeting is as follows.", [("Mori", "JPN"), ("Ruiz Soto", "PER")]),
    # officials met together ("with A along with B", no visitor's clause) both count
    ("On Thursday, March 29, Mr. Kenta Mori, Minister for Foreign Affairs of Japan, held a "
     "meeting with H.E. Mr. Pablo Ruiz Soto, Minister of Foreign Affairs of the Republic of "
     "Chile, along with H.E. Ms. Ana Lara Diaz, Minister of Trade of the Republic of Chile. "
     "The outline of the meeting is as follows.",
     [("Lara Diaz", "CHL"), ("Mori", "JPN"), ("Ruiz Soto", "CHL")]),
])
def test_the_company_a_visitor_came_with(lead: str, want: list[tuple[str, str]]) -> None:
    got = _analyse(lead, title="Japan-Chile Foreign Ministers' Meeting")
    assert sorted(_people(got.participants)) == want
