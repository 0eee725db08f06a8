"""Classes of miss that recur in the v10, v11 and v12 dev triages (``recur14``, issue 14), each
read as a construction in every form, with cases that must now conflict and cases of the same
shape that must not: another product, a condition, a question, a hedge, a body measure, a
harm. Every sentence is written for these tests (coined names); none is copied from a
benchmark row."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def _pair(a: str, b: str) -> list[str]:
    return contradiction_codes("Velmora is a new tablet. " + a + _FILLER + b + _FILLER)


# -- 1: interactions: another drug's level changed, in every tense; "if you also take" ------

@pytest.mark.parametrize("interaction", [
    "In volunteers, Velmora raised blood levels of tacrolimus by half.",  # past
    "Taking it with ketoconazole more than doubles the amount in the blood.",  # degree
    "Velmora lowered warfarin levels in several patients.",  # past, drug before levels
    "Velmora can reduce the concentration of digoxin in the blood.",
    "The contraceptive pill may stop working properly if you also take Velmora.",  # "also"
    "If you also take warfarin, Velmora can raise the risk of bleeding.",
])
def test_an_interaction_in_any_form_answers_none(interaction):
    assert _pair("Velmora has no known drug interactions.", interaction)


@pytest.mark.parametrize("other", [
    "In the trial, Velmora lowered levels of LDL cholesterol by a fifth.",  # a body measure
    "Velmora raised blood levels of vitamin D in most users.",  # a nutrient the body carries
    "Patients with raised levels of lithium should see their doctor.",  # a participle, no verb
    "Some antibiotics may not work as well if you also take antacids.",  # two other drugs
    "The original Velmora, withdrawn in 2019, raised levels of some heart medicines.",  # an earlier product
    "Does Velmora raise blood levels of warfarin? It does not.",  # a question
    "Grapefruit can more than double the amount of some statins in the blood.",  # a food's
])
def test_levels_of_the_body_or_of_other_drugs_are_no_interaction(other):
    assert not _pair("Velmora has no known drug interactions.", other)


def test_two_other_drugs_before_the_product_is_named():
    assert not contradiction_codes("Some antibiotics may not work as well if you also take antacids, a survey found. "
                      "Gastrel, a new antacid chew, says on its pack that it has no drug interactions." + _FILLER)


# -- 2: course: a result said to stay, lastingness adjectives, "keep the benefit" ------------

@pytest.mark.parametrize(("lasting", "passing"), [
    ("The weight you lose with Velmora stays off.", "Most people regain the weight within a year of stopping Velmora."),
    ("Once the lines are gone, they stay gone.",
     "If you stop Velmora, the skin returns to its previous state within a month."),
    ("With Velmora, the change is irreversible.", "The effects of Velmora are fully reversible once you stop."),
    ("Velmora offers long-lasting relief.", "By six months, the benefit of Velmora had faded in most patients."),
    ("One course of Velmora and your new hair is yours for life.", "Most patients need a top-up session every year."),
    ("Users who finish the course keep the benefit indefinitely.", "Ringing returned to its old level within two months."),
    ("Velmora clears acne for good.", "You need to keep using Velmora every day to keep the benefit."),
])
def test_a_lasting_result_answers_a_passing_one(lasting, passing):
    assert _pair(lasting, passing)


@pytest.mark.parametrize("lasting", [
    "Stay off alcohol while you take Velmora.",  # advice: an object follows
    "Stay away from the sun for a day after Velmora.",
    "The pounds stayed off for a few weeks.",  # a limited stay
    "Does the weight stay off after Velmora?",  # a question
    "The weight never stays off for long.",  # negated
    "Nerve damage from diabetes is irreversible.",  # a harm, not a result
    "The damage is long-lasting.",  # no result noun
    "The results of Velmora are long-lasting.",  # gradable: long, not for good
    "Velmora offers long-lasting relief, typically six to nine months.",  # a stated span
])
def test_no_lasting_promise(lasting):
    assert not _pair(lasting, "Most people regain the weight within a year of stopping Velmora.")


def test_a_harm_that_wears_off_is_no_fading_result():
    assert not _pair("A course of three Velmora injections gives long-lasting protection.",
                     "A sore arm for a day is common and wears off quickly.")
    # the condition coming back is the result's course
    assert _pair("Velmora fixed my back for good.", "Whenever I stop Velmora for a few weeks, the pain creeps back.")



@pytest.mark.parametrize(("lasting", "passing"), [
    # lasting only while the product is kept up: agrees with fading after stopping
    ("The weight you lose with Velmora stays off as long as you keep taking it.",
     "People who stop Velmora tend to regain the weight."),
    ("Users keep the benefit indefinitely while they continue Velmora.", "People who stop find the benefit fades."),
    ("With regular top-ups, Velmora offers long-lasting relief.", "Without top-ups, the benefit of Velmora fades."),
    # a comparison or a stated span is no permanence
    ("Its effects are long-lasting compared with other creams.", "The effect of Velmora wears off after about a day."),
    ("Velmora gives long-lasting relief for most of the day.", "The effect of Velmora wears off by bedtime."),
    # a side effect's reversibility is a harm's course, not the result's
    ("Velmora offers long-lasting relief.", "Any side effects of Velmora are fully reversible."),
])
def test_lasting_while_used_or_compared_is_no_promise(lasting, passing):
    assert not _pair(lasting, passing)

# -- 3: a report said as a pseudo-cleft ("X is something people report") --------------------

@pytest.mark.parametrize("report", [
    "Bloating and wind are something customers often report after taking Velmora.",
    "Headaches are what many users describe after the first week.",
    "Dizziness is something people on Velmora often mention.",
    "A dry mouth was one of the things users of Velmora complained about.",
])
def test_a_cleft_report_is_a_harm(report):
    assert _pair("Velmora causes no bloating, headaches, dizziness or dry mouth.", report)


@pytest.mark.parametrize("report", [
    "Headaches are something many people get in winter.",  # no product, no users
    "Is a headache something users of Velmora report?",  # a question
    "Bloating is something customers of other brands often report.",  # another product
    "Headaches are not something users of Velmora report.",  # denied: agrees
])
def test_a_cleft_of_others_or_denied_is_no_harm(report):
    assert not _pair("Velmora causes no bloating or headaches.", report)


# -- 4: worsening: every form of the worsening verbs ------------------------------------------

@pytest.mark.parametrize("harm", [
    "Velmora worsens heartburn in some people.",
    "Velmora may exacerbate heartburn.",
    "Velmora has aggravated my heartburn.",
])
def test_worsening_an_effect_is_a_harm(harm):
    assert _pair("Velmora never causes heartburn.", harm)


@pytest.mark.parametrize("harm", [
    "Stress can make heartburn worse.",  # another agent
    "Untreated reflux makes heartburn worse over time.",  # a disease
    "Velmora won't make your heartburn worse.",  # denied: agrees
    "Does Velmora make heartburn worse?",  # a question
    "Heavy meals make heartburn worse.",  # a food
    "Many people find that stress worsens heartburn.",
])
def test_worsening_by_another_or_denied_is_no_harm(harm):
    assert not _pair("Velmora never causes heartburn.", harm)


def test_a_denied_worsening_answers_a_harm():
    assert _pair("Velmora can cause heartburn.", "Velmora does not worsen heartburn.")


# -- 5: a function or organ kept as it was while on the product ------------------------------

@pytest.mark.parametrize(("denial", "harm"), [
    ("Your sleep stays exactly the same on Velmora.", "Insomnia is listed among the frequent side effects of Velmora."),
    ("Your sleep stays the same with Velmora.", "Velmora can cause insomnia."),
    ("Kidney function remains unchanged with Velmora.", "Velmora can damage the kidneys."),
])
def test_a_part_kept_the_same_on_the_product_denies_its_harms(denial, harm):
    assert _pair(denial, harm)


@pytest.mark.parametrize("denial", [
    "Your sleep stays the same with age.",  # not the product
    "Your kidneys stay the same while taking ibuprofen.",  # another product
    "Sleep stayed the same on Velmora in the trial.",  # a trial's observation (past)
    "Does your sleep stay the same on Velmora?",  # a question
])
def test_a_part_kept_the_same_otherwise_is_no_denial(denial):
    assert not _pair(denial, "Velmora can cause insomnia and damage the kidneys.")
