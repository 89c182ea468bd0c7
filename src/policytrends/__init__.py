"""policytrends: foreign-policy trend analysis from official readouts and speeches."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .frames import Frames, load
from .ingest import Summary, ingest

try:
    __version__ = version("policytrends")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["Frames", "Summary", "__version__", "ingest", "load"]
