"""White House / State layouts met on the us_dev v9 records and on held-out v6 (mostly
domestic readouts), each written here in our own words: the President named only by his
office, a short visit to a meeting, people who hold no office (a community of Americans, a
list of company and association heads), officials' lists under headings of their own, the
White House as a place and as part of an office's name."""

from __future__ import annotations

from datetime import datetime

from us_readouts import EDT, names, run

from policytrends.extract.countries import countries_in


def test_the_president_named_by_his_office_is_the_sitting_one() -> None:
    a = run("Readout of the President’s Meeting with the Housing Council",
            "This afternoon, the President met with the members of the Housing Council to "
            "discuss rents.")
    assert names(a) == {"Biden": "USA"}
    a = run("Readout of the President’s Call with Senator Ann Roe",
            "Today the President had a phone call with Senator Ann Roe on the budget.",
            when=datetime(2019, 5, 10, 18, 0, tzinfo=EDT))
    assert names(a)["Trump"] == "USA"


def test_an_adviser_to_the_president_or_another_president_is_not_the_president() -> None:
    for text in ("Assistant to the President Sam Lee met with the Housing Council today.",
                 "Senior Advisor to the President Sam Lee met today with the President of "
                 "Ruritania's envoy."):
        assert "Biden" not in names(run("Readout of a Meeting on Housing", text)), text
    # a State Department release's "the President" is not read as the US President
    a = run("Secretary Lee’s Meeting with President Ana Costa",
            "The President and Secretary Sam Lee met today in Lisbon.", source="state")
    assert "Biden" not in names(a)


def test_a_president_who_dropped_by_took_part_on_the_us_side() -> None:
    a = run("Readout of Vice President Harris’s Meeting with First Minister Ann Roe",
            "Today Vice President Kamala Harris met virtually with Prime Minister Ann Roe of "
            "Ireland. President Joe Biden dropped by the meeting. They discussed trade.")
    assert names(a) == {"Harris": "USA", "Biden": "USA", "Roe": "IRL"}
    a = run("Readout of Vice President Harris’s Meeting with First Minister Ann Roe",
            "Today Vice President Kamala Harris met virtually with First Minister Ann Roe of "
            "Wales. Later, Mayor Jo Poe dropped by the bakery on Main Street.")
    assert "Poe" not in names(a)


def test_the_sitting_vice_president_is_on_the_us_side() -> None:
    a = run("Readout of Vice President Harris’s Roundtable with Clean Energy Leaders in Peru",
            "Vice President Kamala Harris today convened civil society leaders working on "
            "climate action in Northern Peru and business leaders advancing Peru’s clean "
            "energy transition.\n\nThe Vice President was joined by: • Sam Lee, U.S. "
            "Ambassador to Peru\n\n• Ana Soto, Founder of the Solar Growers Association")
    assert names(a) == {"Harris": "USA", "Lee": "USA"}
    assert a.meeting is not None and a.meeting.counterpart_countries == ()
    # a foreign vice president keeps the side met
    a = run("Readout of Secretary Lee’s Meeting with Vice President Ana Soto of Peru",
            "Secretary Sam Lee met today with Vice President Ana Soto of Peru.")
    assert names(a) == {"Lee": "USA", "Soto": "PER"}


def test_americans_of_an_origin_and_groups_holding_no_office_are_no_side() -> None:
    for text in ("Today, Senior Advisor Sam Lee met with Peruvian American leaders to hear "
                 "their concerns.",
                 "Vice President Kamala Harris today met with a group of Peruvian pioneering "
                 "women in Lima, Peru."):
        m = run("Readout of a Meeting", text).meeting
        assert m is not None and (m.counterpart_countries, m.level, m.parties) == (
            (), None, None), text
    m = run("Readout of a Meeting", "Today, Senior Advisor Sam Lee met with Peruvian "
            "officials to hear their concerns.").meeting
    assert m is not None and m.counterpart_countries == ("PER",)


def test_a_predicate_after_a_name_is_no_appositive_naming_a_country() -> None:
    a = run("Readout of a Roundtable on Welcoming Refugees",
            "Today, Coordinator Sam Lee and Secretary of Homeland Security Ana Soto, convened "
            "a roundtable with company heads engaged in efforts to welcome Peruvian refugees.")
    assert names(a) == {"Lee": "USA", "Soto": "USA"}
    assert a.meeting is not None and a.meeting.counterpart_countries == ()


