"""Link rules (``LNK0xx``): dead, moved and unverifiable URLs in articles and their
reference lists.

The online rules share one check per run: the first rule's ``prepare`` collects every
distinct normalised URL cited by any document and checks it once (``lint_rules.services.linkcheck``
through the shared client ``lint_rules.services.net``); each rule then reports its class of result
in every file that cites the URL. ``LNK011`` (malformed URLs) is offline.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, ClassVar
from urllib.parse import quote

from lint_rules.core import NIGHTLY_SCAN, Finding, Fix, Rule, RuleContext, Severity
from lint_rules.document import Document, Link
from lint_rules.services.linkcheck import (
    UNVERIFIED,
    LinkChecker,
    LinkResult,
    fragment_of,
    normalise,
    parse_link_options,
    same_page,
    url_problem,
)

_RESULTS = "links.results"
#: run-wide: ``{"unverified": {URL: [class, message, accepted]}, "accepted": bool}``, the
#: links that could not be verified, for the exit code and every output (``pipeline``
#: shares one dict across configurations; ``accepted`` is ``--accept-unverified``)
VERIFICATION_KEY = "links.verification"


def same_site(url: str, target: str) -> bool:
    """Same host, ignoring a ``www.`` prefix (and the scheme and port)."""
    from urllib.parse import urlsplit

    def host(u: str) -> str:
        return (urlsplit(u).hostname or "").lower().rstrip(".").removeprefix("www.")

    return host(url) == host(target)


def _checked_links(doc: Document) -> list[tuple[Link, str]]:
    """The document's web links with their normalised URLs (computed once per document)."""

    def build(d: Document) -> list[tuple[Link, str]]:
        out = []
        for link in d.links:
            key = normalise(link.url)
            if key is not None:
                out.append((link, key))
        return out

    return doc.analysis("links.normalised", build)


def check_documents(documents: Sequence[Document], ctx: RuleContext) -> dict[str, LinkResult]:
    """Check every distinct URL the documents cite (once per run) and keep the results in
    ``ctx.services``; later calls check only URLs not seen before."""
    results: dict[str, LinkResult] = ctx.services.setdefault(_RESULTS, {})
    #: every online link rule's ``prepare`` calls this; documents already seen are skipped
    done: weakref.WeakSet[Document] = ctx.services.setdefault(_RESULTS + ".documents", weakref.WeakSet())
    documents = [d for d in documents if d not in done]
    if not documents:
        return results
    done.update(documents)
    options = parse_link_options(ctx.config.section("links"))
    if options.check_titles == "scan":
        options = replace(options, check_titles=bool(ctx.services.get(NIGHTLY_SCAN)))
    urls: dict[str, None] = {}
    anchors: set[str] = set()
    for doc in documents:
        for link, key in _checked_links(doc):
            if key not in results:
                urls[key] = None
            if fragment_of(link.url) and not fragment_of(link.url).startswith(("/", "!", ":~:")):
                anchors.add(key)
    if options.check_fragments:
        # a page checked without reading it must be read now that a fragment needs it
        for key in anchors:
            if key in results and results[key].anchors is None and results[key].cls == "ok":
                urls[key] = None
    state = ctx.services.setdefault(VERIFICATION_KEY, {"unverified": {}, "accepted": False})
    unverified: dict[str, list[Any]] = state["unverified"]
    if urls:
        from lint_rules.services.net import get_client  # the network client only when links are checked

        checker = LinkChecker(get_client(ctx), options)
        for url, result in checker.check_many(list(urls), anchors):
            results[url] = result
            if result.cls in UNVERIFIED:
                unverified[url] = [result.cls, result.message, options.accept_unverified]
        if checker.offline:
            ctx.services.setdefault("notes", []).append(
                "links were not checked: no site answered and the network probe connected "
                "nowhere (is the network down?)")
    return results


