"""MOFA pages: detection, furniture removal and meeting extraction.

Fixture pages in tests/fixtures/mofa/ were written for these tests (fictional events in
MOFA's format); each `<name>.expected.json` holds values written by reading the page.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from fast_path_checks import SETTINGS
from hypothesis import given, settings
from hypothesis import strategies as st
from page_checks import MEETING_FIELDS, check_page, meeting_dict, read_one
from repo_paths import FIXTURES, SAMPLE

from policytrends import extract
from policytrends.extract import mofa as mofa_extract
from policytrends.pipeline import process_file
from policytrends.records import RawRecord
from policytrends.sources import mofa, whitespace

MOFA_FIXTURES = FIXTURES / "mofa"
SEED = SAMPLE / "seeds" / "000_1a11f1daf163081b.txt"
PAGES = sorted(p for p in MOFA_FIXTURES.iterdir() if p.suffix in (".txt", ".html"))
_read = read_one
_meeting_dict = meeting_dict


def _expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".expected.json").read_text("utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_fixture_page(page: Path) -> None:
    check_page(page, mofa)


def test_seed_matches_my_reading() -> None:
    """Values written from reading the seed page (no ../shared needed)."""
    result = process_file(SEED, "seeds/000_1a11f1daf163081b.txt")
    assert not result.rejects
    doc = result.tables["documents"][0]
    assert doc["source"] == "mofa" and doc["published"] == date(2021, 12, 11)
    assert doc["kind"] == "meeting"
    for furniture in ("Two foreign ministers greeting", "photo session", "Back to",
                      "United States of America Relations"):
        assert furniture not in doc["text"]
    assert doc["text"].startswith("On December 11, commencing at 12:20")
    assert "5. The two ministers concurred to accelerate" in doc["text"]
    (meeting,) = result.tables["meetings"]
    assert meeting["date"] == date(2021, 12, 11)
    assert meeting["start_local"] == "12:20"  # not 21:20, the Japan time
    assert meeting["duration_min"] == 25 and meeting["location_country"] == "GBR"
    assert meeting["mode"] == "in_person" and meeting["level"] == "ministerial"
    names = {(p["family_name"], p["country"], p["side"]) for p in result.tables["counterparts"]}
    assert names == {("Hayashi", "JPN", "reporting"), ("Blinken", "USA", "counterpart")}


def test_seed_matches_gold(shared: Path) -> None:
    """The seed ingests to exactly its gold line (seed-001), field by field."""
    gold = next(json.loads(line) for line in
                (shared / "gold" / "dev_state.jsonl").read_text("utf-8").splitlines()
                if line.strip() and json.loads(line)["id"] == "seed-001")
    result = process_file(shared / gold["path"], gold["path"])
    assert bool(result.tables["meetings"]) == gold["is_meeting"]
    (meeting,) = result.tables["meetings"]
    for field in MEETING_FIELDS + ("reporting_country",):
        got = meeting[field]
        if field == "date":
            got = got.isoformat()
        assert got == gold[field], field
    people = sorted((p["family_name"], p["country"], p["title"])
                    for p in result.tables["counterparts"])
    assert people == sorted((p["family_name"], p["country"], p["title"])
                            for p in gold["participants"])
    countries = sorted(row["country"] for row in result.tables["countries"])
    assert countries == sorted(gold["countries_mentioned"])


def test_sample_pages_ingest_as_meetings() -> None:
    pages = sorted((SAMPLE / "mofa").glob("*.*"))
    assert len(pages) >= 6
    for page in pages:
        result = process_file(page, page.name)
        assert not result.rejects, page.name
        assert result.tables["documents"][0]["source"] == "mofa", page.name
        assert result.tables["meetings"], page.name


def test_a_capture_cut_before_its_back_link_is_mofa() -> None:
    """A category line, a lead with the meeting's date and MOFA wording once, the text cut
    before any "Back to" link (fresh4: a 2013 summit page with no page date)."""
    text = ("Countries & Regions\nSummit Meeting between Prime Minister Taro Sato and Ray "
            "Finn, Prime Minister of Ireland\n\nOn May 2, for approximately 40 minutes from "
            "5 p.m., Prime Minister Taro Sato held talks with Mr. Ray Finn, T.D., Taoiseach "
            "(Prime Minister of Ireland), who was in Japan on a working visit. An overview of "
            "events follows:\n1. Initial Remarks\n(1) Prime Minister Sato said he was pleased")
    assert mofa.detect(text.encode(), "page.txt")
    # without the MOFA wording (the official's verb) the category and date are not enough
    assert not mofa.detect(text.replace("Prime Minister Taro Sato held talks", "talks were "
                                        "held").encode(), "page.txt")


@pytest.mark.parametrize("text", [
    b"---\ntitle: Readout\ndate: 2023-01-01\n---\nThe President met the Prime Minister.\n",
    b"Shopping list\n\nMilk, eggs and bread.\n",
    b"Minutes of the club meeting of March 3, 2024. The chair opened the meeting.\n",
])
def test_other_text_is_not_mofa(text: bytes) -> None:
    assert not mofa.detect(text, "note.txt")


def test_html_needs_mofa_markers() -> None:
    page = b"<!DOCTYPE html><html><body><p>On May 1, a meeting was held.</p></body></html>"
    assert not mofa.detect(page, "page.html")


def test_empty_page_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("Japan-Chile Relations\n\nBack to Japan-Chile Relations\n", "utf-8")
    result = process_file(path, "empty.txt")
    assert [r.reason for r in result.rejects] in (["no_text"], ["unsupported_format"], [])
    assert not result.tables["meetings"]


def _lead_record(lead: str, published: date | None = date(2022, 5, 20)) -> RawRecord:
    return RawRecord(source="mofa", path="lead.txt", item=None, text=lead, published=published,
                     reporting_country="JPN")


LEAD = ("On May 20, {clause}, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, held a "
        "meeting with H.E. Mr. Ivan Petrov, Minister of Foreign Affairs of the Republic of "
        "Bulgaria, "
        "who is visiting Japan. The overview of the meeting is as follows.")


@pytest.mark.parametrize(("clause", "start", "minutes"), [
    ("commencing at 12:20 (local time; 21:20 on May 20, Japan time) for 25 minutes", "12:20", 25),
    ("commencing at around 5:00 p.m. for approximately one and a half hours", "17:00", 90),
    ("shortly after 7 p.m. for just under 30 minutes", "19:00", 30),
    ("from 0:10 p.m. for approximately 1 hour", "12:10", 60),
    ("commencing at 02:00 p.m. for approximately two hours", "14:00", 120),
    ("at noon for an hour and 40 minutes", "12:00", 100),
    ("commencing at 5:30 P.M. for 1 hour and 40 minutes", "17:30", 100),
    ("from 3:30PM for about 25 minutes", "15:30", 25),
    ("from 9 a.m. for approximately 10 minutes in total", "09:00", 10),
    ("commencing at 4p.m. for approximately 45 minutes", "16:00", 45),
    ("from approximately 10:25 a.m. to 11:00 a.m.", "10:25", 35),
    ("commencing at 10:40(local time; 17:40 on May 20, Japan time)for 30 minutes", "10:40", 30),
    ("commencing at 3:25 p.m local time for half an hour", "15:25", 30),
    ("commencing at 6:30 p.m. (JST) for approximately 20 minutes", "18:30", 20),
    # a 24-hour clock with a redundant a.m./p.m., and a capitalised noon
    ("commencing at 18:40 p.m. for approximately 20 minutes", "18:40", 20),
    ("from 16:05 AM for about 50 minutes", "16:05", 50),
    ("at Noon for approximately 60 minutes", "12:00", 60),
    # a number glued to its unit, a space inside the clock
    ("commencing at 17: 35 for approximately 45minutes", "17:35", 45),
    ("for approximately seventy minutes beginning at 16:25", "16:25", 70),
    # the half after the hours, as some pages write it (and the next span is not added)
    ("from 8:30 a.m. for approximately two hours and a half", "08:30", 150),
    ("commencing at 3 p.m. for about 1 hour and a half, and a working dinner from 5 p.m.",
     "15:00", 90),
    # "and a half" of another number is not the meeting's length
    ("commencing at 2 p.m. for 40 minutes and a half-day tour", "14:00", 40),
])
def test_time_and_duration_phrases(clause: str, start: str, minutes: int) -> None:
    meeting = extract.analyse(_lead_record(LEAD.format(clause=clause))).meeting
    assert meeting is not None
    # the meeting is in Japan ("who is visiting Japan"), so a Japan time is its local time
    assert (meeting.start_local, meeting.duration_min) == (start, minutes)
    assert meeting.location_country == "JPN"


@pytest.mark.parametrize(("lead_date", "published", "want"), [
    ("On May 19", date(2022, 5, 20), date(2022, 5, 19)),
    ("On May 19th ,", date(2022, 5, 20), date(2022, 5, 19)),
    ("On May 19 (Thu)", date(2022, 5, 20), date(2022, 5, 19)),
    ("On 19 May (same day local time)", date(2022, 5, 20), date(2022, 5, 19)),
    ("On Thursday, May 19, 2022", None, date(2022, 5, 19)),
    ("On December 30", date(2023, 1, 4), date(2022, 12, 30)),
    ("On November 9 and 10", date(2022, 11, 11), date(2022, 11, 9)),
    # a bracket labelled "local time" that gives Japan's date and clock (JST): Japan's
    ("On May 19, commencing from 5:00 p.m. (local time: May 20, 5:00 a.m. JST)",
     date(2022, 5, 20), date(2022, 5, 19)),
    # the other side's clock in a bracket that holds a bracket of its own
    ("For about 15 minutes from 8 am on May 20 (6 pm on May 19, EST (his first day))",
     date(2022, 5, 20), date(2022, 5, 20)),
])
def test_meeting_dates(lead_date: str, published: date | None, want: date) -> None:
    lead = LEAD.replace("On May 20, {clause}", lead_date)
    meeting = extract.analyse(_lead_record(lead, published)).meeting
    assert meeting is not None and meeting.date == want


def test_no_date_in_lead_is_null_with_reason() -> None:
    lead = LEAD.replace("On May 20, {clause}, ", "")
    meeting = extract.analyse(_lead_record(lead)).meeting
    assert meeting is not None and meeting.date is None and meeting.date_note


def test_telephone_with_japan_time_only_starts_at_that_time() -> None:
    # a call's local clock is the Japanese end's: the Japan time is its start
    lead = ("On May 20, commencing at 9:25 pm JST for approximately 15 minutes, Mr. HAYAMA Ichiro, "
            "Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Dmytro "
            "KOVALENKO, Minister for Foreign Affairs of Ukraine. The overview of the talk is as "
            "follows.")
    got = extract.analyse(_lead_record(lead))
    assert got.meeting is not None
    assert (got.meeting.mode, got.meeting.start_local, got.meeting.location_country) == (
        "telephone", "21:25", None)
    assert [p.family_name for p in got.participants] == ["Hayama", "Kovalenko"]


@pytest.mark.parametrize(("person", "family", "country"), [
    ("Mr. Lavrenko, Pavel Sergeevich, Minister of Foreign Affairs of the Russian Federation",
     "Lavrenko", "RUS"),
    ("H.E. Mr. Ferdinand R. MARCELO Jr., President of the Republic of the Philippines",
     "Marcelo", "PHL"),
    ("H.E. Dr. Ursula von der Linden, President of the European Commission", "von der Linden",
     "EU"),
    ("Mr. Wang Jianming, Member of the Political Bureau of the CPC Central Committee and Minister "
     "of Foreign Affairs of the People's Republic of China", "Wang", "CHN"),
    ("Senator the Hon. Claire Ashby, Minister for Foreign Affairs of Australia", "Ashby", "AUS"),
    ("the Rt. Hon. Oliver Pembroke MP, Secretary of State for Foreign, Commonwealth and "
     "Development Affairs of the United Kingdom", "Pembroke", "GBR"),
    ("H.E. Mr. KIM Jae-won, Minister of Foreign Affairs of the Republic of Korea", "Kim", "KOR"),
    ("Rear Admiral (Retired) Tomas Lindqvist, Minister of Defence of the Kingdom of Sweden",
     "Lindqvist", "SWE"),
    ("H.E. Daw Khin Myat Thu, Union Minister for Foreign Affairs of the Republic of the Union of "
     "Myanmar", "Khin Myat Thu", "MMR"),
    # a Mongolian's personal name (in capitals), not the patronymic (the lead's ruling 1)
    ("H.E. Ms. Davaadorj ENKHJARGAL, Minister for Foreign Affairs of Mongolia", "Enkhjargal",
     "MNG"),
    ("H.E. Mr. Tran Quoc Minh, Minister of Foreign Affairs of the Socialist Republic of Viet Nam",
     "Tran", "VNM"),
    ("H.E. Mr. Faisal bin Khalid Al Nahyan, Minister of Foreign Affairs of the United Arab "
     "Emirates", "Al Nahyan", "ARE"),
    # the title ends where the meeting's length begins
    ("Dr. Zhou Mingyuan, Minister of Foreign Affairs of the People's Republic of China for "
     "about 55 minutes", "Zhou", "CHN"),
    # two initials run together inside the name
    ("H.E. Ms. Sari K.W. Lestari, Minister for Foreign Affairs of the Republic of Indonesia",
     "Lestari", "IDN"),
])
def test_counterpart_names(person: str, family: str, country: str) -> None:
    lead = (f"On May 20, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, held a meeting "
            f"with {person}. The overview of the meeting is as follows.")
    got = extract.analyse(_lead_record(lead))
    theirs = [(p.family_name, p.country) for p in got.participants if p.side == "counterpart"]
    assert theirs == [(family, country)]


@pytest.mark.parametrize(("lead", "place"), [
    ("On May 20, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, held a meeting with "
     "H.E. Ms. Ana Ruiz, Minister of Foreign Affairs of Spain, during her visit to Granada, Spain "
     "to attend a conference.", "ESP"),
    ("On May 20, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, held a working dinner "
     "with H.E. Mr. Omar Haddad, Minister of Foreign Affairs of the Hashemite Kingdom of Jordan, "
     "who is paying a visit to Japan under an invitation programme.", "JPN"),
    ("On May 20, commencing at 1:15 p.m. (France time), Mr. Shotaro Okabe, Prime Minister of "
     "Japan, held a summit meeting with H.E. Mr. Noam Levi, Prime Minister of the State of "
     "Israel.", "FRA"),
    ("On May 20, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, who is visiting New "
     "York to attend the United Nations General Assembly, held a meeting with H.E. Mr. Dmytro "
     "KOVALENKO, Minister for Foreign Affairs of Ukraine.", "USA"),
    ("On May 20, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, held a telephone talk "
     "with H.E. Mr. Dmytro KOVALENKO, Minister for Foreign Affairs of Ukraine, who is visiting "
     "Poland.", None),
    # the visit told after the counterpart, with "while"
    ("On May 20, commencing at 3:00 p.m. (local time), Mr. HAYAMA Ichiro, Minister for Foreign "
     "Affairs of Japan held a meeting with the Honourable Paul Tremblay, Minister of Foreign "
     "Affairs of Canada, while visiting the United Kingdom for a G7 ministers' meeting.", "GBR"),
    # a local clock at a meeting the Japanese side attends somewhere unnamed: not the
    # counterpart's country
    ("On May 20, commencing at 2:25 p.m. local time, Ms. HAYAMA Yuko, Minister for Foreign "
     "Affairs of Japan, who is attending a ministerial meeting of the OECD, held a meeting "
     "with H.E. Mr. Tran Van Long, Minister of Foreign Affairs of Viet Nam.", None),
])
def test_meeting_place(lead: str, place: str | None) -> None:
    got = extract.analyse(_lead_record(lead))
    assert got.meeting is not None and got.meeting.location_country == place
    assert len([p for p in got.participants if p.side == "counterpart"]) == 1


@pytest.mark.parametrize(("before", "place"), [
    ("Prime Minister Aoki left Haneda Airport on May 2 for a visit to Chile.", "CHL"),
    ("Prime Minister Aoki left on the government plane from Lima on the morning of May 3 "
     "(Japan time: the same evening) for Santiago, the capital of Chile.", "CHL"),
    # what remains is no departure
    ("The leaders noted that little time was left for North Korea to return to talks.", None),
    ("Officials said the time left for Chile to ratify the treaty was short.", None),
])
def test_a_departure_told_before_the_lead(before: str, place: str | None) -> None:
    lead = "On May 3, Prime Minister Aoki held a summit meeting with President Rivas."
    assert mofa_extract._arrived_in(f"{before}\n\n{lead}", lead) == place


@pytest.mark.parametrize("post", ["visiting professor", "visiting Fellow"])
def test_a_visiting_post_is_no_visit(post: str) -> None:
    # ", visiting professor of Australian history" is the caller's post, not a visit
    lead = ("On May 20, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, received a "
            f"courtesy call from Dr. Ann Roe, {post} of Australian history. "
            "The overview of the meeting is as follows.")
    got = extract.analyse(_lead_record(lead))
    assert got.meeting is not None and got.meeting.location_country == "JPN"


@pytest.mark.parametrize(("point", "place"), [
    ("- This meeting is the first foreign ministers' meeting to be held in Chile in ten "
     "years.", "CHL"),
    # a first meeting to come is no place of this one
    ("- The two ministers confirmed that the first Japan-Chile \"2+2\" to be held in Santiago "
     "would take place in the autumn.", None),
    ("- The two ministers welcomed plans for the first economic dialogue to be held in Chile.",
     None),
    ("- The next round will be the first such meeting to be held in Chile.", None),
])
def test_the_first_meeting_held_in_a_place(point: str, place: str | None) -> None:
    assert mofa_extract._welcomed_visit([point]) == place


LEAD_WORDS = ("On", "May", "20", ",", "commencing", "at", "12:20", "(local", "time;", "JST)",
              "for", "approximately", "one", "and", "a", "half", "hours", "Mr.", "HAYAMA", "Ichiro",
              "Minister", "of", "Japan", "held", "meeting", "with", "H.E.", "the", "Honorable",
              "who", "is", "visiting", "attended", "by", "1.", "(1)", ".", "\n\n", "Back", "to")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(LEAD_WORDS), max_size=80), st.text(max_size=200))
def test_arbitrary_text_never_crashes(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    got = extract.analyse(_lead_record(text))
    assert got.kind in ("meeting", "statement", "remarks", "speech", "announcement", "other")
    if got.meeting is not None and got.meeting.start_local is not None:
        hour, minute = map(int, got.meeting.start_local.split(":"))
        assert 0 <= hour < 24 and 0 <= minute < 60


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_reader(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("mofa") / "page.txt"
    path.write_bytes(b"Japan-Chile Relations\n\nMay 1, 2020\n\n" + data)
    result = process_file(path, "page.txt")
    assert result.tables["documents"] or result.rejects


def test_multilateral_meeting_attended() -> None:
    lead = ("On April 18 and 19, Ms. KAMIMURA Ayako, Minister for Foreign Affairs of Japan, "
            "attended the G7 Foreign Ministers' Meeting in Capri, Italy. The overview of the "
            "meeting is as follows.")
    got = extract.analyse(_lead_record(lead, date(2024, 4, 19)))
    assert got.kind == "meeting" and got.meeting is not None
    assert got.meeting.date == date(2024, 4, 18)  # a meeting over two days: the first day
    assert got.meeting.counterpart_countries == ("G7",)
    assert got.meeting.parties is None  # the members present are not named
    assert got.meeting.location_country == "ITA"


def test_head_of_an_organisation_is_the_other_side() -> None:
    """An organisation's Secretary General calling on the minister: the organisation is the
    counterpart (its own code), two sides, and a secretary general ranks as a minister."""
    lead = ("On June 3, commencing at 2:10 p.m., Mr. HAYAMA Ichiro, Minister for Foreign "
            "Affairs of Japan, received a courtesy call from H.E. Mr. Lars Ekdahl, Secretary "
            "General of the Organization for Security and Co-operation in Europe (OSCE), who is "
            "in Japan, for about 25 minutes. The overview is as follows.")
    got = extract.analyse(_lead_record(lead, date(2024, 6, 3)))
    assert got.meeting is not None
    assert got.meeting.counterpart_countries == ("OSCE",)
    assert (got.meeting.parties, got.meeting.level) == (2, "ministerial")


def test_junior_minister_and_a_trilateral_secretariat() -> None:
    """A hyphenated "Senior Vice-Minister" ranks below cabinet; the Trilateral Cooperation
    Secretariat named in the title is one side, not a three-country meeting."""
    lead = ("On Tuesday, May 6, commencing at 10:20 a.m. for approximately 25 minutes, "
            "Parliamentary Senior Vice-Minister for Foreign Affairs Mr. Jiro Tanabe received a "
            "courtesy call from Secretary General Mr. Kenta Mori and two deputies of the "
            "Trilateral Cooperation Secretariat, who were in Tokyo. The overview of the meeting "
            "is as follows. Both sides spoke of cooperation between Japan, China and the ROK.")
    record = replace(_lead_record(lead, date(2014, 5, 6)), title=(
        "Courtesy Call on Parliamentary Senior Vice-Minister Mr. Jiro Tanabe by Secretary "
        "General Mr. Kenta Mori and others of the Trilateral Cooperation Secretariat"))
    got = extract.analyse(record)
    assert got.meeting is not None
    assert got.meeting.counterpart_countries == ("TCS",)
    assert (got.meeting.parties, got.meeting.level) == (2, "other")


def test_lead_without_overview_tells_the_meeting_in_its_own_sentence() -> None:
    """A narrative lead (no overview sentence): later sentences' dates and people belong to
    other events; a passive verb's sentence is followed by who took part."""
    narrative = ("Foreign Minister Kenji Arata held a meeting with H.E. Mr. Tomas Varga, "
                 "Minister of Foreign Affairs of Hungary, at the Iikura Guest House. At the "
                 "meeting, Minister Arata, recalling their talk in Budapest on March 3, 2018, "
                 "said, \"Mr. Szabo sends his regards.\"")
    got = extract.analyse(_lead_record(narrative, None))
    assert got.meeting is not None and got.meeting.date is None
    assert sorted(p.family_name for p in got.participants) == ["Arata", "Varga"]
    passive = ("On June 2, the 5th Senior Officials Meeting of the Japan-Nordic Dialogue was "
               "held online. Mr. SATO Kenta, Director-General, Ministry of Foreign Affairs of "
               "Japan, and senior officials of five Nordic countries participated in it.")
    got = extract.analyse(_lead_record(passive, date(2021, 6, 2)))
    assert got.meeting is not None and got.meeting.date == date(2021, 6, 2)
    assert [p.family_name for p in got.participants] == ["Sato"]


