"""Streaming results (issue 17: memory flat in the number of files): the engine yields each
file's result as soon as it is final, reporters write it and drop it, so a run over many
files keeps a bounded number of results alive, and every output is what the whole-run
renderers produce."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from lint_rules.config import ConfigResolver
from lint_rules.engine import FileResult, Linter
from lint_rules.registry import load_registry

ARTICLE = ("---\ndate: 2024-01-01\n---\n\n# Sleep {i}\n\nA plain paragraph about sleep, number {i}. "
           "Studies show melatonin cures insomnia.\n")


def make_files(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        f = folder / f"a{i:03d}.md"
        f.write_text(ARTICLE.format(i=i), encoding="utf-8")
        out.append(str(f))
    return out


def _linter() -> Linter:
    registry = load_registry()
    return Linter(registry, ConfigResolver(registry.rules))


def test_iter_paths_keeps_a_bounded_number_of_results_alive(tmp_path: Path) -> None:
    files = make_files(tmp_path / "many", 40)
    refs: list[weakref.ref[FileResult]] = []
    most = 0
    for result in _linter().iter_paths(files, jobs=1):
        refs.append(weakref.ref(result))
        del result
        gc.collect()
        most = max(most, sum(1 for r in refs if r() is not None))
    assert len(refs) == 40
    assert most <= 2


def test_parallel_results_equal_serial_results(tmp_path: Path) -> None:
    files = make_files(tmp_path / "par", 12)
    serial = [r.as_dict() for r in _linter().lint_paths(files, jobs=1)]
    parallel = [r.as_dict() for r in _linter().lint_paths(files, jobs=2)]
    assert parallel == serial
    assert [r["path"] for r in parallel] == [r["path"] for r in serial]



def _run_over(files: list[str]) -> tuple[Linter, list[FileResult]]:
    from pipeline import build_parser, make_linter

    linter = make_linter(build_parser().parse_args(["check", *files]))
    return linter, linter.lint_paths(files, jobs=1)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
@pytest.mark.parametrize("spool_limit", [0, 1, 1 << 20])
def test_streamed_document_equals_the_whole_run_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, spool_limit: int) -> None:
    """The streamed JSON and SARIF (summary and rule table first, files spooled: in memory
    with a limit of 0 or 1 MB, on disk with a limit of 1 byte) are byte for byte
    ``json.dumps`` of the whole run's document."""
    import importlib
    import json

    import reports
    from reports import RunReport, get_stream, render_with

    monkeypatch.setattr(reports, "SPOOL_LIMIT", spool_limit)
    root = Path(__file__).resolve().parent.parent
    files = make_files(tmp_path / "docs", 5) + [str(p) for p in sorted((root / "tests" / "gold" / "inputs").iterdir())]
    bad = tmp_path / "docs" / "binary.md"
    bad.write_bytes(b"\x00\x01\xff" * 10)
    files.append(str(bad))
    linter, results = _run_over(files)
    run = RunReport(results, dict(linter.registry.rules), "9.9", problems=["a note", "links: something"],
                    extra={"unverified_links": None})
    module = importlib.import_module({"json": "reports.json_report", "sarif": "reports.sarif"}[fmt])
    whole = json.dumps(module.build(run), indent=2, ensure_ascii=False) + "\n"
    assert render_with(get_stream(fmt), run) == whole
    empty = RunReport([], run.rules, "9.9")
    assert render_with(get_stream(fmt), empty) == json.dumps(module.build(empty), indent=2, ensure_ascii=False) + "\n"


