"""extract.mofa_people: honorifics and clause ends are where the plain patterns find them."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS
from hypothesis import given, settings
from hypothesis import strategies as st

from policytrends.extract import mofa_people
from policytrends.extract import mofa_rules as R

HONORIFIC_WORDS = [
    "Senator", "Dr.", "Dr", "Mr.", "Mr", "Ms.", "Mrs.", "the", "The", "Rt.", "Rt", "Hon.", "Hon",
    "Rt Hon.", "Right Honourable", "Honorable", "Honourable", "His Excellency", "Her Excellency",
    "H.E.", "H. E.", "H.H.", "His Royal Highness", "Her Highness", "His Majesty", "Prof.",
    "Professor", "Madam", "Madame", "Dato'", "Dato’ Sri", "Dato Seri", "Datuk", "Datuk Seri",
    "Tan Sri",
    "Tun", "Toh Puan", "Sheikh", "Shaikh", "Daw", "U", "Lt. Gen.", "Lieutenant General",
    "Maj. Gen.", "Major General", "Brig. Gen.", "Brigadier General", "Gen.", "Rear Adm.",
    "Vice Admiral", "Admiral", "Adm.", "Col.", "Colonel", "(ret.)", "(Retired)", "H.R.H.",
    "General", "Air Chief Marshal", "Marshal", "Secretary General", "Director-General",
    "Y.A.B.", "Y.B.", "Tengku", "Tuan", "Puan", "Dato’Seri", "Dato' Seri Diraja",
    "Datuk Seri Utama", "Datin Paduka", "Chief"]


honorific_phrases = st.builds(
    lambda words, name: " ".join(words + [name]),
    st.lists(st.sampled_from(HONORIFIC_WORDS), min_size=1, max_size=3),
    st.sampled_from(["Aung", "MOTEGI Toshimitsu", "x", ""]))


people_texts = st.lists(st.one_of(honorific_phrases, st.sampled_from(
    ["Aung", "San", "MOTEGI", "Toshimitsu", "Minister", "of", "Japan", "U.S.", "U.K.", "St.",
     "A.", "who", "held", "hold", "met", "had", "paid", "received", "at the", "on the margins",
     "on the  occasion", "on the sidelines", "during", "while", "among others", "x",
     "for approximately", "for 5", "for", "L.P.",
     ",", ";", "(", ")", ".", " ", "  ", "\n", "\u00a0", "breathe"])),
    max_size=12).map(" ".join)


people_texts_glued = st.lists(st.sampled_from(
    HONORIFIC_WORDS + ["Aung", "MOTEGI", ",", ".", " ", "\t", "U.S", "St", "x"]),
    max_size=25).map("".join)


_REFERENCE_CLAUSE_END = re.compile(
    r",|;|\(|\s+who\s|\s+held\s|\s+hold\s|\s+met\s|\s+had\s|\s+paid\s|\s+received\s|\s+at\s+the\s|"
    r"\s+on\s+the\s+(?:occasion|margins?|sidelines?)|\s+during\s|\s+while\s|\s+among others|"
    r"\s+attended\b|"
    r"\s+for\s+(?:approximately|about|around|nearly|some|over|\d)|"
    r"(?<!\bU\.S)(?<!\bU\.K)(?<!\bSt)(?<![\s.][A-Z])\.(?=\s|$)")


@settings(SETTINGS, max_examples=1000)
@given(text=st.one_of(people_texts, people_texts_glued))
def test_honorifics_and_clause_ends_are_where_the_plain_patterns_find_them(text: str) -> None:
    assert [m.span() for m in mofa_people._honorifics(text)] == [
        m.span() for m in R.HONORIFIC_RX.finditer(text)]
    for pos in range(len(text) + 1):
        fast, slow = mofa_people._CLAUSE_END.search(text, pos), _REFERENCE_CLAUSE_END.search(
            text, pos)
        assert (fast and fast.start()) == (slow and slow.start())


def test_malaysian_styles_before_a_name_are_no_part_of_it() -> None:
    lead = ("Minister Sato met with Y.A.B. Dato’Seri Diraja Dr. Rahim Abdul Kadir, Minister of "
            "Foreign Affairs of Malaysia, and on the Malaysian side by Tuan Mohd Hafiz, Minister "
            "of Economy, Tengku Datuk Seri Utama Faris, Minister of Trade, among others.")
    names = [p.name for p in mofa_people.find_people(lead)]
    assert names == ["Rahim Abdul Kadir", "Mohd Hafiz", "Faris"]
    # a Vietnamese name with Tuan in it is one name (Tuan is the style only before a name)
    viet = ("Minister Sato met Mr. Pham Tuan Minh, Vice Minister of Viet Nam, and Mr. TRAN "
            "Tuan Anh, Minister of Trade of Viet Nam.")
    assert [p.name for p in mofa_people.find_people(viet)] == ["Pham Tuan Minh", "TRAN Tuan Anh"]


def test_a_chieftaincy_title_before_a_full_name_is_an_honorific() -> None:
    lead = "Mr. Sato held a meeting with Chief Adewale Okonkwo, the President of Nigeria."
    assert ("Adewale Okonkwo", "NGA") in [(p.name, p.country)
                                          for p in mofa_people.find_people(lead)]
    # an office that begins with the word is not
    office = "Mr. Sato met Chief Secretary Wong Kam, the Chief Secretary of Hong Kong."
    assert "Secretary Wong Kam" not in [p.name for p in mofa_people.find_people(office)]
    # nor one the title words do not hold
    for head in ("Chief Negotiator Dalton, who led the talks.", "Chief Scientist Okafor, of X."):
        names = [p.name for p in mofa_people.find_people(f"Mr. Sato met with {head}")]
        assert not any(n.startswith(("Negotiator", "Scientist")) for n in names), names


def test_a_bare_military_rank_before_a_full_name_is_an_honorific() -> None:
    """ "from General Anna B. Moretti, Commander of ..." names General Moretti; a title that
    ends in "General" and a body's name do not make one ("Secretary General Mr. X", "the
    General Assembly of the United Nations")."""
    found = mofa_people.find_people("received a courtesy call from General Anna B. Moretti, "
                                    "Commander of the NATO Maritime Command, during her visit")
    assert [(p.family_name, p.country) for p in found] == [("Moretti", "NATO")]
    found = mofa_people.find_people("met with Secretary General Mr. Tomas Varga, who attended "
                                    "the General Assembly of the United Nations, in New York")
    assert [p.family_name for p in found] == ["Varga"]
    assert not mofa_people.find_people("addressed the General Assembly Hall, Conference Room")
    (trong,) = mofa_people.find_people("held a telephone talk with General Secretary Nguyen "
                                       "Van Hoa, the Communist Party of Viet Nam. The overview")
    assert (trong.name, trong.title) == ("Nguyen Van Hoa", "General Secretary")


