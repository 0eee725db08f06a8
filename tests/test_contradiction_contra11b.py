"""Review fixes to one scope per claim (session 11, ``contra11b``). Each mechanism has a case
that is a conflict again (or held apart again) and a case of the same shape that keeps the
other verdict. Every sentence here is written for these tests (coined product names)."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis.scopes import Limit, claim_scope, scopes_apart
from lint_rules.parsing import parse_document

# -- 0: a group quantified by all/every covers its subgroups, not another age or sex ------------

@pytest.mark.parametrize("text", [
    "Dervalin is safe for all adults. In children, Dervalin can cause dizziness.",
    "Dervalin is safe for all men. In women, Dervalin can cause dizziness.",
])
def test_all_of_one_age_or_sex_is_apart_from_another(text):
    assert contradiction_codes(text) == []


def test_all_of_a_group_still_conflicts_with_its_subgroup():
    assert contradiction_codes("Dervalin is safe for all adults. In adults with asthma, Dervalin can cause dizziness.")


# -- 1: framing phrases and suffix words are no group -----------------------------------------

@pytest.mark.parametrize("text", [
    "To begin with, Quostel causes no sleepiness. In elderly people, Quostel can cause sleepiness.",
    "Among pharmacists, the view is that Quostel causes no sleepiness. In elderly people, Quostel can cause sleepiness.",
    "In an interview with journalists, the maker said Quostel causes no sleepiness. In elderly people, Quostel can cause sleepiness.",
    "For buyers, the point is plain: Quostel causes no sleepiness. In elderly people, Quostel can cause sleepiness.",
])
def test_a_framing_phrase_limits_nothing(text):
    assert contradiction_codes(text)


def test_a_fronted_group_right_before_the_claim_still_limits_it():
    assert contradiction_codes("For teenagers, Quostel causes no sleepiness. In elderly people, Quostel can cause sleepiness.") == []


# -- 2 and the overlap of groups nobody classed ------------------------------------------------

@pytest.mark.parametrize("text", [
    "In healthy adults, Pemrix causes no cramps. In healthy volunteers, Pemrix can cause cramps.",
    "For novices, Pemrix insoles cause no blisters. Among first-time users, Pemrix insoles can cause blisters.",
    "Pemrix insoles cause no blisters in ramblers. Pemrix insoles can cause blisters in walkers.",
])
def test_one_group_in_two_names_is_no_scope_apart(text):
    assert contradiction_codes(text)


@pytest.mark.parametrize("text", [
    "For heavy smokers, Pemrix causes cramps. Pemrix causes no cramps in light smokers.",
    "Among seasoned runners, Pemrix insoles cause no blisters. Among novice runners, Pemrix insoles can cause blisters.",
])
def test_groups_of_opposite_habit_or_experience_stay_apart(text):
    assert contradiction_codes(text) == []


def test_a_structure_group_has_no_common_measure_with_a_named_one():
    kids = Limit(frozenset({"children"}))
    cyclists = Limit(frozenset({"keen", "cyclists"}), named=False)
    assert not scopes_apart({"who": kids}, {"who": cyclists})
    assert scopes_apart({"who": kids}, {"who": Limit(frozenset({"adults"}))}) == "who"


# -- 3: quantifiers are no group ---------------------------------------------------------------

def test_a_quantifier_picks_out_no_group():
    assert contradiction_codes("For most adults, Sorvane causes no headaches. In a trial of 200 adults, Sorvane made one in six people dizzy. "
                  "In that trial, Sorvane also caused headaches in one in six.")


def test_a_modifier_does_pick_out_a_group():
    assert contradiction_codes("For pregnant women, Sorvane causes no headaches. Sorvane can cause headaches in men.") == []


# -- 4: everyone/whenever is read in the claim's own clause and never wipes out a limit --------

@pytest.mark.parametrize("text", [
    "Use Calvix whenever you like; at night it causes no restlessness. In the morning, Calvix can cause restlessness.",
    "Calvix is suitable for infants of any age and causes no restlessness in infants. In adults, Calvix can cause restlessness.",
])
def test_a_universal_word_elsewhere_leaves_the_limit(text):
    assert contradiction_codes(text) == []


def test_a_universal_word_in_the_claim_still_overlaps():
    assert contradiction_codes("Calvix is safe for everyone. People with heart disease can develop palpitations on Calvix.")


# -- 5: study windows and time words nobody classed ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Tivrel causes no drowsiness during the school day. Tivrel can cause drowsiness during the study period.",
    "In the summer, Tivrel causes no rash. In the hotter months, Tivrel can cause a rash.",
])
def test_a_study_window_or_unclassed_time_is_no_scope_apart(text):
    assert contradiction_codes(text)


def test_times_of_opposite_relation_stay_apart():
    assert contradiction_codes("During the first month, Tivrel can cause nausea. After that, Tivrel causes no nausea.") == []


# -- caffeine and alcohol by their drinks --------------------------------------------------------

def test_a_drink_and_what_it_carries_are_one_condition():
    assert contradiction_codes("If you drink coffee, Brevol causes no jitters. When you have caffeine, Brevol can cause jitters.")


def test_two_different_conditions_stay_apart():
    assert contradiction_codes("With food, Brevol causes no jitters. If you drink wine, Brevol can cause jitters.") == []


# -- 6: one route reading: scopes' form dimension reads [route] of contradiction_limits.toml ----

def _form(sentence: str):
    return claim_scope(parse_document("<t>", sentence + "\n", "text"), 0).get("form")


def test_the_form_dimension_reads_the_fda_route_vocabulary():
    assert _form("Placed under the tongue, Harlex causes no nausea.").words == {"route:mouth"}
    assert _form("Given intravenously, Harlex can cause nausea.").words == {"route:injection"}


def test_a_place_on_the_body_is_no_route():
    assert _form("Harlex can cause a rash on the skin.") is None


def test_two_routes_hold_a_pair_apart_and_one_route_does_not():
    assert contradiction_codes("Taken by mouth, Harlex causes no nausea. Given intravenously, Harlex can cause nausea.") == []
    assert contradiction_codes("Taken by mouth, Harlex causes no nausea. Swallowed with water, Harlex can cause nausea.")
