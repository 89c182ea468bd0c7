"""`fetch mofa --lang ja`: Japanese monthly press-release pages on a local server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from local_site import FAST, Site

from policytrends import load
from policytrends.cli import main
from policytrends.fetch import fetch
from policytrends.fetch.mofa_ja import japanese_day
from policytrends.ingest import ingest

SINCE, UNTIL = date(2021, 12, 1), date(2021, 12, 31)
RECORDS = ["mofaj/press/release/press4_009901.html", "mofaj/a_o/ocn/au/page1_001201.html"]


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch) -> None:
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")


@pytest.fixture
def site(tmp_path: Path):
    s = Site("mofa", tmp_path)
    yield s
    s.close()


def test_japanese_pages_are_listed_saved_and_read_as_japanese(site: Site, tmp_path: Path
                                                              ) -> None:
    out = tmp_path / "out"
    summary = fetch("mofa", out, since=SINCE, until=UNTIL, base_url=site.base, config=FAST,
                    lang="ja")
    assert (summary.new, summary.changed) == (2, 0)
    assert dict(summary.skipped) == {"robots": 1, "off_domain": 1}
    for path in RECORDS:
        assert (out / "mofa" / path).read_bytes() == (site.root / path).read_bytes()
    # the month's page only; the English page it links to and the November item are not
    # records of this listing; the disallowed page is never requested
    assert site.hits("/mofaj/press/release/2021/12.html") == 1
    assert site.hits("/mofaj/press/release/press4_009801.html") == 0
    assert site.hits("/press/release/pressite_000001_00101.html") == 0
    assert site.hits("/private/mofaj/press/release/press4_009999.html") == 0
    assert not [h for h in site.log if not h.host.startswith("127.0.0.1")]
    # a second run revalidates and downloads nothing new
    again = fetch("mofa", out, since=SINCE, until=UNTIL, base_url=site.base, config=FAST,
                  lang="ja")
    assert (again.new, again.unchanged) == (0, 2)
    ingest([out], tmp_path / "store", jobs=1)
    frames = load(tmp_path / "store")
    docs = frames.documents.set_index("path")
    assert set(docs["language"]) == {"ja"} and set(docs["source"]) == {"mofa"}
    meetings = frames.meetings.merge(frames.documents[["record_id", "path"]])
    modes = {str(path).rsplit("/", 1)[-1]: mode
             for path, mode in zip(meetings["path"], meetings["mode"], strict=True)}
    assert modes == {"press4_009901.html": "telephone", "page1_001201.html": "in_person"}
    themes = set(frames.topics["theme"])
    assert {"foip", "alliance_security"} <= themes


def test_cli_lang_option(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["fetch", "mofa", "--out", str(tmp_path / "o"), "--since", "2021-12-01",
                 "--until", "2021-12-31", "--base-url", site.base, "--delay", "0", "--lang",
                 "ja", "--quiet"])
    assert code == 0
    assert "2 new" in capsys.readouterr().out
    code = main(["fetch", "state", "--out", str(tmp_path / "o"), "--lang", "ja", "--quiet"])
    assert code == 2
    assert "no 'ja' pages to fetch for 'state'" in capsys.readouterr().err


@pytest.mark.parametrize("text, year, want", [
    ("12月14日", 2021, date(2021, 12, 14)), ("(令和3年11月30日)", None, date(2021, 11, 30)),
    ("２０２２年１月５日", None, date(2022, 1, 5)), ("報道発表", 2021, None),
    ("2月30日", 2021, None),
])
def test_japanese_listing_dates(text: str, year: int | None, want: date | None) -> None:
    assert japanese_day(text, year) == want
