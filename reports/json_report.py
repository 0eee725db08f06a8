"""JSON output, versioned (schema: docs/json-format.md). Findings use the one shape of
``Finding.as_dict``; the format version changes only when that shape does."""

from __future__ import annotations

import json
import os

from reports import RunReport

#: Names the JSON Schema every document must match before it is written; the test suite
#: sets it (tests/conftest.py), so every JSON output any test produces, in the test
#: process or in a ``healthlint`` subprocess, is validated. Unset in normal use.
SCHEMA_CHECK_ENV = "HEALTHLINT_CHECK_JSON_SCHEMA"


def check_against_schema(data: object) -> None:
    """Raise ``ValueError`` naming the first problem when ``$HEALTHLINT_CHECK_JSON_SCHEMA``
    names a schema that ``data`` does not match (no-op when it is unset)."""
    path = os.environ.get(SCHEMA_CHECK_ENV)
    if not path:
        return
    import jsonschema

    with open(path, encoding="utf-8") as fh:
        schema = json.load(fh)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path)
        raise ValueError(f"JSON output does not match {path} ({len(errors)} problem(s)); "
                         f"first, at /{where}: {first.message}")

JSON_FORMAT_VERSION = "2.0"


def summary(run: RunReport) -> dict[str, int]:
    """Counts by severity, and files by outcome: ``files_with_errors`` are linted files with
    at least one error finding; files that could not be read are ``files_not_linted``, not
    lint errors (their HL001/HL002 finding is still counted by severity)."""
    out = {
        **run.counts(),
        "files": len(run.results),
        "files_with_errors": sum(1 for r in run.results
                                 if r.error is None and any(str(f.severity) == "error" for f in r.findings)),
        "files_not_linted": sum(1 for r in run.results if r.error is not None),
    }
    unverified = run.extra.get("unverified_links")
    if unverified:  # links that could not be verified, and how many of them fail the run
        out["unverified_links"] = unverified["count"]
        out["unverified_links_failing"] = unverified["failing"]
    return out


def build(run: RunReport) -> dict[str, object]:
    from lint_rules.store.baseline import fingerprints

    files = []
    for r in run.results:
        entry = r.as_dict()
        for f, key in zip(entry["findings"], fingerprints(r.path, r.findings), strict=True):
            f["fingerprint"] = key
        files.append(entry)
    return {
        "format": "healthlint-json",
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "healthlint", "version": run.tool_version},
        "summary": summary(run),
        "problems": list(run.problems),
        "files": files,
    }


def render(run: RunReport) -> str:
    data = build(run)
    check_against_schema(data)
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
