"""White House / State conventions of the fourteenth session, each written in our own words
and in several variants (other officials, places, days, word order): a domestic convening
that names no call or screen met in person."""

from __future__ import annotations

from us_readouts import names, run

from policytrends.extract.naming import family_name


def _mode(title: str, text: str) -> str | None:
    a = run(title, text)
    assert a.meeting is not None, text
    return a.meeting.mode


def test_a_domestic_convening_with_no_mode_word_met_in_person() -> None:
    cases = [
        ("Readout of the Housing Council’s Roundtable with Tenant Advocates",
         "Today, Domestic Policy Advisor Jo Poe convened tenant advocates and builders to "
         "discuss rents. Participants shared their experience of rising costs."),
        ("Readout of the Fourth Meeting of the Wildfire Task Force",
         "Yesterday, National Climate Advisor Ann Roe convened the fourth meeting of the "
         "Wildfire Task Force. Members reviewed the season’s outlook."),
        ("Readout of White House Listening Session with Farm Workers",
         "On Thursday, Senior Advisor Sam Lee and Labor Secretary Kim Hale hosted a listening "
         "session with farm workers and their unions on heat safety."),
        ("Readout of the Vice President’s Meeting with State Legislators",
         "This week, Vice President Rita Moss met with forty state legislators from across "
         "the country to discuss school funding."),
    ]
    for title, text in cases:
        assert _mode(title, text) == "in_person", text


def test_a_foreign_meeting_or_a_domestic_call_keeps_what_the_text_says() -> None:
    # a meeting with another government that names no mode: not stated
    assert _mode("Readout of the Deputy Secretary’s Talks on Fisheries",
                 "Today, Deputy Secretary Jo Poe hosted the third round of the fisheries "
                 "dialogue with Vice Minister Lars Dahl of Norway.") is None
    # a domestic call and a virtual session say how
    assert _mode("Readout of the President’s Call with Governors",
                 "Today, President Ann Roe held a call with governors of the Gulf states "
                 "on storm readiness.") == "telephone"
    assert _mode("Readout of the Task Force’s Virtual Session",
                 "Yesterday, Advisor Sam Lee convened a virtual session of the Drought Task "
                 "Force with county officials.") == "video"


def test_a_convened_conversation_states_no_mode_a_roundtable_conversation_does() -> None:
    for text in ("Today, Advisor Jo Poe and Secretary Ann Roe convened a conversation with "
                 "chief executives of forty firms on job training.",
                 "On Monday, Secretary Kim Hale and Coordinator Sam Lee convened a "
                 "conversation on shelter capacity with faith leaders."):
        assert _mode("Readout of the Private Sector Exchange on Job Training", text) is None
    assert _mode("Readout of the Private Sector Exchange on Job Training",
                 "Today, Advisor Jo Poe hosted a roundtable conversation with chief executives "
                 "on job training.") == "in_person"


def _day(title: str, text: str) -> str | None:
    a = run(title, text)  # published Wednesday 2023-05-10, 18:00 EDT
    assert a.meeting is not None, text
    return str(a.meeting.date) if a.meeting.date else None


def test_a_meeting_sentence_with_no_day_takes_the_day_its_paragraph_gives() -> None:
    # the sentence before opens with the day
    assert _day("Readout of the White House Convening on Water Rates",
                "Today, White House staff welcomed sixty county commissioners to discuss "
                "water rates. Governor Ann Roe and Mayor Sam Lee also attended the convening "
                "and spoke.") == "2023-05-10"
    assert _day("Readout of the Listening Session on Rural Broadband",
                "On Monday, the Office of Science hosted farmers from nine states. Advisor "
                "Jo Poe also met with them to hear about rural broadband.") == "2023-05-08"
    # a day's possessive names the meeting later in the paragraph
    assert _day("Readout of White House Roundtable with Young Nurses",
                "Labor Secretary Kim Hale and Surgeon General Rita Moss hosted a roundtable "
                "at the White House with young nurses. Nurses in yesterday’s roundtable "
                "described long shifts.") == "2023-05-09"
    assert _day("Readout of the Task Force Meeting on Heat",
                "Advisor Tom Vale convened the Heat Task Force to review cooling centers. "
                "During today's meeting, members heard from county staff.") == "2023-05-10"


