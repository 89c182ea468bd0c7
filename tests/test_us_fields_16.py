"""Meeting fields of White House and State records (session 16): lists opened by "Joining",
stops of a trip, tours of several states, organisations of the table, gatherings where the
lead spoke. Records written for these tests."""

from __future__ import annotations

import pytest
from us_readouts import run


def meeting(title: str, text: str, source: str = "whitehouse"):  # noqa: ANN201
    a = run(title, text, source)
    assert a.kind == "meeting" and a.meeting is not None
    return a


# --- a list of those met opened by "Joining ... were" --------------------------------------

_CALL = ("President Joseph R. Biden, Jr. held a video call today with partners to coordinate "
         "support for Moldova. The leaders agreed to keep in close touch.\n\n")


@pytest.mark.parametrize("opening", [
    "Joining President Biden on the call were",
    "Joining the President on the call were",
    "Joining President Biden and Secretary Blinken in the meeting were",
    "Joining him virtually on the call were",
])
def test_a_list_opened_by_joining_names_the_sides(opening: str) -> None:
    text = (_CALL + f"{opening} Prime Minister Ana Lind of Sweden, President Tomas Varga of "
            "Hungary, European Council President Lucas Vogt, and NATO Secretary General Piet "
            "Maas.")
    m = meeting("Readout of the President’s Call with Partners", text).meeting
    assert set(m.counterpart_countries) == {"SWE", "HUN", "EU", "NATO"}
    assert m.parties == 5


def test_a_list_opened_by_joining_with_a_colon_runs_over_its_lines() -> None:
    text = (_CALL + "Joining President Biden at the meeting were the following leaders:\n\n"
            "- President Ilse Kask of Estonia\n- Prime Minister Jan Novak of Slovakia\n")
    m = meeting("Readout of the President’s Meeting with Partners", text).meeting
    assert set(m.counterpart_countries) == {"EST", "SVK"}


@pytest.mark.parametrize("text", [
    # who joined an alliance, not the call
    _CALL + "The countries joining NATO last year were welcomed by the leaders.",
    # no list at all
    _CALL + "Joining forces, the leaders pledged new support.",
])
def test_joining_without_a_list_of_those_met_adds_no_side(text: str) -> None:
    m = meeting("Readout of the President’s Call with Partners", text).meeting
    assert not {"SWE", "HUN", "EST"} & set(m.counterpart_countries)


# --- a stop of a trip told by where the lead came from or went on to -----------------------

@pytest.mark.parametrize("later", [
    "Ms. Ortiz arrived in Jordan from Riyadh, Saudi Arabia, where she held productive meetings "
    "with Foreign Minister Faisal Omar of Saudi Arabia on regional security.",
    "Ms. Ortiz then travelled to Cairo, Egypt, where she met with Foreign Minister Sami Adel of "
    "Egypt.",
    "Before that, Ms. Ortiz flew to Doha, Qatar, where she had talks with Prime Minister Karim "
    "Nasser of Qatar.",
])
def test_a_stop_told_by_where_the_lead_travelled_adds_its_side(later: str) -> None:
    text = ("Today in Amman, Deputy Secretary of State Rosa Ortiz met with Foreign Minister "
            "Omar Haddad of Jordan, Minister of Planning Laila Aziz, and Chief of Staff Samir "
            "Nour to discuss the situation in Gaza.\n\n" + later)
    m = meeting("Readout of Deputy Secretary Ortiz’s Meetings in the Middle East", text,
                "state").meeting
    other = {"Saudi": "SAU", "Egypt": "EGY", "Qatar": "QAT"}
    code = next(c for w, c in other.items() if w in later)
    assert set(m.counterpart_countries) == {"JOR", code}
    assert m.parties == 2 and m.location_country is None  # rulings 10 and 12
    people = {p.family_name: p.country for p in meeting(
        "Readout of Deputy Secretary Ortiz’s Meetings in the Middle East", text,
        "state").participants}
    # listed after a Jordanian minister, with no country of their own: Jordan's
    assert people.get("Aziz") == "JOR" and people.get("Nour") == "JOR"


@pytest.mark.parametrize("later", [
    # others' earlier trip, not the lead's
    "The senators had returned from a delegation to Kyiv, Ukraine, where they met with "
    "Ukrainian leaders.",
    # a place named, no meeting there
    "Ms. Ortiz arrived in Jordan from Riyadh, Saudi Arabia, where she gave a lecture.",
])
def test_no_stop_without_the_lead_meeting_there(later: str) -> None:
    text = ("Today in Amman, Deputy Secretary of State Rosa Ortiz met with Foreign Minister "
            "Omar Haddad of Jordan to discuss the situation in Gaza.\n\n" + later)
    m = meeting("Readout of Deputy Secretary Ortiz’s Meeting in Jordan", text, "state").meeting
    assert m.counterpart_countries == ("JOR",) and m.location_country == "JOR"


