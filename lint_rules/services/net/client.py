"""The shared HTTP client (see ``lint_rules.services.net`` for the API every online rule uses).

One ``requests.Session`` (one connection pool), a global concurrency limit, a per-host
concurrency limit and minimum interval, retries with exponential backoff on 429 and 5xx
that honour ``Retry-After`` (seconds or HTTP-date) up to a cap, an identifying
User-Agent, the address guard (``guard.py``) on every connection, and the SQLite cache
(``cache.py``) for JSON/text look-ups.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import random
import socket
import ssl
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter

from lint_rules import __version__
from lint_rules.services.net.cache import Cache
from lint_rules.services.net.guard import BlockedAddressError, install_guard
from lint_rules.services.net.settings import NetworkSettings

T = TypeVar("T")
R = TypeVar("R")

#: Statuses worth asking again after a pause.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Bytes read at most from a JSON/text look-up.
MAX_BODY = 20 * 1024 * 1024


@dataclass
class HttpResponse:
    """One HTTP exchange, body read (up to a limit) and connection released."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes = b""
    retries: int = 0
    truncated: bool = False


@dataclass
class FetchResult:
    """What ``get_json``/``get_text`` return. ``status`` is None when no HTTP answer came
    (DNS failure, refused, timeout, blocked address); ``error`` then says why."""

    url: str
    status: int | None
    data: Any = None
    error: str | None = None
    from_cache: bool = False
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300 and self.error is None


class NetError(Exception):
    """A request that produced no HTTP answer, with a short kind for classification:
    dns, refused, timeout, connect-timeout, tls, dropped, blocked, invalid, other."""

    def __init__(self, kind: str, message: str, url: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.url = url


def describe_error(exc: BaseException) -> tuple[str, str]:
    """Map a requests/urllib3/socket exception to ``(kind, one-line message)``."""
    chain: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(chain) < 20:
        e = todo.pop()
        if e is None or e in chain:
            continue
        chain.append(e)
        reason = getattr(e, "reason", None)
        todo.extend([e.__cause__, e.__context__, reason if isinstance(reason, BaseException) else None])
        todo.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
    for e in chain:
        if isinstance(e, BlockedAddressError):
            return "blocked", str(e)
    for e in chain:
        if isinstance(e, urllib3.exceptions.NameResolutionError | socket.gaierror):
            return "dns", "the host name does not resolve (DNS lookup failed)"
    for e in chain:
        if isinstance(e, ConnectionRefusedError):
            return "refused", "connection refused"
    for e in chain:
        if isinstance(e, ssl.SSLError | urllib3.exceptions.SSLError | requests.exceptions.SSLError):
            reason = getattr(e, "reason", None) or str(e)
            return "tls", f"TLS error: {str(reason)[:160]}"
    if isinstance(exc, requests.exceptions.ConnectTimeout) or any(
        isinstance(e, urllib3.exceptions.ConnectTimeoutError) for e in chain
    ):
        return "connect-timeout", "timed out while connecting"
    if any(isinstance(e, requests.exceptions.Timeout | urllib3.exceptions.ReadTimeoutError
                      | TimeoutError | socket.timeout) for e in chain):
        return "timeout", "timed out waiting for the server to answer"
    if any(isinstance(e, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError
                      | urllib3.exceptions.ProtocolError | http.client.IncompleteRead
                      | requests.exceptions.ChunkedEncodingError) for e in chain):
        return "dropped", "the server closed the connection without an answer"
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema
                  | requests.exceptions.MissingSchema | UnicodeError | ValueError):
        return "invalid", f"not a valid URL: {exc}"
    if any(isinstance(e, OSError) for e in chain):
        return "refused", f"cannot connect: {exc}"
    return "other", f"{type(exc).__name__}: {exc}"[:200]


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class _Host:
    def __init__(self, limit: int) -> None:
        self.slots = threading.BoundedSemaphore(limit)
        self.next_time = 0.0


