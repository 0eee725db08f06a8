"""Online citation rules: DOIs and PMIDs that do not exist, retracted papers, and study
mentions that Crossref and PubMed cannot find.

They run with ``--online`` (and in the nightly scan). Every request goes through the shared
HTTP client (``lint_rules.services.net``: disk cache, retries honouring Retry-After, polite
User-Agent); the services' base URLs and the NCBI key come from
``[tool.healthlint.citations]`` (see ``lint_rules.services.lookups``). ``prepare`` looks up every
identifier and mention of the run at once, concurrently; ``check`` reads the answers.
A service that cannot be reached is reported once as a note, and its rules say nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint_rules.analysis.references import DOI_RE, PMID_RE, clean_doi, reference_entries
from lint_rules.analysis.studies import StudyMention, cues, study_mentions
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document

if TYPE_CHECKING:  # the look-up services are imported when a look-up runs (--online), not here
    from lint_rules.services.lookups import Article, LookupSettings

_SERVICE_KEY = "citation-lookups"


@dataclass(frozen=True)
class CitedId:
    """A DOI or PMID the document cites, with where it is written."""
    kind: str  #: doi or pmid
    value: str
    start: int  #: prose span where it is written (or the link/entry that carries it)
    end: int


def cited_identifiers(doc: Document) -> list[CitedId]:
    """Every DOI and PMID the document gives: in prose, in link targets, in reference
    entries (each once, at its first place)."""
    found: dict[tuple[str, str], CitedId] = {}

    def add(kind: str, value: str, start: int, end: int) -> None:
        key = (kind, value.lower() if kind == "doi" else value)
        if key not in found:
            found[key] = CitedId(kind, value, start, end)

    for block in doc.blocks:
        if not block.is_prose:
            continue
        for m in DOI_RE.finditer(doc.text, block.start, block.end):
            doi = clean_doi(m.group(1))
            add("doi", doi, m.start(), m.start() + len(doi))
        for m in PMID_RE.finditer(doc.text, block.start, block.end):
            add("pmid", next(g for g in m.groups() if g), m.start(), m.end())
    for link in doc.links:
        doi_match = DOI_RE.search(link.url)
        if doi_match:
            add("doi", clean_doi(doi_match.group(1)), link.start, link.end)
        pmid_match = PMID_RE.search(link.url)
        if pmid_match:
            add("pmid", next(g for g in pmid_match.groups() if g), link.start, link.end)
    for entry in reference_entries(doc):
        if entry.doi:
            add("doi", entry.doi, entry.start, entry.end)
        if entry.pmid:
            add("pmid", entry.pmid, entry.start, entry.end)
    return sorted(found.values(), key=lambda c: c.start)


def topic_words(doc: Document, mention: StudyMention, limit: int = 4) -> list[str]:
    """Content words of the mention's sentence to search by, those in the title first."""
    sent = doc.sentences[mention.sentence]
    text = doc.text[sent.start:sent.end]
    for name in (mention.journal, mention.institution):
        if name:
            text = text.replace(name, " ")
    stop = set(cues()["search"]["stopwords"])
    words = [w for w in re.findall(r"[A-Za-z][a-z-]{2,}", text) if w.lower() not in stop]
    title = doc.title.lower()
    seen: list[str] = []
    for w in sorted(words, key=lambda w: (w.lower() not in title, words.index(w))):
        if w.lower() not in seen:
            seen.append(w.lower())
    return seen[:limit]


def _journal_matches(article: Article, journal: str) -> bool:
    from lint_rules.services.lookups import normalise_journal

    want = normalise_journal(journal)
    names = {normalise_journal(article.journal), normalise_journal(article.journal_abbrev)}
    return any(n and (n == want or want in n or n in want) for n in names)


def is_match(article: Article, mention: StudyMention, words: list[str]) -> bool:
    """The candidate is in the mentioned journal and year and is about the topic."""
    if mention.journal and not _journal_matches(article, mention.journal):
        return False
    if mention.year and article.year and abs(article.year - mention.year) > 1:
        return False
    title = article.title.lower()
    return any(w[:5] in title for w in words)


