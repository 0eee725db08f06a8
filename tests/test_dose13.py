"""dose13 (issue 14): dose limits and amounts that conflict. Every passage here is written for
these tests (made-up product names), none copied from a blind set or the corpus."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import conflicts
from lint_rules.parsing import parse_document


def _kinds(text: str) -> set[str]:
    doc = parse_document("<t>", text, "text")
    return {c.kind for c in conflicts(doc)}


# --- the normal-use frame written after the noun ("at the dose on the pack") -----------------
@pytest.mark.parametrize("text", [
    "In the amounts printed on the label, Duvel syrup causes no liver damage. "
    "Taken in large amounts, Duvel syrup has caused liver damage.",
    "At the dose your doctor prescribes, Duvel does not harm the kidneys. In overdose, Duvel has damaged the kidneys.",
    "At the dose on the leaflet, Duvel does not harm the kidneys. In overdose, Duvel has damaged the kidneys.",
])
def test_a_denial_at_the_label_dose_does_not_conflict_with_harm_from_overdose(text):
    assert not _kinds(text), text


@pytest.mark.parametrize("text", [
    "At the doses athletes use, Ralgex poses no danger to your heart. At huge doses it has caused fatal heart rhythm problems.",
    "Ralgex poses no danger to your heart. At huge doses it has caused fatal heart rhythm problems.",
])
def test_a_denial_at_some_other_dose_still_conflicts(text):
    assert _kinds(text), text
