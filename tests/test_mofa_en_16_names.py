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


# --- the other side's official written in the forms of older or hastier pages ---------------

FM_MEETS = ("On June 27, from 8:15 a.m. for about 40 minutes, Mr. Kenta Morikawa, Minister for "
            "Foreign Affairs of Japan, held a meeting with ")


@pytest.mark.parametrize(("who", "family", "country"), [
    # the title with its country, a comma, then the name, with no "the" and no honorific
    ("Secretary of State for Foreign and Commonwealth Affairs of the U.K., Oliver Pennington "
     "for about 40 minutes", "Pennington", "GBR"),
    ("Minister of Foreign Affairs of the Republic of Peru, Pedro Alvarez", "Alvarez", "PER"),
    ("Foreign Minister of Chile, Ana Castillo Ruiz, in Santiago", "Castillo Ruiz", "CHL"),
    # an abbreviated honorific touching the name, its space left out
    ("Mr.Pedro Alvarez, Minister of Foreign Affairs of Peru", "Alvarez", "PER"),
    ("Ms.Ana Castillo Ruiz, Minister of Foreign Affairs of Chile", "Castillo Ruiz", "CHL"),
    ("H.E.Dr.Pedro Alvarez, Minister of Foreign Affairs of Peru", "Alvarez", "PER"),
    # the French style
    ("Mme. Claire Dubois, Minister for Europe and Foreign Affairs of France", "Dubois", "FRA"),
    ("Mme Claire Dubois, Minister for Europe and Foreign Affairs of France", "Dubois", "FRA"),
])
def test_the_other_sides_official_in_older_or_hastier_forms(who: str, family: str,
                                                            country: str) -> None:
    # R.TITLE_OF_COUNTRY_NAME, R.HONORIFIC (its full stop touching the name), split_title
    people = _people(FM_MEETS + who + "." + OVERVIEW)
    assert people.get(family) == country and people.get("Morikawa") == "JPN"


@pytest.mark.parametrize("who", [
    # a title with its country and no name after it
    "Minister of Foreign Affairs of Peru, and discussed the situation in the region",
    # a place after the comma, not a name
    "Minister of Foreign Affairs of Peru, in Lima",
    # an abbreviation that is no honorific touching a capital ("U.S.Embassy")
    "officials of the U.S.Embassy in Tokyo",
])
def test_no_official_where_no_name_follows(who: str) -> None:
    people = _people(FM_MEETS + who + "." + OVERVIEW)
    assert set(people) == {"Morikawa"}


def test_an_attendee_whose_honorific_touches_the_name_is_read() -> None:
    # mofa._attendance_sentences (R.HONORIFIC_BEFORE: "Mr.Fidel")
    text = ("On October 5, the Japan-Peru Vice-Ministerial Consultations were held in Tokyo.\n\n"
            "1. Mr. MORIKAWA Kenta, Deputy Minister for Foreign Affairs, represented Japan and "
            "Ms. Ana CASTILLO, Vice Minister of Foreign Affairs, represented Peru in the "
            "consultations. Ambassador of Peru to Japan, Mr.Luis Quispe and officials from both "
            "countries also participated in the meeting.\n\n2. The two sides discussed "
            "bilateral relations.")
    people = _people(text)
    assert people.get("Quispe") == "PER" and people.get("Castillo") == "PER"


@pytest.mark.parametrize(("listed", "family"), [
    # a royal style written without full stops, in an attendee list or the lead
    ("and by HRH Prince Abdul Hakim, Dato Dr. LIM Wei, Minister of Finance II and others "
     "from the Brunei side", "Abdul Hakim"),
    ("and by HIH Prince Omar Rashid, Minister of Defence, from the Brunei side",
     "Omar"),
])
def test_a_royal_style_without_full_stops_names_an_attendee(listed: str, family: str) -> None:
    # R.HONORIFIC ("HRH", "HIH", "HSH"); naming [no_family_name] joined_names ("Abdul X")
    text = ("On October 23, Mr. Kenta Morikawa, Prime Minister of Japan, held a summit meeting "
            "with His Majesty Sultan Haji Ahmad Rosli Shah of Brunei Darussalam. The meeting "
            "was also attended by Mr. NOGUCHI Daichi, Deputy Chief Cabinet Secretary, from the "
            f"Japanese side, {listed}." + OVERVIEW)
    people = _people(text)
    assert people.get(family) == "BRN" and people.get("Noguchi") == "JPN"


