"""Japanese MOFA layouts and phrasings met on unseen pages (dev set mofa_ja_g): older pages'
「以下の通り」, a foreign ministers' 「協議」 captured without its date line, a given name in
hiragana, a party department's head, a name written with a variation selector, a country
written 「…独立国」, one side's attendees one a line, a page of several exchanges headed by
their officials, a group of envoys named only in the points, a visit to one country with a
schedule of days, a meal named by its host, states the Japanese country table lacked,
separate calls told on one page (「それぞれの概要」), a ministry of economy and planning, a
meeting held in two parts, a minister-designate, places a lead implies (an embassy visited,
the UN General Assembly), a state visit's schedule, a courtesy call captured without its
date line, the local day and times in a bracket, attendees labelled for each side. Every
text here is written for these tests, reproducing a layout, never copied."""

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


_ISLANDS = ("日本・太平洋島嶼国首脳会合(概要)\n\n平成28年9月22日\n\n1 NYを訪問中の山田一郎内閣総理"
            "大臣は,現地時間21日午前9時から約1時間,国連内会議場において,日本・太平洋島嶼国首脳"
            "会合を開催し,太平洋島嶼国首脳との間で協力を確認しました。\n\n2 冒頭,山田総理から,"
            "気候変動への取組について述べました。\n\n(太平洋島嶼国側出席者)\n\nタナカ・キリバス"
            "大統領\n\nアオキ・クック首相\n\nモリタ・マーシャル大統領\n\nイシイ・ナウル国会議員\n\n"
            "ウエノ太平洋諸島フォーラム事務局長\n")


def test_one_side_s_attendees_one_official_a_line(tmp_path: Path) -> None:
    analysis = extract.analyse(_read(tmp_path, _ISLANDS))
    m = analysis.meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries, m.location_country, m.level) == (
        6, ("KIR", "COK", "MHL", "NRU", "PIF"), "USA", "summit")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("タナカ", "KIR"), ("アオキ", "COK"), ("モリタ", "MHL"),
        ("イシイ", "NRU"), ("ウエノ", "PIF")]


@pytest.mark.parametrize("line, short, want", [
    ("アオキ・クック首相", True, ("アオキ", "COK")),
    ("イシイ・ソロモン国連常駐代表", True, ("イシイ", "SLB")),
    # outside an attendee list it may be a surname: 「ジョン・クック外務大臣」
    ("ジョン・クック外務大臣", False, ("ジョン・クック", None)),
])
def test_island_states_written_short_in_attendee_lists(line: str, short: bool, want: tuple
                                                      ) -> None:
    assert [(p.name, p.country) for p in find_people_ja(line, short_states=short)] == [want]


_ASIDES = ("APEC首脳会議における山田総理大臣と各国首脳の立ち話について\n\n平成24年9月9日\n\n9月8日,"
           "APEC首脳会議に出席するため,ウラジオストクを訪問中の山田総理大臣が会議場内にて各国首脳"
           "と立ち話を行ったところ,やり取りの概要以下のとおり。\n\n1 ブラウン・カナダ首相\n\n両首脳"
           "は,経済連携の交渉について連携していくことを確認した。\n\n2 日越関係\n\nグエン・ベトナム"
           "国家主席から,日本の支援に感謝の意が表明された。\n\n3 スミス・パプアニューギニア(PNG)"
           "首相\n\n山田総理から,再任をお祝いした。\n")


def test_a_page_of_several_exchanges_each_headed_by_its_official(tmp_path: Path) -> None:
    analysis = extract.analyse(_read(tmp_path, _ASIDES))
    m = analysis.meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries, m.location_country, m.date) == (
        2, ("CAN", "PNG"), "RUS", date(2012, 9, 8))  # a heading of a topic names nobody
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("ブラウン", "CAN"), ("スミス", "PNG")]


