"""Benchmarks: ingest, tagging, trend queries, incremental re-ingest and report rendering.

Generates (or reuses) a corpus of N records with benchmarks/generate.py, then measures, each
against a baseline run in this same process so that ratios hold on a busy machine:

- parse throughput per format on one core (in process, `workers.work_file` on each file);
- `policytrends ingest` with one process and with all cores: records/s, peak memory of the
  whole process tree (sum of PSS and of RSS sampled from /proc), store size; the two stores
  must be byte-for-byte the same;
- theme tagging MB/s of the package matcher against the notebook baseline (one
  `Series.str.contains(regex, case=False)` per theme built from the same taxonomy), and
  whether both find the same (record, theme) pairs;
- monthly counts of every theme over the whole store (`policytrends.trends`, DuckDB);
- re-ingest after adding 1% new files, against the full ingest;
- `policytrends report` render time; `--engine dask` ingest (optional).

Writes benchmarks/results/bench-<N>.json and .md, and benchmarks/results/README.md (one
table over every size measured).

usage: python benchmarks/run.py [--records N]      (default: $BENCH_N or 10000)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/ is not a package)

RESULTS = HERE / "results"
PY = sys.executable
ENV = dict(os.environ)  # for the commands run; --at-commit puts a snapshot on PYTHONPATH
FORMAT_DIRS = {  # generate.py's top folder of each format
    "wh_md": "wh_briefings", "state_rss": "state_dept_pr_rss", "ungdc": "ungdc",
    "mofa_txt": "mofa", "wh_html": "wh_html", "state_html": "state_html",
}
TARGETS = {
    "text_per_core": 3000, "html_per_core": 1500, "ingest_1m_s": 300, "peak_mb": 1536,
    "tag_speedup": 20, "trend_s": 1.0, "reingest_ratio": 0.05,
}


# -- machine and process-tree memory -------------------------------------------------------
def archive(work: Path, rev: str) -> tuple[str, Path]:
    """(short commit, folder): `git archive REV src` extracted under work (once), with its
    compiled modules built as `make install` builds them (scripts/build_native.py)."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev],
                            capture_output=True, text=True, check=True).stdout.strip()
    dest = work / f"src-{commit}"
    if not (dest / "src" / "policytrends").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                             capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=tar, check=True)
    package = dest / "src" / "policytrends"
    extract = package / "extract"
    unbuilt = (not any(extract.glob("_tokens_native*.so"))
               or ((package / "data" / "compiled.txt").exists()
                   and not (package / "_compiled").is_dir()))
    if (extract / "_tokens_native.pyx").exists() and unbuilt:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_native.py"),
                        "--src", str(dest / "src")], check=True)
    return commit, dest


def snapshot(work: Path, rev: str) -> str:
    """Put `git archive REV src` first on the path of this process and of the commands."""
    commit, dest = archive(work, rev)
    assert "policytrends" not in sys.modules, "snapshot() must run before policytrends loads"
    sys.path.insert(0, str(dest / "src"))
    ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(dest / "src"),
                                                      ENV.get("PYTHONPATH")]))
    return commit


def machine(snapshot_commit: str | None = None) -> dict[str, Any]:
    """Facts that figures depend on."""
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text()
                .splitlines() if ln.startswith("model name")), platform.processor())
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    pkgs = {}
    for name in ("policytrends", "pyarrow", "pandas", "duckdb", "dask", "distributed", "lxml",
                 "pyahocorasick", "numpy"):
        try:
            pkgs[name] = version(name)
        except PackageNotFoundError:
            pkgs[name] = None
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "src"],
                           capture_output=True, text=True).stdout.strip()
    return {
        "cpu": cpu, "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)),
        "memory_gb": round(mem_kb / 1024 / 1024, 1), "os": platform.platform(),
        "python": platform.python_version(), "packages": pkgs,
        "git_commit": (f"{snapshot_commit} (snapshot)" if snapshot_commit else
                       commit + ("+uncommitted" if dirty else "")),
        "load_average_start": os.getloadavg(),
    }


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            txt = Path(f"/proc/{pid}/task/{task}/children").read_text()
            out += [int(c) for c in txt.split()]
    except OSError:
        pass
    return out


