"""Verbs that move a measure bit by bit or add bulk (``claim_predicates.toml`` lowering and
raising classes: WordNet's whittle/chip/shave and put_on senses). Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _directions(text: str) -> list[str]:
    doc = parse_document("<t>", text, "text")
    return [c.side for c in typed_claims(doc) if c.type == "direction"]


@pytest.mark.parametrize("text, side", [
    ("Sterolin spread chips away at your LDL cholesterol.", "down"),
    ("Sterolin whittles down your blood pressure over a few months.", "down"),
    ("Bulkmax shakes pack on weight fast.", "up"),
])
def test_a_verb_of_wearing_down_or_adding_bulk_moves_the_measure(text, side):
    assert side in _directions(text), (text, _directions(text))


@pytest.mark.parametrize("text", [
    "The sculptor chips away at the marble every morning.",  # no measure
    "Movers pack on extra blankets for fragile loads.",
])
def test_the_verbs_without_a_measure_say_nothing(text):
    assert not _directions(text), (text, _directions(text))
