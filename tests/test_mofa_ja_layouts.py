"""Japanese MOFA layouts and phrasings met on unseen pages (dev set mofa_ja_f): undated
captures of multilateral meetings, leads cut before their 「。」, older press-conference
records, trip sections that open with their country, attendee lists of several sides,
ambassadors of several countries met together, a visitor's arrival day before the meeting's.
Every text here is written for these tests, reproducing a layout, never copied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from mofa_ja_readouts import analyse_lead as _lead
from mofa_ja_readouts import read_page as _read

from policytrends import extract
from policytrends.extract import mofa_ja_rules as R
from policytrends.extract.mofa_ja_people import find_people_ja, rank_ja
from policytrends.extract.mofa_ja_trips import is_trip, read_trip

_MEKONG = ("8月4日(火曜日)18時から約1時間,ラオス・ビエンチャンにおいて,第9回日メコン外相会議が"
           "開催されたところ,概要は以下のとおりです(我が国から,山田外務大臣が出席。ソムサック・"
           "ラオス副首相兼外相(議長),ソパン・カンボジア外相,ティン・タイ外相が出席)。\n\n"
           "1 日メコン協力\n\n山田大臣から,メコン地域の連結性について説明しました。\n")


def test_an_undated_capture_of_a_multilateral_meeting_is_read_as_mofa_s(tmp_path: Path) -> None:
    rec = _read(tmp_path, _MEKONG)  # no date line, no title: MOFA's attendance wording
    assert (rec.source, rec.language) == ("mofa", "ja")
    analysis = extract.analyse(rec)
    m = analysis.meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries, m.location_country) == (
        4, ("LAO", "KHM", "THA"), "LAO")
    assert (m.start_local, m.duration_min, m.date) == ("18:00", 60, None)
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("ソムサック", "LAO"), ("ソパン", "KHM"), ("ティン", "THA")]


def test_a_news_report_of_the_same_meeting_is_no_mofa_page(tmp_path: Path) -> None:
    rec = _read(tmp_path, "8月4日、ビエンチャンで第9回日メコン外相会議が開かれ、山田外相が"
                          "出席した。"
                          "各国の外相は地域の連結性について議論し、協力を続けることで一致した。\n")
    assert rec.source != "mofa"


def test_a_lead_cut_before_its_full_stop_is_no_title(tmp_path: Path) -> None:
    rec = _read(tmp_path, "7月22日、ラオス・ビエンチャン(国立会議場)において、約1時間、日・ASEAN"
                          "外相会議が開催されたところ、概要以下のとおり\n(議長:ソムサック・ラオス"
                          "副首相兼外相、我が国より山田大臣出席)。\n1.日・ASEAN協力\n- (1) ASEAN"
                          "側より、日本の協力に謝意が表明された。\n")
    assert rec.source == "mofa" and rec.title is None
    m = extract.analyse(rec).meeting
    assert m is not None and (m.location_country, m.duration_min) == ("LAO", 60)


def test_an_overview_title_stays_the_title(tmp_path: Path) -> None:
    rec = _read(tmp_path, "第5回日メコン外相会議(概要)\n\n平成24年7月10日\n\n7月10日,プノンペンに"
                          "おいて,第5回日メコン外相会議が開催されたところ,概要は以下のとおりです。\n")
    assert rec.title == "第5回日メコン外相会議(概要)"


def test_an_older_press_conference_record_is_remarks(tmp_path: Path) -> None:
    rec = _read(tmp_path, "記者会見\n\n副大臣会見記録(平成20年5月)\n\n(山川副大臣)本日官邸に"
                          "おきまして"
                          "外務大臣、財務大臣が集まり、交渉の進め方について意見交換を行いました。\n\n(問)今日の"
                          "会合の狙いは何ですか。\n\n(山川副大臣)節目ごとにこのような会議が行われています。\n")
    assert rec.source == "mofa"
    assert extract.analyse(rec).kind == "remarks"


@pytest.mark.parametrize("line, speaker", [
    ("(問)今日の会合の狙いは何ですか。", True), ("(山川副大臣)本日官邸におきまして", True),
    ("(1)冒頭、山田大臣から歓迎の意を述べました。", False), ("(参考)日本とケニアの関係", False),
    ("(写真)会談の様子", False),
])
def test_a_speaker_in_round_brackets(line: str, speaker: bool) -> None:
    assert bool(R.SPEAKER.match(line)) is speaker


_TOUR = ("川田外務大臣政務官は、2月3日から2月10日まで、東部アフリカ諸国(ケニア、ウガンダ)を"
         "訪問しました。"
         "\n\n川田政務官の各国における会談等の概要は以下のとおりです。\n\n(1)ケニアでは、オモンディ"
         "副大統領への表敬訪問を行った他、ワンジル外務協力長官と会談し、投資協定について意見交換"
         "しました。\n\n(2)ウガンダでは、ムセベ首相への表敬訪問を行いました。")


def test_trip_sections_that_open_with_their_country() -> None:
    analysis = _lead(_TOUR, "2012-02-15")
    m = analysis.meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries, m.level, m.location_country) == (
        2, ("KEN", "UGA"), "other", None)
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("川田", "JPN"), ("オモンディ", "KEN"), ("ワンジル", "KEN"), ("ムセベ", "UGA")]


def test_a_section_opening_with_no_country_names_none() -> None:
    text = _TOUR.replace("(2)ウガンダでは、", "(2)会談では、")
    trip = read_trip(text, "", date(2012, 2, 15))
    assert trip.counterparts == ("KEN",)  # ムセベ: no country for his section
    assert is_trip(text, "")


_VISIT = ("山川外務副大臣は、1月8日から1月12日まで、中南米(ウルグアイ、パナマ)を訪問したところ、"
          "概要は以下のとおりです。\n\n1 ウルグアイ東方共和国(モンテビデオ)への訪問(1月8日~9日)\n\n"
          "ロペス外務大臣との昼食会\n\n日本企業関係者との朝食会\n\n山川副大臣は、朝食会を主催し、"
          "日系社会との連携について意見交換を行いました。")


def test_a_meal_heading_in_a_long_section_is_a_meeting() -> None:
    trip = read_trip(_VISIT, "", date(2026, 1, 20))
    assert trip.counterparts == ("URY",)
    assert [(p.family_name, p.country) for p in trip.participants] == [
        ("山川", "JPN"), ("ロペス", "URY")]  # businesspeople at breakfast are no officials
    assert trip.first_day == date(2026, 1, 8)


@pytest.mark.parametrize("lead, want", [
    ("日本側から西村明宏官房副長官ほかが同席", ("西村明宏", "JPN", "官房副長官")),
    ("ポサダ・コロンビア臨時代理大使より謝辞", ("ポサダ", "COL", "臨時代理大使")),
    ("ガンボア外務協力長官と会談し", ("ガンボア", None, "外務協力長官")),
    ("ゴヤル鉄道・商工大臣ほか", ("ゴヤル", None, "鉄道・商工大臣")),
    ("ガブリエラ・バルベルデ・ウルグアイ東方共和国内務大臣代行と会談し",
     ("ガブリエラ・バルベルデ", "URY", "内務大臣代行")),
])
def test_titles_met_on_unseen_pages(lead: str, want: tuple) -> None:
    assert [(p.name, p.country, p.title) for p in find_people_ja(lead)] == [want]


@pytest.mark.parametrize("title, rank", [
    ("官房副長官", "other"), ("臨時代理大使", "other"), ("内務大臣代行", "cabinet"),
    ("外務協力長官", "cabinet"),
])
def test_ranks_of_those_titles(title: str, rank: str) -> None:
    assert rank_ja(title) == rank


def test_an_acronym_is_no_official_s_name() -> None:
    assert find_people_ja("APEC議長であるフィリピンの大使と会談を行った") == []


def test_attendee_lists_of_two_sides_each_ending_hokaga() -> None:
    analysis = _lead("本9日午前11時から約40分間,山中一郎内閣総理大臣は,ラジ・クマール・インド首相と"
                     "首脳会談を行ったところ,概要は以下のとおりです。なお会談には、日本側から"
                     "川口次郎官房副長官ほかが、インド側からシン外務大臣ほかが同席しました。",
                     "2019-11-09")
    got = [(p.family_name, p.country) for p in analysis.participants]
    assert ("川口", "JPN") in got and ("シン", "IND") in got


def test_ambassadors_of_several_countries_met_together() -> None:
    m = _lead("11月11日,17時30分から約30分間,山川外務副大臣は,太平洋同盟加盟国(ペルー,チリ,"
              "メキシコ,コロンビア)の大使ら4名及びAPEC議長であるフィリピンの大使と会談を行った"
              "ところ,概要は以下の通りです。", "2015-11-13").meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries) == (6, ("PER", "CHL", "MEX", "COL", "PHL"))


def test_one_ambassador_met_is_one_counterpart() -> None:
    m = _lead("11月11日,山川外務副大臣は,トーレス駐日チリ大使と会談を行いました。",
              "2015-11-13").meeting
    assert m is not None and (m.parties, m.counterpart_countries) == (2, ("CHL",))


def test_a_visitor_s_arrival_day_is_not_the_meeting_s() -> None:
    analysis = _lead("10月28日(日曜日),ムワンギ・ケニア共和国国民議会議長が外務省の招へいで来日し,"
                     "29日(月曜日),山川和夫外務副大臣主催昼食会が行われたところ,概要以下の"
                     "とおりです。", "2012-10-29")
    m = analysis.meeting
    assert m is not None and m.date == date(2012, 10, 29)
    assert ("山川", "JPN") in [(p.family_name, p.country) for p in analysis.participants]


def test_an_arrival_with_no_later_day_keeps_its_date() -> None:
    m = _lead("10月28日、スミス英国外務大臣は来日し、山川外務大臣と会談しました。",
              "2012-10-30").meeting
    assert m is not None and m.date == date(2012, 10, 28)


def test_the_host_of_another_event_is_not_at_the_table() -> None:
    found = find_people_ja("本5日、山川外務大臣は、スミス大臣主催のレセプションに出席しました")
    assert [p.name for p in found] == ["山川"]


def test_washington_dc_is_in_the_united_states() -> None:
    m = _lead("29日午後5時35分(現地時間)から約35分間,ワシントンDC訪問中の山川外務大臣は,"
              "スミス米国国務長官との間で日米外相会談を行ったところ,概要以下の通り。",
              "2011-04-30").meeting
    assert m is not None and m.location_country == "USA"


def _page(lead: str, point: str, published: str = "2015-03-23"):
    return _lead(f"{lead}\n\n{point}", published).meeting


@pytest.mark.parametrize("point, place", [
    ("1 冒頭,パク長官から,山田大臣の訪韓を歓迎する旨述べました。", "KOR"),
    ("1 山田大臣からは,スミス外相を再び広島にお迎えできることを嬉しく思う旨述べました。", "JPN"),
    ("1 今回の会談は,山田大臣の就任後,韓国で開催された初めての会談。", "KOR"),
])
def test_the_first_point_tells_where_a_meeting_was(point: str, place: str) -> None:
    m = _page("21日(午前11時35分から約90分間),山田外務大臣は,パク韓国外交部長官との間で外相会談を"
              "行ったところ,概要以下のとおり。", point)
    assert m is not None and m.location_country == place


@pytest.mark.parametrize("lead, point", [
    ("21日,山田外務大臣は,パク韓国外交部長官と電話会談を行ったところ,概要以下のとおり。",
     "1 パク長官から,山田大臣の訪韓を歓迎する旨述べました。"),  # a call has no place
    ("21日,山田外務大臣は,パク韓国外交部長官と外相会談を行ったところ,概要以下のとおり。",
     "1 両外相は,次回の会合をソウルで開催することで一致しました。"),  # a meeting to come
    # a visit to come, a welcome wished for, another meeting's outcome
    ("21日,山田外務大臣は,スミス米国国務長官と外相会談を行ったところ,概要以下のとおり。",
     "1 冒頭,スミス長官から,山田総理の来月の訪米を歓迎する旨述べました。"),
    ("21日,山田外務大臣は,スミス米国国務長官と外相会談を行ったところ,概要以下のとおり。",
     "1 スミス長官から,来年ワシントンにお迎えしたいと述べました。"),
    ("21日,山田外務大臣は,スミス米国国務長官と外相会談を行ったところ,概要以下のとおり。",
     "1 山田大臣から,東京で開催された首脳会談の成果を歓迎しました。"),
])
def test_a_first_point_that_tells_no_place(lead: str, point: str) -> None:
    m = _page(lead, point)
    assert m is not None and m.location_country is None


def test_a_two_plus_two_held_by_its_short_name() -> None:
    analysis = _lead("本9日午前10時から約60分間,山田外務大臣及び川上防衛大臣は,訪日中の"
                     "マリー・スミス・"
                     "オーストラリア外務大臣及びジョン・ブラウン国防大臣と第9回日豪「2+2」を行った"
                     "ところ,概要は以下のとおりです。", "2019-05-09")
    m = analysis.meeting
    assert m is not None and (m.counterpart_countries, m.location_country) == (("AUS",), "JPN")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("川上", "JPN"), ("スミス", "AUS"), ("ブラウン", "AUS")]


@pytest.mark.parametrize("sentence", [
    "英国側からはブラウン外務次官,グリーン駐日大使が,日本側からは川口外務審議官が同席しました。",
    "先方からはブラウン外務次官,グリーン駐日大使が,当方からは川口外務審議官が同席しました。",
])
def test_a_sentence_of_each_side_s_attendees(sentence: str) -> None:
    analysis = _lead("本9日,山田外務大臣は,訪日中のスミス英国外務大臣と会談を行ったところ,"
                     f"概要は以下のとおりです。{sentence}", "2019-05-09")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("スミス", "GBR"), ("ブラウン", "GBR"), ("グリーン", "GBR"),
        ("川口", "JPN")]


def test_a_sentence_of_the_other_side_s_views_lists_nobody() -> None:
    analysis = _lead("本9日,山田外務大臣は,訪日中のスミス英国外務大臣と会談を行ったところ,"
                     "概要は以下のとおりです。英国側からは日本の支援に謝意が表明されました。",
                     "2019-05-09")
    assert [p.family_name for p in analysis.participants] == ["山田", "スミス"]


def test_the_host_of_a_dinner_attended_is_at_the_table() -> None:
    analysis = _lead("現地時間9日午後7時から約2時間,ニューヨークを訪問中の山田外務大臣は,"
                     "スミス英国外務大臣主催の夕食会に出席し,意見交換を行いました。", "2019-05-10")
    assert ("スミス", "GBR") in [(p.family_name, p.country) for p in analysis.participants]


@pytest.mark.parametrize("where, place", [
    ("ロンドン市内で", "GBR"), ("ハノイ市内において,", "VNM"), ("ナイロビ郊外において,", "KEN"),
])
def test_a_city_s_district_is_the_city_s_country(where: str, place: str) -> None:
    m = _lead(f"本9日,山田外務大臣は,{where}スミス外務大臣と会談を行いました。",
              "2019-05-09").meeting
    assert m is not None and m.location_country == place


@pytest.mark.parametrize("venue, place", [
    ("総理大臣公邸において", "JPN"), ("帝国ホテルにおいて", "JPN"),
    ("駐英国大使公邸において", None),  # Japan's ambassador's residence abroad: no place known
])
def test_venues_of_meals_in_tokyo(venue: str, place: str | None) -> None:
    m = _lead(f"本9日午後7時から約90分間,山田内閣総理大臣は,{venue},スミス英国首相と夕食会を"
              "行いました。", "2019-05-09").meeting
    assert m is not None and m.location_country == place


def test_a_ministry_s_senior_official() -> None:
    found = find_people_ja("本9日,山田外務副大臣は,訪日中のマイケル・スミス豪州外務貿易省次官と"
                           "会談を行いました。")
    assert [(p.name, p.country, p.title, rank_ja(p.title)) for p in found] == [
        ("山田", "JPN", "外務副大臣", "other"),
        ("マイケル・スミス", "AUS", "外務貿易省次官", "other")]
