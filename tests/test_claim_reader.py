"""The clause reader (``analysis/claim_reader.py``): claims read from a clause's structure
(subject, predicate class, object effect) rather than one pattern per phrasing, and the
conditioned harms typed claims build on it. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

from lint_rules.analysis.claim_reader import conditions, read_clause

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"


def _read(sentence: str, effect: str):
    at = sentence.index(effect)
    return read_clause(sentence, 0, len(sentence), at, at + len(effect))


def _findings(a: str, b: str) -> list:
    return contradictions(two_claims(a, b, _FILLER))


@pytest.mark.parametrize("sentence, effect, pclass", [
    # a cause verb of the lexicon, in any of its forms, before the effect
    ("The gel may bring on nosebleeds during a cold snap.", "nosebleeds", "cause"),
    ("Two weeks of the patches set off hives on her arms.", "hives", "cause"),
    ("For some readers the serum provoked a stinging rash.", "rash", "cause"),
    # a likelihood verb counts as a cause when the likelihood is named
    ("Taken daily, the powder can raise the risk of kidney stones.", "kidney stones", "cause"),
    # the product's users live through it
    ("A handful of wearers complain of ear soreness.", "ear soreness", "experience"),
    ("Several runners using the insoles went on to develop blisters.", "blisters", "experience"),
    # the effect as subject: it happens, is recorded, is named as the product's effect
    ("Mild cramps sometimes crop up after the first dose.", "cramps", "occur"),
    ("Heartburn was reported by one in nine users of the chews.", "Heartburn", "recorded"),
    ("Dry lips, especially in winter, are a frequent complaint from people on the capsules.", "Dry lips", "effect_noun"),
    ("Some soreness at the jab site is normal after the shot.", "soreness", "usual"),
])
def test_the_reader_reads_each_predicate_class(sentence, effect, pclass):
    reading = _read(sentence, effect)
    assert reading is not None and reading.pclass == pclass, reading


@pytest.mark.parametrize("sentence, effect", [
    # the disease, not the product, brings the effect about
    ("The infection itself can bring on a fever.", "fever"),
    # people described, not users of anything
    ("Many adults develop back pain in middle age.", "back pain"),
    ("Doctors watch adults who are at increased risk of bleeding.", "bleeding"),
    # background: a usual effect of a life stage, a problem of a group
    ("Hot flushes are common in menopause.", "Hot flushes"),
    ("Back pain is a big problem for nurses.", "Back pain"),
    # a direction, not a likelihood ("raises" a measure is read by the direction claims)
    ("Strong coffee can raise blood pressure.", "blood pressure"),
    # another product's takers, a comparison group, other products
    ("Three women taking a herbal pill called Rosavit developed rashes.", "rashes"),
    ("Stomach cramps were reported in the placebo group only.", "Stomach cramps"),
    ("Itching can occur with many other creams.", "Itching"),
])
def test_the_reader_leaves_what_states_no_claim_about_a_product(sentence, effect):
    assert _read(sentence, effect) is None


def test_a_negation_inside_the_predicate_is_marked():
    reading = _read("Headaches were never reported by users of the spray.", "Headaches")
    assert reading is not None and reading.negated


def test_conditions_find_groups_and_second_drugs_but_not_the_product_itself():
    low = "in toddlers under three it can bring on a rash. taken with aspirin it may cause bleeding."
    kinds = [k for k, *_ in conditions(low)]
    assert kinds == ["population", "comedication"]
    assert conditions("in people taking it, rashes are rare. taken with food it is gentle.") == []


@pytest.mark.parametrize("a, b", [
    # nominal and list forms of a harm against a denial
    ("Zentora never causes a rash.", "A blotchy, itchy rash on the forearms is a known side effect of Zentora."),
    ("Zentora causes no digestive side effects.", "Plenty of patients switching to Zentora still get diarrhoea in the first week."),
    ("Zentora does not cause heartburn.", "Heartburn and bloating can follow a dose of Zentora."),
])
def test_harms_in_nominal_and_group_forms_conflict_with_a_denial(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # a harm under a condition of who takes it: a restriction of a blanket safety promise
    ("Zentora is safe for everyone.", "In toddlers under three, Zentora can bring on wheezing."),
    ("Zentora is safe for the whole family.", "In people with kidney disease, Zentora can cause a slow heartbeat."),
    # a harm under a second drug: an interaction
    ("Zentora does not interact with any medicines.", "Taken with warfarin, Zentora may raise the risk of bleeding."),
])
def test_conditioned_harms_conflict_with_blanket_promises(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # hedged agreement: both sides say the harm can happen
    ("Zentora can occasionally cause a rash.", "A rash on the forearms is a known side effect of Zentora."),
    # another intervention
    ("Zentora never causes a rash.", "Unlike Zentora, Brevilan often brings on a rash."),
    # a question
    ("Zentora never causes a rash.", "Is a rash a known side effect of Zentora?"),
    # a claim the article reports only to debunk it
    ("Zentora never causes a rash.", "Rumours that Zentora brings on rashes have spread online."),
    # a blanket promise the article rejects
    ("In toddlers under three, Zentora can bring on wheezing.", "The popular idea that Zentora is safe for everyone is mistaken."),
    # the safety claim already leaves out the group the harm is said of
    ("Zentora is safe for adults and children over six.", "In children under six, Zentora can cause agitation."),
    # the harm under the condition is another agent's
    ("Zentora has no known drug interactions.", "Taken with warfarin, aspirin can raise the risk of bleeding."),
    ("Zentora is safe for everyone.", "For people with asthma, hard exercise can trigger wheezing."),
    # the product taken with food, not with a second drug
    ("Zentora does not interact with any medicines.", "Taken with food, Zentora is gentle on the stomach."),
])
def test_controls_stay_quiet(a, b):
    assert not _findings(a, b), (a, b)


def test_long_runs_of_filler_after_an_effect_are_read_in_linear_time():
    import time

    for filler in ("-" * 4000, "and " * 1500, ", " * 2000, "a " * 2000):
        sentence = "Headaches " + filler + " were reported by users."
        started = time.process_time()
        _read(sentence, "Headaches")
        assert time.process_time() - started < 1.0, filler[:6]
