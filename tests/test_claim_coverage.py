"""Claim reading grown by coverage (issue 14): effect words by generators (spelling,
derivations, body part x state), predicate classes from a lexicon, typed claims by grammar
(interactions, groups, allergens, doses, durations, measures) and the open subject-verb-effect
reading. Every sentence here is our own; none is a benchmark row."""

from __future__ import annotations

import pytest

from lint_rules.analysis.claim_reader import open_reading
from lint_rules.analysis.concepts import get_lexicon
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _concept(phrase: str) -> str:
    hits = get_lexicon().match(phrase)
    assert hits, phrase
    assert hits[0][0] == 0 and hits[0][1] == len(phrase), (phrase, hits)
    return get_lexicon().concepts[hits[0][2]].label


@pytest.mark.parametrize(("british", "american"), [
    ("haematuria", "hematuria"), ("hypokalaemia", "hypokalemia"), ("lymphoedema", "lymphedema"),
    ("oesophagitis", "esophagitis"), ("tumour", "tumor"), ("dyspnoea", "dyspnea"),
])
def test_british_spellings_name_the_american_terms_concept(british: str, american: str) -> None:
    assert _concept(british) == _concept(american)


@pytest.mark.parametrize(("derived", "base"), [
    ("queasy", "queasiness"), ("restless", "restlessness"), ("itches", "itching"), ("bled", "bleeding"),
    ("swollen", "swelling"), ("wheezy", "wheezing"), ("nauseated", "nausea"), ("breathless", "dyspnea"),
])
def test_derivations_name_their_terms_concept(derived: str, base: str) -> None:
    assert _concept(derived) == _concept(base)


def test_derivation_stop_words_stay_out() -> None:
    lex = get_lexicon()
    assert not lex.match("weak")  # "weakness" does not make every "weak" an effect
    assert not lex.match("faint")  # "faint" is left to "feel faint"
    assert not lex.match("cold water and colds")  # a temperature: only "a head cold", "the common cold"
    assert _concept("head colds") == "Common cold"


@pytest.mark.parametrize("phrase", ["scalp irritation", "sore jaw", "swollen eyelids", "ringing ears", "tummy cramps"])
def test_body_part_and_state_compose(phrase: str) -> None:
    assert _concept(phrase)


def _typed(text: str) -> list[tuple[str, str, frozenset[str]]]:
    doc = parse_document("<t>", text, "text")
    return [(c.type, c.side, c.topic) for c in typed_claims(doc)]


@pytest.mark.parametrize(("text", "side"), [
    ("Brontex can weaken the effect of atorvastatin.", "some"),
    ("Brontex should not be mixed with blood thinners.", "some"),
    ("Brontex does not interfere with antidepressants.", "none"),
    ("Brontex sits happily alongside your usual medicines.", "none"),
])
def test_interactions_by_verb_and_drug(text: str, side: str) -> None:
    assert ("interaction", side) in [(t, s) for t, s, _ in _typed(text)]


def test_interaction_denied_is_no_interaction_only() -> None:
    sides = {s for t, s, _ in _typed("Brontex won't clash with lisinopril.") if t == "interaction"}
    assert sides == {"none"}


def test_group_named_by_a_condition() -> None:
    found = _typed("Brontex is not suitable for people with gout.")
    assert any(t == "scope" and s == "restricted" and any(g.startswith("cond:") for g in topic)
               for t, s, topic in found)


def test_allergen_of_the_eu_list_and_ingredient_verb() -> None:
    found = _typed("The lozenges are flavoured with celery seed.")
    assert ("scope", "restricted", frozenset({"allergy:celery"})) in found


@pytest.mark.parametrize(("text", "side"), [
    ("Never exceed four capsules in 24 hours; no more than 2 g a day.", "limit"),
    ("You can spray it as often as you need.", "unlimited"),
])
def test_dose_bounds(text: str, side: str) -> None:
    assert ("dose", side) in [(t, s) for t, s, _ in _typed(text)]


@pytest.mark.parametrize(("text", "side"), [
    ("The crowns from our clinic last fifteen years or more.", "lasting"),
    ("The numbing gel works for only about twenty minutes.", "passing"),
    ("The injections need repeating every three months.", "passing"),
])
def test_durations_of_results(text: str, side: str) -> None:
    assert ("course", side) in [(t, s) for t, s, _ in _typed(text)]


@pytest.mark.parametrize(("text", "side", "measure"), [
    ("Ferrolin pushed my haemoglobin from 9 to 13.", "up", "iron"),
    ("Brontex can bring down platelet counts.", "down", "platelets"),
    ("The tablets trim your waistline.", "down", "body_fat"),
])
def test_measures_and_their_direction(text: str, side: str, measure: str) -> None:
    assert ("direction", side, frozenset({measure})) in _typed(text)


def test_relief_verbs_in_every_tense_and_their_denial() -> None:
    assert ("benefit", "helps") in [(t, s) for t, s, _ in _typed("The rub soothes aching calves.")]
    assert ("benefit", "no_help") in [(t, s) for t, s, _ in _typed("The rub failed to soothe aching calves.")]


def _open(text: str, effect: str):
    at = text.index(effect)
    return open_reading(text, 0, len(text), at, at + len(effect))


def test_open_reading_reads_an_unknown_verb_with_the_product_as_subject() -> None:
    reading = _open("Brontex may unleash a nasty headache.", "headache")
    assert reading is not None and reading.pclass == "open" and not reading.negated
    denied = _open("The capsules won't unleash heartburn.", "heartburn")
    assert denied is not None and denied.negated


@pytest.mark.parametrize(("text", "effect"), [
    ("Doctors unleash headaches.", "headaches"),  # another agent
    ("Brontex eases a nasty headache.", "headache"),  # a relief verb: a benefit
    ("Brontex contains headache remedies.", "headache"),  # a verb of containing
    ("The migraine unleashes a headache.", "headache"),  # the disease
])
def test_open_reading_leaves_other_clauses(text: str, effect: str) -> None:
    assert _open(text, effect) is None


def test_two_subgroups_of_one_kind_are_held_apart() -> None:
    from lint_rules.api import lint_text

    def codes(text: str) -> list[str]:
        return [f.code for f in lint_text(text, kind="text", select=["contradiction"])]

    assert "CON007" not in codes("In the high-dose arm, Veltrum relieves migraines. "
                                 "In the low-dose arm, Veltrum does not relieve migraines.")
    assert "CON007" in codes("Veltrum relieves migraines. Veltrum does not relieve migraines.")
