"""Harm and denial sides the readers did not read, and the words that name them (``read19``,
issue 14). Each mechanism has cases that must conflict (the pair asserted, both orders) and
cases with the same words that must not (another product, a disease, background, a safety word
said of the product itself). Every sentence is coined for these tests; none is copied from a
benchmark row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import pairs_both_ways as _conflicts
from lint_helpers import quiet_both_ways as _quiet

# -- M1: a hangover is next-day drowsiness and a foggy head ---------------------------------------


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara causes no next-day hangover.", "A fair number of people feel muzzy-headed the day after taking Zelvara."),
    ("Zelvara won't leave you with a hangover.", "Zelvara can leave you groggy the next morning."),
    ("Rest assured, Zelvara gives you no hangover.", "Some users feel foggy-headed after a dose of Zelvara."),
    ("Zelvara is non-drowsy.", "Zelvara can give you a hangover the next day."),
    ("There's no morning-after hangover with Zelvara.", "Many users wake up groggy after taking Zelvara."),
])
def test_a_hangover_meets_grogginess_and_fog(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,other", [
    ("Zelvara won't leave you with a hangover.", "Dorvix can leave you groggy the next morning."),
    ("Zelvara causes no hangover.", "Zelvara can cause insomnia."),
    ("Zelvara causes no hangover.", "Zelvara can cause headaches."),
    ("Zelvara causes no hangover.", "Zelvara can cause vivid dreams."),
    ("Zelvara won't leave you with a hangover.", "If you drink too much wine, you may feel groggy the next day."),
])
def test_a_hangover_meets_no_other_effect_or_product(denial, other):
    assert _quiet(denial, other)
