"""No rule pattern is searched over a long text by trying it in full at every position.

Python's regex engine skips ahead to where a match can start only for a pattern that opens
with a literal or a character class (or one repeated class); one that opens with a word
boundary, a lookbehind, a blank or an alternation of words is tried in full at each
character of the text it searches (issue 18: each such rule added to the US extraction cost
a few percent of a readout's time, ~18% in one session). A pattern searched over a long
text (`search`, `finditer`, `findall`, `sub`, `split` over at least LONG characters) must
therefore be one the engine scans for, or be told where its matches start
(`regex_guard.guarded`), or be searched only where its opening words are (then it is
`match`ed there and not seen here).

The check records every call of each module-level pattern of the package while records
are ingested: the sample records always, and some of ../shared's corpus when it is there
(CI). Patterns kept in tuples, lists or dicts at module level are seen too; one built or
held elsewhere (in a class, a closure, a function's default) is not.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest
from repo_paths import SAMPLE, SHARED

from policytrends import pipeline, workers
from policytrends.regex_guard import guarded

LONG = 1000  # characters searched at once from which a pattern must be scanned for
# patterns whose matches can start at almost any character, searched whole by design, each
# with why it costs little
EXEMPT = {
    # the participant list ends at a heading line or at the words "Participants include";
    # `^` (re.M) fails at once off a line's start, `\b` off a word's
    "policytrends.extract.us_rules.NEXT_LIST",
}
SEARCHES = ("search", "finditer", "findall", "sub", "subn", "split")
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
            sre_constants.POSSESSIVE_REPEAT}
_ONE_CHAR = {sre_constants.IN, sre_constants.LITERAL, sre_constants.NOT_LITERAL,
             sre_constants.ANY}


def scanned_for(rx: re.Pattern[str]) -> str | None:
    """How the engine finds where a match of `rx` can start without trying it in full at
    each position: "guarded" (`regex_guard`), "prefix" (a literal), "charset" (a class),
    "class run" (opens with one class repeated at least once: a position outside the class
    fails on its first character), "start" (anchored at the text's start); None if not."""
    if rx.pattern.startswith("(?=["):
        return "guarded"
    parsed = sre_parse.parse(rx.pattern, rx.flags)
    if parsed.getwidth()[0] == 0:
        return None  # (an empty match may start anywhere)
    flags = parsed.state.flags
    if sre_compile._get_literal_prefix(parsed, flags)[0]:
        return "prefix"
    if sre_compile._get_charset_prefix(parsed, flags):
        return "charset"
    op, av = parsed.data[0]
    if op in _REPEATS and av[0] >= 1 and len(av[2].data) == 1 and av[2].data[0][0] in _ONE_CHAR:
        return "class run"
    if op is sre_constants.AT and av in (sre_constants.AT_BEGINNING,
                                          sre_constants.AT_BEGINNING_STRING):
        return "start"
    return None


class _Recorder:
    """A pattern that notes the longest text each of its searches covered."""

    __slots__ = ("longest", "name", "rx")

    def __init__(self, rx: re.Pattern[str], name: str, longest: dict[str, int]) -> None:
        self.rx, self.name, self.longest = rx, name, longest

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.rx, attr)

    def __hash__(self) -> int:
        return hash(self.rx)

    def __eq__(self, other: object) -> bool:
        return self.rx == (other.rx if isinstance(other, _Recorder) else other)

    def _note(self, string: str, pos: int = 0, endpos: int | None = None) -> None:
        span = min(len(string), len(string) if endpos is None else endpos) - pos
        if span > self.longest.get(self.name, -1):
            self.longest[self.name] = span

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._note(string, pos, endpos)
        return self.rx.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._note(string, pos, endpos)
        return self.rx.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._note(string, pos, endpos)
        return self.rx.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> Any:
        self._note(string)
        return self.rx.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> Any:
        self._note(string)
        return self.rx.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> Any:
        self._note(string)
        return self.rx.split(string, maxsplit)


Recorded = tuple[dict[str, int], dict[str, re.Pattern[str]]]


