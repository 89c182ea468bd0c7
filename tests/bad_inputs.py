"""The bad-input corpus, written into a temporary folder at test time (nothing large is committed).

Each `Kind` writes one or more files (or other file-system entries) and says what ingest must
make of each: a `rejects` row ("reject"), a `documents` row ("record"), or either of the two
("either": the outcome depends on the publisher reader, but the file must not vanish), or
nothing at all ("none": a file inside a hidden folder, which is rejected as a whole).
All texts are written for these tests.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SECRET = "TOP-SECRET-7f3a9c-never-in-the-store"
HUGE_BYTES = 50 * 1024 * 1024
DEEP = 10_000

_TOPICS = (
    "maritime security",
    "trade",
    "energy",
    "fisheries",
    "health",
    "climate",
    "space",
    "cyber policy",
    "education",
    "tourism",
    "shipping",
    "finance",
    "farming",
    "rail",
)


def _good(n: int) -> str:
    """A plain sentence, different for each n (so that files are not duplicates of each other)."""
    return (
        f"The ministers discussed {_TOPICS[n % len(_TOPICS)]} and "
        f"{_TOPICS[(n * 5 + 3) % len(_TOPICS)]} at meeting number {n}.\n"
    )


_JA = "外務大臣は、インド太平洋の平和と安定について意見交換を行った。\n"


def _rss(items: str, head: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{head}\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        "<channel><title>Press Releases</title><link>https://www.state.gov</link>\n"
        f"{items}</channel></rss>\n"
    )


def _item(guid: str, title: str | None, body: str | None, date: str | None) -> str:
    parts = [f"<item><guid>{guid}</guid>", f"<link>https://www.state.gov/{guid}/</link>"]
    if title is not None:
        parts.append(f"<title>{title}</title>")
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    if body is not None:
        parts.append(f"<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>")
    return "".join(parts) + "</item>\n"


def _md(front: str, body: str) -> str:
    return f"---\n{front}---\n\n{body}"


_WH_FRONT = (
    "date: '{date}'\nsource_url: https://www.whitehouse.gov/briefing-room/"
    "statements-releases/{slug}/\ntags: statements-releases\ntitle: {title}\n"
)


@dataclass(frozen=True)
class Kind:
    """One kind of bad input: `make(folder)` writes it and returns {rel path: expectation}."""

    name: str
    make: Callable[[Path], dict[str, str]]
    # reason the kind cannot be built here (e.g. root reads chmod 000 files), else None
    unavailable: Callable[[], str | None] = lambda: None


def _write(folder: Path, rel: str, data: bytes | str, expect: str) -> dict[str, str]:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return {rel: expect}


def _one(rel: str, data: bytes | str, expect: str) -> Callable[[Path], dict[str, str]]:
    return lambda folder: _write(folder, rel, data, expect)


def _huge(folder: Path) -> dict[str, str]:
    path = folder / "huge_single_line.txt"
    line = b"Talks on trade and maritime security continued late into the night. "
    with open(path, "wb") as fh:
        written = 0
        while written < HUGE_BYTES:
            fh.write(line * 4096)
            written += len(line) * 4096
    return {"huge_single_line.txt": "reject"}


def _deep_html() -> str:
    return (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * DEEP
        + "<p>Buried talks on fisheries.</p>"
        + "</div>" * DEEP
        + "</body></html>"
    )


def _symlinks(folder: Path) -> dict[str, str]:
    (folder / "links").mkdir()
    (folder / "links" / "target.txt").write_text(_good(1))
    os.symlink("target.txt", folder / "links" / "to_file.txt")
    os.symlink("missing.txt", folder / "links" / "dangling.txt")
    os.symlink("loop_b.txt", folder / "links" / "loop_a.txt")
    os.symlink("loop_a.txt", folder / "links" / "loop_b.txt")
    os.symlink("/etc", folder / "links" / "to_dir")
    return {
        "links/target.txt": "record",
        "links/to_file.txt": "reject",
        "links/dangling.txt": "reject",
        "links/loop_a.txt": "reject",
        "links/loop_b.txt": "reject",
        "links/to_dir": "reject",
    }


def _fifo(folder: Path) -> dict[str, str]:
    os.mkfifo(folder / "pipe.txt")
    return {"pipe.txt": "reject"}


def _socket(folder: Path) -> dict[str, str]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with contextlib.chdir(folder):  # a relative name: AF_UNIX paths are limited to 108 bytes
        sock.bind("sock.html")
    sock.close()  # the socket file stays
    return {"sock.html": "reject"}


def _unreadable(folder: Path) -> dict[str, str]:
    path = folder / "unreadable.txt"
    path.write_text(_good(2))
    path.chmod(0)
    return {"unreadable.txt": "reject"}


def _root_reads_everything() -> str | None:
    if os.geteuid() == 0:
        return "running as root, which reads a chmod 000 file anyway"
    return None


def _dir_named_like_file(folder: Path) -> dict[str, str]:
    (folder / "looks_like_a_file.html").mkdir()
    (folder / "empty_dir.txt").mkdir()
    return _write(folder, "looks_like_a_file.html/inner.txt", _good(3), "record")


def _duplicates(folder: Path) -> dict[str, str]:
    body = "A statement on shipping lanes, written once and saved twice under two names.\n"
    return {
        **_write(folder, "dup/first.txt", body, "record"),
        **_write(folder, "dup/copy of first.txt", body, "record"),
    }


def _odd_names(folder: Path) -> dict[str, str]:
    made = {}
    for n, rel in enumerate(
        (
            "names/line\nbreak.txt",
            "names/back\\slash.txt",
            "names/-- --store.txt",
            "names/x..%2f..%2fescape.txt",
            "names/ünïcödé 名前.txt",
            "names/UPPER.TXT",
            "names/$(touch x).txt",
        )
    ):
        made.update(_write(folder, rel, _good(10 + n), "record"))
    made.update(_write(folder, "names/.hidden.txt", _good(20), "reject"))
    made.update(_write(folder, "names/.hidden_folder/inside.txt", _good(21), "none"))
    made["names/.hidden_folder"] = "reject"
    raw = os.path.join(os.fsencode(folder), b"names", b"latin1-caf\xe9.txt")
    with open(raw, "wb") as fh:
        fh.write(_good(22).encode())
    made["names/latin1-caf\\xe9.txt"] = "record"
    return made


def _yaml_tag(folder: Path) -> dict[str, str]:
    marker = folder.parent / "pwned_by_yaml"
    front = f"title: !!python/object/apply:os.system ['touch {marker}']\ndate: '2024-03-01'\n"
    return _write(folder, "yaml_python_tag.md", _md(front, _good(31)), "either")


def _xxe(folder: Path) -> dict[str, str]:
    secret = folder.parent / "secret.txt"
    secret.write_text(SECRET)
    uri = secret.as_uri()
    dtd = f'\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{uri}">]>'
    pdtd = f'\n<!DOCTYPE rss [<!ENTITY % p SYSTEM "{uri}"> %p;]>'
    html = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{uri}">]><html><head><title>T &xxe;'
        "</title></head><body><p>Talks &xxe; on energy.</p></body></html>"
    )
    return {
        **_write(
            folder,
            "xxe/external_entity.rss",
            _rss(_item("x1", "Entity &xxe; title", "Body &xxe; text", None), dtd),
            "either",
        ),
        **_write(
            folder,
            "xxe/parameter_entity.xml",
            _rss(_item("x2", "Parameter entity", "Body text.", None), pdtd),
            "either",
        ),
        **_write(folder, "xxe/external_entity.html", html, "either"),
    }


def _bomb() -> str:
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    head = "\n<!DOCTYPE rss [" + "".join(ents) + "]>"
    return _rss(_item("bomb", "Laughs &lol9;", "Body &lol9;", None), head)


def _quadratic() -> str:
    head = '\n<!DOCTYPE rss [<!ENTITY big "' + "A" * 50_000 + '">]>'
    return _rss(_item("quad", "Quadratic", "&big;" * 2_000, None), head)


KINDS: tuple[Kind, ...] = (
    Kind("empty_file", _one("empty.txt", b"", "reject")),
    Kind("whitespace_only", _one("blank.md", b" \n\t\r\n  \n", "reject")),
    Kind(
        "binary_png_named_html",
        _one(
            "photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "reject"
        ),
    ),
    Kind(
        "binary_random_txt",
        _one("random.txt", bytes((i * 37 + 11) % 256 for i in range(4096)), "reject"),
    ),
    Kind("nul_bytes_only", _one("nul.txt", b"\x00" * 1024, "reject")),
    Kind("gzip_named_html", _one("page.html", gzip.compress(_good(32).encode() * 50), "reject")),
    Kind("executable_no_suffix", _one("program", b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "reject")),
    Kind("unknown_suffix_csv", _one("table.csv", "a,b\n1,2\n", "reject")),
    Kind("unknown_suffix_json", _one("data.json", '{"title": "x"}', "reject")),
    Kind(
        "truncated_html",
        _one(
            "truncated.html",
            "<html><head><title>Cut short</title></head><body><p>Talks on trade were",
            "either",
        ),
    ),
    Kind(
        "truncated_xml",
        _one(
            "truncated.xml",
            '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut',
            "either",
        ),
    ),
    Kind(
        "truncated_rss_mid_item",
        _one(
            "truncated.rss",
            _rss(_item("t1", "Whole item", "A whole body.", "Tue, 05 Mar 2024 10:00:00 +0000"))[
                :-60
            ],
            "either",
        ),
    ),
    Kind(
        "truncated_utf8_tail",
        _one("cut_tail.txt", (_good(33) + "Ministers’").encode()[:-1], "record"),
    ),
    Kind(
        "cp1252_text",
        _one("cp1252.txt", "The Minister’s café talks — on “trade”.\n".encode("cp1252"), "record"),
    ),
    Kind("shift_jis_text", _one("sjis.txt", _JA.encode("shift_jis"), "record")),
    Kind(
        "shift_jis_html_declared",
        _one(
            "sjis.html",
            (
                '<html><head><meta charset="Shift_JIS"><title>会談</title></head><body><p>'
                + _JA
                + "</p></body></html>"
            ).encode("shift_jis"),
            "record",
        ),
    ),
    Kind(
        "utf16_le_bom",
        _one("utf16le.txt", "\ufeff".encode("utf-16-le") + _good(34).encode("utf-16-le"), "record"),
    ),
    Kind(
        "utf16_be_bom",
        _one("utf16be.md", "\ufeff".encode("utf-16-be") + _good(35).encode("utf-16-be"), "record"),
    ),
    Kind("utf16_no_bom", _one("utf16nobom.txt", _good(36).encode("utf-16-le"), "either")),
    Kind(
        "utf32_bom",
        _one("utf32.txt", "\ufeff".encode("utf-32-le") + _good(37).encode("utf-32-le"), "either"),
    ),
    Kind("utf8_bom", _one("utf8bom.md", "\ufeff" + _good(38), "record")),
    Kind(
        "invalid_utf8",
        _one("invalid.txt", b"Talks \xc3\x28 on \xa0\xa1 trade \xf0\x28\x8c\x28.\n", "record"),
    ),
    Kind(
        "mixed_utf8_cp1252",
        _one(
            "mixed.txt",
            "Ministers’ talks.\n".encode() + "Café policy.\n".encode("cp1252"),
            "record",
        ),
    ),
    Kind(
        "crlf_and_cr_lines",
        _one("lines.txt", b"First line.\r\nSecond.\rThird.\r\n\r\nNew paragraph.", "record"),
    ),
    Kind(
        "control_and_bidi_chars",
        _one(
            "bidi.txt",
            "Talks \u202eon trade\u202c with \u200bzero width and \x07 bell.\n",
            "record",
        ),
    ),
    Kind("huge_single_line_50mb", _huge),
    Kind(
        "long_single_line_2mb",
        _one(
            "long_line.txt",
            "Talks went on late into the night without a pause. " * 40_000,
            "record",
        ),
    ),
    Kind(
        "long_line_full_of_theme_words",  # 60,000 mentions in one record
        _one(
            "theme_words.txt",
            "Talks on maritime security, trade and the Free and Open Indo-Pacific with "
            "Japan, Australia and India. " * 20_000,
            "record",
        ),
    ),
    Kind("html_nested_10000", _one("deep.html", _deep_html(), "either")),
    Kind(
        "xml_nested_10000",
        _one(
            "deep.rss",
            '<?xml version="1.0"?><rss version="2.0"><channel>'
            + "<x>" * DEEP
            + "</x>" * DEEP
            + "</channel></rss>",
            "either",
        ),
    ),
    Kind(
        "markdown_front_matter_unclosed",
        _one(
            "fm_unclosed.md",
            "---\ntitle: Never closed\ndate: '2024-03-01'\n\n" + _good(39),
            "either",
        ),
    ),
    Kind(
        "markdown_front_matter_bad_yaml",
        _one(
            "fm_bad_yaml.md",
            _md("title: [unclosed\ndate: : :\n  - bad indent\n", _good(40)),
            "either",
        ),
    ),
    Kind(
        "markdown_front_matter_not_mapping",
        _one("fm_list.md", _md("- just\n- a list\n", _good(41)), "either"),
    ),
    Kind("markdown_front_matter_python_tag", _yaml_tag),
    Kind(
        "markdown_only_front_matter",
        _one(
            "fm_only.md",
            _md(
                _WH_FRONT.format(date="2024-03-01", slug="2024/03/01/empty", title="Empty readout"),
                "",
            ),
            "either",
        ),
    ),
    Kind(
        "impossible_date_markdown",
        _one(
            "feb30.md",
            _md(
                _WH_FRONT.format(
                    date="2024-02-30", slug="2024/02/30/readout", title="Readout of a call"
                ),
                _good(42),
            ),
            "either",
        ),
    ),
    Kind(
        "impossible_date_rss",
        _one(
            "feb30.rss",
            _rss(
                _item(
                    "feb30",
                    "An impossible day",
                    "Body of the impossible day.",
                    "Fri, 30 Feb 2024 10:00:00 +0000",
                )
            ),
            "either",
        ),
    ),
    Kind(
        "future_date_markdown",
        _one(
            "future.md",
            _md(
                _WH_FRONT.format(
                    date="2999-01-01", slug="2999/01/01/readout", title="Readout from the future"
                ),
                _good(43),
            ),
            "either",
        ),
    ),
    Kind(
        "future_date_rss",
        _one(
            "future.rss",
            _rss(
                _item(
                    "future",
                    "Far ahead",
                    "Body from the future.",
                    "Tue, 01 Jan 2999 10:00:00 +0000",
                )
            ),
            "either",
        ),
    ),
    Kind(
        "no_date_markdown",
        _one("nodate.md", _md("title: Readout without a date\n", _good(44)), "either"),
    ),
    Kind(
        "rss_items_without_title_body_date",
        _one(
            "holes.rss",
            _rss(
                _item(
                    "ok", "A complete item", "A complete body.", "Tue, 05 Mar 2024 10:00:00 +0000"
                )
                + _item("notitle", None, "Body with no title.", "Tue, 05 Mar 2024 11:00:00 +0000")
                + _item("nobody", "Title with no body", None, "Tue, 05 Mar 2024 12:00:00 +0000")
                + _item("nodate", "No date", "Body with no date.", None)
            ),
            "either",
        ),
    ),
    Kind("rss_without_items", _one("noitems.rss", _rss(""), "either")),
    Kind(
        "html_no_body",
        _one(
            "nobody.html",
            "<html><head><title>Only a title</title></head><body>  </body></html>",
            "reject",
        ),
    ),
    Kind(
        "html_only_scripts",
        _one(
            "scripts.html",
            "<html><body><script>alert(1)</script><style>p{}</style></body></html>",
            "reject",
        ),
    ),
    Kind(
        "xhtml_with_xml_declaration",
        _one(
            "xhtml.html",
            '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML '
            '1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html '
            'xmlns="http://www.w3.org/1999/xhtml"><head><title>An XHTML page</title></head>'
            "<body><p>" + _good(46) + "</p></body></html>",
            "record",
        ),
    ),
    Kind(
        "html_no_title",
        _one("notitle.html", "<html><body><p>" + _good(45) + "</p></body></html>", "record"),
    ),
    Kind(
        "html_hostile_markup",
        _one(
            "hostile.html",
            "<html><head><title>T<script>alert(1)</script></title></head><body><p>Talks "
            "<img src=x onerror=alert(1)> on <iframe src=javascript:alert(1)></iframe>trade."
            "</p></body></html>",
            "record",
        ),
    ),
    Kind("html_external_entity", _xxe),
    Kind("rss_billion_laughs", _one("bomb.rss", _bomb(), "either")),
    Kind("rss_quadratic_blowup", _one("quadratic.rss", _quadratic(), "either")),
    Kind("duplicate_under_two_names", _duplicates),
    Kind("odd_file_names", _odd_names),
    Kind("symlinks", _symlinks),
    Kind("fifo", _fifo),
    Kind("unix_socket", _socket),
    Kind("directory_named_like_file", _dir_named_like_file),
    Kind("unreadable_chmod_000", _unreadable, _root_reads_everything),
)


def write_corpus(
    folder: Path, kinds: tuple[Kind, ...] = KINDS
) -> tuple[dict[str, str], dict[str, str]]:
    """Write every available kind under `folder`.

    Returns:
        ({rel path: "reject" | "record" | "either"}, {kind name: why it was skipped}).
    """
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    skipped: dict[str, str] = {}
    for kind in kinds:
        why = kind.unavailable()
        if why:
            skipped[kind.name] = why
            continue
        expected.update(kind.make(folder))
    return expected, skipped
