"""Linting an editor buffer and mapping findings to what an LSP client expects.

Kept free of pygls so it can be tested and benchmarked on its own; the server wraps it.

Positions: findings carry offsets into the decoded source with line ends normalised to
``\\n``. LSP positions are (line, character) with the character counted in the code units
the client and server agreed on: UTF-16 unless the client offers UTF-8 or UTF-32. An
emoji before a finding is one code point but two UTF-16 units, so columns are converted
here, never copied.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint_rules.config import ConfigError, ConfigResolver
from lint_rules.core import Finding, Rule
from lint_rules.document import CODE, HTML, Document
from lint_rules.loading import file_kind, human_size, normalise_newlines
from lint_rules.parsing import parse_document
from lint_rules.registry import Registry, load_registry

#: Editor language identifiers (VS Code's, which Neovim and Zed mostly share) to the
#: document kinds healthlint parses. The file's suffix wins when it is one healthlint knows.
LANGUAGE_KINDS: Mapping[str, str] = {
    "markdown": "markdown", "mdx": "markdown", "html": "html", "xhtml": "html",
    "plaintext": "text", "text": "text",
}

#: Kinds whose syntax has comments, so a finding can be silenced in the file itself.
SUPPRESSIBLE_KINDS = frozenset({"markdown", "html"})


def document_kind(path: str, language_id: str | None) -> str | None:
    """markdown, html or text: by suffix when healthlint knows it, else by the editor's
    language id (an unsaved buffer has no suffix), else None (not ours to lint)."""
    suffix = Path(path).suffix
    if suffix:
        kind = file_kind(path)
        if kind is not None:
            return kind
    if language_id and language_id.lower() in LANGUAGE_KINDS:
        return LANGUAGE_KINDS[language_id.lower()]
    return file_kind(path) if not suffix else None


class PositionMap:
    """Source offsets (``\\n``-normalised) to LSP ``(line, character)`` in the negotiated
    encoding: ``utf-16`` (LSP's default), ``utf-8`` or ``utf-32``."""

    def __init__(self, source: str, encoding: str = "utf-16") -> None:
        self.source = source
        self.encoding = encoding
        self._starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def _units(self, text: str) -> int:
        if self.encoding == "utf-32" or text.isascii():
            return len(text)
        if self.encoding == "utf-8":
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.source)))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line, self._units(self.source[self._starts[line]:offset])

    def offset(self, line: int, character: int) -> int:
        """Inverse of ``position`` (a client's position back to a source offset)."""
        if line >= len(self._starts):
            return len(self.source)
        start = max(0, self._starts[max(0, line)])
        end = self._starts[line + 1] - 1 if line + 1 < len(self._starts) else len(self.source)
        text = self.source[start:end]
        units = 0
        for i, ch in enumerate(text):
            if units >= character:
                return start + i
            units += self._units(ch)
        return end


@dataclass
class LintOutcome:
    """One lint of one buffer: its findings and what is needed to place them."""

    path: str
    kind: str | None
    source: str
    findings: list[Finding] = field(default_factory=list)
    doc: Document | None = None
    #: a configuration or input problem to show as one diagnostic at the top of the buffer
    problem: str | None = None
    seconds: float = 0.0


def _uses_run_service(rule: type[Rule]) -> bool:
    """Rules that start a run-wide service (LanguageTool, which may download itself or
    reach a server) stay out of the editor: the server never touches the network."""
    return getattr(rule.start_run, "__func__", None) is not getattr(Rule.start_run, "__func__", None)