def test_a_meeting_followed_by_another_lists_both_sides_met() -> None:
    # (separate meetings on one page: every official met, each bilateral - the lead's
    # ruling 10, which replaced "the first meeting only")
    lead = ("On May 2, Prime Minister Kenji Arata, who is visiting Geneva, Switzerland, held a "
            "summit meeting with H.E. Mr. Tomas Varga, President of Hungary, followed by a "
            "meeting with H.E. Ms. Ana Ruiz, Director-General of the World Health Organization.")
    got = extract.analyse(_lead_record(lead, date(2018, 5, 2)))
    assert got.meeting is not None and got.meeting.counterpart_countries == ("HUN", "WHO")
    assert got.meeting.parties == 2
    assert sorted(p.family_name for p in got.participants) == ["Arata", "Ruiz", "Varga"]


@pytest.mark.corpus
def test_no_other_publisher_is_taken_for_mofa(shared: Path) -> None:
    """No file of the White House, State Department or UN corpora looks like a MOFA page."""
    taken = []
    for path in sorted((shared / "corpus").rglob("*")):
        if path.is_file():
            with open(path, "rb") as fh:
                if mofa.detect(fh.read(16 * 1024), path.name):
                    taken.append(path.name)
    assert taken == []


@pytest.mark.parametrize(("name", "published", "later", "family"), [
    ("Mr. Iwata Kenji", date(2024, 12, 11), "", "Iwata"),  # family first from 2020
    ("Mr. Kenji Iwata", date(2016, 4, 1), "", "Iwata"),  # given name first before
    ("Mr. Kenji Iwata", date(2021, 4, 1), "Minister Iwata thanked him.", "Iwata"),
    ("Mr. Iwata Kenji", date(2018, 4, 1), "Minister Iwata thanked him.", "Iwata"),
    ("Mr. IWATA Kenji", date(2018, 4, 1), "", "Iwata"),
])
def test_japanese_name_order(name: str, published: date, later: str, family: str) -> None:
    lead = (f"On April 1, {name}, Minister for Foreign Affairs of Japan, spoke over the phone "
            f"with H.E. Cho Min-ho, Minister of Foreign Affairs of the Republic of Korea. {later}")
    got = extract.analyse(_lead_record(lead, published))
    assert got.meeting is not None and got.meeting.mode == "telephone"
    ours = [p.family_name for p in got.participants if p.side == "reporting"]
    assert ours == [family]
    assert [p.family_name for p in got.participants if p.side == "counterpart"] == ["Cho"]