class _LinkRule(Rule):
    """Base of the online link rules: which result classes a rule reports."""

    category = "links"
    needs_network = True
    classes: ClassVar[tuple[str, ...]] = ()

    def prepare(self, documents: Sequence[Document], ctx: RuleContext) -> None:
        try:
            check_documents(documents, ctx)
        except Exception as exc:  # a bug here must not cost the offline findings
            ctx.services.setdefault("notes", []).append(
                f"link check failed: {type(exc).__name__}: {exc}; please report it")
            ctx.services.setdefault(_RESULTS, {})

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        results: dict[str, LinkResult] = ctx.services.get(_RESULTS) or check_documents([doc], ctx)
        counts: Counter[str] = Counter()
        for link, key in _checked_links(doc):
            result = results.get(key)
            if result is None:
                continue
            counts[result.cls] += 1
            finding = self.report(doc, link, result, ctx)
            if finding is not None:
                yield finding
        ctx.metrics["link_classes"] = dict(sorted(counts.items()))

    def report(self, doc: Document, link: Link, result: LinkResult, ctx: RuleContext) -> Finding | None:
        if result.cls not in self.classes:
            return None
        return self.link_finding(doc, link, result, self.message(result))

    def message(self, result: LinkResult) -> str:
        return f"{result.url}: {result.message}"

    def link_finding(self, doc: Document, link: Link, result: LinkResult, message: str, *,
                     suggestion: str | None = None, fix: Fix | None = None,
                     evidence: dict[str, Any] | None = None, severity: Severity | None = None) -> Finding:
        ev = {**result.evidence(), **(evidence or {})}
        if link.url_source is not None:
            return self.source_finding(doc, link.url_source[0], link.url_source[1], message,
                                       suggestion=suggestion, fix=fix, evidence=ev, severity=severity)
        return self.finding(doc, link.start, link.end, message, suggestion=suggestion, fix=fix,
                            evidence=ev, severity=severity)

    def replacement_fix(self, doc: Document, link: Link, target: str) -> Fix | None:
        """A fix writing ``target`` where the link's URL is, escaped for its syntax."""
        if link.url_source is None:
            return None
        frag = fragment_of(link.url)
        if frag and "#" not in target:
            target = f"{target}#{frag}"
        if link.kind == "html" or doc.kind == "html" or doc.source[link.url_source[0] - 1:link.url_source[0]] in "\"'":
            import html  # a fix for an HTML link only (html.entities: 3 ms a start)

            text = html.escape(target, quote=True)
        else:  # Markdown link destinations end at spaces and unbalanced parentheses
            text = quote(target, safe=":/?#[]@!$&'*+,;=%~-._")
        return Fix(link.url_source[0], link.url_source[1], text)


class DeadUrl(_LinkRule):
    """A cited URL is dead: 404 or 410, its host does not resolve, or it refuses connections.

    What it flags:
    Links and bare URLs, in the text and the reference list, whose page answers 404 Not
    Found, 410 Gone or 451 (unavailable for legal reasons), whose host name no longer
    resolves, or whose server refuses the connection. The finding offers an archived copy from the
    Internet Archive when one exists.

    Why it matters:
    A reference a reader cannot open supports nothing; in health writing a dead source
    makes a claim unverifiable and erodes trust in the whole article.

    Example:
    `[CDC guidance](https://www.cdc.gov/old/page-that-was-removed.html)` answering 404.

    Better:
    Link the current page, or the archived copy (`https://web.archive.org/web/…`) with
    the date you consulted it.
    """

    code = "LNK001"
    name = "links.dead-url"
    severity = Severity.ERROR
    classes = ("dead",)

    def report(self, doc: Document, link: Link, result: LinkResult, ctx: RuleContext) -> Finding | None:
        if result.cls != "dead":
            return None
        suggestion = (f"Link the archived copy: {result.archive}" if result.archive
                      else "Find the page's new address or an archived copy, or remove the reference")
        return self.link_finding(doc, link, result, f"Dead link {result.url}: {result.message}",
                                 suggestion=suggestion)


class MovedPermanently(_LinkRule):
    """A cited URL has moved permanently (301/308): link the new address.

    What it flags:
    URLs whose first answer is a permanent redirect (301 or 308) to a page that works.
    Temporary redirects (302, 303, 307) are followed silently. `healthlint check --fix`
    rewrites the URL in Markdown and HTML sources when the new address is on the same
    site; a move to another site is reported for the writer to confirm, never rewritten.
    Cosmetic moves (only `https://`, `www.` or a trailing slash changed) are reported at
    info level.

    Why it matters:
    Permanent redirects break when sites reorganise again; the final address keeps the
    reference working and lets readers see at a glance which source they are opening.

    Example:
    `https://www.drugabuse.gov/drug-topics/kratom` redirecting permanently to
    `https://nida.nih.gov/research-topics/kratom`.

    Better:
    `https://nida.nih.gov/research-topics/kratom`.
    """

    code = "LNK002"
    name = "links.moved-permanently"
    severity = Severity.WARNING
    fixable = True
    classes = ("moved",)

    def report(self, doc: Document, link: Link, result: LinkResult, ctx: RuleContext) -> Finding | None:
        if result.cls != "moved" or not result.moved_to:
            return None
        if not same_site(result.url, result.moved_to):
            # a redirect to another site may be a domain sold, a publisher's shop or a
            # hijack: the writer confirms it is the same source; --fix does not rewrite it
            return self.link_finding(
                doc, link, result,
                f"{result.url} now redirects permanently to another site, {result.moved_to}",
                suggestion=f"Open {result.moved_to}; if it is the same source, cite that address "
                           "(not changed by --fix because the site changed)",
                evidence={"other_site": True},
            )
        cosmetic = same_page(result.url, result.moved_to)
        return self.link_finding(
            doc, link, result, f"{result.url} has moved permanently to {result.moved_to}",
            suggestion=f"Replace it with {result.moved_to}",
            fix=self.replacement_fix(doc, link, result.moved_to),
            severity=Severity.INFO if cosmetic else None,
            evidence={"cosmetic": True} if cosmetic else None,
        )


