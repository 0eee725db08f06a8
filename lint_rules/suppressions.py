"""Inline control in Markdown and HTML comments, and in plain text on comment lines of
their own (``lint_rules/parsing/text.py``).

    <!-- healthlint-disable CIT001 -->            until a matching enable (or the end)
    <!-- healthlint-enable CIT001 -->
    <!-- healthlint-disable-next-line evidence --> the next non-blank line only
    <!-- healthlint-disable -->                   everything (no codes)
    <!-- healthlint-enable -->                    ends every open disable

"enable X" ends the open disables that name X. Comments inside code blocks, inline code,
``<pre>``, ``<script>`` and ``<style>`` are code, not directives.

Codes, dotted names and categories are accepted, separated by spaces or commas. A
suppression that suppressed nothing is reported as HL100, so stale ones do not pile up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from lint_rules.builtin import UnusedSuppression
from lint_rules.core import Finding, Rule
from lint_rules.document import Document
from lint_rules.store.compiled_re import compile_re

_DIRECTIVE_RE = compile_re(
    r"^\s*healthlint-(disable-next-line|disable|enable)\b(.*?)\s*$", re.DOTALL
)


@dataclass
class Suppression:
    """One inline disable comment: the codes it names and the lines it covers."""
    selectors: tuple[str, ...]  # empty = everything
    first_line: int
    last_line: int  # inclusive
    source_start: int
    source_end: int
    kind: str
    used: bool = False
    unknown: list[str] = field(default_factory=list)

    def covers(self, finding: Finding) -> bool:
        if not (self.first_line <= finding.location.line <= self.last_line):
            return False
        if not self.selectors:
            return True
        return any(
            s in (finding.code, finding.name, finding.category) or finding.code.startswith(s)
            for s in self.selectors
        )


def parse_suppressions(doc: Document, known: Mapping[str, type[Rule]]) -> list[Suppression]:
    out: list[Suppression] = []
    open_: list[Suppression] = []
    last_line = doc.source.count("\n") + 1
    names = {r.code for r in known.values()} | {r.name for r in known.values()} | {
        r.category for r in known.values()
    }
    for comment in sorted(doc.comments, key=lambda c: c.source_start):
        m = _DIRECTIVE_RE.match(comment.text)
        if not m:
            continue
        kind = m.group(1)
        selectors = tuple(s for s in re.split(r"[\s,]+", m.group(2)) if s)
        line = doc.source_position(comment.source_start)[0]
        end_line = doc.source_position(comment.source_end)[0]
        if kind == "enable":
            # a bare enable ends every open disable; "enable X" ends the disables naming X
            for sup in open_:
                if not selectors or set(selectors) & set(sup.selectors):
                    sup.last_line = min(sup.last_line, line)
            open_ = [s for s in open_ if s.last_line == last_line]
            continue
        if kind == "disable-next-line":
            target = _next_nonblank_line(doc, end_line)
            sup = Suppression(selectors, target, target, comment.source_start, comment.source_end, kind)
        else:
            sup = Suppression(selectors, line, last_line, comment.source_start, comment.source_end, kind)
            open_.append(sup)
        sup.unknown = [
            s for s in selectors
            if s not in names and not any(code.startswith(s) for code in known)
        ]
        out.append(sup)
    return out


def _next_nonblank_line(doc: Document, after_line: int) -> int:
    lines = doc.source.split("\n")
    for i in range(after_line, len(lines)):
        if lines[i].strip():
            return i + 1
    return after_line + 1


def apply_suppressions(
    doc: Document, findings: Iterable[Finding], suppressions: list[Suppression], report_unused: bool
) -> list[Finding]:
    kept = []
    for f in findings:
        hit = [s for s in suppressions if s.covers(f)]
        if hit and f.code != UnusedSuppression.code:
            for s in hit:
                s.used = True
            continue
        kept.append(f)
    if report_unused:
        rule = UnusedSuppression()
        for s in suppressions:
            label = " ".join(s.selectors) or "everything"
            if s.unknown:
                msg = (f"`healthlint-{s.kind}` names {', '.join(s.unknown)}, which is no rule "
                       "code, name or category")
            elif not s.used:
                msg = f"`healthlint-{s.kind} {label}` suppressed nothing; remove it"
            else:
                continue
            kept.append(rule.source_finding(doc, s.source_start, s.source_end, msg))
    return kept