@SETTINGS
@given(text=st.lists(st.sampled_from(
    ["Provisional translation", "DATE of issue", "original in Japanese", "date above is",
     "Open a New Window", "(Open a New Window)", "window", "text", " ", "\u3000"]),
    max_size=8).map(" ".join))
def test_mofa_line_tests_agree_with_their_patterns(text: str) -> None:
    assert mofa._is_footnote(text) == bool(mofa.FOOTNOTE.search(text))
    assert mofa._clean_line(text) == whitespace.clean_space(
        mofa.GLUED_LINK_TEXT.sub(" ", text).replace("\u3000", " "))


@SETTINGS
@given(month=st.sampled_from(mofa._MONTHS.split("|")),
       day=st.sampled_from(["0", "00", "1", "01", "9", "28", "29", "30", "31", "32", "99"]),
       year=st.sampled_from(["0000", "0001", "1900", "2000", "2023", "2024", "9999"]),
       rest=st.sampled_from(["", ", 4:00 p.m. Ministry of Foreign Affairs", " 9:61 am Tokyo"]))
def test_mofa_page_date_is_what_strptime_reads(month: str, day: str, year: str, rest: str
                                                ) -> None:
    m = mofa.DATE_LINE.match(f"{month} {day}, {year}{rest}")
    assert m is not None
    try:
        expected = datetime.strptime(f"{month} {day} {year}", "%B %d %Y").date()
    except ValueError:
        expected = None
    assert mofa._page_date(m)[0] == expected


