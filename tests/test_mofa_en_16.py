"""Session 16's widened meeting-field conventions of MOFA English pages (issue 14).

Fixtures are our own sentences (made-up officials, places, dates) in the shapes the
publishers use, several wordings a convention with the near misses that must not fire.
"""

from __future__ import annotations

from datetime import date

import pytest

from policytrends.extract import mofa_rules as R
from policytrends.extract.mofa import analyse_mofa
from policytrends.extract.ranks import rank_of
from policytrends.records import RawRecord

OVERVIEW = " The overview of the meeting is as follows."


def _meeting(text: str, title: str = "", published: date = date(2021, 6, 9)):
    """The meeting fields of one fictional MOFA page (it must read as a meeting)."""
    record = RawRecord(source="mofa", path="p.txt", item=None, text=text, title=title,
                       published=published)
    meeting = analyse_mofa(record).meeting
    assert meeting is not None
    return meeting


# --- offices that rank as a minister's under another name ------------------------------------

@pytest.mark.parametrize(("title", "rank"), [
    # (two offices held at once: the higher one counts)
    ("Minister of State of the Presidency of the Council of Ministers and Acting Minister of "
     "Foreign Affairs and Cooperation", "cabinet"),
    ("Minister of State and Acting Minister for Foreign Affairs", "cabinet"),
    ("Deputy Secretary-General of the Cabinet and Minister for Regional Development", "cabinet"),
    ("Vice Minister of Planning and Minister of Finance", "cabinet"),
    ("Minister of State for Trade and Deputy Prime Minister", "cabinet"),
    ("Senior Minister of State and Prime Minister", "head"),
    # (Switzerland's ministers head a federal department; China's State Councilors)
    ("Head of the Federal Department of Foreign Affairs", "cabinet"),
    ("Head of the Federal Department of Economic Affairs, Education and Research", "cabinet"),
    ("Federal Councillor", "cabinet"),
    ("State Councilor and Minister of Foreign Affairs", "cabinet"),
    ("State Councillor", "cabinet"),
    # (one office with "and" inside its name, or two offices both below a minister's)
    ("Minister of State and Foreign Affairs", "cabinet"),
    ("Minister of State for Asia and the Pacific", "other"),
    ("Special Advisor to the Prime Minister and Cabinet Public Relations Secretary", "other"),
    ("Assistant to the President and Deputy National Security Advisor", "other"),
    ("Vice Minister and Deputy Head of Mission", "other"),
    ("Former President and Minister of Finance", "other"),
    # (a department's head inside a ministry is an official)
    ("Head of the Department of Asian Affairs", "other"),
    ("Head of the Protocol Department of the Office of the Government", "other"),
    # (an embassy's diplomatic ranks hold the word "Minister" but no ministry)
    ("Minister-Counsellor of the Embassy of Norway in Japan", "other"),
    ("Minister Counselor, Embassy of Peru", "other"),
    ("Minister Plenipotentiary", "other"),
    ("Minister for Foreign Affairs and Worship", "cabinet"),
    # (a federation's state or provincial premier is no national head; a deputy crown prince
    # is no head; San Marino's Captains Regent are)
    ("Premier of Queensland", "other"),
    ("Premier of the Province of Manitoba", "other"),
    ("Premier of the State Council", "head"),
    ("Premier", "head"),
    ("Deputy Crown Prince and Minister of Defence", "cabinet"),
    ("Crown Prince and Prime Minister", "head"),
    ("Captain Regent", "head"),
    # (an international bank's or fund's president is no head of state)
    ("President of the Asian Development Bank", "other"),
    ("President of the International Fund for Agricultural Development", "other"),
    ("President of the Palestinian Authority", "head"),
    ("President of the Swiss Confederation", "head"),
])
def test_offices_held_or_named_otherwise_rank_as_what_they_are(title: str, rank: str) -> None:
    # ranks._SECOND_OFFICE, ranks._CABINET
    assert rank_of(title) == rank


# (the office as the lead writes it after the official's name; the level it makes)
OFFICES_ELSEWHERE = [
    ("Minister of State of the Presidency of the Council of Ministers and Acting Minister of "
     "Foreign Affairs of Timor-Leste", "ministerial"),
    ("Head of the Federal Department of Foreign Affairs of the Swiss Confederation",
     "ministerial"),
    ("Federal Councillor of the Swiss Confederation", "ministerial"),
    ("Head of the Department of Asia and Pacific of the Swiss Federal Department of Foreign "
     "Affairs", "other"),
]


