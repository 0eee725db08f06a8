"""JSON output, versioned (schema: docs/json-format.md). Findings use the one shape of
``Finding.as_dict``; the format version changes only when that shape does."""

from __future__ import annotations

import json

from reports import RunReport

JSON_FORMAT_VERSION = "1.1"


def build(run: RunReport) -> dict[str, object]:
    summary: dict[str, object] = {**run.counts(), "files": len(run.results),
                                  "files_with_errors": sum(1 for r in run.results if r.error)}
    unverified = run.extra.get("unverified_links")
    if unverified:  # links that could not be verified, and how many of them fail the run
        summary["unverified_links"] = unverified["count"]
        summary["unverified_links_failing"] = unverified["failing"]
    return {
        "format": "healthlint-json",
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "healthlint", "version": run.tool_version},
        "summary": summary,
        "problems": list(run.problems),
        "files": [r.as_dict() for r in run.results],
    }


def render(run: RunReport) -> str:
    return json.dumps(build(run), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