def _crossref() -> Any:
    from lint_rules.services.lookups import crossref

    return crossref


def _pubmed() -> Any:
    from lint_rules.services.lookups import pubmed

    return pubmed


class Lookups:
    """The run's look-ups, memoised in ``ctx.services`` so each is asked once."""

    def __init__(self, ctx: RuleContext) -> None:
        from lint_rules.services.lookups import parse_lookup_settings
        from lint_rules.services.net import get_client

        self.ctx = ctx
        self.client = get_client(ctx)
        self.settings: LookupSettings = parse_lookup_settings(
            dict(ctx.config.section("citations")), dict(ctx.config.section("network")))
        self.memo: dict[tuple[Any, ...], Any] = ctx.services.setdefault(_SERVICE_KEY, {})

    @classmethod
    def of(cls, ctx: RuleContext) -> Lookups:
        existing = ctx.services.get(_SERVICE_KEY + ":obj")
        if existing is None:
            existing = ctx.services[_SERVICE_KEY + ":obj"] = cls(ctx)
        return existing

    def _note(self, service: str, error: str | None) -> None:
        notes = self.ctx.services.setdefault("notes", [])
        note = f"citation look-ups: {service} could not be reached ({error}); its checks were skipped"
        if not any(str(n).startswith(f"citation look-ups: {service}") for n in notes):
            notes.append(note)

    def doi(self, doi: str) -> tuple[str, Article | None]:
        key = ("doi", doi.lower())
        if key not in self.memo:
            status, article, error = _crossref().resolve_doi(self.client, self.settings, doi)
            if status == "error":
                self._note("Crossref", error)
            self.memo[key] = (status, article)
        result: tuple[str, Article | None] = self.memo[key]
        return result

    def pmids(self, pmids: Sequence[str]) -> None:
        todo = [p for p in dict.fromkeys(pmids) if ("pmid", p) not in self.memo]
        for i in range(0, len(todo), 200):
            batch = todo[i:i + 200]
            found, error = _pubmed().summaries(self.client, self.settings, batch)
            if found is None:
                self._note("PubMed", error)
                for p in batch:
                    self.memo[("pmid", p)] = ("error", None)
                continue
            for p in batch:
                art = found.get(p)
                self.memo[("pmid", p)] = ("found", art) if art else ("not-found", None)

    def pmid(self, pmid: str) -> tuple[str, Article | None]:
        self.pmids([pmid])
        result: tuple[str, Article | None] = self.memo[("pmid", pmid)]
        return result

    def search(self, journal: str | None, year: int | None, words: list[str]) -> tuple[str, list[Article]]:
        """("ok", candidates) with the best first, or ("error", [])."""
        key = ("search", journal, year, tuple(words))
        if key in self.memo:
            result: tuple[str, list[Article]] = self.memo[key]
            return result
        found, error = _crossref().search(self.client, self.settings, " ".join(words), journal, year)
        if found is None:
            self._note("Crossref", error)
        pm, pm_error = _pubmed().search(self.client, self.settings, words, journal, year)
        if pm is None:
            self._note("PubMed", pm_error)
        if found is None and pm is None:
            self.memo[key] = ("error", [])
        else:
            self.memo[key] = ("ok", (found or []) + (pm or []))
        return self.memo[key]  # type: ignore[no-any-return]


def _searchable(doc: Document) -> Iterable[tuple[StudyMention, list[str]]]:
    for m in study_mentions(doc):
        if m.cited or not m.journal:
            continue
        words = topic_words(doc, m)
        if words:
            yield m, words


