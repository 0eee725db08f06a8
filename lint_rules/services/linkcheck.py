"""Checking URLs and classifying what came back.

``LinkChecker.check_many(urls)`` checks distinct normalised URLs (cache first,
then concurrently through the shared client, bounded globally and per host) and returns
a ``LinkResult`` per URL: its class, the status chain, the final URL, a suggested
replacement for moved pages and an archived copy for dead ones.

Classes (the rules in ``lint_rules.rules.links`` report them):

======================  ===========================================================
ok                      2xx, temporary redirects followed silently
moved                   a 301/308 first hop to a working page (``moved_to`` suggested)
insecure-http           an ``http://`` URL whose ``https://`` form works
dead                    404, 410, 451, DNS failure, connection refused
server-error            5xx after retries
soft-404                200 that is really "not found": a not-found title, or a deep
                        link redirected to the home, search, a section's landing page,
                        a login or an error page
unverifiable            401, 403, 999 bot walls, Cloudflare challenges, 429 after
                        retries, other 4xx answers, timeouts, dropped connections
redirect-loop           a redirect loop or more than ``max-redirects`` hops
tls-error               certificate or TLS handshake failure
blocked                 resolves to a private/loopback/link-local/metadata address
excluded                matched ``exclude`` (and no ``allow``) in the config: not checked
no-network              no site answered in this run and the network probe connected
                        nowhere: nothing could be checked (never "dead")
======================  ===========================================================

The method (``method = "get"``, the default, as lychee does): one GET per URL whose body
is read up to ``SNIFF_BYTES`` (``ANCHOR_BYTES`` when a ``#fragment`` must be found), so a
"not found" title and a missing anchor are seen with the same single request; the rest of
a short body is drained so the connection is reused. ``method = "head"`` sends HEAD first
and falls back to GET when HEAD is refused, unreliable (400, 403, 404, 405, 406, 410, 501,
999), dropped or hangs; there ``check-titles`` (on in the nightly scan) adds a GET for the
title of an HTML page HEAD said is fine.

Each URL has one deadline (``[network] deadline``) for all its requests, redirects and
retries together. A link that got no HTTP answer (DNS failure, refused connection,
timeout) is judged only once the run knows the network works: some other site answered,
or else a TCP connection to one of ``network-probe`` succeeds. Otherwise every such link
is "no-network", none is "dead", and none is cached.
"""

from __future__ import annotations

import fnmatch
import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from lint_rules import knowledge
from lint_rules.config import register_parsed_section, reject_unknown_keys
from lint_rules.store.compiled_re import checked_re, compile_re

#: Statuses of HEAD answers that do not say what GET would.
HEAD_UNRELIABLE = frozenset({400, 403, 404, 405, 406, 410, 501, 999})
PERMANENT = frozenset({301, 308})
#: What a browser asks for; some servers answer 406 or a bot wall to ``*/*``.
ACCEPT = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
#: Bytes of a page read to look at its title (GET fallback, content sniffing).
SNIFF_BYTES = 64 * 1024
#: Bytes read when looking for a fragment's anchor.
ANCHOR_BYTES = 2 * 1024 * 1024
MAX_ANCHORS = 5000
CACHE_VERSION = "v1"

CLASSES = ("ok", "moved", "insecure-http", "dead", "server-error", "soft-404", "unverifiable",
           "redirect-loop", "tls-error", "blocked", "excluded", "no-network")
_TTL_OF = {"blocked": "unverifiable"}


# -- options ([tool.healthlint.links]) ------------------------------------------------


#: Result classes that mean "this link could not be verified" (the run says so in its exit
#: code unless ``--accept-unverified`` or ``accept-unverified = true``).
UNVERIFIED = frozenset({"unverifiable", "no-network"})