def _recording(monkeypatch: pytest.MonkeyPatch) -> Recorded:
    """Put a recorder in place of every module-level pattern of the package's modules (the
    workers' warm-up imports them); ({name: longest search}, {name: pattern})."""
    workers.warm_up()
    longest: dict[str, int] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    names: dict[int, str] = {}

    def recorded(value: Any, name: str) -> Any:
        """`value` with a recorder for each pattern in it (a tuple or list of them, of
        tuples holding them, a dict of them), or `value` itself if it holds none."""
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            name = names.setdefault(id(value), name)
            patterns[name] = value
            return _Recorder(value, name, longest)
        if isinstance(value, (tuple, list)) and not hasattr(value, "_fields"):
            items = [recorded(item, f"{name}[{i}]") for i, item in enumerate(value)]
            if any(new is not old for new, old in zip(items, value, strict=True)):
                return type(value)(items)
        if isinstance(value, dict) and value:
            entries = {key: recorded(item, f"{name}[{key!r}]") for key, item in value.items()}
            if any(entries[key] is not item for key, item in value.items()):
                return entries
        return value

    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith("policytrends") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            new = recorded(value, f"{module_name}.{attr}")
            if new is not value:
                monkeypatch.setattr(module, attr, new)
    return longest, patterns


def _files(*roots: Path, every: int = 1) -> Iterator[Path]:
    for root in roots:
        found = sorted(p for p in root.rglob("*") if p.is_file()
                       and p.name not in ("README.md", "LICENSE", "PROVENANCE.md"))
        yield from found[::every]


def _slow_searches(files: Iterator[Path], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    longest, patterns = _recording(monkeypatch)
    for path in files:
        pipeline.process_file(str(path), path.name, None, data=path.read_bytes())
    assert longest, "no pattern was searched: the recorders are not in place"
    return [f"{name} searched over {span} characters: {patterns[name].pattern[:80]!r}"
            for name, span in sorted(longest.items())
            if span >= LONG and name not in EXEMPT and scanned_for(patterns[name]) is None]


def test_no_rule_searches_the_sample_records_trying_every_position(monkeypatch) -> None:
    slow = _slow_searches(_files(SAMPLE), monkeypatch)
    assert not slow, ("wrap each in regex_guard.guarded, or search it only where its opening "
                      "words are:\n" + "\n".join(slow))


def test_no_rule_searches_the_corpus_trying_every_position(monkeypatch) -> None:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared is not present")
    files = _files(corpus / "wh_briefings", corpus / "state_dept_pr_rss", every=7)
    slow = _slow_searches(files, monkeypatch)
    assert not slow, ("wrap each in regex_guard.guarded, or search it only where its opening "
                      "words are:\n" + "\n".join(slow))


def test_the_check_tells_scanned_patterns_from_those_tried_everywhere() -> None:
    tried_everywhere = [r"\bwill\b", r"(?<![A-Z])\.\s", r"(?<=\s)on\s+", r"(?:^|\s)#{3}",
                        r"(?:a|\bb)c", r"x*y", r"\w+ly\b|\bvia\b"]
    for pattern in tried_everywhere:
        assert scanned_for(re.compile(pattern)) is None, pattern
        assert scanned_for(guarded(re.compile(pattern))) == "guarded", pattern
    assert scanned_for(re.compile(r"will\b")) == "prefix"
    assert scanned_for(re.compile(r"[Ww]ill\b")) == "charset"
    assert scanned_for(re.compile(r"(?:will|shall)\b")) == "charset"
    assert scanned_for(re.compile(r"[^\n]+(?:\n[^\n]+)*")) == "class run"
    assert scanned_for(re.compile(r"[\W_]+")) == "class run"
    assert scanned_for(re.compile(r"\s+on\s+")) == "class run"  # (a blank, or it fails at once)
    assert scanned_for(re.compile(r"\Aabc|\Ade")) == "start"
    assert scanned_for(re.compile(r"(?:x|y)*z")) is None  # (a repeat that may be empty)


def test_a_rule_tried_everywhere_over_a_long_text_is_reported(monkeypatch) -> None:
    from policytrends.extract import us_rules

    plain = re.compile(r"\bwill\b|\bplans? to\b")  # (opens with a boundary)
    monkeypatch.setattr(us_rules, "FUTURE", plain)
    longest, patterns = _recording(monkeypatch)
    us_rules.FUTURE.search("x" * LONG + " will")
    assert longest["policytrends.extract.us_rules.FUTURE"] == LONG + 5
    assert scanned_for(patterns["policytrends.extract.us_rules.FUTURE"]) is None
