"""Publisher readers: White House, State Department, UN General Debate and plain text."""

from __future__ import annotations

import random
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from fast_path_checks import SETTINGS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from repo_paths import FIXTURES, SAMPLE

from policytrends import sources
from policytrends.errors import SourceError
from policytrends.records import RawRecord, Reject
from policytrends.sources import state, text, ungdc, whitehouse


def read_all(path: Path, rel: str | None = None) -> list[RawRecord | Reject]:
    return list(sources.read(path, rel or path.name))


def only_record(path: Path) -> RawRecord:
    out = read_all(path)
    assert len(out) == 1 and isinstance(out[0], RawRecord), out
    return out[0]


def fmt_of(path: Path) -> str:
    return sources.detect(path.read_bytes()[: sources.HEAD_BYTES], path.name).NAME


# --- White House ---------------------------------------------------------------------------

def test_whitehouse_markdown_with_tags_and_escapes() -> None:
    path = FIXTURES / "whitehouse" / "readout_tags.md"
    assert fmt_of(path) == "whitehouse"
    rec = only_record(path)
    assert rec.source == "whitehouse" and rec.reporting_country == "USA"
    assert rec.title == "Readout of President Biden’s Call with Prime Minister Kishida of Japan"
    assert rec.url.startswith("https://bidenwhitehouse.archives.gov/briefing-room/")
    # 21:40 in Washington on 2 March is 3 March in UTC: the date is the publisher's
    assert rec.published == date(2023, 3, 2)
    assert rec.published_at == datetime.fromisoformat("2023-03-02T21:40:11-05:00")
    assert rec.published_at.utcoffset() == timedelta(hours=-5)
    assert rec.kind_hint == "readout"
    paragraphs = rec.text.split("\n\n")
    assert paragraphs[0].startswith("President Biden spoke today with Prime Minister Kishida")
    # hard-wrapped lines re-joined, emphasis and link syntax gone, link text kept
    assert "a free and open Indo-Pacific and discussed the latest missile launches by the" \
        in paragraphs[0]
    assert "the *interim* figures" in paragraphs[1]
    assert "[updated] plan for snake_case reporting. They will meet again in [May]." \
        in paragraphs[1]
    assert "March" not in paragraphs[1]  # struck-out word
    assert paragraphs[-1] == "Hiroshima, Japan"
    for junk in ("###", "\\", "](", "**", "<s>", "https://example.org"):
        assert junk not in rec.text


def test_whitehouse_markdown_with_category_and_permalink() -> None:
    path = FIXTURES / "whitehouse" / "statement_category.md"
    assert fmt_of(path) == "whitehouse"
    rec = only_record(path)
    assert rec.url == ("https://www.whitehouse.gov/briefing-room/statements-releases/2021/02/05/"
                       "statement-by-the-press-secretary-on-a-fixture-topic/")
    assert rec.published == date(2021, 2, 5)
    assert rec.published_at is None  # a bare date cannot resolve "today" to an instant
    assert rec.kind_hint == "statement"
    assert rec.text.split("\n\n") == [
        "The United States welcomes today's agreement among partners in the Indo-Pacific to "
        "share maritime information.",
        "We will continue to work with the Republic of Korea, Australia and India on these "
        "efforts.",
    ]


def test_whitehouse_markdown_lists_images_and_tag_list() -> None:
    rec = only_record(FIXTURES / "whitehouse" / "fact_sheet_list.md")
    assert rec.kind_hint == "fact_sheet"
    assert rec.text.split("\n\n") == [
        "Today the leaders of Australia, India, Japan and the United States announced the "
        "following:",
        "A new maritime training initiative for partners in the Indian Ocean.",
        "Expanded cooperation on undersea cables in the Pacific.",
        "A numbered item about health security.",
    ]


def test_whitehouse_broken_front_matter_is_a_source_error() -> None:
    path = FIXTURES / "whitehouse" / "broken_front_matter.md"
    with pytest.raises(SourceError) as err:
        read_all(path)
    assert err.value.reason == "malformed_front_matter"
    assert "broken_front_matter.md" in err.value.detail


