"""Benchmark corpora: N records recombined from real ones, in every supported format.

Paragraphs of real records (``../shared/corpus`` when present, else ``data/sample``) are
recombined into new, distinct files, so that parsing, extraction and tagging do real work
on realistic text. A corpus is a sequence of blocks of 40 records; block ``b`` is a pure
function of ``(seed, b)``, so the same call always writes the same bytes and "add 1% new
files" is simply more blocks (``--first-block``).

Each block writes (records in brackets):
    12 White House Markdown files with YAML front matter   (12)
     1 State Department RSS feed with 10 items              (10)
     6 UN General Debate speeches ISO3_SESSION_YEAR.txt     (6)
     6 MOFA-like text captures (category, date, lead, numbered points, "Back to")  (6)
     3 saved whitehouse.gov HTML pages, 3 saved state.gov HTML pages  (6)

usage: python benchmarks/generate.py --records 10000 --out benchmarks/work/corpus-10000
"""

from __future__ import annotations

import argparse
import html
import json
import pickle
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "data" / "sample"
BLOCK_RECORDS = 40
BLOCKS_PER_DIR = 32  # about 1,000 files per folder
RSS_ITEMS = 10
MATERIAL_VERSION = 4  # bump when the material extraction changes (invalidates the cache)

# Formats in a block: (kind, files, records per file)
BLOCK_LAYOUT: tuple[tuple[str, int, int], ...] = (
    ("wh_md", 12, 1),
    ("state_rss", 1, RSS_ITEMS),
    ("ungdc", 6, 1),
    ("mofa_txt", 6, 1),
    ("wh_html", 3, 1),
    ("state_html", 3, 1),
)
assert sum(n * k for _, n, k in BLOCK_LAYOUT) == BLOCK_RECORDS

# Categories of formats, for per-format throughput figures.
FORMAT_CLASS = {
    "wh_md": "text/Markdown",
    "ungdc": "text/Markdown",
    "mofa_txt": "text/Markdown",
    "state_rss": "HTML/RSS",
    "wh_html": "HTML/RSS",
    "state_html": "HTML/RSS",
}

# Small vocabularies for MOFA-like leads (public office titles, not copied text).
ISO3 = (
    "AFG ALB DZA AND AGO ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA "
    "BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE "
    "PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA "
    "GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN "
    "KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX "
    "FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG "
    "PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE "
    "SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR "
    "TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE"
).split()
COUNTERPARTS: tuple[tuple[str, str, str], ...] = (
    ("Australia", "Minister for Foreign Affairs", "Senator the Hon. Penny Wong"),
    ("the United States of America", "Secretary of State", "the Honorable Antony Blinken"),
    ("the Republic of Korea", "Minister of Foreign Affairs", "H.E. Mr. PARK Jin"),
    ("India", "Minister of External Affairs", "Dr. S. Jaishankar"),
    ("the United Kingdom", "Foreign Secretary", "the Rt. Hon. James Cleverly"),
    ("France", "Minister for Europe and Foreign Affairs", "Ms. Catherine Colonna"),
    ("Germany", "Federal Minister for Foreign Affairs", "Ms. Annalena Baerbock"),
    ("Ukraine", "Minister for Foreign Affairs", "Mr. Dmytro KULEBA"),
    ("Viet Nam", "Minister of Foreign Affairs", "H.E. Mr. Bui Thanh Son"),
    ("the Philippines", "Secretary of Foreign Affairs", "Mr. Enrique Manalo"),
    ("Indonesia", "Minister for Foreign Affairs", "H.E. Ms. Retno Marsudi"),
    ("Canada", "Minister of Foreign Affairs", "the Honourable Melanie Joly"),
)
JAPAN_FMS = (
    "Mr. HAYASHI Yoshimasa", "Ms. KAMIKAWA Yoko", "Mr. MOTEGI Toshimitsu", "Mr. IWAYA Takeshi",
)
MEETING_KINDS = (
    "Foreign Ministers' Meeting", "Japan-{c} Foreign Ministers' Telephone Talk",
    "working lunch", "video teleconference meeting", "bilateral meeting",
)
CAPTIONS = (
    "Two foreign ministers shaking hands", "(Photo)", "The ministers at the meeting table",
    "(Photo: Cabinet Public Relations Office)", "Photo session before the meeting",
)
MONTHS = ("January February March April May June July August September October November "
          "December").split()


