"""Rules of the Japanese country gazetteer (data; the names are in data/countries_ja.tsv).

Japanese joins one-character abbreviations into compounds: 日米 (Japan-U.S.), 日米韓,
日中韓, 米中. Each character of such a compound names a country. A compound starts with 日
only where 日 is not the day of a date or part of a time word (本日, 同日, 翌日, 15日...).
"""

from __future__ import annotations

import re

# one character -> country, inside compounds only (alone, 中 or 英 mean other things)
ABBREVIATIONS: dict[str, str] = {
    "日": "JPN", "米": "USA", "英": "GBR", "豪": "AUS", "印": "IND", "中": "CHN", "韓": "KOR",
    "朝": "PRK", "露": "RUS", "仏": "FRA", "独": "DEU", "伊": "ITA", "加": "CAN", "比": "PHL",
    "越": "VNM", "泰": "THA", "尼": "IDN", "墨": "MEX", "伯": "BRA", "蘭": "NLD", "星": "SGP",
    "馬": "MYS", "台": "TWN", "蒙": "MNG", "西": "ESP", "葡": "PRT",
}
_CHARS = "".join(ABBREVIATIONS)
_OTHERS = _CHARS.replace("日", "")
# characters that make 日 a day or a time word, not Japan: digits, 本日, 同日, 翌日, 毎日 ...
_DAY_BEFORE = ("0-9〇一二三四五六七八九十百何数今本同毎先翌前昨明当終半連祝平休曜月火水木金土"
               "訪来滞離帰在駐即両後全初元旧期週末上下中")
# 日米, 日米韓, 日中韓, 日・ASEAN ("日・" names Japan when a name follows), 日ASEAN, 日EU
JAPAN_COMPOUND = re.compile(
    rf"(?<![{_DAY_BEFORE}])日(?:[{_OTHERS}]+|(?=・\S)|(?=ASEAN|EU|NATO|アセアン))")
# compounds without Japan (米中, 米朝, 米英豪), only before words that make them one (and
# not inside a longer word, but after a counter: 「第2回米朝首脳会談」); the words after them
# include those after which the north_korea theme reads 朝 as North Korea (「露朝軍事協力」,
# 「米朝対話」, 「米朝合意」), so that the theme and the countries it names go together
OTHER_COMPOUND = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[0-9]回))[{_OTHERS}]{{2,4}}(?=関係|首脳|外相|外務|会談|間|両国|"
    rf"対立|協議|交渉|防衛|戦略|・|3か国|三か国|電話|同盟|共同|国交|会合|の間|軍事|協力|対話|合意|"
    rf"問題|条約|接近|プロセス|平壌)")
# one country's character between a name in katakana and a title: 「サルコジ仏大統領」,
# 「ケリー米国務長官」
TITLE_ABBREVIATION = re.compile(
    rf"(?<=[\u30a1-\u30fa\u30fc])[{_OTHERS}](?=大統領|副大統領|首相|外相|国務長官|国防長官|"
    rf"国防相|外務大臣|大使|国王)")
QUAD_COMPOUND = frozenset("日米豪印")
# phrases that hold a country name without naming the country
BLOCKING_PHRASES: tuple[str, ...] = (
    "インド太平洋", "インド洋", "インド・太平洋", "南シナ海", "東シナ海", "日本海", "朝鮮半島",
    "中東", "中南米", "中央アジア", "中国地方", "本日中", "今日中", "同日中", "日中間の時差",
    "アメリカ大陸", "ラテンアメリカ", "北米", "南米", "英語", "英文", "英訳", "米ドル",
    "訪日中", "来日中", "中米",
    # words of 「X国」 that name no country, kept whole so that 「国連」 is not read across
    # them: 「第三国連携」, 「両国連携」, 「各国連絡」
    "第三国", "両国", "各国", "他国", "自国", "相手国", "同国",
)
# blocking phrases that name no country unless right after one of these characters: 中米 is
# Central America (「日・中米関係」, 「中米5か国」), but 「日中米」 is Japan, China and the U.S.
BLOCKING_UNLESS_AFTER: dict[str, str] = {"中米": "日韓"}
# blocking phrases that still name a country (訪日中: visiting Japan)
BLOCKED_BUT_NAMING: dict[str, str] = {"訪日中": "JPN", "来日中": "JPN"}
# a country's mission to the UN written after a name ending in 国: 「カタール国連代表部」
UN_MISSION = re.compile(r"国連(?:代表部|常駐代表|常駐オブザーバー|大使)")
# ... and the UN read after one of the blocking words of 「X国」 when a word of the UN's own
# follows (「その他国連機関」, 「同国連大使」), not a verb's 連 (「両国連携」, 「各国連絡」)
UN_AFTER_BLOCKED = re.compile(r"国連(?:代表部|常駐代表|常駐オブザーバー|大使|機関|総会|安保理|"
                              r"安全保障理事会|事務総長|事務局|憲章|本部|加盟国|改革|平和維持)")
