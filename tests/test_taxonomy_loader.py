"""User taxonomy files: extension, key-by-key overrides, and errors that name the problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policytrends import taxonomy
from policytrends.errors import TaxonomyError


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_toml_file_adds_a_theme_under_a_shipped_parent(tmp_path: Path) -> None:
    f = write(tmp_path, "mine.toml", """
[themes.semiconductors]
label = "Semiconductors"
parent = "economy_trade"
wordings = ["semiconductor", "chip plant"]
patterns = ['chips? act']
""")
    tax = taxonomy.load(f)
    assert tax.themes["semiconductors"].parent == "economy_trade"
    assert "indo_pacific" in tax  # shipped themes stay
    found = taxonomy.tag("A new chip plant under the CHIPS Act.", f)
    assert sorted((m.theme, m.matched) for m in found) == [
        ("economy_trade", "CHIPS Act"), ("economy_trade", "chip plant"),
        ("semiconductors", "CHIPS Act"), ("semiconductors", "chip plant"),
    ]


def test_yaml_file_overrides_a_shipped_theme_field_by_field(tmp_path: Path) -> None:
    f = write(tmp_path, "mine.yaml", """
themes:
  quad:
    wordings: ["Quad", "Japan-Australia-India-U.S."]
    patterns: ['quartet of (?:maritime )?democracies']
""")
    tax = taxonomy.load(f)
    assert tax.themes["quad"].label == "Quad"  # kept from the shipped file
    assert tax.themes["quad"].source == str(f)
    assert {m.theme for m in taxonomy.tag("The quartet of maritime democracies met.",
                                          f)} == {"quad"}
    # without the user file the shipped taxonomy does not know that wording
    assert taxonomy.tag("The quartet of maritime democracies met.") == []


def test_user_file_can_disable_and_reparent(tmp_path: Path) -> None:
    f = write(tmp_path, "mine.toml", """
