"""Participants of White House / State records named in later sentences (issue 14, session
16): the leaders "Joining President A on the call were ...", the officials a convening
"featured" or its participants "heard from" ("Administration officials, including A, B"),
officials who "also participated in the event", a family name written alone after a title
with a lower-case particle ("President von der Leyen"), and the entry after an adviser's
name that is an office, not a name ("Senior Advisor to the President A B, Senior Advisor
and Director of ...").

Every text is written here in our own words (fictional officials and places); each
category holds several wordings and near misses that must not fire.
"""

from __future__ import annotations

import pytest
from us_readouts import names, run

from policytrends.extract.naming import family_name
from policytrends.extract.people import find_people

CALL = "Readout of President Biden’s Videoconference with Allies"
CALL_LEAD = ("President Joseph R. Biden, Jr. hosted a videoconference today with Allies to "
             "discuss support for the grain corridor. The leaders agreed to stay in touch.\n\n")


# --- "Joining President A on the call were B of X, C of Y" ---------------------------------

@pytest.mark.parametrize("opening", [
    "Joining President Biden on the call were",
    "Joining President Biden at the meeting were",
    "Joining the President and Secretary Blinken on the call were",
    "Joining President Biden virtually in the videoconference were",
])
def test_leaders_joining_the_lead_named_by_title_took_part(opening: str) -> None:
    a = run(CALL, CALL_LEAD + opening + " Prime Minister Dan Trevor of Canada, President "
            "Paul Lorand of France, and Chancellor Otto Brenner of Germany.\n\nLater this "
            "month, Prime Minister Ivo Marek of Czechia will visit Washington.")
    got = names(a)
    assert {"Trevor": "CAN", "Lorand": "FRA", "Brenner": "DEU"}.items() <= got.items()
    assert "Marek" not in got  # (the list ends with its sentence)


@pytest.mark.parametrize("sentence", [
    # a country joining an alliance, then a sentence that opens with "It was"
    "The leaders welcomed Finland joining NATO. It was Prime Minister Ivo Marek who spoke "
    "first.",
    # a list opened by "joining the X was" whose official is named in the possessive: his
    # proposal, not his company
    "Talks on joining the grain initiative was Prime Minister Ivo Marek’s proposal.",
])
def test_joining_that_opens_no_list_adds_none(sentence: str) -> None:
    a = run(CALL, CALL_LEAD + sentence)
    assert "Marek" not in names(a)


# --- a family name with a particle, alone after a title ------------------------------------

@pytest.mark.parametrize("text, name, family", [
    ("Joining him were European Commission President von der Leyen and others.",
     "von der Leyen", "von der Leyen"),
    ("She thanked Foreign Minister van der Berg for the visit.", "van der Berg",
     "van der Berg"),
    ("He spoke with Ambassador de la Vega about the talks.", "de la Vega", "de la Vega"),
])
def test_a_particle_family_name_after_a_title_is_a_name(text: str, name: str,
                                                        family: str) -> None:
    people = find_people(text)
    assert [p.name for p in people] == [name]
    assert family_name(people[0].name, "NLD", text) == family


@pytest.mark.parametrize("text", [
    "The President de facto of the region spoke.",  # no capitalised word after it
    "He met the President and de Gaulle’s heirs.",  # no title just before the particle
])
def test_a_particle_not_after_a_title_opens_no_name(text: str) -> None:
    assert not [p for p in find_people(text) if p.name.startswith("de")]


def test_joining_list_with_a_particle_family_name_takes_it_whole() -> None:
    a = run(CALL, CALL_LEAD + "Joining President Biden on the call were European Commission "
            "President von der Leyen, and President Paul Lorand of France.")
    assert {"von der Leyen", "Lorand"} <= set(names(a))


# --- officials a convening featured or its participants heard from --------------------------

FORUM = "Readout from Communities in Action: Building a Better Vermont"
FORUM_LEAD = ("Today, the White House Office of Intergovernmental Affairs hosted over 40 "
              "state and local elected officials from across Vermont at a “Communities in "
              "Action” event. ")