def test_a_firm_named_general_before_its_officer_is_no_rank() -> None:
    """ "General Electric Chairman Ann Roe," begins with a firm's name: a title word among
    the capitalised words after "General" means no rank and name follow."""
    for text in ("received a courtesy call from General Motors Chairman Ann Roe, who was "
                 "visiting Japan", "met with General Foods Executive Vice President Tom "
                 "Hale, in Tokyo"):
        assert not [p for p in mofa_people.find_people(text)
                    if p.name.startswith(("Motors", "Foods"))]


def test_a_style_written_before_a_name_and_the_office_after_it() -> None:
    """ "United States Senator Tammy Roe" and "Ambassador Walter Brennan, Former Under
    Secretary of State of the United States": the style is a title written first; the office
    and its country may follow the name."""
    (senator,) = mofa_people.find_people("received a courtesy call from United States Senator "
                                         "Tammy Roe. An overview is as follows.")
    assert (senator.family_name, senator.country) == ("Roe", "USA")
    (former,) = mofa_people.find_people("received a courtesy call by Ambassador Walter Brennan, "
                                        "Former Under Secretary of State of the United States "
                                        "of America. The overview is as follows.")
    assert (former.family_name, former.country) == ("Brennan", "USA")
    assert former.title == "Former Under Secretary of State"


def test_the_head_of_an_interim_government_styled_chief_adviser_is_found() -> None:
    """Bangladesh's interim government is led by a "Chief Adviser": a title before a name,
    with or without the comma after it, that ranks as a head of government."""
    for text, official in (
            ("Prime Minister Araki welcomed Chief Adviser Rahman, to Japan.",
             ("Rahman", "Chief Adviser")),
            ("Chief Advisor Farid Rahman stated that his country valued it.",
             ("Farid Rahman", "Chief Advisor"))):
        assert official in [(p.name, p.title) for p in mofa_people.find_people(text)], text
    # an adviser to someone, or an office the words begin, is no official named here
    text = "The Chief Adviser to the President said the talks went well."
    assert not mofa_people.find_people(text)


def test_a_meeting_with_a_chief_adviser_is_a_summit() -> None:
    from datetime import date

    from policytrends.extract import analyse
    from policytrends.records import RawRecord
    text = ("On June 3, commencing at 4:00 p.m. for approximately 40 minutes, Mr. ARAKI Kenta, "
            "Prime Minister of Japan, held a meeting with Chief Adviser Rahman, of the People's "
            "Republic of Bangladesh. The overview of the meeting is as follows.")
    got = analyse(RawRecord(source="mofa", path="lead.txt", item=None, text=text,
                            published=date(2025, 6, 3), reporting_country="JPN"))
    assert got.meeting is not None and got.meeting.level == "summit"
    assert ("Rahman", "BGD", "counterpart") in [(p.family_name, p.country, p.side)
                                                for p in got.participants]


def test_professor_before_a_full_name_is_an_honorific() -> None:
    lead = ("Mr. Sato held a meeting with Professor Farid Rahman, Chief Adviser of the Interim "
            "Government of the People's Republic of Bangladesh.")
    assert ("Farid Rahman", "BGD") in [(p.name, p.country)
                                      for p in mofa_people.find_people(lead)]
    # a professor's chair after the word is no honorific's business: the name still ends
    # at the comma, and a lower-case "professor" is no style
    lead = "Mr. Sato met a professor, Ann Lowe, at the university."
    assert "professor" not in " ".join(p.name for p in mofa_people.find_people(lead))
