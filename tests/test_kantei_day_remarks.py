"""Prime Minister's Office day pages (dev set kantei_en_f): meetings held 'respectively, with'
several leaders are separate bilateral meetings, and remarks introduced as given after the
talks are the Prime Minister's own account of them, not an address (the lead's ruling 7); a
banquet address after talks only named stays a speech. Every text here is written for these
tests, reproducing a layout, never copied."""

from __future__ import annotations

from pathlib import Path

from policytrends import extract, sources
from policytrends.records import Analysis

_HEAD = ("Home > News > The Prime Minister in Action > March 2019 > {title}\n"
         "The Prime Minister in Action\n{title}\nMarch 4, 2019\n")


def _page(tmp_path: Path, title: str, body: str) -> Analysis:
    page = tmp_path / "page.txt"
    page.write_text(_HEAD.format(title=title) + body, "utf-8")
    (rec,) = list(sources.read(page, page.name))
    assert rec.source == "kantei"
    return extract.analyse(rec)


_MEETINGS = ("On March 4 (local time), Prime Minister Sawada held meetings, respectively, with "
             "H.E. Mr. Jorge Luis Ramos, President of the Republic of Chile; the Rt. Hon. Tom "
             "Hale, Prime Minister of New Zealand; and H.E. Mr. Ivan Petrov, President of the "
             "Republic of Bulgaria.\n"
             "In the evening, the Prime Minister attended a welcome dinner.\n")


def test_remarks_given_after_the_talks_are_an_account_of_them(tmp_path: Path) -> None:
    got = _page(tmp_path, "Leaders' Meeting and Other Events: First Day", _MEETINGS + (
        "After the Japan-Bulgaria summit meeting, the Prime Minister said,\n"
        "“We agreed to start talks on a new investment treaty.\n"
        "We also confirmed close coordination on the regional situation.”\n"))
    assert got.kind == "meeting" and got.meeting is not None
    assert (got.meeting.parties, set(got.meeting.counterpart_countries)) == (
        2, {"CHL", "NZL", "BGR"})


def test_a_banquet_address_after_talks_only_named_stays_a_speech(tmp_path: Path) -> None:
    got = _page(tmp_path, "Japan-Bulgaria Summit Meeting and Other Events", (
        "On March 4, Prime Minister Sawada held a summit meeting with H.E. Mr. Ivan Petrov, "
        "President of the Republic of Bulgaria, followed by a banquet.\n"
        "At the banquet, the Prime Minister said,\n"
        "“It is a great pleasure to welcome you to Tokyo.”\n"))
    assert got.kind == "speech"
