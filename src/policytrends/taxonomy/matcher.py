"""The one-pass matcher: every theme's wordings and patterns over a text at once.

A text is folded (NFKC, invisible format characters such as soft hyphens and zero-width
spaces dropped: see `fold`), then normalised (lower case, straight quotes, each run of
whitespace, hyphens and dashes as one space), keeping an offset map back to the original.
One Aho-Corasick automaton then finds, in a single pass, every literal wording, every
exclusion and the literal prefixes of every pattern (see `prefixes`); a pattern is tried
only where one of its prefixes starts (what follows its opening lookarounds first, as
that fails sooner); one without a prefix only where one of its alternatives can start
(where its own prefix occurs, before a literal all its matches hold, or at a character it
can start with), if that can be told. Candidates are resolved longest first across all
themes: one inside an accepted passage is dropped, so "North Korea" is not also "Korea"
and "Free and Open Indo-Pacific" is `foip`, not a second `indo_pacific`; one that only
overlaps an accepted passage is dropped for the same theme and kept for another.
Exclusions remove their theme's candidates; ambiguous wordings count only beside an
unambiguous mention of the theme's family. Offsets are mapped back, so that
``text[start:end]`` is the matched passage. A text longer than WINDOW characters is
resolved a window at a time (memory follows the window, not the text; `find_counted`
keeps at most `limit` mentions a theme); only a passage that crosses a window's end and
overlaps a longer one starting after it can be resolved otherwise than in one piece.

Parents: each accepted mention of a theme is also reported for every ancestor, with the
same offsets and passage (a `foip` passage is evidence of `indo_pacific`). The topic
count of a parent is therefore its own mentions plus its descendants' mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter

try:  # Cython's pure-Python mode: types for the compiled build (policytrends.compiled)
    import cython
except ImportError:  # no Cython installed: the .py runs, and the types are no-ops
    from .. import cython_shadow as cython

from ..automaton import Automaton
from ..records import Mention
from .case_twin import case_twin
from .fold import COMMON, Folded, fold
from .lists import ListFinder
from .model import Taxonomy
from .prefixes import (
    Required,
    Starts,
    after_lookarounds,
    alternative_literals,
    literal_prefixes,
    required_literals,
    start_finders,
)

# Characters that separate words inside a phrase: any run of them is one space.
_ASCII_SEPARATORS = "\t\n\v\f\r\x1c\x1d\x1e\x1f-"
_OTHER_SEPARATORS = (
    "\x85\xa0\xad\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
)
# one character for one: the text keeps its length until runs of spaces are collapsed
_ONE_FOR_ONE = {**{c: " " for c in _OTHER_SEPARATORS},
                "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                "\u02bc": "'", "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"',
                "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'}
# full-width ASCII (Japanese pages' 「Ｇ７」, 「２＋２」, 「ＦＯＩＰ」) as ASCII: one for one, so
# offsets stay; the full-width space is a separator above
_ONE_FOR_ONE.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_ONE_FOR_ONE["\uff0d"] = " "
# the ones most texts hold (quotes and dashes): each looked for on its own
_FREQUENT = COMMON  # (what `fold` leaves as it is in a text otherwise ASCII)
_ONE_FOR_ONE_RX = re.compile(f"[{re.escape(''.join(_ONE_FOR_ONE))}]")
_MULTI_SPACE = re.compile("   *")  # literal prefix "  ": a fast search
# Japanese and Chinese have no spaces between words: a kana or ideograph next to a wording
# is no word it continues (「日米同盟」 holds 「同盟」, 「のG7」 holds "G7")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def _word_char(char: str) -> bool:
    """A character that continues a word: a letter or digit outside the CJK scripts."""
    return char.isalnum() and not _CJK.match(char)


_NOT_WORD = r"[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
# the patterns are case-blind; their boundaries need not be (the class matches the same
# characters either way), and compiling its ranges case-blind costs most of building a
# matcher, in every process that tags
_BOUNDARY = f"(?-i:{_NOT_WORD})"
_WORD_START, _WORD_END = f"(?<!{_BOUNDARY})", f"(?!{_BOUNDARY})"
_STARTS = re.compile(_WORD_START, re.IGNORECASE)  # where a pattern's match may start
# the characters other than an ASCII letter's own two cases that match it case-blind
# (İ and ı match "i", ſ matches "s", the Kelvin sign "k"): a text holding none of them
# holds a lower-case ASCII literal exactly where str.find finds it
_CASE_EXTRAS = re.compile("[\u0130\u0131\u017f\u212a]")


def _case_extras(text: str) -> bool:
    """`_CASE_EXTRAS.search(text)` as a bool (four substring searches cost a few percent of
    one search for the class in a text that is not ASCII)."""
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text
                                   or "\u212a" in text)


_LITERAL, _EXCLUDE, _AMBIGUOUS = 0, 1, 2
_START_THEME = attrgetter("start", "theme")  # the order of a record's mentions
# Characters of normalised text resolved at a time: a longer text (a 30 MB page repeating
# one name) is matched window by window, so memory follows the window, not the text.
WINDOW = 1 << 20


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # rare characters (e.g. "İ") lower to two: keep them one-to-one with the original
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _frequent_one_for_one(text: str) -> str:
    """`text` with the characters of _FREQUENT replaced as _ONE_FOR_ONE says."""
    for char in _FREQUENT:  # one C-level pass each, and usually the text is ASCII after
        if char in text:
            text = text.replace(char, _ONE_FOR_ONE[char])
    return text


def _one_for_one(text: str, frequent_done: bool = False) -> str:
    """`text` with every character of _ONE_FOR_ONE replaced (so also before lowering:
    those characters are caseless, and none is the lower case of another); those of
    _FREQUENT already when `frequent_done`."""
    if not frequent_done:
        text = _frequent_one_for_one(text)
    if text.isascii():  # O(1): the one ASCII character is the only one left to look for
        return text.replace("`", "'") if "`" in text else text
    found = _ONE_FOR_ONE_RX.search(text)
    while found:  # one replace per distinct character present
        char = found.group()
        text = text.replace(char, _ONE_FOR_ONE[char])
        found = _ONE_FOR_ONE_RX.search(text, found.start())
    return text


def normalise(text: str, frequent_done: bool = False) -> tuple[str, list[int], list[int]]:
    """Normalised text plus the data mapping its positions back to `text`.

    Args:
        text: a folded text (`fold`).
        frequent_done: the characters of _FREQUENT in `text` are already replaced.

    Returns:
        (norm, run_pos, shift): position ``p`` of ``norm`` is position
        ``p + shift[k - 1]`` of ``text`` (``p`` when k == 0), ``k = bisect_left(run_pos, p)``.
    """
    # replaced first: lower() of a text made ASCII is a fast table lookup
    norm = _lower(_one_for_one(text, frequent_done))
    for sep in _ASCII_SEPARATORS:  # str.replace is far cheaper than a regex per position
        if sep in norm:
            norm = norm.replace(sep, " ")
    if "  " not in norm:
        return norm, [], []
    run_pos: list[int] = []
    shift: list[int] = []
    pieces: list[str] = []
    last = removed = 0
    for m in _MULTI_SPACE.finditer(norm):
        start, end = m.span()
        pieces.append(norm[last:start + 1])
        run_pos.append(start - removed)
        removed += end - start - 1
        shift.append(removed)
        last = end
    pieces.append(norm[last:])
    return "".join(pieces), run_pos, shift


def fold_normalise(text: str) -> tuple[Folded, str, list[int], list[int]]:
    """`fold(text)` and what `normalise` makes of its text.

    A text that is ASCII but for the characters of _FREQUENT (most English texts: `fold`
    leaves it as it is) has those replaced once, where `fold` would remove them to find
    that out and `normalise` replace them again.
    """
    frequent = _frequent_one_for_one(text)
    if frequent.isascii():  # (_ONE_FOR_ONE gives each an ASCII character: see fold._plain)
        return Folded(text, []), *normalise(frequent, frequent_done=True)
    folded = fold(text)
    return folded, *normalise(folded.text)


def normalise_phrase(phrase: str) -> str:
    """A wording in the matcher's form (what `fold` then `normalise` make of it), trimmed."""
    return normalise(fold(phrase).text)[0].strip()


