"""A region as a trip's destination, a regulator's or an adviser's name, a household's
livelihood; North Korea in a Japanese compound; deterring a named adversary (issue 14,
session 12).

Found on the misses of the dev sets (`themes_n`, `us_dev_themes_n`, held-out v6 and the
fresh sets, all dev now). The sentences are written in our own words. Each class has a
sentence that must not tag and one with the same words about the subject that must
(THEMES.md: `asean` is ASEAN or its members as a group, not a region someone travelled to; a
title does not count; a word in passing does not count).
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # Southeast Asia as a part of the world, not ASEAN
        ("The minister summed up her recent trips to Southeast Asia and to Europe.", "asean"),
        ("Delegates of the Ship for Southeast Asian Youth called on him.", "asean"),
        ("He has visited India, South-East Asia and Africa this year.", "asean"),
        ("外相は東南アジア訪問の成果を説明した。", "asean"),
        # a regulator's or an adviser's title holding "trading" or "economic policy"
        ("Also present was the Chair of the Commodity Futures Trading Commission.",
         "economy_trade"),
        ("The list: the Attorney General; the Special Assistant to the President for Economic "
         "Policy; the Director of the Domestic Policy Council.", "economy_trade"),
        # a household's livelihood is not the nation's economic security
        ("Panelists spoke about women's economic security and access to child care.",
         "economy_trade"),
        ("The task force looked at the economic security of older Americans who care for "
         "relatives.", "economy_trade"),
        # 朝 as a morning, 朝露 as dew
        ("外相は本5日朝に発射された弾道ミサイルについて言及した。", "north_korea"),
        ("首相は翌日朝、朝露の残る庭園を視察した。", "north_korea"),
        # deterring without an adversary, a military commitment to a war elsewhere
        ("The funds help deter young people from joining gangs.", "alliance_security"),
        ("They discussed Europe's military commitment to Ukraine.", "alliance_security"),
    ],
)
def test_does_not_tag(text: str, theme: str) -> None:
    assert theme not in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the region beside ASEAN itself, and ASEAN by name
        ("They want a prosperous Southeast Asia and ASEAN centrality.", "asean"),
        ("She explained the results of her visits to the nations of Southeast Asia.", "asean"),
        ("Both leaders support ASEAN's outlook on the Indo-Pacific.", "asean"),
        ("両首脳は、東南アジア諸国連合(ASEAN)との協力を確認した。", "asean"),
        # trade, economic policy and economic security as subjects between the sides
        ("The two ministers agreed to expand trading between their ports.", "economy_trade"),
        ("The two sides coordinated economic policy toward the region.", "economy_trade"),
        ("Both sides will strengthen economic security, including supply chains.",
         "economy_trade"),
        # North Korea in a compound with the other side
        ("両外相は、露朝軍事協力の進展に深刻な懸念を表明した。", "north_korea"),
        ("首相は、日朝関係の現状について説明した。", "north_korea"),
        ("両首脳は、米朝首脳会談に向けて緊密に連携することで一致した。", "north_korea"),
        # deterring a named adversary, the military commitment behind it
        ("With the ally's strong military commitment behind it, Japan will deter North Korea "
         "from further launches.", "alliance_security"),
        ("The President reaffirmed America's military commitment to the region.",
         "alliance_security"),
    ],
)
def test_subject_tags(text: str, theme: str) -> None:
    assert theme in _themes(text)


def test_morning_and_compound_in_one_text() -> None:
    """A morning (本5日朝) and Japan-North Korea relations (日朝関係) side by side: only the
    compound is North Korea."""
    text = "本5日朝、外相は日朝関係について説明した。"
    passages = [m.matched for m in tag(text) if m.theme == "north_korea"]
    assert passages == ["日朝"]
