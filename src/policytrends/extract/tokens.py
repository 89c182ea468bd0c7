"""English text split into the tokens that name finding reads (`people.find_people`).

Public API::

    scan(text, info) -> (words, starts, ends, possessive, period, kinds)
    scan_pure(text, info)      the same, in Python (a regex split and C-level maps)
    NATIVE                     the compiled `scan`, or None when it is not used

`info` maps a token as written to (word, ends a sentence, possessive, start kind)
(`people._token_info`, memoised). `period[k]` is true when token k ends a sentence: its
own full stop, or a line break or ``. ! ?`` in the gap after it (not after the last).

Two implementations give the same tokens: `scan_pure`, here, and `_tokens_native.scan`,
compiled with Cython from ``_tokens_native.pyx`` by ``make install``
(``scripts/build_native.py``); the compiled one reads the text character by character,
which is most of the time name finding takes. The build records the sha256 of this file
and of the ``.pyx`` (``BUILT_FROM``); when either differs now, the compiled module is
stale and is not used (a RuntimeWarning says so, and ``make install`` rebuilds it).
``POLICYTRENDS_PURE_PYTHON=1`` in the environment (or a list of module names holding
``policytrends.extract.tokens``, `policytrends.compiled`) makes every process use `scan_pure`.
The compiled `scan` gives its flags and kinds as bytearrays (0/1 and small ints) where
`scan_pure` gives lists of bools and ints: read alike by index and truth.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import warnings
from collections.abc import Callable, Mapping, MutableSequence, Sequence
from itertools import accumulate
from operator import itemgetter, or_
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from ..compiled import pure_python

__all__ = ["NATIVE", "Memo", "scan", "scan_pure"]

# a word (letters, then word characters, apostrophes, hyphens and inner dots: "U.S."), a
# punctuation mark names care about, a number, or a dash or bullet standing alone. (A
# word's runs are possessive: what may follow them can always be empty, so the engine never
# backs into them, and it saves keeping their backtracking points: ~10% of the split.)
#
# The pattern starts with one character class, every character a token may start with,
# and each alternative then checks (looking back) what that first character was: a pattern
# that starts with a class lets the regex engine skip the gaps with a quick scan instead of
# trying four alternatives at each of their characters.
# (`_tokens_native.pyx` implements this pattern character by character: change both.)
TOKEN_RX = (r"[\w(),;:/\-–—•*](?:(?<=[^\W\d_])[\w’'\-]*+(?:\.(?=\w)[\w’'\-]*+)*+\.?"
            r"|(?<=[(),;:/])|(?<=\d)[\w\-]*\.?|(?<=\s[-–—•*])(?=\s))")
# splitting on the tokens gives [text before, token, gap, token, gap, ...] in one C-level
# call (the gaps are what lies between tokens: characters no token starts with)
_TOKEN_SPLIT = re.compile(f"({TOKEN_RX})")

K = TypeVar("K")
V = TypeVar("V")

Info = tuple[str, bool, bool, int]  # word, ends a sentence, possessive, start kind
Scan = tuple[list[str], Sequence[int], Sequence[int], Sequence[Any], MutableSequence[Any],
             Sequence[int]]
ScanFunction = Callable[[str, Mapping[str, Info]], Scan]


class Memo(dict[K, V]):
    """``func(key)`` by key, for a pure ``func``: ``map(memo.__getitem__, keys)`` costs one
    C-level dict lookup a key. An lru_cache hit also relinks its LRU list, which touches
    more memory, and a readout asks two lookups of each of its tokens (its word, whether a
    name starts there). Emptied
    when it holds `limit` keys, so that a long run's memory stays bounded.
    """

    def __init__(self, func: Callable[[K], V], limit: int) -> None:
        super().__init__()
        self.func, self.limit = func, limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.func(key)
        return value


def _gap_ends_sentence(gap: str) -> bool:
    """A line break or a full stop between two tokens ends a name or a title."""
    return not _SENTENCE_BREAK.isdisjoint(gap)


_SENTENCE_BREAK = frozenset("\n.!?")
_GAP_BREAKS = Memo(_gap_ends_sentence, 4096)
# transposed field by field: zip(*infos) of a readout's hundreds of tokens costs far more
_FIELDS = tuple(map(itemgetter, range(4)))


def scan_pure(text: str, info: Mapping[str, Info]) -> Scan:
    """The tokens of `text` (see the module doc), in Python."""
    parts = _TOKEN_SPLIT.split(text)
    if len(parts) == 1:
        return [], [], [], [], [], []
    bounds = list(accumulate(map(len, parts)))  # where each part ends: gaps end at tokens
    # one dict lookup a token gives all it says, then one list per field
    infos = list(map(info.__getitem__, parts[1::2]))
    words, own_period, possessive, kinds = (list(map(field, infos)) for field in _FIELDS)
    # a token ends a sentence with its own full stop or the gap after it (the last gap runs
    # to the end of the text: nothing follows it)
    period = list(map(or_, own_period, map(_GAP_BREAKS.__getitem__, parts[2:-1:2])))
    period.append(own_period[-1])
    return words, bounds[0:-1:2], bounds[1::2], possessive, period, kinds


# what the compiled module must have been built from (relative to this folder)
NATIVE_SOURCES = ("tokens.py", "_tokens_native.pyx")


def source_hashes(folder: Path | None = None) -> dict[str, str]:
    """sha256 of each of NATIVE_SOURCES as they are now ("" for one that is missing)."""
    folder = folder or Path(__file__).resolve().parent
    out = {}
    for name in NATIVE_SOURCES:
        try:
            out[name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        except OSError:
            out[name] = ""
    return out


def checked_native(module: ModuleType, hashes: dict[str, str]) -> ScanFunction | None:
    """`module.scan` if the module was built from sources with these `hashes`; else None,
    with a RuntimeWarning naming the stale build."""
    built = getattr(module, "BUILT_FROM", None)
    if built != hashes:
        changed = sorted(name for name in hashes if (built or {}).get(name) != hashes[name])
        warnings.warn(
            f"{getattr(module, '__file__', module.__name__)} was built from other sources "
            f"than today's {', '.join(changed)}: the pure-Python tokenizer is used instead "
            f"(`make install` rebuilds the compiled one)", RuntimeWarning, stacklevel=2)
        return None
    scan_function: ScanFunction = module.scan
    return scan_function


def _load_native() -> ScanFunction | None:
    """The compiled `scan` when it is built, up to date and not switched off."""
    if pure_python(__name__):
        return None
    try:
        module = importlib.import_module(f"{__package__}._tokens_native")
    except ImportError:  # not built (no compiler, or not installed with `make install`)
        return None
    return checked_native(module, source_hashes())


NATIVE = _load_native()
scan: ScanFunction = NATIVE or scan_pure
