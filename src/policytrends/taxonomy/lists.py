"""Fields named in a list: the items of a list of what the sides discussed or cooperate on.

THEMES.md: a field the sides discussed or agreed to cooperate on counts even when it is only
named in a list ("cooperation in politics, security and the economy" is both
`alliance_security` and `economy_trade`); a word in passing does not. A theme's patterns
cannot say so on their own: the item stands anywhere in a list of any length, after any of
the phrasings that open one. So the taxonomy holds two kinds of data for it (see
`loader`): the heads that open such a list (``[lists] heads``: "cooperation on", "fields
such as", "partners in promoting", "exchanged views on") and each theme's ``list_items``
(what an item must start with to name the theme: "security", "economic growth").

`ListFinder.add_items` reads each list that follows a head, up to the end of its clause,
item by item (items are parted by commas and "and"/"or"/"as well as"), and gives every
item that names a theme as a candidate passage of it: the item's own words, so that the
items of one list are each their theme's passage, and a list's head inside another theme's
passage ("cooperation on energy" is climate_energy's) hides none of them. An item may open
with words that qualify it ("the", "our", "inclusive", "promoting"); a long item (more
words than `MAX_ITEM_WORDS`) is a clause, not a field, and ends the list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from ..automaton import Automaton
from .prefixes import literal_prefixes, required_literals

# what a found item is given to: (start, end, {theme: ambiguous}) in normalised offsets
AddSpan = Callable[[int, int, dict[str, bool]], None]

# words an item may open with before the field it names ("the economy", "our shared
# security", "promoting economic growth", "inclusive economic recovery")
_QUALIFIERS = (
    r"(?:(?:the|a|an|our|both|bilateral|shared|common|further|"
    r"continued|closer|deeper|broader|wider|strong|stronger|inclusive|sustainable|"
    r"sustained|resilient|long term|promoting|advancing|enhancing|strengthening|deepening|"
    r"ensuring|boosting|supporting|bolstering|expanding|addressing|fostering) ){0,3}"
)
# what ends a list's clause: a sentence's end, a clause of its own that follows it, or the
# next thing the speaker did ("to strengthen the ports' links and emphasized the importance
# of openness, transparency and economic viability": the list ended at "and emphasized")
_CLAUSE_END = re.compile(
    r"[.;:!?()\[\]\"]|,? (?:which|that|who|whose|where|while|whereas|but|because|so that|"
    r"in order to|since|after|before|when|if)\b|,? and (?:also |further |then )?"
    r"(?:emphasi[sz]ed|stressed|expressed|stated|said|noted|welcomed|agreed|confirmed|"
    r"affirmed|reaffirmed|explained|underlined|underscored|discussed|exchanged|shared|"
    r"requested|asked|thanked|praised|pointed|called|urged|reiterated|conveyed|highlighted|"
    r"mentioned|added|hoped)\b"
)
# what parts the items of a list
_SEPARATOR = re.compile(r"(?:,? (?:and|or|as well as|along with|together with) |, )")
# a list opening with a possessive is one party's own aims ("to advance its democratic,
# economic, and security goals"), not fields the sides take up together
_OWN = ("its ", "their ", "his ", "her ")
MAX_ITEM_WORDS = 6  # an item of more words is a clause: the list ended before it
MAX_ITEMS = 10  # items read after one head
_REACH = 300  # characters read after a head at most


class ListFinder:
    """The heads and each theme's list items, compiled once for a matcher.

    Args:
        heads: regular expressions (normalised text: lower case, one space between words)
            for what opens a list of fields; a head ends where the list starts.
        items: {theme: regular expressions an item must start with to name the theme}.
    """

    def __init__(self, heads: Iterable[str], items: dict[str, Iterable[str]]) -> None:
        heads = tuple(heads)
        items = {theme: pats for theme, v in items.items() if (pats := tuple(v))}
        self._items = [(theme, re.compile(
            rf"{_QUALIFIERS}(?P<field>{'|'.join(f'(?:{p})' for p in pats)})\b",
            re.IGNORECASE)) for theme, pats in items.items()]
        # where a head may start: its literal prefixes, found in one pass by an automaton,
        # then the head itself tried there (a regular expression searched for over the
        # text costs several times the rest of the tagging); a head without a literal
        # prefix is searched for before each field (case-blind matching is not needed: the
        # text is lower case already)
        self._head_rx: list[re.Pattern[str]] = []
        by_prefix: dict[str, list[int]] = {}
        unprefixed: list[str] = []
        if self._items:
            for head in heads:
                prefixes = literal_prefixes(head)
                if not prefixes or not all(prefixes):
                    unprefixed.append(head)
                    continue
                index = len(self._head_rx)
                self._head_rx.append(re.compile(f"(?:{head})(?= )"))
                for p in prefixes:
                    if not any(o != p and p.startswith(o) for o in prefixes):
                        by_prefix.setdefault(p, []).append(index)
        self._automaton = Automaton({p: tuple(i) for p, i in by_prefix.items()}
                                    ) if by_prefix else None
        self._unprefixed = re.compile("|".join(f"(?:{h})" for h in unprefixed) + "(?= )"
                                      ) if unprefixed else None
        # where a list may hold a field (a list is read only when a field follows its head
        # closely enough: most text holds none): a literal every match of an item holds, or
        # else the item's own pattern
        self._anchors: set[str] = set()
        scans: list[str] = []
        for theme_items in items.values():
            for pat in theme_items:
                literals = _literals(pat)
                if literals:
                    self._anchors.update(literals)
                else:
                    scans.append(pat)
        self._scan = re.compile("|".join(f"(?:{p})" for p in scans),
                                re.IGNORECASE) if scans else None

    def __bool__(self) -> bool:
        return self._automaton is not None or self._unprefixed is not None

    def add_items(self, norm: str, lo: int, hi: int, add: AddSpan) -> None:
        """Give `add(start, end, {theme: False})` for every item naming a theme in a list
        whose head starts in [lo, hi) of normalised `norm`.

        A head is tried only where some field's anchor follows it within `_REACH`
        characters: a list that holds no field names no theme.
        """
        if not self:
            return
        n = len(norm)
        top = min(n, hi + _REACH)
        # an item is given in the window where it starts, as every candidate is (`Matcher.
        # _windows`): its head may stand up to `_REACH` characters before the window
        begin_at = max(0, lo - _REACH)
        places = sorted(self._places(norm, lo, top))
        if not places:
            return

        def inside(start: int, end: int, themes: dict[str, bool]) -> None:
            if lo <= start < hi:
                add(start, end, themes)

        starts: list[int] = []  # where a list starts, after each head found
        if self._automaton is not None:
            head_rx = self._head_rx
            for at, _, indexes in self._automaton.hits(
                    norm[begin_at:top] if begin_at or top < n else norm):
                at += begin_at
                if at >= hi or at and norm[at - 1].isalnum():
                    continue  # (past the window, or inside a word)
                k = bisect_right(places, at)
                if k == len(places) or places[k] - at > _REACH:
                    continue  # no field follows closely enough
                ends = [m.end() for i in indexes if (m := head_rx[i].match(norm, at))]
                if ends:
                    starts.append(max(ends) + 1)  # (a head is followed by one space)
        if self._unprefixed is not None:
            scanned = begin_at  # heads before this were looked for
            for at in places:
                for head in self._unprefixed.finditer(norm, max(scanned, at - _REACH), at):
                    begin = head.start()
                    if begin < hi and not (begin and norm[begin - 1].isalnum()):
                        starts.append(head.end() + 1)
                scanned = max(scanned, at)
        for start in sorted(set(starts)):
            stop = min(n, start + _REACH)
            end = _CLAUSE_END.search(norm, start, stop)
            self._read_list(norm, start, end.start() if end else stop, inside)

    def _places(self, norm: str, lo: int, top: int) -> set[int]:
        """Where some field may be, in [lo, top) of `norm`."""
        places: set[int] = set()
        for lit in self._anchors:
            q = norm.find(lit, lo, top)
            while q >= 0:
                places.add(q)
                q = norm.find(lit, q + 1, top)
        if self._scan is not None:
            places.update(m.start() for m in self._scan.finditer(norm, lo, top))
        return places

    def _read_list(self, norm: str, start: int, stop: int, add: AddSpan) -> None:
        if norm.startswith(_OWN, start):
            return
        at = start
        for _ in range(MAX_ITEMS):
            sep = _SEPARATOR.search(norm, at, stop)
            item_end = sep.start() if sep else stop
            if norm.count(" ", at, item_end) >= MAX_ITEM_WORDS:
                return  # a clause, not a field: the list ended before it
            for theme, rx in self._items:
                m = rx.match(norm, at)  # (no end: its lookaheads see past the item)
                if m and m.end() <= item_end:
                    add(m.start("field"), m.end("field"), {theme: False})
            if sep is None:
                return
            at = sep.end()


def _literals(pattern: str) -> set[str]:
    """Lower-case literals one of which every match of `pattern` holds (empty: none known)."""
    required = required_literals(pattern)
    if required:
        return {max((lit for lit, _ in required), key=len)}
    prefixes = literal_prefixes(pattern)
    if prefixes and all(prefixes):
        return {p for p in prefixes if not any(o != p and p.startswith(o) for o in prefixes)}
    return set()
