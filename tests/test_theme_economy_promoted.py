"""An economy the sides build or steady together, and dialogues on security (issue 14).

Found on the dev sets of real pages (MOFA English and Prime Minister's Office pages, TICAD
and ASEAN Plus Three meetings among them): an ocean-based economy promoted together, an
industry, business or tourism promoted in the other country, financial cooperation in a
region, the sides acting together on an economic or financial crisis, and security dialogues
held between the two sides. The sentences are written in our own words. Each class has
wordings that must tag and near misses that must not (THEMES.md: economy_trade covers trade,
investment and economic partnerships; alliance_security covers security cooperation between
the two sides; aid alone is not economy_trade, the lead's ruling 5).
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an ocean-based economy as a shared aim
        ("Japan will keep helping the islands build a sustainable blue economy.",
         "economy_trade"),
        ("They backed the panel on a sustainable ocean economy.", "economy_trade"),
        # an industry, business or tourism promoted in the other country
        ("Japan intends to cooperate in the promotion of the country's fishery industry.",
         "economy_trade"),
        ("He hoped the forum would promote business between the two regions.",
         "economy_trade"),
        ("The minister asked for help in promoting tourism, the island's main industry.",
         "economy_trade"),
        ("Both agreed to work on revitalizing the automobile industry there.",
         "economy_trade"),
        # financial cooperation in a region; acting together on an economic crisis
        ("He praised regional financial cooperation, the core of the thirteen countries' "
         "work.", "economy_trade"),
        ("The two leaders agreed to work hand in hand in addressing the global economic "
         "crisis.", "economy_trade"),
        ("They will coordinate in responding to the international financial and economic "
         "situation.", "economy_trade"),
        # dialogues on security held between the two sides
        ("The leaders agreed to deepen security dialogues between the two countries.",
         "alliance_security"),
        ("Both welcomed the security policy dialogue between their foreign and defence "
         "officials.", "alliance_security"),
    ],
)
def test_tags(text: str, want: str) -> None:
    assert want in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # aid for an industry is aid (ruling 5); a defence industry is no economy
        ("Japan will provide grant aid for the revitalization of the fisheries industry.",
         "economy_trade"),
        ("They criticised the other state's moves to promote its arms industry.",
         "economy_trade"),
        # the economic situation of a third place named, not acted on together; one country's
        # own crisis; a survey for an industry's development is an aid project
        ("He outlined the economic situation in the region after the floods.",
         "economy_trade"),
        ("They agreed it is vital for the island state to overcome the current economic "
         "crisis soon.", "economy_trade"),
        ("Japan will carry out a survey for the development of the country's fishing "
         "industry.", "economy_trade"),
        # an energy or economic security dialogue is not defence cooperation
        ("They welcomed the launch of an energy security dialogue between the two states.",
         "alliance_security"),
        ("The first economic security dialogue between the three countries met in May.",
         "alliance_security"),
    ],
)
def test_near_misses(text: str, theme: str) -> None:
    assert theme not in _themes(text)
