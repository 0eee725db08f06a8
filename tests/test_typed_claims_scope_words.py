"""Who a product is safe or unsafe for, said with a predicate of danger or safety and the
people after it (``[scope]`` of ``knowledge/contradiction_claims.toml``): WordNet's
danger/safety words and consumer idioms of the same sense, one frame each side. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _scope(text: str) -> list[tuple[str, frozenset[str]]]:
    doc = parse_document("<t>", text, "text")
    return [(c.side, c.topic) for c in typed_claims(doc) if c.type == "scope"]


@pytest.mark.parametrize("text, group", [
    ("Fizzora energy shots are risky for people with diabetes.", "diabetes"),
    ("Drivelle cough drops are a definite no-go for babies under six months.", "children"),
    ("Frostiva cold-water shots can be a real danger for anyone with heart failure.", "heart"),
    ("This retinol serum is a bad idea for pregnant women.", "pregnancy"),
    ("Aspirin can bring on a rare brain illness in babies or toddlers under two.", "children"),
    # a harm in a group named by its noun alone restricts too (allergy20: it was "no scope" before;
    # against "safe for all ages" an editor marks it, and the v16 dev set has the shape)
    ("Aspirin can cause a rash in children.", "children"),
])
def test_a_danger_said_of_the_product_for_a_group_restricts_it(text, group):
    assert ("restricted", frozenset({group})) in [(s, frozenset(t) - {"universal"}) for s, t in _scope(text)], text


@pytest.mark.parametrize("text", [
    "Loose gravel is a hazard for cyclists.",  # no group of patients or ages
    "The price is a bad idea for your wallet.",
    "Fizzora shots are risky for the environment.",
    "Flu can cause a rash in children.",  # a group's harm of no product
])
def test_a_danger_without_a_group_of_people_is_no_scope_claim(text):
    assert not [s for s, _ in _scope(text) if s == "restricted"], text


@pytest.mark.parametrize("text, group", [
    ("The calendula ointment is gentle enough for newborns.", "children"),
    ("Paracetamol is usually the safest choice for people with kidney disease.", "kidney"),
    ("Humidifiers are about as harmless as it gets, for toddlers and grandparents alike.", "children"),
])
def test_a_safety_word_with_the_people_after_it_is_a_safe_scope(text, group):
    assert any(s == "safe" and group in t for s, t in _scope(text)), text


@pytest.mark.parametrize("text", [
    "The soap is harmless to the planet.",
    "The drink is harmless for healthy adults.",  # a group defined by having nothing
    "It is not gentle enough for babies.",  # denied: no promise
])
def test_a_safety_word_without_a_group_or_denied_is_no_promise(text):
    assert not [s for s, _ in _scope(text) if s == "safe"], text


@pytest.mark.parametrize("text, allergen", [
    ("Kids with an egg allergy may break out in hives after the Nutriva cookies.", "allergy:egg"),
    ("Toddlers with a peanut allergy can react badly to the Crunchos bar.", "allergy:peanut"),
    ("If you're allergic to fish, give the Omegalux capsules a miss.", "allergy:fish"),
    ("Avoid the Glovia gloves if you are allergic to latex.", "allergy:latex"),
    ("The Omegalux capsules won't suit anyone with a fish allergy.", "allergy:fish"),
])
def test_an_allergic_group_warned_or_reacting_is_an_allergen_restriction(text, allergen):
    assert any(s == "restricted" and allergen in t for s, t in _scope(text)), (text, _scope(text))


@pytest.mark.parametrize("text", [
    "If you're allergic to cats, keep the bedroom door shut.",  # no allergen the tables name, no product
    "Kids with a peanut allergy often outgrow it by school age.",  # no reaction, no warning
    "The Omegalux capsules suit anyone with a fish allergy.",  # a promise, not a warning
])
def test_an_allergic_group_without_a_warning_is_no_restriction(text):
    assert not [s for s, _ in _scope(text) if s == "restricted"], (text, _scope(text))


@pytest.mark.parametrize("text", [
    "Flu is a major threat to people with heart disease, so get the jab.",
    "Icy pavements are a real danger for anyone over 80.",
    "Skipping breakfast is a bad idea for kids with diabetes.",
])
def test_a_danger_said_of_something_other_than_a_product_is_no_scope_claim(text):
    assert not [s for s, _ in _scope(text) if s == "restricted"], text


def test_a_danger_of_something_else_does_not_contradict_the_products_safety():
    from lint_rules.analysis.contradictions import conflicts

    text = ("Fizzora shots are safe for people with heart disease.\n\n"
            "Flu is a major threat to people with heart disease, so get the jab.")
    assert not conflicts(parse_document("<t>", text, "text"))
    said_of_it = "Fizzora shots are safe for people with heart disease.\n\nBut they are a threat to people with heart disease."
    assert conflicts(parse_document("<t>", said_of_it, "text"))


def _allergen_conflicts(second: str) -> int:
    from lint_rules.analysis.contradictions import conflicts

    text = "Crunchos bars are safe for people with a peanut allergy.\n\n" + second
    return len(conflicts(parse_document("<t>", text, "text")))


@pytest.mark.parametrize("text", [
    "If you're allergic to peanuts, avoid satay sauce.",
    "If you are allergic to peanuts, steer clear of Thai takeaways.",
    "Satay sauce won't suit anyone with a peanut allergy.",
])
def test_something_else_warned_off_for_an_allergy_does_not_restrict_the_product(text):
    assert _allergen_conflicts(text) == 0, text


@pytest.mark.parametrize("text", [
    "If you're allergic to peanuts, avoid it.",
    "If you're allergic to peanuts, avoid Crunchos bars.",
    "If you're allergic to peanuts, give these bars a miss.",
    "Crunchos bars won't suit anyone with a peanut allergy.",
])
def test_the_product_warned_off_for_an_allergy_still_restricts_it(text):
    assert _allergen_conflicts(text) == 1, text


def _scope_conflicts(first: str, second: str) -> int:
    from lint_rules.analysis.contradictions import conflicts

    return len(conflicts(parse_document("<t>", first + "\n\n" + second, "text")))


@pytest.mark.parametrize("second", [
    "Avoid Thai restaurants if you are allergic to peanuts.",
    "Skip red meat if you've got gout.",
])
def test_something_else_avoided_for_a_condition_does_not_restrict_the_product(second):
    assert _scope_conflicts("Crunchos bars are safe for people with gout or a peanut allergy.", second) == 0, second


@pytest.mark.parametrize("second", [
    "Skip it if you've got gout.",
    "Skip Crunchos bars if you've got gout.",
])
def test_the_product_avoided_for_a_condition_still_restricts_it(second):
    assert _scope_conflicts("Crunchos bars are safe for people with gout.", second) == 1, second
