"""Metadata rules: who wrote the article and when.

These are the first rules of the project and prove the rule API end to end. The
credentials issue extends authorship checks (reviewers, credential claims) and the
claims issue extends currency (stale dates); both read the same Document helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import BIO, Document

#: Front-matter / HTML meta keys that carry a publication or review date.
DATE_KEYS = (
    "date", "published", "published_at", "publish_date", "pubdate", "updated",
    "updated_at", "last_updated", "lastmod", "modified", "reviewed", "last_reviewed",
    "date_published", "date_modified",
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: "Published March 3, 2024", "Updated: 2024-03-03", "Last reviewed on 3 March 2024".
DATE_LINE_RE = re.compile(
    r"\b(?:published|posted|updated|last (?:updated|reviewed|modified)|reviewed|revised)"
    r"(?: on)?\s*:?\s*(?:"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})",
    re.IGNORECASE,
)


class MissingAuthor(Rule):
    """The article names no author.

    What it flags:
    Articles with no author in the front matter (`author:`), no byline ("By Jane Doe"),
    and no "About the Author" section.

    Why it matters:
    Readers judging health advice need to know who is giving it; the JAMA benchmarks and
    HONcode both start with authorship. An anonymous article cannot be held to account.

    Example:
    An article whose front matter has a title and a date but no author.

    Better:
    `author: "Jane Doe, RN"` in the front matter, or a byline "By Jane Doe, RN".
    """

    code = "META001"
    name = "metadata.missing-author"
    category = "metadata"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        if doc.authors or any(True for _ in doc.blocks_with_role(BIO)):
            return
        if not doc.text.strip():
            return
        yield self.finding(
            doc, 0, 0, "No author is named (front matter `author`, a byline or an "
            "'About the Author' section)", suggestion="Add `author:` to the front matter",
        )


class MissingDate(Rule):
    """The article gives no publication or update date.

    What it flags:
    Articles with no date in the front matter (`date`, `updated`, `last_reviewed`…), in
    HTML meta tags, or in a "Published …" / "Updated …" line of the text.

    Why it matters:
    Medical guidance changes; readers must be able to tell whether advice is current.
    HONcode's principle of "attribution" requires the date of the last modification.

    Example:
    A Markdown article whose front matter has `title` and `author` only.

    Better:
    `date: 2024-03-01` and `updated: 2025-01-15` in the front matter.
    """

    code = "META002"
    name = "metadata.missing-date"
    category = "metadata"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        if not doc.text.strip():
            return
        if any(doc.meta.get(k) for k in DATE_KEYS):
            return
        if DATE_LINE_RE.search(doc.text[:4000]) or DATE_LINE_RE.search(doc.text[-2000:]):
            return
        yield self.finding(
            doc, 0, 0, "No publication or update date (front matter `date`/`updated`, or a "
            "'Published …' line)", suggestion="Add `date:` and `updated:` to the front matter",
        )