class _OnlineRule(Rule):
    needs_network = True

    def prepare(self, documents: Sequence[Document], ctx: RuleContext) -> None:
        """Look up every identifier and searchable mention of the run, concurrently."""
        lookups = Lookups.of(ctx)
        ids = [c for doc in documents for c in cited_identifiers(doc)]
        lookups.pmids([c.value for c in ids if c.kind == "pmid"])
        jobs: list[tuple[str, Any]] = [("doi", c.value) for c in ids if c.kind == "doi"]
        if lookups.settings.search and self.code == StudyNotFound.code:
            jobs += [("search", (m.journal, m.year, tuple(words)))
                     for doc in documents for m, words in _searchable(doc)]
        jobs = list(dict.fromkeys(jobs))

        def run(job: tuple[str, Any]) -> None:
            kind, arg = job
            if kind == "doi":
                lookups.doi(arg)
            else:
                journal, year, words = arg
                lookups.search(journal, year, list(words))

        for _ in lookups.client.map(run, jobs):
            pass

    @staticmethod
    def resolved(doc: Document, ctx: RuleContext) -> Iterator[tuple[CitedId, str, Article | None]]:
        """Each identifier ``doc`` cites with its look-up: ("found" | "not-found" | "error",
        the record)."""
        lookups = Lookups.of(ctx)
        for cid in cited_identifiers(doc):
            status, article = lookups.doi(cid.value) if cid.kind == "doi" else lookups.pmid(cid.value)
            yield cid, status, article


class IdentifierNotFound(_OnlineRule):
    """A DOI or PMID that does not exist.

    What it flags:
    DOIs that Crossref does not know (HTTP 404 from `/works/{doi}`) and PMIDs that PubMed's
    ESummary does not return — in the text, in link targets and in the reference list.

    Why it matters:
    A made-up or mistyped identifier looks like a citation but leads nowhere; invented
    DOIs are a known failure of machine-written articles.

    Example:
    A trial (doi:10.1016/j.jep.2016.99.999) found that kratom relieved pain.

    Better:
    Copy the DOI from the paper's own page, or from its PubMed record.
    """

    code = "CIT101"
    name = "evidence.identifier-not-found"
    category = "evidence"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for cid, status, _ in self.resolved(doc, ctx):
            if status != "not-found":
                continue
            service = "Crossref" if cid.kind == "doi" else "PubMed"
            label = "DOI" if cid.kind == "doi" else "PMID"
            yield self.finding(
                doc, cid.start, cid.end,
                f"{label} {cid.value} does not exist in {service}.",
                evidence={"kind": cid.kind, "value": cid.value, "service": service},
                suggestion="Check the identifier against the paper itself.",
            )


class RetractedCitation(_OnlineRule):
    """A cited paper has been retracted, or carries an expression of concern.

    What it flags:
    DOIs whose Crossref record lists a retraction, withdrawal or removal in `updated-by`
    (publisher notices and the Retraction Watch data Crossref carries), or a title
    starting "RETRACTED:"; PMIDs whose PubMed record has the publication type "Retracted
    Publication". An expression of concern is a `warning`; a retraction an `error`.

    Why it matters:
    Retracted papers keep being cited for years after the retraction; a health claim
    resting on one rests on nothing. Readers have no way to know unless the article says so.

    Example:
    The MMR vaccine was linked to autism (doi:10.1016/S0140-6736(97)11096-0).

    Better:
    Drop the claim, or cite the retraction notice and say the paper was retracted.
    """

    code = "CIT102"
    name = "evidence.retracted-citation"
    category = "evidence"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for cid, status, article in self.resolved(doc, ctx):
            notice = article.retraction if status == "found" and article else None
            if notice is None or article is None:
                continue
            what = notice.type.replace("_", " ")
            concern = notice.type == "expression_of_concern"
            source = f" ({notice.source})" if notice.source else ""
            yield self.finding(
                doc, cid.start, cid.end,
                f"The cited paper '{article.title[:120]}' has a {what} on record{source}.",
                severity=Severity.WARNING if concern else Severity.ERROR,
                evidence={"article": article.as_dict(), "notice": notice.__dict__},
                suggestion=(f"See the notice: https://doi.org/{notice.doi}" if notice.doi
                            else "Check the notice and stop relying on this paper."),
            )


