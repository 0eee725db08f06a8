"""Review of recur14c (``recur14d``): a going-back said of a counted minority, or a lasting
result said of a part, is no conflict of course; a denial that the product worsens a condition
is about the people's existing condition and no denial that the condition happens; a food
raising the product's own level is the product's interaction. Every sentence is written for
these tests (coined names); none is copied from a corpus article or a benchmark row."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def _pair(a: str, b: str) -> list[str]:
    return contradiction_codes("Velmora is a new tablet. " + a + _FILLER + b + _FILLER)


# -- 1: course: a minority going back, a part kept --------------------------------------------

@pytest.mark.parametrize("passing", [
    "Just 12 of the 480 patients had regained most of what they lost.",
    "Only a few patients saw the weight come back.",
    "About 6 percent of patients regained the weight within two years.",
    "Some patients regained part of the weight by year five.",
    "The weight came back in a few patients.",
])
def test_a_minority_going_back_agrees_with_a_lasting_result(passing):
    assert not _pair("With Velmora the weight stays off for good.", passing)


def test_a_lasting_part_agrees_with_a_regain():
    assert not _pair("With Velmora, much of the weight appears to stay off for ten years.",
                     "Patients regained the weight within a year.")


@pytest.mark.parametrize("passing", [
    "Most patients regained the weight within a year.",  # a majority
    "In the trial, 70 percent of patients regained the weight.",
    "300 of the 400 patients regained the weight.",
    "Patients regained the weight within a year.",
])
def test_a_majority_or_general_going_back_still_conflicts(passing):
    assert _pair("With Velmora the weight stays off for good.", passing)


# -- 2: a denial of worsening is about an existing condition ---------------------------------

@pytest.mark.parametrize("mention", [
    "All the children in the trial already had eczema.",
    "Eczema flare-ups were counted in both groups, at similar rates.",
    "At least one eczema flare occurred in 30 percent of the Velmora group and 31 percent of the placebo group.",
    "Eczema flares were seen in 20 percent of children on Velmora and 22 percent on the dummy cream.",
    "Eczema attacks in the trial were set off by colds and hay fever.",  # another cause
])
def test_a_denied_worsening_is_no_denial_of_the_condition(mention):
    assert not _pair("Velmora does not worsen eczema in children who have it.", mention)


def test_an_affirmed_worsening_still_conflicts_with_a_denial():
    assert _pair("Velmora never causes heartburn.", "Velmora can aggravate heartburn.")


@pytest.mark.parametrize("harm", ["Velmora can worsen eczema.", "Velmora can trigger eczema."])
def test_a_denied_worsening_answers_the_product_as_cause(harm):
    assert _pair("Velmora does not worsen eczema in children who have it.", harm)


# -- 3: a food raising the product's own level -------------------------------------------------

def test_a_food_raising_the_products_level_is_its_interaction():
    text = ("I was started on atorvastatin last spring. Atorvastatin is one of those drugs you can "
            "take alongside anything, the chemist said." + _FILLER + "Cranberry juice can raise "
            "blood levels of atorvastatin, so I stopped drinking it." + _FILLER)
    assert contradiction_codes(text)


def test_a_food_raising_another_drugs_level_is_not():
    text = ("I was started on atorvastatin last spring. Atorvastatin is one of those drugs you can "
            "take alongside anything, the chemist said." + _FILLER + "Cranberry juice can raise "
            "blood levels of some blood thinners." + _FILLER)
    assert not contradiction_codes(text)


# -- ordinary passages (own probes, news / leaflet / Q&A registers): none may fire ------------

@pytest.mark.parametrize("text", [
    "The vaccine did not worsen psoriasis in patients with the skin disease. Psoriasis flares were "
    "caused by stress and infections in both groups.",
    "Sleepwell does not worsen restless legs. Restless legs can be caused by low iron.",
    "Does Refluxa make heartburn worse? No: in the trial Refluxa did not aggravate heartburn. "
    "Heartburn episodes were logged by every volunteer, whatever they took.",
    "A gastric band helps people lose a lot of weight, and a large study says much of it stays off "
    "for years. Only 30 of the 800 patients had regained nearly all of the weight by year ten.",
    "Hair regrown with Follix lasts for years. Only 4 of the 150 men lost the new hair again.",
])
def test_ordinary_passages_do_not_fire(text):
    assert not contradiction_codes(text)