def test_another_days_event_in_the_paragraph_gives_no_day() -> None:
    # the day opens no sentence right before, and names another event (no meeting noun)
    assert _day("Readout of the Task Force Meeting on Heat",
                "On Monday, the President signed an order on heat. Later, Advisor Tom Vale "
                "convened the Heat Task Force. Members reviewed Tuesday’s forecast.") is None
    assert _day("Readout of the Task Force Meeting on Heat",
                "Advisor Tom Vale convened the Heat Task Force to review today’s heat "
                "warnings.") is None


def test_a_city_whose_name_holds_a_particle_places_the_meeting() -> None:
    cases = [("on the sidelines of the Ocean Conference in Rio de Janeiro", "BRA"),
             ("in Port of Spain", "TTO"),
             ("during her stop in Dar es Salaam", "TZA")]
    for where, code in cases:
        a = run("Readout of the Secretary’s Meeting with Foreign Minister Ana Ruiz",
                f"Secretary Jo Poe met today with Foreign Minister Ana Ruiz {where} to discuss "
                "fisheries.", source="state")
        assert a.meeting is not None and a.meeting.location_country == code, where


def test_a_listed_white_house_post_with_a_second_post_after_and_holds_office() -> None:
    text = ("Today, the Domestic Policy Council hosted a convening with shelter providers on "
            "winter readiness.\n\nParticipants in the convening included:\n\n"
            "Ann Roe, Deputy Assistant to the President, and Deputy Homeland Security Advisor"
            "\n\nSam Lee, Special Assistant to the Vice President, and Director of Outreach\n\n"
            "Kim Hale, Assistant to the President and Cabinet Secretary\n\n"
            "Tom Vale, Vice President, and Board Member, Shelter Works Network\n\n"
            "Rita Moss, Executive Assistant to the President of Harbor Homes, and Treasurer")
    a = run("Readout of White House Convening on Winter Shelter", text)
    assert set(names(a)) == {"Roe", "Lee", "Hale"}


def test_officials_in_attendance_took_part() -> None:
    cases = [
        ("Today, the Climate Policy Office convened car dealers to discuss tax credits. In "
         "attendance were Ann Roe, Senior Advisor to the President for Energy Security, and "
         "other officials.", {"Roe"}),
        ("Yesterday, Secretary Sam Lee met with port operators on supply chains. Also in "
         "attendance were Deputy Secretary Kim Hale and Administrator Tom Vale.",
         {"Lee", "Hale", "Vale"}),
        ("On Tuesday, Housing Council staff met with tenant groups. In attendance was Rita Moss, "
         "Director of the Housing Council.", {"Moss"}),
    ]
    for text, want in cases:
        assert set(names(run("Readout of the Roundtable on Supply", text))) == want, text


def test_a_short_one_line_item_opening_with_a_day_is_no_list_entry() -> None:
    # (a State item's text is one line: "On Friday," is no listed name before a comma)
    for lead in ("On Friday, ", "In Lima, ", "Earlier today, "):
        text = (lead + "Deputy Secretary Jo Poe met with Trade Minister Ana Ruiz of Peru. "
                "She was joined by Ambassador Sam Lee.")
        a = run("Deputy Secretary Poe’s Meeting with Trade Minister Ruiz", text, source="state")
        assert set(names(a)) == {"Poe", "Ruiz", "Lee"}, lead


def test_the_officials_a_trip_was_made_to_meet_with_took_part() -> None:
    cases = [
        ("Vice President Ann Roe traveled to Mexico City to meet with President Andrés "
         "Manuel López Obrador.", {"Roe": "USA", "López Obrador": "MEX"}),
        ("On Tuesday, Secretary Jo Poe travelled to Nairobi to meet with President Sam Lee of "
         "Kenya and Foreign Minister Kim Hale.", {"Poe": "USA", "Lee": "KEN", "Hale": "KEN"}),
        ("Deputy Secretary Tom Vale traveled to Brasília on Monday to meet with Foreign "
         "Minister Rita Moss of Brazil.", {"Vale": "USA", "Moss": "BRA"}),
    ]
    for text, want in cases:
        assert names(run("Readout of the Deputy Secretary’s Trip", text, source="state")) == want
    # a purpose that is no meeting still ends the clause
    a = run("Readout of the Secretary’s Meeting in Denver", "Secretary Jo Poe met with "
            "business leaders in Denver to meet the demand for welders from Mexico.")
    assert a.meeting is not None and a.meeting.counterpart_countries == ()


