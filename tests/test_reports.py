"""Every output format checked against saved gold files, plus the SARIF 2.1.0 schema and our
own JSON schema.

The gold run lints ``tests/gold/inputs/`` and the seed article with the engine rules (HL),
META001/META002 and a test-only multi-span rule (TST001, from a temporary entry-point pack),
so the gold files do not churn while rule families are added. Volatile parts (the tool
version, the temporary directory, the built-in rules' descriptions in SARIF) are normalised.

Regenerate the gold files after an intended output change with

    HEALTHLINT_UPDATE_GOLD=1 pytest tests/test_reports.py

and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from plugin_helpers import PAIRED_RULE, write_pack

from lint_rules import __version__

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
JSON_SCHEMA = ROOT / "docs" / "json-format.schema.json"
SELECT = "HL,META001,META002,TST001"
UPDATE = os.environ.get("HEALTHLINT_UPDATE_GOLD") == "1"
FORMATS = {"text": "report.txt", "json": "report.json", "sarif": "report.sarif", "github": "report.github"}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the gold inputs under ``articles/`` and a test rule pack under ``pack/``."""
    ws = tmp_path_factory.mktemp("gold")
    shutil.copytree(GOLD / "inputs", ws / "articles")
    shutil.copy(ROOT / "fixtures" / "seed-kratom.txt", ws / "articles" / "seed-kratom.txt")
    write_pack(ws / "pack", "healthlint-goldpack", {"goldpack": "hl_goldpack"},
               {"hl_goldpack.py": PAIRED_RULE})
    return ws


def run_cli(ws: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ws / "pack"), str(ROOT)]), "NO_COLOR": "1"}
    env.pop("HEALTHLINT_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=ws, env=env, capture_output=True,
        text=True, encoding="utf-8", timeout=60,
    )


def normalise(text: str, ws: Path) -> str:
    return text.replace(str(ws), "<tmp>").replace(f'"version": "{__version__}"', '"version": "<version>"')


def normalise_sarif(text: str) -> str:
    """Rule descriptions come from docstrings that their owners keep improving: the gold file
    keeps only the test rule's, and checks the others are there."""
    log = json.loads(text)
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        if rule["id"] == "TST001":
            continue
        for key in ("shortDescription", "fullDescription", "help"):
            assert rule[key]["text"].strip(), (rule["id"], key)
            rule[key]["text"] = "<from the rule docstring>"
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


@pytest.fixture(scope="module")
def outputs(workspace: Path) -> dict[str, subprocess.CompletedProcess[str]]:
    return {fmt: run_cli(workspace, "check", "articles", "--select", SELECT, "--format", fmt)
            for fmt in FORMATS}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_output_matches_gold(fmt: str, outputs: dict[str, Any], workspace: Path) -> None:
    proc = outputs[fmt]
    assert proc.returncode == 1, proc.stderr  # TST001 is an error
    assert "Traceback" not in proc.stderr
    got = normalise(proc.stdout, workspace)
    if fmt == "sarif":
        got = normalise_sarif(got)
    gold = GOLD / FORMATS[fmt]
    if UPDATE:
        gold.write_text(got, encoding="utf-8")
    assert gold.exists(), f"no gold file {gold}; run with HEALTHLINT_UPDATE_GOLD=1 to create it"
    assert got == gold.read_text(encoding="utf-8"), f"{fmt} output differs from {gold.name}"


def test_gold_run_covers_every_kind_of_finding(outputs: dict[str, Any]) -> None:
    """The gold files are only worth keeping if they show the interesting cases."""
    data = json.loads(outputs["json"].stdout)
    codes = {f["code"] for file in data["files"] for f in file["findings"]}
    assert {"TST001", "META001", "META002", "HL003", "HL100"} <= codes
    assert {file["kind"] for file in data["files"]} == {"markdown", "text", "html"}


def _first(data: dict[str, Any], path: str, code: str) -> dict[str, Any]:
    file = next(f for f in data["files"] if f["path"] == path)
    return next(f for f in file["findings"] if f["code"] == code)


