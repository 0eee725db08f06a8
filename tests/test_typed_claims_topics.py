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


def test_a_pattern_opening_with_an_optional_group_has_no_anchor_words():
    """A pattern that starts with an optional group ("(?:for\\s+)?{NUM} …") may match without
    its words, so they are no anchor: the prefilter must not skip "three times a day at most"
    because "for" is absent (written for this test)."""
    from lint_rules.analysis.typed_claims import _anchors
    from lint_rules.analysis.typed_claims import typed_claims as read
    from lint_rules.parsing import parse_document

    assert _anchors(r"\b(?:for\s+)?(?:one|two)\s+doses") == ()
    assert _anchors(r"\b(?:safe|harmless)\s+for") == ("safe", "harmless")
    doc = parse_document("<t>", "Take Flexora three times a day at most.", "text")
    assert any(c.type == "dose" and c.side == "limit" for c in read(doc))