@dataclass
class Material:
    """Paragraph pools taken from real records, per publisher."""

    wh_paras: list[str] = field(default_factory=list)  # Markdown blocks, line breaks kept
    wh_titles: list[str] = field(default_factory=list)
    state_paras: list[str] = field(default_factory=list)  # raw "<p ...>...</p>" lines
    state_titles: list[str] = field(default_factory=list)
    un_lines: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)  # readout sentences for MOFA points
    origin: str = ""

    def check(self) -> None:
        for name in ("wh_paras", "wh_titles", "state_paras", "state_titles", "un_lines",
                     "sentences"):
            if not getattr(self, name):
                raise SystemExit(f"generate: no {name} found in {self.origin}")


# -- material ----------------------------------------------------------------------------
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_P_LINE = re.compile(r"^<p[ >].*</p>$")
_TAG = re.compile(r"<[^>]+>")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_SPEAKER = re.compile(r"\b[A-Z][A-Z .']+:|\?|\bI\b|\(|QUESTION")  # transcripts, not readouts
_READOUT = re.compile(r"Meeting|Call|Readout|Statement|Trilateral", re.I)


def _md_parts(text: str) -> tuple[str | None, list[str]]:
    title = None
    m = _FRONT.match(text)
    if m:
        try:
            front = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            front = None
        if isinstance(front, dict) and isinstance(front.get("title"), str):
            title = " ".join(front["title"].replace("\u00a0", " ").split())
        text = text[m.end():]
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]
    return title, paras


def _rss_items(text: str) -> Iterator[tuple[str, list[str]]]:
    for item in re.findall(r"<item>(.*?)</item>", text, re.S):
        title = re.search(r"<title>(.*?)</title>", item, re.S)
        body = re.search(r"<content:encoded><!\[CDATA\[(.*?)\]\]>", item, re.S)
        if not (title and body):
            continue
        paras = [ln.strip() for ln in body.group(1).splitlines() if _P_LINE.match(ln.strip())
                 and len(_TAG.sub("", ln)) > 40]
        yield html.unescape(title.group(1).strip()), paras


def _sentences(paragraph: str) -> list[str]:
    flat = html.unescape(_TAG.sub("", paragraph)).replace("\n", " ")
    return [s.strip() for s in _SENT.split(flat)
            if 60 <= len(s.strip()) <= 400 and not _SPEAKER.search(s)]


def load_material(shared: Path = SHARED, sample: Path = SAMPLE) -> Material:
    """Paragraph pools from the shared corpus, or from data/sample when it is absent."""
    corpus = shared / "corpus"
    mat = Material()
    if (corpus / "wh_briefings").is_dir():
        mat.origin = str(corpus)
        for f in sorted((corpus / "wh_briefings").rglob("*.md")):
            title, paras = _md_parts(f.read_text(encoding="utf-8", errors="replace"))
            mat.wh_titles += [title] if title else []
            mat.wh_paras += paras
            if "readout" in f.name:
                for p in paras:
                    mat.sentences += _sentences(p)
        seen: set[str] = set()
        for f in sorted((corpus / "state_dept_pr_rss").rglob("*.rss")):
            for title, paras in _rss_items(f.read_text(encoding="utf-8", errors="replace")):
                if title in seen:
                    continue
                seen.add(title)
                mat.state_titles.append(title)
                mat.state_paras += paras
                if _READOUT.search(title):
                    for p in paras:
                        mat.sentences += _sentences(p)
        for f in sorted((corpus / "ungdc").rglob("*_*_*.txt")):
            lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
            mat.un_lines += [ln.strip() for ln in lines if len(ln.strip()) > 40]
    else:  # no shared corpus: every format draws on the sample's paragraphs
        mat.origin = str(sample)
        for f in sorted(p for p in sample.rglob("*") if p.is_file()):
            text = f.read_text(encoding="utf-8", errors="replace")
            if f.suffix in (".rss", ".xml"):
                for title, paras in _rss_items(text):
                    mat.state_titles.append(title)
                    mat.state_paras += paras
                continue
            title, paras = _md_parts(_TAG.sub("\n\n", text) if f.suffix in (".html", ".htm")
                                     else text)
            paras = [html.unescape(p) for p in paras]
            mat.wh_titles += [title or paras[0][:90]] if paras else []
            mat.wh_paras += paras
            mat.un_lines += [p.replace("\n", " ") for p in paras]
            mat.state_paras += [f"<p>{html.escape(p)}</p>" for p in paras]
            for p in paras:
                mat.sentences += _sentences(p)
        mat.state_titles = mat.state_titles or mat.wh_titles
    mat.sentences = sorted(set(mat.sentences))
    mat.check()
    return mat


