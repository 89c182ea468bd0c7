"""White House / State layouts met on the us_dev v5 and v6 records, on held-out v3 and on
unlabelled dev-half records, each written here in our own words: participant lists and
members of groupings, leaders named by office or standing behind "we", joint statements of
unnamed delegations, delegations sent to meet, people holding no office, organisations as
sides, officials in titles and headlines, places given by a later sentence, events, and the
level of sides met through unnamed officials."""

from __future__ import annotations

from datetime import datetime

import pytest
from us_readouts import EDT, names, run


def test_leaders_listed_after_joining_the_call_are_the_other_sides() -> None:
    a = run("Readout of President Lee’s Call with Leaders of the Northern Flank",
            "President Sam Lee spoke today with the leaders of our northern flank NATO Allies "
            "about deterrence.\n\n"
            "Joining the call were the following leaders:\n\n"
            "-   Norwegian Prime Minister Kari Dahl\n"
            "-   Finnish President Matti Koski\n"
            "-   Swedish Prime Minister Lena Berg\n")
    m = a.meeting
    assert m is not None
    assert set(m.counterpart_countries) == {"NOR", "FIN", "SWE"}  # members, not NATO itself
    assert (m.parties, m.level) == (4, "summit")
    assert names(a) == {"Lee": "USA", "Dahl": "NOR", "Koski": "FIN", "Berg": "SWE"}


def test_an_organisation_met_as_such_stays_a_side() -> None:
    a = run("Readout of President Lee’s Meeting with NATO Secretary General Lars Holm",
            "President Sam Lee met today with NATO Secretary General Lars Holm to discuss "
            "support for NATO Allies on the eastern flank.")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.parties) == (("NATO",), 2)


def test_leaders_named_by_office_only_make_a_summit() -> None:
    a = run("Readout of the Second U.S.-Baltic Leaders’ Summit",
            "On 10 May 2023, the Presidents of Estonia, Lithuania and the United States and "
            "the Prime Minister of Latvia met in Riga for the second U.S.-Baltic Leaders’ "
            "Summit.")
    m = a.meeting
    assert m is not None and (m.level, m.parties, m.location_country) == ("summit", 4, "LVA")


def test_vice_presidents_named_by_office_are_no_heads() -> None:
    a = run("Readout of a Meeting of Vice Presidents",
            "On 10 May 2023, the Vice Presidents of Panama and Costa Rica met in Panama City "
            "with U.S. officials.")
    m = a.meeting
    assert m is not None and m.level != "summit"


def test_a_later_sentence_gives_where_the_meeting_was_held() -> None:
    a = run("U.S.-Korea Economic Dialogue Vice-Ministerial Meeting",
            "Office of the Spokesperson\n\n"
            "Today, Under Secretary for Economic Affairs Dana Cole convened the vice-ministerial "
            "meeting of the U.S.-Korea Economic Dialogue alongside Korean Vice Minister of "
            "Trade Park Min-ho. At the meeting, held in Washington, D.C., the two sides "
            "discussed export controls.", source="state")
    m = a.meeting
    assert m is not None and (m.mode, m.location_country) == ("in_person", "USA")


def test_a_place_in_another_paragraph_is_not_the_meetings() -> None:
    a = run("U.S.-Korea Economic Dialogue Vice-Ministerial Meeting",
            "Office of the Spokesperson\n\n"
            "Today, Under Secretary for Economic Affairs Dana Cole convened the vice-ministerial "
            "meeting of the U.S.-Korea Economic Dialogue alongside Korean Vice Minister of "
            "Trade Park Min-ho.\n\n"
            "The next ministerial meeting, held in Seoul last year, set the agenda.",
            source="state")
    m = a.meeting
    assert m is not None and m.location_country is None


@pytest.mark.parametrize("recalled", [
    "The two reviewed progress since the summit held in Hiroshima in May.",
    "They built on the last ministerial meeting, held in Seoul in March.",
])
def test_another_meeting_held_somewhere_is_not_where_this_one_was(recalled: str) -> None:
    a = run("Readout of Secretary Lane’s Meeting with Foreign Minister Rao of India",
            f"Secretary of State Maria Lane met today with Foreign Minister Ravi Rao of India. "
            f"{recalled}", source="state")
    m = a.meeting
    assert m is not None and m.location_country is None


