"""Denials carried by a structure (``analysis/denial_frames.py``, session 12, ``frames13``): a
negative quantifier as the clause's subject ("Nothing in it can cause a rash", "Nobody who
takes it has to worry about aches") and a bare-topic question answered by the next sentence
("Stroke? Not with Zanta.", "Shellfish allergy? You can still take Zanta."). Each has cases
that must read as a denial (and conflict) and cases of the same shape that must not: lack of
proof, another product, a placebo arm, a limited or advising answer. Every sentence is
written for these tests (coined names)."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis import contradictions
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document

_PRE = "Zanta is a tablet for joint pain. Zanta is taken once a day. "
_FILLER = " It is sold in tins. A tin costs three pounds. "


def _stances(sentence: str) -> list[tuple[str, str]]:
    doc = parse_document("t", _PRE + sentence + "\n", "text")
    return [(c.stance, c.label) for c in contradictions.claims(doc) if c.sentence >= 2]


# -- negative quantifier as the subject --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "label"), [
    ("Nothing in Zanta can cause a rash.", "Skin rash"),
    ("There is nothing in Zanta that could give you a headache.", "Headache"),
    ("Nobody who takes Zanta has to worry about muscle aches.", "Myalgia"),
    ("No one using it needs to worry about dizziness.", "Vertigo"),
])
def test_a_negative_quantifier_subject_denies_the_effect(sentence, label):
    assert ("negated", label) in _stances(sentence)


@pytest.mark.parametrize("sentence", [
    "Nobody knows whether Zanta causes rashes.",  # knowledge, not a denial
    "Nothing in the study suggests Zanta causes rashes.",  # lack of proof
    "Not a single study has shown that it causes hair loss.",
    "Nobody who takes aspirin has to worry about muscle aches.",  # another product
    "Nothing causes headaches like dehydration.",  # the product is not in the clause
    "Nobody wants a headache, and Zanta can cause one.",
    "No one with a history of seizures should take it.",
    "Nobody who takes it should ignore chest pain.",
    "I told nobody that it gave me a rash.",  # the quantifier is no subject
    "Nobody expected Zanta to cause such severe rashes.",  # expecting, telling: no denial
    "Nobody told patients that Zanta could cause hair loss.",
    "Nothing in Zanta's packaging can cause an allergic reaction, but the tablets themselves can.",  # limited
])
def test_the_same_words_that_deny_nothing(sentence):
    assert not any(stance == "negated" for stance, _ in _stances(sentence))


def test_a_quantified_denial_conflicts_with_a_harm():
    assert "CON001" in contradiction_codes(_PRE + "Nobody who takes Zanta has to worry about muscle aches." + _FILLER
                              + "Zanta can cause muscle aches." + _FILLER)


def test_the_placebo_arm_is_not_the_product():
    assert not contradiction_codes("The Ostevo trial compared the drug with a dummy pill. Nobody on the placebo had headaches, "
                      "but several people on Ostevo did." + _FILLER + "Ostevo can cause headaches." + _FILLER)


# -- a question and its answer -------------------------------------------------------------------

@pytest.mark.parametrize(("pair", "label"), [
    ("Stroke? That is simply not something Zanta can cause.", "Stroke"),
    ("Headaches? Zanta does not cause them.", "Headache"),
    ("Drowsiness? Not with Zanta.", "Drowsiness"),
    ("Worried about nausea? It is not a side effect of Zanta.", "Nausea"),
])
def test_a_topic_question_and_its_denying_answer_are_one_claim(pair, label):
    assert ("negated", label) in _stances(pair)


@pytest.mark.parametrize("pair", [
    "Can Zanta cause headaches? Not usually.",  # a whole question, and a limited answer
    "Headaches? Zanta may help.",
    "Migraine? Zanta is not a treatment for it.",  # no-help, not a denied harm
    "Insomnia? Zanta won't fix it.",
    "Nausea? Don't take Zanta on an empty stomach.",  # advice
    "Heart disease? Zanta is not something you should take.",  # a warning for the group
    "Stroke? Aspirin does not cause it.",  # another product
    "Dizziness? It is not something aspirin can cause.",
    "Rash? It doesn't happen often, but it can.",
    "Side effects? Yes, Zanta can cause headaches.",
    # review of frames13 (frames13b): not knowing, one dose only, a bare "it"
    "Insomnia? No one has yet worked out whether Zanta causes it or the illness does.",
    "Dizziness? Experts do not agree on whether Zanta causes it.",
    "Nausea? Not with the 5 mg Zanta tablet; at 15 mg Zanta can cause it.",
])
def test_answers_that_deny_nothing_of_the_product(pair):
    assert not any(stance in ("negated", "safe") for stance, _ in _stances(pair))


def test_a_question_alone_asserts_nothing():
    assert not _stances("Stroke?")


def test_an_allowing_answer_is_a_scope_claim():
    doc = parse_document("t", _PRE + "Shellfish allergy? You can still take Zanta.\n", "text")
    assert any(c.type == "scope" and c.side == "safe" and "allergy:shellfish" in c.topic for c in typed_claims(doc))
    assert "CON006" in contradiction_codes(_PRE + "Shellfish allergy? You can still take Zanta." + _FILLER
                              + "People allergic to shellfish should avoid Zanta." + _FILLER)


@pytest.mark.parametrize("pair", [
    "Pregnant? You can still take Zanta, but check with your midwife first.",
    "Peanut allergy? Ask your doctor before you take Zanta.",
    "Pregnant? You can still take aspirin.",
])
def test_a_limited_or_advising_or_other_answer_allows_nothing(pair):
    doc = parse_document("t", _PRE + pair + "\n", "text")
    assert not any(c.type == "scope" and c.side == "safe" for c in typed_claims(doc))


@pytest.mark.parametrize("sentence", [
    # review of frames13 (frames13b): "this/our" before a word that is not the product, and a
    # condition in the quantifier's clause
    "Try our lentil soup: there is nothing in this soup that could give you a headache.",
    "Nobody who sticks to this routine needs to worry about muscle aches.",
    "Nobody who takes Zanta with a full glass of water needs to worry about constipation.",
])
def test_quantifiers_over_something_else_or_a_condition_deny_nothing(sentence):
    assert not any(stance in ("negated", "safe") for stance, _ in _stances(sentence))


def test_this_and_a_product_noun_point_to_the_product():
    text = (_PRE + "There is nothing in this tablet that could give you a rash." + _FILLER
            + "Zanta can cause a rash in the first month." + _FILLER)
    assert "CON001" in contradiction_codes(text)


# -- frames13c: what nobody said, and advice after the worry, are no denials

@pytest.mark.parametrize("text", [
    "Zanta is a tablet. Nobody at the clinic explained that Zanta can cause a rash. Zanta can cause a rash.",
    "Zanta is a tablet. No one told me that Zanta can cause dizziness. Zanta can cause dizziness.",
    "Zanta is a tablet. Nobody who takes Zanta has to put up with nausea alone: call the helpline. "
    "Zanta can cause nausea.",
])
def test_reported_speech_and_advice_are_no_quantified_denial(text):
    assert contradiction_codes(text) == []
