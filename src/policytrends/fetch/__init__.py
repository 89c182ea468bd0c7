"""Fetch records from the publishers' sites into a folder `policytrends ingest` reads.

    policytrends fetch whitehouse --out data/raw --since 2024-01-01

One module per source holds its listing rules (`mofa`, `kantei`, `whitehouse`, `state`); `http`
is the polite client, `manifest` the on-disk layout, `crawl` ties them together.
"""

from __future__ import annotations

from ..fetched_folders import saved_url
from .crawl import SOURCES, FetchSummary, fetch
from .http import ClientConfig, FetchError, PoliteClient

__all__ = ["SOURCES", "ClientConfig", "FetchError", "FetchSummary", "PoliteClient", "fetch",
           "saved_url"]
