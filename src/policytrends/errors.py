"""Exception classes. Errors in inputs are values (rejects); these are for callers."""

from __future__ import annotations


class PolicytrendsError(Exception):
    """Base class for errors the CLI reports without a traceback."""


class SourceError(PolicytrendsError):
    """An input file (or one item of it) cannot become a record.

    Args:
        reason: short machine-readable reason (e.g. "empty", "binary", "malformed_xml").
        detail: a sentence naming the problem.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class InputNotFoundError(PolicytrendsError, FileNotFoundError):
    """A file or folder given to ingest does not exist (the CLI exits 2, a usage error)."""


class StoreError(PolicytrendsError):
    """The store cannot be read or written (locked, wrong schema version, corrupt)."""


class StoreWarning(UserWarning):
    """The store was read in a way its owner should know of (e.g. a lost `current` link
    repaired from its newest complete version)."""


class TaxonomyError(PolicytrendsError):
    """A taxonomy file is malformed; the message names the file, theme and problem."""


class WorkerError(PolicytrendsError):
    """A parsing process stopped without a result (killed, out of memory): the run stops
    and the store is unchanged."""