@dataclass
class _Entry:
    """What the automaton knows about one normalised key."""

    word_start: bool
    word_end: bool
    literals: list[tuple[int, str]] = field(default_factory=list)  # (kind, theme)
    patterns: list[int] = field(default_factory=list)  # indexes into Matcher._patterns
    # `literals` as `_candidates` uses them, made once by `finish`
    themes: dict[str, bool] = field(default_factory=dict)  # theme: every wording ambiguous
    exclusions: tuple[str, ...] = ()
    # the key, if a pattern without a prefix is tried where it occurs (`_Starts.literals`):
    # its places are then taken from the automaton's pass, not from a search of their own
    watch: str | None = None

    def finish(self) -> None:
        for kind, theme in self.literals:
            if kind == _EXCLUDE:
                self.exclusions += (theme,)
            else:
                self.themes[theme] = self.themes.get(theme, True) and kind == _AMBIGUOUS


_STEM = 8  # characters of a pattern's literal prefix looked for with str.find


class _Starts:
    """Where a pattern without one literal prefix can match (`prefixes.start_finders`).

    `matches(norm, pos, stop)` gives what ``rx.finditer(norm, pos)`` gives for matches
    starting before `stop`, trying the pattern only where some alternative of it can
    start: where one of its literal prefixes occurs; at word starts on the run of
    characters a match may hold before one of its inner literals; where one of the
    characters it can start with occurs.
    """

    def __init__(self, rx: re.Pattern[str], finders: list[Starts]) -> None:
        self.rx = rx
        self.twin = case_twin(rx, _BOUNDARY)  # tried where no character folds oddly
        # ASCII literals found with str.find: (literals, inner, the class before an inner
        # one, matched on the reversed text: how far back from it a match may start)
        self.finds: list[tuple[tuple[str, ...], bool, re.Pattern[str] | None]] = []
        # case-blind patterns each of whose matches starts a candidate, and whether one
        # can start at an ASCII character (if not, an ASCII text holds none)
        self.searches: list[tuple[re.Pattern[str], bool]] = []
        for how, literals, chars in finders:
            if how == "first":
                first = re.compile(f"[{chars}]", re.IGNORECASE)
                self.searches.append((first, any(first.match(chr(c)) for c in range(128))))
            elif all(lit.isascii() for lit in literals):
                before = re.compile(f"[{chars}]*", re.IGNORECASE) if chars else None
                if how == "prefix":  # where "ab" occurs "a" does: "a" alone is enough,
                    # and a few characters tell most places ("cooperation with the ",
                    # "cooperation between ": one search for "cooperat")
                    literals = frozenset(lit[:_STEM] for lit in literals)
                    literals = frozenset(lit for lit in literals if not any(
                        lit != other and lit.startswith(other) for other in literals))
                self.finds.append((tuple(sorted(literals)), how == "inner", before))
            else:
                alternation = "|".join(map(re.escape, sorted(literals)))
                self.searches.append((re.compile(alternation, re.IGNORECASE), True))

    def literals(self) -> set[str]:
        """The literals `matches` looks for with str.find."""
        return {lit for literals, _, _ in self.finds for lit in literals}

    def matches(self, norm: str, pos: int, stop: int,
                found: dict[str, list[int]] | None = None) -> Iterator[re.Match[str]]:
        """Matches of the pattern in normalised (lower-case) `norm` from `pos`, in order,
        as long as they start before `stop`.

        `found`, when given, holds every place (in order) where each of `literals()` occurs
        in `norm` (one not there: none), so that they are not searched for again.
        """
        extras = _case_extras(norm)
        if self.finds and extras:
            for match in self.rx.finditer(norm, pos):
                if match.start() >= stop:
                    return
                yield match
            return
        starts: set[int] = set()
        n = len(norm)
        rev = ""
        for literals, inner, before in self.finds:
            for lit in literals:
                places: Iterable[int]
                if found is not None:  # (most literals are not in the text: no call then)
                    got = found.get(lit)
                    if got is None:
                        continue
                    places = got[bisect_left(got, pos):] if pos else got
                else:
                    places = _places(norm, lit, pos)
                for q in places:
                    if not inner:
                        if q >= stop:
                            break
                        starts.add(q)
                    else:  # a match holding the literal at q starts after `first`, and
                        # every character between its start and q is one it has before
                        first = q
                        if before is not None:
                            rev = rev or norm[::-1]
                            back = before.match(rev, n - q, n - pos)  # (always matches)
                            first = q - (back.end() - (n - q)) if back else q
                        if first >= stop:  # (`first` grows with q)
                            break
                        starts.update(s for word in _STARTS.finditer(norm, first, q + 1)
                                      if (s := word.start()) < stop)
        for search, in_ascii in self.searches:
            if not in_ascii and norm.isascii():
                continue
            hit = search.search(norm, pos)
            while hit and hit.start() < stop:
                starts.add(hit.start())
                hit = search.search(norm, hit.start() + 1)
        rx, at = self.rx if extras else self.twin, pos
        for start in sorted(starts):  # where finditer would try, the first match from `at`
            if start >= at:
                m = rx.match(norm, start)
                if m:
                    yield m
                    at = m.end()  # (a match is never empty: see `start_finders`)


