"""Review fixes of tidy14 (session 14): the shared list of verbs that end use and the shared
list of takers widened some readers on purpose (findings move on that wording, both ways), and
dropped one noun the old readers matched ("discontinuation"), which these tests hold back.
Own wording, not from any corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

# The noun of stopping: what is spared after discontinuation is no denial of the harm while taken.
_AFTER_STOPPING_NOUN = [
    "Norvane can cause irregular periods. Norvane does not affect your periods after discontinuation.",
    "Norvane can cause irregular periods. Norvane will not change your cycle after discontinuation of treatment.",
    "Headaches are among the reasons people give for discontinuation. Norvane, a newer pill, can cause headaches.",
]

# The verbs now read by every reader ("gave up", "given up"): the time after use, not a denial.
_AFTER_STOPPING_VERB = [
    "After I gave up Norvane, I had terrible headaches. Norvane does not cause headaches.",
    "Once you have given up Norvane you may get headaches. Norvane does not cause headaches.",
    "Norvane can cause irregular periods. Norvane does not affect your cycle after you gave up the pills.",
]

# The takers now read by every reader: a denial or harm said of the product's users.
_TAKERS_CONFLICT = [
    "Patients who start Norvane end up with constipation. Norvane does not cause constipation.",
    "Most wearers get no jitters with Norvane. Norvane can cause jitters.",
]


@pytest.mark.parametrize("text", _AFTER_STOPPING_NOUN + _AFTER_STOPPING_VERB)
def test_the_time_after_stopping_is_no_denial(text: str) -> None:
    assert contradiction_codes(text) == []


def test_a_denial_while_taken_still_conflicts() -> None:
    # The pass case of the noun fix: without "after discontinuation" the denial stands.
    assert contradiction_codes("Norvane can cause irregular periods. Norvane does not affect your periods.") != []


@pytest.mark.parametrize("text", _TAKERS_CONFLICT)
def test_takers_widened_conflict(text: str) -> None:
    assert contradiction_codes(text) != []
