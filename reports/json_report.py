"""JSON output, versioned (schema: docs/json-format.md). Findings use the one shape of
``Finding.as_dict``; the format version changes only when that shape does."""

from __future__ import annotations

import io
import json
import os
from typing import IO, TYPE_CHECKING, Any

from reports import RunReport, Spool, Tally, placeholder, splice_spools
from reports import Stream as BaseStream

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.engine import FileResult

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


def summary(run: RunReport, tally: Tally | None = None) -> dict[str, int]:
    """Counts by severity, and files by outcome: ``files_with_errors`` are linted files with
    at least one error finding; files that could not be read are ``files_not_linted``, not
    lint errors (their HL001/HL002 finding is still counted by severity). ``tally``: the
    counts of results that streamed past (else ``run.results`` are counted)."""
    if tally is None:
        tally = Tally()
        for r in run.results:
            tally.add(r)
    out = {
        **tally.counts,
        "files": tally.files,
        "files_with_errors": tally.files_with_errors,
        "files_not_linted": tally.files_not_linted,
    }
    unverified = run.extra.get("unverified_links")
    if unverified:  # links that could not be verified, and how many of them fail the run
        out["unverified_links"] = unverified["count"]
        out["unverified_links_failing"] = unverified["failing"]
    return out


def file_entry(r: FileResult) -> dict[str, Any]:
    """One file's part of the document: ``FileResult.as_dict`` with each finding's
    fingerprint (``lint_rules.store.baseline``)."""
    from lint_rules.store.baseline import fingerprints

    entry = r.as_dict()
    for f, key in zip(entry["findings"], fingerprints(r.path, r.findings), strict=True):
        f["fingerprint"] = key
    return entry


def _head(run: RunReport, summary_: dict[str, int], files: Any) -> dict[str, Any]:
    return {
        "format": "healthlint-json",
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "healthlint", "version": run.tool_version},
        "summary": summary_,
        "problems": list(run.problems),
        "files": files,
    }


def build(run: RunReport) -> dict[str, Any]:
    return _head(run, summary(run), [file_entry(r) for r in run.results])


def render(run: RunReport) -> str:
    data = build(run)
    check_against_schema(data)
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


class Stream(BaseStream):
    """Each file's entry is dumped as it comes into a spool; the summary and problems,
    which come first in the document, are known at the end, when the document is written
    (the bytes ``render`` gives for the whole run)."""

    def __init__(self, run: RunReport, out: IO[str]) -> None:
        super().__init__(run, out)
        self.files = Spool(depth=2)

    def write_file(self, result: FileResult) -> None:
        self.files.add(file_entry(result))

    def finish(self) -> None:
        head = _head(self.run, summary(self.run, self.tally), placeholder("files"))
        if os.environ.get(SCHEMA_CHECK_ENV):  # tests: validate the whole document
            buffer = io.StringIO()
            splice_spools(json.dumps(head, indent=2, ensure_ascii=False), {"files": self.files}, buffer)
            text = buffer.getvalue()
            check_against_schema(json.loads(text))
            self.out.write(text + "\n")
            return
        splice_spools(json.dumps(head, indent=2, ensure_ascii=False), {"files": self.files}, self.out)
        self.out.write("\n")
