"""Japanese MOFA layouts and phrasings met on unseen pages (dev set mofa_ja_n) and in last
session's blind misses (fresh5, fresh4): a capture whose first line is the site's region or
the country's own name, a policy forum held with Japan's side named, a patronymic name the
text never shortens, a Japanese official with a given name in katakana, a former official,
officials only mentioned (a visit's results after the Latin name, the host of an event
attended), a Prime Cabinet Secretary holding a portfolio, a courtesy call from people who
hold no office, a domestic meeting and foreign envoys met unnamed, Central America (中米),
a portfolio before a title, 「アブー」 and a family name beginning with 兼. Every text here is
written for these tests, reproducing a layout, never copied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mofa_ja_readouts import analyse_lead
from mofa_ja_readouts import read_page as _read

from policytrends import extract
from policytrends.extract.countries_ja import countries_in_ja
from policytrends.extract.mofa_ja_people import find_attendees_ja, find_people_ja
from policytrends.extract.naming import family_name
from policytrends.sources.mofa_ja import looks_japanese_mofa


def _names(analysis: extract.Analysis) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in analysis.participants}


# --- detection ------------------------------------------------------------------------------

_REGION_FIRST = ("中東\n山川外務大臣政務官のヨルダン訪問(結果)\n"
                 "5月3日(水曜日),山川外務大臣政務官は,ヨルダンを訪問したところ,概要は以下のとおりです。\n"
                 "1 ヨルダン\n(1)アフマド・ハリーリ外務次官との会談(5月3日)\n\n\n"
                 "山川政務官から,地域の安定に向けて協力したい旨述べ,両国関係について意見交換を行いました。\n")


def test_a_capture_opening_with_its_region_line_is_mofa_s(tmp_path: Path) -> None:
    # no date line, no 「会談を行った」 in the lead: the region line counts as a category line
    rec = _read(tmp_path, _REGION_FIRST)
    assert (rec.source, rec.language) == ("mofa", "ja")
    m = extract.analyse(rec).meeting
    assert m is not None
    assert (m.counterpart_countries, m.level) == (("JOR",), "other")


def test_a_capture_opening_with_a_country_s_name_and_talks_held(tmp_path: Path) -> None:
    rec = _read(tmp_path, "ポルトガル共和国\n森川外務副大臣のポルトガル訪問(結果)\n"
                          "森川外務副大臣は,6月2日から3日までポルトガルを訪問し,同国要人と会談等を"
                          "行ったところ,概要は以下のとおりです。\n1 ロシャ外務副大臣との会談\n\n"
                          "両副大臣は二国間関係の強化で一致しました。\n")
    assert rec.source == "mofa"
    m = extract.analyse(rec).meeting
    assert m is not None and m.counterpart_countries == ("PRT",)


def test_news_text_under_a_country_line_is_no_mofa_page() -> None:
    # a country line and one ministry word are not enough without MOFA's own wording
    assert not looks_japanese_mofa("ポルトガル共和国\n現地の報道によると、首相は来週にも内閣改造を"
                                   "行う見通しだという。外務大臣の交代も取り沙汰されている。"
                                   "野党は反発を強めており、議会の審議は難航しそうだ。\n")


def test_a_policy_forum_held_with_japan_s_side_named(tmp_path: Path) -> None:
    text = ("中南米\n第9回日本・中米「対話と協力」フォーラムの開催結果\n令和2年3月4日\n"
            "- 平成30年5月7日,パナマ・シティにおいて,第9回日本・中米「対話と協力」フォーラムが"
            "開催されました。\n- このフォーラムには,日本側から森本太郎中南米局長,"
            "中米側から各国外務次官等が出席し,日・中米関係等について議論しました。\n")
    rec = _read(tmp_path, text)
    assert rec.source == "mofa"
    analysis = extract.analyse(rec)
    m = analysis.meeting
    assert m is not None
    assert (m.date, m.location_country, m.level) == (date(2018, 5, 7), "PAN", "other")
    assert _names(analysis) == {("森本", "JPN")}  # 「各国外務次官」 names nobody


# --- names ----------------------------------------------------------------------------------

def test_a_patronymic_name_the_text_never_shortens_is_named_by_its_patronymic() -> None:
    text = ("サーミー・ビン・ハーリド外務副大臣と会談しました。"
            "サーミー・ビン・ハーリド外務副大臣から")
    assert family_name("サーミー・ビン・ハーリド", "SAU", text, language="ja") == "ビン・ハーリド"


def test_a_patronymic_name_called_by_the_given_name_keeps_it() -> None:
    text = "ナーセル・ビン・ハマド外相と会談しました。ナーセル外相から謝意が述べられました。"
    assert family_name("ナーセル・ビン・ハマド", "QAT", text, language="ja") == "ナーセル"


def test_a_japanese_official_with_a_given_name_in_katakana() -> None:
    (person,) = find_people_ja("9月1日、大野エミリ外務大臣政務官は、訪日中の来賓と会談しました。")
    assert (person.name, person.country) == ("大野", "JPN")
    (second,) = [p for p in find_people_ja("森川外務副大臣及び大野エミリ外務大臣政務官は、")
                 if p.title == "外務大臣政務官"]
    assert second.name == "大野"


def test_a_country_s_mark_before_a_katakana_name_is_no_family_name() -> None:
    (person,) = find_people_ja("5日、英ジョンソン首相と電話会談を行いました。")
    assert person.name == "ジョンソン"


def test_a_former_official_met_is_at_the_table_with_the_mark_on_the_title() -> None:
    (person,) = find_people_ja("14日,ハーニー・ムアッシャル前国王顧問と会談を行いました。")
    assert (person.name, person.title) == ("ハーニー・ムアッシャル", "前国王顧問")


def test_an_official_named_for_an_earlier_visit_is_not_at_the_table() -> None:
    after_latin = ("本年2月のジョン・カマウ・ケニア共和国大統領(H.E. Dr. John KAMAU, President of "
                   "the Republic of Kenya)訪日の成果をフォローアップしていく旨述べました。")
    assert find_people_ja(after_latin) == []
    occasion = "本年5月のハリド・ヨルダン国王訪日の際に,両首脳間で一致したことを踏まえ"
    assert find_people_ja(occasion) == []


def test_the_host_of_an_event_attended_is_not_at_the_table_but_of_the_meal_is() -> None:
    forum = "15日,アリー・カタール国首長が主催する第5回ドーハ会議に出席しました。"
    assert find_people_ja(forum) == []
    dinner = "15日,アリー・カタール国首長が主催する夕食会に出席し,意見交換を行いました。"
    assert [p.name for p in find_people_ja(dinner)] == ["アリー"]


def test_a_prime_cabinet_secretary_holding_a_portfolio() -> None:
    (person,) = find_people_ja("ジョン・オチェング・ケニア共和国内閣筆頭長官兼外務・ディアスポラ"
                               "担当長官と会談しました。")
    assert (person.name, person.country) == ("ジョン・オチェング", "KEN")


def test_a_portfolio_before_the_title_is_no_part_of_the_name() -> None:
    (person,) = find_people_ja("アスアド・ビン・ターリク・アール・サイード・オマーン国閣僚評議会"
                               "担当副首相を表敬しました。")
    assert (person.name, person.country, person.title) == (
        "アスアド・ビン・ターリク・アール・サイード", "OMN", "副首相")


def test_abu_leads_the_name_it_is_part_of() -> None:
    text = "アブー・アル・ハリール特使と会談しました。アブー・アル・ハリール特使から"
    family = family_name("アブー・アル・ハリール", "KWT", text, language="ja")
    assert family == "アブー・アル・ハリール"


def test_a_japanese_attendee_whose_family_name_begins_with_ken() -> None:
    found = find_attendees_ja("会談を行いました(日本側:兼松内閣官房副長官補,"
                              "森外務省審議官他同席)。")
    assert [p.name for p in found] == ["兼松", "森"]
    # a compound title is still no name: 「首相兼外務大臣」 gives no 「相兼」
    assert all("兼" not in p.name for p in find_people_ja("ハッサン首相兼外務大臣と会談しました。"))


# --- meetings or not, level -----------------------------------------------------------------

def test_a_courtesy_call_from_people_who_hold_no_office_is_no_meeting() -> None:
    analysis = analyse_lead("令和7年2月3日\n\n 2月3日、10時から約30分間、"
                            "大野エミリ外務大臣政務官は、交流プログラムで訪日中のペルーからの日系人大学生4名の表敬を受けたところ、"
                            "概要は以下のとおりです。\n", "2025-02-03")
    assert analysis.kind != "meeting" and analysis.meeting is None


def test_a_courtesy_call_from_unnamed_envoys_is_a_meeting_ranked_as_envoys() -> None:
    analysis = analyse_lead("令和7年2月3日\n\n 2月3日、10時から約30分間、山川外務大臣は、"
                            "中米諸国の駐日大使による表敬を受けたところ、概要は以下のとおりです。\n",
                            "2025-02-03")
    assert analysis.meeting is not None and analysis.meeting.level == "other"


def test_japan_s_own_ambassadors_conference_is_a_domestic_meeting_with_no_level() -> None:
    analysis = analyse_lead("令和6年12月2日\n\n 12月2日、午後4時から、山川外務大臣は、"
                            "令和6年度欧州大使会議に出席し、参加した在欧州各国日本国大使と意見交換を行ったところ、"
                            "概要は以下のとおりです。\n", "2024-12-02")
    m = analysis.meeting
    assert m is not None
    assert (m.level, m.parties, m.counterpart_countries) == (None, None, ())
    assert _names(analysis) == {("山川", "JPN")}


# --- countries ------------------------------------------------------------------------------

def test_central_america_names_neither_china_nor_the_united_states() -> None:
    assert dict(countries_in_ja("日・中米関係の強化、中米5か国との協力")) == {"JPN": 1}
    assert set(dict(countries_in_ja("日中米3か国の協力"))) == {"JPN", "CHN", "USA"}


def test_the_united_nations_is_not_read_across_a_word_ending_in_koku() -> None:
    # 「第三国連携」 (cooperation in third countries) holds 「国連」 across two words
    assert dict(countries_in_ja("日本企業の第三国連携を支援し、両国連携を強化する")) == {"JPN": 1}
    assert dict(countries_in_ja("国連の会合で")) == {"UN": 1}
