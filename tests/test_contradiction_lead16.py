"""lead16: a merge interaction the candidate's dev gates found. lex16b lets a condition be the
maker of a causative ("Depression can leave people weepy" is the disease's own symptom); a
condition word before an intervention's head noun names a treatment ("lung cancer surgery", "a
gentle sleep aid that will not leave you …"), so it is the product's claim as on main."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes


@pytest.mark.parametrize("text", [
    "# Melatonin for sleep\n\nMelatonin is a mild sleep aid that will not leave you with trouble sleeping once you "
    "stop it. Take it half an hour before bed. A few users develop rebound insomnia when they quit after "
    "months of nightly use.",
    "# Migraine surgery\n\nSurgeons say migraine surgery will not make you dizzy. Recovery takes "
    "weeks. Dizziness was reported by 5% of people given migraine surgery.",
])
def test_a_treatment_named_by_its_condition_keeps_its_claim(text: str) -> None:
    assert contradiction_codes(text, "markdown"), text


@pytest.mark.parametrize("text", [
    # the condition itself as the maker stays the condition's (lex16b's reading kept)
    "# Calmira\n\nDepression can leave people weepy and withdrawn. Calmira tablets do not cause mood changes. "
    "Take one a day with food.",
    "# Otiquiet drops\n\nEar infections can make your ears sore for days. Otiquiet drops never cause discomfort "
    "in the ear. Use two drops twice a day.",
])
def test_a_condition_as_the_maker_is_no_contradiction(text: str) -> None:
    assert contradiction_codes(text, "markdown") == [], text