@pytest.mark.parametrize("featured", [
    "The forum featured senior Biden-Harris Administration officials, including Secretary of "
    "Labor Ann Roe, Senior Advisor to the President Sam Lee, and Infrastructure Coordinator "
    "Kim Hale.",
    "During the forum, participants heard from Administration officials – including Secretary "
    "of Labor Ann Roe, Senior Advisor to the President Sam Lee, and Infrastructure "
    "Coordinator Kim Hale – about the new grants under President Biden’s Rescue Plan.",
    "The event, featuring White House officials, including Secretary of Labor Ann Roe, Senior "
    "Advisor to the President Sam Lee and Infrastructure Coordinator Kim Hale, ran all day.",
])
def test_officials_a_convening_featured_took_part(featured: str) -> None:
    a = run(FORUM, FORUM_LEAD + featured + " Governor Rita Moss sent recorded remarks.")
    assert set(names(a)) == {"Roe", "Lee", "Hale"}


@pytest.mark.parametrize("sentence", [
    # officials not of the meeting: a report's subject, no list opened by featured/heard
    "In recent weeks, senior officials, including Secretary Ann Roe, have visited Vermont.",
    # featured without "officials ..., including": a programme, not a list of officials
    "The forum featured a panel on broadband, including remarks by Governor Rita Moss.",
])
def test_officials_including_outside_a_convening_list_add_none(sentence: str) -> None:
    a = run(FORUM, FORUM_LEAD + sentence)
    assert not {"Roe", "Moss"} & set(names(a))


# --- officials who also participated in the event --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "U.S. Congresswoman Ann Roe (VT-1) and Mayor Sam Lee also participated in the event.",
    "Congresswoman Ann Roe and Mayor Sam Lee took part in the roundtable as well.",
    "Congresswoman Ann Roe and Mayor Sam Lee participated in today’s listening session.",
])
def test_officials_who_also_participated_took_part(sentence: str) -> None:
    a = run(FORUM, FORUM_LEAD + sentence)
    assert {"Roe", "Lee"} <= set(names(a))


@pytest.mark.parametrize("sentence", [
    # another occasion, not the meeting's
    "Congresswoman Ann Roe participated in a hearing on broadband last year.",
    "Mayor Sam Lee has participated in many such efforts.",
])
def test_taking_part_in_something_else_adds_none(sentence: str) -> None:
    a = run(FORUM, FORUM_LEAD + sentence)
    assert not {"Roe", "Lee"} & set(names(a))


# --- an adviser's list entry followed by another office --------------------------------------

def test_an_advisers_name_is_not_taken_from_the_next_entrys_office() -> None:
    people = find_people("The forum featured Senior Advisor to the President Nora Quill, "
                         "Senior Advisor and Director of Public Engagement Tom Veck, and "
                         "others.")
    assert [p.name for p in people] == ["Nora Quill", "Tom Veck"]


def test_an_advisers_principal_then_the_advisers_name_still_gives_the_adviser() -> None:
    people = find_people("He met the Advisor to Prime Minister Sato, Ken Ito, in Tokyo.")
    assert "Ken Ito" in [p.name for p in people]


# --- a family name that is also a title word, at a list line's end ---------------------------

def test_a_title_word_family_name_ends_a_list_line() -> None:
    people = find_people("Speakers:\n\nDelegate Rosa King\n\nDelegate Omar Hale\n\n"
                         "Councilmember Pat Bishop\n\nMayor Lou Tran")
    assert [p.name for p in people] == ["Rosa King", "Omar Hale", "Pat Bishop", "Lou Tran"]


def test_a_title_word_before_a_capitalised_word_on_the_same_line_is_no_family_name() -> None:
    people = find_people("Delegate Rosa King Charles spoke.")
    assert "Rosa King" not in [p.name for p in people]


# --- officials listed as the subjects of a speaking verb ------------------------------------

ROUNDTABLE = "Readout of the White House Roundtable on Career Pathways"
GROUP_LEAD = ("On Tuesday, senior Administration officials convened foundations that fund "
              "job training. ")


