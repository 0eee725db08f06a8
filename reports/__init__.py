"""Reporters: each turns the run's plain data (``RunReport``) into one output format.

Reporters build plain data first and render it last (as coverage.py does), so every
format shows the same findings, spans and evidence. They are imported lazily: the
pre-commit path never pays for Jinja2 unless ``--format html`` is asked for.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.core import Rule
    from lint_rules.engine import FileResult

#: format name -> "module:function"; the function takes a RunReport and returns text.
FORMATS: dict[str, str] = {
    "text": "reports.text:render",
    "json": "reports.json_report:render",
    "sarif": "reports.sarif:render",
    "github": "reports.github:render",
    "html": "reports.html:render",
}


@dataclass
class RunReport:
    """Everything a reporter may show about one run."""

    results: list[FileResult]
    rules: dict[str, type[Rule]]
    tool_version: str
    color: bool = False
    problems: list[str] = field(default_factory=list)  #: run-level notes (packs, services)
    extra: dict[str, Any] = field(default_factory=dict)  #: e.g. reviewer name for html

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for r in self.results:
            for f in r.findings:
                out[str(f.severity)] += 1
        return out


#: Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts colour
#: and cursor sequences, CR rewrites a line) and the bidirectional overrides that make text
#: read differently from how it is stored ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``),
    so a file name, URL or excerpt cannot move the cursor, recolour or hide output, or
    forge a line of it. ``keep_newlines`` leaves ``\\n`` alone (multi-line messages)."""
    if not _UNSAFE.search(text):
        return text

    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        if keep_newlines and ch == "\n":
            return ch
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNSAFE.sub(escape, text)


def clip(text: str, limit: int = 120) -> str:
    """An excerpt for a one-line output: whitespace collapsed, cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def get_renderer(fmt: str) -> Callable[[RunReport], str]:
    try:
        target = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})") from None
    module, func = target.split(":")
    renderer: Callable[[RunReport], str] = getattr(importlib.import_module(module), func)
    return renderer
