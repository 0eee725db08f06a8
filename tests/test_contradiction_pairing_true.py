"""Issue 14 (branch contra9c): the contra9b gates on a concept harm's cause
(``contradictions.measure_harms``) read only what governs the harm, so true contradictions
the review found lost come back, while the false ones stay out.

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


# --- 1, 2: a stop, an adult dose or an accident counts only in the harm's clause (stopping, before it)

@pytest.mark.parametrize("b", [
    "Children given Sombrel can feel dizzy; in that case, stop it at once.",
    "Children on Sombrel may feel dizzy and should then quit it.",
    "Children using Sombrel can get stomach aches, and accidentally eating the desiccant packet is a different danger.",
    "Children given Sombrel can feel dizzy, so never hand them the adult dose.",
])
def test_advice_or_misuse_in_another_clause_keeps_the_group_harm(b):
    assert "CON006" in _codes(_AID, "Sombrel is safe for children.", b), b


@pytest.mark.parametrize("b", [
    "Children who accidentally take too much Sombrel can feel dizzy.",
    "Children handed adult doses of Sombrel by mistake can feel dizzy.",
])
def test_misuse_of_the_product_in_the_harms_clause_does_not_pair(b):
    assert "CON006" not in _codes(_AID, "Sombrel is safe for children.", b), b


# --- 3: only the mention that governs the harm, and only a second agent, makes a combination

@pytest.mark.parametrize("b", [
    "Children on Sombrel with a fever can get very drowsy.",
    "Children taking Sombrel with a blocked nose can get headaches.",
])
def test_a_condition_after_with_keeps_the_group_harm(b):
    assert "CON006" in _codes(_AID, "Sombrel is safe for children.", b), b


def test_a_combination_in_another_clause_keeps_the_harm():
    assert "CON007" in _codes(_TAB, "Dravexa lowers blood pressure.",
                              "Hypertension is a listed side effect of Dravexa, so do not combine Dravexa with gin.")


def test_other_medicines_still_make_a_combination():
    assert "CON006" not in _codes(_AID, "Sombrel is safe for children.",
                                  "Children taking Sombrel with other medicines can become very sleepy.")


# --- 4: people who started it and then had the condition had a harm

def test_a_condition_had_after_starting_pairs():
    assert "CON007" in _codes(_TAB, "Dravexa lowers blood pressure.",
                              "A few users who started Dravexa had sudden hypertension.")


# --- 5: only a noun after the group's words makes them a modifier

@pytest.mark.parametrize("b", [
    "Children rarely get headaches from Sombrel.",
    "Young children rarely get headaches from Sombrel.",
    "Children 4 to 10 taking Sombrel can get headaches.",
    "Children 3 and over taking Sombrel may feel dizzy.",
    "Children themselves given Sombrel can feel dizzy.",
])
def test_an_adverb_an_age_or_a_pronoun_after_the_group_keeps_it(b):
    assert "CON006" in _codes(_AID, "Sombrel is safe for children.", b), b


@pytest.mark.parametrize("b", [
    "Children's nurses say Sombrel can cause headaches.",
    "Toddler groups warn that Sombrel can cause headaches.",
])
def test_a_noun_after_the_group_makes_it_a_modifier(b):
    assert "CON006" not in _codes(_AID, "Sombrel is safe for children.", b), b


# --- 6: a modal alone after a comma or a relative leaves the product as the cause

@pytest.mark.parametrize("b", [
    "Dravexa is a capsule which can cause high blood pressure in a few users.",
    "Dravexa, as with several decongestants, can cause high blood pressure.",
])
def test_a_modal_alone_leaves_the_product_as_the_cause(b):
    assert "CON007" in _codes(_TAB, "Dravexa lowers blood pressure.", b), b


def test_too_much_of_the_product_with_an_aside_sets_a_limit():
    assert "CON004" in _codes(_DRINK, "Zestora is safe in any amount.",
                              "Too much Zestora, as with too much of any soft drink, can cause vomiting.")


def test_a_relative_clause_of_another_agent_does_not_pair():
    assert "CON007" not in _codes(_TAB, "Dravexa lowers blood pressure.",
                                  "Caffeine is a stimulant which can cause high blood pressure in people taking Dravexa.")


# --- 7: an overdose "on" the product is too much of it

def test_an_overdose_on_the_product_sets_a_limit():
    assert "CON004" in _codes(_DRINK, "Zestora is safe in any amount.", "A large overdose on Zestora can cause vomiting.")


# --- 8: the older-children group has its own label

def test_older_children_are_named_as_such():
    found = _found(_AID, "Sombrel is safe for older children.", "Older children taking Sombrel can get headaches.")
    assert any(code == "CON006" and "older children" in msg for code, msg in found), found
    assert not any("allergic to older" in msg for _, msg in found), found
