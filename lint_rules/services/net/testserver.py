"""A small scriptable HTTP server on 127.0.0.x for the tests and benchmarks of the online
rules (standard library only; real sockets, so the client is tested end to end).

    with LocalServer() as srv:
        srv.route("/moved", 301, headers={"Location": "/new"})
        srv.route("/new", 200, body=b"<title>New</title>")
        srv.route("/flaky", sequence=[(503, {"Retry-After": "0"}), (200, {})])
        srv.route("/slow", delay=2.0)
        srv.route("/no-head", head_status=405)
        srv.route("/drop", drop=True)
        srv.route("/trickle", trickle=2.0)            # one byte of the answer every 2 s
        srv.route("/trickle-body", body=b"x" * 100, trickle=1.0, trickle_body_only=True)
        srv.route("/hang", head_status=200, head_delay=30)   # HEAD hangs, GET answers
        LocalServer(tls=(certfile, keyfile))  # https://
        url = srv.url("/moved")
        srv.count("/moved")             # requests seen for a path
        srv.connections                 # TCP connections accepted (keep-alive reuse)

Unknown paths answer with ``default_status`` (404 unless set). ``delay`` applies to every
path when given to the constructor (the benchmark's 100 ms servers).
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Route:
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    head_status: int | None = None
    drop: bool = False
    sequence: list[tuple[int, Mapping[str, str]]] | None = None
    #: seconds between single bytes of the answer (a slow sender); with
    #: ``trickle_body_only`` the head is sent at once and only the body trickles
    trickle: float = 0.0
    trickle_body_only: bool = False
    #: a delay for HEAD requests only (a server whose HEAD hangs)
    head_delay: float = 0.0


class Activity:
    """Concurrent requests being answered, and the most seen at once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    owner: LocalServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.owner.lock:
            self.server.owner.connections += 1

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def _answer(self, head: bool) -> None:
        self._active = False
        try:
            self._respond(head)
        finally:
            self._leave()

    def _leave(self) -> None:
        """The request stops counting as active before its answer is sent: otherwise the
        client could read it and start its next request while this one still counts, and
        a concurrency limit would look exceeded when it was not."""
        if self._active:
            self._active = False
            self.server.owner.activity.leave()

    def _respond(self, head: bool) -> None:
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        owner.activity.enter()
        self._active = True
        with owner.lock:
            owner.hits[path] += 1
            owner.log.append((self.command, self.path, dict(self.headers)))
            route = owner.routes.get(path)
            n = owner.hits[path]
        if route is None:
            route = Route(owner.default_status, body=owner.default_body)
        delay = route.delay or owner.delay
        if head and route.head_delay:
            delay = route.head_delay
        if delay:
            time.sleep(delay)
        if route.drop:
            self._leave()
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        status, headers = route.status, dict(route.headers)
        if route.sequence:
            status, extra = route.sequence[min(n, len(route.sequence)) - 1]
            headers.update(extra)
        if head and route.head_status is not None:
            status = route.head_status
        body = route.body
        self._leave()
        if route.trickle:
            self._trickle(route, status, headers, b"" if head else body)
            return
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "content-type" not in {k.lower() for k in headers}:
            self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body:
            try:
                self.wfile.write(body)
            except OSError:
                pass


    def _trickle(self, route: Route, status: int, headers: Mapping[str, str], body: bytes) -> None:
        head = f"HTTP/1.1 {status} X\r\n".encode()
        for k, v in {"Content-Type": "text/html", **headers, "Content-Length": str(len(body))}.items():
            head += f"{k}: {v}\r\n".encode()
        head += b"\r\n"
        self.close_connection = True
        try:
            if route.trickle_body_only:
                self.wfile.write(head)
                self.wfile.flush()
                slow = body
            else:
                slow = head + body
            for i in range(len(slow)):
                self.wfile.write(slow[i:i + 1])
                self.wfile.flush()
                time.sleep(route.trickle)
        except OSError:
            pass


class LocalServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, delay: float = 0.0,
                 default_status: int = 404, default_body: bytes = b"",
                 tls: tuple[str, str] | None = None, activity: Activity | None = None) -> None:
        self.delay = delay
        self.default_status = default_status
        self.default_body = default_body
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        #: TCP connections accepted
        self.connections = 0
        self.log: list[tuple[str, str, dict[str, str]]] = []
        #: requests being answered now and the most at once (share one between servers
        #: to measure a client's global limit)
        self.activity = activity or Activity()
        self.lock = threading.Lock()
        self.httpd = _Server((host, port), _Handler)
        self.httpd.owner = self
        self.scheme = "http"
        if tls is not None:  # (certificate file, key file)
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.host = host
        self.port = self.httpd.server_address[1]
        self._thread: threading.Thread | None = None

    def route(self, path: str, status: int = 200, *, headers: Mapping[str, str] | None = None,
              body: bytes | str = b"", delay: float = 0.0, head_status: int | None = None,
              drop: bool = False, sequence: Sequence[tuple[int, Mapping[str, str]]] | None = None,
              trickle: float = 0.0, trickle_body_only: bool = False, head_delay: float = 0.0) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(status, dict(headers or {}), body, delay, head_status, drop,
                                  list(sequence) if sequence else None, trickle, trickle_body_only,
                                  head_delay)
        return self.url(path)

    def url(self, path: str = "/") -> str:
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def count(self, path: str | None = None) -> int:
        with self.lock:
            return self.hits[path] if path is not None else sum(self.hits.values())

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()
            self.log.clear()
            self.connections = 0

    def start(self) -> LocalServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