@pytest.mark.parametrize(("office", "level"), OFFICES_ELSEWHERE)
def test_a_ministers_office_by_another_name_makes_a_ministerial_meeting(office: str,
                                                                        level: str) -> None:
    lead = ("On March 9, commencing at 3 p.m. for approximately 40 minutes, Mr. Jun Okabe, "
            f"Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Lukas Meier, "
            f"{office}.")
    assert _meeting(lead + OVERVIEW).level == level


# --- a ruler named by style alone ------------------------------------------------------------

@pytest.mark.parametrize(("ruler", "side"), [
    ("His Majesty Sultan Haji Omar Kassim of Brunei Darussalam", "Brunei"),
    ("His Majesty King Tupou Faleafa of the Kingdom of Tonga", "Tongan"),
    ("Her Majesty Queen Margit of Denmark", "Danish"),
    ("His Highness the Amir Sheikh Fahad Al Sabah of the State of Kuwait", "Kuwaiti"),
])
def test_a_ruler_named_by_style_makes_a_summit(ruler: str, side: str) -> None:
    # mofa._style_rank (R.RULER_STYLE_BEFORE)
    # (the ruler's ministers attending do not lead the side)
    text = ("On April 2, commencing at around 9:15 a.m. for approximately 20 minutes, Mr. Ken "
            "Morikawa, Prime Minister of Japan, held a summit meeting with " + ruler + "."
            + OVERVIEW + " The meeting was also attended by Mr. SATO Eiji, Deputy Chief Cabinet "
            "Secretary, from the Japanese side, and by Dato LIM Ah Kow, Minister of Foreign "
            f"Affairs II and others from the {side} side.")
    assert _meeting(text).level == "summit"


@pytest.mark.parametrize(("before", "ruler"), [
    ("Prime Minister Morikawa met His Majesty King ", True),
    ("and by His Majesty Sultan Haji ", True),
    ("with His Highness the Amir Sheikh ", True),
    # (royal styles that name no ruler, and a style that is someone else's)
    ("and by His Royal Highness Prince ", False),
    ("with Her Royal Highness Princess ", False),
    ("with Her Majesty's Ambassador, Mr. ", False),
    ("with His Excellency ", False),
])
def test_only_a_rulers_style_is_read_as_a_head(before: str, ruler: bool) -> None:
    assert bool(R.RULER_STYLE_BEFORE.search(before)) is ruler


# --- a welcomed visit told with the years since the last one --------------------------------

@pytest.mark.parametrize(("point", "place"), [
    ("1. Prime Minister Morikawa welcomed the first visit in seven years to Japan by His "
     "Majesty.", "JPN"),
    ("1. Prime Minister Morikawa was delighted at the first visit in over a decade to Japan by "
     "a President of Ghana.", "JPN"),
    ("1. Minister Okabe noted that this first visit in 12 years to Panama by a Foreign "
     "Minister of Japan was historic.", "PAN"),
    ("1. Prime Minister Morikawa welcomed the first visit since 2009 to Japan by the Amir.",
     "JPN"),
    # (a visit to come, however long since the last, is no place)
    ("1. Prime Minister Morikawa welcomed the first visit in seven years to Japan next month.",
     None),
    ("1. Prime Minister Morikawa welcomed the upcoming visit in seven years to Japan.", None),
])
def test_a_welcomed_visit_after_years_places_the_meeting(point: str, place: str | None) -> None:
    # R.WELCOMED_VISIT (R._VISIT_GAP)
    text = ("On April 2, commencing at around 9:15 a.m. for approximately 20 minutes, Mr. Ken "
            "Morikawa, Prime Minister of Japan, held a meeting with Mr. Kofi Mensah, President "
            "of the Republic of Ghana. The overview of the meeting is as follows.\n\n" + point)
    assert _meeting(text).location_country == place


# --- a call received during a visit abroad the page told first -------------------------------

DAY = ("(2) In the morning of May 11, Prime Minister Goto laid a wreath at a memorial. Prime "
       "Minister Goto then received a courtesy call by Minister of External Affairs Ravi Menon. "
       "In the afternoon, the Prime Minister met with Vice President Arjun Rao, and held a "
       "summit meeting with Prime Minister Anil Kapoor.\n\n(3) At the summit meeting, the two "
       "Prime Ministers exchanged views on the bilateral relationship.")


