"""White House / State layouts met on the us_dev v10 records and on held-out v7 (domestic
convenings most of all), each written here in our own words: lists of state and local
officials under headings of their own ("Attendees included:", "Speakers", "Participating
... included:"), entries written title first with a committee after the name, officials
named in a "Participants, including" aside, two officials in apposition, an office whose
name holds a serial comma, a roundtable two officials co-hosted, a meeting called virtual
only in the next sentence, and a summit told as a programme of remarks and panels."""

from __future__ import annotations

from us_readouts import names, run

from policytrends.extract.naming import family_name
from policytrends.extract.people import find_people


def test_a_heading_of_attendees_lists_state_and_local_officials_written_title_first() -> None:
    text = ("Yesterday, Jo Poe, Director of the Housing Council, met with state and local "
            "leaders to discuss rents.\n\nAttendees included:\n\nState Senator Ann Roe (D-OR)"
            "\n\nCounty Executive Sam Lee, Pine County, Ohio\n\nMaryland State Delegate Kim "
            "Hale\n\nMayor Tom Vale\n\nAssemblywoman Rita Moss")
    a = run("Readout of White House Meeting with State and Local Leaders on Rents", text)
    assert names(a) == {"Poe": "USA", "Roe": "USA", "Lee": "USA", "Hale": "USA", "Vale": "USA",
                        "Moss": "USA"}
    assert a.meeting is not None and a.meeting.counterpart_countries == ()


def test_speakers_and_participating_headings_open_lists_a_private_head_is_left_out() -> None:
    for heading in ("Speakers:", "Meeting Speakers", "Participating state legislators "
                                                      "included:"):
        text = ("Today, Vice President Kamala Harris convened state legislators in Dayton, "
                "Ohio, to discuss voting rights.\n\n" + heading + "\n\nGovernor Ann Roe, Ohio "
                "Governor\n\nSen. Sam Lee, Ohio State Senator\n\nJo Poe, President, Voters "
                "First Network")
        a = run("Readout of Vice President Harris’s Meeting with Ohio State Legislators", text)
        assert names(a) == {"Harris": "USA", "Roe": "USA", "Lee": "USA"}, heading


def test_the_next_groups_heading_ends_the_officials_list() -> None:
    text = ("Yesterday, the Housing Council hosted a convening with Director Jo Poe to discuss "
            "rents.\n\nParticipating government officials included:\n\nAnn Roe, Deputy "
            "Director, Housing Council\n\nMayor Sam Lee, City of Dayton\n\nTenant and "
            "builder leaders included:\n\nKim Hale, Vice President of Tenant "
            "Outreach\n\nRita Moss, Founder, Rent Watch")
    a = run("Readout of the Housing Council Convening on Rents", text)
    assert set(names(a)) == {"Poe", "Roe", "Lee"}


def test_a_committee_after_a_title_first_entry_is_no_official() -> None:
    text = ("Today Vice President Kamala Harris convened state legislators in Boston, "
            "Massachusetts.\n\nSpeakers\n\n1. State Representative Ann Roe (D-MA), Chair, "
            "Ways and Means Committee\n\n2. State Representative Sam Lee (D-MA), Speaker Pro "
            "Tempore\n\n3. Undersecretary Jo Poe, US Department of Defense")
    a = run("Readout of Vice President Harris’s Meeting with Massachusetts Legislators", text)
    assert set(names(a)) == {"Harris", "Roe", "Lee", "Poe"}


def test_an_accompanying_official_after_a_comma_in_one_line_prose_is_kept() -> None:
    # (a State item's text is one line: no list entry, whatever opens it)
    text = ("Special Envoy Ann Roe met today in Lisbon with Foreign Minister Rui Costa of "
            "Portugal, and they discussed energy security and the coming summit in detail, "
            "including the grid links across the region and the storage plans of both "
            "sides. Envoy Roe was accompanied by Deputy Assistant Secretary Sam Lee.")
    a = run("Special Envoy Roe’s Meeting with Foreign Minister Costa", text, source="state")
    assert names(a) == {"Roe": "USA", "Costa": "PRT", "Lee": "USA"}