[themes.abductions]
parent = ""
[themes.covid19]
enabled = false
""")
    tax = taxonomy.load(f)
    assert "covid19" not in tax
    assert tax.themes["abductions"].parent is None
    assert {m.theme for m in taxonomy.tag("the Japanese abduction issue", f)} == {"abductions"}


@pytest.mark.parametrize(
    ("name", "text", "needles"),
    [
        ("p.toml", '[themes.x]\nparent = "nope"\nwordings = ["x"]\n',
         ["'x'", "unknown parent 'nope'"]),
        ("c.toml", '[themes.a]\nparent = "b"\nwordings = ["a"]\n'
                   '[themes.b]\nparent = "a"\nwordings = ["b"]\n', ["cycle"]),
        ("r.toml", "[themes.x]\nwordings = [\"x\"]\npatterns = ['(unclosed']\n",
         ["'x'", "bad pattern", "(unclosed"]),
        ("g.toml", "[themes.x]\npatterns = ['(?:a)(b)']\n", ["'x'", "capturing group"]),
        ("e.toml", "[themes.x]\npatterns = ['a*']\n", ["'x'", "empty"]),
        ("d.toml", '[themes.x]\nwordings = ["x"]\n[themes.x]\nwordings = ["y"]\n',
         ["not valid TOML"]),
        ("d.yaml", "themes:\n  x:\n    wordings: [x]\n  x:\n    wordings: [y]\n",
         ["duplicate key 'x'"]),
        ("t.toml", '[themes.x]\nwordings = "x"\n', ["'x'", "wordings must be a list"]),
        ("t2.toml", '[themes.x]\nwordings = ["x"]\nlabel = 3\n', ["'x'", "label must be"]),
        ("f.toml", '[themes.x]\nwording = ["x"]\n', ["'x'", "unknown field(s) wording"]),
        ("k.toml", '[themes.BadKey]\nwordings = ["x"]\n', ["'BadKey'"]),
        ("nl.toml", '[themes."x\\n"]\nwordings = ["x"]\n', ["'x\\n'", "lower-case identifier"]),
        ("nl.yaml", 'themes:\n  "x\\n":\n    wordings: [x]\n', ["'x\\n'", "lower-case"]),
        ("n.toml", "[themes.x]\nlabel = \"X\"\n", ["'x'", "no wordings"]),
        ("top.toml", "[theme.x]\nwordings = [\"x\"]\n", ["top-level table 'themes'"]),
        ("bad.yaml", "themes: [unclosed\n", ["not valid YAML"]),
    ],
)
def test_malformed_files_name_file_theme_and_problem(tmp_path: Path, name: str, text: str,
                                                     needles: list[str]) -> None:
    f = write(tmp_path, name, text)
    with pytest.raises(TaxonomyError) as info:
        taxonomy.load(f)
    message = str(info.value)
    assert str(f) in message
    for needle in needles:
        assert needle in message


def test_missing_file_is_a_taxonomy_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read taxonomy file"):
        taxonomy.load(tmp_path / "absent.toml")


def test_cache_follows_file_changes(tmp_path: Path) -> None:
    f = write(tmp_path, "mine.toml", '[themes.alpha]\nwordings = ["alpha"]\n')
    assert {m.theme for m in taxonomy.tag("alpha beta", f)} == {"alpha"}
    f.write_text('[themes.beta]\nwordings = ["beta"]\n', encoding="utf-8")
    st = f.stat()
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    assert {m.theme for m in taxonomy.tag("alpha beta", f)} == {"beta"}


def test_shipped_matcher_is_compiled_once() -> None:
    assert taxonomy.get_matcher() is taxonomy.get_matcher()


def test_a_wording_shared_with_the_parent_counts_once_for_the_parent(tmp_path: Path) -> None:
    f = write(tmp_path, "mine.toml", '[themes.chips]\nparent = "economy_trade"\n'
                                     'wordings = ["semiconductor"]\n')
    found = taxonomy.tag("semiconductor", f)
    assert sorted(m.theme for m in found) == ["chips", "economy_trade"]


def test_user_ambiguous_wordings(tmp_path: Path) -> None:
    f = write(tmp_path, "mine.toml", '[themes.chips]\nwordings = ["semiconductor"]\n'
                                     'ambiguous = ["fab"]\n')
    assert {m.theme for m in taxonomy.tag("a new fab opened", f)} == set()
    assert {m.theme for m in taxonomy.tag("a new semiconductor fab opened", f)} == {
        "chips", "economy_trade"}
    assert [m.matched for m in taxonomy.tag("semiconductor plans: a fab", f)
            if m.theme == "chips"] == ["semiconductor", "fab"]


def test_partial_overlap_keeps_both_themes_but_nested_passages_count_once(tmp_path: Path
                                                                          ) -> None:
    f = write(tmp_path, "mine.toml", '[themes.korea_policy]\nwordings = ["Korea policy"]\n'
                                     '[themes.peninsula]\nwordings = ["Korea"]\n')
    found = [(m.theme, m.matched) for m in taxonomy.tag("their North Korea policy", f)]
    # "North Korea" and "Korea policy" overlap: both count; "Korea" inside them does not
    assert sorted(found) == [("korea_policy", "Korea policy"), ("north_korea", "North Korea")]


@pytest.mark.parametrize("pattern", [
    "(?:a+)+b",
    "(?:[a-z]+ ?)+ partnership",
    "(?:\\w+\\s?)*alliance",
    "(?:a*){1,100}b",
    "x(?:y|(?:a+)+)+z",
    "(?=(?:a+)+)abc",
])
def test_patterns_that_backtrack_for_ever_are_refused(tmp_path: Path, pattern: str) -> None:
    for kind in ("patterns", "exclusion_patterns"):
        f = write(tmp_path, f"{kind}.toml",
                  f"[themes.x]\nwordings = ['x']\n{kind} = ['''{pattern}''']\n")
        with pytest.raises(TaxonomyError) as info:
            taxonomy.load(f)
        message = str(info.value)
        assert str(f) in message and "'x'" in message and repr(pattern) in message
        assert "repeats without bound" in message and "(?>" in message


def test_a_refused_pattern_is_reported_by_the_themes_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from policytrends import cli

    f = write(tmp_path, "slow.toml", "[themes.x]\npatterns = ['(?:a+)+b']\n")
    code = cli.main(["themes", "--taxonomy", str(f)])
    assert code != 0
    assert "repeats without bound" in capsys.readouterr().err


@pytest.mark.parametrize("pattern", [
    "(?: \\w+){1,3} partnership",  # a small outer count
    "(?>[a-z]+ ?)+ partnership",  # atomic: never gives back
    "(?:[a-z]++ ?)+ partnership",  # possessive inner repeat
    "(?:(?:free|open),? (?:and )?)* indo pacific",  # only optional parts inside
])
def test_safe_repetition_is_accepted_and_fast(tmp_path: Path, pattern: str) -> None:
    import time

    f = write(tmp_path, "ok.toml", f"[themes.x]\npatterns = ['''{pattern}''']\n")
    taxonomy.load(f)
    taxonomy.tag("a first text builds the matcher", f)  # (its build is not what is timed)
    hostile = "a" * 5000 + " aaaa" * 2000 + " partnershi"
    start = time.process_time()
    taxonomy.tag(hostile, f)
    assert time.process_time() - start < 2.0


def test_shipped_patterns_pass_the_backtracking_check() -> None:
    from policytrends.taxonomy.safety import nested_repetition

    tax = taxonomy.load()
    for theme in tax:
        for pat in (*theme.patterns, *theme.exclusion_patterns):
            assert not nested_repetition(pat), (theme.key, pat)


@pytest.mark.parametrize("field", ["wordings", "patterns"])
def test_a_long_wording_compiles_in_linear_time(tmp_path: Path, field: str) -> None:
    import time

    long = " ".join(["word"] * 24_000)  # 120 KB, repetitive: the worst case of a DFA
    f = write(tmp_path, "long.toml", f'[themes.x]\n{field} = ["{long}"]\n')
    start = time.process_time()  # CPU time: other work on the machine does not count
    matcher = taxonomy.get_matcher(f)
    # 0.2 s (wording), 1 s (pattern: re.compile itself); it once took 20 s and minutes
    assert time.process_time() - start < (3.0 if field == "wordings" else 10.0)
    assert [m.theme for m in matcher.find(f"a {long} b")] == ["x"]