page_lines = st.lists(st.lists(st.sampled_from(
    ["Open a New Window", "(Open a New Window)", "WINDOW", "wİndow", "text", "x", " ", "  ", "\t",
     "\u3000", "\u00a0", "\u2009", "\u202f", "\u2028", "\x1c", "\n", "\u3000\u3000"]),
    max_size=8).map("".join), max_size=6)


@SETTINGS
@given(lines=page_lines)
def test_mofa_page_lines_cleaned_at_once_as_one_by_one(lines: list[str]) -> None:
    assert mofa._clean_lines(lines, "\n".join(lines).lower()) == [
        ln for ln in map(mofa._clean_line, lines) if ln]


mofa_page_items = st.lists(st.sampled_from(
    ["Provisional translation", "(Provisional translation)", "The date above is the original.",
     "Original in Japanese.", "• Photo", "・ 画像1", "Photo session before the meeting",
     "Back to Japan-Canada Relations", "Japan-Canada Relations", "December 12, 2013",
     "On December 12, Mr. MOTEGI Toshimitsu held a meeting with the Foreign Minister.",
     "1. The two ministers confirmed cooperation.", "- the talks continued", "Overview",
     "Japan-Canada Foreign Ministers' Meeting", "Two leaders shaking hands", "x", "DATE"]),
    max_size=10)


