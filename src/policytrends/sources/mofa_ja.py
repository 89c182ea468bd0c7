"""Japan MOFA Japanese pages (www.mofa.go.jp/mofaj/ and mirrors of 外務省・新着情報).

Part of the `mofa` source: `sources.mofa` reads a page and hands Japanese ones here. A
page is a category or breadcrumb line, a title (often absent on mirrors), a date line in
the Japanese calendar (令和4年2月11日), photo captions (「…の様子」), the lead, numbered
points, then closing links (「発信元サイトへ」, 「…へ戻る」). `parse_lines` keeps the title and
the record's own text (see ../shared/formats/MOFA.md, Japanese section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..extract.countries_ja import country_code_ja
from ..japanese import date_of_line, fold, month_of_line

__all__ = ["JapanesePage", "looks_japanese_mofa", "parse_lines"]

# --- rule tables (data) -------------------------------------------------------------
# category lines at the top of a page or a mirror's capture
CATEGORY_LINE = re.compile(
    r"^(?:外務省・?新着情報|外務省|報道発表|会談・訪問|会見・発表・広報|外交政策|国・地域|"
    r"新着情報|トップページ|ホーム|記者会見|大臣・副大臣・大臣政務官|外務大臣会見記録)$"
)
# the section a page sits in, its first line when the breadcrumb is gone: a region of
# MOFA's site (「中東」, 「中南米」, 「アフリカ」) or a country's own name (「ギリシャ共和国」,
# 「オマーン国」: `countries_ja` knows them)
REGION_LINE = re.compile(
    r"^(?:アジア|東アジア|東南アジア|南西アジア|南アジア|中央アジア|アジア大洋州|大洋州|北米|中南米|"
    r"欧州|西欧|中・東欧|中東|中東・北アフリカ|アフリカ|国際機関|外務本省)$"
)
# links and labels that are not text: mirrors' source links, back links, page-top links
FURNITURE_LINE = re.compile(
    r"^(?:発信元サイトへ|前のページへ戻る|このページのトップへ戻る|ページのトップへ戻る|"
    r".{1,30}へ戻る|English|Japanese|英語版|関連リンク|関連情報|印刷用ページ|PDF|"
    r"別ウィンドウで開く|\(?写真\s*\d*\)?|画像\s*\d*|\(?Photo\s*\d*\)?|"
    r"\(?写真提供[:：].*|\(?(?:写真|画像)(?:出典)?[:：].*|このページを(?:印刷|共有).*|"
    r"(?:Twitter|Facebook|LINE)(?:で共有)?|シェア)$",
    re.IGNORECASE,
)
# breadcrumbs: "トップページ > 会談・訪問 > ..." and the like
BREADCRUMB = re.compile(r"^(?:トップページ|ホーム|外務省)?\s*(?:[>＞›»]\s*)?.{0,40}"
                        r"(?:\s*[>＞›»]\s*.{1,60}){2,}$")
# link text glued to words in captures
GLUED_LINK_TEXT = re.compile(r"\s*(?:別ウィンドウで開く|\(別ウィンドウで開く\)|"
                             r"（別ウィンドウで開く）)\s*")
BULLET = re.compile(r"^\s*(?:[•・●◦▪*]|-(?=\s))\s*(?=\S)")
# a photo caption: a short line without a sentence end, describing a picture
CAPTION = re.compile(r"(?:の様子|様子|記念撮影|写真撮影|握手|挨拶する|あいさつする|会談に臨む|"
                     r"撮影に応じる|着席|出迎え|写真提供)(?:[(（][^)）]*[)）])?$"
                     # anywhere in a line: 「握手する両首脳 日・ベトナム首脳会談(写真提供:…)」
                     r"|写真提供|の様子|フォトセッション|記念撮影|握手を?する|握手を交わす")
# a title line: a headline with meeting vocabulary (no sentence end)
TITLE_WORDS = re.compile(r"会談|会合|会議|表敬|会食|懇談|訪問|協議|対話|立ち話|電話|概要|"
                         r"ランチ|ディナー|朝食|夕食|昼食|意見交換|声明|談話|発表|署名|来日|訪日")
# what only a Japanese MOFA page says: signals for detection
SIGNALS = (
    # 「概要は以下のとおり」, a visit's 「概要は以下及び別添のとおり」, older pages' 「以下の通り」
    re.compile(r"概要は?以下(?:及び別添)?の(?:とおり|通り)|ところ[、,]?以下のとおり"),
    re.compile(r"(?:外務大臣|内閣総理大臣|総理大臣|総理|外相|外務副大臣|外務大臣政務官)は"),
    re.compile(r"(?:会談|電話会談|テレビ会議|表敬|懇談|会食|会合|協議)等?を[^。]{0,10}?"
               r"(?:行|実施|受け)"
               # a policy dialogue held: 「第17回日本・中米「対話と協力」フォーラムが開催され」
               r"|(?:会談|会議|会合|委員会|協議|フォーラム|対話)[^。]{0,20}?が(?:開催|行われ)"
               # a courtesy call paid: 「…首相兼外務大臣を表敬したところ」
               r"|を表敬(?:訪問)?し(?:た|ました)"),
    re.compile(r"外務省・?新着情報|報道発表"),
    re.compile(r"外務大臣|外相|外務副大臣|外務大臣政務官|外務省|内閣総理大臣"),
    # a title line of an overview page: 「日・ASEAN特別首脳会議(概要)」
    re.compile(r"^.{2,60}[(（]概要[)）]\s*$", re.M),
    # a multilateral meeting's attendance in MOFA's words: 「(我が国から,岡田外務大臣が出席。」,
    # 「我が国より岡田大臣出席」
    re.compile(r"(?:我が国|本邦|日本側)(?:から|より)[,、]?[^。()]{0,30}?(?:が)?(?:出席|参加)"),
)
# MOFA's own lead, near the top of a capture that has no date or category line: a Japanese
# official by title as the subject (「…中根副大臣は」, 「薮中事務次官は、」, 「…内閣総理大臣は」)
# and, in the same sentence, a meeting held or a call paid (「…と会談を行い」, 「…を表敬しました」,
# 「…とワーキング・ディナーを行ったところ」, 「…意見交換を行い」)
OFFICIAL_LEAD = re.compile(
    r"(?:外務大臣|総理大臣|総理|外相|副大臣|政務官|事務次官|外務審議官)は[^。]{0,200}?"
    r"(?:(?:会談|電話会談|テレビ会議|表敬|懇談|会食|意見交換|立ち話|ランチ|ディナー|朝食会|昼食会|夕食会)"
    r"等?を[^。]{0,10}?(?:行|実施|受け)|を表敬(?:訪問)?し)")
# how many of a capture's first lines may come before its lead (a heading such as 「1 バチカン」)
LEAD_LINES = 3
# a lead whose sentence the capture cut before its 「。」: MOFA's overview phrase marks it
# (「7月22日、…において、…外相会議が開催されたところ、概要以下のとおり」)
LEAD_LINE = re.compile(r"ところ[、,]?\s*(?:その)?概要は?以下(?:及び別添)?の?(?:とおり|通り)")
NUMBERED = re.compile(r"^(?:\d{1,2}[.．、]?\s|[（(]\d{1,2}[)）]|[一二三四五六七八九十]\s)")
# ---------------------------------------------------------------------------------

_KANA = re.compile(r"[\u3040-\u30ff]")


def looks_japanese_mofa(text: str) -> bool:
    """A Japanese MOFA page or capture: a 和暦 or 年月日 date line near the top (or a
    category line) and MOFA's Japanese wording."""
    if len(_KANA.findall(text[:2000])) < 20:
        return False
    lines = [fold(ln).strip() for ln in text.splitlines()[:15] if ln.strip()]
    dated = any(date_of_line(ln) or month_of_line(ln) for ln in lines[:10])
    category = bool(lines) and _section_line(lines[0])
    hits = sum(1 for rx in SIGNALS if rx.search(text))
    # without a date line or a category line (a capture from the lead on, a page whose
    # first line is a country): MOFA's lead wording nearly in full, or MOFA's own lead
    return hits >= (1 if dated else 2 if category else 4) or any(
        OFFICIAL_LEAD.search(ln) for ln in lines[:LEAD_LINES])


