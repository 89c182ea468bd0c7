"""`policytrends fetch`: download records from a publisher's site (polite, resumable)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta

from .exit_codes import ExitCode
from .help_format import formatter
from .progress import progress_bar

DEFAULT_DAYS = 30  # without --since: this many days before --until
EPILOG = """\
Pages are saved unchanged under OUT/SOURCE/ with a manifest (OUT/SOURCE/.fetch-manifest.jsonl);
`policytrends ingest OUT` reads them and takes each page's URL from the manifest. A second run
asks only for what changed (ETag / Last-Modified) and resumes an interrupted one.
Without --since, the 30 days before --until (default: today) are fetched.

example:
  policytrends fetch whitehouse --out data/raw --since 2024-01-01
  policytrends fetch mofa --out data/raw --since 2023-04-01 --until 2023-06-30 --quiet
  policytrends fetch state --out data/raw && policytrends ingest data/raw --store data/store
"""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-01-31") from exc


def add(sub: argparse._SubParsersAction) -> None:
    """Add the `fetch` command to `sub`."""
    from ..fetch.crawl import SOURCES, CrawlLimits  # the defaults the help shows
    from ..fetch.http import ClientConfig

    p = sub.add_parser(
        "fetch",
        help="download records from a publisher's site (polite, resumable)",
        formatter_class=formatter,
        description="Download record pages of SOURCE published between --since and --until:\n"
        "mofa (MOFA Japan monthly press-release index and regional pages), kantei (Japan's\n"
        "Prime Minister's Office monthly lists of the Prime Minister's actions and diplomacy),\n"
        "whitehouse\n"
        "(briefing-room listing pages), state (press-release RSS feed and its archive pages).\n"
        "Obeys robots.txt, waits --delay seconds between requests to a host, retries\n"
        "429/5xx/timeouts with exponential backoff honouring Retry-After.",
        epilog=EPILOG,
    )
    p.add_argument("source", choices=sorted(SOURCES), metavar="SOURCE",
                   help=f"one of: {', '.join(sorted(SOURCES))}")
    p.add_argument("--out", required=True, help="output folder (created if missing)")
    p.add_argument("--since", type=_day, default=None, metavar="YYYY-MM-DD",
                   help=f"first publication date (default: {DEFAULT_DAYS} days before --until)")
    p.add_argument("--until", type=_day, default=None, metavar="YYYY-MM-DD",
                   help="last publication date (default: today)")
    defaults = ClientConfig()
    p.add_argument("--delay", type=float, default=defaults.delay, metavar="SECONDS",
                   help=f"wait between requests to one host (default: {defaults.delay:g})")
    p.add_argument("--timeout", type=float, default=defaults.timeout, metavar="SECONDS",
                   help="longest wait for a connection or the next bytes of a response "
                   f"(default: {defaults.timeout:g})")
    p.add_argument("--deadline", type=float, default=defaults.deadline, metavar="SECONDS",
                   help="longest time one whole response may take, however slowly it arrives "
                   f"(default: {defaults.deadline:g})")
    p.add_argument("--max-crawl-delay", type=float, default=defaults.max_crawl_delay,
                   metavar="SECONDS", help="longest robots.txt Crawl-delay obeyed; a host "
                   f"asking for more is not fetched (default: {defaults.max_crawl_delay:g})")
    limits = CrawlLimits()
    p.add_argument("--max-listings", type=int, default=limits.max_listings, metavar="N",
                   help="most listing pages a run reads or plans (default: "
                   f"{limits.max_listings})")
    p.add_argument("--max-records", type=int, default=limits.max_records, metavar="N",
                   help=f"most record pages a run asks for (default: {limits.max_records})")
    p.add_argument("--retries", type=int, default=defaults.retries,
                   help=f"retries after 429/5xx/timeouts (default: {defaults.retries})")
    p.add_argument("--backoff", type=float, default=defaults.backoff, metavar="SECONDS",
                   help=f"first retry wait, doubled each time (default: {defaults.backoff:g})")
    p.add_argument("--base-url", default=None, metavar="URL",
                   help="fetch from this root instead of the publisher's site (a mirror); "
                   "only its host is contacted")
    p.add_argument("--new-only", action="store_true",
                   help="do not revalidate record pages already saved")
    p.add_argument("--allow-failures", action="store_true",
                   help="exit 0 even if some pages failed")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--lang", choices=("en", "ja"), default="en",
                   help="the site's pages in this language (default: en; mofa also has ja: "
                   "www.mofa.go.jp/mofaj/)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Run `policytrends fetch`: OK when every page was fetched, INCOMPLETE when some failed."""
    from ..fetch.crawl import CrawlLimits, FetchPlanError, fetch
    from ..fetch.http import ClientConfig

    until = args.until
    since = args.since or (until or date.today()) - timedelta(days=DEFAULT_DAYS)
    if until and since > until:
        print(f"policytrends fetch: --since {since} is after --until {until}", file=sys.stderr)
        return ExitCode.USAGE
    config = ClientConfig(delay=args.delay, timeout=args.timeout, retries=args.retries,
                          backoff=args.backoff, deadline=args.deadline,
                          max_crawl_delay=args.max_crawl_delay)
    limits = CrawlLimits(max_listings=args.max_listings, max_records=args.max_records)
    bar, on_total = progress_bar("page", args.quiet, desc=args.source)
    try:
        summary = fetch(args.source, args.out, since=since, until=until, base_url=args.base_url,
                        config=config, new_only=args.new_only, progress=bar.update,
                        on_total=on_total, lang=args.lang, limits=limits)
    except FetchPlanError as exc:
        print(f"policytrends fetch: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except KeyError as exc:
        print(f"policytrends fetch: {exc.args[0]}", file=sys.stderr)
        return ExitCode.USAGE
    except KeyboardInterrupt:
        print("policytrends fetch: interrupted; the pages saved so far are kept, run the same "
              "command again to resume", file=sys.stderr)
        return ExitCode.INTERRUPTED
    finally:
        bar.close()
    for line in summary.lines():
        print(line)
    if summary.stopped:
        print(f"policytrends fetch: stopped early: {summary.stopped}", file=sys.stderr)
        return ExitCode.INCOMPLETE
    if sum(summary.failed.values()) and not args.allow_failures:
        print("some pages could not be fetched (see the manifest); --allow-failures to exit 0",
              file=sys.stderr)
        return ExitCode.INCOMPLETE
    return ExitCode.OK
