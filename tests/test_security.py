"""Hostile content: no entity expansion, no file or network access from a page, no markup
from a record in the HTML we write, no pickle or eval, no path taken from a record (issue 6).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import socket
from pathlib import Path

import lxml.html
import pandas as pd
import pytest
from lxml import etree

import policytrends
from policytrends.sources.html_text import safe_html_parser
from policytrends.sources.xml_tree import safe_xml_parser

PACKAGE = Path(policytrends.__file__).resolve().parent
SECRET = "SECRET-b41c-do-not-leak"
PAYLOADS = (
    "<script>alert('x')</script>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<img src=x onerror="alert(2)">',
    "<svg onload=alert(3)>",
    '<a href="javascript:alert(4)">link</a>',
    '"><body onload=alert(5)>',
)
ACTIVE_TAGS = {"script", "iframe", "img", "svg", "object", "embed", "a", "base", "form", "body"}


def _secret(tmp_path: Path) -> str:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    return secret.as_uri()


def _feed(head: str, title: str, body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{head}\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Press Releases</title><link>https://www.state.gov</link>"
        f"<item><title>{title}</title><guid>../../../../tmp/evil-guid</guid>"
        "<link>https://www.state.gov/../../etc/passwd</link>"
        "<pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>"
        f"<description>{body}</description></item></channel></rss>"
    ).encode()


# -- entities and network --------------------------------------------------------------------


def test_safe_xml_parser_expands_no_external_entity(tmp_path: Path) -> None:
    uri = _secret(tmp_path)
    for head in (
        f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{uri}">]>',
        f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{uri}"> %p;]>',
        f'<!DOCTYPE rss SYSTEM "{uri}">',
    ):
        try:
            root = etree.fromstring(_feed(head, "T &x;", "B &x;"), parser=safe_xml_parser())
        except etree.XMLSyntaxError:
            continue  # refusing the document is fine too
        assert SECRET not in etree.tostring(root, encoding="unicode")
        assert SECRET not in "".join(root.itertext())


def test_safe_xml_parser_stops_entity_bombs() -> None:
    ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    data = _feed(f"<!DOCTYPE rss [{ents}]>", "&i;", "&i;")
    try:
        root = etree.fromstring(data, parser=safe_xml_parser())
    except etree.XMLSyntaxError:
        return
    assert len(etree.tostring(root)) < 100_000  # 10**9 characters if expanded


def test_safe_html_parser_reads_no_entity_file(tmp_path: Path) -> None:
    uri = _secret(tmp_path)
    page = (
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "{uri}">]><html><head><title>&x;</title>'
        "</head><body><p>Text &x; here</p></body></html>"
    )
    doc = lxml.html.document_fromstring(page, parser=safe_html_parser())
    assert SECRET not in lxml.html.tostring(doc, encoding="unicode")


def test_ingest_of_hostile_feeds_reads_no_file_and_opens_no_connection(tmp_path: Path) -> None:
    uri = _secret(tmp_path)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.3)
    port = server.getsockname()[1]
    web = f"http://127.0.0.1:{port}"
    src = tmp_path / "src"
    src.mkdir()
    (src / "file_entity.rss").write_bytes(
        _feed(f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{uri}">]>', "Title &x;", "Body &x; text")
    )
    (src / "param_entity.rss").write_bytes(
        _feed(f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{uri}"> %p;]>', "Title", "Body")
    )
    (src / "net_dtd.rss").write_bytes(
        _feed(f'<!DOCTYPE rss SYSTEM "{web}/evil.dtd">', "Title", "Body")
    )
    (src / "net_entity.rss").write_bytes(
        _feed(f'<!DOCTYPE rss [<!ENTITY n SYSTEM "{web}/leak">]>', "Title &n;", "Body &n;")
    )
    (src / "xinclude.rss").write_bytes(
        _feed(
            "",
            "Title",
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{uri}" parse="text"/>',
        )
    )
    (src / "page.html").write_text(
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "{uri}">]><html><head><title>T &x;</title>'
        f'<link rel="stylesheet" href="{web}/css"><script src="{web}/js"></script></head>'
        f'<body><p>Talks &x; on trade.<img src="{web}/img"><iframe src="{uri}"></iframe></p>'
        "</body></html>"
    )
    policytrends.ingest([src], tmp_path / "store", jobs=1)
    frames = policytrends.load(tmp_path / "store")
    assert len(frames.documents) + len(frames.rejects) >= 6
    for name in policytrends.schema.TABLES:
        df = getattr(frames, name)
        for col in df.columns:
            assert not df[col].astype(str).str.contains(SECRET, regex=False).any(), (name, col)
    with pytest.raises(TimeoutError):
        server.accept()  # no parser tried to fetch anything
    server.close()


# -- HTML we write ---------------------------------------------------------------------------


def _active_markup(page: str) -> list[str]:
    """Elements or attributes in `page` that could run code, with where they came from."""
    doc = lxml.html.document_fromstring(page)
    found = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "img" and el.get("src", "").startswith("data:image/png;base64,"):
            pass  # the report's own charts, embedded; their attributes are checked below
        elif el.tag in ACTIVE_TAGS and el.tag != "body" or el.tag == "body" and el.attrib:
            found.append(lxml.html.tostring(el, encoding="unicode")[:80])
        found += [f"{el.tag} {k}" for k in el.attrib if k.lower().startswith("on")]
        found += [f"{el.tag} {k}" for k, v in el.attrib.items() if "javascript:" in v.lower()]
    return found


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame]:
    root = tmp_path_factory.mktemp("hostile")
    src = root / "src"
    src.mkdir()
    title = "Readout " + " ".join(PAYLOADS)
    body = "\n\n".join(
        f"Both sides backed a free and open Indo-Pacific. {p} North Korea's "
        f"missile launches were discussed. {p}"
        for p in PAYLOADS
    )
    (src / "hostile.md").write_text(
        f"---\ndate: '2024-03-01'\nsource_url: https://www.whitehouse.gov/briefing-room/"
        f"statements-releases/2024/03/01/readout/\ntitle: {json.dumps(title)}\n---\n\n{body}\n"
    )
    (src / "hostile.txt").write_text(body)
    store = root / "store"
    policytrends.ingest([src], store, jobs=1)
    docs = policytrends.load(store).documents
    assert len(docs) == 2  # the payloads are stored as text, title included
    assert docs["text"].str.contains("<script>", regex=False).any()  # the .txt keeps it all
    assert docs["title"].str.contains("<iframe", regex=False).any()
    return store, docs


def test_explain_html_escapes_record_text(
    hostile_store: tuple[Path, pd.DataFrame], tmp_path: Path
) -> None:
    if importlib.util.find_spec("policytrends.explain") is None:
        pytest.skip("policytrends.explain is not written yet")
    from policytrends import cli

    store, docs = hostile_store
    for rid in docs["record_id"]:
        out = tmp_path / f"{rid}.html"
        assert cli.main(["explain", rid, "--store", str(store), "--html", str(out)]) == 0
        page = out.read_text()
        assert "&lt;script&gt;" in page
        assert _active_markup(page) == []


def test_report_helpers_escape_record_text(hostile_store: tuple[Path, pd.DataFrame]) -> None:
    if importlib.util.find_spec("policytrends.report") is None:
        pytest.skip("policytrends.report is not written yet")
    from policytrends import report

    store, docs = hostile_store
    freq = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-03-01"]),
            "theme": ["foip"],
            "records": [1],
            "n_records": [1],
        }
    )
    pieces = [
        report.heading(PAYLOADS[0], freq, str(store)),
        report.table(docs, ["title", "text", "path"]),
    ]
    page = "<html><body>" + "".join(p._repr_html_() for p in pieces) + "</body></html>"
    assert "&lt;script&gt;" in page
    assert _active_markup(page) == []


@pytest.mark.slow
def test_rendered_report_has_no_markup_from_records(
    hostile_store: tuple[Path, pd.DataFrame], tmp_path: Path
) -> None:
    if importlib.util.find_spec("policytrends.report") is None:
        pytest.skip("policytrends.report is not written yet")
    from policytrends import report

    store, _ = hostile_store
    out = report.render(store, tmp_path / "report.html")
    page = Path(out[0] if isinstance(out, tuple) else out).read_text()
    assert "alert(" not in page or "&lt;" in page
    assert _active_markup(page) == []


# -- code ------------------------------------------------------------------------------------

DANGEROUS_MODULES = {"pickle", "cPickle", "dill", "cloudpickle", "marshal", "shelve", "jsonpickle"}
DANGEROUS_CALLS = {"eval", "exec", "compile", "__import__"}


def _safe_loader(node: ast.expr | None, module: str | None) -> bool:
    """Whether a `Loader=` argument is (a subclass of) yaml's SafeLoader, looked up by import."""
    import yaml

    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "yaml"
    ):
        loader = getattr(yaml, node.attr, None)
    elif isinstance(node, ast.Name) and module:
        loader = getattr(importlib.import_module(module), node.id, None)
    else:
        return False
    safe = tuple(c for c in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", None)) if c)
    return isinstance(loader, type) and issubclass(loader, safe)


def _problems(tree: ast.AST, module: str | None = None) -> list[str]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names if a.name.split(".")[0] in DANGEROUS_MODULES]
        elif (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").split(".")[0] in DANGEROUS_MODULES
        ):
            out.append(node.module or "")
        elif isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id in DANGEROUS_CALLS:
                out.append(f"{f.id}()")
            if isinstance(f, ast.Attribute):
                if f.attr in {
                    "read_pickle",
                    "to_pickle",
                    "unsafe_load",
                    "full_load",
                    "system",
                    "popen",
                }:
                    out.append(f".{f.attr}()")
                if f.attr == "load" and isinstance(f.value, ast.Name) and f.value.id == "yaml":
                    loader = {k.arg: k.value for k in node.keywords}.get("Loader")
                    if not _safe_loader(loader, module):
                        out.append("yaml.load() without SafeLoader")
            if any(
                k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value
                for k in node.keywords
            ):
                out.append("shell=True")
    return out


