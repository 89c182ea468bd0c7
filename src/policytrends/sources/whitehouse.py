"""Placeholder: the whitehouse format (to be written)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..records import RawRecord, Reject

NAME = "whitehouse"


def detect(head: bytes, name: str) -> bool:
    return False


def read(path: Path, rel: str) -> Iterator[RawRecord | Reject]:
    raise NotImplementedError