def test_officials_of_a_group_met_named_in_the_points() -> None:
    analysis = _lead("11月11日,17時30分から約30分間,山川外務副大臣は,太平洋同盟加盟国(ペルー,"
                     "チリ)の大使ら2名及びAPEC議長であるフィリピンの大使と会談を行ったところ,"
                     "概要は以下の通りです。\n\n- 冒頭,山川副大臣から,協力を深化させていきたい旨"
                     "発言しました。\n\n- ガルシア・ペルー大使(議長国)から,要望がありました。\n\n"
                     "- トーレス・チリ大使,ロペス・フィリピン大使より謝辞が述べられ,スミス米国"
                     "国務長官の訪問にも言及がありました。\n", "2015-11-13")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山川", "JPN"), ("ガルシア", "PER"), ("トーレス", "CHL"), ("ロペス", "PHL")]


_VISIT = ("日・カンボジア外相会談\n\n平成26年7月1日\n\n6月29日(日曜日)及び30日(月曜日),山川一郎"
          "外務大臣は,カンボジアを公式訪問したところ,概要は以下のとおり。\n\n1 日程の概要\n\n"
          "6月29日(日曜日)\n\n在留邦人との懇談\n\n6月30日(月曜日)\n\n日・カンボジア外相会談,"
          "ソク・ダラ副首相兼外相主催昼食会,ヘン・ソン首相表敬\n\n2 訪問の成果\n\nヘン・ソン首相,"
          "ソク・ダラ副首相兼外相との会談においては,協力を進めていくことで一致。\n")


def test_a_visit_to_one_country_with_a_schedule_of_days(tmp_path: Path) -> None:
    analysis = extract.analyse(_read(tmp_path, _VISIT))
    m = analysis.meeting
    assert m is not None
    assert (m.date, m.location_country, m.counterpart_countries, m.level, m.parties) == (
        date(2014, 6, 30), "KHM", ("KHM",), "ministerial", 2)
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山川", "JPN"), ("ソク", "KHM"), ("ヘン", "KHM")]


def test_a_visit_that_only_sets_the_scene_of_a_meeting() -> None:
    analysis = _lead("11月12日、ASEAN関連首脳会議出席のためカンボジアを訪問した山田総理は、"
                     "ジョン・サントス・フィリピン大統領と短時間の立ち話を行ったところ、概要以下の"
                     "とおり。\n\n山田総理から、連携していきたい旨述べました。\n\nこれに対し、"
                     "サントス大統領から、協力していきたい旨述べました。\n", "2022-11-12")
    m = analysis.meeting
    assert m is not None and m.counterpart_countries == ("PHL",)
    assert ("サントス", "PHL") in [(p.family_name, p.country) for p in analysis.participants]


def test_the_host_of_a_meal_named_by_its_host_is_at_the_table() -> None:
    found = find_people_ja("16日、スミス外務副大臣主催の昼食会において、意見交換を行いました。")
    assert [(p.name, p.title) for p in found] == [("スミス", "外務副大臣")]
    assert find_people_ja("16日、スミス外務副大臣主催のレセプションに出席しました。") == []


def test_states_the_japanese_table_lacked() -> None:
    from policytrends.extract.countries_ja import countries_in_ja
    codes = [c for c, _ in countries_in_ja("エルサルバドル及びベリーズ、バルバドス、コソボを訪問")]
    assert {"BLZ", "BRB", "XKX"} <= set(codes)


@pytest.mark.parametrize("text, found", [
    ("AU議長国であるエジプトの役割", True),  # the African Union by its Latin acronym
    ("(H.E. Mr. Paul AUSTIN, Minister)", False),  # not inside a Latin word
])
def test_the_african_union_written_au(text: str, found: bool) -> None:
    from policytrends.extract.countries_ja import countries_in_ja
    assert ("AU" in [c for c, _ in countries_in_ja(text)]) is found


def test_separate_courtesy_calls_told_on_one_page_are_each_bilateral() -> None:
    m = _lead("3月24日,山川外務副大臣は,訪日中の,アリエフ・カザフスタン外務次官及びカリモフ・"
              "ウズベキスタン外務次官による表敬を受けたところ,それぞれの概要は以下のとおりです。",
              "2016-03-29").meeting
    assert m is not None and (m.parties, m.counterpart_countries) == (2, ("KAZ", "UZB"))


def test_two_envoys_met_together_are_one_table() -> None:
    m = _lead("3月24日,山川外務副大臣は,アリエフ・カザフスタン外務次官及びカリモフ・ウズベキスタン"
              "外務次官による表敬を受けたところ,概要は以下のとおりです。", "2016-03-29").meeting
    assert m is not None and m.parties == 3