def test_whitehouse_html_page_drops_furniture() -> None:
    path = FIXTURES / "whitehouse" / "page.html"
    assert fmt_of(path) == "whitehouse"
    rec = only_record(path)
    assert rec.title == ("Readout of President Biden’s Meeting with President Yoon of the "
                         "Republic of Korea")
    assert rec.published == date(2023, 11, 15)
    assert rec.published_at == datetime.fromisoformat("2023-11-15T22:10:05-05:00")
    assert rec.url.endswith("/readout-of-a-fixture-meeting-with-president-yoon/")
    assert rec.kind_hint == "readout" and rec.reporting_country == "USA"
    assert rec.text.split("\n\n") == [
        "President Joseph R. Biden, Jr. met today with President Yoon Suk Yeol of the Republic "
        "of Korea in San Francisco.",
        "The leaders condemned the DPRK’s transfer of munitions to Russia for use against "
        "Ukraine and",
        "reaffirmed their shared vision of a free and open Indo-Pacific.",
    ]
    for junk in ("Share", "Briefing Room", "Pennsylvania", "dataLayer", "###"):
        assert junk not in rec.text


def test_whitehouse_html_page_2025_layout() -> None:
    path = FIXTURES / "whitehouse" / "page_2025.html"
    assert fmt_of(path) == "whitehouse"
    rec = only_record(path)
    assert rec.title == "Readout of a Fixture Call with the Prime Minister of Australia"
    # the time element gives Washington time: 18:15 on 5 February (23:15 UTC)
    assert rec.published == date(2025, 2, 5)
    assert rec.published_at == datetime.fromisoformat("2025-02-05T18:15:00-05:00")
    assert rec.url.startswith("https://www.whitehouse.gov/briefings-statements/2025/02/")
    assert rec.kind_hint == "readout"
    assert rec.text.split("\n\n") == [
        "The President spoke this evening with the Prime Minister of Australia about the AUKUS "
        "partnership and security in the Indo-Pacific.",
        "The two leaders also discussed tariffs on steel and aluminum.",
    ]


def test_whitehouse_listing_page_is_not_a_record() -> None:
    path = FIXTURES / "whitehouse" / "listing.html"
    assert fmt_of(path) == "whitehouse"
    with pytest.raises(SourceError) as err:
        read_all(path)
    assert err.value.reason == "not_a_record" and "listing.html" in err.value.detail


@pytest.mark.parametrize(
    ("title", "section", "kind"),
    [
        ("Readout of National Security Advisor Jake Sullivan’s Meeting", "statements-releases",
         "readout"),
        ("Joint Readout of a Trilateral Call", None, "readout"),
        ("FACT SHEET: Quad Leaders Launch an Initiative", "statements-releases", "fact_sheet"),
        ("Remarks by President Biden Before Bilateral Meeting", "speeches-remarks", "remarks"),
        ("Joint Statement from the Leaders", "statements-releases", "statement"),
        ("Statement by NSC Spokesperson Jane Roe on National Security Advisor John Doe’s Call "
         "with His Counterpart", "statements-releases", "readout"),
        ("Statement by the Press Secretary on the President’s Upcoming Call with a Leader",
         "statements-releases", "announcement"),
        ("Something Else Entirely", "speeches-remarks", "remarks"),
        ("Something Else Entirely", None, None),
    ],
)
def test_whitehouse_kind_hint(title: str, section: str | None, kind: str | None) -> None:
    assert whitehouse.kind_hint(title, section) == kind


# --- State Department ----------------------------------------------------------------------

def test_state_rss_items_scripts_bylines_and_bad_items() -> None:
    path = FIXTURES / "state" / "feed.rss"
    assert fmt_of(path) == "state"
    out = read_all(path)
    records = [r for r in out if isinstance(r, RawRecord)]
    rejects = [r for r in out if isinstance(r, Reject)]
    assert [r.item for r in records] == [
        "https://www.state.gov/?page_id=900001",
        "https://www.state.gov/?page_id=900004",
        "https://www.state.gov/?page_id=900005",
    ]
    call = records[0]
    assert call.title == "Secretary Blinken’s Call with Republic of Korea Foreign Minister Park"
    assert call.url == "https://www.state.gov/secretary-blinkens-call-with-a-fixture-minister/"
    # 02:30 UTC on 3 March is the evening of 2 March in Washington
    assert call.published == date(2023, 3, 2)
    assert call.published_at == datetime.fromisoformat("2023-03-03T02:30:00+00:00")
    assert call.kind_hint == "readout" and call.reporting_country == "USA"
    assert call.text.split("\n\n") == [
        "Secretary of State Antony J. Blinken spoke today with Republic of Korea Foreign "
        "Minister Park Jin about the DPRK’s latest ballistic missile launch.",
        "The Secretary and the Foreign Minister agreed to deepen trilateral cooperation with "
        "Japan in the Indo-Pacific.",
    ]
    remarks = records[1]
    assert remarks.kind_hint == "remarks"
    assert remarks.text.split("\n\n")[0] == "New Delhi, India"  # speaker bylines dropped
    statement = records[2]  # no content:encoded: the description is the body
    assert statement.text == ("The United States congratulates the people of Ghana on their "
                              "anniversary.")
    assert {(r.reason, r.item) for r in rejects} == {
        ("missing_guid", "#2"),
        ("no_text", "https://www.state.gov/?page_id=900003"),
    }
    for rej in rejects:
        assert rej.path == "feed.rss" and "feed.rss" in rej.detail
    assert "An Item Without a Guid" in next(r for r in rejects if r.reason == "missing_guid").detail


