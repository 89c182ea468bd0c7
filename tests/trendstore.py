"""A small hand-written store for the trends, plots, report and notebook tests.

Rows are built directly (not by the parsers), so the expected counts in the tests follow
from the records below, read by a person.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from policytrends import events
from policytrends.records import FileResult, make_record_id
from policytrends.store import FileSig, Store


@dataclass
class Rec:
    """One record: its text, the phrases that evidence each theme, an optional meeting."""

    source: str
    path: str
    text: str
    themes: dict[str, list[str]] = field(default_factory=dict)
    title: str | None = None
    published: date | None = None
    year: int | None = None
    meeting: dict | None = None  # date, mode, level, counterparts
    item: str | None = None
    duplicate_of: str | None = None  # path of the record this one repeats
    reporting_country: str = "USA"
    language: str | None = None
    # officials at the table: (side, country, name, family_name or None, title)
    people: list[tuple[str, str, str, str | None, str]] = field(default_factory=list)

    @property
    def record_id(self) -> str:
        return make_record_id(self.source, self.path, self.item)


def _rows(rec: Rec, ids: dict[str, str]) -> dict[str, list[dict]]:
    rid = rec.record_id
    tables: dict[str, list[dict]] = {"documents": [], "meetings": [], "topics": [],
                                     "mentions": [], "counterparts": [], "countries": []}
    tables["documents"].append({
        "record_id": rid, "source": rec.source, "path": rec.path, "item": rec.item,
        "url": f"https://example.org/{rec.path}", "title": rec.title,
        "published": rec.published,
        "year": rec.published.year if rec.published else rec.year,
        "kind": "meeting" if rec.meeting else "statement",
        "reporting_country": rec.reporting_country, "language": rec.language,
        "text": rec.text,
        "content_sha256": hashlib.sha256(rec.text.encode()).hexdigest(),
        "duplicate_of": ids[rec.duplicate_of] if rec.duplicate_of else None,
        "warnings": [],
    })
    if rec.meeting is not None:
        m = rec.meeting
        tables["meetings"].append({
            "record_id": rid, "date": m.get("date"), "date_note": None,
            "mode": m.get("mode"), "level": m.get("level"),
            "parties": 1 + len(m.get("counterparts", [])),
            "reporting_country": rec.reporting_country,
            "counterpart_countries": list(m.get("counterparts", [])),
            "location_country": None, "start_local": None, "duration_min": None,
        })
    for side, country, name, family, title in rec.people:
        tables["counterparts"].append({"record_id": rid, "side": side, "country": country,
                                       "name": name, "family_name": family, "title": title})
    for theme, phrases in sorted(rec.themes.items()):
        tables["topics"].append({"record_id": rid, "theme": theme, "mentions": len(phrases)})
        pos = 0
        for phrase in phrases:
            start = rec.text.index(phrase, pos)
            pos = start + len(phrase)
            tables["mentions"].append({"record_id": rid, "theme": theme, "start": start,
                                       "end": start + len(phrase), "matched": phrase})
    return tables


def write_store(root: Path, records: list[Rec]) -> Path:
    """Write `records` as a committed store at `root` (events linked, as ingest does);
    return `root`."""
    ids = {r.path: r.record_id for r in records}
    with Store(root).open_writer() as writer:
        writer.derivers.append(events.derive)
        for n, rec in enumerate(records):
            sig = FileSig(rec.path + (rec.item or ""), len(rec.text), n, str(n))
            writer.add(sig, FileResult(path=rec.path, tables=_rows(rec, ids)))
        writer.commit()
    return root


FOIP = "a free and open Indo-Pacific"
NK = "North Korea's missile launches"
CHINA = "China's coercion"
UKR = "Russia's war against Ukraine"


def sample_records() -> list[Rec]:
    """Twelve records, 2021-2022, four sources; counts are worked out in test_trends.py."""
    mt = "in_person"
    return [
        Rec("whitehouse", "wh/2021-01-20-jpn.md",
            f"The leaders affirmed {FOIP}. They discussed {NK}.",
            {"foip": [FOIP], "indo_pacific": [FOIP], "north_korea": [NK]},
            title="Readout of a call with Japan", published=date(2021, 1, 21),
            meeting={"date": date(2021, 1, 20), "mode": "telephone", "level": "summit",
                     "counterparts": ["JPN"]}),
        Rec("whitehouse", "wh/2021-01-28-kor.md",
            f"The two sides condemned {NK} and again condemned {NK}.",
            {"north_korea": [NK, NK]}, title="Readout of a meeting with Korea",
            published=date(2021, 1, 28),
            meeting={"date": date(2021, 1, 27), "mode": mt, "level": "ministerial",
                     "counterparts": ["KOR", "JPN"]}),
        Rec("whitehouse", "wh/2021-03-02-statement.md",
            f"The United States stands for {FOIP} and opposes {CHINA}.",
            {"foip": [FOIP], "indo_pacific": [FOIP], "china": [CHINA]},
            title="Statement on the region", published=date(2021, 3, 2)),
        Rec("state", "state/data.rss", f"The Secretary spoke about {CHINA}.",
            {"china": [CHINA]}, title="Secretary's call with Australia",
            published=date(2021, 3, 15), item="g1",
            meeting={"date": None, "mode": "telephone", "level": "ministerial",
                     "counterparts": ["AUS"]}),
        Rec("state", "state/data2.rss", f"The Secretary spoke about {CHINA}.",
            {"china": [CHINA]}, title="Secretary's call with Australia",
            published=date(2021, 3, 15), item="g1b", duplicate_of="state/data.rss"),
        Rec("state", "state/data3.rss", "A statement on budget matters.", {},
            title="Budget statement", published=date(2021, 5, 3), item="g2"),
        Rec("mofa", "mofa/page1.html",
            f"The ministers confirmed {FOIP} and discussed {UKR}.",
            {"foip": [FOIP], "indo_pacific": [FOIP], "russia_ukraine": [UKR]},
            title="Japan-India Foreign Ministers' Meeting", published=date(2022, 2, 10),
            reporting_country="JPN",
            meeting={"date": date(2022, 2, 9), "mode": mt, "level": "ministerial",
                     "counterparts": ["IND"]}),
        Rec("mofa", "mofa/page2.html", f"They exchanged views on {NK}.",
            {"north_korea": [NK]}, title="<script>alert(1)</script> Vice-Ministerial talk",
            published=date(2022, 4, 1), reporting_country="JPN",
            meeting={"date": date(2022, 3, 31), "mode": "video", "level": "other",
                     "counterparts": ["KOR"]}),
        Rec("whitehouse", "wh/2022-05-23-jpn.md",
            f"They reaffirmed {FOIP}, condemned {UKR} and {NK}.",
            {"foip": [FOIP], "indo_pacific": [FOIP], "russia_ukraine": [UKR],
             "north_korea": [NK]},
            title="Readout of the meeting with Japan", published=date(2022, 5, 23),
            meeting={"date": date(2022, 5, 23), "mode": mt, "level": "summit",
                     "counterparts": ["JPN"]}),
        Rec("ungdc", "ungdc/JPN_76_2021.txt", f"Japan will work for {FOIP}.",
            {"foip": [FOIP], "indo_pacific": [FOIP]}, year=2021, reporting_country="JPN"),
        Rec("ungdc", "ungdc/KOR_77_2022.txt", f"We are concerned by {NK}.",
            {"north_korea": [NK]}, year=2022, reporting_country="KOR"),
        Rec("whitehouse", "wh/2022-06-30-statement.md", f"We reject {CHINA}.",
            {"china": [CHINA]}, title="Statement", published=date(2022, 6, 30)),
    ]


BIDEN = ("reporting", "USA", "Joseph R. Biden", "Biden", "President")
HAYASHI = ("reporting", "JPN", "HAYASHI Yoshimasa", "HAYASHI", "Minister for Foreign Affairs")


def named_records() -> list[Rec]:
    """Meetings with their officials, names spelt as each publisher spells them."""
    summit, minister = "summit", "ministerial"

    def meet(source: str, path: str, day: date, mode: str, level: str, counterparts: list[str],
             people: list[tuple[str, str, str, str | None, str]], reporting: str = "USA",
             duplicate_of: str | None = None) -> Rec:
        path = f"people/{path}"  # apart from sample_records' paths: both may share a store
        return Rec(source, path, f"They affirmed {FOIP}.", {"foip": [FOIP]},
                   title=f"Meeting of {day}", published=day, reporting_country=reporting,
                   meeting={"date": day, "mode": mode, "level": level,
                            "counterparts": counterparts},
                   people=people,
                   duplicate_of=f"people/{duplicate_of}" if duplicate_of else None)

    kishida = ("counterpart", "JPN", "Fumio Kishida", "Kishida", "Prime Minister")
    return [
        meet("whitehouse", "wh/2022-05-23-jpn.md", date(2022, 5, 23), "in_person", summit,
             ["JPN"], [BIDEN, kishida]),
        meet("whitehouse", "wh/2022-05-23-jpn-copy.md", date(2022, 5, 23), "in_person", summit,
             ["JPN"], [BIDEN, kishida], duplicate_of="wh/2022-05-23-jpn.md"),
        meet("mofa", "mofa/2022-05-23-usa.html", date(2022, 5, 23), "in_person", summit,
             ["USA"], [("reporting", "JPN", "KISHIDA Fumio", "KISHIDA", "Prime Minister"),
                       ("counterpart", "USA", "Joseph R. BIDEN", "BIDEN", "President")],
             reporting="JPN"),
        meet("whitehouse", "wh/2023-01-13-jpn.md", date(2023, 1, 13), "telephone", summit,
             ["JPN"], [BIDEN, ("counterpart", "JPN", "Fumio Kishída", None,
                               "Prime Minister")]),
        meet("whitehouse", "wh/2022-05-21-kor.md", date(2022, 5, 21), "in_person", summit,
             ["KOR"], [BIDEN, ("counterpart", "KOR", "Yoon Suk Yeol", "Yoon", "President")]),
        meet("mofa", "mofa/2022-07-08-aus.html", date(2022, 7, 8), "in_person", minister,
             ["AUS"], [HAYASHI, ("counterpart", "AUS", "Penny Wong", "Wong",
                                 "Foreign Minister")], reporting="JPN"),
        meet("mofa", "mofa/2022-09-21-aus.html", date(2022, 9, 21), "video", minister,
             ["AUS"], [HAYASHI, ("counterpart", "AUS", "Penny WONG", "WONG",
                                 "Foreign Minister")], reporting="JPN"),
        meet("mofa", "mofa/2022-09-05-ind.html", date(2022, 9, 5), "in_person", minister,
             ["IND"], [HAYASHI, ("counterpart", "IND", "Subrahmanyam Jaishankar",
                                 "Jaishankar", "Minister of External Affairs")],
             reporting="JPN"),
        meet("mofa", "mofa/2023-03-01-eu.html", date(2023, 3, 1), "telephone", minister,
             ["EU"], [HAYASHI, ("counterpart", "EU", "Josep Borrell", "Borrell",
                                "High Representative")], reporting="JPN"),
        meet("state", "state/2022-06-01-kor.md", date(2022, 6, 1), "telephone", minister,
             ["KOR"], [("reporting", "USA", "Antony J. Blinken", "Blinken", "Secretary"),
                       ("counterpart", "KOR", "Park Jin", "Park", "Foreign Minister")]),
    ]
