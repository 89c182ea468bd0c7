"""The economy's reform and industries, and the building of infrastructure, as what the sides
take up in a Japanese record (「経済改革」, 「産業協力」, 「インフラ整備」) are economy_trade; a
ministry's name is not (nor a country's own growth: tests/test_theme_us_style.py)."""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


@pytest.mark.parametrize(
    "text",
    [
        "両外相は、港湾や道路のインフラ整備での協力を今後も進めることを確認しました。",
        "先方大臣から、同国が進める経済改革への日本の支援に謝意が表明されました。",
        "両首脳は、自動車分野を含む産業協力を一層進めることで一致しました。",
        "大統領から、裾野産業育成に対する日本の協力に期待する旨の発言がありました。",
        "両国は、観光産業振興のための協力を強化することで一致しました。",
    ],
)
def test_japanese_economic_fields_count(text: str) -> None:
    assert "economy_trade" in {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    "text",
    [
        "会談には経済産業省の担当者が同席しました。",
        "両首脳は、防衛力整備について意見交換を行いました。",
    ],
)
def test_a_ministry_or_another_build_up_is_not(text: str) -> None:
    assert "economy_trade" not in {m.theme for m in tag(text)}