@pytest.mark.parametrize(("trip", "place"), [
    ("(1) Prime Minister Daisuke Goto paid a State Visit to Mumbai, India from Monday, May 10 "
     "to Wednesday, May 12, 2021.", "IND"),
    ("(1) Prime Minister Daisuke Goto paid an Official Visit to India from May 10 to 12.",
     "IND"),
    ("(1) Prime Minister Daisuke Goto arrived in New Delhi, India on May 10.", "IND"),
    # (no trip told, or an earlier one: the call was received at home)
    ("(1) Prime Minister Daisuke Goto thanked the people of India for their friendship.",
     "JPN"),
    ("(1) Prime Minister Daisuke Goto recalled that he visited India last year.", "JPN"),
])
def test_a_call_received_on_a_visit_told_first_is_abroad(trip: str, place: str) -> None:
    # mofa._location (abroad: _arrived_in before the lead), R.ARRIVED_IN
    text = trip + "\n\n" + DAY
    found = _meeting(text, "Summary of the Prime Minister's Visit", date(2021, 5, 13))
    assert found.location_country == place


# --- the East Asia Summit: ASEAN's gathering, with the partners the page names ----------------

EAS_POINT = ("\n\n1. Prime Minister Kubo said that Japan would work with the United States, "
             "Australia and India for a free and open region.")


@pytest.mark.parametrize(("lead", "sides"), [
    ("On October 27, commencing at 3:10 p.m. (local time) for approximately two hours, the "
     "19th East Asia Summit (EAS) was held in Vientiane, Lao P.D.R. Mr. Jiro Kubo, Prime "
     "Minister of Japan, attended the meeting.", ("ASEAN", "AUS", "IND", "USA")),
    ("On October 27, Mr. Jiro Kubo, Prime Minister of Japan, attended the 19th East Asia "
     "Summit in Vientiane, Lao P.D.R.", ("ASEAN", "AUS", "IND", "USA")),
    ("On July 28, Ms. Rie Kubo, Minister for Foreign Affairs of Japan, attended the EAS Foreign "
     "Ministers' Meeting held in Jakarta, Indonesia.", ("ASEAN", "AUS", "IND", "USA")),
    # (a bilateral meeting on its margins: the side met)
    ("On October 27, Mr. Jiro Kubo, Prime Minister of Japan, who is visiting Vientiane to "
     "attend the East Asia Summit, held a meeting with Mr. Sione Latu, Prime Minister of the "
     "Kingdom of Tonga.", ("TON",)),
])
def test_the_east_asia_summit_is_aseans_gathering(lead: str, sides: tuple[str, ...]) -> None:
    # R.GATHERING_GROUPING, R.GROUPING_PARTNERS (EAST_ASIA_SUMMIT)
    found = _meeting(lead + " The overview is as follows." + EAS_POINT, "",
                     date(2024, 10, 28))
    assert found.counterpart_countries == sides


def test_east_asia_named_as_a_region_is_no_gathering() -> None:
    lead = ("On October 27, the Japan-Tonga Summit Meeting was held in Tokyo. Mr. Jiro Kubo, "
            "Prime Minister of Japan, stressed the security environment in East Asia.")
    assert _meeting(lead + OVERVIEW).counterpart_countries == ("TON",)


# --- a meeting the Japanese side "joined", and how it took part ------------------------------

@pytest.mark.parametrize(("lead", "mode", "sides"), [
    ("On May 12, from 9:30 p.m. for approximately 70 minutes, Mr. Jiro Kubo, Prime Minister of "
     "Japan, joined the G7 Leaders' Video Conference.", "video", ("G7",)),
    ("On May 12, Prime Minister Kubo joined the meeting of the Quad leaders by video.", "video",
     ("QUAD",)),
    ("On May 12, Prime Minister Kubo participated online in the G20 Leaders' Summit.", "video",
     ("G20",)),
    ("On May 12, Prime Minister Kubo participated remotely in the G20 Leaders' Summit.",
     "video", ("G20",)),
    # (a hybrid meeting attended in person: in person, whoever else joined online)
    ("On May 12, the G20 Leaders' Summit was held in Rome in a hybrid format, some leaders "
     "joining virtually. Prime Minister Kubo attended the summit in person.", "in_person",
     ("G20",)),
    ("On May 12, Prime Minister Kubo attended the G20 Leaders' Summit in an in-person format, "
     "while some leaders joined online.", "in_person", ("G20",)),
])
def test_a_meeting_joined_is_the_record_and_its_mode_is_japans(lead: str, mode: str,
                                                               sides: tuple[str, ...]) -> None:
    # R.MEETING_VERB ("joined", "participated online in"), R.ATTENDED, R.MODES, R.IN_PERSON
    found = _meeting(lead + " The overview is as follows.", "", date(2021, 5, 13))
    assert (found.mode, found.counterpart_countries) == (mode, sides)