def test_related_spans_in_every_format(outputs: dict[str, Any]) -> None:
    finding = _first(json.loads(outputs["json"].stdout), "articles/article.md", "TST001")
    assert finding["excerpt"] == "miracle"
    assert (finding["line"], finding["column"]) == (8, 41)  # after "Naïve", inside **bold**
    (rel,) = finding["related"]
    assert (rel["line"], rel["column"], rel["excerpt"]) == (11, 56, "cure")
    assert finding["fix"]["replacement"] == "promising"

    text = outputs["text"].stdout.splitlines()
    i = text.index("articles/article.md:8:41: TST001 error 'miracle' next to talk of a cure")
    assert text[i + 1] == "    articles/article.md:11:56: 'cure' is said here: \"cure\""

    sarif = json.loads(outputs["sarif"].stdout)
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "TST001")
    assert result["message"]["text"] == "'miracle' next to talk of a cure (see ['cure' is said here](1))"
    (related,) = result["relatedLocations"]
    region = related["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (11, 56, 60)
    assert related["message"]["text"] == "'cure' is said here"

    github = next(line for line in outputs["github"].stdout.splitlines() if "TST001" in line)
    assert github.startswith("::error file=articles/article.md,line=8,col=41,endLine=8,endColumn=48,")
    assert "%0A'cure' is said here (line 11): cure" in github


def test_sarif_is_valid_against_the_official_schema(outputs: dict[str, Any]) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(json.loads(outputs["sarif"].stdout)), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_sarif_schema_rejects_a_broken_log() -> None:
    """Guards the stored schema itself: it must catch what code scanning would reject."""
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                                         "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}
    assert not jsonschema.Draft7Validator(schema).is_valid(bad)


def test_json_output_matches_its_documented_schema(outputs: dict[str, Any]) -> None:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(outputs["json"].stdout)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    assert schema["properties"]["version"]["const"] == data["version"]


def test_output_file_gets_the_same_report(workspace: Path, outputs: dict[str, Any]) -> None:
    proc = run_cli(workspace, "check", "articles", "--select", SELECT, "-f", "sarif", "-o", "out.sarif")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "healthlint: wrote out.sarif" in proc.stderr
    assert (workspace / "out.sarif").read_text(encoding="utf-8") == outputs["sarif"].stdout


def test_text_colour_only_when_asked(workspace: Path) -> None:
    plain = run_cli(workspace, "check", "articles/notes.txt", "--select", SELECT)
    assert "\033[" not in plain.stdout  # not a terminal
    coloured = run_cli(workspace, "check", "articles/notes.txt", "--select", SELECT, "--color", "always")
    assert "\033[31merror\033[0m" in coloured.stdout


def test_github_annotation_escapes_properties_and_newlines() -> None:
    from lint_rules.core import Finding, Location, Related, Severity
    from lint_rules.engine import FileResult
    from reports import RunReport
    from reports.github import render

    loc = Location(2, 3, 2, 9, 10, 16)
    f = Finding("TST001", "test.x", "claims", Severity.INFO, "50% off,\nnow", "a,b:c.md", 0, 6, loc,
                "excerpt", related=(Related(0, 1, loc, "here", "x"),))
    out = render(RunReport([FileResult("a,b:c.md", "markdown", [f])], {}, "0"))
    assert out == ("::notice file=a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=9,title=TST001 test.x::"
                   "50%25 off,%0Anow%0Ahere (line 2): x\n"
                   "healthlint: 0 error(s), 0 warning(s), 1 info in 1 file(s)\n")


def _finding(severity: Any, line: int, excerpt: str = "x", path: str = "a.md") -> Any:
    from lint_rules.core import Finding, Location

    loc = Location(line, 1, line, 2, line * 10, line * 10 + 1)
    return Finding("TST001", "test.x", "claims", severity, "m", path, 0, 1, loc, excerpt)


def test_github_annotations_are_capped_per_level_with_a_summary() -> None:
    """GitHub shows 10 annotations per level and step and drops the rest silently."""
    from lint_rules.core import Severity
    from lint_rules.engine import FileResult
    from reports import RunReport
    from reports.github import MAX_PER_LEVEL, render

    findings = ([_finding(Severity.WARNING, n, f"w{n}") for n in range(1, 31)]
                + [_finding(Severity.ERROR, n, f"e{n}") for n in range(31, 34)])
    out = render(RunReport([FileResult("a.md", "markdown", findings)], {}, "0")).splitlines()
    assert sum(ln.startswith("::warning ") for ln in out) == MAX_PER_LEVEL == 10
    assert sum(ln.startswith("::error ") for ln in out) == 3  # errors are not crowded out
    assert out[-1] == ("healthlint: 3 error(s), 30 warning(s), 0 info in 1 file(s); 20 not annotated "
                       "(GitHub shows 10 annotations per level and step; use --format sarif with code "
                       "scanning, or --format text, for all)")


def test_sarif_fingerprints_survive_line_shifts_and_rules_link_their_page() -> None:
    from lint_rules.core import Severity
    from lint_rules.engine import FileResult
    from lint_rules.rules.metadata import MissingAuthor
    from reports import RunReport
    from reports.sarif import FINGERPRINT_KEY, build

    def prints(lines: list[int]) -> list[str]:
        findings = [_finding(Severity.WARNING, n, excerpt) for n, excerpt in zip(lines, ["a", "b", "a"], strict=True)]
        log = build(RunReport([FileResult("a.md", "markdown", findings)], {"META001": MissingAuthor}, "0"))
        return [r["partialFingerprints"][FINGERPRINT_KEY] for r in log["runs"][0]["results"]]

    before, after = prints([3, 5, 9]), prints([13, 15, 19])  # ten lines added above
    assert before == after and len(set(before)) == 3  # the repeated "a" is told apart
    log = build(RunReport([FileResult("a.md", "markdown", [_finding(Severity.WARNING, 1)])],
                          {"TST001": MissingAuthor}, "0"))
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["helpUri"].endswith("/docs/rules/META001.md")
    assert (ROOT / "docs" / "rules" / "META001.md").is_file()


def test_files_with_errors_counts_lint_errors_not_unreadable_files(workspace: Path) -> None:
    folder = workspace / "counting"
    folder.mkdir(exist_ok=True)
    (folder / "binary.md").write_bytes(b"\x00\x01\x02" * 10)         # HL001 error: not linted
    (folder / "no-author.md").write_text("---\ndate: 2024-01-01\n---\nText.\n", encoding="utf-8")
    (folder / "fine.md").write_text("---\nauthor: A\ndate: 2024-01-01\n---\nText.\n", encoding="utf-8")
    (folder / ".healthlint.toml").write_text('[severity]\nMETA001 = "error"\n', encoding="utf-8")
    proc = run_cli(workspace, "check", "counting", "--select", "HL,META001", "-f", "json")
    data = json.loads(proc.stdout)
    assert data["summary"]["files_with_errors"] == 1      # no-author.md
    assert data["summary"]["files_not_linted"] == 1       # binary.md
    assert data["summary"]["error"] == 2                  # META001 and binary.md's HL001
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)