def test_state_rss_external_entity_reads_no_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    feed = (FIXTURES / "state" / "feed.rss").read_text(encoding="utf-8")
    head, rest = feed.split("<rss", 1)
    doctype = (f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">'
               '<!ENTITY big "&xxe;&xxe;&xxe;">]>\n')
    rest = rest.replace("Call with Republic", "Call &xxe; &big; with Republic", 1)
    rest = rest.replace("<p>Office", "<p>&xxe;</p><p>Office", 1)
    path = tmp_path / "feed.rss"
    path.write_text(head + doctype + "<rss" + rest, encoding="utf-8")
    out = read_all(path)
    records = [r for r in out if isinstance(r, RawRecord)]
    assert len(records) == 3
    for rec in records:
        assert "TOP-SECRET" not in rec.text and "TOP-SECRET" not in (rec.title or "")
    assert records[0].title == ("Secretary Blinken’s Call with Republic of Korea Foreign "
                                "Minister Park")
    assert any("entity" in w for w in records[0].warnings)


def test_state_deeply_nested_item_rejects_that_item_only(tmp_path: Path) -> None:
    feed = (FIXTURES / "state" / "feed.rss").read_text(encoding="utf-8")
    deep = "<div>" * 5000 + "deep" + "</div>" * 5000
    feed = feed.replace("<p>Penny Wong, Australian Foreign Minister</p>", deep, 1)
    path = tmp_path / "deep.rss"
    path.write_text(feed, encoding="utf-8")
    out = read_all(path)
    records = [r.item for r in out if isinstance(r, RawRecord)]
    rejects = {r.item: r.reason for r in out if isinstance(r, Reject)}
    assert "https://www.state.gov/?page_id=900001" in records
    assert "https://www.state.gov/?page_id=900005" in records
    assert rejects["https://www.state.gov/?page_id=900004"] == "too_deep"


def test_state_item_with_unreadable_pubdate_keeps_its_text(tmp_path: Path) -> None:
    feed = (FIXTURES / "state" / "feed.rss").read_text(encoding="utf-8")
    path = tmp_path / "feed.rss"
    path.write_text(feed.replace("Fri, 03 Mar 2023 02:30:00 +0000</pubDate>",
                                 "sometime in March</pubDate>", 1), encoding="utf-8")
    first = read_all(path)[0]
    assert isinstance(first, RawRecord) and first.text
    assert first.published is None and first.published_at is None  # never invented
    assert any("pubDate" in w for w in first.warnings)


def test_state_malformed_feed_is_a_source_error() -> None:
    path = FIXTURES / "state" / "truncated.rss"
    assert fmt_of(path) == "state"
    with pytest.raises(SourceError) as err:
        read_all(path)
    assert err.value.reason == "malformed_xml"
    assert "truncated.rss" in err.value.detail


def test_state_html_page() -> None:
    path = FIXTURES / "state" / "page.html"
    assert fmt_of(path) == "state"
    rec = only_record(path)
    assert rec.title == "Secretary Blinken’s Meeting with Philippine Foreign Secretary Manalo"
    assert rec.url == "https://www.state.gov/secretary-blinkens-meeting-with-a-fixture-secretary/"
    assert rec.published == date(2023, 4, 11)
    assert rec.published_at == datetime.fromisoformat("2023-04-11T20:15:00+00:00")
    assert rec.kind_hint == "readout"
    assert rec.text.split("\n\n") == [
        "Secretary of State Antony J. Blinken met today with Philippine Foreign Secretary "
        "Enrique Manalo in Washington.",
        "They discussed freedom of navigation in the South China Sea and close coordination "
        "with Japan in a free and open Indo-Pacific.",
    ]


