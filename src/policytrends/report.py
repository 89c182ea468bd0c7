"""The scheduled report: execute the packaged `report.ipynb` with papermill, export HTML.

`render()` runs the notebook shipped inside the package (so an installed policytrends
works without a checkout), writes the executed notebook beside the HTML, and exports a
self-contained page: figures embedded as data URIs, code hidden, no external scripts (a
Content-Security-Policy forbids them). The whole render reads one version of the store,
whatever runs commit meanwhile; each output file is replaced atomically (a temporary file
renamed), so a failed or interrupted render leaves the last good page; one render at a
time writes to one ``--out``. The helpers below are what the notebook calls to
show record text; they escape it, so a title such as ``<script>`` reads as text.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import PolicytrendsError
from .outputs import output_lock, replace_file, temporary, write_file
from .store import Store

NOTEBOOK = "report.ipynb"
KERNEL = "python3"
# The kernel's own log is not the report's: its warning that a local kernel talks over
# TCP without encryption (it listens on 127.0.0.1 only) read as a fault on every run.
# Cell errors still come back as the cells' outputs and fail the render.
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]
CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2933;
       margin: 0; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2em; border-bottom: 1px solid #e4e7eb; }
img { max-width: 100%; height: auto; display: block; margin: 12px 0; }
table { border-collapse: collapse; font-size: 13px; margin: 12px 0; }
th, td { border: 1px solid #d9dee3; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f5f7fa; } tr:nth-child(even) td { background: #fafbfc; }
pre { white-space: pre-wrap; background: #f5f7fa; padding: 8px; }
.pt-meta { color: #52606d; font-size: 13px; }
.pt-swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px;
             border-radius: 2px; vertical-align: baseline; }
td { font-variant-numeric: tabular-nums; }
"""
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


class ReportError(PolicytrendsError):
    """A report cell failed; the message names the cell and the error."""




@contextmanager
def packaged_notebook(name: str = NOTEBOOK) -> Iterator[Path]:
    """Path of a notebook shipped in the package (a real file while the block runs)."""
    ref = resources.files("policytrends") / "notebooks" / name
    with resources.as_file(ref) as path:
        yield Path(path)


def declared_parameters(notebook: Path) -> dict[str, Any]:
    """Names and defaults of the notebook's `parameters` cell."""
    import papermill

    found = papermill.inspect_notebook(str(notebook))
    out: dict[str, Any] = {}
    for name, info in found.items():
        try:
            import ast

            out[name] = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError):
            out[name] = info["default"]
    return out


def coerce(pairs: Iterable[tuple[str, str]], declared: dict[str, Any]) -> dict[str, Any]:
    """Command-line ``-p name value`` strings as values of each parameter's type.

    Lists take comma-separated values; ``none`` or an empty string gives None.

    Raises:
        ValueError: an unknown name or a value of the wrong type, naming both.
    """
    out: dict[str, Any] = {}
    for name, raw in pairs:
        if name not in declared:
            raise ValueError(f"unknown report parameter {name!r}; the report takes: "
                             + ", ".join(sorted(declared)))
        default = declared[name]
        text = raw.strip()
        if text.lower() in ("none", "null", ""):
            out[name] = None
        elif isinstance(default, bool):
            if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(f"report parameter {name!r} takes true or false, not {raw!r}")
            out[name] = text.lower() in ("true", "1", "yes")
        elif isinstance(default, int):
            try:
                out[name] = int(text)
            except ValueError:
                raise ValueError(f"report parameter {name!r} takes a whole number, "
                                 f"not {raw!r}") from None
        elif isinstance(default, list | tuple) or name in ("themes", "sources"):
            out[name] = [v.strip() for v in text.split(",") if v.strip()]
        else:
            out[name] = text
    return out


def check_parameters(store: str | os.PathLike[str], values: dict[str, Any]) -> None:
    """Check the report's parameters against the store before any kernel starts: period,
    dates (start not after end), theme keys, sources and every other filter the trend
    functions take.

    Raises:
        ValueError: the first bad value, naming the parameter (unknown names: "did you
            mean ...").
    """
    import inspect

    from . import trends

    takes = set(inspect.signature(trends.Filters.make).parameters) - {"cls"}
    filters = {k: v for k, v in values.items() if k in takes}
    trends.validate(store, values.get("themes"), values.get("period"), **filters)


