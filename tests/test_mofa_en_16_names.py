"""Who took part, on MOFA English and Prime Minister's Office pages: categories mended in
session 16 (issue 14), each in several wordings with near misses that must not fire.

Every sentence is written in our own words (fictional officials, places and dates) in the
shape a MOFA English or Prime Minister's Office page uses; only the publishers' formulas are
kept.
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.records import RawRecord

OVERVIEW = " The overview of the meeting is as follows."


def _people(text: str, title: str = "", source: str = "mofa") -> dict[str, str | None]:
    found = analyse_mofa(RawRecord(source=source, path="p.txt", item=None, text=text,
                                   title=title, published=date(2011, 5, 3)))
    assert found.meeting is not None
    return {p.family_name or "": p.country for p in found.participants}


# --- an official who joined the meeting told ------------------------------------------------

FM_TALKS = ("On Tuesday 3 May at 4.30pm, Mr Kenta Morikawa, Foreign Minister of Japan, held "
            "talks with the Rt. Hon. Oliver Pennington, British Secretary of State for Foreign "
            "Affairs, in London.")


@pytest.mark.parametrize(("joined", "who", "country"), [
    # a passive "were joined by", the joiner's country in the demonym of the title
    (" During the talks, which lasted about one hour, Mr Morikawa and Mr Pennington were "
     "joined by British Prime Minister Arthur Wexley.", "Wexley", "GBR"),
    (" The two ministers were later joined by Prime Minister Arthur Wexley of the United "
     "Kingdom.", "Wexley", "GBR"),
    (" Mr Morikawa and Mr Pennington were joined by Ambassador Daichi Noguchi of Japan.",
     "Noguchi", "JPN"),
    # the joiner before the verb, in the lead or in the first point
    (" Prime Minister Arthur Wexley of the United Kingdom also joined the talks partway "
     "through.", "Wexley", "GBR"),
    (OVERVIEW + "\n\n1. British Prime Minister Arthur Wexley joined the meeting midway and "
     "welcomed the visit.", "Wexley", "GBR"),
    # a joiner the page names with no country: Japan's own official (the page is Japan's)
    (" Prime Minister Haruto Shimizu joined the talks partway through.", "Shimizu", "JPN"),
    (" Prime Minister SHIMIZU Haruto also joined the dinner that followed the talks.",
     "Shimizu", "JPN"),
])
def test_an_official_who_joined_the_meeting_took_part(joined: str, who: str, country: str
                                                      ) -> None:
    # mofa._joiners (R.JOINED_BY, R.JOINED_VERB)
    people = _people(FM_TALKS + joined + ("" if OVERVIEW in joined else OVERVIEW))
    assert people.get(who) == country
    assert people.get("Morikawa") == "JPN" and people.get("Pennington") == "GBR"


@pytest.mark.parametrize("told", [
    # a country or a body that joined something else
    " The United Kingdom joined the partnership in 2015, and Mr Pennington welcomed it.",
    " Since Prime Minister Arthur Wexley joined the Cabinet, the two have met often.",
    # a joining of the past
    " In 2015 Prime Minister Arthur Wexley joined the coalition talks.",
    " Prime Minister Arthur Wexley joined the six-party talks as an envoy in 2008.",
    # what someone said of a joining, not who sat at the table
    " Mr Morikawa welcomed that Prime Minister Arthur Wexley had joined the summit last year.",
    " Mr Pennington said Prime Minister Arthur Wexley would have joined the talks if possible.",
    # joined by people the page does not name
    " The two ministers were joined by their senior officials.",
    # who came with one side ("was joined by"), not who joined the two sides' meeting
    " Mr Morikawa was joined by Ambassador Daichi Noguchi on his tour of the port.",
])
def test_no_one_joined_the_meeting(told: str) -> None:
    people = _people(FM_TALKS + told + OVERVIEW)
    assert set(people) == {"Morikawa", "Pennington"}