@SETTINGS
@given(items=mofa_page_items)
def test_mofa_footnote_skip_and_bullet_furniture_agree_with_plain_tests(items: list[str]
                                                                    ) -> None:
    if not mofa._has_footnote_words("\n".join(items).lower()):
        assert not any(map(mofa._is_footnote, items))
    for ln in items:
        assert mofa._is_furniture(ln, mofa.BULLET.sub("", ln)) == bool(
            mofa.FURNITURE_LINE.match(ln)
            or mofa.FURNITURE_LINE.match(mofa.BULLET.sub("", ln)))


def _reference_mofa_detect(text: str) -> bool:
    """`sources.mofa.detect` for a text capture, every signal counted first."""
    if text.lstrip().startswith("---"):
        return False
    lines = [ln.strip() for ln in text.splitlines()[:12] if ln.strip()]
    has_date = any(mofa.DATE_LINE.match(ln) for ln in lines[:6])
    signals = sum(1 for rx in mofa.TEXT_SIGNALS if rx.search(text))
    category = bool(lines and mofa.CATEGORY_LINE.match(lines[0]))
    region = not category and bool(lines and mofa.REGION_LINE.match(lines[0]))
    lead = any(mofa.LEAD_DATE.match(ln) or mofa.SUBJECT_LEAD.match(ln) for ln in lines[:6])
    if not (has_date or category or region):  # an older page: a dated lead, wording twice
        return lead and signals >= 2
    # a category line and a page date suffice ("Press Releases" / "Press Conferences"); a
    # capture cut before its "Back to" link has its category, a lead and MOFA wording once;
    # a region's line ("Oceania") is not enough with a page date alone
    return (has_date and signals >= 1) or ((category or region) and (
        (has_date and category) or bool(mofa.BACK_LINK.search(text)) or signals >= 2
        or (signals >= 1 and lead)))