def test_a_hyphenated_surname_broken_after_its_hyphen_is_one_word() -> None:
    assert family_name("Arturo Alonso- Sandoval", "USA") == "Alonso-Sandoval"
    assert family_name("Jo Bennett-  Parker", "USA") == "Bennett-Parker"
    assert family_name("Ana Pérez- Gómez", "MEX") == "Pérez-Gómez"
    assert family_name("Kim Lee-Hale", "USA") == "Lee-Hale"  # (whole already)


def test_an_apostrophe_writing_an_arabic_letter_before_an_article_keeps_the_name_whole() -> None:
    cases = [("Prime Minister Karim Shia’ al-Rawi of Iraq", "al-Rawi"),
             ("Foreign Minister Ali Ja’far’ el-Amiri of Iraq", "el-Amiri"),
             ("Minister Ahmed Sa'd' al-Hassan of Jordan", "al-Hassan")]
    for who, fam in cases:
        a = run("Readout of the Secretary’s Call", f"Secretary Jo Poe spoke today with {who} "
                "about water.", source="state")
        assert fam in names(a), who
    # a possessive stays one ("the Ministers’ al-Quds meeting" names nobody)
    a = run("Readout of the Secretary’s Call", "Secretary Jo Poe spoke today with the "
            "ministers about the Ministers’ al-Quds committee.", source="state")
    assert set(names(a)) == {"Poe"}


def test_officials_named_after_a_shared_plural_title_took_part() -> None:
    cases = [
        ("Senior Directors Ann Roe and Sam Lee from the National Security Council met today "
         "with Deputy Minister Kim Hale of Chile.", {"Roe", "Lee", "Hale"}),
        ("Deputy Assistant Secretaries Jo Poe, Tom Vale, and Rita Moss met with Director "
         "General Ana Ruiz of Peru.", {"Poe", "Vale", "Moss", "Ruiz"}),
        ("Today Ambassadors Lena Berg and Omar Haddad met with Foreign Minister Ana Ruiz of "
         "Peru.", {"Berg", "Haddad", "Ruiz"}),
    ]
    for text, want in cases:
        assert set(names(run("Readout of the Consultations", text, source="state"))) == want


def test_the_leaders_of_a_recalled_summit_opening_the_sentence_took_no_part() -> None:
    text = ("Following the March 3, 2023 Lisbon Summit of the Atlantic Partnership led by "
            "Prime Minister Ana Ruiz of Portugal, President Sam Lee of Ireland, and President "
            "Jo Poe of the United States, Senior Director Kim Hale of the National Security "
            "Council and Director General Tom Vale of Ireland convened the first meeting of "
            "the Atlantic Energy Dialogue in Boston, Massachusetts.")
    a = run("Readout of the Atlantic Energy Dialogue", text)
    assert set(names(a)) == {"Hale", "Vale"}
    assert a.meeting is not None and a.meeting.level == "other"
    text = ("After their summit attended by President Sam Lee of Ireland and President Jo Poe, "
            "and Chancellor Rita Moss of Austria, National Security Advisor Kim Hale spoke with "
            "Director General Tom Vale of Ireland.")
    assert set(names(run("Readout of the Advisor’s Call", text))) == {"Hale", "Vale"}


def test_a_us_state_named_alone_places_the_meeting_in_the_united_states() -> None:
    for where in ("in Michigan", "in New Mexico", "on the Navajo Nation in Arizona"):
        a = run("Readout of the Vice President’s Roundtable on Housing",
                f"Today, Vice President Ann Roe convened housing advocates {where} to discuss "
                "rents.")
        assert a.meeting is not None and a.meeting.location_country == "USA", where
    # a state that is also a country's name is the country's
    a = run("Readout of the Secretary’s Meeting with Prime Minister Levan Beridze",
            "Secretary Jo Poe met today in Georgia with Prime Minister Levan Beridze of Georgia.",
            source="state")
    assert a.meeting is not None and a.meeting.location_country == "GEO"