class Soft404(_LinkRule):
    """A cited URL answers "200 OK" but the page is gone (a soft 404).

    What it flags:
    Pages whose title or main heading says "page not found" (or the like, in English and
    23 other languages), and deep links that now redirect to the site's home page, its
    search, a section's landing page (`/news/2019/kratom` to `/news/`), a login page or an
    error page (`/404`, `?aspxerrorpath=`). Every link is checked with one GET whose first
    64 KB are read, so `check --online` finds these as the nightly scan does (with
    `method = "head"` in `[tool.healthlint.links]`, a title is read only with
    `check-titles`).

    Why it matters:
    Soft 404s look alive to simple link checkers, yet the reader lands on a home page or
    an error message instead of the cited evidence.

    Example:
    `https://example-hospital.org/conditions/kratom-use` redirecting to
    `https://example-hospital.org/`.

    Better:
    Search the site for the page's new address, or cite an archived copy.
    """

    code = "LNK003"
    name = "links.soft-404"
    severity = Severity.WARNING
    classes = ("soft-404",)

    def message(self, result: LinkResult) -> str:
        return f"{result.url} looks gone: {result.message}"


class ServerError(_LinkRule):
    """A cited URL answers with a server error (5xx) even after retries.

    What it flags:
    URLs that answered 500, 502, 503, 504 or another 5xx status on every attempt
    (healthlint retries with backoff, honouring Retry-After).

    Why it matters:
    Readers cannot open the source now; if it persists across nightly scans the site may
    be gone for good.

    Example:
    A journal page answering `503 Service Unavailable` on every attempt.

    Better:
    Check the page by hand later; if it stays down, replace or archive the reference.
    """

    code = "LNK004"
    name = "links.server-error"
    severity = Severity.WARNING
    classes = ("server-error",)


class Unverifiable(_LinkRule):
    """A cited URL could not be verified: the site blocks automated checks or timed out.

    What it flags:
    Answers 401 and 403 (login or bot walls), 999 (LinkedIn-style blocks), Cloudflare
    challenges, 429 Too Many Requests after retries, other 4xx answers (400, 405, 406…),
    timeouts and dropped connections.
    Links that could not be checked because no site answered at all (no network) get no
    finding of their own; the run says so once. The finding is a warning, but as in
    lychee a run with links it could not verify exits 1 unless that is accepted
    (`--accept-unverified`, or `accept-unverified = true` in `[tool.healthlint.links]`),
    or the site is excluded.

    Why it matters:
    The link may be fine in a browser; an editor should open it once by hand, and exclude
    it in the config if the site always blocks checkers.

    Example:
    `https://www.sciencedirect.com/journal/journal-of-pain-research` answering 403.

    Better:
    Open it in a browser; if it works, add the site to `[tool.healthlint.links] exclude`.
    """

    code = "LNK005"
    name = "links.unverifiable"
    severity = Severity.WARNING
    classes = ("unverifiable",)

    def message(self, result: LinkResult) -> str:
        return f"Could not verify {result.url}: {result.message}"


class RedirectLoop(_LinkRule):
    """A cited URL redirects in a loop or through too many hops.

    What it flags:
    Redirect chains that come back to an address already visited, or that are longer than
    `max-redirects` (10 by default, `[tool.healthlint.network]`).

    Why it matters:
    Browsers give up on these too ("too many redirects"): the reader never reaches the
    page.

    Example:
    `https://example.org/a` → `https://example.org/b` → `https://example.org/a`.

    Better:
    Find the page's current address and link it directly.
    """

    code = "LNK006"
    name = "links.redirect-loop"
    severity = Severity.ERROR
    classes = ("redirect-loop",)


