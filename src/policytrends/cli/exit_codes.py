"""The exit codes of `policytrends`: one table for every command.

Every command returns one of these; README's "Exit codes" table lists the same codes
(a test keeps the two in step). argparse itself exits with `USAGE` (2) on an unknown
option or a missing argument.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a `policytrends` run's exit status means."""

    OK = 0
    """Success."""

    INCOMPLETE = 1
    """The run finished but not everything went through: inputs were rejected (`ingest`
    without --allow-rejects), a report cell failed, pages could not be fetched (`fetch`
    without --allow-failures), or a fetch stopped at a cap (--max-listings, --max-records)."""

    USAGE = 2
    """Usage error: an unknown option or missing argument, an `ingest` SRC that does not
    exist, a bad report parameter or `--out`, a fetch window or plan that cannot be run."""

    ERROR = 3
    """The store, a taxonomy file or the report's output could not be used (locked,
    another schema version, damaged, malformed, not writable)."""

    INTERRUPTED = 130
    """Interrupted (Ctrl-C): the store is unchanged; a fetch keeps the pages saved so far."""
