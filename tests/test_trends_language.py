"""A store mixing English and Japanese MOFA pages charts FOIP per year for each language."""

from __future__ import annotations

from pathlib import Path

import pytest

from policytrends import trends
from policytrends.ingest import ingest

ENGLISH = (
    "Japan-Australia Relations\n\n{month} {day}, {year}\n\n"
    "On {month} {day}, commencing at 3:00 p.m. for approximately 30 minutes, Mr. SATO Jiro, "
    "Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with Ms. Ann "
    "Lee, Minister for Foreign Affairs of Australia. The overview of the meeting is as "
    "follows.\n\n  1. The two ministers {what}.\n\nBack to Japan-Australia Relations\n"
)
JAPANESE = """外務省・新着情報

{era}{month}月{day}日

 {month}月{day}日、午後3時から約30分間、佐藤次郎外務大臣は、アン・リー・オーストラリア外務大臣と会談を行ったところ、概要は以下のとおりです。
 1 両外相は、{what}。

発信元サイトへ
"""
FOIP_EN = "confirmed their cooperation towards a Free and Open Indo-Pacific"
OTHER_EN = "exchanged views on the economy and trade"
FOIP_JA = "「自由で開かれたインド太平洋」の実現に向けて協力することで一致しました"
OTHER_JA = "貿易・投資について意見交換を行いました"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mixed")
    src = root / "src"
    src.mkdir()
    pages = [  # (file, text): FOIP in English 2021 x2, 2022 x1; in Japanese 2021 x1, 2022 x2
        # (each text differs: the same text twice would be one record and its duplicate)
        ("en1.txt", ENGLISH.format(month="May", day=1, year=2021, what=FOIP_EN)),
        ("en2.txt", ENGLISH.format(month="June", day=2, year=2021, what=FOIP_EN)),
        ("en3.txt", ENGLISH.format(month="May", day=3, year=2022, what=FOIP_EN)),
        ("en4.txt", ENGLISH.format(month="July", day=4, year=2022, what=OTHER_EN)),
        ("ja1.txt", JAPANESE.format(era="令和3年", month=5, day=5, what=FOIP_JA)),
        ("ja2.txt", JAPANESE.format(era="令和3年", month=6, day=6, what=OTHER_JA)),
        ("ja3.txt", JAPANESE.format(era="令和4年", month=5, day=7, what=FOIP_JA)),
        ("ja4.txt", JAPANESE.format(era="令和4年", month=7, day=8, what=FOIP_JA)),
    ]
    for name, text in pages:
        (src / name).write_text(text, "utf-8")
    ingest([src], root / "store", jobs=1)
    return root / "store"


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_foip_per_year_for_each_language(store: Path, engine: str) -> None:
    df = trends.theme_frequency(store, "foip", period="year", by="language", engine=engine)
    got = {(int(r.period.year), r.language): (int(r.records), int(r.n_records))
           for r in df.itertuples()}
    assert got == {(2021, "en"): (2, 2), (2022, "en"): (1, 2),
                   (2021, "ja"): (1, 2), (2022, "ja"): (2, 2)}


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_language_and_source_filters(store: Path, engine: str) -> None:
    ja = trends.theme_frequency(store, "foip", period="year", language="ja", engine=engine)
    assert [int(n) for n in ja["records"]] == [1, 2]
    none = trends.theme_frequency(store, "foip", period="year", language="ja",
                                  sources=["whitehouse"], engine=engine)
    assert int(none["records"].sum()) == 0
    by_source = trends.theme_frequency(store, "foip", period="year", by="source",
                                       language=["en"], engine=engine)
    assert set(by_source["source"]) == {"mofa"}
    assert int(by_source["records"].sum()) == 3


def test_report_takes_a_language() -> None:
    from policytrends import report

    with report.packaged_notebook() as nb:
        declared = report.declared_parameters(nb)
    assert declared["language"] is None
    assert report.coerce([("language", "ja")], declared) == {"language": "ja"}


def test_an_unknown_language_is_a_clear_error(store: Path) -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        trends.theme_frequency(store, "foip", period="year", language="fr")
