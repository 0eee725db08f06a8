"""The shared HTTP client against real servers on 127.0.0.x: retries and Retry-After,
politeness limits, the private-address guard, the look-up cache, settings validation."""

from __future__ import annotations

import email.utils
import threading
import time
from pathlib import Path

import pytest

from lint_rules.config import ConfigError, parse_config
from lint_rules.services.net import make_client, parse_settings
from lint_rules.services.net.client import NetError, parse_retry_after
from lint_rules.services.net.guard import is_blocked_address
from lint_rules.services.net.testserver import Activity, LocalServer

OPEN = {"cache": False, "allow-private-networks": True, "timeout": 2, "backoff": 0.05}


@pytest.fixture()
def server():
    with LocalServer() as srv:
        yield srv


def test_get_json_parses_and_sends_a_polite_user_agent(server):
    server.route("/api", 200, body='{"hits": 3}', headers={"Content-Type": "application/json"})
    client = make_client({**OPEN, "contact": "mailto:editor@example.org"})
    r = client.get_json(server.url("/api"), {"q": "kratom", "skip": None})
    assert (r.status, r.data, r.error, r.from_cache) == (200, {"hits": 3}, None, False)
    _, path, headers = server.log[-1]
    assert path == "/api?q=kratom"
    assert headers["User-Agent"].startswith("healthlint/")
    assert "(+mailto:editor@example.org)" in headers["User-Agent"]


def test_get_json_reports_http_errors_and_bad_json(server):
    server.route("/broken", 200, body="<html>", headers={"Content-Type": "application/json"})
    client = make_client(OPEN)
    missing = client.get_json(server.url("/nothing"))
    assert (missing.status, missing.data, missing.error) == (404, None, "HTTP 404")
    broken = client.get_json(server.url("/broken"))
    assert broken.status == 200 and broken.data is None and "not JSON" in broken.error


def test_retry_after_in_seconds_is_honoured(server):
    server.route("/busy", sequence=[(429, {"Retry-After": "1"}), (200, {})], body="{}")
    client = make_client(OPEN)
    start = time.monotonic()
    r = client.get_json(server.url("/busy"))
    assert r.status == 200 and server.count("/busy") == 2
    assert time.monotonic() - start >= 0.95
    assert client.stats["retries"] == 1


def test_retry_after_as_http_date_is_honoured(server):
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    server.route("/busy", sequence=[(503, {"Retry-After": when}), (200, {})], body="{}")
    client = make_client(OPEN)
    start = time.monotonic()
    assert client.get_json(server.url("/busy")).status == 200
    assert time.monotonic() - start >= 0.9  # HTTP-dates have one-second resolution


def test_retry_after_longer_than_the_cap_is_reported_not_waited(server):
    server.route("/later", 503, headers={"Retry-After": "3600"})
    client = make_client({**OPEN, "max-retry-wait": 1})
    r = client.get_json(server.url("/later"))
    assert r.status == 503 and server.count("/later") == 1 and client.stats["retries"] == 0


def test_server_errors_are_retried_with_backoff_then_reported(server):
    server.route("/down", 500)
    client = make_client({**OPEN, "retries": 2})
    r = client.get_json(server.url("/down"))
    assert r.status == 500 and server.count("/down") == 3
    assert client.stats == {"requests": 3, "retries": 2}


def test_parse_retry_after_forms():
    assert parse_retry_after("120") == 120
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert 28 <= parse_retry_after(date, now) <= 31
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now) == 0


def test_timeouts_surface_as_timeout_errors(server):
    server.route("/slow", 200, delay=1.5)
    client = make_client({**OPEN, "timeout": 0.3})
    with pytest.raises(NetError) as info:
        client.fetch("HEAD", server.url("/slow"))
    assert info.value.kind == "timeout"


