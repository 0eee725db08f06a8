"""A result told of the person who used it by an aspect adverb ([benefit] person_no_help /
person_helps of ``contradiction_claims.toml``, ``typed_claims._person_results``): a symptom
"still" there is no benefit, one gone "no longer" / "not … any more" is a benefit; the words
after must name a symptom. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _benefit(text: str) -> list[str]:
    doc = parse_document("<t>", text, "text")
    return [c.side for c in typed_claims(doc) if c.type == "benefit"]


@pytest.mark.parametrize("text, side", [
    ("Took Flexora for months and I still snore like a train.", "no_help"),
    ("Six weeks on Flexora and she still gets heartburn after every meal.", "no_help"),
    ("Since starting Flexora I don't get heartburn any more.", "helps"),
    ("On Flexora my back no longer aches after sitting.", "helps"),
    ("After a month of Flexora he is no longer dizzy in the mornings.", "helps"),
])
def test_a_symptom_that_stays_or_goes_is_a_result(text, side):
    assert side in _benefit(text), (text, _benefit(text))


@pytest.mark.parametrize("text", [
    "I still take Flexora every day.",              # no symptom after "still"
    "I'm still on Flexora after two years.",
    "My mother no longer needs a lift to the shops since Flexora.",
    "Flexora is still sold in chemists.",           # the product, not a person, is the subject
])
def test_still_or_no_longer_without_a_symptom_says_nothing(text):
    assert not _benefit(text), (text, _benefit(text))
