"""Every configuration value, however wrong, is a one-line config error naming its key,
never an "internal error" (issue: `max-file-size = "1e400MB"` and a bad override glob
crashed the run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint_rules.config import _TOP_KEYS, SECTIONS, ConfigError, parse_config
from lint_rules.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = [float("inf"), float("nan"), -1, 0, 2**70, "1e400MB", "-5MB", "", "[z-a]/x", [1],
           ["[z-a]/x"], {"x": 1}, [[1]], True, "x" * 10000, {"a": {"b": {"c": 1}}}]


def _must_be_config_error(table: dict, key: str) -> None:
    try:
        parse_config(table, "cfg.toml", "tool.healthlint", load_registry().rules)
    except ConfigError as exc:
        message = str(exc)
        assert "\n" not in message
        assert key.split(".")[0] in message, message
    # an accepted value is fine; any other exception fails the test


@pytest.mark.parametrize("key", sorted(_TOP_KEYS | set(SECTIONS)))
def test_hostile_top_level_values(key: str) -> None:
    for value in HOSTILE:
        _must_be_config_error({key: value}, key)


SECTION_KEYS = {
    "budget": ["rule-seconds", "file-seconds", "rule-memory", "file-memory", "bogus"],
    "history": ["path", "bogus"],
    "network": ["timeout", "concurrency", "retries", "bogus"],
    "readability": ["target-grade", "bogus"],
    "links": ["archive-url", "bogus"],
}


@pytest.mark.parametrize("section", sorted(SECTION_KEYS))
def test_hostile_section_values(section: str) -> None:
    for key in SECTION_KEYS[section]:
        for value in HOSTILE:
            _must_be_config_error({section: {key: value}}, section)


def test_hostile_overrides_and_rule_options() -> None:
    rules = load_registry().rules
    for value in HOSTILE:
        for ov in ({"paths": value}, {"paths": ["x"], "select": value}, {"paths": ["x"], "severity": value},
                   {"paths": ["x"], "rules": value}, {"paths": ["x"], "severity": {"CON001": value}}):
            _must_be_config_error({"overrides": [ov]}, "overrides")
        for code in ("READ001", "META002", "CON001", "CIT001"):
            for option in rules[code].options:
                _must_be_config_error({"rules": {code: {option: value}}}, "rules")


@pytest.mark.parametrize(("toml", "expected"), [
    ('max-file-size = "1e400MB"', "max-file-size"),
    ('[[overrides]]\npaths = ["news/[z-a]/*.md"]\nignore = ["style"]', "overrides[0].paths"),
    ('extend-exclude = ["a/[z-a]"]', "extend-exclude"),
    ('[budget]\nrule-seconds = -3', "budget.rule-seconds"),
])
def test_cli_reports_the_key_in_one_line(tmp_path: Path, toml: str, expected: str) -> None:
    (tmp_path / ".healthlint.toml").write_text(toml + "\n")
    (tmp_path / "a.md").write_text("Fine.\n")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "check", "a.md"], cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "internal error" not in proc.stderr and expected in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1