page_texts = st.lists(st.sampled_from(
    ["Japan-Chile Relations", "December 11, 2023", "Back to Japan-Chile Relations",
     "Minister for Foreign Affairs of Japan, met", "Prime Minister of Japan",
     "Japan-Chile Foreign Ministers' Meeting", "Some words.", "Press Releases", "",
     "Countries & Regions", "On May 2, Prime Minister Taro Sato held talks with Mr. Ray Finn.",
     "Oceania", "Photo: Cabinet Public Relations Office", "Tokyo, 17th June, 2009",
     "On May 2, the club met."]),
    max_size=8).map("\n".join)


@SETTINGS
@given(text=page_texts)
def test_mofa_detect_searches_signals_lazily_with_the_same_answer(text: str) -> None:
    assert mofa.detect(text.encode(), "page.txt") == _reference_mofa_detect(text)


@SETTINGS
@given(parts=st.lists(st.lists(st.sampled_from(["a", "b", ".", "..", "txt", "HTML", " ", "-", "é"]),
                               min_size=1, max_size=5).map("".join), min_size=1, max_size=3))
def test_file_name_and_suffix_by_string_methods_are_pathlibs(parts: list[str]) -> None:
    from pathlib import Path

    from policytrends.sources import mofa as mofa_src

    if any(p in (".", "..") for p in parts):
        return  # not a file's relative path (ingest's rels name files)
    rel = "/".join(parts)
    assert rel.rpartition("/")[2] == Path(rel).name
    assert mofa_src._suffix(parts[-1]) == Path(parts[-1]).suffix


