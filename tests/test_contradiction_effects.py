"""Issue 14: the effect vocabulary and the harm forms it is read in — lay names for one
effect, nominal and listed harms, denials the ConText cues do not read, harms said after a
body part, over-general effects, and benefit negations with condition synonyms. Every
sentence here is written for these tests (products invented)."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, two_claims

from lint_rules.analysis.concepts import get_lexicon

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"


def _codes(a: str, b: str) -> list[str]:
    return contradiction_codes(two_claims(a, b, _FILLER))


@pytest.mark.parametrize("phrase, concept", [
    ("puffy ankles", "HP:0010741"),
    ("menstrual cramps", "HP:0100607"),
    ("period pain", "HP:0100607"),
    ("pins and needles", "HP:0003401"),
    ("feeling wiped out", "HP:0012378"),
    ("mood swings", "HL:0000032"),
    ("osteonecrosis of the jaw", "HL:0000031"),
])
def test_lay_names_map_to_one_concept(phrase, concept):
    found = get_lexicon().lookup(phrase)
    assert found is not None and found.id == concept, (phrase, found)


def test_narrower_lay_effects_sit_under_their_broader_concept():
    lex = get_lexicon()
    assert lex.is_a("HP:0010741", "HP:0000969")  # swollen ankles are oedema
    assert lex.is_a("HP:0000716", "HL:0000032")  # low mood is a mood change
    assert lex.is_a("HL:0000031", "HP:0030791")  # jaw osteonecrosis harms the jaw
    assert lex.is_a("HP:0030791", "HP:0000924")  # the jaw is part of the skeleton


@pytest.mark.parametrize("a, b", [
    # lay synonyms on the two sides
    ("Brontal does not cause swollen legs.", "Puffy ankles are a well-known effect of Brontal."),
    ("Brontal is a non-drowsy tablet, and most adults can take it before driving.",
     "A few users say Brontal made them sleepy."),
    ("Brontal will not affect your mood.", "Mood swings have been reported by several teenagers taking Brontal."),
    # nominal harm forms
    ("Brontal carries no risk of low blood sugar.", "Hypoglycaemia can occur, particularly if you skip meals while taking Brontal."),
    ("Brontal never causes nosebleeds.", "Its leaflet lists nosebleeds as an uncommon side effect of Brontal."),
    # denials the cue lists do not read
    ("With Brontal, heartburn is simply not a concern.", "Heartburn is a frequent complaint among people taking Brontal."),
    ("Nobody needs to worry about dizziness with Brontal.", "Dizziness is a common complaint among people taking Brontal."),
    ("Not one patient has had a rash with Brontal.", "A skin rash has been reported in some patients receiving Brontal."),
    # a harm named by the body part, after it
    ("Brontal won't harm your kidneys.", "Kidney function can decline in people taking Brontal."),
    ("Brontal poses no threat to the jawbone.", "Osteonecrosis of the jaw has been reported in patients receiving Brontal."),
])
def test_effect_named_in_other_words_or_forms_conflicts(a, b):
    assert _codes(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # a different effect
    ("Brontal does not cause swollen legs.", "Dry mouth is a well-known effect of Brontal."),
    # the disease's own symptom, not the product's effect
    ("Brontal does not cause fatigue.", "Fatigue is a common effect of the infection itself."),
    # hedges that agree
    ("Most people taking Brontal do not get headaches.", "A few may get mild headaches in the first week."),
    # an over-general denial set against a specific pain elsewhere in the body
    ("The Brontal injection is painless.", "Headaches can occur with Brontal in the first week."),
    # another product's harm
    ("Brontal carries no risk of dependence.", "Dependence can develop with codeine after a few weeks."),
    # a body part named without a harm after it
    ("Brontal won't harm your kidneys.", "Kidney function is checked before people start Brontal."),
])
def test_controls_do_not_conflict(a, b):
    assert not _codes(a, b), (a, b)


def test_painless_pairs_with_pain_at_the_same_site():
    assert _codes("The Brontal injection is painless.", "Pain at the injection site is common after Brontal.")


@pytest.mark.parametrize("a, b", [
    ("Brontal spray relieves sinus pressure within minutes.", "Brontal spray will not ease sinus pain."),
    ("Brontal pads relieve period pain.", "Brontal pads do not reduce menstrual cramps."),
    ("Brontal tablets ease heartburn.", "Brontal tablets won't relieve acid reflux."),
])
def test_benefit_denied_in_other_words_conflicts(a, b):
    assert "CON007" in _codes(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Brontal pads relieve period pain.", "Brontal pads will not ease back pain."),
    ("Brontal tablets ease heartburn.", "Brontal tablets may not relieve acid reflux in everyone."),
])
def test_benefit_for_another_condition_or_hedged_does_not_conflict(a, b):
    assert "CON007" not in _codes(a, b), (a, b)


@pytest.mark.parametrize("a, b, code", [
    ("Sleep improves markedly with Brontal tea.", "Sleep quality did not change in people drinking Brontal tea.", "CON007"),
    ("Brontal capsules cannot be overdosed.", "Taking more than four Brontal capsules a day can cause kidney stones.", "CON004"),
    ("Brontal lozenges have no maximum.", "Limit yourself to eight Brontal lozenges a day.", "CON004"),
    ("Brontal can be safely taken with other medicines.", "Brontal should not be combined with blood thinners.", "CON005"),
    ("Brontal gives you clearer skin for life.", "The clearer skin typically disappears within a month of the last Brontal dose.", "CON003"),
    ("Side effects from Brontal are non-existent.", "Headaches are among the most common complaints from people who take Brontal.", "CON001"),
    ("Brontal does not disturb sleep.", "Trouble falling asleep is listed as a known effect of Brontal.", "CON002"),
])
def test_typed_and_denied_forms_conflict(a, b, code):
    assert code in _codes(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # an amount that is safe and its limit agree
    ("Brontal lozenges have no maximum strength above 10 mg each.", "Each Brontal lozenge holds 5 mg."),
    # the results are hedged, not promised for life
    ("Brontal may give you clearer skin for months.", "The clearer skin typically disappears within a month of the last Brontal dose."),
    # a level higher than a threshold is no direction claim
    ("Brontal lowers blood pressure.", "Readings with blood pressure higher than 140 were excluded."),
])
def test_typed_controls_do_not_conflict(a, b):
    assert not _codes(a, b), (a, b)
