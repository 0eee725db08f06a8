"""How long a result lasts, the wording claims11 added to ``[course]`` of
``knowledge/contradiction_claims.toml``: a result that carries on for years or sticks around, a
state still there years later, a loss kept off for years, a part fixed for good (lasting); a
result, protection or antibodies that wane or fall away (WordNet 3.0 wane, fall away, dwindle,
taper off), a result gone within a time, a part back to its old state, a top-up needed to keep it
(passing). Each reading has sentences of the same shape that are not that claim. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _course(text: str) -> list[str]:
    doc = parse_document("<t>", text, "text")
    return [c.side for c in typed_claims(doc) if c.type == "course"]


@pytest.mark.parametrize("text", [
    "Earlier work suggests the benefits of Lumora may carry on for years.",
    "The relief from a Lumora injection tends to stick around.",
    "Most Lumora patients had results still holding ten years later.",
    "With the Lumora band she has kept 30 kilos off for six years.",
    "After the Lumora laser the treated veins are sealed for good.",
    "Lumora insoles retrain your arch for good.",
])
def test_a_result_that_stays_is_a_lasting_claim(text):
    assert "lasting" in _course(text), (text, _course(text))


@pytest.mark.parametrize("text", [
    "Protection from the Lumora jab seems to wane within two years.",
    "Antibody levels after one Lumora dose fall away within a year.",
    "The relief from the Lumora pad is gone within an hour of switching it off.",
    "By spring my lips were back to their old shape after the Lumora filler.",
    "Most Lumora clients book a top-up every six months.",
    "You will need a booster every ten years to keep the Lumora protection.",
])
def test_a_result_that_shrinks_or_needs_repeating_is_a_passing_claim(text):
    assert "passing" in _course(text), (text, _course(text))


@pytest.mark.parametrize("text", [
    "Do the benefits of Lumora carry on for years?",  # a question
    "Nobody knows whether the benefits of Lumora carry on for years.",  # not asserted
    "The benefits of Lumora do not carry on for years.",  # denied
    "Patients in the Lumora trial were still alive five years later.",  # people, not a result
    "The old Lumora clinic was closed for good in 2019.",  # a place, no treated part
    "He quit smoking for good before starting Lumora.",  # a person's own act
])
def test_the_same_shapes_that_promise_no_lasting_result(text):
    assert "lasting" not in _course(text), (text, _course(text))


@pytest.mark.parametrize("text", [
    "Within a week of the antibiotics Grandad was back to his old self.",  # a recovery
    "The children were back to their old selves within a day.",
    "The pain is gone within a day of taking Lumora.",  # the symptom gone: a benefit
    "Cholesterol levels fell off sharply on Lumora.",  # a measure falling
    "Do I need a booster after Lumora?",  # a question
    "The swelling from the sting dwindled within hours.",  # a symptom, no result
])
def test_the_same_shapes_that_say_nothing_fades(text):
    assert "passing" not in _course(text), (text, _course(text))
