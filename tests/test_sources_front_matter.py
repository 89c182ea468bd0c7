"""sources.front_matter: front matter found and read without the YAML parser is what the
plain pattern and YAML give."""

from __future__ import annotations

import re

from fast_path_checks import SETTINGS
from hypothesis import given, settings
from hypothesis import strategies as st

from policytrends.sources import front_matter

# front matter: keys and values built from the characters YAML treats specially
KEYS = ["title", "date", "on", "yes", "null", "123", "a-b", "_x", "title", "x y", "-k"]


VALUES = ["Readout", "2025-05-15", "'2025-05-15'", "2025-05-15 09:31:01-05:00",
          "2025-05-15T09:31:01Z", "https://example.gov/a/b", "\"A: quoted, title\"",
          "\"with \\\" escape\"", "'it''s'", "'single'", "yes", "No", "~", "null", "12",
          "1.5", "0x1F", ".inf", "a: b", "a #b", "a#b", "end:", "trail ", "tab\there", "[x]",
          "{a: 1}", "- item", "&anchor x", "*alias", "!tag x", "|", ">", "%x", "@x", "`x",
          "\"\"", "''", "\"", "'", "é café", "\u00a0nbsp", "a\u2028b", "\ufeffbom", "x\r",
          "Señor 'Quote' \"Inner\"", "a, b [c] {d}", "one\n  two", ""]


lines = st.tuples(st.sampled_from(KEYS), st.sampled_from([": "] * 5 + [":", ":  ", " : "]),
                  st.sampled_from(VALUES)).map("".join)


# values assembled from pieces, most of them close to the shape the fast path reads
VALUE_PIECES = ["Read", "out", " ", "#", " #", ":", ": ", "'", "\"", "''", "\\", "2025-05-15",
                "x", "y", "z",
                " 09:31:01", "-05:00", "T", "Z", "yes", "é", "\t", ",", "[", "-", "1"]


built = st.tuples(st.sampled_from(["'", "\"", "A", "1"]),
                  st.lists(st.sampled_from(VALUE_PIECES), max_size=6).map("".join),
                  st.sampled_from(["'", "\"", "z", ""])).map("".join)


front_texts = st.one_of(st.lists(lines, max_size=4).map("\n".join),
                        built.map("title: {}".format))


def _yaml_or_error(text: str, loader: type) -> object:
    import yaml

    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loaders only
    except yaml.YAMLError:
        return "error"


@settings(SETTINGS, max_examples=2000)
@given(text=front_texts)
def test_simple_front_matter_is_what_yaml_reads(text: str) -> None:
    import yaml

    from policytrends.sources.front_matter import simple_mapping

    fast = simple_mapping(text)
    if fast is not None:  # read without the parser: both YAML loaders agree with it
        assert fast == _yaml_or_error(text, yaml.SafeLoader)
        assert fast == _yaml_or_error(text, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert front_matter.safe_yaml(text) == yaml.safe_load(text) if _yaml_or_error(
        text, yaml.SafeLoader) != "error" else True


def test_simple_front_matter_takes_the_usual_shape_and_leaves_the_rest() -> None:
    from policytrends.sources.front_matter import simple_mapping

    usual = ("date: '2025-05-15'\npublished_time: 2025-05-15 09:31:00-05:00\n"
             "source_url: https://example.gov/x/\ntitle: \"Readout: a call\"")
    got = simple_mapping(usual)
    assert got is not None and got["title"] == "Readout: a call"
    assert got["published_time"].utcoffset().total_seconds() == -5 * 3600
    for odd in ("tags:\n  - a", "title: a # note", "on: x", "x: 1", "x: 'a''b'"):
        assert simple_mapping(odd) is None, odd
    assert simple_mapping("x: y\nx: z") == {"x": "z"}  # as YAML: the last one wins


def _two(top: int) -> st.SearchStrategy[str]:
    return st.integers(0, top).map("{:02d}".format)


usual_timestamps = st.tuples(
    st.integers(0, 9999).map("{:04d}".format), _two(19), _two(39), _two(29), _two(69), _two(69),
    st.sampled_from("+-"), _two(29), _two(69)).map(
    lambda p: f"{p[0]}-{p[1]}-{p[2]} {p[3]}:{p[4]}:{p[5]}{p[6]}{p[7]}:{p[8]}")


def _made(make, value: str) -> tuple[object, object, str]:
    """What a timestamp constructor gives (value, its time zone and repr), or its error."""
    try:
        made = make(value)
    except ValueError as exc:
        return "error", type(exc), str(exc)
    return made, getattr(made, "tzinfo", None), repr(made)


@SETTINGS
@given(value=st.one_of(usual_timestamps, st.sampled_from(
    ["2021-01-21 11:28:01-05:00", "2024-02-29 00:00:00+00:00", "2024-02-29 23:59:59-00:00",
     "2023-02-29 10:00:00+01:00", "2021-01-21 24:00:00+00:00", "2021-01-21 11:28:01+24:00"])))
def test_usual_timestamps_are_what_yaml_resolves_and_builds(value: str) -> None:
    from policytrends.sources import front_matter

    assert front_matter._USUAL_TIMESTAMP.fullmatch(value)
    assert front_matter._plain_tag.__wrapped__(value) == "tag:yaml.org,2002:timestamp"
    assert _made(front_matter._plain, value) == _made(front_matter._yaml_timestamp, value)


fm_pieces = st.lists(st.sampled_from(
    ["\ufeff", "---", "...", "-", ".", " ", "\t", "\n", "\n", "\r", "a: b", "x"]),
    max_size=12).map("".join)


front_matters = st.one_of(fm_pieces, st.tuples(
    st.sampled_from(["", "\ufeff", " "]), st.sampled_from(["---", "--", "---x"]),
    st.sampled_from(["\n", " \n", "\t \n", " "]), fm_pieces,
    st.sampled_from(["\n---", "\n...", "---", "\n--"]), st.sampled_from(["", " ", "\t"]),
    st.sampled_from(["", "\n", "x", "\r\n"]), fm_pieces).map("".join))


@SETTINGS
@given(text=front_matters)
def test_front_matter_found_in_two_searches_is_the_lazy_pattern_s(text: str) -> None:
    lazy = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
    m = lazy.match(text)
    assert front_matter.split_front_matter(text) == (
        (m.group(1), text[m.end():]) if m else (None, text))