class HttpClient:
    """See the module docs of ``lint_rules.services.net``. Thread-safe; one per run."""

    def __init__(self, settings: NetworkSettings | None = None, cache_path: str | None = None) -> None:
        self.settings = s = settings or NetworkSettings()
        contact = s.contact or "https://pypi.org/project/healthlint/"
        self.user_agent = f"healthlint/{__version__} (+{contact})"
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies from the environment: the guard sees real peers
        if s.ca_bundle:
            self.session.verify = s.ca_bundle
        self.session.headers.update({"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"})
        adapter = HTTPAdapter(pool_connections=256, pool_maxsize=max(s.per_host_concurrency, 4),
                              max_retries=0, pool_block=False)
        if not s.allow_private_networks:
            import ipaddress

            install_guard(adapter.poolmanager,
                          tuple(ipaddress.ip_network(n, strict=False) for n in s.allowed_networks))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.cache = Cache(cache_path if s.cache else None, s.cache_ttl)
        self._global = threading.BoundedSemaphore(s.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        #: requests sent, retries among them, cache hits (benchmarks and the scan summary)
        self.stats: Counter[str] = Counter()

    # -- politeness ---------------------------------------------------------------------

    def _host(self, host: str) -> _Host:
        with self._lock:
            h = self._hosts.get(host)
            if h is None:
                h = self._hosts[host] = _Host(self.settings.per_host_concurrency)
            return h

    def _wait_turn(self, h: _Host, interval: float) -> None:
        if interval <= 0:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, h.next_time)
            h.next_time = start + interval
        if start > now:
            time.sleep(start - now)

    def _count(self, key: str) -> None:
        with self._lock:
            self.stats[key] += 1

    # -- requests -----------------------------------------------------------------------

    def fetch(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        read: int = 0,
        min_interval: float | None = None,
        retry: bool = True,
    ) -> HttpResponse:
        """One request (no redirects followed), retried on 429/5xx and dropped
        connections. Reads up to ``read`` bytes of the body. Raises ``NetError``."""
        s = self.settings
        host = (urlsplit(url).hostname or "").lower()
        h = self._host(host)
        interval = s.interval_for(host, min_interval)
        attempt = 0
        while True:
            with h.slots:
                self._wait_turn(h, interval)
                with self._global:
                    self._count("requests")
                    try:
                        resp = self._send(method, url, headers, read)
                    except NetError as exc:
                        if not (retry and exc.kind == "dropped" and attempt < min(1, s.retries)):
                            raise
                        resp = None
            delay: float | None
            if resp is None:
                delay = s.backoff
            elif retry and resp.status in RETRY_STATUSES and attempt < s.retries:
                delay = parse_retry_after(resp.headers.get("retry-after"))
                if delay is None:
                    delay = s.backoff * (2**attempt) * (1 + random.random() / 4)
                elif delay > s.max_retry_wait:
                    resp.retries = attempt
                    return resp  # the site asks for a longer pause than we wait: report it
            else:
                resp.retries = attempt
                return resp
            attempt += 1
            self._count("retries")
            time.sleep(min(delay, s.max_retry_wait))

    def _send(self, method: str, url: str, headers: Mapping[str, str] | None, read: int) -> HttpResponse:
        s = self.settings
        try:
            r = self.session.request(
                method, url, headers=dict(headers or {}), allow_redirects=False,
                stream=True, timeout=(s.connect_timeout, s.read_timeout),
            )
        except (requests.RequestException, BlockedAddressError, OSError, ValueError,
                urllib3.exceptions.HTTPError) as exc:
            kind, message = describe_error(exc)
            raise NetError(kind, message, url) from None
        try:
            body, truncated = self._read(r, read) if read and method != "HEAD" else (b"", False)
        except (requests.RequestException, OSError, urllib3.exceptions.HTTPError) as exc:
            r.close()
            kind, message = describe_error(exc)
            raise NetError(kind, message, url) from None
        hdrs = {k.lower(): v for k, v in r.headers.items()}
        status = r.status_code
        r.close()
        return HttpResponse(url, status, hdrs, body, truncated=truncated)

    def _read(self, r: requests.Response, limit: int) -> tuple[bytes, bool]:
        """Read at most ``limit`` bytes, giving up after twice the read timeout in total
        (a server trickling a byte a second cannot hold a worker for ever)."""
        deadline = time.monotonic() + 2 * self.settings.read_timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in r.iter_content(chunk_size=16384):
            chunks.append(chunk)
            size += len(chunk)
            if size >= limit:
                return b"".join(chunks)[:limit], True
            if time.monotonic() > deadline:
                raise requests.exceptions.ReadTimeout("body took too long")
        return b"".join(chunks), False

    # -- cached look-ups ----------------------------------------------------------------

    def get_json(self, url: str, params: Mapping[str, Any] | None = None, *, ttl: float | None = None,
                 min_interval: float | None = None, headers: Mapping[str, str] | None = None) -> FetchResult:
        """GET ``url`` and parse JSON; cached on disk (see module docs of ``lint_rules.services.net``)."""
        return self._lookup(url, params, ttl, min_interval, headers, "json")

    def get_text(self, url: str, params: Mapping[str, Any] | None = None, *, ttl: float | None = None,
                 min_interval: float | None = None, headers: Mapping[str, str] | None = None) -> FetchResult:
        """GET ``url`` and decode the body as text (XML answers); cached like ``get_json``."""
        return self._lookup(url, params, ttl, min_interval, headers, "text")

    def _lookup(self, url: str, params: Mapping[str, Any] | None, ttl: float | None,
                min_interval: float | None, headers: Mapping[str, str] | None, parse: str) -> FetchResult:
        if params:
            query = urlencode(sorted((k, v) for k, v in params.items() if v is not None), doseq=True)
            url = f"{url}{'&' if '?' in url else '?'}{query}"
        accept = (headers or {}).get("Accept", "")
        key = f"{parse}:{url}|{accept}"
        hit = self.cache.get(key)
        if hit is not None:
            self._count("cache_hits")
            return FetchResult(url, hit["status"], hit["data"], hit["error"], True, hit.get("headers", {}))
        result = self._fetch_parsed(url, headers, min_interval, parse)
        if result.ok:
            life = self.settings.ttl("json-ok") if ttl is None else ttl
            if self.settings.cache_ttl is not None:
                life = self.settings.cache_ttl
        elif result.status in (404, 410):
            life = self.settings.ttl("json-not-found")
        elif result.status is not None and 400 <= result.status < 500 and result.status != 429:
            life = self.settings.ttl("json-client-error")
        else:
            life = self.settings.ttl("json-error")
        keep = {k: v for k, v in result.headers.items() if k in ("content-type", "location", "etag")}
        self.cache.put(key, {"status": result.status, "data": result.data, "error": result.error,
                             "headers": keep}, life)
        return result

    def _fetch_parsed(self, url: str, headers: Mapping[str, str] | None, min_interval: float | None,
                      parse: str) -> FetchResult:
        hdrs = {"Accept": "application/json" if parse == "json" else "*/*", **(headers or {})}
        try:
            resp = self.fetch("GET", url, headers=hdrs, read=MAX_BODY, min_interval=min_interval)
        except NetError as exc:
            return FetchResult(url, None, None, exc.kind + ": " + str(exc))
        headers_out = dict(resp.headers)
        text = resp.body.decode(_charset(resp.headers.get("content-type", "")), errors="replace")
        if not 200 <= resp.status < 300:
            return FetchResult(url, resp.status, None, f"HTTP {resp.status}", headers=headers_out)
        if resp.truncated:
            return FetchResult(url, resp.status, None, f"answer larger than {MAX_BODY} bytes",
                               headers=headers_out)
        if parse == "text":
            return FetchResult(url, resp.status, text, None, headers=headers_out)
        try:
            return FetchResult(url, resp.status, json.loads(text), None, headers=headers_out)
        except ValueError as exc:
            return FetchResult(url, resp.status, None, f"answer is not JSON: {exc}", headers=headers_out)

    # -- many at once -------------------------------------------------------------------

    def map(self, fn: Callable[[T], R], items: Iterable[T], *,
            key: Callable[[T], Hashable] | None = None, buffer: int = 10000) -> Iterator[tuple[T, R]]:
        """Run ``fn`` over ``items`` concurrently; yield ``(item, result)`` as they finish.

        At most ``concurrency`` calls run at once; with ``key`` (usually the host) at most
        ``per-host-concurrency`` run per key, and items of a busy key wait while others
        proceed. ``items`` is consumed lazily (at most ``buffer`` waiting), so memory stays
        flat however many there are. An exception in ``fn`` is raised here.
        """
        limit = self.settings.concurrency
        per_key = self.settings.per_host_concurrency if key is not None else limit
        executor = self._pool()
        source = iter(items)
        waiting: dict[Hashable, deque[T]] = {}
        running: Counter[Hashable] = Counter()
        in_flight: dict[Future[R], tuple[T, Hashable]] = {}
        buffered = 0
        exhausted = False

        def start(item: T, k: Hashable) -> None:
            running[k] += 1
            in_flight[executor.submit(fn, item)] = (item, k)

        while True:
            while len(in_flight) < limit and not exhausted and buffered < buffer:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                k = key(item) if key is not None else None
                if running[k] < per_key:
                    start(item, k)
                else:
                    waiting.setdefault(k, deque()).append(item)
                    buffered += 1
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in done:
                item, k = in_flight.pop(fut)
                running[k] -= 1
                queue = waiting.get(k)
                if queue:
                    start(queue.popleft(), k)
                    buffered -= 1
                    if not queue:
                        del waiting[k]
                elif running[k] == 0:
                    del running[k]
                yield item, fut.result()

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.settings.concurrency, thread_name_prefix="healthlint-http")
            return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self.cache.close()
        self.session.close()


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            try:
                "".encode(value.strip('"'))
                return value.strip('"')
            except LookupError:
                break
    return "utf-8"
