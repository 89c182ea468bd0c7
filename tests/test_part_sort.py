"""A store part's rows put in order (`store.sorted_concat`): the table `_sorted` gives of the
buffered tables combined, holding the rows about once, not three times (issue 18)."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policytrends.schema import TABLES, with_version
from policytrends.store import _sorted, sorted_concat

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

IDS = ["wh-1", "wh-2", "wh-10", "st-1", "", "wh-2"]  # repeats: the sort keys tie
THEMES = ["security", "economy_trade", "climate"]

mention = st.fixed_dictionaries({
    "record_id": st.sampled_from(IDS),
    "theme": st.sampled_from(THEMES),
    "start": st.integers(0, 50),
    "end": st.integers(0, 60),
    "matched": st.one_of(st.none(), st.text(max_size=6)),
})
# a column of long values (as the documents' text) is gathered row by row
long_mention = st.fixed_dictionaries({
    "record_id": st.sampled_from(IDS),
    "theme": st.sampled_from(THEMES),
    "start": st.integers(0, 50),
    "end": st.integers(0, 60),
    "matched": st.one_of(st.none(), st.sampled_from(["", "é" * 700, "a" * 1500]),
                         st.text(min_size=600, max_size=900)),
})
person = st.fixed_dictionaries({
    "record_id": st.sampled_from(IDS),
    "side": st.sampled_from(["counterpart", "reporting"]),
    "country": st.one_of(st.none(), st.sampled_from(["JPN", "USA"])),
    "name": st.one_of(st.none(), st.sampled_from(["A B", "C", "A B"])),
    "family_name": st.none(),
    "title": st.none(),
})


def _runs(rows: list[dict], cuts: list[int], name: str) -> list[pa.Table]:
    """The rows as buffered tables: one per run between the cuts (some empty)."""
    schema = with_version(TABLES[name])
    bounds = [0, *sorted(c % (len(rows) + 1) for c in cuts), len(rows)]
    return [pa.Table.from_pylist(rows[a:b], schema=schema)
            for a, b in zip(bounds, bounds[1:], strict=False)]


@SETTINGS
@given(st.sampled_from([("mentions", mention), ("mentions", long_mention),
                        ("counterparts", person)]).flatmap(
    lambda nr: st.tuples(st.just(nr[0]), st.lists(nr[1], max_size=30),
                         st.lists(st.integers(0, 40), max_size=5))))
def test_sorted_concat_is_the_sorted_combined_table(case: tuple) -> None:
    name, rows, cuts = case
    tables = _runs(rows, cuts, name)
    expected = _sorted(name, pa.concat_tables(tables).combine_chunks())
    got = sorted_concat(name, tables)
    assert tables == []  # (the caller's buffer is emptied: its rows can be freed)
    assert got.equals(expected, check_metadata=True)
    assert [c.num_chunks for c in got.columns] == [c.num_chunks for c in expected.columns]


def test_sorted_concat_holds_the_rows_about_once() -> None:
    """New allocations while a part is sorted: the sorted copy and one column combined
    (the buffered columns are freed as they are taken), not a combined copy and a sorted
    one of every column."""
    n = 4000
    schema = with_version(TABLES["mentions"])
    rows = [{"record_id": f"wh-{(k * 7919) % n:06d}", "theme": f"theme-{k % 13:04d}",
             "start": k, "end": k + 5, "matched": f"matched words {k:06d}" * (1 + k % 2)}
            for k in range(n)]
    tables = [pa.Table.from_pylist(rows[k:k + 64], schema=schema) for k in range(0, n, 64)]
    buffered = sum(t.nbytes for t in tables)
    pool = _POOLS.setdefault("proxy", pa.proxy_memory_pool(pa.system_memory_pool()))
    before = pa.default_memory_pool()
    pa.set_memory_pool(pool)
    try:
        table = sorted_concat("mentions", tables)
        rows_out = table.num_rows
        del table  # (freed while the pool that allocated it is the default)
    finally:
        pa.set_memory_pool(before)
    assert rows_out == n
    assert pool.max_memory() < 1.6 * buffered, (pool.max_memory(), buffered)


def test_a_column_of_long_values_is_not_copied_twice() -> None:
    """The documents' text (kilobytes a row): its rows in order are the only new copy."""
    n = 2000
    schema = with_version(TABLES["mentions"])
    rows = [{"record_id": f"wh-{(k * 7919) % n:06d}", "theme": "security", "start": k,
             "end": k, "matched": f"{k:06d} " + "text of a readout " * 60} for k in range(n)]
    tables = [pa.Table.from_pylist(rows[k:k + 64], schema=schema) for k in range(0, n, 64)]
    text = sum(t["matched"].nbytes for t in tables)
    pool = _POOLS.setdefault("long", pa.proxy_memory_pool(pa.system_memory_pool()))
    before = pa.default_memory_pool()
    pa.set_memory_pool(pool)
    try:
        table = sorted_concat("mentions", tables)
        first = table["record_id"][0].as_py()
        del table
    finally:
        pa.set_memory_pool(before)
    assert first == "wh-000000"
    assert pool.max_memory() < 1.3 * text, (pool.max_memory(), text)


# the measuring pool outlives every buffer it allocated (freed through it)
_POOLS: dict[str, pa.MemoryPool] = {}