def test_officials_named_in_a_participants_including_aside_took_part() -> None:
    a = run("Readout of the Third Housing Task Force Meeting",
            "Today, Housing Advisor Jo Poe convened the Housing Task Force. Participants, "
            "including the Special Envoy for Housing Ann Roe, also discussed the coming "
            "summit with Mayor Sam Lee's staff.")
    assert set(names(a)) == {"Poe", "Roe"}


def test_two_officials_in_apposition_are_both_found() -> None:
    a = run("Readout of White House Convening on Child Care",
            "Today, Ann Roe, Assistant to the President and Director of the Housing Council "
            "and Sam Lee, Deputy Assistant to the President for Rents, convened state "
            "legislators.")
    assert names(a) == {"Roe": "USA", "Lee": "USA"}
    # one official whose office names two fields keeps the whole office
    a = run("Readout of White House Meeting on Housing",
            "Today, Ann Roe, Secretary of Health and Human Services, met with tenants.")
    assert names(a) == {"Roe": "USA"}


def test_an_office_whose_name_holds_a_serial_comma_names_its_holder() -> None:
    a = run("Roundtable on Press Freedom",
            "Today, Under Secretary of State for Civilian Security, Democracy, and Human "
            "Rights Ann Roe and Under Secretary of Homeland Security for Strategy, Policy, "
            "and Plans Sam Lee co-hosted a roundtable discussion with journalists.",
            source="state")
    assert names(a) == {"Roe": "USA", "Lee": "USA"}
    assert a.meeting is not None and a.meeting.counterpart_countries == ()


def test_a_co_hosted_conference_told_in_passing_is_no_meeting() -> None:
    a = run("On World Ocean Day",
            "The oceans feed billions. The United States co-hosted the Blue Seas Conference "
            "with Palau in April 2022, when we announced new funds.", source="state")
    assert a.kind != "meeting"


def test_a_meeting_called_virtual_in_the_next_sentence_was_a_video_meeting() -> None:
    a = run("Readout of the Second Housing Task Force Meeting",
            "Today, Housing Advisor Jo Poe convened the Housing Task Force. During the virtual "
            "meeting, members discussed rents.")
    assert a.meeting is not None and a.meeting.mode == "video"
    # a later virtual event says nothing of this meeting's mode (a domestic convening with
    # no mode word: in person, tests/test_us_layouts_14.py)
    a = run("Readout of the Second Housing Task Force Meeting",
            "Today, Housing Advisor Jo Poe convened the Housing Task Force. Members will hold "
            "a virtual town hall next month.")
    assert a.meeting is not None and a.meeting.mode == "in_person"


def test_a_summit_told_as_remarks_and_panels_is_an_event_not_a_meeting() -> None:
    text = ("Yesterday, the Housing Council hosted a national convening on homes. The "
            "day-long summit featured remarks and panel discussions on rents.")
    assert run("Readout of the Housing Council Summit on Homes", text).kind != "meeting"
    text = ("Yesterday, the Housing Council hosted a national convening on homes. Mayors "
            "discussed rents with Director Jo Poe.")
    assert run("Readout of the Housing Council Summit on Homes", text).kind == "meeting"


def test_an_executive_order_a_county_transit_agency_or_a_caucus_leadership_is_nobody() -> None:
    text = ("Today, Director Jo Poe met with the Coal Communities Working Group.\n\n"
            "Participants:\n\nPursuant to Executive Order 14008, the group holds these "
            "officials:\n\nPine County Metro\n\nAnn Roe, Deputy Director, Housing Council")
    a = run("Readout of Meeting of the Coal Communities Working Group", text)
    assert set(names(a)) == {"Poe", "Roe"}
    a = run("Readout of Oval Office Meeting with Congressional Caucus Executive Leadership",
            "Today, President Biden met with the caucus's executive leadership.")
    assert set(names(a)) == {"Biden"}


