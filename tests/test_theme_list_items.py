"""Fields named in a list (THEMES.md): each item of a list of what the sides discussed or
cooperate on is a passage of the theme it names, whatever opens the list and wherever in
the list it stands (`policytrends.taxonomy.lists`); a word in passing, a region's calm,
one party's own aims or the security of an event are not."""

from __future__ import annotations

import pytest

from policytrends.errors import TaxonomyError
from policytrends.taxonomy import Matcher, tag
from policytrends.taxonomy.loader import build, shipped_text


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # security as a later item, the list's head inside another theme's passage
        ("The ministers agreed to deepen cooperation on energy, the oceans and security.",
         {"alliance_security", "climate_energy"}),
        ("Both sides pledged closer collaboration in agriculture, public health and defence.",
         {"alliance_security"}),
        ("The foreign secretaries reviewed cooperation with Peru in fisheries, the economy "
         "and security.", {"alliance_security", "economy_trade"}),
        ("The two governments are partners in advancing regional security, sound governance "
         "and inclusive economic growth.", {"alliance_security", "economy_trade"}),
        ("The envoys exchanged views on maritime security, tourism and the economy.",
         {"alliance_security", "economy_trade"}),
    ],
)
def test_an_item_of_a_list_of_fields_counts(text: str, want: set[str]) -> None:
    assert _themes(text) >= want


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders will work together to promote economic recovery and job creation.",
        "They discussed the importance of economic opportunity and the rule of law.",
        "The president and the premier held talks on energy, the economy and tourism.",
        "They agreed to strengthen cooperation in culture, education and the economy.",
        "The delegations discussed progress towards ending the outbreak and economic "
        "recovery.",
    ],
)
def test_the_economy_as_an_item_counts(text: str) -> None:
    assert "economy_trade" in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the security of an event or a place, not cooperation between the sides
        "The Prime Minister thanked the Governor for the security of the Olympic Games.",
        "The minister pledged cooperation to ensure the security of the Paralympic Games in "
        "Sapporo.",
        "They discussed the security situation along the border.",
        # a region's calm, and fields of a place named after them
        "They discussed regional peace and security in the Gulf.",
        "The envoy discussed support for democracy and security in West Africa.",
        "They discussed regional issues, including maritime security and freedom of the seas.",
        "The envoys discussed ways to promote security, stability and food supplies in the "
        "Horn of Africa.",
        # one party's own aims
        "The visit aims to advance its democratic, economic and security goals.",
        # titles, bodies, sanctions and clauses of their own
        "They discussed the Security Council and economic sanctions on the regime.",
        "They discussed the war, which has hurt the global economy and security.",
        "Japan is the world's third-largest economy.",
        "The minister hoped to strengthen the harbours' links and stressed the importance of "
        "openness and economic viability in lending.",
        "He hoped to further deepen ties with Oslo, a voice for the Arctic and an economic hub "
        "of the north.",
        "The fund backs projects focused on youth employment and economic development.",
    ],
)
def test_not_a_field_the_sides_take_up(text: str) -> None:
    assert not _themes(text) & {"alliance_security", "economy_trade"}


def test_an_item_is_its_own_passage() -> None:
    text = "They agreed on cooperation on energy, the climate, and security."
    found = [(m.theme, m.matched) for m in tag(text)]
    assert ("alliance_security", "security") in found
    start = text.index("security")
    assert any(m.theme == "alliance_security" and m.start == start for m in tag(text))


_USER = """
[lists]
add_heads = ['wrangled over']

[themes.fisheries]
label = "Fisheries"
wordings = ["fishing quota"]
list_items = ['(?:fisheries|tuna|salmon)']
"""


def test_a_user_file_adds_heads_and_items() -> None:
    taxonomy = build([("shipped", shipped_text()), ("user.toml", _USER)])
    assert "wrangled over" in taxonomy.list_heads
    assert len(taxonomy.list_heads) > 1  # the shipped heads stay
    found = {m.theme for m in Matcher(taxonomy).find(
        "The delegates wrangled over tuna, the economy and port fees.")}
    assert {"fisheries", "economy_trade"} <= found
    assert "fisheries" not in {m.theme for m in Matcher(taxonomy).find(
        "The chef served tuna and rice.")}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[lists]\nheads = ['(unclosed']\n[themes.x]\nwordings = ['x']\n", "bad head"),
        ("[lists]\nheadz = ['a']\n[themes.x]\nwordings = ['x']\n", "unknown field"),
        ("[lists]\nheads = 'cooperation on'\n[themes.x]\nwordings = ['x']\n",
         "list of non-empty strings"),
        ("[themes.x]\nwordings = ['x']\nlist_items = ['(?:a+)+']\n", "repeats without bound"),
    ],
)
def test_bad_list_data_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        build([("user.toml", text)])
