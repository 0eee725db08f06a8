"""A benefit denied with "nothing" in its lay words (``[benefit] no_help`` of
``knowledge/contradiction_claims.toml``: WordNet's nothing.n.01 synonyms and consumer idioms).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _benefit(text: str) -> list[str]:
    doc = parse_document("<t>", text, "text")
    return [c.side for c in typed_claims(doc) if c.type == "benefit"]


@pytest.mark.parametrize("text", [
    "Flexora did nothing whatsoever for my back pain.",
    "Flexora did zilch for my back pain.",
    "Honestly, Flexora has done next to nothing for my back pain.",
])
def test_nothing_in_its_lay_words_denies_the_benefit(text):
    assert "no_help" in _benefit(text), (text, _benefit(text))


@pytest.mark.parametrize("text", [
    "Flexora did nothing wrong, the regulator found.",
    "There is little for children to do about back pain at school.",
])
def test_nothing_without_a_condition_after_for_is_no_denied_benefit(text):
    assert "no_help" not in _benefit(text), (text, _benefit(text))
