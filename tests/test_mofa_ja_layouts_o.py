"""Japanese MOFA layouts and phrasings met on unseen pages (dev set mofa_ja_o) and in last
session's blind misses (fresh6): the local day written 「現地時間の5日」, Japan's day in a
bracket of its own brackets, attendees of a courtesy call (「表敬には、…が同席しました」) with
three-character full names, a secretary's title joined by 「・」, the Captains Regent (執政), an
envoy posted in Tokyo (「在京X国臨時代理大使」), a group of envoys that names nobody
(「…同盟諸国大使」) and older spellings of country names. Every text here is written for these
tests, reproducing a layout, never copied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mofa_ja_readouts import analyse_lead, read_page

from policytrends import extract
from policytrends.extract.countries_ja import countries_in_ja
from policytrends.extract.mofa_ja_people import find_people_ja, rank_ja
from policytrends.extract.naming import family_name
from policytrends.records import Meeting


def _names(analysis: extract.Analysis) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in analysis.participants}


# --- dates ----------------------------------------------------------------------------------

def _meeting(lead: str, published: str) -> Meeting:
    meeting = analyse_lead(lead, published).meeting
    assert meeting is not None
    return meeting


def test_the_local_day_may_be_written_with_no() -> None:
    m = _meeting("平成29年3月8日\n\n 会議出席のためガーナ・アクラを訪問中の"
                 "山本外務大臣政務官は,現地時間の8日,10時から約20分間,"
                 "コフィ・メンサ・ガーナ共和国大統領を表敬したところ,概要以下のとおりです。\n",
                 "2017-03-08")
    assert (m.date, m.start_local, m.duration_min) == (date(2017, 3, 8), "10:00", 20)


def test_japan_s_day_inside_a_bracket_with_its_own_brackets_is_not_the_meeting_s() -> None:
    # the local clock, then Japan's next day with its weekday in brackets of its own
    m = _meeting("平成29年5月18日\n\n本18日(木曜日),午後2時10分(現地時間;"
                 "日本時間19日(金曜日)午前3時10分)から約30分間,国連の会合出席のため"
                 "ニューヨークを訪問中の山本外務大臣は,エマ・ブラウン・ニュージーランド"
                 "外務大臣と会談を行ったところ,概要は以下のとおりです。\n", "2017-05-18")
    assert (m.date, m.start_local, m.location_country) == (date(2017, 5, 18), "14:10", "USA")


def test_a_day_written_alone_still_dates_the_meeting() -> None:
    # (the negative of the rule above: a day alone, with no Japan-time mark, is the meeting's)
    m = _meeting("平成29年5月20日\n\n 19日,午後2時から約30分間,山本外務大臣は,"
                 "訪日中のエマ・ブラウン・ニュージーランド外務大臣と会談を行ったところ,"
                 "概要は以下のとおりです。\n", "2017-05-20")
    assert m.date == date(2017, 5, 19)


def test_two_meetings_each_timed_have_no_one_length() -> None:
    m = _meeting("令和3年2月4日\n\n ペルーを訪問中の山本外務大臣は、現地時間2月4日午前10時から"
                 "約1時間、ルイス・ソト外務大臣との間で外相会談を行い、その後午後1時から30分間、"
                 "マリア・ベガ大統領を表敬しました。これらの概要は以下のとおりです。\n",
                 "2021-02-04")
    assert (m.start_local, m.duration_min) == ("10:00", None)


def test_a_meal_after_the_talks_keeps_the_talks_length() -> None:
    m = _meeting("令和3年2月4日\n\n 本4日,午後6時から約1時間,山本内閣総理大臣は,訪日中の"
                 "ルイス・ソト・ペルー共和国大統領と首脳会談を行い,続いて午後7時15分から約1時間,"
                 "同大統領と夕食会を行ったところ,概要は以下のとおりです。\n", "2021-02-04")
    assert (m.start_local, m.duration_min) == ("18:00", 60)


_VISIT_OVERVIEW = ("中南米\nルイス・ソト・ペルー大統領の訪日(概要)\n平成23年6月10日\n\n"
                   "(1)ルイス・ソト・ペルー大統領は,実務訪問賓客として,6月7日から9日の日程で"
                   "訪日した。同大統領には,ベガ外務大臣等が同行した。\n\n"
                   "(2)8日には,山本総理との首脳会談及び総理主催夕食会等が行われた。"
                   "またベガ外務大臣と川村外務大臣との外相会談も実施された。\n\n"
                   "(3)9日には,同大統領は京都を訪問した。\n\n首脳会談概要\n\n"
                   "(1)両首脳は,経済関係の強化について意見交換。\n")


def test_an_older_overview_of_a_leader_s_visit_to_japan(tmp_path: Path) -> None:
    analysis = extract.analyse(read_page(tmp_path, _VISIT_OVERVIEW))
    m = analysis.meeting
    assert m is not None
    assert (m.date, m.level, m.parties, m.counterpart_countries, m.location_country) == (
        date(2011, 6, 8), "summit", 2, ("PER",), "JPN")
    assert _names(analysis) == {("ソト", "PER"), ("ベガ", "PER"), ("山本", "JPN"),
                                ("川村", "JPN")}


def test_a_visit_to_japan_announced_is_no_meeting(tmp_path: Path) -> None:
    text = ("報道発表\nルイス・ソト・ペルー大統領の訪日\n平成23年6月1日\n\n"
            "1 ルイス・ソト・ペルー大統領は,6月7日から9日まで訪日します。\n\n"
            "2 滞在中,山本総理との首脳会談等が行われる予定です。\n")
    assert extract.analyse(read_page(tmp_path, text)).meeting is None


_OLDER_TRIP = ("外務本省\n山本外務副大臣の東部アフリカ訪問\n(概要と評価)\n\n平成15年8月20日\n\n"
               "1.概要\n\n 山本外務副大臣は8月10日から16日にかけ、ケニア及びタンザニアを訪問し、"
               "各国要人と二国間関係等につき意見交換した。\n\n(1) ケニア(8月10~12日)\n\n"
               " 山本副大臣は農業省の施設を視察したほか(10日)、"
               "ジョン・カマウ大統領と会談した(11日)。"
               "大統領との会談では、二国間関係につき意見交換した。\n\n"
               "(2) タンザニア(8月12~16日)\n\n"
               " ペテロ・ムワンガ首相と会談を行った(13日)。\n")


def test_an_older_trip_report_dates_a_meeting_by_the_day_closing_its_clause(
        tmp_path: Path) -> None:
    m = extract.analyse(read_page(tmp_path, _OLDER_TRIP)).meeting
    assert m is not None
    assert (m.date, m.counterpart_countries) == (date(2003, 8, 11), ("KEN", "TZA"))


def test_a_day_closing_an_earlier_sentence_does_not_date_the_meeting(tmp_path: Path) -> None:
    # (the visit of 10日 closes its own sentence: not the talks' day)
    text = _OLDER_TRIP.replace("大統領と会談した(11日)。", "大統領と会談した。")
    text = text.replace("視察したほか(10日)、", "視察した(10日)。また、")
    m = extract.analyse(read_page(tmp_path, text)).meeting
    assert m is not None and m.date != date(2003, 8, 10)


# --- names ----------------------------------------------------------------------------------

def test_attendees_of_a_courtesy_call_with_three_character_full_names() -> None:
    analysis = analyse_lead("令和3年4月2日\n\n 4月2日午後3時から約20分間、山本一郎内閣総理大臣は、"
                            "訪日中のエマ・ブラウン・ニュージーランド外務大臣による表敬を受けたところ、"
                            "概要は以下のとおりです。なお、表敬には、川村太郎外務大臣、坂上学内閣官房副長官、"
                            "黄川田総理大臣補佐官ほかが同席しました。\n", "2021-04-02")
    assert _names(analysis) == {("山本", "JPN"), ("ブラウン", "NZL"), ("川村", "JPN"),
                                ("坂上", "JPN"), ("黄川田", "JPN")}


def test_a_secretary_s_title_joined_by_a_middle_dot() -> None:
    (person,) = find_people_ja("ジョン・ワンジク・ケニア共和国外務・ディアスポラ担当長官"
                               "(Hon. Dr. John Wanjiku)と会談しました。")
    assert (person.name, person.country) == ("ジョン・ワンジク", "KEN")
    assert rank_ja(person.title) == "cabinet"
    (other,) = find_people_ja("ハジ・アリ・ブルネイ外務・政務・司法長官と会談しました。")
    assert (other.name, other.country) == ("ハジ・アリ", "BRN")


def test_the_captains_regent_are_heads_of_state() -> None:
    found = find_people_ja("マルコ・ロッシ・サンマリノ執政と会談しました。")
    assert [(p.name, p.country) for p in found] == [("マルコ・ロッシ", "SMR")]
    assert rank_ja("執政") == "head"


def test_an_envoy_posted_in_tokyo_is_his_country_s() -> None:
    found = find_people_ja("山本外務副大臣は,パブロ・ルイス在京ペルー臨時代理大使"
                           "(Mr. Pablo RUIZ)と意見交換を行いました。")
    assert [(p.name, p.country) for p in found][1:] == [("パブロ・ルイス", "PER")]
    # Japan's own ambassador posted abroad: 「在X大使」 stays Japan's
    found = find_people_ja("(我が方同席:石田在インドネシア大使)")
    assert [(p.name, p.country) for p in found] == [("石田", "JPN")]


def test_a_group_of_envoys_names_nobody() -> None:
    found = find_people_ja("山本外務副大臣は,在東京の南米共同市場諸国大使である,"
                           "パブロ・ルイス駐日ペルー大使と意見交換を行いました。")
    assert [p.name for p in found] == ["山本", "パブロ・ルイス"]


def test_exchanges_headed_by_their_officials_after_an_event_attended() -> None:
    analysis = analyse_lead("平成20年2月9日\n\n1. 山本外務大臣は、2月9日20時より約2時間、"
                            "シュミット・ザクセン州首相主催の夕食会に出席した。\n\n"
                            "2. ジョン・ブラウン米国防長官との立ち話\n\n"
                            "両者は同盟の強化を確認した。\n\n"
                            "3. ヤン・ノヴァク・チェコ外相との立ち話\n\n"
                            "両大臣は関係の強化で一致した。\n",
                            "2008-02-09")
    m = analysis.meeting
    assert m is not None
    assert (m.counterpart_countries, m.parties, m.level) == (("USA", "CZE"), 2, "ministerial")
    assert _names(analysis) == {("山本", "JPN"), ("ブラウン", "USA"), ("ノヴァク", "CZE")}
    # the dinner's clock and length are the event's, not the exchanges'
    assert (m.start_local, m.duration_min) == (None, None)


def test_exchanges_headed_by_their_officials_keep_a_timed_lead_of_their_own() -> None:
    analysis = analyse_lead("平成20年2月9日\n\n1. 山本外務大臣は、2月9日20時より約2時間、"
                            "各国の外相と懇談した。\n\n2. ジョン・ブラウン米国防長官との立ち話\n\n"
                            "両者は同盟の強化を確認した。\n", "2008-02-09")
    m = analysis.meeting
    assert m is not None and (m.start_local, m.duration_min) == ("20:00", 120)


def test_kanji_glued_to_a_katakana_word_is_no_name() -> None:
    # a state premier (州首相) and the chair of a conference named after its city: the kanji
    # end a place's or a body's name; a kanji name after 「・」 is still read
    assert find_people_ja("シュミット・ザクセン州首相主催の夕食会に出席した。") == []
    assert find_people_ja("テルチック・ミュンヘン安全保障会議議長に謝意を述べた。") == []
    (person,) = find_people_ja("会談には、朴振(パク・チン)韓国外交部長官が出席した。")
    assert person.name == "朴振"


def test_a_visit_to_one_country_then_a_section_headed_by_its_official() -> None:
    analysis = analyse_lead("令和元年7月26日\n\n山本外務副大臣は,7月24日から25日まで"
                            "ポルトガルを訪問し,同国要人と会談等を行ったところ,"
                            "概要は以下のとおりです。\n\n"
                            "1 ソアレス外務副大臣との会談\n\n冒頭,山本副大臣から,コスタ首相からの"
                            "お見舞いの言葉に謝意を述べました。\n", "2019-07-26")
    m = analysis.meeting
    assert m is not None
    assert (m.counterpart_countries, m.location_country) == (("PRT",), "PRT")
    # the Prime Minister only mentioned in the point is not at the table
    assert _names(analysis) == {("山本", "JPN"), ("ソアレス", "PRT")}


def test_a_visit_with_no_talks_in_its_clause_gives_no_place() -> None:
    analysis = analyse_lead("令和元年7月26日\n\n7月24日,山本外務副大臣は,ポルトガルを訪問し,"
                            "日本庭園を視察した後,帰国しました。同日,東京でエマ・ブラウン・"
                            "ニュージーランド外務大臣と電話会談を行いました。\n", "2019-07-26")
    m = analysis.meeting
    assert m is not None and m.location_country is None


def test_a_chinese_official_of_the_state_council() -> None:
    (person,) = find_people_ja("訪日中の呉建国中国国務院副総理と会談を行った。")
    assert (person.name, person.country) == ("呉建国", "CHN")
    assert family_name(person.name, person.country, "", language="ja") == "呉"


def test_a_crown_prince_of_an_emirate_is_the_union_s() -> None:
    (person,) = find_people_ja("ハリド・ビン・サイフ・アール・ナヒヤーン・アブ・ダビ首長国皇太子と"
                               "会談を行った。")
    assert (person.name, person.country, person.title) == (
        "ハリド・ビン・サイフ・アール・ナヒヤーン", "ARE", "皇太子")


def test_an_organisation_s_name_is_no_person() -> None:
    assert find_people_ja("山本外務副大臣は,中米統合機構事務総長と会談を行った。")[1:] == []
    (person,) = find_people_ja("ルイス・ソト中米統合機構(SICA)事務総長と会談を行った。")
    assert (person.name, person.country) == ("ルイス・ソト", "SICA")


# --- countries ------------------------------------------------------------------------------

def test_older_spellings_of_country_names() -> None:
    found = dict(countries_in_ja("マラウィ、スワジランド及び東チモールを訪問し、"
                                 "ヴェトナムの代表と会談した"))
    assert set(found) == {"MWI", "SWZ", "TLS", "VNM"}


def test_the_first_of_several_deputies_is_named_before_hitto() -> None:
    found = find_people_ja("山本政務官は,マルコス・ベガ筆頭外務副大臣と会談を行い,"
                           "ルイス・ソト筆頭外務次官とも会談しました。")
    assert [(p.name, rank_ja(p.title)) for p in found][1:] == [
        ("マルコス・ベガ", "other"), ("ルイス・ソト", "other")]
    # 「筆頭」 alone is no name: 「筆頭副大臣が出席」 names nobody
    assert find_people_ja("会合には筆頭副大臣が出席しました。") == []
