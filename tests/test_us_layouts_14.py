"""White House / State conventions of the fourteenth session, each written in our own words
and in several variants (other officials, places, days, word order): a domestic convening
that names no call or screen met in person."""

from __future__ import annotations

from us_readouts import run


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
