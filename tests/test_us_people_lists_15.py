"""Participants named in lists on White House / State records (issue 14, session 15): the
officials of a domestic convening or a group call listed in prose with no colon
("Participants included A, B and C."), after a venue ("in Annapolis, Md., including
Governor A"), on a list's lines with a state or local place ("Mayor A, Dayton, Ohio"), under
a heading naming a group of officials ("State legislative leaders included:"), after a
plural title with places ("Governors A of X and B of Y"), as the subjects of "led the U.S.
delegation" or "accompanied Dr. X", in a later "A and B hosted C, Title; D, Title"
sentence, and titled with long office names written before the name ("Director of the
Office of Rural and Tribal Partnerships A B"), also over a wrapped line.

Every text is written here in our own words (fictional officials and places); each
category holds several wordings and near misses that must not fire.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from us_readouts import names, run

from policytrends.extract.people import find_people

EDT = timezone(timedelta(hours=-4))
CONVENING = "Readout of the White House Convening with State and Local Leaders"
LEAD = ("Today, Domestic Policy Advisor Nia Tarrant convened state and local leaders to "
        "discuss broadband. ")


# --- a list run into a sentence, with no colon ----------------------------------------------

@pytest.mark.parametrize("listed", [
    "Participants included Governor Ann Roe (Ohio), Mayor Sam Lee of Dayton, and County "
    "Executive Kim Hale of Pine County.",
    "Other attendees included Ohio Governor Ann Roe, Dayton Mayor Sam Lee, and Pine County "
    "Executive Kim Hale.",
    "Administration officials participating included Secretary of Labor Ann Roe, Deputy "
    "Director of the Broadband Office Sam Lee, and Special Assistant to the President for "
    "Rural Policy Kim Hale.",
    "The convening was also attended by Governor Ann Roe of Ohio, Mayor Sam Lee of Dayton, "
    "Ohio, and County Commissioner Kim Hale.",
    "Participating were Governor Ann Roe, Mayor Sam Lee and County Executive Kim Hale.",
    "Joining the Advisor were Governor Ann Roe, Mayor Sam Lee and Commissioner Kim Hale.",
])
def test_a_list_run_into_a_sentence_names_participants(listed: str) -> None:
    a = run(CONVENING, LEAD + listed + " Earlier this year, Secretary Rita Moss announced "
            "new grants for rural lines.")
    # (the list ends with its sentence: an official named in the next one took no part)
    assert set(names(a)) == {"Tarrant", "Roe", "Lee", "Hale"}


@pytest.mark.parametrize("sentence", [
    "Participants included representatives of farm groups and rural carriers.",
    "Participants were pleased with the progress of the grant program.",
    "Participants include a broad range of local leaders, the Advisor said.",
])
def test_a_participants_sentence_naming_no_official_adds_none(sentence: str) -> None:
    a = run(CONVENING, LEAD + sentence)
    assert set(names(a)) == {"Tarrant"}


def test_a_group_call_whose_leaders_follow_participating_were() -> None:
    a = run("Readout of President Biden’s Call with Leaders of the G7",
            "President Biden spoke today with leaders of the G7. Participating were Prime "
            "Minister Dan Trevor of Canada, President Paul Lorand of France, and Chancellor "
            "Otto Brenner of Germany.")
    assert names(a) == {"Biden": "USA", "Trevor": "CAN", "Lorand": "FRA", "Brenner": "DEU"}


# --- a venue, then the officials there ----------------------------------------------------

@pytest.mark.parametrize("after_place", [
    ", including Governor Wes Morland (Maryland), Mayor Brandon Scoll of Baltimore, and "
    "County Executive Angela Alsop.",
    ", including Maryland Governor Wes Morland, Baltimore Mayor Brandon Scoll and County "
    "Executive Angela Alsop.",
])
def test_officials_listed_after_a_place_with_a_state_abbreviation_took_part(
        after_place: str) -> None:
    a = run(CONVENING, "Today, Vice President Kamala Harris convened state and local officials "
            "in Annapolis, Md." + after_place)
    assert set(names(a)) == {"Harris", "Morland", "Scoll", "Alsop"}


def test_a_dialogue_led_by_officials_after_its_place() -> None:
    a = run("Eighth Annual U.S.-AU Commission Dialogue",
            "The United States and the African Union Commission (AUC) held the eighth annual "
            "High-Level Dialogue on March 11 in Washington, D.C., led by Secretary of State "
            "Antony Blinken and AUC Chairperson Amadou Kone. The two sides signed a new "
            "memorandum on health.", source="state",
            when=datetime(2022, 3, 11, 18, 0, tzinfo=EDT))
    assert set(names(a)) == {"Blinken", "Kone"}


def test_a_topic_after_including_is_no_official_and_the_place_stays_a_place() -> None:
    a = run("Secretary Blinken’s Meeting with Danish Foreign Minister Holm",
            "Secretary of State Antony J. Blinken met today with Danish Foreign Minister Jens "
            "Holm in Washington, D.C. Secretary Blinken and Foreign Minister Holm discussed "
            "joint work across a range of issues, including NATO cooperation and food "
            "security.", source="state")
    assert names(a) == {"Blinken": "USA", "Holm": "DNK"}
    assert a.meeting is not None and a.meeting.counterpart_countries == ("DNK",)


# --- a list's lines giving a state or local place -----------------------------------------

@pytest.mark.parametrize("entries", [
    "Governor Ann Roe, Ohio\n\nMayor Sam Lee, Dayton, Ohio\n\nCounty Executive Kim Hale, "
    "Pine County, Maryland",
    "- Ann Roe, Governor of Ohio\n- Sam Lee, Mayor of Dayton, Ohio\n- Kim Hale, County "
    "Executive, Pine County, Maryland",
    "Ann Roe, State Senator, Indiana\n\nSam Lee, Mayor, Washington, D.C.\n\nKim Hale, "
    "Councilmember, Pine County, Ohio",
])
def test_list_lines_with_a_state_or_local_place_are_officials(entries: str) -> None:
    a = run(CONVENING, LEAD + "\n\nAttendees:\n\n" + entries + "\n\nJo Poe, President, Ohio "
            "Farmers Union")
    # (the last line's organisation is no government's: its person holds no office)
    assert set(names(a)) == {"Tarrant", "Roe", "Lee", "Hale"}


# --- a heading naming a group of officials ------------------------------------------------

@pytest.mark.parametrize("heading", ["State legislative leaders included:",
                                     "State and local officials included:",
                                     "Participating governors were:"])
def test_a_heading_naming_officials_opens_their_list(heading: str) -> None:
    a = run("Readout of White House Meeting with State Legislative Leaders",
            "Today, senior White House officials met with state legislative leaders on "
            "voting rights.\n\n" + heading + "\n\n-   Ohio Senate President Pro Tempore Ann "
            "Roe\n-   Oregon House Majority Leader Sam Lee\n-   Maryland Delegate Kim Hale")
    assert set(names(a)) == {"Roe", "Lee", "Hale"}


def test_a_heading_of_private_leaders_opens_no_list() -> None:
    a = run("Readout of White House Meeting with State Legislative Leaders",
            "Today, Domestic Policy Advisor Nia Tarrant met with state legislative leaders on "
            "voting rights.\n\nBusiness leaders included:\n\n-   Acme Vice President Sam "
            "Lee\n-   Rita Moss, Director, Voters Network")
    assert set(names(a)) == {"Tarrant"}


# --- a plural title before names with their places ----------------------------------------

@pytest.mark.parametrize("listed", [
    "Governors Ann Roe of Utah and Sam Lee of Michigan, and Mayors Kim Hale of Dayton and "
    "Rita Moss of Tulsa",
    "Governors Ann Roe (R-UT) and Sam Lee (D-MI), and Mayors Kim Hale (Dayton) and Rita "
    "Moss (Tulsa)",
])
def test_officials_after_a_plural_title_each_with_a_place(listed: str) -> None:
    a = run("Readout of the Vice President’s Meeting with Governors and Mayors",
            "Today, Vice President Kamala Harris hosted a virtual meeting with " + listed + ".")
    assert set(names(a)) == {"Harris", "Roe", "Lee", "Hale", "Moss"}


# --- subjects who led a delegation or went with the lead ----------------------------------

def test_the_subjects_of_led_the_delegation_took_part() -> None:
    a = run("Joint Statement of the U.S.-India Counternarcotics Working Group",
            "On June 2, the United States and India virtually convened the second meeting of "
            "the Counternarcotics Working Group. Director General Raj Asthan, Narcotics "
            "Bureau, led the Indian delegation. Drug Policy Office Assistant Director Kemp "
            "Chessel, Deputy Assistant Secretary for Narcotics Affairs Jorg Andrew, and Deputy "
            "Assistant Attorney General Jen Hodges jointly led the U.S. delegation. The "
            "delegations discussed data sharing.", source="state",
            when=datetime(2022, 6, 3, 12, 0, tzinfo=EDT))
    assert set(names(a)) == {"Asthan", "Chessel", "Andrew", "Hodges"}


def test_officials_who_accompanied_the_lead_took_part() -> None:
    a = run("Readout of Homeland Security Advisor Dr. Lena Ward’s Trip to Panama",
            "This week, Homeland Security Advisor Dr. Lena Ward traveled to Panama City, where "
            "she met with President Luis Carrizo of Panama. Deputy Attorney General Rose "
            "Malloy, Deputy Secretary of State for Management Ravi Mehta, and Deputy Director "
            "of the Drug Control Policy Office Adam Kohn accompanied Dr. Ward on this trip.")
    assert set(names(a)) == {"Ward", "Carrizo", "Malloy", "Mehta", "Kohn"}


# --- a later sentence telling who hosted whom ---------------------------------------------

def test_a_later_hosted_sentence_names_the_participants() -> None:
    text = ("This morning, the Office of the Cyber Director convened government and industry "
            "leaders in a forum on charging networks.\n\nCyber Director Chris Ingram and "
            "Principal Deputy Cyber Director Kemi Walder hosted Polly Trent, Deputy Secretary, "
            "Department of Transportation; David Turnbull, Deputy Secretary, Department of "
            "Energy; and Mitch Landry, Senior Advisor to the President.")
    a = run("Readout of Cybersecurity Forum on Charging Networks", text)
    assert set(names(a)) == {"Ingram", "Walder", "Trent", "Turnbull", "Landry"}


def test_a_later_hosted_sentence_about_an_earlier_occasion_adds_none() -> None:
    text = ("Today, Cyber Director Chris Ingram convened industry leaders in a forum on "
            "charging networks. Last year, Secretary Rita Moss hosted Governor Ann Roe at a "
            "similar forum.")
    a = run("Readout of Cybersecurity Forum on Charging Networks", text)
    assert set(names(a)) == {"Ingram"}


# --- long office names written before the name --------------------------------------------

@pytest.mark.parametrize(("text", "family"), [
    ("Director of the Office of Rural and Tribal Partnerships Melia Rowan spoke.", "Rowan"),
    ("Senior Response Official at Operation Safe Harbor Bob Fenwick spoke.", "Fenwick"),
    ("White House Director of Outreach in the Office of Public Engagement Saki Verdan spoke.",
     "Verdan"),
    ("The Chair of the Council on Clean Water Quality Brenda Mallet spoke.", "Mallet"),
    ("Co-Chair of the Gender Policy Council Julia Reyes spoke.", "Reyes"),
    ("The forum was co-chaired by Senior Director for Counterterrorism and Transnational "
     "Crime Tia Eppler.", "Eppler"),
])
def test_a_long_office_name_before_the_name_is_its_title(text: str, family: str) -> None:
    assert [p.name.split()[-1] for p in find_people(text)] == [family]


def test_entries_written_title_first_are_each_their_own_official() -> None:
    # (a title after a comma is the next entry's, not an office attached to its name)
    found = find_people("Officials included the Chair of the Council on Water Quality Brenda "
                        "Mallet, Senior Advisor to the President for Climate Policy John "
                        "Podell, and Director of the Office of Faith and Neighborhood "
                        "Partnerships Melia Rowan.")
    assert [p.name.split()[-1] for p in found] == ["Mallet", "Podell", "Rowan"]
    # (an office attached to a principal named with an office still stops before it)
    found = find_people("Bjorn Sievert, Head of Cabinet for European Commission President "
                        "Ursula von der Leyen, met Minister Ann Roe.")
    assert [p.name for p in found] == ["Bjorn Sievert", "Ann Roe"]


def test_a_name_wrapped_over_two_lines_is_read_whole() -> None:
    text = ("Today, officials met with faith leaders on clean energy. Administration officials\n"
            "participating included Senior Advisor to the President for Climate Policy John\n"
            "Podell and Director of the Office of Faith and Neighborhood Partnerships Melia\n"
            "Rowan, who thanked the participants for their work.")
    a = run("Readout of the White House Faith Leaders Convening on Clean Energy", text)
    assert set(names(a)) == {"Podell", "Rowan"}


@pytest.mark.parametrize(("text", "family"), [
    ("Deputy Secretary Ann Roe met Speaker of the Mongolian Parliament Tsendbat.", "Tsendbat"),
    ("She also met the Speaker of the Hungarian Parliament Laszlo Kerek.", "Kerek"),
])
def test_a_name_after_a_legislature_in_the_title(text: str, family: str) -> None:
    assert find_people(text)[-1].name.split()[-1] == family


def test_a_chairman_of_the_joint_chiefs_is_no_name() -> None:
    found = find_people("Chairman of the Joint Chiefs of Staff Gen. Mark Milford joined.")
    assert [p.name for p in found] == ["Mark Milford"]


def test_an_organisation_office_and_the_same_officials_state_are_one_official() -> None:
    a = run("Secretary Blinken’s Call with OSCE Chair-in-Office and Polish Foreign Minister Rak",
            "Secretary of State Antony J. Blinken spoke today by phone with Organization for "
            "Security and Cooperation in Europe (OSCE) Chairman-in-Office Zbigniew Rak about "
            "the OSCE's work.", source="state")
    assert names(a) == {"Blinken": "USA", "Rak": "POL"}


# --- who is no participant: the reader of a readout, a scholar, one official named twice --

@pytest.mark.parametrize("title", [
    "Readout by NSC Spokesperson Ada Winter of National Security Advisor Sullivan’s Call "
    "with Rights Activist Mina Farzad",
    "Readout by NSC Spokesman Tom Ward of the Council’s Virtual Roundtable with Rights "
    "Activists",
    "Statement from Press Secretary Ada Winter on National Security Advisor Sullivan’s Call "
    "with Rights Activists",
])
def test_the_spokesperson_reading_a_record_out_is_no_participant(title: str) -> None:
    a = run(title, "Today, National Security Advisor Jake Sullivan spoke with rights activists "
                   "from around the world about their work.")
    assert set(names(a)) == {"Sullivan"}


def test_a_spokesperson_who_took_part_in_the_clause_is_kept() -> None:
    a = run("Readout of the Press Secretary’s Meeting with Foreign Ministry Spokespeople",
            "Today, Press Secretary Ada Winter met with Spokesperson Li Wen of China's "
            "Foreign Ministry.")
    assert "Winter" in names(a)


@pytest.mark.parametrize("described", [
    ", who is the Glenn Professor of Economics at Hartwell University,",
    ", the Lowe Professor of Public Affairs at Ridgefield University,",
    ", a professor at Mason College,",
])
def test_a_scholar_named_with_a_style_alone_is_no_official(described: str) -> None:
    text = ("Today, President Biden met with Dr. Edwin Glass and Dr. Janet Curran to discuss "
            "the economics of infrastructure. Glass" + described + " briefed the President on "
            "project selection. Curran" + described + " briefed him on lead pipes.")
    a = run("Readout of President Biden’s Meeting with Economists", text)
    assert set(names(a)) == {"Biden"}


def test_an_official_with_a_style_and_an_office_elsewhere_is_kept() -> None:
    text = ("Today, President Biden met with Dr. Ana Lowe to discuss vaccines. Lowe, the "
            "Director of the National Vaccine Office, briefed the President.")
    a = run("Readout of President Biden’s Meeting on Vaccines", text)
    assert set(names(a)) == {"Biden", "Lowe"}


@pytest.mark.parametrize(("text", "count"), [
    ("Today, President Biden and First Lady Jill Biden met with King Harald Lund of Norland "
     "at the White House.", 2),
    ("Today, the President and First Lady Jill Biden met with King Harald Lund and Queen "
     "Sonja Lund of Norland at the White House.", 2),
    # (one official named two ways stays one)
    ("Today, Secretary of State Antony J. Blinken met with Foreign Minister Sheikh Khalid Al "
     "Harith of Oman. Secretary Tony Blinken thanked Minister Al Harith.", 1),
    ("Today, Dr. Jill Biden met with Queen Sonja Lund of Norland. First Lady Jill Biden "
     "thanked her.", 1),
])
def test_a_couple_sharing_a_family_name_are_two_participants(text: str, count: int) -> None:
    a = run("Readout of the Meeting with the King of Norland", text)
    fams = [p.family_name for p in a.participants]
    assert max(fams.count(f) for f in set(fams)) == count


# --- two officials who speak together in a later sentence -----------------------------------

TASK_FORCE = ("Today, National Climate Advisor Gina Marsh convened the Climate Task Force. "
              "{second} {third}")


@pytest.mark.parametrize(("second", "third"), [
    ("Water Council Chair Brenda Moll and Acting Budget Director Shana Yount discussed the "
     "new rules.", "Secretary of Transportation Pete Burr and EPA Administrator Mike Regis "
     "provided an update on grants."),
    ("During the meeting, Water Council Chair Brenda Moll, and the Acting Budget Director "
     "Shana Yount highlighted the new rules.", "Secretary of Transportation Pete Burr and EPA "
     "Administrator Mike Regis gave a briefing on grants."),
])
def test_two_officials_who_speak_together_took_part(second: str, third: str) -> None:
    a = run("Readout of the Fifth Climate Task Force Meeting",
            TASK_FORCE.format(second=second, third=third))
    assert set(names(a)) == {"Marsh", "Moll", "Yount", "Burr", "Regis"}


def test_two_officials_named_inside_a_sentence_that_opens_otherwise_did_not_speak() -> None:
    a = run("Readout of the Fifth Climate Task Force Meeting", TASK_FORCE.format(
        second="The rules that Water Council Chair Brenda Moll and Acting Budget Director "
               "Shana Yount discussed last year were reviewed.",
        third="A report by Secretary of Transportation Pete Burr and EPA Administrator Mike "
              "Regis provided an update on grants."))
    assert set(names(a)) == {"Marsh"}


def test_officials_taking_part_in_the_meetings_plural_are_listed() -> None:
    a = run("Readout of White House Meetings with Leaders of Police Groups",
            "This week, senior officials met with leaders of police groups to discuss reform. "
            "Officials from the Administration taking part in the meetings included Domestic "
            "Policy Advisor Susan Rowe, Senior Advisor Cedric Rich, and Deputy Attorney "
            "General Lisa Monk. The officials stressed accountability.")
    assert set(names(a)) == {"Rowe", "Rich", "Monk"}


@pytest.mark.parametrize(("before", "kept"), [
    ("The Director was joined by Assistant Secretary for African Affairs Molly Fee and "
     "Senior Director for Africa Judd Devon. ", {"Fee", "Devon"}),
    # (an earlier occasion's company, or one told far before the meeting, adds none)
    ("Last month the Director was joined by Assistant Secretary for African Affairs Molly "
     "Fee on a visit to Kenya. ", set()),
])
def test_the_leads_company_told_just_before_the_meeting_took_part(before: str,
                                                                 kept: set[str]) -> None:
    a = run("Readout of Director of National Intelligence Ava Hines’s Travel to Rwanda",
            "Director of National Intelligence Ava Hines traveled to Rwanda this week. " + before
            + "Director Hines met with Rwandan President Paul Kagore to discuss the border.")
    assert set(names(a)) == {"Hines", "Kagore"} | kept


OUTREACH = ("This morning, Senior Advisor Cedric Rich and FEMA Administrator Dee Criss convened "
            "calls with members of the Gulf Coast delegations to update them on storm "
            "preparations. Senior Advisor Rich spoke individually with {}.")
SPOKEN_WITH = ("Louisiana Senators Bill Cass and John Kenner, Mississippi Congressman Ben Thom, "
               "Louisiana Congressmembers Steve Scal and Troy Cart, and New Orleans Mayor "
               "LaToya Cant",
               "Senators Bill Cass and John Kenner, Congressman Ben Thom, Congressmen Steve Scal "
               "and Troy Cart, and Mayor LaToya Cant")


def test_officials_spoken_with_one_by_one_after_the_lead_took_part() -> None:
    for listed in SPOKEN_WITH:
        found = names(run("Readout of Administration Calls with Gulf Coast Elected Officials",
                          OUTREACH.format(listed)))
        assert set(found) == {"Rich", "Criss", "Cass", "Kenner", "Thom", "Scal", "Cart",
                              "Cant"}, listed


def test_a_later_call_with_no_one_by_one_outreach_adds_none() -> None:
    a = run("Readout of Administration Calls with Gulf Coast Elected Officials",
            "This morning, Senior Advisor Cedric Rich convened calls with members of the Gulf "
            "Coast delegations on storm preparations. Last year, he spoke individually with "
            "Senator Bill Cass after the floods.")
    assert set(names(a)) == {"Rich"}
