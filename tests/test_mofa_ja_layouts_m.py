"""Japanese MOFA layouts and phrasings met on unseen pages (dev set mofa_ja_m): captures with
no date line that open with MOFA's own lead (an official by title, then a meeting held or a
call paid in the same sentence), a multilateral meeting's 「(出席者:…)」 bracket of leaders
written name, country, title, a 【…】 heading alone on its line (not a speaker), a time range
whose start is 「…過ぎ」 or whose end closes the clause without 「まで」, separate meetings headed
by their officials with the Latin name and the time in brackets; and from last session's
blind misses (fresh4): a head's envoy (「首長特使」) is no head, a visit the Japanese side says
it could make (「…を訪問することができ光栄」) is the place. Every text here is written for these
tests, reproducing a layout, never copied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mofa_ja_readouts import read_page as _read

from policytrends import extract
from policytrends.extract import mofa_ja_rules as R
from policytrends.extract.mofa_ja_people import find_attendees_ja, find_headed_officials
from policytrends.sources.mofa_ja import looks_japanese_mofa


def test_an_undated_capture_opening_with_an_official_s_lead_is_mofa_s(tmp_path: Path) -> None:
    # no title, no date line: the official by title, then the meeting in the same sentence
    rec = _read(tmp_path, "本12日、川上事務次官は、本日から訪日中のマイケル・グレイ・カナダ外務次官"
                          "との間で、午前10時15分から約40分間、両国関係を中心に意見交換を行い、"
                          "引き続き緊密に連携していくことを確認しました。\n")
    assert (rec.source, rec.language) == ("mofa", "ja")
    analysis = extract.analyse(rec)
    m = analysis.meeting
    assert m is not None
    assert (m.date, m.level, m.counterpart_countries, m.location_country, m.start_local,
            m.duration_min) == (None, "other", ("CAN",), "JPN", "10:15", 40)
    assert {(p.family_name, p.country) for p in analysis.participants} == {
        ("川上", "JPN"), ("グレイ", "CAN")}


def test_an_undated_capture_of_a_section_heading_then_a_call_paid(tmp_path: Path) -> None:
    rec = _read(tmp_path, "1 ポルトガル\n5月2日,森下副大臣はリスボンを訪問し,アナ・ロシャ外務大臣"
                          "(H.E. Ms. Ana Rocha, Minister of Foreign Affairs of Portugal)"
                          "を表敬しました。\n")
    assert rec.source == "mofa"


def test_undated_japanese_text_without_an_official_s_lead_is_no_mofa_page(tmp_path: Path) -> None:
    # a journalist's words on a meeting: no official by title as the subject of a meeting held
    text = ("両国の関係者によると、首脳同士の会談は来月にも開かれる見通しだという。"
            "会談では経済協力や人の往来について話し合われる予定で、日程の調整が続いている。\n")
    assert not looks_japanese_mofa(text)
    assert _read(tmp_path, text).source != "mofa"


_LEADERS_BRACKET = ("日本・島嶼地域諸国首脳会議(概要)\n\n令和2年5月9日\n\n 5月9日(土曜日)"
           "午前9時30分から11時、フィジー・スバ国際会議場において、"
           "第3回日本・島嶼地域諸国首脳会議が開催されたところ、概要は以下のとおりです"
           "(出席者:山川総理(議長)、バイニ・フィジー首相、"
           "トム・キング・トンガ首相、ジョン・ロウ・サモア首相)。\n\n1.会議の概要\n\n"
           " 連結性の向上について議論を行いました。\n")


def test_leaders_in_an_attendance_bracket_are_the_meeting_s_sides(tmp_path: Path) -> None:
    analysis = extract.analyse(_read(tmp_path, _LEADERS_BRACKET))
    m = analysis.meeting
    assert m is not None
    assert (m.date, m.level, m.parties, m.counterpart_countries, m.location_country,
            m.start_local, m.duration_min) == (
        date(2020, 5, 9), "summit", 4, ("FJI", "TON", "WSM"), "FJI", "09:30", 90)
    assert {(p.family_name, p.country) for p in analysis.participants} == {
        ("山川", "JPN"), ("バイニ", "FJI"), ("キング", "TON"), ("ロウ", "WSM")}


def test_a_post_in_an_attendance_bracket_is_no_official() -> None:
    # 「EU外務・安全保障上級代表」 names a post, not a person: nobody is read from it
    assert find_attendees_ja("概要は以下のとおりです"
                             "(出席者:G7各国外相及びEU外務・安全保障上級代表)。") == []


def test_a_heading_alone_in_corner_brackets_is_no_speaker(tmp_path: Path) -> None:
    # 「【要点】」 on its own line heads the points of a readout; a transcript's label is
    # followed by the words on its line (「【山川外務大臣】本日は…」)
    points = "\n\n1.会議の概要"
    headed = _LEADERS_BRACKET.replace(points, "\n\n【要点】\n\n連結性で一致。" + points)
    readout = extract.analyse(_read(tmp_path, headed))
    assert readout.kind == "meeting"
    assert R.SPEAKER.match("【山川外務大臣】本日は私から1点申し上げます。")
    assert R.SPEAKER.match("(問)訪問の狙いを伺います。")
    assert not R.SPEAKER.match("【要点】\n連結性で一致。")


def test_a_time_range_from_past_a_clock_time() -> None:
    from policytrends.extract.mofa_ja import _duration

    assert _duration("17時30分過ぎから18時50分まで、総理官邸において") == 80
    assert _duration("午前8時30分から10時、ハノイにおいて") == 90
    # a start alone is no range: 「10時から、」 then no end before the clause closes
    assert _duration("午前10時から、ハノイにおいて首脳会議が開催された") is None


def test_separate_meetings_headed_by_officials_with_latin_names_and_times() -> None:
    text = ("1月16日,山川外務大臣政務官は,訪日中の以下の首席代表等と"
            "それぞれ会談を行ったところ,概要は以下のとおりです。\n\n"
            "1 トム・キング・トンガ王国外務大臣(Hon. Tom KING, Minister of "
            "Foreign Affairs, Kingdom of Tonga)(16日午後3時から約20分間)\n\n"
            "双方は,協力を確認しました。\n\n"
            "2 ジョン・ロウ・サモア独立国特使(Mr. John LOWE, Special Envoy of Samoa)"
            "(16日午後4時から約20分間)\n\n双方は,協力を確認しました。\n")
    assert [(p.name, p.country) for p in find_headed_officials(text)] == [
        ("トム・キング", "TON"), ("ジョン・ロウ", "WSM")]
    # a numbered point that is a sentence is no heading, brackets or not
    assert find_headed_officials("1 双方は,協力を確認しました(概要)。\n") == []


def test_a_head_s_envoy_is_no_head() -> None:
    from policytrends.extract.mofa_ja_people import find_people_ja, rank_ja

    (envoy,) = find_people_ja("アリ・ハサン・オマーン国王特使(Mr. Ali Hassan, Envoy)の表敬")
    assert (envoy.name, envoy.title, envoy.country) == ("アリ・ハサン", "国王特使", "OMN")
    assert rank_ja(envoy.title) == "other"
    # the head himself stays one
    (emir,) = find_people_ja("タミーム・カタール首長と会談")
    assert rank_ja(emir.title) == "head"


def test_a_visit_the_japanese_side_says_it_could_make_is_the_place(tmp_path: Path) -> None:
    page = ("日・パラグアイ首脳会談\n\n令和元年12月3日\n\n 現地時間3日午前10時から約40分間、"
            "山川総理は、大統領府において、ロペス大統領と会談を行いました。\n\n"
            "- 冒頭、山川総理から、パラグアイを訪問することができ光栄である旨述べました。\n")
    m = extract.analyse(_read(tmp_path, page)).meeting
    assert m is not None and m.location_country == "PRY"
    # a visit only hoped for names no place
    hoped = page.replace("パラグアイを訪問することができ光栄である", "いつかパラグアイを訪問したい")
    m = extract.analyse(_read(tmp_path, hoped)).meeting
    assert m is not None and m.location_country is None


def test_one_country_character_before_a_title_or_after_a_counter_names_the_country() -> None:
    from policytrends.extract.countries_ja import countries_in_ja

    assert [c for c, _ in countries_in_ja("第3回米朝首脳会談に向けた米朝交渉")] == ["PRK", "USA"]
    assert [c for c, _ in countries_in_ja("先のマクロン仏大統領の来日")] == ["FRA", "JPN"]
    # a country character inside a longer word or a counter alone names no country
    assert countries_in_ja("主要国の中央銀行総裁") == []
    assert countries_in_ja("第3回会合") == []


def test_separate_meetings_start_at_the_first_heading_s_time(tmp_path: Path) -> None:
    page = ("大洋州\n\n平成29年2月3日\n\n 2月2日,山川外務大臣政務官は,訪日中の以下の首席代表等と"
            "それぞれ会談を行ったところ,概要は以下のとおりです。\n\n"
            "1 トム・キング・トンガ王国外務大臣(Hon. Tom KING, Minister, Tonga)"
            "(2日午後3時10分から約20分間)\n\n双方は,協力を確認しました。\n\n"
            "2 ジョン・ロウ・サモア独立国特使(Mr. John LOWE, Envoy, Samoa)"
            "(2日午後4時から約20分間)\n\n双方は,協力を確認しました。\n")
    m = extract.analyse(_read(tmp_path, page)).meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries, m.start_local, m.duration_min) == (
        2, ("TON", "WSM"), "15:10", None)
    # a heading without a time gives none
    m = extract.analyse(_read(tmp_path, page.replace("(2日午後3時10分から約20分間)", ""))).meeting
    assert m is not None and m.start_local is None


def test_a_trip_report_captured_from_its_first_section(tmp_path: Path) -> None:
    # the capture lost the opening and the first heading: its first paragraph is the first
    # section's meeting, the next headings name the other countries visited
    page = ("5月3日,森下副大臣はポルトガルを訪問し,アナ・ロシャ外務大臣(H.E. Ms. Ana Rocha, "
            "Minister of Foreign Affairs of Portugal)を表敬しました。\n\n2 スペイン\n\n"
            "5月4日,森下副大臣はスペインを訪問し,ルイス・ガルシア外務次官(Mr. Luis Garcia, "
            "Vice Minister of Foreign Affairs of Spain)と会談を行いました。\n")
    analysis = extract.analyse(_read(tmp_path, page))
    m = analysis.meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries, m.location_country) == (2, ("PRT", "ESP"), None)
    assert {(p.family_name, p.country) for p in analysis.participants} == {
        ("森下", "JPN"), ("ロシャ", "PRT"), ("ガルシア", "ESP")}