def test_refused_and_dropped_connections(server):
    server.route("/drop", drop=True)
    client = make_client(OPEN)
    with pytest.raises(NetError) as dropped:
        client.fetch("GET", server.url("/drop"))
    assert dropped.value.kind == "dropped"
    assert server.count("/drop") == 2  # a dropped connection is tried once more
    closed = LocalServer()
    port = closed.port
    closed.httpd.server_close()  # nothing listens there any more
    with pytest.raises(NetError) as refused:
        client.fetch("HEAD", f"http://127.0.0.1:{port}/")
    assert refused.value.kind == "refused"


def test_loopback_is_refused_without_allow_private_networks(server):
    server.route("/api", 200, body="{}")
    client = make_client({"cache": False, "timeout": 2})
    r = client.get_json(server.url("/api"))
    assert r.status is None and r.error.startswith("blocked:")
    assert server.count() == 0  # never connected


def test_a_host_name_resolving_to_loopback_is_refused(server):
    client = make_client({"cache": False, "timeout": 2})
    with pytest.raises(NetError) as info:
        client.fetch("HEAD", f"http://localhost:{server.port}/")
    assert info.value.kind == "blocked"
    assert server.count() == 0


def test_metadata_and_private_addresses_are_refused_before_connecting():
    client = make_client({"cache": False, "timeout": 0.5})
    for url in ("http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://[::1]/"):
        with pytest.raises(NetError) as info:
            client.fetch("GET", url)
        assert info.value.kind == "blocked", url


def test_allowed_networks_let_an_intranet_through_but_not_other_private_hosts(server):
    with LocalServer("127.0.0.2") as other:
        other.route("/secret", 200)
        server.route("/api", 200, body="{}")
        client = make_client({"cache": False, "allow-private-networks": ["127.0.0.1/32"]})
        assert client.get_json(server.url("/api")).status == 200
        assert client.get_json(other.url("/secret")).error.startswith("blocked:")
        assert other.count() == 0


def test_blocked_address_ranges():
    for address in ("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
                    "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1", "0.0.0.0"):
        assert is_blocked_address(address), address
    for address in ("8.8.8.8", "130.14.29.110", "2606:4700::1111"):
        assert not is_blocked_address(address), address


def test_cache_answers_reruns_without_requests(server, tmp_path: Path):
    server.route("/api", 200, body='{"a": 1}')
    settings = {"allow-private-networks": True, "cache-path": str(tmp_path / "c.sqlite")}
    first = make_client(settings)
    assert first.get_json(server.url("/api")).from_cache is False
    assert first.get_json(server.url("/api")).from_cache is True  # same run, not yet flushed
    first.close()
    second = make_client(settings)
    r = second.get_json(server.url("/api"))
    assert (r.data, r.from_cache) == ({"a": 1}, True)
    assert server.count("/api") == 1
    expired = make_client({**settings, "cache-ttl": 0})
    assert expired.get_json(server.url("/api")).from_cache is False  # ttl 0 stores nothing
    no_cache = make_client({**settings, "cache": False})
    assert no_cache.get_json(server.url("/api")).from_cache is False
    assert server.count("/api") == 3


def test_an_unusable_cache_file_turns_the_cache_off(server, tmp_path: Path):
    bad = tmp_path / "c.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    client = make_client({"allow-private-networks": True, "cache-path": str(bad)})
    server.route("/api", 200, body="{}")
    assert client.get_json(server.url("/api")).status == 200
    assert client.cache.problem and "running without it" in client.cache.problem


def test_per_host_concurrency_and_global_limit(server):
    server.route("/slow", 200, delay=0.2)
    active = {"now": 0, "max": 0}
    lock = threading.Lock()
    client = make_client({**OPEN, "per-host-concurrency": 2, "concurrency": 8})

    def probe(i: int) -> int:
        with lock:
            active["now"] += 1
            active["max"] = max(active["max"], active["now"])
        try:
            return client.fetch("HEAD", server.url("/slow")).status
        finally:
            with lock:
                active["now"] -= 1

    start = time.monotonic()
    results = list(client.map(probe, range(6), key=lambda i: "one host"))
    elapsed = time.monotonic() - start
    assert sorted(r for _, r in results) == [200] * 6
    assert active["max"] == 2  # map never runs more than the per-host limit for one key
    assert elapsed >= 0.55  # 6 requests, 2 at a time, 0.2 s each


