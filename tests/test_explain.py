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


HOSTILE = ("\x1b]52;c;ZWNobyBwd25lZA==\x07 \x1b[2J\x1b[H \x1b]0;owned\x07 \u202eevil\x9b31m "
           "Both ministers discussed North Korea.")


def test_explain_escapes_control_characters_from_records_and_file_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "note\x1b[2J\x07.txt").write_text(f"Title \x1b]0;t\x07\n\n{HOSTILE}\n", encoding="utf-8")
    out = tmp_path / "store"
    ingest([src], out, jobs=1)
    rid = record_id(out)
    assert main(["explain", rid, "--store", str(out)]) == 0
    printed = capsys.readouterr().out
    for raw in ("\x1b", "\x07", "\u202e", "\x9b"):
        assert raw not in printed
    assert "\\x1b[2J\\x1b[H" in printed and "\\u202eevil\\x9b31m" in printed
    assert "note\\x1b[2J\\x07.txt" in printed
    assert "[[North Korea]]" in printed
    coloured = render_text(load_evidence(out, rid), taxonomy.load(), ansi=True)
    assert coloured.count("\x1b") == 2 * coloured.count(ANSI_ON)  # ours only: on and off


def test_stored_mentions_are_capped_per_theme_but_counts_stay_exact(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from policytrends import retag
    from policytrends.pipeline import MENTIONS_PER_THEME

    n = MENTIONS_PER_THEME + 234
    src = tmp_path / "src"
    src.mkdir()
    (src / "many.txt").write_text("Taiwan. " * n + "North Korea.\n", encoding="utf-8")
    out = tmp_path / "store"
    for run in ("ingest", "retag"):
        if run == "ingest":
            ingest([src], out, jobs=1)
        else:
            retag.retag(out)
        store = Store(out)
        topics = {r["theme"]: r["mentions"] for r in store.read_table("topics").to_pylist()}
        assert topics["taiwan"] == n and topics["north_korea"] == 1
        stored = store.read_table("mentions").to_pylist()
        taiwan = [r for r in stored if r["theme"] == "taiwan"]
        assert len(taiwan) == MENTIONS_PER_THEME
        assert min(r["start"] for r in taiwan) == 0  # the first ones in the text are kept
        assert [r["matched"] for r in stored if r["theme"] == "north_korea"] == ["North Korea"]
    rid = record_id(out)
    assert main(["explain", rid, "--store", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"taiwan (Taiwan): {n} mention(s)" in printed
    assert printed.count("[[Taiwan]]") == 20
    assert f"{n - 20} more not shown" in printed
    assert main(["explain", rid, "--store", str(out), "--limit", "3"]) == 0
    assert capsys.readouterr().out.count("[[Taiwan]]") == 3
    assert main(["explain", rid, "--store", str(out), "--limit", "0"]) == 0
    assert capsys.readouterr().out.count("[[Taiwan]]") == MENTIONS_PER_THEME


def test_explain_of_an_event_escapes_its_records_titles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    src = tmp_path / "events"
    shutil.copytree(Path(__file__).parent / "fixtures" / "events", src)
    remarks = src / "wh_pm_meeting_remarks.md"
    remarks.write_text(remarks.read_text(encoding="utf-8").replace(
        'title: "Remarks by', 'title: "\\e]0;owned\\a\\e[2JRemarks by'), encoding="utf-8")
    out = tmp_path / "store"
    ingest([src], out, jobs=1)
    titles = Store(out).read_table("documents")["title"].to_pylist()
    assert any("\x1b]0;owned\x07" in (t or "") for t in titles)  # the record keeps it
    events = Store(out).read_table("event_records").to_pylist()
    rid = next(r["record_id"] for r in Store(out).read_table("documents").to_pylist()
               if "\x1b" in (r["title"] or ""))
    event = next(e["event_id"] for e in events if e["record_id"] == rid)
    assert main(["explain", event, "--store", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\x07" not in printed
    assert "\\x1b]0;owned\\x07\\x1b[2JRemarks by" in printed
