"""Controls of v13 dev's false-alarm classes (session 15, ``prec15``): limits that make two
opposite-looking claims both true. For each mechanism, passages held apart and the same
passage with the limiting words removed, which must still be found. Every sentence is written
for these tests (coined product names), from the construction, not copied from any benchmark
row."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text


def _findings(text: str) -> list:
    return [f for f in lint_text(text.strip() + "\n", kind="text", select=["contradiction"])
            if f.code.startswith("CON")]


_APART: list[str] = [
    # F1: a warning about a whole class, said of an interaction, a group or a diet
    # (claim_limits.class_warning, asked for typed claims too)
    "Valerian Calm Drops have no known interactions with everyday medicines.\n\n"
    "As with any natural product, any herbal remedy can interact with prescription drugs, so check with your doctor first.",
    "No interactions with common medicines have been found for Ostevit.\n\n"
    "Any supplement can interact with prescription medicines, so always tell your pharmacist you are taking Ostevit.",
    "Researchers said ginkgo showed no interactions with blood thinners in the trial.\n\n"
    "Dr Patel warned that many supplements can interact with warfarin, and patients should ask before starting any of them.",
    "PURE WHEY ISOLATE\n\nLactose-filtered and gentle on the stomach.\n\n"
    "Any high-protein diet can cause bloating and wind if you ramp up too fast.",
    "Nuvela has no known drug interactions.\n\n"
    "Many medicines can interact with each other, so tell your doctor about everything you are taking, including Nuvela.",
    "Brightlyn drops are safe for children.\n\nMost cold remedies should not be given to children under six.",
]

_STILL: list[str] = [
    "Valerian Calm Drops have no known interactions with everyday medicines.\n\n"
    "Valerian Calm Drops can interact with prescription drugs, so check with your doctor first.",
    "No interactions with common medicines have been found for Ostevit.\n\n"
    "Ostevit can interact with prescription medicines, so always tell your pharmacist you are taking it.",
    "Researchers said ginkgo showed no interactions with blood thinners in the trial.\n\n"
    "Dr Patel warned that ginkgo can interact with warfarin, and patients should ask before starting it.",
    "PURE WHEY ISOLATE\n\nLactose-filtered and gentle on the stomach.\n\n"
    "It can cause bloating and wind if you ramp up too fast.",
    "Zorvex Sleep Spray has no drug interactions.\n\n"
    "Zorvex Sleep Spray can interact with any prescription drug, so ask first.",
    "Dermicort does not cause rash.\n\nLike all medicines, Dermicort can cause a rash.",
    "Brightlyn drops are safe for children.\n\nBrightlyn drops should not be given to children under six.",
]


@pytest.mark.parametrize("text", _APART)
def test_held_apart(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize("text", _STILL)
def test_still_found(text: str) -> None:
    assert _findings(text)
