"""White House / State layouts met on the us_dev v7 records, each written here in our own
words: a dash-set-off list of leaders after "Today the leaders", a guest welcomed with his
delegation, an Arab official called without the article, the host of a meeting taken part
in, an organisation's chief executive, a devolved government's minister, officials who
accompanied another, and state legislators' titles."""

from __future__ import annotations

from us_readouts import names, run

from policytrends.extract.naming import family_name
from policytrends.extract.ranks import rank_of


def test_leaders_set_off_by_dashes_after_today_are_all_participants() -> None:
    a = run("Joint Readout of the Ocean Leaders’ Call",
            "Today the Ocean Leaders – Prime Minister Ana Reid of New Zealand, Prime Minister "
            "Ben Ola of Norway, and President Sam Lee of the United States – convened to "
            "renew their commitment to the oceans.")
    m = a.meeting
    assert m is not None and (set(m.counterpart_countries), m.parties) == ({"NZL", "NOR"}, 3)
    assert names(a) == {"Reid": "NZL", "Ola": "NOR", "Lee": "USA"}


def test_a_leading_date_before_the_subject_is_still_passed_over() -> None:
    a = run("Readout of President Lee’s Call with Prime Minister Reid of New Zealand",
            "Today, President Sam Lee spoke with Prime Minister Ana Reid of New Zealand.")
    assert names(a) == {"Reid": "NZL", "Lee": "USA"}


def test_a_guest_welcomed_with_his_delegation_to_the_white_house_is_met() -> None:
    a = run("Readout of National Security Advisor Dan Cole’s Meeting with Defense Minister "
            "Prince Omar bin Tariq Al Hakim",
            "National Security Advisor Dan Cole welcomed Omani Defense Minister Prince Omar "
            "bin Tariq Al Hakim and his accompanying delegation to the White House today. They "
            "discussed the defense partnership.")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.date.isoformat(), m.location_country, m.level) == ("2023-05-10", "USA", "other")
    assert names(a) == {"Cole": "USA", "Al Hakim": "OMN"}


def test_welcoming_a_proposal_to_the_white_house_is_no_meeting() -> None:
    a = run("Statement on the Maritime Initiative",
            "The President welcomed Foreign Minister Omar Hakim’s proposal and his team’s "
            "ideas to the White House initiative on fisheries.")
    assert a.kind != "meeting"


def test_an_arab_official_called_without_the_article_is_named_so() -> None:
    # the lead's ruling 3: the name as the text calls the person
    context = "President Karim Al-Masri of Egypt. The Secretary thanked President Masri for"
    assert family_name("Karim Al-Masri", "EGY", context) == "Masri"
    assert family_name("Karim Al Masri", "EGY", "President Karim Al Masri said") == "Al Masri"
    assert family_name("Karim Al-Masri", "EGY", "President Al-Masri said") == "Al-Masri"
    # the bare word beginning another name is not this one's use
    assert family_name("Omar bin Tariq Al Hakim", "OMN",
                       "Sheikh Omar bin Tariq Al Hakim met Minister Hakim bin Said") == "Al Hakim"
    # a ruling house keeps its article however the text calls the person (ruling 3)
    assert family_name("Badr bin Saif Al Busaidi", "OMN",
                       "Minister Badr bin Saif Al Busaidi. Minister Busaidi said") == "Al Busaidi"


def test_the_host_of_a_meeting_taken_part_in_took_part() -> None:
    a = run("Readout of President Lee’s Participation in the Pacific Virtual Leaders’ Meeting",
            "Today President Sam Lee participated in the Pacific Virtual Leaders’ Meeting "
            "hosted by Prime Minister Ana Reid of New Zealand. Leaders discussed fisheries.")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("NZL",) and m.level == "summit"
    assert names(a) == {"Lee": "USA", "Reid": "NZL"}


def test_the_host_of_a_summit_whose_margins_saw_a_meeting_is_no_participant() -> None:
    a = run("Readout of President Lee’s Meeting with Prime Minister Ola of Norway",
            "President Sam Lee met today with Prime Minister Ben Ola of Norway on the margins "
            "of the Ocean Summit hosted by President Rosa Vidal of Chile.")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("NOR",)
    assert names(a) == {"Lee": "USA", "Ola": "NOR"}


def test_the_african_union_commission_chairperson_ranks_with_cabinet_members() -> None:
    assert rank_of("African Union Commission Chairperson") == "cabinet"
    assert rank_of("Chairperson of the African Union Commission") == "cabinet"
    assert rank_of("Election Commission Chairperson") == "other"  # not an organisation's head
    a = run("Secretary Lowe’s Call with African Union Commission Chairperson Musa Adamu",
            "Secretary of State Tom Lowe spoke today with African Union Commission Chairperson "
            "Musa Adamu about food security.", source="state")
    assert a.meeting is not None and a.meeting.level == "ministerial"