@pytest.mark.parametrize("listed", [
    "National Economic Advisor Ana Roe, Domestic Policy Advisor Bo Lin, Director of Policy "
    "for the First Lady Cy Poe, and Assistant Secretary of Labor Dee Vance discussed the "
    "grant rules.",
    "Advisor Ana Roe, Advisor Bo Lin, Director Cy Poe and Assistant Secretary Dee Vance "
    "outlined the new priorities.",
    "During the meeting, Advisor Ana Roe, Advisor Bo Lin, Director Cy Poe, and Assistant "
    "Secretary Dee Vance highlighted the apprenticeship results.",
])
def test_officials_listed_before_a_speaking_verb_all_took_part(listed: str) -> None:
    a = run(ROUNDTABLE, GROUP_LEAD + listed)
    assert {"Roe", "Lin", "Poe", "Vance"} <= set(names(a))


@pytest.mark.parametrize("sentence", [
    # the officials are the verb's objects, not its subjects
    "The foundations thanked Advisor Ana Roe, Advisor Bo Lin, and Director Cy Poe.",
    # a list whose last two are not joined by "and": no list of speakers
    "Advisor Ana Roe, Advisor Bo Lin, Director Cy Poe discussed the grant rules.",
])
def test_officials_not_listed_as_speakers_add_none(sentence: str) -> None:
    a = run(ROUNDTABLE, GROUP_LEAD + sentence)
    assert not {"Lin", "Poe"} & set(names(a))


# --- the First Lady's staff are officials; the First Lady holds no office ---------------------

@pytest.mark.parametrize("text, name", [
    ("Today, Director of Policy for the First Lady Cy Poe spoke.", "Cy Poe"),
    ("Today, Chief of Staff to the First Lady Dee Vance spoke.", "Dee Vance"),
    ("Today, Senior Advisor to the Second Gentleman Ed Moss spoke.", "Ed Moss"),
])
def test_the_spouses_staff_are_officials(text: str, name: str) -> None:
    assert [p.name for p in find_people(text)] == [name]


def test_the_first_lady_herself_holds_no_office() -> None:
    assert find_people("Today, First Lady Jill Biden spoke.") == []


# --- a title misspelt "Minster" (the publisher's typing) -------------------------------------

@pytest.mark.parametrize("text, title", [
    ("He met the Crown Prince and Prime Minster of Oman Khalid bin Nasser in Muscat.",
     "Crown Prince and Prime Minster of Oman"),
    ("He spoke with Foreign Minster Ana Roe of Freedonia.", "Foreign Minster"),
])
def test_a_minister_misspelt_minster_is_a_title(text: str, title: str) -> None:
    people = find_people(text)
    assert [p.title for p in people] == [title]


# --- soft-wrapped prose keeps its length ------------------------------------------------------

def test_unwrapping_lines_with_blanks_before_the_break_keeps_offsets() -> None:
    from policytrends.extract.us import _unwrapped
    text = ("Today the Senior Advisor to the Secretary for Rural Policy  \nJohn Podesta met "
            "with the Governor of the State of Ohio \t\nAnn Roe and the Mayor of Akron.")
    flat = _unwrapped(text)
    assert len(flat) == len(text)
    for p in find_people(flat):
        assert text[p.end - len(p.name.split()[-1]):p.end] == p.name.split()[-1]


# --- a list line whose words after the name tell no office -----------------------------------

LISTED = "Readout of the White House Roundtable on Maternal Health"
LISTED_LEAD = ("Today, Domestic Policy Advisor Nia Tarrant hosted a roundtable on maternal "
               "health.\n\nParticipants included:\n\n")


@pytest.mark.parametrize("line", [
    "Dr. Ana Roe, Obstetrician / Rural Clinic Provider",
    "Dr. Ana Roe, President & CEO of Midwives for Safe Births",
    "Ms. Ana Roe, Founder, Mothers First Collective",
    "Dr. Ana Roe, Assistant Professor of Nursing and certified midwife",
])
def test_a_listed_person_with_no_office_took_no_part_as_an_official(line: str) -> None:
    a = run(LISTED, LISTED_LEAD + line + "\n\nMayor Sam Lee, City of Dayton, Ohio\n\n")
    assert set(names(a)) == {"Tarrant", "Lee"}