def _section_line(line: str) -> bool:
    """A category line, or the region or country a page sits in (「中東」, 「ギリシャ共和国」)."""
    if CATEGORY_LINE.match(line) or REGION_LINE.match(line):
        return True
    return len(line) <= 20 and country_code_ja(line) is not None


@dataclass
class JapanesePage:
    """Title, date and body paragraphs of a Japanese page after furniture removal."""

    title: str | None = None
    published: date | None = None
    body: list[str] = field(default_factory=list)


def parse_lines(lines: list[str], known_title: str | None = None) -> JapanesePage:
    """Split a Japanese page's lines into title, page date and body, dropping furniture."""
    page = JapanesePage(title=_clean(known_title) if known_title else None)
    items = [c for c in (_clean(ln) for ln in lines) if c and not _is_furniture(c)]
    start = _body_start(items)
    header, body = items[:start], items[start:]
    # a mirror that put the points above the date line: sentences in the header are body
    # text, kept after the lead (the first sentence after the date is the lead)
    misplaced = [ln for ln in header if "。" in ln and len(ln) >= 20 and not _is_caption(ln)]
    body = body + misplaced
    header = [ln for ln in header if ln not in misplaced]
    heading = None
    for ln in header:
        day = date_of_line(ln)
        if day is not None:
            if page.published is None:
                page.published = _date(day)
            continue
        if month_of_line(ln) and heading is None:
            heading = ln  # kept: the month of the points' days (「16日(火曜日)夕刻、…」)
            continue
        if CATEGORY_LINE.match(ln) or _is_caption(ln):
            continue
        if page.title is None and _is_title(ln):
            page.title = ln
        # anything else in the header is a photo caption
    page.body = [ln for ln in (BULLET.sub("", b) for b in body)
                 if ln and ln != page.title and not _is_caption(ln)
                 and date_of_line(ln) is None]
    if heading is not None and page.published is None:
        page.body.insert(0, heading)
    return page