class TlsError(_LinkRule):
    """A cited https:// URL fails the TLS handshake (bad, expired or self-signed certificate).

    What it flags:
    URLs whose server presents a certificate that does not verify, or that cannot complete
    a TLS handshake.

    Why it matters:
    Browsers show readers a security warning instead of the page, and a health site with a
    broken certificate may have been abandoned or taken over.

    Example:
    `https://expired.badssl.com/`.

    Better:
    Check whether the site has moved; link its working address.
    """

    code = "LNK007"
    name = "links.tls-error"
    severity = Severity.WARNING
    classes = ("tls-error",)


class InsecureHttp(_LinkRule):
    """A cited `http://` URL also works over `https://`.

    What it flags:
    `http://` URLs whose `https://` form answers (or which redirect permanently to their
    `https://` form). `healthlint check --fix` rewrites them.

    Why it matters:
    Plain HTTP can be altered in transit; the secure address is the one readers should get.

    Example:
    `http://www.nccih.nih.gov/health/kratom`.

    Better:
    `https://www.nccih.nih.gov/health/kratom`.
    """

    code = "LNK008"
    name = "links.insecure-http"
    severity = Severity.INFO
    fixable = True
    classes = ("insecure-http",)

    def report(self, doc: Document, link: Link, result: LinkResult, ctx: RuleContext) -> Finding | None:
        if result.cls != "insecure-http" or not result.moved_to:
            return None
        return self.link_finding(
            doc, link, result, f"{result.url} is also available as {result.moved_to}",
            suggestion=f"Use {result.moved_to}", fix=self.replacement_fix(doc, link, result.moved_to),
        )


class PrivateAddress(_LinkRule):
    """A cited URL points at a private, loopback or link-local address.

    What it flags:
    URLs whose host resolves to 127.0.0.0/8, 10/8, 172.16/12, 192.168/16, 169.254/16
    (cloud metadata), ::1, fc00::/7 or fe80::/10. healthlint does not fetch them unless
    `--allow-private-networks` is given.

    Why it matters:
    Readers cannot open an intranet or localhost address; it is a draft link left behind
    (and fetching it from CI could reach internal services).

    Example:
    `http://localhost:4000/drafts/kratom-sources`.

    Better:
    The public address of the page.
    """

    code = "LNK009"
    name = "links.private-address"
    severity = Severity.WARNING
    classes = ("blocked",)

    def message(self, result: LinkResult) -> str:
        return f"{result.url} is a private or local address readers cannot open; not checked"


class MissingFragment(_LinkRule):
    """A cited URL's `#fragment` names no anchor on the target page.

    What it flags:
    Links such as
    `page.html#dosage` whose HTML page has no element with `id="dosage"` (or
    `name="dosage"`).

    Why it matters:
    The reader lands at the top of a long page instead of the cited passage.

    Example:
    `https://medlineplus.gov/druginfo/meds/a682159.html#side-effectz`.

    Better:
    `https://medlineplus.gov/druginfo/meds/a682159.html#side-effects`.
    """

    code = "LNK010"
    name = "links.missing-fragment"
    severity = Severity.WARNING
    classes = ("ok", "moved", "insecure-http")

    def report(self, doc: Document, link: Link, result: LinkResult, ctx: RuleContext) -> Finding | None:
        frag = fragment_of(link.url)
        if result.cls not in self.classes or result.anchors is None or not frag:
            return None
        if frag.startswith(("/", "!", ":~:")) or frag.lower() == "top":
            return None
        from urllib.parse import unquote

        if frag in result.anchors or unquote(frag) in result.anchors:
            return None
        return self.link_finding(doc, link, result, f"{link.url}: the page has no anchor '#{frag}'",
                                 evidence={"fragment": frag})


class MalformedUrl(Rule):
    """A URL or e-mail link is malformed.

    What it flags:
    Web addresses with a misspelt scheme (`htps://`, `http:/`), a space, no host name, an
    invalid host name or port, or a `%` not followed by two hex digits; and `mailto:` links
    whose address is not a valid e-mail address. Checked offline.

    Why it matters:
    A malformed link fails for every reader, and is usually a copy-paste slip that is easy
    to fix before publishing.

    Example:
    `[NIH](htps://www.nih.gov)` or `[write to us](mailto:editor@example)`.

    Better:
    `[NIH](https://www.nih.gov)` and `[write to us](mailto:editor@example.org)`.
    """

    code = "LNK011"
    name = "links.malformed-url"
    category = "links"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for link in doc.links:
            problem = url_problem(link.url)
            if problem is None:
                continue
            message = f"Malformed {'e-mail link' if link.url.lower().startswith('mailto:') else 'URL'} " \
                      f"{link.url!r}: {problem}"
            if link.url_source is not None:
                yield self.source_finding(doc, link.url_source[0], link.url_source[1], message)
            else:
                yield self.finding(doc, link.start, link.end, message)
