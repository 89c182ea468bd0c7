"""MOFA English conventions seen on real pages (mofa_en_l, fresh3) and guarded here with
texts written for these tests (fictional events): the small rules beside the fixture pages
of tests/fixtures/mofa/ (visit itineraries, older leads, joint press statements, envoys).
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.extract.mofa_people import find_people
from policytrends.extract.ranks import rank_of
from policytrends.records import Participant, RawRecord, add_participant
from policytrends.sources import mofa
from policytrends.sources.mofa import DATE_LINE


def _analyse(lead: str, title: str = "Japan-Norway Foreign Ministers' Meeting",
             published: date = date(2009, 9, 22)):
    return analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=lead,
                                  title=title, published=published))


@pytest.mark.parametrize(("title", "rank"), [
    ("Minister of State and Foreign Affairs", "cabinet"),  # a senior cabinet title
    ("Minister of State for Asia", "other"),  # a UK junior minister
])
def test_minister_of_state_and_a_portfolio_is_cabinet(title: str, rank: str) -> None:
    assert rank_of(title) == rank


def test_approximate_adjectival_length() -> None:
    got = _analyse("While in Geneva, Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, "
                   "had an approximately 35-minute long meeting with Mr. Lars Berg, Minister "
                   "of Foreign Affairs of Norway, on March 3. An outline of the talks follows.")
    assert got.meeting is not None and got.meeting.duration_min == 35


def test_range_with_around_on_both_ends() -> None:
    got = _analyse("On Saturday, September 19, commencing at around 6:25 p.m. until around "
                   "7:45 p.m. (local time), Prime Minister Taro Kawabe, who is visiting the "
                   "Kingdom of Norway, held a summit meeting with Mr. Lars Berg, Prime Minister "
                   "of Norway. The overview of the meeting is as follows.")
    assert got.meeting is not None
    assert (got.meeting.start_local, got.meeting.duration_min) == ("18:25", 80)


def test_iikura_house_without_guest_is_in_japan() -> None:
    got = _analyse("On 7 February, Mr. Kenji Tanabe, Minister for Foreign Affairs of Japan, "
                   "met with Mr. Lars Berg, Minister of Foreign Affairs of Norway, at Iikura "
                   "House for two hours from 18:30.")
    assert got.meeting is not None and got.meeting.location_country == "JPN"


def test_myanmar_senior_general_is_a_rank_not_a_name() -> None:
    got = _analyse("On February 11, Mr. Jiro Hoshino, Chief Cabinet Secretary, met with "
                   "Senior General Aung Min Thu, Commander-in-Chief of Defence Services of "
                   "Myanmar, during his stay in Japan. An overview of the meeting is as "
                   "follows.", title="")
    assert ("counterpart", "Aung Min Thu", "MMR") in {
        (p.side, p.family_name, p.country) for p in got.participants}


@pytest.mark.parametrize(("lead", "place"), [
    # a visiting minister's call: in Japan
    ("On May 1, Mr. Kenji Tanabe, Minister for Foreign Affairs, received a courtesy call from "
     "Mr. Lars Berg, Minister of Foreign Affairs of Norway, who is visiting Japan.", "JPN"),
    # an envoy posted to Japan: the post says nothing of the place
    ("On May 1, Mr. Kenji Tanabe, Minister for Foreign Affairs, received a courtesy call from "
     "Ms. Anne Holm, Ambassador of Norway to Japan. The overview is as follows.", None),
])
def test_a_courtesy_call_from_an_envoy_posted_to_japan_has_no_place(lead: str,
                                                                   place: str | None) -> None:
    got = _analyse(lead, title="")
    assert got.meeting is not None and got.meeting.location_country == place


def test_a_visit_to_come_is_no_itinerary_meeting() -> None:
    text = ("Mr. Kenji Tanabe, Minister for Foreign Affairs, will make an official visit to "
            "Laos from June 2 to 4. The outline of the schedule is as follows.\n\n"
            "June 3 (Wed)\n\nmeeting with H.E. Mr. Bounmy Keola, Minister of Foreign Affairs "
            "of Laos")
    got = _analyse(text, title="")
    assert got.kind != "meeting" and got.meeting is None


@pytest.mark.parametrize(("line", "dated"), [
    ("Tokyo, April 26, 2010", True),  # a joint statement's dateline
    ("Tuseday, December 5, 2000", False),  # a misspelt weekday is no place
])
def test_dateline_with_a_place(line: str, dated: bool) -> None:
    assert bool(DATE_LINE.match(line)) is dated


@pytest.mark.parametrize("text", [
    b"Summary of the Meeting\nMay 3, 2020\nThe board met and approved the budget.\n",
    b"Overview of the Talks\nThe two clubs held talks on the new season.\n",
])
def test_a_summary_heading_alone_is_not_mofa(text: bytes) -> None:
    assert not mofa.detect(text, "note.txt")


def _listed(*names: tuple[str, str]) -> list[str]:
    out: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()
    for name, family in names:
        add_participant(out, seen, "JPN", name=name, family=family, country="CHN", title=None)
    return [p.name for p in out]


def test_two_officials_of_one_family_name_are_both_listed() -> None:
    # (attendee lists name two Chinese officials Wang, or two Vietnamese ministers Nguyen)
    assert _listed(("Wang Lei", "Wang"), ("Wang Ming", "Wang")) == ["Wang Lei", "Wang Ming"]


@pytest.mark.parametrize("names", [
    (("Wang Lei", "Wang"), ("Wang", "Wang")),  # named again by the family name alone
    (("Joseph R. Biden", "Biden"), ("Joe Biden", "Biden")),  # a short form of the given name
    (("WANG Lei", "Wang"), ("Lei Wang", "Wang")),  # another order or case
])
def test_one_official_named_twice_is_listed_once(names) -> None:  # type: ignore[no-untyped-def]
    assert len(_listed(*names)) == 1


@pytest.mark.parametrize(("text", "found"), [
    # a portfolio's words, then the name (older pages)
    ("held meetings with Minister of Finance, Planning and Economic Development Ana Roe and "
     "others", [("Roe", "Minister of Finance, Planning and Economic Development")]),
    ("then with Minister of Foreign Affairs and Cooperation Kofi Doe.",
     [("Doe", "Minister of Foreign Affairs and Cooperation")]),
    # the title after the name, with its country: no portfolio words read as a name
    ("held a meeting with Ana Roe, Minister of Foreign Affairs of Canada.",
     [("Roe", "Minister of Foreign Affairs")]),
])
def test_a_portfolio_title_before_the_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.family_name, p.title) for p in find_people(text)] == found


def test_a_visit_title_needs_a_japanese_office_to_be_mofa() -> None:
    assert not mofa.detect(b"Visit to the Science Museum\n(Overview)\nThe class visited the "
                           b"museum on May 3 and met its director.\n", "note.txt")
