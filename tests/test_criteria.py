"""Review criteria on rules and findings (the ``criteria`` field, JSON format 1.1)."""

from __future__ import annotations

import json

from lint_rules.api import lint_text
from lint_rules.core import Finding
from lint_rules.knowledge import read_toml
from lint_rules.registry import load_registry
from lint_rules.ruledocs import rule_listing, rule_page

KNOWN = set(read_toml("criteria.toml"))


def test_every_rule_names_only_known_criteria() -> None:
    for rule in load_registry().rules.values():
        assert set(rule.criteria) <= KNOWN, (rule.code, rule.criteria)


def test_existing_rules_name_the_criteria_they_bear_on() -> None:
    rules = load_registry().rules
    assert rules["CLM001"].criteria == ("sensational_language",)
    assert rules["CLM005"].criteria == ("funding_coi",)
    assert rules["CLM006"].criteria == ("harms",)
    assert rules["CIT004"].criteria == rules["CIT005"].criteria == ("evidence_quality",)
    # findability of a paper is no criterion of the reviewers' (see CIT001's comment)
    assert rules["CIT001"].criteria == ()
    assert rules["META001"].criteria == ()


def test_every_completeness_rule_names_one_criterion() -> None:
    cmp = [r for r in load_registry().rules.values() if r.category == "completeness"]
    assert len(cmp) >= 10
    assert all(len(r.criteria) == 1 for r in cmp)
    assert {c for r in cmp for c in r.criteria} == KNOWN


def test_findings_carry_their_rules_criteria_through_json() -> None:
    found = lint_text("# Tea\n\nThis tea is a miracle cure for bloating.\n", select=["CLM001"])
    assert found and found[0].criteria == ("sensational_language",)
    data = found[0].as_dict()
    assert data["criteria"] == ["sensational_language"]
    assert Finding.from_dict("x.md", data).criteria == ("sensational_language",)


def test_rules_listing_and_docs_show_criteria() -> None:
    registry = load_registry()
    listing = {r["code"]: r for r in json.loads(rule_listing(registry, "json"))}
    assert listing["CMP001"]["criteria"] == ["costs"]
    assert listing["META001"]["criteria"] == []
    assert "Review criteria: `costs`" in rule_page(registry.rules["CMP001"])


def test_only_a_warning_of_animal_evidence_bears_on_the_evidence_criterion() -> None:
    """CIT004 warns when an animal result is offered as support for people; its info finding
    is an animal study told as such (or caveated elsewhere), which grasps the evidence."""
    offered = lint_text("# Kratom for sore muscles\n\nA study revealed that kratom extract significantly "
                        "alleviated pain and inflammation in animal models.\n", select=["CIT004"])
    assert offered and offered[0].severity.name == "WARNING"
    assert offered[0].criteria == ("evidence_quality",)
    told = lint_text("# Kratom for sore muscles\n\nA study revealed that kratom extract significantly "
                     "alleviated pain and inflammation in animal models.\n\nThe kettle was new. The garden "
                     "was green. The weather was fine. Whether any of this applies to humans is unknown.\n",
                     select=["CIT004"])
    assert told and told[0].severity.name == "INFO"
    assert told[0].criteria == ()
