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


# claims9b (issue 14): the amount must be the product's: the idiom's object, the "of" noun of
# the amount, or a clause not opened by another activity. Written for these tests.
@pytest.mark.parametrize("text", [
    "Dietex is a fibre drink. Eat fresh fruit by the bowlful.",
    "Dietex is a fibre drink. Sip herbal tea all day long if you feel peckish.",
    "Dietex is a fibre drink. Cycling 20 minutes a day, tops, is plenty at first.",
    "Dietex is a fibre drink. Add 3 spoons of honey max to your porridge.",
    "Dietex is a fibre drink. Have one scoop max of the whey you use after training.",
])
def test_an_amount_of_something_else_is_no_dose_of_the_product(text):
    doc = parse_document("<t>", text, "text")
    got = {c.side for c in typed_claims(doc) if c.type == "dose" and c.sentence == 1}
    assert not got, (text, got)


@pytest.mark.parametrize("text, side", [
    ("Dietex is a fibre drink. Fans drink it by the glassful.", "unlimited"),
    ("Dietex is a fibre drink. Use 2 scoops of Dietex max in a day.", "limit"),
])
def test_an_amount_of_the_product_is_its_dose(text, side):
    doc = parse_document("<t>", text, "text")
    assert side in {c.side for c in typed_claims(doc) if c.type == "dose"}
