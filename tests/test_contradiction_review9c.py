"""Second-round review (claims9c): false contradictions from misuse named after the verb, a
second drug the word lists lack, a relative clause about another thing, and readings of
personal stories and limits. Sentences are our own, written from each mechanism."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, two_claims

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"
_TAB = "Dravexa is a prescription capsule."
_AID = "Sombrel is a herbal sleep aid."


def _codes(intro: str, a: str, b: str) -> list[str]:
    return contradiction_codes(two_claims(a, b, _FILLER, intro))


# --- 1: an accident with the product named later in its phrase is misuse

@pytest.mark.parametrize("b", [
    "Children who accidentally swallow a handful of Sombrel capsules can feel dizzy.",
    "Children who accidentally eat half a packet of Sombrel can feel dizzy.",
])
def test_an_accident_naming_the_product_later_does_not_pair(b):
    assert "CON006" not in _codes(_AID, "Sombrel is safe for children.", b), b


def test_an_accident_with_something_else_keeps_the_group_harm():
    assert "CON006" in _codes(_AID, "Sombrel is safe for children.",
                              "Children using Sombrel can feel dizzy, and accidentally eating the desiccant packet is a different danger.")


# --- 2: a second drug the word list lacks still makes a combination

@pytest.mark.parametrize("b", [
    "Mixing Dravexa with Nurofen Cold can cause high blood pressure.",
    "Dravexa taken with a can of cola can cause high blood pressure.",
    "Dravexa used together with phenylephrine can cause high blood pressure.",
])
def test_an_unlisted_second_agent_makes_a_combination(b):
    assert "CON007" not in _codes(_TAB, "Dravexa does not raise blood pressure.", b), b


def test_a_condition_after_with_is_still_no_second_agent():
    assert "CON006" in _codes(_AID, "Sombrel is safe for children.", "Children taking Sombrel with a sore throat can feel dizzy.")


# --- 3: a relative clause after a comma is about the noun right before it

@pytest.mark.parametrize("b", [
    "Dravexa is free of guarana, a plant extract that can cause high blood pressure.",
    "Dravexa leaves out yohimbe bark, which can cause high blood pressure.",
])
def test_a_relative_clause_about_another_ingredient_does_not_pair(b):
    assert "CON007" not in _codes(_TAB, "Dravexa does not raise blood pressure.", b), b


@pytest.mark.parametrize("b", [
    "Dravexa is a capsule that can cause high blood pressure.",
    "Some people take Dravexa, which can cause high blood pressure.",
])
def test_a_relative_clause_about_the_product_still_pairs(b):
    assert "CON007" in _codes(_TAB, "Dravexa does not raise blood pressure.", b), b


# --- 4, 5, 6: a person's lasting symptom counts against the product only when that person takes it

_ANT = "Gastrol is an antacid tablet sold in pharmacies."
_RELIEF = "Gastrol relieves heartburn within an hour."


def _story(*sentences: str) -> list[str]:
    text = "\n\n".join((_ANT, _RELIEF, *sentences)) + "\n"
    return contradiction_codes(text)


@pytest.mark.parametrize("story", [
    ("My sister is on Gastrol.", "I still get heartburn most nights."),
    ("Sarah has been on Gastrol for a month.", "I still get heartburn, so I might try it."),
    ("My uncle takes Gastrol.", "My aunt still gets heartburn, but she will not take anything."),
    ("A neighbour with Gastrol in his cupboard lent me some.", "I still get heartburn."),
    ("The shop took Gastrol off sale.", "I still get heartburn."),
    ("I take Gastrol daily.", "I still get heartburn whenever I skip a dose."),
])
def test_someone_else_on_it_or_a_missed_dose_is_no_failure(story):
    assert "CON007" not in _story(*story), story


@pytest.mark.parametrize("story", [
    ("I started Gastrol last month.", "I still get heartburn most nights."),
    ("My mum is on Gastrol.", "She still gets heartburn most nights."),
    ("I took Gastrol with dinner all week, and I still get heartburn.",),
])
def test_the_same_person_on_it_still_has_the_symptom(story):
    assert "CON007" in _story(*story), story


# --- 7: a bound with no object of its own bounds the product only when the sentence names it as taken

_TEA = "Flexora is a herbal tea for joint pain."
_POTFUL = "You can drink Flexora tea by the potful."


@pytest.mark.parametrize("b", [
    "With Flexora, keep honey to 3 teaspoons a day, tops.",
    "I drink Flexora before my swim, which is 40 minutes a day, tops.",
    "Coffee? Two cups a day, max, and never with Flexora.",
])
def test_a_bound_on_something_else_is_no_dose_limit(b):
    assert "CON004" not in _codes(_TEA, _POTFUL, b), b


@pytest.mark.parametrize("b", [
    "Flexora: two cups a day, tops.",
    "I drink Flexora, but only two cups a day, max.",
    "Keep it to two cups a day, tops.",
])
def test_a_bound_on_the_product_is_a_dose_limit(b):
    assert "CON004" in _codes(_TEA, _POTFUL, b), b


def test_it_after_the_product_as_a_partner_is_the_other_thing():
    assert "CON004" not in _codes(_TEA, _POTFUL, "Stir lemon juice into Flexora, 3 teaspoons of it a day, max.")


def test_it_after_the_product_as_what_is_taken_is_the_product():
    assert "CON004" in _codes(_TEA, _POTFUL, "I love Flexora, but 2 cups of it a day, max.")
