"""The command line: a thin shell over the library, one module per command.

`main` is the console entry point (`policytrends ...`, `python -m policytrends ...`).
Each command module (`ingest`, `fetch`, `report`, `themes`, `explain`, `retag`) adds its
subparser with `add(sub)` and runs with `run(args)`, importing the library only then so
that the command line starts quickly; every run returns an `ExitCode` (`exit_codes`).
argparse is used here and nowhere else in the package.
"""

from __future__ import annotations

from .app import build_parser, main
from .exit_codes import ExitCode

__all__ = ["ExitCode", "build_parser", "main"]