def cached_material(cache: Path) -> Material:
    """load_material(), pickled in `cache` (the corpus takes seconds to read)."""
    try:
        version, fields = pickle.loads(cache.read_bytes())
        if version == MATERIAL_VERSION:
            return Material(**fields)
    except (OSError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
        pass  # absent or from an older generate.py: rebuild
    mat = load_material()
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps((MATERIAL_VERSION, vars(mat))))  # plain types: any __main__
    return mat


# -- one file per format -----------------------------------------------------------------
def _slug(title: str, tag: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]
    return f"{s}-{tag}"


def _day(rng: random.Random, first: date = date(2021, 1, 21), days: int = 1850) -> date:
    return first + timedelta(days=rng.randrange(days))


def _long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def wh_markdown(rng: random.Random, mat: Material, tag: str) -> tuple[str, str]:
    d = _day(rng)
    title = rng.choice(mat.wh_titles)
    slug = _slug(title, tag)
    section = rng.choice(("statements-releases", "speeches-remarks", "briefings-statements"))
    hh, mm = rng.randrange(8, 20), rng.randrange(60)
    body = "\n\n".join(rng.sample(mat.wh_paras, rng.randint(3, 8)))
    text = (
        "---\n"
        f"date: '{d.isoformat()}'\n"
        f"modified_time: {d.isoformat()} {hh:02d}:{mm:02d}:01-05:00\n"
        f"published_time: {d.isoformat()} {hh:02d}:{mm:02d}:00-05:00\n"
        f"source_url: https://www.whitehouse.gov/briefing-room/{section}/"
        f"{d.year}/{d.month:02d}/{d.day:02d}/{slug}/\n"
        f"tags: {section}\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        "---\n \n" + body + "\n"
    )
    return f"{section}/{d.year}-{d.month:02d}/{d.isoformat()}-{slug}.md", text


_RSS_HEAD = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"
\t>

