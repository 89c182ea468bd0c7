"""Officials in White House / State records, by category: ranks of mixed titles, royal
styles, people-elect, offices attached to another, US offices; records written for these
tests (phrasings seen on real records, wording our own)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from policytrends.extract import analyse
from policytrends.extract.ranks import rank_of
from policytrends.records import RawRecord

EDT = timezone(timedelta(hours=-4))


def rec(title: str, text: str, source: str = "whitehouse") -> RawRecord:
    when = datetime(2023, 5, 10, 18, 0, tzinfo=EDT)
    return RawRecord(source=source, path="t.md", item=None, text=text, title=title,
                     published=when.date(), published_at=when, reporting_country="USA")


@pytest.mark.parametrize(
    ("title", "rank"),
    [
        # elected or designated, not yet in office: no office's rank
        ("President-elect", "other"),
        ("Guatemalan President-elect", "other"),
        ("Prime Minister-designate", "other"),
        ("Chancellor-elect", "other"),
        # an office attached to another's takes its own rank, not the principal's
        ("Deputy National Security Advisor to the Vice President", "other"),
        ("Diplomatic Counselor to the President", "other"),
        ("Chief of Staff to the Prime Minister", "other"),
        ("Head of the Office of the President", "other"),
        # a royal style beside an office: the office ranks
        ("Foreign Minister Prince", "cabinet"),
        ("Minister of State for Foreign Affairs Sheikh", "other"),
        ("His Royal Highness Crown Prince", "head"),
        # the head of an interim government styled "Chief Adviser"; not an adviser to
        # someone or on a subject, nor a deputy's or a ministry's
        ("Chief Adviser", "head"),
        ("Bangladesh’s Chief Advisor", "head"),
        ("Chief Adviser of the Interim Government", "head"),
        ("Chief Adviser to the Prime Minister", "other"),
        ("Chief Advisor on Climate", "other"),
        ("Deputy Chief Adviser", "other"),
        ("Chief Adviser of the Ministry of Finance", "other"),
        ("Former Chief Adviser", "other"),
        # unchanged
        ("Vice President", "cabinet"),
        ("President", "head"),
        ("Secretary to the Cabinet", "cabinet"),
    ],
)
def test_rank_of_mixed_titles(title: str, rank: str) -> None:
    assert rank_of(title) == rank


def test_meeting_with_a_president_elect_is_below_summit() -> None:
    a = analyse(rec(
        "Readout of President Biden’s Call with President-elect Ana Ruiz Torres of Chile",
        "President Joseph R. Biden, Jr. spoke today with President-elect Ana Ruiz Torres of "
        "Chile to congratulate her on her election."))
    assert a.meeting is not None and a.meeting.level == "other"


def test_adviser_to_the_vice_president_does_not_raise_the_level() -> None:
    a = analyse(rec(
        "Readout of National Security Advisor Jane Roe’s Meeting with Norwegian Foreign "
        "Minister Karl Vance",
        "National Security Advisor Jane Roe and Deputy National Security Advisor to the Vice "
        "President Dr. Lee Park met today at the White House with Norwegian Foreign Minister "
        "Karl Vance."))
    assert a.meeting is not None and a.meeting.level == "other"


def test_royal_style_before_the_name_and_office_after_it() -> None:
    a = analyse(rec(
        "Meeting with Saudi Deputy Minister of Defense Prince Faisal bin Omar Al Saud",
        "Office of the Spokesperson\n\n"
        "Secretary of State Antony J. Blinken joined Deputy Secretary of State Wendy "
        "Sherman’s meeting today with His Royal Highness Prince Faisal bin Omar Al Saud, the "
        "Deputy Minister of Defense of the Kingdom of Saudi Arabia, in Washington, D.C.",
        source="state"))
    m = a.meeting
    assert m is not None
    by_name = {p.family_name: p for p in a.participants}
    assert by_name["Al Saud"].title is not None and "Deputy Minister" in by_name["Al Saud"].title
    assert by_name["Sherman"].country == "USA"  # a State office, on the reporting side
    assert (m.level, m.counterpart_countries) == ("other", ("SAU",))


def test_two_officials_of_one_house_are_two_participants() -> None:
    a = analyse(rec(
        "Readout of President Biden’s Call with Amir Sheikh Jabir bin Khalid Al Nasser of "
        "Qatar",
        "President Joseph R. Biden, Jr. spoke today with Amir Sheikh Jabir bin Khalid Al "
        "Nasser and Prime Minister Sheikh Fahad bin Ali Al Nasser of Qatar on the talks."))
    names = sorted(p.name for p in a.participants if p.country == "QAT")
    assert names == ["Fahad bin Ali Al Nasser", "Jabir bin Khalid Al Nasser"]
    # one official written twice, the first name spelled two ways, stays one
    b = analyse(rec(
        "Readout of President Biden’s Call with President Mohamed bin Rashid Al Nasser of "
        "the United Arab Emirates",
        "President Joseph R. Biden, Jr. spoke today with President Mohammed bin Rashid Al "
        "Nasser of the United Arab Emirates about the region."))
    assert len([p for p in b.participants if p.country == "ARE"]) == 1


def test_a_territory_with_an_iso_code_is_counted() -> None:
    from policytrends.extract.countries import countries_in
    assert dict(countries_in("He met the Personal Envoy for Western Sahara."))["ESH"] == 1
    assert "ESH" not in dict(countries_in("Drought spread across the Sahara and the Sahel."))


def test_northern_ireland_is_not_ireland() -> None:
    from policytrends.extract.countries import countries_in
    found = dict(countries_in("They backed the peace in Northern Ireland and met Irish leaders."))
    assert found == {"IRL": 1}  # "Irish" names Ireland; Northern Ireland is a part of the UK


def test_the_country_an_envoys_title_is_for_is_not_a_side() -> None:
    a = analyse(rec(
        "Secretary Blinken’s Meeting with UN Personal Envoy for Western Sahara Lena Moreau",
        "Office of the Spokesperson\n\n"
        "Secretary Antony J. Blinken met with Lena Moreau, the UN Secretary-General’s Personal "
        "Envoy for Western Sahara, today in Washington.", source="state"))
    m = a.meeting
    assert m is not None
    assert (m.counterpart_countries, m.parties, m.level) == (("UN",), 2, "other")


def test_an_official_whose_title_ends_in_a_place_or_a_country() -> None:
    from policytrends.extract.people import find_people
    found = {p.name: p for p in find_people(
        "Mr. Roe met today with United Nations Senior Humanitarian Coordinator for Gaza "
        "Maria Olsen. Earlier, Homeland Security Advisor to the President of the United "
        "States Ann Lee hosted her counterparts.")}
    assert found["Maria Olsen"].country == "UN"
    assert "Coordinator" in (found["Maria Olsen"].title or "")
    assert (found["Ann Lee"].title or "").startswith("Homeland Security Advisor")


def test_the_head_of_a_private_institute_is_no_official() -> None:
    a = analyse(rec(
        "Secretary Blinken’s Meeting with Chair of the Institute for the Study of Global "
        "Tolerance and Policy Avram Levi",
        "Secretary of State Antony J. Blinken met today with the writer Avram Levi, Chair of the "
        "Institute for the Study of Global Tolerance and Policy.", source="state"))
    assert a.meeting is not None
    assert [p.family_name for p in a.participants] == ["Blinken"]


def _sides(title: str, text: str) -> tuple[tuple[str, ...], str | None, int | None]:
    """(counterparts, level, parties) of a White House readout."""
    meeting = analyse(rec(title, text)).meeting
    assert meeting is not None
    return meeting.counterpart_countries, meeting.level, meeting.parties


def test_people_of_a_country_who_hold_no_office_are_no_side() -> None:
    assert _sides(
        "Readout of National Security Advisor Jane Roe’s Meeting with Chilean Labor Leaders",
        "On Monday, May 8, National Security Advisor Jane Roe met with a delegation of Chilean "
        "labor leaders to discuss workers’ rights.") == ((), None, None)
    assert _sides(
        "Readout of National Security Advisor Jane Roe’s Meeting with Chilean Foreign Minister "
        "Ana Soto",
        "National Security Advisor Jane Roe met today with Chilean Foreign Minister Ana "
        "Soto.") == (("CHL",), "other", 2)


def test_a_title_line_ending_in_a_country_does_not_swallow_the_next_paragraph() -> None:
    # a White House text opens with its title; its "of Peru" ends at the line break, so the
    # official who opens the body is found (and the side is not taken from the title alone)
    a = analyse(rec(
        "Readout of Vice President Lee’s Call with President-Elect Ana Ruiz of Peru",
        "Readout of Vice President Lee’s Call with President-Elect Ana Ruiz of Peru\n\n"
        "Vice President Maria Lee spoke today with Ana Ruiz Soto and congratulated her on her "
        "election. The Vice President and President-elect Ruiz discussed migration."))
    m = a.meeting
    assert m is not None and m.level == "other"
    assert {p.family_name: p.country for p in a.participants}["Lee"] == "USA"


def test_a_foreign_side_no_country_names_has_a_level_but_no_party_count() -> None:
    # other governments' people met, none named by country: officials' level, parties unknown
    assert _sides(
        "Statement on National Security Advisor Jane Roe’s Call with Caribbean Ambassadors",
        "National Security Advisor Jane Roe spoke by phone today with Caribbean ambassadors "
        "in Washington about storm recovery.") == ((), "other", None)
    assert _sides(
        "Fourth Meeting of the Coordination Group on Illicit Finance",
        "The Coordination Group on Illicit Finance convened in Europe on May 9 for its fourth "
        "meeting. More than 20 governments from four continents participated in this "
        "session.") == ((), "other", None)
    # a count of the sides ("both countries", "the two nations") is no count of others:
    # a domestic meeting that mentions one keeps no foreign side
    for line in ("Both countries joined the Lunar Exploration Accords in 2020, she noted.",
                 "The two nations participated in the Coastal Shield exercise, she noted."):
        assert _sides(
            "Readout of Secretary Lowe’s Meeting with Astronauts",
            f"Secretary of State Ann Lowe met today with astronauts of the lunar program. "
            f"{line}") == ((), None, None)
    # a domestic meeting keeps neither
    assert _sides(
        "Readout of National Security Advisor Jane Roe’s Meeting with Governors",
        "National Security Advisor Jane Roe met today with state governors about "
        "preparedness.") == ((), None, None)
