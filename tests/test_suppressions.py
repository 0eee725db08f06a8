"""Inline control: ``healthlint-disable`` / ``-enable`` / ``-disable-next-line`` comments in
Markdown and HTML, by code, name, prefix and category, and HL100 for stale ones.

Two small rules defined here flag words, so each finding's line is known exactly; they run
through the real engine (``Linter.check_document`` and ``Linter.finish``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lint_rules.builtin import RULES as ENGINE_RULES
from lint_rules.config import ConfigResolver, parse_config
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document
from lint_rules.engine import Linter
from lint_rules.parsing import parse_document
from lint_rules.registry import Registry

_DOC = """Flags a word (test rule).

What it flags:
A word.

Why it matters:
Tests need findings at known places.

Example:
miracle

Better:
anything else
"""


class _WordRule(Rule):
    word = ""

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for m in re.finditer(rf"\b{self.word}\b", doc.text):
            yield self.finding(doc, m.start(), m.end(), f"'{self.word}'")


class Miracle(_WordRule):
    __doc__ = _DOC
    code = "TST101"
    name = "claims.test-miracle"
    category = "claims"
    severity = Severity.WARNING
    word = "miracle"


class Study(_WordRule):
    __doc__ = _DOC
    code = "TST102"
    name = "evidence.test-study"
    category = "evidence"
    severity = Severity.WARNING
    word = "study"


def _linter() -> Linter:
    registry = Registry()
    for rule in [*ENGINE_RULES, Miracle, Study]:
        registry.add(rule, "test")
    return Linter(registry, ConfigResolver(registry.rules))


def lint(source: str, kind: str = "markdown") -> list[tuple[str, int]]:
    linter = _linter()
    doc = parse_document("t", source, kind)
    cfg = parse_config({}, "t", known_rules=linter.registry.rules)
    findings = linter.check_document(doc, cfg, linter.rules_for(cfg), {})
    return [(f.code, f.line) for f in linter.finish(doc, cfg, findings)]


def messages(source: str, kind: str = "markdown") -> list[str]:
    linter = _linter()
    doc = parse_document("t", source, kind)
    cfg = parse_config({}, "t", known_rules=linter.registry.rules)
    return [f.message for f in linter.finish(doc, cfg, linter.check_document(doc, cfg, linter.rules_for(cfg), {}))
            if f.code == "HL100"]


def test_without_comments_everything_is_reported() -> None:
    assert lint("A miracle study.\n\nAnother miracle.\n") == [("TST101", 1), ("TST102", 1), ("TST101", 3)]


def test_disable_enable_range_by_code() -> None:
    src = ("miracle one\n\n<!-- healthlint-disable TST101 -->\n\nmiracle two, a study\n\n"
           "<!-- healthlint-enable TST101 -->\n\nmiracle three\n")
    assert lint(src) == [("TST101", 1), ("TST102", 5), ("TST101", 9)]


def test_disable_without_enable_runs_to_the_end() -> None:
    src = "miracle one\n\n<!-- healthlint-disable TST101 -->\n\nmiracle two\n\nmiracle three\n"
    assert lint(src) == [("TST101", 1)]


def test_disable_by_category_name_and_prefix() -> None:
    body = "\n\nA miracle and a study.\n"
    assert lint("<!-- healthlint-disable claims -->" + body) == [("TST102", 3)]
    assert lint("<!-- healthlint-disable evidence.test-study -->" + body) == [("TST101", 3)]
    assert lint("<!-- healthlint-disable TST -->" + body) == []
    assert lint("<!-- healthlint-disable TST101, TST102 -->" + body) == []


def test_disable_everything_and_bare_enable() -> None:
    src = ("<!-- healthlint-disable -->\n\nmiracle study\n\n<!-- healthlint-enable -->\n\n"
           "miracle again\n")
    assert lint(src) == [("TST101", 7)]


def test_enable_of_another_code_leaves_the_disable_open() -> None:
    src = ("<!-- healthlint-disable TST101 -->\n\nmiracle\n\n<!-- healthlint-enable TST102 -->\n\n"
           "miracle study\n")
    assert lint(src) == [("TST102", 7)]


def test_disable_next_line() -> None:
    src = ("<!-- healthlint-disable-next-line TST101 -->\nA miracle study.\nA miracle on the line after.\n")
    assert lint(src) == [("TST102", 2), ("TST101", 3)]


def test_disable_next_line_skips_blank_lines() -> None:
    src = "<!-- healthlint-disable-next-line evidence -->\n\n\nA miracle study.\n"
    assert lint(src) == [("TST101", 4)]


def test_disable_next_line_inline_at_the_end_of_a_line() -> None:
    src = "Intro miracle. <!-- healthlint-disable-next-line TST101 -->\nmiracle next.\n"
    assert lint(src) == [("TST101", 1)]


def test_unused_disable_is_reported_as_hl100() -> None:
    src = "<!-- healthlint-disable-next-line TST102 -->\nA miracle.\n"
    assert lint(src) == [("HL100", 1), ("TST101", 2)]
    assert messages(src) == ["`healthlint-disable-next-line TST102` suppressed nothing; remove it"]


def test_unused_range_and_used_range() -> None:
    src = ("<!-- healthlint-disable TST101 -->\nmiracle\n<!-- healthlint-enable TST101 -->\n\n"
           "<!-- healthlint-disable TST102 -->\nnothing here\n<!-- healthlint-enable TST102 -->\n")
    assert lint(src) == [("HL100", 5)]


def test_unknown_code_is_reported() -> None:
    src = "<!-- healthlint-disable NOPE999 -->\n\nA miracle.\n"
    assert lint(src) == [("HL100", 1), ("TST101", 3)]
    assert "NOPE999" in messages(src)[0] and "no rule" in messages(src)[0]


def test_hl100_itself_cannot_be_silenced_by_a_disable_all() -> None:
    src = "<!-- healthlint-disable -->\n\nNothing to report.\n"
    assert lint(src) == [("HL100", 1)]


def test_comments_in_code_are_not_directives() -> None:
    src = ("```html\n<!-- healthlint-disable TST101 -->\n```\n\n"
           "    <!-- healthlint-disable TST102 -->\n\n"
           "Inline `<!-- healthlint-disable -->` code. A miracle study.\n")
    assert lint(src) == [("TST101", 7), ("TST102", 7)]


def test_html_comments() -> None:
    src = ("<html><head><!-- healthlint-disable TST102 --></head><body>\n"
           "<p>A miracle study.</p>\n"
           "<!-- healthlint-disable-next-line TST101 -->\n<p>Another miracle.</p>\n"
           "<pre><!-- healthlint-disable --></pre>\n<p>Last miracle.</p>\n</body></html>\n")
    assert lint(src, "html") == [("TST101", 2), ("TST101", 6)]


def test_multiline_directive_comment() -> None:
    src = "<!--\nhealthlint-disable-next-line\nTST101\n-->\nA miracle.\n"
    assert lint(src) == []


def test_suppressions_from_the_command_line_run(tmp_path: object) -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    path = Path(str(tmp_path)) / "a.md"
    path.write_text("<!-- healthlint-disable META002 -->\n\nBy Jane Doe\n\nBody text.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "check", "--select", "META,HL", "a.md"],
                          cwd=path.parent, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "META002" not in proc.stdout and "HL100" not in proc.stdout
    path.write_text("<!-- healthlint-disable META001 -->\n\nBy Jane Doe\n\nPublished 2024-01-01.\n",
                    encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "check", "--select", "META,HL", "a.md"],
                          cwd=path.parent, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert "a.md:1:1: HL100 warning `healthlint-disable META001` suppressed nothing" in proc.stdout


def test_plain_text_carries_suppressions_on_comment_lines() -> None:
    """A .txt file has no comments of its own; a line that is only an HTML-style comment
    is one (the same syntax as Markdown), and is not prose."""
    src = ("A miracle here.\n"
           "<!-- healthlint-disable-next-line TST101 -->\n"
           "Another miracle, a study.\n"
           "\n"
           "  <!-- healthlint-disable evidence -->\n"
           "A study and a miracle.\n")
    assert lint(src, "text") == [("TST101", 1), ("TST102", 3), ("TST101", 6)]
    doc = parse_document("t.txt", src, "text")
    assert "healthlint" not in doc.text  # the comment lines are not prose
    assert messages("Plain.\n<!-- healthlint-disable TST102 -->\nNo finding here.\n", "text") == [
        "`healthlint-disable TST102` suppressed nothing; remove it"]


def test_plain_text_without_comment_lines_is_unchanged() -> None:
    """Text that merely mentions a comment inside a sentence is prose, not a directive."""
    src = "Write <!-- healthlint-disable TST101 --> before a miracle.\n"
    assert lint(src, "text") == [("TST101", 1)]
