"""Japanese MOFA conventions met in the blind misses of earlier sessions, each written as
several variants (other officials, places, days and wording) so that the rule is the
publisher's convention, not one page: a day given with a time of day in words
(「現地時間19日正午」), a Spanish-speaking official called by both surnames with the given
name only in the Latin form after the title, officials whose visit to Japan the first point
welcomes, a conference named by its city in the title, greetings in a visit's schedule.
Every text here is written for these tests, reproducing a layout, never copied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from mofa_ja_readouts import analyse_lead, read_page

from policytrends import extract
from policytrends.extract.naming import respelt
from policytrends.records import Meeting


def _meeting(lead: str, published: str) -> Meeting:
    meeting = analyse_lead(lead, published).meeting
    assert meeting is not None
    return meeting


def _families(analysis: extract.Analysis) -> set[tuple[str | None, str | None]]:
    return {(p.family_name, p.country) for p in analysis.participants}


# --- a day with a time of day in words --------------------------------------------------------

@pytest.mark.parametrize(("when", "day", "start"), [
    ("日本時間20日午前1時(現地時間19日正午)から約40分間、", 19, "12:00"),
    ("現地時間19日正午(日本時間20日午前1時)から約40分間、", 19, "12:00"),
    ("現地時間の18日夕刻、約40分間、", 18, None),
    ("17日未明(日本時間同日午後)、約40分間、", 17, None),
    ("現地時間16日早朝から約40分間、", 16, None),
])
def test_a_day_with_a_time_of_day_in_words_dates_the_meeting(when: str, day: int,
                                                             start: str | None) -> None:
    m = _meeting(f"令和4年3月20日\n\n {when}ドイツ・ベルリンを訪問中の山本外務大臣は、"
                 "ハンス・ミュラー・ドイツ連邦共和国外務大臣と会談を行ったところ、"
                 "概要は以下のとおりです。\n", "2022-03-20")
    assert (m.date, m.start_local, m.location_country) == (date(2022, 3, day), start, "DEU")


def test_japan_s_day_with_noon_alone_does_not_date_the_meeting() -> None:
    # (Japan's day, no local one: the rule reads a local day only)
    m = _meeting("令和4年3月20日\n\n 日本時間20日正午から約40分間、ベルリンを訪問中の"
                 "山本外務大臣は、ハンス・ミュラー・ドイツ連邦共和国外務大臣と会談を行ったところ、"
                 "概要は以下のとおりです。\n", "2022-03-20")
    assert m.date is None


# --- both surnames, the given name only in the Latin form -------------------------------------

_MET = ("令和3年5月6日\n\n ペルーを訪問中の山本外務大臣は、5月6日午前10時から約1時間、"
        "{}との間で会談を行いました。概要は以下のとおりです。\n")


@pytest.mark.parametrize(("who", "family"), [
    ("モラレス・ベガ大統領(H. E. Mr. Jorge Morales Vega, President of the Republic of Peru)",
     "モラレス・ベガ"),
    ("ロハス・ソト外務大臣(Ms. María Fernanda Rojas Soto, Minister of Foreign Affairs)",
     "ロハス・ソト"),
    ("キロガ・ルナ首相(H.E.Mr. Ricardo Quiroga Luna)", "キロガ・ルナ"),
    # (negatives: the katakana begins with the given name and leaves out a surname; the
    # Latin form begins with no known given name)
    ("ペドロ・ロハス外務大臣(Mr. Pedro Rojas Soto, Minister of Foreign Affairs)", "ロハス"),
    ("カルロス・ロハス外務大臣(H.E. Mr. Carlos Rojas Soto)", "ロハス"),
    ("ロハス・ソト外務大臣(Mr. Rojas Soto)", "ソト"),
])
def test_both_surnames_when_the_latin_form_adds_only_the_given_name(who: str,
                                                                    family: str) -> None:
    assert (family, "PER") in _families(analyse_lead(_MET.format(who), "2021-05-06"))


def test_a_latin_form_with_a_middle_name_elsewhere_is_not_a_double_surname() -> None:
    # (not a Spanish-speaking country: the katakana is given name and family name)
    analysis = analyse_lead("令和3年5月6日\n\n 5月6日午前10時から約1時間、山本外務大臣は、"
                            "訪日中のジョン・スミス英国外務大臣(Mr. John Robert Smith)と"
                            "会談を行いました。概要は以下のとおりです。\n", "2021-05-06")
    assert ("スミス", "GBR") in _families(analysis)


# --- officials whose visit to Japan the first point welcomes ----------------------------------

_DINNER = ("令和6年7月15日\n\n 7月15日、午後6時から約2時間、山本外務大臣政務官は、会議出席のため"
           "訪日中のマヌ・トンガ首相と会談を行ったところ、概要は以下のとおりです。\n\n"
           " 1. {}\n\n 2. 両者は協力を確認しました。\n")


@pytest.mark.parametrize("point", [
    "冒頭、山本政務官から、マヌ首相及びタウファ外相の訪日を歓迎しました。",
    "山本政務官より、マヌ首相とタウファ外務大臣の来日を心から歓迎する旨述べました。",
    "冒頭、山本政務官から、マヌ首相並びにタウファ外相の初めての訪日と、3月以来の再会について"
    "歓迎の意を表しました。",
])
def test_an_official_whose_visit_is_welcomed_took_part(point: str) -> None:
    assert ("タウファ", "TON") in _families(analyse_lead(_DINNER.format(point), "2024-07-15"))


@pytest.mark.parametrize("point", [
    "山本政務官から、来月予定されているタウファ外相の訪日を歓迎する旨述べました。",
    "山本政務官から、昨年のタウファ外相の訪日に謝意を表し、関係の強化を歓迎しました。",
])
def test_a_visit_to_come_or_past_names_no_one_at_the_table(point: str) -> None:
    assert ("タウファ", "TON") not in _families(
        analyse_lead(_DINNER.format(point), "2024-07-15"))


# --- a conference named by its city in the title ----------------------------------------------

_CONFERENCE = ("外務大臣\n\n{}\n\n令和2年2月15日\n\n 1. 山本外務大臣は、2月15日午後8時から約1時間、"
               "主催者の夕食会に出席した。\n\n 2. ジョン・スミス米国国務長官との立ち話\n\n"
               " 夕食に先立ち、山本大臣とスミス長官は、同盟の強化を確認した。\n")


@pytest.mark.parametrize(("title", "place"), [
    ("山本外務大臣の第56回ミュンヘン安全保障会議出席", "DEU"),
    ("山本内閣総理大臣のダボス会議出席", "CHE"),
    ("山本外務大臣のG20リオデジャネイロ外相会合出席", "BRA"),
    # (a conference named by no city, or by its members: no place)
    ("山本外務大臣のG7外相会合出席", None),
    ("山本内閣総理大臣の日中韓サミット出席", None),
])
def test_the_city_a_conference_in_the_title_is_named_by_places_it(
        tmp_path: Path, title: str, place: str | None) -> None:
    m = extract.analyse(read_page(tmp_path, _CONFERENCE.format(title))).meeting
    assert m is not None and m.location_country == place


# --- greetings in a visit's schedule ----------------------------------------------------------

_SCHEDULE = ("ガーナ共和国\n\n山本総理大臣のガーナ訪問(結果)\n\n令和元年5月12日\n\n"
             " 5月10日から12日まで,山本内閣総理大臣はガーナ共和国を訪問したところ,"
             "概要は以下のとおりです。\n\n1 主要日程\n\n(1)5月10日(金曜日)午後\n\n"
             "歓迎式典\n{}\n\n(2)5月11日(土曜日)\n\n首脳会談\n署名式\n\n"
             "2 歓迎式典\n\n 山本総理大臣は,大統領府での歓迎式典に出席しました。\n")


@pytest.mark.parametrize("item", [
    "コフィ・メンサ大統領との挨拶",
    "歓迎行事\nメンサ大統領夫妻との挨拶",
    "記者発表\nメンサ大統領との挨拶",
])
def test_a_greeting_in_a_schedule_is_the_first_exchange(tmp_path: Path, item: str) -> None:
    m = extract.analyse(read_page(tmp_path, _SCHEDULE.format(item))).meeting
    assert m is not None
    assert (m.date, m.counterpart_countries, m.location_country) == (
        date(2019, 5, 10), ("GHA",), "GHA")


def test_a_speech_s_greeting_is_no_exchange(tmp_path: Path) -> None:
    # (the day's greeting is the Prime Minister's own address: the talks date it)
    text = _SCHEDULE.format("冒頭挨拶").replace("首脳会談", "メンサ大統領との首脳会談")
    m = extract.analyse(read_page(tmp_path, text)).meeting
    assert m is not None and m.date == date(2019, 5, 11)


# --- attendees: sides marked in brackets, titles written first --------------------------------

_CALL = ("令和3年5月6日\n\n 5月6日午前10時から約1時間、山本外務大臣は、訪日中のルイス・ソト・"
         "ペルー共和国外務大臣と会談を行いました。{}概要は以下のとおりです。\n\n"
         "1 両外相は協力を確認しました。\n")


@pytest.mark.parametrize("attendees", [
    "(同席者:(先方)マルコ・ベガ外務次官、(当方)川村中南米局長)",
    "(同席者:【先方】マルコ・ベガ外務次官ほか、【当方】川村中南米局長ほか)",
    "(同席者 ペルー側:外務次官 マルコ・ベガ、日本側:中南米局長 川村一郎)",
    "(先方同席者:外務次官 マルコ・ベガ、当方同席者:中南米局長 川村一郎)",
    "(同席者:ペルー側 マルコ・ベガ外務次官、日本側 川村中南米局長)",
])
def test_attendees_with_bracketed_sides_or_titles_first(attendees: str) -> None:
    assert _families(analyse_lead(_CALL.format(attendees), "2021-05-06")) == {
        ("山本", "JPN"), ("ソト", "PER"), ("ベガ", "PER"), ("川村", "JPN")}


# --- a foreign official written title first, or with the title in brackets ------------------

_LEAD = ("令和3年5月6日\n\n 5月6日午前10時から約1時間、山本外務大臣は、{}と会談を行いました。"
         "概要は以下のとおりです。\n\n1 両者は協力を確認しました。\n")


@pytest.mark.parametrize("who", [
    "訪日中のペルー共和国外務大臣ルイス・ソト氏",
    "訪日中のペルー共和国外務大臣 ルイス・ソト閣下",
    "訪日中のルイス・ソト氏(ペルー共和国外務大臣)",
    "訪日中のルイス・ソト閣下(ペルー外相)",
])
def test_an_official_written_title_first_or_title_in_brackets(who: str) -> None:
    assert _families(analyse_lead(_LEAD.format(who), "2021-05-06")) == {
        ("山本", "JPN"), ("ソト", "PER")}


def test_a_person_with_no_title_is_no_official() -> None:
    # (an honorific alone names no office: a guest, not at the table as an official)
    families = _families(analyse_lead(_LEAD.format("訪日中のペルー共和国外務大臣ルイス・ソト氏"
                                                   "の友人マルコ・ベガ氏を交え、同大臣"),
                                      "2021-05-06"))
    assert ("ベガ", "PER") not in families


# --- which part is the family name: Japanese, Samoan and Singaporean names ----------------------

@pytest.mark.parametrize(("name", "family"), [
    ("小野寺一郎", "小野寺"), ("長谷川花子", "長谷川"), ("五十嵐太郎", "五十嵐"),
    ("御法川次郎", "御法川"),
    # (negatives: two characters, or a one-character given name after them)
    ("山本一郎", "山本"), ("堀井巌", "堀井"),
])
def test_a_japanese_official_s_long_family_name(name: str, family: str) -> None:
    analysis = analyse_lead(f"令和3年5月6日\n\n 5月6日午前10時から約1時間、{name}外務副大臣は、"
                            "訪日中のルイス・ソト・ペルー共和国外務大臣と会談を行いました。"
                            "概要は以下のとおりです。\n", "2021-05-06")
    assert (family, "JPN") in _families(analysis)


@pytest.mark.parametrize(("name", "country", "family"), [
    ("トゥイラエパ・ルペソリアイ・マリエレガオイ", "サモア独立国首相", "トゥイラエパ"),
    ("フィアメ・マリア・タウア", "サモア独立国首相", "フィアメ"),
    ("リー・シェンロン", "シンガポール共和国首相", "リー"),
    ("ヘン・スイキャット", "シンガポール共和国副首相", "ヘン"),
    # (negatives: a Samoan name of two parts has no title; a Singaporean Western given name)
    ("フェトゥリ・エリサイア", "サモア独立国外務次官", "エリサイア"),
    ("グレース・フー", "シンガポール共和国外相", "フー"),
    ("ローレンス・ウォン", "シンガポール共和国首相", "ウォン"),
])
def test_the_naming_table_decides_a_katakana_name(name: str, country: str,
                                                  family: str) -> None:
    analysis = analyse_lead(f"令和3年5月6日\n\n 5月6日午前10時から約1時間、山本外務大臣は、"
                            f"訪日中の{name}・{country}と会談を行いました。"
                            "概要は以下のとおりです。\n", "2021-05-06")
    assert family in {p.family_name for p in analysis.participants}


def test_the_guest_welcomed_by_part_of_the_name_is_the_one_met() -> None:
    # (the lead's guest, called by the given name in the point, as Laos's officials are: no
    # second official)
    lead = ("令和3年6月11日\n\n 本11日、午後0時から約60分間、山本外務大臣は、訪日中のソムサイ・"
            "ウォンケオ・ラオス人民民主共和国外務大臣と会談を行ったところ、概要は以下のとおりです。"
            "\n\n1 山本大臣から、今年2回目となるソムサイ外務大臣の訪日を歓迎しました。\n")
    assert _families(analyse_lead(lead, "2021-06-11")) == {("山本", "JPN"), ("ウォンケオ", "LAO")}


# --- photo captions in a trip report's sections -------------------------------------------------

_TRIP = ("大洋州\n山本外務大臣政務官のフィジー及びサモア訪問(結果)\n令和元年8月14日\n"
         "山本外務大臣政務官は,8月2日から6日まで,フィジー及びサモアを訪問したところ,"
         "概要以下のとおりです。\n\n1 フィジー(8月3日)\n\n{captions}"
         "3日,山本政務官は,フィジーにおいて,ラトゥ首相と会談し,二国間関係について"
         "意見交換を行いました。\n\n2 サモア(8月5日)\n\n{later}")


@pytest.mark.parametrize(("captions", "later"), [
    # a caption naming an official the text does not tell (a capture cut before it)
    ("", "ヴァイ副首相との会談\n\n記念植樹式典\n\n5日,山本政務官は,サモアにおいて,"
         "日本の草の根協力による学校の完成式典に出席し,同式典のスピーチにおいて,"),
    # a caption spelling the name otherwise than the text
    ("ラトゥー首相との会談\n\n", ""),
    # captions of a ceremony and of the talks, then the text
    ("歓迎式典\n\nラトゥー首相表敬\n\n", ""),
])
def test_a_photo_caption_names_no_official(tmp_path: Path, captions: str, later: str) -> None:
    m = extract.analyse(read_page(tmp_path, _TRIP.format(captions=captions, later=later)))
    assert m.meeting is not None
    assert _families(m) == {("山本", "JPN"), ("ラトゥ", "FJI")}
    assert (m.meeting.counterpart_countries, m.meeting.location_country) == (("FJI",), "FJI")


def test_a_schedule_s_items_are_no_captions(tmp_path: Path) -> None:
    # (the second section tells its meeting only as an item: no sentence follows it)
    text = _TRIP.format(captions="", later="ヴァイ副首相との会談\n")
    m = extract.analyse(read_page(tmp_path, text))
    assert m.meeting is not None and ("ヴァイ", "WSM") in _families(m)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("ファラドリ", "フォラドリ", True), ("ラトゥ", "ラトゥー", True), ("ニュシ", "ニシュ", True),
    # (two officials: a short name's kana changed, a kana added, or names too short to tell)
    ("ロペス", "ロハス", False), ("ムセベニ", "ムセベ", False), ("ソト", "ソノ", False),
    ("マナロ", "マナロ", False),
])
def test_one_official_spelt_two_ways(a: str, b: str, same: bool) -> None:
    assert respelt(a, b) is same


# --- places: a venue after its city, a conference named by its city, the UN's week ------------

@pytest.mark.parametrize(("where", "place"), [
    ("広島市内のホテルにおいて、", "JPN"),
    ("ハノイの国家会議場において、", "VNM"),
    ("G7広島サミットの際に、", "JPN"),
    ("G20大阪サミットの機会に、", "JPN"),
    ("ミュンヘン安全保障会議に出席中の", "DEU"),
    ("第78回国連総会ハイレベルウィークの機会に、", "USA"),
    # (a conference named by no city, or by its members: no place)
    ("ASEAN関連外相会議の機会に、", None),
    ("日中韓サミットの際に、", None),
])
def test_places_a_lead_implies_by_venue_or_occasion(where: str, place: str | None) -> None:
    m = _meeting(f"令和5年5月6日\n\n 5月6日午前10時から約1時間、{where}山本外務大臣は、"
                 "ルイス・ソト・ペルー共和国外務大臣と会談を行いました。概要は以下のとおりです。\n",
                 "2023-05-06")
    assert m.location_country == place


# --- dates and clocks: a colon clock, a range by 「~」, a day after 同 or 先般, two days ----------

_DAY = ("平成22年12月7日\n\n {}山本外務大臣は、訪日中のルイス・ソト・ペルー共和国外務大臣と"
        "会談を行いました。概要は以下のとおりです。\n")


@pytest.mark.parametrize(("when", "expected"), [
    ("2010年12月6日(月)16:00から、", (6, "16:00", None)),
    ("6日16:00~16:30、", (6, "16:00", 30)),
    ("6日午後4時~4時半、", (6, "16:00", 30)),
    ("同6日午後、", (6, None, None)),
    ("先般6日、", (6, None, None)),
    ("6日及び7日、", (6, None, None)),
])
def test_older_and_newer_ways_of_writing_the_day_and_clock(
        when: str, expected: tuple[int, str | None, int | None]) -> None:
    m = _meeting(_DAY.format(when), "2010-12-07")
    assert (m.date, m.start_local, m.duration_min) == (
        date(2010, 12, expected[0]), expected[1], expected[2])


def test_the_first_day_of_a_visit_is_not_the_meeting_s() -> None:
    # (a visit's span, 「5日から7日まで」, then the meeting's own day)
    m = _meeting("平成22年12月8日\n\n ソト・ペルー大統領は5日から7日まで訪日し、6日、"
                 "山本内閣総理大臣と首脳会談を行いました。概要は以下のとおりです。\n", "2010-12-08")
    assert m.date == date(2010, 12, 6)


# --- a meeting of Japan and several states named by abbreviation ----------------------------

_MULTI = ("令和5年5月6日\n\n 5月6日午前10時から約1時間、{}概要は以下のとおりです。\n\n"
          "1 冒頭、山本大臣から発言しました。\n")


@pytest.mark.parametrize(("lead", "counterparts"), [
    ("日米豪印外相会合が開催され、山本外務大臣が出席しました。", ("USA", "AUS", "IND")),
    ("山本外務大臣は、日中韓外相会議に出席しました。", ("CHN", "KOR")),
    ("山本外務大臣は、日仏独外相会合を主催しました。", ("FRA", "DEU")),
    ("山本内閣総理大臣は、日米韓首脳会合に出席しました。", ("USA", "KOR")),
    # (a bilateral meeting held at one names one state)
    ("日米韓外相会合の機会に、山本外務大臣は、日韓外相会談を行いました。", ("KOR",)),
    ("山本外務大臣は、日中韓外相会議の機会に、日中外相会談を行いました。", ("CHN",)),
])
def test_every_state_a_meeting_s_name_abbreviates(lead: str,
                                                  counterparts: tuple[str, ...]) -> None:
    m = _meeting(_MULTI.format(lead), "2023-05-06")
    assert (m.counterpart_countries, m.parties) == (counterparts, 1 + len(counterparts))


def test_attendees_named_then_their_country_then_the_title() -> None:
    analysis = analyse_lead(_MULTI.format(
        "山本外務大臣は、日米韓外相会合を開催しました。(出席者:スミス米国国務長官、"
        "朴韓国外交部長官)"), "2023-05-06")
    assert _families(analysis) == {("山本", "JPN"), ("スミス", "USA"), ("朴", "KOR")}
    assert analysis.meeting is not None
    assert analysis.meeting.counterpart_countries == ("USA", "KOR")


def test_a_meal_hosted_is_not_read_as_a_meeting_hosted() -> None:
    # (the rule reads a meeting of ministers or leaders hosted; a dinner given, with the
    # host's address only, stays as it was read)
    analysis = analyse_lead("令和5年12月13日\n\n 本13日午後7時から、山本内閣総理大臣は、"
                            "ASEAN各国首脳のための夕食会を主催しました。山本総理から歓迎の挨拶を"
                            "述べました。\n", "2023-12-13")
    assert analysis.meeting is None


# --- the day of the meeting's own clause ----------------------------------------------------

@pytest.mark.parametrize(("lead", "day"), [
    ("訪問中の山本外務大臣は、21日、ブラウン外相主催の夕食会に出席し、22日に日豪外相会談を"
     "行いました。", 22),
    ("ブラウン外相は20日に訪日し、21日に山本外務大臣と会談を行いました。", 21),
    ("21日に、山本外務大臣は、訪日中のエマ・ブラウン豪州外務大臣と会談を行いました。", 21),
    # (a day marked as Japan's is not the meeting's)
    ("日本時間22日に、シドニーを訪問中の山本外務大臣は、ブラウン外相と会談を行いました。", None),
])
def test_the_day_of_the_meeting_s_own_clause(lead: str, day: int | None) -> None:
    m = _meeting(f"令和元年11月22日\n\n {lead}概要は以下のとおりです。\n", "2019-11-22")
    assert m.date == (date(2019, 11, day) if day else None)


@pytest.mark.parametrize(("who", "family"), [
    # the Latin form capitalises both surnames, the country and title between
    ("モラレス・ベガ・ペルー共和国次期大統領(H.E.Mr. Jorge Alberto MORALES VEGA)",
     "モラレス・ベガ"),
    ("ロハス・ソト・ペルー共和国外務大臣(Ms. Ana Maria ROJAS SOTO, Minister)", "ロハス・ソト"),
    # a name of four parts keeps both surnames though the text uses one alone
    ("ホルヘ・アルベルト・モラレス・ベガ大統領。その後、ベガ大統領", "モラレス・ベガ"),
    # (negative: the capitals are the family name alone, the katakana begins with the given
    # name)
    ("ペドロ・ロハス・ペルー共和国外務大臣(Mr. Pedro ROJAS)", "ロハス"),
])
def test_both_surnames_by_the_latin_capitals_or_a_four_part_name(who: str,
                                                                 family: str) -> None:
    assert (family, "PER") in _families(analyse_lead(_MET.format(who), "2021-05-06"))


@pytest.mark.parametrize(("lead", "counterparts", "parties"), [
    ("7月22日、ジャカルタにおいて、日・ASEAN外相会議が開催されたところ、概要以下のとおり"
     "(議長:ハサン・ブディ・インドネシア外相、我が国より山本大臣出席)。", ("ASEAN", "IDN"), None),
    ("7月22日、山本内閣総理大臣は、日ASEAN首脳会議に出席し、議長のソムサイ・ウォンケオ・"
     "ラオス首相と協力を確認しました。概要は以下のとおりです。", ("ASEAN", "LAO"), None),
    # (the grouping's own official, met alone: a bilateral call on the grouping)
    ("7月22日、山本外務大臣は、ハサン・ブディASEAN事務総長の表敬を受けました。"
     "概要は以下のとおりです。", ("ASEAN",), 2),
])
def test_japan_s_meeting_with_a_grouping_leads_with_it(
        lead: str, counterparts: tuple[str, ...], parties: int | None) -> None:
    m = _meeting(f"令和5年7月23日\n\n {lead}\n", "2023-07-23")
    assert (m.counterpart_countries, m.parties) == (counterparts, parties)