@pytest.mark.parametrize("line", [
    "Dr. Ana Roe, Acting Deputy Chief Medical Officer, Department of Veterans Affairs",
    "Dr. Ana Roe, Director, Office of Rural Health, HHS",
    "Dr. Ana Roe, Commissioner of Health, State of Ohio",
])
def test_a_listed_official_with_an_office_still_took_part(line: str) -> None:
    a = run(LISTED, LISTED_LEAD + line + "\n\nMayor Sam Lee, City of Dayton, Ohio\n\n")
    assert {"Tarrant", "Roe", "Lee"} <= set(names(a))


# --- "X was represented by" lists; an embassy is no name -------------------------------------

COMMITTEE = "Readout of the Trilateral Committee on Synthetic Drugs"
COMMITTEE_LEAD = ("On May 2, Mexico’s Secretary of Security Ana Roe hosted U.S. Homeland "
                  "Security Advisor Bo Lin and Canada’s National Security Advisor Cy Poe.\n\n")


@pytest.mark.parametrize("head", ["Canada was represented by", "Canada’s side was represented by",
                                  "The Canadian Government was represented by"])
def test_a_side_represented_by_a_list_of_officials_took_part(head: str) -> None:
    a = run(COMMITTEE, COMMITTEE_LEAD + head + " the Associate Deputy Minister of Public "
            "Safety Canada, Dee Vance; the Counsellor for Border Affairs at the Canadian "
            "Embassy in Mexico, Ed Moss; and the Executive Director of the Drug Response Team "
            "at Health Canada, Flo Hart.")
    got = names(a)
    assert {"Vance", "Moss", "Hart"} <= set(got)
    assert "Embassy" not in got


def test_an_embassy_before_a_comma_is_no_name() -> None:
    people = find_people("the Counsellor at the Canadian Embassy in Mexico, Ed Moss, spoke.")
    assert [p.name for p in people] == ["Ed Moss"]


# --- two surnames after a title, no given name ----------------------------------------------

@pytest.mark.parametrize("name, country, family", [
    ("Lopez Obrador", "MEX", "Lopez Obrador"),
    ("Garcia Luna", "MEX", "Garcia Luna"),
    ("Torres Villa", "PER", "Torres Villa"),
    ("Marcelo Ebrard", "MEX", "Marcelo Ebrard".split()[-1]),  # a given name first
    ("Lopez Obrador", "PHL", "Obrador"),  # not a country of two surnames
])
def test_two_surnames_written_without_a_given_name(name: str, country: str,
                                                   family: str) -> None:
    assert family_name(name, country, "") == family


def test_the_surname_used_alone_later_is_the_family_name() -> None:
    text = "President Torres Villa met us. Later, President Villa spoke."
    assert family_name("Torres Villa", "PER", text) == "Villa"


# --- an official in a title's possessive before a programme ------------------------------------

@pytest.mark.parametrize("title", [
    "Readout of Advisor Nia Tarrant’s Meeting with Companies Who Back President Joseph "
    "Biden’s Clean Energy and Investing in America Agenda",
    "Readout of Advisor Nia Tarrant’s Meeting with Builders on President Joseph Biden’s "
    "Bipartisan Infrastructure Law",
])
def test_an_official_named_before_a_programme_in_the_title_took_no_part(title: str) -> None:
    a = run(title, "Yesterday, Advisor Nia Tarrant hosted a meeting at the White House with "
            "business leaders on clean energy.")
    assert set(names(a)) == {"Tarrant"}


def test_an_official_named_before_a_meeting_in_the_title_still_took_part() -> None:
    a = run("Readout of President Joseph Biden’s Meeting with Prime Minister Ana Roe of "
            "Freedonia", "President Biden met today with Prime Minister Ana Roe of Freedonia.")
    assert {"Biden", "Roe"} <= set(names(a))
