"""Japanese MOFA pages: reader, extraction, country gazetteer and themes (fixtures written
for these tests, each reproducing one layout or phrasing of mofaj pages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policytrends import extract, sources
from policytrends.extract.countries_ja import countries_in_ja
from policytrends.extract.mofa_ja_people import find_people_ja
from policytrends.extract.naming import family_name
from policytrends.japanese import date_of_line, era_year
from policytrends.language import language_of
from policytrends.taxonomy import tag

FIXTURES = Path(__file__).parent / "fixtures" / "mofa_ja"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text("utf-8"))


def _read(name: str):
    (rec,) = list(sources.read(FIXTURES / name, name))
    return rec


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_fields(name: str) -> None:
    want = EXPECTED[name]
    rec = _read(name)
    assert rec.source == "mofa" and rec.language == "ja"
    assert str(rec.published) == want["published"]
    assert rec.title == want["title"]
    analysis = extract.analyse(rec)
    assert analysis.kind == want["kind"]
    if want["kind"] != "meeting":
        assert analysis.meeting is None
        return
    m = analysis.meeting
    assert m is not None
    got = {"date": str(m.date), "mode": m.mode, "level": m.level, "parties": m.parties,
           "counterpart_countries": list(m.counterpart_countries),
           "location_country": m.location_country, "start_local": m.start_local,
           "duration_min": m.duration_min}
    assert got == {k: want[k] for k in got}
    people = [[p.side, p.country, p.family_name, p.title] for p in analysis.participants]
    assert people == want["participants"]
    assert [c for c, _ in analysis.countries] == want["countries"]
    themes = sorted({m.theme for m in tag(rec.text)})
    assert themes == want["themes"]


def test_furniture_is_left_out() -> None:
    for name in EXPECTED:
        text = _read(name).text
        for furniture in ("発信元サイトへ", "前のページへ戻る", "このページのトップへ戻る",
                          "の様子", "トップページ", "報道発表へ戻る", "外務省・新着情報"):
            assert furniture not in text, (name, furniture)


def test_html_page_url_and_body() -> None:
    rec = _read("summit_page.html")
    assert rec.url == "https://www.mofa.go.jp/mofaj/a_o/na/kr/page9_000001.html"
    assert rec.text.startswith("日韓首脳会談\n\n5月7日、午後4時10分から")
    assert "日米韓で連携" in rec.text


def test_english_mofa_pages_stay_english() -> None:
    seed = next(Path(__file__).parents[2].glob("shared/seeds/*.txt"), None)
    if seed is None:
        pytest.skip("../shared not present")
    (rec,) = list(sources.read(seed, seed.name))
    assert rec.language is None and language_of(rec.text) == "en"


@pytest.mark.parametrize("line, want", [
    ("令和4年2月11日", (2022, 2, 11)), ("令和元年10月22日", (2019, 10, 22)),
    ("平成26年7月29日", (2014, 7, 29)), ("平成31年4月1日", (2019, 4, 1)),
    ("２０２４年５月３日", (2024, 5, 3)), ("令和６年１１月５日", (2024, 11, 5)),
    ("5月3日に会談", None),
])
def test_date_lines(line: str, want: tuple[int, int, int] | None) -> None:
    assert date_of_line(line) == want


def test_era_years() -> None:
    assert era_year("令和", "元") == 2019 and era_year("平成", "1") == 1989
    assert era_year(None, "2014") == 2014


@pytest.mark.parametrize("text, want", [
    ("日米外相会談", ["JPN", "USA"]),
    ("日米韓外相会合", ["JPN", "KOR", "USA"]),
    ("本日中に日中韓首脳会議", ["CHN", "JPN", "KOR"]),
    ("自由で開かれたインド太平洋", []),
    ("インドと協力", ["IND"]),
    ("我が国の立場", []),
    ("訪日中のスミス外務大臣", ["JPN"]),
    ("6月2日米国を訪問", ["USA"]),
    ("安保理決議", ["UN"]),
    ("南シナ海及び東シナ海", []),
    ("日・ＡＳＥＡＮ首脳会議とＧ７", ["ASEAN", "G7", "JPN"]),
    ("タイミングを見て", []),
    ("マリズ・ペイン・オーストラリア連邦外務大臣", ["AUS"]),
    ("豪州及び台湾海峡", ["AUS", "TWN"]),
    # a country's mission to the UN after a name ending in 国; not the U.S. Congress
    ("カタール国連代表部にて", ["QAT", "UN"]), ("米国連邦議会", ["USA"]),
])
def test_japanese_gazetteer(text: str, want: list[str]) -> None:
    assert [c for c, _ in countries_in_ja(text)] == want


@pytest.mark.parametrize("lead, want", [
    ("林芳正外務大臣は、アントニー・ブリンケン米国国務長官と会談",
     [("林芳正", "JPN", "外務大臣"), ("アントニー・ブリンケン", "USA", "国務長官")]),
    ("岸田外務大臣は，尹炳世(ユン・ビョンセ)韓国外交部長官との間で",
     [("岸田", "JPN", "外務大臣"), ("尹炳世", "KOR", "外交部長官")]),
    ("マウロ・ヴィエイラ・ブラジル連邦共和国外務大臣と",
     [("マウロ・ヴィエイラ", "BRA", "外務大臣")]),
    ("ジョン・ケリー米国務長官と", [("ジョン・ケリー", "USA", "国務長官")]),
    ("両外相は、日米外相会談で", []),
    ("ピユシュ・ゴヤル・インド商工大臣と", [("ピユシュ・ゴヤル", "IND", "商工大臣")]),
    ("アン・リー豪外務貿易大臣と", [("アン・リー", "AUS", "外務貿易大臣")]),
    ("エンリケ・マナロ・フィリピン外務長官と", [("エンリケ・マナロ", "PHL", "外務長官")]),
    # a parliamentary vice-minister's title is not cut to the minister's it begins with
    ("山川次郎外務大臣政務官は", [("山川次郎", "JPN", "外務大臣政務官")]),
    # a head of state written without 国家
    ("李明・中華人民共和国主席と", [("李明", "CHN", "主席")]),
    # a name, its Latin form in brackets, then country and title
    ("サラ・ヌール (Ms. Sara NOOR)オマーン国連常駐代表と",
     [("サラ・ヌール", "OMN", "国連常駐代表")]),
    # an office under a ministry, in a country written with its 共和国
    ("ホセ・ロペス赤道ギニア共和国外務・協力省付領事長官と",
     [("ホセ・ロペス", "GNQ", "外務・協力省付領事長官")]),
    # a title word inside a country's name is nobody's title
    ("山田外務大臣は、アラブ首長国連邦のドバイを訪問中", [("山田", "JPN", "外務大臣")]),
    # an office is no name; a head whose visit the guest prepares is not at the table
    ("ナシード・モルディブ大統領訪日のため訪日中のアリ・アフマド・モルディブ大統領府付大臣",
     [("アリ・アフマド", "MDV", "大統領府付大臣")]),
    # the guest of a dinner held for them is at the table
    ("ルイス・ペレイラ(Hon. Luis Pereira)ボツワナ共和国外務大臣の歓迎夕食会を開催",
     [("ルイス・ペレイラ", "BWA", "外務大臣")]),
    # an envoy's posting: to Japan from the country named, or Japan's own to that country
    ("ジョン・ムベキ駐日ケニア共和国特命全権大使及び田中駐ケニア大使と",
     [("ジョン・ムベキ", "KEN", "特命全権大使"), ("田中", "JPN", "大使")]),
    # several officials met: 「Xのほか」; a past visit referred to is no presence
    ("ハリーリ首相のほか,アウン文化・芸術・遺跡大臣,ナスル国民議会副議長,サイード元首相,"
     "ファリド日レバノン友好議連会長と会談し,本年のアミール首長訪日の成果を確認",
     [("ハリーリ", None, "首相"), ("アウン", None, "文化・芸術・遺跡大臣"),
      ("ナスル", None, "国民議会副議長"), ("サイード", None, "元首相"),
      ("ファリド", None, "日レバノン友好議連会長")]),
    ("モロイ国際関係・協力副大臣と会談", [("モロイ", None, "国際関係・協力副大臣")]),
    # a Chinese official's party rank with (or as) the office names China
    ("李明中国共産党中央政治局委員兼外交部長と",
     [("李明", "CHN", "中国共産党中央政治局委員兼外交部長")]),
    ("李明中国共産党中央政治局委員・中央外事工作委員会弁公室主任と",
     [("李明", "CHN", "中国共産党中央政治局委員・中央外事工作委員会弁公室主任")]),
    ("朴一(パク・イル)韓国外交通商部長官と", [("朴一", "KOR", "外交通商部長官")]),
    # an organisation written with its abbreviation in brackets before the title
    ("ヤン・ペテルセン北大西洋条約機構(NATO)事務総長と",
     [("ヤン・ペテルセン", "NATO", "事務総長")]),
    ("マリア・ロッシ欧州連合(EU)外務・安全保障政策上級代表と",
     [("マリア・ロッシ", "EU", "外務・安全保障政策上級代表")]),
    # an international organisation, with its abbreviation or not, is the official's side
    ("ラウラ・ベルナルディ国際原子力機関(IAEA)事務局長と",
     [("ラウラ・ベルナルディ", "IAEA", "事務局長")]),
    ("アフリカ連合委員会(AUC)のムサ・カマラ委員長と", [("ムサ・カマラ", "AU", "委員長")]),
    # a delegation's member named in brackets
    ("米国上院議員団(ジョン・スミス上院議員ほか)の表敬を受け",
     [("ジョン・スミス", None, "上院議員")]),
    # a long Latin form (with a comma) between the name and the country
    ("アフメト・ユルマズ(H.E. Mr. Ahmet YILMAZ, President of the Republic of Türkiye, "
     "in his capacity as host)トルコ共和国大統領と",
     [("アフメト・ユルマズ", "TUR", "大統領")]),
    # a royal couple honoured as guests is not at the table; a ministry's secretary of
    # state is its title
    ("カルロス5世スペイン国王王妃両陛下の国賓訪日に際し訪日中のルイス・ガルシア・スペイン"
     "外務・協力省長官と", [("ルイス・ガルシア", "ESP", "外務・協力省長官")]),
    # a monarch's regnal name with its ordinal is a name (the lead's ruling 2), also before
    # the rest of the name
    ("山田外務大臣は、ファイサル3世・ヨルダン・ハシェミット王国国王を表敬しました。",
     [("山田", "JPN", "外務大臣"), ("ファイサル3世", "JOR", "国王")]),
    ("山田総理は、ファイサル3世・イブン・アル・ハサン・ヨルダン・ハシェミット王国国王陛下と",
     [("山田", "JPN", "総理"), ("ファイサル3世・イブン・アル・ハサン", "JOR", "国王")]),
    # an office not yet taken (次期) is still the title after the country, written with its
    # mark as the page writes it (it ranks below the office: test_mofa_ja_layouts_g)
    ("山田外務大臣は、訪日中のホセ・ルイス・ガルシア・ロペス・メキシコ合衆国次期外務大臣の"
     "表敬を",
     [("山田", "JPN", "外務大臣"), ("ホセ・ルイス・ガルシア・ロペス", "MEX", "次期外務大臣")]),
])
def test_people_in_a_lead(lead: str, want: list[tuple]) -> None:
    assert [(p.name, p.country, p.title) for p in find_people_ja(lead)] == want


@pytest.mark.parametrize("name, country, text, want", [
    ("林芳正", "JPN", "林芳正外務大臣は…。林大臣から", "林"),
    ("林芳正", "JPN", "林芳正外務大臣は", "林"),  # one-character family names are data
    ("上川陽子", "JPN", "上川陽子外務大臣は", "上川"),
    ("黄川田", "JPN", "黄川田外務大臣政務官は…黄川田政務官から", "黄川田"),
    # a full name repeated with a title is still a full name when it ends in a given name
    ("堀田薫", "JPN", "堀田薫外務副大臣は…堀田薫副大臣から", "堀田"),
    ("森田誠", "JPN", "森田誠外務大臣政務官は", "森田"),
    ("王毅", "CHN", "王毅国務委員", "王"),
    ("アントニー・ブリンケン", "USA", "", "ブリンケン"),
    ("ファム・ミン・チン", "VNM", "チン首相から", "ファム"),
    ("ジャン=イヴ・ル・ドリアン", "FRA", "", "ル・ドリアン"),
    # both surnames when the full name gives both (the lead's ruling 4), with particles
    ("フアン・ラモン・デ・ラ・フエンテ・ラミレス", "MEX", "デ・ラ・フエンテ外相は",
     "デ・ラ・フエンテ・ラミレス"),
    ("アリシア・バルセナ・イバーラ", "MEX", "", "バルセナ・イバーラ"),
    ("アリシア・バルセナ・イバーラ", "MEX", "バルセナ外相から", "バルセナ・イバーラ"),
    ("マルセロ・ルイス・エブラル・カサウボン", "MEX", "エブラル外相", "エブラル・カサウボン"),
    # ... the last alone when the middle part is a given name
    ("フェリペ・カルロス・ソラ", "ARG", "", "ソラ"),
    # only the short form given: the short form
    ("ルーラ", "BRA", "ルーラ大統領は", "ルーラ"),
    # a Portuguese name by the surname the text uses alone (the lead's ruling 8), else the
    # last; a first name used alone is no evidence
    ("ルイス・イナシオ・ルーラ・ダ・シルバ", "BRA", "ルーラ大統領は", "ルーラ"),
    ("ルイス・イナシオ・ルーラ・ダ・シルバ", "BRA", "", "ダ・シルバ"),
    ("ジルマ・ヴァナ・ルセフ", "BRA", "ジルマ大統領は", "ルセフ"),
    ("マウロ・ヴィエイラ", "BRA", "ヴィエイラ外相", "ヴィエイラ"),
    # a Mongolian's personal name, not the patronymic (ruling 1): used alone, else the last
    ("ダムディン・ツォグトバータル", "MNG", "ツォグトバータル外相から", "ツォグトバータル"),
    ("ダムディン・ツォグトバータル", "MNG", "", "ツォグトバータル"),
    ("ウフナー・フレルスフ", "MNG", "フレルスフ大統領は", "フレルスフ"),
    # an Arab ruling house after a patronymic (ruling 3); without one the given name used
    ("サルマン・ビン・アブドルアジーズ・アール・サウード", "SAU", "サルマン国王から",
     "アール・サウード"),
    ("タミーム・ビン・ハマド・アール・サーニー", "QAT", "タミーム首長", "アール・サーニー"),
    # a regnal name keeps its ordinal (ruling 2)
    ("アブドッラー2世・イブン・アル・フセイン", "JOR", "", "アブドッラー2世"),
    ("フェリペ6世", "ESP", "フェリペ6世国王", "フェリペ6世"),
    # ... but an ordinal after a later part is a suffix, as "John Smith III"
    ("ジョン・スミス3世", "USA", "スミス議員は", "スミス"),
    ("サンティアゴ・アンドレス・カフィエロ", "ARG", "カフィエロ外相から", "カフィエロ"),
    ("ドーン・プラムドウィナイ", "THA", "ドーン外相から", "プラムドウィナイ"),
    # elsewhere the part the page uses alone before a title is the name the person goes by
    ("ハリマ・ユスフ", "KEN", "ハリマ・ユスフ外務長官は…ハリマ長官から", "ハリマ"),
    ("ハリマ・ユスフ", "KEN", "ハリマ・ユスフ外務長官は", "ユスフ"),
    # a patronymic name: by the given name where the text calls the person so, else by the
    # patronymic as written, as `naming` reads "Faisal bin Farhan" (ruling 3: "bin Salman")
    ("ファイサル・ビン・ファルハーン", "SAU", "ファイサル外相から", "ファイサル"),
    ("ファイサル・ビン・ファルハーン", "SAU", "", "ビン・ファルハーン"),
    ("イブラーヒーム・アル・アッサーフ", "SAU", "", "アッサーフ"),
    ("アウン・サン・スー・チー", "MMR", "", "アウン・サン・スー・チー"),
    ("佐々木三郎", "JPN", "佐々木三郎総理大臣は", "佐々木"),
    # an organisation's official: the nationality a word of the name gives orders it
    ("カオ・ソムナン", "ASEAN", "カオ・ソムナン事務総長から", "カオ"),
    ("レー・ヴァン・タム", "ASEAN", "タム事務総長から", "レー"),
    # an Arabic article the page never drops stays; one it drops goes
    ("サラ・アル・ヌーリ", "OMN", "サラ・アル・ヌーリ大使は…アル・ヌーリ・オマーン大使から",
     "アル・ヌーリ"),
    ("サラ・アル・ヌーリ", "OMN", "サラ・アル・ヌーリ大使は…ヌーリ大使から", "ヌーリ"),
    # the page's own unit of name: 「ロペス・ガルシア長官」 and never 「ガルシア長官」
    ("ホセ・ロペス・ガルシア", "GNQ", "ホセ・ロペス・ガルシア長官は…ロペス・ガルシア長官から",
     "ロペス・ガルシア"),
    ("ロペス・ガルシア", "GNQ", "ロペス・ガルシア赤道ギニア長官は…ロペス・ガルシア長官から"
     "…ロペス・ガルシア長官は", "ロペス・ガルシア"),
    # the full name before a title once is the lead's mention, not a unit
    ("ジョン・スミス", "USA", "ジョン・スミス国務長官と会談", "スミス"),
    # nor is it one when written twice but never referred back to by it (a list's entry)
    ("アリ・ハサン", "IDN", "アリ・ハサン大統領が議長を務め…アリ・ハサン大統領(議長)", "ハサン"),
])
def test_family_names(name: str, country: str, text: str, want: str) -> None:
    assert family_name(name, country, text, language="ja") == want


def test_themes_match_inside_japanese_runs_and_full_width() -> None:
    found = {(m.theme, m.matched) for m in tag("本年のＧ７議長国として日米同盟の抑止力を強化")}
    assert ("g7", "Ｇ７") in found
    assert ("alliance_security", "日米同盟") in found
    # an English wording still needs its word boundary in Latin text
    assert not {m.theme for m in tag("The G77 met.")} & {"g7"}


def test_user_overlay_adds_a_japanese_wording(tmp_path: Path) -> None:
    overlay = tmp_path / "mine.toml"
    overlay.write_text('[themes.semiconductors]\nlabel = "Chips"\nwordings = ["半導体"]\n',
                       "utf-8")
    found = {m.theme for m in tag("両外相は半導体分野での協力を確認", overlay)}
    assert "semiconductors" in found


def test_language_of() -> None:
    assert language_of("両外相は会談を行いました。") == "ja"
    assert language_of("On May 2, the two ministers met. 画像1") == "en"
    assert language_of("") == "en"


def test_explain_shows_japanese_evidence(tmp_path: Path) -> None:
    from policytrends import taxonomy
    from policytrends.explain import load_evidence, render_text
    from policytrends.ingest import ingest
    from policytrends.store import Store

    src = tmp_path / "src"
    src.mkdir()
    (src / "ja.txt").write_bytes((FIXTURES / "mirror_meeting.txt").read_bytes())
    ingest([src], tmp_path / "store", jobs=1)
    rid = str(Store(tmp_path / "store").read_table("documents")["record_id"][0])
    out = render_text(load_evidence(tmp_path / "store", rid), taxonomy.load())
    assert "[[自由で開かれたインド太平洋]]" in out
    assert "indo_pacific (Indo-Pacific): 1 mention(s); 0 own, 1 via foip" in out
    assert "[[ロシアによるウクライナ侵略]]" in out


@pytest.mark.parametrize("text, want", [
    ("安全保障、経済、人的交流など様々な分野で協力", {"alliance_security", "economy_trade"}),
    ("安保や経済等での日韓間の協力", {"alliance_security", "economy_trade"}),
    ("経済安全保障分野での協力", {"economy_trade"}),
    ("国連安全保障理事会の非常任理事国として", set()),
    ("法の支配に基づく自由で開かれたインド太平洋", {"foip", "indo_pacific"}),
    ("イランによる核合意の履行", {"middle_east", "nuclear_disarmament"}),
    ("北朝鮮による弾道ミサイル発射", {"north_korea", "nk_nuclear_missile"}),
    ("イエメンの弾道ミサイル", {"middle_east"}),  # ambiguous: no North Korea named
])
def test_japanese_theme_wordings(text: str, want: set[str]) -> None:
    assert {m.theme for m in tag(text)} == want


def test_user_overlay_adds_japanese_wordings_to_a_shipped_theme(tmp_path: Path) -> None:
    overlay = tmp_path / "mine.toml"
    overlay.write_text('[themes.economy_trade]\nadd_wordings = ["半導体"]\n', "utf-8")
    assert "economy_trade" in {m.theme for m in tag("半導体の供給について協議", overlay)}
    assert "economy_trade" not in {m.theme for m in tag("半導体の供給について協議")}


def test_points_above_the_date_line_follow_the_lead() -> None:
    text = _read("points_above_date.txt").text
    assert text.startswith("現地時間3月2日")
    assert text.endswith("連携していくことで一致しました。")
    assert "- " not in text


def test_a_wish_to_meet_is_no_meeting() -> None:
    from policytrends.records import RawRecord

    raw = RawRecord(source="mofa", path="w.txt", item=None, language="ja",
                    text="1 二国間関係\n\n首相から、サミットにおいても総理と会談したい旨の"
                         "意向が示されました。")
    assert extract.analyse(raw).kind != "meeting"


@pytest.mark.parametrize("title, rank", [
    ("外務大臣政務官", "other"), ("主席", "head"), ("国連常駐代表", "other"),
    ("外務・協力省付領事長官", "other"),
    # offices held together rank as the highest of them
    ("首相兼外務大臣", "head"), ("副首相兼外務大臣", "cabinet"), ("元首相", "other"),
    ("日葡友好議員連盟会長", "other"), ("大統領府付大臣", "cabinet"),
    ("外務・協力省長官", "other"),
])
def test_title_ranks(title: str, rank: str) -> None:
    from policytrends.extract.mofa_ja_people import rank_ja

    assert rank_ja(title) == rank


def test_a_passive_lead_with_yukonawareta_is_a_meeting() -> None:
    from policytrends.records import RawRecord

    raw = RawRecord(source="mofa", path="p.txt", item=None, language="ja",
                    text="3月4日、10時より約15分間、山川総理とスミス英首相との間で、"
                         "日英首脳電話会談が行われたところ、概要以下のとおり。")
    analysis = extract.analyse(raw)
    assert analysis.kind == "meeting"
    assert analysis.meeting is not None and analysis.meeting.level == "summit"


def date_of(day: str):
    from datetime import date

    return date.fromisoformat(day)


def _analyse_lead(text: str, published: str | None = None):
    from datetime import date

    from policytrends.records import RawRecord

    raw = RawRecord(source="mofa", path="l.txt", item=None, language="ja", text=text,
                    published=date.fromisoformat(published) if published else None)
    analysis = extract.analyse(raw)
    assert analysis.meeting is not None
    return analysis.meeting


def test_a_time_range_shares_the_start_s_half_of_the_day() -> None:
    m = _analyse_lead("本5日午後7時から8時40分まで、山田外務大臣は、訪日中のスミス英国外務大臣と"
                      "会談及び夕食会を行いました。", "2013-11-05")
    assert (m.start_local, m.duration_min) == ("19:00", 100)


_TRIP = ("山田外務副大臣は、7月1日から5日まで、ケニア共和国及びタンザニア連合共和国を"
         "訪問したところ、概要は以下のとおりです。\n\n1 ケニア(7月1日~3日)\n\n"
         "- オチエング外務大臣との会談\n\n"
         "2日、山田副大臣は、ナイロビにおいて、オチエング外務大臣及び"
         "ワンジク貿易・産業大臣と会談しました。")
_TANZANIA = ("\n\n2 タンザニア(7月4日~5日)\n\n4日、山田副大臣はタンザニアを訪問し、"
             "ムセング首相のほか、バラカ外務次官と会談を行いました。")


def test_a_trip_report_is_its_sections_meetings() -> None:
    from policytrends.extract.mofa_ja import analyse_mofa_ja
    from policytrends.records import RawRecord

    raw = RawRecord(source="mofa", path="t.txt", item=None, language="ja",
                    text=_TRIP + _TANZANIA, published=date_of("2014-07-08"))
    analysis = analyse_mofa_ja(raw)
    m = analysis.meeting
    assert m is not None
    # separate bilateral meetings: two parties, every country met, the first meeting's day
    assert (m.parties, m.counterpart_countries, str(m.date)) == (2, ("KEN", "TZA"), "2014-07-02")
    assert m.location_country is None  # several places
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("オチエング", "KEN"), ("ワンジク", "KEN"), ("ムセング", "TZA"),
        ("バラカ", "TZA")]


def test_a_trip_report_of_one_country_s_meetings_has_its_place() -> None:
    m = _analyse_lead(_TRIP, "2014-07-08")
    assert (m.counterpart_countries, m.location_country) == (("KEN",), "KEN")


def test_a_visit_to_one_country_is_read_as_a_trip_report_of_its_sections() -> None:
    # the first section is a multilateral session; the officials met come later, one in a
    # brief standing talk (立ち話)
    from policytrends.extract.mofa_ja import analyse_mofa_ja
    from policytrends.records import RawRecord

    text = ("11月1日から2日まで、山田一郎外務大臣政務官は、ケニア共和国を訪問したところ、概要は次の"
            "とおりです。\n\n1 地域協力閣僚会合への出席\n\n 2日、山田政務官は、ナイロビで開催された"
            "閣僚会合に出席し、海洋安全保障についてスピーチをしました。\n\n"
            "2 オチエング外務大臣との立ち話\n\n 2日、山田政務官は、ジェーン・オチエング・"
            "ケニア共和国外務大臣と短時間の立ち話を行いました。\n\n3 ワンジク外務次官との会談\n\n"
            " 2日、山田政務官は、ピーター・ワンジク・ケニア共和国外務次官と会談を行いました。")
    raw = RawRecord(source="mofa", path="v.txt", item=None, language="ja", text=text,
                    published=date_of("2018-11-03"))
    analysis = analyse_mofa_ja(raw)
    m = analysis.meeting
    assert m is not None
    assert (m.parties, m.counterpart_countries, m.location_country) == (2, ("KEN",), "KEN")
    assert [(p.family_name, p.country) for p in analysis.participants] == [
        ("山田", "JPN"), ("オチエング", "KEN"), ("ワンジク", "KEN")]


def test_an_audience_with_a_monarch_names_him_by_his_regnal_name() -> None:
    from policytrends.extract.mofa_ja import analyse_mofa_ja
    from policytrends.records import RawRecord

    text = ("本5日午後3時から約30分間、山田太郎外務大臣は、訪問中のヨルダンにおいて、"
            "ファイサル3世・ヨルダン・ハシェミット王国国王を表敬しました。")
    raw = RawRecord(source="mofa", path="k.txt", item=None, language="ja", text=text,
                    published=date_of("2013-07-05"))
    assert [(p.family_name, p.country) for p in analyse_mofa_ja(raw).participants] == [
        ("山田", "JPN"), ("ファイサル3世", "JOR")]


def test_an_audience_with_a_monarch_is_a_meeting() -> None:
    m = _analyse_lead("本28日午後5時50分(現地時間)から約20分間、ヨルダンを訪問中の山田太郎"
                      "外務大臣は、ファイサル3世・イブン・アル・ハサン国王陛下を拝謁したところ、"
                      "概要は以下のとおりです。", "2018-04-28")
    assert (m.mode, m.start_local, m.duration_min, m.location_country) == (
        "in_person", "17:50", 20, "JOR")


def test_a_visit_to_one_country_keeps_its_city() -> None:
    m = _analyse_lead("山田外務副大臣は、ナイロビにおいて、オチエング・ケニア外務大臣と"
                      "会談しました。", "2014-07-06")
    assert m.location_country == "KEN"


@pytest.mark.parametrize("line, want", [
    ("平成20年12月", (2008, 12)), ("2009年3月", (2009, 3)), ("令和元年5月", (2019, 5)),
    ("平成20年12月16日", None), ("平成20年13月", None),
])
def test_month_headings(line: str, want: tuple[int, int] | None) -> None:
    from policytrends.japanese import month_of_line

    assert month_of_line(line) == want


def test_a_meal_shared_is_a_meeting_and_its_place_in_japan_is_found() -> None:
    m = _analyse_lead("1 本11日午後0時30分頃から約40分間,山川次郎・内閣総理大臣は,王明(おう・めい)"
                      "国務院総理と静岡県浜松市の料亭で昼食を共にしました。", "2019-05-11")
    assert (m.level, m.location_country, m.start_local, m.duration_min) == (
        "summit", "JPN", "12:30", 40)


def test_a_reception_attended_is_no_meeting() -> None:
    from policytrends.records import RawRecord

    raw = RawRecord(source="mofa", path="r.txt", item=None, language="ja",
                    text="本10日,山川次郎・内閣総理大臣は,王明国務院総理と共に,友好団体主催の"
                         "記念レセプションに出席したところ,概要は以下のとおりです。")
    assert extract.analyse(raw).kind != "meeting"


def test_an_official_visit_gives_its_country_and_a_range_may_say_yori() -> None:
    m = _analyse_lead("現地時間10月9日、午後6時35分より8時45分まで、首脳会議出席のためラオス"
                      "人民民主共和国を公式訪問中の山川次郎内閣総理大臣は、スミス英国首相と"
                      "会談及び夕食会を行いました。", "2024-10-10")
    assert (m.location_country, m.start_local, m.duration_min) == ("LAO", "18:35", 130)


def test_an_unsided_attendee_in_katakana_is_the_other_side_s() -> None:
    from policytrends.extract.mofa_ja import analyse_mofa_ja
    from policytrends.records import RawRecord

    raw = RawRecord(source="mofa", path="a.txt", item=None, language="ja",
                    text="本25日16時から約10分間,山田太郎外務大臣は,ジョン・ムベキ・ケニア共和国"
                         "大統領を表敬したところ,概要は以下のとおりです。会談には,アン・ワンジク"
                         "貿易・産業大臣が同席しました。", published=date_of("2017-08-25"))
    people = [(p.family_name, p.country) for p in analyse_mofa_ja(raw).participants]
    assert people == [("山田", "JPN"), ("ムベキ", "KEN"), ("ワンジク", "KEN")]


@pytest.mark.parametrize("lead, published, want", [
    # a day just past (「昨22日」) is resolved near the page date
    ("昨22日(現地時間),ニューヨークを訪問中の山田外務大臣は,スミス英国外務大臣と会談を"
     "行いました。", "2015-09-23", ("2015-09-22", "USA")),
    # another country's ministry is no place in Japan; a seat of government gives its country
    ("5月3日,ベルリンのドイツ外務省において,山田外務大臣は,シュミット・ドイツ外務大臣と"
     "会談を行いました。", "2015-05-04", ("2015-05-03", "DEU")),
    ("現地時間5月3日,山川総理大臣は,ホワイトハウスにおいて,スミス米国大統領と首脳会談を"
     "行いました。", "2015-05-04", ("2015-05-03", "USA")),
    # a lead without a place, whose first point welcomes the visit to Japan
    ("12日午前11時30分から約90分間,山田外務大臣政務官は,ルイス・ガルシア・スペイン外務・"
     "協力省長官と会談しました。\n\n1 冒頭,山田政務官より,ガルシア長官の訪日を歓迎しました。",
     "2015-05-13", ("2015-05-12", "JPN")),
    # a country's mission is not in that country: the city's clock says where
    ("本19日午前11時10分(NY時間)から約25分間,山川総理大臣は,カタール国連代表部にて,"
     "タミーム・カタール国首長と首脳会談を行いました。", "2016-09-19", ("2016-09-19", "USA")),
    ("本19日,山田外務大臣は,駐日カタール大使公邸において,ムハンマド・カタール外務大臣と"
     "会談を行いました。", "2016-09-19", ("2016-09-19", "JPN")),
])
def test_day_and_place_of_a_lead(lead: str, published: str, want: tuple[str, str]) -> None:
    m = _analyse_lead(lead, published)
    assert (str(m.date), m.location_country) == want


@pytest.mark.parametrize("lead, want", [
    # 「当方:」 labels Japan's attendees; full names give the family name
    ("本20日午前10時30分頃から約10分間、山川次郎内閣総理大臣は、ジョン・スミス英国首相との間で"
     "電話会談を行ったところ、概要は以下のとおりです(当方:佐藤官房副長官、長谷川総理補佐官"
     "他同席)。", ["山川", "スミス", "佐藤", "長谷川"]),
    # a bracket of names ending 「他同席」, and a call received
    ("本17日午前12時から約15分間,山川次郎内閣総理大臣は,ジョン・スミス英国首相からの"
     "お祝いの電話を受けたところ,概要は以下のとおりです(木村一郎内閣官房副長官,"
     "谷川正太郎国家安全保障局長他同席)。", ["山川", "スミス", "木村", "谷川"]),
])
def test_attendees_in_brackets_and_calls_received(lead: str, want: list[str]) -> None:
    from policytrends.extract.mofa_ja import analyse_mofa_ja
    from policytrends.records import RawRecord

    raw = RawRecord(source="mofa", path="c.txt", item=None, language="ja", text=lead,
                    published=date_of("2014-12-17"))
    analysis = analyse_mofa_ja(raw)
    assert analysis.kind == "meeting"
    assert [p.family_name for p in analysis.participants] == want


def test_noon_is_twelve_whether_written_gozen_or_gogo() -> None:
    for clock in ("午前12時", "午後12時"):
        m = _analyse_lead(f"本17日{clock}から約15分間,山田外務大臣は,スミス英国外務大臣と電話会談を"
                          "行いました。", "2014-12-17")
        assert m.start_local == "12:00"
