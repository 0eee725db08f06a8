"""speed14: ``_GENERIC_MEASURE`` ("vitamin D levels", "red blood cell count") is scanned only
over the stretches of letters, digits, hyphens and spaces that hold one of its head words
(``_generic_measures``): the same matches, groups and order as the whole scan. Every text
here is written for these tests or generated."""

from __future__ import annotations

import random

import pytest

from lint_rules.analysis import typed_claims as tc
from lint_rules.parsing import parse_document
from lint_rules.store.compiled_re import required_literals

TEXTS = [
    "Vitamin D levels rose in the group that took the capsules.",
    "Her red blood cell count fell, and thyroid hormone readings stayed flat.",
    "The blood-alcohol concentration, levels of stress and the count: all normal.",
    "Levels rose. Counts fell.\nReadings levels counts",  # heads with no words before them
    "The recount of votes took a day; spreading the word helped.",  # head letters inside other words
    "Iron\u00a0levels and zinc\u2003levels were checked (ferritin levels too).",  # Unicode spaces
    "caf\u00e9 levels, na\u00efve counts and 5-HT levels",  # letters the stretch does not hold
    "No measure is named here at all.",
    "",
]


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("q")) for m in matches]


@pytest.mark.parametrize("text", TEXTS)
def test_the_stretch_scan_finds_the_whole_scans_matches(text: str) -> None:
    low = text.lower()
    assert _spans(tc._generic_measures(low)) == _spans(tc._GENERIC_MEASURE.finditer(low))


def test_the_stretch_scan_on_generated_texts() -> None:
    rng = random.Random(14)
    pieces = ["a", "b1", "-", " ", "\n", "\u00a0", ".", ",", "levels", "level", "count", "counts", "readings",
              "x", "\u00e9", "concentration", "s", "'", "(", "2"]
    found = 0
    for _ in range(3000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        whole = _spans(tc._GENERIC_MEASURE.finditer(low))
        assert _spans(tc._generic_measures(low)) == whole, low
        found += bool(whole)
    assert found > 300


def test_the_head_words_are_the_patterns_required_literals() -> None:
    """The scan looks for the stretches by the pattern's head words: they must be the words
    every match holds, or a stretch with a match could be passed over."""
    heads = set(required_literals(tc._GENERIC_MEASURE) or ())
    assert heads == set(tc._MEASURE_HEADS) == set(tc._MEASURE_HEAD.pattern.split("|"))


def test_a_measure_named_by_its_head_is_still_a_direction_claim() -> None:
    doc = parse_document("<t>", "Ashwagandha lowers cortisol levels in stressed adults.", "text")
    assert any(c.type == "direction" for c in tc.typed_claims(doc))