def _adder(spans: dict[tuple[int, int], dict[str, bool]]
           ) -> Callable[[int, int, dict[str, bool]], None]:
    """A function adding a candidate passage to `spans` as `Matcher._candidates` does."""
    def add(start: int, end: int, themes: dict[str, bool]) -> None:
        found = spans.setdefault((start, end), {})
        for theme, ambiguous in themes.items():
            found[theme] = found.get(theme, True) and ambiguous
    return add


def _places(norm: str, lit: str, pos: int) -> Iterator[int]:
    """Where `lit` occurs in `norm` from `pos` on, in order (str.find)."""
    q = norm.find(lit, pos)
    while q >= 0:
        yield q
        q = norm.find(lit, q + 1)


class Matcher:
    """All themes of a taxonomy compiled once; `find(text)` makes one pass over the text.

    Args:
        taxonomy: the validated taxonomy.
        backend: "rs" (ahocorasick_rs, when installed) or "py" (pyahocorasick); None picks
            the fastest available. Both find the same passages.
    """

    def __init__(self, taxonomy: Taxonomy, backend: str | None = None) -> None:
        self.taxonomy = taxonomy
        self._ancestors = {t.key: taxonomy.ancestors(t.key) for t in taxonomy}
        # a theme and its ancestors: the themes a passage of it is a mention of
        self._lineage = {key: (key, *ancestors) for key, ancestors in self._ancestors.items()}
        entries: dict[str, _Entry] = {}
        # (compiled pattern, kind, theme); patterns without a literal prefix scan everything
        self._patterns: list[tuple[re.Pattern[str], int, str]] = []
        self._unanchored: list[int] = []
        # unanchored patterns with places each of their alternatives can start
        self._starts: dict[int, _Starts] = {}
        # of a pattern that opens with lookarounds, the rest: tried first where it is tried
        self._rest: list[re.Pattern[str] | None] = []
        # the same lowered and case-sensitive (`case_twin`), for the texts in which no
        # character folds oddly (`_case_extras`): case-blind matching is slow
        self._twins: list[tuple[re.Pattern[str], int, str]] = []
        self._rest_twins: list[re.Pattern[str] | None] = []
        # literals every match holds, each with how far from the match's start it ends at
        # most (`prefixes.required_literals`), those at its very start (the prefix) left out
        self._required: list[Required] = []
        # of a pattern without a prefix, a literal of each alternative that all its matches
        # hold (`prefixes.alternative_literals`): a text holding none has no match of it
        self._gates: dict[int, set[str]] = {}
        longest = 0  # the longest key or prefix
        for t in taxonomy:
            for kind, phrases in ((_LITERAL, t.wordings), (_EXCLUDE, t.exclusions),
                                  (_AMBIGUOUS, t.ambiguous)):
                for phrase in phrases:
                    variants = {normalise_phrase(phrase)}
                    if "-" in phrase:  # "Indo-Pacific" also as "IndoPacific"
                        variants.add(normalise_phrase(phrase.replace("-", "")))
                    for v in filter(None, variants):
                        self._entry(entries, v).literals.append((kind, t.key))
            for kind, pats in ((_LITERAL, t.patterns), (_EXCLUDE, t.exclusion_patterns)):
                for pat in pats:
                    idx = len(self._patterns)
                    rx = re.compile(f"{_WORD_START}(?:{pat}){_WORD_END}", re.IGNORECASE)
                    self._patterns.append((rx, kind, t.key))
                    self._twins.append((case_twin(rx, _BOUNDARY), kind, t.key))
                    rest = after_lookarounds(pat)
                    self._rest.append(None if rest is None else re.compile(
                        f"{_WORD_START}(?:{rest}){_WORD_END}", re.IGNORECASE))
                    rest_rx = self._rest[-1]
                    self._rest_twins.append(None if rest_rx is None
                                            else case_twin(rest_rx, _BOUNDARY))
                    self._required.append(tuple(
                        (lit, reach) for lit, reach in required_literals(pat)
                        if reach != len(lit)))
                    prefixes = literal_prefixes(pat)
                    if prefixes is None:
                        self._unanchored.append(idx)
                        alternatives = alternative_literals(pat)
                        if alternatives is not None:  # the longest of each alternative
                            self._gates[idx] = {max(lits, key=len) for lits in alternatives}
                        finders = start_finders(pat)
                        if finders is not None:
                            self._starts[idx] = _Starts(rx, finders)
                        continue
                    longest = max(longest, *map(len, prefixes))
                    for prefix in prefixes:  # where one occurs, a prefix of it does too: the
                        # pattern is tried there once, at the shortest
                        if not any(prefix != other and prefix.startswith(other)
                                   for other in prefixes):
                            self._entry(entries, prefix, word_end=False).patterns.append(idx)
        # a key found in a window starts there and ends at most this far past its end (a
        # prefix left out counts: the windows are resolved as if it were a key)
        self._reach = max(longest, max(map(len, entries), default=0))
        # the literals the patterns without a prefix look for are keys of the automaton too
        for literals in (*(starts.literals() for starts in self._starts.values()),
                         *self._gates.values()):
            for lit in literals:
                self._entry(entries, lit, word_end=False).watch = lit
        # a pattern whose every alternative is found by literals (`_Starts.finds`) can only
        # match in a text holding one of them: those patterns, and the ones that watch
        # each literal
        self._watched: set[int] = set()
        self._watchers: dict[str, set[int]] = {}
        for idx, starts in self._starts.items():
            if not starts.searches:
                self._watched.add(idx)
                for lit in starts.literals():
                    self._watchers.setdefault(lit, set()).add(idx)
        for entry in entries.values():
            entry.finish()
        self._automaton = Automaton(entries, backend) if entries else None
        # the items of lists of fields (THEMES.md: a field named in a list counts)
        self._lists = ListFinder(taxonomy.list_heads,
                                 {t.key: t.list_items for t in taxonomy if t.list_items})
        # each key's entry as `_candidates` reads it, by the automaton's index of the key
        self._keys = [(e.watch, e.word_start, e.word_end, e.themes, e.exclusions, e.patterns)
                      for e in entries.values()]

    @staticmethod
    def _entry(entries: dict[str, _Entry], key: str, word_end: bool = True) -> _Entry:
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = _Entry(_word_char(key[0]), False)
        if word_end:  # a literal must end at a word boundary; a prefix need not
            entry.word_end = entry.word_end or _word_char(key[-1])
        return entry

    # compiled (policytrends.compiled), the hit loop's positions are C integers and the
    # characters it tests C code points; run as Python, the decorator does nothing
    @cython.locals(chars=str, c=cython.Py_UCS4, lo=cython.Py_ssize_t, n=cython.Py_ssize_t,
                   top=cython.Py_ssize_t, upto=cython.Py_ssize_t, i=cython.Py_ssize_t,
                   start=cython.Py_ssize_t, end=cython.Py_ssize_t, whole=cython.bint,
                   word_start=cython.bint, word_end=cython.bint)
    def _candidates(self, norm: str, lo: int = 0, hi: int | None = None
                    ) -> tuple[dict[tuple[int, int], dict[str, bool]],
                               list[tuple[int, int, str]]]:
        """Theme hits {(start, end): {theme: ambiguous}} and exclusions (start, end, theme).

        A theme is ambiguous at a passage only if every wording of it found there is.
        Hits start in [lo, hi) (default: the whole text); exclusions also up to a key's
        length past `hi`, where they may still cut a hit that starts before it.
        """
        n = len(norm)
        top = n if hi is None else hi
        upto = min(n, top + self._reach)
        spans: dict[tuple[int, int], dict[str, bool]] = {}
        excluded: list[tuple[int, int, str]] = []

        def add(start: int, end: int, themes: dict[str, bool]) -> None:
            found = spans.get((start, end))
            if found is None:
                spans[(start, end)] = themes.copy()
            else:
                for theme, ambiguous in themes.items():
                    found[theme] = found.get(theme, True) and ambiguous

        # a pattern is not tried where a literal each of its matches holds does not follow
        # close enough (exact where no character but an ASCII letter's own cases matches
        # one case-blind: see _CASE_EXTRAS)
        extras = _case_extras(norm)
        required = None if extras else self._required
        # (the patterns lowered and case-sensitive where no character folds oddly)
        all_patterns = self._patterns if extras else self._twins
        last: dict[str, int] = {}  # where a required literal starts last in `norm`

        def absent(need: Required, start: int) -> bool:
            """No match starting at `start` or after it holds them all."""
            for lit, _ in need:
                if (at := last.get(lit)) is None:
                    at = last[lit] = norm.rfind(lit)
                if at < start:
                    return True
            return False

        whole = lo == 0 and upto == n
        # every place of each watched key (`_Entry.watch`), when the pass reads the whole text
        found: dict[str, list[int]] | None = (
            {} if whole and self._automaton is not None else None)
        if self._automaton is not None:
            patterns, keys = all_patterns, self._keys
            rests = self._rest if extras else self._rest_twins
            chars = norm  # (typed where compiled: the closures above keep `norm` an object)
            for i, start, end in self._automaton.indexed_hits(norm if whole else norm[lo:upto]):
                watch, word_start, word_end, themes, exclusions, pats = keys[i]
                if not whole:
                    start, end = start + lo, end + lo
                elif watch is not None:
                    found.setdefault(watch, []).append(start)  # type: ignore[union-attr]
                    if not (themes or exclusions or pats):
                        continue  # (only watched: what follows would do nothing)
                if word_start and start and (c := chars[start - 1]).isalnum() and (
                        ord(c) < 128 or not _CJK.match(c)):  # (_word_char, inlined)
                    continue
                if start >= top and not exclusions and not pats:
                    continue
                for idx in pats:  # a pattern is tried where its prefix starts
                    rx, kind, theme = patterns[idx]
                    if start >= top and kind != _EXCLUDE:
                        continue
                    if required is not None and (need := required[idx]):
                        for lit, reach in need:  # (inlined: tried ~90 times a readout)
                            if reach is None:
                                if (at := last.get(lit)) is None:
                                    at = last[lit] = norm.rfind(lit)
                                if at < start:
                                    break
                            elif norm.find(lit, start, start + reach) < 0:
                                break
                        else:
                            need = ()  # every literal follows close enough
                        if need:
                            continue
                    rest = rests[idx]
                    if rest is not None and not rest.match(norm, start):
                        continue  # (the whole pattern would fail too)
                    m = rx.match(norm, start)
                    if m:
                        if kind == _EXCLUDE:
                            excluded.append((start, m.end(), theme))
                        else:
                            add(start, m.end(), {theme: kind == _AMBIGUOUS})
                if word_end and end < n and (c := chars[end]).isalnum() and (
                        ord(c) < 128 or not _CJK.match(c)):
                    continue
                if themes and start < top:
                    add(start, end, themes)
                for theme in exclusions:
                    excluded.append((start, end, theme))
        # the watched patterns whose literals `norm` holds (where the literals' places are
        # known, and `_Starts.matches` would look for them: not in `_case_extras` texts)
        wanted: set[int] | None = None
        if found is not None and required is not None:
            watchers = self._watchers
            wanted = set().union(*(watchers.get(lit, ()) for lit in found))
        for idx in self._unanchored:
            rx, kind, theme = all_patterns[idx]
            stop = upto if kind == _EXCLUDE else top
            if required is not None and required[idx] and absent(required[idx], lo):
                continue
            starts = self._starts.get(idx)
            if wanted is not None and (
                    starts is not None and idx not in wanted and idx in self._watched
                    or (gates := self._gates.get(idx)) is not None
                    and gates.isdisjoint(found)):  # type: ignore[arg-type]
                continue  # (it would find no place to try, or no match there)
            for m in starts.matches(norm, lo, stop, found) if starts else rx.finditer(norm, lo):
                if m.start() >= stop:
                    break
                if kind == _EXCLUDE:
                    excluded.append((m.start(), m.end(), theme))
                else:
                    add(m.start(), m.end(), {theme: kind == _AMBIGUOUS})
        return spans, excluded

    def _windows(self, norm: str) -> Iterator[list[tuple[int, int, str, bool]]]:
        """Accepted passages (start, end, theme, ambiguous) in `norm`, window by window.

        Candidates are resolved longest first across all themes (the earliest among
        equals). One inside an accepted passage is dropped ("Korea" in "North Korea");
        one that only overlaps it is dropped for the same theme but kept for another
        ("energy security partnership"). A text longer than WINDOW is resolved a window
        at a time; what was accepted near a window's end still blocks the next one.
        """
        n = len(norm)
        taken = bytearray(n)  # 1 where some passage was accepted
        by_theme: dict[str, list[tuple[int, int]]] = {}  # accepted passages of each theme
        carried: list[tuple[int, int, str]] = []  # exclusions reaching into this window
        lo = 0
        while lo < n:
            hi = n if n - lo <= WINDOW else lo + WINDOW
            spans, excluded = self._candidates(norm, lo, hi)
            if self._lists:
                self._lists.add_items(norm, lo, hi, _adder(spans))
            excluded += carried
            for ex_start, ex_end, ex_theme in excluded:
                for (start, end), themes in list(spans.items()):
                    if ex_theme in themes and start < ex_end and ex_start < end:
                        del themes[ex_theme]
                        if not themes:
                            del spans[(start, end)]
            accepted: list[tuple[int, int, str, bool]] = []
            # longest first, the earliest among equals (each (start, end) is there once)
            for _, start, end in sorted([(start - end, start, end) for start, end in spans]):
                if taken.find(1, start, end) == -1:  # the usual case: overlaps nothing
                    keep = list(spans[(start, end)].items())
                elif taken.find(0, start, end) == -1:
                    continue
                else:
                    keep = [(theme, amb) for theme, amb in spans[(start, end)].items()
                            if not any(s < end and start < e for s, e in by_theme.get(theme, ()))]
                    if not keep:
                        continue
                taken[start:end] = b"\x01" * (end - start)
                for theme, ambiguous in keep:
                    by_theme.setdefault(theme, []).append((start, end))
                    accepted.append((start, end, theme, ambiguous))
            yield accepted
            if hi < n:  # only what reaches past `hi` can meet the next window's passages
                carried = [ex for ex in excluded if ex[1] > hi]
                by_theme = {t: kept for t, ps in by_theme.items()
                            if (kept := [(s, e) for s, e in ps if e > hi])}
            lo = hi

    def _passages(self, text: str) -> Iterator[list[tuple[int, int, str]]]:
        """(start, end, theme) of the accepted passages of `text` in original offsets, a
        window at a time in text order; ambiguous ones only where they count.

        An ambiguous wording counts only beside an unambiguous mention of its family,
        anywhere in the text: a text of more than one window is resolved twice, first
        to learn which themes are sure, then to give the passages.
        """
        folded, norm, run_pos, shift = fold_normalise(text)
        if len(norm) <= WINDOW:
            windows: Iterable[list[tuple[int, int, str, bool]]] = list(self._windows(norm))
            sure = {t for acc in windows for _, _, t, ambiguous in acc if not ambiguous}
        else:
            sure = {t for acc in self._windows(norm) for _, _, t, ambiguous in acc
                    if not ambiguous}
            windows = self._windows(norm)
        ancestors = self._ancestors
        for accepted in windows:
            out: list[tuple[int, int, str]] = []
            for start, end, theme, ambiguous in accepted:
                if ambiguous and theme not in sure and sure.isdisjoint(ancestors[theme]):
                    continue
                if run_pos:  # back over the runs of blanks `normalise` made one (see there)
                    k = bisect_left(run_pos, start)
                    o_start = start + shift[k - 1] if k else start
                    k = bisect_left(run_pos, end - 1, k)
                    o_last = end - 1 + shift[k - 1] if k else end - 1
                else:
                    o_start, o_last = start, end - 1
                if folded.changes:  # back from the folded text to the original
                    o_start, o_end = folded.start(o_start), folded.end(o_last)
                else:
                    o_end = o_last + 1
                out.append((o_start, o_end, theme))
            out.sort()
            yield out

    def find_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, theme) of the accepted passages of `text`, parents not added."""
        return [span for spans in self._passages(text) for span in spans]

    def find(self, text: str) -> list[Mention]:
        """Mentions of every theme in `text`, implied parents included (see module doc)."""
        return self.find_counted(text)[1]

    def find_counted(self, text: str, limit: int | None = None
                     ) -> tuple[dict[str, int], list[Mention]]:
        """Mention counts of every theme and the mentions themselves, at most `limit` a theme.

        Args:
            text: the record's text.
            limit: most mentions kept per theme (the first ones in the text); None keeps
                all. The counts are exact either way.

        Returns:
            ({theme: mentions}, mentions sorted by start offset then theme).
        """
        out: list[Mention] = []
        counts: dict[str, int] = {}
        # a passage counts once per theme; spans come sorted by start, so the themes
        # already counted at the current start are all that must be remembered
        at, seen = -1, set[str]()
        lineage = self._lineage
        for start, end, theme in (span for spans in self._passages(text) for span in spans):
            if start != at:
                at, seen = start, set()
            passage: str | None = None
            for key in lineage[theme]:
                if key not in seen:
                    seen.add(key)
                    n = counts[key] = counts.get(key, 0) + 1
                    if limit is None or n <= limit:
                        if passage is None:
                            passage = text[start:end]
                        out.append(Mention(key, start, end, passage))
        out.sort(key=_START_THEME)
        return counts, out

    def find_many(self, texts: Iterable[str | None]) -> Iterator[list[Mention]]:
        """`find` over many texts (None or empty gives no mentions), in order."""
        find = self.find
        for text in texts:
            yield find(text) if text else []
