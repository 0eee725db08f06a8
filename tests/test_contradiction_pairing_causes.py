"""Issue 14 (branch contra9b): false contradictions a review found in the contra9 pairing of a
typed claim with a concept harm (``contradictions.measure_harms``), each fixed by its mechanism.

Every sentence here is written for these tests (no blind row, no corpus text, not the
reviewer's sentences).
"""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"
_TAB = "Dravexa is a prescription capsule."
_AID = "Sombrel is a herbal sleep aid."
_DRINK = "Zestora is an energy drink."


def _found(intro: str, a: str, b: str) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in contradictions(two_claims(a, b, _FILLER, intro))]


def _codes(intro: str, a: str, b: str) -> list[str]:
    return [code for code, _ in _found(intro, a, b)]


# --- the measures a harm moves are a set: a term and its HPO parent that both say "up" are one move

def test_a_term_under_a_parent_with_the_same_move_pairs():
    assert "CON007" in _codes(_TAB, "Dravexa lowers your pulse.",
                               "A fast heartbeat is among the listed effects of Dravexa.")


def test_a_term_under_a_parent_with_the_same_move_agrees_with_the_same_direction():
    assert "CON007" not in _codes(_TAB, "Dravexa raises your pulse.",
                                  "A fast heartbeat is among the listed effects of Dravexa.")


def test_a_group_label_names_the_group():
    found = _found(_AID, "Sombrel is safe for thyroid patients.", "In thyroid patients, Sombrel can cause headaches.")
    assert any(code == "CON006" and "people with thyroid disease" in msg for code, msg in found), found
    assert not any("allergic to thyroid" in msg for _, msg in found), found


# --- a harm pairs only when the product is what causes it: not its absence, not another agent

@pytest.mark.parametrize("b", [
    "Coming off Dravexa too fast can bring on high blood pressure.",
    "Skipped doses of Dravexa can cause hypertension.",
    "Dravexa withdrawal can cause hypertension.",
    "Strong coffee can still cause high blood pressure in people taking Dravexa.",
    "Many patients moved to Dravexa after Lorexin caused high blood pressure.",
])
def test_a_harm_that_the_product_does_not_cause_does_not_pair(b):
    assert "CON007" not in _codes(_TAB, "Dravexa lowers blood pressure.", b), b


@pytest.mark.parametrize("b", [
    "In some people, Dravexa can cause high blood pressure.",
    "Even in people who stop smoking, Dravexa can cause high blood pressure.",
    "High blood pressure is a known side effect of Dravexa.",
])
def test_a_harm_the_product_causes_still_pairs(b):
    assert "CON007" in _codes(_TAB, "Dravexa lowers blood pressure.", b), b


@pytest.mark.parametrize("b", [
    "Exceeding the safe limit of alcohol while drinking Zestora can cause nausea.",
    "Going over the daily limit of salt while on Zestora can cause headaches.",
])
def test_too_much_of_something_else_sets_no_limit_on_the_product(b):
    assert "CON004" not in _codes(_DRINK, "Zestora is safe in any amount.", b), b


@pytest.mark.parametrize("b", [
    "An overdose of Zestora can cause vomiting.",
    "Drinking too much Zestora can cause vomiting.",
])
def test_too_much_of_the_product_sets_a_limit(b):
    assert "CON004" in _codes(_DRINK, "Zestora is safe in any amount.", b), b


# --- a condition people already have is no harm; another vessel's pressure is no blood pressure

def test_a_condition_people_already_have_does_not_pair():
    for b in ("Many adults who start Dravexa already have high cholesterol.",
              "Most people taking Dravexa already had high cholesterol."):
        assert "CON007" not in _codes(_TAB, "Dravexa lowers cholesterol.", b), b


def test_a_condition_the_product_brings_on_still_pairs():
    assert "CON007" in _codes(_TAB, "Dravexa lowers cholesterol.",
                              "In some patients, Dravexa can cause high cholesterol.")


def test_another_vessels_pressure_is_not_blood_pressure():
    assert "CON007" not in _codes(_TAB, "Dravexa lowers blood pressure.", "Dravexa can cause pulmonary hypertension.")


def test_hypertension_itself_still_pairs():
    assert "CON007" in _codes(_TAB, "Dravexa lowers blood pressure.", "Dravexa can cause hypertension.")


# --- a group is the harm's group only as the head of its noun phrase; misuse is no group's use

@pytest.mark.parametrize("a, b", [
    ("Sombrel is safe for children.", "Under two per cent of those taking Sombrel get hives."),
    ("Sombrel is safe for the whole family.", "Family pharmacists warn that Sombrel can cause headaches."),
    ("Sombrel is safe for people with thyroid problems.", "Thyroid specialists say Sombrel can cause dizziness."),
    ("Sombrel is safe for teenagers.", "Teenagers' grandparents taking Sombrel sometimes feel dizzy."),
    ("Sombrel is safe for children.", "Children given adult doses of Sombrel can become sleepy."),
    ("Sombrel is safe for children.", "Children who accidentally swallow Sombrel can become sleepy."),
])
def test_a_group_word_that_is_not_the_harms_group_does_not_pair(a, b):
    assert "CON006" not in _codes(_AID, a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Sombrel is safe for children.", "Children taking Sombrel often get headaches."),
    ("Sombrel is safe for pregnant women.", "Pregnant women taking Sombrel can get cramps."),
    ("Sombrel is safe for the whole family.", "In babies under one, Sombrel can cause vomiting."),
])
def test_a_group_that_heads_its_phrase_still_pairs(a, b):
    assert "CON006" in _codes(_AID, a, b), (a, b)


# --- a combination's harm is not the product's; people who start it have what they had before

def test_a_harm_of_the_product_with_something_else_does_not_pair():
    assert "CON006" not in _codes(_AID, "Sombrel is safe for children.",
                                  "Children taking Sombrel with antihistamines can become very sleepy.")


def test_a_harm_of_the_product_taken_with_food_still_pairs():
    assert "CON006" in _codes(_AID, "Sombrel is safe for children.",
                              "Children taking Sombrel with food can become very sleepy.")


def test_a_condition_of_people_starting_it_does_not_pair():
    assert "CON007" not in _codes(_TAB, "Dravexa lowers blood pressure.",
                                  "About a third of those starting Dravexa have hypertension.")
