"""Meeting fields of White House and State records (session 15): organisations at the table,
officials' sides, mode, level and place. Records written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from policytrends.extract import analyse
from policytrends.records import RawRecord

EDT = timezone(timedelta(hours=-4))


def rec(title: str, text: str, source: str = "whitehouse") -> RawRecord:
    when = datetime(2023, 5, 10, 18, 0, tzinfo=EDT)
    return RawRecord(source=source, path="t.md", item=None, text=text, title=title,
                     published=when.date(), published_at=when, reporting_country="USA")


def meeting(title: str, text: str, source: str = "whitehouse"):  # noqa: ANN201
    a = analyse(rec(title, text, source))
    assert a.kind == "meeting" and a.meeting is not None
    return a


# --- an organisation at the table: one entry of a list of states, or the forum met ---------

@pytest.mark.parametrize(("text", "org", "parties"), [
    ("Envoys of the Arab League, Norway, Qatar, and the United States met in Geneva on May 3 "
     "to discuss the situation in Yemen.", "LAS", 4),
    ("Officials of Kenya, INTERPOL, Japan, and the United States met in Nairobi on May 4 to "
     "review cooperation against cybercrime.", "INTERPOL", 4),
    ("Senior officials from Peru, the Caribbean Community, Chile and the United States met "
     "virtually on May 5 to discuss disaster preparedness.", "CARICOM", 4),
    ("Experts of the Netherlands, the Organisation for the Prohibition of Chemical Weapons, "
     "and Canada met with U.S. officials in The Hague on May 2 to discuss inspections.",
     "OPCW", 4),
])
def test_an_organisation_listed_among_the_states_is_a_side(text: str, org: str,
                                                           parties: int) -> None:
    m = meeting("Joint Statement on the Meeting of Special Envoys", text, "state").meeting
    assert org in m.counterpart_countries and m.parties == parties


@pytest.mark.parametrize(("text", "org", "state"), [
    ("Today President Joseph R. Biden Jr. participated in the Asia-Pacific Economic "
     "Cooperation (APEC) Virtual Leaders’ Meeting hosted by President Ana Ruiz of Peru.",
     "APEC", "PER"),
    ("This morning President Biden participated in the APEC Economic Leaders' Meeting hosted by "
     "Prime Minister Tom Reyes of Papua New Guinea.", "APEC", "PNG"),
    ("Vice President Kamala Harris today joined the CARICOM Heads of Government Conference "
     "hosted by Prime Minister Dana Clarke of Barbados.", "CARICOM", "BRB"),
])
def test_the_forum_taken_part_in_is_a_side(text: str, org: str, state: str) -> None:
    m = meeting("Readout of the President’s Participation in a Leaders’ Meeting", text).meeting
    assert set(m.counterpart_countries) == {org, state}


def test_an_open_forum_whose_members_are_not_listed_has_no_count_of_parties() -> None:
    m = meeting("Readout of the President’s Participation in the APEC Leaders’ Meeting",
                "Today President Joseph R. Biden Jr. participated in the APEC Leaders’ Meeting "
                "hosted by President Ana Ruiz of Peru.").meeting
    assert m.parties is None


@pytest.mark.parametrize("text", [
    # the forum is where they met, not who met
    "President Biden met on the margins of the APEC Leaders’ Meeting with President Ana Ruiz "
    "of Peru.",
    # an organisation as the subject of talks, or another event
    "President Biden met today with President Ana Ruiz of Peru to discuss the Arab League "
    "summit and the INTERPOL conference.",
    "President Biden spoke today with President Ana Ruiz of Peru. They discussed preparations "
    "for the APEC Leaders’ Meeting in November.",
])
def test_an_organisation_only_named_is_no_side(text: str) -> None:
    m = meeting("Readout of President Biden’s Meeting with President Ruiz of Peru",
                text).meeting
    assert m.counterpart_countries == ("PER",) and m.parties == 2


def test_an_organisations_official_is_its_side() -> None:
    a = meeting("Readout of the Vice President’s Meeting with Caribbean Leaders",
                "Vice President Kamala Harris met virtually today with Caribbean leaders.\n\n"
                "Participants:\n\nPrime Minister Dana Clarke of Barbados\n\n"
                "Secretary General of CARICOM Dr. Ruth Lowe")
    m = a.meeting
    assert set(m.counterpart_countries) == {"BRB", "CARICOM"} and m.parties == 3


# --- two officials who share a family name ------------------------------------------------

def test_the_vice_president_and_a_leader_of_her_name_are_two_sides() -> None:
    a = meeting("Readout of Vice President Harris’s Meeting with Caribbean Leaders",
                "Vice President Kamala Harris met virtually today with Caribbean leaders.\n\n"
                "Participants:\n\nPrime Minister Dr. Timothy Harris of Saint Kitts and Nevis\n\n"
                "Prime Minister Dana Clarke of Barbados")
    m = a.meeting
    assert set(m.counterpart_countries) == {"KNA", "BRB"} and m.level == "ministerial"
    sides = sorted((p.country or "", p.title or "") for p in a.participants)
    assert ("USA", "Vice President") in sides and ("KNA", "Prime Minister Dr.") in sides


# --- the side of an official whose country the text leaves to the reader ------------------

@pytest.mark.parametrize(("title", "text", "code"), [
    ("Readout of President Biden’s Call with Abu Dhabi Crown Prince Khalid",
     "President Biden spoke today with Crown Prince Khalid bin Saeed to reaffirm the "
     "partnership between the United States and the United Arab Emirates. They discussed "
     "Sudan and Yemen.", "ARE"),
    ("Readout of Secretary Lane’s Call with Prince Faris of Jordan",
     "Secretary Lane spoke today with Crown Prince Faris. They discussed Jordan’s economy "
     "and the crisis in Syria.", "JOR"),
    ("Readout of President Biden’s Meeting with General Secretary Vo Thanh of Vietnam",
     "President Biden met today with General Secretary Vo Thanh in New York.", "VNM"),
])
def test_an_office_the_us_has_not_is_the_other_side(title: str, text: str, code: str) -> None:
    a = meeting(title, text)
    assert a.meeting.counterpart_countries == (code,) and a.meeting.parties == 2


@pytest.mark.parametrize("title", [
    "Readout of Deputy National Security Advisor Ray Dunn’s Trip to Israel",
    "Readout of Special Envoy Ray Dunn’s Visit to Israel",
])
def test_officials_met_on_a_trip_abroad_are_the_host_countrys(title: str) -> None:
    a = meeting(title, "Deputy National Security Advisor Ray Dunn visited Israel on June 3 to "
                "consult with Israeli officials. Mr. Dunn met with President Ari Levi, "
                "National Security Advisor Dov Katz, and Minister for Strategic Affairs Eli "
                "Baron.")
    m = a.meeting
    assert m.counterpart_countries == ("ISR",) and m.level == "other"
    assert {p.family_name: p.country for p in a.participants}["Levi"] == "ISR"


def test_the_us_ambassador_met_on_a_trip_stays_on_the_us_side() -> None:
    a = meeting("Readout of Deputy Secretary Ray Dunn’s Trip to Japan",
                "Deputy Secretary Ray Dunn met with Ambassador Mark Grant and Foreign Minister "
                "Sato Ken.", "state")
    sides = {p.family_name: p.country for p in a.participants}
    assert sides["Grant"] == "USA" and sides["Sato"] == "JPN"


@pytest.mark.parametrize("title", [
    "Special Assistant to the President and Senior Director for Energy",
    "Deputy Assistant to the President for International Economics",
    "Assistant to the President and National Security Advisor",
])
def test_white_house_staff_are_the_us_side(title: str) -> None:
    a = meeting("Readout of the U.S.-EU Energy Council Meeting",
                "The U.S.-EU Energy Council met virtually on May 2, 2023 convened by co-chairs "
                "Anne Roe, U.S. Senior Advisor for Energy, and Jan Holm, European Commission "
                f"Director General for Energy, and under the leadership of Mia Parker, {title}. "
                "The sides condemned Russia’s use of gas supplies as a weapon.")
    sides = {p.family_name: p.country for p in a.participants}
    assert sides["Parker"] == "USA" and a.meeting.counterpart_countries == ("EU",)


# --- level: every state met is a side, led by its highest official -----------------------

def test_a_state_represented_below_minister_sets_the_level() -> None:
    m = meeting("Secretary Lane’s Meeting with German, UK, and French Counterparts",
                "Secretary of State Maria Lane met today in Berlin with German Foreign Minister "
                "Anna Berger, UK Foreign Secretary Tom Ashby, and French Director General for "
                "Political Affairs Luc Martin.", "state").meeting
    assert m.level == "other" and m.parties == 4


def test_ministers_of_every_state_make_a_ministerial_meeting() -> None:
    m = meeting("Secretary Lane’s Meeting with German, UK, and French Counterparts",
                "Secretary of State Maria Lane met today in Berlin with German Foreign Minister "
                "Anna Berger, UK Foreign Secretary Tom Ashby, and French Foreign Minister Luc "
                "Martin and his Political Director Paul Roux.", "state").meeting
    assert m.level == "ministerial"


def test_a_deputy_standing_in_among_heads_leaves_a_summit() -> None:
    m = meeting("Readout of President Biden’s Meeting with Pacific Partners",
                "On the margins of the Leaders’ Forum, President Biden met today with Prime "
                "Minister Sato Ken of Japan, Prime Minister Ann Hale of New Zealand, and Deputy "
                "Prime Minister Rob Dale of Australia.").meeting
    assert m.level == "summit" and m.parties == 4


# --- mode, day and place told outside the meeting's own sentence --------------------------

@pytest.mark.parametrize("later", [
    "Another focus of the virtual meeting was the drought in the West.",
    "Much of this virtual session went to the drought in the West.",
    "Throughout the virtual convening, members turned to the drought in the West.",
])
def test_a_later_sentence_calling_the_meeting_virtual_makes_it_video(later: str) -> None:
    m = meeting("Readout of the Fourth Water Task Force Meeting",
                "Today, Water Advisor Joan Pike convened the fourth Water Task Force. Members "
                f"discussed ways to cut water use across agencies.\n\n{later}").meeting
    assert m.mode == "video"


def test_a_virtual_meeting_named_as_another_event_leaves_the_mode() -> None:
    m = meeting("Readout of the Fourth Water Task Force Meeting",
                "Today, Water Advisor Joan Pike convened the fourth Water Task Force at the "
                "White House. Members discussed the plans a virtual meeting held in March had "
                "set out.").meeting
    assert m.mode == "in_person"


@pytest.mark.parametrize("verb", ["joined", "attended", "participated in"])
def test_taking_part_in_a_summit_with_no_call_named_is_in_person(verb: str) -> None:
    text = (f"President Biden today {verb} the annual U.S.-ASEAN Summit with leaders of the "
            "ASEAN member states.")
    m = meeting("Readout of President Biden’s Participation in the U.S.-ASEAN Summit",
                text).meeting
    assert m.mode == "in_person"


def test_taking_part_by_video_stays_video() -> None:
    m = meeting("Readout of President Biden’s Participation in the U.S.-ASEAN Summit",
                "President Biden today virtually joined the annual U.S.-ASEAN Summit with "
                "leaders of the ASEAN member states.").meeting
    assert m.mode == "video"


@pytest.mark.parametrize(("first", "second"), [
    ("Today, the White House Office of Public Engagement held a Convening on Rural Health.",
     "The event gathered nurses and clinic directors from across the country to discuss "
     "staffing."),
    ("Yesterday, the Domestic Policy Council hosted farm leaders at the White House.",
     "This convening brought together growers from twelve states to discuss water rights."),
])
def test_a_sentence_pointing_back_to_the_event_takes_its_day(first: str, second: str) -> None:
    m = meeting("Readout of the White House Convening", f"{first} {second}").meeting
    assert m.date is not None and m.date.day in (9, 10)


@pytest.mark.parametrize("topic", ["the attack in Israel", "the fighting in Sudan",
                                   "the earthquake in Turkey", "the hostages in Gaza"])
def test_a_place_of_events_talked_about_is_no_venue(topic: str) -> None:
    m = meeting("Readout of the National Security Advisor’s Meeting with Community Leaders",
                "On May 9, 2023, National Security Advisor Jake Sullivan held sessions with "
                f"community leaders in the wake of {topic}.").meeting
    assert m.location_country is None


def test_a_stated_place_after_a_topic_still_places_the_meeting() -> None:
    m = meeting("Readout of Secretary Lane’s Meeting with Foreign Minister Sato",
                "Secretary Lane met today in Tokyo with Foreign Minister Sato Ken of Japan to "
                "discuss the fighting in Sudan.", "state").meeting
    assert m.location_country == "JPN"


# --- readouts told with "was briefed by" and "was pleased to host" -------------------------

@pytest.mark.parametrize(("title", "text"), [
    ("Readout of President Biden’s Briefing on Quantum Computing from White House Staff",
     "President Biden was briefed today by senior White House staff on quantum computing. The "
     "President and his team discussed research funding."),
    ("Readout of the Vice President’s Briefing on the Wildfire Response",
     "The Vice President was briefed yesterday by FEMA Administrator Dana Cole on the "
     "response to the wildfires in Oregon."),
])
def test_a_briefing_of_the_president_is_a_domestic_meeting(title: str, text: str) -> None:
    m = meeting(title, text).meeting
    assert m.counterpart_countries == () and m.level is None and m.parties is None
    assert m.date is not None and m.mode == "in_person"


@pytest.mark.parametrize("verb", ["was pleased to host", "was honored to host",
                                  "was proud to host"])
def test_a_joint_readout_of_a_hosted_convening_is_a_meeting(verb: str) -> None:
    a = meeting("Joint Readout of the Third Convening of the Trilateral Working Group on Water",
                f"The White House {verb} the third convening of the Trilateral Working Group "
                "on Water, in collaboration with the governments of Peru and Chile. Secretary "
                "Ann Lowe, U.S. Department of the Interior, headed the U.S. delegation.")
    assert set(a.meeting.counterpart_countries) == {"PER", "CHL"} and a.meeting.parties == 3


@pytest.mark.parametrize(("title", "text", "kind"), [
    ("Statement from the Press Secretary on the Storm",
     "Reporters were briefed by senior officials on the storm. The President was pleased to "
     "host the families at the White House.", "statement"),
    ("FACT SHEET: The Summit on Water Security",
     "The United States was pleased to host the Summit on Water Security, where experts "
     "from forty countries set out a plan.", "fact_sheet"),
])
def test_briefed_and_pleased_outside_a_readout_make_no_meeting(title: str, text: str,
                                                               kind: str) -> None:
    assert analyse(rec(title, text)).kind == kind


# --- places stated as a city or a seat of government ------------------------------------

@pytest.mark.parametrize(("where", "code"), [
    ("in Lviv", "UKR"), ("in Odesa", "UKR"), ("in Krakow", "POL"), ("at Ramstein Air Base", "DEU"),
    ("in Belfast", "GBR"), ("in Montreal", "CAN"), ("in AlUla", "SAU"), ("in Aqaba", "JOR"),
    ("at the Elysee Palace", "FRA"), ("at the Akasaka Palace", "JPN"),
    ("at the Blue House", "KOR"), ("at the Great Hall of the People", "CHN"),
    ("at Hyderabad House", "IND"), ("at Rideau Hall", "CAN"), ("at NATO Headquarters", "BEL"),
    ("at United Nations Headquarters", "USA"), ("at Lancaster House", "GBR"),
])
def test_a_city_or_seat_places_the_meeting(where: str, code: str) -> None:
    m = meeting("Readout of Secretary Lane’s Meeting with Foreign Minister Ruiz",
                f"Secretary of State Maria Lane met today {where} with Foreign Minister Ana "
                "Ruiz of Peru.", "state").meeting
    assert m.location_country == code


@pytest.mark.parametrize("text", [
    "Deputy Secretary Maria Lane hosted a consultation with Ministry of Foreign Affairs and "
    "Blue House officials of the Republic of Korea on May 4.",
    "Deputy Secretary Maria Lane met on May 4 with Republic of Korea officials to discuss "
    "reforms of the Great Hall of the People’s procedures and NATO Headquarters staffing.",
])
def test_a_seat_named_inside_an_office_or_topic_is_no_place(text: str) -> None:
    m = meeting("U.S.-ROK Consultation Meeting", text, "state").meeting
    assert m.location_country in (None, "USA")


# --- a record telling several separate meetings (ruling 10, 12) --------------------------

@pytest.mark.parametrize(("title", "text", "codes"), [
    ("Secretary Lane’s Travel to Egypt and Jordan",
     "Secretary of State Maria Lane traveled to Egypt and Jordan May 3-5. In Cairo, Secretary "
     "Lane met with President Omar Said of Egypt to discuss Gaza. In Amman, the Secretary met "
     "with King Faisal II of Jordan and Foreign Minister Sami Nour.", {"EGY", "JOR"}),
    ("Readout of Deputy Secretary Lane’s Trip to Brazil and Chile",
     "Deputy Secretary of State Maria Lane visited Brasilia and Santiago May 2-4. In Brasilia, "
     "she met with Foreign Minister Rui Costa of Brazil. While in Santiago, she met with "
     "Foreign Minister Ana Vidal of Chile.", {"BRA", "CHL"}),
    ("Readout of Special Envoy Ray Dunn’s Trip to the Gulf",
     "Special Envoy Ray Dunn met with Foreign Minister Faisal bin Nasser of Saudi Arabia in "
     "Riyadh on May 1. In Doha, he met with Prime Minister Khalid bin Hamad Al Thani of Qatar.",
     {"SAU", "QAT"}),
])
def test_every_stop_of_a_trip_is_met_as_separate_bilateral_talks(title: str, text: str,
                                                                 codes: set[str]) -> None:
    m = meeting(title, text, "state").meeting
    assert set(m.counterpart_countries) == codes and m.parties == 2
    assert m.location_country is None  # meetings in more than one country


def test_another_meeting_of_the_visit_is_a_separate_bilateral() -> None:
    m = meeting("Readout of Special Envoy Ray Dunn’s Trip to the Gulf",
                "Special Envoy Ray Dunn met with Foreign Minister Faisal bin Nasser of Saudi "
                "Arabia in Riyadh on May 1. He also met with Prime Minister Khalid bin Hamad Al "
                "Thani of Qatar.", "state").meeting
    assert set(m.counterpart_countries) == {"SAU", "QAT"} and m.parties == 2


@pytest.mark.parametrize("later", [
    "In March, the Secretary met with President Omar Said of Egypt in Cairo.",
    "In 2021, the Secretary also met with President Omar Said of Egypt.",
    "In a separate meeting, the Secretary met with President Omar Said of Egypt.",
])
def test_an_earlier_meeting_or_an_aside_is_no_stop(later: str) -> None:
    m = meeting("Readout of Secretary Lane’s Meeting with Foreign Minister Nour",
                "Secretary of State Maria Lane met today in Amman with Foreign Minister Sami "
                f"Nour of Jordan. {later}", "state").meeting
    assert m.counterpart_countries == ("JOR",) and m.location_country == "JOR"
