"""Claims in shapes the readers still missed (``deny18``, issue 14): a denial limited to one
window of the course, which narrows it rather than standing for the whole course, and the
readings added after it in this file. Each mechanism has cases that must conflict and cases
with the same words that must not (another product, a question, a hedge, a debunked rumour,
a placebo group). Every sentence is coined for these tests; none is copied from a benchmark
row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_INTRO = "Zelvara is a new herbal tablet. Dorvix is an older rival tablet."
_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def _both_ways(a: str, b: str) -> tuple[list[str], list[str]]:
    """``a`` in the first paragraph and ``b`` in the next, then the other way round."""
    return (contradiction_codes(f"{_INTRO} {a}{_FILLER}\n\n{b}\n"),
            contradiction_codes(f"{_INTRO} {b}{_FILLER}\n\n{a}\n"))


def _conflicts(a: str, b: str) -> bool:
    one, other = _both_ways(a, b)
    return bool(one) and bool(other)


def _quiet(a: str, b: str) -> bool:
    one, other = _both_ways(a, b)
    return not one and not other


# -- M1: a denial limited to a window of the course narrows it ----------------------------------

@pytest.mark.parametrize("denial,harm", [
    # an unlimited denial meets a harm in any window
    ("Zelvara never causes a rash.", "A rash can appear after a month on Zelvara."),
    ("Zelvara does not cause headaches.", "Zelvara can cause headaches after a few weeks of use."),
    ("Rest assured, Zelvara won't cause hair loss.", "With long-term use, Zelvara can cause hair loss."),
    # a harm in the denial's own window
    ("Zelvara causes no rash in the first week.", "In the first week, a rash is common on Zelvara."),
    # "even" stretches the window
    ("Zelvara won't upset your stomach, not even in the long term.", "Zelvara can upset your stomach."),
])
def test_an_unlimited_denial_or_the_same_window_still_conflicts(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara causes no rash in the first week.", "Zelvara can cause a rash."),
    ("Zelvara causes no rash in the first week.", "Zelvara can cause a rash after a month."),
    ("In the first week, Zelvara does not cause a rash.", "Zelvara can cause a rash after a month."),
    ("Zelvara won't give you a rash during the first few days.", "After a month, Zelvara can cause a rash."),
    ("For the first fortnight Zelvara causes no headaches.", "Zelvara can cause headaches after a few weeks of use."),
    ("During the first few days, Zelvara does not cause headaches.", "Headaches are a known side effect of Zelvara."),
    ("Over the first couple of weeks, you won't get any nausea from Zelvara.", "Zelvara may cause nausea."),
    ("Zelvara does not cause nausea in the first month.", "Some people get nausea from Zelvara after three months."),
    ("Zelvara does not cause weight gain in the short term.", "Zelvara can cause weight gain with continued use."),
    ("In the long term, Zelvara does not cause insomnia.", "When you first start Zelvara, it can cause insomnia."),
    ("Zelvara causes no dizziness at first.", "Zelvara can cause dizziness after a year of use."),
    ("No rash in the first week with Zelvara.", "A rash can appear after a month on Zelvara."),
])
def test_a_denial_limited_to_a_window_meets_no_harm_outside_it(denial, harm):
    assert _quiet(denial, harm)