@pytest.mark.parametrize(("title", "person", "family", "country"), [
    # no honorific and no country in the lead: the page's title gives the country, whose
    # naming culture then orders the name
    ("Japan-China Foreign Ministers' Meeting", "State Councilor Wang Jianming", "Wang", "CHN"),
    ("Japan-U.S. Defense Ministers' Telephone Talk", "Secretary of Defense Mark Whitfield",
     "Whitfield", "USA"),
    ("Japan-Korea Foreign Ministers' Meeting", "Minister of Foreign Affairs, Park Min-jun",
     "Park", "KOR"),
])
def test_a_counterpart_named_after_a_title_takes_the_titles_country(
        title: str, person: str, family: str, country: str) -> None:
    lead = (f"On May 20, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, held a meeting "
            f"with {person}, for approximately 40 minutes. The overview of the meeting is as "
            f"follows.")
    raw = replace(_lead_record(lead), title=title)
    got = extract.analyse(raw)
    theirs = [(p.family_name, p.country) for p in got.participants if p.side == "counterpart"]
    assert theirs == [(family, country)]


def test_a_dinner_told_before_the_meeting_is_not_the_meeting() -> None:
    """A lead that tells a dinner the other side hosted and then the meeting of the next
    day: the meeting (and its date) is the one the lead's meeting verb names; a meal the
    other side hosted is the meeting only when the lead names no other."""
    lead = ("On March 3, Mr. Kenji Arata, Minister for Foreign Affairs, attended a dinner "
            "hosted by the Hon. Grace Milne MP, Minister for Foreign Affairs of New Zealand, "
            "and on March 4 the two ministers held a Foreign Ministers' Meeting in Wellington.")
    got = extract.analyse(_lead_record(lead, date(2016, 3, 4)))
    assert got.meeting is not None and got.meeting.date == date(2016, 3, 4)
    assert got.meeting.counterpart_countries == ("NZL",)
    meal = ("On March 3, Mr. Kenji Arata, Minister for Foreign Affairs, attended a dinner "
            "hosted by the Hon. Grace Milne MP, Minister for Foreign Affairs of New Zealand.")
    got = extract.analyse(_lead_record(meal, date(2016, 3, 4)))
    assert got.meeting is not None and got.meeting.date == date(2016, 3, 3)
    assert sorted(p.family_name for p in got.participants) == ["Arata", "Milne"]