def test_cabinet_offices_other_than_state_are_the_reporting_side() -> None:
    a = run("U.S.-Japan Economic Dialogue Vice-Ministerial Meeting",
            "Office of the Spokesperson\n\n"
            "Today, Under Secretary Dana Cole convened the vice-ministerial meeting alongside "
            "Under Secretary of Commerce for International Trade Maria Lopes and Japanese "
            "Vice Minister for International Affairs Sato Ken.", source="state")
    assert names(a) == {"Cole": "USA", "Lopes": "USA", "Sato": "JPN"}


def test_portfolio_words_with_and_stay_in_the_title() -> None:
    a = run("Senior Officials’ Virtual Meeting on Haiti",
            "Office of the Spokesperson\n\n"
            "Deputy Secretary Maria Lane and Assistant Secretary for International Narcotics "
            "and Law Enforcement Tom Reed met virtually today with senior Haitian officials.",
            source="state")
    assert set(names(a)) == {"Lane", "Reed"}


def test_unlisted_members_of_a_grouping_are_an_unnamed_side() -> None:
    a = run("Statement on National Security Advisor Kim’s Call with Northern Counterparts",
            "National Security Advisor Alex Kim spoke today with national security advisors "
            "and other officials from the Nordic group of our NATO Allies about deterrence.")
    m = a.meeting
    assert m is not None
    assert (m.counterpart_countries, m.parties, m.level) == ((), None, "other")


def test_activists_from_a_country_are_no_side() -> None:
    a = run("Secretary Lane’s Meeting with Pro-Democracy Activists from Freedonia",
            "Office of the Spokesperson\n\n"
            "Secretary of State Maria Lane met virtually today with activists from Burma to "
            "hear of their work.", source="state")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.level, m.parties) == ((), None, None)


def test_an_opposition_leader_holds_no_office() -> None:
    a = run("Statement on National Security Advisor Kim’s Meeting with Opposition Leader Ana "
            "Petrova of Belarus",
            "National Security Advisor Alex Kim met today with democratic opposition leader "
            "Ana Petrova of Belarus. Mr. Kim conveyed support for the people of Belarus.")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.level, m.parties) == ((), None, None)
    assert set(names(a)) == {"Kim"}


def test_representatives_from_a_government_are_its_side() -> None:
    a = run("Secretary Lane’s Meeting with Representatives from Japan",
            "Office of the Spokesperson\n\n"
            "Secretary of State Maria Lane met today with government representatives from "
            "Japan to discuss trade.", source="state")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("JPN",)


def test_greenlands_own_government_is_its_side() -> None:
    a = run("Deputy Secretary Lane’s Meeting with Greenland Premier Aqqaluk",
            "Office of the Spokesperson\n\n"
            "Deputy Secretary of State Maria Lane met today with Greenland Prime Minister Ole "
            "Aqqaluk in Washington, D.C. to discuss critical minerals.", source="state")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("GRL",)
    assert "GRL" in dict(a.countries) and "DNK" not in dict(a.countries)


def test_we_standing_for_named_leaders_convene_is_their_own_statement() -> None:
    # the lead's ruling 6: a statement in the first person of its signatories is no meeting
    # record, even when it names them ("Today, we – A, B and C – convene in X")
    a = run("Joint Leaders’ Statement of the Ocean Partners",
            "Today, we – Prime Minister Ana Silva of Portugal, Prime Minister Ben Ola of "
            "Norway, and President Sam Lee of the United States – convene in Lisbon to renew "
            "our commitment to the oceans.\n\n"
            "We will meet again next year.")
    assert a.kind != "meeting" and a.meeting is None


def test_we_the_unnamed_leaders_convened_is_a_statement() -> None:
    a = run("Joint Statement of Portugal, Norway and the United States",
            "We, the leaders of Portugal, Norway, and the United States, convened in the spirit "
            "of our partnership to mark its progress. Today, we announce a new secretariat.")
    assert a.kind != "meeting"


