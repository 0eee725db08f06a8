"""Reviewer assignment: config validation, paths and categories, front-matter override,
the default reviewer (nothing dropped), and ``healthlint check --reviewer``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint_rules.config import ConfigError, parse_config
from lint_rules.core import Finding, Location, Severity
from lint_rules.engine import FileResult
from lint_rules.reviewers import ReviewerConfig, assign_file, for_reviewer, validate_section

CONFIG = {
    "default": "desk",
    "ana": {"categories": ["evidence", "contradiction"], "paths": ["nutrition/**"]},
    "ben": {"name": "Dr. Ben Ode", "categories": ["links"]},
}


def finding(category: str, code: str = "X001") -> Finding:
    return Finding(code, "x.y", category, Severity.WARNING, "m", "p", 0, 0,
                   Location(1, 1, 1, 1, 0, 0), "")


def result(path: str, categories: list[str], meta: dict | None = None) -> FileResult:
    return FileResult(path, "markdown", findings=[finding(c) for c in categories], meta=meta or {})


RC = ReviewerConfig.from_section(validate_section(CONFIG, "cfg: reviewers"))


def test_paths_and_categories() -> None:
    a = assign_file(result("nutrition/kale.md", ["evidence", "links", "metadata"]),
                    "nutrition/kale.md", RC)
    assert a.article == ["ana"]  # only reviewers with matching paths are "assigned"
    assert a.findings == [["ana"], ["ben"], ["desk"]]
    other = assign_file(result("sleep/naps.md", ["evidence"]), "sleep/naps.md", RC)
    assert other.findings == [["desk"]]  # ana's paths do not cover it


def test_front_matter_and_paths_both_apply_and_names_match_display_name() -> None:
    """A reviewer named in front matter joins the path-based desks; it does not take the
    article away from them (before: ana lost her nutrition article's evidence finding)."""
    r = result("nutrition/kale.md", ["evidence", "links", "metadata"], {"reviewer": "Dr. Ben Ode"})
    a = assign_file(r, "nutrition/kale.md", RC)
    assert a.article == ["ben", "ana"]
    assert a.findings == [["ana"], ["ben"], ["desk"]]
    # an unconfigured reviewer from front matter takes every category of the article
    a2 = assign_file(result("x.md", ["evidence"], {"reviewers": ["Zoe", {"name": "Yan"}]}), "x.md", RC)
    assert a2.article == ["Zoe", "Yan"] and a2.findings == [["Zoe", "Yan"]]


def test_display_name_in_front_matter_is_not_a_second_reviewer(tmp_path: Path) -> None:
    from lint_rules.config import ConfigResolver
    from lint_rules.registry import load_registry
    from lint_rules.reviewers import assign, known_reviewers

    (tmp_path / ".healthlint.toml").write_text(
        '[reviewers]\ndefault = "desk"\n[reviewers.ben]\nname = "Dr. Ben Ode"\ncategories = ["links"]\n')
    results = [result(str(tmp_path / "a.md"), ["links"], {"reviewer": "dr. ben  ode"})]
    resolver = ConfigResolver(load_registry().rules, None)
    assert known_reviewers(results, resolver) == ["ben", "desk"]
    assert assign(results, resolver)[0].article == ["ben"]


def test_nothing_is_dropped() -> None:
    results = [result("nutrition/a.md", ["evidence", "metadata"]), result("b.md", ["links", "grammar"])]
    assignments = [assign_file(r, r.path, RC) for r in results]
    total = sum(len(r.findings) for name in RC.names()
                for r, _ in for_reviewer(results, assignments, name))
    assert total == 4
    ana = for_reviewer(results, assignments, "ana")
    assert [(r.path, assigned, len(r.findings)) for r, assigned in ana] == [("nutrition/a.md", True, 1)]


@pytest.mark.parametrize(("table", "message"), [
    ({"ana": {"categories": "evidence", "pathz": []}}, "unknown key"),
    ({"ana": {"paths": [1]}}, "must be a list of strings"),
    ({"ana": "evidence"}, "must be a table"),
    ({"default": 3}, "must be a reviewer name"),
])
def test_config_errors_name_the_key(table: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config({"reviewers": table}, "x.toml")


def test_check_reviewer_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".healthlint.toml").write_text(
        '[reviewers]\ndefault = "desk"\n[reviewers.meta-team]\ncategories = ["metadata"]\npaths = ["a/**"]\n')
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("# One\n\nNo author, no date.\n")
    (tmp_path / "two.md").write_text("---\nreviewer: desk\n---\n# Two\n\nNo author, no date.\n")
    assert main(["check", ".", "--select", "META", "--format", "json", "--reviewer", "meta-team"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["path"] for f in data["files"]] == ["a/one.md"]
    assert {f["code"] for f in data["files"][0]["findings"]} == {"META001", "META002"}
    assert main(["check", ".", "--select", "META", "--format", "json", "--reviewer", "desk"]) == 0, capsys.readouterr().err
    data = json.loads(capsys.readouterr().out)
    assert [f["path"] for f in data["files"]] == ["two.md"]  # assigned by front matter
    assert main(["check", ".", "--select", "META", "--reviewer", "nobody"]) == 2
    assert "no such reviewer" in capsys.readouterr().err
