"""The import graph of src/policytrends: no new circles, no import from a lower layer back up.

Every module's imports are read with ``ast`` - those inside functions included, since an
import deferred to call time is still a dependency - and the graph is checked against the
layers below. Today's circles are listed in KNOWN_CIRCLES; that list may only shrink: a
new circle fails, and so does a listed circle that no longer exists (delete its entry).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from repo_paths import ROOT
from source_imports import import_origin

PACKAGE = ROOT / "src" / "policytrends"

# Layers, lowest first; a module may import from its own layer and the ones below only.
# The first matching prefix (longest listed first) places a module; an unplaced module
# fails the test, so each new module is given a place on purpose.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("read", (
        "errors", "faults", "records", "schema", "language", "japanese", "automaton", "palette",
        "person_names", "names", "dedup", "shared_values", "events", "events_rules",
        "regex_guard", "compiled", "cython_shadow",
        "sources", "extract", "taxonomy", "fetch", "fetched_folders", "pipeline", "discovery",
        "outputs",
    )),
    ("store", (
        "store", "store_taxonomy", "event_view", "frames", "ordered_results", "workers",
        "worker_preload", "worker_calls",
        "distributed", "ingest",
    )),
    ("trends", (
        "trends", "sql", "panel", "officials", "two_readouts",
    )),
    ("present", (
        "plots", "report", "explain", "retag", "",
    )),
    ("cli", ("cli", "__main__")),  # the command line: one module per command, on top
)

# Circles tolerated for now: none (issue 20 broke the last two). Only ever remove entries.
KNOWN_CIRCLES: set[frozenset[str]] = set()


def module_files(package: Path) -> dict[str, Path]:
    """Dotted names relative to ``package`` ("" for its own __init__) and their files."""
    out = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def import_graph(package: Path) -> dict[str, set[str]]:
    """Each module of ``package`` and the package modules it imports, anywhere in its code."""
    files = module_files(package)
    top = package.name

    def resolve(name: str) -> str | None:
        # "policytrends.a.b" -> "a.b"; None outside the package or if no such module
        if name == top:
            return ""
        rel = name[len(top) + 1:] if name.startswith(top + ".") else None
        return rel if rel in files else None

    def resolve_prefix(name: str) -> str | None:
        # "policytrends.a.b.Thing" -> the longest prefix that is a module ("a.b")
        while name and resolve(name) is None:
            name = name.rpartition(".")[0]
        return resolve(name) if name else None

    graph: dict[str, set[str]] = {}
    for mod, path in files.items():
        here = f"{top}.{mod}" if mod else top
        pkg = here if path.name == "__init__.py" else here.rpartition(".")[0]
        found: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {resolve_prefix(a.name) for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                origin = import_origin(node, pkg)
                # "from x import y": module x.y if y is a submodule, else module x
                for a in node.names:
                    sub = resolve(f"{origin}.{a.name}")
                    found.add(sub if sub is not None else resolve_prefix(origin))
        graph[mod] = {m for m in found if m is not None and m != mod}
    return graph


def layer_of(mod: str) -> int:
    """Index in LAYERS of the layer that places ``mod``, by its longest listed prefix."""
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if mod == p or (p and mod.startswith(p + ".")):
                if best is None or len(p) > best[0]:
                    best = (len(p), i)
    if best is None:
        raise LookupError(f"module {mod!r} has no layer: add it to LAYERS in {__file__}")
    return best[1]


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            v, edges = work[-1]
            w = next(edges, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = set()
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.add(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    found.append(frozenset(comp))
    return found


def upward(graph: dict[str, set[str]]) -> list[str]:
    """Imports from a module to one in a higher layer, as "a -> b"."""
    return sorted(f"{a} -> {b}" for a, deps in graph.items() for b in deps
                  if layer_of(b) > layer_of(a))


def _show(c: frozenset[str]) -> str:
    return "{" + ", ".join(sorted(c)) + "}"


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(PACKAGE)


def test_every_module_has_a_layer(graph: dict[str, set[str]]) -> None:
    for mod in graph:
        layer_of(mod)


def test_no_import_runs_from_a_lower_layer_up(graph: dict[str, set[str]]) -> None:
    assert upward(graph) == []


def test_no_new_circles(graph: dict[str, set[str]]) -> None:
    found = set(circles(graph))
    new = [_show(c) for c in found - KNOWN_CIRCLES]
    assert not new, f"new import circles: {new}"


def test_known_circles_still_exist(graph: dict[str, set[str]]) -> None:
    gone = [_show(c) for c in KNOWN_CIRCLES - set(circles(graph))]
    assert not gone, f"circles broken (well done): remove them from KNOWN_CIRCLES: {gone}"


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    """The modules ``start`` imports, directly or through others."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for dep in graph[todo.pop()] - seen:
            seen.add(dep)
            todo.append(dep)
    return seen


def test_ingest_does_not_need_the_downloader(graph: dict[str, set[str]]) -> None:
    # reading a fetched folder needs fetched_folders only; fetch is an optional command
    fetch = sorted(m for m in reachable(graph, "ingest") if m == "fetch" or m.startswith("fetch."))
    assert fetch == []


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    pkg = tmp_path / "policytrends"
    for name, text in {"__init__.py": "", **files}.items():
        (pkg / name).parent.mkdir(parents=True, exist_ok=True)
        (pkg / name).write_text(text)
    return pkg


def test_graph_sees_lazy_relative_and_from_imports(tmp_path: Path) -> None:
    pkg = _package(tmp_path, {
        "store.py": "def f():\n    from .trends import x\n",
        "trends.py": "from policytrends import store\nimport policytrends.report as r\n",
        "report.py": "from policytrends.sources.mofa import parse\n",
        "sources/__init__.py": "from . import mofa\n",
        "sources/mofa.py": "from ..errors import E\nimport json\n",
        "errors.py": "",
    })
    g = import_graph(pkg)
    assert g["store"] == {"trends"}
    assert g["trends"] == {"store", "report"}
    assert g["report"] == {"sources.mofa"}
    assert g["sources"] == {"sources.mofa"}
    assert g["sources.mofa"] == {"errors"}
    assert circles(g) == [frozenset({"store", "trends"})]
    assert upward(g) == ["store -> trends", "trends -> report"]


def test_a_module_without_a_layer_is_named() -> None:
    with pytest.raises(LookupError, match="'brand_new'"):
        layer_of("brand_new")
