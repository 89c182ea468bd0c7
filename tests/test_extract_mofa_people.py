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
    "Madam", "Madame", "Dato'", "Dato’ Sri", "Dato Seri", "Datuk", "Datuk Seri", "Tan Sri",
    "Tun", "Toh Puan", "Sheikh", "Shaikh", "Daw", "U", "Lt. Gen.", "Lieutenant General",
    "Maj. Gen.", "Major General", "Brig. Gen.", "Brigadier General", "Gen.", "Rear Adm.",
    "Vice Admiral", "Admiral", "Adm.", "Col.", "Colonel", "(ret.)", "(Retired)"]


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