def _parallel(n: int, fn) -> None:
    threads = [threading.Thread(target=fn, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_fetch_honours_per_host_and_global_limits_from_any_thread(server):
    server.route("/slow", 200, delay=0.15)
    client = make_client({**OPEN, "per-host-concurrency": 2, "concurrency": 8})
    _parallel(6, lambda i: client.fetch("HEAD", server.url("/slow")))
    assert server.activity.most == 2 and server.count() == 6
    shared = Activity()
    others = [LocalServer(f"127.0.0.{i}", activity=shared).start() for i in (8, 9, 10)]
    try:
        for o in others:
            o.route("/slow", 200, delay=0.15)
        client = make_client({**OPEN, "per-host-concurrency": 4, "concurrency": 2})
        _parallel(9, lambda i: client.fetch("HEAD", others[i % 3].url("/slow")))
        assert sum(o.count() for o in others) == 9
        assert shared.most == 2  # three hosts, but never more than two requests at once
    finally:
        for o in others:
            o.stop()


def test_min_interval_spaces_requests_to_one_host(server):
    server.route("/x", 200)
    client = make_client({**OPEN, "min-interval": 0.15})
    start = time.monotonic()
    for _ in range(4):
        client.fetch("HEAD", server.url("/x"))
    assert time.monotonic() - start >= 0.44


def test_host_intervals_and_call_interval():
    s = parse_settings({"host-intervals": {"api.example.org": "0.5s"}})
    assert s.interval_for("eutils.ncbi.nlm.nih.gov") == pytest.approx(0.34)
    assert s.interval_for("api.example.org") == 0.5
    assert s.interval_for("www.example.org") == 0.0


def test_a_caller_that_knows_the_limit_replaces_a_built_in_interval_only():
    """NCBI allows 10 requests a second with an API key: the PubMed client asks for 0.1 s."""
    built_in = parse_settings({})
    assert built_in.interval_for("eutils.ncbi.nlm.nih.gov") == pytest.approx(0.34)
    assert built_in.interval_for("eutils.ncbi.nlm.nih.gov", 0.1) == pytest.approx(0.1)
    assert built_in.interval_for("eutils.ncbi.nlm.nih.gov", 0.5) == pytest.approx(0.5)
    configured = parse_settings({"host-intervals": {"eutils.ncbi.nlm.nih.gov": 1}, "min-interval": 0.2})
    assert configured.interval_for("eutils.ncbi.nlm.nih.gov", 0.1) == 1
    assert configured.interval_for("api.crossref.org", 0.1) == pytest.approx(0.2)


def test_map_is_lazy_and_raises_errors_of_the_function():
    client = make_client(OPEN)
    consumed = []

    def items():
        for i in range(50):
            consumed.append(i)
            yield i

    it = client.map(lambda i: i * 2, items())
    first = next(it)
    assert first[1] == first[0] * 2
    assert len(consumed) <= 50
    assert sorted(r for _, r in [first, *it]) == [i * 2 for i in range(50)]
    with pytest.raises(ZeroDivisionError):
        list(client.map(lambda i: 1 / i, [1, 0, 2]))


@pytest.mark.parametrize(("table", "problem"), [
    ({"timeout": "soon"}, "timeout"),
    ({"concurrency": 0}, "concurrency"),
    ({"retries": True}, "retries"),
    ({"ttl": {"forever": 1}}, "ttl.forever"),
    ({"allow-private-networks": ["not a net"]}, "allow-private-networks"),
    ({"colour": "blue"}, "colour"),
])
def test_network_settings_are_validated_with_the_key_named(table, problem):
    with pytest.raises(ConfigError) as info:
        parse_config({"network": table}, "pyproject.toml", "tool.healthlint")
    assert problem in str(info.value) and "tool.healthlint.network" in str(info.value)


def test_network_settings_durations():
    s = parse_settings({"timeout": 3, "ttl": {"ok": "2d", "dead": "90m"}, "cache-ttl": "1h"})
    assert (s.connect_timeout, s.read_timeout) == (3, 3)
    assert s.ttls["ok"] == 2 * 86400 and s.ttls["dead"] == 90 * 60
    assert s.ttl("ok") == 3600  # --cache-ttl overrides every lifetime


# -- issue 12 (network) and issue 17 (links) --------------------------------------------


def test_a_server_sending_one_header_byte_every_two_seconds_cannot_stretch_the_deadline(server):
    server.route("/trickle", 200, trickle=2.0)  # each byte comes well within the read timeout
    client = make_client({**OPEN, "timeout": 5, "deadline": 3})
    start = time.monotonic()
    with pytest.raises(NetError) as info:
        client.fetch("GET", server.url("/trickle"), read=1000)
    assert time.monotonic() - start < 5
    assert info.value.kind == "timeout" and "slow sender" in str(info.value)


def test_a_body_trickling_one_byte_a_second_is_cut_at_the_deadline(server):
    server.route("/drip", 200, body=b"x" * 100, trickle=1.0, trickle_body_only=True)
    client = make_client({**OPEN, "timeout": 5, "deadline": 2.5})
    start = time.monotonic()
    with pytest.raises(NetError) as info:
        client.fetch("GET", server.url("/drip"), read=1000)
    assert time.monotonic() - start < 4.5
    assert info.value.kind == "timeout"


def test_credentials_in_a_url_are_never_sent(server):
    server.route("/private", 200, body="{}")
    client = make_client(OPEN)
    url = server.url("/private").replace("http://", "http://editor:hunter2@")
    assert client.fetch("GET", url).status == 200
    assert client.get_json(url).status == 200
    for _, _, headers in server.log:
        assert "Authorization" not in headers and "authorization" not in headers


@pytest.mark.parametrize("address", [
    "64:ff9b::7f00:1",                       # NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe",                    # NAT64 of the metadata address
    "64:ff9b:1::a00:1",                      # local-use NAT64
    "2002:7f00:1::1",                        # 6to4 of 127.0.0.1
    "2002:a00:1::",                          # 6to4 of 10.0.0.1
    "::127.0.0.1",                           # IPv4-compatible
    "::a9fe:a9fe",                           # IPv4-compatible, metadata
    "::ffff:10.0.0.1",                       # IPv4-mapped
    "::ffff:0:127.0.0.1",                    # IPv4-translated (SIIT)
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo whose client is 127.0.0.1
    "2001:0:a00:1::1",                       # Teredo whose server is 10.0.0.1
])
def test_ipv6_forms_carrying_a_private_ipv4_address_are_blocked(address):
    assert is_blocked_address(address)


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8",
                                     "2606:4700::1111"])
