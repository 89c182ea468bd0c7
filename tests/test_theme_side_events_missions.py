"""A side event named as what was attended, and past missions in Iraq, name no theme.

Categories from the misses of fresh4 and fresh8 (the Prime Minister's Office itinerary
pages) and of held-out v4 and us_dev v6 (issue 14); sentences written in our own words:

- a leader "participated in the side-event on the Partnership for ... Investment": the
  name of another meeting (THEMES.md), not trade or investment as a subject of talks;
  cooperation under such a partnership still counts;
- Iraq named with Afghanistan as where forces served (past NATO missions) is not the
  Middle East as a subject; Iraq's own affairs still are.
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag

ET, ME = "economy_trade", "middle_east"

# (sentence, theme, whether the sentence must carry the theme)
CASES: list[tuple[str, str, bool]] = [
    ("After the photo session, the Prime Minister took part in the side-event on the "
     "Partnership for Global Infrastructure and Investment.", ET, False),
    ("He then attended a side event on the Clean Trade Initiative (CTI) and a dinner.",
     ET, False),
    ("The Prime Minister joined the side event of the Blue Ports Investment Platform in the "
     "afternoon.", ET, False),
    ("The leaders pledged to deepen cooperation under the Partnership for Global "
     "Infrastructure and Investment.", ET, True),
    ("At a side event, the two ministers agreed to expand trade in farm products.", ET, True),
    ("Danish troops have served with allied forces in the Balkans, in Afghanistan, and in "
     "Iraq.", ME, False),
    ("The Vice President praised Norway's contributions to NATO missions in Iraq and "
     "Afghanistan.", ME, False),
    ("The two leaders discussed the security situation in Iraq and Syria.", ME, True),
    ("They discussed the reconstruction of Iraq and support for its elections.", ME, True),
]


@pytest.mark.parametrize(("text", "theme", "present"), CASES)
def test_theme_present_or_not(text: str, theme: str, present: bool) -> None:
    assert (theme in {m.theme for m in tag(text)}) is present
