"""policytrends: foreign-policy trend analysis from official readouts and speeches."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from . import compiled

# before any submodule loads: the listed modules then come from their current builds
compiled.install()

from .ingest import Summary, ingest  # noqa: E402

if TYPE_CHECKING:
    from .frames import Frames, load

try:
    __version__ = version("policytrends")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["Frames", "Summary", "__version__", "ingest", "load"]
# analysis modules reachable as attributes (`policytrends.trends.theme_frequency`),
# imported on first use
SUBMODULES = ("trends", "plots", "report", "officials", "panel", "sql", "palette")


def __getattr__(name: str) -> Any:
    """`load`, `Frames` and the analysis modules import pandas when first asked for: an
    ingest (and each of its worker processes) does not need it, and importing it is slow."""
    if name in ("Frames", "load"):
        from . import frames

        return getattr(frames, name)
    if name in SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'policytrends' has no attribute {name!r}")
