"""Benchmark on real records: distinct copies of the records in ``../shared/corpus``.

Each copy of a real record gets a path of its own (``<source>/c<copy>/<original path>``)
and a unique token line at the end of its body ("copy 000123": a paragraph of its own),
so no cache keyed on a path or on content can help, and the mix of sources and kinds is
the corpus's own:

- White House Markdown files (YAML front matter as scraped: quoted titles with escapes,
  continued lines), one record a file;
- State Department RSS items (the unique items of the feed snapshots, by guid), written
  as feeds of 10 items as the snapshots are; each copy's guid and link get the copy's
  number, its ``content:encoded`` a last paragraph with the token;
- UN General Debate speeches, one a file, the name ``ISO3_SESSION_YEAR.txt`` kept.

The real records of each source are taken in a fixed shuffled order (the n-th copy is of
record n modulo their number), so a corpus smaller than the real one keeps its mix too.

Measured for each source's folder, in this process and one after the other:

- the floor: read every file, decode it, lower-case it and run one Aho-Corasick pass of
  the taxonomy's literal wordings over it (one core, in this process);
- ``policytrends ingest --jobs J`` end to end (records/s, peak memory of the process
  tree), and its ratio to the floor's time;
- one core in process (``workers.work_file`` per file), records/s by source and kind (a feed's
  time is shared among its items).

usage: python benchmarks/real.py [--records 20000] [--sources whitehouse,state,ungdc]
           [--work DIR] [--jobs 2] [--compare REV] [--rounds 2]

``--compare REV`` alternates ingests of the package as committed at REV (a snapshot of
``src/``) and of the working tree, ``--rounds`` times each, and reports the ratios and
whether each pair of stores is byte-identical (the machine is shared: ratios of runs made
minutes apart are the figures to trust, not absolute ones).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = HERE / "results"
# outside the repository: copies of corpus files never belong in it
DEFAULT_WORK = Path(tempfile.gettempdir()) / "policytrends-bench-real"
SOURCES = ("whitehouse", "state", "ungdc")
RSS_ITEMS = 10  # items per feed, as in the corpus's snapshots
FORMAT_VERSION = 1  # bump when the copies' layout changes (invalidates built corpora)

_ITEM = re.compile(rb"<item>.*?</item>", re.S)
_GUID = re.compile(rb"(<guid\b[^>]*>)(.*?)(</guid>)", re.S)
_LINK = re.compile(rb"(<link>)(.*?)(</link>)", re.S)
_CONTENT_END = re.compile(rb"(\]\]>)?\s*</content:encoded>")


# -- the real records --------------------------------------------------------------------------
def real_records(corpus: Path = CORPUS) -> dict[str, list[tuple[str, bytes]]]:
    """(relative path or guid, bytes) of every real record, by source; for "state" the
    bytes are one `<item>` element, and "state_head"/"state_tail" hold a feed's envelope."""
    wh = sorted((corpus / "wh_briefings").rglob("*.md"))
    un = sorted((corpus / "ungdc").rglob("*_*_*.txt"))
    items: dict[bytes, bytes] = {}
    head = tail = b""
    for feed in sorted((corpus / "state_dept_pr_rss").rglob("*.rss")):
        data = feed.read_bytes()
        found = list(_ITEM.finditer(data))
        if not found:
            continue
        if not head:
            head, tail = data[:found[0].start()], data[found[-1].end():]
        for m in found:
            guid = _GUID.search(m.group())
            if guid is not None:
                items.setdefault(guid.group(2).strip(), m.group())
    return {
        "whitehouse": [(p.relative_to(corpus / "wh_briefings").as_posix(), p.read_bytes())
                       for p in wh],
        "ungdc": [(p.relative_to(corpus / "ungdc").as_posix(), p.read_bytes()) for p in un],
        "state": [(g.decode("utf-8", "replace"), items[g]) for g in sorted(items)],
        "state_head": [("", head)], "state_tail": [("", tail)],
    }


def _token(copy: int) -> bytes:
    return f"copy {copy:06d}".encode()


def text_copy(data: bytes, copy: int) -> bytes:
    """A Markdown or text record with the copy's token as a last paragraph."""
    return data.rstrip(b"\n") + b"\n\n" + _token(copy) + b"\n"