def _pss_kb(pid: int) -> int:
    """PSS of one process in kB (0 when it is gone): reading it walks the process's page
    tables and holds its memory map's lock meanwhile."""
    try:
        txt = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    pss = re.search(r"^Pss:\s+(\d+)", txt, re.M)
    return int(pss.group(1)) if pss else 0


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _rss_kb(pid: int) -> int:
    """RSS of one process in kB (0 when it is gone), from counters the kernel keeps."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


class TreeMemory(threading.Thread):
    """Samples the memory of a process and all its descendants; keeps the peaks.

    RSS every `every` seconds; PSS (what the memory target counts: shared pages split among
    the processes that share them) every `pss_every` seconds: reading PSS walks the
    process's page tables and slows it (docs/performance.md); RSS, cheap to read, bounds
    PSS from above between PSS samples.
    """

    def __init__(self, pid: int, every: float = 0.1, pss_every: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.pss_every = pid, every, pss_every
        self.peak_rss_kb = self.peak_pss_kb = self.peak_procs = 0
        self._done = threading.Event()

    def run(self) -> None:
        next_pss = 0.0
        while not self._done.is_set():
            pids, todo = [], [self.pid]
            while todo:
                p = todo.pop()
                pids.append(p)
                todo += _children(p)
            self.peak_rss_kb = max(self.peak_rss_kb, sum(map(_rss_kb, pids)))
            if time.monotonic() >= next_pss:
                next_pss = time.monotonic() + self.pss_every
                self.peak_pss_kb = max(self.peak_pss_kb, sum(map(_pss_kb, pids)))
            self.peak_procs = max(self.peak_procs, len(pids))
            self._done.wait(self.every)

    def stop(self) -> None:
        self._done.set()
        self.join()


def measured(cmd: list[str], timeout: float | None = None) -> dict[str, Any]:
    """Run a command; wall time, peak memory of its process tree, output."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=ENV)
    mon = TreeMemory(proc.pid)
    mon.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += f"\n(timed out after {timeout} s)"
    wall = time.perf_counter() - t0
    mon.stop()
    return {"seconds": round(wall, 3), "peak_pss_mb": round(mon.peak_pss_kb / 1024, 1),
            "peak_rss_mb": round(mon.peak_rss_kb / 1024, 1), "processes": mon.peak_procs,
            "returncode": proc.returncode, "stdout": out[-4000:], "stderr": err[-4000:]}


def _tree_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


# -- stages ----------------------------------------------------------------------------------
def corpus_for(work: Path, records: int) -> tuple[Path, dict[str, Any]]:
    """The generated corpus of `records` records, written once and reused."""
    out = work / f"corpus-{records}"
    stamp = work / f"corpus-{records}.json"  # beside it: ingest rejects hidden files
    if stamp.exists() and out.is_dir():
        return out, json.loads(stamp.read_text())
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    info = generate.generate(out, records)
    info["seconds"] = round(time.perf_counter() - t0, 1)
    stamp.write_text(json.dumps(info, indent=1))
    return out, info


def _first_files(top: Path, n: int) -> list[Path]:
    """The first n files under top, folder by folder (no walk over a million files)."""
    out: list[Path] = []
    for sub in sorted(top.iterdir()):
        out += sorted(p for p in sub.rglob("*") if p.is_file()) if sub.is_dir() else [sub]
        if len(out) >= n:
            break
    return out[:n]


