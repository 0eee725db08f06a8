"""A denial said with a noun rather than a verb: no change in the rate of an effect, no link
to it, a label's verbless "no X, no Y" list after a colon (``[denials] before`` of
``knowledge/contradiction_effects.toml``). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import claims
from lint_rules.parsing import parse_document


def _stances(text: str) -> dict[str, str]:
    doc = parse_document("<t>", text, "text")
    return {doc.text[c.start:c.end].lower(): c.stance for c in claims(doc)}


@pytest.mark.parametrize("text, effects", [
    ("No increase in nosebleeds or headaches was seen in adults using Nasoclear.", ["nosebleeds", "headaches"]),
    ("The trial found no link between Nasoclear and hair loss.", ["hair loss"]),
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
