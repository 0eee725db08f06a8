"""SARIF 2.1.0 for code-scanning dashboards. Multi-span findings (contradictions) carry
their other places as ``relatedLocations``; per-file metrics go into run properties.
Columns are Unicode code points (``columnKind``), matching every other output."""

from __future__ import annotations

import json
from typing import Any

from reports import RunReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _region(loc: Any) -> dict[str, int]:
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": max(loc.end_column, loc.column) if loc.end_line == loc.line else loc.end_column,
        "charOffset": loc.start_offset,
        "charLength": max(0, loc.end_offset - loc.start_offset),
    }


def build(run: RunReport) -> dict[str, Any]:
    used = sorted({f.code for r in run.results for f in r.findings})
    rule_index = {code: i for i, code in enumerate(used)}
    rules_meta = []
    for code in used:
        rule = run.rules.get(code)
        docs = rule.docs() if rule else {}
        entry: dict[str, Any] = {
            "id": code,
            "name": rule.name if rule else code,
            "shortDescription": {"text": docs.get("summary") or code},
            "properties": {"category": rule.category if rule else ""},
        }
        if rule:
            entry["fullDescription"] = {"text": docs.get("What it flags", "")}
            entry["help"] = {"text": docs.get("Why it matters", "") + "\n\nBetter: " + docs.get("Better", "")}
            entry["defaultConfiguration"] = {"level": _LEVEL[str(rule.severity)]}
        rules_meta.append(entry)
    results = []
    artifacts = []
    for file_index, r in enumerate(run.results):
        artifacts.append({"location": {"uri": r.path}, "properties": {"metrics": r.metrics}})
        for f in r.findings:
            res: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": rule_index[f.code],
                "level": _LEVEL[str(f.severity)],
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path, "index": file_index},
                        "region": {**_region(f.location), "snippet": {"text": f.excerpt}},
                    }
                }],
                "properties": {"category": f.category, "name": f.name,
                               "evidence": dict(f.evidence)},
            }
            if f.related:
                res["relatedLocations"] = [
                    {
                        "id": i + 1,
                        "message": {"text": rel.message},
                        "physicalLocation": {
                            "artifactLocation": {"uri": f.path, "index": file_index},
                            "region": {**_region(rel.location), "snippet": {"text": rel.excerpt}},
                        },
                    }
                    for i, rel in enumerate(f.related)
                ]
            if f.suggestion:
                res["properties"]["suggestion"] = f.suggestion
            if f.fix is not None:
                res["fixes"] = [{
                    "description": {"text": f.suggestion or "Apply the fix"},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": f.path, "index": file_index},
                        "replacements": [{
                            "deletedRegion": {"charOffset": f.fix.start_offset,
                                              "charLength": f.fix.end_offset - f.fix.start_offset},
                            "insertedContent": {"text": f.fix.replacement},
                        }],
                    }],
                }]
            results.append(res)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "healthlint",
                "version": run.tool_version,
                "informationUri": "https://pypi.org/project/healthlint/",
                "rules": rules_meta,
            }},
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
            "properties": {"problems": list(run.problems)},
        }],
    }


def render(run: RunReport) -> str:
    return json.dumps(build(run), indent=2, ensure_ascii=False) + "\n"
