"""A local copy of one publisher's site served on 127.0.0.1, with faults attached to chosen
paths: `Site` serves tests/fixtures/site/<name>/ from a thread of http.server, for the
fetch tests (nothing leaves 127.0.0.1)."""

from __future__ import annotations

import hashlib
import http.server
import shutil
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from repo_paths import FIXTURES

from policytrends.fetch.http import ClientConfig

SITES = FIXTURES / "site"
TYPES = {".html": "text/html; charset=UTF-8", ".xml": "application/rss+xml; charset=UTF-8",
         ".txt": "text/plain; charset=UTF-8"}


@dataclass
class Fault:
    """What the server does instead of serving a path normally.

    kind: "status" (answer `status` for the first `times` requests, then serve the page),
    "slow" (sleep `seconds` first), "hang_once" (sleep `seconds` on the first request
    only), "redirect" (302 to `location`, where {base} is the server's root), "body"
    (200 with `body` as `content_type`), "truncated" (a Content-Length longer than
    the bytes sent), "trickle" (200, then one byte every `seconds`).
    """

    kind: str
    status: int = 200
    times: int = 1_000_000
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    location: str = ""
    body: bytes = b""
    content_type: str = "text/html"
    hits: int = 0


@dataclass
class Hit:
    path: str  # path and query as requested
    status: int | str
    host: str
    headers: dict[str, str]
    at: float


class Site:
    """A local copy of one publisher's site, served on 127.0.0.1 with faults.

    Args:
        name: folder under tests/fixtures/site/.
        root: where to copy it (a tmp_path), so a test can change pages.
        validators: "etag", "last-modified" or "both": what the server sends and honours.
    """

    def __init__(self, name: str, root: Path, validators: str = "both") -> None:
        self.root = root / f"site-{name}"
        shutil.copytree(SITES / name, self.root)
        self.validators = validators
        self.faults: dict[str, Fault] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site._handle(self)

        class Server(http.server.ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # the client gave up on a slow or truncated response: expected

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- what the tests look at ---------------------------------------------------
    def hits(self, path: str, status: int | str | None = None) -> int:
        return sum(1 for h in self.log if h.path == path and (status is None or h.status == status))

    def bodies_served(self) -> dict[str, int]:
        """Path -> number of 200 responses."""
        out: dict[str, int] = {}
        for h in self.log:
            if h.status == 200:
                out[h.path] = out.get(h.path, 0) + 1
        return out

    def file_for(self, path: str) -> Path | None:
        parts = urlsplit(path)
        rel = unquote(parts.path).lstrip("/")
        if parts.query:
            cands = [f"{rel}index@{parts.query}{ext}" for ext in (".xml", ".html")]
        elif rel == "" or rel.endswith("/"):
            cands = [f"{rel}index.html", f"{rel}index.xml"]
        else:
            cands = [rel]
        for c in cands:
            f = (self.root / c).resolve()
            if f.is_file() and f.is_relative_to(self.root.resolve()):
                return f
        return None

    # -- serving --------------------------------------------------------------------
    def _record(self, h: http.server.BaseHTTPRequestHandler, status: int | str) -> None:
        with self._lock:
            self.log.append(Hit(h.path, status, h.headers.get("Host", ""),
                                {k.lower(): v for k, v in h.headers.items()}, time.monotonic()))

    def _send(self, h: http.server.BaseHTTPRequestHandler, status: int, body: bytes,
              headers: dict[str, str]) -> None:
        self._record(h, status)
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _start_body(self, h: http.server.BaseHTTPRequestHandler, kind: str, length: int
                    ) -> None:
        """A 200 whose Content-Length promises `length` bytes; the caller sends what it will."""
        self._record(h, kind)
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(length))
        h.end_headers()

    def _handle(self, h: http.server.BaseHTTPRequestHandler) -> None:
        fault = self.faults.get(h.path)
        if fault is not None:
            fault.hits += 1
            if fault.kind == "status" and fault.hits <= fault.times:
                return self._send(h, fault.status, b"busy", fault.headers)
            if fault.kind == "slow" or (fault.kind == "hang_once" and fault.hits == 1):
                self._record(h, "slow")
                time.sleep(fault.seconds)
            if fault.kind == "redirect":
                return self._send(h, 302, b"", {"Location": fault.location.format(base=self.base,
                                                                                    port=self.port)})
            if fault.kind == "body":
                return self._send(h, 200, fault.body, {"Content-Type": fault.content_type})
            if fault.kind == "trickle":
                self._start_body(h, "trickle", 100000)
                try:
                    for _ in range(100000):
                        h.wfile.write(b"x")
                        h.wfile.flush()
                        time.sleep(fault.seconds)
                except OSError:
                    pass  # the client gave up: what the test wants
                h.close_connection = True
                return None
            if fault.kind == "truncated":
                self._start_body(h, "truncated", 5000)
                h.wfile.write(b"<html><body><p>The beginning of a page that never ends")
                h.wfile.flush()
                h.close_connection = True
                return None
        f = self.file_for(h.path)
        if f is None:
            return self._send(h, 404, b"not found", {"Content-Type": "text/plain"})
        body = f.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": TYPES.get(f.suffix, "application/octet-stream")}
        if self.validators in ("etag", "both"):
            headers["ETag"] = etag
        if self.validators in ("last-modified", "both"):
            mtime = datetime.fromtimestamp(f.stat().st_mtime, UTC)
            headers["Last-Modified"] = mtime.strftime("%a, %d %b %Y %H:%M:%S GMT")
        inm = h.headers.get("If-None-Match")
        ims = h.headers.get("If-Modified-Since")
        if (inm and inm == headers.get("ETag")) or (
                not inm and ims and ims == headers.get("Last-Modified")):
            headers.pop("Content-Type")
            return self._send(h, 304, b"", headers)
        return self._send(h, 200, body, headers)


FAST = ClientConfig(delay=0.0, timeout=2.0, retries=2, backoff=0.01, max_wait=60.0,
                    env_proxies=False)
