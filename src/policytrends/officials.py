"""Officials' meetings: who met whom, by family name, however each record spells it.

Names are compared by `person_names.name_key` (no case, accents or punctuation), so
"KISHIDA Fumio" (MOFA), "Fumio Kishida" (White House) and "Fumio Kishída" are one person.
A record counts once (copies of an earlier record are left out, as in `trends`); the same
meeting reported by two governments is two records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from .person_names import name_key, names_match
from .trends.answers import note_counted
from .trends.engines import engine_for
from .trends.filters import Filters, normalised
from .trends.pandas_engine import Source


def _records_of(eng: Any, names: Sequence[str], filters: dict[str, Any]) -> pd.DataFrame:
    """Counted meeting records with an official of every one of `names`, one row each."""
    if not names:
        raise ValueError("name at least one official (a family name, e.g. 'Kishida')")
    if filters.get("official"):
        raise ValueError("give the officials as the names, not as the official filter")
    units = None
    for name in names:
        flt = Filters.make(**{**filters, "official": name, "meetings_only": True})
        found, _ = eng.units(flt, None, None)
        units = found if units is None else units[units["record_id"].isin(found["record_id"])]
    assert units is not None
    return units


def meetings_between(src: Source, *names: str, engine: str = "auto",
                     **filters: Any) -> pd.DataFrame:
    """Every meeting record at which all the named officials sat, either side.

    Args:
        src: store directory or `Frames`.
        *names: family names ("Biden", "Kishida"); case and accents do not matter.
        engine: "auto", "pandas" or "duckdb".
        **filters: the `trends.Filters` keywords (start, end, sources, ...).

    Returns:
        ``date``, ``source``, ``reporting_country``, ``mode``, ``level``,
        ``counterparts`` (countries, comma-joined), ``officials`` (everyone at the table,
        "Name (country)", semicolon-joined), ``title``, ``url``, ``record_id``; by date and source.

    Example:
        >>> meetings_between("data/processed/store", "Biden", "Kishida")
    """
    eng = engine_for(src, engine)
    units = _records_of(eng, names, filters)
    ids = sorted(set(units["record_id"]))
    people = eng.officials(ids)
    who = people.assign(who=people["name"].fillna(people["family_name"]) + " ("
                        + people["country"].fillna("?") + ")")
    joined = who.groupby("record_id")["who"].agg("; ".join).rename("officials").reset_index()
    docs = eng.documents(ids)[["record_id", "title", "url"]]
    out = (units.merge(eng.reporting(ids), on="record_id", how="left")
           .merge(eng.counterpart_lists(ids), on="record_id", how="left")
           .merge(joined, on="record_id", how="left").merge(docs, on="record_id", how="left"))
    cols = ["date", "source", "reporting_country", "mode", "level", "counterparts",
            "officials", "title", "url", "record_id"]
    out = normalised(out[cols]).sort_values(["date", "source", "record_id"]).reset_index(drop=True)
    flt = Filters.make(**{**filters, "meetings_only": True})
    return note_counted(out, flt, eng, officials=list(names))


def counterparts_of(src: Source, name: str, engine: str = "auto",
                    **filters: Any) -> pd.DataFrame:
    """Every official met by `name`: the people on the other side of the table.

    Args:
        src: store directory or `Frames`.
        name: a family name ("Hayashi"); case and accents do not matter.
        engine: "auto", "pandas" or "duckdb".
        **filters: the `trends.Filters` keywords.

    Returns:
        One row per official met: ``country``, ``family_name`` and ``name`` (the
        spellings seen most often), ``title`` (the latest), ``records`` (meeting records
        with both), ``first_date``, ``last_date``; most records first. An official whose
        record gives no separate family name joins the one of the same country whose
        family name is a word of the full name.

    Example:
        >>> counterparts_of("data/processed/store", "Hayashi")
    """
    eng = engine_for(src, engine)
    units = _records_of(eng, [name], filters)
    people = eng.officials(sorted(set(units["record_id"])))
    wanted = name_key(name)
    own = [names_match(wanted, f, n) for f, n in zip(people["family_name"], people["name"],
                                                     strict=True)]
    sides = people.loc[own, ["record_id", "side"]].drop_duplicates()
    # the other side of each record: rows whose side is not one the named official sat on
    mine = people.merge(sides.assign(_own=True), on=["record_id", "side"], how="left")
    met = mine[mine["_own"].isna()].drop(columns="_own")
    met = met.merge(units[["record_id", "date"]], on="record_id")
    met["key"] = _person_keys(met)
    met = met.sort_values(["date", "record_id"])
    grouped = met.groupby(["country", "key"], dropna=False)
    out = pd.DataFrame({
        "family_name": grouped["family_name"].agg(_most_common),
        "name": grouped["name"].agg(_most_common),
        "title": grouped["title"].agg(lambda s: s.dropna().iloc[-1] if s.notna().any()
                                      else None),
        "records": grouped["record_id"].nunique(),
        "first_date": grouped["date"].min(),
        "last_date": grouped["date"].max(),
    }).reset_index().drop(columns="key")
    out = normalised(out).sort_values(["records", "country", "family_name"],
                                      ascending=[False, True, True]).reset_index(drop=True)
    return note_counted(out, Filters.make(**{**filters, "meetings_only": True}), eng, official=name)


def _person_keys(people: pd.DataFrame) -> list[str]:
    """One key per official: the family name's key, or for a row without a family name
    the family name of the same country that is a word of its full name."""
    families: dict[Any, set[str]] = {}
    for country, family in zip(people["country"], people["family_name"], strict=True):
        if isinstance(family, str) and family:
            families.setdefault(country, set()).add(name_key(family))
    keys = []
    for country, family, full in zip(people["country"], people["family_name"],
                                     people["name"], strict=True):
        if isinstance(family, str) and family:
            keys.append(name_key(family))
            continue
        words = name_key(full) if isinstance(full, str) else ""
        known = [w for w in words.split() if w in families.get(country, set())]
        keys.append(known[0] if known else words)
    return keys


def _most_common(values: pd.Series) -> Any:
    counts = values.dropna().value_counts()
    return counts.index[0] if len(counts) else None
