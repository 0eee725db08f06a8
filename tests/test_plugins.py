"""Rule packs load through real entry-point discovery; broken packs are reported, not fatal.

Packs are made visible the way ``pip install`` makes them visible: a ``*.dist-info`` folder
with ``entry_points.txt`` on ``sys.path`` (or on ``PYTHONPATH`` for a real CLI process).
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from lint_helpers import healthlint
from plugin_helpers import PAIRED_RULE, packs_on_path, write_pack

from lint_rules.api import lint_text
from lint_rules.core import missing_doc_sections
from lint_rules.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "healthlint-example-pack"
EXAMPLE_CASES = yaml.safe_load((EXAMPLE / "cases" / "EXA001.yaml").read_text(encoding="utf-8"))
EXAMPLE_PROJECT = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]

BROKEN = "import this_module_does_not_exist\n"
DUPLICATE = '''
from lint_rules.core import Rule


class AnotherMissingAuthor(Rule):
    """Claims a code that is taken.

    What it flags:
    Nothing.

    Why it matters:
    It tests duplicate codes.

    Example:
    -

    Better:
    -
    """

    code = "META001"
    name = "dup.missing-author"
    category = "metadata"

    def check(self, doc, ctx):
        return ()
'''


@pytest.fixture
def example_pack(tmp_path: Path) -> Any:
    """The example pack's source folder plus the metadata pip would write for it, with the
    entry points its pyproject.toml declares."""
    meta = write_pack(tmp_path / "site", EXAMPLE_PROJECT["name"],
                      EXAMPLE_PROJECT["entry-points"]["healthlint.rules"])
    with packs_on_path(meta, EXAMPLE):
        yield load_registry()


def test_example_pack_is_discovered_through_its_entry_point(example_pack: Any) -> None:
    rule = example_pack.rules["EXA001"]
    assert example_pack.origins["EXA001"] == "example"
    assert rule.__module__ == "healthlint_example_pack"
    assert Path(sys.modules[rule.__module__].__file__ or "").is_relative_to(EXAMPLE)
    assert not missing_doc_sections(rule)
    assert "META001" in example_pack.rules  # built-in rules are still there
    assert example_pack.problems == []


@pytest.mark.parametrize("case", EXAMPLE_CASES["cases"], ids=[c["name"] for c in EXAMPLE_CASES["cases"]])
def test_example_pack_cases(example_pack: Any, case: dict[str, Any]) -> None:
    findings = lint_text(case["text"], kind=case.get("kind", "markdown"), select=["EXA001"])
    got = [(f.line, f.column, f.location.end_column) for f in findings]
    expected = case["expect"]
    assert len(findings) == len(expected), got
    for f, exp in zip(findings, expected, strict=True):
        assert (f.line, f.column) == (exp["line"], exp["column"]), got
        assert f.location.end_column == exp.get("end_column", f.location.end_column), got
        assert exp.get("message", "").lower() in f.message.lower()


def test_example_pack_has_the_files_a_pack_needs() -> None:
    assert EXAMPLE_PROJECT["entry-points"]["healthlint.rules"] == {"example": "healthlint_example_pack"}
    assert (EXAMPLE / "healthlint_example_pack" / "__init__.py").is_file()
    assert EXAMPLE_CASES["rule"] == "EXA001"
    assert any(c["expect"] for c in EXAMPLE_CASES["cases"])
    assert any(not c["expect"] for c in EXAMPLE_CASES["cases"])


def test_registry_cache_can_be_cleared(tmp_path: Path) -> None:
    before = load_registry()
    assert load_registry() is before
    site = write_pack(tmp_path / "site", "healthlint-tst", {"tst": "hl_tst_pack"}, {"hl_tst_pack.py": PAIRED_RULE})
    with packs_on_path(site):
        assert "TST001" in load_registry().rules
    assert "TST001" not in load_registry().rules


def test_duplicate_code_is_reported_and_the_first_rule_kept(tmp_path: Path) -> None:
    site = write_pack(tmp_path / "site", "healthlint-dup", {"dup": "hl_dup_pack"}, {"hl_dup_pack.py": DUPLICATE})
    with packs_on_path(site):
        reg = load_registry()
        assert reg.rules["META001"].name == "metadata.missing-author"
        (problem,) = [p for p in reg.problems if "dup" in p]
        assert "code META001 is already used by 'metadata'" in problem


def test_pack_that_registers_nothing_is_reported(tmp_path: Path) -> None:
    site = write_pack(tmp_path / "site", "healthlint-empty", {"empty": "hl_empty_pack"},
                      {"hl_empty_pack.py": "X = 1\n"})
    with packs_on_path(site):
        assert "rule pack 'empty' (hl_empty_pack) registers no rules" in load_registry().problems


# -- the real CLI with a broken pack installed ------------------------------------------


def _cli(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return healthlint(*args, cwd=cwd, site=site, timeout=60)


@pytest.fixture
def broken_site(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "site", "healthlint-broken", {"broken": "hl_broken_pack"},
                      {"hl_broken_pack.py": BROKEN})


def test_broken_pack_does_not_stop_rules_listing(broken_site: Path, tmp_path: Path) -> None:
    proc = _cli(broken_site, tmp_path, "rules")
    assert proc.returncode == 0
    assert proc.stderr.splitlines() == [
        "healthlint: warning: rule pack 'broken' (hl_broken_pack) failed to import: "
        "ModuleNotFoundError: No module named 'this_module_does_not_exist'"
    ]
    assert "META001" in proc.stdout and "Traceback" not in proc.stderr


def test_broken_pack_does_not_stop_checking(broken_site: Path, tmp_path: Path) -> None:
    import json

    (tmp_path / "a.md").write_text("---\nauthor: Jane Doe\n---\nSleep helps.\n", encoding="utf-8")
    proc = _cli(broken_site, tmp_path, "check", "a.md", "--select", "META", "-f", "json")
    assert proc.returncode == 0, proc.stderr
    assert len([line for line in proc.stderr.splitlines() if "broken" in line]) == 1
    report = json.loads(proc.stdout)
    assert [f["code"] for f in report["files"][0]["findings"]] == ["META002"]
    assert any("failed to import" in p for p in report["problems"])
