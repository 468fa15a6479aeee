"""A real HTTP server on 127.0.0.1 that serves feeds to the tests.

Each path is a `Route`: a body with ETag/Last-Modified (answering 304 to a matching
conditional GET), or a scripted failure (status, headers, delay, dripping body, redirect).
Every request is recorded so tests can assert what the client sent.
"""
from __future__ import annotations

import email.utils
import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    validators: bool = True  # send ETag/Last-Modified and honour conditional GET
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between body bytes (a slow, dripping body)
    gzip: bool = False  # send the body gzip-encoded
    last_modified: float = field(default_factory=time.time)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 refuses bursts of concurrent connections


class FeedServer:
    """`with FeedServer() as server: server.set("/a.xml", Route(body=...)); server.url("/a.xml")`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.in_flight = 0  # requests being answered right now
        self.max_in_flight = 0  # the most ever answered at once (concurrency limits)
        self.connections = 0  # TCP connections accepted (keep-alive reuses one)
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server.connections += 1

            def do_GET(self) -> None:
                server._handle(self)

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        # a short poll interval so that shutdown() returns quickly at the end of each test
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def set(self, path: str, route: Route) -> Route:
        with self._lock:
            self.routes[path] = route
        return route

    def publish(self, path: str, body: bytes) -> None:
        """Change a feed's body, as a site does when it publishes: new validators too."""
        with self._lock:
            route = self.routes[path]
            route.body = body
            route.last_modified = time.time() + 1

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def __enter__(self) -> "FeedServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._answer_route(handler)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer_route(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self._lock:
            self.requests.append(Request(path, {k.lower(): v for k, v in handler.headers.items()}))
            route = self.routes.get(path)
        if route is None:
            self._answer(handler, 404, {"Content-Type": "text/plain"}, b"not found")
            return
        if route.delay:
            time.sleep(route.delay)
        headers = {"Content-Type": route.content_type, **route.headers}
        if route.validators and route.status == 200:
            last_modified = email.utils.formatdate(route.last_modified, usegmt=True)
            headers["ETag"] = route.etag
            headers["Last-Modified"] = last_modified
            # As HTTP says: If-None-Match, when sent, decides alone (dates are only to the second).
            if_none_match = handler.headers.get("If-None-Match")
            if (if_none_match == route.etag if if_none_match is not None
                    else handler.headers.get("If-Modified-Since") == last_modified):
                self._answer(handler, 304, {"ETag": route.etag}, b"")
                return
        body = route.body
        if route.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        self._answer(handler, route.status, headers, body, drip=route.drip)

    @staticmethod
    def _answer(handler, status: int, headers: dict[str, str], body: bytes, drip: float = 0.0) -> None:
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if drip:
                for i in range(len(body)):
                    handler.wfile.write(body[i : i + 1])
                    handler.wfile.flush()
                    time.sleep(drip)
            else:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a deadline, a size cap): that is what the test wanted


def rss(items: list[dict[str, str]], title: str = "Flux de test", link: str = "https://example.fr/") -> bytes:
    """A small RSS 2.0 document; each item may have title, link, guid, description, pubDate."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>{title}</title><link>{link}</link><description>test</description>",
    ]
    for item in items:
        parts.append("<item>")
        for tag in ("title", "link", "guid", "description", "pubDate"):
            if tag in item:
                parts.append(f"<{tag}>{item[tag]}</{tag}>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")
