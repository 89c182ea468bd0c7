"""The crawl: listing pages -> record pages -> files and manifest lines.

Resumable: every page is written atomically and recorded in the manifest as soon as it
arrives, and a saved page is only asked for again with its validators (ETag /
Last-Modified), so a run after an interruption downloads nothing it already has unless
the publisher changed it.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

from ..errors import PolicytrendsError
from ..fetched_folders import LISTINGS_DIR, Entry
from . import kantei, mofa, mofa_ja, state, whitehouse
from .http import ClientConfig, FetchError, PoliteClient, Response, downgrades, origin
from .listing import Listing, Window
from .manifest import (
    Manifest,
    atomic_write,
    remove_partials,
    resolve_inside,
    safe_relpath,
)

SOURCES: dict[str, ModuleType] = {m.NAME: m for m in (mofa, kantei, whitehouse, state)}
# listing rules of a source's pages in another language than English (`--lang`)
LANGUAGES: dict[tuple[str, str], ModuleType] = {("mofa", "ja"): mofa_ja}


@dataclass(frozen=True)
class CrawlLimits:
    """Caps of one run, so that a date typo or a site that pages for ever cannot make
    a run of days; each has a flag of `policytrends fetch` that raises it.

    Attributes:
        max_listings: listing pages read (and planned: monthly index pages of --since).
        max_records: record pages asked for.
    """

    max_listings: int = 1000
    max_records: int = 10_000


class FetchPlanError(PolicytrendsError):
    """The run would need more requests than the limits allow; nothing was fetched."""


@dataclass
class FetchSummary:
    """What a fetch run did; printed by the CLI."""

    source: str
    listings: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    partials_removed: int = 0
    stopped: str | None = None  # why the run stopped before the end (a cap), if it did

    def lines(self) -> list[str]:
        out = [
            f"{self.source}: listing pages read: {self.listings}",
            f"records: {self.new} new, {self.changed} changed, {self.unchanged} unchanged",
            f"skipped: {sum(self.skipped.values())}",
        ]
        out += [f"  {reason}: {n}" for reason, n in sorted(self.skipped.items())]
        out.append(f"failed: {sum(self.failed.values())}")
        out += [f"  {reason}: {n}" for reason, n in sorted(self.failed.items())]
        out.append(f"requests: {self.requests}")
        if self.partials_removed:
            out.append(f"partial files of an interrupted run removed: {self.partials_removed}")
        if self.stopped:
            out.append(f"stopped early: {self.stopped}")
        return out


# Refusals of our own rules are skips; everything else that stops a page is a failure.
SKIP_REASONS = frozenset({"robots", "off_domain", "bad_scheme", "downgrade"})


class _Crawl:
    def __init__(self, mod: ModuleType, out: Path, base: str, client: PoliteClient,
                 window: Window, new_only: bool, summary: FetchSummary) -> None:
        self.mod, self.out, self.base, self.client = mod, out, base, client
        self.window, self.new_only, self.summary = window, new_only, summary
        self.manifest = Manifest(out, mod.NAME)

    def listing(self, url: str) -> Listing | None:
        """Fetch and parse one listing page (from disk when it is unchanged)."""
        saved = self.manifest.saved(url)
        got = self._get(url, saved)
        if got is None:
            return None
        resp, body = got
        if not self._acceptable(url, resp, body, self.mod.LISTING_TYPES):
            return None
        self.summary.listings += 1
        listing = self.mod.parse_listing(url, body, self.window)
        if resp.status == 200:
            if not self._save(url, resp, body, "record" if listing.is_record else "listing"):
                return listing
        else:
            self._note_unchanged(url, resp, saved, "record" if listing.is_record else "listing")
        if listing.is_record:
            self._count(resp, saved)
        return listing

    def record(self, url: str) -> None:
        """Fetch one record page unless it is saved and unchanged."""
        saved = self.manifest.saved(url)
        if saved and self.new_only:
            self.summary.unchanged += 1
            return
        got = self._get(url, saved)
        if got is None:
            return
        resp, body = got
        if not self._acceptable(url, resp, body, self.mod.RECORD_TYPES):
            return
        if resp.status == 200:
            if not self._save(url, resp, body, "record"):
                return
        else:
            self._note_unchanged(url, resp, saved, "record")
        self._count(resp, saved)

    def no_downgrade(self, page: str, links: list[str]) -> list[str]:
        """`links` of a listing page but those that would leave https for http."""
        kept = []
        for link in links:
            if downgrades(page, link):
                self.summary.skipped["downgrade"] += 1
                self._log(Entry(link, _now(), None, error=f"downgrade: refused: an http link "
                                f"on the https page {page}"))
            else:
                kept.append(link)
        return kept

    # -- helpers --------------------------------------------------------------
    def _get(self, url: str, saved: Entry | None) -> tuple[Response, bytes] | None:
        validators = {"etag": saved.etag or "", "last_modified": saved.last_modified or ""} \
            if saved else None
        try:
            resp = self.client.get(url, validators)
        except FetchError as exc:
            bucket = self.summary.skipped if exc.reason in SKIP_REASONS else self.summary.failed
            bucket[exc.reason] += 1
            self._log(Entry(url, _now(), None, error=f"{exc.reason}: {exc.detail}"))
            return None
        if resp.status == 304 and saved and saved.path:
            return resp, (self.out / saved.path).read_bytes()
        if resp.status != 200:
            self.summary.failed[f"http_{resp.status}"] += 1
            self._log(Entry(url, _now(), resp.status, resp.content_type or None,
                            error=f"HTTP {resp.status}"))
            return None
        return resp, resp.body

    def _acceptable(self, url: str, resp: Response, body: bytes, types: tuple[str, ...]) -> bool:
        if resp.status == 304:
            return True
        problem = None
        if resp.content_type not in types:
            problem = f"content type {resp.content_type or '(none)'!r}, expected {', '.join(types)}"
        elif body[:5] == b"%PDF-" or b"\x00" in body[:4096]:
            problem = "binary body despite a text content type"
        if problem is None:
            return True
        self.summary.failed["unexpected_content"] += 1
        self._log(Entry(url, _now(), resp.status, resp.content_type or None, error=problem))
        return False

    def _name(self, url: str, kind: str) -> str | None:
        """Where `url`'s bytes go (relative to DIR): a name no other URL of the manifest
        holds. A URL saved before keeps its file (folders of earlier versions included)."""
        listings = f"{self.mod.NAME}/{LISTINGS_DIR}"
        folder = self.mod.NAME if kind == "record" else listings
        saved = self.manifest.saved(url)
        if saved and saved.path and saved.path.startswith(f"{folder}/") and (
                kind != "record") == saved.path.startswith(f"{listings}/"):
            return saved.path
        for digits in (0, 10, 64):  # the plain name, then with a hash of the URL
            rel = f"{folder}/{safe_relpath(url, self.mod.RECORD_EXT, digits)}"
            if self.manifest.owner(rel) in (None, url):
                return rel
        return None

    def _save(self, url: str, resp: Response, body: bytes, kind: str) -> bool:
        rel = self._name(url, kind)
        if rel is None:
            self.summary.failed["name_collision"] += 1
            self._log(Entry(url, _now(), resp.status, error="name_collision: every file name "
                            "for this URL holds another URL's page"))
            return False
        try:
            target = resolve_inside(self.out, rel)
            atomic_write(target, body)
        except (OSError, ValueError) as exc:
            self.summary.failed["unwritable"] += 1
            self._log(Entry(url, _now(), resp.status, error=f"cannot save {rel}: {exc}"))
            return False
        self._log(Entry(
            url=url, fetched_at=_now(), status=resp.status, content_type=resp.content_type or None,
            etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"),
            sha256=hashlib.sha256(body).hexdigest(), path=rel, kind=kind,
        ))
        return True

    def _note_unchanged(self, url: str, resp: Response, saved: Entry | None, kind: str) -> None:
        assert saved is not None
        self._log(Entry(
            url=url, fetched_at=_now(), status=304, content_type=saved.content_type,
            etag=resp.headers.get("etag") or saved.etag,
            last_modified=resp.headers.get("last-modified") or saved.last_modified,
            sha256=saved.sha256, path=saved.path, kind=kind,
        ))

    def _count(self, resp: Response, saved: Entry | None) -> None:
        if resp.status == 304:
            self.summary.unchanged += 1
        elif saved is None:
            self.summary.new += 1
        else:
            self.summary.changed += 1

    def _log(self, entry: Entry) -> None:
        self.manifest.append(entry)


def fetch(
    source: str,
    out: str | os.PathLike[str],
    *,
    since: date | None = None,
    until: date | None = None,
    base_url: str | None = None,
    config: ClientConfig | None = None,
    new_only: bool = False,
    progress: Callable[[int], object] | None = None,
    on_total: Callable[[int], object] | None = None,
    client: PoliteClient | None = None,
    lang: str = "en",
    limits: CrawlLimits | None = None,
) -> FetchSummary:
    """Download a source's record pages published between `since` and `until` into `out`.

    Args:
        source: "mofa", "kantei", "whitehouse" or "state".
        out: output folder; pages go to `out/<source>/...`, the manifest beside them.
        since, until: publication dates to fetch (inclusive); None is open-ended.
        base_url: the site's root for this source (a mirror, or a test server); only
            its host may be contacted then. Default: the publisher's own site.
        config: politeness settings (delay, timeout, retries, ...).
        new_only: do not revalidate record pages already saved (no request at all).
        progress: called with 1 after each record page.
        on_total: called with the number of record pages known so far, as it grows.
        client: an HTTP client to use instead of a new one (tests).
        lang: "en" (default) or "ja": the publisher's pages in that language (MOFA has
            Japanese ones); saved in the same folder, told apart by ingest.
        limits: caps on listing pages and record pages (default: CrawlLimits()); a run
            that reaches one stops and says so in `FetchSummary.stopped`.

    Returns:
        A FetchSummary of pages saved, unchanged, skipped and failed.

    Raises:
        KeyError: unknown source, or a language the source has no listing rules for.
        FetchPlanError: the dates need more listing pages than `limits` allow.
    """
    if source not in SOURCES:
        raise KeyError(f"unknown source {source!r}; choose from {', '.join(SOURCES)}")
    mod = SOURCES[source]
    if lang != "en":
        if (source, lang) not in LANGUAGES:
            known = ", ".join(f"{s} --lang {la}" for s, la in sorted(LANGUAGES))
            raise KeyError(f"no {lang!r} pages to fetch for {source!r} (known: {known})")
        mod = LANGUAGES[(source, lang)]
    base = base_url or mod.BASE_URL
    if not base.endswith("/") and not urlsplit(base).query and "." not in base.rsplit("/", 1)[-1]:
        base += "/"
    hosts = mod.HOSTS if base_url is None else (origin(base),)
    limits = limits or CrawlLimits()
    window = Window(since, until)
    pages = deque(mod.start_pages(base, window))
    if len(pages) > limits.max_listings:
        raise FetchPlanError(
            f"{source}: {since or '...'} to {until or 'today'} needs {len(pages):,} listing "
            f"pages, more than the cap of {limits.max_listings:,}: check --since and --until, "
            "or raise --max-listings")
    client = client or PoliteClient(hosts, config or ClientConfig())
    root = Path(out)
    summary = FetchSummary(source)
    summary.partials_removed = remove_partials(root / mod.NAME)
    crawl = _Crawl(mod, root, base, client, window, new_only, summary)
    seen_pages: set[str] = set()
    seen_records: set[str] = set()
    try:
        while pages:
            page = pages.popleft()
            if page in seen_pages:
                continue
            if len(seen_pages) >= limits.max_listings:
                summary.stopped = (f"{limits.max_listings:,} listing pages read, the cap "
                                   "(--max-listings raises it; a second run resumes)")
                break
            seen_pages.add(page)
            listing = crawl.listing(page)
            if listing is None:
                continue
            pages.extend(crawl.no_downgrade(page, listing.pages))
            todo = [u for u in crawl.no_downgrade(page, listing.records)
                    if u not in seen_records]
            room = limits.max_records - len(seen_records)
            if len(todo) > room:
                todo = todo[:max(room, 0)]
                summary.stopped = (f"{limits.max_records:,} record pages, the cap "
                                   "(--max-records raises it; a second run resumes)")
                pages.clear()
            seen_records.update(todo)
            if todo and on_total:
                on_total(len(seen_records))
            for url in todo:
                crawl.record(url)
                if progress:
                    progress(1)
    finally:
        summary.requests = client.requests
    return summary


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
