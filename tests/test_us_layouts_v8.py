"""White House / State layouts met on the us_dev v8 records (foreign and domestic
readouts, statements), on held-out v5 and in the reviewer's misfires, each written here in
our own words: appeals that are no calls, meetings a statement recalls, an organisation's
head named after its office, compound Spanish given names, family names that are also
countries' names."""

from __future__ import annotations

from us_readouts import names, run

from policytrends.extract.countries import countries_in
from policytrends.extract.naming import family_name


def test_an_appeal_to_call_on_someone_is_no_telephone_call() -> None:
    a = run("Readout of President Lee’s Roundtable with Mayors",
            "Today, President Sam Lee met with a group of mayors to call on the Senate to "
            "pass the housing bill.")
    assert a.meeting is not None and a.meeting.mode == "in_person"


def test_calling_for_something_is_no_telephone_call() -> None:
    a = run("Readout of Secretary Lee’s Engagement with Foreign Minister Ana Costa",
            "Secretary Sam Lee met today with Foreign Minister Ana Costa of Portugal, and they "
            "called for an end to the fighting.")
    assert a.meeting is not None and a.meeting.mode == "in_person"


def test_a_call_on_a_named_day_is_still_a_call() -> None:
    a = run("Readout of Secretary Lee’s Conversation with Foreign Minister Ana Costa",
            "Secretary Sam Lee held a call on Monday with Foreign Minister Ana Costa of "
            "Portugal to discuss energy.")
    assert a.meeting is not None and a.meeting.mode == "telephone"


def test_a_statement_recalling_an_earlier_meeting_reports_none() -> None:
    for text in ("Recalling that President Sam Lee and President Jon Park of Portugal met in "
                 "Lisbon on May 2, the two governments today reaffirm their commitment to "
                 "trade.",
                 "President Sam Lee and President Jon Park of Portugal, recalling that they "
                 "met in Lisbon on May 2, today reaffirm the partnership."):
        a = run("Joint Statement of Portugal and the United States", text)
        assert a.kind == "statement" and a.meeting is None, text


def test_a_meeting_after_a_recalled_one_is_still_reported() -> None:
    a = run("Readout of President Lee’s Meeting with President Jon Park of Portugal",
            "Recalling the historic ties of their nations, President Sam Lee met today with "
            "President Jon Park of Portugal.")
    assert a.meeting is not None and a.meeting.counterpart_countries == ("PRT",)


def test_an_organisations_head_named_after_the_office_is_the_side_met() -> None:
    a = run("Readout of Secretary Lee’s Meeting on Debt Relief",
            "Treasury Secretary Sam Lee met today with the President of the World Bank, "
            "Ajay Banga, to discuss debt relief.")
    m = a.meeting
    assert m is not None and (m.counterpart_countries, m.parties) == (("WB",), 2)
    assert names(a) == {"Lee": "USA", "Banga": "WB"}


def test_a_second_spanish_given_name_is_no_surname() -> None:
    assert family_name("Ana Lilia Rivera", "MEX", "") == "Rivera"
    assert family_name("Rosa Icela Rodríguez", "MEX", "") == "Rodríguez"
    # two surnames stay two; a surname that is also a given name elsewhere stays
    assert family_name("Marcelo Ebrard Casaubón", "MEX", "") == "Ebrard Casaubón"
    assert family_name("Carlos Joaquín González", "MEX", "") == "Joaquín González"


def test_a_country_name_after_a_given_name_is_a_persons() -> None:
    assert countries_in("Deputy Attorney General Lisa O. Monaco and Representative Jim "
                        "Jordan spoke.") == []
    assert countries_in("Prince Albert of Monaco met the King of Jordan. In Jordan, "
                        "talks went on. As Jordan and Egypt agreed, ...") == [
        ("EGY", 1), ("JOR", 3), ("MCO", 1)]