def render(store: str | os.PathLike[str], out: str | os.PathLike[str],
           params: Iterable[tuple[str, str]] | dict[str, Any] = (),
           kernel_name: str = KERNEL, timeout: int | None = 600,
           notebook: Path | None = None) -> tuple[Path, Path]:
    """Execute the report notebook on a store and write FILE.html and FILE.ipynb.

    Args:
        store: store directory written by `policytrends ingest`.
        out: the HTML file to write; the executed notebook goes beside it (.ipynb).
        params: ``(name, value)`` strings from the command line, or a dict of values.
        kernel_name: Jupyter kernel that runs the notebook.
        timeout: seconds one cell may run (None: no limit).
        notebook: a notebook to run instead of the packaged report.

    Returns:
        (html path, executed notebook path).

    Raises:
        StoreError: the store cannot be read.
        ValueError: an unknown or badly typed parameter, or a value the store does not
            know (a theme, source or country), checked before the notebook runs.
        ReportError: a cell failed (the message names the cell and the error).
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    out = Path(out)
    if out.suffix.lower() == ".ipynb":
        raise ValueError(f"--out {out}: names the HTML page, and the executed notebook is "
                         f"written beside it as FILE.ipynb; give {out.with_suffix('.html')}")
    reader = Store(store)
    reader.check_version()
    reader.check_parts()  # a damaged store stops here, not in a cell
    executed = out.with_suffix(".ipynb")
    with _notebook(notebook) as nb_path:
        declared = declared_parameters(nb_path)
        values = dict(params) if isinstance(params, dict) else coerce(params, declared)
        unknown = sorted(set(values) - set(declared))
        if unknown:
            raise ValueError(f"unknown report parameter(s) {unknown}; the report takes: "
                             + ", ".join(sorted(declared)))
        check_parameters(store, {**declared, **values})
        with output_lock(out), reader.pinned() as version, temporary(executed) as tmp_nb:
            values["store"] = str(version.resolve())  # this version only, while it runs
            try:
                papermill.execute_notebook(
                    str(nb_path), str(tmp_nb), parameters=values, kernel_name=kernel_name,
                    progress_bar=False, log_output=False, execution_timeout=timeout,
                    cwd=str(out.parent.resolve()), extra_arguments=KERNEL_ARGS)
            except PapermillExecutionError as exc:
                failed = out.with_suffix(".failed.ipynb")
                replace_file(tmp_nb, failed)
                first = next((ln for ln in str(exc.source).splitlines() if ln.strip()), "")
                raise ReportError(
                    f"report cell {exc.cell_index} (execution count {exc.exec_count}: "
                    f"{first.strip()[:80]}) failed: {exc.ename}: {exc.evalue}; "
                    f"the partly executed notebook is {failed}"
                ) from None
            title = str(values.get("title") or declared.get("title") or "policytrends report")
            with temporary(out) as tmp_html:
                write_file(tmp_html, to_html(tmp_nb, title), out)
                replace_file(tmp_nb, executed)
                replace_file(tmp_html, out)
    return out, executed


@contextmanager
def _notebook(path: Path | None) -> Iterator[Path]:
    if path is not None:
        yield path
        return
    with packaged_notebook() as packaged:
        yield packaged


def to_html(executed: Path, title: str) -> str:
    """A self-contained HTML page of an executed notebook, code cells hidden."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(template_name="basic", exclude_input=True,
                            exclude_input_prompt=True, exclude_output_prompt=True,
                            exclude_output_stdin=True, exclude_anchor_links=True)
    body, _ = exporter.from_notebook_node(nb)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


# -- helpers the notebook calls --------------------------------------------------------

class HTML:
    """Escaped HTML for a notebook output (IPython shows `_repr_html_`)."""

    def __init__(self, markup: str) -> None:
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.markup


def heading(title: str, freq: pd.DataFrame, store: str) -> HTML:
    """Report title and what it counts: store, sources, periods, records, generated time."""
    counted = freq.attrs.get("counted_sources") or []
    periods = freq["period"].drop_duplicates().sort_values() if len(freq) else pd.Series()
    span = (f"{periods.iloc[0]:%Y-%m-%d} to {periods.iloc[-1]:%Y-%m-%d}"
            if len(periods) else "no dated records")
    n = int(freq.drop_duplicates("period")["n_records"].sum()) if len(freq) else 0
    what = "meetings" if freq.attrs.get("meetings_only") else "records"
    lines = [
        f"Store: {_store_label(store)}",
        f"Sources: {', '.join(counted) or 'none'}; {n} {what} in periods from {span} "
        f"(per {freq.attrs.get('period', '?')})",
        f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
    ]
    undated = freq.attrs.get("undated") or 0
    if undated:
        per = freq.attrs.get("period")
        lines.append(f"Not counted: {undated} record{'s' if undated != 1 else ''} whose date "
                     f"does not give the {per}" + (
                         "." if per == "year" else
                         " (UN speeches carry only a year; they count in yearly reports)."))
    meta = "<br>".join(html.escape(line) for line in lines)
    return HTML(f"<h1>{html.escape(title)}</h1>\n<p class=\"pt-meta\">{meta}</p>")


def _store_label(store: str) -> str:
    """The store's folder, and the version read when the report pinned one."""
    reader = Store(store)
    if reader.root == Path(store):
        return store
    return f"{reader.root} (version {int(Path(store).name)})"