def item_copy(item: bytes, copy: int) -> bytes:
    """An RSS item with the copy's number in its guid and link, the token in its body."""
    tag = f"#copy-{copy:06d}".encode()
    item = _GUID.sub(lambda m: m.group(1) + m.group(2).strip() + tag + m.group(3), item, 1)
    item = _LINK.sub(lambda m: m.group(1) + m.group(2).strip() + tag + m.group(3), item, 1)
    para = b"<p>" + _token(copy) + b"</p>"
    return _CONTENT_END.sub(lambda m: para + (m.group(1) or b"") + b"</content:encoded>",
                            item, 1)


def shares(n: int, sizes: dict[str, int]) -> dict[str, int]:
    """n records split among the sources in proportion to their real numbers."""
    total = sum(sizes.values())
    out = {s: n * k // total for s, k in sizes.items()}
    for s in sorted(sizes, key=lambda s: -sizes[s])[: n - sum(out.values())]:
        out[s] += 1
    return out


def build(out: Path, n: int, sources: tuple[str, ...], corpus: Path = CORPUS
          ) -> dict[str, Any]:
    """Write n distinct copies of real records under out/<source>/ (reused when built)."""
    stamp = out.with_name(out.name + ".json")  # beside it: ingest rejects hidden files
    key = {"records": n, "sources": list(sources), "version": FORMAT_VERSION}
    if stamp.exists() and out.is_dir():
        info = json.loads(stamp.read_text())
        if info.get("key") == key:
            return info
    shutil.rmtree(out, ignore_errors=True)
    real = real_records(corpus)
    for source in sources:  # a fixed shuffle: fewer copies than records keep the mix
        random.Random(source).shuffle(real[source])
    counts = shares(n, {s: len(real[s]) for s in sources})
    files: Counter[str] = Counter()
    size: Counter[str] = Counter()
    for source in sources:
        pool, want = real[source], counts[source]
        if source == "state":
            head, tail = real["state_head"][0][1], real["state_tail"][0][1]
            for first in range(0, want, RSS_ITEMS):
                items = [item_copy(pool[i % len(pool)][1], i)
                         for i in range(first, min(want, first + RSS_ITEMS))]
                path = out / source / f"c{first // 1000:04d}" / f"feed-{first:06d}.rss"
                _write(path, head + b"\n\t".join(items) + tail)
                files[source] += 1
                size[source] += path.stat().st_size
            continue
        for i in range(want):
            rel, data = pool[i % len(pool)]
            path = out / source / f"c{i // len(pool):04d}" / rel
            _write(path, text_copy(data, i))
            files[source] += 1
            size[source] += path.stat().st_size
    info = {"key": key, "records": counts, "files": dict(files), "bytes": dict(size),
            "real_records": {s: len(real[s]) for s in SOURCES}}
    stamp.write_text(json.dumps(info, indent=1))
    return info


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# -- measures --------------------------------------------------------------------------------
def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def floor_automaton() -> Any:
    """An automaton of the taxonomy's literal wordings (lower case): the floor's one pass."""
    from policytrends import taxonomy
    from policytrends.automaton import Automaton

    words = {w.lower(): t.key for t in taxonomy.load(None) for w in t.wordings}
    return Automaton(words)


def floor(folder: Path, automaton: Any) -> dict[str, Any]:
    """Read every file, decode it, lower-case it, one Aho-Corasick pass (one core)."""
    t0, c0 = time.perf_counter(), time.process_time()
    hits = size = 0
    for f in _files(folder):
        data = f.read_bytes()
        size += len(data)
        hits += len(automaton.hits(data.decode("utf-8", "replace").lower()))
    return {"seconds": round(time.perf_counter() - t0, 3),
            "cpu_seconds": round(time.process_time() - c0, 3), "bytes": size, "hits": hits}


def per_kind(folder: Path, top: Path, max_files: int) -> dict[str, Any]:
    """One core, in process: `workers.work_file` on each file; records/s by source and kind."""
    try:
        from policytrends.workers import work_file as _work
    except ImportError:  # a revision from before workers.py
        from policytrends.ingest import _work  # type: ignore[attr-defined,no-redef]

    every = _files(folder)
    files = every[::max(1, -(-len(every) // max_files))]  # spread over the whole folder
    _work((str(files[0]), files[0].relative_to(top).as_posix(), None))  # load outside the clock
    seconds: dict[str, float] = defaultdict(float)
    records: Counter[str] = Counter()
    meetings = 0
    for f in files:
        t0 = time.perf_counter()
        _, res = _work((str(f), f.relative_to(top).as_posix(), None))
        dt = time.perf_counter() - t0
        docs = res.tables.get("documents", [])
        meetings += len(res.tables.get("meetings", []))
        for d in docs:
            key = f"{d['source']}/{d['kind']}"
            records[key] += 1
            seconds[key] += dt / len(docs)
    out = {k: {"records": records[k], "records_per_s": round(records[k] / seconds[k], 1)}
           for k in sorted(records)}
    total_s = sum(seconds.values())
    out["all"] = {"records": sum(records.values()), "meetings": meetings,
                  "records_per_s": round(sum(records.values()) / total_s, 1)}
    return out


def snapshot_env(work: Path, rev: str) -> tuple[str, dict[str, str]]:
    """`git archive REV src` under work, and an environment that puts it first on the path."""
    import run

    commit, dest = run.archive(work, rev)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(dest / "src"),
                                                      env.get("PYTHONPATH")]))
    return commit, env


class TreeCpu(threading.Thread):
    """CPU seconds (user + system) of a process and its descendants, sampled from
    /proc/<pid>/stat every `every` seconds: the last sample of each process counts."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.ticks: dict[int, int] = {}
        self._done = threading.Event()

    def run(self) -> None:
        import run

        while not self._done.is_set():
            todo = [self.pid]
            while todo:
                pid = todo.pop()
                todo += run._children(pid)
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except (OSError, IndexError):
                    continue
                self.ticks[pid] = int(fields[11]) + int(fields[12])  # utime, stime
            self._done.wait(self.every)

    def stop(self) -> float:
        self._done.set()
        self.join()
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    def own(self) -> float:
        """CPU seconds of the process itself (the ingest process, not its workers), at
        its last sample."""
        return self.ticks.get(self.pid, 0) / os.sysconf("SC_CLK_TCK")


def ingest(folder: Path, store: Path, jobs: int, env: dict[str, str] | None = None
           ) -> dict[str, Any]:
    """`policytrends ingest FOLDER --jobs J` into a new store: wall and CPU time, peak
    memory of the process tree, records and meetings."""
    import run  # benchmarks/run.py: the process-tree memory sampler

    shutil.rmtree(store, ignore_errors=True)
    cmd = run.ingest_cmd([folder], store, jobs)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=env or run.ENV)
    mem, cpu = run.TreeMemory(proc.pid), TreeCpu(proc.pid)
    mem.start()
    cpu.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    mem.stop()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{err[-4000:]}")
    records = int(re.search(r"records: (\d+)", out).group(1))  # type: ignore[union-attr]
    meetings = re.search(r"meetings: (\d+)", out)
    return {"seconds": round(wall, 3), "cpu_seconds": round(cpu.stop(), 2),
            "ingest_process_cpu_seconds": round(cpu.own(), 2),
            "records": records, "meetings": int(meetings.group(1)) if meetings else None,
            "records_per_s": round(records / wall, 1),
            "peak_pss_mb": round(mem.peak_pss_kb / 1024, 1),
            "peak_rss_mb": round(mem.peak_rss_kb / 1024, 1)}


def store_bytes(store: Path) -> dict[str, bytes]:
    """Every Parquet file of a store's current version, by relative path."""
    import run

    return run.store_files(store)


def machine() -> dict[str, Any]:
    import run

    m = run.machine()
    return {k: m[k] for k in ("cpu", "cores", "usable_cores", "memory_gb", "python",
                              "git_commit", "load_average_start")}


# -- the run ---------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--records", type=int, default=20_000)
    p.add_argument("--sources", default=",".join(SOURCES),
                   help="comma-separated: whitehouse, state, ungdc (default: all, in the "
                   "corpus's proportions)")
    p.add_argument("--work", type=Path, default=DEFAULT_WORK,
                   help="scratch folder for the copies and stores (outside the repository)")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--kind-files", type=int, default=1500,
                   help="files of each source for the one-core figures by kind")
    p.add_argument("--compare", metavar="REV", default=None,
                   help="alternate ingests of REV's src/ and of the working tree")
    p.add_argument("--rounds", type=int, default=2, help="ingests of each, with --compare")
    p.add_argument("--at-commit", metavar="REV", default=None,
                   help="measure the package as committed at REV (a snapshot of src/), not "
                   "the working tree (which can then change during the run)")
    p.add_argument("--out", type=Path, default=None,
                   help="results JSON (default: benchmarks/results/real-<N>[-<sources>].json)")
    args = p.parse_args(argv)
    sources = tuple(s.strip() for s in args.sources.split(",") if s.strip())
    bad = [s for s in sources if s not in SOURCES]
    if bad or not CORPUS.is_dir():
        raise SystemExit(f"unknown source(s) {bad}" if bad else f"no corpus at {CORPUS}")
    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    if args.at_commit:
        import run

        assert "policytrends" not in sys.modules, "the snapshot goes first on the path"
        commit, env = snapshot_env(work, args.at_commit)
        sys.path.insert(0, env["PYTHONPATH"].split(os.pathsep)[0])
        run.ENV.update(env)
    name = f"real-{args.records}" + ("" if sources == SOURCES else "-" + "-".join(sources))
    res: dict[str, Any] = {
        "command": " ".join(["python benchmarks/real.py",
                             *(sys.argv[1:] if argv is None else argv)]),
        "started": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine()}
    if args.at_commit:
        res["machine"]["git_commit"] = f"{commit} (snapshot)"
    t0 = time.perf_counter()
    corpus = work / name
    res["corpus"] = build(corpus, args.records, sources)
    say(f"corpus {corpus}: {res['corpus']['records']} ({time.perf_counter() - t0:.0f} s)")
    automaton = floor_automaton()
    automaton.hits("warm up")
    res["sources"] = {}
    for source in sources:
        folder = corpus / source
        for f in _files(folder):  # into the page cache: both runs read it from memory
            f.read_bytes()
        fl = floor(folder, automaton)
        ing = ingest(folder, work / f"store-{name}-{source}", args.jobs)
        kinds = per_kind(folder, corpus, args.kind_files)
        res["sources"][source] = {
            "floor": fl, "ingest": ing, "one_core": kinds,
            "ratio_to_floor": round(ing["seconds"] / fl["seconds"], 2),
            "cpu_ratio_to_floor": round(ing["cpu_seconds"] / fl["cpu_seconds"], 2)}
        say(f"{source}: ingest {ing['records_per_s']} rec/s ({ing['seconds']} s, peak PSS "
            f"{ing['peak_pss_mb']} MB), floor {fl['seconds']} s, ratio "
            f"{res['sources'][source]['ratio_to_floor']}; one core {kinds['all']}")
    if args.compare:
        res["compare"] = compare(corpus, sources, work, args.compare, args.jobs, args.rounds,
                                 automaton, say)
    res["machine"]["load_average_end"] = os.getloadavg()
    res["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    out = args.out or RESULTS / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n")
    out.with_suffix(".md").write_text(markdown(res))
    print(markdown(res))
    return 0


