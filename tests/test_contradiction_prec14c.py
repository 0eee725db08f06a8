"""Second review fixes to the ``prec14`` gates (session 14, ``prec14c``): each gate must read
its cue on the claim it limits (its own clause, not negated, not said of another effect in the
sentence). For each mechanism, a true conflict whose cue belongs to something else (must be
found) and the ordinary pair the gate was built for (must stay quiet). Every sentence is
written for these tests (coined product names), from the construction, not copied from any
benchmark row or review passage."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

_TRUE: list[str] = [
    # A. misuse said in another clause, negated, or counted is no limit of the claim
    "Taken as directed, Nervix does not cause dependence. Nervix can cause dependence, and cases of misuse "
    "are rising in young men.",
    "Used as prescribed, Sedora does not cause memory loss. Sedora can cause memory loss, even in people who "
    "have never misused medicines.",
    "Taken as directed, Paxolin does not cause dizziness. Paxolin can cause dizziness, and heavy recreational "
    "use of cannabis adds to it.",
    # B. an equal rate of two effects on the product, or a negated same-rate cue
    "Ralvex does not cause rash. In the trial, 9% of people on Ralvex had rash and 9% had itching, compared "
    "with 1% on placebo.",
    "Tirzol does not cause fatigue. Fatigue was reported by 18% of people on Tirzol, nowhere near the same "
    "rate as placebo.",
    # C. a passing word of the next effect in the list
    "Follexa does not cause permanent scarring. Follexa can cause scarring that never fades and redness that "
    "soon settles.",
    # D. the grade word of the neighbouring effect
    "Dermil does not cause severe itching. Dermil can cause mild redness and itching severe enough to stop "
    "treatment.",
    # E. a harm serious in itself is not softened by a grade word
    "Zorvin does not cause serious bleeding. Zorvin can cause minor bleeding into the brain.",
    # F. "together with" a meal, a negated or pooled "combination" names no combined product
    "Painol on its own does not relieve back pain. Painol relieves back pain, and you can take it together "
    "with a glass of milk.",
    "Restix by itself does not relieve insomnia. Restix is not a combination product, and it relieves insomnia "
    "in most adults.",
    "Calmix alone does not relieve insomnia. Calmix relieves insomnia in most adults, as the combined results "
    "of four trials show.",
    # G. "alone" of a person's life, not of an ingredient
    "Lipora does not lower cholesterol, even in people who live alone. The combination of trials shows that "
    "Lipora lowers cholesterol.",
]

_ORDINARY: list[str] = [
    "Taken as prescribed, Oxinol does not cause dependence. Misuse of Oxinol can cause dependence, doctors "
    "warn.",
    "Taken as prescribed, Somnor does not cause breathing problems. When crushed and snorted, Somnor can "
    "cause breathing problems.",
    "Taken as directed, Zolmex does not cause sleepwalking. Sleepwalking has been reported when people "
    "misused it with alcohol.",
    "Zenor does not cause headaches more often than placebo. Headaches were reported by 8% of people on "
    "Zenor.",
    "Opiol does not cause severe constipation in most people. Opiol can cause mild constipation, so drink "
    "water.",
    "Retinex does not cause lasting redness. Retinex can cause redness that fades within a day.",
    "Skinol causes no serious irritation. Skinol can cause mild irritation and slight dryness in the first "
    "week.",
    "Lumax does not cause serious bleeding. Lumax can cause minor bleeding from the gums when you brush.",
    "Taken alone, Glucil does not lower blood sugar enough. Combined with metformin, Glucil lowers blood "
    "sugar, the study found.",
    "Vitamin C alone does not shorten colds. Our Immunex lozenges, with vitamin C and zinc together, shorten "
    "colds, the seller says.",
    "Zinc alone does not prevent colds, the review concluded. The combination of zinc and echinacea in "
    "Coldix prevents colds, the maker claims.",
]


@pytest.mark.parametrize("text", _TRUE)
def test_true_conflict_found(text: str) -> None:
    assert contradictions(text), text


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_pair_quiet(text: str) -> None:
    assert not contradictions(text), text
