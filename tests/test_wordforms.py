"""The plural reading the analyses share (lint_rules.analysis.wordforms)."""

from lint_rules.analysis.wordforms import singular_forms


def test_plural_endings_give_their_singular_candidates() -> None:
    assert "berry" in singular_forms("berries")
    assert "tomato" in singular_forms("tomatoes")
    assert "oat" in singular_forms("oats")
    assert singular_forms("patches")[1] == "patch"


def test_words_that_are_not_plurals_stay_as_they_are() -> None:
    assert singular_forms("glass") == ("glass",)
    assert singular_forms("gas") == ("gas",)
    assert singular_forms("rice") == ("rice",)
    assert singular_forms("pies") == ("pies", "pie")  # too short for "-ies" -> "-y"