<channel>
\t<title>Press Releases &#8211; United States Department of State</title>
\t<atom:link href="https://www.state.gov/rss-feed/press-releases/feed/" rel="self"
\t\ttype="application/rss+xml" />
\t<link>https://www.state.gov</link>
\t<description></description>
\t<lastBuildDate>{build}</lastBuildDate>
\t<language>en-US</language>
\t<generator>https://wordpress.org/?v=5.9.3</generator>
"""
_WATERMARK = ('<script type="text/javascript">var wm = document.createElement("div"); '
              'wm.className = "watermark";</script>')


def _rfc822(d: date, rng: random.Random) -> str:
    wd = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d.weekday()]
    return (f"{wd}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} "
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} +0000")


def state_rss(rng: random.Random, mat: Material, tag: str, page_base: int) -> tuple[str, str]:
    days = sorted((_day(rng, date(2021, 5, 20), 440) for _ in range(RSS_ITEMS)), reverse=True)
    items = []
    for i, d in enumerate(days):
        title = rng.choice(mat.state_titles)
        paras = ["<p>Office of the Spokesperson</p>"] + rng.sample(mat.state_paras,
                                                                    rng.randint(2, 6))
        if rng.random() < 0.5:
            paras.insert(0, _WATERMARK)
        body = "\n".join(paras) + '\n<p><input type="hidden" data-filter="111000000100" /></p>\n'
        items.append(
            "\t<item>\n"
            f"\t\t<title>{html.escape(title, quote=False)}</title>\n"
            f"\t\t<link>https://www.state.gov/{_slug(title, f'{tag}-{i}')}/</link>\n"
            "\t\t<dc:creator><![CDATA[Office of the Spokesperson]]></dc:creator>\n"
            f"\t\t<pubDate>{_rfc822(d, rng)}</pubDate>\n"
            "\t\t<category><![CDATA[]]></category>\n"
            f'\t\t<guid isPermaLink="false">https://www.state.gov/?page_id={page_base + i}</guid>\n'
            f"\t\t<description><![CDATA[{body}]]></description>\n"
            f"\t\t<content:encoded><![CDATA[{body}]]></content:encoded>\n"
            "\t</item>\n"
        )
    text = _RSS_HEAD.replace("{build}", _rfc822(days[0], rng)) + "".join(items) + \
        "</channel>\n</rss>\n"
    return f"snapshots/{tag}/data.rss", text


def ungdc_speech(rng: random.Random, mat: Material, slot: int) -> tuple[str, str]:
    """A speech; `slot` (unique within its folder) picks the country and session."""
    iso = ISO3[slot % len(ISO3)]
    session = 68 + (slot // len(ISO3)) % 12
    lines = rng.sample(mat.un_lines, rng.randint(6, 14))
    return f"Session {session} - {1945 + session}/{iso}_{session}_{1945 + session}.txt", \
        "\n".join(lines) + "\n"


def _lead(rng: random.Random, d: date) -> tuple[str, str]:
    country, title, name = rng.choice(COUNTERPARTS)
    short = country.removeprefix("the ")
    kind = rng.choice(MEETING_KINDS).replace("{c}", short.split(" of ")[-1])
    hh, mm = rng.randrange(8, 21), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
    dur = rng.choice((15, 20, 25, 30, 40, 45, 50, 60))
    lead = (f"On {_long_date(d).rsplit(',', 1)[0]}, commencing at {hh}:{mm:02d} (local time) "
            f"for approximately {dur} minutes, {rng.choice(JAPAN_FMS)}, Minister for Foreign "
            f"Affairs of Japan, held a {kind} with {name}, {title} of {country}. "
            "The overview of the meeting is as follows.")
    return short, lead


def mofa_text(rng: random.Random, mat: Material) -> str:
    d = _day(rng, date(2013, 1, 1), 4700)
    short, lead = _lead(rng, d)
    points = []
    for i in range(1, rng.randint(3, 7) + 1):
        sents = " ".join(rng.sample(mat.sentences, rng.randint(1, 3)))
        points.append(f"  {i}. {sents}")
    captions = rng.sample(CAPTIONS, rng.randint(0, 2))
    return "\n".join(
        [f"Japan-{short} Relations", "", _long_date(d), *captions, "", lead, "", *points, "",
         f"Back to Japan-{short} Relations", ""]
    )


_HTML_HEAD = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} | {site}</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}T10:00:00-05:00">
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}</script>
<style>.hidden {{ display: none; }}</style>
</head>
"""


def wh_html(rng: random.Random, mat: Material, tag: str) -> tuple[str, str]:
    d = _day(rng)
    title = rng.choice(mat.wh_titles)
    slug = _slug(title, tag)
    url = (f"https://www.whitehouse.gov/briefing-room/statements-releases/"
           f"{d.year}/{d.month:02d}/{d.day:02d}/{slug}/")
    paras = [html.escape(p.replace("\n", " ")) for p in
             rng.sample(mat.wh_paras, rng.randint(3, 8))]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    page = _HTML_HEAD.format(title=html.escape(title), site="The White House", url=url,
                             iso=d.isoformat()) + (
        "<body class=\"post-template-default single\">\n"
        "<header class=\"header\"><nav aria-label=\"Primary\"><ul><li><a href=\"/administration/\">"
        "Administration</a></li><li><a href=\"/briefing-room/\">Briefing Room</a></li></ul></nav>"
        "</header>\n<main id=\"main-content\">\n<article>\n"
        f"<h1 class=\"page-title topper__title news\">{html.escape(title)}</h1>\n"
        f"<div class=\"posted-on\"><time class=\"posted-on entry-date published updated\" "
        f"datetime=\"{d.isoformat()}\">{_long_date(d)}</time></div>\n"
        "<section class=\"body-content\"><div class=\"entry-content\">\n"
        f"{body}\n<p style=\"text-align:center\">###</p>\n</div></section>\n</article>\n</main>\n"
        "<footer class=\"footer\"><p>The White House, 1600 Pennsylvania Ave NW, Washington, "
        "DC 20500</p></footer>\n<script src=\"/wp-includes/js/app.js\"></script>\n"
        "</body>\n</html>\n"
    )
    return f"{d.year}/{slug}.html", page


