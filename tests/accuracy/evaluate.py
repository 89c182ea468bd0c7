"""Accuracy gate: score a store against the gold labels in ``shared/gold/dev_*.jsonl``.

The gate copies the labelled files into a scratch folder (keeping their layout, so
``documents.path`` equals the label's ``path``), ingests them, reads the Parquet tables
as any user would, and scores:

- meeting detection (precision, recall, F1; a record is a meeting when it has a
  ``meetings`` row);
- per-field accuracy over labelled meetings (a labelled meeting with no row is wrong on
  every field);
- family names of participants (micro F1, case-insensitive, per record multisets);
- countries mentioned (micro F1 over the ``countries`` table);
- themes (per-theme precision/recall/F1 and micro F1 over the ``topics`` table).

Command line::

    python scripts/accuracy_gate.py [--shared ../shared] [--floors tests/accuracy/floors.json]
    python scripts/accuracy_gate.py --gold tests/accuracy/heldout/heldout_v1.jsonl

This harness lives beside the tests, not in the package: it reads ``../shared`` beside a
checkout, which an installed package does not have.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from policytrends.ingest import ingest

__all__ = [
    "FIELDS",
    "Scores",
    "build_store",
    "check_floors",
    "format_report",
    "load_gold",
    "read_tables",
    "score",
    "theme_scores",
]

FIELDS: tuple[str, ...] = ("date", "mode", "level", "parties", "counterpart_countries",
                           "location_country", "start_local", "duration_min")
TABLES: tuple[str, ...] = ("documents", "meetings", "counterparts", "countries", "topics")
# ../shared beside the repository (CI lays it there)
DEFAULT_SHARED = Path(__file__).resolve().parents[3] / "shared"


@dataclass(frozen=True)
class PRF:
    """Counts and the precision, recall and F1 they give."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Everything the gate measures, plus the misses to read."""

    records: int
    missing: list[str]  # gold ids with no documents row
    detection: PRF
    fields: dict[str, float]
    field_counts: dict[str, tuple[int, int]]  # field -> (right, total)
    family_names: PRF
    countries: PRF
    themes: dict[str, PRF]
    theme_support: dict[str, int]
    misses: list[str] = field(default_factory=list)

    @property
    def theme_micro(self) -> PRF:
        tp = sum(s.tp for s in self.themes.values())
        fp = sum(s.fp for s in self.themes.values())
        fn = sum(s.fn for s in self.themes.values())
        return PRF(tp, fp, fn)


def load_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    """Every label row of ``gold_dir/dev_*.jsonl`` (or of one JSONL file), in file order."""
    rows: list[dict[str, Any]] = []
    gold_path = Path(gold_dir)
    files = [gold_path] if gold_path.is_file() else sorted(gold_path.glob("dev_*.jsonl"))
    if not files:
        raise FileNotFoundError(f"{gold_dir}: no dev_*.jsonl gold files")
    for path in files:
        for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: not JSON: {exc}") from exc
    return rows


def build_store(shared: str | Path, gold: Sequence[dict[str, Any]], workdir: str | Path,
                jobs: int = 1) -> Path:
    """Copy the labelled files into ``workdir/src`` (same layout) and ingest them.

    Returns:
        The store directory ``workdir/store``.
    """
    shared, workdir = Path(shared), Path(workdir)
    src = workdir / "src"
    for rel in sorted({g["path"] for g in gold}):
        dest = src / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shared / rel, dest)
    store = workdir / "store"
    ingest([src], store, jobs=jobs)
    return store


def read_tables(store: str | Path) -> dict[str, pd.DataFrame]:
    """The tables the gate needs, read with pyarrow from ``STORE/<table>``."""
    out: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        path = Path(store) / name
        out[name] = pq.read_table(path).to_pandas() if path.exists() else pd.DataFrame()
    return out


