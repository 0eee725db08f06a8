"""Doses bounded or unbounded by idiom ([dose] of ``contradiction_claims.toml``): an informal
limit word after the amount ("one scoop max", "a few millilitres at a time, tops"), and no bound
said as a quantity idiom ("by the potful") or as eating it "all day long". Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _dose(text: str) -> set[str]:
    doc = parse_document("<t>", text, "text")
    return {c.side for c in typed_claims(doc) if c.type == "dose"}


@pytest.mark.parametrize("text", [
    "Flexora: one scoop max in 24 hours.",
    "Give babies a few millilitres of Flexora at a time, tops.",
    "Two cups of Flexora a day, maximum.",
    "Flexora patches: three a week at the very most.",
])
def test_a_limit_word_after_the_amount_is_a_limit(text):
    assert "limit" in _dose(text), (text, _dose(text))


@pytest.mark.parametrize("text", [
    "Regulars drink Flexora tea by the potful.",
    "The kids eat Flexora gummies by the bowlful and come to no harm.",
    "You can munch Flexora bites all day long.",
])
def test_an_amount_idiom_without_bound_is_unlimited(text):
    assert "unlimited" in _dose(text), (text, _dose(text))


@pytest.mark.parametrize("text", [
    "The shop sells three tops for ten pounds.",
    "Fans queue all day long outside the Flexora shop.",
    "Flexora is sold by the handful at markets.",
])
def test_other_senses_are_no_dose(text):
    assert not _dose(text), (text, _dose(text))
