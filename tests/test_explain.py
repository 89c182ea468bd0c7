"""`explain` and `themes`: the evidence behind a record's themes, and the taxonomy tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from policytrends import ingest, taxonomy
from policytrends.cli import main
from policytrends.explain import ANSI_ON, load_evidence, render_html, render_text
from policytrends.store import Store
from policytrends.taxonomy.tree import render_tree

TEXT = ("Record of a meeting <script>alert(1)</script> & more.\n\n"
        "Both ministers welcomed the Free and Open Indo-Pacific and condemned the DPRK's "
        "ballistic missile launch. They also discussed the Indo-Pacific economy.\n")


@pytest.fixture
def store(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "meeting.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "store"
    ingest([src], out, jobs=1)
    return out


def record_id(store: Path) -> str:
    return str(Store(store).read_table("documents")["record_id"][0])


def test_evidence_and_plain_rendering(store: Path) -> None:
    rid = record_id(store)
    ev = load_evidence(store, rid[:8])  # a unique prefix is enough
    assert ev.record_id == rid
    out = render_text(ev, taxonomy.load())
    assert "[[Free and Open Indo-Pacific]]" in out
    assert "[[ballistic missile launch]]" in out
    assert "[[DPRK]]" in out
    assert "indo_pacific (Indo-Pacific): 2 mention(s); 1 own, 1 via foip" in out
    assert "north_korea (North Korea): 2 mention(s); 1 own, 1 via nk_nuclear_missile" in out
    assert "\x1b[" not in out
    assert ANSI_ON + "DPRK" in render_text(ev, taxonomy.load(), ansi=True)


def test_html_escapes_record_text(store: Path, tmp_path: Path) -> None:
    html = render_html(load_evidence(store, record_id(store)), taxonomy.load())
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert '<mark title="foip, indo_pacific">Free and Open Indo-Pacific</mark>' in html
    out = tmp_path / "why.html"
    assert main(["explain", record_id(store), "--store", str(store), "--html", str(out)]) == 0
    assert "<mark" in out.read_text(encoding="utf-8")


def test_explain_command_plain_when_piped(store: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    assert main(["explain", record_id(store), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "[[DPRK]]" in out and "\x1b[" not in out


def test_explain_unknown_record(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "zzzz", "--store", str(store)]) == 3
    assert "no record with id 'zzzz'" in capsys.readouterr().err


def test_themes_tree_shows_children_under_parents_and_user_themes(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("themes:\n  chips:\n    parent: economy_trade\n    wordings: [chip]\n",
                    encoding="utf-8")
    tree = render_tree(taxonomy.load(mine))
    lines = tree.splitlines()
    ip = next(i for i, line in enumerate(lines) if line.startswith("indo_pacific "))
    assert lines[ip + 1].startswith("└── foip ")
    assert any(line.startswith("└── chips ") and str(mine) in line for line in lines)
    assert tree.count("├── ") + tree.count("└── ") == 4  # foip, nk..., abductions, chips


def test_themes_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["themes", "--wordings"]) == 0
    out = capsys.readouterr().out
    assert "Free and Open Indo-Pacific" in out
    assert "themes from policytrends/data/themes.toml" in out


def test_html_merges_overlapping_passages() -> None:
    from policytrends.explain import Evidence
    from policytrends.records import Mention

    text = "a North Korea policy note"
    ev = Evidence("r1", None, "text", "x.txt", None, text,
                  (Mention("north_korea", 2, 13, "North Korea"),
                   Mention("korea_policy", 8, 20, "Korea policy")))
    html = render_html(ev, taxonomy.load())
    assert '<mark title="korea_policy, north_korea">North Korea policy</mark> note' in html
