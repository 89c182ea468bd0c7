"""Japanese text helpers shared by the reader and the extractor: width folding and era years.

Japanese pages mix full-width and half-width forms (「２０２２年」, 「Ｇ７」, 「ＦＯＩＰ」); `fold`
gives them one form (NFKC, variation selectors dropped) so rules are written once. Era
years: 令和1 = 2019, 平成1 = 1989, 昭和1 = 1926; 元年 is year 1.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ERA_START", "KANJI", "KATAKANA", "fold", "era_year", "DATE_LINE", "date_of_line",
           "month_of_line"]

# the scripts of names, as the inside of a regex character class: 「林芳正」, 「ブリンケン」
KANJI = r"\u4e00-\u9fff々"
KATAKANA = r"\u30a1-\u30fa\u30fc"

ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}
_ERA = "|".join(ERA_START)
# a page's date line: 令和4年2月11日 / 平成26年7月29日 / 令和元年10月22日 / 2024年5月3日
DATE_LINE = re.compile(
    rf"^(?:(?P<era>{_ERA})\s*(?P<eyear>元|\d{{1,2}})|(?P<year>\d{{4}}))\s*年\s*"
    rf"(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日(?:\s*[（(][^）)]{{1,4}}[）)])?$"
)

# an older page's month heading over day-led points: 「平成20年12月」 then 「16日(火曜日)夕刻、…」
MONTH_LINE = re.compile(
    rf"^(?:(?P<era>{_ERA})\s*(?P<eyear>元|\d{{1,2}})|(?P<year>\d{{4}}))\s*年\s*"
    rf"(?P<month>\d{{1,2}})\s*月$"
)

# a press conference's stamp: 「(令和2年4月3日(金曜日)17時46分 於:本省会見室)」
STAMP = re.compile(rf"^[(（]\s*(?P<day>(?:{_ERA})\s*(?:元|\d{{1,2}})\s*年\s*\d{{1,2}}\s*月\s*"
                   rf"\d{{1,2}}\s*日).*於")


# variation selectors: invisible marks asking for a glyph variant (「辻󠄀」 is 辻 + U+E0100); a
# name written with one is the same name, so they are dropped with the width folding
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def fold(text: str) -> str:
    """NFKC: full-width letters and digits as ASCII, half-width katakana as full-width;
    variation selectors dropped (「辻󠄀清人」 is 「辻清人」)."""
    folded = unicodedata.normalize("NFKC", text)
    return folded if folded.isascii() else _VARIATION_SELECTORS.sub("", folded)


def era_year(era: str | None, year: str | None) -> int | None:
    """Western year of an era year ("令和", "4" -> 2022; "平成", "元" -> 1989), or of a
    plain four-digit year (era None)."""
    if not year:
        return None
    if era is None:
        return int(year)
    number = 1 if year == "元" else int(year)
    return ERA_START[era] + number - 1


def date_of_line(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date line such as 「令和4年2月11日」 (or of a press
    conference's stamp), else None."""
    line = fold(line).strip()
    stamp = STAMP.match(line)
    m = DATE_LINE.match(stamp["day"] if stamp else line)
    if not m:
        return None
    year = era_year(m["era"], m["eyear"]) if m["era"] else era_year(None, m["year"])
    assert year is not None
    return year, int(m["month"]), int(m["day"])


def month_of_line(line: str) -> tuple[int, int] | None:
    """(year, month) of a month heading such as 「平成20年12月」, else None."""
    m = MONTH_LINE.match(fold(line).strip())
    if not m:
        return None
    year = era_year(m["era"], m["eyear"]) if m["era"] else era_year(None, m["year"])
    assert year is not None
    month = int(m["month"])
    return (year, month) if 1 <= month <= 12 else None
