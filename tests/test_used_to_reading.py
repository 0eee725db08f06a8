""""used to": the past of a habit makes a sentence historical ("I used to get migraines"), the
passive of "use" with a verb of purpose and "get used to" do not; and "be used to <verb>" is a
purpose, never the people a product is safe for. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.assertions import sentence_historical
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _historical(text: str) -> bool:
    return sentence_historical(parse_document("<t>", text, "text"), 0)


@pytest.mark.parametrize("text", [
    "I used to get migraines every week before I changed my diet.",
    "The tablets used to contain lactose.",
    "Doctors used to prescribe it for morning sickness.",
])
def test_the_past_of_a_habit_is_historical(text):
    assert _historical(text)


@pytest.mark.parametrize("text", [
    "Orvella gel is used to numb sore gums.",
    "The cream, used to treat eczema, can sting at first.",
    "Most people stop noticing the taste as they get used to it.",
    "Dizziness fades as your body gets used to the tablets.",
])
def test_a_purpose_or_getting_used_to_is_not_historical(text):
    assert not _historical(text)


@pytest.mark.parametrize("text", [
    "Corvane may be used to lower the risk of stroke in people with atrial fibrillation.",
    "The survey could be used to plan services for older people with diabetes.",
])
def test_used_to_and_a_verb_is_no_group_the_product_is_safe_for(text):
    doc = parse_document("<t>", text, "text")
    assert not [c for c in typed_claims(doc) if c.type == "scope" and c.side == "safe"], text


def test_used_by_a_group_is_still_a_promise():
    doc = parse_document("<t>", "Corvane can safely be used by people with asthma.", "text")
    assert [c for c in typed_claims(doc) if c.type == "scope" and c.side == "safe"]
