"""A record's language, `en` or `ja`, from its characters.

Readers that know their language (the Japanese MOFA reader) say so; every other record,
and the rows of a store written before the `documents.language` column existed, get it
from here: a text is Japanese when kana or CJK ideographs are a sizeable share of its
letters (an English readout quoting 「画像1」 or a Japanese name stays English).
"""

from __future__ import annotations

import re

__all__ = ["LANGUAGES", "language_of"]

LANGUAGES = ("en", "ja")
# hiragana, katakana (with the half-width forms) and the CJK ideographs
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_LATIN = re.compile(r"[A-Za-z]")
SAMPLE = 4000  # characters looked at: the opening of a record tells its language
JAPANESE_SHARE = 0.3  # of the letters (Latin and Japanese) in the sample


def language_of(text: str | None) -> str:
    """`ja` when Japanese characters make up a sizeable share of the text's letters, else `en`.

    Args:
        text: a record's text (None or empty: `en`).
    """
    if not text:
        return "en"
    sample = text[:SAMPLE]
    # (no Japanese character at all is "en" without counting the Latin letters: most
    # English records hold a curly quote or a dash, so are not ASCII)
    if sample.isascii() or _JAPANESE.search(sample) is None:
        return "en"
    japanese = len(_JAPANESE.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "ja" if japanese and japanese >= JAPANESE_SHARE * (japanese + latin) else "en"