def test_the_opening_day_dates_a_meeting_whose_sentence_states_none() -> None:
    # published Wednesday 2023-05-10: the lead's "Today"/"Yesterday"/"On Monday" dates the
    # meeting when the sentence found for it (a later, stronger verb) states no day
    cases = [
        ("Today, Advisor Jo Poe and Director Ann Roe were joined by nurses and doctors to "
         "discuss staffing.\n\nDuring the session, Secretary Sam Lee met with the nurses.",
         "2023-05-10"),
        ("*Ahead of the summer, the Heat Task Force met to plan cooling centers.*\n\nYesterday, "
         "Advisor Tom Vale convened the fourth meeting of the Heat Task Force.", "2023-05-09"),
        ("On Monday, Director Kim Hale chaired a meeting with county clerks on ballots.\n\n"
         "Deputy Secretary Rita Moss met with the clerks afterwards.", "2023-05-08"),
    ]
    for text, day in cases:
        assert _day("Readout of White House Meeting with Health Workers", text) == day, text
    # a vague time in the meeting's sentence, or a recalled event's day, gives none
    assert _day("Readout of White House Meeting with Health Workers",
                "Today, the President signed an order on staffing.\n\nEarlier this week, "
                "Advisor Jo Poe met with nurses.") is None
    assert _day("Readout of the Energy Dialogue",
                "Following the March 3, 2023 Summit led by President Ann Roe, Director Sam "
                "Lee and Director General Tom Vale of Ireland convened the first Energy "
                "Dialogue.") is None


def test_an_ambassador_at_large_after_us_ends_no_sentence() -> None:
    text = ("Yesterday, Advisor Jo Poe, U.S. Ambassador at Large for Religious Freedom Sam "
            "Lee, and Director Ann Roe hosted a listening session with faith leaders.")
    a = run("Readout of White House Listening Session with Faith Leaders", text)
    assert set(names(a)) == {"Poe", "Lee", "Roe"}
    assert a.meeting is not None and str(a.meeting.date) == "2023-05-09"


def _place(text: str) -> str | None:
    a = run("Readout of the White House Convening on Flood Recovery", text)
    assert a.meeting is not None, text
    return a.meeting.location_country


def test_a_later_paragraph_saying_where_the_gathering_took_place_places_it() -> None:
    lead = ("Today, Advisor Jo Poe convened mayors of river towns to discuss flood recovery."
            "\n\nThe mayors described the damage to roads and schools.\n\n")
    assert _place(lead + "The convening took place in the Roosevelt Room.") == "USA"
    assert _place(lead + "The roundtable, which was held at the White House, closed with a "
                  "tour.") == "USA"
    assert _place("Today, Vice President Ann Roe met with county officials to discuss flood "
                  "recovery. Today’s meeting in Dayton, Ohio follows her visit to farms.") == "USA"
    assert _place("Advisor Jo Poe met virtually with mayors today.\n\nThe talks took place in "
                  "Lima, Peru.") is None  # (a video meeting has no place)
    # another occasion's place is not this one's
    assert _place(lead + "The last convening took place in Denver, Colorado.") is None


def test_the_president_and_vice_president_as_subject_are_the_sitting_holders() -> None:
    # (published 2023-05-10: Biden and Harris held the offices)
    for subject in ("The President and Vice President", "The Vice President"):
        a = run("Readout of White House Meeting with Union Leaders",
                f"Today, {subject} met with twelve union leaders to discuss apprenticeships.")
        assert "Harris" in names(a), subject
    # a Vice President named with the title is read from the name
    a = run("Readout of White House Meeting with Union Leaders",
            "Today, the Vice President Kamala Harris met with union leaders.")
    assert list(names(a)).count("Harris") == 1


def test_officials_named_after_officials_including_in_the_subject_took_part() -> None:
    for text in ("Today, White House officials including Jo Poe, Sam Lee and Kim Hale hosted "
                 "tenant leaders to discuss rents.",
                 "Yesterday, Administration officials, including Jo Poe, Sam Lee, and Kim Hale, "
                 "met with tenant leaders."):
        a = run("Readout of White House Meeting with Tenant Leaders", text)
        assert set(names(a)) == {"Poe", "Lee", "Hale"}, text
    # a title after a listed name is no second name
    a = run("Readout of White House Meeting with Tenant Leaders",
            "Yesterday, White House officials Jo Poe, Deputy Assistant to the President, and "
            "Sam Lee met with tenant leaders.")
    assert "Poe" in names(a) and not {"Assistant", "Deputy Assistant"} & set(names(a))


def test_a_heading_of_presenters_and_representatives_opens_a_list() -> None:
    # (and a two-word portfolio after "for" ends the title, not another official's name)
    text = ("On Thursday, officials from the White House and the Treasury met with lenders to "
            "discuss small business credit.\n\nPresenters and Administration representatives "
            "included:\n\n-   Jo Poe, Senior Advisor to the President, White House\n-   Sam Lee, "
            "Deputy Assistant Secretary for Capital Access, U.S. Department of the Treasury\n-   "
            "Kim Hale, President & CEO, Harbor Lending Fund")
    a = run("Readout of White House Meeting with Community Lenders", text)
    assert set(names(a)) == {"Poe", "Lee"}