def test_a_devolved_governments_minister_is_the_states_side() -> None:
    a = run("Deputy Secretary Fay’s Meeting with Scottish First Minister Ross",
            "Deputy Secretary of State Ann Fay met with Scottish First Minister Iain Ross today "
            "in Washington, D.C. They discussed climate change.", source="state")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.parties) == (("GBR",), 2)
    assert names(a) == {"Fay": "USA", "Ross": "GBR"}


def test_officials_who_accompanied_another_are_on_that_side() -> None:
    a = run("Special Envoy Kerr’s Visit to Tripoli",
            "U.S. Special Envoy to Libya Paul Kerr visited Tripoli, Libya on May 9, where he "
            "met with Prime Minister Omar Saleh. Envoy Kerr was accompanied by Deputy "
            "Assistant Secretary of the Treasury Dana Reed.", source="state")
    assert names(a) == {"Kerr": "USA", "Saleh": "LBY", "Reed": "USA"}


def test_officials_accompanying_the_meetings_subject_are_the_reporting_side() -> None:
    a = run("Readout of Senior Administration Official Travel to Chile",
            "On Tuesday, May 9, Deputy National Security Advisor Jon Park traveled to Chile. "
            "While in Chile, Park met with President Rosa Vidal.\n\n"
            "Park was accompanied by Special Advisor for the Americas Tom Hale and Senior "
            "Director for Hemisphere Affairs Lia Cruz.")
    assert names(a) == {"Park": "USA", "Vidal": "CHL", "Hale": "USA", "Cruz": "USA"}


def test_state_legislators_titles_are_titles() -> None:
    a = run("Readout of the Vice President’s Meeting with State Legislators",
            "Today Vice President Ann Fay convened state legislators at the White House.\n\n"
            "Participants:\n\n"
            "-   Assemblywoman Rosa Diaz (D-NV-03)\n"
            "-   Congressman Tom Hale\n")
    assert names(a) == {"Fay": "USA", "Diaz": "USA", "Hale": "USA"}


def test_leaders_named_by_their_offices_alone_meet_at_summit_level() -> None:
    a = run("Joint Statement Following the Meeting Between the Two Presidents",
            "Today, the President of the United States and the President of the Republic of "
            "Chile met in Washington during a state visit.")
    m = a.meeting
    assert m is not None and (m.level, m.counterpart_countries) == ("summit", ("CHL",))
    # ... but not their vice presidents
    b = run("Joint Statement of the Two Vice Presidents",
            "Today, the Vice President of the United States and the Vice President of the "
            "Republic of Chile met in Washington.").meeting
    assert b is not None and b.level != "summit"


def test_a_town_the_city_table_lacks_is_placed_by_the_country_after_it() -> None:
    a = run("Readout of Vice President Fay’s Meeting with President Koval of Ukraine",
            "Vice President Ann Fay met today with President Ivan Koval of Ukraine in "
            "Brenzano, Italy, on the margins of the Conference on Recovery in Ukraine.")
    assert a.meeting is not None and a.meeting.location_country == "ITA"


def test_a_list_of_countries_or_a_demonym_after_a_comma_is_no_town_and_country() -> None:
    a = run("Readout of Under Secretary Fay’s Visit to Paraguay, Panama, and Chile",
            "Under Secretary of State Ann Fay and a delegation visited Paraguay, Panama, and "
            "Chile from May 7-9. The delegation met with Paraguayan President Luis Mora and "
            "with Chilean President Rosa Vidal.", source="state")
    assert a.meeting is not None and a.meeting.location_country != "PAN"
    b = run("Readout of National Security Advisor Cole’s Meeting with Counterparts",
            "National Security Advisor Dan Cole met on May 9 with Diplomatic Counselor to the "
            "President Luc Morel, German Chancellery Advisor Jan Vogt, and British National "
            "Security Advisor Tim Ware.")
    assert b.meeting is not None and b.meeting.location_country is None


def test_a_hyphenated_office_between_title_and_name_keeps_the_official() -> None:
    a = run("Secretary Lowe’s Call with Polish Foreign Minister and OSCE Chairman-in-Office Nowak",
            "Secretary of State Tom Lowe spoke today by phone with Polish Foreign Minister and "
            "OSCE Chairman-in-Office Jan Nowak to discuss European security.", source="state")
    assert names(a) == {"Lowe": "USA", "Nowak": "POL"}


def test_countries_of_a_later_event_named_beside_the_side_met_are_no_sides() -> None:
    a = run("Readout of President Lee’s Meeting with the Leaders of Oman",
            "Today, President Sam Lee met in Muscat with the leaders of Oman, our hosts for the "
            "upcoming Summit with the Gulf countries plus Egypt and Jordan.")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("OMN",)
    b = run("Readout of President Lee’s Meeting with the Leaders of Oman and Jordan",
            "Today, President Sam Lee met in Muscat with the leaders of Oman and Jordan.")
    assert b.meeting is not None and set(b.meeting.counterpart_countries) == {"OMN", "JOR"}
