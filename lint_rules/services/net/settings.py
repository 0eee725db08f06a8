"""``[tool.healthlint.network]``: settings of the shared HTTP client, validated once.

This module imports nothing heavy (no ``requests``), because the rule registry imports it
at start-up to register the config validator, and the offline pre-commit path must stay
fast. Defaults and their reasons are documented in ``docs/links.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lint_rules.config import register_parsed_section, reject_unknown_keys
from lint_rules.store.compiled_re import compile_re

#: Lifetimes (seconds) of cached outcomes. Successes live for days; failures for minutes
#: to hours, so a site that was down at 2 a.m. is asked again the next night.
DEFAULT_TTLS: dict[str, float] = {
    "ok": 7 * 86400,
    "moved": 7 * 86400,
    "insecure-http": 7 * 86400,
    "dead": 6 * 3600,
    "soft-404": 6 * 3600,
    "redirect-loop": 6 * 3600,
    "tls-error": 6 * 3600,
    "server-error": 30 * 60,
    "unverifiable": 60 * 60,
    "timeout": 30 * 60,
    "json-ok": 7 * 86400,
    "json-not-found": 86400,
    "json-client-error": 3600,
    "json-error": 10 * 60,
}

#: Hosts that publish a request rate (seconds between requests). NCBI E-utilities allow
#: 3 requests/second without an API key (https://www.ncbi.nlm.nih.gov/books/NBK25497/);
#: the Internet Archive asks API clients to stay around one request a second.
DEFAULT_HOST_INTERVALS: dict[str, float] = {
    "eutils.ncbi.nlm.nih.gov": 0.34,
    "archive.org": 1.0,
}

_DURATION_RE = compile_re(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)?\s*$", re.IGNORECASE)
_UNITS = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass(frozen=True)
class NetworkSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    #: total seconds for one URL (every request, redirect, retry and pause of it): socket
    #: timeouts bound each read, and a server sending a byte a second never trips them
    deadline: float = 20.0
    contact: str = ""
    concurrency: int = 64
    #: requests at once to one host and port (connections to it are kept alive and reused)
    per_host_concurrency: int = 2
    min_interval: float = 0.0
    host_intervals: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_HOST_INTERVALS))
    #: the ``host_intervals`` entries the configuration set (the others are built in)
    configured_hosts: frozenset[str] = frozenset()
    retries: int = 2
    #: retries (after 429 or 5xx) one host gets in a whole run: a site that answers 429 to
    #: every link gets a bounded number of requests, then is not asked again
    host_retry_budget: int = 10
    backoff: float = 0.5
    max_retry_wait: float = 30.0
    cache: bool = True
    cache_path: str | None = None
    cache_ttl: float | None = None  #: overrides every lifetime (``--cache-ttl``)
    ttls: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_TTLS))
    allow_private_networks: bool = False
    #: private networks allowed although ``allow_private_networks`` is false (an intranet)
    allowed_networks: tuple[str, ...] = ()
    max_redirects: int = 10
    ca_bundle: str | None = None  #: extra CA certificates (an intranet's own CA)
    #: addresses (``host:port`` or URLs) a TCP connection is tried to when no linked site
    #: answered: if one connects, the network works and unreachable links are dead; if none
    #: does, nothing is called dead (``[]``: never call an unanswered link dead)
    network_probe: tuple[str, ...] = ("example.com:443", "one.one.one.one:443", "dns.google:443")

    def policy_key(self) -> str:
        """The address policy as a cache namespace ("" for the default policy): what was
        fetched while private addresses were allowed is not served to a run without that
        permission, and the other way round."""
        if self.allow_private_networks:
            return "private:*|"
        if self.allowed_networks:
            return "private:" + ",".join(sorted(self.allowed_networks)) + "|"
        return ""

    def ttl(self, outcome: str) -> float:
        if self.cache_ttl is not None:
            return self.cache_ttl
        return self.ttls.get(outcome, DEFAULT_TTLS.get(outcome, 3600.0))

    def interval_for(self, host: str, requested: float | None = None) -> float:
        """Seconds between two requests to ``host``: the largest of ``min-interval``, the
        matching ``host-intervals`` and ``requested``, the interval a caller that knows the
        service asks for (the PubMed client: 0.34 s, or 0.1 s with an NCBI API key). A
        built-in host interval is a default for callers that do not know, so it yields to
        ``requested``; one set in the configuration never does."""
        host = host.lower()
        best = max(self.min_interval, requested or 0.0)
        for pattern, value in self.host_intervals.items():
            if requested is not None and pattern not in self.configured_hosts:
                continue
            if host == pattern or host.endswith("." + pattern):
                best = max(best, value)
        return best


def parse_duration(value: Any, what: str) -> float:
    """Seconds from a number or a string such as ``"30m"``, ``"6h"``, ``"7d"``."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a number of seconds or a duration like '6h'")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"{what} must not be negative")
        return float(value)
    if isinstance(value, str):
        m = _DURATION_RE.match(value)
        if m:
            return float(m.group(1)) * _UNITS[(m.group(2) or "").lower() or None]
    raise ValueError(f"{what} must be a number of seconds or a duration like '6h', not {value!r}")


