"""Gazetteer and rank rules, on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
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