def test_a_participants_list_keeps_officials_and_leaves_out_everyone_else() -> None:
    a = run("Readout of a White House Roundtable on Housing",
            "Today, Domestic Policy Advisor Sam Lee hosted a roundtable in the Roosevelt Room "
            "with housing advocates.\n\n"
            "Participants in today’s roundtable included:\n\n"
            "Secretary of Housing Ana Soto, Department of Housing\n\n"
            "Dr. Jo Poe, Board Chair, Physicians for Better Homes\n\n"
            "Rev. Al Roe, President, National Association of Builders\n\n"
            "Dr. Bea Kim, Acme Homes Inc.\n\n"
            "Cy Tan, Vice President, Government Relations, Acme Homes\n\n"
            "Di Fox, Founder, Homes Peru campaign")
    assert names(a) == {"Lee": "USA", "Soto": "USA"}
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.location_country) == ((), "USA")


def test_officials_taking_part_named_in_a_sentence_of_their_own() -> None:
    a = run("Readout of White House Meeting with Leaders of Police Unions",
            "Yesterday, senior officials met with leaders of police unions to discuss "
            "reform.\n\nOfficials from the Administration taking part in the meeting "
            "included Domestic Policy Advisor Sam Lee and Associate Attorney General Ana "
            "Soto.")
    assert names(a) == {"Lee": "USA", "Soto": "USA"}


def test_the_white_house_in_an_offices_name_is_no_place() -> None:
    a = run("Readout of a Listening Session with Farmers",
            "Today, Director of the White House Office of Public Engagement Sam Lee met with "
            "farmers from Ohio.")
    m = a.meeting
    assert m is not None and (m.mode, m.location_country) == ("in_person", None)
    a = run("Readout of a Listening Session with Farmers",
            "Today, Sam Lee, a senior adviser, met with farmers at the White House.")
    assert a.meeting is not None and a.meeting.location_country == "USA"


def test_a_list_lines_formal_state_name_or_organisation_gives_the_side() -> None:
    a = run("Readout of President Biden’s Meeting of the Forum on Oceans",
            "Today, President Biden convened the Forum on Oceans.\n\n"
            "Participants included:\n\n"
            "Prime Minister Ana Soto, People’s Republic of Bangladesh\n\n"
            "President Jo Poe, European Commission\n\n"
            "Secretary-General Al Roe, United Nations")
    assert names(a) == {"Biden": "USA", "Soto": "BGD", "Poe": "EU", "Roe": "UN"}


def test_american_indians_and_a_companys_country_word_name_no_country() -> None:
    assert countries_in("the National Congress of American Indians met") == []
    a = run("Readout of a Roundtable on Storage",
            "Today, Secretary of Energy Sam Lee met with company heads.\n\n"
            "Participants included:\n\n"
            "Malta Inc. announced a study on storage.")
    assert a.meeting is not None and a.meeting.counterpart_countries == ()


def test_officials_of_the_us_side_who_speak_in_the_readout_took_part() -> None:
    a = run("Readout of the Tenth Meeting of the Water Task Force",
            "Yesterday, Water Advisor Sam Lee convened the tenth meeting of the Water Task "
            "Force. Energy Secretary Ana Soto previewed work on dams. During the meeting, "
            "Congresswoman Jo Poe, the first chair of the caucus, discussed rivers. She and "
            "Dr. Cy Tan discussed wells.")
    assert names(a) == {"Lee": "USA", "Soto": "USA", "Poe": "USA"}


def test_a_foreign_speaker_adds_no_side_and_changes_no_other_side() -> None:
    a = run("Readout of President Biden’s Call with Prime Minister Ana Soto of Peru",
            "President Joe Biden spoke today with Prime Minister Ana Soto of Peru. King Jo Poe "
            "of Ruritania stressed his support for Peru.")
    m = a.meeting
    assert m is not None and m.counterpart_countries == ("PER",)
    assert names(a) == {"Biden": "USA", "Soto": "PER"}


def test_an_offices_us_prefix_does_not_end_the_sentence() -> None:
    a = run("Joint Statement of the Peru-U.S. Water Council",
            "The Peru-U.S. Water Council met in Lima on May 2, 2023. The meeting was "
            "co-chaired by U.S. Secretary of the Interior Sam Lee and Peru Minister of Water "
            "Ana Soto, joined by U.S. Deputy Under Secretary of Labor Jo Poe.")
    assert names(a) == {"Lee": "USA", "Soto": "PER", "Poe": "USA"}
    m = a.meeting
    assert m is not None and (m.level, m.parties) == ("ministerial", 2)


def test_offices_with_undersecretary_or_communication_words_name_the_official() -> None:
    a = run("Readout of a Meeting on Student Aid",
            "Today, Domestic Policy Advisor Sam Lee met with student groups.\n\n"
            "Administration participants:\n\nUndersecretary of Education Jim Kim\n\n"
            "Minister for Information Communication Technology Ana Soto")
    assert {"Kim", "Soto"} <= set(names(a))
