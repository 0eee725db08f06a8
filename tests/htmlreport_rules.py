"""Test-only rules for the HTML report tests: stable findings (one of them multi-span)
that do not change when the real rule families change."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document


class PairedClaims(Rule):
    """Two sentences say opposite things about hair regrowth.

    What it flags:
    A sentence saying something "grows back" and another calling it "permanent".

    Why it matters:
    Readers cannot act on advice that contradicts itself.

    Example:
    "Hair always grows back." … "The hair loss was permanent."

    Better:
    Say which is true, and for whom.
    """

    code = "TST001"
    name = "test.paired-claims"
    category = "contradiction"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        grows = [s for s in doc.sentences if "grows back" in doc.text[s.start:s.end]]
        perm = [s for s in doc.sentences if "permanent" in doc.text[s.start:s.end]]
        for a in grows:
            for b in perm:
                yield self.finding(
                    doc, a.start, a.end, "Says hair grows back, but elsewhere that it is permanent",
                    related=[(b.start, b.end, "the opposite claim")],
                    evidence={"concept": {"label": "Alopecia", "id": "HP:0001596"},
                              "assertions": ["resolves", "persists"]},
                )


class StudyMention(Rule):
    """A study is mentioned without saying which.

    What it flags:
    The word "study".

    Why it matters:
    Readers cannot check a study nobody names.

    Example:
    "One study found less pain."

    Better:
    Name the study and link it.
    """

    code = "TST002"
    name = "test.study-mention"
    category = "evidence"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for m in re.finditer(r"\bstudy\b", doc.text):
            yield self.finding(
                doc, m.start(), m.end(), "Which study? Name it or link it",
                suggestion="Add the DOI or PubMed link",
                evidence={"candidates": [{"title": "Kratom and pain <b>bold</b>",
                                          "url": "https://doi.org/10.1000/example"}]},
            )


class DeadLink(Rule):
    """A reference link that answered 404.

    What it flags:
    Links to nccih.nih.gov (a stand-in for a link check, so the test needs no network).

    Why it matters:
    A dead reference supports nothing.

    Example:
    A link to a page that was removed.

    Better:
    Link the page's new address.
    """

    code = "TST003"
    name = "test.dead-link"
    category = "links"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for link in doc.links:
            if "nccih" in link.url and link.url_source:
                # on the URL in the source, as the real link checker reports it
                yield self.source_finding(
                    doc, *link.url_source, "Link answered 404 Not Found",
                    evidence={"url": link.url, "chain": [{"status": 301, "url": link.url},
                                                         {"status": 404, "url": link.url + "/"}]},
                )


RULES = [PairedClaims, StudyMention, DeadLink]