@dataclass(frozen=True)
class LinkOptions:
    """How links are checked: exclusions, allowances, method and limits."""
    exclude: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    #: "get": one GET per URL with a bounded read; "head": HEAD first, GET when needed
    method: str = "get"
    check_fragments: bool = True
    content_check: bool = False
    #: after a HEAD 2xx for an HTML page at a deep URL, GET its first ``SNIFF_BYTES`` for the
    #: title; "scan": only in the nightly scan (it doubles the requests of a check)
    check_titles: bool | str = "scan"
    archive: bool = True
    archive_url: str = "https://archive.org/wayback/available"
    check_https: bool = True
    #: a run whose links could not all be verified still passes
    accept_unverified: bool = False

    def excluded(self, url: str) -> bool:
        return _matches(url, self.exclude) and not _matches(url, self.allow)


def _matches(url: str, patterns: Sequence[str]) -> bool:
    for p in patterns:
        if p.startswith("re:"):
            if re.search(p[3:], url):
                return True
        elif fnmatch.fnmatchcase(url, p) or fnmatch.fnmatchcase(url.rstrip("/"), p):
            return True
    return False


_LINK_KEYS = {"exclude", "allow", "check-fragments", "content-check", "check-titles", "archive",
              "archive-url", "check-https", "method", "accept-unverified"}


def parse_link_options(table: Mapping[str, Any]) -> LinkOptions:
    reject_unknown_keys(table, _LINK_KEYS)
    kw: dict[str, Any] = {}
    for key in ("exclude", "allow"):
        if key in table:
            v = table[key]
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise ValueError(f"{key} must be a list of URL patterns")
            for p in v:
                if p.startswith("re:"):
                    try:
                        checked_re(p[3:])
                    except re.error as exc:
                        raise ValueError(f"{key}: bad regular expression {p!r}: {exc}") from None
            kw[key] = tuple(v)
    if "check-titles" in table:
        if table["check-titles"] not in (True, False, "scan"):
            raise ValueError('check-titles must be true, false or "scan"')
        kw["check_titles"] = table["check-titles"]
    if "method" in table:
        if table["method"] not in ("get", "head"):
            raise ValueError('method must be "get" or "head"')
        kw["method"] = table["method"]
    for key in ("check-fragments", "content-check", "archive", "check-https", "accept-unverified"):
        if key in table:
            if not isinstance(table[key], bool):
                raise ValueError(f"{key} must be true or false")
            kw[key.replace("-", "_")] = table[key]
    if "archive-url" in table:
        v = table["archive-url"]
        if not isinstance(v, str) or urlsplit(v).scheme not in ("http", "https"):
            raise ValueError("archive-url must be an http(s) URL")
        kw["archive_url"] = v
    return LinkOptions(**kw)


register_parsed_section("links", parse_link_options)


# -- URLs ---------------------------------------------------------------------------

