"""Reference-list rules: entries that support nothing specific, conflict-of-interest
sources presented as authorities, misattributed entries, entries nothing cites, and
statistics that cite nothing in an article that otherwise cites.

They read the shared reference analysis (``lint_rules.analysis.references``) and
``knowledge/reference_orgs.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from lint_rules import knowledge
from lint_rules.analysis.references import (
    ReferenceEntry,
    citation_map,
    find_identifiers,
    marker_numbers,
    reference_entries,
    url_domain,
)
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import BODY, HEADING, REFERENCES, Document
from lint_rules.store.compiled_re import compile_re


@lru_cache(maxsize=1)
def reference_orgs() -> dict[str, Any]:
    return knowledge.read_toml("reference_orgs.toml")


def _host_in(domain: str, hosts: Iterable[str]) -> bool:
    return any(domain == h or domain.endswith("." + h) for h in hosts)


def _entry_span(entry: ReferenceEntry) -> tuple[int, int]:
    return entry.start, entry.end


class HomepageReference(Rule):
    """A reference that is a website's front page or a search portal.

    What it flags:
    Reference entries whose only link is a domain root ("https://www.webmd.com/"), a
    database's front page or search page ("https://pubmed.ncbi.nlm.nih.gov/"), or a
    journal's homepage ("…/journal/journal-of-pain-research") — and no DOI or PMID. An
    entry that is only a URL (a press release's "Related Links: company.com") is `info`:
    it does not pose as a source. A site named after the one report it hosts ("The World
    Alzheimer Report 2015 … via worldalzreport2015.org") is that report, not a homepage;
    "for more information, visit …" links and a company's boilerplate under the references
    are not entries at all (see the reference analysis).

    Why it matters:
    A front page supports no specific claim: the reader cannot find what the article relied
    on. Machine-written articles pad their reference lists this way, so a list of homepages
    suggests that nothing was actually consulted.

    Example:
    PubMed (Academic Database): [Provides access to biomedical literature.] – https://pubmed.ncbi.nlm.nih.gov/

    Better:
    The specific page or paper: https://pubmed.ncbi.nlm.nih.gov/32145678/ (a PubMed record),
    or https://www.nccih.nih.gov/health/kratom.
    """

    code = "REF001"
    name = "references.homepage-reference"
    category = "references"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        portals = reference_orgs()["portals"]
        path_res = [compile_re(p) for p in portals["paths"]]
        for entry in reference_entries(doc):
            if entry.doi or entry.pmid or entry.pmcid or not entry.urls:
                continue
            verdicts = [_front_page(u, portals["hosts"], path_res) for u in entry.urls]
            if not all(verdicts):
                continue
            if all(_site_of_document(url_domain(u), entry.text) for u in entry.urls):
                continue  # "The World Alzheimer Report 2015 … via http://www.worldalzreport2015.org/"
            what = verdicts[0]
            bare_link = entry.text.strip().rstrip("/") == (entry.url or "").rstrip("/")
            yield self.finding(
                doc, *_entry_span(entry),
                f"Reference is {what} ({entry.url}); it supports no specific claim.",
                severity=Severity.INFO if bare_link else None,
                evidence={"url": entry.url, "kind": what, "entry": entry.as_dict()},
                suggestion="Link the specific page or paper the article relies on.",
            )


@lru_cache(maxsize=1)
def _document_word() -> re.Pattern[str]:
    """Words that make a name one document's, not an organisation's ("report", a year):
    ``reference_orgs.toml`` ``[document_words]``, read when a reference is first judged."""
    return compile_re(r"^(?:" + "|".join(reference_orgs()["document_words"]["words"]) + r"|(?:19|20)\d\d)$")


def _site_of_document(domain: str, text: str) -> bool:
    """The host is spelt from the entry's own words and names one document, by a year or a
    document word: worldalzreport2015.org for "The World Alzheimer Report 2015". Its front
    page is that document, not an organisation's homepage (sleepfoundation.org names an
    organisation and stays a homepage)."""
    label = domain.split(".")[0]
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if len(label) < 6 or not words:
        return False

    def spell(rest: str, i: int, documentary: bool) -> bool:
        if not rest:
            return documentary
        if i >= len(words):
            return False
        word = words[i]
        for n in range(len(word), 0, -1):
            if (n >= 3 or n == len(word)) and rest.startswith(word[:n]) and \
                    spell(rest[n:], i + 1, documentary or bool(_document_word().match(word))):
                return True
        return False

    return any(spell(label, i, False) for i, w in enumerate(words) if label.startswith(w[:3]))


def _front_page(url: str, portal_hosts: list[str], path_res: list[re.Pattern[str]]) -> str | None:
    parts = urlsplit(url if "://" in url else "http://" + url)
    path = parts.path or "/"
    domain = url_domain(url)
    if "." not in domain.strip("."):
        return None  # a URL broken by a space ("http://newsroom. heart. org/"): not judged
    if any(p.search(path) for p in path_res) and "/journal" in path:
        return "a journal's homepage"
    if any(p.search(path) for p in path_res) or (parts.query and re.search(r"\b(?:q|query|term|search)=", parts.query)):
        return "a search page"
    if path.rstrip("/") in ("", "/index.html", "/index.php", "/home", "/en", "/en-us"):
        return "a search portal's front page" if _host_in(domain, portal_hosts) else "a bare homepage"
    return None


class ConflictOfInterestSource(Rule):
    """An industry, trade or advocacy group cited as an authority.

    What it flags:
    Reference entries from organisations that speak for a product: entries described as
    "Industry Organization", "Trade Association", "Advocacy Group"; known trade groups
    (the American Kratom Association, the Council for Responsible Nutrition…); and
    associations named after a product the article itself is about ("American Kratom
    Association" in an article about kratom). Disease and professional societies
    ("American Diabetes Association") are not flagged.

    Why it matters:
    A trade association of the product an article discusses has a financial interest in
    what readers conclude. It can be cited for its position, but not as independent
    evidence of safety or benefit.

    Example:
    American Kratom Association (Industry Organization): [Presents industry perspectives.] – https://americankratomassociation.org/

    Better:
    Independent sources: the FDA's kratom page, NIDA, or peer-reviewed reviews; if the
    trade group is cited, say whom it represents.
    """

    code = "REF002"
    name = "references.conflict-of-interest-source"
    category = "references"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        k = reference_orgs()["industry"]
        types = compile_re(rf"\b(?:{k['described_types']})\b", re.IGNORECASE)
        known = {n.lower() for n in k["names"]}
        entries = reference_entries(doc)
        topic = _topic_words(doc) if entries else Counter()  # most articles have no reference list
        for entry in entries:
            org = (entry.organisation or "").strip()
            why = None
            if entry.described_type and types.search(entry.described_type):
                why = f"described as '{entry.described_type}'"
            elif org.lower() in known or (entry.title or "").lower() in known:
                why = "a trade or industry group"
            else:
                product = _product_word(org, k, topic)
                if product:
                    why = f"an association named after '{product}', which the article is about"
            if why:
                yield self.finding(
                    doc, *_entry_span(entry),
                    f"'{org or entry.title}' is {why}: an interested party, not an independent "
                    "authority.",
                    evidence={"organisation": org, "reason": why, "entry": entry.as_dict()},
                    suggestion="Cite independent sources, or say whom this organisation represents.",
                )


def _topic_words(doc: Document) -> Counter[str]:
    words: Counter[str] = Counter()
    for _, block in doc.body_blocks():
        words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]{3,}", doc.block_text(block)))
    return words


def _product_word(org: str, k: dict[str, Any], topic: Counter[str]) -> str | None:
    if not re.search(rf"\b(?:{k['org_nouns']})\b", org):
        return None
    stop = set(k["not_products"])
    for word in re.findall(r"\b[A-Z][a-z'’-]{3,}\b", org):
        w = word.lower()
        if w not in stop and not re.fullmatch(k["org_nouns"].lower(), w) and topic[w] >= 3:
            return str(word)
    return None


class PublisherDomainMismatch(Rule):
    """A reference entry names one publisher but links another's website.

    What it flags:
    Entries that name a known organisation or journal (from the curated list in
    `knowledge/reference_orgs.toml`) while the URL is on a domain that organisation does
    not publish on — "Journal of Pain Research" linked to sciencedirect.com (it is
    published by Dove Medical Press). Links through DOI resolvers, PubMed and archives
    are accepted for any publisher.

    Why it matters:
    A mismatch means the entry was assembled without visiting the source: the name lends
    authority the link does not have, or the link is to a different thing entirely.

    Example:
    Journal of Pain Research (Academic Journal): [...] – https://www.sciencedirect.com/journal/journal-of-pain-research

    Better:
    Journal of Pain Research – https://www.dovepress.com/journal-of-pain-research-journal
    (or, better still, the specific article's DOI).
    """

    code = "REF003"
    name = "references.publisher-domain-mismatch"
    category = "references"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        publishers: dict[str, list[str]] = reference_orgs()["publishers"]
        aggregators = reference_orgs()["aggregators"]["hosts"]
        for entry in reference_entries(doc):
            if not entry.url or not entry.organisation:
                continue
            domain = url_domain(entry.url)
            if not domain or _host_in(domain, aggregators):
                continue
            named = _named_publisher(entry.organisation, publishers)
            if named is None or _host_in(domain, publishers[named]):
                continue
            yield self.finding(
                doc, *_entry_span(entry),
                f"The entry names {named}, but its link is on {domain}, not on "
                f"{' or '.join(publishers[named][:2])}.",
                evidence={"named": named, "domain": domain, "expected": publishers[named]},
                suggestion=f"Link {named}'s own page for the source.",
            )


def _named_publisher(organisation: str, publishers: dict[str, list[str]]) -> str | None:
    """The longest known publisher name that the entry's organisation *is* (not merely
    contains: "Journal of Pain Research Foundation" is not the journal)."""
    org = re.sub(r"\s*\([^)]*\)\s*$", "", organisation).strip()
    abbrev = re.search(r"\(([A-Z]{2,8})\)", organisation)
    for name in sorted(publishers, key=len, reverse=True):
        if org.lower() in (name.lower(), "the " + name.lower()) or name.lower() == "the " + org.lower():
            return name
        if abbrev and abbrev.group(1) == name:
            return name
    return None


class UncitedReference(Rule):
    """Reference entries that nothing in the text cites.

    What it flags:
    In an article that cites by number or footnote, an entry whose number or label no
    marker in the text points to (and whose URL, organisation or author–year the text does
    not mention either): `warning`. Footnote definitions are always meant to be cited, so
    each one no `[^label]` points to is a `warning` too. In an article with a reference list
    but no markers at all, one `info` finding on the list when none of its entries is named or linked in the
    text — it is a list of further reading, not evidence for any claim.

    Why it matters:
    Padding a reference list with sources nobody used makes an article look better sourced
    than it is; readers cannot tell which claim rests on which source.

    Example:
    Text cites [1] and [2]; the list has a third entry that no sentence cites.

    Better:
    Cite each source where the claim it supports is made, or drop it.
    """

    code = "REF004"
    name = "references.uncited-reference"
    category = "references"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        entries = reference_entries(doc)
        if not entries:
            return
        cmap = citation_map(doc)
        if cmap.uses_markers:
            if len(cmap.cited) < 1:
                return  # markers that point at nothing we parsed: another numbering scheme
            for k, entry in enumerate(entries):
                if k not in cmap.cited:
                    label = entry.label or str(entry.number)
                    yield self.finding(
                        doc, *_entry_span(entry),
                        f"Reference {label} is not cited anywhere in the text.",
                        evidence={"entry": entry.as_dict()},
                    )
            return
        if all(e.kind == "footnote" for e in entries):
            # a footnote exists only to be cited: each one no [^label] points at is unused
            for k, entry in enumerate(entries):
                if k not in cmap.cited:
                    yield self.finding(doc, *_entry_span(entry),
                                       f"Footnote [^{entry.label}] is not cited anywhere in the text.",
                                       evidence={"entry": entry.as_dict()})
            return
        if cmap.cited:
            return
        heading = _reference_heading(doc, entries[0].block)
        start, end = heading if heading else _entry_span(entries[0])
        yield self.finding(
            doc, start, end,
            f"None of the {len(entries)} reference entries is cited or named in the text; "
            "readers cannot tell which source supports which claim.",
            severity=Severity.INFO, evidence={"entries": len(entries)},
        )


def _reference_heading(doc: Document, block_index: int) -> tuple[int, int] | None:
    for i in range(block_index, -1, -1):
        block = doc.blocks[i]
        if block.kind == HEADING and block.role == REFERENCES:
            return block.start, block.end
    return None


#: A statistic: "40%", "40 percent", "three times more likely", "1 in 5 adults".
_STATISTIC = compile_re(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent\b)|\b(?:\d+|two|three|four|five|ten)(?:\.\d+)?[- ]fold\b|"
    r"\b(?:twice|\w+ times) (?:as|more|less) likely\b|\b\d+ in (?:\d+|every \d+)\b",
    re.IGNORECASE,
)


class StatisticWithoutCitation(Rule):
    """A statistic with no citation, in an article that cites its other claims.

    What it flags:
    Body sentences with a number a reader would want a source for ("40% lower risk",
    "three times more likely", "1 in 5 adults") and no citation marker, footnote, link or
    identifier — only in articles that use citation markers elsewhere, where the missing
    one is an omission rather than the house style.

    Why it matters:
    Numbers carry the most weight with readers and are the easiest to get wrong; in an
    article that cites, an uncited number is usually a citation that was forgotten. It is
    `info` because a report of a study's own results ("six patients (3%) relapsed") needs
    no citation, and only a reader can tell the two apart.

    Example:
    Ibuprofen raises the risk of a stomach bleed by 40%. (in an article citing [1]–[5])

    Better:
    Ibuprofen raises the risk of a stomach bleed by about 40% [3].
    """

    code = "REF005"
    name = "references.statistic-without-citation"
    category = "references"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        if not reference_entries(doc) or not citation_map(doc).uses_markers:
            return
        sentences = doc.sentences
        for k, sent in enumerate(sentences):
            if doc.blocks[sent.block].role != BODY or doc.blocks[sent.block].info == "footnote":
                continue
            text = doc.text[sent.start:sent.end]
            m = _STATISTIC.search(text)
            if m is None or _cites(doc, k) or (
                    k + 1 < len(sentences) and sentences[k + 1].block == sent.block
                    and _cites(doc, k + 1) and len(text) < 60):
                continue
            yield self.finding(
                doc, sent.start + m.start(), sent.start + m.end(),
                f"The figure '{m.group(0)}' has no citation, although the article cites its "
                "other claims.",
                evidence={"statistic": m.group(0)},
            )


def _cites(doc: Document, k: int) -> bool:
    sent = doc.sentences[k]
    text = doc.text[sent.start:sent.end]
    if marker_numbers(text) or find_identifiers(text):
        return True
    if any(sent.start <= off <= sent.end + 2 for off, _ in doc.footnote_refs):
        return True
    return any(sent.start <= lk.start < sent.end for lk in doc.links if lk.kind != "image")
