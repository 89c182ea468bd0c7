"""Equal values recurring among records are held once (`shared_values`), and the events
linker of an ingest shares its records' strings, dates and sets that way (issue 18)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policytrends.events import Linker, records_of
from policytrends.ingest import ingest
from policytrends.shared_values import SharedValues
from policytrends.store import Store

SETTINGS = settings(max_examples=500, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
FIXTURES = Path(__file__).parent / "fixtures" / "events"
# country codes and names whose hashes collide in small sets: iteration orders differ
WORDS = ["USA", "JPN", "GBR", "FRA", "KOR", "IND", "AUS", "biden", "kishida", "yoon",
         "albanese", "modi", "a", "b", "c"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=8), min_size=1, max_size=6))
def test_a_shared_set_is_equal_and_iterates_in_the_same_order(built: list[list[str]]) -> None:
    shared = SharedValues()
    for words in built:
        own = set(words)  # (built as the linker builds its sets: member by member)
        got = shared.set(own)
        assert got == own
        assert tuple(got) == tuple(own)


def test_equal_values_are_one_object_and_types_stay_apart() -> None:
    shared = SharedValues()
    first = "".join(["U", "SA"])
    again = "".join(["US", "A"])
    assert first is not again
    assert shared.one(first) is first and shared.one(again) is first
    day = dt.date(2024, 1, 2)
    assert shared.one(dt.date(2024, 1, 2)) is shared.one(day)
    assert shared.one(1) == 1 and shared.one(True) is True  # (1 == True: kept apart)
    assert shared.one(None) is None
    own = {"JPN", "USA"}
    one = shared.set(own)
    # (the string hash seed decides whether a frozenset of them iterates in the set's order)
    if tuple(frozenset(tuple(own))) == tuple(own):  # (built member by member, as set() does)
        assert isinstance(one, frozenset) and shared.set(own) is one
        assert shared.set(frozenset(tuple(own))) is one
    else:
        assert one is own


def _shareable(values: frozenset[str]) -> bool:
    """Whether a set built member by member iterates in this one's order (the string hash
    seed decides; `SharedValues.set` keeps a set that does not as it is)."""
    return tuple(frozenset(tuple(values))) == tuple(values)


def test_the_linkers_records_share_their_values(tmp_path: Path) -> None:
    """Records read in different chunks hold one object for each recurring value."""
    src = tmp_path / "src"
    shutil.copytree(FIXTURES, src / "a")
    shutil.copytree(FIXTURES, src / "b")
    ingest([src], tmp_path / "s", jobs=1)
    s = Store(tmp_path / "s")
    docs, meetings, people = (s.read_table(n) for n in ("documents", "meetings",
                                                         "counterparts"))
    half = docs.num_rows // 2
    shared = SharedValues()
    recs = [*records_of(docs.slice(0, half), meetings, people, shared),
            *records_of(docs.slice(half), meetings, people, shared)]
    by_value: dict[object, set[int]] = {}
    for rec in recs:
        values = [rec.source, rec.language, rec.reporting, rec.published, rec.date,
                  rec.mode, rec.level, rec.location, *rec.names, *rec.names.values(),
                  rec.sides]
        for v in values:
            if v is None or (isinstance(v, frozenset) and not _shareable(v)):
                continue
            by_value.setdefault((type(v), v if not isinstance(v, frozenset)
                                 else tuple(v)), set()).add(id(v))
    assert len(recs) >= 8
    assert max(len(ids) for ids in by_value.values()) == 1
    assert sum(1 for k in by_value if k[0] is str) < 4 * len(recs)
    linker = Linker()  # and the linker shares across its chunks
    linker.add(docs.slice(0, half), meetings, people)
    linker.add(docs.slice(half), meetings, people)
    linker.start()
    held = list(linker._recs.values())
    assert len(held) == len(recs)
    assert len({id(r.source) for r in held}) == len({r.source for r in held})
