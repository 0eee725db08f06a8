"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, VS Code SARIF viewer).

Multi-span findings (contradictions) carry their other places as ``relatedLocations``;
fixable findings carry ``fixes``; per-file metrics go into each artifact's properties and
run-level problems (a rule pack that failed to load) become tool execution notifications.
Columns are Unicode code points (``columnKind``), as in every other output. Each result
has ``partialFingerprints`` that do not change when lines shift (so code scanning keeps
tracking an alert after an edit above it) and each rule a ``helpUri`` to its page. The output is
validated against the OASIS schema in ``tests/test_reports.py``.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from lint_rules.core import Finding
from reports import RunReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative path stays a relative URI reference; an absolute one becomes ``file://``.
    Spaces and non-ASCII characters are percent-encoded, as RFC 3986 requires."""
    if PurePosixPath(path).is_absolute():
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def _region(loc: Any, snippet: str) -> dict[str, Any]:
    end_column = max(loc.end_column, loc.column) if loc.end_line == loc.line else loc.end_column
    region: dict[str, Any] = {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": max(loc.end_line, loc.line),
        "endColumn": max(1, end_column),
        "charOffset": loc.start_offset,
        "charLength": max(0, loc.end_offset - loc.start_offset),
    }
    if snippet:
        region["snippet"] = {"text": snippet}
    return region


def _message(f: Finding) -> str:
    """The result message; related places are embedded as SARIF links (``[text](id)``) so
    that viewers such as GitHub code scanning show them next to the message."""
    if not f.related:
        return f.message
    links = ", ".join(
        "[" + rel.message.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + f"]({i})"
        for i, rel in enumerate(f.related, start=1)
    )
    return f"{f.message} (see {links})"


def _rule_descriptor(code: str, run: RunReport) -> dict[str, Any]:
    rule = run.rules.get(code)
    if rule is None:  # a finding from a pack that is no longer registered
        return {"id": code, "shortDescription": {"text": code}}
    docs = rule.docs()
    help_text = "\n\n".join(
        f"{title}: {docs[title]}" for title in ("Why it matters", "Example", "Better") if docs.get(title)
    )
    descriptor: dict[str, Any] = {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": docs.get("summary") or code},
        "fullDescription": {"text": docs.get("What it flags") or docs.get("summary") or code},
        "help": {"text": help_text or code},
        "defaultConfiguration": {"level": _LEVEL[str(rule.severity)]},
        "properties": {"category": rule.category, "tags": [rule.category, *rule.criteria]},
    }
    uri = rule.help_uri()
    if uri:
        descriptor["helpUri"] = uri
    return descriptor


#: ``partialFingerprints`` key: our line-independent identity (``lint_rules.store.baseline``),
#: versioned so that a change of definition is not mistaken for new results.
FINGERPRINT_KEY = "healthlintFingerprint/v1"


def build(run: RunReport) -> dict[str, Any]:
    from lint_rules.store.baseline import fingerprints

    used = sorted({f.code for r in run.results for f in r.findings})
    rule_index = {code: i for i, code in enumerate(used)}
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    unverified = run.extra.get("unverified_links") or {}
    notifications: list[dict[str, Any]] = [
        {"level": "error" if unverified.get("failing") and p == unverified.get("message") else "warning",
         "message": {"text": p}}
        for p in run.problems]
    for file_index, r in enumerate(run.results):
        uri = artifact_uri(r.path)
        artifacts.append({"location": {"uri": uri}, "properties": {"kind": r.kind, "metrics": r.metrics}})
        where: dict[str, Any] = {"uri": uri, "index": file_index}
        if r.error:
            notifications.append({
                "level": "error" if "skipped" not in r.error else "warning",
                "message": {"text": f"{r.path}: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": where}}],
            })
        for f, key in zip(r.findings, fingerprints(r.path, r.findings), strict=True):
            res: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": rule_index[f.code],
                "level": _LEVEL[str(f.severity)],
                "message": {"text": _message(f)},
                "locations": [{"physicalLocation": {"artifactLocation": where,
                                                    "region": _region(f.location, f.excerpt)}}],
                "partialFingerprints": {FINGERPRINT_KEY: key},
                "properties": {"category": f.category, "name": f.name, "evidence": dict(f.evidence)},
            }
            if f.related:
                res["relatedLocations"] = [
                    {
                        "id": i + 1,
                        "message": {"text": rel.message},
                        "physicalLocation": {"artifactLocation": where,
                                             "region": _region(rel.location, rel.excerpt)},
                    }
                    for i, rel in enumerate(f.related)
                ]
            if f.suggestion:
                res["properties"]["suggestion"] = f.suggestion
            if f.criteria:
                res["properties"]["criteria"] = list(f.criteria)
            if f.fix is not None:
                res["fixes"] = [{
                    "description": {"text": f.suggestion or "Apply the fix"},
                    "artifactChanges": [{
                        "artifactLocation": where,
                        "replacements": [{
                            "deletedRegion": {"charOffset": f.fix.start_offset,
                                              "charLength": f.fix.end_offset - f.fix.start_offset},
                            "insertedContent": {"text": f.fix.replacement},
                        }],
                    }],
                }]
            results.append(res)
    invocation: dict[str, Any] = {"executionSuccessful": any(r.error is None for r in run.results)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "healthlint",
                "version": run.tool_version,
                "informationUri": "https://pypi.org/project/healthlint/",
                "rules": [_rule_descriptor(code, run) for code in used],
            }},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    }


def render(run: RunReport) -> str:
    return json.dumps(build(run), indent=2, ensure_ascii=False) + "\n"
