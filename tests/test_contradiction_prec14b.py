"""Review fixes to the ``prec14`` gates (session 14, ``prec14b``): each gate read its cue
word anywhere in the sentence, not on the claim it limits, and so hid true conflicts. For
each mechanism, a true conflict whose cue is elsewhere in the sentence (must be found) and the
ordinary pair the gate was built for (must stay quiet). Every sentence is written for these
tests (coined product names), from the construction, not copied from any benchmark row or
review passage."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

_TRUE: list[str] = [
    # A. a passing word negated, or in another clause, or contrasted, is not the effect's course
    "Folliva does not cause permanent hair loss. Folliva can cause hair loss that does not grow back.",
    "Calmora does not cause lasting drowsiness. Calmora can cause drowsiness that doesn't wear off for weeks.",
    "Zorvex does not cause chronic fatigue. Zorvex can cause fatigue that settles in most people but stays for "
    "years in a few.",
    "Neurotin causes no lasting nerve damage. Tingling in the hands usually fades, but Neurotin caused nerve "
    "damage in two patients that was still there a year on.",
    # B. an evaluative word is no grade: "no harmful side effects" denies the mild ones too
    "Vitara has no harmful side effects. Vitara can cause mild kidney damage.",
    # C. a same-rate-as-placebo cue said of another effect in another clause
    "Zanta does not cause nausea. In the trial, 20% of people on Zanta had nausea, whereas headaches were no "
    "more common than with placebo.",
    "Cardiol does not cause dizziness. Rash affected 5% on Cardiol and 5% on placebo, but 30% of people on "
    "Cardiol had dizziness.",
    # D. misuse that does not limit the claim: an intensifier, a concession, a topic, a hobby
    "Taken as directed, Oxylen does not cause dependence. Oxylen can cause dependence, particularly if misused.",
    "Taken as directed, Oxylen does not cause dependence. Even without misuse, Oxylen can cause dependence.",
    "Used as prescribed, Codal does not cause breathing problems. Codal can cause breathing problems, so nurses "
    "look out for signs of misuse.",
    "Used as directed, Stimvax does not cause palpitations. Stimvax caused palpitations in recreational cyclists.",
    # E. "on its own" of an effect's course, "alone" of a year: no single ingredient
    "Sinex is a combination of two decongestants and does not cause a dry mouth. Sinex can cause a dry mouth "
    "that goes away on its own.",
    "Together with diet changes, Slimora does not cause heartburn. Last year alone, Slimora caused heartburn in "
    "30 people.",
    # F. "briefly" of how long it is used, not of the effect
    "Over the long term, Zelora does not cause acne. Zelora can cause lasting acne, even when used briefly.",
    # G. an accidental swallow of the cream is the cream, not an oral form
    "Numbex cream does not cause a numb tongue. If swallowed by accident, Numbex can cause a numb tongue.",
]

_ORDINARY: list[str] = [
    "Dermavit does not cause permanent skin damage. Dermavit can cause redness, which fades within a day.",
    "Zorvex does not cause chronic fatigue. Zorvex can cause tiredness that usually goes away after a few days.",
    "Calmora does not cause permanent drowsiness. Calmora can cause drowsiness that wears off by morning.",
    "Tramadex does not cause severe constipation. Tramadex can cause mild constipation, so drink plenty of water.",
    "Zentra does not cause headaches more often than placebo. In the study, headaches were reported by some "
    "people on Zentra.",
    "Taken as directed, Codal does not cause breathing problems. If misused, Codal can cause breathing problems.",
    "Taken as prescribed, Oxylen does not cause dependence. When abused, Oxylen can cause dependence.",
    "Used as directed, Hepadol does not cause liver damage. Hepadol can cause liver damage when people misuse it.",
    "At the usual dose, Stimvax does not cause palpitations. Recreational users of Stimvax can get palpitations.",
    "Caffeine on its own does not relieve migraine. The combination of caffeine and paracetamol relieves migraine.",
    "Zinc by itself does not prevent colds. Zinc together with vitamin D prevents colds in older adults, one "
    "trial found.",
    "Zelora can raise blood pressure briefly, for an hour or so. With long-term use, Zelora does not raise blood "
    "pressure.",
    "Gastrin does not cause diarrhoea more often than placebo, and nausea was rare. Diarrhoea was reported by "
    "some people on Gastrin in the trial, at the same rate as on placebo.",
    "Vitara does not cause stomach upset in most people. A few people get stomach upset that passes quickly.",
    "Acnil does not cause permanent dryness. Acnil can cause dry skin, which is temporary and clears when you stop.",
]


@pytest.mark.parametrize("text", _TRUE)
def test_true_conflict_found(text: str) -> None:
    assert contradictions(text), text


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_text_is_quiet(text: str) -> None:
    assert not contradictions(text), text
