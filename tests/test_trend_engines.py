"""Both trend engines satisfy the one `TrendEngine` protocol and answer every one of its
questions with equal frames on the same store (the trend functions' equality, checked in
test_trends.py, rests on this)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from trendstore import named_records, sample_records, write_store

from policytrends.trends import TrendEngine, engine_for
from policytrends.trends.duckdb_engine import DuckEngine
from policytrends.trends.filters import Filters
from policytrends.trends.pandas_engine import PandasEngine


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("engines") / "store",
                       sample_records() + named_records())


@pytest.fixture(scope="module")
def engines(store: Path) -> tuple[TrendEngine, TrendEngine]:
    return engine_for(store, "pandas"), engine_for(store, "duckdb")


PROTOCOL = sorted(name for name in vars(TrendEngine) if not name.startswith("_"))
METHODS = [name for name in PROTOCOL if callable(getattr(TrendEngine, name))]

FILTERS = {
    "none": Filters(),
    "meetings since February 2021": Filters.make(meetings_only=True, start="2021-02-01"),
    "two sources to 2021": Filters.make(sources="whitehouse,mofa", end="2021-12-31"),
    "counterpart KOR": Filters.make(counterpart="KOR"),
    "official Kishida": Filters.make(official="Kishida"),
}
SHAPES = [(None, None), ("month", None), ("quarter", "counterpart"), ("year", "source"),
          ("year", "level"), (None, "mode")]


def _ids(eng: TrendEngine) -> list[str]:
    return sorted(eng.units(Filters(), None, None)[0]["record_id"])


# each protocol method: the calls that put it to both engines (every filter and shape)
CALLS: dict[str, Callable[[TrendEngine], list[Any]]] = {
    "sources": lambda e: [e.sources(f) for f in FILTERS.values()],
    "theme_keys": lambda e: [e.theme_keys()],
    "units": lambda e: [e.units(f, p, b) for f in FILTERS.values() for p, b in SHAPES],
    "topics": lambda e: [e.topics(None), e.topics(["foip", "china"]), e.topics([])],
    "aggregate": lambda e: [e.aggregate(f, t, p, b) for f in FILTERS.values()
                            for t in (None, ["north_korea"]) for p, b in SHAPES],
    "cooccurrence": lambda e: [e.cooccurrence(f, t) for f in FILTERS.values()
                               for t in (None, ["foip", "china"])],
    "documents": lambda e: [e.documents(_ids(e)), e.documents(_ids(e)[:3], text=True),
                            e.documents([])],
    "mentions": lambda e: [e.mentions(_ids(e), t) for t in ("foip", "north_korea", "none")],
    "event_records": lambda e: [e.event_records()],
    "counterpart_lists": lambda e: [e.counterpart_lists(_ids(e))],
    "officials": lambda e: [e.officials(_ids(e)), e.officials([])],
    "reporting": lambda e: [e.reporting(_ids(e))],
}


def _same(a: Any, b: Any, where: str) -> None:
    """Equal answers; a frame's rows in any order (SQL gives no order), its attrs equal."""
    if isinstance(a, tuple):
        assert isinstance(b, tuple) and len(a) == len(b), where
        for n, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{where}[{n}]")
        return
    if not isinstance(a, pd.DataFrame):
        assert a == b, where
        return
    assert list(a.columns) == list(b.columns), where
    cols = list(a.columns)
    one = a.sort_values(cols).reset_index(drop=True) if cols else a
    two = b.sort_values(cols).reset_index(drop=True) if cols else b
    pd.testing.assert_frame_equal(one, two, obj=where)
    assert a.attrs.keys() == b.attrs.keys(), where
    for key in a.attrs:
        assert (a.attrs[key] == b.attrs[key]) or (pd.isna(a.attrs[key])
                                                  and pd.isna(b.attrs[key])), (where, key)


def test_both_engines_satisfy_the_protocol(engines: tuple[TrendEngine, TrendEngine]) -> None:
    pandas_engine, duck_engine = engines
    assert isinstance(pandas_engine, PandasEngine) and isinstance(duck_engine, DuckEngine)
    for eng in engines:
        assert isinstance(eng, TrendEngine)
        for name in METHODS:
            want = inspect.signature(getattr(TrendEngine, name))
            got = inspect.signature(getattr(type(eng), name))
            assert list(got.parameters) == list(want.parameters), (type(eng).__name__, name)
            assert [p.default for p in got.parameters.values()] == [
                p.default for p in want.parameters.values()], (type(eng).__name__, name)


def test_every_protocol_method_is_put_to_both_engines() -> None:
    assert sorted(CALLS) == METHODS


@pytest.mark.parametrize("method", sorted(CALLS))
def test_engines_give_equal_answers(engines: tuple[TrendEngine, TrendEngine],
                                    method: str) -> None:
    pandas_answers, duck_answers = (CALLS[method](eng) for eng in engines)
    assert any(len(x) if isinstance(x, pd.DataFrame | list | set) else True
               for x in pandas_answers), "the store gives this method nothing to compare"
    for n, (a, b) in enumerate(zip(pandas_answers, duck_answers, strict=True)):
        _same(a, b, f"{method} call {n}")


def test_the_store_is_what_both_engines_read(engines: tuple[TrendEngine, TrendEngine],
                                             store: Path) -> None:
    for eng in engines:
        assert eng.store is not None and eng.store.root == store