def per_format(corpus: Path, max_records: int, passes: int = 1) -> dict[str, Any]:
    """One core, in process: `workers.work_file` (hash, read, extract, tag) on files of each format
    (read once before the clock starts: a million-file corpus is not in the page cache);
    the median of `passes` passes over them counts."""
    try:
        from policytrends.workers import work_file as _work
    except ImportError:  # a revision from before workers.py
        from policytrends.ingest import _work  # type: ignore[attr-defined,no-redef]

    out: dict[str, Any] = {}
    first = True
    for kind, folder in FORMAT_DIRS.items():
        per_file = dict((k, n) for k, _, n in generate.BLOCK_LAYOUT)[kind]
        files = _first_files(corpus / folder, max(1, max_records // per_file))
        if first:  # load the taxonomy, gazetteer and parsers outside the clock
            _work((str(files[0]), files[0].relative_to(corpus).as_posix(), None))
            first = False
        for f in files:  # into the page cache: parsing is measured here, not the disk
            f.read_bytes()
        times, cpu_times = [], []
        for _ in range(passes):
            records = rejects = 0
            sources: Counter[str] = Counter()
            t0, c0 = time.perf_counter(), time.process_time()
            for f in files:
                _, res = _work((str(f), f.relative_to(corpus).as_posix(), None))
                docs = res.tables.get("documents", [])
                records += len(docs)
                rejects += len(res.rejects)
                sources.update(d["source"] for d in docs)
            times.append(time.perf_counter() - t0)
            cpu_times.append(time.process_time() - c0)
        dt, cpu = statistics.median(times), statistics.median(cpu_times)
        size = sum(f.stat().st_size for f in files)
        out[kind] = {"class": generate.FORMAT_CLASS[kind], "files": len(files),
                     "records": records, "rejects": rejects, "sources": dict(sources),
                     "seconds": round(dt, 3), "pass_seconds": [round(t, 3) for t in times],
                     "records_per_s": round(records / dt, 1),
                     "mb_per_s": round(size / dt / 1e6, 2),
                     # CPU time of this process: what a machine shared with others still says
                     "cpu_seconds": round(cpu, 3),
                     "records_per_cpu_s": round(records / cpu, 1) if cpu else None}
    for cls in ("text/Markdown", "HTML/RSS"):
        rows = [v for v in out.values() if v.get("class") == cls]
        rec, sec = sum(r["records"] for r in rows), sum(r["seconds"] for r in rows)
        cpu = sum(r["cpu_seconds"] for r in rows)
        out[cls] = {"records": rec, "seconds": round(sec, 3),
                    "records_per_s": round(rec / sec, 1) if sec else None,
                    "cpu_seconds": round(cpu, 3),
                    "records_per_cpu_s": round(rec / cpu, 1) if cpu else None}
    return out


def drop_page_cache() -> None:
    """Write dirty pages out, then empty the page cache: the next ingest reads from disk."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:
        raise SystemExit(f"--cold: cannot empty the page cache ({exc}); it needs Linux and "
                         "root") from exc


def ingest_cmd(srcs: list[Path], store: Path, jobs: int | None, engine: str = "local"
               ) -> list[str]:
    cmd = [PY, "-m", "policytrends", "ingest", *map(str, srcs), "--store", str(store),
           "--quiet", "--allow-rejects"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    if engine != "local":
        cmd += ["--engine", engine]
    return cmd


def run_ingest(srcs: list[Path], store: Path, jobs: int | None, engine: str = "local"
               ) -> dict[str, Any]:
    res = measured(ingest_cmd(srcs, store, jobs, engine))
    if res["returncode"] != 0:
        raise SystemExit(f"ingest failed ({res['returncode']}):\n{res['stderr']}")
    m = re.search(r"records: (\d+)", res["stdout"])
    res["records"] = int(m.group(1)) if m else None
    parsed = re.search(r"parsed (\d+)", res["stdout"])
    res["files_parsed"] = int(parsed.group(1)) if parsed else None
    if res["records"]:
        res["records_per_s"] = round(res["records"] / res["seconds"], 1)
    return res


def store_files(store: Path) -> dict[str, bytes]:
    from policytrends.store import Store

    cur = Store(store).current()
    assert cur is not None, store
    return {p.relative_to(cur).as_posix(): p.read_bytes() for p in sorted(cur.rglob("*.parquet"))}


def store_size(store: Path) -> dict[str, Any]:
    from policytrends.schema import TABLES
    from policytrends.store import Store

    st = Store(store)
    cur = st.current()
    assert cur is not None
    tables = {name: sum(f.stat().st_size for f in st.table_files(name)) for name in TABLES}
    return {"bytes": _tree_size(cur), "tables": tables,
            "parts": len(st.table_files("documents"))}


# -- tagging ---------------------------------------------------------------------------------
_SEP = r"[\s\-\u2010-\u2015]"
_QUOTE = re.compile("['\u2018\u2019\"\u201c\u201d]")


def _quotes(m: re.Match[str]) -> str:
    return "['\u2018\u2019]" if m.group(0) in "'\u2018\u2019" else '["\u201c\u201d]'



def _wording_regex(wording: str) -> str:
    """A wording as an analyst's regex: any spaces/hyphens between words, quotes either way."""
    words = re.split(r"[\s\-\u2010-\u2015]+", wording.strip())
    parts = [_QUOTE.sub(_quotes, re.escape(w)) for w in words]
    sep = f"{_SEP}*" if "-" in wording else f"{_SEP}+"
    return sep.join(parts)


_LOOK_BEHIND = re.compile(r"\(\?<[=!][^()]*\)")


def _pattern_regex(pattern: str) -> str:
    """A pattern written for the matcher's normalised text, for raw text: its spaces match
    any run of spaces, hyphens and dashes (one, inside look-behinds, which need a fixed
    width), its quotes either kind of quote."""
    pieces, last = [], 0
    for m in _LOOK_BEHIND.finditer(pattern):
        # in a look-behind one space stays one character (it needs a fixed width)
        pieces += [_raw_spaces(pattern[last:m.start()]),
                   _QUOTE.sub(_quotes, m.group(0)).replace(" ", _SEP)]
        last = m.end()
    pieces.append(_raw_spaces(pattern[last:]))
    raw = "".join(pieces)
    try:
        re.compile(raw)
    except re.error:  # keep the pattern as written
        return pattern
    return raw


def _raw_spaces(part: str) -> str:
    return _QUOTE.sub(_quotes, part.replace(" ?", f"{_SEP}*").replace(" ", f"{_SEP}+"))


# the matcher's word boundaries, for what is blanked out: an exclusion may end in ")"
# ("Republic of China (Taiwan)"), where \b finds no boundary
_WORD_START, _WORD_END = r"(?<![^\W_])", r"(?![^\W_])"


def _alternation(wordings: Any, patterns: Any, edges: tuple[str, str] = (r"\b", r"\b")
                 ) -> str | None:
    alts = [_wording_regex(w) for w in wordings] + [_pattern_regex(p) for p in patterns]
    return f"{edges[0]}(?:" + "|".join(alts) + f"){edges[1]}" if alts else None


def baseline_regexes(tax: Any) -> dict[str, str]:
    """One regex per theme, from the same taxonomy's wordings and patterns."""
    return {t.key: rx for t in tax if (rx := _alternation(t.wordings, t.patterns))}


def _ambiguous(theme: Any) -> tuple[str, ...]:
    """Wordings that count only beside a sure mention of the theme or an ancestor."""
    return tuple(getattr(theme, "ambiguous", ()))


def mask_regexes(tax: Any) -> dict[str, str]:
    """What a careful analyst blanks out before each theme's str.contains: the theme's
    exclusions and the longer wordings of other themes that contain one of its wordings
    ("South China Sea" is maritime_order, not china)."""
    out = {}
    for t in tax:
        own = [w.lower() for w in (*t.wordings, *_ambiguous(t))]
        longer = [w for o in tax if o.key != t.key for w in (*o.wordings, *_ambiguous(o))
                  if w.lower() not in own  # a wording of both themes counts for both
                  and any(x in w.lower() for x in own)]
        rx = _alternation([*t.exclusions, *longer], t.exclusion_patterns,
                          (_WORD_START, _WORD_END))
        if rx:
            out[t.key] = rx
    return out


def tagging(store: Path, max_records: int) -> dict[str, Any]:
    """Package matcher vs one str.contains per theme, on the stored texts."""
    import pandas as pd
    import pyarrow.parquet as pq

    from policytrends import taxonomy
    from policytrends.store import Store

    texts: list[str] = []
    for f in Store(store).table_files("documents"):
        texts += pq.read_table(f, columns=["text"])["text"].to_pylist()
        if len(texts) >= max_records:
            break
    texts = texts[:max_records]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    tax = taxonomy.load(None)
    getter = getattr(taxonomy, "get_matcher", None) or taxonomy.matcher
    matcher = getter(None)
    matcher.find("warm up the Indo-Pacific")
    many = getattr(matcher, "find_many", None) or getattr(taxonomy, "tag_many", None)
    t0 = time.perf_counter()
    if many is not None:
        found = list(many(texts))
        entry = f"{many.__qualname__}"
    else:
        found = [matcher.find(t) for t in texts]
        entry = "Matcher.find per text"
    pkg_s = time.perf_counter() - t0
    pkg_pairs = {(i, m.theme) for i, ms in enumerate(found) for m in ms}

    regexes = baseline_regexes(tax)
    series = pd.Series(texts)
    t0 = time.perf_counter()
    base_pairs: set[tuple[int, str]] = set()
    for key, rx in regexes.items():
        hit = series.str.contains(rx, case=False, regex=True)
        base_pairs.update((int(i), key) for i in hit[hit].index)
    base_s = time.perf_counter() - t0
    careful_pairs: set[tuple[int, str]] = set()
    masks = mask_regexes(tax)
    t0 = time.perf_counter()
    sure: dict[str, Any] = {}
    masked = {key: series.str.replace(rx, " ", case=False, regex=True)
              for key, rx in masks.items()}
    for key, rx in regexes.items():
        sure[key] = masked.get(key, series).str.contains(rx, case=False, regex=True)
    for t in tax:
        hit = sure.get(t.key, pd.Series(False, index=series.index))
        if _ambiguous(t):  # counts only where the theme or an ancestor is surely named
            family = hit.copy()
            for anc in tax.ancestors(t.key):
                family |= sure.get(anc, False)
            amb = masked.get(t.key, series).str.contains(_alternation(_ambiguous(t), ()),
                                                         case=False, regex=True)
            hit = hit | (amb & family)
        careful_pairs.update((int(i), t.key) for i in hit[hit].index)
    careful_s = time.perf_counter() - t0
    for pairs in (base_pairs, careful_pairs):  # a child implies its parent, as in the package
        for i, key in list(pairs):
            pairs.update((i, parent) for parent in tax.ancestors(key))
    only_pkg, only_base = pkg_pairs - careful_pairs, careful_pairs - pkg_pairs
    return {
        "records": len(texts), "mb": round(mb, 1), "themes": len(tax), "entry_point": entry,
        "baseline_dtype": str(series.dtype),
        "package_s": round(pkg_s, 3), "package_mb_per_s": round(mb / pkg_s, 2),
        "baseline_s": round(base_s, 3), "baseline_mb_per_s": round(mb / base_s, 2),
        "speedup": round(base_s / pkg_s, 1),
        "careful_baseline_s": round(careful_s, 3), "careful_speedup": round(careful_s / pkg_s, 1),
        "pairs_package": len(pkg_pairs), "pairs_simple_baseline": len(base_pairs),
        "pairs_simple_both": len(pkg_pairs & base_pairs),
        "pairs_baseline": len(careful_pairs), "pairs_both": len(pkg_pairs & careful_pairs),
        "only_package": dict(Counter(k for _, k in only_pkg).most_common()),
        "only_baseline": dict(Counter(k for _, k in only_base).most_common()),
        "examples_only_package": _examples(texts, found, only_pkg),
        "examples_only_baseline": _baseline_examples(texts, regexes, masks, only_base),
    }


def _baseline_examples(texts: list[str], regexes: dict[str, str], masks: dict[str, str],
                       pairs: set[tuple[int, str]]) -> list[Any]:
    """A few passages behind pairs the baseline finds and the package does not."""
    out = []
    for i, key in sorted(pairs)[:8]:
        text = texts[i]
        if key in masks:
            text = re.sub(masks[key], " ", text, flags=re.I)
        m = re.search(regexes[key], text, re.I) if key in regexes else None
        out.append((key, text[max(0, m.start() - 30):m.end() + 30] if m else "(via a child)"))
    return out


def _examples(texts: list[str], found: list[Any], pairs: set[tuple[int, str]]) -> list[Any]:
    """A few passages behind pairs the package finds and the baseline does not."""
    out = []
    for i, key in sorted(pairs)[:8]:
        out.append((key, [m.matched for m in found[i] if m.theme == key][:2]))
    return out


# -- trends and report -----------------------------------------------------------------------
def trend_query(store: Path, engines: tuple[str, ...]) -> dict[str, Any]:
    """Monthly counts of every theme over the whole store (best of 3 and first run)."""
    out: dict[str, Any] = {}
    try:
        from policytrends import trends
    except ImportError:
        trends = None
    for engine in engines:
        if trends is None:
            break
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            df = trends.theme_frequency(store, None, period="month", engine=engine)
            runs.append(time.perf_counter() - t0)
        out[f"trends_{engine}"] = {"first_s": round(runs[0], 3), "best_s": round(min(runs), 3),
                                   "rows": len(df)}
    import duckdb

    sql = f"""
        SELECT date_trunc('month', d.published) AS month, t.theme, count(*) AS records,
               sum(t.mentions) AS mentions
        FROM read_parquet('{store}/topics/*.parquet') t
        JOIN read_parquet('{store}/documents/*.parquet') d USING (record_id)
        WHERE d.duplicate_of IS NULL AND d.published IS NOT NULL
        GROUP BY ALL ORDER BY ALL"""
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        df = duckdb.sql(sql).df()
        runs.append(time.perf_counter() - t0)
    out["duckdb_sql"] = {"first_s": round(runs[0], 3), "best_s": round(min(runs), 3),
                         "rows": len(df)}
    return out


def report_render(store: Path, out_html: Path) -> dict[str, Any] | None:
    probe = subprocess.run([PY, "-m", "policytrends", "report", "--help"], capture_output=True,
                           cwd=ROOT, env=ENV)
    if probe.returncode != 0:
        return None
    res = measured([PY, "-m", "policytrends", "report", "--store", str(store), "--out",
                    str(out_html)], timeout=1800)
    return {k: res[k] for k in ("seconds", "peak_pss_mb", "returncode")} | (
        {"stderr": res["stderr"][-600:]} if res["returncode"] else {})


# -- the whole run ---------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--records", type=int, default=int(os.environ.get("BENCH_N", 10_000)))
    p.add_argument("--work", type=Path, default=HERE / "work",
                   help="scratch folder for corpora and stores (git-ignored)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--skip-serial", action="store_true",
                   help="no one-process ingest (for 1M records: it takes long)")
    p.add_argument("--dask", choices=("auto", "yes", "no"), default="auto",
                   help="also ingest with --engine dask (auto: up to 100k records)")
    p.add_argument("--format-records", type=int, default=2000,
                   help="records per format for the one-core parse figures")
    p.add_argument("--tag-records", type=int, default=20_000,
                   help="records for the tagging comparison (the baseline is slow)")
    p.add_argument("--no-report", action="store_true")
    p.add_argument("--cold", action="store_true",
                   help="empty the page cache before each full ingest, so that it reads the "
                   "corpus from disk as a first ingest of new files does (Linux, as root)")
    p.add_argument("--passes", type=int, default=3,
                   help="passes over each format's files for the one-core figures: the "
                   "median pass counts (one pass varies ~10%% with the machine's load)")
    p.add_argument("--at-commit", metavar="REV", default=None,
                   help="measure the package as committed at REV (a snapshot of src/), not the "
                   "working tree that others may be editing during the run")
    p.add_argument("--render", action="store_true",
                   help="only rewrite the Markdown and the verdicts of every results/*.json "
                   "(after a change to the tables), measuring nothing")
    args = p.parse_args(argv)
    if args.render:
        return render()

    n, work = args.records, args.work
    work.mkdir(parents=True, exist_ok=True)
    commit = snapshot(work, args.at_commit) if args.at_commit else None
    res: dict[str, Any] = {"records_requested": n, "started": datetime.now(UTC)
                           .isoformat(timespec="seconds"), "machine": machine(commit),
                           "command": " ".join(["python benchmarks/run.py",
                                                *(sys.argv[1:] if argv is None else argv)])}
    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731

    corpus, info = corpus_for(work, n)
    res["corpus"] = {k: info[k] for k in ("files", "records", "bytes", "formats", "material")}
    res["corpus"]["generate_s"] = info.get("seconds")
    say(f"corpus: {info['records']} records, {info['files']} files, {info['bytes'] / 1e6:.0f} MB")

    res["per_format"] = per_format(corpus, args.format_records, args.passes)
    say("per format (1 core):", {k: v["records_per_s"] for k, v in res["per_format"].items()})

    stores = work / f"stores-{n}"
    shutil.rmtree(stores, ignore_errors=True)
    stores.mkdir()
    res["cold"] = args.cold
    if not args.skip_serial:
        if args.cold:
            drop_page_cache()
        res["ingest_1"] = run_ingest([corpus], stores / "one", 1)
        say("ingest --jobs 1:", res["ingest_1"]["seconds"], "s")
    if args.cold:
        drop_page_cache()
    res["ingest_all"] = run_ingest([corpus], stores / "all", args.jobs)
    res["ingest_all"]["jobs"] = args.jobs
    say(f"ingest --jobs {args.jobs}:", res["ingest_all"]["seconds"], "s")
    if not args.skip_serial:
        one, all_ = store_files(stores / "one"), store_files(stores / "all")
        res["byte_identical_jobs"] = one == all_
        res["parallel_speedup"] = round(res["ingest_1"]["seconds"] /
                                        res["ingest_all"]["seconds"], 2)
        shutil.rmtree(stores / "one")
    res["store"] = store_size(stores / "all")

    if args.dask == "yes" or (args.dask == "auto" and n <= 100_000):
        res["ingest_dask"] = run_ingest([corpus], stores / "dask", args.jobs, engine="dask")
        res["ingest_dask"]["byte_identical_to_local"] = (store_files(stores / "dask") ==
                                                         store_files(stores / "all"))
        shutil.rmtree(stores / "dask")
        say("ingest --engine dask:", res["ingest_dask"]["seconds"], "s")

    res["tagging"] = tagging(stores / "all", args.tag_records)
    say("tagging speedup:", res["tagging"]["speedup"])
    res["trends"] = trend_query(stores / "all",
                                ("duckdb", "pandas") if n <= 100_000 else ("duckdb",))
    say("trends:", res["trends"])

    plus = work / f"plus-{n}"
    shutil.rmtree(plus, ignore_errors=True)
    extra = max(1, n // 100)
    added = generate.generate(plus, extra, first_block=info["blocks"])
    res["reingest"] = run_ingest([corpus, plus], stores / "all", args.jobs)
    res["reingest"]["files_added"] = added["files"]
    res["reingest"]["ratio_to_full"] = round(res["reingest"]["seconds"] /
                                             res["ingest_all"]["seconds"], 4)
    say("re-ingest +1%:", res["reingest"]["seconds"], "s")

    if not args.no_report:
        res["report"] = report_render(stores / "all", work / f"report-{n}.html")
        say("report:", res["report"])

    res["machine"]["load_average_end"] = os.getloadavg()
    res["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    res["targets"] = verdicts(res)
    for key in ("ingest_1", "ingest_all", "ingest_dask", "reingest"):
        for noisy in ("stdout", "stderr"):
            res.get(key, {}).pop(noisy, None)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"bench-{n}.json").write_text(json.dumps(res, indent=1) + "\n")
    (RESULTS / f"bench-{n}.md").write_text(markdown(res))
    write_index()
    print(markdown(res))
    return 0


def render() -> int:
    """Verdicts and Markdown again from each results JSON (the measured figures unchanged)."""
    for f in sorted(RESULTS.glob("bench-*.json")):
        res = json.loads(f.read_text())
        res["targets"] = verdicts(res)
        f.write_text(json.dumps(res, indent=1) + "\n")
        f.with_suffix(".md").write_text(markdown(res))
    write_index()
    return 0


# -- verdicts and tables -------------------------------------------------------------------
def verdicts(res: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target: measured value, target, met (None when not measured at this size)."""
    pf, n = res["per_format"], res["corpus"]["records"]
    out: dict[str, dict[str, Any]] = {}

    def add(key: str, value: Any, target: Any, met: bool | None, note: str = "") -> None:
        out[key] = {"value": value, "target": target, "met": met, "note": note}

    add("text_records_per_s_per_core", pf["text/Markdown"]["records_per_s"],
        f">= {TARGETS['text_per_core']}",
        pf["text/Markdown"]["records_per_s"] >= TARGETS["text_per_core"])
    add("html_rss_records_per_s_per_core", pf["HTML/RSS"]["records_per_s"],
        f">= {TARGETS['html_per_core']}",
        pf["HTML/RSS"]["records_per_s"] >= TARGETS["html_per_core"])
    full = res["ingest_all"]
    projected = round(full["seconds"] * 1_000_000 / n, 1)
    add("ingest_1m_seconds", full["seconds"] if n >= 1_000_000 else projected,
        f"< {TARGETS['ingest_1m_s']}", projected < TARGETS["ingest_1m_s"],
        "" if n >= 1_000_000 else f"projected linearly from {n:,} records")
    add("peak_memory_mb", full["peak_pss_mb"], f"< {TARGETS['peak_mb']}",
        full["peak_pss_mb"] < TARGETS["peak_mb"] if n >= 1_000_000 else None,
        "" if n >= 1_000_000 else "judged at 1M records")
    add("reingest_peak_memory_mb", res["reingest"]["peak_pss_mb"], f"< {TARGETS['peak_mb']}",
        res["reingest"]["peak_pss_mb"] < TARGETS["peak_mb"] if n >= 1_000_000 else None,
        "" if n >= 1_000_000 else "judged at 1M records")
    tg = res["tagging"]
    add("tagging_speedup", tg["speedup"], f">= {TARGETS['tag_speedup']}x",
        tg["speedup"] >= TARGETS["tag_speedup"])
    union = tg["pairs_package"] + tg["pairs_baseline"] - tg["pairs_both"]
    add("tagging_same_pairs", f"{tg['pairs_both']}/{union}",
        "equal", tg["pairs_package"] == tg["pairs_baseline"] == tg["pairs_both"])
    trend = res["trends"].get("trends_duckdb") or res["trends"]["duckdb_sql"]
    add("trend_monthly_all_themes_s", trend["best_s"], f"< {TARGETS['trend_s']} (at 1M)",
        trend["best_s"] < TARGETS["trend_s"] if n >= 1_000_000 else None,
        "" if n >= 1_000_000 else "judged at 1M records")
    add("reingest_ratio", res["reingest"]["ratio_to_full"], f"< {TARGETS['reingest_ratio']}",
        res["reingest"]["ratio_to_full"] < TARGETS["reingest_ratio"])
    if "byte_identical_jobs" in res:
        add("store_identical_jobs_1_vs_all", res["byte_identical_jobs"], True,
            res["byte_identical_jobs"])
    return out


def _mark(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "n/a"}[met]


def markdown(res: dict[str, Any]) -> str:
    m, c = res["machine"], res["corpus"]
    lines = [
        f"# Benchmark: {c['records']:,} records ({c['files']:,} files, "
        f"{c['bytes'] / 1e6:,.0f} MB)",
        "",
        f"`{res['command']}` on {res['started']}; "
        f"{m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, "
        f"policytrends {m['git_commit']}; load average {m['load_average_start'][0]:.1f} at "
        f"start, {m['load_average_end'][0]:.1f} at end (other processes share the machine: "
        "absolute figures vary, ratios measured in the same run are the main figures)"
        + ("; the page cache was emptied before each full ingest (`--cold`): it read the "
           "corpus from disk." if res.get("cold") else "."),
        "",
        "| measure | value | target | verdict |",
        "|---|---|---|---|",
    ]
    for key, v in res["targets"].items():
        note = f" ({v['note']})" if v["note"] else ""
        lines.append(f"| {key.replace('_', ' ')} | {v['value']}{note} | {v['target']} | "
                     f"{_mark(v['met'])} |")
    lines += ["", "| stage | seconds | records/s | peak PSS MB (tree) | peak RSS MB (tree) |",
              "|---|---|---|---|---|"]
    for key, label in (("ingest_1", "ingest --jobs 1"), ("ingest_all", "ingest --jobs all"),
                       ("ingest_dask", "ingest --engine dask"), ("reingest", "re-ingest +1%")):
        if key in res:
            r = res[key]
            lines.append(f"| {label} | {r['seconds']} | {r.get('records_per_s', '')} | "
                         f"{r['peak_pss_mb']} | {r['peak_rss_mb']} |")
    passes = len(next(iter(res["per_format"].values())).get("pass_seconds", [0]))
    how = f"the median of {passes} passes" if passes > 1 else "one pass"
    lines += ["", f"Parse + extract + tag on one core, in process ({how}):", "",
              "| format | records | records/s | MB/s | parsed as |", "|---|---|---|---|---|"]
    for key, v in res["per_format"].items():
        if "class" in v:
            parsed_as = ", ".join(f"{s}: {k}" for s, k in v["sources"].items())
            lines.append(f"| {key} ({v['class']}) | {v['records']} | {v['records_per_s']} | "
                         f"{v['mb_per_s']} | {parsed_as} |")
    tg, st = res["tagging"], res["store"]
    lines += [
        "",
        f"Tagging ({tg['records']:,} records, {tg['mb']} MB, {tg['themes']} themes): package "
        f"{tg['package_mb_per_s']} MB/s ({tg['entry_point']}), baseline {tg['baseline_mb_per_s']} "
        f"MB/s (str.contains per theme on {tg['baseline_dtype']}), speedup {tg['speedup']}x; "
        f"pairs: both {tg['pairs_both']}, package only {tg['only_package']}, baseline only "
        f"{tg['only_baseline']}.",
        "",
        f"Trend query (monthly counts of every theme): {res['trends']}.",
        "",
        f"Store: {st['bytes'] / 1e6:,.1f} MB on disk ({st['parts']} parts); input "
        f"{c['bytes'] / 1e6:,.0f} MB. Re-ingest added {res['reingest']['files_added']} files.",
    ]
    if res.get("report"):
        lines += ["", f"Report render: {res['report']}."]
    if "ingest_dask" in res:
        lines += ["", "Dask store byte-identical to the local one: "
                  f"{res['ingest_dask']['byte_identical_to_local']}."]
    return "\n".join(lines) + "\n"


def _agreement(tg: dict[str, Any]) -> str:
    union = tg["pairs_package"] + tg["pairs_baseline"] - tg["pairs_both"]
    return f"{tg['pairs_both'] / union:.2%}" if union else "-"


def write_index() -> None:
    """results/README.md: one row per corpus size measured."""
    rows = []
    for f in sorted(RESULTS.glob("bench-*.json"), key=lambda p: int(p.stem.split("-")[1])):
        r = json.loads(f.read_text())
        pf, ia = r["per_format"], r["ingest_all"]
        rows.append(
            f"| {r['corpus']['records']:,} | {pf['text/Markdown']['records_per_s']} | "
            f"{pf['HTML/RSS']['records_per_s']} | "
            f"{r.get('ingest_1', {}).get('records_per_s', '-')} | {ia.get('records_per_s')} "
            f"({ia['seconds']} s) | {ia['peak_pss_mb']} | {r['reingest']['peak_pss_mb']} | "
            f"{r['store']['bytes'] / 1e6:,.0f} | "
            f"{r['tagging']['speedup']}x ({_agreement(r['tagging'])}) | "
            f"{(r['trends'].get('trends_duckdb') or r['trends']['duckdb_sql'])['best_s']} | "
            f"{r['reingest']['ratio_to_full']:.1%} | "
            f"{(r.get('report') or {}).get('seconds', '-')} | [{f.stem}]({f.stem}.md) |")
    head = [
        "# Benchmark results", "",
        "Made by `make bench` (`BENCH_N=100000 make bench` for other sizes); see each file "
        "for the machine, versions and load.", "",
        "Targets (2 cores): >= 3,000 text/Markdown and >= 1,500 HTML/RSS records/s per core; "
        "1M records in < 5 min under 1.5 GB; tagging >= 20x the per-theme `str.contains` "
        "baseline with the same (record, theme) pairs; monthly counts of every theme over 1M "
        "records < 1 s; re-ingest after +1% files < 5% of a full ingest.", "",
        "| records | text rec/s/core | HTML/RSS rec/s/core | ingest rec/s 1 proc | "
        "ingest rec/s all cores | peak PSS MB | re-ingest peak PSS MB | store MB | "
        "tagging speedup (same pairs) | trend query s | re-ingest +1% / full | report s | "
        "details |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    (RESULTS / "README.md").write_text("\n".join(head + rows) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
