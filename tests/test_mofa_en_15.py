"""MOFA English meeting fields widened in session 15 (issue 14), each in several wordings.

Every sentence is written in our own words (fictional officials, places and dates) in the
shape a MOFA English or Prime Minister's Office page uses; only the publishers' formulas are
kept. Each test holds several variants of one convention and negatives where one applies.
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.records import RawRecord

OVERVIEW = " The overview of the meeting is as follows."


def _meeting(text: str, title: str = "", published: date = date(2019, 8, 30)):
    found = analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                   title=title, published=published))
    assert found.meeting is not None
    return found.meeting


# --- a start given only in Japan time: the place's date goes with the converted clock -------

FM_MEETS = ("Ms. Emi Kurata, Minister for Foreign Affairs of Japan, held a meeting with Mr. "
            "Omar Wafula, Cabinet Secretary for Foreign Affairs of the Republic of Kenya, ")


@pytest.mark.parametrize(("told", "where", "day", "start"), [
    # (Nairobi is six hours behind Tokyo: 2 a.m. on the 28th in Tokyo is the 27th there)
    ("for about 40 minutes from 2:00 a.m. on August 28 (Japan time)", "in Nairobi",
     date(2019, 8, 27), "20:00"),
    ("On August 28, from 1:30 a.m. (JST) for approximately 30 minutes, ", "in Nairobi",
     date(2019, 8, 27), "19:30"),
    ("commencing at 12:15 a.m. on August 28 (Japan Standard Time)", "in Nairobi",
     date(2019, 8, 27), "18:15"),
    # (the same clock, the same day: nothing moves)
    ("for about 40 minutes from 4:00 p.m. on August 28 (Japan time)", "in Nairobi",
     date(2019, 8, 28), "10:00"),
    # (a local time given: the date is the place's own)
    ("for about 40 minutes from 8:00 p.m. on August 27 (local time)", "in Nairobi",
     date(2019, 8, 27), "20:00"),
    # (the Japan-time bracket has its own date: the date outside it is the place's)
    ("on August 27, from 8:00 p.m. (2:00 a.m. on August 28, Japan time)", "in Nairobi",
     date(2019, 8, 27), "20:00"),
    # (a clock with summer time: no conversion, the date stays as written)
    ("for about 40 minutes from 2:00 a.m. on August 28 (Japan time)", "in Paris",
     date(2019, 8, 28), None),
])
def test_a_converted_start_carries_the_places_date(told: str, where: str, day: date,
                                                   start: str | None) -> None:
    # mofa._local_start (the day its converted clock is off Japan's) and mofa._japan_dated
    if told.startswith("On "):
        text = f"{told}{FM_MEETS}{where}.{OVERVIEW}"
    else:
        text = f"{FM_MEETS}{told} {where}.{OVERVIEW}"
    found = _meeting(text, "Japan-Kenya Foreign Ministers' Meeting")
    assert (found.date, found.start_local) == (day, start)


def test_a_call_in_japan_time_keeps_japans_date() -> None:
    # (a call's place is Japan's end of the line: no conversion, no move)
    text = ("On August 28, from 2:00 a.m. (Japan time) for about 20 minutes, Ms. Emi Kurata, "
            "Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Omar Wafula, "
            "Cabinet Secretary for Foreign Affairs of the Republic of Kenya." + OVERVIEW)
    found = _meeting(text, "Japan-Kenya Foreign Ministers' Telephone Talk")
    assert (found.date, found.start_local) == (date(2019, 8, 28), "02:00")


# --- an organisation's seat, beyond the United Nations --------------------------------------

SEAT_LEAD = "On May 14, Mr. Ryo Hanada, Minister for Foreign Affairs of Japan, "


@pytest.mark.parametrize(("lead", "place"), [
    ("who is visiting the OECD headquarters, held a meeting with Ms. Clara Voss, "
     "Secretary-General of the OECD.", "FRA"),
    ("visiting NATO Headquarters, held talks with Mr. Lars Dahl, Secretary General of the "
     "North Atlantic Treaty Organization (NATO).", "BEL"),
    ("held a meeting with Mr. Anton Weiss, Director General of the International Atomic "
     "Energy Agency (IAEA), at the IAEA Headquarters.", "AUT"),
    ("held a meeting with Dr. Bui Van Long, Secretary-General of ASEAN, at the ASEAN "
     "Secretariat.", "IDN"),
    ("who is visiting the World Trade Organization, held a meeting with Ms. Nadia Oyelowo, "
     "Director-General of the WTO.", "CHE"),
    # (an office of the organisation elsewhere is named with its city: that city's)
    ("held a meeting with Ms. Clara Voss, Regional Director of the World Health Organization, "
     "at the WHO Office in Manila.", "PHL"),
    # (a conference of the organisation held elsewhere: the conference's city)
    ("held a meeting with Ms. Nadia Oyelowo, Director-General of the WTO, at the WTO "
     "Ministerial Conference in Abu Dhabi.", "ARE"),
    # (the organisation named only as the other side's employer: no place)
    ("held a meeting with Mr. Anton Weiss, Director General of the IAEA, for about 30 "
     "minutes.", None),
])
def test_an_organisation_visited_is_at_its_seat(lead: str, place: str | None) -> None:
    # mofa._seat (R.ORGANISATION_SEATS from R._SEATS)
    found = _meeting(SEAT_LEAD + lead + OVERVIEW, "", date(2019, 5, 20))
    assert found.location_country == place


def test_a_seat_is_not_the_country_of_the_officials_met() -> None:
    # (the seat's country places the meeting; it does not become the other side's country)
    text = (SEAT_LEAD + "who is visiting the African Union Commission, held a meeting with "
            "Mr. Musa Keita, Chairperson of the Commission." + OVERVIEW)
    found = _meeting(text, "", date(2019, 5, 20))
    assert found.location_country == "ETH"
    assert "ETH" not in found.counterpart_countries
