"""Who a product is safe for, the shapes claims11 added to ``[scope]`` of
``knowledge/contradiction_claims.toml``: FDA label wording of the populations sections ("Use in
pregnancy is not recommended", "has been used safely in", "no safety concerns were identified
in", "showed no risk to"), a group told to stay off the product itself ("pregnant women should
steer clear"), "safe to use while breastfeeding", and a group as the subject of "can use it
without worry". Each reading has sentences of the same shape that are not that claim: a
question, another thing avoided, a group qualified by "without". Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _scope(text: str) -> list[tuple[str, frozenset[str]]]:
    doc = parse_document("<t>", text, "text")
    return [(c.side, frozenset(c.topic)) for c in typed_claims(doc) if c.type == "scope"]


@pytest.mark.parametrize("text, group", [
    ("Lumora tablets: use in pregnancy is not recommended.", "pregnancy"),
    ("Lumora: use in patients with kidney disease is contraindicated.", "kidney"),
    ("Lumora contains retinol. Pregnant women should steer clear, as it can harm the baby.", "pregnancy"),
    ("Keep the Lumora syrup locked away: children must never take it.", "children"),
    ("Pregnant women should steer clear of it until the trial reports.", "pregnancy"),
])
def test_a_group_kept_off_the_product_is_a_restriction(text, group):
    found = _scope(text)
    assert any(side == "restricted" and group in topic for side, topic in found), (text, found)


@pytest.mark.parametrize("text", [
    "Is use in pregnancy not recommended for Lumora?",  # a question
    "Children on Lumora must never take aspirin.",  # something else avoided
    "Pregnant women should steer clear of alcohol, Lumora or not.",
    "Lumora tablets: use in pregnancy is recommended after the first trimester.",  # no restriction
])
def test_the_same_shapes_that_restrict_nothing_of_the_product(text):
    found = _scope(text)
    assert not any(side == "restricted" for side, _ in found), (text, found)


@pytest.mark.parametrize("text, group", [
    ("Lumora is safe to use while breastfeeding.", "pregnancy"),
    ("Lumora cream has been used safely in children as young as two.", "children"),
    ("No safety concerns were identified in older adults taking Lumora.", "older_adults"),
    ("In the trial Lumora showed no risk to pregnant women.", "pregnancy"),
    ("Nursing mothers can use Lumora without worry.", "pregnancy"),
])
def test_a_group_said_to_use_it_safely_is_a_safe_scope(text, group):
    found = _scope(text)
    assert any(side == "safe" and group in topic for side, topic in found), (text, found)


@pytest.mark.parametrize("text", [
    "Is Lumora safe to use while breastfeeding?",  # a question
    "People without kidney disease can use Lumora without worry.",  # the group is those without it
    "Lumora has been used safely for years.",  # no group
    "Lumora showed no risk to the trial's budget.",
    "No safety concerns were raised, but Lumora was never tested in children.",
])
def test_the_same_shapes_that_promise_no_group_safety(text):
    found = _scope(text)
    assert not any(side == "safe" for side, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "Ginkgo, she said, should be stopped two weeks before any surgery.",
    "Stop taking it at least two weeks before a scheduled surgery.",
])
def test_the_product_stopped_before_surgery_restricts_it(text):
    found = _scope(text)
    assert any(side == "restricted" and "surgery" in topic for side, topic in found), (text, found)


@pytest.mark.parametrize("text", [
    "Smoking should be stopped two weeks before surgery.",  # no product named before
    "Stop eating six hours before the operation.",  # something else stopped
    "Should ginkgo be stopped before surgery?",  # a question
])
def test_something_else_stopped_before_surgery_restricts_nothing(text):
    found = _scope(text)
    assert not any(side == "restricted" for side, _ in found), (text, found)


@pytest.mark.parametrize("text, group", [
    ("Some people with asthma find ibuprofen tightens their chest.", "asthma"),
    ("Lumora is a new pill. People with epilepsy may find that Lumora triggers a seizure.", "epilepsy"),
])
def test_a_group_that_finds_the_product_harms_it_is_a_restriction(text, group):
    found = _scope(text)
    assert any(side == "restricted" and group in topic for side, topic in found), (text, found)


@pytest.mark.parametrize("text", [
    "People with asthma find the cold air makes it harder to breathe.",  # something else found
    "People with asthma find that ibuprofen eases their pain.",  # a benefit, no harm verb
    "Do people with asthma find ibuprofen tightens their chest?",  # a question
])
def test_a_group_that_finds_something_else_is_no_restriction(text):
    found = _scope(text)
    assert not any(side == "restricted" for side, _ in found), (text, found)
