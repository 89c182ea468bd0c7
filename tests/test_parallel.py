"""`--jobs N`: the store is byte-for-byte the same whatever the number of worker processes."""

from __future__ import annotations

from pathlib import Path

import policytrends
from policytrends import store as store_mod
from policytrends.cli import main

# Our own sentences, recombined into files of every format (no corpus text).
SENTENCES = (
    "The two ministers reaffirmed their commitment to a free and open Indo-Pacific.",
    "They condemned North Korea's repeated ballistic missile launches.",
    "The leaders discussed supply chains, clean energy and economic security.",
    "Both sides welcomed closer cooperation with ASEAN and within the Quad.",
    "The minister expressed concern about the situation in the East China Sea.",
    "They agreed to coordinate toward the G7 summit later this year.",
    "The two sides confirmed support for Ukraine and for sanctions on Russia.",
    "They stressed the importance of peace and stability across the Taiwan Strait.",
)


def _text(i: int, n: int = 3) -> str:
    """Distinct text for file i: a rotation of the sentences plus its number."""
    picked = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(n)]
    return f"Note {i}.\n\n" + "\n\n".join(picked) + "\n"


def write_corpus(root: Path, files: int = 24) -> Path:
    """A small mixed corpus: plain text, Markdown with front matter, HTML and an RSS feed."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        kind = i % 4
        if kind == 0:
            (root / f"notes/n{i:03d}.txt").parent.mkdir(exist_ok=True)
            (root / f"notes/n{i:03d}.txt").write_text(_text(i), encoding="utf-8")
        elif kind == 1:
            front = (f"---\ndate: '2022-0{1 + i % 9}-1{i % 10}'\ntitle: \"Readout {i}\"\n"
                     f"source_url: https://www.whitehouse.gov/briefing-room/r{i}/\n---\n \n")
            (root / f"wh/r{i:03d}.md").parent.mkdir(exist_ok=True)
            (root / f"wh/r{i:03d}.md").write_text(front + _text(i), encoding="utf-8")
        elif kind == 2:
            body = "".join(f"<p>{s}</p>" for s in _text(i).split("\n\n"))
            page = (f"<html><head><title>Page {i}</title><script>var x = {i};</script></head>"
                    f"<body><nav>Home</nav><main>{body}</main></body></html>")
            (root / f"html/p{i:03d}.html").parent.mkdir(exist_ok=True)
            (root / f"html/p{i:03d}.html").write_text(page, encoding="utf-8")
        else:
            items = "".join(
                f"<item><title>Release {i}-{k}</title>"
                f"<link>https://www.state.gov/release-{i}-{k}/</link>"
                f"<pubDate>Tue, 2{k} May 2022 12:00:00 +0000</pubDate>"
                f"<guid isPermaLink=\"false\">https://www.state.gov/?page_id={i * 10 + k}</guid>"
                f"<content:encoded><![CDATA[<p>{_text(i + k, 2)}</p>]]></content:encoded></item>"
                for k in range(3)
            )
            feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                    f"<title>Press Releases</title>{items}</channel></rss>")
            (root / f"rss/f{i:03d}/data.rss").parent.mkdir(parents=True, exist_ok=True)
            (root / f"rss/f{i:03d}/data.rss").write_text(feed, encoding="utf-8")
    # an exact copy: the duplicate_of marks must not depend on the number of jobs either
    (root / "notes/copy.txt").write_text(_text(0), encoding="utf-8")
    return root


def store_bytes(store: Path) -> dict[str, bytes]:
    """Every Parquet file of the current version (and the manifest), by relative path."""
    cur = store_mod.Store(store).current()
    assert cur is not None
    return {p.relative_to(cur).as_posix(): p.read_bytes() for p in sorted(cur.rglob("*.parquet"))}


def test_store_is_byte_identical_for_one_and_two_jobs(tmp_path: Path, small_parts: None) -> None:
    src = write_corpus(tmp_path / "src")
    s1 = policytrends.ingest([src], tmp_path / "one", jobs=1)
    s2 = policytrends.ingest([src], tmp_path / "two", jobs=2)
    assert s1.lines() == s2.lines()
    one, two = store_bytes(tmp_path / "one"), store_bytes(tmp_path / "two")
    parts = [k for k in one if k.startswith("documents/")]
    assert len(parts) >= 3, "the corpus should fill several parts"
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], f"{name} differs between --jobs 1 and --jobs 2"
    docs = policytrends.load(tmp_path / "one").documents
    assert len(docs) == s1.records > 0
    assert docs["duplicate_of"].notna().sum() == s1.duplicates >= 1


def test_incremental_run_is_byte_identical_for_one_and_two_jobs(tmp_path: Path,
                                                                 small_parts: None) -> None:
    src = write_corpus(tmp_path / "src", files=12)
    for jobs, name in ((1, "one"), (2, "two")):
        policytrends.ingest([src / "notes", src / "wh"], tmp_path / name, jobs=jobs)
    write_corpus(tmp_path / "src", files=20)  # new files and the old ones unchanged
    (src / "notes/n000.txt").write_text(_text(99), encoding="utf-8")  # one changed file
    for jobs, name in ((1, "one"), (2, "two")):
        policytrends.ingest([src / "notes", src / "wh"], tmp_path / name, jobs=jobs)
    assert store_bytes(tmp_path / "one") == store_bytes(tmp_path / "two")


def test_cli_jobs_option(tmp_path: Path, small_parts: None) -> None:
    src = write_corpus(tmp_path / "src", files=8)
    assert main(["ingest", str(src), "--store", str(tmp_path / "a"), "--jobs", "1", "--quiet",
                 "--allow-rejects"]) == 0
    assert main(["ingest", str(src), "--store", str(tmp_path / "b"), "--jobs", "2", "--quiet",
                 "--allow-rejects"]) == 0
    assert store_bytes(tmp_path / "a") == store_bytes(tmp_path / "b")


def test_store_inside_the_source_folder_is_not_read(tmp_path: Path) -> None:
    """discover() resolves only folders that can be the store (a speed-up): still skips it."""
    src = write_corpus(tmp_path / "src", files=4)
    first = policytrends.ingest([src], src / "store", jobs=1)
    (src / "sub").mkdir()
    (src / "sub" / "link-to-store").symlink_to(src / "store")  # a link to it: skipped too
    again = policytrends.ingest([src], src / "store", jobs=1)
    assert first.committed and not again.committed and again.files_parsed == 0
    assert sum(again.rejects.values()) == sum(first.rejects.values())
    paths = set(policytrends.load(src / "store").documents["path"])
    assert paths and not any(p.startswith(("store/", "sub/")) for p in paths)


def test_benchmark_corpus_is_deterministic_and_parses_as_every_format(tmp_path: Path) -> None:
    """benchmarks/generate.py: same bytes for the same blocks; each format read by its reader."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import generate

    paras = [s + " " + t for s in SENTENCES for t in SENTENCES[:3]]
    mat = generate.Material(
        wh_paras=paras, wh_titles=["Readout of a Call with a Counterpart"],
        state_paras=[f"<p>{p}</p>" for p in paras], state_titles=["Secretary's Meeting"],
        un_lines=paras, sentences=list(SENTENCES), origin="test",
    )
    one = generate.generate(tmp_path / "a", 80, mat=mat)
    generate.generate(tmp_path / "b", 80, mat=mat)
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    assert len(files_a) == one["files"] == 62 and one["records"] == 80
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()
    more = generate.generate(tmp_path / "a", 40, first_block=one["blocks"], mat=mat)
    assert more["files"] == 31  # new, distinct files beside the first ones
    summary = policytrends.ingest([tmp_path / "a"], tmp_path / "store", jobs=2)
    assert summary.records == 120 and not summary.rejects and summary.duplicates == 0
    docs = policytrends.load(tmp_path / "store").documents
    by_source = docs.groupby("source").size().to_dict()
    # per block: 12 Markdown + 3 HTML White House, 10 RSS items + 3 HTML State, 6 UN, 6 MOFA
    assert by_source == {"whitehouse": 45, "state": 39, "ungdc": 18, "mofa": 18}