def test_a_range_start_without_a_clock_marker_takes_the_ends() -> None:
    """ "from 4:50 to 5:35 p.m.": both ends are afternoon; a marker that would put the
    start after the end is not shared ("from 11:30 to 1:10 p.m." starts before noon)."""
    lead = ("On May 20 from {span}, Mr. HAYAMA Ichiro, Minister for Foreign Affairs of Japan, "
            "held a meeting with H.E. Mr. Ivan Petrov, Minister of Foreign Affairs of the "
            "Republic of Bulgaria, who is visiting Japan.")
    for span, start, minutes in (("4:50 to 5:35 p.m.", "16:50", 45),
                                 ("11:30 to 1:10 p.m.", "11:30", None)):
        got = extract.analyse(_lead_record(lead.format(span=span)))
        assert got.meeting is not None
        assert got.meeting.start_local == start, span
        if minutes is not None:
            assert got.meeting.duration_min == minutes, span


def test_a_small_group_and_a_plenary_meeting_are_parts_of_one() -> None:
    lead = ("On May 3, Mr. HAYAMA Ichiro, Minister for Foreign Affairs, who is in Santiago, "
            "Chile, held a small group meeting with H.E. Ms. Carla Vergara, Minister of Foreign "
            "Affairs of the Republic of Chile commencing at 9:00 a.m. (local time) for "
            "approximately 20 minutes, then a plenary meeting with her beginning at 9:30 a.m. "
            "(local time) for approximately 70 minutes. The following is a summary of the "
            "meeting.")
    got = extract.analyse(_lead_record(lead, date(2023, 5, 3)))
    assert got.meeting is not None
    assert (got.meeting.start_local, got.meeting.duration_min) == ("09:00", 90)


def test_a_plenary_meeting_alone_is_no_part_of_the_meeting() -> None:
    # the plenary is the gathering the meeting was held beside: its length is not added
    lead = ("On September 20, commencing at 2:00 p.m. (local time) for approximately 30 "
            "minutes, Mr. HAYAMA Ichiro, Minister for Foreign Affairs, who is visiting New York, "
            "held a meeting with H.E. Ms. Rosa Quispe, Minister of Foreign Affairs of the "
            "Republic of Peru, on the margins of the UN General Assembly plenary meeting, which "
            "ran for approximately three hours. The following is a summary of the meeting.")
    got = extract.analyse(_lead_record(lead, date(2023, 9, 20)))
    assert got.meeting is not None and got.meeting.duration_min == 30


def test_a_junior_ministers_title_does_not_make_the_meeting_ministerial() -> None:
    """With the other side's rank unknown, a page title naming a vice-minister or a state
    minister gives no 'ministerial' level; a foreign ministers' title does."""
    lead = ("On May 9, Mr. Kenta Arata, {title}, met with United States Government "
            "officials in Washington D.C.")
    for title, level in (("Vice-Minister for Foreign Affairs", "other"),
                         ("State Minister for Foreign Affairs", "other")):
        record = replace(_lead_record(lead.format(title=title), date(2008, 5, 9)),
                         title=f"Mr. Kenta Arata, {title}, to Visit the United States")
        got = extract.analyse(record)
        assert got.meeting is not None and got.meeting.level == level, title
    record = replace(_lead_record(lead.format(title="Minister for Foreign Affairs"),
                                  date(2008, 5, 9)),
                     title="Japan-U.S. Foreign Ministers' Meeting")
    got = extract.analyse(record)
    assert got.meeting is not None and got.meeting.level == "ministerial"


def test_a_length_written_as_the_meetings_adjective() -> None:
    """ "hosted a one-hour working lunch for Dr. X": the lunch hosted by the Japanese side
    (in Japan) lasted an hour; "a 30-minute telephone talk" likewise; a stated length wins."""
    lead = ("On March 4 (Thu), after a brief meeting, Mr. Kenta Arata, Minister for Foreign "
            "Affairs of Japan, hosted a one-hour working lunch for Dr. Omar Haddad, President "
            "of the Republic of Tunisia.")
    got = extract.analyse(_lead_record(lead, date(2010, 3, 4)))
    assert got.meeting is not None
    assert (got.meeting.duration_min, got.meeting.location_country) == (60, "JPN")
    call = ("On March 4, Mr. Kenta Arata, Minister for Foreign Affairs, held a 30-minute "
            "telephone talk with H.E. Mr. Omar Haddad, Minister of Foreign Affairs of Tunisia.")
    got = extract.analyse(_lead_record(call, date(2010, 3, 4)))
    assert got.meeting is not None and got.meeting.duration_min == 30
    stated = call.replace("Tunisia.", "Tunisia, for approximately 25 minutes.")
    got = extract.analyse(_lead_record(stated, date(2010, 3, 4)))
    assert got.meeting is not None and got.meeting.duration_min == 25