def test_a_minister_of_economy_and_planning() -> None:
    found = find_people_ja("山川外務大臣は,アーデル・ハリーリ・サウジアラビア王国経済企画大臣と")
    assert [(p.name, p.country, p.title) for p in found][1:] == [
        ("アーデル・ハリーリ", "SAU", "経済企画大臣")]


@pytest.mark.parametrize("lead, minutes", [
    ("本28日午前11時55分(現地時間。以下同じ。)から午後0時45分まで,また,午後2時40分から午後3時"
     "25分まで,トルコを訪問中の山川外務大臣は,スミス外務大臣と外相会談を行いました。", 95),
    # a range of another event after the meeting's own is not a part of it
    ("本28日午前11時から正午まで,山川外務大臣は,スミス外務大臣と外相会談を行い,午後2時から"
     "午後3時まで共同記者会見を行いました。", 60),
])
def test_a_meeting_held_in_two_parts(lead: str, minutes: int) -> None:
    m = _lead(lead, "2017-12-28").meeting
    assert m is not None and m.duration_min == minutes


def test_a_minister_designate_holds_no_cabinet_office() -> None:
    analysis = _lead("本5日午後5時10分頃から約20分間,山川外務大臣は,訪日中のマルセロ・ガルシア・"
                     "メキシコ合衆国次期外務大臣の表敬を受けました。", "2018-10-05")
    assert [(p.family_name, p.title) for p in analysis.participants][1:] == [
        ("ガルシア", "次期外務大臣")]
    assert analysis.meeting is not None and analysis.meeting.level == "other"
    assert rank_ja("次期外務大臣") == "other" and rank_ja("外務大臣") == "cabinet"


@pytest.mark.parametrize("lead, place", [
    ("2月27日、山川外務副大臣は、駐日チリ共和国大使館を訪問し、ロハス駐日大使と意見交換を"
     "行いました。", "JPN"),
    # Japan's own embassy abroad says nothing of the country
    ("2月27日、山川外務副大臣は、在チリ日本国大使館を訪問し、ロハス外務次官と意見交換を"
     "行いました。", None),
    ("本26日,11時から約40分間,国連総会出席中の山田内閣総理大臣は,セントラル・ホテル内で,"
     "ジョン・ムワンギ・ケニア大統領と会談を行いました。", "USA"),
    # the General Assembly named as a past event says nothing of the place
    ("本26日,山田内閣総理大臣は,先般の国連総会での演説に触れつつ,ジョン・ムワンギ・ケニア"
     "大統領と電話会談を行いました。", None),
])
def test_places_a_lead_implies(lead: str, place: str | None) -> None:
    m = _lead(lead, "2024-02-27").meeting
    assert m is not None and m.location_country == place


_STATE_VISIT = ("ケニア共和国\n\n山田総理大臣のケニア訪問(結果)\n\n平成28年8月28日\n\n 8月26日"
                "から28日まで,山田一郎内閣総理大臣はケニア共和国を訪問したところ,概要は以下のとおりです。"
                "日本の総理による訪問は2001年の川上次郎総理訪問以来15年ぶりです。\n\n1 主要日程\n\n"
                "(1)8月26日(金曜日)午前\n\n歓迎式典\n\n(2)8月28日(日曜日)夕刻\n\n首脳会談\n\n"
                "ムワンギ大統領夫妻主催夕食会\n")


def test_a_state_visit_s_schedule_and_an_earlier_visit_recalled(tmp_path: Path) -> None:
    analysis = extract.analyse(_read(tmp_path, _STATE_VISIT))
    m = analysis.meeting
    assert m is not None and (m.date, m.location_country) == (date(2016, 8, 28), "KEN")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("ムワンギ", "KEN")]


_CALL_PAID = ("イスラエル国\n山川外務大臣のコーエン・イスラエル首相への表敬\n12月25日,17時35分"
              "(イスラエル時間,日本時間26日0時35分)から約55分間,イスラエルを訪問中の山川太郎"
              "外務大臣は,ダビド・コーエン首相(H.E. Mr. David Cohen, Prime Minister)を表敬した"
              "ところ,概要は以下のとおりです。\n1 冒頭,山川大臣から,二国間関係を歓迎しました。\n")