def _clean(line: str) -> str:
    line = line.replace("\u3000", " ").strip()
    if "ウィンドウ" in line:
        line = GLUED_LINK_TEXT.sub("", line)
    return " ".join(line.split())


def _is_furniture(line: str) -> bool:
    bare = BULLET.sub("", line)
    return bool(FURNITURE_LINE.match(fold(bare)) or BREADCRUMB.match(bare))


def _is_caption(line: str) -> bool:
    """A short line without a sentence end that describes a picture."""
    if "。" in line or len(line) > 80 or NUMBERED.match(line):
        return False
    return bool(CAPTION.search(line))


def _is_title(line: str) -> bool:
    return ("。" not in line and len(line) <= 80 and bool(TITLE_WORDS.search(line))
            and not LEAD_LINE.search(line))


def _body_start(items: list[str]) -> int:
    """Index of the first body line: a sentence (it has 「。」) or a numbered point, after
    the date line when there is one near the top."""
    date_at = next((k for k, ln in enumerate(items[:10]) if date_of_line(ln)), None)
    for k, ln in enumerate(items):
        if date_at is not None and k <= date_at:
            continue
        if CATEGORY_LINE.match(ln) or _is_caption(ln):
            continue
        if ("。" in ln and len(ln) >= 15 or NUMBERED.match(ln) and len(ln) >= 10
                or LEAD_LINE.search(ln)):
            return k
    return len(items) if date_at is None else date_at + 1


def _date(day: tuple[int, int, int]) -> date | None:
    try:
        return date(*day)
    except ValueError:
        return None