def test_state_html_page_with_visible_date_only() -> None:
    rec = only_record(FIXTURES / "state" / "page_visible_date.html")
    assert rec.published == date(2022, 6, 5) and rec.published_at is None
    assert rec.kind_hint == "announcement"
    assert rec.text == ("Deputy Secretary of State Wendy Sherman will travel to Seoul and Tokyo "
                        "next week to discuss the DPRK.")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Secretary Blinken’s Meeting with a Foreign Minister", "readout"),
        ("Deputy Secretary Sherman’s Call with a Deputy Foreign Minister", "readout"),
        ("U.S.-Japan Senior Officials Meeting", "readout"),
        ("Secretary Antony J. Blinken and a Foreign Minister Before Their Meeting", "remarks"),
        ("Secretary Antony J. Blinken at a Press Availability", "remarks"),
        ("Deputy Secretary Sherman’s Travel to Three Capitals", "announcement"),
        ("National Day of a Country", "statement"),
    ],
)
def test_state_kind_hint(title: str, kind: str) -> None:
    assert state.kind_hint(title) == kind


def test_state_strip_bylines_keeps_text() -> None:
    paragraphs = ["Office of the Spokesperson", "Office of the Spokesperson met partners."]
    assert state.strip_bylines(paragraphs) == ["Office of the Spokesperson met partners."]


# --- UN General Debate ---------------------------------------------------------------------

def test_ungdc_speech_from_file_name() -> None:
    path = FIXTURES / "ungdc" / "NZL_77_2022.txt"
    assert fmt_of(path) == "ungdc"
    rec = only_record(path)
    assert (rec.source, rec.reporting_country, rec.year, rec.kind_hint) == \
        ("ungdc", "NZL", 2022, "speech")
    assert rec.published is None and rec.published_at is None and rec.title is None
    assert rec.text.split("\n\n")[:2] == [
        "Mr. President,", "I bring greetings from a small country in a large ocean."]
    assert len(rec.text.split("\n\n")) == 6


def test_ungdc_grouping_code_bom_and_crlf() -> None:
    rec = only_record(FIXTURES / "ungdc" / "EU_78_2023.txt")
    assert (rec.reporting_country, rec.year) == ("EU", 2023)
    assert rec.text == ("Mr. President,\n\nA speech saved with a byte order mark and Windows "
                        "line ends.")


def test_ungdc_name_with_markup_is_not_a_speech() -> None:
    path = FIXTURES / "ungdc" / "ABC_12_1999.txt"
    assert fmt_of(path) == "text"
    assert only_record(path).text == "Named like a speech but it is a web page."


def test_detection_is_by_content_not_folder(tmp_path: Path) -> None:
    """A White House file in a folder called ungdc is still White House, and vice versa."""
    (tmp_path / "ungdc").mkdir()
    (tmp_path / "wh_briefings").mkdir()
    shutil.copy(FIXTURES / "whitehouse" / "readout_tags.md", tmp_path / "ungdc" / "a.md")
    shutil.copy(FIXTURES / "ungdc" / "NZL_77_2022.txt", tmp_path / "wh_briefings")
    assert fmt_of(tmp_path / "ungdc" / "a.md") == "whitehouse"
    assert fmt_of(tmp_path / "wh_briefings" / "NZL_77_2022.txt") == "ungdc"


def test_text_quoting_feed_markup_is_not_a_feed(tmp_path: Path) -> None:
    """A note that quotes an RSS feed from state.gov is text, not a feed."""
    path = tmp_path / "NOTES.md"
    path.write_text("# Notes on the feeds\n\nThe feed at https://www.state.gov/rss-feed/ "
                    "starts with `<?xml version=\"1.0\"?><rss version=\"2.0\">`.\n")
    assert fmt_of(path) == "text"
    assert only_record(path).title == "Notes on the feeds"