class EditorLinter:
    """Lints buffer text with the offline rules under the configuration found upward from
    the buffer's path. The registry is loaded once; configuration files are read afresh on
    every lint (a few milliseconds), so an edited ``.healthlint.toml`` applies at once."""

    def __init__(self, registry: Registry | None = None, config: Path | None = None) -> None:
        self.registry = registry or load_registry()
        self.config = config

    def resolver(self) -> ConfigResolver:
        return ConfigResolver(self.registry.rules, self.config, {"online": False})

    def rules(self, cfg: Any) -> list[type[Rule]]:
        return [
            r for r in self.registry.sorted()
            if cfg.enabled(r) and not r.needs_network and not _uses_run_service(r)
        ]

    def lint(self, path: str, text: str, language_id: str | None = None) -> LintOutcome:
        from lint_rules.engine import Linter, base_metrics, is_excluded

        began = time.perf_counter()
        source = normalise_newlines(text.lstrip("\ufeff"))
        kind = document_kind(path, language_id)
        out = LintOutcome(path, kind, source)
        if kind is None:
            return out
        try:
            resolver = self.resolver()
            cfg = resolver.for_path(path)
        except (ConfigError, ValueError) as exc:
            out.problem = f"healthlint configuration: {exc}"
            return out
        if is_excluded(path, resolver):
            return out  # excluded in the configuration: say nothing, as `check DIR` would
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > cfg.max_file_size:
            out.problem = (f"healthlint skipped this file: {human_size(size)} is over the "
                           f"{human_size(cfg.max_file_size)} size limit (max-file-size)")
            return out
        linter = Linter(self.registry, resolver)
        doc = parse_document(path, source, kind)
        metrics = base_metrics(doc)
        findings = linter.check_document(doc, cfg, self.rules(cfg), metrics)
        out.findings = linter.finish(doc, cfg, findings)
        out.doc = doc
        out.seconds = time.perf_counter() - began
        return out


def rule_docs_url(finding: Finding) -> str | None:
    """The rule's documentation page: the finding's own URL (third-party packs may set
    one), else the generated page in a source checkout (``docs/rules/CODE.md``)."""
    if finding.docs_url:
        return finding.docs_url
    page = Path(__file__).resolve().parents[2] / "docs" / "rules" / f"{finding.code}.md"
    return page.as_uri() if page.is_file() else None


def disable_line_edit(doc: Document, finding: Finding) -> tuple[int, str] | None:
    """Where to insert ``<!-- healthlint-disable-next-line CODE -->`` so that it silences
    ``finding`` and nothing else changes: ``(source offset, text)``, or None where the
    format has no comments or the finding sits in front matter.

    The comment goes at the end of the previous line when that line is prose (inserting a
    line of its own inside a Markdown paragraph would split the paragraph, changing what
    the rules read), and on a line of its own otherwise (first line, after a blank line,
    after a code block)."""
    if doc.kind not in SUPPRESSIBLE_KINDS:
        return None
    offset = finding.location.start_offset
    fm = doc.front_matter_span
    if fm is not None and offset < fm[1]:
        return None
    source = doc.source
    comment = f"<!-- healthlint-disable-next-line {finding.code} -->"
    line_start = source.rfind("\n", 0, offset) + 1
    indent = re.match(r"[ \t]*", source[line_start:]).group(0)  # type: ignore[union-attr]
    if line_start == 0 or (fm is not None and line_start <= fm[1]):
        return line_start, f"{indent}{comment}\n"
    prev_end = line_start - 1
    prev_start = source.rfind("\n", 0, prev_end) + 1
    previous = source[prev_start:prev_end]
    if not previous.strip() or _in_code(doc, prev_start):
        return line_start, f"{indent}{comment}\n"
    return prev_end, f" {comment}"


def _in_code(doc: Document, source_offset: int) -> bool:
    return any(
        b.kind in (CODE, HTML) and b.source_start <= source_offset < max(b.source_end, b.source_start + 1)
        for b in doc.blocks
    )


def findings_in_range(findings: Sequence[Finding], start: int, end: int) -> list[Finding]:
    """Findings whose source span touches ``[start, end]`` (an empty range at the cursor
    touches the finding it is in)."""
    return [
        f for f in findings
        if f.location.start_offset <= end and f.location.end_offset >= start
    ]
