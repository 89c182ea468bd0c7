"""Sources of energy and power named as a subject are climate_energy (issue 14).

Found on the dev sets of real pages (MOFA English and Prime Minister's Office pages, older
layouts among them): a solar power project, coal-fired power as a heading of what was
discussed, the fusion energy project, the oil situation, a country's energy mix, energy
paired with economic security, a stable supply of gas (gas developed, bought or joined in a
project is business, as the labels read it). The sentences are written in our own words.
Each class has wordings that must tag and near misses that must not (THEMES.md:
climate_energy covers energy security and clean energy; a word in passing, a name, does not
count).
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag


def _themes(text: str) -> set[str]:
    return {m.theme for m in tag(text)}


@pytest.mark.parametrize(
    "text",
    [
        # power from the sun, the wind, the earth's heat, water
        "He welcomed the progress of a solar power generation system built with Japan's "
        "support.",
        "They agreed to phase out unabated coal-fired power plants.",
        "The two sides agreed to look into cooperation on offshore wind and geothermal power.",
        "She spoke of hydropower as the island's main clean source of electricity.",
        "The leaders discussed wind power and the grid.",
        # coal and oil, the fusion project
        "Points discussed: the trade agreement, coal-fired thermal power, disaster risk.",
        "They exchanged views on the region, the oil situation and the reform of the UN.",
        "He stressed that the rise in oil prices hurts the island economies.",
        "Both sides will cooperate on the international fusion energy project.",
        # the mix of sources a country uses; energy beside economic security
        "Japan will help diversify the country's energy mix towards cleaner sources.",
        "He said Japan would support the conversion of the country's energy composition.",
        "Japanese firms will invest there from the viewpoint of energy and economic security.",
        # a stable supply of gas is energy security; gas beside other energy wording
        "Both welcomed the stable supply of LNG from the islands to Japan.",
        "He hoped for steady exports of reasonably priced Canadian LNG to Japan.",
        "They discussed Europe's natural gas supplies and energy security.",
        # Japanese
        "両首脳は、太陽光発電及び地熱発電分野での協力を確認した。",
        "総理は、石炭火力発電の扱いについて説明した。",
    ],
)
def test_energy_source_tags(text: str) -> None:
    assert "climate_energy" in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a coalition is no coal; a solar-named company or hack is no energy
        "They thanked the members of the coalition against the terrorist group.",
        "He raised the SolarWinds hack and other cyber incidents.",
        # the accident at a nuclear power plant is a disaster, not energy policy
        "He outlined the situation at the Fukushima Daiichi Nuclear Power Plant.",
        # a power plant or project named is infrastructure or a place (a dam breached in a war,
        # an aid project's progress, a plant rehabilitated)
        "He voiced sympathy over the breach of the dam at the Nova Hydroelectric Power Plant.",
        "She noted progress in the Rampur coal-fired power project and the port nearby.",
        "Japan offered its expertise for the rehabilitation of hydroelectric power plants.",
        # gas as a resource developed, a project joined or goods bought is business
        "He asked for Japanese companies' participation in the LNG project.",
        "They will cooperate in resource development including coal and natural gas.",
        "Regarding the import of LNG from the region, talks will go on.",
        # economic security alone is the economy's
        "They agreed to deepen cooperation on economic security and supply chains.",
    ],
)
def test_near_misses_are_not_energy(text: str) -> None:
    assert "climate_energy" not in _themes(text)