def test_saved_page_mark_identifies_the_site(tmp_path: Path) -> None:
    page = (FIXTURES / "state" / "page_visible_date.html").read_text(encoding="utf-8")
    page = page.replace("United States Department of State", "Press release")
    page = page.replace('<meta property="og:url"', '<meta property="og:other"')
    path = tmp_path / "saved.html"
    path.write_text(page, encoding="utf-8")
    assert fmt_of(path) == "text"
    path.write_text("<!-- saved from url=(0048)https://www.state.gov/deputy-secretary-travel/ -->\n"
                    + page, encoding="utf-8")
    assert fmt_of(path) == "state"


# --- text fallback -------------------------------------------------------------------------

def test_text_plain_markdown_and_html() -> None:
    notes = only_record(FIXTURES / "text" / "notes.txt")
    assert notes.source == "text" and notes.reporting_country is None
    assert notes.text.split("\n\n")[1] == ("The speakers compared how Japan and Australia "
                                           "describe the Indo-Pacific in their white papers.")
    md = only_record(FIXTURES / "text" / "briefing.md")
    assert fmt_of(FIXTURES / "text" / "briefing.md") == "text"
    assert md.title == "Internal Briefing on ASEAN Outreach"
    assert md.published == date(2022, 11, 12)
    assert md.text.split("\n\n")[1] == "Staff prepared talking points for the ASEAN summit in " \
        "Phnom Penh."
    page = only_record(FIXTURES / "text" / "article.html")
    assert page.title == "Why the Quad Matters"
    assert page.text.split("\n\n") == [
        "The Quad brings together Australia, India, Japan and the United States.",
        "Its members meet at summit level every year.",
    ]


@pytest.mark.parametrize(("name", "reason"), [("empty.txt", "empty"), ("binary.txt", "binary")])
def test_text_unreadable_files(name: str, reason: str) -> None:
    with pytest.raises(SourceError) as err:
        read_all(FIXTURES / "text" / name)
    assert err.value.reason == reason and name in err.value.detail


def test_text_html_with_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><nav>\x05Menu</nav>\x19<p>Tokyo\x01 talks\x0b</p>"
                    "<script>x()</script>\x14</body></html>")
    assert only_record(path).text == "Tokyo talks"


def test_text_cp1252_fallback_warns() -> None:
    rec = only_record(FIXTURES / "text" / "cp1252.txt")
    assert rec.text == "Café au lait in Paris"
    assert any("cp1252" in w for w in rec.warnings)


def test_unsupported_file_is_a_source_error(tmp_path: Path) -> None:
    path = tmp_path / "LICENSE"
    path.write_text("Some licence text")
    with pytest.raises(SourceError) as err:
        read_all(path)
    assert err.value.reason == "unsupported_format" and "LICENSE" in err.value.detail


# --- the bundled sample --------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["whitehouse", "state", "ungdc", "text"])
def test_sample_records_read_as_their_format(fmt: str) -> None:
    files = sorted(p for p in (SAMPLE / fmt).iterdir() if p.is_file()) \
        if (SAMPLE / fmt).is_dir() else []
    if not files:
        pytest.skip(f"no sample records for {fmt}")
    for path in files:
        assert fmt_of(path) == fmt, path
        records = [r for r in read_all(path) if isinstance(r, RawRecord)]
        assert records and all(r.text for r in records)
        assert len(records) == len(read_all(path)), f"{path}: sample has rejects"


# --- the real corpora (../shared) ----------------------------------------------------------

@pytest.mark.corpus
def test_real_whitehouse_files(shared: Path) -> None:
    files = sorted((shared / "corpus" / "wh_briefings").rglob("*.md"))
    for path in random.Random(2).sample(files, 20):
        rel = str(path.relative_to(shared))
        assert fmt_of(path) == "whitehouse", rel
        (rec,) = list(sources.read(path, rel))
        assert isinstance(rec, RawRecord), rec
        assert rec.text.strip() and rec.title and rec.reporting_country == "USA"
        for junk in ("<script", "###", "\\_", "]("):
            assert junk not in rec.text, (rel, junk)
        assert rec.url.startswith("https://") and "whitehouse" in rec.url
        assert rec.published is not None and rec.published_at.tzinfo is not None
        assert rec.published == rec.published_at.date()  # the file's offset is Washington's