def test_capitals_that_are_no_royal_style_name_no_one() -> None:
    text = FM_MEETS + ("Mr. Pedro Alvarez, Minister of Foreign Affairs of Peru, at the HRH "
                       "Conference Centre." + OVERVIEW)
    assert set(_people(text)) == {"Morikawa", "Alvarez"}


@pytest.mark.parametrize(("last", "family", "country"), [
    # a state's formal name, with its own "of", after the last leader of a list
    ("President Lee Jun-ho of the Republic of Korea", "Lee", "KOR"),
    ("Prime Minister Tran Van Binh of the Socialist Republic of Viet Nam", "Tran", "VNM"),
    ("President Anna Kowal of the Republic of Poland", "Kowal", "POL"),
    # (a plain name still reads as before)
    ("President Anna Kowal of Poland", "Kowal", "POL"),
])
def test_each_leader_of_a_list_keeps_the_country_after_the_name(last: str, family: str,
                                                                 country: str) -> None:
    # mofa_people._of_country_after (R-free: _OF_COUNTRY_AFTER reads "of" inside the name)
    text = ("On the margins of the G20 Summit, Prime Minister Kenta Morikawa held summit meetings "
            f"with President Pedro Alvarez of Peru, Prime Minister Anthony Kelso of Australia and "
            f"{last}.\n\nThe leaders confirmed their cooperation.")
    people = _people(text, source="kantei")
    assert people.get(family) == country and people.get("Kelso") == "AUS"


# --- an attendee with no side, written as Japan's pages write no Japanese official -----------

def _attended(present: str, published: date, lead_fm: str = "Ms. KURATA Emi") -> dict:
    text = (f"On April 9, {lead_fm}, Minister for Foreign Affairs, held a meeting with H.E. Mr. "
            "Tomas Novak, Minister of Foreign Affairs of the Czech Republic. " + present
            + OVERVIEW)
    found = analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=text, title="",
                                   published=published))
    return {p.family_name: p.country for p in found.participants}


@pytest.mark.parametrize("present", [
    "Mr. Jan Dvorak, Deputy Minister, and Mr. TANAKA Ken, Ambassador of Japan to the Czech "
    "Republic, were also present.",
    "Mr. TANAKA Ken, Ambassador of Japan to the Czech Republic, and Mr. Jan Dvorak, Deputy "
    "Minister, were also present.",
    "The meeting was also attended by Mr. Jan Dvorak, Deputy Minister, and Mr. TANAKA Ken, "
    "Ambassador.",
])
def test_an_attendee_written_unlike_japans_officials_is_the_other_sides(present: str) -> None:
    # mofa._written_unlike_ours: from 2020 Japan's pages write their officials "YAMADA Jun"
    people = _attended(present, date(2024, 4, 10))
    assert people.get("Dvorak") == "CZE" and people.get("Tanaka") == "JPN"