def compare(corpus: Path, sources: tuple[str, ...], work: Path, rev: str, jobs: int,
            rounds: int, automaton: Any, say: Any) -> dict[str, Any]:
    """Alternate ingests of REV's package and of the working tree on each source's folder:
    time ratios (new / REV), floors in between, and byte-identity of the stores."""
    commit, env = snapshot_env(work, rev)
    out: dict[str, Any] = {"baseline": commit}
    for source in sources:
        folder = corpus / source
        rows = []
        identical = True
        for r in range(rounds):
            base = ingest(folder, work / f"cmp-base-{source}", jobs, env)
            fl_base = floor(folder, automaton)
            new = ingest(folder, work / f"cmp-new-{source}", jobs)  # (the package measured)
            fl_new = floor(folder, automaton)
            same = store_bytes(work / f"cmp-base-{source}") == store_bytes(
                work / f"cmp-new-{source}")
            identical &= same
            rows.append({"baseline_s": base["seconds"], "new_s": new["seconds"],
                         "baseline_cpu_s": base["cpu_seconds"], "new_cpu_s": new["cpu_seconds"],
                         "baseline_ingest_process_cpu_s": base["ingest_process_cpu_seconds"],
                         "new_ingest_process_cpu_s": new["ingest_process_cpu_seconds"],
                         "baseline_records_per_s": base["records_per_s"],
                         "new_records_per_s": new["records_per_s"],
                         "baseline_peak_pss_mb": base["peak_pss_mb"],
                         "new_peak_pss_mb": new["peak_pss_mb"],
                         "baseline_ratio_to_floor": round(base["seconds"] / fl_base["seconds"], 2),
                         "new_ratio_to_floor": round(new["seconds"] / fl_new["seconds"], 2),
                         "stores_identical": same})
            say(f"compare {source} round {r + 1}: {rows[-1]}")
        out[source] = {
            "rounds": rows, "stores_identical": identical,
            "speedup_median": round(statistics.median(
                x["baseline_s"] / x["new_s"] for x in rows), 3),
            "cpu_speedup_median": round(statistics.median(
                x["baseline_cpu_s"] / x["new_cpu_s"] for x in rows), 3)}
    return out