def _norm(value: Any) -> Any:
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _as_set(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    try:
        return frozenset(str(v) for v in value)
    except TypeError:
        return frozenset()


def _index(tables: dict[str, pd.DataFrame], gold: Sequence[dict[str, Any]]
           ) -> dict[str, str | None]:
    docs = tables["documents"]
    ids: dict[str, str | None] = {}
    by_key: dict[tuple[str, str | None], str] = {}
    if len(docs):
        for rid, path, item, dup in zip(docs["record_id"], docs["path"], docs["item"],
                                        docs.get("duplicate_of", [None] * len(docs)),
                                        strict=False):
            key = (str(path), _norm(item))
            if key not in by_key or _norm(dup) is None:
                by_key[key] = rid
    for g in gold:
        ids[g["id"]] = by_key.get((g["path"], g.get("item")))
    return ids


def _grouped(df: pd.DataFrame, col: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    if len(df):
        for rid, v in zip(df["record_id"], df[col], strict=True):
            out.setdefault(rid, []).append(v)
    return out


def _prf(gold_items: Counter[str], pred_items: Counter[str]) -> PRF:
    tp = sum((gold_items & pred_items).values())
    return PRF(tp, sum(pred_items.values()) - tp, sum(gold_items.values()) - tp)


def score(tables: dict[str, pd.DataFrame], gold: Sequence[dict[str, Any]]) -> Scores:
    """Score the tables of a store against gold label rows."""
    ids = _index(tables, gold)
    meetings = tables["meetings"]
    mrows = {r["record_id"]: r for r in meetings.to_dict("records")} if len(meetings) else {}
    fams = _grouped(tables["counterparts"], "family_name")
    ctry = _grouped(tables["countries"], "country")
    topics = _grouped(tables["topics"], "theme")
    det = Counter[str]()
    right = Counter[str]()
    total = 0
    fam_tp = fam_fp = fam_fn = 0
    c_tp = c_fp = c_fn = 0
    themes: dict[str, list[int]] = {}
    support: Counter[str] = Counter()
    misses: list[str] = []
    missing = [gid for gid, rid in ids.items() if rid is None]
    for g in gold:
        rid = ids[g["id"]]
        pred_meeting = rid is not None and rid in mrows
        key = ("t" if g["is_meeting"] else "f") + ("p" if pred_meeting else "n")
        det[key] += 1
        if key in ("tn", "fp"):
            misses.append(f"{g['id']}: is_meeting gold={g['is_meeting']} pred={pred_meeting}")
        if g["is_meeting"]:
            total += 1
            row = mrows.get(rid) if rid else None
            for f in FIELDS:
                want = g.get(f)
                got = None if row is None else row.get(f)
                if f == "counterpart_countries":
                    ok = row is not None and _as_set(want) == _as_set(got)
                    shown = sorted(_as_set(got)) if row is not None else "no row"
                else:
                    ok = row is not None and _norm(want) == _norm(got)
                    shown = _norm(got) if row is not None else "no row"
                if ok:
                    right[f] += 1
                else:
                    misses.append(f"{g['id']}: {f} gold={want!r} pred={shown!r}")
        gf = Counter(p["family_name"].lower() for p in g.get("participants") or []
                     if p.get("family_name"))
        pf = Counter(str(v).lower() for v in fams.get(rid, []) if _norm(v)) if rid else Counter()
        s = _prf(gf, pf)
        fam_tp, fam_fp, fam_fn = fam_tp + s.tp, fam_fp + s.fp, fam_fn + s.fn
        if s.fp or s.fn:
            misses.append(f"{g['id']}: family names gold={sorted(gf)} pred={sorted(pf)}")
        gc = Counter(set(g.get("countries_mentioned") or []))
        pc = Counter(set(ctry.get(rid, []))) if rid else Counter()
        s = _prf(gc, pc)
        c_tp, c_fp, c_fn = c_tp + s.tp, c_fp + s.fp, c_fn + s.fn
        if s.fp or s.fn:
            misses.append(f"{g['id']}: countries missing={sorted(gc - pc)} "
                          f"extra={sorted(pc - gc)}")
        gt = set(g.get("themes") or [])
        pt = set(topics.get(rid, [])) if rid else set()
        support.update(gt)
        if gt != pt:
            misses.append(f"{g['id']}: themes missing={sorted(gt - pt)} extra={sorted(pt - gt)}")
        for t in gt | pt:
            c = themes.setdefault(t, [0, 0, 0])
            c[0] += t in gt and t in pt
            c[1] += t in pt and t not in gt
            c[2] += t in gt and t not in pt
    detection = PRF(det["tp"], det["fp"], det["tn"])
    return Scores(
        records=len(gold),
        missing=missing,
        detection=detection,
        fields={f: right[f] / total if total else 1.0 for f in FIELDS},
        field_counts={f: (right[f], total) for f in FIELDS},
        family_names=PRF(fam_tp, fam_fp, fam_fn),
        countries=PRF(c_tp, c_fp, c_fn),
        themes={t: PRF(*c) for t, c in sorted(themes.items())},
        theme_support=dict(support),
        misses=misses,
    )


def theme_scores(store: str | Path | dict[str, pd.DataFrame],
                 gold: Sequence[dict[str, Any]] | None = None
                 ) -> tuple[dict[str, PRF], PRF, dict[str, int]]:
    """Per-theme scores, micro-averaged score and gold support of each theme.

    Args:
        store: a store directory, or tables already read with ``read_tables``.
        gold: label rows; by default ``../shared/gold`` beside the repository.

    Returns:
        ``(per_theme, micro, support)``: PRF per theme, the micro-averaged PRF, and the
        number of gold records carrying each theme.
    """
    tables = store if isinstance(store, dict) else read_tables(store)
    if gold is None:
        gold = load_gold(DEFAULT_SHARED / "gold")
    s = score(tables, gold)
    return s.themes, s.theme_micro, s.theme_support


def measures(s: Scores) -> dict[str, float]:
    """Flat name -> value map of the gated measures (the keys of the floors file)."""
    out = {"meeting_f1": s.detection.f1}
    out.update({f"field.{f}": v for f, v in s.fields.items()})
    out["family_names_f1"] = s.family_names.f1
    out["countries_f1"] = s.countries.f1
    out["theme_micro_f1"] = s.theme_micro.f1
    for t, prf in s.themes.items():
        out[f"theme.{t}"] = prf.f1
    return out


def check_floors(s: Scores, floors: dict[str, Any]) -> list[str]:
    """Measures below their floor, as messages (empty when the gate passes).

    The floors file maps measure names to minimum values; ``theme_default`` applies to
    every theme with at least ``theme_min_support`` gold occurrences.
    """
    got = measures(s)
    failures: list[str] = []
    for name, floor in floors.items():
        if name.startswith("_") or name in ("theme_default", "theme_min_support"):
            continue
        if name not in got:
            failures.append(f"{name}: not measured (floor {floor})")
        elif got[name] + 1e-9 < float(floor):
            failures.append(f"{name}: {got[name]:.3f} below floor {floor}")
    default = floors.get("theme_default")
    min_support = int(floors.get("theme_min_support", 5))
    if default is not None:
        for t, prf in s.themes.items():
            key = f"theme.{t}"
            if s.theme_support.get(t, 0) >= min_support and key not in floors:
                if prf.f1 + 1e-9 < float(default):
                    failures.append(f"{key}: {prf.f1:.3f} below floor {default} "
                                    f"(support {s.theme_support[t]})")
    return failures


def format_report(s: Scores, show_misses: bool = False) -> str:
    """The gate's tables as text."""
    d = s.detection
    lines = [
        f"records scored: {s.records} (no documents row: {len(s.missing)})",
        "",
        f"{'measure':<28}{'value':>8}   detail",
        f"{'meeting detection F1':<28}{d.f1:>8.3f}   P={d.precision:.3f} R={d.recall:.3f} "
        f"(tp {d.tp}, fp {d.fp}, fn {d.fn})",
    ]
    for f in FIELDS:
        r, n = s.field_counts[f]
        lines.append(f"{'field ' + f:<28}{s.fields[f]:>8.3f}   {r}/{n}")
    for label, prf in (("family names F1", s.family_names), ("countries F1", s.countries)):
        lines.append(f"{label:<28}{prf.f1:>8.3f}   P={prf.precision:.3f} R={prf.recall:.3f}")
    m = s.theme_micro
    lines += ["", f"{'theme':<28}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}"]
    for t, prf in s.themes.items():
        lines.append(f"{t:<28}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                     f"{s.theme_support.get(t, 0):>6}")
    lines.append(f"{'micro':<28}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}"
                 f"{sum(s.theme_support.values()):>6}")
    if show_misses and s.misses:
        lines += ["", "misses:"] + [f"  {x}" for x in s.misses]
    return "\n".join(lines)


def run(shared: str | Path, jobs: int = 1, gold_file: str | Path | None = None) -> Scores:
    """Build a scratch store from the gold files under ``shared`` and score it.

    ``gold_file`` scores another label file (e.g. held-out labels) instead of
    ``shared/gold/dev_*.jsonl``; its paths are still read from ``shared``.
    """
    gold = load_gold(gold_file if gold_file is not None else Path(shared) / "gold")
    with tempfile.TemporaryDirectory(prefix="policytrends-gate-") as tmp:
        store = build_store(shared, gold, tmp, jobs=jobs)
        return score(read_tables(store), gold)


def floor_report(shared: str | Path, labels: str | Path, floors: str | Path,
                 workdir: str | Path) -> str | None:
    """Score a label file against its floors file; None when every floor is met, else the
    report with its misses and the failures (for a test's assert message).

    Raises:
        AssertionError: a labelled record has no documents row.
    """
    gold = load_gold(labels)
    scores = score(read_tables(build_store(shared, gold, workdir)), gold)
    assert not scores.missing, f"labelled records with no documents row: {scores.missing}"
    failures = check_floors(scores, json.loads(Path(floors).read_text("utf-8")))
    if not failures:
        return None
    return "\n" + format_report(scores, show_misses=True) + "\n" + "\n".join(failures)


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: print the gate's tables; exit 1 when a floor is not met."""
    ap = argparse.ArgumentParser(
        prog="python scripts/accuracy_gate.py",
        description="Score extraction and themes against the gold labels.",
        epilog="example: python scripts/accuracy_gate.py --shared ../shared "
               "--floors tests/accuracy/floors.json --misses",
    )
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder holding gold/ and the corpora")
    ap.add_argument("--floors", help="JSON file of floors to check")
    ap.add_argument("--misses", action="store_true", help="list every miss")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for ingest")
    ap.add_argument("--gold", help="score this JSONL label file instead of gold/dev_*.jsonl")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if not (Path(args.shared) / "gold").is_dir():
        print(f"{args.shared}: no gold/ folder here", file=sys.stderr)
        return 2
    s = run(args.shared, jobs=args.jobs, gold_file=args.gold)
    print(format_report(s, show_misses=args.misses))
    if args.floors:
        failures = check_floors(s, json.loads(Path(args.floors).read_text("utf-8")))
        print("\nfloors: " + ("all met" if not failures else f"{len(failures)} not met"))
        for f in failures:
            print(f"  {f}")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
