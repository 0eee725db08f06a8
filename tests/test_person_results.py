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


# claims9b (issue 14): the person must be tied to taking the product in the sentence or the one
# before; a symptom of someone who never took it, or before it, or gone for another reason, is
# no result of the product. Written for these tests.
def _benefit_in(text: str) -> list[tuple[str, list[str]]]:
    doc = parse_document("<t>", text, "text")
    return [(c.side, sorted(c.topic)) for c in typed_claims(doc) if c.type == "benefit" and c.sentence > 0]


@pytest.mark.parametrize("text", [
    "Reflon is an antacid. My father still has acid reflux most nights because he won't take any pills.",
    "Reflon is an antacid. My aunt still gets heartburn after curry, and she has never tried it.",
    "Reflon is an antacid. Until Reflon came along, I still had heartburn after every meal.",
    "Reflon is an antacid. My brother no longer gets heartburn since he stopped eating late.",
    "Reflon is an antacid. I still get headaches from my commute, so I take Reflon for my stomach.",
    "Reflon is an antacid. We still do not know why heartburn is worse at night.",
    "Reflon is an antacid. Pharmacists say they still recommend it for heartburn.",
])
def test_a_symptom_of_someone_not_on_the_product_is_no_result(text):
    assert not _benefit_in(text), (text, _benefit_in(text))


@pytest.mark.parametrize("text, side", [
    ("Reflon is an antacid. I used Reflon for six weeks and I still suffer from heartburn after dinner.", "no_help"),
    ("Reflon is an antacid. I have taken it daily since June. I still suffer from heartburn after dinner.", "no_help"),
    ("Reflon is an antacid. Since I started Reflon I no longer get heartburn at night.", "helps"),
])
def test_a_symptom_of_the_person_on_the_product_is_a_result_about_the_symptom(text, side):
    got = _benefit_in(text)
    assert (side, ["heartburn"]) in got, (text, got)


def test_a_pronoun_after_with_or_since_may_be_the_symptom_itself():
    text = "Reflon is an antacid. I have had heartburn for years and learned to live with it. I still get heartburn after dinner."
    assert not [g for g in _benefit_in(text) if g[0] == "no_help"], _benefit_in(text)
