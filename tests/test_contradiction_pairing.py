"""Issue 14 (branch contra9): two claims that are both read but were not paired.

- A harm whose HPO name says which way a measure moves ("increased appetite", "a slow
  heartbeat", "tiredness"; ``knowledge/contradiction_measures.toml``) is the other side of a
  claim that the product moves that measure the other way (CON007).
- A harm said of a group that opens its sentence ("In babies under two, …", "Older people
  taking it …") is the other side of a promise that the group (or everyone) may use it
  (CON006).

Every sentence here is written for these tests (no blind row, no corpus text).
"""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, two_claims

from lint_rules.analysis.typed_claims import groups_named

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"


def _codes(intro: str, a: str, b: str) -> list[str]:
    return contradiction_codes(two_claims(a, b, _FILLER, intro))


@pytest.mark.parametrize("intro, a, b", [
    ("Norvale is a prescription tablet.", "Norvale curbs your appetite.",
     "Increased appetite is among the most frequent effects of Norvale."),
    ("Norvale is a prescription tablet.", "Norvale lifts your energy levels.",
     "Fatigue is common in the first weeks on Norvale."),
    ("Norvale is a prescription tablet.", "Norvale does not affect appetite.",
     "Polyphagia has been reported with Norvale."),
    ("Norvale is a prescription tablet.", "Norvale lowers blood pressure.",
     "Hypertension is a known side effect of Norvale."),
    ("Norvale is a prescription tablet.", "Norvale tends to lower blood sugar.",
     "Hyperglycemia is a recognised effect of Norvale."),
])
def test_a_harm_named_by_a_measure_moving_opposes_a_direction(intro, a, b):
    assert "CON007" in _codes(intro, a, b), (a, b)


@pytest.mark.parametrize("intro, a, b", [
    # the same direction: no conflict
    ("Norvale is a prescription tablet.", "Norvale raises your appetite.",
     "Increased appetite is among the most frequent effects of Norvale."),
    # another measure
    ("Norvale is a prescription tablet.", "Norvale lowers blood pressure.",
     "Increased appetite is among the most frequent effects of Norvale."),
    # another product, named
    ("Norvale is a prescription tablet.", "Norvale curbs your appetite.",
     "Increased appetite is among the most frequent effects of Lipitor."),
    # a condition people have, not a harm the product brings
    ("Norvale is a prescription tablet.", "Norvale lowers cholesterol.",
     "The volunteers suffered from high cholesterol before they started Norvale."),
    # two hedges that agree
    ("Norvale is a prescription tablet.", "Norvale may lower blood pressure.",
     "Norvale can sometimes cause high blood pressure."),
    # a side-effect name against a side-effect name (two lists), not an outcome
    ("Norvale is a prescription tablet.", "Weight loss is listed among the side effects of Norvale.",
     "Weight gain has also been reported with Norvale."),
])
def test_a_harm_named_by_a_measure_does_not_pair_without_an_opposite_direction(intro, a, b):
    assert "CON007" not in _codes(intro, a, b), (a, b)


@pytest.mark.parametrize("intro, a, b", [
    ("Calmora is a herbal sleep aid.", "Safe for the whole family, Calmora suits young and old alike.",
     "Older people taking Calmora are more likely to become confused and fall."),
    ("Calmora is a herbal sleep aid.", "Calmora is safe for everyone.",
     "Teenagers using Calmora often get headaches."),
    ("Calmora is a herbal sleep aid.", "Calmora is safe for older adults.",
     "Elderly users of Calmora often feel dizzy."),
])
def test_a_harm_said_of_a_group_opposes_a_promise_to_that_group(intro, a, b):
    assert "CON006" in _codes(intro, a, b), (a, b)


@pytest.mark.parametrize("intro, a, b", [
    # another group than the one promised
    ("Calmora is a herbal sleep aid.", "Calmora is safe for children.",
     "Older people taking Calmora are more likely to become confused and fall."),
    # the group is named further on, not as the people the harm happens to
    ("Calmora is a herbal sleep aid.", "Safe for the whole family, Calmora suits young and old alike.",
     "Researchers at a children's hospital say Calmora can cause confusion."),
    # another product, named
    ("Calmora is a herbal sleep aid.", "Safe for the whole family, Calmora suits young and old alike.",
     "Older people taking ibuprofen are more likely to become confused and fall."),
    # the promise is hedged
    ("Calmora is a herbal sleep aid.", "Calmora is probably safe for most children.",
     "In toddlers, Calmora can cause vomiting."),
])
def test_a_harm_said_of_a_group_needs_the_same_group_and_product(intro, a, b):
    assert "CON006" not in _codes(intro, a, b), (a, b)


@pytest.mark.parametrize("intro, a, b", [
    ("Vitalux is a caffeine drink.", "Vitalux is safe in any amount.",
     "Exceeding the stated dose of Vitalux can cause a racing heart."),
    ("Vitalux is a caffeine drink.", "There is no upper limit to how much Vitalux you can drink.",
     "Too much Vitalux can cause insomnia and headaches."),
])
def test_a_harm_from_too_much_is_a_limit(intro, a, b):
    assert "CON004" in _codes(intro, a, b), (a, b)


@pytest.mark.parametrize("intro, a, b", [
    # the unlimited claim is hedged
    ("Vitalux is a caffeine drink.", "Vitalux is probably safe in any amount.",
     "Exceeding the stated dose of Vitalux can cause a racing heart."),
    # a harm at the ordinary dose is no limit
    ("Vitalux is a caffeine drink.", "Vitalux is safe in any amount.",
     "A few users of Vitalux report a racing heart."),
    # a promise to everyone is no dose claim: only a claim of the pairing's own type is the odd one
    ("Vitalux is a caffeine drink.", "Vitalux suits everyone, regardless of age.",
     "Exceeding the stated dose of Vitalux can cause a racing heart."),
    # too much of another product
    ("Vitalux is a caffeine drink.", "Vitalux is safe in any amount.",
     "Exceeding the stated dose of ibuprofen can cause stomach bleeding."),
])
def test_a_harm_pairs_with_an_unlimited_dose_only_from_too_much_of_it(intro, a, b):
    assert "CON004" not in _codes(intro, a, b), (a, b)


def test_groups_named_at_the_opening_only():
    assert groups_named("In babies under two", opening=True) == {"children"}
    assert groups_named("Older people", opening=True) == {"older_adults"}
    assert groups_named("Researchers at a children's hospital say it", opening=True) == frozenset()
    assert groups_named("Researchers at a children's hospital say it") == {"children"}
    assert groups_named("Everyone", opening=True) == frozenset()  # "universal" is a promise's word