@pytest.mark.parametrize("later", [
    "In Panama, Mr. Ruiz met with President Elena Soto to discuss migration.",
    "Mr. Ruiz also met with Vice President Pablo Marin to discuss migration.",
])
def test_an_abbreviated_title_does_not_hide_a_later_meeting(later: str) -> None:
    text = ("Deputy National Security Advisor Carl Ruiz travelled to Costa Rica and Panama on "
            "May 8-9.\n\nIn Costa Rica, Mr. Ruiz met with Vice President Ana Mora to discuss "
            "security.\n\n" + later)
    a = meeting("Readout of Deputy National Security Advisor Carl Ruiz’s Travel", text)
    people = {p.family_name: p.country for p in a.participants}
    assert people["Mora"] == "CRI"  # met at the stop, though the US has the office
    if "Panama," in later:
        assert people["Soto"] == "PAN" and set(a.meeting.counterpart_countries) == {"CRI", "PAN"}
        assert a.meeting.location_country is None


# --- a tour of several states: separate bilateral meetings ---------------------------------

@pytest.mark.parametrize("lead", [
    "From May 1 to May 6, Special Envoy Dana Cole traveled to Ghana, Senegal, and Togo to meet "
    "with government officials and business leaders.",
    "Special Envoy Dana Cole visited Ghana, Senegal and Togo this week to meet with government "
    "officials.",
])
def test_officials_of_the_states_toured_are_met_one_by_one(lead: str) -> None:
    text = (lead + "\n\nEnvoy Cole met with officials from the Governments of Ghana, Senegal, "
            "and Togo to discuss maritime security.")
    m = meeting("Readout of Special Envoy Dana Cole’s Travel to West Africa", text).meeting
    assert set(m.counterpart_countries) == {"GHA", "SEN", "TGO"}
    assert m.parties == 2 and m.location_country is None


def test_a_meeting_of_states_beyond_the_tour_stays_one_meeting() -> None:
    text = ("Special Envoy Dana Cole traveled to Ghana to meet with government officials.\n\n"
            "Envoy Cole met with officials from Ghana, Senegal, and Togo in Accra to discuss "
            "maritime security.")
    m = meeting("Readout of Special Envoy Dana Cole’s Travel to Ghana", text).meeting
    assert m.parties == 4


# --- organisations of the table --------------------------------------------------------------

@pytest.mark.parametrize(("who", "code"), [
    ("International Committee of the Red Cross (ICRC) President Maria Lutz", "ICRC"),
    ("ICRC Director General Paul Brun", "ICRC"),
    ("Council of Europe Secretary General Irma Holt", "COE"),
    ("ECOWAS Commission President Kofi Mensah", "ECOWAS"),
])
def test_an_organisations_head_is_its_side(who: str, code: str) -> None:
    m = meeting("Readout of National Security Advisor Jake Sullivan’s Meeting",
                f"National Security Advisor Jake Sullivan met today with {who} to discuss "
                "humanitarian access.").meeting
    assert m.counterpart_countries == (code,) and m.parties == 2 and m.level == "other"


def test_organisations_listed_among_members() -> None:
    m = meeting("Joint Statement of the Cyber Partnership",
                "Members of the Cyber Partnership, Chile, Ghana, the Council of Europe, the "
                "Global Forum on Cyber Expertise, and the United States, met in Washington, "
                "D.C. on May 2 to review their work.", "state").meeting
    assert {"COE", "GFCE", "CHL", "GHA"} <= set(m.counterpart_countries)


# --- speaking with people at a gathering: no call ------------------------------------------

@pytest.mark.parametrize("text", [
    "Today, the President spoke with forty mayors and county leaders from across Ohio during "
    "the White House “Building Stronger Towns” event.",
    "This afternoon, the Vice President spoke with tribal leaders at a day-long forum on "
    "water rights.",
])
def test_speaking_at_a_gathering_is_no_call(text: str) -> None:
    m = meeting("Readout of a White House Convening", text).meeting
    assert m.mode == "in_person"


def test_speaking_with_a_leader_is_still_a_call() -> None:
    m = meeting("Readout of President Biden’s Call with Prime Minister Lind of Sweden",
                "President Biden spoke today with Prime Minister Ana Lind of Sweden about the "
                "events of the week.").meeting
    assert m.mode == "telephone"


# --- an organisation's office is that organisation's, not another's with the same office ----

