"""Scan history: fingerprints that survive line shifts, new/persisting/fixed marks, the
trend, and a corrupt history file that is rebuilt instead of failing the scan."""

from __future__ import annotations

from pathlib import Path

from lint_rules.api import lint_text
from lint_rules.engine import FileResult
from lint_rules.store.history import History, fingerprints

TEXT = "---\ntitle: T\n---\n\nNo author here. A study found it works.\n"


def result(text: str, path: str = "a.md") -> FileResult:
    findings = lint_text(text, select=["META"], path=path)
    return FileResult(path, "markdown", findings=findings)


def study_findings(text: str) -> list:
    from htmlreport_rules import StudyMention

    from lint_rules.api import make_config
    from lint_rules.core import RuleContext
    from lint_rules.parsing import parse_document

    doc = parse_document("a.md", text, "markdown")
    return FileResult("a.md", "markdown", findings=list(StudyMention().check(doc, RuleContext(make_config()))))


def test_fingerprint_ignores_line_shifts_and_whitespace() -> None:
    before = study_findings(TEXT)
    after = study_findings(TEXT.replace("---\n\n", "---\n\nA new first paragraph.\n\n"))
    assert [f.line for f in before.findings] != [f.line for f in after.findings]
    assert fingerprints("a.md", before.findings) == fingerprints("a.md", after.findings)


def test_fingerprint_distinguishes_paths_and_repeats() -> None:
    r = result(TEXT)
    assert fingerprints("a.md", r.findings) != fingerprints("b.md", r.findings)
    doubled = r.findings + r.findings
    prints = fingerprints("a.md", doubled)
    assert len(set(prints)) == len(doubled)


def test_new_persisting_fixed_and_trend(tmp_path: Path) -> None:
    h = History(tmp_path / "h.sqlite")
    first = [result(TEXT)]
    assert {s for c in h.compare(first).values() for s in c.status} == {"new"}
    h.record(first, {"error": 0, "warning": 2, "info": 0}, "t", 1.0)
    # author added: META001 fixed, META002 persists
    second = [result(TEXT.replace("title: T", "title: T\nauthor: Jo"))]
    comp = h.compare(second)["a.md"]
    assert comp.status == ["persisting"]
    assert [f["code"] for f in comp.fixed] == ["META001"]
    h.record(second, {"error": 0, "warning": 1, "info": 0}, "t", 2.0)
    assert [t["warning"] for t in h.trend()] == [2, 1]
    h.close()


def test_corrupt_history_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    h = History(path, owned=True)  # in the site's own state folder: ours, so damaged
    assert h.warnings and "could not be read" in h.warnings[0]
    assert (tmp_path / "h.sqlite.corrupt").exists()
    h.record([result(TEXT)], {"error": 0, "warning": 2, "info": 0}, "t", 1.0)
    assert h.last_run() == 1
    h.close()
