"""Exit codes of ``healthlint check``: 0 when nothing is at or above the fail level, 1 when
something is, 2 for usage, configuration and input errors (one line on stderr)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline import main

CLEAN = "---\nauthor: Jane Doe, RN\ndate: 2024-01-01\n---\n\nA plain paragraph.\n"
NO_AUTHOR = "---\ndate: 2024-01-01\n---\n\nA plain paragraph.\n"  # META001, a warning by default


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(cwd: Path, *args: str) -> Result:
    """``healthlint ARGS`` in ``cwd``: the real entry point, in this process (fast); the
    installed command itself is exercised by ``test_installed_command_exit_codes``."""
    out, err = io.StringIO(), io.StringIO()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse --help / --version
                code = int(exc.code or 0)
    finally:
        os.chdir(old)
    return Result(code, out.getvalue(), err.getvalue())


def check(cwd: Path, *args: str) -> Result:
    return run(cwd, "check", "--select", "META,HL", *args)


def error_lines(proc: Result) -> list[str]:
    assert "Traceback" not in proc.stderr
    return [ln for ln in proc.stderr.splitlines() if "rule pack" not in ln]


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "warn.md").write_text(NO_AUTHOR, encoding="utf-8")
    return tmp_path


def test_clean_file_exits_0(site: Path) -> None:
    proc = check(site, "clean.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "META" not in proc.stdout


def test_warnings_exit_0_by_default(site: Path) -> None:
    proc = check(site, "warn.md")
    assert proc.returncode == 0
    assert "warn.md:5:1: META001 warning" in proc.stdout


@pytest.mark.parametrize("fail_on,expected", [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on_with_a_warning(site: Path, fail_on: str, expected: int) -> None:
    assert check(site, "--fail-on", fail_on, "warn.md", "clean.md").returncode == expected


@pytest.mark.parametrize("fail_on,expected", [("error", 0), ("warning", 0), ("info", 1)])
def test_fail_on_with_an_info_finding(site: Path, fail_on: str, expected: int) -> None:
    (site / ".healthlint.toml").write_text('[severity]\nMETA001 = "info"\n', encoding="utf-8")
    assert check(site, "--fail-on", fail_on, "warn.md").returncode == expected


def test_error_finding_exits_1(site: Path) -> None:
    (site / ".healthlint.toml").write_text('[severity]\nmetadata = "error"\n', encoding="utf-8")
    proc = check(site, "warn.md")
    assert proc.returncode == 1
    assert "META001 error" in proc.stdout


def test_fail_on_from_config_and_command_line_wins(site: Path) -> None:
    (site / ".healthlint.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert check(site, "warn.md").returncode == 1
    assert check(site, "--fail-on", "error", "warn.md").returncode == 0


def test_ignored_rule_does_not_fail(site: Path) -> None:
    assert check(site, "--fail-on", "warning", "--ignore", "META001", "warn.md").returncode == 0


def test_suppressed_finding_does_not_fail(site: Path) -> None:
    (site / "sup.md").write_text(NO_AUTHOR.replace("\nA plain", "\n<!-- healthlint-disable-next-line META001 -->\nA plain"),
                                 encoding="utf-8")
    assert check(site, "--fail-on", "warning", "sup.md").returncode == 0


def test_json_and_output_file_keep_the_exit_code(site: Path) -> None:
    proc = check(site, "--fail-on", "warning", "--format", "json", "--output", "out.json", "warn.md")
    assert proc.returncode == 1
    assert (site / "out.json").is_file() and proc.stdout == ""


@pytest.mark.parametrize("args,message", [
    (["check", "--bogus", "clean.md"], "unrecognized arguments: --bogus"),
    (["check", "--fail-on", "sometimes", "clean.md"], "invalid choice: 'sometimes'"),
    (["check", "--format", "pdf", "clean.md"], "invalid choice: 'pdf'"),
    (["check", "--config", "missing.toml", "clean.md"], "--config missing.toml: no such file"),
    (["check", "--select", "NOPE999", "clean.md"], "--select: 'NOPE999' matches no rule code"),
    (["check", "--ignore", "metadata,nonsense", "clean.md"], "--ignore: 'nonsense' matches no rule code"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
])
def test_usage_errors_exit_2_with_one_line(site: Path, args: list[str], message: str) -> None:
    proc = run(site, *args)
    assert proc.returncode == 2
    lines = error_lines(proc)
    assert len(lines) == 1 and lines[0].startswith("healthlint: error:") and message in lines[0], lines


def test_no_command_prints_help_and_exits_2(site: Path) -> None:
    proc = run(site)
    assert proc.returncode == 2 and "usage: healthlint" in proc.stderr


def test_bad_config_exits_2(site: Path) -> None:
    (site / ".healthlint.toml").write_text("select = [\n", encoding="utf-8")
    proc = check(site, "clean.md")
    assert proc.returncode == 2
    assert len(error_lines(proc)) == 1


def test_unknown_config_key_exits_2(site: Path) -> None:
    (site / ".healthlint.toml").write_text('failon = "warning"\n', encoding="utf-8")
    proc = check(site, "clean.md")
    assert proc.returncode == 2
    assert "failon: unknown key" in error_lines(proc)[0]


def test_nothing_lintable_exits_2(site: Path) -> None:
    (site / "bin.md").write_bytes(b"\x00\x01\x02")
    assert check(site, "bin.md").returncode == 2
    assert check(site, "missing.md").returncode == 2
    (site / "empty-dir").mkdir()
    assert check(site, "empty-dir").returncode == 2


def test_a_missing_path_among_good_ones_exits_2_after_linting_them(site: Path) -> None:
    """A mistyped path is a usage error even next to valid ones: the others are linted and
    reported, then one line for the missing path, and exit 2 (as ruff and flake8 do)."""
    proc = check(site, "warn.md", "missing.md", "clean.md")
    assert proc.returncode == 2
    assert "warn.md:5:1: META001 warning" in proc.stdout
    assert "in 2 file(s)" in proc.stdout
    assert error_lines(proc) == ["healthlint: error: missing.md: no such file or directory"]


def test_unwritable_output_exits_2(site: Path) -> None:
    (site / "taken").write_text("a file, not a folder", encoding="utf-8")
    proc = check(site, "--output", "taken/report.json", "clean.md")
    assert proc.returncode == 2
    assert error_lines(proc)[0].startswith("healthlint: error: --output taken/report.json:")


def test_version_and_help_exit_0(site: Path) -> None:
    assert run(site, "--version").returncode == 0
    assert run(site, "check", "--help").returncode == 0


def test_installed_command_exit_codes(site: Path) -> None:
    exe = shutil.which("healthlint")
    assert exe, "the healthlint command is not installed (pip install -e .)"
    env = {k: v for k, v in os.environ.items() if k != "HEALTHLINT_DEBUG"}

    def code(*args: str) -> int:
        return subprocess.run([exe, *args], cwd=site, capture_output=True, text=True, timeout=60,
                              env=env).returncode

    assert code("check", "--select", "META,HL", "clean.md") == 0
    assert code("check", "--select", "META,HL", "--fail-on", "warning", "warn.md") == 1
    assert code("check", "--bogus") == 2
