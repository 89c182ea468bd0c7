"""Gazetteer and rank rules, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from fast_path_checks import SETTINGS, official_titles, same_when_asked_again
from hypothesis import example, given, settings
from hypothesis import strategies as st

from policytrends.automaton import ahocorasick_rs
from policytrends.extract.countries import city_country, countries_in, country_code
from policytrends.extract.ranks import level_of, rank_of


def codes(text: str) -> set[str]:
    return {c for c, _ in countries_in(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Republic of Korea and the DPRK met.", {"KOR", "PRK"}),
        ("Officials of the Democratic People's Republic of Korea spoke.", {"PRK"}),
        ("Ships crossed the Taiwan Strait.", {"TWN"}),
        ("Patrols in the South China Sea and on the Korean Peninsula.", set()),
        ("Envoys from Burma, Viet Nam and Türkiye.", {"MMR", "VNM", "TUR"}),
        ("The PRC and the U.S. talked; Americans listened.", {"CHN", "USA"}),
        ("Japanese and Australian officials at the G-7 and the Quad.",
         {"JPN", "AUS", "G7", "QUAD"}),
        ("The Grand Ethiopian Renaissance Dam was discussed.", {"ETH"}),
        ("Trade with Latin America and Central America grew.", set()),
        ("Nigeria and Niger, Somalia and Mali.", {"NGA", "NER", "SOM", "MLI"}),
        ("The European Union, NATO and the United Nations.", {"EU", "NATO", "UN"}),
        ("European energy security", set()),
        ("AUKUS partners", set()),
        ("The Holy See and Hong Kong.", {"VAT", "HKG"}),
        ("The African Union and the United Kingdom.", {"AU", "GBR"}),
        ("Chad Miller of the Georgia Ports Authority paid US$5.", set()),
        ("Aid to Chad and Jordan; Georgia and Ukraine.", {"TCD", "JOR", "GEO", "UKR"}),
        ("See Welcome.US for details.", set()),
        # a surname, far more often than the country's informal name in these records
        ("Next question, Steve Holland.", set()),
        ("The Netherlands and Greenland; Dutch and Greenlandic officials.", {"NLD", "GRL"}),
    ],
)
def test_countries_in(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_counts_mentions() -> None:
    assert dict(countries_in("Japan and Japan's partner, the Japanese people."))["JPN"] == 3


def test_country_code_and_cities() -> None:
    assert country_code("Burma") == "MMR"
    assert country_code("the United Kingdom") == "GBR"
    assert country_code("republic of korea") == "KOR"
    assert country_code("Atlantis") is None
    assert city_country("Tokyo") == "JPN"
    assert city_country("Geneva") == "CHE"
    assert city_country("Springfield") is None


@pytest.mark.parametrize(
    ("title", "rank"),
    [
        ("Prime Minister", "head"),
        ("President", "head"),
        ("Chancellor", "head"),
        ("European Commission President", "head"),
        ("Vice President", "cabinet"),
        ("Secretary of State", "cabinet"),
        ("Minister for Foreign Affairs", "cabinet"),
        ("Deputy Prime Minister and Defense Minister", "cabinet"),
        ("Deputy Secretary of State", "other"),
        ("First Vice Foreign Minister", "other"),
        ("National Security Advisor", "other"),
        ("Minister of State for Asia", "other"),
        ("Under Secretary of State", "other"),
        # MOFA joins the qualifier with a hyphen: still below cabinet rank
        ("Parliamentary Senior Vice-Minister for Foreign Affairs", "other"),
        ("Vice-Minister of Foreign Affairs", "other"),
        ("Under-Secretary-General for Disarmament Affairs", "other"),
        # an alternate head of government and an EU vice-president are no heads
        ("Foreign Minister and Alternate Prime Minister", "cabinet"),
        ("Executive Vice President of the European Commission", "cabinet"),
        ("President of the European Commission", "head"),
        (None, None),
    ],
)
def test_rank_of(title: str | None, rank: str | None) -> None:
    assert rank_of(title) == rank


def test_secretary_general_depends_on_organisation() -> None:
    assert rank_of("Secretary-General", "UN") == "head"
    assert rank_of("Secretary General", "NATO") == "cabinet"


def test_level_of() -> None:
    assert level_of(["head"], ["head", "cabinet"]) == "summit"
    assert level_of(["head"], ["cabinet"]) == "ministerial"
    assert level_of(["cabinet"], ["other"]) == "other"
    assert level_of([None], ["head"]) == "summit"
    assert level_of([], []) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The President toured a factory in Milltown, Georgia, on Friday.", set()),
        ("The envoy met students in Tbilisi, Georgia.", {"GEO"}),
        ("She will travel to Armenia, Georgia, and Azerbaijan.", {"ARM", "GEO", "AZE"}),
        ("On Monday, Georgia signed the accord.", {"GEO"}),
        ("Mayor Ann Cole, Milltown, Georgia, joined the call.", set()),
        ("Envoys from Kyiv, Georgia, and Moldova met.", {"GEO", "MDA"}),
        ("Kosovan and Serbian negotiators met in Brussels.", {"XKX", "SRB"}),
    ],
)
def test_us_state_after_a_city_and_kosovo(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials that are also the country's short form: a person's before a surname
        ("Mr. U. S. Rao, Additional Secretary of India, met the team.", {"IND"}),
        ("Our guest was Dr. U. S. Menon of the institute.", set()),
        # the country after "the", in a compound or before a title or an institution
        ("Former U. S. President John Doe called on the Prime Minister.", {"USA"}),
        ("He thanked the U. S. for its support.", {"USA"}),
        ("The Japan-U. S. Alliance is the cornerstone.", {"JPN", "USA"}),
        ("U. S.-Japan ties grew; U. S. Government officials came.", {"JPN", "USA"}),
    ],
)
def test_initials_that_are_a_country_short_form(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.skipif(ahocorasick_rs is None, reason="ahocorasick_rs not installed")
@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["Japan", "Korea", "Republic of Korea", "South China Sea", "US",
                                 "U.S.", "Georgia", "Atlanta, ", "Guinea-Bissau", "Niger",
                                 "Nigeria", "EU", "é", "İ", "😀", " ", "\n", ",", "x"]),
                max_size=20).map("".join))
def test_both_automaton_backends_find_the_same_names(text: str) -> None:
    from policytrends.extract import countries

    def hits(backend: str) -> list:
        return sorted(countries._automaton(backend).hits(text))

    assert hits("py") == hits("rs")


def _reference_country_spans(text: str) -> list[tuple[int, int, str]]:
    """`countries.country_spans` with every boundary test on the matched text, as first
    written."""
    from policytrends.extract import countries as C

    def ok(start: int, end: int) -> bool:
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            return False
        if start > 1 and text[start - 1] == "." and text[start - 2].isalnum():
            return False
        if text[start:end] in C.AMBIGUOUS and re.match(r"\s[A-Z][a-z]", text[end:end + 3]):
            return False
        if text[start:end] in C.US_STATE_NAMES and C._after_us_city(text, start, end):
            return False
        if text[start:end] in C.INITIALS_NAMES and not C._names_country(text, start, end):
            return False
        return not (end < len(text) and text[end - 1].isalnum()
                    and (text[end].isalnum() or text[end] == "_"))

    found = []
    for start, end, (code, *_) in C._automaton().hits(text):
        if ok(start, end):
            found.append((start, end, code))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    spans, pos = [], 0
    for start, end, code in found:
        if start >= pos:
            pos = end
            if code != C._BLOCK:
                spans.append((start, end, code))
    return spans


country_texts = st.lists(st.sampled_from(
    ["Japan", "Japanese", "US", "U.S.", "USA", "Welcome.US", "Chad", "Jordan", "Georgia",
     "Jordan Smith", "in Atlanta,", "in Tbilisi,", "South China Sea", "China", "Korea",
     "Republic of Korea", "x", "_", ".", " ", ", ", "Oman", "Romania", "Niger", "Nigeria"]),
    max_size=12).map("".join)


@SETTINGS
@given(text=country_texts)
def test_country_spans_with_precomputed_checks_are_the_same(text: str) -> None:
    from policytrends.extract import countries as C

    C._spans.cache_clear()
    assert C.country_spans(text) == _reference_country_spans(text)


# a title's end and a text's start: places before a state name, across the blank line
joined_parts = st.lists(st.sampled_from(
    ["Georgia", "Japan", "Chad", "Jordan", "in Atlanta,", "in Tbilisi,", "Macon,", "in", "x",
     " ", ", ", ".", "_", "Smith"]), max_size=5).map("".join)


@SETTINGS
@given(head=joined_parts, text=joined_parts,
       lead=st.sampled_from(["", " ", "x " * 30, "x " * 39, "x " * 40, "x " * 45]))
@example(head="in Atlanta,", text="Georgia", lead="")  # a US place across the blank line
@example(head="in", text="A" + "a" * 70 + ", Georgia", lead="")  # the name starts at 73
@example(head="in", text="A" + "a" * 76 + ", Georgia", lead="")  # at 79: the last in reach
def test_joined_country_spans_are_those_of_the_joined_text(head: str, text: str, lead: str
                                                           ) -> None:
    from policytrends.extract import countries as C

    text = lead + text  # a state name before, at and after the look back's reach
    joined = head + "\n\n" + text
    assert C.joined_country_spans(head, text) == _reference_country_spans(joined)
    assert C.joined_countries_in(head, text) == C.countries_in(joined)


@SETTINGS
@given(titles=st.lists(st.one_of(st.none(), official_titles), max_size=6),
       organisation=st.sampled_from([None, "UN", "NATO", "EU", "JPN"]))
def test_ranks_cached_are_the_computed_ones(titles: list[str | None], organisation: str | None
                                            ) -> None:
    from policytrends.extract import ranks

    same_when_asked_again(ranks.rank_of, [(title, organisation) for title in titles])


def test_pacific_island_states_in_free_association_are_named() -> None:
    # (the Cook Islands and Niue take part in the Pacific Islands Leaders Meetings; a Cook
    # Islands co-chair had no country)
    assert codes("Hon. Mr. Mark Brown, Prime Minister of the Cook Islands, and the Premier "
                 "of Niue") == {"COK", "NIU"}
    assert codes("the Solomon Islands and the Marshall Islands") == {"SLB", "MHL"}
