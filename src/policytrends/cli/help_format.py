"""The layout of every command's help: descriptions and examples kept as written."""

from __future__ import annotations

import argparse


def formatter(prog: str) -> argparse.HelpFormatter:
    """The help formatter of `policytrends` and its commands (line breaks kept)."""
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)
