"""Trend functions on a hand-written store (tests/trendstore.py); counts worked out by hand."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from trendstore import NK, named_records, sample_records, write_store

import policytrends
from policytrends import trends


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("trends") / "store", sample_records())


def _row(df: pd.DataFrame, **where: object) -> pd.Series:
    sel = df
    for col, val in where.items():
        sel = sel[sel[col] == (pd.Timestamp(val) if col == "period" else val)]
    assert len(sel) == 1, f"expected one row for {where}, got {len(sel)}"
    return sel.iloc[0]


def test_quarterly_counts_denominators_and_empty_quarters(store: Path) -> None:
    df = trends.theme_frequency(store, ["foip", "north_korea", "china"], period="quarter")
    # 2021Q1: four dated records (the duplicate RSS copy is not counted), three meetings
    q1 = _row(df, period="2021-01-01", theme="china")
    assert (q1.records, q1.n_records, q1.n_meetings) == (2, 4, 3)
    assert q1.share == pytest.approx(0.5)
    nk = _row(df, period="2021-01-01", theme="north_korea")
    assert (nk.records, nk.mentions) == (2, 3)
    # 2021Q3 and Q4 have no records: present, with zero counts and no share (no data)
    empty = df[df["period"] == pd.Timestamp("2021-07-01")]
    assert len(empty) == 3
    assert (empty[["records", "n_records"]] == 0).all().all()
    assert empty[["share", "ci_low", "ci_high"]].isna().all().all()
    assert list(df["period"].drop_duplicates()) == list(
        pd.date_range("2021-01-01", "2022-04-01", freq="QS"))
    # UN speeches (year only) cannot be placed in a quarter
    assert df.attrs["undated"] == 2


def test_meeting_date_wins_over_publication_date(store: Path) -> None:
    df = trends.theme_frequency(store, ["north_korea"], period="month",
                                start="2022-03-01", end="2022-04-30")
    assert _row(df, period="2022-03-01").records == 1  # met 31 March, published 1 April
    assert _row(df, period="2022-04-01").records == 0


def test_yearly_periods_count_year_only_speeches(store: Path) -> None:
    df = trends.theme_frequency(store, ["north_korea", "foip"], period="year")
    nk22 = _row(df, period="2022-01-01", theme="north_korea")
    assert (nk22.records, nk22.n_records) == (3, 5)
    foip21 = _row(df, period="2021-01-01", theme="foip")
    assert (foip21.records, foip21.n_records) == (3, 6)
    assert df.attrs["undated"] == 0


def test_filters(store: Path) -> None:
    wh = trends.theme_frequency(store, ["foip"], period="year", sources=["whitehouse"])
    assert _row(wh, period="2021-01-01").n_records == 3
    meet = trends.theme_frequency(store, ["foip"], period="year", meetings_only=True)
    assert list(meet["n_records"]) == [3, 3] and list(meet["records"]) == [1, 2]
    jpn = trends.theme_frequency(store, ["north_korea"], period="year",
                                 reporting_country="JPN")
    assert list(jpn["records"]) == [0, 1]
    dated = trends.theme_frequency(store, ["china"], period="month",
                                   start="2021-03-01", end="2021-03-31")
    assert list(dated["records"]) == [2]


def test_by_counterpart_counts_each_country(store: Path) -> None:
    df = trends.theme_frequency(store, ["north_korea"], period="month", by="counterpart",
                                start="2021-01-01", end="2021-01-31")
    assert _row(df, counterpart="JPN").records == 2
    assert _row(df, counterpart="KOR").records == 1
    assert "(none)" not in set(df["counterpart"])  # every January record had a counterpart
    yearly = trends.theme_frequency(store, ["north_korea"], period="year", by="counterpart")
    # 2021 records without a counterpart: a statement, the budget note, a UN speech
    assert _row(yearly, period="2021-01-01", counterpart="(none)").n_records == 3
    by_mode = trends.theme_frequency(store, ["north_korea"], period="year", by="mode")
    assert _row(by_mode, period="2022-01-01", mode="video").records == 1


def test_frames_and_path_agree(store: Path) -> None:
    frames = policytrends.load(store)
    a = trends.theme_frequency(store, None, period="quarter", by="source")
    b = trends.theme_frequency(frames, None, period="quarter", by="source")
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize("kw", [
    {"period": "month"},
    {"period": "quarter", "by": "counterpart"},
    {"period": "year", "by": "source", "themes": ["foip", "china"]},
    {"period": "year", "by": "level", "meetings_only": True},
    {"period": "month", "sources": "whitehouse,mofa", "start": "2021-02-01"},
])
def test_duckdb_equals_pandas(store: Path, kw: dict) -> None:
    a = trends.theme_frequency(store, engine="pandas", **kw)
    b = trends.theme_frequency(store, engine="duckdb", **kw)
    assert len(a) > 0
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs["undated"] == b.attrs["undated"]


@pytest.mark.parametrize("fn", [trends.cooccurrence, trends.counterpart_themes,
                                trends.first_appearance, trends.rising_themes,
                                trends.meetings_timeline])
def test_other_functions_duckdb_equals_pandas(store: Path, fn: object) -> None:
    a = fn(store, engine="pandas")  # type: ignore[operator]
    b = fn(store, engine="duckdb")  # type: ignore[operator]
    assert len(a) > 0
    pd.testing.assert_frame_equal(a, b)


def test_cooccurrence(store: Path) -> None:
    df = trends.cooccurrence(store, ["foip", "russia_ukraine", "china"])
    assert len(df) == 9
    pair = _row(df, theme_a="foip", theme_b="russia_ukraine")
    assert (pair.records, pair.records_a, pair.records_b) == (2, 5, 2)
    assert pair.jaccard == pytest.approx(2 / 5)
    assert _row(df, theme_a="china", theme_b="russia_ukraine").records == 0


def test_counterpart_themes(store: Path) -> None:
    df = trends.counterpart_themes(store, ["north_korea", "foip"])
    jpn = _row(df, counterpart="JPN", theme="north_korea")
    assert (jpn.records, jpn.n_records) == (3, 3)
    assert "(none)" not in set(df["counterpart"])
    top = trends.counterpart_themes(store, ["foip"], top=1)
    assert list(top["counterpart"]) == ["JPN"]


def test_first_appearance_and_rising(store: Path) -> None:
    first = trends.first_appearance(store, ["china", "russia_ukraine"])
    assert _row(first, theme="china").first_date == pd.Timestamp("2021-03-02")
    assert _row(first, theme="russia_ukraine").first_date == pd.Timestamp("2022-02-09")
    per_source = trends.first_appearance(store, ["china"], by="source")
    assert list(per_source["source"]) == ["whitehouse", "state"]
    rising = trends.rising_themes(store, ["china", "foip", "north_korea"],
                                  recent_days=91, baseline_days=365, end="2022-06-30")
    assert rising.iloc[0].theme == "china"  # 1 of 2 recent records, 0 of 3 before
    china = _row(rising, theme="china")
    assert (china.recent_records, china.recent_n, china.baseline_n) == (1, 2, 3)


def test_drill_down_returns_records_and_passages(store: Path) -> None:
    df = trends.drill_down(store, "north_korea", "2021-01")
    assert df["record_id"].nunique() == 2
    assert len(df) == 3  # one passage, then two in the Korea meeting
    assert set(df["matched"]) == {NK}
    one = trends.drill_down(store, "north_korea", "2021Q1", period="quarter",
                            counterpart="KOR", engine="duckdb")
    assert list(one["title"].unique()) == ["Readout of a meeting with Korea"]
    text = f"The two sides condemned {NK} and again condemned {NK}."
    assert list(one["start"]) == [text.index(NK), text.rindex(NK)]
    assert all(NK in c for c in one["context"])


def test_timeline_and_themes_present(store: Path) -> None:
    tl = trends.meetings_timeline(store)
    kor = tl[tl["counterpart"] == "KOR"]
    assert list(kor["date"].dt.strftime("%Y-%m-%d")) == ["2021-01-27", "2022-03-31"]
    assert trends.themes_present(store)[:2] == ["foip", "indo_pacific"]


def test_bad_arguments_are_named(store: Path) -> None:
    with pytest.raises(ValueError, match="period"):
        trends.theme_frequency(store, period="week")
    with pytest.raises(ValueError, match="by must be"):
        trends.theme_frequency(store, by="speaker")
    with pytest.raises(TypeError):
        trends.theme_frequency(store, sourcez=["state"])


def test_records_latest_first_and_meeting_counts(store: Path) -> None:
    recs = trends.records(store, ["north_korea"], limit=3)
    assert list(recs["date"].dt.strftime("%Y-%m-%d").fillna("")) == [
        "2022-05-23", "2022-03-31", ""]  # the 2022 UN speech has only its year
    assert recs.iloc[0]["themes"] == "north_korea"
    assert recs.iloc[0]["counterparts"] == "JPN"
    counts = trends.meeting_counts(store, period="year", by=None)
    jpn = counts[counts["counterpart"] == "JPN"]
    assert list(jpn["meetings"]) == [2, 1]
    assert len(counts) == 2 * counts["counterpart"].nunique()  # zeros included


def test_shares_have_wilson_intervals_and_the_last_period_is_marked_partial(store: Path) -> None:
    df = trends.theme_frequency(store, ["china"], period="quarter")
    q1 = _row(df, period="2021-01-01")  # 2 of 4 records
    # Wilson 95% interval of 2/4, worked out by hand: centre (0.5 + z²/8) / (1 + z²/4)
    assert (q1.ci_low, q1.ci_high) == pytest.approx((0.1500, 0.8500), abs=1e-4)
    assert q1.ci_low < q1.share < q1.ci_high
    # the data stop on 30 June 2022, the last day of 2022Q2: no period is partial
    assert not df["partial"].any()
    cut = trends.theme_frequency(store, ["china"], period="year", end="2022-05-31")
    assert list(cut["partial"]) == [False, True]  # 2022 stops in May
    monthly = trends.theme_frequency(store, ["china"], period="quarter", end="2022-05-31")
    assert list(monthly.loc[monthly["partial"], "period"]) == [pd.Timestamp("2022-04-01")]
    rising = trends.rising_themes(store, ["china"], recent_days=30, baseline_days=30,
                                  end="2021-12-31")  # nothing in either window
    assert rising[["recent_share", "baseline_share", "change"]].isna().all().all()


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_meeting_filters(store: Path, engine: str) -> None:
    def n(**kw: object) -> list[int]:
        df = trends.theme_frequency(store, ["north_korea"], period="year", engine=engine,
                                    **kw)
        return [int(v) for v in df["n_records"]]

    assert n(counterpart="KOR") == [1, 1]  # the Korea-Japan meeting; the MOFA video call
    assert n(counterpart=["IND", "AUS"]) == [1, 1]
    assert n(level="summit") == [1, 1]
    assert n(mode="video") == [1]  # periods span the records counted: 2022 only
    assert n(bilateral=True) == [2, 3]  # the 2021 meeting with KOR and JPN has 3 parties
    assert n(counterpart="JPN", bilateral=True) == [1, 1]
    assert n(sources="mofa", level="other") == [1]
    with pytest.raises(ValueError, match="ministerial"):  # did you mean
        n(level="ministrial")
    with pytest.raises(ValueError, match="telephone"):
        n(mode="phone call")


@pytest.fixture(scope="module")
def named_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("named") / "store", named_records())


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_official_filter_ignores_case_and_accents(named_store: Path, engine: str) -> None:
    def n(official: object) -> int:
        df = trends.theme_frequency(named_store, None, period="year", engine=engine,
                                    official=official)
        return int(df.drop_duplicates("period")["n_records"].sum())

    assert n("Kishida") == 3  # "KISHIDA Fumio", "Fumio Kishida", "Kishída"
    assert n("KISHÍDA") == 3
    assert n("hayashi") == 4
    assert n(["Hayashi", "Blinken"]) == 5
    assert n("Kishi") == 0  # whole names only


def test_language_filter(store: Path) -> None:
    frames = policytrends.load(store)
    docs = frames.documents.drop(columns=[c for c in ["language"]
                                          if c in frames.documents.columns])
    without = replace(frames, documents=docs)
    with pytest.raises(ValueError, match="documents.language"):
        trends.theme_frequency(without, ["foip"], period="year", language="ja")
    langs = docs.assign(language=["ja" if s == "mofa" else "en" for s in docs["source"]])
    ja = trends.theme_frequency(replace(frames, documents=langs), ["foip"], period="year",
                                language="ja")
    assert list(ja["n_records"]) == [2]  # the two MOFA pages, 2022


@pytest.mark.parametrize("period", ["month", "quarter", "year"])
def test_sql_views_equal_theme_frequency(store: Path, period: str) -> None:
    from policytrends import sql

    want = trends.theme_frequency(store, None, period=period)
    cols = ["period", "theme", "records", "mentions", "n_records", "n_meetings", "share"]
    got = sql.connect(store).sql(f"SELECT * FROM theme_frequency_{period} "
                                 "ORDER BY period, theme").df()
    pd.testing.assert_frame_equal(got[cols], want[cols], check_dtype=False)


def test_sql_records_say_which_date_they_use(store: Path) -> None:
    from policytrends import sql

    con = sql.connect(store)
    basis = dict(con.execute("SELECT date_basis, count(*) FROM records GROUP BY ALL").fetchall())
    # six dated meetings, four records by their publication date (the meeting with no
    # stated date among them), the two UN speeches with only a year; the copy left out
    assert basis == {"meeting": 5, "published": 4, None: 2}
    row = con.execute("SELECT date, published FROM records WHERE title LIKE '<script>%'"
                      ).fetchone()
    assert row is not None and str(row[0]) == "2022-03-31" and str(row[1]) == "2022-04-01"


def test_frames_repr_is_a_short_summary(store: Path) -> None:
    text = repr(policytrends.load(store))
    assert text.startswith("Frames(root=") and "documents=12" in text and "meetings=6" in text
    assert len(text) < 400 and "\n" not in text


def test_analysis_modules_are_attributes_of_the_package_imported_lazily() -> None:
    import subprocess
    import sys

    code = ("import sys, policytrends; heavy = {'pandas', 'matplotlib', 'duckdb'} & "
            "set(sys.modules); assert not heavy, heavy; "
            "print(policytrends.trends.theme_frequency.__name__, "
            "policytrends.plots.trend_lines.__name__, policytrends.sql.connect.__name__)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["theme_frequency", "trend_lines", "connect"]


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_language_filter_on_a_store(tmp_path: Path, engine: str) -> None:
    recs = [replace(r, language="ja" if r.source == "mofa" else "en") for r in sample_records()]
    store = write_store(tmp_path / "store", recs)
    ja = trends.theme_frequency(store, ["foip"], period="year", language="ja", engine=engine)
    assert list(ja["n_records"]) == [2]  # the two MOFA pages, 2022
    en = trends.theme_frequency(store, ["foip"], period="year", language="en", engine=engine)
    assert list(en["n_records"]) == [6, 3]