def peak_passages(src: Any, freq: pd.DataFrame, per_theme: int = 3,
                  **filters: Any) -> pd.DataFrame:
    """For each theme, the passages behind its busiest period (drill-down of the peak).

    Args:
        src: store directory or Frames.
        freq: `trends.theme_frequency` result (its period and themes are used).
        per_theme: passages shown per theme.
        **filters: the filters `freq` was computed with.

    Returns:
        ``theme``, ``period``, ``date``, ``source``, ``title``, ``passage``; plain text
        (pandas escapes it when shown as HTML).
    """
    from . import trends

    period = freq.attrs.get("period", "month")
    rows = []
    for theme, part in freq.groupby("theme", sort=False):
        if part["records"].max() <= 0:
            continue
        peak = part.sort_values(["records", "period"], ascending=[False, False]).iloc[0]
        hits = trends.drill_down(src, str(theme), peak["period"], period=period, **filters)
        hits = hits.drop_duplicates("record_id").head(per_theme)
        for _, h in hits.iterrows():
            label = str(pd.Period(peak["period"], freq=trends.PERIODS[period]))
            rows.append({"theme": theme, "period": label,
                         "date": f"{h['date']:%Y-%m-%d}" if pd.notna(h["date"]) else "",
                         "source": h["source"], "title": h["title"],
                         "passage": h["context"] if isinstance(h["context"], str) else ""})
    return pd.DataFrame(rows, columns=["theme", "period", "date", "source", "title", "passage"])


SHARE_COLUMNS = ("share", "recent_share", "baseline_share", "ci_low", "ci_high")
HEADERS = {"theme": "Theme", "recent_records": "Recent records", "recent_n": "Recent n",
           "recent_share": "Recent share", "baseline_records": "Baseline records",
           "baseline_n": "Baseline n", "baseline_share": "Baseline share",
           "change": "Change", "ratio": "Ratio", "note": "Note"}


def table(df: pd.DataFrame, columns: Sequence[str] | None = None, max_rows: int = 30) -> HTML:
    """A DataFrame as an HTML table with every cell escaped, for reading: theme keys as
    their labels, shares as percentages, a change in percentage points, other decimals
    rounded to two places, dates without a time."""
    view = (df[list(columns)] if columns else df).head(max_rows).copy()
    for col in view.columns:
        values = view[col]
        if col in ("theme", "themes"):
            view[col] = [_themes_cell(v) for v in values]
            continue
        if col in SHARE_COLUMNS:
            view[col] = [_fmt(v, "{:.1%}") for v in values]
        elif col == "change":
            view[col] = [_fmt(v * 100, "{:+.1f} pp") for v in values]
        elif pd.api.types.is_float_dtype(values):
            view[col] = [_fmt(v, "{:.2f}") for v in values]
        elif pd.api.types.is_datetime64_any_dtype(values):
            view[col] = [f"{v:%Y-%m-%d}" if pd.notna(v) else "" for v in values]
        view[col] = [html.escape(str(v)) if v is not None and not pd.isna(v) else ""
                     for v in view[col]]
    view.columns = [html.escape(HEADERS.get(str(c), str(c).replace("_", " ").capitalize()))
                    for c in view.columns]
    # every cell escaped above; theme cells carry their chart colour as a swatch
    markup = view.to_html(index=False, escape=False, na_rep="", border=0)
    more = len(df) - max_rows
    if more > 0:
        markup += f"<p class=\"pt-meta\">{more} more rows not shown.</p>"
    return HTML(markup)


def _themes_cell(value: Any) -> str:
    """Theme key(s) (comma-joined) as labels, each after a swatch of its chart colour."""
    from .palette import label, theme_colour

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    keys = [k.strip() for k in str(value).split(",") if k.strip()]
    return ", ".join(f'<span class="pt-swatch" style="background:{theme_colour(k)}">'
                     f"</span>{html.escape(label(k))}" for k in keys)


def _fmt(value: Any, pattern: str) -> str:
    return "" if value is None or pd.isna(value) else pattern.format(value)


def rising(df: pd.DataFrame, min_n: int = 20) -> HTML:
    """`trends.rising_themes` as a table, each row warning when a window rests on fewer
    than `min_n` records (its share then moves a lot with one record)."""
    notes = []
    for recent, baseline in zip(df["recent_n"], df["baseline_n"], strict=True):
        few = [f"{name} n={int(n)}" for name, n in (("recent", recent), ("baseline", baseline))
               if pd.notna(n) and int(n) < min_n]
        notes.append(f"few records ({', '.join(few)}): read with care" if few else "")
    shown = df.assign(note=notes)
    cols = ["theme", "recent_records", "recent_n", "recent_share", "baseline_records",
            "baseline_n", "baseline_share", "change", "note"]
    return table(shown, [c for c in cols if c in shown.columns])