def test_ipv6_forms_carrying_a_public_ipv4_address_pass(address):
    assert not is_blocked_address(address)


def test_a_429_storm_gets_a_bounded_number_of_requests(server):
    server.route("/busy", 429, headers={"Retry-After": "0"})
    client = make_client({**OPEN, "retries": 2, "host-retry-budget": 5})
    outcomes = []
    for i in range(100):
        try:
            outcomes.append(client.fetch("GET", server.url("/busy") + f"?{i}").status)
        except NetError as exc:
            outcomes.append(exc.kind)
    assert server.count("/busy") <= 10  # was 300: three requests a link
    assert outcomes.count("throttled") >= 90


def test_retry_after_pauses_the_whole_host(server):
    server.route("/a", sequence=[(429, {"Retry-After": "1"}), (200, {})])
    server.route("/b", 200)
    client = make_client({**OPEN, "per-host-concurrency": 4})
    times = {}

    def get(path: str) -> None:
        client.fetch("GET", server.url(path))
        times[path] = time.monotonic()

    start = time.monotonic()
    first = threading.Thread(target=get, args=("/a",))
    first.start()
    time.sleep(0.3)  # /a has had its 429 by now
    get("/b")
    first.join()
    assert times["/b"] - start >= 0.9  # /b waited for the pause the site asked for


