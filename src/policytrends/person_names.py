"""Officials' names compared across records: no case, accents or punctuation.

MOFA writes "KISHIDA Fumio", the White House "Fumio Kishida", a transliteration may carry
accents ("Kishída"): `name_key` gives all of them the same key, so a filter or a lookup
by family name finds every record of one official.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-’'.,]+")


@lru_cache(maxsize=65536)  # the same few hundred names recur over a store's rows
def name_key(name: str) -> str:
    """A name's words without accents, case or hyphens, joined by single spaces."""
    flat = unicodedata.normalize("NFKD", name)
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch)).casefold()
    return " ".join(w for w in _SEPARATORS.split(flat) if w)


def names_match(wanted: str, family_name: object, name: object) -> bool:
    """True when `wanted` (a key of `name_key`) is the family name, or one of the words
    of the full name when the record did not separate a family name."""
    if isinstance(family_name, str) and family_name:
        return name_key(family_name) == wanted
    if isinstance(name, str) and name:
        words = f" {name_key(name)} "
        return f" {wanted} " in words
    return False
