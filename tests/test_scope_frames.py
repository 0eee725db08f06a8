"""Universal safety said as a range over people (``analysis/scope_frames.py``, session 12,
``frames13``): "whatever your age or health", "young or old, fit or frail", "from newborns to
grandparents", "suits every body", next to a safety word said of the product, is safety for
everyone, which a warning for any group contradicts. The same ranges with no safety claim of
the product, with a limit, or about a study's sample are not. Every sentence is written for
these tests (coined names)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

_PRE = "Zanta is a tablet for joint pain. Zanta is taken once a day. "
_FILLER = " It is sold in tins. A tin costs three pounds. "


def _universal(sentence: str) -> bool:
    doc = parse_document("t", _PRE + sentence + "\n", "text")
    return any(c.type == "scope" and c.side == "safe" and "universal" in c.topic and c.sentence >= 2
               for c in typed_claims(doc))


@pytest.mark.parametrize("sentence", [
    "Whatever your age or health, Zanta is a safe choice.",
    "Young or old, fit or frail, you can rely on Zanta being safe.",
    "Zanta is safe whatever your age.",
    "From toddlers to pensioners, Zanta is safe.",
    "Zanta suits every body.",
    "Healthy or ill, you can take Zanta safely.",
])
def test_a_range_over_people_with_a_safety_word_is_universal(sentence):
    assert _universal(sentence)


@pytest.mark.parametrize("sentence", [
    "Whatever your age, exercise is good for you, and Zanta can help.",  # no safety word
    "From babies to grandparents, flu can be dangerous; Zanta may help.",
    "Whatever your age or health, talk to your doctor before starting Zanta.",
    "Is Zanta safe whatever your age?",  # asked
    "Zanta is not safe for young or old.",  # denied
    "Zanta is safe for young and old, except people with kidney disease.",  # carved out
    "Whatever your age, aspirin is a safe choice.",  # another product
    "The company claims Zanta is safe whatever your age, but regulators disagree.",
    "Zanta was tested in men and women and found safe at the standard dose.",  # a study's sample
    "Zanta is safe for men and women over 50.",
    "Whatever your age, keep Zanta somewhere safe.",  # "safe" of a place
    "From April to June, Zanta was safe to use in the trial.",
    "Whatever your age, Zanta is safe to store at room temperature.",  # safe to keep, not to take
    "Young or old, everyone should check the date, and Zanta is safe for most.",  # hedged
    # review of frames13 (frames13b): the range in another clause, of something else, or "safe"
    # said of something else
    "Measles can strike young or old, and Zanta is a safe way to ease the fever.",
    "Colds catch you whatever your age or health, and resting is a safe bet; Zanta eases the aches.",
    "Young or old, the flu jab is safe and Zanta can ease a sore arm afterwards.",
    "Whatever your age, there is a Zanta pack size that suits you.",
    "Zanta is safe to take with a meal, whether it has healthy or unhealthy fats in it.",
    "The trial took young and old volunteers; Zanta was well tolerated at 5 mg, the authors said.",
    "The study wants people who are young or old to take part; Zanta is safe enough to test, the board said.",
    "Our members come from all walks of life and every one of them is safe with us.",
])
def test_ranges_that_promise_nothing_for_everyone(sentence):
    assert not _universal(sentence)


def test_a_range_conflicts_with_a_warning_for_a_group():
    codes = [f.code for f in lint_text(_PRE + "Whatever your age or health, Zanta is a safe choice." + _FILLER
                                       + "Pregnant women must avoid Zanta." + _FILLER + "\n", kind="text",
                                       select=["contradiction"])]
    assert "CON006" in codes


# -- frames13c: "it is a safe habit" without the product near is no universal safety claim

@pytest.mark.parametrize("text", [
    "Whatever your age, everyone should stretch each morning — it is a safe routine. "
    "Zanta gel is sold in pharmacies.\n\nZanta is not suitable for children under two.",
    "Zanta is a gel. Young or old, all of us should sleep well; it is a safe way to recover.\n\n"
    "Zanta is not suitable for children under two.",
])
def test_a_safe_habit_is_not_the_product(text):
    assert not [f for f in lint_text(text + "\n", kind="text", select=["contradiction"]) if f.code == "CON006"]