def test_a_joint_statement_reporting_that_representatives_met_is_their_meeting() -> None:
    # ruling 6: the body reports in the third person that officials met -> a meeting record,
    # though none is named and the group's own text follows in the first person
    a = run("Joint Statement of the Sahel Envoys Meeting",
            "Office of the Spokesperson\n\n"
            "Representatives of the African Union, Chad, France, Niger and the United States "
            "met in Washington D.C. on May 9 to discuss the crisis in the Sahel.\n\n"
            "Begin Text:\n\nWe remain committed to a political solution.", source="state")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.date.isoformat(), m.mode, m.location_country) == ("2023-05-09", "in_person", "USA")
    assert set(m.counterpart_countries) == {"AU", "TCD", "FRA", "NER"} and m.parties == 5
    assert a.participants == ()


def test_a_fact_sheet_whose_lead_reports_the_meeting_is_its_record() -> None:
    a = run("Fact Sheet: Ocean Partners Leaders’ Summit",
            "On May 9, President Sam Lee hosted Prime Minister Ana Silva of Portugal and Prime "
            "Minister Ben Ola of Norway at the White House for the first Ocean Partners "
            "Leaders’ Summit. The leaders launched new initiatives.\n\n"
            "Clean Oceans: the partners will fund new research.")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.date.isoformat(), m.location_country, m.level, m.parties) == (
        "2023-05-09", "USA", "summit", 3)
    assert names(a) == {"Silva": "PRT", "Ola": "NOR", "Lee": "USA"}


def test_a_fact_sheet_of_announcements_stays_a_fact_sheet() -> None:
    a = run("Fact Sheet: New Steps on Ocean Research",
            "Today, the Administration is announcing new steps to fund ocean research with "
            "Portugal and Norway. Last month President Sam Lee met Prime Minister Ana Silva "
            "in Lisbon.\n\nThe steps include new grants.")
    assert a.kind == "fact_sheet" and a.meeting is None


def test_a_joint_statement_naming_who_led_stays_a_meeting() -> None:
    a = run("Joint Statement Following the U.S.-Chile Economic Dialogue",
            "Today, senior officials from the United States and Chile met in Santiago for the "
            "U.S.-Chile Economic Dialogue. Secretary of Commerce Dana Cole and Chilean Minister "
            "of Economy Rosa Vidal chaired the meeting.")
    assert a.kind == "meeting"


def test_a_joint_statement_of_unnamed_leaders_meeting_stays_a_meeting() -> None:
    a = run("Joint Statement of Leaders on the Margins of the Summit",
            "Today, the Leaders of Canada, France and the United States met on the margins of "
            "the summit and released the following statement:\n\nWe condemn the attacks.")
    assert a.kind == "meeting"


def test_a_delegation_led_to_meet_a_leader_is_the_meeting() -> None:
    a = run("Joint Statement from the United States and Peru on Migration",
            "On May 9, 2023, as follow up to the May 2, 2023 call between President of Peru "
            "Rosa Vidal and Vice President of the United States Sam Lee, Deputy National "
            "Security Advisor Dana Cole led a high-level delegation of White House officials "
            "to meet with President Vidal and the Ambassador of Peru to the United States.\n\n"
            "The two governments commit to new legal pathways.")
    m = a.meeting
    assert a.kind == "meeting" and m is not None
    assert (m.date.isoformat(), m.mode, m.level) == ("2023-05-09", "in_person", "other")
    assert m.counterpart_countries == ("PER",) and m.location_country is None
    assert names(a) == {"Cole": "USA", "Vidal": "PER"}  # Lee only in the earlier call


def test_a_delegation_led_once_before_is_no_meeting() -> None:
    a = run("Statement on Migration with Peru",
            "Deputy National Security Advisor Dana Cole, who has led a delegation to meet "
            "with President Vidal of Peru before, spoke about migration at a conference.")
    assert a.kind != "meeting"


