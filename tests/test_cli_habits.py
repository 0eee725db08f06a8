"""Command-line habits users bring from other linters: ``-`` for standard input with
``--stdin-filename``, ``-q``, a display threshold (``--min-severity``) apart from
``--fail-on``, ``NO_COLOR``/``FORCE_COLOR``, a progress bar on a terminal, and baselines."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_exit_codes import Result, run

from pipeline import use_color

NO_AUTHOR = "---\ndate: 2024-01-01\n---\n\nA plain paragraph.\n"  # META001 warning
CLEAN = "---\nauthor: Jane Doe, RN\ndate: 2024-01-01\n---\n\nA plain paragraph.\n"
SELECT = ("--select", "META,HL")


def run_stdin(cwd: Path, data: bytes, *args: str, monkeypatch: pytest.MonkeyPatch) -> Result:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return run(cwd, "check", *SELECT, *args)


# -- standard input ---------------------------------------------------------------------


def test_dash_reads_standard_input_as_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proc = run_stdin(tmp_path, NO_AUTHOR.encode(), "-", monkeypatch=monkeypatch)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("-:5:1: META001 warning")  # front matter understood: Markdown


def test_stdin_filename_picks_format_config_and_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / ".healthlint.toml").write_text('[severity]\nMETA001 = "error"\n', encoding="utf-8")
    html = b"<html><head><title>x</title></head><body><p>A plain paragraph.</p></body></html>"
    proc = run_stdin(tmp_path, html, "--stdin-filename", "site/page.html", "--format", "json", "-",
                     monkeypatch=monkeypatch)
    data = json.loads(proc.stdout)
    (entry,) = data["files"]
    assert entry["path"] == "site/page.html" and entry["kind"] == "html"
    meta1 = [f for f in entry["findings"] if f["code"] == "META001"]
    assert meta1 and meta1[0]["severity"] == "error"  # site/.healthlint.toml applied
    assert proc.returncode == 1


def test_stdin_filename_alone_reads_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proc = run_stdin(tmp_path, b"A plain paragraph.\n", "--stdin-filename", "notes.txt", monkeypatch=monkeypatch)
    assert proc.stdout.startswith("notes.txt:1:1: META001")


def test_stdin_next_to_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    proc = run_stdin(tmp_path, NO_AUTHOR.encode(), "clean.md", "-", monkeypatch=monkeypatch)
    assert "in 2 file(s)" in proc.stdout and "-:5:1: META001" in proc.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--fix", "-"), "--fix cannot rewrite standard input"),
    (("-", "-"), "- (standard input) can be given once"),
    (("--stdin-filename", "a.md", "other.md"), "add - to the paths"),
])
def test_stdin_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...],
                            message: str) -> None:
    proc = run_stdin(tmp_path, b"x", *args, monkeypatch=monkeypatch)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def _excluding_drafts(root: Path) -> None:
    (root / ".healthlint.toml").write_text('extend-exclude = ["drafts", "archive/**"]\n', encoding="utf-8")
    for rel in ("drafts/a.md", "archive/2019/b.md", "live/c.md"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(NO_AUTHOR, encoding="utf-8")


def test_named_files_are_linted_even_if_excluded(tmp_path: Path) -> None:
    _excluding_drafts(tmp_path)
    proc = run(tmp_path, "check", *SELECT, "drafts/a.md", "live/c.md")
    assert "drafts/a.md:5:1: META001" in proc.stdout and "live/c.md:5:1: META001" in proc.stdout


def test_force_exclude_applies_exclude_to_named_files(tmp_path: Path) -> None:
    _excluding_drafts(tmp_path)
    proc = run(tmp_path, "check", *SELECT, "--force-exclude", "drafts/a.md", "archive/2019/b.md", "live/c.md")
    assert "live/c.md:5:1: META001" in proc.stdout
    assert "drafts/a.md" not in proc.stdout and "archive/2019/b.md" not in proc.stdout
    assert "in 1 file(s)" in proc.stdout


def test_force_exclude_with_only_excluded_files_is_a_quiet_pass(tmp_path: Path) -> None:
    _excluding_drafts(tmp_path)
    proc = run(tmp_path, "check", *SELECT, "--force-exclude", "drafts/a.md")
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""


def test_force_exclude_applies_to_stdin_filename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _excluding_drafts(tmp_path)
    proc = run_stdin(tmp_path, NO_AUTHOR.encode(), "--force-exclude", "--stdin-filename", "drafts/new.md", "-",
                     monkeypatch=monkeypatch)
    assert proc.returncode == 0 and proc.stdout == ""
    proc = run_stdin(tmp_path, NO_AUTHOR.encode(), "--force-exclude", "--stdin-filename", "live/new.md", "-",
                     monkeypatch=monkeypatch)
    assert proc.stdout.startswith("live/new.md:5:1: META001")


def test_binary_stdin_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proc = run_stdin(tmp_path, b"\x00\x01\x02", "-", monkeypatch=monkeypatch)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "healthlint: error: -: looks like a binary file (it contains NUL bytes), not text"


# -- quiet, display threshold -----------------------------------------------------------


def test_quiet_prints_findings_only(tmp_path: Path) -> None:
    (tmp_path / "warn.md").write_text(NO_AUTHOR, encoding="utf-8")
    loud = run(tmp_path, "check", "--select", "META,HL,READ001", "warn.md")
    quiet = run(tmp_path, "check", "--select", "META,HL,READ001", "-q", "warn.md")
    assert "in 1 file(s)" in loud.stdout and "reading grade" in loud.stdout
    finding_lines = [ln for ln in loud.stdout.splitlines() if re.match(r"warn\.md:\d+:\d+: |    ", ln)]
    assert quiet.stdout.splitlines() == finding_lines
    assert quiet.stdout.startswith("warn.md:5:1: META001")


def test_min_severity_hides_without_changing_the_exit_code(tmp_path: Path) -> None:
    (tmp_path / "warn.md").write_text(NO_AUTHOR, encoding="utf-8")
    shown = run(tmp_path, "check", *SELECT, "--min-severity", "warning", "warn.md")
    assert "META001" in shown.stdout
    hidden = run(tmp_path, "check", *SELECT, "--min-severity", "error", "warn.md")
    assert "META001" not in hidden.stdout
    assert "0 warning(s)" in hidden.stdout and "1 below --min-severity error not shown" in hidden.stdout
    assert hidden.returncode == 0
    failing = run(tmp_path, "check", *SELECT, "--min-severity", "error", "--fail-on", "warning", "warn.md")
    assert failing.returncode == 1  # a display threshold does not pass a failing run
    assert "findings below --min-severity error fail the run" in failing.stderr
    as_json = run(tmp_path, "check", *SELECT, "--min-severity", "error", "--format", "json", "warn.md")
    assert json.loads(as_json.stdout)["files"][0]["findings"] == []


# -- colour -------------------------------------------------------------------------------


def _args(color: str = "auto", fmt: str = "text", output: Path | None = None) -> argparse.Namespace:
    return argparse.Namespace(color=color, format=fmt, output=output)


@pytest.mark.parametrize(("env", "flag", "expected"), [
    ({}, "auto", False),                                   # not a terminal
    ({"FORCE_COLOR": "1"}, "auto", True),
    ({"FORCE_COLOR": ""}, "auto", False),                  # empty means unset
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, "auto", False),
    ({"NO_COLOR": "1"}, "always", True),                    # the flag wins
    ({"FORCE_COLOR": "1"}, "never", False),
])
def test_color_environment(env: dict[str, str], flag: str, expected: bool) -> None:
    assert use_color(_args(flag), env) is expected


def test_force_color_never_colours_other_formats_or_files(tmp_path: Path) -> None:
    env = {"FORCE_COLOR": "1"}
    assert use_color(_args(fmt="json"), env) is False
    assert use_color(_args(output=tmp_path / "out.txt"), env) is False


def test_force_color_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "warn.md").write_text(NO_AUTHOR, encoding="utf-8")
    exe = shutil.which("healthlint")
    assert exe
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    coloured = subprocess.run([exe, "check", *SELECT, "warn.md"], cwd=tmp_path, capture_output=True,
                              text=True, env={**base, "FORCE_COLOR": "1"}, timeout=60)
    plain = subprocess.run([exe, "check", *SELECT, "warn.md"], cwd=tmp_path, capture_output=True,
                           text=True, env={**base, "FORCE_COLOR": "1", "NO_COLOR": "1"}, timeout=60)
    assert "\033[33mwarning" in coloured.stdout
    assert "\033[" not in plain.stdout


# -- progress -----------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    for n in range(25):
        (tmp_path / f"a{n:02}.md").write_text(CLEAN, encoding="utf-8")
    exe = shutil.which("healthlint")
    assert exe
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # tqdm sizes the bar
    try:
        proc = subprocess.run([exe, "check", *SELECT, "-j", "1", "."], cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=slave, env=env, timeout=120)
        os.close(slave)
        tty_err = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            tty_err += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert b"healthlint:" in tty_err and b"/25 [" in tty_err  # a tqdm bar over the 25 files
    piped = subprocess.run([exe, "check", *SELECT, "-j", "1", "."], cwd=tmp_path, capture_output=True,
                           text=True, env=env, timeout=120)
    assert piped.stderr == ""  # no bar in a pipe or a log


# -- baseline -----------------------------------------------------------------------------


def test_baseline_hides_known_findings_across_line_shifts(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.md").write_text(NO_AUTHOR, encoding="utf-8")
    (site / "clean.md").write_text(CLEAN, encoding="utf-8")
    base = tmp_path / "healthlint-baseline.json"
    wrote = run(site, "check", *SELECT, "--fail-on", "warning", "--baseline", str(base), "--write-baseline", ".")
    assert wrote.returncode == 0 and "wrote 1 finding(s) to the baseline" in wrote.stderr
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["format"] == "healthlint-baseline"
    assert [v["path"] for v in data["findings"].values()] == ["site/old.md"]  # relative to the file

    # the old article is edited above its finding; a new article has the same problem
    (site / "old.md").write_text(NO_AUTHOR.replace("---\n\n", "---\n\nA new first paragraph.\n\n", 1),
                                 encoding="utf-8")
    (site / "new.md").write_text(NO_AUTHOR, encoding="utf-8")
    proc = run(site, "check", *SELECT, "--fail-on", "warning", "--baseline", str(base), ".")
    assert proc.returncode == 1
    assert [ln.split(":")[0] for ln in proc.stdout.splitlines() if "META001" in ln] == ["new.md"]
    assert "1 finding(s) in the baseline" in proc.stderr

    # from another working directory, the same baseline still applies
    (site / "new.md").unlink()
    other = run(tmp_path, "check", *SELECT, "--fail-on", "warning", "--baseline", str(base), "site")
    assert other.returncode == 0, other.stdout


def test_baseline_counts_repeats(tmp_path: Path) -> None:
    """A second identical finding in the same file is new even though the first is known."""
    from lint_rules.store.baseline import fingerprints

    class F:
        def __init__(self, excerpt: str) -> None:
            self.code, self.excerpt, self.message = "CIT002", excerpt, "m"

    one = fingerprints("a.md", [F("Studies show")])
    two = fingerprints("a.md", [F("Studies  SHOW"), F("studies show")])
    assert two[0] == one[0] and two[1] != one[0]


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file (create it with --write-baseline)"),
    ("not json", "not valid JSON"),
    ('{"format": "other"}', "not a healthlint baseline file"),
])
def test_bad_baseline_is_one_line(tmp_path: Path, content: str | None, message: str) -> None:
    (tmp_path / "warn.md").write_text(NO_AUTHOR, encoding="utf-8")
    if content is not None:
        (tmp_path / "b.json").write_text(content, encoding="utf-8")
    proc = run(tmp_path, "check", *SELECT, "--baseline", "b.json", "warn.md")
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("healthlint: error: --baseline b.json: ")
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_write_baseline_with_a_missing_path_still_exits_2(tmp_path: Path) -> None:
    (tmp_path / "warn.md").write_text(NO_AUTHOR, encoding="utf-8")
    proc = run(tmp_path, "check", *SELECT, "--baseline", "b.json", "--write-baseline", "warn.md", "gone.md")
    assert proc.returncode == 2 and "gone.md: no such file or directory" in proc.stderr
    assert (tmp_path / "b.json").is_file()  # the files that exist are recorded


def test_write_baseline_needs_a_file(tmp_path: Path) -> None:
    proc = run(tmp_path, "check", "--write-baseline", ".")
    assert proc.returncode == 2 and "--write-baseline needs --baseline FILE" in proc.stderr
