"""URL classification against real servers on 127.0.0.x: every class, redirect chains and
loops, HEAD-refusing servers, slow and dropping servers, TLS, archived copies, the cache."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from lint_rules.services.linkcheck import (
    LinkChecker,
    LinkOptions,
    normalise,
    not_found_title,
    parse_link_options,
    redirect_soft404,
    url_problem,
)
from lint_rules.services.net import make_client
from lint_rules.services.net.testserver import LocalServer

#: a server that always listens: the network probe of these tests ("the network works")
_PROBE = LocalServer().start()
OPEN = {"cache": False, "allow-private-networks": True, "timeout": 1, "backoff": 0.02, "retries": 1,
        "network-probe": [f"127.0.0.1:{_PROBE.port}"]}


@pytest.fixture()
def server():
    with LocalServer() as srv:
        yield srv


def check(url: str, network: dict | None = None, **options) -> object:
    checker = LinkChecker(make_client({**OPEN, **(network or {})}), LinkOptions(**options))
    return dict(checker.check_many([normalise(url)]))[normalise(url)]


def statuses(result) -> list:
    return [(c["method"], c["status"]) for c in result.chain]


def test_ok_and_temporary_redirects_are_silent(server):
    server.route("/page", 200)
    server.route("/today", 302, headers={"Location": "/page"})
    server.route("/see", 307, headers={"Location": "/page"})
    assert check(server.url("/page")).cls == "ok"
    r = check(server.url("/today"))
    assert (r.cls, r.moved_to, r.final_url) == ("ok", None, server.url("/page"))
    assert statuses(r) == [("GET", 302), ("GET", 200)]
    assert check(server.url("/see")).cls == "ok"


@pytest.mark.parametrize("status", [404, 410])
def test_not_found_and_gone_are_dead_after_a_get(server, status):
    server.route("/x", status)
    r = check(server.url("/x"))
    assert r.cls == "dead" and str(status) in r.message
    assert statuses(r) == [("GET", status)]  # one request a URL
    r = check(server.url("/x"), method="head")
    assert r.cls == "dead" and statuses(r) == [("HEAD", status), ("GET", status)]


def test_dns_failure_and_refused_connections_are_dead():
    r = check("https://no-such-host.invalid/page")
    assert r.cls == "dead" and "DNS" in r.message
    closed = LocalServer()
    port = closed.port
    closed.httpd.server_close()
    r = check(f"http://127.0.0.1:{port}/x")
    assert r.cls == "dead" and "refused" in r.message


def test_head_refusing_server_is_checked_with_get(server):
    server.route("/page", 200, head_status=405)
    r = check(server.url("/page"), method="head")
    assert r.cls == "ok"
    assert statuses(r) == [("HEAD", 405), ("GET", 200)]


def test_server_errors_after_retries(server):
    server.route("/down", 503)
    r = check(server.url("/down"))
    assert r.cls == "server-error" and server.count("/down") == 2  # one retry configured
    assert r.chain[0]["retries"] == 1


def test_retry_after_recovers(server):
    server.route("/busy", sequence=[(429, {"Retry-After": "0"}), (200, {})])
    assert check(server.url("/busy")).cls == "ok"


def test_permanent_redirect_suggests_the_final_url(server):
    server.route("/old", 301, headers={"Location": "/new"})
    server.route("/older", 308, headers={"Location": "/old"})
    server.route("/new", 200)
    r = check(server.url("/old"))
    assert (r.cls, r.moved_to) == ("moved", server.url("/new"))
    r = check(server.url("/older"))  # a chain of permanent redirects: the last address
    assert (r.cls, r.moved_to) == ("moved", server.url("/new"))


def test_permanent_then_temporary_redirect_suggests_the_permanent_target(server):
    server.route("/old", 301, headers={"Location": "/stable"})
    server.route("/stable", 302, headers={"Location": "/today"})
    server.route("/today", 200)
    server.route("/temp-first", 302, headers={"Location": "/old"})
    assert check(server.url("/old")).moved_to == server.url("/stable")
    assert check(server.url("/temp-first")).cls == "ok"  # the cited URL itself is fine


def test_moved_to_a_dead_page_is_dead(server):
    server.route("/old", 301, headers={"Location": "/gone"})
    assert check(server.url("/old")).cls == "dead"


def test_soft_404_by_title_when_the_page_is_read(server):
    server.route("/missing", 200, head_status=405,
                 body="<html><head><title>Page Not Found | Clinic</title></head></html>")
    server.route("/fine", 200, body="<html><title>Kratom: what we know</title></html>")
    r = check(server.url("/missing"))
    assert r.cls == "soft-404" and "Page Not Found" in r.message
    assert check(server.url("/fine"), content_check=True).cls == "ok"
    assert check(server.url("/missing"), content_check=True).cls == "soft-404"


@pytest.mark.parametrize(("status", "target", "why"), [
    (301, "/", "home page"), (301, "/en-us/", "home page"), (301, "/login?next=/a", "login"),
    (301, "/users/sign_in", "login"), (301, "/404.html", "error page"),
    (302, "/search?q=kratom", "search page"), (302, "/health/", "landing page"),
    (302, "/en/health/", "landing page"),
    (302, "/errors/404.aspx?aspxerrorpath=/health/kratom-article", "error page"),
    (302, "/pages/default.aspx?404;/health/kratom-article", "error page"),
    (302, "/not-found/?from=x", "error page"),
])
def test_soft_404_when_a_deep_link_lands_on_home_login_search_landing_or_error_page(server, status, target, why):
    server.route("/health/kratom-article", status, headers={"Location": target})
    server.route(target.split("?")[0], 200)
    r = check(server.url("/health/kratom-article"))
    assert r.cls == "soft-404" and why in r.message


@pytest.mark.parametrize("target", ["/health/kratom-article/", "/en/health/kratom-article",
                                    "/health/kratom-article/index.html", "/health/kratom-article-2024"])
def test_redirects_to_the_same_or_a_deeper_page_are_fine(server, target):
    server.route("/health/kratom-article", 302, headers={"Location": target})
    server.route(target, 200)
    assert check(server.url("/health/kratom-article")).cls == "ok"


NOT_FOUND_PAGE = "<html><head><title>Page unavailable | Clinic</title></head><body>…</body></html>"


def test_one_get_finds_a_soft_404_by_its_title(server):
    server.route("/retired", 200, body=NOT_FOUND_PAGE)
    r = check(server.url("/retired"))
    assert r.cls == "soft-404" and statuses(r) == [("GET", 200)]
    assert server.count("/retired") == 1


def test_a_head_200_is_trusted_unless_titles_are_checked(server):
    server.route("/retired", 200, body=NOT_FOUND_PAGE)
    r = check(server.url("/retired"), method="head")
    assert r.cls == "ok" and statuses(r) == [("HEAD", 200)]
    r = check(server.url("/retired"), check_titles=True, method="head")
    assert r.cls == "soft-404" and "Page unavailable" in r.message
    assert statuses(r) == [("HEAD", 200), ("GET", 200)]


def test_checking_titles_reads_only_html_pages_below_the_root(server):
    server.route("/kratom", 200, body="<title>Kratom: what we know</title>")
    server.route("/report.pdf", 200, headers={"Content-Type": "application/pdf"}, body=NOT_FOUND_PAGE)
    server.route("/chart.png", 200, headers={"Content-Type": "image/png"}, body=b"\x89PNG")
    server.route("/", 200, body=NOT_FOUND_PAGE)
    r = check(server.url("/kratom"), check_titles=True, method="head")
    assert r.cls == "ok" and statuses(r) == [("HEAD", 200), ("GET", 200)]
    for path in ("/report.pdf", "/chart.png", "/"):
        r = check(server.url(path), check_titles=True, method="head")
        assert r.cls == "ok" and statuses(r) == [("HEAD", 200)], path


def test_checking_titles_believes_a_get_404_and_skips_pages_a_redirect_already_condemned(server):
    server.route("/liar", 404, head_status=200)
    r = check(server.url("/liar"), check_titles=True, method="head")
    assert r.cls == "dead" and statuses(r) == [("HEAD", 200), ("GET", 404)]
    server.route("/health/old", 302, headers={"Location": "/"})
    server.route("/", 200, body=NOT_FOUND_PAGE)
    r = check(server.url("/health/old"), check_titles=True, method="head")
    assert r.cls == "soft-404" and statuses(r) == [("HEAD", 302), ("HEAD", 200)]


@pytest.mark.parametrize(("headers", "body"), [
    ({"Content-Type": "text/html; charset=Shift_JIS"}, "<title>ページが見つかりません</title>".encode("shift_jis")),
    ({"Content-Type": "text/html"}, '<meta charset="windows-1251"><title>Страница не найдена</title>'.encode("cp1251")),
    ({"Content-Type": "text/html"}, "<title>Page non trouvée</title>".encode("latin-1")),
])
def test_not_found_titles_in_the_page_s_own_encoding(server, headers, body):
    server.route("/old", 200, headers=headers, body=body)
    assert check(server.url("/old"), check_titles=True).cls == "soft-404"


def test_checking_titles_keeps_the_head_answer_when_the_get_is_refused(server):
    server.route("/shy", 403, head_status=200)
    r = check(server.url("/shy"), check_titles=True, method="head")
    assert r.cls == "ok" and statuses(r) == [("HEAD", 200), ("GET", 403)]


def test_check_titles_option():
    assert parse_link_options({}).check_titles == "scan"
    assert parse_link_options({"check-titles": True}).check_titles is True
    assert parse_link_options({"check-titles": False}).check_titles is False
    with pytest.raises(ValueError, match="check-titles"):
        parse_link_options({"check-titles": "always"})


def test_a_home_page_redirecting_to_home_is_fine(server):
    server.route("/index.html", 301, headers={"Location": "/"})
    server.route("/", 200)
    assert check(server.url("/index.html")).cls == "moved"


@pytest.mark.parametrize(("status", "headers", "words"), [
    (401, {}, "login"), (403, {}, "refused"), (999, {}, "blocked"),
    (403, {"cf-mitigated": "challenge"}, "Cloudflare"), (429, {"Retry-After": "0"}, "429"),
])
def test_bot_walls_are_unverifiable(server, status, headers, words):
    server.route("/x", status, headers=headers)
    r = check(server.url("/x"))
    assert r.cls == "unverifiable" and words in r.message


def test_slow_and_dropping_servers_are_unverifiable(server):
    server.route("/slow", 200, delay=1.5)
    server.route("/drop", drop=True)
    r = check(server.url("/slow"), {"timeout": 0.3})
    assert r.cls == "unverifiable" and "timed out" in r.message
    r = check(server.url("/drop"), method="head")
    assert r.cls == "unverifiable" and "closed the connection" in r.message
    assert [c["method"] for c in r.chain] == ["HEAD", "GET"]


def test_redirect_loops_and_too_many_redirects(server):
    server.route("/a", 302, headers={"Location": "/b"})
    server.route("/b", 301, headers={"Location": "/a"})
    for i in range(5):
        server.route(f"/hop{i}", 302, headers={"Location": f"/hop{i + 1}"})
    r = check(server.url("/a"))
    assert r.cls == "redirect-loop" and "loop" in r.message
    r = check(server.url("/hop0"), {"max-redirects": 3})
    assert r.cls == "redirect-loop" and "more than 3 redirects" in r.message


def test_a_cookie_setting_redirect_to_itself_gets_one_more_go(server):
    server.route("/gate", sequence=[(302, {"Location": "/gate", "Set-Cookie": "seen=1"}), (200, {})])
    r = check(server.url("/gate"))
    assert r.cls == "ok" and statuses(r) == [("GET", 302), ("GET", 200)]
    assert server.log[-1][2].get("Cookie") == "seen=1"


def test_link_checks_ask_for_html_like_a_browser(server):
    server.route("/page", 200)
    check(server.url("/page"))
    assert server.log[-1][2]["Accept"].startswith("text/html")


def test_a_redirect_to_a_private_address_is_refused(server):
    with LocalServer("127.0.0.2") as inner:
        inner.route("/admin", 200)
        server.route("/out", 302, headers={"Location": inner.url("/admin")})
        r = check(server.url("/out"), {"allow-private-networks": ["127.0.0.1/32"]})
        assert r.cls == "blocked" and statuses(r)[0] == ("GET", 302)
        assert inner.count() == 0


def test_loopback_is_refused_without_the_switch(server):
    server.route("/x", 200)
    r = check(server.url("/x"), {"allow-private-networks": False})
    assert r.cls == "blocked" and server.count() == 0


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[str, str]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return str(cert), str(key)


def test_untrusted_certificate_is_a_tls_error(certificate):
    with LocalServer(tls=certificate) as srv:
        srv.route("/x", 200)
        r = check(srv.url("/x"))
        assert r.cls == "tls-error" and "TLS" in r.message
        assert check(srv.url("/x"), {"ca-bundle": certificate[0]}).cls == "ok"


def _default_ports(certificate):
    """HTTP on port 80 and HTTPS on 443 of 127.0.0.3 (needs the right to bind low ports)."""
    try:
        plain = LocalServer("127.0.0.3", 80)
    except OSError:
        pytest.skip("cannot bind port 80 here")
    try:
        secure = LocalServer("127.0.0.3", 443, tls=certificate)
    except OSError:
        plain.httpd.server_close()
        pytest.skip("cannot bind port 443 here")
    return plain, secure


def test_http_url_whose_https_form_works_is_insecure_http(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.3",
                    "-addext", "subjectAltName=IP:127.0.0.3"], check=True, capture_output=True)
    plain, secure = _default_ports((str(cert), str(key)))
    with plain, secure:
        for srv in (plain, secure):
            srv.route("/page", 200)
        plain.route("/up", 301, headers={"Location": "https://127.0.0.3/up"})
        secure.route("/up", 200)
        plain.route("/plain-only", 200)
        net = {"ca-bundle": str(cert)}
        r = check("http://127.0.0.3/page", net)
        assert (r.cls, r.moved_to) == ("insecure-http", "https://127.0.0.3/page")
        r = check("http://127.0.0.3/up", net)  # a permanent redirect that only adds the s
        assert (r.cls, r.moved_to) == ("insecure-http", "https://127.0.0.3/up")
        assert check("http://127.0.0.3/plain-only", net).cls == "ok"  # https answers 404
        assert check("http://127.0.0.3/page", net, check_https=False).cls == "ok"


def test_an_explicit_port_gets_no_https_probe(server):
    server.route("/page", 200)
    r = check(server.url("/page"))
    assert r.cls == "ok" and server.count() == 1


def test_cosmetic_moves():
    from lint_rules.services.linkcheck import same_page

    assert same_page("http://example.org/a", "https://www.example.org/a/")
    assert not same_page("https://example.org/a", "https://example.org/b")
    assert not same_page("https://example.org/a?id=1", "https://example.org/a")


def test_insecure_http_when_only_the_scheme_changes():
    r_url = "http://example.org/a"
    assert redirect_soft404(r_url, "https://example.org/a") is None
    from lint_rules.services.linkcheck import _only_scheme_upgrade

    assert _only_scheme_upgrade(r_url, "https://example.org/a")
    assert not _only_scheme_upgrade(r_url, "https://example.org/b")


def test_fragment_anchors_are_collected_when_asked(server):
    server.route("/doc", 200, body='<h2 id="dosage">Dosage</h2><a name="risks"></a>')
    checker = LinkChecker(make_client(OPEN), LinkOptions(check_fragments=True))
    url = normalise(server.url("/doc#dosage"))
    r = dict(checker.check_many([url], want_anchors=[url]))[url]
    assert r.anchors == ["dosage", "risks"]
    assert statuses(r) == [("GET", 200)]


def test_dead_links_get_an_archived_copy(server):
    snapshot = "http://web.archive.org/web/20200101000000/https://example.org/gone"
    server.route("/wayback/available", 200, headers={"Content-Type": "application/json"},
                 body=json.dumps({"archived_snapshots": {"closest": {
                     "available": True, "url": snapshot, "timestamp": "20200101000000", "status": "200"}}}))
    r = check(server.url("/gone"), archive_url=server.url("/wayback/available"))
    assert r.cls == "dead" and r.archive == snapshot
    _, path, _ = server.log[-1]
    assert path.startswith("/wayback/available?url=http")


def test_exclude_and_allow_patterns(server):
    server.route("/x", 200)
    opts = {"exclude": [f"http://127.0.0.1:{server.port}/*"], "allow": ["*/keep"]}
    assert check(server.url("/x"), **opts).cls == "excluded"
    assert check(server.url("/keep"), **opts).cls == "dead"
    assert server.count("/x") == 0
    assert parse_link_options({"exclude": "re:^https://www\\.linkedin\\.com/"}).excluded(
        "https://www.linkedin.com/in/someone")


def test_cache_rerun_makes_no_requests(server, tmp_path: Path):
    server.route("/a", 200)
    server.route("/b", 404)
    net = {**OPEN, "cache": True, "cache-path": str(tmp_path / "c.sqlite")}
    urls = [normalise(server.url("/a")), normalise(server.url("/b"))]
    client = make_client(net)
    first = dict(LinkChecker(client, LinkOptions(archive=False)).check_many(urls))
    client.close()
    before = server.count()
    client = make_client(net)
    second = dict(LinkChecker(client, LinkOptions(archive=False)).check_many(urls))
    assert server.count() == before
    assert {u: r.cls for u, r in second.items()} == {u: r.cls for u, r in first.items()}
    assert all(r.from_cache for r in second.values())
    assert client.stats["requests"] == 0 and client.stats["cache_hits"] == 2


def test_many_documents_check_each_url_once(server):
    from lint_rules.api import make_config
    from lint_rules.core import RuleContext
    from lint_rules.parsing import parse_document
    from lint_rules.rules.links import check_documents

    for i in range(30):
        server.route(f"/p{i}", 200)
    docs = [parse_document(f"d{d}.md", "".join(f"[x]({server.url(f'/p{(i + d) % 30}')})\n" for i in range(30)),
                           "markdown") for d in range(3)]
    cfg = make_config(online=True, extra={"network": OPEN})
    results = check_documents(docs, RuleContext(cfg))
    assert len(results) == 30 and all(r.cls == "ok" for r in results.values())
    assert server.count() == 30


@pytest.mark.parametrize(("url", "problem"), [
    ("htps://www.nih.gov", "misspelt"),
    ("http:/www.nih.gov", "//"),
    ("https://www.nih .gov/x", "space"),
    ("https:///path", "no host"),
    ("https://exa_mple..org/", "not valid"),
    ("https://example.org/100%sure", "hexadecimal"),
    ("mailto:editor@example", "not a valid e-mail"),
    ("mailto:editor.example.org", "not a valid e-mail"),
])
def test_malformed_urls(url, problem):
    assert problem in (url_problem(url) or "")


@pytest.mark.parametrize("url", [
    "https://www.nih.gov/health-information", "http://example.org:8080/a?b=c#d", "mailto:a@b.org",
    "/relative/path", "#section", "tel:+15551234567", "https://例え.jp/", "https://[2001:db8::1]/",
])
def test_well_formed_urls(url):
    assert url_problem(url) is None


def test_normalise():
    assert normalise("HTTPS://WWW.Example.ORG:443/a#frag") == "https://www.example.org/a"
    assert normalise("http://example.org") == "http://example.org/"
    assert normalise("www.example.org/x") == "https://www.example.org/x"
    assert normalise("https://例え.jp/") == "https://xn--r8jz45g.jp/"
    assert normalise("mailto:a@b.org") is None and normalise("/x") is None


def test_not_found_titles():
    assert not_found_title(b"<title>404 - Not Found</title>")
    assert not_found_title(b"<h1>Sorry, we can't find that page</h1>")
    assert not_found_title("<title>Seite nicht gefunden – Klinikum</title>".encode())
    assert not_found_title("<h1>ページが見つかりません</h1>".encode())
    assert not_found_title(b"<title>Error 404 (Not Found)!!1</title>")
    assert not_found_title(b"<title>404 error? How hospitals fix broken portals</title>") is None
    assert not_found_title(b"<title>The requested URL was not found on this server</title>")
    assert not_found_title(b"<title>Antibiotics not found to shorten colds, review says</title>") is None
    assert not_found_title(b"<title>Medicines no longer available on the NHS</title>") is None
    assert not_found_title(b"<title>Kratom: uses and risks</title>") is None
    assert not_found_title(b"<title>" + b"not found " * 30 + b"</title>") is None  # too long


def _closed_port(host: str = "127.0.0.1") -> int:
    closed = LocalServer(host)
    closed.httpd.server_close()  # nothing listens there any more
    return closed.port


#: the network probe of a machine without a network: it connects nowhere
NO_NETWORK = {**OPEN, "network-probe": [f"127.0.0.9:{_closed_port('127.0.0.9')}"]}


def test_without_any_network_answers_failures_are_not_called_dead():
    closed = [LocalServer(f"127.0.0.{i}") for i in (4, 5)]
    urls = [normalise(f"http://{s.host}:{s.port}/x") for s in closed]
    for s in closed:
        s.httpd.server_close()
    checker = LinkChecker(make_client(NO_NETWORK), LinkOptions())
    results = dict(checker.check_many(urls))
    assert checker.offline
    assert {r.cls for r in results.values()} == {"no-network"}
    assert "network" in results[urls[0]].message


def test_one_answering_host_makes_refused_connections_dead(server):
    server.route("/ok", 200)
    closed = LocalServer("127.0.0.4")
    dead = normalise(f"http://127.0.0.4:{closed.port}/x")
    closed.httpd.server_close()
    other = LocalServer("127.0.0.5")
    dead2 = normalise(f"http://127.0.0.5:{other.port}/x")
    other.httpd.server_close()
    checker = LinkChecker(make_client(OPEN), LinkOptions(archive=False))
    results = dict(checker.check_many([dead, dead2, normalise(server.url("/ok"))]))
    assert not checker.offline
    assert (results[dead].cls, results[dead2].cls) == ("dead", "dead")


def test_other_client_errors_are_unverifiable_not_dead(server):
    server.route("/odd", 400)
    r = check(server.url("/odd"))
    assert r.cls == "unverifiable" and "400" in r.message


@pytest.mark.parametrize(("original", "final", "gone"), [
    ("https://example.org/health/kratom/overview", "https://example.org/health/kratom", False),  # merged
    ("https://example.org/health/kratom/overview", "https://example.org/health/kratom/", True),  # a folder
    ("https://example.org/library/kratom.pdf", "https://example.org/library", True),  # top-level section
])
def test_a_page_merged_into_its_parent_has_moved_not_gone(original, final, gone):
    assert (redirect_soft404(original, final) is not None) == gone


def test_with_no_network_no_link_is_ever_dead_even_when_the_others_time_out(server):
    """Issue 12: the first of three links was called dead (DNS failure) because the other
    two timed out instead of being refused, and one failing host was not "no network"."""
    server.route("/slow", 200, delay=2)
    urls = [normalise("http://no-such-host.invalid/a"), normalise(server.url("/slow")),
            normalise(server.url("/slow?2"))]
    checker = LinkChecker(make_client({**NO_NETWORK, "timeout": 0.3}), LinkOptions(archive=False))
    results = dict(checker.check_many(urls))
    assert checker.offline
    assert {r.cls for r in results.values()} == {"no-network"}
    single = LinkChecker(make_client(NO_NETWORK), LinkOptions(archive=False))
    only = dict(single.check_many([normalise("http://no-such-host.invalid/b")]))
    assert [r.cls for r in only.values()] == ["no-network"]


def test_an_unanswered_link_is_dead_once_the_probe_shows_the_network_works():
    r = check("http://no-such-host.invalid/c", archive=False)
    assert r.cls == "dead"
    assert check("http://no-such-host.invalid/c", {"network-probe": []}, archive=False).cls == "no-network"


def test_no_network_results_are_not_cached(tmp_path: Path):
    net = {**NO_NETWORK, "cache": True, "cache-path": str(tmp_path / "c.sqlite")}
    url = normalise("http://no-such-host.invalid/d")
    client = make_client(net)
    assert dict(LinkChecker(client, LinkOptions(archive=False)).check_many([url]))[url].cls == "no-network"
    client.close()
    client = make_client({**net, "network-probe": OPEN["network-probe"]})
    r = dict(LinkChecker(client, LinkOptions(archive=False)).check_many([url]))[url]
    assert r.cls == "dead" and not r.from_cache


def test_a_hanging_head_falls_back_to_get(server):
    server.route("/hang", 200, head_delay=3, body="<title>Kratom</title>")
    start = __import__("time").monotonic()
    r = check(server.url("/hang"), {"timeout": 0.5}, method="head")
    assert r.cls == "ok" and statuses(r) == [("HEAD", None), ("GET", 200)]
    assert __import__("time").monotonic() - start < 2.5


def test_a_slow_sender_cannot_hold_a_link_check_or_pass_it(server):
    server.route("/trickle", 200, trickle=2.0)
    start = __import__("time").monotonic()
    r = check(server.url("/trickle"), {"timeout": 5, "deadline": 3})
    assert __import__("time").monotonic() - start < 5
    assert r.cls == "unverifiable" and "slow sender" in r.message


def test_a_link_deadline_covers_every_redirect_hop(server):
    for i in range(6):
        server.route(f"/hop{i}", 302, headers={"Location": f"/hop{i + 1}"}, delay=0.4)
    start = __import__("time").monotonic()
    r = check(server.url("/hop0"), {"timeout": 1, "deadline": 1.0})
    assert __import__("time").monotonic() - start < 1.8
    assert r.cls == "unverifiable"


def test_one_get_finds_a_missing_fragment_without_configuration(server):
    server.route("/doc", 200, body='<h2 id="dosage">Dosage</h2>')
    assert parse_link_options({}).check_fragments is True
    checker = LinkChecker(make_client(OPEN), parse_link_options({}))
    url = normalise(server.url("/doc#dosage"))
    r = dict(checker.check_many([url], want_anchors=[url]))[url]
    assert r.anchors == ["dosage"] and server.count("/doc") == 1


def test_credentials_in_a_cited_url_are_not_sent(server):
    server.route("/members", 200)
    check(server.url("/members").replace("http://", "http://reader:secret@"))
    assert all("Authorization" not in h for _, _, h in server.log)


def test_a_429_storm_over_100_links_draws_a_bounded_number_of_requests(server):
    """Issue 12: 300 requests for 100 links (three a link) against a site answering 429."""
    for i in range(100):
        server.route(f"/p{i}", 429, headers={"Retry-After": "0"})
    checker = LinkChecker(make_client({**OPEN, "retries": 2}), LinkOptions(archive=False))
    results = dict(checker.check_many([normalise(server.url(f"/p{i}")) for i in range(100)]))
    assert {r.cls for r in results.values()} == {"unverifiable"}
    assert server.count() <= 30
    assert sum("not asked again" in r.message for r in results.values()) >= 70
