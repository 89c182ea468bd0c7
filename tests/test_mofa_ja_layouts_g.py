"""Japanese MOFA layouts and phrasings met on unseen pages (dev set mofa_ja_g): older pages'
「以下の通り」, a foreign ministers' 「協議」 captured without its date line, a given name in
hiragana, a party department's head, a name written with a variation selector, a country
written 「…独立国」. Every text here is written for these tests, reproducing a layout, never
copied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from mofa_ja_readouts import analyse_lead as _lead
from mofa_ja_readouts import read_page as _read

from policytrends import extract
from policytrends.extract.mofa_ja_people import find_people_ja, rank_ja
from policytrends.japanese import fold

_DINNER = ("大洋州\n\n平成27年3月4日\n写真\n\n 3月3日(火曜日)午後7時から,山川たかし大臣政務官は、"
           "我が国の招待により来日中のジョン・スミス(Mr. John SMITH)ツバル国連常駐代表,"
           "メアリー・ブラウン(Ms. Mary BROWN)サモア独立国国連常駐代表を迎えて夕食会を主催し"
           "意見交換を行ったところ, 概要は以下の通りです。\n\n1. 山川大臣政務官より,訪日を歓迎する"
           "旨述べました。\n\n大洋州へ戻る\n")


def test_an_older_page_s_overview_written_dori_is_read_as_mofa_s(tmp_path: Path) -> None:
    rec = _read(tmp_path, _DINNER)
    assert (rec.source, rec.language) == ("mofa", "ja")
    analysis = extract.analyse(rec)
    m = analysis.meeting
    assert m is not None
    assert (m.date, m.level, m.parties, m.location_country, m.start_local) == (
        date(2015, 3, 3), "other", 3, "JPN", "19:00")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山川", "JPN"), ("スミス", "TUV"), ("ブラウン", "WSM")]


def test_a_dated_text_without_meeting_wording_is_no_mofa_page(tmp_path: Path) -> None:
    rec = _read(tmp_path, "お知らせ\n\n2015年3月4日\n\n当店の営業時間は以下の通りです。"
                          "平日は午前10時から午後7時まで営業しております。ご来店をお待ちしております。"
                          "なお、祝日は休業いたします。よろしくお願いいたします。\n")
    assert rec.source != "mofa"


def test_a_foreign_ministers_consultation_captured_without_its_date_line(tmp_path: Path) -> None:
    rec = _read(tmp_path, "22日(水曜日)15時頃(ニューヨーク時間)から約40分間,国連総会出席のため"
                          "ニューヨークを訪問中の山川外務大臣は,スミスEU外務・安全保障政策上級代表"
                          "との間で,日・EU外相協議を行ったところ,概要以下のとおり。\n1.日・EU関係\n"
                          "- (1) スミス上級代表より,協力していきたい旨述べました。\n")
    assert rec.source == "mofa"
    m = extract.analyse(rec).meeting
    assert m is not None and (m.counterpart_countries, m.location_country) == (("EU",), "USA")


@pytest.mark.parametrize("lead, want", [
    ("本3日,山川たかし大臣政務官は,スミス外務大臣と会談しました", [("山川", "JPN", "大臣政務官")]),
    ("吉野ゆうか外務大臣政務官は", [("吉野", "JPN", "外務大臣政務官")]),
])
def test_a_given_name_in_hiragana(lead: str, want: list) -> None:
    assert [(p.name, p.country, p.title) for p in find_people_ja(lead)][:1] == want


@pytest.mark.parametrize("lead", [
    "本日の会合に出席した大臣は", "この分野を担当する大臣と", "会議に参加される首相は",
    "両国の関係について大臣は",
])
def test_words_in_hiragana_before_a_title_are_no_given_name(lead: str) -> None:
    assert find_people_ja(lead) == []


def test_a_party_department_s_head_is_below_the_cabinet() -> None:
    analysis = _lead("本10日午前10時から約20分間,山川外務大臣は,訪日中の李明・中国共産党中央"
                     "対外連絡部長との間で会談を行いました。", "2009-11-10")
    m = analysis.meeting
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山川", "JPN"), ("李", "CHN")]
    assert m is not None and (m.level, m.counterpart_countries) == ("other", ("CHN",))
    assert rank_ja("中国共産党中央対外連絡部長") == "other"


def test_a_name_written_with_a_variation_selector() -> None:
    assert fold("辻\U000e0100清人") == "辻清人" and fold("葛\ufe00城") == "葛城"
    analysis = _lead("6月2日から5日まで、辻\U000e0100次郎外務副大臣は、スミス英国外務次官と懇談を"
                     "行いました。", "2024-06-06")
    assert [p.family_name for p in analysis.participants][0] == "辻"
