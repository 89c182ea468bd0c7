"""Unknown names and bad query values raise (Python) or exit 2 (CLI), with close names."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from trendstore import sample_records, write_store

from policytrends import cli, names, report, trends


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("names") / "store", sample_records())


def test_check_names_suggests_close_known_names() -> None:
    with pytest.raises(names.UnknownNameError, match=r"did you mean 'north_korea'\?") as err:
        names.check_themes(["foip", "North_Korea"], {"foip", "north_korea", "china"})
    assert err.value.name == "North_Korea" and err.value.kind == "theme"
    assert isinstance(err.value, ValueError)
    with pytest.raises(names.UnknownNameError, match="'foip'"):
        names.check_themes("foipp", {"foip", "china"})
    assert names.check_themes("foip, china", {"foip", "china"}) == ["foip", "china"]
    with pytest.raises(names.UnknownNameError) as abbreviated:
        names.check_themes("nk", {"north_korea", "nk_nuclear_missile", "china"})
    assert abbreviated.value.suggestions == ["north_korea", "nk_nuclear_missile"]
    assert names.check_themes(None, {"foip"}) is None


def test_check_countries_and_sources() -> None:
    with pytest.raises(names.UnknownNameError, match="did you mean 'PRK'"):
        names.check_countries(["North Korea"])
    with pytest.raises(names.UnknownNameError, match="unknown country 'nk'"):
        names.check_countries("nk")
    assert names.check_countries(["JPN", "EU"]) == ["JPN", "EU"]
    with pytest.raises(names.UnknownNameError, match="did you mean 'whitehouse'"):
        names.check_sources(["white_house"])
    assert names.check_sources("mofa,state") == ["mofa", "state"]


@pytest.mark.parametrize("call", [
    lambda s: trends.theme_frequency(s, ["North_Korea"], period="year"),
    lambda s: trends.counterpart_themes(s, ["foipp"]),
    lambda s: trends.cooccurrence(s, ["foip", "nk"]),
    lambda s: trends.first_appearance(s, ["chnia"]),
    lambda s: trends.rising_themes(s, ["foipp"]),
    lambda s: trends.records(s, ["foipp"]),
    lambda s: trends.drill_down(s, "foipp", "2021", period="year"),
    lambda s: trends.theme_frequency(s, ["foip"], sources=["whitehous"]),
    lambda s: trends.theme_frequency(s, ["foip"], reporting_country="Japan"),
    lambda s: trends.meetings_timeline(s, counterparts=["nk"]),
    lambda s: trends.drill_down(s, "foip", "2021", period="year", counterpart="korea"),
])
def test_trend_functions_refuse_unknown_names(store: Path, call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(names.UnknownNameError):
        call(store)


def test_known_but_absent_theme_is_zero_not_an_error(store: Path) -> None:
    # a shipped theme the store never tagged is a real zero
    absent = next(t for t in sorted(trends.known_themes(store))
                  if t not in set(trends.themes_present(store)))
    df = trends.theme_frequency(store, [absent], period="year")
    assert (df["records"] == 0).all()


def test_bad_dates_and_reversed_range_raise(store: Path) -> None:
    with pytest.raises(ValueError, match="start 2022-05-01 is after end 2021-01-01"):
        trends.theme_frequency(store, ["foip"], start="2022-05-01", end="2021-01-01")
    with pytest.raises(ValueError, match="end must be a date"):
        trends.theme_frequency(store, ["foip"], end="last tuesday")


@contextmanager
def _no_kernel(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record any notebook execution (none must happen for bad parameters)."""
    import papermill

    ran: list[str] = []
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: ran.append("ran"))
    yield ran


@pytest.mark.parametrize(("param", "value", "message"), [
    ("themes", "foip,North_Korea", "did you mean 'north_korea'"),
    ("themes", "foipp", "unknown theme 'foipp'"),
    ("sources", "whitehous", "did you mean 'whitehouse'"),
    ("period", "week", "period must be one of"),
    ("start", "2022-13-45", "start must be a date"),
])
def test_report_checks_parameters_before_the_kernel(
        store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], param: str, value: str, message: str) -> None:
    with _no_kernel(monkeypatch) as ran:
        code = cli.main(["report", "--store", str(store), "--out", str(tmp_path / "r.html"),
                         "-p", param, value])
    assert code == cli.ExitCode.USAGE
    assert message in capsys.readouterr().err
    assert ran == [] and not (tmp_path / "r.html").exists()


def test_report_refuses_start_after_end(store: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with _no_kernel(monkeypatch) as ran, pytest.raises(ValueError, match="after end"):
        report.render(store, tmp_path / "r.html", [("start", "2022-01-01"),
                                                    ("end", "2021-01-01")])
    assert ran == []


def test_report_parameters_of_the_packaged_notebook_pass(store: Path) -> None:
    with report.packaged_notebook() as nb:
        declared = report.declared_parameters(nb)
    report.check_parameters(store, declared)  # the defaults are valid
