"""Structures no reader read before session 13 (``struct14``, issue 14), each with cases that
must now conflict and cases of the same shape that must not: a different owner (another
product, a condition, a study's result, a person's state) or no claim at all. Every sentence is
written for these tests (coined names); none is copied from a benchmark row."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


# -- 1: a denial whose object is an organ or a body function ---------------------------------

@pytest.mark.parametrize(("denial", "harm"), [
    ("Velmora does not affect your thyroid.", "Velmora can trigger an underactive thyroid."),
    ("Your thyroid is left completely untouched by Velmora.", "Velmora can trigger an overactive thyroid."),
    ("You won't notice any change in your periods with Velmora.", "Velmora can cause irregular periods."),
    ("Velmora causes no problems with the gut.", "People taking Velmora often develop stomach aches and diarrhoea."),
    ("Velmora carries no risk of harm to the liver.", "Velmora can cause liver damage."),
    ("Taken at night, Velmora leaves your sleep untouched.", "Velmora can cause insomnia."),
    ("Unlike other brands, Velmora doesn't affect your periods.", "Velmora can cause irregular periods."),
])
def test_an_organ_or_function_spared_denies_its_harms(denial, harm):
    assert contradiction_codes("Velmora is a herbal tablet. " + denial + _FILLER + harm + _FILLER)


@pytest.mark.parametrize("denial", [
    "People with no problems with their kidneys can take Velmora.",  # a person's state
    "The trial found no change in thyroid function with Velmora.",  # a study's observation
    "Hypothyroidism does not affect your periods.",  # a condition's course
    "Stopping Velmora won't affect your periods.",  # another cause: the product's absence
    "Aspirin does not affect your thyroid.",  # another product
    "If you have no trouble with your stomach, take Velmora with water.",  # a condition of use
    "Your thyroid is left untouched by the disease in most cases.",  # the condition, not the product
    "Other brands claim their tablets don't affect your periods.",  # other products as a class
    "Rival makers say their pills don't harm the kidneys.",  # the same, with a harm verb
])
def test_a_spared_organ_owned_by_something_else_is_no_denial(denial):
    harms = "Velmora can trigger an underactive thyroid. Velmora can cause irregular periods. " \
            "Velmora can damage the kidneys. Velmora can cause stomach pain."
    assert not contradiction_codes("Velmora is a herbal tablet. " + denial + _FILLER + harms + _FILLER)


def test_an_organ_named_without_a_denial_is_no_claim():
    assert not contradiction_codes("Velmora is a herbal tablet. Velmora is taken by people with thyroid disease and their "
                      "periods are checked every month." + _FILLER + "Velmora can cause irregular periods." + _FILLER)


# -- 2: a harm said of a group of the product's users ----------------------------------------

@pytest.mark.parametrize(("harm", "denial"), [
    ("Some people had swelling of the ankles on Velmora.", "Velmora does not cause swollen ankles."),
    ("Some patients had headaches while taking it.", "Velmora never causes headaches."),
    ("Lots of people who start Velmora end up constipated.", "Velmora never causes constipation."),
    ("Users who try it end up feeling sick.", "Velmora never causes nausea."),
    ("Diarrhoea and stomach pain are among the commonest reasons people stop Velmora.",
     "Velmora is easy on the digestive system."),
])
def test_a_harm_said_of_the_products_users_conflicts(harm, denial):
    assert contradiction_codes("Velmora is a herbal tablet. " + denial + _FILLER + harm + _FILLER)


@pytest.mark.parametrize(("harm", "denial"), [
    ("Some people had a rash on the first day.", "Velmora never causes a rash."),  # a day, not the product
    ("Some patients had headaches on Nurofen.", "Velmora never causes headaches."),  # another drug
    ("Patients had fewer headaches on Velmora.", "Velmora never causes headaches."),  # a comparison
    ("Nausea is among the commonest reasons people stop Nurofen.", "Velmora never causes nausea."),  # another drug's
    ("Many people who start chemotherapy end up exhausted.", "Velmora never causes tiredness."),  # another treatment
    ("People who start a low-carb diet often end up constipated.", "Velmora never causes constipation."),
])
def test_a_group_harm_owned_by_something_else_is_no_conflict(harm, denial):
    assert not contradiction_codes("Velmora is a herbal tablet. " + denial + _FILLER + harm + _FILLER)


def test_stopping_the_product_is_no_benefit():
    from lint_rules.analysis.typed_claims import typed_claims
    from lint_rules.parsing import parse_document

    doc = parse_document("<t>", "Velmora is a herbal tablet. Nausea is among the reasons people stop Velmora. "
                         "Velmora can stop migraines.", "text")
    benefits = [c for c in typed_claims(doc) if c.type == "benefit"]
    assert [c.sentence for c in benefits] == [2]  # "stop migraines" is one; "stop Velmora" is none


# -- 1b: people have none of the effect with the product -------------------------------------

@pytest.mark.parametrize(("denial", "harm"), [
    ("Patients have no hoarseness or voice changes with it.", "Velmora can make your voice hoarse."),
    ("Users get no jitters on Velmora.", "Velmora can give you the jitters."),
])
def test_people_having_none_of_it_with_the_product_deny_it(denial, harm):
    assert contradiction_codes("Velmora is a herbal tablet. " + denial + _FILLER + harm + _FILLER)


@pytest.mark.parametrize(("denial", "harm"), [
    ("Patients have no hoarseness with Nurofen.", "Velmora can make your voice hoarse."),  # another drug
    ("People with asthma have no wheeze on good days.", "Velmora can cause wheezing."),  # a time, no product
    ("Patients in the placebo group had no rash with it.", "Velmora can cause a rash."),  # the placebo arm
])
def test_people_having_none_of_it_with_something_else_deny_nothing(denial, harm):
    assert not contradiction_codes("Velmora is a herbal tablet. " + denial + _FILLER + harm + _FILLER)


# -- 4: another product described by the ingredient it shares with the named one -------------

@pytest.mark.parametrize("other", [
    "Tablets containing the same steroid as Velmora can cause headaches.",
    "Products with the same ingredient as Velmora can cause headaches.",
    "Creams that contain the same active ingredient as it can cause headaches.",
])
def test_another_product_sharing_the_ingredient_is_not_the_product(other):
    assert not contradiction_codes("Velmora is a herbal tablet. Velmora never causes headaches." + _FILLER + other + _FILLER)


@pytest.mark.parametrize("own", [
    "Velmora, with the same ingredient as Nurofen, can cause headaches.",  # the product named first
    "Velmora can cause headaches.",
])
def test_the_product_itself_still_conflicts(own):
    assert contradiction_codes("Velmora is a herbal tablet. Velmora never causes headaches." + _FILLER + own + _FILLER)


# -- ordinary passages of the shapes these readers take, written for this test: no finding ---

@pytest.mark.parametrize("passage", [
    "Stopping the pill won't affect your periods straight away, says Dr Patel. Some women find the pill itself "
    "can cause spotting between periods in the first months.",
    "The surgeon explained that your thyroid is left untouched by the operation, which removes only the "
    "parathyroid glands. Thyroid problems after parathyroid surgery are rare. Calcium tablets can cause constipation.",
    "News report: Aspirin does not affect your thyroid, the review concluded. Separately, lithium can cause an "
    "underactive thyroid in about one in five long-term users.",
    "People with no problems with their kidneys can take Renavit at the usual dose. Those with kidney disease "
    "should ask a doctor, because the tablets can build up and damage the kidneys.",
    "News report: In the trial, patients had fewer headaches on Velmora than on placebo. Headaches were the "
    "commonest reason people stopped the older drug, topiramate. Velmora never causes drowsiness, the company said.",
    "Press release: Patients in the placebo group had no nausea with it, while 12% of those on Zentivo reported "
    "mild nausea. Zentivo can cause nausea in the first week.",
    "Supplement seller: Unlike products with the same ingredient as Nytol, our herbal sleep drops won't leave you "
    "drowsy in the morning. Nytol can cause next-day drowsiness.",
    "Patient leaflet: People with asthma have no wheeze on good days, but the inhaler can cause a hoarse voice. "
    "Rinse your mouth after each dose.",
])
def test_ordinary_passages_draw_no_finding(passage):
    assert not contradiction_codes(passage)


# -- 2b: a group named by its condition, then what the group had -----------------------------

def test_a_group_named_by_its_condition_can_have_a_harm_on_the_product():
    assert contradiction_codes("Velmora is a herbal tablet. Velmora does not cause swollen ankles." + _FILLER
                  + "One in four people with diabetes had swelling of the ankles on Velmora." + _FILLER)


@pytest.mark.parametrize("passage", [
    "Before the trial, people with migraine had headaches on about ten days a month. Velmora never causes "
    "headaches, the company says.",
    "Children with eczema had itchy skin before using Velmora cream. Velmora never makes the skin itch.",
    "People with kidney disease had swelling of the ankles before dialysis. Velmora tablets do not cause swelling.",
])
def test_what_a_group_had_before_the_product_is_no_harm_of_it(passage):
    assert not contradiction_codes(passage + _FILLER)
