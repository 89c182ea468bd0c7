"""One White House / State readout run through extraction, for the US layout tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from policytrends.extract import analyse
from policytrends.records import Analysis, RawRecord

EDT = timezone(timedelta(hours=-4))


def run(title: str, text: str, source: str = "whitehouse",
        when: datetime = datetime(2023, 5, 10, 18, 0, tzinfo=EDT)) -> Analysis:
    """The analysis of a US record with this title and text, published at ``when``."""
    return analyse(RawRecord(source=source, path="t.md", item=None, text=text, title=title,
                             published=when.date(), published_at=when,
                             reporting_country="USA"))


def names(a: Analysis) -> dict[str, str | None]:
    """Each participant's family name and country."""
    return {p.family_name or "": p.country for p in a.participants}