@pytest.mark.parametrize(("present", "published", "lead_fm"), [
    # (before 2020 Japan's pages wrote their officials' names given name first)
    ("Mr. Jan Dvorak, Deputy Minister, and Mr. Ken Tanaka, Ambassador, were also present.",
     date(2018, 4, 10), "Ms. Emi Kurata"),
    # (a page that writes no Japanese official in capitals: no evidence)
    ("Mr. Jan Dvorak, Deputy Minister, was also present.", date(2024, 4, 10),
     "Ms. Emi Kurata"),
    # (a name the page writes in capitals elsewhere is written as Japan's officials are)
    ("Mr. Kenji Hara, Deputy Minister, was also present. (Reference: HARA Kenji)",
     date(2024, 4, 10), "Ms. KURATA Emi"),
])
def test_an_attendee_with_no_side_stays_japans_without_that_evidence(
        present: str, published: date, lead_fm: str) -> None:
    people = _attended(present, published, lead_fm)
    assert "CZE" not in {c for f, c in people.items() if f not in ("Novak",)}


@pytest.mark.parametrize(("who", "family", "country"), [
    # a secretary's portfolio, as a minister's ("Secretary of Foreign Affairs X")
    ("Secretary of Foreign Affairs Luis Santos of the Philippines", "Santos", "PHL"),
    ("Secretary of National Defense Ramon Cruz of the Philippines", "Cruz", "PHL"),
    ("Minister of National Defense Kim Min-soo of the Republic of Korea", "Kim", "KOR"),
    # offices the title list did not hold
    ("State Counsellor Daw Khin Myat of Myanmar", "Khin Myat", "MMR"),
    ("Taoiseach Michael Byrne of Ireland", "Byrne", "IRL"),
    ("Governor-General Anne Hall of Australia", "Hall", "AUS"),
])
def test_an_official_named_after_these_offices_is_found(who: str, family: str, country: str
                                                       ) -> None:
    # R.TITLE_FIRST
    text = (f"On May 3, Prime Minister Kenji Abe held a meeting with {who} at the Prime "
            "Minister's Office.\n\nThe two leaders confirmed their cooperation.")
    people = _people(text, source="kantei")
    assert people.get(family) == country


@pytest.mark.parametrize("told", [
    # a secretary's office named with no name after it
    "Secretary of Foreign Affairs of the Philippines",
    "the Secretary of National Defense, and discussed security",
])
def test_an_office_with_no_name_after_it_names_no_one(told: str) -> None:
    text = (f"On May 3, Prime Minister Kenji Abe held a meeting with {told} at the Prime "
            "Minister's Office.\n\nThe two leaders confirmed their cooperation.")
    assert set(_people(text, source="kantei")) <= {"Abe"}


# --- several courtesy calls told at once in the lead (the lead's ruling 10) -------------------

VISIT = ("H.E. Sheikh Omar bin Saleh Al Nasser, Minister of Foreign Affairs of the State of "
         "Kuwait, is visiting Japan from 3 to 7 March at the invitation of H.E. Mr. Kenta "
         "Morikawa, Minister for Foreign Affairs of Japan. The two Foreign Ministers met to "
         "discuss the bilateral relationship. ")


@pytest.mark.parametrize("calls", [
    "H.E. Sheikh Omar paid courtesy calls on Speaker of the House of Representatives H.E. Mr. "
    "Ichiro Hanada and Prime Minister H.E. Mr. Daichi Noguchi.",
    "Sheikh Omar also had audience with the Crown Prince and paid courtesy calls on Mr. Ichiro "
    "Hanada, Speaker of the House of Representatives, and Mr. Daichi Noguchi, Prime Minister.",
])
def test_courtesy_calls_on_several_officials_count(calls: str) -> None:
    # mofa._calls_on_several (R.COURTESY_CALLS): the visitor called on Japan's officials
    people = _people(VISIT + calls + "\n\n1. Both sides welcomed the growing exchanges.")
    assert people.get("Hanada") == "JPN" and people.get("Noguchi") == "JPN"
    assert people.get("Al Nasser") == "KWT" and people.get("Morikawa") == "JPN"


