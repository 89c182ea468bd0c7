"""Japanese wordings read as their English counterparts, and a pandemic named as a time.

Categories from the Japanese dev pages restored this session and the misses of fresh8 (a
dev set now), issue 14; sentences written in our own words:

- China as 中 in a compound with another side (「日中関係」, 「米中関係」, 「日中外相会談」) is
  `china`, as "Japan-China relations" is; 「訪日中」 (visiting Japan) and the trilateral
  framework's name are not;
- the building of infrastructure alone (「インフラ整備」) is aid or a country's own
  development, `economy_trade` only beside the economy, trade or investment, as the English
  "infrastructure development";
- countermeasures against infectious diseases in general (「感染症対策」) are `covid19` only
  beside a mention of COVID-19;
- "since the COVID-19 pandemic" names a time in passing, as "after" and "before" do.
"""

from __future__ import annotations

import pytest

from policytrends.taxonomy import tag

CN, ET, CV = "china", "economy_trade", "covid19"

# (sentence, theme, whether the sentence must carry the theme)
CASES: list[tuple[str, str, bool]] = [
    # China in a compound with another side
    ("大臣から、最近の日中関係について説明を行いました。", CN, True),
    ("両首脳は、米中関係の今後の動向について意見交換を行った。", CN, True),
    ("外相は、前日に行われた日中外相会談の結果を紹介しました。", CN, True),
    ("日中両国の間の人的交流の拡大に言及がありました。", CN, True),
    ("総理は、訪日中のブラジル大統領と会談しました。", CN, False),
    ("同大臣は日中、市内の港湾施設を視察しました。", CN, False),
    ("日韓中外相会議の成功に向けて連携することで一致しました。", CN, False),
    ("滞米中の大臣は、電話で先方と意見交換を行いました。", CN, False),
    # the building of infrastructure
    ("大臣から、質の高いインフラ整備を通じた連結性の強化に取り組む旨述べました。", ET, False),
    ("式典では、同国の経済発展やインフラ整備の進展を祝う挨拶がありました。", ET, False),
    ("両外相は、貿易・投資の促進とインフラ整備での協力を確認しました。", ET, True),
    ("両国は、鉄道のインフラ整備分野における協力を進めることで一致しました。", ET, True),
    ("日本企業による港湾のインフラ整備への参画を歓迎しました。", ET, True),
    # infectious diseases in general
    ("脱炭素やデジタル、感染症対策など新しい分野での協力を確認しました。", CV, False),
    ("新型コロナウイルス感染症対策での協力を確認しました。", CV, True),
    ("新型コロナの流行を受け、感染症対策での連携を確認しました。", CV, True),
    # a pandemic named as a time
    ("The President was the first foreign leader to stay at the palace since the COVID-19 "
     "pandemic.", CV, False),
    ("It was their first meeting in person since the coronavirus outbreak.", CV, False),
    ("They discussed the recovery of tourism from the COVID-19 pandemic.", CV, True),
    ("The two leaders agreed to cooperate on vaccines since the pandemic is not over.",
     CV, True),
]


@pytest.mark.parametrize(("text", "theme", "present"), CASES)
def test_theme_present_or_not(text: str, theme: str, present: bool) -> None:
    assert (theme in {m.theme for m in tag(text)}) is present