@pytest.mark.parametrize(("who", "code"), [
    ("AU High Representative for the Sahel Amina Diallo", "AU"),
    ("African Union High Representative for Silencing the Guns Peter Okoro", "AU"),
    ("Karl Weber, High Representative for Bosnia and Herzegovina,", "OHR"),
    # the EU's own High Representative stays the EU's
    ("EU High Representative Elena Ruiz", "EU"),
    ("High Representative for Foreign Affairs and Security Policy Elena Ruiz", "EU"),
])
def test_an_office_is_the_organisation_named_first(who: str, code: str) -> None:
    m = meeting("Readout of the Special Envoy’s Meeting",
                f"Special Envoy Mark Lee met today with {who} to discuss regional security.",
                "state").meeting
    assert m.counterpart_countries == (code,)


# --- a trip report whose meeting clause names no US official -------------------------------

@pytest.mark.parametrize(("title", "text"), [
    ("Under Secretary of State Mara Quinn Travel to Chile",
     "Under Secretary of State for Political Affairs Mara Quinn traveled to Chile May 7-8. "
     "She held talks with President Ana Rios and Foreign Minister Luis Pardo on trade."),
    ("Readout of Senior Administration Official Travel to Kenya",
     "A senior U.S. delegation visited Kenya this week. They held productive talks with "
     "President Paul Otieno on regional security."),
    ("Readout of Interagency Delegation Travel to Fiji",
     "A U.S. interagency delegation traveled to Fiji, May 7-9, for meetings with senior "
     "officials. The delegation met with Prime Minister Tevita Rabu on climate resilience."),
])
def test_a_trip_reports_lead_sets_the_level_and_the_trip_the_place(title: str,
                                                                     text: str) -> None:
    m = meeting(title, text, "state").meeting
    assert m.level == "other"  # not a summit: the head met only on one side
    assert m.mode == "in_person"
    assert m.location_country in {"CHL", "KEN", "FJI"}


def test_a_leaders_meeting_stays_a_summit_though_the_president_is_not_in_the_clause() -> None:
    m = meeting("Readout of President Biden’s Meeting with President Rios of Chile",
                "President Joseph R. Biden, Jr. welcomed President Ana Rios of Chile to the "
                "White House today. The two leaders held talks on trade.").meeting
    assert m.level == "summit"


def test_a_call_on_a_trip_is_no_meeting_in_person() -> None:
    m = meeting("Readout of Special Envoy Lee’s Trip to Chile",
                "Special Envoy Mark Lee traveled to Chile on May 7. Special Envoy Lee held a "
                "video call with President Ana Rios on trade.", "state").meeting
    assert m.mode == "video"


# --- a grouping in an office's portfolio is no second hat ----------------------------------

@pytest.mark.parametrize("title", ["Deputy Prime Minister for EU Funds",
                                   "Minister of State for EU Affairs"])
def test_a_portfolio_naming_a_grouping_adds_no_side(title: str) -> None:
    m = meeting("Readout of the Deputy Secretary’s Meeting with a Croatian Delegation",
                f"Deputy Secretary Mark Lee met today with Croatian {title} Ivo Maric to "
                "discuss energy.", "state").meeting
    assert m.counterpart_countries == ("HRV",)


def test_a_second_hat_still_adds_its_grouping() -> None:
    m = meeting("Readout of the Secretary’s Call with President Diallo",
                "Secretary Blinken spoke today with Senegalese President and African Union "
                "Chairperson Amadou Diallo about regional security.", "state").meeting
    assert set(m.counterpart_countries) == {"SEN", "AU"}


# --- meetings told in other words -----------------------------------------------------------

@pytest.mark.parametrize(("title", "text", "code"), [
    ("Deputy Secretary Lee’s Visit to Laos",
     "Deputy Secretary of State Mark Lee led a delegation to Vientiane on Monday, May 8. In a "
     "meeting with Lao Prime Minister Sone Vong, Deputy Secretary Lee stressed the value of "
     "demining work.", "LAO"),
    ("Readout of Vice President Harris’s Trip to Oman",
     "In her visit with Sultan Haitham Said of Oman today, the Vice President conveyed the "
     "condolences of the American people.", "OMN"),
    ("Readout of Inaugural Meeting of the U.S.-Norway Energy Taskforce",
     "Today, Special Coordinator Amos Hale and Norwegian State Secretary Eva Lund co-hosted "
     "the inaugural meeting of the U.S.-Norway Energy Taskforce.", "NOR"),
    ("Readout of the Third Meeting of the Donor Platform Steering Committee",
     "Today, the third meeting of the Steering Committee was co-chaired by Deputy National "
     "Security Advisor Mike Hale and Moldovan Deputy Prime Minister Ion Rusu.", "MDA"),
    ("Readout of Principal Deputy National Security Advisor Jon Finer’s Travel to Peru",
     "Principal Deputy National Security Advisor Jon Finer led a U.S. delegation to Lima on "
     "May 4 for talks with Peruvian Foreign Minister Ana Cruz.", "PER"),
])
def test_a_meeting_told_in_other_words(title: str, text: str, code: str) -> None:
    a = run(title, text, "state")
    assert a.kind == "meeting" and a.meeting is not None
    assert code in a.meeting.counterpart_countries