def test_the_islamic_cooperation_organisation_is_its_own_side() -> None:
    a = run("Secretary Lane’s Meeting with OIC Secretary General Omar",
            "Office of the Spokesperson\n\n"
            "Secretary of State Maria Lane met today in Washington, DC with the Secretary "
            "General of the Organization of Islamic Cooperation (OIC), H.E. Ali Omar, on the "
            "margins of the U.S.-OIC Strategic Dialogue.", source="state")
    m = a.meeting
    assert m is not None
    assert (m.counterpart_countries, m.level, m.parties) == (("OIC",), "ministerial", 2)
    assert names(a) == {"Lane": "USA", "Omar": "OIC"}


def test_the_organization_of_american_states_is_not_the_united_states() -> None:
    a = run("Secretary Lane’s Call with OAS Secretary General Ruiz",
            "Office of the Spokesperson\n\n"
            "Secretary of State Maria Lane spoke today with Secretary General of the "
            "Organization of American States (OAS) Juan Ruiz to discuss Haiti.", source="state")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("OAS",)
    assert names(a) == {"Lane": "USA", "Ruiz": "OAS"}


def test_an_american_official_stays_on_the_reporting_side() -> None:
    a = run("Readout of a Meeting with Peru",
            "American Ambassador to Peru Dana Cole met today with Peruvian Foreign Minister "
            "Rosa Vidal in Lima.")
    assert names(a) == {"Cole": "USA", "Vidal": "PER"}


def test_a_head_of_cabinet_of_a_principal_is_the_official_met() -> None:
    a = run("Deputy Secretary Lane’s Meeting with Head of Cabinet Berg",
            "Office of the Spokesperson\n\n"
            "Deputy Secretary of State Maria Lane met today in Brussels with Anna Berg, Head of "
            "Cabinet of the European Commission President Ursula Lind. They discussed Ukraine.",
            source="state")
    assert names(a) == {"Lane": "USA", "Berg": "EU"}


def test_officials_listed_after_an_of_title_all_take_part() -> None:
    a = run("Readout of a White House Meeting on Health Costs",
            "Today, Domestic Policy Advisor Dana Cole convened private sector leaders to discuss "
            "health costs. Director Cole was joined by Secretary of Health and Human Services "
            "Ana Ruiz, Acting Secretary of Labor Julie Park, and Assistant Secretary for Tax "
            "Policy Lee Ward. During the meeting, they discussed costs.")
    assert {"Ruiz", "Park", "Ward"} <= set(names(a))


def test_officials_a_spokespersons_title_reports_on_took_part() -> None:
    a = run("Statement by Press Secretary Jo Dean on President Sam Lee and Vice President Ana "
            "Ruiz’ Meeting with Senators",
            "The President and the Vice President had a productive discussion with senators "
            "this evening at the White House.")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.level) == ((), None)
    assert names(a) == {"Lee": "USA", "Ruiz": "USA"}  # the press secretary speaks only


def test_a_given_name_two_leaders_share_decides_no_country() -> None:
    a = run("Readout of President Joseph Lee’s Call with President Joseph Haddad of Lebanon",
            "President Joseph Lee spoke today with President Joseph Haddad of Lebanon to "
            "congratulate him on his election.")
    assert names(a) == {"Lee": "USA", "Haddad": "LBN"}


def test_the_title_lead_of_a_readout_is_the_reporting_side() -> None:
    a = run("Readout of President Sam Lee’s Call with Prime Minister Dan Levi of Israel",
            "The President spoke today with Israeli Prime Minister Levi about Gaza.")
    assert names(a) == {"Lee": "USA", "Levi": "ISR"}


def test_an_untitled_name_before_the_verb_is_the_subject() -> None:
    a = run("Statement on National Security Advisor Alex Kim’s Call with Ivan Petrov, Adviser "
            "to the President of Russia",
            "Today, Alex Kim spoke with Ivan Petrov, Foreign Policy Advisor to President Oleg "
            "Sokol of Russia.")
    assert names(a)["Kim"] == "USA"


