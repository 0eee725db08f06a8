"""Reporters: each turns the run's plain data (``RunReport``) into one output format.

Reporters build plain data first and render it last (as coverage.py does), so every
format shows the same findings, spans and evidence. They are imported lazily: the
pre-commit path never pays for Jinja2 unless ``--format html`` is asked for.
"""

from __future__ import annotations

import importlib
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
