"""Security cooperation the shipped themes missed, and a nation's description (issue 14).

Found on the dev sets of real pages (MOFA English, White House): the fight against piracy
at sea carried out by forces (one side's forces operating from the other's soil, escorts off
a coast), not one side's support for the other's own efforts (aid, as the labels read it), the
forces' facility hosted by the other side (a base issue), and security or defence paired
with trade, investment, technology or energy as one field of ties ("our defense and trade
partnerships"); and words that only describe a country ("Japan as a trading nation"). The
sentences are written in our own words. Each class has wordings that must tag and near
misses that must not (THEMES.md: alliance_security covers defence and security cooperation
between the two sides and base issues; a word in passing does not count).
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the fight against piracy by forces, however worded
        ("The President thanked Japan for its counter-piracy operations in the Gulf of "
         "Aden.", "alliance_security"),
        ("He praised the anti-piracy mission carried out by the coast guards of both "
         "countries.", "alliance_security"),
        ("He thanked them for the anti-piracy activities by the Japanese navy near the strait.",
         "alliance_security"),
        ("The minister noted the efforts of the navy in fighting piracy off the Horn of "
         "Africa.", "alliance_security"),
        ("He praised the work done by the Self-Defense Forces to combat piracy there.",
         "alliance_security"),
        ("She recalled the counter-piracy and training operation of the two forces.",
         "alliance_security"),
        # one side's forces hosted on the other's soil: their facility is a base issue
        ("The Prime Minister toured the Japan Self-Defense Force (JSDF) operational facility "
         "near the port.", "alliance_security"),
        ("He asked for continued cooperation on the operation of the SDF base in the "
         "country.", "alliance_security"),
        # security or defence paired with trade, investment, technology or energy as one field
        ("We look forward to deepening our defense and trade partnerships next year.",
         "alliance_security"),
        ("The two leaders welcomed the growth of security and investment ties.",
         "alliance_security"),
        ("They agreed to expand defence, technology and investment links.",
         "alliance_security"),
        ("She hailed the security and energy cooperation between the two nations.",
         "alliance_security"),
        ("They agreed to expand defence, technology and investment links.", "economy_trade"),
    ],
)
def test_field_tags(text: str, want: str) -> None:
    assert want in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # one side's support for the other's own fight against piracy is aid
        ("He thanked Japan for its support for combating piracy and illegal fishing.",
         "alliance_security"),
        ("Japan will back the country's own efforts against piracy in the gulf.",
         "alliance_security"),
        # piracy of films and software is a matter of copyright, not of security
        ("They discussed measures against online piracy of films and music.",
         "alliance_security"),
        ("Both agreed to combat counterfeiting and software piracy in their markets.",
         "alliance_security"),
        # one side's forces on their own (relief, a port call) are no cooperation; the pair
        # must name security or defence ("energy security" is energy)
        ("He recalled the relief work of the Self-Defense Forces after the flood.",
         "alliance_security"),
        ("The two ministers welcomed stronger trade and energy security cooperation.",
         "alliance_security"),
        ("They praised the trade and investment ties, and later spoke on regional security.",
         "alliance_security"),
        # a country's description in passing is not trade between the sides
        ("He said the country, on a busy sea lane, is an important partner for Japan as a "
         "trading nation.", "economy_trade"),
        ("As maritime and trading nations, the two countries share values.", "economy_trade"),
    ],
)
def test_near_misses_do_not_tag(text: str, theme: str) -> None:
    assert theme not in _themes(text)
