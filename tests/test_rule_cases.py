"""Every rule's pass and fail cases, from one data file per rule: ``tests/cases/CODE.yaml``.

File format (see CONTRIBUTING.md):

    rule: META001
    cases:
      - name: front matter names the author
        kind: markdown            # markdown (default), text or html
        text: |
          ---
          author: Jane Doe
          ---
          Body.
        expect: []                # a pass case: no finding of this rule
      - name: nobody is named
        text: "Just a body."
        expect:
          - {line: 1, column: 1}  # optional: end_line, end_column, severity, message (substring), excerpt (substring), related (count)
        options: {}               # optional rule options
        config: {}                # optional extra [tool.healthlint] keys

Only the file's rule is selected, so other rules cannot make a case pass or fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from lint_rules.api import lint_text
from lint_rules.core import missing_doc_sections
from lint_rules.registry import load_registry

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append((data["rule"], case))
    return out


ALL_CASES = _load()


@pytest.mark.parametrize(
    ("code", "case"), ALL_CASES, ids=[f"{c}-{case['name']}" for c, case in ALL_CASES]
)
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    findings = [
        f for f in lint_text(
            case["text"], kind=case.get("kind", "markdown"), select=[code],
            options={code: case["options"]} if case.get("options") else None,
            extra_config=case.get("config"),
        )
        if f.code == code
    ]
    expected = case.get("expect", [])
    got = [
        {"line": f.location.line, "column": f.location.column, "message": f.message}
        for f in findings
    ]
    assert len(findings) == len(expected), f"expected {len(expected)} finding(s), got {got}"
    for f, exp in zip(findings, expected, strict=True):
        assert f.location.line == exp.get("line", f.location.line), got
        assert f.location.column == exp.get("column", f.location.column), got
        for key in ("end_line", "end_column"):
            if key in exp:
                assert getattr(f.location, key) == exp[key], got
        if "severity" in exp:
            assert str(f.severity) == exp["severity"]
        if "message" in exp:
            assert exp["message"].lower() in f.message.lower(), f.message
        if "excerpt" in exp:
            assert exp["excerpt"].lower() in f.excerpt.lower(), f.excerpt
        if "related" in exp:
            assert len(f.related) == exp["related"]


def builtin_rules() -> list[Any]:
    """healthlint's own rules: an installed third-party pack is held to its own tests, and
    must not make healthlint's suite fail (its rules have no cases in tests/cases)."""
    return [r for r in load_registry().sorted() if r.is_builtin()]


def rules_without_cases() -> list[str]:
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for code, case in ALL_CASES:
        by_rule.setdefault(code, []).append(case)
    missing = []
    for rule in builtin_rules():
        if rule.needs_network or rule.category == "input" or rule.code == "HL100":
            continue  # engine rules and online rules are tested against files and servers
        if rule.code == "GRM001":  # needs a LanguageTool server: tests/test_languagetool.py
            continue
        cases = by_rule.get(rule.code, [])
        if not any(c.get("expect") for c in cases) or not any(not c.get("expect") for c in cases):
            missing.append(rule.code)
    return missing


def rules_without_docs() -> dict[str, Any]:
    return {r.code: missing_doc_sections(r) for r in builtin_rules() if missing_doc_sections(r)}


def test_every_offline_rule_has_pass_and_fail_cases() -> None:
    missing = rules_without_cases()
    assert not missing, f"rules without both a pass and a fail case in tests/cases: {missing}"


def test_every_rule_docstring_has_the_four_sections() -> None:
    bad = rules_without_docs()
    assert not bad, bad


def test_an_installed_third_party_pack_does_not_fail_the_meta_tests(tmp_path: Path) -> None:
    """A publisher's own pack (no cases here, a terse docstring) is installed next to
    healthlint: healthlint's suite must still pass."""
    from plugin_helpers import packs_on_path, write_pack

    source = (
        "from lint_rules.core import Rule\n\n\n"
        "class HouseStyle(Rule):\n"
        '    """Our house style."""\n\n'
        '    code = "HSE001"\n    name = "house.style"\n    category = "style"\n\n'
        "    def check(self, doc, ctx):\n        return ()\n"
    )
    root = write_pack(tmp_path / "site", "house-pack", {"house": "hl_house_pack"}, {"hl_house_pack.py": source})
    with packs_on_path(root):
        assert "HSE001" in load_registry().rules
        assert "HSE001" not in {r.code for r in builtin_rules()}
        assert rules_without_cases() == [] and rules_without_docs() == {}
