"""Review round 2 fixes (session 10, ``contra10c``): readings that held two opposing claims
apart, or made a claim, where the words do not. Each fix has a case that must conflict now
and a case of the same shape that must not. Every sentence here is written for these tests
(coined product names)."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_FILLER = " It is sold in tins. A tin costs three pounds. "


# -- 5: an exception pointing at a list belongs to its own claim ----------------------------

def test_a_list_exception_of_another_claim_frees_nothing():
    assert contradiction_codes("Fizzora is a fruit tonic. It has no side effects, and no interactions except for the "
                  "medicines listed below. In a trial, it caused headaches, vomiting and rashes in one in "
                  "six users." + _FILLER)


def test_a_list_exception_of_the_claim_itself_still_holds_apart():
    assert not contradiction_codes("Fizzora is a fruit tonic. It has no interactions except for the medicines listed "
                      "below. It interacts with warfarin, aspirin and digoxin." + _FILLER)


# -- 6: severity and frequency words tell no exception from a harm ---------------------------

def test_a_shared_severity_word_is_no_exception():
    assert contradiction_codes("Lavella is a herbal sleep spray. Apart from a slight bitterness, it has no side effects. "
                  "In a trial, it caused slight headaches in one in eight users." + _FILLER)


def test_the_exception_named_again_still_holds_apart():
    assert not contradiction_codes("Lavella is a herbal sleep spray. Apart from a slight bitterness, it has no side "
                      "effects. Some users noticed the bitterness." + _FILLER)


# -- 7: how often people take the product is no group of people ------------------------------

@pytest.mark.parametrize("a, b", [
    ("In people who regularly take it, it causes no kidney damage.",
     "In people who often take it, it can cause kidney damage, doctors warn."),
    ("In people who regularly use it, it causes no kidney damage.",
     "In people who often use it, it can cause kidney damage, doctors warn."),
])
def test_takers_by_frequency_are_no_group(a, b):
    assert contradiction_codes(f"Renalix is a slimming drink. {a} {b}" + _FILLER)


def test_groups_named_by_another_habit_still_hold_apart():
    assert not contradiction_codes("Renalix is a slimming drink. In people who regularly smoke cigarettes, it can cause "
                      "kidney damage, doctors warn. In people who rarely smoke cigarettes, it causes no kidney "
                      "damage." + _FILLER)


# -- 8: a harm at a smaller amount than the denial's ------------------------------------------

def test_a_harm_at_a_smaller_amount_conflicts_with_the_denial():
    assert contradiction_codes("Pollenor is a hay fever tablet. Three tablets a day cause no dizziness. In a trial, "
                  "users who took one tablet a day reported dizziness." + _FILLER)


def test_a_harm_at_a_larger_amount_is_held_apart():
    assert not contradiction_codes("Pollenor is a hay fever tablet. One tablet a day causes no dizziness. In a trial, "
                      "users who took three tablets a day reported dizziness." + _FILLER)


def test_a_pack_size_is_no_dose():
    assert contradiction_codes("Pollenor is a hay fever tablet. Pollenor causes no dizziness, and each box holds 24 "
                  "tablets. In a trial, users who took two tablets a day reported dizziness." + _FILLER)


def test_a_strength_then_a_form_is_the_strength():
    from lint_rules.analysis import claim_limits
    from lint_rules.parsing import parse_document

    doc = parse_document("x.txt", "The 20 mg tablets are fine. Take two tablets.\n", "text")
    assert claim_limits._amounts(doc, 0) == frozenset({("20", "mg")})
    assert claim_limits._amounts(doc, 1) == frozenset({("2", "tablet")})


# -- 9: what is avoided in pregnancy must be the product -------------------------------------

@pytest.mark.parametrize("b", [
    "Avoid raw fish in pregnancy, midwives advise.",
    "Avoid caffeine and alcohol during pregnancy, the NHS says.",
])
def test_something_else_avoided_in_pregnancy_is_no_restriction(b):
    assert not contradiction_codes(f"Sunora is a vitamin spray. It is safe for every woman, the maker says. {b}" + _FILLER)


@pytest.mark.parametrize("b", [
    "Avoid it in pregnancy, midwives advise.",
    "Avoid Sunora during pregnancy, the NHS says.",
    "Avoid the spray in pregnancy, midwives advise.",
])
def test_the_product_avoided_in_pregnancy_still_conflicts(b):
    assert contradiction_codes(f"Sunora is a vitamin spray. It is safe for every woman, the maker says. {b}" + _FILLER)


# -- 10: a bare "surpass" is no limit --------------------------------------------------------

@pytest.mark.parametrize("b", [
    "Sales of it never surpass those of its mint rival.",
    "Its sugar levels do not surpass those of an apple.",
])
def test_a_bare_surpass_is_no_limit(b):
    assert not contradiction_codes(f"Nutrova is a protein shake. You cannot overdose on it. {b}" + _FILLER)


def test_surpass_before_an_amount_is_still_a_limit():
    assert contradiction_codes("Nutrova is a protein shake. There is no maximal dose for Nutrova. "
                  "Do not surpass three scoops of Nutrova a day." + _FILLER)