class StudyNotFound(_OnlineRule):
    """A study mention that Crossref and PubMed cannot find.

    What it flags:
    For each study mention without an identifier that names a journal ("a study published
    in the Journal of Ethnopharmacology (2016) revealed…"), Crossref (by journal, year and
    topic words from the sentence) and PubMed (the same, as an ESearch query) are searched.
    No article in that journal and year about that topic: `warning`, "no matching article
    found", with the best candidates in the evidence. Likely matches: `info`, with their
    DOIs as the suggestion, so the editor can add the citation. This is the online half of
    the grading in CIT001: a mention the services find is findable.

    Why it matters:
    Invented studies are common in machine-written health articles. A journal and year
    that match nothing on the topic are a strong sign the study does not exist as described.

    Example:
    A study published in Pharmacognosy Research (2017) demonstrated that kratom extract
    decreased inflammation in rat models.

    Better:
    Cite the real paper with its DOI, or remove the claim.
    """

    code = "CIT103"
    name = "evidence.study-not-found"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        lookups = Lookups.of(ctx)
        if not lookups.settings.search:
            return
        limit = lookups.settings.max_candidates
        for mention, words in _searchable(doc):
            status, candidates = lookups.search(mention.journal, mention.year, words)
            if status != "ok":
                continue
            matches = [a for a in candidates if is_match(a, mention, words)][:limit]
            where = f"{mention.journal}" + (f" ({mention.year})" if mention.year else "")
            evidence = {"mention": mention.as_evidence(), "topic_words": words,
                        "candidates": [a.as_dict() for a in (matches or candidates)[:limit]]}
            if matches:
                listed = "; ".join(a.cite() for a in matches)
                yield self.finding(
                    doc, mention.start, mention.end,
                    f"Possible source in {where}: {matches[0].cite()[:160]}",
                    severity=Severity.INFO, evidence=evidence,
                    suggestion=f"If this is the study, cite it: {listed}",
                )
            else:
                yield self.finding(
                    doc, mention.start, mention.end,
                    f"No matching article found in Crossref or PubMed: nothing in {where} "
                    f"about {', '.join(words)}.",
                    evidence=evidence,
                    suggestion="Find and cite the actual paper, or remove the claim.",
                )



def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text)}


class CitationMismatch(_OnlineRule):
    """A reference's DOI resolves to a different paper than the one the entry describes.

    What it flags:
    Reference entries with a DOI whose Crossref record has a title sharing less than a third
    of the entry's title words, or (titles agreeing or absent) a publication year more than a
    year away from the entry's year.

    Why it matters:
    A real DOI pasted onto an invented or garbled citation passes every format check, yet
    sends the reader to an unrelated paper; machine-written reference lists do this often.

    Example:
    1. Tan D. Kratom and hair regrowth. J Ethnopharmacol. 2016. doi:10.1136/bmj.m1234

    Better:
    Copy the citation and the DOI from the same record (the paper's page or PubMed).
    """

    code = "CIT104"
    name = "evidence.citation-mismatch"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        lookups = Lookups.of(ctx)
        for entry in reference_entries(doc):
            if not entry.doi:
                continue
            status, article = lookups.doi(entry.doi)
            if status != "found" or article is None:
                continue
            mine = _words(entry.title or "")
            overlap = len(mine & _words(article.title)) / len(mine) if mine else 1.0
            found = f"'{article.title[:120]}' ({article.journal}, {article.year})"
            if len(mine) >= 3 and overlap < 1 / 3:
                message = f"DOI {entry.doi} is {found}, not '{entry.title}'."
            elif entry.year and article.year and abs(entry.year - article.year) > 1 and overlap >= 1 / 3:
                message = f"The entry says {entry.year}, but DOI {entry.doi} is from {article.year}: {found}."
            else:
                continue
            yield self.finding(
                doc, entry.start, entry.end, message,
                evidence={"entry": entry.as_dict(), "article": article.as_dict(), "title_overlap": overlap},
                suggestion=f"Check the citation against the record: {article.cite()}",
            )
