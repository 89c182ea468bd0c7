"""Prime Minister's Office (kantei) pages: detection, furniture removal, meetings and listings.

Fixture pages in tests/fixtures/kantei/ were written for these tests (fictional events in
the site's layouts); each `<name>.expected.json` holds values written by reading the page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from page_checks import check_page
from repo_paths import FIXTURES

from policytrends.fetch import SOURCES
from policytrends.fetch import kantei as kantei_fetch
from policytrends.fetch.listing import Window
from policytrends.sources import kantei

KANTEI_FIXTURES = FIXTURES / "kantei"
PAGES = sorted(p for p in KANTEI_FIXTURES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_fixture_page(page: Path) -> None:
    check_page(page, kantei)


def test_mofa_pages_are_not_taken_for_kantei_pages() -> None:
    for page in sorted((FIXTURES / "mofa").iterdir()):
        if page.suffix in (".txt", ".html"):
            assert not kantei.detect(page.read_bytes()[:65536], page.name), page.name
    for folder in ("whitehouse", "state", "text"):
        for page in sorted((FIXTURES / folder).iterdir()):
            assert not kantei.detect(page.read_bytes()[:65536], page.name), page.name


def test_a_translation_note_far_from_the_date_is_not_the_site_s_mark() -> None:
    head = (b"Japan-Chile Summit Meeting\n\nJuly 20, 2023\n\nOn July 20, the Prime Minister "
            b"held a meeting.\n\n1. Point one.\n\n2. Point two.\n\n[Provisional translation]\n")
    assert not kantei.detect(head, "page.txt")
    assert kantei.detect(head.replace(b"\n\n[Provisional translation]", b"")
                         .replace(b"2023\n", b"2023\n[Provisional translation]\n"), "page.txt")


def test_fetch_kantei_start_pages_follow_the_cabinets_in_office() -> None:
    assert SOURCES["kantei"] is kantei_fetch
    pages = kantei_fetch.start_pages(kantei_fetch.BASE_URL,
                                     Window(date(2021, 9, 20), date(2021, 10, 10)))
    base = "https://japan.kantei.go.jp/"
    assert pages == [base + "99_suga/actions/202110/index.html",
                     base + "99_suga/diplomatic/202110/index.html",
                     base + "100_kishida/actions/202110/index.html",
                     base + "100_kishida/diplomatic/202110/index.html",
                     base + "99_suga/actions/202109/index.html",
                     base + "99_suga/diplomatic/202109/index.html"]


def test_fetch_kantei_listing_keeps_meeting_pages_in_the_window() -> None:
    body = b"""<html><body><ul>
      <li><a href="/101_kishida/diplomatic/202307/20chile.html">Japan-Chile Summit</a></li>
      <li><a href="/101_kishida/diplomatic/202307/03peru.html">Japan-Peru Summit</a></li>
      <li><a href="/101_kishida/actions/202307/_00012.html">Visit to Europe</a></li>
      <li>July 25, 2023 <a href="/101_kishida/actions/202307/_00020.html">Summit</a></li>
      <li><a href="/101_kishida/statement/202307/_00007.html">Press Conference</a></li>
      <li><a href="/101_kishida/actions/202307/index.html">July</a></li>
    </ul></body></html>"""
    url = "https://japan.kantei.go.jp/101_kishida/actions/202307/index.html"
    got = kantei_fetch.parse_listing(url, body, Window(date(2023, 7, 10), date(2023, 7, 22)))
    base = "https://japan.kantei.go.jp/101_kishida/"
    # 03peru is before the window, _00020 is dated after it, the press conference and the
    # index are not meeting pages; _00012 has no day, and its month overlaps the window
    assert got.records == [base + "diplomatic/202307/20chile.html",
                           base + "actions/202307/_00012.html"]



def test_only_a_press_conference_section_gives_the_page_its_kind() -> None:
    spokesman = ["Home > News > Press Conference by the Chief Cabinet Secretary > May 2017 > "
                 "May 2, 2017 (AM)", "Some title"]
    assert kantei.section_kinds(spokesman) == ["remarks"]
    assert kantei.section_kinds(["Press Conferences", "Title"]) == ["remarks"]
    # the Prime Minister in Action's pages are read by their lead, even when the page's
    # own title (the breadcrumb's last crumb) names a press conference: the title rules do
    action = ["Home > News > The Prime Minister in Action > May 2017 > Press Conference "
              "after the Summit", "Japan-Chile Summit Meeting"]
    assert kantei.section_kinds(action) == []
    assert kantei.section_kinds(["Home > News > Diplomatic Relations > May 2017 > "
                                 "Japan-Chile Telephone Talk"]) == []


def test_a_session_s_host_and_attendees_are_read_only_for_a_session_attended(
        tmp_path: Path) -> None:
    from policytrends import extract, sources

    def analysed(title: str, lead: str):  # type: ignore[no-untyped-def]
        page = tmp_path / "page.txt"
        page.write_text(f"{title}\n[Provisional translation]\n"
                        f"{lead}\n1. The forum was hosted by the Norwegian government, with the "
                        "attendance of leaders of more than 40 countries, including Mr. "
                        "Mokoena, President of South Africa.\n", "utf-8")
        recs = list(sources.read(page, page.name))
        return extract.analyse(recs[0])

    # a bilateral meeting on a forum's margins: the forum's host and guests are not its sides
    bilateral = analysed("Japan-Chile Summit Meeting (Summary)",
                         "On 9 October, Mr. SAWADA Hiroki, Prime Minister of Japan, met H.E. "
                         "Mr. Tomás Ibarra, President of Chile, for a summit meeting.")
    assert bilateral.meeting is not None
    assert bilateral.meeting.counterpart_countries == ("CHL",)
    assert bilateral.meeting.parties == 2
    assert sorted(p.family_name for p in bilateral.participants) == ["Ibarra", "Sawada"]
    session = analysed("Forum on Sea Lanes (Summary)",
                       "On 9 October, Mr. SAWADA Hiroki, Prime Minister of Japan, attended the "
                       "opening session of the forum.")
    assert session.meeting is not None
    assert session.meeting.counterpart_countries == ("NOR", "ZAF")
    assert session.meeting.parties is None


def test_a_meal_with_business_representatives_alone_is_no_meeting(tmp_path: Path) -> None:
    from policytrends import extract, sources
    from policytrends.extract import mofa_rules

    page = tmp_path / "page.txt"
    page.write_text("Dinner with Japanese Business Representatives\n\nMarch 2, 2024\n"
                    "[Provisional translation]\nPrime Minister Kishida exchanged views with "
                    "representatives of Japanese companies in Chile for approximately one hour "
                    "from 7:30 p.m. local time on March 2.\n", "utf-8")
    got = extract.analyse(next(iter(sources.read(page, page.name))))  # type: ignore[arg-type]
    assert got.kind == "other" and got.meeting is None
    # a heading names a meeting only as a meeting's name, not a relation's or a topic's
    assert mofa_rules.MEETING_HEADING.match("3. Japan-Chile Summit Meeting")
    assert not mofa_rules.MEETING_HEADING.match("3. Japan-Chile Relations")
    assert not mofa_rules.MEETING_HEADING.match("Japan-Chile Summit Meeting")


def test_a_visit_made_is_the_meeting_s_place_only_as_the_visit_of_the_day() -> None:
    from policytrends.extract import mofa_rules

    made = mofa_rules.VISITING.search("Prime Minister Abe made an official visit to the Republic "
                                      "of Chile, where he paid a courtesy call on the President")
    assert made is not None and made["place"] == "the Republic of Chile"
    # a visit recalled ("he made a visit to Chile as a student") is no place of the meeting
    assert mofa_rules.VISITING.search("He recalled that he made a visit to Chile as a "
                                      "student.") is None


def test_malay_styles_are_no_names_and_a_given_name_after_mr_stays() -> None:
    from policytrends.extract.mofa_people import find_people

    got = find_people("Tengku Datuk Seri Utama Hafiz, Minister of Trade, and Tuan Azmi, "
                      "Minister of Health")
    assert [p.name for p in got] == ["Hafiz", "Azmi"]
    assert [p.name for p in find_people("met with Mr. Tuan Pham, Director of Asian Affairs")] \
        == ["Tuan Pham"]


def test_a_visit_told_with_its_own_time_is_not_the_meeting_s_place() -> None:
    from policytrends.extract import mofa_rules

    told = "who recalled his visit to Japan in March"
    m = mofa_rules.VISITING.search("the President, during his visit to Japan in March, said")
    assert m is not None and mofa_rules.EARLIER_VISIT.search(told, told.find("Japan"))
    for now in ("who is visiting Japan to attend the summit", "during his visit to Japan."):
        assert not mofa_rules.EARLIER_VISIT.search(now, now.find("Japan"))


def test_the_head_of_a_private_body_is_no_head_of_state() -> None:
    from policytrends.extract.ranks import rank_of

    assert rank_of("President of the Japan Football Association") == "other"
    assert rank_of("President of the Japan International Cooperation Agency") == "other"
    for head in ("President of the Republic of Finland", "President of the Russian Federation",
                 "President of the Council of Ministers"):
        assert rank_of(head) == "head", head


def test_a_capital_ending_in_an_abbreviation_is_read_without_its_last_dot() -> None:
    from policytrends.extract.countries import city_country, countries_in

    assert city_country("Washington D.C") == city_country("Washington D.C.") == "USA"
    assert city_country("Port of Spain") == "TTO"
    assert countries_in("He arrived in Port of Spain.") == []  # a city names no country


def test_only_a_long_english_paragraph_cut_mid_word_starts_the_body() -> None:
    from policytrends.sources import mofa

    cut = ("After the ceremony, the Prime Minister held talks with the President of the "
           "Republic. The two leaders agreed to widen their dialogue on trade and on energy and "
           "to meet again next year in the capital of the other country. In the evening, "
           "the Prime Minister attended a dinner given by the President, and the next day he "
           "travelled to the south, where he met wi")
    assert mofa.parse_lines(["Prime Minister Visits the Republic", cut]).body == [cut]
    # a caption run into a sentence ends with the photo's credit, not cut
    caption = cut.rsplit(" In the evening", 1)[0] + " Photo of the meeting (Cabinet Office)"
    assert mofa.parse_lines(["Prime Minister Visits the Republic", caption]).body == []
    # a Japanese page's line with a name in Latin letters ("Mr. Ali ...") is no cut paragraph
    japanese = ("7月2日,大臣政務官は,来日中の各国代表(Mr. Ali Feturi ELISAIA and others). Then "
                + "Mr. Tom Roe, " * 14 + "と会談を行い,")
    assert mofa.parse_lines(["大洋州", japanese]).body == []



def _kantei_page(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    from policytrends import extract, sources

    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    (rec,) = list(sources.read(page, page.name))
    assert rec.source == "kantei"
    return extract.analyse(rec)


def test_a_working_lunch_told_with_an_account_before_the_address_stays_a_meeting(
        tmp_path: Path) -> None:
    # the day's events are named and the talks are told ("the two leaders exchanged views"):
    # a meeting record, address or not (the lead's ruling 7)
    got = _kantei_page(tmp_path, (
        "Home > News > The Prime Minister in Action > May 2024 > Japan-Tonga Summit Meeting\n"
        "The Prime Minister in Action\nJapan-Tonga Summit Meeting\nMay 6, 2024\n\n"
        "On May 6, 2024, Prime Minister Sawada held a summit meeting and a working lunch with "
        "Hon. Mr. Sione Vea, Prime Minister of the Kingdom of Tonga, followed by a joint press "
        "occasion.\n\nThe two leaders exchanged views on fisheries and on the sea level.\n\n"
        "At the working lunch, Prime Minister Sawada said in his speech:\n\n"
        "“Welcome to Tokyo, Prime Minister Vea.”\n"))
    assert got.kind == "meeting"


def test_a_title_that_goes_on_after_the_country_clause_gives_no_side() -> None:
    from policytrends.extract.mofa_people import find_people

    (berg,) = find_people("received Mr. Jonas Berg, Minister of Trade and Industry, Sweden, "
                          "who is visiting Japan.")
    assert berg.country == "SWE"
    # a clause that names more than a country ("Sweden Energy Agency") is no side
    (berg,) = find_people("received Mr. Jonas Berg, Director of Research, Sweden Energy "
                          "Agency, who is visiting Japan.")
    assert berg.country is None


def test_a_ceremony_followed_by_a_meeting_with_an_official_is_the_meeting_s_verb() -> None:
    from policytrends.extract import mofa_rules

    assert mofa_rules.MEETING_VERB.search("attended a welcome ceremony at the palace followed "
                                          "by a meeting with H.E. Mr. Pablo Rojas")
    # a meeting of a body, with no official met, is none
    assert not mofa_rules.MEETING_VERB.search("a welcome ceremony followed by a meeting of "
                                              "the cabinet")


def test_a_session_whose_title_names_no_grouping_has_no_side(tmp_path: Path) -> None:
    # (the title's grouping is the side of a session that names none: "G7 ... Summit")
    got = _kantei_page(tmp_path, (
        "Visit to Nagasaki: Third Day\n\nJune 2, 2026\n[Provisional translation]\n"
        "On June 2, 2026, Prime Minister Sawada, during his visit to Nagasaki Prefecture, "
        "attended the sessions with the partner countries.\n"
        "After welcoming the guests, the Prime Minister took part in Session 7 on water, oceans "
        "and food, among others.\n"))
    assert got.meeting is not None and got.meeting.counterpart_countries == ()
