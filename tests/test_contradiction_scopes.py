"""One scope per claim (session 11, ``contra11``; ``analysis/scopes.py``): two opposing claims
are held apart when on some dimension (who, when, amount, condition) both are limited and the
limits differ; a side limited to everyone, or not limited at all, overlaps every limit and the
conflict stands. For every dimension: pairs held apart, and a true conflict of the same shape
(a universal or unlimited side against a limited harm) that must still be found. The limits
here are read from where they sit (fronted clauses, "in/for/among" phrases), with words no
cue list names. Every sentence is written for these tests (coined product names)."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

from lint_rules.analysis.scopes import Limit, claim_scope, scopes_apart
from lint_rules.parsing import parse_document

_FILLER = " The packs hold thirty doses and ship within two working days. "


def _findings(a: str, b: str) -> list:
    return contradictions(two_claims(a, b, _FILLER))


_APART = [
    # who: a group by a fronted "For/Among" phrase, by agent nouns no list names
    ("For regular swimmers, Marovex ear drops cause no itching.",
     "For occasional swimmers, Marovex ear drops can cause itching."),
    ("Among seasoned hikers, Trelvo insoles cause no blisters.",
     "Among first-time walkers, Trelvo insoles often cause blisters."),
    ("Marovex ear drops cause no itching in regular swimmers.",
     "Marovex ear drops can cause itching in occasional swimmers."),
    # when: fronted time clauses, by their relation (after / before / during) or their words
    ("Once the course is finished, Dalmira leaves no nausea behind.",
     "During the first course, Dalmira can cause nausea."),
    ("After the loading phase, Zorquil causes no stomach cramps.",
     "Before the loading phase ends, Zorquil can cause stomach cramps."),
    # amount: as prescribed against a missed dose (misuse), the usual dose against high doses
    ("At the usual dose, Hestrel causes no drowsiness.",
     "At high doses, Hestrel can cause drowsiness."),
    # condition: a fronted "If" clause and its complement; a meal against an empty stomach
    ("If you drink alcohol, Quenara can cause dizziness.",
     "If you avoid alcohol, Quenara does not cause dizziness."),
    ("With a meal, Ostrafen causes no heartburn.",
     "On an empty stomach, Ostrafen can cause heartburn."),
    # use: how often, from the modifier of "use"; form: the route of administration
    ("With occasional use, Brevalin causes no stomach ulcers.",
     "Daily use of Brevalin can cause stomach ulcers."),
    ("Taken by mouth, Corvexa causes no skin rash.",
     "As an injection, Corvexa can cause a skin rash."),
    # a clause after the claim, in the claim's own clause
    ("Quenara causes no dizziness if you avoid alcohol.",
     "Quenara can cause dizziness if you drink alcohol."),
    ("Zorquil causes no stomach cramps after the loading phase.",
     "Zorquil can cause stomach cramps before the loading phase ends."),
]


@pytest.mark.parametrize("a, b", _APART)
def test_claims_limited_to_different_scopes_are_held_apart(a, b):
    assert not _findings(a, b), (a, b)


_CONFLICTS = [
    # who: a universal side, an unlimited side, a generic person noun (no limit)
    ("Marovex ear drops cause no itching for anyone.",
     "For occasional swimmers, Marovex ear drops can cause itching."),
    ("Trelvo insoles never cause blisters.",
     "Among first-time walkers, Trelvo insoles often cause blisters."),
    ("Trelvo insoles cause no blisters among patients.",
     "Among first-time walkers, Trelvo insoles often cause blisters."),
    ("Sildora is safe for everyone.",
     "In people with kidney disease, Sildora can cause kidney damage."),
    # when
    ("Dalmira causes no nausea at any time.",
     "During the first course, Dalmira can cause nausea."),
    ("Zorquil causes no stomach cramps.",
     "Before the loading phase ends, Zorquil can cause stomach cramps."),
    # amount
    ("Hestrel causes no drowsiness at any dose.",
     "At high doses, Hestrel can cause drowsiness."),
    ("Hestrel causes no drowsiness.",
     "At high doses, Hestrel can cause drowsiness."),
    # condition
    ("Quenara does not cause dizziness.",
     "If you drink alcohol, Quenara can cause dizziness."),
    ("Ostrafen causes no heartburn, with or without food.",
     "On an empty stomach, Ostrafen can cause heartburn."),
    # a limit met by every use, and two phrasings of one limit
    ("After taking it, Dalmira causes no nausea.",
     "Before the course ends, Dalmira can cause nausea."),
    ("In the first week, Dalmira causes no nausea.",
     "In week one, Dalmira can cause nausea."),
    ("With regular use, Brevalin causes no stomach ulcers.",
     "Daily use of Brevalin can cause stomach ulcers."),
    ("For swimmers, Marovex ear drops cause no itching.",
     "For regular swimmers, Marovex ear drops can cause itching."),
    ("Taken by mouth, Corvexa causes no skin rash.",
     "Corvexa can cause a skin rash when swallowed."),
    # condition: a meal by another name is the same condition
    ("Ostrafen causes no heartburn if you take it with food.",
     "Ostrafen can cause heartburn if taken with a meal."),
    # use and route: a universal or unlimited side
    ("Brevalin causes no stomach ulcers, however often you take it.",
     "Daily use of Brevalin can cause stomach ulcers."),
    ("Brevalin causes no stomach ulcers.",
     "Daily use of Brevalin can cause stomach ulcers."),
    ("Corvexa causes no skin rash.",
     "As an injection, Corvexa can cause a skin rash."),
    ("Taken by mouth, Corvexa causes no skin rash.",
     "In tablet form, Corvexa can cause a skin rash."),
    # a later clause that is not the claim's ("…, so …", "… and …"), or one every use meets
    ("Clovane causes no drowsiness, so you can take it before work.",
     "Clovane can make you drowsy, so avoid driving after taking it."),
    ("Clovane causes no drowsiness.",
     "Clovane can cause drowsiness after taking it."),
    ("Quenara causes no dizziness if you avoid alcohol.",
     "Quenara can cause dizziness whenever you take it."),
]


@pytest.mark.parametrize("a, b", _CONFLICTS)
def test_a_universal_or_unlimited_side_overlaps_every_limit(a, b):
    assert _findings(a, b), (a, b)


def _scope(sentence: str, k: int = 0):
    doc = parse_document("<t>", sentence + "\n", "text")
    return claim_scope(doc, k)


@pytest.mark.parametrize("sentence, dim", [
    ("Among first-time walkers, it causes blisters.", "who"),
    ("For long-distance runners, it causes cramps.", "who"),
    ("Once your dose step is complete, it causes no nausea.", "when"),
    ("Before the course ends, it can cause cramps.", "when"),
    ("If you skip a dose, your blood pressure can rise.", "amount"),
    ("If you drink grapefruit juice, it can cause dizziness.", "condition"),
])
def test_fronted_clauses_are_read_into_their_dimension(sentence, dim):
    assert dim in _scope(sentence), _scope(sentence)


@pytest.mark.parametrize("sentence", [
    "In fact, it causes blisters.",  # no head: no limit
    "For example, it causes cramps.",
    "Aching muscles were reported by one in ten trial participants.",  # a frequency, not a group
    "It does not cause pain, countering a common fear among patients.",  # another clause, no modifier
])
def test_phrases_that_limit_nothing_are_no_scope(sentence):
    assert "who" not in _scope(sentence), _scope(sentence)


def test_the_overlap_rule():
    kids, swimmers = Limit(frozenset({"children"})), Limit(frozenset({"regular", "swimmers"}), named=False)
    everyone = Limit(frozenset(), universal=True)
    # a group read from structure has no common measure with a named one: children swim too
    assert not scopes_apart({"who": kids}, {"who": swimmers})
    seldom = Limit(frozenset({"occasional", "swimmers"}), named=False)
    assert scopes_apart({"who": seldom}, {"who": swimmers}) == "who"
    assert not scopes_apart({"who": everyone}, {"who": swimmers})
    assert not scopes_apart({}, {"who": swimmers})  # unlimited overlaps
    food, no_food = Limit(frozenset({"food"})), Limit(frozenset({"food"}), outside=True)
    assert scopes_apart({"condition": food}, {"condition": no_food}) == "condition"
    assert not scopes_apart({"condition": food}, {"condition": food})
    usual, excess = Limit(frozenset({"usual"})), Limit(frozenset({"excess"}))
    assert scopes_apart({"amount": usual}, {"amount": excess}) == "amount"
    assert not scopes_apart({"amount": usual}, {"amount": excess}, skip=("amount",))  # a dose claim's own topic