def test_a_headline_ends_before_the_officials_title() -> None:
    a = run("U.S.-EU: Joint Press Release by the EEAS and Department of State on Consultations "
            "Between Deputy Secretary Maria Lane and Secretary General Paolo Conti",
            "On May 26, Deputy Secretary of State Maria Lane and European External Action "
            "Service Secretary General Paolo Conti met in Brussels.", source="state",
            when=datetime(2021, 5, 26, 18, 0, tzinfo=EDT))
    assert names(a) == {"Lane": "USA", "Conti": "EU"}
    assert a.meeting is not None and a.meeting.level == "other"


def test_a_country_inside_a_persons_name_is_no_side() -> None:
    a = run("Readout of Homeland Security Advisor Dr. Ana Ruiz’s Trip to Mexico",
            "On May 9-10, Homeland Security Advisor Dr. Ana Ruiz led an interagency delegation "
            "to Mexico. Deputy Attorney General Lisa Monaco and U.S. Ambassador to Mexico Ken "
            "Cole joined her. The delegation met with Mexican President Luis Vega and Foreign "
            "Secretary Alicia Mora.\n\nCanada was also discussed.")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("MEX",)
    assert names(a).get("Mora") == "MEX" and names(a).get("Ruiz") == "USA"


def test_a_readout_of_an_event_is_no_meeting() -> None:
    a = run("Readout of the Ocean Fellows Event at the White House",
            "On Tuesday, ocean fellows gathered at the White House for an event to mark the "
            "first year of the fellowship. Deputy National Security Advisor Dana Cole gave "
            "keynote remarks.")
    assert a.kind != "meeting"


def test_a_meeting_with_someone_at_a_ceremony_stays_a_meeting() -> None:
    # the event word names where the meeting took place, not what the record is
    a = run("Readout of Secretary Lane’s Meeting with Foreign Minister Rao of India on the "
            "Margins of the Signing Ceremony",
            "Secretary of State Maria Lane met today with Indian Foreign Minister Ravi Rao. "
            "They discussed trade.", source="state")
    assert a.kind == "meeting" and a.meeting is not None
    assert a.meeting.counterpart_countries == ("IND",)


def test_a_readout_of_a_convening_of_officials_stays_a_meeting() -> None:
    a = run("Readout of White House State Legislative Convening on Paid Leave",
            "Today, Domestic Policy Advisor Dana Cole hosted state legislators from 30 states "
            "at the White House to discuss paid leave.")
    assert a.kind == "meeting"


def test_a_minister_of_unification_is_found_with_the_title() -> None:
    a = run("Deputy Secretary Lane’s Meeting with Republic of Korea Minister of Unification Kim",
            "Office of the Spokesperson\n\n"
            "Deputy Secretary of State Maria Lane met with Republic of Korea Minister of "
            "Unification Kim Min-soo in Seoul today.", source="state")
    assert names(a) == {"Lane": "USA", "Kim": "KOR"}


def test_governments_met_through_unnamed_officials_are_below_ministers() -> None:
    a = run("U.S.-Peru Health Dialogue Launched",
            "Office of the Spokesperson\n\n"
            "On Monday, May 8, 2023, the United States and Peru hosted the U.S.-Peru Health "
            "Dialogue in Washington, DC to deepen health cooperation.", source="state")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.level) == (("PER",), "other")


@pytest.mark.parametrize(("title", "level"), [
    ("Second U.S.-Peru Ministerial Dialogue", "ministerial"),
    ("Second U.S.-Peru Vice-Ministerial Dialogue", "other"),
])
def test_a_ministerial_title_ranks_unnamed_sides(title: str, level: str) -> None:
    a = run(title, "Office of the Spokesperson\n\n"
            "On Monday, May 8, 2023, the United States and Peru held the second dialogue in "
            "Lima to deepen cooperation.", source="state")
    m = a.meeting
    assert m is not None and m.level == level