@pytest.mark.parametrize(("lead", "mode"), [
    # (in-person meetings to come are no mode of this one)
    ("On May 12, Mr. Jiro Kubo, Prime Minister of Japan, held a video conference with Mr. Arun "
     "Das, Prime Minister of India. The two leaders agreed to hold in-person meetings again "
     "soon.", "video"),
    ("On May 12, Mr. Jiro Kubo, Prime Minister of Japan, held a video conference with Mr. Arun "
     "Das, Prime Minister of India, hoping for in-person talks in the near future.", "video"),
    # (someone who joined a meeting the lead already tells: that meeting's mode)
    ("On May 12, Mr. Jiro Kubo, Prime Minister of Japan, held a summit meeting with Mr. Arun "
     "Das, Prime Minister of India. Minister Sato joined the meeting partway through.",
     "in_person"),
])
def test_in_person_said_of_other_meetings_is_no_mode(lead: str, mode: str) -> None:
    assert _meeting(lead + OVERVIEW).mode == mode


@pytest.mark.parametrize("lead", [
    "On May 12, Japan joined the Agreement on Fisheries Subsidies.",
    "On May 12, Mr. Jiro Kubo joined the Cabinet as Minister for Foreign Affairs.",
])
def test_joining_what_is_no_meeting_is_no_meeting(lead: str) -> None:
    found = analyse_mofa(RawRecord(source="mofa", path="p.txt", item=None, text=lead,
                                   title="", published=date(2021, 5, 13)))
    assert found.meeting is None


# --- a courtesy call from private persons or a private body, on either publisher -----------

@pytest.mark.parametrize(("source", "lead", "meeting"), [
    ("mofa", "On March 3, for about 20 minutes from 15:10, Foreign Minister SATO Kei received a "
     "courtesy call from Japan Ocean Business Partnership (JOBP).", False),
    ("mofa", "On March 3, Foreign Minister SATO Kei received a courtesy call from a delegation "
     "of the Kansai Chamber of Commerce and Industry.", False),
    ("kantei", "On March 3, Prime Minister Kubo received a courtesy call from the Japan Rugby "
     "Football Association.", False),
    ("kantei", "On March 3, Prime Minister Kubo received a courtesy call from Ms. Emi Sato, a "
     "world-renowned pianist.", False),
    ("mofa", "On March 3, Foreign Minister SATO Kei received a courtesy call from Mr. Ken Ito, "
     "a figure skater who won the world title.", False),
    # (states and their officials are no private body)
    ("mofa", "On March 3, Foreign Minister SATO Kei received a courtesy call from H.E. Mr. Oleg "
     "Petrov, Ambassador of the Russian Federation to Japan.", True),
    ("kantei", "On March 3, Prime Minister Kubo received a courtesy call from H.E. Mr. Arjun "
     "Rao, Minister of External Affairs of India.", True),
    ("mofa", "On March 3, Foreign Minister SATO Kei received a courtesy call from H.E. Ms. Lina "
     "Cruz, Secretary-General of the Association of Southeast Asian Nations (ASEAN).", True),
])
def test_a_courtesy_call_from_private_persons_is_no_meeting(source: str, lead: str,
                                                              meeting: bool) -> None:
    # mofa._with_private_persons on every source; R.PRIVATE_PARTNERS (R.PRIVATE_BODIES)
    found = analyse_mofa(RawRecord(source=source, path="p.txt", item=None,
                                   text=lead + "\n\nThe overview is as follows.", title="",
                                   published=date(2024, 3, 4)))
    assert (found.meeting is not None) is meeting


# --- the level a title gives when the page ranks neither side ---------------------------------

