"""A small Python API for linting text in memory (tests, editor integrations, notebooks).

    from lint_rules.api import lint_text
    findings = lint_text("Studies show it cures everything.", kind="text", select=["CIT002"])

It runs the same engine as the CLI (severity overrides, suppressions), on one document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from lint_rules.config import FileConfig, parse_config
from lint_rules.core import Finding
from lint_rules.document import Document
from lint_rules.engine import Linter
from lint_rules.parsing import parse_document
from lint_rules.registry import load_registry


def make_config(
    select: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    extra: Mapping[str, Any] | None = None,
    online: bool = False,
) -> FileConfig:
    """A FileConfig as if read from ``[tool.healthlint]`` with these values."""
    table: dict[str, Any] = dict(extra or {})
    if select is not None:
        table["select"] = list(select)
    if options:
        table["rules"] = {k: dict(v) for k, v in options.items()}
    table["online"] = online
    return parse_config(table, "<api>", known_rules=load_registry().rules)


def lint_document(doc: Document, config: FileConfig | None = None,
                  services: dict[str, Any] | None = None,
                  started: tuple[float, int | None] | None = None) -> list[Finding]:
    """Run every enabled rule (online ones too, when the config says online) on ``doc``
    (``started``: CPU time and address space when the file's linting began, for the
    file budget; now, if not given)."""
    from lint_rules.config import ConfigResolver

    registry = load_registry()
    cfg = config or make_config()
    linter = Linter(registry, ConfigResolver(registry.rules))
    if services is not None:
        linter.services = services
    rules = linter.rules_for(cfg)
    for rule in rules:
        if rule.needs_network:
            from lint_rules.core import RuleContext

            rule().prepare([doc], RuleContext(cfg, cfg.options_for(rule), linter.services))
    findings = linter.check_document(doc, cfg, rules, {}, started)
    return linter.finish(doc, cfg, findings)


def lint_text(
    text: str,
    kind: str = "markdown",
    select: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    path: str = "<text>",
    extra_config: Mapping[str, Any] | None = None,
    online: bool = False,
    services: dict[str, Any] | None = None,
) -> list[Finding]:
    """Lint ``text`` as a file of ``kind`` (markdown, html, text)."""
    import time

    from lint_rules.budget import address_space
    from lint_rules.loading import normalise_newlines

    cfg = make_config(select, options, extra_config, online)
    started = (time.process_time(), address_space())  # the file's budget includes parsing, as in the CLI
    doc = parse_document(path, normalise_newlines(text), kind)
    return lint_document(doc, replace(cfg), services, started)