@pytest.mark.parametrize("calls", [
    # calls on no one named
    "Sheikh Omar paid courtesy calls on leading figures of Japan's business community.",
    # calls by someone who is not the meeting's official
    "The delegation of business leaders paid courtesy calls on Mr. Ichiro Hanada and Mr. "
    "Daichi Noguchi.",
    # calls to come
    "Sheikh Omar will pay courtesy calls on Mr. Ichiro Hanada and Mr. Daichi Noguchi.",
])
def test_no_courtesy_calls_counted(calls: str) -> None:
    people = _people(VISIT + calls + "\n\n1. Both sides welcomed the growing exchanges.")
    assert "Hanada" not in people and "Noguchi" not in people


@pytest.mark.parametrize("later", [
    "The Prime Minister also held talks with Prime Minister Anthony Kelso of Australia, in "
    "which they discussed trade.",
    "The Prime Minister then had a meeting with Prime Minister Anthony Kelso of Australia.",
    "The Minister also met with Prime Minister Anthony Kelso of Australia.",
])
def test_a_later_meeting_whose_sentence_opens_with_the_prime_minister_counts(later: str
                                                                              ) -> None:
    # R.LATER_SUBJECT ("The Prime Minister" at a sentence's start)
    assert _met_peru_and_australia("On June 17, Prime Minister Kenji Abe held a meeting with "
                                   "President Pedro Alvarez of Peru.\n\nThe two leaders "
                                   "confirmed their cooperation.\n\n" + later)


def _met_peru_and_australia(text: str) -> bool:
    """Both fictional leaders found on a Prime Minister's Office page, with their countries."""
    people = _people(text, source="kantei")
    return people.get("Alvarez") == "PER" and people.get("Kelso") == "AUS"


def test_a_later_meeting_of_the_other_side_does_not_count() -> None:
    text = ("On June 17, Prime Minister Kenji Abe held a meeting with President Pedro Alvarez "
            "of Peru.\n\nThe two leaders confirmed their cooperation.\n\nThe President also "
            "held talks with Prime Minister Anthony Kelso of Australia last week.")
    assert "Kelso" not in _people(text, source="kantei")


# --- the sides met named in the lead by their countries alone, their leaders later ----------

@pytest.mark.parametrize("told", [
    "held summit meetings with the leaders of Peru and Australia.\n\nIn the meeting with "
    "President Pedro Alvarez of Peru, the two leaders confirmed their cooperation.\n\nIn the "
    "summit meeting with Prime Minister Anthony Kelso of Australia, they agreed to strengthen "
    "ties.",
    "held bilateral meetings with the Prime Ministers of Peru and Australia.\n\n(1) Prime "
    "Minister Abe held a meeting with President Pedro Alvarez of Peru.\n\n(2) Prime Minister "
    "Abe held a summit meeting with Prime Minister Anthony Kelso of Australia.",
    "held talks with the heads of government of Peru and Australia.\n\nAt the talks with Mr. "
    "Pedro Alvarez, President of Peru, the leaders discussed trade. At the meeting with Mr. "
    "Anthony Kelso, Prime Minister of Australia, they discussed security.",
])
def test_leaders_the_lead_names_by_country_are_read_from_the_next_paragraphs(told: str
                                                                            ) -> None:
    # mofa._leaders_named_later (R.LEADERS_MET, R.MEETING_WITH_NAMED)
    assert _met_peru_and_australia("On June 17, Prime Minister Kenji Abe, who is visiting "
                                   "Rome to attend the G7 Summit, " + told)


def test_a_leader_of_a_country_the_lead_did_not_name_is_not_read() -> None:
    text = ("On June 17, Prime Minister Kenji Abe held summit meetings with the leaders of Peru "
            "and Australia.\n\nIn the meeting with President Pedro Alvarez of Peru, the two "
            "leaders referred to their talks with President Ivan Petrov of Bulgaria.\n\nThe "
            "Prime Minister had earlier held a meeting with Chancellor Olaf Becker of Germany.")
    people = _people(text, source="kantei")
    assert people.get("Alvarez") == "PER" and "Petrov" not in people and "Becker" not in people