def test_connections_are_kept_alive_and_reused(server):
    server.route("/page", 200, body=b"<title>ok</title>" + b"x" * 100_000)
    client = make_client({**OPEN, "per-host-concurrency": 2})
    urls = [server.url(f"/page?{i}") for i in range(50)]
    server.routes.update({f"/page?{i}": server.routes["/page"] for i in range(50)})
    results = list(client.map(lambda u: client.fetch("GET", u, read=64 * 1024).status, urls,
                              key=lambda u: u.split("/")[2]))
    assert [s for _, s in results] == [200] * 50
    heads = [client.fetch("HEAD", server.url("/page")).status for _ in range(5)]
    assert heads == [200] * 5
    assert server.connections <= 2  # was one a request


def test_the_per_host_limit_counts_host_and_port():
    from lint_rules.services.net.client import host_key

    assert host_key("http://127.0.0.1:8001/a") != host_key("http://127.0.0.1:8002/a")
    assert host_key("https://Example.org/a") == host_key("https://example.org:443/b")
    servers = [LocalServer(delay=0.3).start() for _ in range(4)]
    try:
        client = make_client({**OPEN, "per-host-concurrency": 1, "concurrency": 8})
        from lint_rules.services.net.client import host_key as key

        start = time.monotonic()
        urls = [s.url(f"/{i}") for s in servers for i in range(2)]
        list(client.map(lambda u: client.fetch("HEAD", u).status, urls, key=key))
        assert time.monotonic() - start < 1.0  # four ports in parallel: 2 × 0.3 s, not 8 × 0.3 s
    finally:
        for s in servers:
            s.stop()


def test_a_refused_look_up_is_not_cached_and_replayed_after_allowing_private_networks(server, tmp_path):
    server.route("/api", 200, body='{"a": 1}')
    path = str(tmp_path / "c.sqlite")
    strict = make_client({"cache-path": path})
    assert strict.get_json(server.url("/api")).error.startswith("blocked")
    strict.close()
    allowed = make_client({"cache-path": path, "allow-private-networks": True})
    r = allowed.get_json(server.url("/api"))
    assert (r.data, r.from_cache) == ({"a": 1}, False)


def test_answers_fetched_with_private_networks_allowed_are_not_served_without_it(server, tmp_path):
    server.route("/api", 200, body='{"secret": 1}')
    path = str(tmp_path / "c.sqlite")
    allowed = make_client({"cache-path": path, "allow-private-networks": True})
    assert allowed.get_json(server.url("/api")).data == {"secret": 1}
    allowed.close()
    strict = make_client({"cache-path": path})
    r = strict.get_json(server.url("/api"))
    assert r.data is None and r.error.startswith("blocked") and not r.from_cache
    again = make_client({"cache-path": path, "allow-private-networks": True})
    assert again.get_json(server.url("/api")).from_cache  # its own policy still has it


def test_map_stops_taking_queued_items_once_the_caller_stops():
    client = make_client({**OPEN, "per-host-concurrency": 1})
    calls = []

    def work(i: int) -> int:
        calls.append(i)
        time.sleep(0.05)
        return i

    it = client.map(work, range(20), key=lambda i: "one-host")
    assert next(it)[1] == 0
    it.close()
    time.sleep(0.3)
    assert len(calls) <= 2  # the lane finishes what it holds and takes nothing more