def test_spool_stays_in_memory_until_its_limit_then_moves_to_disk() -> None:
    """Items are kept in memory (no temporary file, no ``tempfile`` import) up to the limit in
    UTF-8 bytes, as ``SpooledTemporaryFile`` counts them; past it they move to a temporary
    file and read back the same; a limit of 0 never moves."""
    import json

    from reports import Spool

    items = [{"path": f"notes/zelvoran-{i}.md", "excerpt": "caf\u00e9 \u2014 \u6f22\u5b57 tea"} for i in range(6)]
    prefix = "  " * 2
    one = len((prefix + json.dumps(items[0], indent=2, ensure_ascii=False).replace("\n", "\n" + prefix)).encode("utf-8"))
    kept = {}
    for limit in (0, 1, one, 10 * one):
        spool = Spool(depth=2, limit=limit)
        moved_at = None
        for i, item in enumerate(items):
            spool.add(item)
            if spool.on_disk and moved_at is None:
                moved_at = i
        kept[limit] = (moved_at, list(spool.lines()))
        spool.close()
    assert kept[0][0] is None and kept[10 * one][0] is None  # never past the limit
    assert kept[1][0] == 0  # the first item passes one byte
    assert kept[one][0] == 1  # the first item is exactly the limit (bytes, not characters)
    assert kept[0][1] == kept[1][1] == kept[one][1] == kept[10 * one][1]
    assert "".join(kept[0][1]).count("\u6f22\u5b57") == len(items)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_check_keeps_a_bounded_number_of_results_alive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """``healthlint check`` over many files: each result is written and dropped, so at any
    time only a few are alive, whatever the number of files."""
    import pipeline
    import reports

    files = make_files(tmp_path / "many", 30)
    refs: list[weakref.ref[FileResult]] = []
    most = [0]
    stream = reports.get_stream(fmt)
    real_add = stream.add

    def add(self: reports.Stream, result: FileResult) -> None:
        real_add(self, result)
        refs.append(weakref.ref(result))
        gc.collect()
        most[0] = max(most[0], sum(1 for r in refs if r() is not None))

    monkeypatch.setattr(stream, "add", add)
    out = tmp_path / f"out.{fmt}"
    code = pipeline.main(["check", str(tmp_path / "many"), "--jobs", "1", "--format", fmt, "-o", str(out)])
    assert code in (0, 1)
    assert len(refs) == len(files)
    assert most[0] <= 3
    assert out.read_text(encoding="utf-8")


def test_scan_documents_written_file_by_file_equal_the_whole_documents(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan's findings.json and findings.sarif, spooled file by file, are the bytes of
    the whole-run documents with the scan's keys (as they were built before)."""
    import json

    import reports
    from lint_rules.commands.scan import page_name, write_findings_json, write_findings_sarif
    from lint_rules.reviewers import assign
    from reports import RunReport
    from reports.json_report import build as build_json
    from reports.sarif import build as build_sarif

    monkeypatch.setattr(reports, "SPOOL_LIMIT", 0)
    files = make_files(tmp_path / "site-in", 6)
    linter, results = _run_over(files)
    run = RunReport(results, dict(linter.registry.rules), "9.9", problems=["a note"], extra={"online": False})
    assignments = assign(results, linter.resolver)
    pages = {r.path: page_name(Path(r.path).name) for r in results}
    scan_info = {"content": "x", "online": False, "shard": None, "history": None, "trend": []}
    write_findings_json(tmp_path / "f.json", run, assignments, {}, pages, scan_info)
    write_findings_sarif(tmp_path / "f.sarif", run, {})

    data = build_json(run)
    data["scan"] = scan_info
    for fd, r, a in zip(data["files"], results, assignments, strict=True):
        fd["page"] = pages[r.path]
        fd["reviewers"] = a.article
        fd["meta"] = json.loads(json.dumps(r.meta, default=str))
        fd["fixed"] = []
        for k, (f_out, f) in enumerate(zip(fd["findings"], r.findings, strict=True)):
            f_out["status"] = None
            f_out["reviewers"] = a.findings[k]
            f_out["start"], f_out["end"] = f.start, f.end
    assert (tmp_path / "f.json").read_text(encoding="utf-8") == json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    sarif = json.dumps(build_sarif(run), indent=1, ensure_ascii=False) + "\n"
    assert (tmp_path / "f.sarif").read_text(encoding="utf-8") == sarif


def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The streamed report opens ``--output`` before linting: a path that cannot be written
    is a usage error naming it; a run that succeeds replaces an existing report and leaves
    no temporary file."""
    import pipeline

    files = make_files(tmp_path / "few", 2)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    code = pipeline.main(["check", *files, "--format", "json", "-o", str(blocker / "out.json")])
    err = capsys.readouterr().err
    assert code == 2
    assert "--output" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    old = tmp_path / "old.json"
    old.write_text("previous report\n", encoding="utf-8")
    assert pipeline.main(["check", *files, "--format", "json", "-o", str(old), "--quiet"]) in (0, 1)
    assert old.read_text(encoding="utf-8").startswith("{")
    assert not list(tmp_path.glob(".old.json.*"))  # no temporary file left behind
