"""White House / State layouts met on the us_dev v4 records, each written here in our own
words: meetings told by a welcome, by a lead naming the call, by a closing, by a joint
statement whose host is the other side; participant lists headed by an office or naming
organisations; officials named inside another's title; regnal and Portuguese names; the
leaders of a G7 meeting."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from us_readouts import EDT, names, run

from policytrends.extract.naming import family_name
from policytrends.extract.people import find_people
from policytrends.extract.ranks import rank_of


def test_a_welcome_for_a_joint_meeting_is_the_meeting() -> None:
    a = run("Readout of President Lee’s Meeting with President Anna Novak and Prime Minister "
            "Piotr Kowal of Poland",
            "President Sam Lee welcomed President Anna Novak and Prime Minister Piotr Kowal of "
            "Poland for a joint meeting at the White House on May 10. The leaders discussed "
            "energy security.")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.date, m.mode, m.location_country) == (date(2023, 5, 10), "in_person", "USA")
    assert (m.counterpart_countries, m.parties, m.level) == (("POL",), 2, "summit")
    assert set(names(a)) == {"Lee", "Novak", "Kowal"}


def test_a_lead_naming_the_call_makes_its_officials_the_sides() -> None:
    a = run("Special Envoy Park’s Trilateral Call with Japanese and ROK Counterparts",
            "Office of the Spokesperson\n\n"
            "In a May 8 trilateral call, U.S. Special Envoy for the DPRK Dan Park, Japanese "
            "Ministry of Foreign Affairs Director General for Asian Affairs Sato Ken, and ROK "
            "Special Representative for Peninsula Affairs Lee Min-ho discussed the DPRK’s May 1 "
            "and May 4 missile launches.", source="state")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert m.date == date(2023, 5, 8)  # the lead's date, not the launches'
    assert (m.mode, m.level, m.parties) == ("telephone", "other", 3)
    assert m.counterpart_countries == ("JPN", "KOR")  # the DPRK is the topic, not a side
    assert names(a) == {"Park": "USA", "Sato": "JPN", "Lee": "KOR"}


def test_a_call_with_the_press_is_no_meeting_lead() -> None:
    a = run("Secretary’s Remarks", "In a call with reporters, the Secretary discussed the "
            "budget.", source="state")
    assert a.kind != "meeting"


def test_consultations_that_concluded_after_two_days_began_the_day_before() -> None:
    a = run("U.S.-Kazakhstan Annual Consultations",
            "Today, virtual United States-Kazakhstan Annual Consultations (AC) concluded "
            "after two days of talks. A senior U.S. delegation, led by Assistant Secretary of "
            "State Mary Cole, hosted Foreign Minister Aset Nurlan and the senior Kazakh "
            "delegation.\n\nThe delegations discussed trade.", source="state")
    m = a.meeting
    assert m is not None
    assert (m.date, m.mode) == (date(2023, 5, 9), "video")
    assert (m.counterpart_countries, m.level) == (("KAZ",), "other")
    assert names(a) == {"Cole": "USA", "Nurlan": "KAZ"}


def test_a_meeting_of_officials_unnamed_does_not_borrow_the_next_sentence() -> None:
    a = run("Readout of the U.S.-Brazil Working Group Senior Official Meeting",
            "On May 9, the United States and Brazil held a senior official meeting in "
            "Washington. Launched following President Lee and President Souza’s decision, the "
            "group coordinates efforts.")
    assert a.meeting is not None and not a.participants


def test_a_host_abroad_receiving_a_us_delegation_is_the_other_side() -> None:
    a = run("Joint Statement from Chile and the United States on Shared Efforts",
            "On May 9, President Ana María Rojas Vidal and senior Government of Chile "
            "officials hosted a U.S. delegation led by Homeland Security Advisor Jo Kim and "
            "Deputy Attorney General Lee Grant to further our cooperation.")
    m = a.meeting
    assert m is not None
    assert (m.mode, m.location_country, m.level) == ("in_person", "CHL", "other")
    assert names(a) == {"Rojas Vidal": "CHL", "Kim": "USA", "Grant": "USA"}


def test_a_deputy_attorney_general_is_below_cabinet() -> None:
    assert rank_of("Deputy Attorney General") == "other"
    assert rank_of("Attorney General") == "cabinet"


def test_hosting_a_meeting_says_nothing_of_its_mode() -> None:
    a = run("U.S.-ROK Consultation", "Deputy Special Envoy Dr. Jo Kim hosted the first "
            "interagency U.S.-Republic of Korea (ROK) Director General/Deputy-Level Consultation "
            "(DLC) meeting with Ministry of Foreign Affairs officials on May 9.", source="state")
    assert a.meeting is not None and a.meeting.mode is None


def test_a_lower_case_call_in_the_title_is_a_telephone_call() -> None:
    a = run("Statement on National Security Advisor Jane Roe’s call with National Security "
            "Advisor Nikos Pappas of Greece",
            "National Security Advisor Jane Roe met today with Dr. Nikos Pappas, National "
            "Security Advisor of Greece.")
    assert a.meeting is not None and a.meeting.mode == "telephone"


def test_the_principal_named_in_an_attached_office_is_no_participant() -> None:
    people = find_people("Deputy Secretary Ann Lowe spoke today with Karl Weber, Chief of Staff "
                         "for European Commission President Eva Braun. They discussed Ukraine.")
    assert [(p.name, p.title) for p in people] == [
        ("Ann Lowe", "Deputy Secretary"),
        ("Karl Weber", "Chief of Staff for European Commission President")]
    a = run("Deputy Secretary Lowe’s Call with Chief of Staff Weber",
            "Deputy Secretary of State Ann Lowe spoke today with Karl Weber, Chief of Staff for "
            "European Commission President Eva Braun.", source="state")
    assert set(names(a)) == {"Lowe", "Weber"}


def test_two_officials_joined_by_and_the_honorable_are_two() -> None:
    people = find_people("H.E. Sato Ken, Minister for Foreign Affairs of Japan and the "
                         "Honorable Ann Lowe, Secretary of State of the United States, convened "
                         "a meeting.")
    assert [(p.name.split()[-1], p.title) for p in people] == [
        ("Ken", "Minister for Foreign Affairs of Japan"),
        ("Lowe", "Secretary of State of the United States")]


@pytest.mark.parametrize(
    ("name", "context", "family"),
    [
        # Portuguese names: the surname the text uses alone (the lead's ruling 8)
        ("Luiz Carlos Lago da Costa", "President Lago said", "Lago"),
        ("Luiz Carlos Lago da Costa", "President Lago da Costa said", "Lago da Costa"),
        ("Antonio de Souza Prado", "Minister Prado said", "Prado"),
        # a given name used alone (as Brazil's press does) is no evidence: the last name
        ("Dilma Vana Rocha", "President Dilma said", "Rocha"),
        ("Antonio de Souza Prado", "", "Prado"),
    ],
)
def test_portuguese_family_names(name: str, context: str, family: str) -> None:
    assert family_name(name, "BRA", context) == family


def test_a_monarch_keeps_the_ordinal_of_the_regnal_name() -> None:
    a = run("Readout of President Lee’s Call with King Faisal III of Jordan",
            "President Sam Lee spoke today with His Majesty King Faisal III of Jordan. King "
            "Faisal thanked the President.")
    assert set(names(a)) == {"Lee", "Faisal III"}
    b = run("Readout of President Lee’s Call with Governor Ruiz",
            "President Sam Lee spoke today with Governor Ana Ruiz III of Texas.")
    assert "Ruiz" in names(b)  # an ordinal after another title is a suffix, dropped


def test_the_leaders_of_a_g7_meeting_named_with_the_g7_took_part() -> None:
    a = run("Readout of President Lee’s Virtual Meeting with G7 Leaders",
            "Today, President Sam Lee met virtually with G7 Leaders to discuss Ukraine.\n\n"
            "President Lee thanked Prime Minister Rossi for her leadership of the G7, and "
            "welcomed Canada’s G7 Presidency next year under Prime Minister Tremblay. "
            "President Lee condemned President Ivanov’s war.")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("G7",)
    assert set(names(a)) == {"Lee", "Rossi", "Tremblay"}


def test_a_list_headed_by_the_white_house_names_its_participants() -> None:
    a = run("Readout of National Security Advisor Jane Roe’s Meeting with College Presidents",
            "On Thursday, National Security Advisor Jane Roe welcomed 12 college presidents "
            "for a round table discussion on campus security.\n\n"
            "From the White House:\n\n"
            "-   Jane Roe, Assistant to the President for National Security Affairs\n"
            "-   Tom Hale, Deputy Assistant to the President & Deputy Homeland Security "
            "Advisor\n"
            "-   Dr. Rita Moss, Executive Director for the White House Initiative on Equity, "
            "Excellence, and Opportunity")
    m = a.meeting
    assert m is not None and m.date == date(2023, 5, 4) and m.level is None
    assert set(names(a)) == {"Roe", "Hale", "Moss"}


def test_a_list_of_participating_governments_and_organisations_counts_the_parties() -> None:
    a = run("Joint Statement on the Health Action Foreign Ministerial Meeting",
            "Foreign Minister Sato Ken of Japan and Secretary of State Ann Lowe convened a "
            "virtual Health Action Foreign Ministerial Meeting on May 9 with over 20 countries."
            "\n\nParticipants joining Japan and the United States in the Health Action Meeting "
            "included the Argentine Republic, the Republic of Chile, the Kingdom of Spain, the "
            "African Union, Heads of the World Health Organization, and the World Bank.",
            source="state")
    m = a.meeting
    assert m is not None
    assert set(m.counterpart_countries) == {"JPN", "ARG", "CHL", "ESP", "AU", "WHO", "WB"}
    assert m.parties == 8


def test_a_side_said_to_be_led_by_officials_gives_them_its_country() -> None:
    a = run("Japan-U.S. Deterrence Dialogue",
            "The Government of Japan and the Government of the United States held a bilateral "
            "Deterrence Dialogue in Georgia on May 8-9. The Japanese side was co-chaired by Mr. "
            "Sato Ken, Deputy Director-General, Ministry of Foreign Affairs, while the U.S. "
            "side was co-chaired by Ms. Ann Lowe, Deputy Assistant Secretary, Department of "
            "State, and Mr. Tom Hale, Deputy Assistant Secretary of Defense.", source="state")
    assert names(a) == {"Sato": "JPN", "Lowe": "USA", "Hale": "USA"}


def test_a_trilateral_meeting_titled_meeting_of_three_leaders_has_them_all() -> None:
    a = run("Readout: Trilateral Meeting of Prime Minister Tom Hale of the United Kingdom, "
            "President Sam Lee, and Prime Minister Ann Cole of Australia",
            "Prime Minstr Hale, President Lee and Prime Minister Cole met in the margins of the "
            "G7 summit in Cornwall on 12 June 2021. They discussed the Indo-Pacific.",
            when=datetime(2021, 6, 12, 18, 0, tzinfo=EDT))
    m = a.meeting
    assert m is not None
    assert (m.counterpart_countries, m.parties) == (("AUS", "GBR"), 3)  # the G7 is a venue
    assert set(names(a)) == {"Lee", "Cole", "Hale"}


def test_a_held_dialogue_with_its_ministers_named_after_which_included() -> None:
    a = run("Joint Statement on the Strategic Dialogue Between the United States and Chile",
            "The Governments of the United States and Chile held the U.S.-Chile Strategic "
            "Dialogue in Washington, D.C. on May 4, which included consultations between Chilean "
            "Foreign Minister Ana Soto and U.S. Secretary of State Ann Lowe. May 4 is a feast.",
            source="state")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.date, m.level, m.counterpart_countries) == (date(2023, 5, 4), "ministerial",
                                                         ("CHL",))
    assert names(a) == {"Soto": "CHL", "Lowe": "USA"}


def test_a_dialogue_led_by_officials_named_in_the_next_sentence() -> None:
    a = run("Joint Statement on the U.S. – Chile Strategic Dialogue",
            "On May 2, the Governments of the United States and Chile held a Strategic Dialogue "
            "in Washington, D.C., on their partnership. Chile’s Foreign Minister, Ana Soto, and "
            "U.S. Assistant "
            "Secretary of State for Western Hemisphere Affairs, Dr. Ann Lowe, led the Strategic "
            "Dialogue.", source="state")
    m = a.meeting
    assert m is not None and (m.level, m.counterpart_countries) == ("other", ("CHL",))
    assert names(a) == {"Soto": "CHL", "Lowe": "USA"}


def test_an_office_before_a_comma_and_an_honorific_is_the_title() -> None:
    people = find_people("Secretary Ann Lowe met today with the Foreign Minister of Chile, Dr. "
                         "Ana Soto. In Peru, Mr. Hale met with the President.")
    got = {p.name: (p.title, p.country) for p in people}
    assert got["Ana Soto"] == ("Foreign Minister of Chile", "CHL")
    assert got["Hale"] == ("Mr.", None)  # "In Peru," is no office


def test_an_ambassadors_country_is_not_where_the_meeting_was() -> None:
    a = run("Deputy Secretary Lowe’s Meeting with Chilean President-Elect Soto",
            "Deputy Secretary of State Ann Lowe met today with Chilean President-Elect Ana Soto "
            "and her advisors, including Chilean Ambassador to the United States Luis Vera, in "
            "Santiago, Chile.", source="state")
    assert a.meeting is not None and a.meeting.location_country == "CHL"


def test_an_adviser_to_a_head_of_government_is_of_that_country() -> None:
    from policytrends.extract.people import person_country
    assert person_country("Diplomatic Advisor to the Italian Prime Minister") == "ITA"
    assert person_country("Diplomatic Advisor to the Prime Minister of Italy") == "ITA"
    assert person_country("Special Envoy to the President") is None


def test_a_permanent_secretary_is_below_cabinet() -> None:
    assert rank_of("Permanent Secretary of Energy") == "other"
    assert rank_of("Secretary of Energy") == "cabinet"


def test_a_city_leading_the_meeting_sentence_gives_the_other_side() -> None:
    a = run("Readout of Senior Administration Official Travel to Israel",
            "National Security Advisor Jane Roe traveled to Israel on May 8-9. In Jerusalem, "
            "Ms. Roe met with President Levi, Prime Minister Cohen, and Defense Minister Katz to "
            "discuss regional issues.")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("ISR",)
    assert {p.family_name: p.country for p in a.participants if p.family_name != "Roe"} == {
        "Levi": "ISR", "Cohen": "ISR", "Katz": "ISR"}


def test_a_welcome_of_a_minister_with_a_long_title_to_the_department() -> None:
    a = run("Secretary Lowe’s Meeting with Indian External Affairs Minister Rao",
            "Secretary of State Ann Lowe welcomed Indian External Affairs Minister Dr. S. K. Rao "
            "to the Department of State, where she reaffirmed the partnership.", source="state")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.mode, m.location_country, m.level) == ("in_person", "USA", "ministerial")


def test_a_us_city_and_state_is_a_place_in_the_united_states() -> None:
    a = run("Readout of President Lee’s Meeting with Prime Minister Hale of the United Kingdom",
            "President Sam Lee met today with Prime Minister Tom Hale of the United Kingdom in "
            "Fresno, California. They discussed defense cooperation.")
    assert a.meeting is not None and a.meeting.location_country == "USA"
    b = run("Readout of Senior Administration Official Travel to Haiti",
            "The delegation met today with representatives from Haitian civil society, "
            "including the Montana Group, as well as political stakeholders.")
    assert b.meeting is not None and b.meeting.location_country != "USA"  # a group's name


def test_a_summit_the_call_prepares_is_no_side_of_it() -> None:
    a = run("Readout of President Lee’s Call with President Kaya of Türkiye",
            "President Sam Lee spoke today with President Ali Kaya of Türkiye in advance of the "
            "NATO Summit in Vilnius, Lithuania. They discussed Sweden’s accession.")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.parties) == (("TUR",), 2)


def test_a_welcome_for_a_dialogue_over_abbreviated_names() -> None:
    a = run("Fourth Annual U.S.-Chile 2+2 Ministerial Dialogue",
            "Begin Text:\n\nSecretary of State Ann Lowe and Secretary of Defense Tom R. Hale "
            "welcomed Minister of Defence Ana Soto and Minister of Foreign Affairs Dr. L. Vera "
            "for the Fourth U.S.-Chile 2+2 Ministerial Dialogue in Washington on May 9.",
            source="state")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.date, m.level, m.counterpart_countries) == (date(2023, 5, 9), "ministerial",
                                                         ("CHL",))
    assert set(names(a)) == {"Lowe", "Hale", "Soto", "Vera"}


def test_one_leader_named_two_ways_stays_on_the_reporting_side() -> None:
    a = run("Readout of President Samuel T. Lee, Jr. Call with Prime Minister Tom Hale of the "
            "United Kingdom",
            "President Sam Lee spoke today with British Prime Minister Tom Hale. The two leaders "
            "discussed climate goals.")
    m = a.meeting
    assert m is not None and m.level == "summit"
    assert {p.family_name: p.country for p in a.participants} == {"Lee": "USA", "Hale": "GBR"}



def test_the_eu_met_as_its_commission_and_council() -> None:
    a = run("Readout of National Security Advisor Jane Roe’s Meeting with European Commission "
            "Executive Vice Presidents",
            "National Security Advisor Jane Roe met with European Commission Executive Vice "
            "Presidents Anna Berg and Jan Holm today to discuss cooperation.")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.parties) == (("EU",), 2)
    b = run("Readout of President Sam Lee’s Meeting with President Eva Braun of the European "
            "Commission",
            "President Sam Lee met today with President Eva Braun of the European Commission.")
    assert b.meeting is not None and b.meeting.counterpart_countries == ("EU",)


def test_officials_said_to_lead_each_delegation_take_its_side() -> None:
    a = run("Joint Statement of the Second Meeting of the Chile-U.S. Working Group",
            "The National Police of Chile hosted the second meeting of the Chile-U.S. Working "
            "Group in Santiago, Chile on 8-9 May. Mr. Luis Vera, Director General, PDI led the "
            "Chilean delegation and Mr. Tom Hale, Senior Advisor to the Director of National "
            "Drug Control Policy at the White House led the U.S. delegation.", source="state")
    assert names(a) == {"Vera": "CHL", "Hale": "USA"}


def test_the_principal_of_an_office_in_the_possessive_is_no_participant() -> None:
    a = run("Readout of President Lee’s Special Advisor for the Americas’ Trip to Ecuador",
            "President Lee’s Special Advisor for the Americas Tom Hale met today with President "
            "of Ecuador Ana Soto.")
    m = a.meeting
    assert m is not None and m.level == "other"
    assert set(names(a)) == {"Hale", "Soto"}


def test_the_spokesperson_a_readout_is_from_is_no_participant() -> None:
    a = run("Readout from NSC Spokesperson Amy Dale on National Security Advisor Jane Roe’s "
            "Meeting with Jordanian Foreign Minister Omar Safi",
            "Today, National Security Advisor Jane Roe met in Washington with Jordanian Foreign "
            "Minister Omar Safi.")
    assert set(names(a)) == {"Roe", "Safi"}


def test_burmas_unity_government_and_officials_named_after_their_role() -> None:
    a = run("Counselor Hale’s Meeting with NUG Representatives",
            "Counselor Tom Hale met today with NUG representatives Khin Mya Thet and Soe Lin "
            "Tun. The Counselor pledged support for the people of Burma.", source="state")
    m = a.meeting
    assert m is not None
    assert (m.counterpart_countries, m.parties, m.level) == (("MMR",), 2, "other")
    assert names(a) == {"Hale": "USA", "Khin Mya Thet": "MMR", "Soe Lin Tun": "MMR"}
    b = run("Readout of the Meeting with Business Leaders",
            "The Vice President met today with business leaders Anna Berg and Jan Holm.")
    # no officials' role (the Vice President who met them is the sitting one)
    assert not {"Berg", "Holm"} & {p.family_name for p in b.participants}


def test_a_welcome_of_an_event_and_a_call_for_talks_is_no_meeting() -> None:
    # the "for ... talks" belongs to a later clause, not to the welcome
    a = run("On the Ceasefire in Northland",
            "Secretary of State Ann Lowe welcomed the ceasefire agreed between the parties in "
            "Northland on May 9 and called for a prompt return to talks on a lasting "
            "settlement.", source="state")
    assert a.kind != "meeting" and a.meeting is None
