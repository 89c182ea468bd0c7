"""The events linker's fast paths give what their plain definitions give (issue 18): the
columns read value by value (`_shared_column`), titles' roles and occasions kept by title,
the names of shared sets compared once a pair of sets, the pairs' strength."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Set
from datetime import date

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policytrends import events
from policytrends.events import Rec, link, names_match, role_of, same_meeting
from policytrends.shared_values import SharedValues

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

_value = st.one_of(st.none(), st.sampled_from(["USA", "JPN", "", "whitehouse", "mofa"]),
                   st.dates(dt.date(2020, 1, 1), dt.date(2020, 1, 9)))


@SETTINGS
@given(st.lists(st.lists(_value, max_size=6), min_size=1, max_size=4),
       st.sampled_from([pa.string(), pa.date32()]))
def test_a_shared_column_is_its_values_each_held_once(chunks: list[list], kind: pa.DataType
                                                      ) -> None:
    rows = [[v for v in chunk if v is None or isinstance(v, str) == (kind == pa.string())]
            for chunk in chunks]
    column = pa.chunked_array([pa.array(r, kind) for r in rows], kind)
    values = SharedValues()
    first = events._shared_column(column, values)
    again = events._shared_column(column, values)  # (a later chunk of the same values)
    assert first == column.to_pylist() == again
    assert [type(v) for v in first] == [type(v) for v in column.to_pylist()]
    for a, b in zip(first, again, strict=True):
        assert a is b or a is None
        assert a is values.one(a)


def test_a_titles_role_is_kept_for_its_kind() -> None:
    """The roles kept by title are kept by kind too: one title, two kinds, two roles."""
    title = "Remarks by President Harlow Before Their Bilateral Meeting"
    assert role_of("meeting", title) == "readout"
    assert role_of("remarks", title) == "remarks"
    assert role_of("statement", "Statement on the Bilateral Meeting") is None


# -- the plain definitions ----------------------------------------------------------------
def _plain_people_agree(a: Rec, b: Rec) -> bool:
    for country in a.sides & b.sides:
        ra, rb = a.ranks.get(country), b.ranks.get(country)
        if ra and rb and ra != rb:
            return False
        na = {n for n in a.names.get(country, ()) if not events.rules.JAPANESE.search(n)}
        nb = {n for n in b.names.get(country, ()) if not events.rules.JAPANESE.search(n)}
        if na and nb and not any(names_match(x, y) for x in na for y in nb):
            return False
        ja = set(a.names.get(country, set())) - na
        jb = set(b.names.get(country, set())) - nb
        if ja and jb and not ja & jb:
            return False
    return True


def _plain_strength(a: Rec, b: Rec) -> tuple[int, ...]:
    shared = sum(len(set(a.names.get(c, set())) & set(b.names.get(c, set())))
                 for c in a.sides)
    return (-int(a.anchor == b.anchor),
            -int(a.start_min is not None and a.start_min == b.start_min), -shared)


_NAMES = ["harlow", "harlowe", "okabe", "okabe-sato", "岡部", "佐藤", "lópez obrador",
          "obrador"]
_fields = st.fixed_dictionaries({
    "reporting": st.sampled_from(["USA", "JPN"]),
    "day": st.integers(8, 11),
    "dated": st.booleans(),
    "sides": st.sampled_from([("USA", "JPN"), ("USA", "JPN", "NATO"), ("USA", "KOR")]),
    "names": st.dictionaries(st.sampled_from(["USA", "JPN", "KOR", "FRA"]),
                             st.sets(st.sampled_from(_NAMES), min_size=1, max_size=3),
                             max_size=3),
    "ranks": st.dictionaries(st.sampled_from(["USA", "JPN"]),
                             st.sampled_from(["head", "cabinet"]), max_size=2),
    "start": st.sampled_from([None, 600, 700]),
})


def _rec(rid: str, f: dict, frozen: bool) -> Rec:
    names: dict[str, Set[str]] = {c: (frozenset(v) if frozen else set(v))
                                  for c, v in f["names"].items()}
    return Rec(record_id=rid, source="whitehouse", language="en", reporting=f["reporting"],
               role="readout", title=rid, published=date(2023, 5, f["day"]),
               date=date(2023, 5, f["day"]) if f["dated"] else None, mode="in_person",
               sides=frozenset(f["sides"]), names=names, ranks=dict(f["ranks"]),
               start_min=f["start"], is_meeting=True)


@SETTINGS
@given(a=_fields, b=_fields)
def test_people_agree_as_the_plain_definition_with_shared_sets_or_not(a: dict, b: dict
                                                                      ) -> None:
    for frozen in (True, False):
        x, y = _rec("x", a, frozen), _rec("y", b, frozen)
        assert events._people_agree(x, y) == _plain_people_agree(x, y)
        assert events._pair_strength(x, y) == _plain_strength(x, y)
    assert same_meeting(_rec("x", a, True), _rec("y", b, False)) == same_meeting(
        _rec("x", a, False), _rec("y", b, False))


def _events(rows: tuple[list[dict], list[dict]]) -> Iterable[tuple[str, str]]:
    return sorted((r["event_id"], r["record_id"]) for r in rows[1])


@SETTINGS
@given(st.lists(_fields, min_size=2, max_size=9))
def test_records_with_shared_sets_link_as_records_with_their_own(fields: list[dict]) -> None:
    frozen = link([_rec(f"r{k}", f, True) for k, f in enumerate(fields)])
    own = link([_rec(f"r{k}", f, False) for k, f in enumerate(fields)])
    assert frozen == own
    assert _events(frozen) == _events(own)


@SETTINGS
@given(st.text(alphabet=st.sampled_from("aáeé -'LópezÖöçÇ\u0301\uff21 \u00a0ﬁ"), max_size=12)
       | st.text(max_size=12))
def test_a_names_words_as_the_plain_definition(name: str) -> None:
    """ASCII names skip the accents' removal: the same words as the plain definition."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", name)
                    if not unicodedata.combining(c))
    assert events._name_tokens(name) == frozenset(
        t for t in plain.replace("-", " ").split() if len(t) > 1)


def test_the_linker_reads_its_records_with_the_cycle_collector_held(monkeypatch) -> None:
    """Reading the records' views makes many small objects and no cycles: the collector,
    which walks every object of the ingest process, is held meanwhile and on again after
    (as while the records are grouped)."""
    import gc

    seen: list[bool] = []

    def records_of(*args: object, **kwargs: object) -> list[Rec]:
        seen.append(gc.isenabled())
        return []

    monkeypatch.setattr(events, "records_of", records_of)
    empty = pa.table({"record_id": pa.array([], pa.string())})
    linker = events.Linker()
    linker._pending = [(empty, empty, empty)]
    assert gc.isenabled()
    linker._read_pending()
    assert seen == [False] and gc.isenabled()
