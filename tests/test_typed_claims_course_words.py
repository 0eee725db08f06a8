"""How long a result lasts (``[course]`` of ``knowledge/contradiction_claims.toml``): a product
noun with or without a determiner as the subject of a verb of lasting, a comma-set aside
between them, a state kept for good, a return denied with any modal, and tolerance (the
effect lost with continued use). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _course(text: str) -> list[str]:
    doc = parse_document("<t>", text, "text")
    return [c.side for c in typed_claims(doc) if c.type == "course"]


@pytest.mark.parametrize("text", [
    "Ceramic hip replacements usually last 25 years or more.",
    "Dental crowns, she says, typically last 15 years or more.",
    "The rabies vaccine gives protection that lasts decades.",
    "After three sessions most clients stay hair-free for good.",
    "Vaccinated adults stay protected for at least ten years.",
    "Once the appendix is out, appendicitis cannot come back.",
])
def test_a_result_said_to_last_is_a_lasting_claim(text):
    assert "lasting" in _course(text), (text, _course(text))


@pytest.mark.parametrize("text", [
    "Nightrest tends to lose its effect after a month of nightly use.",
    "Within two weeks the spray stopped having any effect.",
    "The patches stop doing much after the first fortnight.",
])
def test_an_effect_lost_with_use_is_a_passing_claim(text):
    assert "passing" in _course(text), (text, _course(text))


@pytest.mark.parametrize("text", [
    "Hip replacements don't last twenty years in very active people.",  # denied
    "The trial participants stayed in the study for years.",  # no state kept for good
    "Patients remained cancer-free five years after surgery.",  # a trial outcome, no product subject
    "Jonas lost his temper with the pharmacist.",  # no effect lost
])
def test_no_lasting_or_passing_claim_without_its_structure(text):
    assert not _course(text), (text, _course(text))


@pytest.mark.parametrize("text", [
    "You will need to stay on Lumora tablets for life.",  # how long it is taken, not how long it works
    "Most patients remain in care for life.",
    "The hair cannot grow back once the follicle is gone.",  # no effect or condition returns
    "Patients who drop out of the Lumora trial cannot return.",
    "Dr Rees's surgery has worked with the Lumora clinic for decades.",  # a GP's practice
])
def test_a_stay_or_a_return_said_of_something_else_is_no_lasting_claim(text):
    assert "lasting" not in _course(text), (text, _course(text))


@pytest.mark.parametrize("text", [
    "After Lumora, migraine attacks should not come back.",
    "With Lumora cream the warts cannot return.",
    "With Lumora the symptoms will never return.",
    "The Lumora implants have worked for decades.",
    "With Lumora your skin stays smooth for life.",
])
def test_a_return_of_a_condition_or_a_products_long_working_is_still_lasting(text):
    assert "lasting" in _course(text), (text, _course(text))