def markdown(res: dict[str, Any]) -> str:
    m, c = res["machine"], res["corpus"]
    lines = [
        f"# Real records: {sum(c['records'].values()):,} distinct copies "
        f"({', '.join(f'{s} {n:,}' for s, n in c['records'].items())})", "",
        f"`{res['command']}` on {res['started']}; {m['cpu']}, {m['cores']} cores, "
        f"{m['memory_gb']} GB, Python {m['python']}, policytrends {m['git_commit']}; load "
        f"average {m['load_average_start'][0]:.1f} at start, "
        f"{m.get('load_average_end', [0])[0]:.1f} at end (a shared machine: ratios in the "
        "same run are the figures to trust).", "",
        "| source | records | ingest s | records/s end to end | floor s | ingest / floor | "
        "CPU s: ingest, floor (ratio) | ingest process CPU s | peak PSS MB | meetings | "
        "one core records/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for source, v in res["sources"].items():
        ing = v["ingest"]
        lines.append(f"| {source} | {ing['records']:,} | {ing['seconds']} | "
                     f"{ing['records_per_s']} | {v['floor']['seconds']} | "
                     f"{v['ratio_to_floor']}x | {ing['cpu_seconds']}, "
                     f"{v['floor']['cpu_seconds']} ({v['cpu_ratio_to_floor']}x) | "
                     f"{ing['ingest_process_cpu_seconds']} | "
                     f"{ing['peak_pss_mb']} | {ing['meetings']} | "
                     f"{v['one_core']['all']['records_per_s']} |")
    lines += ["", "One core, in process, by source and kind (`workers.work_file` per file):", "",
              "| source/kind | records | records/s |", "|---|---|---|"]
    for v in res["sources"].values():
        for key, k in v["one_core"].items():
            if key != "all":
                lines.append(f"| {key} | {k['records']} | {k['records_per_s']} |")
    if "compare" in res:
        cmp = res["compare"]
        lines += ["", f"Against {cmp['baseline']} (alternating runs; new / baseline):", "",
                  "| source | round | baseline rec/s | new rec/s | CPU s base, new | "
                  "ingest process CPU s base, new | "
                  "baseline / floor | new / floor | peak PSS MB base, new | stores identical |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for source in res["sources"]:
            for i, r in enumerate(cmp[source]["rounds"], 1):
                lines.append(
                    f"| {source} | {i} | {r['baseline_records_per_s']} | "
                    f"{r['new_records_per_s']} | {r['baseline_cpu_s']}, {r['new_cpu_s']} | "
                    f"{r['baseline_ingest_process_cpu_s']}, {r['new_ingest_process_cpu_s']} | "
                    f"{r['baseline_ratio_to_floor']}x | "
                    f"{r['new_ratio_to_floor']}x | {r['baseline_peak_pss_mb']}, "
                    f"{r['new_peak_pss_mb']} | {r['stores_identical']} |")
            lines.append(f"| {source} | median speed-up | wall "
                         f"{cmp[source]['speedup_median']}x | CPU "
                         f"{cmp[source]['cpu_speedup_median']}x | | | | | | |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
