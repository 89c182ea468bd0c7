"""benchmarks/real.py: distinct copies of real records, read by the package as the originals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from policytrends.ingest import ingest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import real  # noqa: E402  (benchmarks/ is not a package)

WH = """---
date: '2022-01-21'
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2022/01/21/x/
title: "Readout of President\\_Biden\\u2019s Meeting with Prime Minister Kishida of\\_\\
  Japan"
---

President Biden met virtually today with Prime Minister Kishida of Japan to advance a
free and open Indo-Pacific.
"""
ITEM = """<item>
<title>Secretary Blinken's Call with Japanese Foreign Minister {n}</title>
<link>https://www.state.gov/call-{n}/</link>
<dc:creator><![CDATA[Office of the Spokesperson]]></dc:creator>
<pubDate>Sat, 22 May 2021 12:00:47 +0000</pubDate>
<guid isPermaLink="false">https://www.state.gov/?page_id={n}</guid>
<content:encoded><![CDATA[<p>Secretary Blinken spoke with Minister Motegi {n}.</p>]]>\
</content:encoded>
</item>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Press Releases</title><link>https://www.state.gov</link>
{items}
</channel></rss>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    top = tmp_path / "corpus"
    for k in range(3):
        p = top / "wh_briefings" / "statements-releases" / f"2022-01-2{k}-readout.md"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(WH.replace("2022-01-21", f"2022-01-2{k}"))
    for snap, ns in (("a", (1, 2)), ("b", (2, 3))):  # item 2 in both snapshots: one record
        p = top / "state_dept_pr_rss" / "snapshots" / snap / "data.rss"
        p.parent.mkdir(parents=True)
        p.write_text(FEED.format(items="\n".join(ITEM.format(n=n) for n in ns)))
    p = top / "ungdc" / "TXT" / "Session 73 - 2018" / "JPN_73_2018.txt"
    p.parent.mkdir(parents=True)
    p.write_text("Mr. President, Japan supports a free and open Indo-Pacific.\n")
    return top


def test_copies_are_distinct_keep_the_mix_and_read_as_the_originals(corpus: Path,
                                                                     tmp_path: Path) -> None:
    real_ = real.real_records(corpus)
    assert [len(real_[s]) for s in real.SOURCES] == [3, 3, 1]
    out = tmp_path / "copies"
    info = real.build(out, 14, real.SOURCES, corpus)
    assert info["records"] == {"whitehouse": 6, "state": 6, "ungdc": 2}  # 3 : 3 : 1
    assert info["files"]["state"] == 1  # up to 10 items a feed
    store = tmp_path / "store"
    summary = ingest([out], store, jobs=1)
    assert summary.records == 14 and summary.duplicates == 0 and not summary.rejects
    import pyarrow.parquet as pq

    from policytrends.store import Store

    docs = pq.read_table(Store(store).table_files("documents")).to_pylist()
    assert len({d["content_sha256"] for d in docs}) == 14  # no two copies alike
    assert len({(d["path"], d["item"]) for d in docs}) == 14
    for d in docs:
        assert d["text"].rsplit("\n\n", 1)[1].startswith("copy ")  # the token: last paragraph
    titles = {d["title"] for d in docs if d["source"] == "whitehouse"}
    assert titles == {"Readout of President Biden\u2019s Meeting with Prime Minister Kishida "
                      "of Japan"}
    assert {d["source"] for d in docs} == {"whitehouse", "state", "ungdc"}
    # built once: a second call with the same arguments reuses the copies
    (out / "whitehouse" / "marker").write_text("x")
    assert real.build(out, 14, real.SOURCES, corpus) == info
    assert (out / "whitehouse" / "marker").exists()


def test_item_copy_numbers_guid_and_link_and_adds_the_token() -> None:
    item = ITEM.format(n=7).encode()
    copy = real.item_copy(item, 12).decode()
    assert "page_id=7#copy-000012</guid>" in copy
    assert "call-7/#copy-000012</link>" in copy
    assert "<p>copy 000012</p>]]></content:encoded>" in copy


def test_shares_follow_the_real_numbers_and_add_up() -> None:
    assert real.shares(20_000, {"whitehouse": 2099}) == {"whitehouse": 20_000}
    got = real.shares(1001, {"a": 2099, "b": 2031, "c": 2381})
    assert sum(got.values()) == 1001 and got["c"] > got["a"] > got["b"]


def test_the_ingest_processs_own_cpu_is_told_apart_from_its_workers() -> None:
    """`TreeCpu.own`: the process's CPU alone, `stop`: with its descendants'."""
    import subprocess
    import time

    burn = "import time\nt = time.process_time()\nwhile time.process_time() - t < {s}: pass\n"
    child = burn.format(s=0.6)
    parent = (f"import subprocess, sys\np = subprocess.Popen([sys.executable, '-c', {child!r}])\n"
              + burn.format(s=0.2) + "p.wait()\n")
    proc = subprocess.Popen([sys.executable, "-c", parent])
    cpu = real.TreeCpu(proc.pid, every=0.02)
    cpu.start()
    while proc.poll() is None:
        time.sleep(0.02)
    total, own = cpu.stop(), cpu.own()
    assert 0.1 <= own <= 0.45
    assert total >= own + 0.4