_SCHEME_RE = compile_re(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_EMAIL_RE = compile_re(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_HOST_RE = compile_re(r"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?\.)*"
                      r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.?$")
_BAD_ESCAPE_RE = compile_re(r"%(?![0-9A-Fa-f]{2})")
_SPACE_RE = compile_re(r"\s")
_SCHEME_WORD_RE = compile_re(r"^([a-z]+)([:;.]?)(/{0,3})", re.IGNORECASE)


def _near(word: str, target: str) -> bool:
    """Within one edit (insertion, deletion, substitution) of ``target``."""
    if abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) <= 1
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _scheme_problem(url: str) -> str | None:
    """"htps://", "http//", "https;//", "http:/x": a web address with a broken scheme."""
    m = _SCHEME_WORD_RE.match(url)
    if not m:
        return None
    word, sep, slashes = m.group(1).lower(), m.group(2), m.group(3)
    if word in ("http", "https"):
        if sep == ":" and len(slashes) >= 2:
            return None  # "https:///path" has no host: said below
        if sep in (";", "."):
            return "the scheme is misspelt (write http:// or https://)"
        if sep == ":" or slashes:
            return "the scheme is missing its '//' or ':' (write https://host/path)"
        return None
    if (sep or slashes) and (_near(word, "http") or _near(word, "https")) and len(slashes) >= 1:
        return "the scheme is misspelt (write http:// or https://)"
    return None


@lru_cache(maxsize=8192)
def url_problem(url: str) -> str | None:
    """Why ``url`` is malformed (None when it is fine or not a web/mail URL at all).
    Cached: ``normalise`` and LNK011 ask about every URL."""
    url = url.strip()
    if not url:
        return None
    if url.lower().startswith("mailto:"):
        address = url[7:].split("?", 1)[0]
        from urllib.parse import unquote

        addresses = [a.strip() for a in unquote(address).split(",")]
        for a in addresses:
            if not _EMAIL_RE.match(a):
                return f"'{a}' is not a valid e-mail address"
        return None
    scheme_problem = _scheme_problem(url)
    if scheme_problem:
        return scheme_problem
    m = _SCHEME_RE.match(url)
    if not m or m.group(1).lower() not in ("http", "https"):
        return None
    if _SPACE_RE.search(url):
        return "the URL contains a space"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"the URL cannot be parsed ({exc})"
    host = parts.hostname or ""
    if not host:
        return "the URL has no host name"
    if port == 0:
        return "port 0 is not a valid port"
    if not host.startswith("[") and ":" not in host:
        try:
            ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
        except UnicodeError:
            return f"the host name '{host}' is not valid"
        if not _HOST_RE.match(ascii_host) or ".." in ascii_host:
            return f"the host name '{host}' is not valid"
    if _BAD_ESCAPE_RE.search(url):
        return "a '%' is not followed by two hexadecimal digits"
    return None


def normalise(url: str) -> str | None:
    """The form a URL is checked and cached under: scheme and host lower-cased, IDNA host,
    default port and fragment removed, empty path as ``/``. None for URLs that are not
    checked over HTTP (relative, mailto:, tel:, malformed…)."""
    url = url.strip()
    if url.lower().startswith("www."):
        url = "https://" + url
    if not url.lower().startswith(("http://", "https://")) or url_problem(url):
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
        port = parts.port
    except (ValueError, UnicodeError):
        return None
    scheme = parts.scheme.lower()
    netloc = host.lower()
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if port and not (scheme == "http" and port == 80) and not (scheme == "https" and port == 443):
        netloc += f":{port}"
    if parts.username or parts.password:
        userinfo = parts.username or ""
        if parts.password:
            userinfo += f":{parts.password}"
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def fragment_of(url: str) -> str:
    return url.partition("#")[2]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


# -- results --------------------------------------------------------------------------


@dataclass
class LinkResult:
    """The outcome of checking one URL: its class, message and redirect chain."""
    url: str
    cls: str
    message: str
    chain: list[dict[str, Any]] = field(default_factory=list)
    final_url: str | None = None
    moved_to: str | None = None
    anchors: list[str] | None = None
    archive: str | None = None
    checked_at: float = 0.0
    from_cache: bool = False

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"url": self.url, "class": self.cls, "message": self.message, "chain": self.chain,
               "final_url": self.final_url, "moved_to": self.moved_to, "archive": self.archive,
               "checked_at": self.checked_at}
        if self.anchors is not None:
            out["anchors"] = self.anchors
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], from_cache: bool = True) -> LinkResult:
        return cls(d["url"], d["class"], d["message"], list(d.get("chain", [])), d.get("final_url"),
                   d.get("moved_to"), d.get("anchors"), d.get("archive"), d.get("checked_at", 0.0),
                   from_cache)

    def evidence(self) -> dict[str, Any]:
        ev: dict[str, Any] = {"class": self.cls, "url": self.url, "status_chain": self.chain}
        if self.final_url and self.final_url != self.url:
            ev["final_url"] = self.final_url
        if self.archive:
            ev["archived_copy"] = self.archive
        ev["checked_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.checked_at))
        ev["from_cache"] = self.from_cache
        return ev


@lru_cache(maxsize=1)
def _soft404() -> dict[str, re.Pattern[str]]:
    data = knowledge.read_toml("soft404.toml")
    return {k: compile_re("|".join(f"(?:{p})" for p in v), re.IGNORECASE) for k, v in data.items()}


_TITLE_RE = compile_re(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1_RE = compile_re(r"<h1[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = compile_re(r"<[^>]+>")
_ANCHOR_RE = compile_re(r"""<[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""",
                        re.IGNORECASE)


_CHARSET_RE = compile_re(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def page_charset(content_type: str, body: bytes) -> str:
    """The page's encoding: the Content-Type header's charset, else a ``<meta charset>``
    near the top, else UTF-8 if the bytes are UTF-8 (a character cut off at the end of
    what was read aside), else Windows-1252 (what browsers assume for undeclared pages)."""
    m = _CHARSET_RE.search(content_type) or _CHARSET_RE.search(body[:2048].decode("ascii", "replace"))
    if m:
        import codecs

        try:
            return codecs.lookup(m.group(1)).name
        except LookupError:
            pass
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(body) - 3:
            return "cp1252"
    return "utf-8"


def not_found_title(body: bytes, charset: str = "utf-8") -> str | None:
    """The page's title or first heading when it says "not found"."""
    import html  # online only (html.entities: 3 ms of an offline start)

    text = body.decode(charset, errors="replace")
    for rx in (_TITLE_RE, _H1_RE):
        m = rx.search(text)
        if m:
            title = " ".join(html.unescape(_TAG_RE.sub(" ", m.group(1))).split())
            if title and len(title) < 150 and _soft404()["titles"].search(title):
                return title
    return None


def page_anchors(body: bytes) -> list[str]:
    import html

    text = body.decode("utf-8", errors="replace")
    seen: dict[str, None] = {}
    for m in _ANCHOR_RE.finditer(text):
        seen[html.unescape(m.group(1) or m.group(2) or m.group(3) or "")] = None
        if len(seen) >= MAX_ANCHORS:
            break
    return list(seen)


def _is_home(path: str, query: str) -> bool:
    return bool(_soft404()["home_paths"].search(path or "/")) and not query


def redirect_soft404(original: str, final: str) -> str | None:
    """Why a redirect from ``original`` to ``final`` means the page is gone, if it does."""
    o, f = urlsplit(original), urlsplit(final)
    pats = _soft404()
    if _is_home(o.path, o.query):
        return None  # a site's root may land anywhere on the site
    fpath = f.path or "/"
    if pats["login_paths"].search(fpath):
        return "the link now leads to a login page"
    if pats["error_paths"].search(fpath) or pats["error_queries"].search(f.query):
        return "the link now leads to an error page"
    if _is_home(fpath, f.query):
        return "the link now leads to the site's home page"
    if _is_search(fpath, f.query) and not _is_search(o.path or "/", o.query):
        return "the link now leads to the site's search page"
    if _landing_page(o, f):
        return "the link now leads to a section's landing page"
    return None


def _is_search(path: str, query: str) -> bool:
    pats = _soft404()
    if pats["search_paths"].search(path):
        return True
    return bool(pats["home_paths"].search(path) and pats["search_queries"].search(query))


def _segments(path: str) -> list[str]:
    home = _soft404()["home_paths"]
    parts = [s for s in path.split("/") if s]
    if parts and home.search(f"/{parts[-1]}"):
        parts.pop()  # /a/index.html is /a/
    if parts and home.search(f"/{parts[0]}/"):
        parts.pop(0)  # /en/news/ is /news/ in English
    return parts


def _landing_page(o: Any, f: Any) -> bool:
    """``final`` is a section above ``original`` on the same site (/news/2019/kratom to
    /news/): the page itself is gone and the site sends readers to its index. A section is a
    folder (a path ending in "/") or a top-level path (/library): a page merged into its
    parent (/health/kratom/overview to /health/kratom) has moved, not gone."""
    if (o.hostname or "").removeprefix("www.") != (f.hostname or "").removeprefix("www.") or f.query:
        return False
    above, below = _segments(f.path), _segments(o.path)
    if not (0 < len(above) < len(below) and below[:len(above)] == above):
        return False
    return len(above) == 1 or f.path.endswith("/")


# -- checking -------------------------------------------------------------------------


class LinkChecker:
    """Checks URLs through the shared client (``lint_rules.services.net``)."""

    def __init__(self, client: Any, options: LinkOptions | None = None) -> None:
        self.client = client
        self.options = options or LinkOptions()
        self.max_redirects = client.settings.max_redirects
        self._no_https: set[str] = set()
        #: some host answered over HTTP in this run (so the network works)
        self.network_seen = False
        #: set when every host failed at the network level: results say so, not "dead"
        self.offline = False
        self._unanswered: list[LinkResult] = []

    def _key(self, url: str, want_body: bool) -> str:
        if want_body:
            how = "page"
        elif self.options.method == "get":
            how = "get"
        else:
            how = "title" if self.options.check_titles is True else "head"
        return f"link:{CACHE_VERSION}:{how}:{url}"

    def check_many(self, urls: Iterable[str], want_anchors: Iterable[str] = ()) -> Iterator[tuple[str, LinkResult]]:
        """Yield ``(url, result)`` for distinct normalised ``urls`` as they are answered
        (cache first, in batches). ``urls`` is consumed lazily and nothing is kept per URL,
        so memory stays flat however many there are. ``want_anchors``: URLs whose page
        must be read for ``#fragment`` checking."""
        anchors = set(want_anchors) if self.options.check_fragments else set()
        todo: list[str] = []
        batch: list[str] = []

        def from_cache(chunk: list[str]) -> Iterator[tuple[str, LinkResult]]:
            keys = {self._key(u, u in anchors or self.options.content_check): u for u in chunk}
            hits = self.client.cache.get_many(keys)
            for key, u in keys.items():
                if key in hits:
                    self.client.stats["cache_hits"] += 1
                    yield u, LinkResult.from_dict(hits[key])
                else:
                    todo.append(u)

        for url in urls:
            if self.options.excluded(url):
                yield url, LinkResult(url, "excluded", "excluded by configuration", checked_at=time.time())
                continue
            batch.append(url)
            if len(batch) >= 1000:
                yield from from_cache(batch)
                batch = []
                if len(todo) >= 1000:
                    yield from self._check_fresh(todo, anchors)
                    todo = []
        yield from from_cache(batch)
        yield from self._check_fresh(todo, anchors)
        yield from self._release_unanswered(anchors)
        self.client.cache.flush()

    def _check_fresh(self, urls: list[str], anchors: set[str]) -> Iterator[tuple[str, LinkResult]]:
        from lint_rules.services.net.client import host_key

        work = self.client.map(lambda u: self.check(u, want_body=u in anchors), urls, key=host_key)
        archive_needed: list[LinkResult] = []
        for _url, result in work:
            answered = any(c.get("status") is not None for c in result.chain)
            if not answered and result.cls in ("dead", "unverifiable") and not self.network_seen:
                self._unanswered.append(result)  # no network at all, or really dead? wait and see
                continue
            ready = [result]
            if answered and not self.network_seen:
                self.network_seen = True
                ready += self._unanswered
                self._unanswered = []
            for r in ready:
                if r.cls in ("dead", "soft-404") and self.options.archive:
                    archive_needed.append(r)
                else:
                    self._store(r.url, r, anchors)
                    yield r.url, r
        for result, _ in self.client.map(self._add_archive, archive_needed):
            self._store(result.url, result, anchors)
            yield result.url, result

    def _release_unanswered(self, anchors: set[str]) -> Iterator[tuple[str, LinkResult]]:
        """At the end of a run in which no site answered over HTTP: a link is judged (dead,
        timed out) only when the network probe shows the network works; otherwise it is
        "no-network", and nothing is cached, so the next run really checks."""
        held, self._unanswered = self._unanswered, []
        if not held:
            return
        if not network_works(self.client):
            self.offline = True
            for r in held:
                r.cls = "no-network"
                r.message = f"not checked: no site answered and the network seems down ({r.message})"
                yield r.url, r
            return
        for r in held:
            if r.cls == "dead" and self.options.archive:
                self._add_archive(r)
            self._store(r.url, r, anchors)
            yield r.url, r

    def _store(self, url: str, result: LinkResult, anchors: set[str]) -> None:
        if result.cls == "blocked":
            return  # depends on configuration, not on the site
        ttl = self.client.settings.ttl(_TTL_OF.get(result.cls, result.cls))
        if result.cls == "unverifiable" and "timed out" in result.message:
            ttl = self.client.settings.ttl("timeout")
        self.client.cache.put(self._key(url, url in anchors or self.options.content_check),
                              result.as_dict(), ttl)

    def _add_archive(self, result: LinkResult) -> None:
        r = self.client.get_json(self.options.archive_url, {"url": result.url}, ttl=30 * 86400)
        if r.ok and isinstance(r.data, dict):
            closest = (r.data.get("archived_snapshots") or {}).get("closest") or {}
            if closest.get("available") and isinstance(closest.get("url"), str):
                result.archive = closest["url"]

    def check(self, url: str, want_body: bool = False) -> LinkResult:
        """Check one normalised URL (no cache). Never raises for network trouble. Every
        request for it shares one deadline (``[network] deadline``)."""
        from lint_rules.services.net.client import NetError

        deadline = time.monotonic() + self.client.settings.deadline
        want_body = want_body or self.options.content_check
        method = "GET" if want_body or self.options.method == "get" else "HEAD"
        read = ANCHOR_BYTES if want_body else SNIFF_BYTES
        chain: list[dict[str, Any]] = []
        current = url
        seen: dict[str, int] = {}
        moved_to: str | None = None
        permanent_run = True
        resp = None

        def fetch(how: str, where: str) -> Any:
            return self.client.fetch(how, where, read=read, headers=ACCEPT, deadline=deadline)

        for _hop in range(self.max_redirects + 1):
            visits = seen.get(current, 0)
            if visits and not (visits == 1 and resp is not None and "set-cookie" in resp.headers):
                # (a site that sets a cookie and redirects to the same page gets one more go)
                chain.append({"url": current, "status": None, "method": method, "error": "loop"})
                return self._result(url, "redirect-loop", "the redirects go round in a loop", chain)
            seen[current] = visits + 1
            resp = None
            try:
                resp = fetch(method, current)
            except NetError as exc:
                if method == "HEAD" and exc.kind in ("dropped", "timeout") and time.monotonic() < deadline:
                    # a HEAD that hangs or is dropped says nothing about the page: ask with GET
                    chain.append({"url": current, "status": None, "method": method, "error": str(exc)})
                    method = "GET"
                    try:
                        resp = fetch(method, current)
                    except NetError as exc2:
                        exc = exc2
                        resp = None
                if resp is None:
                    chain.append({"url": current, "status": None, "method": method, "error": str(exc)})
                    return self._error_result(url, exc.kind, str(exc), chain)
            if method == "HEAD" and resp.status in HEAD_UNRELIABLE:
                chain.append({"url": current, "status": resp.status, "method": "HEAD"})
                method = "GET"
                try:
                    resp = fetch(method, current)
                except NetError as exc:
                    chain.append({"url": current, "status": None, "method": method, "error": str(exc)})
                    return self._error_result(url, exc.kind, str(exc), chain)
            entry: dict[str, Any] = {"url": current, "status": resp.status, "method": method}
            if resp.retries:
                entry["retries"] = resp.retries
            chain.append(entry)
            location = resp.headers.get("location")
            if 300 <= resp.status < 400 and resp.status != 304 and location:
                nxt = urljoin(current, location.strip())
                nxt = normalise(nxt) or nxt
                if urlsplit(nxt).scheme not in ("http", "https"):
                    return self._result(url, "dead", f"redirects to a non-web address {nxt}", chain)
                if resp.status in PERMANENT and permanent_run:
                    moved_to = nxt
                else:
                    permanent_run = False
                current = nxt
                continue
            break
        else:
            return self._result(url, "redirect-loop", f"more than {self.max_redirects} redirects", chain)
        assert resp is not None
        if method == "HEAD" and self.options.check_titles is True and _title_worth_reading(url, current, resp):
            resp = self._read_title(current, resp, chain, deadline)
        return self._classify(url, resp, chain, moved_to, want_body)

    def _read_title(self, url: str, head: Any, chain: list[dict[str, Any]], deadline: float) -> Any:
        """GET the first ``SNIFF_BYTES`` of a page HEAD said is fine, for its title. The
        HEAD answer stands when the GET fails or says something other than found/not found."""
        from lint_rules.services.net.client import NetError

        try:
            page = self.client.fetch("GET", url, read=SNIFF_BYTES, headers=ACCEPT, deadline=deadline)
        except NetError as exc:
            chain.append({"url": url, "status": None, "method": "GET", "error": str(exc)})
            return head
        entry: dict[str, Any] = {"url": url, "status": page.status, "method": "GET"}
        if page.retries:
            entry["retries"] = page.retries
        chain.append(entry)
        return page if 200 <= page.status < 300 or page.status in (404, 410) else head

    def _classify(self, url: str, resp: Any, chain: list[dict[str, Any]], moved_to: str | None,
                  want_body: bool) -> LinkResult:
        status = resp.status
        final = chain[-1]["url"]
        if resp.headers.get("cf-mitigated", "").lower() == "challenge":
            return self._result(url, "unverifiable", f"a Cloudflare bot challenge answered (HTTP {status})",
                                chain, final)
        if status in (401, 403, 407, 999):
            what = {401: "requires a login", 403: "refused automated access", 407: "requires a proxy login",
                    999: "blocked automated access"}[status]
            return self._result(url, "unverifiable", f"the site {what} (HTTP {status})", chain, final)
        if status == 429:
            return self._result(url, "unverifiable", "the site kept answering 429 Too Many Requests", chain, final)
        if status in (404, 410, 451):
            reason = {404: "not found", 410: "gone", 451: "unavailable for legal reasons"}[status]
            return self._result(url, "dead", f"HTTP {status} {reason}", chain, final)
        if 400 <= status < 500:  # 400, 405, 406…: the server objects to the checker, not the page
            return self._result(url, "unverifiable", f"the site answered HTTP {status} to the check",
                                chain, final)
        if status >= 500:
            return self._result(url, "server-error", f"HTTP {status} server error"
                                f"{' after retries' if resp.retries else ''}", chain, final)
        if 300 <= status < 400:
            return self._result(url, "server-error", f"HTTP {status} redirect without a Location", chain, final)
        if final != url:
            why = redirect_soft404(url, final)
            if why:
                return self._result(url, "soft-404", why + f" ({final})", chain, final)
        if resp.body:
            title = not_found_title(resp.body, page_charset(resp.headers.get("content-type", ""), resp.body))
            if title:
                return self._result(url, "soft-404", f"the page says '{title}'", chain, final)
        anchors = page_anchors(resp.body) if want_body and _is_html(resp) else None
        result = self._result(url, "ok", f"HTTP {status}", chain, final)
        result.anchors = anchors
        if moved_to and moved_to != url:
            if _only_scheme_upgrade(url, moved_to):
                result.cls, result.message = "insecure-http", "the page is served over https://"
            else:
                result.cls, result.message = "moved", f"moved permanently to {moved_to}"
            result.moved_to = moved_to
        elif url.startswith("http://") and self.options.check_https and final.startswith("http://") \
                and urlsplit(url).port is None:  # an explicit port speaks one protocol only
            https = "https://" + url[len("http://"):]
            if self._works(https):
                result.cls, result.message, result.moved_to = (
                    "insecure-http", "the page is also served over https://", https)
        return result

    def _works(self, url: str) -> bool:
        """Does ``url`` (an https:// twin) answer 2xx? A host whose port 443 fails once is
        not asked again in this run."""
        from lint_rules.services.net.client import NetError

        host = host_of(url)
        if host in self._no_https:
            return False
        try:
            status: int = self.client.fetch("GET", url, retry=False, read=1).status
        except NetError:
            self._no_https.add(host)
            return False
        return 200 <= status < 300

    def _result(self, url: str, cls: str, message: str, chain: list[dict[str, Any]],
                final: str | None = None) -> LinkResult:
        return LinkResult(url, cls, message, chain, final or (chain[-1]["url"] if chain else url),
                          checked_at=time.time())

    def _error_result(self, url: str, kind: str, message: str, chain: list[dict[str, Any]]) -> LinkResult:
        cls = {"dns": "dead", "refused": "dead", "tls": "tls-error", "blocked": "blocked",
               "invalid": "dead"}.get(kind, "unverifiable")
        return self._result(url, cls, message, chain)


def network_works(client: Any) -> bool:
    """Does this machine reach the network? A TCP connection to any ``network-probe``
    address (in parallel, a few seconds at most) says yes; the answer is kept on the
    client for the run. No probe configured: no."""
    known = getattr(client, "_network_works", None)
    if known is not None:
        return bool(known)
    import socket
    from concurrent.futures import ThreadPoolExecutor

    probes = list(client.settings.network_probe)
    timeout = min(3.0, client.settings.connect_timeout)

    def reach(target: str) -> bool:
        if "://" in target:
            parts = urlsplit(target)
            host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
        else:
            host, _, port_text = target.rpartition(":")
            host, port = host.strip("[]"), int(port_text) if port_text.isdigit() else 443
        try:
            socket.create_connection((host, port), timeout=timeout).close()
            return True
        except (OSError, ValueError, UnicodeError):
            return False

    works = False
    if probes:
        with ThreadPoolExecutor(len(probes)) as pool:
            works = any(pool.map(reach, probes))
    client._network_works = works
    return works


def same_page(url: str, target: str) -> bool:
    """True when ``target`` differs from ``url`` only cosmetically: ``https://``, a
    ``www.`` prefix, a trailing slash."""

    def core(u: str) -> tuple[str, str, str]:
        p = urlsplit(u)
        host = (p.hostname or "").removeprefix("www.")
        return host, (p.path or "/").rstrip("/") or "/", p.query

    return core(url) == core(target)


def _title_worth_reading(url: str, final: str, head: Any) -> bool:
    """After a HEAD 2xx: is the page's title worth a GET? Only for HTML pages at a deep URL
    (not a site's root, which cannot be a soft 404; not PDFs or images, which have no
    title), and not when the redirect already says the page is gone."""
    if not 200 <= head.status < 300 or "html" not in head.headers.get("content-type", "").lower():
        return False
    parts = urlsplit(final)
    if _is_home(parts.path, parts.query):
        return False
    return final == url or redirect_soft404(url, final) is None


def _is_html(resp: Any) -> bool:
    ctype = resp.headers.get("content-type", "").lower()
    return "html" in ctype or (not ctype and resp.body.lstrip()[:1] == b"<")


def _only_scheme_upgrade(url: str, target: str) -> bool:
    return url.startswith("http://") and target == "https://" + url[len("http://"):]
