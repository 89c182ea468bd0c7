"""A small corpus of every input format (plain text, Markdown with front matter, HTML, RSS)
written from our own sentences, for the tests that compare the stores different runs write."""

from __future__ import annotations

from pathlib import Path

# Our own sentences, recombined into files of every format (no corpus text).
SENTENCES = (
    "The two ministers reaffirmed their commitment to a free and open Indo-Pacific.",
    "They condemned North Korea's repeated ballistic missile launches.",
    "The leaders discussed supply chains, clean energy and economic security.",
    "Both sides welcomed closer cooperation with ASEAN and within the Quad.",
    "The minister expressed concern about the situation in the East China Sea.",
    "They agreed to coordinate toward the G7 summit later this year.",
    "The two sides confirmed support for Ukraine and for sanctions on Russia.",
    "They stressed the importance of peace and stability across the Taiwan Strait.",
)


def note_text(i: int, n: int = 3) -> str:
    """Distinct text for file i: a rotation of the sentences plus its number."""
    picked = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(n)]
    return f"Note {i}.\n\n" + "\n\n".join(picked) + "\n"


def write_corpus(root: Path, files: int = 24) -> Path:
    """A small mixed corpus: plain text, Markdown with front matter, HTML and an RSS feed."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        kind = i % 4
        if kind == 0:
            (root / f"notes/n{i:03d}.txt").parent.mkdir(exist_ok=True)
            (root / f"notes/n{i:03d}.txt").write_text(note_text(i), encoding="utf-8")
        elif kind == 1:
            front = (f"---\ndate: '2022-0{1 + i % 9}-1{i % 10}'\ntitle: \"Readout {i}\"\n"
                     f"source_url: https://www.whitehouse.gov/briefing-room/r{i}/\n---\n \n")
            (root / f"wh/r{i:03d}.md").parent.mkdir(exist_ok=True)
            (root / f"wh/r{i:03d}.md").write_text(front + note_text(i), encoding="utf-8")
        elif kind == 2:
            body = "".join(f"<p>{s}</p>" for s in note_text(i).split("\n\n"))
            page = (f"<html><head><title>Page {i}</title><script>var x = {i};</script></head>"
                    f"<body><nav>Home</nav><main>{body}</main></body></html>")
            (root / f"html/p{i:03d}.html").parent.mkdir(exist_ok=True)
            (root / f"html/p{i:03d}.html").write_text(page, encoding="utf-8")
        else:
            items = "".join(
                f"<item><title>Release {i}-{k}</title>"
                f"<link>https://www.state.gov/release-{i}-{k}/</link>"
                f"<pubDate>Tue, 2{k} May 2022 12:00:00 +0000</pubDate>"
                f"<guid isPermaLink=\"false\">https://www.state.gov/?page_id={i * 10 + k}</guid>"
                f"<content:encoded><![CDATA[<p>{note_text(i + k, 2)}</p>]]>"
                "</content:encoded></item>"
                for k in range(3)
            )
            feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                    f"<title>Press Releases</title>{items}</channel></rss>")
            (root / f"rss/f{i:03d}/data.rss").parent.mkdir(parents=True, exist_ok=True)
            (root / f"rss/f{i:03d}/data.rss").write_text(feed, encoding="utf-8")
    # an exact copy: the duplicate_of marks must not depend on the number of jobs either
    (root / "notes/copy.txt").write_text(note_text(0), encoding="utf-8")
    return root
