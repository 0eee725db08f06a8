"""Branch crit11: an animal study's stage, the causation caveat, past-tense result claims.

Written for the tests, from the mechanisms: a mouse study names its stage in "mice bred to …"
and "the treated mice", not only in "in mice"."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

from test_completeness_overclaims import COHORT, MICE


def _evidence(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select=["CMP004"])]


@pytest.mark.parametrize("animals", ["mice bred to develop", "rats given a diet that causes", "the treated mice with"])
def test_an_animal_studys_stage_is_its_animals(animals: str) -> None:
    text = MICE.replace("mice bred to develop", animals).format(title="Acme University study of ZXR-410", claim="")
    found = _evidence(text)
    assert found and "stage" not in found[0]


def test_a_human_studys_stage_is_still_asked() -> None:
    found = _evidence(COHORT.format(title="Acme University study of vitamin D", claim=""))
    assert found and "stage" in found[0]