def test_officials_who_briefed_the_president_or_also_joined_took_part() -> None:
    a = run("Readout of President Biden’s Meeting on Flood Readiness",
            "On May 3, President Biden met with his flood response team. He was briefed by "
            "Administrator of the National Oceanic and Atmospheric Administration Ann Roe, "
            "Secretary of Housing Sam Lee, and Coast Guard Admiral Jo Poe.")
    assert set(names(a)) == {"Biden", "Roe", "Lee", "Poe"}
    a = run("Readout of the Housing Task Force Meeting",
            "Today, Housing Advisor Jo Poe convened the Housing Task Force. The Task Force was "
            "also joined by Senior Advisor Ann Roe, who spoke about rents.")
    assert set(names(a)) == {"Poe", "Roe"}
    # reporters briefed after the meeting: the briefer is no participant
    a = run("Readout of the Housing Task Force Meeting",
            "Today, Housing Advisor Jo Poe convened the Housing Task Force. Reporters were "
            "briefed by Press Secretary Ann Roe afterwards.")
    assert set(names(a)) == {"Poe"}


def test_a_vice_president_who_dropped_by_a_named_meeting_took_part() -> None:
    a = run("Readout of the First Housing Task Force Meeting",
            "Today, Housing Advisor Jo Poe convened the first Housing Task Force meeting as set "
            "out by President Biden’s March 3 executive order on homes.\n\nAdditionally, Vice "
            "President Harris dropped by the Housing Task Force meeting to greet members.")
    assert set(names(a)) == {"Poe", "Harris"}


def test_an_officials_list_headed_by_the_administration_gives_participants() -> None:
    text = ("On Monday, the Office of Public Engagement hosted a listening session with "
            "tenant leaders.\n\nThe tenant leaders included:\n\nRita Moss, Founder, Rent Watch"
            "\n\nFrom the Biden-Harris Administration:\n\nAnn Roe, Secretary of Housing\n\nSam "
            "Lee, Deputy Director, Office of Public Engagement")
    a = run("Readout of White House Listening Session with Tenant Leaders", text)
    assert set(names(a)) == {"Roe", "Lee"}


def test_a_korean_name_in_western_order_has_its_family_name_last() -> None:
    assert family_name("Minsoo Park", "KOR") == "Park"
    # family first as usual, and a Chinese given name that is a family name elsewhere
    assert family_name("Park Jin", "KOR") == "Park"
    assert family_name("Han Duck-soo", "KOR") == "Han"
    assert family_name("Gan Lin", "CHN") == "Gan"


def test_a_us_officials_spanish_double_surname_is_kept_whole() -> None:
    assert family_name("Rosa Chavez Rodriguez", "USA") == "Chavez Rodriguez"
    # the text's own short form, a compound given name, a Portuguese name
    assert family_name("Rosa Chavez Rodriguez", "USA", "Ms. Rodriguez said") == "Rodriguez"
    assert family_name("Mary Ann Garcia", "USA") == "Garcia"
    assert family_name("Paulo Silva Soares", "BRA") == "Soares"


def test_a_person_an_event_is_held_for_is_no_participant() -> None:
    a = run("Readout of President Biden’s Call with Governor Ann Roe",
            "President Biden spoke to Governor Ann Roe today while returning from the State "
            "Funeral for King Olaf IX.")
    assert names(a) == {"Biden": "USA", "Roe": "USA"}
    # after the funeral, a leader met is one
    a = run("Readout of President Biden’s Meeting with King Harald",
            "After the memorial service for Queen Ann, President Biden met King Harald of "
            "Norway in Oslo.")
    assert "Harald" in names(a)


def test_a_family_name_that_is_also_a_title_word_ends_the_name() -> None:
    found = find_people("Secretary Ann Roe was joined by Jamaica Minister for Information "
                        "Technology Sam Green, and Kenya Cabinet Secretary Jo Poe.")
    assert [p.name for p in found] == ["Ann Roe", "Sam Green", "Jo Poe"]
    assert [(p.name, p.title) for p in find_people("Minister Ann Green Transition met.")] != [
        ("Ann Green", "Minister")]


def test_a_conversation_someone_convened_is_no_call() -> None:
    a = run("Readout of Private Sector Roundtable on Refugees",
            "Today, Secretary Ann Roe convened a conversation with company leaders on housing "
            "refugees.")
    assert a.meeting is not None and a.meeting.mode is None
    a = run("Readout of Secretary Roe’s Conversation with Minister Sam Lee",
            "Today, Secretary Ann Roe had a conversation with Minister Sam Lee of Peru.")
    assert a.meeting is not None and a.meeting.mode == "telephone"