_KEYS = {
    "timeout", "connect-timeout", "read-timeout", "contact", "concurrency",
    "per-host-concurrency", "min-interval", "host-intervals", "retries", "backoff",
    "max-retry-wait", "cache", "cache-path", "cache-ttl", "ttl", "allow-private-networks",
    "max-redirects", "ca-bundle", "deadline", "host-retry-budget", "network-probe",
}


def parse_settings(table: Mapping[str, Any]) -> NetworkSettings:
    """Build settings from a ``network`` table; raises ``ValueError`` naming the key."""
    reject_unknown_keys(table, _KEYS)
    kw: dict[str, Any] = {}

    def positive_int(key: str, minimum: int = 1) -> None:
        if key in table:
            v = table[key]
            if isinstance(v, bool) or not isinstance(v, int) or v < minimum:
                raise ValueError(f"{key} must be an integer ≥ {minimum}")
            kw[key.replace("-", "_")] = v

    def seconds(key: str, attr: str | None = None) -> None:
        if key in table:
            kw[attr or key.replace("-", "_")] = parse_duration(table[key], key)

    def boolean(key: str) -> None:
        if key in table:
            if not isinstance(table[key], bool):
                raise ValueError(f"{key} must be true or false")
            kw[key.replace("-", "_")] = table[key]

    if "timeout" in table:
        t = parse_duration(table["timeout"], "timeout")
        kw["connect_timeout"] = kw["read_timeout"] = t
    seconds("connect-timeout")
    seconds("read-timeout")
    for key in ("connect_timeout", "read_timeout"):
        if key in kw and kw[key] <= 0:
            raise ValueError(f"{key.replace('_', '-')} must be greater than 0")
    if "contact" in table:
        if not isinstance(table["contact"], str):
            raise ValueError("contact must be a string (an e-mail address or a URL)")
        kw["contact"] = table["contact"].strip()
    positive_int("concurrency")
    positive_int("per-host-concurrency")
    positive_int("retries", 0)
    positive_int("host-retry-budget", 0)
    seconds("deadline")
    if "deadline" in kw and kw["deadline"] <= 0:
        raise ValueError("deadline must be greater than 0")
    if "network-probe" in table:
        probe = table["network-probe"]
        if isinstance(probe, str):
            probe = [probe]
        if not isinstance(probe, list) or not all(isinstance(p, str) and p for p in probe):
            raise ValueError("network-probe must be a list of host:port or URLs")
        kw["network_probe"] = tuple(probe)
    positive_int("max-redirects", 0)
    seconds("min-interval")
    seconds("backoff")
    seconds("max-retry-wait")
    seconds("cache-ttl")
    boolean("cache")
    if "allow-private-networks" in table:
        value = table["allow-private-networks"]
        if isinstance(value, bool):
            kw["allow_private_networks"] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            import ipaddress

            for v in value:
                try:
                    ipaddress.ip_network(v, strict=False)
                except ValueError:
                    raise ValueError(f"allow-private-networks: {v!r} is not a network like "
                                     "'10.1.0.0/16'") from None
            kw["allowed_networks"] = tuple(value)
        else:
            raise ValueError("allow-private-networks must be true, false or a list of networks "
                             "such as ['10.1.0.0/16']")
    if "cache-path" in table:
        if not isinstance(table["cache-path"], str) or not table["cache-path"]:
            raise ValueError("cache-path must be a file path")
        kw["cache_path"] = table["cache-path"]
    if "ca-bundle" in table:
        if not isinstance(table["ca-bundle"], str) or not table["ca-bundle"]:
            raise ValueError("ca-bundle must be the path of a PEM file of CA certificates")
        kw["ca_bundle"] = table["ca-bundle"]
    if "host-intervals" in table:
        hi = table["host-intervals"]
        if not isinstance(hi, Mapping):
            raise ValueError("host-intervals must be a table of host = seconds")
        merged = dict(DEFAULT_HOST_INTERVALS)
        for host, value in hi.items():
            merged[str(host).lower()] = parse_duration(value, f"host-intervals.{host}")
        kw["host_intervals"] = merged
        kw["configured_hosts"] = frozenset(str(host).lower() for host in hi)
    if "ttl" in table:
        ttl = table["ttl"]
        if not isinstance(ttl, Mapping):
            raise ValueError("ttl must be a table of outcome = duration")
        merged_ttl = dict(DEFAULT_TTLS)
        for outcome, value in ttl.items():
            if outcome not in DEFAULT_TTLS:
                raise ValueError(f"ttl.{outcome}: unknown outcome (known: {', '.join(DEFAULT_TTLS)})")
            merged_ttl[outcome] = parse_duration(value, f"ttl.{outcome}")
        kw["ttls"] = merged_ttl
    if "deadline" not in kw and ("connect_timeout" in kw or "read_timeout" in kw):
        # longer timeouts asked for: the total must leave room for them
        kw["deadline"] = max(NetworkSettings.deadline,
                             kw.get("connect_timeout", NetworkSettings.connect_timeout)
                             + kw.get("read_timeout", NetworkSettings.read_timeout))
    return NetworkSettings(**kw)


register_parsed_section("network", parse_settings)