@pytest.mark.corpus
def test_real_state_snapshots(shared: Path) -> None:
    files = sorted((shared / "corpus" / "state_dept_pr_rss" / "snapshots").glob("*/data.rss"))
    for path in random.Random(3).sample(files, 5):
        rel = str(path.relative_to(shared))
        assert fmt_of(path) == "state", rel
        out = list(sources.read(path, rel))
        assert len(out) == path.read_bytes().count(b"<item>") and out
        for rec in out:
            assert isinstance(rec, RawRecord), rec
            assert rec.text.strip() and "<script" not in rec.text and "jQuery" not in rec.text
            assert not rec.text.startswith("Office of the Spokesperson")
            assert rec.item.startswith("https://www.state.gov/?")
            assert rec.url.startswith("https://www.state.gov/")
            assert rec.published is not None and rec.published_at.tzinfo is not None


@pytest.mark.corpus
def test_real_ungdc_speech(shared: Path) -> None:
    path = shared / "corpus" / "ungdc" / "TXT" / "Session 76 - 2021" / "JPN_76_2021.txt"
    rec = only_record(path)
    assert (rec.source, rec.reporting_country, rec.year, rec.published) == \
        ("ungdc", "JPN", 2021, None)
    assert rec.text.startswith("Mr. President,")
    readme = shared / "corpus" / "ungdc" / "README.txt"
    assert fmt_of(readme) == "text"


def test_formats_registry_order() -> None:
    names = [f.NAME for f in sources.FORMATS]
    assert names[0] == "ungdc" and names[-1] == "text"
    assert {whitehouse.NAME, state.NAME, ungdc.NAME, text.NAME} <= set(names)


# --- bad input never crashes a reader ------------------------------------------------------

_SEEDS = [
    FIXTURES / "whitehouse" / "readout_tags.md",
    FIXTURES / "whitehouse" / "page.html",
    FIXTURES / "state" / "feed.rss",
    FIXTURES / "state" / "page.html",
    FIXTURES / "ungdc" / "NZL_77_2022.txt",
]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.sampled_from(_SEEDS), cut=st.floats(0, 1), junk=st.binary(max_size=40),
       at=st.floats(0, 1))
def test_damaged_files_give_records_or_source_errors(tmp_path: Path, seed: Path, cut: float,
                                                      junk: bytes, at: float) -> None:
    """A truncated or corrupted publisher file ends as records, rejects or a SourceError."""
    data = seed.read_bytes()
    data = data[: int(len(data) * cut)]
    pos = int(len(data) * at)
    path = tmp_path / seed.name
    path.write_bytes(data[:pos] + junk + data[pos:])
    try:
        out = list(sources.read(path, seed.name))
    except SourceError as exc:
        assert seed.name in exc.detail
        return
    for rec in out:
        assert isinstance(rec, (RawRecord, Reject))
        if isinstance(rec, RawRecord):
            assert rec.text.strip() and "<script" not in rec.text


HEAD_PIECES = [b"<html>", b"<head>", b"<title>", b"</title>", b" ", b"\n", b"|", b"The White House",
               b"the WHITE house", b"White  House", b'content="', b'"', b"og:url", b"https://",
               b"www.whitehouse.gov/", b"WhiteHouse.archives.gov/", b'rel="canonical"',
               b"saved from url=(0042)", b"state.gov/", b"x", b">", b'content="The White House"',
               b"| the White House </TITLE>", b"| The White Houses</title>"]


@SETTINGS
@given(head=st.lists(st.sampled_from(HEAD_PIECES), max_size=14).map(b"".join))
def test_white_house_page_test_skips_only_pages_without_a_sign(head: bytes) -> None:
    from policytrends.sources import whitehouse

    html = b"<html>" + head
    plain = bool(whitehouse.PAGE_SIGNS.search(html))
    assert (whitehouse._may_sign(html) and plain) == plain
    assert whitehouse.detect(html, "page.html") == (
        whitehouse.markup_root(html) == "html" and plain)


@SETTINGS
@given(text=st.lists(st.sampled_from(["Ned", "Price", ",", " ", "  ", "-", "_", "é", "Spokesperson",
                                      "Office", "of", "the", ".", "\n", "A1"]), max_size=30
                     ).map("".join),
       creator=st.lists(st.sampled_from(["Ned Price", ", ", "Spokesperson", "Office of the",
                                         " ", "_", "A1"]), max_size=5).map("".join))
def test_byline_key_test_on_a_prefix_is_the_whole_key_test(text: str, creator: str) -> None:
    from policytrends.sources import state

    key = f" {state._key(creator)} "
    assert state._in_key(text, key) == (f" {state._key(text)} " in key)
