"""Review fixes to session 10's ``contra10`` gates (branch ``contra10b``): each gate that held
apart two sides of a true contradiction is narrowed to its mechanism. Fail cases (the true
contradiction must still be found) and pass cases (the narrowed gate still holds its own
shape apart). Every sentence is written for these tests (coined product names)."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

from lint_rules.analysis.claim_limits import excluded_apart
from lint_rules.parsing import parse_document

_FILLER = " Each box holds twenty-four sachets. "


def _findings(a: str, b: str, between: str = _FILLER) -> list:
    return contradictions(two_claims(a, b, between))


@pytest.mark.parametrize("a, b", [
    # then and now are kept apart from each other only, not from any other time frame
    ("Pravolin never causes dizziness, even with long-term use.", "These days many patients on Pravolin report dizziness."),
    ("Pravolin never causes dizziness, even with long-term use.", "Many patients on Pravolin report dizziness nowadays."),
    # older or former people, and "earlier this year", are no older kind of the product
    ("Pravolin never causes dizziness, even with long-term use.", "Former drinkers who take Pravolin often feel dizzy."),
    ("Pravolin never causes dizziness, even with long-term use.", "Older participants in the study often felt dizzy on Pravolin."),
    ("Pravolin never causes dizziness, even with long-term use.", "Earlier this month, a nurse told us Pravolin often causes dizziness."),
    # a bare "someone" is no reported voice
    ("Pravolin often causes dizziness, so someone who feels faint should sit down.", "Pravolin never causes dizziness."),
    # titles are no brand of a product line; a form noun after the brand is the brand as a whole
    ("Pravolin never causes dizziness, Prof Okafor said.", "Pravolin often causes dizziness, Prof Lindqvist added."),
    ("Crunchly Bars are entirely gluten-free.", "Crunchly Honey Oat contains gluten."),
    # a share of people or of an effect is no strength of the product
    ("Pravolin lowers blood sugar by 15%.", "In 4% of patients, Pravolin raises blood sugar."),
    # what the exception carves out is looked for in the other claim, not anywhere in its sentence
    ("Pravolin has no side effects apart from a dry mouth.", "Pravolin causes dizziness and a dry mouth."),
    # "below" in the exception is no pointer to a list
    ("Pravolin causes no dizziness, except in children below the age of five.", "Pravolin often causes dizziness."),
    # a habit group is not the product's own regular takers
    ("Pravolin causes no dizziness in daily Pravolin users.", "Pravolin often causes dizziness."),
])
def test_the_true_contradiction_is_still_found(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # "linked with" / "associated with" before a participle names the effect
    ("Pravolin lowers triglycerides.", "Pravolin use is linked with raised triglycerides."),
    ("Pravolin lowers blood pressure.", "Taking Pravolin is associated with increased blood pressure."),
])
def test_a_linked_effect_is_still_a_direction(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # then and now still apart
    ("Older Dairex spreads made with palm oil raised LDL cholesterol.", "Nowadays Dairex spreads lower LDL cholesterol."),
    # an exception pointing at a list that follows
    ("Pravolin has no interactions, apart from the medicines listed below.",
     "These are warfarin, digoxin and lithium, and Pravolin can boost the effect of warfarin."),
])
def test_the_narrowed_gates_still_hold_their_shape_apart(a, b):
    assert not _findings(a, b), (a, b)


@pytest.mark.parametrize("later, apart", [
    ("These are warfarin, digoxin and lithium.", True),
    ("Warfarin: it can raise the risk of bleeding.", True),
    ("Pravolin can boost the effect of warfarin.", False),  # no list follows: nothing held apart
])
def test_a_pointer_to_a_list_holds_apart_only_a_list(later, apart):
    doc = parse_document("t", f"Pravolin has no interactions, apart from the medicines listed below. {later}\n", "text")
    assert excluded_apart(doc, 0, 1) is apart


def test_below_in_the_exception_is_no_pointer():
    doc = parse_document("t", "Pravolin causes no dizziness, except in children below the age of five. "
                              "These are warfarin, digoxin and lithium.\n", "text")
    assert not excluded_apart(doc, 0, 1)


def test_a_name_outside_the_claims_product_is_no_line():
    # the capitalised words after a name that is not the claims' product ("Clinic Tom")
    a = "Pravolin never causes dizziness, says the Harbour Clinic Team."
    b = "Pravolin often causes dizziness, according to Harbour Medical Group."
    assert _findings(a, b)


def test_an_audience_member_who_wrote_in_is_a_voice_the_article_answers():
    a = 'A reader wrote in: "My cousin reckons you cannot take too much Ferrovit."'
    between = " Our pharmacist said that was wrong. "
    b = "Taking more than three Ferrovit tablets a day can damage the liver."
    assert not _findings(a, b, between)
