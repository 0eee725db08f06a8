"""CMP011 leaves an organisation's description of itself alone (branch crit8).

A press release often ends with its publisher's standing boilerplate, printed without its
"About" heading: "Acme Health System is an integrated health system … conducting
transformative research", "Acme Clinic has pioneered many medical breakthroughs". Those
words are the same in every release; they say nothing of this result. Nor is the FDA's
"Breakthrough Therapy (for …) designations" hype: a programme's name. Hype about the
intervention stays hype, in a self-description too. Written for the tests, from the mechanism."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

RELEASE = """FOR IMMEDIATE RELEASE

# ZXR-410 lowers blood sugar in adults with diabetes

BOSTON, May 4 -- ZXR-410, a new pill, lowered blood sugar in a randomised trial of 300 adults with diabetes,
researchers at Acme Health System reported today. Blood sugar fell by 10 percent with ZXR-410 and by 2 percent
with a dummy pill over six months. Nausea affected 12 of the 150 adults on ZXR-410, and 3 stopped taking it.
The pill will cost about $40 a month if it is approved. {}

Media contact: Jane Roe, 555-0100
"""


def _flagged(sentence: str) -> bool:
    return bool(lint_text(RELEASE.format(sentence), select=["CMP011"]))


@pytest.mark.parametrize("sentence", [
    "The Acme Health System is an integrated health system committed to conducting transformative research.",
    "Acme Clinic has pioneered many medical breakthroughs, including the first hand transplant.",
    "Acme Pharma focuses on areas of unmet need and strives for solutions that dramatically improve lives.",
    "The FDA granted ZXR-410 Fast Track and Breakthrough Therapy (for the diabetes indication) designations.",
])
def test_an_organisations_self_description_is_not_the_releases_hype(sentence: str) -> None:
    assert not _flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "ZXR-410 is a breakthrough for people with diabetes.",
    "Acme Pharma is a company whose pill ZXR-410 is a breakthrough for people with diabetes.",
    "The researchers called the result a game changer.",
    "Acme Clinic researchers said the trial was a breakthrough.",
])
def test_hype_about_the_result_is_still_flagged(sentence: str) -> None:
    assert _flagged(sentence)


@pytest.mark.parametrize("title", [
    "ZXR-410 eases major depressive disorder in a trial",
    "ZXR-410 cuts major adverse cardiac events in a trial",
])
def test_major_in_a_medical_term_is_no_headline_hype(title: str) -> None:
    text = RELEASE.replace("ZXR-410 lowers blood sugar in adults with diabetes", title)
    assert not lint_text(text.format(""), select=["CMP011"])


def test_major_as_a_judgement_in_the_headline_still_counts() -> None:
    text = RELEASE.replace("ZXR-410 lowers blood sugar in adults with diabetes", "ZXR-410 is a major step for diabetes")
    assert lint_text(text.format(""), select=["CMP011"])