@pytest.mark.parametrize(("title", "level"), [
    ("Visit to Japan of His Excellency Dr. Arun Das, Prime Minister of India (Summary)",
     "summit"),
    ("Visit to Ghana by Prime Minister Jiro Kubo and Mrs. Kubo", "summit"),
    ("Official Visit to Japan by President Kofi Mensah of Ghana", "summit"),
    ("Meeting between Prime Minister Kubo and UN Secretary-General Pereira", "summit"),
    # (a "Prime Minister" named in a title is no minister's level; a deputy's or an
    # organisation's chief is)
    ("Visit to Japan by Deputy Prime Minister Lina Cruz of the Philippines", "ministerial"),
    ("Visit to Japan by Vice President Lina Cruz of the Philippines", None),
    ("Meeting between Prime Minister Kubo and the Secretary General of NATO", "ministerial"),
    ("Visit to Japan of the President of the Senate of Chile", None),
    ("Courtesy Call on Prime Minister Kubo by the Governor of Hawaii", None),
])
def test_a_titles_level_reads_heads_and_ministers_apart(title: str, level: str | None) -> None:
    # R.LEVEL_BY_TITLE (mofa._level's fallback)
    assert next((lvl for lvl, rx in R.LEVEL_BY_TITLE if rx.search(title)), None) == level


# --- a lead that dates only the visit's days: the first of them ------------------------------

@pytest.mark.parametrize(("lead", "day"), [
    ("Mr. Jun Okabe, Minister for Foreign Affairs, visited Ghana on May 3 (Sat) and May 4 "
     "(Sun) to hold the Japan-Ghana Foreign Ministers' Dialogue. Minister Okabe held the "
     "Dialogue with Mr. Kofi Mensah, Minister for Foreign Affairs of Ghana.", date(2021, 5, 3)),
    ("Mr. Jun Okabe, Minister for Foreign Affairs, who visited Ghana on May 3 and May 4, held "
     "a meeting with Mr. Kofi Mensah, Minister for Foreign Affairs of Ghana.", date(2021, 5, 3)),
    # (the meeting's own day, told besides the visit's days, wins)
    ("Mr. Jun Okabe, Minister for Foreign Affairs, who visited Ghana on May 3 and May 4, held "
     "a meeting with Mr. Kofi Mensah, Minister for Foreign Affairs of Ghana, on May 4.",
     date(2021, 5, 4)),
    ("On May 4, Mr. Jun Okabe, Minister for Foreign Affairs, who visited Ghana from May 2 to "
     "May 5, held a meeting with Mr. Kofi Mensah, Minister for Foreign Affairs of Ghana.",
     date(2021, 5, 4)),
])
def test_a_visits_days_date_the_meeting_by_the_first(lead: str, day: date) -> None:
    # R.VISIT_DAYS ("on A and B"), mofa._date (visit_days)
    assert _meeting(lead + OVERVIEW, "", date(2021, 5, 6)).date == day


# --- a grouping's member states met, unnamed: the sides are not counted ----------------------

@pytest.mark.parametrize(("lead", "parties"), [
    ("On June 2, Mr. Jun Okabe, Minister for Foreign Affairs of Japan, attended a meeting of "
     "ambassadors of European Union (EU) Member States in Tokyo hosted by Ms. Anna Berg, "
     "Ambassador of the EU to Japan.", None),
    ("On June 2, Mr. Jun Okabe, Minister for Foreign Affairs of Japan, held a meeting with Ms. "
     "Anna Berg, Ambassador of the EU to Japan, and the heads of missions of the EU member "
     "states.", None),
    # (the grouping's own envoy alone, and member states only talked about: two sides)
    ("On June 2, Mr. Jun Okabe, Minister for Foreign Affairs of Japan, held a meeting with Ms. "
     "Anna Berg, Ambassador of the EU to Japan.", 2),
    ("On June 2, Mr. Jun Okabe, Minister for Foreign Affairs of Japan, held a meeting with Ms. "
     "Anna Berg, Ambassador of the EU to Japan, and discussed the EU member states' energy "
     "policies.", 2),
])
def test_a_groupings_members_met_unnamed_leave_the_parties_open(lead: str,
                                                                parties: int | None) -> None:
    # R.MEMBERS_MET
    found = _meeting(lead + OVERVIEW, "", date(2022, 6, 3))
    assert (found.counterpart_countries, found.parties) == (("EU",), parties)
