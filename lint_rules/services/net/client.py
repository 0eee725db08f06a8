"""The shared HTTP client (see ``lint_rules.services.net`` for the API every online rule uses).

One urllib3 ``PoolManager`` (one connection pool; requests' per-call preparation cost
more CPU than the rest of a link check, and nothing here needs it), a global concurrency limit, a
concurrency limit per host and port and a minimum interval per host, retries with
exponential backoff on 429 and 5xx that honour ``Retry-After`` (seconds or HTTP-date) up
to a cap and within a retry budget per host, an identifying User-Agent, the address
guard (``guard.py``) on every connection, a total deadline per exchange that a slow
sender cannot stretch (``_Watchdog``), connections kept alive and reused (a body is
drained when little of it is left unread), and the SQLite cache (``cache.py``) for
JSON/text look-ups.
"""

from __future__ import annotations

import email.utils
import heapq
import http.client
import itertools
import json
import queue
import random
import socket
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit, urlunsplit

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
#: Unread bytes of a body still read (and thrown away) so its connection can be reused;
#: a longer rest is cheaper to abandon with the connection.
DRAIN_LIMIT = 256 * 1024


class _Exchange:
    """One request's deadline; the watchdog shuts its socket when the deadline passes."""

    __slots__ = ("deadline", "done", "expired", "sock")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.expired = False
        self.done = False
        self.sock: socket.socket | None = None


class _Watchdog:
    """One thread that ends exchanges which ran past their deadline by shutting their
    socket down. Socket timeouts bound each read, not the total: a server sending one
    byte every few seconds would otherwise hold a check for as long as it likes."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Exchange]] = []
        self._cond = threading.Condition()
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, ex: _Exchange) -> None:
        with self._cond:
            heapq.heappush(self._heap, (ex.deadline, next(self._ids), ex))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="healthlint-deadlines", daemon=True)
                self._thread.start()
            self._cond.notify()

    def finish(self, ex: _Exchange) -> None:
        with self._cond:
            ex.done = True
            ex.sock = None

    def attach(self, ex: _Exchange, sock: socket.socket | None) -> None:
        with self._cond:
            if ex.done:
                return
            ex.sock = sock
            if ex.expired and sock is not None:
                _shut(sock)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait(5.0)
                    continue
                deadline, _, ex = self._heap[0]
                now = time.monotonic()
                if deadline > now:
                    self._cond.wait(deadline - now)
                    continue
                heapq.heappop(self._heap)
                ex.expired = True
                if ex.sock is not None:
                    _shut(ex.sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


_WATCHDOG = _Watchdog()
_CURRENT = threading.local()


class _DeadlineMixin:
    """Connection classes register their socket with the running exchange's deadline
    once the request is sent (a reused connection as much as a new one)."""

    sock: socket.socket | None

    def getresponse(self) -> Any:
        ex: _Exchange | None = getattr(_CURRENT, "exchange", None)
        if ex is not None:
            _WATCHDOG.attach(ex, self.sock)
        return super().getresponse()  # type: ignore[misc]


def strip_credentials(url: str) -> str:
    """``url`` without ``user:password@``: credentials written into a cited URL are never
    sent (requests would turn them into a Basic ``Authorization`` header)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, parts.query, parts.fragment))


