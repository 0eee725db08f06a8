"""Cue lists complete by construction (session 11, ``contra12``). A verb in a cue list is
named once as a lemma (``{v:…}``) and the knowledge loader writes its forms (regular by
rule, irregular from WordNet's verb.exc), so a gate holds for forms nobody listed. Each
mechanism has cases that must be held apart now, written with forms and words no list
spelled out, and a case of the same shape that is still a conflict. Every sentence here is
written for these tests (coined product names)."""

from __future__ import annotations

import re

import pytest
from lint_helpers import contradiction_codes

from lint_rules import knowledge

_FILLER = " It is sold in tins. A tin costs three pounds. "


# -- 1: verb forms -----------------------------------------------------------------------------

@pytest.mark.parametrize(("lemma", "forms"), [
    ("state", {"state", "states", "stated", "stating"}),
    ("disagree", {"disagree", "disagrees", "disagreed", "disagreeing"}),
    ("withdraw", {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}),
    ("stop", {"stop", "stops", "stopped", "stopping"}),
    ("show", {"show", "shows", "showed", "shown", "showing"}),
    ("see", {"see", "sees", "saw", "seen", "seeing"}),
    ("learn", {"learn", "learns", "learned", "learnt", "learning"}),
    ("deny", {"deny", "denies", "denied", "denying"}),
    ("take back", {"take back", "takes back", "took back", "taken back", "taking back"}),
])
def test_a_lemma_has_all_its_forms(lemma, forms):
    assert set(knowledge.verb_forms(lemma)) == forms


def test_the_finite_mark_leaves_out_the_ing_form_but_not_a_lemma_in_ing():
    alt = re.compile(knowledge.verb_alternation("say|sing", finite=True))
    assert alt.fullmatch("said") and alt.fullmatch("sing") and not alt.fullmatch("saying")


def test_no_mark_is_left_in_the_cue_files():
    for name in ("contradiction_limits.toml", "assertion_cues.toml"):
        assert "{v" not in repr(knowledge.read_toml(name))


# -- 1: gates that read verbs, with forms no list spelled out ----------------------------------

def test_a_rejection_in_the_past_tense_disowns_the_claim_before():
    assert not contradiction_codes("Brivo is a memory capsule. Its maker says Brivo sharpens memory. A federal panel "
                      "disagreed. In a trial, memory scores did not improve with Brivo." + _FILLER)


def test_a_review_that_has_refuted_the_maker_disputes_it():
    assert not contradiction_codes("Brivo is a memory capsule. Its maker says Brivo sharpens memory. A federal "
                      "review has contradicted that. In a trial, memory scores did not improve with Brivo." + _FILLER)


def test_the_same_claims_with_no_rejection_conflict():
    assert contradiction_codes("Brivo is a memory capsule. Brivo sharpens memory. It is cheap. In a trial, memory scores "
                  "did not improve with Brivo." + _FILLER)


def test_a_withdrawn_statement_is_no_claim_of_the_article():
    assert not contradiction_codes("Calvexa is a throat spray. We previously wrote that Calvexa carries no risk of side "
                      "effects, and we have retracted that claim. Calvexa can cause side effects, including "
                      "nausea." + _FILLER)


def test_a_statement_withdrawn_in_the_next_sentence_is_no_claim():
    assert not contradiction_codes("Calvexa is a throat spray. Calvexa carries no risk of side effects. We have since "
                      "taken back that statement. Calvexa can cause side effects, including nausea." + _FILLER)


@pytest.mark.parametrize(("sentence", "historical"), [
    ("we previously stated that it was safe.", True),
    ("the maker originally claimed it was safe.", True),
    ("as previously stated, it is safe.", False),
    ("it was previously stated above that it is safe.", False),
])
def test_a_pointer_back_into_the_article_is_no_history(sentence, historical):
    cues = knowledge.read_toml("assertion_cues.toml")["historical"]["sentence"]
    assert any(re.search(c, sentence) for c in cues) is historical


def test_the_writer_standing_by_a_claim_still_conflicts():
    assert contradiction_codes("Calvexa is a throat spray. Calvexa carries no risk of side effects. We stand by that "
                  "statement. Calvexa can cause side effects, including nausea." + _FILLER)


# -- 2: routes of administration and dosage forms (FDA SPL) -----------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Used on the skin, Dermova has no known interactions.",
     "In tablet form, the same ingredient as Dermova can raise levels of some antidepressants."),
    ("Rubbed into the scalp, Dermova causes no stomach upset.",
     "Taken by mouth, Dermova can cause stomach upset."),
    ("Dermova ointment has no known interactions.",
     "Dermova capsules can raise levels of warfarin."),
    ("Dermova lozenges cause no drowsiness.",
     "Given by injection, Dermova can cause drowsiness."),
    ("As an eye drop, Dermova causes no headaches.",
     "Dermova syrup can cause headaches in children."),
])
def test_two_routes_of_one_ingredient_are_two_products(a, b):
    assert not contradiction_codes("Dermova is an antifungal. " + a + _FILLER + b + _FILLER)


