"""The condition words of a benefit claim (``typed_claims._topic_words``): one condition
under its other names."""

from __future__ import annotations

from lint_rules.analysis.typed_claims import _topic_words


def test_a_multi_word_same_entry_is_one_condition_on_letter_boundaries() -> None:
    """``[benefit.same] ibs = "irritable bowel syndrome"`` (compiled once, beside
    ``same_phrases``): the full name is "ibs" wherever it stands as words; a part of it, or
    the name run into other letters, is not."""
    assert _topic_words("irritable bowel syndrome") == _topic_words("ibs") == frozenset({"ibs"})
    assert _topic_words("eased irritable bowel syndrome") == _topic_words("eased ibs")
    assert "ibs" not in _topic_words("irritable bowel")
    assert "ibs" not in _topic_words("irritable bowel syndromex")
