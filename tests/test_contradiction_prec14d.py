"""Third review fixes to the ``prec14`` gates (session 14, ``prec14d``): a same-rate cue in a
parenthesis or between dashes is an aside of its own clause; a combination word counts only in
the claim's own clause; a harm serious by its outcome ("needed a pacemaker") is not softened by
a grade word; a lasting course said of the admitted effect outweighs a passing word; an
accidental swallow is held apart from a use stated in words, not from the form noun. True
conflicts must be found, ordinary pairs stay quiet. Every sentence is written for these tests
(coined names), from the construction, not copied from any benchmark row or review passage."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

_TRUE: list[str] = [
    # 1. the same-rate cue in an aside says nothing of the effect before it
    "Bravix does not cause vomiting. Vomiting affected 11% of people on Bravix (headache occurred at a "
    "similar rate with placebo).",
    "Bravix does not cause vomiting. Vomiting affected 11% of people on Bravix - headache, at the same rate "
    "as placebo, was mild.",
    # 2. a combination word in another clause
    "Osteon alone does not strengthen bones. Osteon strengthens bones within a year, and a combined pack "
    "with calcium is planned.",
    "Osteon alone does not strengthen bones. Osteon strengthens bones within a year and also pairs well "
    "together with calcium.",
    # 3. a grade word on a harm whose outcome is serious
    "Pulmix does not cause serious breathing problems. Pulmix can cause a mild breathing problem that put "
    "two patients in intensive care.",
    # 4. a lasting course said of the same effect later in the sentence
    "Tinglex does not cause lasting tingling. Tinglex can cause brief tingling, and in a few people the "
    "tingling persisted for months.",
    # 5. an accidental swallow against the product's form noun only
    "Gumsoft gel does not cause vomiting. If swallowed, Gumsoft gel can cause vomiting.",
]

_ORDINARY: list[str] = [
    "Warts gel must not be eaten. If swallowed, Wartol can cause vomiting; call a doctor. Applied to the "
    "skin, Wartol does not cause vomiting.",
    "Applied to the gums, Oralin does not cause nausea. Swallowed by accident, Oralin can cause nausea.",
    "Dizorin caused dizziness in 7% of people (a similar rate to placebo). Dizorin does not cause dizziness, "
    "the maker says.",
    "Calcix on its own does not strengthen bones. The combination of Calcix and vitamin D strengthens bones, "
    "the trial found.",
    "Cutan does not cause serious skin problems. Cutan can cause a mild rash that clears within days.",
    "Flushex does not cause lasting flushing. Flushex can cause temporary flushing that passes within an hour.",
]


@pytest.mark.parametrize("text", _TRUE)
def test_true_conflict_found(text: str) -> None:
    assert contradictions(text), text


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_pair_quiet(text: str) -> None:
    assert not contradictions(text), text