@pytest.mark.parametrize(("title", "text"), [
    ("Readout of the Secretary’s Travel to Laos",
     "In a meeting with reporters, Secretary Lee stressed the value of demining work."),
    ("Secretary Lee’s Visit to Laos",
     "In his visit to the national museum, Secretary Lee noted the value of demining work."),
    ("Statement on the Steering Committee",
     "The project was chaired by Moldovan Deputy Prime Minister Ion Rusu for three years."),
])
def test_other_words_that_tell_no_meeting(title: str, text: str) -> None:
    assert run(title, text, "state").kind != "meeting"


def test_where_a_delegation_went_is_no_side_when_those_met_are_named() -> None:
    m = meeting("Deputy Secretary Lee’s Participation in the Strategic Dialogue",
                "Deputy Secretary of State Mark Lee led a U.S. interagency delegation to Geneva, "
                "Switzerland for the U.S.-Russia Dialogue with Russian Deputy Foreign Minister "
                "Ivan Petrov.", "state").meeting
    assert m.counterpart_countries == ("RUS",) and m.location_country == "CHE"


# --- an opening clause about an earlier time, then the meeting's own ------------------------

@pytest.mark.parametrize("text", [
    "Building on the act the President signed last month, today Senior Advisor Ana Ruiz and "
    "Director Tom Hale convened a meeting with state legislators from Ohio and Iowa.",
    "Following the summit held two weeks ago, this afternoon Senior Advisor Ana Ruiz met with "
    "county leaders from Ohio.",
])
def test_the_meetings_own_time_after_an_earlier_one(text: str) -> None:
    a = run("Readout of White House Meeting with State Legislators", text)
    assert a.kind == "meeting" and a.meeting is not None
    assert a.meeting.date is not None and a.meeting.date.isoformat() == "2023-05-10"


def test_an_earlier_meeting_alone_is_still_earlier() -> None:
    a = run("Readout of White House Meeting with State Legislators",
            "Last month, Senior Advisor Ana Ruiz convened a meeting with state legislators from "
            "Ohio. The legislators have since passed two bills.")
    assert a.kind != "meeting"


@pytest.mark.parametrize(("title", "text", "code"), [
    ("Readout of President Biden’s Audience with His Majesty King Olav of Norway",
     "In his audience with King Olav of Norway today, President Biden thanked His Majesty for "
     "Norway’s support to Ukraine.", "NOR"),
    ("Joint Readout by the United States and the Nordic Council",
     "Today, Prime Minister Eva Lund of Norway was joined by President Joseph R. Biden, Jr. of "
     "the United States. The leaders discussed energy security.", "NOR"),
    ("Readout of the Inaugural Meeting of the U.S.-Norway Working Group",
     "The meeting was convened by Deputy National Security Advisor Mike Hale and Norwegian "
     "State Secretary Eva Lund on May 9.", "NOR"),
])
def test_an_audience_and_passive_meetings_are_meetings(title: str, text: str, code: str) -> None:
    a = run(title, text)
    assert a.kind == "meeting" and a.meeting is not None
    assert code in a.meeting.counterpart_countries


def test_a_passive_verb_outside_a_readout_title_is_no_meeting() -> None:
    a = run("Statement on the Arctic Strategy",
            "The strategy was convened by an interagency group led by Deputy National Security "
            "Advisor Mike Hale and is published today.")
    assert a.kind != "meeting"


def test_congratulating_in_a_calls_readout_is_the_call() -> None:
    a = run("Secretary Blinken’s Call with Dutch Foreign Minister Ruud Vos",
            "Secretary of State Antony J. Blinken warmly congratulated Ruud Vos today on his "
            "appointment as Foreign Minister of the Netherlands. They discussed Ukraine.",
            "state")
    assert a.kind == "meeting" and a.meeting is not None
    assert a.meeting.mode == "telephone" and a.meeting.counterpart_countries == ("NLD",)


def test_congratulating_outside_a_readout_is_no_meeting() -> None:
    a = run("Statement on the Dutch Elections",
            "Secretary of State Antony J. Blinken congratulated the people of the Netherlands on "
            "their elections today.", "state")
    assert a.kind != "meeting"
