"""CMP004's finding names the limitations as given when the article states one (branch crit8).

The finding's limitations component reads the same limitation sentences as the decision
(``Article.limitation_sentences``): a caveat about the study, or its size said as a limit ("the
trial was small", "only 40 people took part", "a trial of just 12 adults"); not a caveat word about something else (the
condition's "physical limitations"). The article is written for the tests, from the mechanism."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

ZXR = """# ZXR-410 lowers blood sugar in a study

ZXR-410, a new pill, lowered blood sugar in a randomised trial of adults with diabetes, researchers said.
The trial ran in four hospitals, and ZXR-410 was taken once a day. In the trial, blood sugar fell
more with ZXR-410 than with a dummy pill. {}

Diabetes affects millions of adults, and high blood sugar over years harms the heart, the eyes and the
kidneys. Most people with diabetes take a pill such as metformin each day, and many also need insulin.
The makers of ZXR-410 hope it can be taken alongside those drugs, and they will ask for approval next year.
"""


def _message(sentence: str) -> str:
    found = lint_text(ZXR.format(sentence), select=["CMP004"])
    assert [f.code for f in found] == ["CMP004"]
    return found[0].message


@pytest.mark.parametrize("sentence", [
    "The trial was small.",
    "Only 40 people took part, the researchers noted.",
    "It was a trial of just 12 adults.",
    "The study cannot prove cause and effect.",
])
def test_a_stated_limit_is_not_asked_for(sentence: str) -> None:
    assert "limitations" not in _message(sentence)


@pytest.mark.parametrize("sentence", [
    "",
    # a caveat word about the condition is no limit of the study
    "People with diabetes often have physical limitations.",
    # a count with no word that makes it few describes the study
    "Forty people took part, the researchers noted.",
    # "only" counting people who had a harm says nothing of the study's size
    "Only 4 adults had headaches.",
])
def test_no_limit_stated_is_still_asked_for(sentence: str) -> None:
    assert "limitations" in _message(sentence)