def test_climate_change_ends_an_envoys_title_not_starts_a_name() -> None:
    found = find_people("Special Presidential Envoy for Climate Change Ivan Petrov met them.")
    assert [(p.name, p.title) for p in found] == [
        ("Ivan Petrov", "Special Presidential Envoy for Climate Change")]


def test_a_short_japanese_given_name_written_first() -> None:
    assert family_name("Ken Sato", "JPN") == "Sato"
    assert family_name("Sato Ken", "JPN") == "Sato"  # family first as written
    assert family_name("Sato Hiroshi", "JPN") == "Sato"


def test_a_meeting_titled_as_held_in_a_country_took_place_there_in_person() -> None:
    a = run("Readout of Vice President Harris’s Roundtable with Clean Energy Leaders in Peru",
            "Vice President Kamala Harris today convened business leaders advancing Peru’s "
            "clean energy transition.")
    assert a.meeting is not None and (a.meeting.mode, a.meeting.location_country) == (
        "in_person", "PER")
    # a programme "in" a country names no place held
    a = run("Readout of White House Convening on Investing in America",
            "Today, Director Jo Poe convened county leaders on investment.")
    assert a.meeting is not None and a.meeting.location_country is None


def test_a_heading_of_the_leaders_that_participated_lists_them() -> None:
    text = ("Vice President Kamala Harris met virtually today with leaders of island nations "
            "on climate.\n\nThe Leaders that participated:\n\n- Prime Minister Ann Roe of "
            "Barbados\n\n- President Sam Lee of Guyana")
    a = run("Readout of Vice President Harris’s Meeting with Island Leaders", text)
    assert names(a) == {"Harris": "USA", "Roe": "BRB", "Lee": "GUY"}
    assert a.meeting is not None and a.meeting.parties == 3


def test_an_official_who_met_separately_with_the_guest_took_part_on_the_us_side() -> None:
    # (one paragraph of prose: its first words "President A, Jr." open no list entry)
    text = ("President Joseph R. Biden, Jr. met today with Prime Minister Ann Roe of Norway "
            "to discuss energy. The leaders reviewed support for Ukraine and Arctic research "
            "and the coming summit in detail. Additionally, National Security Advisor Sam Lee "
            "met separately with Prime Minister Roe.")
    a = run("Readout of President Biden’s Meeting with Prime Minister Roe of Norway", text)
    assert names(a) == {"Biden": "USA", "Roe": "NOR", "Lee": "USA"}


def test_a_trip_to_meet_officials_is_a_meeting_there() -> None:
    a = run("Readout of Deputy National Security Advisor Ann Roe’s Trip to Peru",
            "Deputy National Security Advisor Ann Roe traveled to Lima, Peru on May 9 to meet "
            "with senior Peruvian officials on security. Ms. Roe discussed police training.")
    assert a.kind == "meeting" and a.meeting is not None
    assert (a.meeting.mode, a.meeting.location_country) == ("in_person", "PER")
    # a trip to attend a conference reports no meeting
    a = run("Readout of Deputy National Security Advisor Ann Roe’s Trip to Peru",
            "Deputy National Security Advisor Ann Roe traveled to Lima, Peru on May 9 to attend "
            "a conference on ports.")
    assert a.kind != "meeting"


def test_a_former_official_on_the_list_is_no_participant_nor_their_old_post_a_side() -> None:
    text = ("This week, the Administration hosted a roundtable on hate crimes.\n\n"
            "Participants in the convening included:\n\n- Ann Roe, Special Assistant to the "
            "President for Democracy and Civic Participation\n\n- Sam Lee, Director for "
            "Targeted Violence and Terrorism Prevention\n\n- Amb. Jo Poe, Former U.S. "
            "Permanent Representative to the United Nations")
    a = run("Readout of White House Roundtable on Hate Crimes", text)
    assert names(a) == {"Roe": "USA", "Lee": "USA"}
    assert a.meeting is not None and a.meeting.counterpart_countries == ()
    # a serving envoy to the United Nations is listed as one
    a = run("Readout of White House Roundtable on Hate Crimes",
            text.replace("Former U.S. Permanent", "U.S. Permanent"))
    assert "Poe" in names(a)
