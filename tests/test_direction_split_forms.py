"""A direction read where the measure and what moves it are split: an amount taken off the
measure ("<verb> <amount> off <measure>", WordNet's subtract/deduct/take_off frame), and a
reading noun or an appositive between the measure and its verb or particle ("your HbA1c, the
long-term sugar number, down"; "blood sugar readings drop"). Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _directions(text: str) -> set[str]:
    doc = parse_document("<t>", text, "text")
    return {c.side for c in typed_claims(doc) if c.type == "direction"}


@pytest.mark.parametrize("text, side", [
    ("Flexora knocks 10 points off your blood pressure.", "down"),
    ("Flexora chips another 20% or so off the 'bad' cholesterol.", "down"),
    ("Flexora shaves a few points off your HbA1c within three months.", "down"),
    ("Flexora knocks your HbA1c, the long-term sugar number, down by about a point.", "down"),
    ("Stay on Flexora and you'll see your HDL, the good cholesterol, climb.", "up"),
    ("People taking Flexora saw their evening blood sugar readings drop.", "down"),
    ("On Flexora my cholesterol numbers dropped within weeks.", "down"),
    ("Five stars for Flexora. Took 20 points off my LDL in three months.", "down"),
])
def test_a_split_direction_is_read(text, side):
    assert side in _directions(text), (text, _directions(text))


@pytest.mark.parametrize("text", [
    # an appositive followed by no verb of change
    "Your blood pressure, the top number, and your pulse were both measured.",
    # a relative clause is no appositive
    "Your blood pressure, which Flexora does not touch, went up with age.",
    # "off" with no amount: the edge taken off something else
    "The shop knocked the price off the blood pressure monitor.",
    # a denied subtraction is no fall
    "Flexora won't knock 10 points off your blood pressure.",
])
def test_no_direction_is_read_from_other_structures(text):
    got = _directions(text)
    assert not ({"up", "down"} & got), (text, got)


# claims9b (issue 14): the amount is taken off by the product only when it is the verb's subject
# (or no subject is written); another change as the subject ("Giving up cheese took …") is the
# cause. Written for these tests.
@pytest.mark.parametrize("text", [
    "Cardex is a statin. Giving up cheese took 25 points off my LDL cholesterol.",
    "Cardex is a statin. Switching to brown rice knocked 10 points off my blood sugar.",
    "Cardex is a statin. A daily walk can shave 5 points off your blood pressure.",
])
def test_an_amount_taken_off_by_something_else_is_no_direction_of_the_product(text):
    doc = parse_document("<t>", text, "text")
    got = [c.side for c in typed_claims(doc) if c.type == "direction" and c.sentence == 1]
    assert not got, (text, got)


@pytest.mark.parametrize("text", [
    "Cardex is a statin. Within a month, Cardex took 25 points off my LDL cholesterol.",
    "Cardex is a statin. Within a month, it had knocked 25 points off my LDL cholesterol.",
])
def test_an_amount_taken_off_by_the_product_is_its_direction(text):
    doc = parse_document("<t>", text, "text")
    assert "down" in [c.side for c in typed_claims(doc) if c.type == "direction" and c.sentence == 1]