def test_a_spouse_in_the_meeting_clause_or_on_the_officials_list_took_part() -> None:
    a = run("Readout of the White House Convening on School Meals",
            "Today, First Lady Ann Roe, Governor Sam Lee and Mayor Kim Hale attended the "
            "convening with school nurses.")
    assert set(names(a)) == {"Roe", "Lee", "Hale"}
    a = run("Readout of the White House Convening on School Meals",
            "Today, White House officials met with school nurses.\n\nSenior White House "
            "officials included:\n\nSecond Gentleman Tom Vale\n\nJo Poe, Director of the "
            "Domestic Policy Council")
    assert set(names(a)) == {"Vale", "Poe"}
    # one who only accompanied another, or is wished well, took no part
    a = run("Readout of the Vice President’s Meeting with Teachers",
            "Today, Vice President Rita Moss, who was accompanied by Second Gentleman Tom Vale, "
            "met with teachers. She sent wishes for First Lady Ana Ruiz’s recovery.")
    assert set(names(a)) == {"Moss"}


def test_a_delegation_that_included_officials_lists_them_on_its_side() -> None:
    text = ("On May 2, 2023, the Trilateral Water Committee met in Washington.\n\n"
            "The Chilean delegation included Foreign Minister Ana Ruiz and Ambassador to the "
            "United States Pablo Soto.\n\nThe Peruvian high-level delegation comprised "
            "Minister of Agriculture Luis Vega and Vice Minister Carla Ortiz.\n\n"
            "The U.S. delegation also included Deputy Secretary Jo Poe and Special Envoy "
            "Sam Lee.")
    a = run("Joint Statement following the First Trilateral Water Committee Meeting", text)
    assert names(a) == {"Ruiz": "CHL", "Soto": "CHL", "Vega": "PER", "Ortiz": "PER",
                        "Poe": "USA", "Lee": "USA"}


def test_a_portfolio_of_two_fields_after_for_stays_in_the_title() -> None:
    cases = [("French Director General for Political and Security Affairs Paul Morel", "Morel"),
             ("Assistant Secretary for Democracy and Labor Ann Roe", "Roe"),
             ("Special Envoy for Climate and Energy Security Kim Hale", "Hale")]
    for who, fam in cases:
        a = run("Readout of the Secretary’s Meeting in Paris",
                f"Secretary Jo Poe met today in Paris with Foreign Minister Luc Blanc of France "
                f"and {who}.", source="state")
        assert fam in names(a), who
    # "X of Japan and NATO Secretary General Y": two officials, the title after "and"
    a = run("Readout of the Secretary’s Meeting", "Secretary Jo Poe met today with the Foreign "
            "Minister of Japan and NATO Secretary General Lars Berg.", source="state")
    assert names(a).get("Berg") == "NATO"


def test_a_subject_or_portfolio_in_a_country_is_no_side_nor_place() -> None:
    cases = [
        ("Readout of the Deputy Secretary’s Meeting with the Special Rapporteur on Human "
         "Rights in Cuba", "Deputy Secretary Jo Poe met today with Ana Ruiz, Special "
         "Rapporteur on the Situation of Human Rights in Cuba."),
        ("Readout of the Deputy Secretary’s Meeting with Advocates for Democracy in Nicaragua",
         "Deputy Secretary Jo Poe met today with Special Advisor Luis Vega to discuss "
         "democracy in Nicaragua."),
        ("Readout of the Senior Advisor’s Roundtable on the Crisis in Sudan",
         "Today, Senior Advisor Sam Lee hosted Special Coordinator Kim Hale for a roundtable "
         "on the humanitarian response."),
    ]
    for title, text in cases:
        a = run(title, text, source="state")
        assert a.meeting is not None
        assert (a.meeting.counterpart_countries, a.meeting.location_country) == ((), None), title
    # a place after the meeting's verb still is one
    a = run("Readout of the Deputy Secretary’s Meeting in Havana",
            "Deputy Secretary Jo Poe met today in Havana with Foreign Minister Luis Vega of Cuba.",
            source="state")
    assert a.meeting is not None and a.meeting.location_country == "CUB"