def test_a_courtesy_call_captured_without_its_date_line(tmp_path: Path) -> None:
    rec = _read(tmp_path, _CALL_PAID)
    assert rec.source == "mofa"
    m = extract.analyse(rec).meeting
    assert m is not None
    assert (m.date, m.location_country, m.start_local, m.duration_min) == (
        None, "ISR", "17:35", 55)


@pytest.mark.parametrize("lead, day, minutes", [
    ("12月7日(現地時間6日午後4時45分から午後5時10分まで),ワシントンDCを訪問中の山川外務大臣は,"
     "韓国の朴明(パク・ミョン)外交通商部長官と会談を行いました。", date(2010, 12, 6), 25),
    # the local day of the month before
    ("3月1日(現地時間28日午後8時から午後9時まで),ワシントンDCを訪問中の山川外務大臣は,スミス"
     "国務長官と会談を行いました。", date(2011, 2, 28), 60),
    # Japan's time in the bracket: the date outside is the local one
    ("12月6日午後4時45分から約25分間(日本時間7日午前6時45分から),ワシントンDCを訪問中の山川"
     "外務大臣は,スミス国務長官と会談を行いました。", date(2010, 12, 6), 25),
])
def test_the_local_day_and_times_in_a_bracket(lead: str, day: date, minutes: int) -> None:
    m = _lead(lead, f"{day.year}-12-07" if day.month == 12 else "2011-03-01").meeting
    assert m is not None and (m.date, m.duration_min) == (day, minutes)


def test_attendees_labelled_for_each_side() -> None:
    analysis = _lead("6日,ワシントンDCを訪問中の山川一郎外務大臣は,韓国の朴明(パク・ミョン)韓国"
                     "外交通商部長官との間で日韓外相会談を行ったところ,概要以下のとおり(当方同席者:"
                     "川口アジア大洋州局長ほか,先方同席者:イ・ソンホ朝鮮半島平和交渉本部長ほか)。",
                     "2010-12-07")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山川", "JPN"), ("朴", "KOR"), ("川口", "JPN"), ("イ", "KOR")]


@pytest.mark.parametrize("point, place", [
    ("山田総理より、移住100周年の機会に訪日されたことを歓迎する旨述べた。", "JPN"),
    # a visit still to come says nothing of where this meeting was
    ("山田総理より、来年訪日されることを歓迎する旨述べた。", None),
])
def test_a_visit_to_japan_welcomed_as_made(point: str, place: str | None) -> None:
    m = _lead("7月9日(水曜日)、山田総理は、サミット・アウトリーチ会合に出席したルーラ・ブラジル"
              f"大統領と19時00分から約30分、首脳会談を行ったところ、概要は以下の通り。\n\n{point}\n",
              "2008-07-09").meeting
    assert m is not None and m.location_country == place


@pytest.mark.parametrize("who, family", [
    # the ruling house only in the Latin form: the family name as written there
    ("ハリド・ビン・ナーセル・サウジアラビア王国皇太子兼首相(H.R.H. Prince Khalid bin Nasser bin "
     "Abdulaziz Al-Saud, Crown Prince)", "Al-Saud"),
    # the katakana gives the house: kept in katakana
    ("ハリド・ビン・ナーセル・アール・サウード・サウジアラビア王国外務大臣(H.H. Prince Khalid bin "
     "Nasser Al-Saud, Minister)", "アール・サウード"),
    # no house in the bracket, never called by a shorter name: the patronymic as written
    # (ruling 3, "bin Salman"; as `naming` reads "Khalid bin Nasser")
    ("ハリド・ビン・ナーセル・サウジアラビア王国外務大臣(H.E. Mr. Khalid bin Nasser, Minister)",
     "ビン・ナーセル"),
])
def test_an_arab_ruling_house_given_only_in_latin(who: str, family: str) -> None:
    analysis = _lead(f"10月5日,山田内閣総理大臣は,{who}と電話会談を行いました。", "2023-10-05")
    assert [p.family_name for p in analysis.participants][1:] == [family]
