"""Time and memory budgets (HL004): a runaway rule is stopped and reported for that file,
the other rules' findings stand, and the run goes on, in one process, in ``--jobs``
workers, in the pre-commit hook's command and in the nightly scan.

The runaway rules come from a real rule pack (``plugin_helpers.write_pack``) so the real
CLI loads them exactly as it loads a third-party pack."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lint_helpers import healthlint
from plugin_helpers import write_pack

from lint_rules.api import lint_text
from lint_rules.budget import Budget, BudgetExceeded, limited
from lint_rules.config import ConfigError, parse_config

ROOT = Path(__file__).resolve().parents[1]

RUNAWAY = '''
import re

from lint_rules.core import Rule, Severity


class _Base(Rule):
    """A test rule.

    What it flags:
    Nothing useful.

    Why it matters:
    It exercises the budget.

    Example:
    Any text.

    Better:
    Any text.
    """

    category = "style"
    severity = Severity.WARNING


class Backtracks(_Base):
    code = "TST901"
    name = "test.backtracks"

    def check(self, doc, ctx):
        if "SPIN" in doc.text:
            re.search(r"(a|aa)+$", "a" * 60 + "!")  # 2^60 ways to fail: only a signal stops it
        return ()


class Loops(_Base):
    code = "TST902"
    name = "test.loops"

    def check(self, doc, ctx):
        while "LOOP" in doc.text:
            try:
                sum(range(1000))
            except Exception:  # a rule's broad except must not swallow the budget
                pass
        return ()


class Hogs(_Base):
    code = "TST903"
    name = "test.hogs"

    def check(self, doc, ctx):
        if "HOG" in doc.text:
            hoard = []
            while True:
                hoard.append(bytearray(64 * 1024 * 1024))
        return ()


class Finds(_Base):
    code = "TST904"
    name = "test.finds"

    def check(self, doc, ctx):
        i = doc.text.find("marker")
        if i >= 0:
            yield self.finding(doc, i, i + 6, "found the marker")


class SlowStudies(_Base):
    code = "TST905"
    name = "test.slow-studies"

    def check(self, doc, ctx):
        if "SHARED" in doc.text:
            doc.analysis("test-slow", lambda d: re.search(r"(a|aa)+$", "a" * 60 + "!"))
        return ()


class UsesSlowStudies(_Base):
    code = "TST906"
    name = "test.uses-slow-studies"

    def check(self, doc, ctx):
        if "SHARED" in doc.text:
            doc.analysis("test-slow", lambda d: re.search(r"(a|aa)+$", "a" * 60 + "!"))
        return ()
'''


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "site", "healthlint-runaway", {"runaway": "hl_runaway_pack"},
                      {"hl_runaway_pack.py": RUNAWAY})


def _cli(site: Path, cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return healthlint(*args, cwd=cwd, site=site, timeout=timeout)


CONFIG = '[budget]\nrule-seconds = 1.5\nrule-memory = "300MB"\nfile-memory = "600MB"\n'


def test_a_waiting_block_is_stopped_by_the_wall_clock_backstop(monkeypatch: pytest.MonkeyPatch) -> None:
    import lint_rules.budget as budget

    monkeypatch.setattr(budget, "_wall", lambda seconds: 0.3)
    with pytest.raises(BudgetExceeded) as info, limited(30):
        time.sleep(5)  # no CPU used: only the wall clock can stop it
    assert "wall-clock" in info.value.limit


def test_limited_stops_a_catastrophic_regex_and_a_python_loop() -> None:
    import re

    t0 = time.monotonic()
    with pytest.raises(BudgetExceeded) as info, limited(0.3):
        re.search(r"(a|aa)+$", "a" * 60 + "!")
    assert info.value.what == "time"
    with pytest.raises(BudgetExceeded), limited(0.3):
        while True:
            pass
    assert time.monotonic() - t0 < 5


def test_limited_stops_a_memory_hog() -> None:
    if sys.platform != "linux":
        pytest.skip("RLIMIT_AS is enforced on Linux")
    with pytest.raises(BudgetExceeded) as info, limited(30, 200 * 1024**2):
        hoard = [bytearray(32 * 1024**2) for _ in range(100)]
        del hoard
    assert info.value.what == "memory"
    big = bytearray(300 * 1024**2)  # the limit is lifted afterwards
    del big


def test_one_runaway_rule_is_reported_and_the_others_findings_stand(site: Path, tmp_path: Path) -> None:
    (tmp_path / ".healthlint.toml").write_text(CONFIG)
    (tmp_path / "a.md").write_text("SPIN LOOP HOG marker.\n")
    (tmp_path / "b.md").write_text("A calm marker.\n")
    t0 = time.monotonic()
    proc = _cli(site, tmp_path, "check", "--select", "TST901,TST902,TST903,TST904,HL004",
                "--format", "json", "a.md", "b.md")
    assert time.monotonic() - t0 < 60
    assert "Traceback" not in proc.stderr, proc.stderr
    data = json.loads(proc.stdout)
    by_file = {f["path"]: f["findings"] for f in data["files"]}
    a = by_file["a.md"]
    budget = [f for f in a if f["code"] == "HL004"]
    assert {f["message"].split()[1] for f in budget} == {"TST901", "TST902", "TST903"}, budget
    assert any("memory budget" in f["message"] for f in budget if "TST903" in f["message"])
    assert any("1.5 s CPU time budget" in f["message"] for f in budget if "TST901" in f["message"])
    assert [f["code"] for f in a if f["code"] != "HL004"] == ["TST904"]
    assert [f["code"] for f in by_file["b.md"]] == ["TST904"]
    assert proc.returncode == 1  # HL004 is an error


def test_budget_in_worker_processes(site: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / ".healthlint.toml").write_text('[budget]\nrule-seconds = 1\n')
    for i in range(10):
        (content / f"f{i}.md").write_text(("SPIN " if i % 3 == 0 else "") + "marker\n")
    proc = _cli(site, content, "check", "--jobs", "2", "--select", "TST901,TST904,HL004",
                "--format", "json", ".")
    assert "Traceback" not in proc.stderr, proc.stderr
    data = json.loads(proc.stdout)
    codes = {f["path"]: sorted(x["code"] for x in f["findings"]) for f in data["files"]}
    assert len(codes) == 10
    for path, found in codes.items():
        spins = path in {"f0.md", "f3.md", "f6.md", "f9.md"}
        assert found == (["HL004", "TST904"] if spins else ["TST904"]), (path, found)


def test_a_stopped_shared_analysis_is_not_run_again(site: Path, tmp_path: Path) -> None:
    (tmp_path / ".healthlint.toml").write_text('[budget]\nrule-seconds = 1\n')
    (tmp_path / "a.md").write_text("SHARED marker\n")
    t0 = time.monotonic()
    proc = _cli(site, tmp_path, "check", "--select", "TST905,TST906,HL004", "--format", "json", "a.md")
    took = time.monotonic() - t0
    messages = [f["message"] for f in json.loads(proc.stdout)["files"][0]["findings"]]
    assert len(messages) == 2 and all("shared analysis 'test-slow'" in m for m in messages), messages
    assert took < 30


def test_file_budget_stops_the_remaining_rules(site: Path, tmp_path: Path) -> None:
    (tmp_path / ".healthlint.toml").write_text('[budget]\nrule-seconds = 1\nfile-seconds = 1.5\n')
    (tmp_path / "a.md").write_text("SPIN SHARED marker\n")
    proc = _cli(site, tmp_path, "check", "--select", "TST901,TST904,TST905,TST906,HL004",
                "--format", "json", "a.md")
    messages = [f["message"] for f in json.loads(proc.stdout)["files"][0]["findings"] if f["code"] == "HL004"]
    assert any("TST901" in m and "its 1 s CPU time budget" in m for m in messages), messages
    # the rule stopped by what was left of the file's budget names the file's setting, not
    # the remainder ("the file's 0.49 s")
    assert any("was stopped (in the shared analysis" in m
               and "the file's 1.5 s CPU time budget (file-seconds) on this file" in m for m in messages), messages


def test_scan_keeps_going_past_a_runaway_rule(site: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / ".healthlint.toml").write_text('[budget]\nrule-seconds = 1\n')
    (content / "a.md").write_text("SPIN marker\n")
    (content / "b.md").write_text("marker\n")
    proc = _cli(site, tmp_path, "scan", str(content), "--out", str(tmp_path / "site-out"),
                "--select", "TST901,TST904,HL004", "--offline")
    assert "Traceback" not in proc.stderr, proc.stderr
    assert (tmp_path / "site-out" / "index.html").is_file(), proc.stderr
    results = json.loads((tmp_path / "site-out" / "findings.json").read_text())
    codes = {f["path"].rsplit("/", 1)[-1]: sorted(x["code"] for x in f["findings"]) for f in results["files"]}
    assert codes == {"a.md": ["HL004", "TST904"], "b.md": ["TST904"]}, codes


def test_api_rules_run_in_budget() -> None:
    findings = lint_text("A calm article.", select=["CON001"], extra_config={"budget": {"rule-seconds": 5}})
    assert findings == []


@pytest.mark.parametrize(("table", "key"), [
    ({"rule-seconds": 0}, "rule-seconds"),
    ({"rule-seconds": "soon"}, "rule-seconds"),
    ({"file-seconds": float("inf")}, "file-seconds"),
    ({"rule-memory": "1e400GB"}, "rule-memory"),
    ({"file-memory": "2KB"}, "file-memory"),
    ({"rule-minutes": 3}, "rule-minutes"),
])
def test_budget_settings_are_validated(table: dict, key: str) -> None:
    with pytest.raises(ConfigError, match=rf"budget\.{key}"):
        parse_config({"budget": table}, "cfg.toml", "tool.healthlint")


def test_budget_defaults() -> None:
    assert Budget.from_section({}) == Budget()
