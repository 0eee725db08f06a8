"""Measures and their direction as consumers write them: acidity (pH, MedlinePlus's blood gas and
urine pH tests), a person's own "sugars" (their blood sugar), a particle verb split by its object
with the particle's degree word ("brings my sugars right down"), and a first-person possessive
before the measure ("lowers my blood pressure"). Every sentence here is written for these tests;
the failing cases are the mechanism's own: the sugar a person eats, another cause, a question,
a particle verb of cooking."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _directions(text: str) -> set[tuple[str, str]]:
    doc = parse_document("<t>", text, "text")
    return {(c.side, q) for c in typed_claims(doc) if c.type == "direction" for q in c.topic}


@pytest.mark.parametrize("text, side, measure", [
    ("Glucora brings your blood sugar right down.", "down", "blood_sugar"),
    ("Glucora pushes my sugars up.", "up", "blood_sugar"),
    ("Cardiol lowers my blood pressure.", "down", "blood_pressure"),
    ("Glucora does not push my sugars up.", "none", "blood_sugar"),
])
def test_a_measure_and_its_direction_are_read(text, side, measure):
    assert (side, measure) in _directions(text), (text, _directions(text))


@pytest.mark.parametrize("text", [
    "Since starting Glucora I've cut my sugar right down in tea and coffee.",  # the sugar eaten
    "Cut down on added sugars and sweets.",                                     # a diet's sugars
    "Our shampoo is pH balanced.",                                              # no direction
    "Bring the heat right down and simmer the sauce.",                          # cooking
    "Swap fizzy drinks for water to bring your sugars down.",                   # the sugar eaten (lex16b)
    "Large amounts of baking soda can raise your blood's pH.",                  # pH withdrawn (lex16b)
])
def test_no_blood_sugar_or_ph_direction_is_read(text):
    assert not {m for _, m in _directions(text)} & {"blood_sugar", "ph"}, (text, _directions(text))


@pytest.mark.parametrize("text", [
    "Glucora brings your blood sugar right down within an hour. One reader wrote that Glucora pushed her sugars up.",
])
def test_opposite_directions_of_the_new_forms_conflict(text):
    assert contradiction_codes(text), text


@pytest.mark.parametrize("text", [
    "Since starting Glucora I've cut my sugar right down in tea and coffee. Glucora does not raise blood sugar.",
    "Cutting out cake brought my sugars right down, said one reader. Glucora does not lower blood sugar on its own.",
    "Our shampoo is pH balanced. Alkavita raises your blood's pH, the maker says.",
    "Stress pushes your sugars up, doctors say. Glucora brings blood sugar down.",
    "Before diagnosis my sugars were through the roof. Glucora lowers blood sugar.",
    "Does Glucora push my sugars up? No: Glucora lowers blood sugar in most users.",
    "Illness can push your sugars way up. Glucora lowers blood sugar.",
    "The pH of the pool water went up after the storm. Alkavita lowers blood pH slightly, a lab study found.",
])
def test_the_new_forms_said_of_something_else_are_no_conflict(text):
    assert contradiction_codes(text) == [], text