def state_html(rng: random.Random, mat: Material, tag: str) -> tuple[str, str]:
    d = _day(rng, date(2021, 5, 20), 440)
    title = rng.choice(mat.state_titles)
    slug = _slug(title, tag)
    url = f"https://www.state.gov/{slug}/"
    paras = "\n".join(rng.sample(mat.state_paras, rng.randint(2, 6)))
    page = _HTML_HEAD.format(title=html.escape(title), site="United States Department of State",
                             url=url, iso=d.isoformat()) + (
        "<body class=\"page-template\">\n<header class=\"site-header\"><nav class=\"nav\">"
        "<a href=\"https://www.state.gov/\">U.S. Department of State</a></nav></header>\n"
        "<main class=\"site-main\">\n<div class=\"featured-content__headline\">"
        f"<h1 class=\"featured-content__headline stars-above\">{html.escape(title)}</h1></div>\n"
        "<div class=\"article-meta\"><p class=\"article-meta__author-bureau\">Office of the "
        f"Spokesperson</p><p class=\"article-meta__publish-date\">{_long_date(d)}</p></div>\n"
        f"<div class=\"entry-content\">\n{_WATERMARK}\n{paras}\n</div>\n</main>\n"
        "<footer class=\"site-footer\"><p>Department of State</p></footer>\n</body>\n</html>\n"
    )
    return f"{slug}.html", page


# -- blocks ------------------------------------------------------------------------------
def block_files(block: int, mat: Material, seed: int = 0) -> Iterator[tuple[str, str, str]]:
    """(format, relative path, text) of every file of one block."""
    rng = random.Random(f"{seed}:{block}")
    folder = f"{block // BLOCKS_PER_DIR:05d}"
    within = block % BLOCKS_PER_DIR
    for n in range(12):
        rel, text = wh_markdown(rng, mat, f"b{block}-{n}")
        yield "wh_md", f"wh_briefings/{folder}/{rel}", text
    rel, text = state_rss(rng, mat, f"b{block:07d}", 10_000_000 + block * RSS_ITEMS)
    yield "state_rss", f"state_dept_pr_rss/{folder}/{rel}", text
    for n in range(6):
        rel, text = ungdc_speech(rng, mat, within * 6 + n)
        yield "ungdc", f"ungdc/{folder}/TXT/{rel}", text
    for n in range(6):
        yield "mofa_txt", f"mofa/{folder}/{block:07d}_{n}.txt", mofa_text(rng, mat)
    for n in range(3):
        rel, text = wh_html(rng, mat, f"b{block}-h{n}")
        yield "wh_html", f"wh_html/{folder}/{rel}", text
    for n in range(3):
        rel, text = state_html(rng, mat, f"b{block}-s{n}")
        yield "state_html", f"state_html/{folder}/{rel}", text


def blocks_for(records: int) -> int:
    """Blocks needed for at least `records` records."""
    return -(-records // BLOCK_RECORDS)


def generate(out: Path, records: int, *, first_block: int = 0, seed: int = 0,
             mat: Material | None = None) -> dict:
    """Write the blocks covering `records` records, starting at `first_block`, under `out`.

    Returns:
        Counts: files, records, bytes, and per format (files, records, bytes).
    """
    mat = mat or cached_material(ROOT / "benchmarks" / "work" / "material.pickle")
    per_format: dict[str, dict[str, int]] = {}
    total = {"files": 0, "records": 0, "bytes": 0}
    made: set[Path] = set()
    layout = {kind: per_file for kind, _, per_file in BLOCK_LAYOUT}
    for block in range(first_block, first_block + blocks_for(records)):
        for kind, rel, text in block_files(block, mat, seed):
            path = out / rel
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            data = text.encode("utf-8")
            path.write_bytes(data)
            stats = per_format.setdefault(kind, {"files": 0, "records": 0, "bytes": 0})
            for agg in (stats, total):
                agg["files"] += 1
                agg["records"] += layout[kind]
                agg["bytes"] += len(data)
    return {**total, "formats": per_format, "material": mat.origin,
            "first_block": first_block, "blocks": blocks_for(records), "seed": seed}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                epilog="example: python benchmarks/generate.py --records 10000 "
                                "--out benchmarks/work/corpus-10000")
    p.add_argument("--records", type=int, required=True, help="records to generate (rounded "
                   f"up to a multiple of {BLOCK_RECORDS})")
    p.add_argument("--out", type=Path, required=True, help="folder to write (outside the repo "
                   "or under benchmarks/work/, which git ignores)")
    p.add_argument("--first-block", type=int, default=0, help="start here (to add new files)")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    counts = generate(args.out, args.records, first_block=args.first_block, seed=args.seed)
    json.dump(counts, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
