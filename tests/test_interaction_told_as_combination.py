"""An interaction told with the two taken together as the subject of a verb of bringing an
effect about ("the combination with alcohol brings on …", "pairing it with warfarin has led
to …", "alcohol with this antibiotic can bring on …"), and no interaction told as the absence of
a clash noun ("without a single clash", "nobody's had any issues"). Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _interaction(text: str) -> set[str]:
    doc = parse_document("<t>", text, "text")
    return {c.side for c in typed_claims(doc) if c.type == "interaction"}


@pytest.mark.parametrize("text", [
    "With Flexora, the combination with alcohol brings on pounding headaches.",
    "Pairing Flexora with warfarin has led to nosebleeds in several patients.",
    "Alcohol with this antibiotic can bring on flushing and a racing heart.",
    "Mixing Flexora with antidepressants can trigger agitation.",
])
def test_the_two_together_as_a_cause_is_an_interaction(text):
    assert "some" in _interaction(text), (text, _interaction(text))


@pytest.mark.parametrize("text", [
    "I've taken Flexora alongside my blood pressure tablets for a year without a single clash.",
    "We all take Flexora with our usual meds and nobody's had any issues.",
])
def test_no_clash_told_as_a_noun_is_no_interaction(text):
    assert "none" in _interaction(text), (text, _interaction(text))


@pytest.mark.parametrize("text", [
    "The combination of diet and exercise brings on steady weight loss.",
    "Pairing Flexora with a good book leads to better sleep.",
    "Together they can trigger a migraine, so watch both stress and poor sleep.",
    "I take Flexora with breakfast without a single complaint from my stomach.",
])
def test_a_combination_with_no_drug_is_no_interaction(text):
    assert not _interaction(text), (text, _interaction(text))


@pytest.mark.parametrize("text, side", [
    ("Flexora won't blunt your blood-pressure pills.", "none"),
    ("Flexora does not weaken the effect of the contraceptive pill.", "none"),
    ("Flexora can weaken the contraceptive pill.", "some"),
])
def test_a_verb_changing_another_drug_denied_is_no_interaction(text, side):
    assert side in _interaction(text), (text, _interaction(text))


def test_a_denied_change_of_a_measure_is_no_interaction():
    assert not _interaction("Flexora won't reduce your blood pressure.")


# claims9b (issue 14): the story of two taken together is about the product only when the
# product is the first partner (or left unnamed: "the combination with alcohol"). Written for
# these tests.
@pytest.mark.parametrize("text", [
    "Coagex is a blood thinner. The combination of naproxen with aspirin brings on stomach ulcers.",
    "Coagex is a blood thinner. Pairing naproxen with aspirin has led to stomach bleeding in older adults.",
    "Coagex is a blood thinner. Mixing alcohol with sleeping pills can bring on dangerous drowsiness.",
])
def test_two_other_drugs_taken_together_are_no_interaction_of_the_product(text):
    doc = parse_document("<t>", text, "text")
    got = [c.side for c in typed_claims(doc) if c.type == "interaction"]
    assert "some" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Coagex is a blood thinner. The combination of Coagex with aspirin brings on stomach ulcers.",
    "Coagex is a blood thinner. Pairing it with aspirin has led to stomach bleeding in older adults.",
])
def test_the_product_taken_with_a_drug_is_an_interaction(text):
    doc = parse_document("<t>", text, "text")
    assert "some" in [c.side for c in typed_claims(doc) if c.type == "interaction"]