def test_package_has_no_pickle_eval_or_unsafe_yaml() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10

    def module(f: Path) -> str:
        parts = f.relative_to(PACKAGE.parent).with_suffix("").parts
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    found = {
        str(f.relative_to(PACKAGE)): p
        for f in files
        if (p := _problems(ast.parse(f.read_text(), str(f)), module(f)))
    }
    assert found == {}


def test_the_scan_finds_what_it_looks_for() -> None:
    bad = (
        "import pickle\nfrom marshal import loads\neval(x)\nexec(y)\nyaml.load(s)\n"
        "pd.read_pickle(p)\nsubprocess.run(c, shell=True)\nyaml.unsafe_load(s)\n"
    )
    assert len(_problems(ast.parse(bad))) == 8
    assert _problems(ast.parse("yaml.load(s, Loader=yaml.SafeLoader)\nyaml.safe_load(s)\n")) == []
    assert _problems(ast.parse("yaml.load(s, Loader=yaml.FullLoader)\n")) != []
    assert _problems(ast.parse("yaml.load(s, Loader=L)\n"), "policytrends.taxonomy.loader") != []


def test_yaml_front_matter_cannot_run_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    src = tmp_path / "src"
    src.mkdir()
    for n, tag in enumerate(
        (
            "!!python/object/apply:os.system",
            "!!python/object/new:os.system",
            "!!python/name:os.system",
        )
    ):
        (src / f"tag{n}.md").write_text(
            f"---\ndate: '2024-03-01'\nsource_url: https://www.whitehouse.gov/briefing-room/x/\n"
            f"title: {tag} ['touch {marker}']\n---\n\nText of the readout number {n}.\n"
        )
    policytrends.ingest([src], tmp_path / "store", jobs=1)
    assert not marker.exists()
    frames = policytrends.load(tmp_path / "store")
    assert len(frames.documents) + len(frames.rejects) == 3


def test_paths_in_records_never_choose_where_files_go(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "feed.rss").write_bytes(_feed("", "../../../../escape", "Body text"))
    (src / "page.md").write_text(
        "---\ndate: '2024-03-01'\nsource_url: https://www.whitehouse.gov/../../../../tmp/x\n"
        "title: ../../../etc/passwd\npath: /tmp/written-by-record\n---\n\nText.\n"
    )
    before = sorted(p for p in tmp_path.parent.iterdir())
    policytrends.ingest([src], tmp_path / "store", jobs=1)
    assert sorted(p for p in tmp_path.parent.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src", "store"]
    assert sorted(p.name for p in src.iterdir()) == ["feed.rss", "page.md"]
    assert not Path("/tmp/written-by-record").exists()
    for p in (tmp_path / "store").rglob("*"):
        assert ".." not in p.relative_to(tmp_path / "store").parts
