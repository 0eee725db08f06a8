"""Harm and denial sides the readers did not read, and the words that name them (``read19``,
issue 14). Each mechanism has cases that must conflict (the pair asserted, both orders) and
cases with the same words that must not (another product, a disease, background, a safety word
said of the product itself). Every sentence is coined for these tests; none is copied from a
benchmark row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes
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


# -- M2: a safety word that describes an effect is no promise of safety ---------------------------

_NO_TINGLING = "Zelvara never causes pins and needles."


@pytest.mark.parametrize("harm,denial", [
    ("Zelvara causes a harmless tingling in the hands.", _NO_TINGLING),
    ("Paraesthesia (a harmless prickling of the skin) may occur with Zelvara.", _NO_TINGLING),
    ("A mild, harmless tingling can follow a dose of Zelvara.", _NO_TINGLING),
    ("Xerostomia (dry mouth) can follow a dose of Zelvara.", "Zelvara does not cause a dry mouth."),
])
def test_a_harmless_effect_is_still_the_effect(harm, denial):
    assert _conflicts(harm, denial)


@pytest.mark.parametrize("described,harm", [
    ("Zelvara causes a harmless tingling in the hands.", "Zelvara can cause headaches."),
    ("The tingling from Zelvara is harmless.", "Zelvara can cause headaches."),
    ("The flushing you may get with Zelvara is usually harmless.", "Zelvara can cause headaches."),
    ("Zelvara can cause a mild, harmless warmth in the skin.", "Zelvara may cause nausea."),
])
def test_a_harmless_effect_promises_nothing_of_other_effects(described, harm):
    assert _quiet(described, harm)


@pytest.mark.parametrize("gloss,denial", [
    ("Xerostomia (dry mouth) is common in older adults.", "Zelvara does not cause a dry mouth."),
    ("Paraesthesia (pins and needles) is a symptom of diabetes.", _NO_TINGLING),
])
def test_a_gloss_in_brackets_keeps_a_disease_symptom_apart(gloss, denial):
    assert _quiet(gloss, denial)


@pytest.mark.parametrize("safe,harm", [
    ("Zelvara is harmless.", "Zelvara can cause headaches."),
    ("Zelvara is completely harmless and gentle.", "Zelvara can cause headaches."),
])
def test_the_product_called_harmless_still_promises_safety(safe, harm):
    assert contradiction_codes(f"Zelvara is a new herbal tablet. {safe} It is sold in pharmacies.\n\n{harm}\n")
