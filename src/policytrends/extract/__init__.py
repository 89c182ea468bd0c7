"""RawRecord -> Analysis: kind, meeting fields, officials, countries named.

Publisher-specific phrasing lives in rule tables beside this module.
"""

from __future__ import annotations

from ..records import Analysis, RawRecord


def analyse(raw: RawRecord) -> Analysis:
    """Everything extraction finds in one record (placeholder until extractors land)."""
    if raw.source == "mofa":
        from .mofa import analyse_mofa

        return analyse_mofa(raw)
    return Analysis(kind=raw.kind_hint or "other")
