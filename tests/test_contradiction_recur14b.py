"""Review fixes of ``recur14`` (``recur14b``): a reader must take its claim from the product,
not from another drug, another group, another treatment or a device. Cases that must not
conflict (another subject) and cases that still must (the product named or pointed back to).
Every sentence is written for these tests (coined names); none is copied from a benchmark row
or the reviewer's passages."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def _pair(a: str, b: str) -> list[str]:
    return contradiction_codes("Velmora is a new tablet. " + a + _FILLER + b + _FILLER)


_NONE = "Velmora has no known drug interactions."


# -- 1: a level change is an interaction only of the product, and only of a drug --------------

@pytest.mark.parametrize("other", [
    "In a small study, Velmora raised blood levels of iodine in most volunteers.",  # a mineral
    "In a pilot, Velmora raised blood levels of copper slightly.",
    "That supplement raised blood levels of warfarin in a few cases.",  # another product, pointed at
    "Their old supplement raised blood levels of digoxin, the pharmacist said.",
    "The previous tablets raised blood levels of digoxin, the pharmacist said.",
    "Another brand raised blood levels of lithium in two patients.",
    "Zorvane raised the levels of tacrolimus in transplant patients, a separate report found.",
    "Doubling the dose more than doubles the amount in the blood.",  # the product's own dosing
    "Skipping breakfast lowers the amount in the blood, so take it with food.",
    "A fatty meal roughly doubles the amount in the blood.",
])
def test_a_level_change_of_another_subject_or_a_nutrient_is_no_interaction(other):
    assert not _pair(_NONE, other)


@pytest.mark.parametrize("interaction", [
    "Velmora raised blood levels of warfarin in two volunteers.",
    "Taking it with fluconazole more than doubles the amount in the blood.",
    "It can lower levels of the contraceptive pill.",
    "In volunteers, the tablet lowered blood levels of simvastatin.",  # a definite product noun, an INN stem
    "Blood levels of digoxin can double when it is combined with Velmora.",  # the level as subject
    "The leaflet says that velmora roughly doubles blood levels of the blood thinner apixaban.",  # lower case
    "In volunteers, the balm raised blood levels of clobazam.",  # a definite noun; the WHO stem -azam
    "Taking it with common antifungals such as fluconazole more than doubles the amount in the blood.",
])
def test_a_level_change_by_the_product_of_a_drug_is_an_interaction(interaction):
    assert _pair(_NONE, interaction)


# -- 2: a cleft report must tie its people to the product --------------------------------------

@pytest.mark.parametrize("report", [
    "Drowsiness is something people on Zentrax often describe.",  # a drug first named here
    "Drowsiness is one of the things users of older antidepressants often mention.",  # another class
    "Drowsiness is what many smokers describe in the first week of quitting.",  # a time phrase only
    "Drowsiness is what many people describe in the first week.",
])
def test_a_cleft_of_another_drug_or_a_time_phrase_is_no_harm(report):
    assert not _pair("Velmora causes no drowsiness, the maker says.", report)


@pytest.mark.parametrize("report", [
    "Drowsiness is something people taking Velmora often report.",
    "Drowsiness is one of the things users of Velmora complained about.",
    "Drowsiness is what many users describe after the first week.",
])
def test_a_cleft_tied_to_the_product_is_a_harm(report):
    assert _pair("Velmora causes no drowsiness, the maker says.", report)


# -- 3: a lasting result said as a predicate must be the product's ------------------------------

_FADES = "Velmora cream fades dark spots, but the effect wears off after you stop."


@pytest.mark.parametrize("other", [
    "With surgery, the change is irreversible.",  # another treatment opens the sentence
    "Once lost, central vision changes are irreversible.",  # a disease's course
])
def test_an_irreversible_change_of_another_thing_is_no_lasting_claim(other):
    assert not _pair(_FADES, other)


@pytest.mark.parametrize("other", [
    "Good brushing habits, learned early, are yours for life.",
    "The skills you learn in the class are yours to keep.",
])
def test_yours_for_life_of_another_thing_is_no_lasting_claim(other):
    assert not _pair("Velmora strips whiten teeth, though the whitening fades after a few months.", other)


@pytest.mark.parametrize("device", [
    "To pause the pump, press the button and check it stays off.",
    "Once you unplug the charger, make sure they stay off.",
])
def test_a_switch_that_stays_off_is_no_lasting_result(device):
    assert not _pair("Velmora helps you lose weight, but the weight comes back if you stop.", device)


@pytest.mark.parametrize("other", [
    "Weight lost through exercise tends to stay off.",  # another way of losing it
    "For people who change their diet for good, the pounds stay off.",
    "After a course of isotretinoin, patients often keep the benefit indefinitely.",  # another drug
])
def test_a_result_of_another_thing_that_stays_is_no_lasting_claim(other):
    assert not _pair("Velmora helps you lose weight, but the weight comes back if you stop.", other)


@pytest.mark.parametrize("lasting", [
    "With Velmora, the change is irreversible.",
    "Users who finish a course of Velmora keep the benefit indefinitely.",
    "One session, and your smooth skin is yours for life.",  # the product's own use, bare
    "One course of Velmora and your clear skin is yours for life.",
])
def test_a_predicated_lasting_result_of_the_product_still_conflicts(lasting):
    assert _pair(_FADES, lasting)


def test_the_weight_lost_with_the_product_stays_off_still_conflicts():
    assert _pair("The weight you lose with Velmora stays off.",
                 "Most people regain the weight within a year of stopping Velmora.")


def test_another_drug_raising_the_products_own_level_still_conflicts():
    assert contradiction_codes("Valerian doesn't interact with other drugs. It is sold without a prescription. "
                  "Fluconazole, an antifungal, can greatly increase the amount of valerian in the blood.")


@pytest.mark.parametrize("other", [
    "Grapefruit juice raised blood levels of felodipine in an old study.",  # a food as subject
    "Smoking lowers blood levels of clozapine.",  # a gerund
    "St John's wort lowered blood levels of ciclosporin in transplant patients.",  # another name
])
def test_a_level_change_by_a_food_habit_or_other_remedy_is_no_interaction(other):
    assert not _pair(_NONE, other)


def test_a_named_drug_is_the_passages_own_subject_when_no_product_is_main():
    from lint_rules.analysis.typed_claims import typed_claims
    from lint_rules.parsing import parse_document

    doc = parse_document("<s>", "Ask your pharmacist about other medicines you use. "
                         "Itraconazole can raise the level of digoxin in your blood.\n", "text")
    assert ("interaction", "some") in [(c.type, c.side) for c in typed_claims(doc)]


@pytest.mark.parametrize("fact", [
    "At a glance\nForm: tablet\nDrug interactions - None\n",
    "At a glance\nForm: tablet\nInteractions: none known\n",
])
def test_the_brand_alone_is_the_product_named_with_its_form(fact):
    # the analysis names the product "Quenora tablets"; "Quenora" by itself, opening the
    # level change, is the same product, whatever the fact box scores for it
    text = ("Quenora tablets contain a root extract for poor sleep. Take one Quenora tablet at night.\n\n"
            + fact + "\n\nIt comes in a jar. A jar costs four pounds.\n\n"
            "Quenora can raise blood levels of digoxin.\n\nIt comes in a jar. A jar costs four pounds.\n\n")
    assert "CON005" in contradiction_codes(text)
