"""A host who invited a visitor and then met them is a participant (mofa_people._inviter with
mofa_rules.INVITER_MET_AFTER); one who only invited is not (tests/test_mofa_en_14.py).

The sentences are our own (fictional officials, dates and places), in the shape of a MOFA
English joint statement or visit page that opens with the invitation.
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract.mofa import analyse_mofa
from policytrends.records import RawRecord

VISIT = ("H.E. Mr. Omar Diallo, Minister of Foreign Affairs of the Republic of Senegal, is "
         "visiting Japan from 3 to 7 May, 2009 {invited} H.E. Mr. Hiro Aoki, Minister for "
         "Foreign Affairs of Japan. {then}")


def _people(text: str) -> set[tuple[str, str]]:
    record = analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                    title="Joint Statement between Japan and the Republic of "
                                          "Senegal", published=date(2009, 5, 6)))
    return {(p.family_name, p.country) for p in record.participants}


@pytest.mark.parametrize(("invited", "then"), [
    ("at the invitation of", "The two Foreign Ministers met to review the bilateral relationship."),
    ("upon the invitation of", "The two ministers held talks on trade and regional affairs."),
    ("as a guest of", "The two Ministers had a meeting on the situation in West Africa."),
    ("on the invitation of", "The two Foreign Ministers then held a meeting in Tokyo on "
     "fisheries and a new air route."),
])
def test_an_inviting_host_who_then_meets_the_visitor_takes_part(invited: str, then: str) -> None:
    assert _people(VISIT.format(invited=invited, then=then)) == {("Aoki", "JPN"),
                                                                  ("Diallo", "SEN")}


def test_the_met_clause_must_be_about_the_two() -> None:
    # a host who only invited: "the two countries" is no meeting of the two
    text = ("On May 4, commencing at 3:00 p.m. for approximately 30 minutes, Prime Minister AOKI "
            "Hiro received a courtesy call from H.E. Mr. Omar Diallo, President of the National "
            "Assembly of the Republic of Senegal, who is visiting Japan at the invitation of "
            "Mr. SATO Ken, Speaker of the House of Representatives. The overview of the meeting "
            "is as follows.\n\n1. Prime Minister Aoki stated that the two countries had deepened "
            "their ties.")
    record = analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text,
                                    title="", published=date(2009, 5, 6)))
    assert {(p.family_name, p.country) for p in record.participants} == {("Aoki", "JPN"),
                                                                          ("Diallo", "SEN")}
