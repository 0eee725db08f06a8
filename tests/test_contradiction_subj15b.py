"""Review fixes to subj15's readings (``subj15b``): each case is ordinary text of the shape a
blind reviewer found subj15 reading wrongly, written here for the test (coined names, none
copied from a benchmark row or the reviewer's passages). The false cases must not conflict;
the true ones must."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text


def _codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text + "\n", kind="text", select=["contradiction"]) if f.code.startswith("CON")]


@pytest.mark.parametrize("text", [
    # 1. a definite type noun with no product found, or after another drug named as an object
    "Norelle probiotic sachets do not cause diarrhoea. Teenagers are often given doxycycline for acne. "
    "They should finish it. Stopping early is common. The full course can cause diarrhoea.",
    # 2. a group's possessive is the claim's group, not the measure's owner
    "Cardimo did not raise children's heart rate in the study. It raised adults' heart rate slightly.",
    "Cardimo did not raise blood pressure in women. It raised men's blood pressure at the top dose.",
    # 3. "effect of this/these <class>" names a class, not the product
    "Brontiva is a new inhaler. A fast heart rate is a known effect of this class of medicine. "
    "Brontiva did not raise heart rate.",
    "Brontiva did not raise heart rate. A racing heart is a known effect of these inhalers as a group.",
    # 4. "make your <part> <state>" said of another maker
    "Dentora does not make teeth sensitive. Worn enamel can make your teeth sensitive.",
    "Calmira will not upset the stomach. Anxiety can make your stomach upset before exams.",
    # 5. past relief is a treatment claim, apart from prevention and from a denied cure
    "Migrelle does not prevent migraines. In our test, Migrelle relieved a migraine within an hour.",
    # 6. "no faster with X than with <another treatment>" is a comparison
    "Labiva helps cold sores heal. Cold sores heal no faster with Labiva than with penciclovir cream.",
    # 8. held back / tightened: the finite "put on a few pounds", "saps", scare quotes, "it" of another remedy
    "Slimora does not cause weight gain. Most people put on a few pounds on holiday.",
    "Vitara boosts energy, the maker says. A long commute saps your energy.",
    "Lipora does not lower 'bad' LDL cholesterol. Statins cut 'bad' LDL cholesterol by a third.",
    "Dermica cream did not ease my rash. My pharmacist suggested a cold compress. It soothed the rash in minutes.",
    "Somnia is a herbal sleep tablet. Somnia did not improve sleep in a trial. "
    "The authors suggest a weighted blanket: most people sleep better with it than without.",
])
def test_ordinary_text_of_the_reviewed_shapes_is_no_conflict(text):
    assert not _codes(text)


@pytest.mark.parametrize("text", [
    # 7. "use of <the product>" is the product's use: a true conflict kept
    "Pressura does not raise blood pressure. Daytime use of Pressura raises blood pressure, the study found.",
    # 4. the product as the maker still pairs
    "Dentora does not make teeth sensitive. Dentora can make your teeth sensitive.",
    # 6. against a dummy, the comparison is still a denial
    "Labiva helps cold sores heal. Cold sores heal no faster with Labiva than with a dummy cream.",
    # 8. "it" after the product named in the sentence before is the product
    "Dermica cream did not ease my rash. I tried Dermica again. It soothed the rash in minutes.",
])
def test_the_same_shapes_of_the_product_still_conflict(text):
    assert _codes(text)


def test_another_things_use_gate_is_its_own_pattern():
    """cand15 merge: the lasting reader's ``_USE_SUBJECT`` (a pattern of the same name, since
    moved to the data file by recur15b) shadowed this gate's pattern; the gate must still hold."""
    assert not _codes("Somnol does not affect melatonin. Evening screen use lowers teenagers' melatonin, researchers found.")
