"""Rules that belong to the engine itself: input problems and unused suppressions.

They are rules like any other (codes, docs, selectable) but are produced by the pipeline,
not by ``check``: a file that cannot be read has no Document to check.
"""

from __future__ import annotations

from collections.abc import Iterable

from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document


class _EngineRule(Rule):
    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        return ()


class UnreadableFile(_EngineRule):
    """A file that could not be linted at all.

    What it flags:
    Binary files, text that is not valid UTF-8 (or its declared encoding), unreadable
    paths, broken symbolic links.

    Why it matters:
    An article that healthlint silently skipped is an article nobody checked.

    Example:
    `notes.txt` saved as Windows-1252 with "café" in it.

    Better:
    Save the file as UTF-8 (or declare its encoding with `<meta charset>` in HTML).
    """

    code = "HL001"
    name = "input.unreadable"
    category = "input"
    severity = Severity.ERROR


class SkippedLargeFile(_EngineRule):
    """A file over the size limit, skipped on purpose.

    What it flags:
    Files larger than `max-file-size` (5 MB unless configured).

    Why it matters:
    Very large files are usually data or exports, not articles; reading them would make a
    pre-commit hook slow and memory-hungry. The warning says the file was not checked.

    Example:
    A 40 MB HTML export of a whole site.

    Better:
    Exclude it in the config, or raise `max-file-size` if it really is one article.
    """

    code = "HL002"
    name = "input.too-large"
    category = "input"
    severity = Severity.WARNING


class InvalidFrontMatter(_EngineRule):
    """Front matter or HTML that could not be parsed completely.

    What it flags:
    YAML front matter that is not valid YAML, or that is not a mapping of keys to values;
    a value that cannot be what it looks like (`updated: 2024-02-30`, an integer of
    thousands of digits), kept as text; front matter that nests too deeply, refers to
    itself through an alias or expands to too many values through aliases (TOML too);
    Markdown nested more than 100 levels deep (a list level counts two, a quote one), which
    is not linted.

    Why it matters:
    Authors, reviewers and dates live in the front matter; when it is broken, the metadata
    rules cannot see who wrote and reviewed the article. The body is still linted.

    Example:
    `author: Jane Doe: MD` (a second colon in an unquoted value).

    Better:
    `author: "Jane Doe, MD"`
    """

    code = "HL003"
    name = "input.invalid-front-matter"
    category = "input"
    severity = Severity.WARNING


class OverBudget(_EngineRule):
    """A rule, or the whole file, that was stopped for exceeding its time or memory budget.

    What it flags:
    A rule that used more than `rule-seconds` of CPU time (or four times that of wall-clock
    time while waiting) or grew past `rule-memory` on this file, or a file whose parsing
    and rules together passed `file-seconds` or `file-memory` (set in
    `[tool.healthlint.budget]`). The message names the rule; its findings for this file
    are missing, every other rule's findings stand and the run goes on.

    Why it matters:
    A file that makes a rule run for minutes would otherwise hang the pre-commit hook and
    the nightly scan for everyone; a report that silently lacks a rule's findings would
    look cleaner than the article is.

    Example:
    A 5 MB export pasted into one Markdown paragraph with no full stops.

    Better:
    Split the file into articles, or exclude it; if the article is genuine, raise the
    budget and report the slow rule.
    """

    code = "HL004"
    name = "input.over-budget"
    category = "input"
    severity = Severity.ERROR


class UnusedSuppression(_EngineRule):
    """An inline `healthlint-disable` comment that suppressed nothing.

    What it flags:
    `<!-- healthlint-disable CODE -->` or `<!-- healthlint-disable-next-line CODE -->`
    comments where no finding of that code or category was suppressed, and comments that
    name a code or category that does not exist.

    Why it matters:
    Stale suppressions hide future problems: a later edit that reintroduces the issue would
    be silenced without anyone deciding so.

    Example:
    `<!-- healthlint-disable-next-line CIT001 -->` above a sentence that cites its DOI.

    Better:
    Remove the comment.
    """

    code = "HL100"
    name = "suppression.unused"
    category = "input"
    severity = Severity.WARNING


RULES = [UnreadableFile, SkippedLargeFile, InvalidFrontMatter, OverBudget, UnusedSuppression]
