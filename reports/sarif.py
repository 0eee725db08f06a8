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
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote

from lint_rules.core import Finding
from lint_rules.store.compiled_re import compile_re
from reports import RunReport, Spool, placeholder, splice_spools
from reports import Stream as BaseStream

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.engine import FileResult

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


def _notification(p: str, unverified: dict[str, Any]) -> dict[str, Any]:
    return {"level": "error" if unverified.get("failing") and p == unverified.get("message") else "warning",
            "message": {"text": p}}


def _file_parts(r: Any, file_index: int, rule_index: Any) -> tuple[dict[str, Any], dict[str, Any] | None,
                                                                   list[dict[str, Any]]]:
    """One file's artifact, its notification (a file that could not be linted) and its
    results; ``rule_index(code)`` gives a result's ``ruleIndex``."""
    from lint_rules.store.baseline import fingerprints

    uri = artifact_uri(r.path)
    artifact = {"location": {"uri": uri}, "properties": {"kind": r.kind, "metrics": r.metrics}}
    where: dict[str, Any] = {"uri": uri, "index": file_index}
    notification = None
    if r.error:
        notification = {
            "level": "error" if "skipped" not in r.error else "warning",
            "message": {"text": f"{r.path}: {r.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": where}}],
        }
    results = []
    for f, key in zip(r.findings, fingerprints(r.path, r.findings), strict=True):
        res: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": rule_index(f.code),
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
    return artifact, notification, results


def _log(run: RunReport, used: list[str], notifications: list[dict[str, Any]], linted: bool,
         artifacts: Any, results: Any) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": linted}
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


def build(run: RunReport) -> dict[str, Any]:
    used = sorted({f.code for r in run.results for f in r.findings})
    rule_index = {code: i for i, code in enumerate(used)}
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    unverified = run.extra.get("unverified_links") or {}
    notifications = [_notification(p, unverified) for p in run.problems]
    for file_index, r in enumerate(run.results):
        artifact, notification, file_results = _file_parts(r, file_index, rule_index.__getitem__)
        artifacts.append(artifact)
        if notification is not None:
            notifications.append(notification)
        results.extend(file_results)
    return _log(run, used, notifications, any(r.error is None for r in run.results), artifacts, results)


def render(run: RunReport) -> str:
    return json.dumps(build(run), indent=2, ensure_ascii=False) + "\n"


#: A result's ``ruleIndex`` while it waits in the spool: the index into the rules the whole
#: run used (sorted codes) is known at the end; the line is rewritten on the way out.
_PENDING_INDEX = -1
_RULE_ID_LINE = compile_re(r' {10}"ruleId": (".*"),\n')
_RULE_INDEX_LINE = ' ' * 10 + f'"ruleIndex": {_PENDING_INDEX},\n'


class Stream(BaseStream):
    """Each file's artifact and results are dumped as they come into two spools; the rule
    table, the invocation and each result's rule index are written at the end (the bytes
    ``render`` gives for the whole run)."""

    def __init__(self, run: RunReport, out: IO[str]) -> None:
        super().__init__(run, out)
        self.artifacts = Spool(depth=4)
        self.results = Spool(depth=4)
        self.used: set[str] = set()
        self.file_notes: list[dict[str, Any]] = []

    def write_file(self, result: FileResult) -> None:
        artifact, notification, file_results = _file_parts(result, self.tally.files - 1,
                                                           lambda code: _PENDING_INDEX)
        self.artifacts.add(artifact)
        if notification is not None:
            self.file_notes.append(notification)
        for res in file_results:
            self.used.add(res["ruleId"])
            self.results.add(res)

    def finish(self) -> None:
        used = sorted(self.used)
        rule_index = {code: i for i, code in enumerate(used)}
        unverified = self.run.extra.get("unverified_links") or {}
        notifications = [_notification(p, unverified) for p in self.run.problems] + self.file_notes
        log = _log(self.run, used, notifications, self.tally.linted > 0,
                   placeholder("artifacts"), placeholder("results"))
        rule_id: list[str] = []

        def index(name: str, line: str) -> str:
            if name != "results":
                return line
            m = _RULE_ID_LINE.fullmatch(line)
            if m:
                rule_id[:] = [json.loads(m.group(1))]
            elif line == _RULE_INDEX_LINE:
                return f"{line[:-4]}{rule_index[rule_id[0]]},\n"
            return line

        splice_spools(json.dumps(log, indent=2, ensure_ascii=False),
                      {"artifacts": self.artifacts, "results": self.results}, self.out, index)
        self.out.write("\n")
