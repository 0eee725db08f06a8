"""Issue 14, false alarms: two opposing claims that the article does not set against each
other (``analysis/claim_limits.py``). Each mechanism has a pass case (no conflict) and a
fail case showing the limit does not reach past it. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

from lint_rules.analysis.claim_limits import named_apart, other_population
from lint_rules.api import lint_text

_FILLER = "\n\nThe packs hold thirty doses and ship within two working days.\n\n"


def _findings(a: str, b: str) -> list:
    return contradictions(two_claims(a, b, _FILLER))


# -- the maker's claim against the evidence the article reports ----------------------------

@pytest.mark.parametrize("a, b", [
    ("The company says its protein bar is free of the major allergens.",
     "Independent laboratory testing found traces of peanut in three batches."),
    ("The maker says Dormalex causes no drowsiness.",
     "In a trial, researchers found that Dormalex caused drowsiness in a third of volunteers."),
])
def test_a_claim_the_maker_makes_and_evidence_disputes_is_reported_not_made(a, b):
    assert not _findings(a, b), (a, b)


def test_a_disputed_claim_is_paired_with_nothing_else_in_the_article():
    # the heading names the topic of the evidence that answers the maker's claim
    text = ("# Slimtrack review\n\nThe company says the weight users lose with Slimtrack stays off "
            "permanently.\n\nMost people try it for a month before deciding.\n\n## Weight regain\n\n"
            "Follow-up figures later showed that most users had regained the weight within two years.\n")
    assert not [f for f in lint_text(text, kind="md", select=["contradiction"]) if f.code.startswith("CON")]


def test_a_maker_claim_against_a_plain_statement_of_harm_still_conflicts():
    a = "The company says Dormalex causes no morning grogginess."
    b = "Dormalex causes morning grogginess in many people who take it."
    assert _findings(a, b)


# -- claims limited to different groups of people -----------------------------------------

def test_a_denial_for_one_group_and_a_harm_in_another_do_not_conflict():
    a = "The nasal vaccine carries no risk of pneumonia for people with normal lung function."
    b = "In people with badly scarred lungs, the nasal vaccine can cause pneumonia."
    assert not _findings(a, b)


def test_the_same_group_on_both_sides_still_conflicts():
    a = "Renavit does not cause kidney damage in people with diabetes."
    b = "In people with diabetes, Renavit can cause kidney damage."
    assert _findings(a, b)


def test_groups_differ_only_when_neither_contains_the_other():
    assert other_population(frozenset({"healthy", "lungs"}), frozenset({"scarred", "lungs"}))
    assert not other_population(frozenset({"diabetes"}), frozenset({"type", "diabetes"}))
    assert not other_population(frozenset(), frozenset({"diabetes"}))


# -- the symptom belongs to the disease ---------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Gastrolin did not cause nausea.",
     "Some patients still felt sick during flare-ups, which is a typical symptom of gastritis itself."),
    ("Vertigan does not cause dizziness.",
     "Many users still felt dizzy during attacks, a well-known feature of Meniere's disease itself."),
])
def test_a_symptom_said_to_be_part_of_the_disease_is_no_side_effect(a, b):
    assert not _findings(a, b), (a, b)


def test_a_symptom_the_product_causes_still_conflicts():
    a = "Breathex does not cause coughing."
    b = "Breathex causes coughing in many people who use it."
    assert _findings(a, b)


# -- different members of one family of products ------------------------------------------

def test_two_vitamins_are_two_products():
    a = "Vitamin E is safe at any dose, the dietitian said."
    b = "Adults should not take more than 3 mg of vitamin A a day."
    assert not _findings(a, b)


def test_family_codes():
    assert named_apart("vitamin c", "vitamin a")
    assert named_apart("hepatitis a vaccine", "hepatitis b vaccine")
    assert not named_apart("vitamin k", "vitamin k2")
    assert not named_apart("vitamin d", "vitamin d supplement")
    assert not named_apart("glucorin", "berberine")


def test_the_same_vitamin_on_both_sides_still_conflicts():
    a = "Vitamin E is safe at any dose."
    b = "Adults should not take more than 300 mg of vitamin E a day."
    assert _findings(a, b)


# -- a denial that is an instruction ------------------------------------------------------

def test_the_maxim_do_no_harm_is_no_safety_promise():
    a = 'The surgeon said the first rule of her work is "do no harm".'
    b = "Very rarely, liver injury has been reported in people taking Restorin."
    assert not _findings(a, b)


def test_a_product_that_does_no_harm_is_a_promise():
    a = "Restorin does no harm to the liver."
    b = "Restorin can cause liver damage."
    assert _findings(a, b)


# -- a British head noun names the product ------------------------------------------------

def test_two_vaccines_named_by_their_kind_are_two_products():
    a = "The inactivated whooping-cough jab is safe for pregnant women, midwives said."
    b = "The live rubella vaccine is not recommended in pregnancy."
    assert not _findings(a, b)


# -- one product in two forms ---------------------------------------------------------------

def test_one_drug_in_two_forms_is_two_products():
    a = "Naproxen gel does not upset the stomach."
    b = "Naproxen tablets, on the other hand, can cause stomach ulcers."
    assert not _findings(a, b)


def test_the_same_form_on_both_sides_still_conflicts():
    a = "Naproxen tablets do not upset the stomach."
    b = "Naproxen tablets can cause stomach ulcers."
    assert _findings(a, b)


# -- the maker named by the product's name ----------------------------------------------------

def test_the_makers_claim_named_by_the_product_is_the_makers():
    a = "Sleepwell's maker claims the tablets never cause next-day drowsiness."
    b = "A university trial, however, found that one in four users felt drowsy the next morning."
    assert not _findings(a, b)


def test_a_limit_naming_only_another_vitamin_is_about_that_vitamin():
    a = "Vitamin B12 is safe at any dose because the body excretes what it does not need."
    b = "More than 100 mg of vitamin B6 a day can damage nerves."
    assert not _findings(a, b)


# -- food and supplements -------------------------------------------------------------------

def test_no_limit_from_food_and_a_limit_for_supplements_agree():
    a = "There is no known upper limit for vitamin K from food."
    b = "Supplements, however, should not exceed 1 mg a day for people on warfarin."
    assert not _findings(a, b)


def test_no_limit_and_a_limit_both_for_supplements_still_conflict():
    a = "There is no upper limit for vitamin K supplements."
    b = "Vitamin K supplements should not exceed 1 mg a day."
    assert _findings(a, b)


@pytest.mark.parametrize("a, b", [
    # the maker's founder, quoted, then a study
    ('"Nuvella will never stain your teeth," the brand\'s founder told us.',
     "A 2023 study found that the rinse stained teeth in a fifth of users."),
])
def test_a_quoted_maker_answered_by_a_study(a, b):
    assert not _findings(a, b), (a, b)


def test_a_condition_on_the_reader_names_a_group():
    a = "If you have no history of stomach ulcers, aspirin at a low dose will not cause bleeding."
    b = "In people who have had an ulcer, aspirin can cause stomach bleeding."
    assert not _findings(a, b)


def test_the_disease_itself_named_as_the_cause_before_the_effect():
    a = "The anti-sickness drug does not cause vomiting."
    b = "Some patients still vomit, because chemotherapy itself causes vomiting."
    assert not _findings(a, b)