@pytest.mark.parametrize(("a", "b"), [
    # one route on both sides: the same product
    ("Used on the skin, Dermova has no known interactions.",
     "Dermova cream can raise levels of warfarin."),
    # a route on one side only
    ("Dermova has no known interactions.",
     "Dermova capsules can raise levels of warfarin."),
    # where a harm is, not how the product is used
    ("Dermova tablets never irritate the skin.",
     "Dermova can irritate the skin on your face."),
    # a form noun of another product in the sentence
    ("Dermova gel has no known interactions.",
     "Dermova can raise levels of the antidepressant tablets you take."),
])
def test_one_route_or_none_still_conflicts(a, b):
    assert contradiction_codes("Dermova is an antifungal. " + a + _FILLER + b + _FILLER)


# -- 3: one duration vocabulary for the time gate and the course claims ------------------------

_PULSARA = "Pulsara is a herbal tablet. "


@pytest.mark.parametrize(("a", "b"), [
    ("Long-term, Pulsara does not raise blood pressure.",
     "Pulsara can briefly push blood pressure up."),
    ("With prolonged use, Pulsara does not cause headaches.",
     "Pulsara can momentarily cause headaches."),
    ("In the long run, Pulsara does not raise heart rate.",
     "Pulsara can temporarily raise heart rate."),
])
def test_a_passing_effect_is_held_apart_from_a_lasting_claim(a, b):
    assert not contradiction_codes(_PULSARA + a + _FILLER + b + _FILLER)


@pytest.mark.parametrize(("a", "b"), [
    # no frame on the denial: a passing harm still contradicts it
    ("Pulsara does not raise blood pressure.",
     "Pulsara can push blood pressure up briefly, for an hour or so."),
    ("Pulsara does not cause headaches.",
     "Pulsara can cause headaches for a few minutes after each dose."),
    # both passing: the same time
    ("Pulsara does not cause headaches, even briefly.",
     "Pulsara can cause headaches for a few minutes after each dose."),
])
def test_a_passing_harm_against_an_unframed_denial_still_conflicts(a, b):
    assert contradiction_codes(_PULSARA + a + _FILLER + b + _FILLER)


@pytest.mark.parametrize(("a", "b"), [
    ("Pulsara gives permanent relief from knee pain.", "The relief from Pulsara lasts only briefly."),
    ("Pulsara gives permanent relief from knee pain.", "The effect of Pulsara lasted for an hour or so."),
    ("Pulsara's relief lasts long-term.", "In a trial, the benefit faded within weeks."),
    ("Pulsara's results hold up over many months.", "In a trial, the benefit faded within weeks."),
])
def test_course_claims_read_the_same_durations(a, b):
    assert contradiction_codes(_PULSARA + a + _FILLER + b + _FILLER)


def test_a_result_said_to_last_only_briefly_is_no_lasting_claim():
    assert not contradiction_codes(_PULSARA + "Pulsara's relief lasts only briefly." + _FILLER
                      + "In a trial, the benefit faded within weeks." + _FILLER)


# -- 4: a side quantified by all or every covers its members and subgroups ---------------------

@pytest.mark.parametrize(("intro", "a", "b"), [
    ("Hairova is a scalp foam. ", "Hairova is suitable for all adults with thinning hair.",
     "In people with heart failure, Hairova can cause dizziness."),
    ("Hairova is a scalp foam. ", "Hairova is safe for anyone with diabetes.",
     "In people with kidney disease, Hairova can cause dizziness."),
    ("Our clinic hands out free condoms. ", "All the condoms we hand out are latex-free.",
     "Our standard condoms contain latex."),
])
def test_every_member_is_not_held_apart_from_a_subgroup(intro, a, b):
    assert contradiction_codes(intro + a + _FILLER + b + _FILLER)


@pytest.mark.parametrize(("intro", "a", "b"), [
    # another age is no subgroup
    ("Hairova is a scalp foam. ", "Hairova is safe for all adults.", "In children, Hairova can cause dizziness."),
    # "all" of a sub-kind does not cover the other kind
    ("Our clinic hands out free condoms. ", "All our new condoms are latex-free.",
     "Our standard condoms contain latex."),
    # no quantifier: two groups as before
    ("Hairova is a scalp foam. ", "Hairova is suitable for adults with thinning hair.",
     "In people with heart failure, Hairova can cause dizziness."),
])
def test_a_group_or_kind_the_quantifier_does_not_cover_stays_apart(intro, a, b):
    assert not contradiction_codes(intro + a + _FILLER + b + _FILLER)


# -- 1 (course): the course verbs named as lemmas ---------------------------------------------

@pytest.mark.parametrize("b", [
    "In a trial, the pain was crawling back within weeks.",
    "In a trial, the benefit gradually ebbed away.",
    "In a trial, the pain kept edging back after a month.",
    "In a trial, the relief subsided within a month.",
])
def test_a_fading_result_in_forms_nobody_listed(b):
    assert contradiction_codes(_PULSARA + "Pulsara gives permanent relief from knee pain." + _FILLER + b + _FILLER)


def test_a_result_still_there_agrees_with_a_lasting_claim():
    assert not contradiction_codes(_PULSARA + "Pulsara gives permanent relief from knee pain." + _FILLER
                      + "In a trial, the relief was still there a year later." + _FILLER)


def test_a_purpose_is_no_route():
    # "used to ease knee pain" says what it is for, not where it goes
    assert contradiction_codes("Dermova is an antifungal. Dermova is used to ease knee pain and has no known interactions."
                  + _FILLER + "Dermova capsules can raise levels of warfarin." + _FILLER)
