"""White House / State meeting extraction, on records written for these tests."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from fast_path_checks import SETTINGS, same_when_asked_again
from hypothesis import given, settings
from hypothesis import strategies as st

from policytrends.extract import analyse, casefold, us, us_rules
from policytrends.extract.dates import find_date, local_day
from policytrends.extract.naming import family_name
from policytrends.extract.people import find_people
from policytrends.records import RawRecord

EDT = timezone(timedelta(hours=-4))


def rec(title: str, text: str, when: datetime = datetime(2022, 6, 9, 18, 0, tzinfo=EDT),
        source: str = "whitehouse") -> RawRecord:
    return RawRecord(source=source, path="t.md", item=None, text=text, title=title,
                     published=when.date(), published_at=when, reporting_country="USA")


def test_call_readout_fields() -> None:
    a = analyse(rec(
        "Readout of President Biden’s Call with Prime Minister Tanaka Haruki of Japan",
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Tanaka Haruki of "
        "Japan to discuss the Taiwan Strait. President Biden thanked Prime Minister Tanaka."))
    assert a.kind == "meeting" and a.meeting is not None
    m = a.meeting
    assert (m.date, m.mode, m.level, m.parties) == (date(2022, 6, 9), "telephone", "summit", 2)
    assert m.counterpart_countries == ("JPN",) and m.location_country is None
    assert sorted(p.family_name or "" for p in a.participants) == ["Biden", "Tanaka"]
    assert {p.family_name: p.side for p in a.participants}["Tanaka"] == "counterpart"
    assert dict(a.countries)["TWN"] == 1


def test_meeting_place_yesterday_and_level_by_lower_side() -> None:
    a = analyse(rec(
        "Deputy Secretary Lane’s Meeting with Korean Foreign Minister Seo",
        "The below is attributable to Spokesperson Pat Doe:\n\n"
        "Deputy Secretary of State Maria Lane met yesterday with Republic of Korea Foreign "
        "Minister Seo Min-jun in Seoul to discuss the DPRK.",
        datetime(2022, 3, 2, 1, 30, tzinfo=UTC), source="state"))
    m = a.meeting
    assert m is not None
    # 01:30 UTC on 2 March is 20:30 on 1 March in Washington: "yesterday" is 28 February
    assert m.date == date(2022, 2, 28)
    assert (m.mode, m.level, m.location_country) == ("in_person", "other", "KOR")
    assert m.counterpart_countries == ("KOR",)
    names = {p.family_name for p in a.participants}
    assert names == {"Lane", "Seo"}  # the spokesperson is not a participant


def test_video_call_with_participant_list_and_organisations() -> None:
    a = analyse(rec(
        "Readout of President Biden’s Video Call with European Leaders",
        "President Biden held a video call with European leaders today.\n\n"
        "Participants in the call included European Commission President Anna de Vries, "
        "President Paul Martin of France, Chancellor Karl Weber of Germany, and NATO "
        "Secretary General Lars Berg."))
    m = a.meeting
    assert m is not None and m.mode == "video" and m.level == "summit"
    assert set(m.counterpart_countries) == {"EU", "FRA", "DEU", "NATO"} and m.parties == 5
    assert {p.family_name for p in a.participants} == {"Biden", "de Vries", "Martin", "Weber",
                                                       "Berg"}


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        ("Remarks by President Biden Before Bilateral Meeting", "PRESIDENT BIDEN: Welcome.\n\n"
         "PRIME MINISTER TANAKA: Thank you.", "remarks"),
        ("Secretary Lane’s Travel to Japan", "Secretary Lane will travel to Tokyo and will "
         "meet with Japanese officials.", "announcement"),
        ("FACT SHEET: A New Partnership", "The United States and Japan launched a plan.",
         "fact_sheet"),
        ("Statement on the Upcoming Call", "President Biden will hold a call with President "
         "Martin of France on Friday.", "announcement"),
        ("Joint Statement of the Foreign Ministers", "We, the Foreign Ministers of Japan and "
         "Australia, met in Canberra on 3 March 2022.", "statement"),
        ("Japan’s Sanctions", "I spoke this morning with Japanese Foreign Minister Sato.",
         "statement"),
    ],
)
def test_non_meetings(title: str, text: str, kind: str) -> None:
    a = analyse(rec(title, text))
    assert a.kind == kind and a.meeting is None


def test_joint_statement_that_narrates_a_meeting_is_a_meeting() -> None:
    a = analyse(rec(
        "Joint Statement on the Trilateral Vice Ministerial Meeting",
        "The following is the joint statement.\n\nRepublic of Korea (ROK) First Vice Foreign "
        "Minister Han Ji-ho, U.S. Deputy Secretary of State Maria Lane, and Japan Vice "
        "Foreign Minister Ito Ken met today in Tokyo to discuss cooperation."))
    m = a.meeting
    assert m is not None and m.parties == 3 and set(m.counterpart_countries) == {"KOR", "JPN"}
    assert m.location_country == "JPN"
    assert {p.family_name for p in a.participants} == {"Han", "Lane", "Ito"}


def test_domestic_meeting_has_no_level_or_parties() -> None:
    a = analyse(rec("Readout of the President’s Call with Governor Ann Lee of Ohio",
                    "This morning, President Biden spoke with Governor Ann Lee of Ohio about "
                    "the floods."))
    m = a.meeting
    assert m is not None and m.level is None and m.parties is None
    assert m.counterpart_countries == ()


def test_weekday_and_explicit_dates() -> None:
    thursday = date(2025, 1, 23)
    hit = find_date("On Wednesday, the President held a call.", thursday)
    assert hit is not None and hit.day == date(2025, 1, 22)
    hit = find_date("They met on September 1, 2022 at the headquarters.", thursday)
    assert hit is not None and hit.day == date(2022, 9, 1)
    hit = find_date("In separate March 4 calls, officials spoke.", date(2022, 3, 7))
    assert hit is not None and hit.day == date(2022, 3, 4)
    assert find_date("They may meet again.", thursday) is None
    assert local_day(datetime(2021, 7, 21, 2, 14, tzinfo=UTC), None,
                     "America/New_York") == date(2021, 7, 20)


def test_stated_start_time_and_duration() -> None:
    a = analyse(rec("Readout of the Secretary’s Meeting with Foreign Minister Sato",
                    "Secretary of State Maria Lane met with Japanese Foreign Minister Sato "
                    "Ken at 10:30 a.m. today. They met for approximately 45 minutes."))
    m = a.meeting
    assert m is not None and m.start_local == "10:30" and m.duration_min == 45


@pytest.mark.parametrize(
    ("name", "country", "context", "family"),
    [
        ("Tanaka Haruki", "JPN", "Prime Minister Tanaka said", "Tanaka"),
        ("Haruki Tanaka", "JPN", "Prime Minister Tanaka said", "Tanaka"),
        ("Nguyen Van An", "VNM", "President An said", "Nguyen"),
        ("Ana María García López", "MEX", "", "García López"),
        ("Eva von Berg", "DEU", "", "von Berg"),
        ("Khalid bin Nasser", "SAU", "", "bin Nasser"),
        ("Tom R. Hill", "USA", "Mr. Hill", "Hill"),
        ("Fumio Tanaka", "JPN", "", "Tanaka"),
        # two given names and two surnames: both surnames, however the text shortens them
        ("Juan Pablo Ruiz Soto", "COL", "President Ruiz said", "Ruiz Soto"),
        ("Marcelo Ebrard Casaubón", "MEX", "Secretary Ebrard said", "Ebrard Casaubón"),
        ("Santiago Andrés Cafiero", "ARG", "Minister Cafiero said", "Cafiero"),
        # named once: a common given name in the middle makes a compound given name
        ("Diego Carlos Ferrer", "ARG", "", "Ferrer"),
        ("Marta José Ibarra", "PER", "", "Ibarra"),
        ("Luis Ortega Vidal", "CHL", "", "Ortega Vidal"),
        ("Chung Eui-yong", "KOR", "Minister Chung said", "Chung"),
        ("Mahathir Mohamad", "MYS", "Prime Minister Mahathir said", "Mahathir"),
        ("Don Pramudwinai", "THA", "Minister Don said", "Pramudwinai"),
        ("Adel bin Ahmed Al-Jubeir", "SAU", "Minister Al-Jubeir said", "Al-Jubeir"),
        ("Sheikh Tamim bin Hamad Al Thani", "QAT", "", "Al Thani"),
        ("Moussa Faki Mahamat", "AU", "Chairperson Faki said", "Faki"),
        ("Jean-Yves Le Drian", "FRA", "", "Le Drian"),
        ("Albert del Rosario", "PHL", "", "del Rosario"),
        ("Retno L.P. Marsudi", "IDN", "Minister Retno said", "Marsudi"),
        ("Catherine COLONNA", "FRA", "", "Colonna"),
        ("Omar Ben Yusuf", "ISR", "Ben Yusuf's work", "Ben Yusuf"),
        ("Ana Ruiz Soto", "COL", "Ruiz Soto said", "Ruiz Soto"),
    ],
)
def test_family_names(name: str, country: str, context: str, family: str) -> None:
    assert family_name(name, country, context) == family


def test_country_after_the_name() -> None:
    people = find_people("President Juan Ruiz Soto of the Republic of Colombia and Deputy "
                         "Attorney General Lisa O. Monaco met.")
    assert [(p.name, p.country) for p in people] == [("Juan Ruiz Soto", "COL"),
                                                     ("Lisa O. Monaco", None)]


def test_find_people_titles_and_countries() -> None:
    people = find_people(
        "Secretary Lane met with Japanese Ministry of Foreign Affairs Director General for "
        "Asian Affairs Sato Ken and Ola Dahl, Head of Cabinet of the President of the "
        "European Commission.")
    got = {p.name: p.country for p in people}
    assert got == {"Lane": None, "Sato Ken": "JPN", "Ola Dahl": "EU"}


def test_venue_before_the_other_side_and_appositive_country() -> None:
    a = analyse(rec(
        "Readout of National Security Advisor Sam Reed’s Meeting with General Ari Levi",
        "Today, National Security Advisor Sam Reed met in Washington with Lieutenant General "
        "Ari Levi, Chief of the General Staff of the Israel Defense Forces."))
    m = a.meeting
    assert m is not None and m.location_country == "USA"
    assert m.counterpart_countries == ("ISR",)
    assert {p.family_name: p.country for p in a.participants} == {"Reed": "USA", "Levi": "ISR"}


def test_readout_title_accepts_weaker_verbs_but_statements_do_not() -> None:
    text = ("President Biden today attended the annual summit of regional leaders in Jakarta, "
            "Indonesia, and discussed maritime security.")
    a = analyse(rec("Readout of President Biden’s Participation in the Regional Summit", text))
    assert a.kind == "meeting" and a.meeting is not None
    assert a.meeting.location_country == "IDN"
    assert analyse(rec("On the Regional Summit", text)).kind != "meeting"


def test_institutions_and_names_inside_country_names_are_not_people() -> None:
    people = find_people("The Office of the National Cyber Director and the National Space "
                         "Council met. He spoke with the Foreign Minister of the Kingdom of "
                         "Saudi Arabia, Prince Faisal bin Nasser.")
    assert [p.name for p in people] == ["Faisal bin Nasser"]


@settings(max_examples=150, deadline=None)
@given(title=st.text(max_size=80), text=st.text(max_size=600))
def test_any_text_gives_an_analysis(title: str, text: str) -> None:
    a = analyse(rec(title, text + " President Ann Lee met today with Minister Bo Kim of Japan."))
    assert a.kind in {"meeting", "statement", "fact_sheet", "remarks", "announcement", "other"}
    if a.meeting is not None:
        assert a.meeting.reporting_country == "USA"


def test_names_set_off_by_country_or_capitals() -> None:
    people = find_people(
        "He met the Secretary General of the Liberal Party of Japan, SATO Kenji, and later "
        "his counterparts Ito Ken of Japan and Han Ji-ho of the Republic of Korea.")
    assert [(p.name, p.country) for p in people] == [
        ("SATO Kenji", "JPN"), ("Ito Ken", "JPN"), ("Han Ji-ho", "KOR")]
    assert family_name("SATO Kenji", "JPN") == "Sato"


def test_the_date_nearest_the_meeting_verb_wins() -> None:
    a = analyse(rec("Secretary Lane’s Call with Japanese Foreign Minister Sato",
                    "Following the March 24 missile launch, Secretary of State Maria Lane spoke "
                    "today with Japanese Foreign Minister Sato Ken.",
                    datetime(2022, 3, 25, 18, 0, tzinfo=EDT), source="state"))
    assert a.meeting is not None and a.meeting.date == date(2022, 3, 25)


def test_fact_sheet_spelled_as_one_word_is_not_a_readout() -> None:
    a = analyse(rec("Regional Partnership – Second Year Factsheet",
                    "On May 3, President Biden met with partner leaders in Lima. "
                    "Since then, partners have launched forty projects."))
    assert a.kind == "fact_sheet" and a.meeting is None


def test_sentence_dated_long_before_publication_is_another_event() -> None:
    text = ("On February 2, 2021, Secretary of State Ann Lee convened a review panel to study "
            "the closure of a consulate in Arica, Chile. The panel concluded its work.")
    late = analyse(rec("Arica Review Panel", text, datetime(2021, 8, 20, 12, 0, tzinfo=EDT),
                       source="state"))
    assert late.kind != "meeting"
    soon = analyse(rec("Arica Review Panel", text, datetime(2021, 2, 3, 12, 0, tzinfo=EDT),
                       source="state"))
    assert soon.kind == "meeting" and soon.meeting is not None
    assert soon.meeting.date == date(2021, 2, 2)


def test_future_programme_dated_after_publication_is_not_a_meeting() -> None:
    a = analyse(rec("Department Launches Coastal Scholars Exchange",
                    "The Department announced today a new exchange. The exchange will open on "
                    "July 20 with a residency hosted at a university in Maine.",
                    datetime(2022, 7, 1, 12, 0, tzinfo=EDT), source="state"))
    assert a.kind != "meeting"


@pytest.mark.parametrize("text", [
    "The first Ocean Forum, hosted by Fiji and the United States, brought together 40 states.",
    "Officials said 60 of the 90 governments reviewed met minimum requirements of openness.",
    "The applicants have not met the residency requirement.",
    "President Biden spoke about the climate crisis and the need for good jobs.",
])
def test_participles_requirements_and_speeches_are_not_meetings(text: str) -> None:
    assert analyse(rec("Department Releases Annual Openness Review", text,
                       source="state")).kind != "meeting"


def test_a_date_naming_another_event_is_not_the_meeting_date() -> None:
    when = datetime(2023, 5, 10, 18, 0, tzinfo=EDT)
    a = analyse(rec("Readout of President Biden’s Call with Prime Minister Ito of Japan",
                    "President Biden spoke with Prime Minister Ito Ken of Japan about the "
                    "April 22-23 Leaders Summit on Oceans.", when))
    assert a.meeting is not None and a.meeting.date is None
    b = analyse(rec("Readout of a White House Meeting with the Chair of the Commission",
                    "Yesterday, senior officials met with Dr. Ana Ruiz, Chair of Spain’s "
                    "Commission on March 11 Crimes, following the horrific March 11 attacks.",
                    when))
    assert b.meeting is not None and b.meeting.date == date(2023, 5, 9)
    c = analyse(rec("Readout of the Vice President’s Meeting with Prime Minister Ito",
                    "On May 3 Vice President Harris met with Prime Minister Ito Ken of Japan "
                    "after today's missile launches.", when))
    assert c.meeting is not None and c.meeting.date == date(2023, 5, 3)
    d = analyse(rec("First Lady Holds Meeting with Freed Hostage",
                    "The First Lady met with freed hostage Dan Ross and his wife Mia Ross at "
                    "today’s private meeting in the White House.", when))
    assert d.meeting is not None and d.meeting.date == date(2023, 5, 10)


def test_a_day_range_before_the_month_starts_the_event() -> None:
    hit = find_date("The working group met in Lima on 4-5 October, 2022.", date(2022, 10, 9))
    assert hit is not None and hit.day == date(2022, 10, 4)


def test_a_habit_in_the_perfect_is_not_the_meeting() -> None:
    a = analyse(rec("Joint Statement on Regional Grid Security",
                    "The grid task force has met regularly to discuss supply options.",
                    source="state"))
    assert a.kind != "meeting"


@pytest.mark.parametrize("text", [
    "The budget renews the workforce and meets our international obligations.",
    "Norway signed the accords at a ceremony hosted today by its ambassador in Washington.",
    "The aid reaches two million refugees hosted in Kenya.",
    "The Secretary thanked the minister and all those gathered in Quito.",
    "The council has also met with industry groups to discuss heat pumps.",
])
def test_more_participles_and_perfects_are_not_meetings(text: str) -> None:
    assert analyse(rec("Partners Sign the Space Accords", text, source="state")).kind \
        != "meeting"


def test_hosting_by_video_is_still_a_meeting() -> None:
    a = analyse(rec("Readout of the Vice President’s Meeting with Tribal Leaders",
                    "Today, the Vice President hosted by video a discussion with tribal "
                    "leaders from Alaska."))
    assert a.kind == "meeting"


def test_hosting_on_a_date_is_still_a_meeting() -> None:
    a = analyse(rec("Partners Host Preparatory Meeting on Peacekeeping",
                    "The United States and Ghana virtually hosted on June 8 members of the "
                    "peacekeeping committee for a preparatory meeting.",
                    datetime(2022, 6, 9, 12, 0, tzinfo=EDT), source="state"))
    assert a.meeting is not None and a.meeting.date == date(2022, 6, 8)


def test_a_future_main_verb_makes_the_sentence_no_meeting() -> None:
    a = analyse(rec("Meeting of the Advisory Committee on Rail Safety",
                    "The committee will meet on June 20 from noon to 3 p.m., hosted on an "
                    "online platform.", source="state"))
    assert a.kind != "meeting"


def test_chaired_by_is_a_passive_not_a_meeting() -> None:
    a = analyse(rec("Annual Consultations on Resettlement",
                    "The consultations are chaired by the Department of State and co-chaired "
                    "by a coalition of refugee groups.", source="state"))
    assert a.kind != "meeting"


def test_a_readout_of_travel_for_meetings_is_a_meeting() -> None:
    a = analyse(rec("Readout of Interagency Delegation Travel to Fiji",
                    "A U.S. interagency delegation traveled to Fiji, May 3-5, 2023, for "
                    "meetings with senior Fijian officials. The delegation, joined by the "
                    "U.S. Ambassador, presented new initiatives.",
                    datetime(2023, 5, 8, 12, 0, tzinfo=EDT)))
    assert a.meeting is not None and a.meeting.date == date(2023, 5, 3)


DURATION_PARTS = st.tuples(
    st.sampled_from(["The call", "We’ll", "x."]), st.sampled_from(["for", "lasted", "over", "FOR"]),
    st.sampled_from(["", "about "]), st.sampled_from(["an", "two", "30", "half an", "1000"]),
    st.sampled_from(["hour", "HOURS", "minutes", "Minute", "mınutes", "hourſ", "mİnute", "days"]),
    st.sampled_from([".", "", " and more", "s"]))


@SETTINGS
@given(text=DURATION_PARTS.map(lambda p: f"{p[0]} {p[1]} {p[2]}{p[3]} {p[4]}{p[5]}"))
def test_duration_skips_only_texts_without_a_unit(text: str) -> None:
    from policytrends.extract import us
    from policytrends.extract import us_rules as R
    from policytrends.extract.casefold import folded

    # (the whole scan)
    assert us._duration(text, folded(text)) == us._minutes(R.DURATION.search(text))


us_titles = st.lists(st.sampled_from(
    ["Readout of", "READOUT", "President Biden’s", "Call", "CALL", "Meeting", "with", "Fact Sheet",
     "FACTSHEET", "Remarks", "remarks by", "Before the", "Bilateral", "Press Gaggle",
     "Travel to", "Will Travel", "Upcoming", "Public Schedule", "Statement", "Passing of",
     "ı", "İ", "ſ", "\u212a", "Vıdeo", "Meetıng", "Remarkſ", "x", " ", ":", "-"]),
    max_size=8).map(" ".join)


@SETTINGS
@given(title=us_titles)
def test_title_patterns_over_the_lowered_title_find_what_they_find(title: str) -> None:
    from policytrends.extract import us, us_rules

    low = us.folded(title)
    pairs = [*zip((p for _, p in us_rules.TITLE_KINDS), us._TITLE_KINDS_LOW, strict=True),
             (us_rules.MEETING_TITLE, us._MEETING_TITLE_LOW),
             (us_rules.READOUT_TITLE, us._READOUT_TITLE_LOW)]
    for pat, twin in pairs:
        slow = pat.search(title)
        fast = pat.search(title) if low is None else twin.search(low)
        assert (fast and fast.span()) == (slow and slow.span())


@SETTINGS
@given(text=st.lists(st.sampled_from(["MR. SMITH:", "Q:", "THE PRESIDENT:", "A", "ab", "\n", " ",
                                      ":", "’", "-", "Ms. Jean-Pierre:", "x" * 45, "\n\n"]),
                     max_size=12).map("".join))
def test_speaker_labels_after_line_breaks_are_the_multiline_pattern_s(text: str) -> None:
    from policytrends.extract import us

    assert us._speaker_labels(text) == [m.start() for m in us._SPEAKER_LABEL.finditer(text)]


# a phrase each branch of the two patterns matches, the head words alone, words that hold
# them or look like them, and what the patterns look for around them
MEETING_PHRASES = [
    "met", "meets with", "spoke with", "speaks", "talked", "conferred", "convened",
    "those convened", "hosted", "hosted at", "gathered by phone", "held a call",
    "had separate calls", "hold talks", "holds a meeting", "joined the video conference",
    "participated in the summit", "took part in a roundtable", "called", "called on",
    "received a phone call", "welcomed President Kishida to the White House",
    "welcomed His Excellency Prime Minister Albanese of Australia to Washington",
    "discussed trade with", "consulted with respect", "exchanged views with",
    "reviewed plans with", "attended", "joined by", "chaired", "co-chaired", "briefed",
    "engaged", "participated", "made two calls", "held a roundtable", "held sessions",
    "had the opportunity to engage", "by meeting with", "led a delegation",
    "led an official delegation", "travelled to Paris for talks", "traveled to Rome for meetings",
    "trav", "re-met", "shadow", "scheduled", "Met", "meeting", "requirements", "about",
    "by", "to", "with", "the", "Kishida", "Summit", "-", ".", ",", "’", " ", "\n", "x",
    ". He", ". The", "\n\n", "! We"]


meeting_sentences = st.lists(st.sampled_from(
    MEETING_PHRASES + [*us_rules.MEETING_VERB_HEADS, *us_rules.MEETING_VERB_WEAK_HEADS]),
    max_size=16).map(" ".join)


def _verbs_by_sentence(verb: re.Pattern[str], text: str, fast: bool) -> list[list]:
    """Each sentence's matches of a meeting-verb pattern: tried at the head words found in
    the whole text (fast), or by finditer over the sentence."""
    starts = us._verb_starts(verb, text)
    spans = [(0, len(text)), *us.split_sentences(text)]  # the whole text is one "sentence"
    return [[(m.span(), m.group()) for m in (
        us._sentence_verbs(verb, text[s:e], s, starts) if fast else verb.finditer(text[s:e]))]
        for s, e in spans]


@SETTINGS
@given(text=meeting_sentences)
def test_meeting_verbs_tried_at_their_head_words_are_the_whole_scans(text: str) -> None:
    for verb in (us_rules.MEETING_VERB, us_rules.MEETING_VERB_WEAK):
        assert _verbs_by_sentence(verb, text, True) == _verbs_by_sentence(verb, text, False)


def test_every_meeting_verb_phrase_is_found_at_its_head_word() -> None:
    for phrase in MEETING_PHRASES:
        for verb in (us_rules.MEETING_VERB, us_rules.MEETING_VERB_WEAK):
            assert _verbs_by_sentence(verb, phrase, True) == _verbs_by_sentence(
                verb, phrase, False), (phrase, verb.pattern)


dated_readouts = st.lists(st.sampled_from(
    ["President Biden", "met", "spoke", "today", "yesterday", "on May 3", "on March 24",
     "with", "Prime Minister Kishida", "of Japan", "in Tokyo", "Following the", "launch",
     "April 22-23 Leaders Summit", ",", "."]), min_size=2, max_size=14).map(" ".join)


@SETTINGS
@given(texts=st.lists(dated_readouts, min_size=1, max_size=4),
       day=st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2025, 1, 1).date()))
def test_meeting_dates_remembered_are_the_computed_ones(texts: list[str], day) -> None:
    for text in texts + texts:  # each asked again after others
        found = us._meeting_sentence(text, us.split_sentences(text), len(text))
        if found is None:
            continue
        c_end = us._clause(text, found)[1]
        for anchor in (day, None):
            assert us._meeting_date(text, found, c_end, anchor) == \
                us._meeting_date.__wrapped__(text, found, c_end, anchor)


participant_texts = st.lists(st.sampled_from(
    ["Participants", "participants", "PARTICIPANTS", "Participants:", "Participants :",
     "Industry Participants:", "U.S. Participants", "US Participants", "Administration",
     "Federal Participants", "Government", "Participants in the call included",
     "participants on the meeting were", "joined", "joined on the call by", "Joined in the",
     "meeting by", "<b>", "</b>", "**", "- ", "_", "Partıcıpants", "İ", "ſ", "the", "call",
     "Mr. Kishida", " ", "\n", "\n\n", ":", "x"]), max_size=16).map("".join)


@SETTINGS
@given(text=participant_texts)
def test_participant_lists_tried_where_they_can_begin_are_the_whole_scan(text: str) -> None:
    fast = [m.span() for m in us._participant_lists(text, casefold.folded(text))]
    assert fast == [m.span() for m in us_rules.PARTICIPANT_LIST.finditer(text)]


joined_texts = st.lists(st.sampled_from(
    ["joined", "Joined", "JOINED", "joıned", "joinеd", "were", "was", "by", "the", "this",
     "beginning", "part", "of", "meeting", "call", "on", "discussion", "President", "İ", "ſ",
     "-", " ", "x", ".", ". He", "\n\n", "to discuss", "joined the meeting",
     "was joined by", "joined the beginning of the call", "Joined the call", "JOINED THE CALL",
     "joıned the call"]), max_size=24).map(" ".join)


@SETTINGS
@given(text=joined_texts, after=st.integers(-1, 40))
def test_joined_regions_searched_in_sentences_with_joined_are_all_of_them(text: str, after: int
                                                                         ) -> None:
    plain = []
    for s, e in us.split_sentences(text):
        # (a sentence just before the meeting's counts with "was joined by" alone)
        j = us_rules.JOINED.search(text[s:e]) if s > after else (
            us_rules.JOINED_BY.search(text[s:e]) if after - s <= us_rules.JOINED_BEFORE_SPAN
            else None)
        if j:
            cut = us_rules.CLAUSE_END.search(text, s + j.end(), e)
            plain.append((s, cut.start() if cut else e))
    assert us._joined_regions(text, after, casefold.folded(text)) == plain


future_leads = st.lists(st.sampled_from(
    ["will", "Will", "WILL", "wil", "l", "willing", "goodwill", "meet", "travel", "host",
     "visit", "attend", "depart", "the", "President", "soon", "next", "week", " ", " ", "\n",
     "\t", "-"]), max_size=16).map("".join)


@SETTINGS
@given(lead=future_leads)
def test_future_trip_test_is_the_pattern_s(lead: str) -> None:
    assert us._future_trip(lead) == bool(us_rules.FUTURE_TRIP.search(lead))


kind_titles = st.lists(st.sampled_from(
    ["Fact Sheet", "FactSheet", "Factsheets", "Remarks", "Transcript", "Press Briefing",
     "Press Gaggle", "Background Press Call", "On-the-Record", "Briefing", "Interview",
     "Readout of a Background", "Before the", "Before Their", "Bilateral Meeting", "Meeting",
     "Press Conference", "Press Availability", "Gaggle", "in Conversation", "Testimony",
     "Upcoming", "Travels to", "Trip to", "Will Host", "Will Meet", "to Visit", "to Welcome",
     "to Host",
     "Announces the Travel", "Announce Visit", "Public Schedule", "Schedule", "Daily Schedule",
     "National Day", "Independence Day", "Passing of", "Death of", "Condolences", "Readout",
     "of", "President", "Japan", " ", ":", "-", "x"]), max_size=8).map(" ".join)


@SETTINGS
@given(title=kind_titles)
def test_title_kinds_skip_only_titles_without_their_words(title: str) -> None:
    low = casefold.folded(title)
    assert low is not None
    for (kind, pat), twin in zip(us_rules.TITLE_KINDS, us._TITLE_KINDS_LOW, strict=True):
        assert us._title_kind(low, kind, twin) == bool(pat.search(title)), kind


official_names = st.lists(st.sampled_from(
    ["Andrés", "Manuel", "López", "Obrador", "Jean-Yves", "Le", "Drian", "Sergеy", "Lavrov",
     "O’Brien", "Ben", "Shabbat", "ΜΗΤΣΟΤΑΚΗΣ", "Kishida", "Fumio", "J.", "Ṭ", "ß", "-", "."]),
    min_size=1, max_size=5).map(" ".join)


@SETTINGS
@given(names=st.lists(official_names, max_size=6))
def test_name_keys_cached_are_the_computed_ones(names: list[str]) -> None:
    same_when_asked_again(us._name_key, [(name,) for name in names])


def _with_zhou(text: str) -> dict[str, tuple[str | None, str]]:
    """Family name -> (country, side) of the officials of a Secretary's meeting with a
    Chinese foreign minister (`text` says who else was there)."""
    a = analyse(rec("Secretary Carter’s Meeting with Foreign Minister Zhou Ming", text,
                    source="state"))
    return {p.family_name or "": (p.country, p.side) for p in a.participants}


def test_us_officials_with_western_names_keep_their_family_names() -> None:
    # two unmarked officials join a meeting with a Chinese minister: whatever side they are
    # given, a Western given name first means the family name is the last word
    families = _with_zhou(
        "Secretary Carter met today with Foreign Minister Zhou Ming of China in Geneva. "
        "Ambassador Tom Reed and Assistant Secretary Dan Kim joined the meeting.")
    assert {"Reed", "Kim", "Zhou"} <= set(families) and not {"Tom", "Dan"} & set(families)


@pytest.mark.parametrize("title", ["Minister Counselor", "Minister-Counselor",
                                   "Minister Counsellor"])
def test_a_minister_counselor_is_an_embassy_rank_of_either_side(title: str) -> None:
    # the rank of a US diplomat, with or without the hyphen, is no foreign-only office:
    # one in the subject with the Secretary is of the US side
    assert _with_zhou(
        f"Secretary Carter and {title} Sarah Hill met today with Foreign Minister Zhou Ming "
        "of China in Beijing.")["Hill"][0] == "USA"


def test_a_minister_alone_is_still_a_foreign_office() -> None:
    assert _with_zhou(
        "Secretary Carter and Minister Sarah Hill met today with Foreign Minister Zhou Ming "
        "of China in Beijing.")["Hill"][0] == "CHN"


def test_a_bare_assistant_secretary_is_a_us_office() -> None:
    # the rank of a US department's bureau heads, written without "U.S." or a department
    assert _with_zhou(
        "Secretary Carter met today with Foreign Minister Zhou Ming of China in Geneva. "
        "Deputy Assistant Secretary Dan Kim joined the meeting.")["Kim"] == ("USA", "reporting")


def test_another_governments_assistant_secretary_keeps_its_country() -> None:
    a = analyse(rec(
        "Deputy Secretary Carter’s Meeting with Philippine Officials",
        "Deputy Secretary Carter met today with Assistant Secretary Maria Cruz of the "
        "Philippines and UN Assistant Secretary-General Omar Haddad in Manila.",
        source="state"))
    countries = {p.family_name: p.country for p in a.participants}
    assert countries["Cruz"] == "PHL" and countries["Haddad"] != "USA"