def test_sarif_for_unreadable_files_and_odd_paths_is_valid(workspace: Path) -> None:
    odd = workspace / "odd dir"
    odd.mkdir(exist_ok=True)
    (odd / "café notes.md").write_text("---\nauthor: A\ndate: 2024-01-01\n---\nFine.\n", encoding="utf-8")
    (odd / "binary.md").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    proc = run_cli(workspace, "check", "odd dir", "--select", SELECT, "-f", "sarif")
    assert proc.returncode == 1, proc.stderr  # HL001 is an error
    log = json.loads(proc.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert jsonschema.Draft7Validator(schema).is_valid(log)
    run = log["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == [
        "odd%20dir/binary.md", "odd%20dir/caf%C3%A9%20notes.md"]
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error" and "binary.md" in note["message"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is True


def test_text_keeps_each_related_place_on_one_line() -> None:
    from lint_rules.core import Finding, Location, Related, Severity
    from lint_rules.engine import FileResult
    from reports import RunReport
    from reports.text import render

    loc = Location(3, 1, 4, 5, 20, 40)
    long_excerpt = "first line\nsecond line " + "word " * 40
    f = Finding("TST001", "test.x", "claims", Severity.WARNING, "m", "a.md", 0, 1, loc, "x",
                related=(Related(0, 1, loc, "the other side", long_excerpt),))
    lines = render(RunReport([FileResult("a.md", "markdown", [f])], {}, "0")).splitlines()
    assert lines[0] == "a.md:3:1: TST001 warning m"
    assert lines[1].startswith('    a.md:3:1: the other side: "first line second line word word')
    assert lines[1].endswith('…"') and len(lines[1]) < 160
    assert lines[2] == "0 error(s), 1 warning(s), 0 info in 1 file(s)"


@pytest.mark.parametrize("fmt", ["sarif", "json"])
def test_every_fixture_with_all_offline_rules_gives_valid_output(fmt: str, tmp_path: Path) -> None:
    """Schema validity with the real rule families (no gold file, so no churn)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "pipeline", "check", str(ROOT / "fixtures"), "-f", fmt,
                           "--offline"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    if fmt == "sarif":
        validator: Any = jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    else:
        validator = jsonschema.Draft202012Validator(json.loads(JSON_SCHEMA.read_text(encoding="utf-8")))
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_output_to_a_pipe_or_device_is_written_not_replaced(workspace: Path, tmp_path: Path) -> None:
    """`--output /dev/null` must never rename a file over the device; a FIFO stands in."""
    import stat
    import threading

    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    proc = run_cli(workspace, "check", "articles/notes.txt", "--select", SELECT, "-f", "json", "-o", str(fifo))
    reader.join(timeout=30)
    assert proc.returncode == 1, proc.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["files"][0]["path"] == "articles/notes.txt"


def test_json_outputs_are_checked_against_the_schema_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite sets HEALTHLINT_CHECK_JSON_SCHEMA (conftest.py), so every JSON output of
    every test is validated; a document that drifts from the schema is refused."""
    from reports.json_report import SCHEMA_CHECK_ENV, check_against_schema

    assert os.environ.get(SCHEMA_CHECK_ENV) == str(JSON_SCHEMA)
    with pytest.raises(ValueError, match="does not match"):
        check_against_schema({"format": "healthlint-json", "version": "2.0"})
    monkeypatch.delenv(SCHEMA_CHECK_ENV)
    check_against_schema({"not": "checked"})  # normal use: no validation, no jsonschema import