def test_together_with_another_official_is_no_appositive() -> None:
    a = run("Readout of the Second Meeting of the Donor Platform Steering Committee",
            "Today, Deputy National Security Advisor for International Economics Dana Cole, "
            "together with Finance Minister of Moldova, Ion Rusu, co-chaired the second "
            "meeting of the Steering Committee.")
    assert names(a) == {"Cole": "USA", "Rusu": "MDA"}


def test_an_envoys_portfolio_in_an_appositive_is_not_the_holders_country() -> None:
    a = run("Deputy Secretary Lane’s Meeting with Laotian Deputy Prime Minister/Foreign "
            "Minister Sone Vang",
            "Office of the Spokesperson\n\n"
            "Deputy Secretary Maria Lane met today in Washington with Laotian Deputy Prime "
            "Minister/Foreign Minister Sone Vang. She urged Foreign Minister Vang, in his "
            "role as ASEAN Special Envoy on Burma, to press for peace.", source="state")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("LAO",)


def test_an_adviser_to_a_foreign_head_is_of_that_country() -> None:
    a = run("Statement on National Security Advisor Kim’s Call with European Counterparts",
            "National Security Advisor Alex Kim spoke by phone today together with Ambassador "
            "Paul Roy, Diplomatic Advisor to the French President.")
    assert names(a) == {"Kim": "USA", "Roy": "FRA"}


def test_a_foreign_minister_met_abroad_is_of_the_country_visited() -> None:
    a = run("Under Secretary Cole’s Travel to Peru",
            "Office of the Spokesperson\n\n"
            "Under Secretary of State Dana Cole traveled to Peru, May 3-5, to reaffirm ties. "
            "Foreign Minister Rosa Vidal and the Under Secretary held a productive discussion "
            "in Lima on shared priorities.", source="state")
    assert names(a) == {"Cole": "USA", "Vidal": "PER"}


def test_a_state_councilor_named_with_his_country_nearby_is_of_it() -> None:
    a = run("Deputy Secretary Lane’s Visit to the People’s Republic of China",
            "Office of the Spokesperson\n\n"
            "Deputy Secretary of State Maria Lane traveled to the People’s Republic of China "
            "for meetings with State Councilor Li Wei and other PRC officials. The Deputy "
            "Secretary and State Councilor Li had a frank discussion.", source="state")
    assert names(a) == {"Lane": "USA", "Li": "CHN"}


def test_a_devolved_first_minister_is_not_guessed_from_a_topic() -> None:
    a = run("Deputy Secretary Lane’s Meeting with Welsh First Minister Evans",
            "Office of the Spokesperson\n\n"
            "Deputy Secretary of State Maria Lane met with Welsh First Minister Rhys Evans "
            "today in Washington, D.C. They discussed the war against Ukraine.", source="state")
    assert names(a).get("Evans") != "UKR"


def test_leaders_a_meeting_included_are_its_sides_to_the_full_stop() -> None:
    a = run("Readout of Vice President Ana Ruiz’s Meeting with Pacific Leaders",
            "Vice President Ana Ruiz convened today Pacific leaders on the margins of the "
            "summit in Manila, the Philippines. In addition to the Vice President, the meeting "
            "included: Prime Minister Rua of Fiji, Prime Minister Tane of Samoa, and Prime "
            "Minister Hale of Tonga. They met to consult on the DPRK’s launch, a violation of "
            "UN Security Council resolutions.")
    m = a.meeting
    assert m is not None
    assert set(m.counterpart_countries) == {"FJI", "WSM", "TON"}  # not the DPRK or the UN
    assert (m.parties, m.level) == (4, "ministerial")
    assert set(names(a)) == {"Ruiz", "Rua", "Tane", "Hale"}


def test_prosecutor_and_port_envoy_titles_introduce_their_officials() -> None:
    a = run("Readout of National Security Advisor Kim’s Meeting with Anti-Corruption Leaders",
            "National Security Advisor Alex Kim and Port Envoy Dana Cole met today with a "
            "delegation of Moldovan anti-corruption institutions, including Special "
            "Anti-Corruption Prosecutor Ion Rusu.")
    assert names(a) == {"Kim": "USA", "Rusu": "MDA", "Cole": "USA"}
