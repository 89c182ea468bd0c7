"""RawRecord -> Analysis: kind, meeting fields, officials, countries named.

Dispatch by publisher: MOFA and Prime Minister's Office (kantei) pages go to
``extract.mofa``, White House and State Department records to ``extract.us``; any other
record gets its kind from the reader's hint and the countries it names. Publisher-specific
phrasing lives in rule tables beside each extractor; ``countries``, ``ranks``, ``people``
and ``dates`` are shared building blocks.
"""

from __future__ import annotations

from ..language import language_of
from ..records import Analysis, RawRecord
from .countries import countries_in

__all__ = ["analyse"]

US_SOURCES = frozenset({"whitehouse", "state"})
# MOFA and the Prime Minister's Office write their readouts alike
JAPAN_SOURCES = frozenset({"mofa", "kantei", "seed"})


def analyse(raw: RawRecord) -> Analysis:
    """Everything extraction finds in one record.

    Args:
        raw: a record from any reader in ``policytrends.sources``.

    Returns:
        The Analysis: kind, meeting fields when the record reports a meeting, officials
        and the countries named (title included when the text does not repeat it).
    """
    if raw.source == "mofa" and raw.language == "ja":
        from .mofa_ja import analyse_mofa_ja

        return analyse_mofa_ja(raw)
    if raw.source in JAPAN_SOURCES:
        from .mofa import analyse_mofa

        return analyse_mofa(raw)
    if raw.source in US_SOURCES:
        from .us import analyse_us

        return analyse_us(raw)
    text = raw.text or ""
    title = raw.title or ""
    named = title + "\n\n" + text if title and title not in text else text
    if (raw.language or language_of(text)) == "ja":  # a Japanese text of another publisher
        from .countries_ja import countries_in_ja

        return Analysis(kind=raw.kind_hint or "other", countries=tuple(countries_in_ja(named)))
    return Analysis(kind=raw.kind_hint or "other", countries=tuple(countries_in(named)))
