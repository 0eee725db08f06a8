"""Review fixes of ``prec15`` (session 15, ``prec15b``): for each mechanism the reviewer broke,
the ordinary passage that must stay quiet and the true conflict that must be found. Every
sentence is written for these tests (coined product names) from the construction."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text


def _findings(text: str) -> list:
    return [f for f in lint_text(text.strip() + "\n", kind="text", select=["contradiction"])
            if f.code.startswith("CON")]


_QUIET: list[str] = [
    # a negated reassurance is doubt: the claim stays hedged
    "No one can be sure that Brainex sharpens memory. In the trial, Brainex did not sharpen memory.",
    "Nobody can be confident that Focula lifts mood. Focula did not lift mood in the study.",
    # "X is not a side effect of Y": Y is the denial's product, apart from another's
    "Nausea is not a known side effect of Dermaxa. Nausea is a known side effect of some antibiotics.",
    "Hair loss is not a side effect of Tressil. Radiotherapy can cause hair loss.",
    "Drowsiness is not a listed side effect of Clarol. Benadryl causes drowsiness in many people.",
    "Dizziness is not a known side effect of Orlan. Standing up too quickly can cause dizziness.",
    # a soak is not the skin route unless the product is soaked in
    "Epsom salt baths are popular for sore muscles. You can soak in an Epsom salt bath as often as you like. "
    "Epsom salt taken by mouth is a laxative, and you should not take more than the label says.",
    # another cause, named after the effect
    "Zanta does not cause headaches. Some users get headaches due to dehydration on hot days.",
    "Hair loss is not a side effect of Thyrox. If your hair thins, it is more likely caused by the thyroid condition itself.",
]

_FOUND: list[str] = [
    # the reassurance negated: the affirmed doubt leaves the claim a claim
    "Patients can be reassured that Calmix causes no drowsiness. Drowsiness is a common side effect of Calmix.",
    "Hair loss is not a known side effect of Tressil. Some people notice hair loss caused by Tressil.",
    # a class that interacts with the product itself is a warning about the product
    "Ferrolax has no known interactions with other medicines.\n\n"
    "Many cold remedies can interact with Ferrolax, so ask your pharmacist first.",
    # the reader's own units, not a class
    "Nightix is suitable for children from the age of five.\n\nDo not give any capsules to children under 10.",
    "Vegacaps are gelatin-free and suitable for vegans.\n\nEach capsule contains pork gelatin.",
    "Lactiv tablets are lactose-free.\n\nEvery tablet contains lactose as a filler.",
    # a harm where the bath is only where it happened
    "Restora tablets do not cause dizziness. Some users felt dizzy while soaking in a warm bath after taking Restora.",
    # a cause after the effect that is the product's own ingredient
    "Softella cream does not cause itching. Some users report itching caused by the beeswax.",
    "Wakex contains guarana and does not cause palpitations. Some users get palpitations due to the guarana.",
    "Gastrol does not cause heartburn. Heartburn caused by the active ingredient is common in the first week.",
]


@pytest.mark.parametrize("text", _QUIET)
def test_ordinary_passage_is_quiet(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize("text", _FOUND)
def test_true_conflict_is_found(text: str) -> None:
    assert _findings(text)