def host_key(url: str) -> str:
    """``host:port``: the unit of the per-host concurrency limit (two services on one
    machine's ports are two servers; lychee counts them the same way)."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = 443 if parts.scheme == "https" else 80
    return f"{(parts.hostname or '').lower()}:{port}"


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
    """Map a urllib3/socket exception to ``(kind, one-line message)``."""
    import ssl

    import urllib3.exceptions

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
        if isinstance(e, ssl.SSLError | urllib3.exceptions.SSLError | ssl.CertificateError):
            reason = getattr(e, "reason", None) or str(e)
            return "tls", f"TLS error: {str(reason)[:160]}"
    if any(isinstance(e, urllib3.exceptions.ConnectTimeoutError) for e in chain):
        return "connect-timeout", "timed out while connecting"
    if any(isinstance(e, urllib3.exceptions.TimeoutError | urllib3.exceptions.ReadTimeoutError
                      | TimeoutError | socket.timeout) for e in chain):
        return "timeout", "timed out waiting for the server to answer"
    if any(isinstance(e, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError
                      | urllib3.exceptions.ProtocolError | http.client.IncompleteRead
                      | urllib3.exceptions.DecodeError) for e in chain):
        return "dropped", "the server closed the connection without an answer"
    if isinstance(exc, urllib3.exceptions.LocationValueError | UnicodeError | ValueError):
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
    def __init__(self, limit: int, budget: int) -> None:
        self.slots = threading.BoundedSemaphore(limit)
        self.next_time = 0.0
        #: retries this host may have in this run (429 and 5xx): the budget plus one for
        #: every ten requests sent to it, so a site that answers "too many requests" to
        #: every link gets a bounded number of requests, not ``retries`` + 1 per link,
        #: while an API asked thousands of times keeps retrying its occasional 503
        self.budget = budget
        self.sent = 0
        self.retried = 0
        #: the site asked us to stop (429 after the budget was spent): not asked again
        self.throttled = False


class HttpClient:
    """See the module docs of ``lint_rules.services.net``. Thread-safe; one per run."""

    def __init__(self, settings: NetworkSettings | None = None, cache_path: str | None = None) -> None:
        self.settings = s = settings or NetworkSettings()
        contact = s.contact or "https://pypi.org/project/healthlint/"
        self.user_agent = f"healthlint/{__version__} (+{contact})"
        self.headers = {"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"}
        self._manager: Any = None
        #: cookies a site set, sent back to it (a site that sets a cookie and redirects to
        #: the same page expects it); name -> value per host
        self._cookies: dict[str, dict[str, str]] = {}
        # answers depend on the address policy: what was fetched while private addresses
        # were allowed is kept apart from what a default run may be shown
        self.cache = Cache(cache_path if s.cache else None, s.cache_ttl, namespace=s.policy_key())
        self._global = threading.BoundedSemaphore(s.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        #: requests sent, retries among them, cache hits (benchmarks and the scan summary)
        self.stats: Counter[str] = Counter()

    @property
    def pool(self) -> Any:
        """The urllib3 ``PoolManager``, made on the first request: a rerun answered from the
        cache never imports urllib3 or ssl."""
        if self._manager is None:
            with self._lock:
                if self._manager is None:
                    self._manager = self._make_pool()
        return self._manager

    def _make_pool(self) -> Any:
        import ipaddress

        import urllib3

        s = self.settings
        # no proxies from the environment (a PoolManager never reads them): the guard sees
        # the real peers; certificates from certifi as requests does, or the configured bundle
        ca_certs: str | None
        try:
            import certifi

            ca_certs = s.ca_bundle or certifi.where()
        except ImportError:  # pragma: no cover - certifi comes with requests
            ca_certs = s.ca_bundle
        pool = urllib3.PoolManager(num_pools=256, maxsize=max(s.per_host_concurrency, 4), block=False,
                                   retries=False, cert_reqs="CERT_REQUIRED", ca_certs=ca_certs)
        install_guard(pool, tuple(ipaddress.ip_network(n, strict=False) for n in s.allowed_networks),
                      guard=not s.allow_private_networks, mixins=(_DeadlineMixin,))
        return pool

    # -- politeness ---------------------------------------------------------------------

    def _host(self, key: str) -> _Host:
        with self._lock:
            h = self._hosts.get(key)
            if h is None:
                h = self._hosts[key] = _Host(self.settings.per_host_concurrency, self.settings.host_retry_budget)
            return h

    def _wait_turn(self, h: _Host, interval: float, deadline: float) -> bool:
        """Wait for the host's next slot (its interval, or a pause it asked for with
        Retry-After); False when that is past ``deadline``."""
        with self._lock:
            now = time.monotonic()
            start = max(now, h.next_time)
            if start > deadline:
                return False
            h.next_time = max(h.next_time, start + interval)
        if start > now:
            time.sleep(start - now)
        return True

    def _pause_host(self, h: _Host, seconds: float) -> None:
        with self._lock:
            h.next_time = max(h.next_time, time.monotonic() + seconds)

    def _spend_retry(self, h: _Host) -> bool:
        with self._lock:
            if h.retried >= h.budget + h.sent // 10:
                return False
            h.retried += 1
            return True

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
        deadline: float | None = None,
    ) -> HttpResponse:
        """One request (no redirects followed), retried on 429/5xx and dropped
        connections. Reads up to ``read`` bytes of the body. Raises ``NetError``.

        ``deadline`` (``time.monotonic()`` seconds) bounds the whole exchange, retries and
        pauses included; without it the exchange gets ``deadline`` seconds of the settings.
        Credentials in ``url`` are removed before it is sent."""
        s = self.settings
        url = strip_credentials(url)
        if deadline is None:
            deadline = time.monotonic() + s.deadline
        host = (urlsplit(url).hostname or "").lower()
        h = self._host(host_key(url))
        interval = s.interval_for(host, min_interval)
        attempt = 0
        while True:
            with h.slots:
                if h.throttled:
                    raise NetError("throttled", "the site kept answering 429 Too Many Requests; "
                                   "not asked again in this run", url)
                if not self._wait_turn(h, interval, deadline):
                    raise NetError("timeout", "the site asked for a pause longer than the time "
                                   "left for this link", url)
                with self._global:
                    self._count("requests")
                    h.sent += 1
                    try:
                        resp = self._send(method, url, headers, read, deadline)
                    except NetError as exc:
                        if not (retry and exc.kind == "dropped" and attempt < min(1, s.retries)
                                and time.monotonic() < deadline):
                            raise
                        resp = None
            delay: float | None
            if resp is None:
                delay = s.backoff
            elif retry and resp.status in RETRY_STATUSES and attempt < s.retries:
                delay = parse_retry_after(resp.headers.get("retry-after"))
                if delay is not None and delay > s.max_retry_wait:
                    resp.retries = attempt
                    return resp  # the site asks for a longer pause than we wait: report it
                if delay is None:
                    delay = s.backoff * (2**attempt) * (1 + random.random() / 4)
                if not self._spend_retry(h):
                    if resp.status == 429:
                        h.throttled = True
                    resp.retries = attempt
                    return resp  # this host has had its share of retries in this run
                if resp.status == 429:
                    self._pause_host(h, delay)  # the whole site asked for a pause, not this URL
            else:
                resp.retries = attempt
                return resp
            if time.monotonic() + delay >= deadline:
                if resp is None:
                    raise NetError("dropped", "the server closed the connection without an answer", url)
                resp.retries = attempt
                return resp
            attempt += 1
            self._count("retries")
            time.sleep(min(delay, s.max_retry_wait))

    def _send(self, method: str, url: str, headers: Mapping[str, str] | None, read: int,
              deadline: float) -> HttpResponse:
        s = self.settings
        left = deadline - time.monotonic()
        if left <= 0:
            raise NetError("timeout", f"no answer within the {s.deadline:g} s allowed for a link", url)
        ex = _Exchange(deadline)
        _CURRENT.exchange = ex
        _WATCHDOG.watch(ex)
        try:
            return self._exchange(method, url, headers, read, ex)
        except NetError as exc:
            if ex.expired:
                raise NetError("timeout", f"the server took longer than the {s.deadline:g} s allowed "
                               "for a link (a slow sender)", url) from None
            raise exc from None
        finally:
            _CURRENT.exchange = None
            _WATCHDOG.finish(ex)

    def _exchange(self, method: str, url: str, headers: Mapping[str, str] | None, read: int,
                  ex: _Exchange) -> HttpResponse:
        import urllib3

        s = self.settings
        left = max(0.05, ex.deadline - time.monotonic())
        host = (urlsplit(url).hostname or "").lower()
        hdrs = {**self.headers, **(headers or {})}
        with self._lock:
            jar = self._cookies.get(host)
            if jar:
                hdrs["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
        try:
            r = self.pool.urlopen(
                method, url, headers=hdrs, redirect=False, retries=False, preload_content=False,
                decode_content=True,
                timeout=urllib3.Timeout(connect=min(s.connect_timeout, left), read=min(s.read_timeout, left)),
            )
        except (BlockedAddressError, OSError, ValueError, urllib3.exceptions.HTTPError,
                http.client.HTTPException) as exc:
            kind, message = describe_error(exc)
            raise NetError(kind, message, url) from None
        try:
            body, truncated = self._read(r, read) if read and method != "HEAD" else (b"", False)
        except (OSError, urllib3.exceptions.HTTPError, http.client.HTTPException) as exc:
            r.close()
            kind, message = describe_error(exc)
            raise NetError(kind, message, url) from None
        out = {k.lower(): r.headers[k] for k in r.headers}
        cookies = r.headers.getlist("set-cookie")
        if cookies:
            self._keep_cookies(host, cookies)
        status = r.status
        self._release(r, method)
        return HttpResponse(url, status, out, body, truncated=truncated)

    def _keep_cookies(self, host: str, headers: list[str]) -> None:
        from http.cookies import CookieError, SimpleCookie

        for header in headers:
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(header)
            except CookieError:
                continue
            with self._lock:
                kept = self._cookies.setdefault(host, {})
                for name, morsel in jar.items():
                    if len(kept) < 50:
                        kept[name] = morsel.value

    def _release(self, r: Any, method: str) -> None:
        """Give the connection back to the pool for the next request to this host (read
        what little is left of the body first); close it when much is left unread."""
        import urllib3.exceptions

        try:
            remaining = 0 if method == "HEAD" else r.length_remaining
            if remaining is not None and remaining <= DRAIN_LIMIT:
                r.drain_conn()
                r.release_conn()
                return
            if remaining is None and not r.closed:  # chunked or until close: read a little
                got = 0
                while got <= DRAIN_LIMIT:
                    chunk = r.read(16384, decode_content=False)
                    if not chunk:
                        r.release_conn()
                        return
                    got += len(chunk)
        except (OSError, urllib3.exceptions.HTTPError, http.client.HTTPException):
            pass
        r.close()
        r.release_conn()

    def _read(self, r: Any, limit: int) -> tuple[bytes, bool]:
        """Read at most ``limit`` bytes (the exchange's deadline stops a trickling body)."""
        chunks: list[bytes] = []
        size = 0
        for chunk in r.stream(16384, decode_content=True):
            chunks.append(chunk)
            size += len(chunk)
            if size >= limit:
                return b"".join(chunks)[:limit], True
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
        if result.error is not None and result.error.startswith(("blocked", "throttled")):
            return result  # depends on this run's policy or pace, not on the site
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
        lock = threading.Lock()
        #: items of a key whose lanes are all busy; each lane takes the next one itself
        waiting: dict[Hashable, deque[T]] = {}
        #: items whose key has a free lane but the global limit is reached
        pending: deque[tuple[T, Hashable]] = deque()
        lanes: Counter[Hashable] = Counter()
        done: queue.SimpleQueue[tuple[int, T, Any]] = queue.SimpleQueue()
        state = {"lanes": 0, "buffered": 0, "stopped": False}
        ITEM, ERROR, LANE_END = 0, 1, 2

        def lane(item: T, k: Hashable) -> None:
            # a lane works through its key's queue in its own thread: the next request to a
            # host starts the moment the last one ends, without a round trip through here
            while True:
                try:
                    done.put((ITEM, item, fn(item)))
                except BaseException as exc:  # raised to the caller by the generator
                    done.put((ERROR, item, exc))
                with lock:
                    q = waiting.get(k)
                    if q and not state["stopped"]:
                        item = q.popleft()
                        state["buffered"] -= 1
                        if not q:
                            del waiting[k]
                        continue
                    lanes[k] -= 1
                    if lanes[k] == 0:
                        del lanes[k]
                    state["lanes"] -= 1
                done.put((LANE_END, item, None))
                return

        def start(item: T, k: Hashable) -> None:  # with ``lock`` held
            lanes[k] += 1
            state["lanes"] += 1
            executor.submit(lane, item, k)

        def place(item: T, k: Hashable) -> None:  # with ``lock`` held
            if lanes[k] >= per_key:
                waiting.setdefault(k, deque()).append(item)
            elif state["lanes"] < limit:
                start(item, k)
                return
            else:
                pending.append((item, k))
            state["buffered"] += 1

        exhausted = False
        outstanding = 0  # items taken and not yet yielded
        try:
            while True:
                with lock:
                    while pending and state["lanes"] < limit:
                        item, k = pending.popleft()
                        state["buffered"] -= 1
                        place(item, k)
                    while not exhausted and state["lanes"] < limit and state["buffered"] < buffer:
                        try:
                            item = next(source)
                        except StopIteration:
                            exhausted = True
                            break
                        outstanding += 1
                        place(item, key(item) if key is not None else None)
                if outstanding == 0 and exhausted:
                    return
                # (outstanding 0 but items left: every lane is ending; wait for one to end)
                what, item, value = done.get()
                if what == ITEM:
                    outstanding -= 1
                    yield item, value
                elif what == ERROR:
                    outstanding -= 1
                    raise value
        finally:
            with lock:
                state["stopped"] = True

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
        if self._manager is not None:
            self._manager.clear()


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
