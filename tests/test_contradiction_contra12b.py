"""Review fixes to the contra12 cue lists (session 11, ``contra12b``). A blind review found
readings the expanded verb lemmas and the shared duration vocabulary added that were too wide:
a historical cue with no claim said, a rejection about something else, a waiting time or a
study's length read as a time limit, a condition of use read as a lasting result, a harm going
away read as the result fading, and another product's form in an "unlike" phrase read as this
product's route. Each mechanism has a case that must stay a conflict now and a case of the same
shape that is still held apart. Every sentence is written for these tests (coined names)."""

from __future__ import annotations

import re

import pytest
from lint_helpers import contradiction_codes

from lint_rules import knowledge

_FILLER = " It is sold in tins. A tin costs three pounds. "


# -- A: a historical cue needs what was said to be a claim ----------------------------------

@pytest.mark.parametrize(("sentence", "historical"), [
    ("once advised by a nurse, you can take it with food.", False),
    ("we previously wrote about cough syrups; it can cause drowsiness.", False),
    ("as the label originally stated, it can cause drowsiness.", False),
    ("we previously wrote that it was safe for children.", True),
    ("the seller originally advertised it as a cure.", True),
    ("the seller originally claimed it cured colds.", True),
    ("we previously stated nodrex was safe for children.", True),
    ("doctors once advised to take it with food.", False),
])
def test_a_historical_cue_needs_a_claim_said(sentence, historical):
    cues = knowledge.read_toml("assertion_cues.toml")["historical"]["sentence"]
    assert any(re.search(c, sentence) for c in cues) is historical


def test_a_claim_after_a_once_clause_still_conflicts():
    assert contradiction_codes("Nodrex is a cough syrup. Once advised by your pharmacist, you can take Nodrex; it never "
                  "causes drowsiness." + _FILLER + "Nodrex can cause drowsiness." + _FILLER)


def test_a_claim_said_before_is_still_history():
    assert not contradiction_codes("Nodrex is a cough syrup. We previously wrote that Nodrex never causes drowsiness."
                      + _FILLER + "Nodrex can cause drowsiness." + _FILLER)


@pytest.mark.parametrize("after", [
    "The two panels disagreed over the cost, but both approved it.",
    "Editors corrected the article to fix the date.",
])
def test_a_next_sentence_about_something_else_disowns_nothing(after):
    assert contradiction_codes("Nodrex is a cough syrup. Nodrex never causes drowsiness. " + after + _FILLER
                  + "Nodrex can cause drowsiness." + _FILLER)


@pytest.mark.parametrize("after", [
    "Our pharmacist disagreed.",
    "We have since corrected that statement.",
])
def test_a_next_sentence_rejecting_the_claim_still_disowns_it(after):
    assert not contradiction_codes("Nodrex is a cough syrup. Nodrex never causes drowsiness. " + after + _FILLER
                      + "Nodrex can cause drowsiness." + _FILLER)


# -- B: a waiting time, a study's length or a concession is no time limit --------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Do not drink milk for 3 hours after taking Velmor; Velmor never causes nausea.",
     "With continued use, Velmor can cause nausea."),
    ("Velmor never raises blood pressure, even with long-term use.",
     "Velmor can cause a short-lived rise in blood pressure."),
    ("Velmor never causes heartburn, even briefly.",
     "With prolonged use, Velmor can cause heartburn."),
    ("Stop Velmor temporarily before surgery; Velmor never causes bleeding.",
     "With long-term use, Velmor can cause bleeding."),
])
def test_a_duration_that_limits_no_claim_still_conflicts(a, b):
    assert contradiction_codes("Velmor is a bone tablet. " + a + _FILLER + b + _FILLER)


def test_a_passing_effect_said_of_the_verb_is_still_early():
    assert not contradiction_codes("Velmor is a bone tablet. Velmor can briefly cause dizziness." + _FILLER
                      + "With prolonged use, Velmor does not cause dizziness." + _FILLER)


# -- C: a condition of use is no lasting result; a harm going away is no fading result -------

@pytest.mark.parametrize("a", [
    "It works best with daily use.",
    "It keeps working with continued use.",
])
def test_a_condition_of_use_is_no_lasting_claim(a):
    assert not contradiction_codes("Velmor is a bone tablet. " + a + _FILLER
                      + "In a trial, the benefit of Velmor faded once people stopped taking it." + _FILLER)


def test_a_result_said_to_last_long_term_still_conflicts():
    assert contradiction_codes("Velmor is a bone tablet. It works long-term." + _FILLER
                  + "In a trial, the benefit faded within weeks." + _FILLER)


def test_a_harm_going_away_is_no_fading_result():
    assert not contradiction_codes("Velmor is a bone tablet. Velmor gives permanent relief from joint pain." + _FILLER
                      + "Any mild stomach ache went away within a day." + _FILLER)


def test_the_relief_going_away_still_fades():
    assert contradiction_codes("Velmor is a bone tablet. Velmor gives permanent relief from joint pain." + _FILLER
                  + "In a trial, the relief went away within a month." + _FILLER)


# -- D: a form in a contrast phrase is the other thing's route ---------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Our zinc gummies never cause nausea. ", "Unlike zinc injections, our gummies can cause nausea in some children."),
    ("Our Ferrix gummies never cause constipation. ",
     "Unlike Ferrix injections, the gummies can cause constipation in some adults."),
])
def test_a_form_in_an_unlike_phrase_is_not_this_products_route(a, b):
    assert contradiction_codes(a + b + _FILLER)


def test_the_products_own_route_after_the_contrast_still_holds_apart():
    assert not contradiction_codes("Ferrix is an iron supplement. Ferrix tablets never cause constipation." + _FILLER
                      + "Unlike iron tablets, Ferrix is also given by injection, and it can cause constipation."
                      + _FILLER)
