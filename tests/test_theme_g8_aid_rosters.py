"""The G8 summit as a subject, Japan's aid called "economic cooperation", rosters of states.

Categories from the misses of last session's blind sets (fresh8, held-out v9; dev sets now)
and the other dev sets (issue 14), with sentences written in our own words:

- the G8 (the summit process before 2014) counts as `g7` when its summit is a subject of the
  talks: one still to come, or its presidency (fresh6, fresh7, fresh8 labels); a G8 meeting
  named only as the occasion of the visit does not;
- MOFA calls Japan's aid "Japan's economic cooperation": aid alone is not `economy_trade`
  (the lead's ruling 5), while economic cooperation between the two sides is;
- a state named in a long roster of members (a coalition's joint statement) is not the
  theme of that state; a short list of situations still is;
- a government's spending on a public good at home ("investments in child care") is not
  trade or investment;
- North Korea's programmes named in a list ("its nuclear, missile, and abductions issues"),
  launches called "a flying object" (「飛翔体」, the 2009 pages' word) and the Peninsula's
  「核化」 are `nk_nuclear_missile` (and the list's abductions `abductions`) when North Korea
  is named; "a flying object" elsewhere is not (fresh8, mofa_ja_k).
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag

# (sentence, theme, whether the sentence must carry the theme), by category
CASES: list[tuple[str, str, bool]] = []

# the G8 summit as a subject (one to come, its presidency) is g7
CASES += [(text, theme, True) for text, theme in [
    ("The two leaders looked forward to working together ahead of the G8 Lakeside Summit "
     "due to take place in July.",
     "g7"),
    ("They agreed to meet again at the G8 Summit meeting to be held in Rome next month.",
     "g7"),
    ("The Prime Minister toured the press centre built for the G8 Summit to be held in the"
     " region this summer.",
     "g7"),
    ("Both ministers would coordinate closely toward the success of the upcoming G8 "
     "Northern Summit.",
     "g7"),
    ("The President praised Japan's handling of the G8 presidency this year.",
     "g7"),
    ("He promised full support in the preparations for the G8 Summit in the autumn.",
     "g7"),
]]

# a G8 meeting named as the occasion of the visit is not
CASES += [(text, theme, False) for text, theme in [
    ("The minister, who was in Genoa to attend the G8 Foreign Ministers' Meeting, met his "
     "counterpart for 30 minutes.",
     "g7"),
    ("The meeting was held on the sidelines of the G8 Summit in Scotland.",
     "g7"),
    ("On the occasion of the G8 Foreign Ministers' Meeting in Berlin, the two ministers "
     "talked about fisheries.",
     "g7"),
    ("The leaders recalled the G8 summit held there six years ago as they toured the town.",
     "g7"),
]]

# Japan's aid, called "Japan's economic cooperation", is not economy_trade (ruling 5)
CASES += [(text, theme, False) for text, theme in [
    ("The minister expressed her gratitude for Japan's economic cooperation in areas such "
     "as flood control and coast guard training.",
     "economy_trade"),
    ("He conveyed his appreciation for Japan's economic cooperation to his country over "
     "many decades.",
     "economy_trade"),
    ("The President thanked the Prime Minister for the economic cooperation provided by "
     "Japan after the cyclone.",
     "economy_trade"),
]]

# economic cooperation between the two sides is
CASES += [(text, theme, True) for text, theme in [
    ("The two ministers agreed to deepen economic cooperation between the two countries.",
     "economy_trade"),
    ("They reviewed the Japan-Peru economic cooperation framework.",
     "economy_trade"),
    ("He thanked Japan for its economic cooperation and for the growth of investment by "
     "Japanese companies.",
     "economy_trade"),
    ("The two sides welcomed the expansion of Japan's economic cooperation and trade with "
     "the region.",
     "economy_trade"),
]]

# a state named in a roster of members is not its theme
CASES += [(text, theme, False) for text, theme in [
    ("The members of the initiative - Ghana, Norway, Poland, Sweden, Ukraine, the United "
     "Arab Emirates, the United Kingdom, the United States, and Uruguay - met in Geneva.",
     "russia_ukraine"),
    ("Delegates came from Austria, Belgium, Ukraine, Portugal, Romania, Spain, and Chile "
     "for the workshop on cyber crime.",
     "russia_ukraine"),
    ("The forum's members, Brazil, India, China, Indonesia, Mexico, South Africa, and "
     "Turkey, issued a statement on tax.",
     "china"),
]]

# a short list of situations keeps its theme
CASES += [(text, theme, True) for text, theme in [
    ("They exchanged views on the situations in Ukraine, the Middle East, and East Asia.",
     "russia_ukraine"),
    ("The two discussed the humanitarian crises in Sudan, Haiti, and Ukraine.",
     "russia_ukraine"),
    ("They discussed regional affairs, including North Korea, China, and Russia.",
     "china"),
    ("The ministers talked about Ukraine, North Korea, and the Middle East.",
     "russia_ukraine"),
]]

# a government's spending on a public good at home is not economy_trade
CASES += [(text, theme, False) for text, theme in [
    ("The leaders stressed the need for broader investments in communities hit by crime.",
     "economy_trade"),
    ("States have made significant investments in child care as part of their budgets.",
     "economy_trade"),
    ("The task force discussed how investing in conservation can store more carbon.",
     "economy_trade"),
    ("Officials described new investments in community policing and violence prevention.",
     "economy_trade"),
]]

# investment in an economic field is
CASES += [(text, theme, True) for text, theme in [
    ("The leaders welcomed new investments in the automotive sector of both countries.",
     "economy_trade"),
    ("They discussed investment in clean energy manufacturing by companies of both sides.",
     "economy_trade"),
    ("The two sides agreed to promote investments in infrastructure across the region.",
     "economy_trade"),
]]


# North Korea's programmes in a list, "a flying object", the Peninsula's nuclearization
CASES += [
    ("They will coordinate on North Korea, including its nuclear, missile, and abductions "
     "issues.", "nk_nuclear_missile", True),
    ("They will coordinate on North Korea, including its nuclear, missile, and abductions "
     "issues.", "abductions", True),
    ("The two leaders said the launch of a flying object by North Korea was a threat.",
     "nk_nuclear_missile", True),
    ("両首脳は、北朝鮮による飛翔体の発射に強い懸念を示しました。", "nk_nuclear_missile", True),
    ("大統領から、朝鮮半島の核化への懸念が示されました。", "nk_nuclear_missile", True),
    ("The pilots reported a flying object near the airport during the air show.",
     "nk_nuclear_missile", False),
    ("They discussed Iran's nuclear, missile and drone activities.", "nk_nuclear_missile",
     False),
]


@pytest.mark.parametrize(("text", "theme", "present"), CASES)
def test_theme_present_or_not(text: str, theme: str, present: bool) -> None:
    assert (theme in {m.theme for m in tag(text)}) is present
