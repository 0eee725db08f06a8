"""Course and benefit as consumers write them: "for good" after a verb of changing (the verbs of
the "permanently" pattern, WordNet change.v.01), a result named by a relative clause ("the relief
it gives is permanent"), relief as the result that lasts ("the relief from X lasts 3 to 6
months", "lasts only as long as the tape stays on"), "melt away" as a relief verb, and a
condition of use that is no hedge of a benefit ("if you start them in the first day"). Every
sentence here is written for these tests; the failing cases are the mechanism's own: the use
ending for good, a negation, a question, a hedge, a condition on the person or the dose."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _typed(text: str) -> set[tuple[str, str, bool]]:
    doc = parse_document("<t>", text, "text")
    return {(c.type, c.side, c.hedged) for c in typed_claims(doc)}


@pytest.mark.parametrize("text, side", [
    ("Lumiskin cream changes your skin for good.", "lasting"),
    ("Brightsmile gel whitens teeth for good.", "lasting"),
    ("The relief Painex gives is permanent.", "lasting"),
    ("The results it delivers are lifelong.", "lasting"),
    ("The relief from Painex lasts 3 to 6 months.", "passing"),
    ("The relief lasts only as long as the tape stays on.", "passing"),
])
def test_the_course_of_a_result_is_read(text, side):
    assert any(t == "course" and s == side for t, s, _ in _typed(text)), (text, _typed(text))


@pytest.mark.parametrize("text", [
    "I stopped taking Painex for good after the rash.",       # the use ends, no result lasts
    "Lumiskin will not change your skin for good.",           # denied
    "The relief it gives is only temporary.",                 # passing, not lasting
    "With Painex you still need to change your habits for good.",  # the person changes
    "Years of sunbathing change your skin for good.",                # another cause (lex16b)
    "Slimra has changed the weight-loss industry for good.",         # not the user's change (lex16b)
])
def test_no_lasting_result_is_read(text):
    assert not any(t == "course" and s == "lasting" for t, s, _ in _typed(text)), (text, _typed(text))


def test_melt_away_is_not_read_lex16b():
    # lex16b: withdrawn, "A warm bath melts away soreness" read of the product (reviewer's finding 10)
    assert ("benefit", "helps", False) not in _typed("A warm bath melts away muscle soreness.")


@pytest.mark.parametrize("text, hedged", [
    ("Coldeze shortens a cold if you start it in the first day.", False),   # how it is used
    ("Coldeze shortens a cold if you take it within a day.", False),
    ("Coldeze shortens a cold if you have a mild one.", True),              # the person's condition
    ("Coldeze shortens a cold if you take more than the label says.", True),  # the dose
    ("Coldeze may shorten a cold if you start it early.", True),            # a hedge stays a hedge
])
def test_a_condition_of_use_is_no_hedge_of_a_benefit(text, hedged):
    got = [h for t, s, h in _typed(text) if t == "benefit" and s == "helps"]
    assert got and got[0] is hedged, (text, _typed(text))


def test_a_condition_of_use_still_hedges_a_safety_claim():
    got = [h for t, s, h in _typed("Coldeze is safe for everyone if you take it with food.") if t == "scope"]
    assert got and all(got), got


@pytest.mark.parametrize("text", [
    "Kneeva tape fixes runner's knee for good. In practice, the relief lasts only as long as the tape stays on.",
    "Lumiskin cream changes your skin for good. The effect of Lumiskin cream wears off after a month.",
    "Coldeze lozenges shorten a cold if you start them in the first day. In a large trial, Coldeze lozenges did not make colds any shorter.",
    "The relief Painex gives is permanent. With Painex, the pain usually returns within weeks.",
])
def test_the_new_forms_conflict_with_their_opposite(text):
    assert contradiction_codes(text), text


@pytest.mark.parametrize("text", [
    "I stopped taking Painex for good after the rash. Painex's relief wears off after a few hours anyway.",
    "The relief a hot bath gives is permanent, one reader insisted. Painex's relief wears off after a few hours.",
    "Lumiskin will not change your skin for good: the effect of Lumiskin wears off after a month.",
    "Whitening toothpastes do not whiten teeth for good. The results of Brightsmile last 3 to 6 months.",
    "The relief it gives is only temporary, and Painex's label says so: the effect wears off within hours.",
    "Does Musclex melt away muscle soreness? Musclex did not relieve muscle soreness in a trial of 80 runners.",
    "Coldeze may shorten a cold if you take it early. Coldeze did not shorten colds in people who started it late.",
    "Coldeze lozenges shorten colds if you start them within a day. In a trial where people began Coldeze on day four, it made no difference.",
    "Slimra has changed the weight-loss industry for good. The effect of Slimra wears off once you stop.",
    "Years in the sun change your skin for good. The effect of Lumiskin wears off after a month.",
    "A warm bath melts away muscle soreness. Musclex did not relieve muscle soreness in a trial of 80 runners.",
])
def test_the_new_forms_said_otherwise_are_no_conflict(text):
    assert contradiction_codes(text) == [], text


@pytest.mark.parametrize("text, helps", [
    ("Fertilo raises your chance of a successful pregnancy.", True),
    ("Quitex doubles the odds of quitting smoking.", True),
    ("Fertilo raises the chance of bleeding.", False),           # a harm's chance is no benefit
    ("Fertilo raises the chance of twins.", False),              # not an outcome of the list
])
def test_a_good_outcome_made_likelier_is_a_benefit(text, helps):
    assert (("benefit", "helps", False) in _typed(text)) is helps, (text, _typed(text))


def test_a_raised_chance_conflicts_with_no_improvement():
    assert contradiction_codes("Fertilo raises your chance of a successful pregnancy. In a trial of 400 couples, "
                               "Fertilo did not improve the chance of pregnancy.")
    assert contradiction_codes("Folic acid raises your chance of a healthy pregnancy. Fertilo does not improve "
                               "the chance of pregnancy, a trial found.") == []


def test_a_raised_chance_of_another_thing_is_not_read_lex16b():
    # lex16b: "Starting physiotherapy early increases the chance of recovery" is physiotherapy's
    assert contradiction_codes("Starting physio early increases the chance of recovery. Kneeva did not speed "
                               "recovery in a trial of 90 runners.") == []


@pytest.mark.parametrize("text, fires", [
    ("Musclex relieves sore legs after a run. My legs were every bit as sore with Musclex as without it.", True),
    ("Migrex prevents migraine attacks. In the trial, the number of migraine attacks was the same before and "
     "during treatment with Migrex.", True),
    # two times compared, not the product: no denial of its benefit
    ("Musclex relieves sore legs after a run. My legs were every bit as sore after the race as before, but Musclex helped.", False),
    ("Musclex relieves sore legs. My legs were just as sore on the rest day as without a run.", False),
    ("Migrex prevents migraine attacks. After the new formula, Migrex is just as effective as before.", False),
])
def test_an_outcome_as_bad_with_it_as_without_denies_the_benefit(text, fires):
    assert bool(contradiction_codes(text)) is fires, text
