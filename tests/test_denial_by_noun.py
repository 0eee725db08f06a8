"""A denial said with a noun rather than a verb: no change in the rate of an effect, no link
to it, a label's verbless "no X, no Y" list after a colon (``[denials] before`` of
``knowledge/contradiction_effects.toml``); and the allergen forms of the same denials
(``[allergen] free``). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import claims
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _stances(text: str) -> dict[str, str]:
    doc = parse_document("<t>", text, "text")
    return {doc.text[c.start:c.end].lower(): c.stance for c in claims(doc)}


@pytest.mark.parametrize("text, effects", [
    ("No increase in nosebleeds or headaches was seen in adults using Nasoclear.", ["nosebleeds", "headaches"]),
    ("The trial found no link between the Nasoclear spray and hair loss.", ["hair loss"]),
    ("Nasoclear spray: no stinging, no nosebleeds, no dry mouth.", ["stinging", "nosebleeds", "dry mouth"]),
])
def test_a_denial_by_noun_negates_every_listed_effect(text, effects):
    got = _stances(text)
    for e in effects:
        assert got.get(e) == "negated", (text, got)


@pytest.mark.parametrize("text, effect", [
    ("An increase in nosebleeds was seen in adults using Nasoclear.", "nosebleeds"),
    ("The trial found a link between Nasoclear and hair loss.", "hair loss"),
    ("Nasoclear spray: expect some stinging at first.", "stinging"),
])
def test_without_the_denying_noun_the_effect_stays_affirmed(text, effect):
    assert _stances(text).get(effect) != "negated", (text, _stances(text))


def _allergen_sides(text: str) -> list[tuple[str, frozenset[str]]]:
    doc = parse_document("<t>", text, "text")
    return [(c.side, c.topic) for c in typed_claims(doc) if c.type == "scope" and c.aspect == "allergen"]


@pytest.mark.parametrize("text, allergen", [
    ("I checked the label twice: there's not a trace of egg in the Crumbly bars.", "allergy:egg"),
    ("Our Crumbly bars: no sesame, no mustard, no celery.", "allergy:sesame"),
    ("No milk or egg is used anywhere in the Crumbly bakery.", "allergy:milk"),
])
def test_an_allergen_denied_by_a_measure_of_nothing_or_a_list_is_free(text, allergen):
    got = _allergen_sides(text)
    assert any(s == "safe" and allergen in t for s, t in got), (text, got)
    assert not any(s == "restricted" for s, _ in got), (text, got)


@pytest.mark.parametrize("text", [
    "Crumbly bars may contain traces of egg.",
    "A trace of egg was found in one batch of Crumbly bars.",
])
def test_traces_said_as_present_still_restrict(text):
    assert any(s == "restricted" for s, _ in _allergen_sides(text)), (text, _allergen_sides(text))


def _conflict_count(text: str) -> int:
    from lint_rules.analysis.contradictions import conflicts

    return len(conflicts(parse_document("<t>", text, "text")))


@pytest.mark.parametrize("text", [
    "Nasoclear can cause hair loss.\n\nThe team found no link between stress and hair loss in adults.",
    "Nasoclear may cause headaches.\n\nThere is no association between screen time and headaches.",
])
def test_no_link_between_something_else_and_the_effect_denies_nothing_of_the_product(text):
    assert _conflict_count(text) == 0


@pytest.mark.parametrize("text", [
    "Nasoclear can cause hair loss.\n\nThe team found no link between Nasoclear and hair loss.",
    "Nasoclear can cause hair loss.\n\nThe team found no link between it and hair loss.",
])
def test_no_link_between_the_product_and_the_effect_still_denies_it(text):
    assert _conflict_count(text) == 1


@pytest.mark.parametrize("text, effect", [
    ("Nasoclear showed no increase in blood pressure, but headaches and nosebleeds were more common.", "nosebleeds"),
    ("Nasoclear showed no rise in liver enzymes, though dizziness was reported.", "dizziness"),
    ("There was no increase in weight gain, whereas nosebleeds were more frequent with Nasoclear.", "nosebleeds"),
])
def test_a_denied_list_stops_at_a_contrast(text, effect):
    assert _stances(text).get(effect) != "negated", (text, _stances(text))


def test_a_denied_list_without_a_contrast_still_covers_every_item():
    got = _stances("Nasoclear showed no rise in nosebleeds, dizziness or headaches.")
    assert all(got.get(e) == "negated" for e in ("nosebleeds", "dizziness", "headaches")), got


@pytest.mark.parametrize("text, allergen", [
    ("Crumbly bars: no artificial colours, no added sugar, and hazelnuts from Turkey.", "allergy:tree_nut"),
    ("Crumbly bars: no added sugar, and egg from free-range hens.", "allergy:egg"),
    ("The verdict: no milk chocolate lover will be let down by Crumbly bars.", "allergy:milk"),
    ("No matter how much milk is used, Crumbly bars stay crunchy.", "allergy:milk"),
])
def test_an_allergen_outside_a_label_list_of_denials_is_not_freed(text, allergen):
    got = _allergen_sides(text)
    assert not any(s == "safe" and allergen in t for s, t in got), (text, got)


@pytest.mark.parametrize("text, allergen", [
    ("Crumbly bars: no added sugar, no egg and no sesame.", "allergy:egg"),
    ("Crumbly bars: no artificial colours, and no milk.", "allergy:milk"),
])
def test_every_item_of_a_label_list_said_with_no_is_freed(text, allergen):
    assert any(s == "safe" and allergen in t for s, t in _allergen_sides(text)), (text, _allergen_sides(text))


def test_a_word_a_match_must_not_hold_is_no_literal_it_needs():
    from lint_rules.analysis.typed_claims import _literals

    assert _literals(r":\s*no\s+(?!matter\b)(?P<t>(?:(?!\s(?:will|would)\s)[^.;:,]){2,40})") == ("",)
    assert set(_literals(r"\bno\s+(?!matter\b)\w+\s+(?:used|added)\b")) == {"used", "added"}
