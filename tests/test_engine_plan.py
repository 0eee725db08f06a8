"""One plan per distinct configuration: the engine resolves which rules run on a file, with
which options and severities, once per configuration instead of rule by rule and file by
file, and the per-path overrides still give each file its own plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules import config as config_module
from lint_rules.config import ConfigResolver
from lint_rules.engine import Linter
from lint_rules.registry import load_registry

ARTICLE = "---\nauthor: Jane Doe, RN\ndate: 2024-01-01\n---\n\nA plain paragraph about sleep.\n"


def _tree(tmp_path: Path, n: int) -> list[str]:
    (tmp_path / ".healthlint.toml").write_text(
        'ignore = ["style"]\n[severity]\nMETA001 = "info"\n'
        '[[overrides]]\npaths = ["press/**"]\nignore = ["metadata"]\n', encoding="utf-8")
    files = []
    for i in range(n):
        sub = tmp_path / ("press" if i % 2 else "news")
        sub.mkdir(exist_ok=True)
        f = sub / f"a{i}.md"
        f.write_text(ARTICLE, encoding="utf-8")
        files.append(str(f))
    return files


def test_one_plan_per_distinct_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _tree(tmp_path, 12)
    registry = load_registry()
    linter = Linter(registry, ConfigResolver(registry.rules))
    asked = {"enabled": 0}
    real = config_module.FileConfig.enabled

    def counting(self: config_module.FileConfig, rule: type) -> bool:
        asked["enabled"] += 1
        return real(self, rule)

    monkeypatch.setattr(config_module.FileConfig, "enabled", counting)
    results = linter.lint_paths(files, jobs=1)
    assert len(linter._plans) == 2  # news/ and press/ (the override)
    # the configuration was asked about each rule once per plan, not once per file and rule
    assert asked["enabled"] <= 2 * (len(registry.rules) + 4)
    news = linter.plan_for(files[0])
    press = linter.plan_for(files[1])
    assert not any(r.category == "style" for r in news.offline)
    assert any(r.category == "metadata" for r in news.offline)
    assert not any(r.category == "metadata" for r in press.offline)
    assert str(news.severity["META001"]) == "info"
    assert all(r.linted for r in results)


def test_plan_options_are_read_only_and_shared(tmp_path: Path) -> None:
    files = _tree(tmp_path, 4)
    registry = load_registry()
    linter = Linter(registry, ConfigResolver(registry.rules))
    a, b = linter.plan_for(files[0]), linter.plan_for(files[2])
    assert a is b
    rule = a.offline[0]
    ctx = a.context(rule)
    with pytest.raises(TypeError):  # a rule cannot change the options of every later file
        ctx.options["x"] = 1  # type: ignore[index]
