"""The shared HTTP client every online rule uses (link checks, Crossref/PubMed, NPI/ORCID).

API (stable; other rule families code against it)::

    from lint_rules.services.net import get_client

    client = get_client(ctx)          # one per run, kept in ctx.services["http"]
    r = client.get_json("https://api.crossref.org/works", {"query": "kratom"},
                        ttl=30 * 86400, min_interval=0.05, headers={"Accept": "application/json"})
    r.status       # int, or None when no HTTP answer came (DNS, refused, timeout, blocked)
    r.data         # parsed JSON (None on failure)
    r.error        # None, or one line: "HTTP 404", "timeout: timed out …", "blocked: …"
    r.from_cache   # True when answered from the on-disk cache
    r.ok           # 2xx and parsed

    client.get_text(url, params, ...)  # the same, ``data`` is the decoded body (XML APIs)

    for item, result in client.map(fn, items, key=host_key):  # concurrent, bounded
        ...                           # global limit, and per key (host:port) when key is given

    client.fetch("HEAD", url)         # one raw request, no redirects followed, retried;
                                      # returns HttpResponse or raises NetError (.kind);
                                      # deadline= (time.monotonic() seconds) bounds it all
    client.stats                      # Counter: requests, retries, cache_hits

Behaviour, configured from ``[tool.healthlint.network]`` (keys in ``settings.py`` and
``docs/links.md``) and the command line (``--timeout``, ``--no-cache``, ``--cache-ttl``,
``--allow-private-networks``):

- one connection pool, connections kept alive and reused; at most ``concurrency`` (64)
  requests at once, at most ``per-host-concurrency`` (2) per host and port, and
  ``min-interval`` seconds between requests to one host (``host-intervals`` per host; NCBI
  E-utilities 0.34 s built in; a call's ``min_interval`` replaces a built-in host
  interval, never a configured one);
- one total ``deadline`` (20 s) per exchange, retries and pauses included, that a server
  trickling bytes cannot stretch;
- retries (``retries`` = 2) on 429, 500, 502, 503, 504 with exponential backoff
  (``backoff`` × 2ⁿ), honouring ``Retry-After`` in seconds or as an HTTP-date up to
  ``max-retry-wait`` (30 s); a longer Retry-After is reported, not waited for; a 429
  pauses the whole host, and each host has ``host-retry-budget`` (10) retries in a run,
  after which a host still answering 429 is not asked again (``NetError`` "throttled");
- credentials in a URL (``user:pass@``) are never sent;
- User-Agent ``healthlint/<version> (+<contact>)``;
- never connects to private, loopback, link-local or metadata addresses (checked after
  DNS resolution and again on the connected socket, for every redirect hop) unless
  ``allow-private-networks`` (true, or a list of networks such as ``["10.20.0.0/16"]``);
  environment proxies are not used; ``ca-bundle`` adds an intranet's CA certificates;
- JSON/text look-ups cached in SQLite (``cache-path``, default ``<user cache dir>/
  http-cache.sqlite``): successes for ``ttl`` (default 7 days), 404s for a day, other
  client errors for an hour, server errors and network failures for 10 minutes; a
  refusal by the guard is never cached, and entries are kept per address policy (what
  was fetched with private networks allowed is not served to a run without that).

Do not call ``client.map`` from inside a function that ``client.map`` runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lint_rules.services.net.settings import NetworkSettings, parse_settings

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.core import RuleContext
    from lint_rules.services.net.client import HttpClient

__all__ = ["NetworkSettings", "get_client", "make_client", "parse_settings"]

CACHE_FILE = "http-cache.sqlite"


def make_client(section: dict[str, Any] | None = None) -> HttpClient:
    """A client configured from a ``network`` table (for scripts and tests)."""
    from lint_rules.services.net.client import HttpClient
    from lint_rules.store.fileio import cache_dir

    settings = parse_settings(section or {})
    path = settings.cache_path or str(cache_dir() / CACHE_FILE)
    return HttpClient(settings, path if settings.cache else None)


def get_client(ctx: RuleContext) -> HttpClient:
    """The run's shared client, created on first use from ``ctx.config.section("network")``."""
    client: HttpClient | None = ctx.services.get("http")
    if client is None:
        client = make_client(dict(ctx.config.section("network")))
        ctx.services["http"] = client
        if client.cache.problem:
            ctx.services.setdefault("notes", []).append(client.cache.problem)
        import atexit

        atexit.register(client.close)
    return client
