"""What the claim reader reads beyond one phrase per effect (branch claimread2): lay effects
composed from a body part and a state word, effects denied by the compound they form
("-free"), and the controls each must leave alone. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

from lint_rules.analysis.concepts import get_lexicon

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"


def _findings(a: str, b: str) -> list:
    return contradictions(two_claims(a, b, _FILLER))


@pytest.mark.parametrize("phrase, plain", [
    ("achy muscles", "muscle pain"),       # HPO's own term for the part and state
    ("parched mouth", "dry mouth"),
    ("trembling hands", "hand tremor"),
    ("wobbly legs", "leg weakness"),
    ("foggy-headed", "brain fog"),
    ("throbbing head", "headache"),
])
def test_a_part_and_a_state_word_name_the_plain_concept(phrase, plain):
    lexicon = get_lexicon()
    got, want = lexicon.lookup(phrase), lexicon.lookup(plain)
    assert got is not None and want is not None and got.id == want.id


def test_a_part_and_state_without_a_plain_term_get_a_concept_of_their_own():
    lexicon = get_lexicon()
    a, b = lexicon.lookup("parched throat"), lexicon.lookup("dry throat")
    assert a is not None and b is not None and a.id == b.id
    sore = lexicon.lookup("tender gums")
    assert sore is not None and lexicon.is_a(sore.id, lexicon.lookup("pain").id)


def test_terms_the_lexicon_already_has_keep_their_concept():
    lexicon = get_lexicon()
    assert lexicon.lookup("dry skin").label == "Dry skin"
    assert lexicon.lookup("heavy heart") is None  # an idiom, not a part and a state of it


@pytest.mark.parametrize("a, b", [
    # the composed effect against its plain name, in nominal and list forms
    ("Nocturo drops never cause a dry mouth.",
     "Waking with a parched mouth is a known effect of Nocturo drops."),
    ("Flexaline does not cause muscle pain.",
     "Achy muscles were reported by one in twelve people taking Flexaline."),
    # an effect denied by the compound it forms
    ("Brewlift gives you smooth, headache-free focus.",
     "Brewlift can cause headaches in the first week."),
])
def test_composed_and_compound_effects_pair_with_the_other_side(a, b):
    assert any(f.code == "CON001" for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # hedged agreement
    ("For most people Nocturo drops do not usually cause a dry mouth.",
     "A parched mouth may occasionally follow a dose of Nocturo drops."),
    # another intervention
    ("Flexaline does not cause muscle pain.",
     "Dorvan, a rival statin, can leave you with achy muscles."),
    # a question
    ("Brewlift gives you smooth, headache-free focus.",
     "Can Brewlift cause headaches in the first week?"),
    # the disease's own symptom, not the product's
    ("Flexaline does not cause muscle pain.",
     "The flu itself often brings on achy muscles and chills."),
])
def test_controls_stay_quiet(a, b):
    assert _findings(a, b) == []


@pytest.mark.parametrize("a, b", [
    # a bound after a directive, on a number with a unit of amount or frequency
    ("Zinthra lozenges are so gentle you can take as many as you want.",
     "Whatever you do, never go past six lozenges a day."),
    ("With Zinthra there is no limit to how often you can gargle.",
     "Keep it under four gargles a day to spare your throat."),
    # a bound on a number or on the stated dose, then a harm
    ("Zinthra lozenges can't be overdosed.",
     "In small children, more than the stated daily dose can be toxic."),
    # the promise said of manner
    ("You can suck Zinthra lozenges freely all day.",
     "Adults should not exceed eight lozenges in 24 hours."),
    # the product described by its ingredient and form: the ingredient's promise is the product's
    ("Zinthra is a zinc lozenge for sore throats. Because zinc is a mineral, you can't take too much of it.",
     "Never suck more than eight Zinthra lozenges in a day."),
])
def test_dose_promises_and_bounds_conflict(a, b):
    assert any(f.code == "CON004" for f in _findings(a, b)) or any("dose" in f.message.lower() for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # a bound that is an age or a count of people, not an amount
    ("Zinthra lozenges are so gentle you can take as many as you want.",
     "Never give them to anyone under twelve years old."),
    # a question
    ("Zinthra lozenges can't be overdosed.",
     "Is more than eight lozenges a day ever dangerous?"),
    # another product's bound
    ("Zinthra lozenges can't be overdosed.",
     "Rival iron drops are different: more than the stated daily dose of Ferrovit can be toxic."),
])
def test_dose_controls_stay_quiet(a, b):
    assert not any("dose" in f.message.lower() for f in _findings(a, b))


def _direction(a: str, b: str) -> bool:
    return any(f.code == "CON007" for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # the measure as the subject of a change verb, in the present tense, a place between
    ("Taken every morning, Pressanol lowers blood pressure.",
     "In people who take Pressanol for a month, blood pressure rises, so keep an eye on it."),
    ("The Strideon walking plan increases bone density in older men.",
     "After a year, bone density at the spine actually decreased in the walking group."),
    # the verb before the measure with "levels of"
    ("Lipexa raises levels of HDL cholesterol.",
     "In the Lipexa trial, HDL fell among patients taking it."),
    # the people who took it as the ones who saw the change; a rival set against it is no agent
    ("Vasotine lowers blood pressure gently, without prescription pills.",
     "Volunteers saw their blood pressure climb by 5 mmHg after two weeks on Vasotine."),
])
def test_direction_said_of_the_measure_conflicts(a, b):
    assert _direction(a, b)


@pytest.mark.parametrize("a, b", [
    # the comparison arm
    ("The Strideon walking plan increases bone density in older men.",
     "After a year, bone density at the spine decreased in the control group."),
    # a question
    ("Taken every morning, Pressanol lowers blood pressure.",
     "Does blood pressure rise if you stop taking Pressanol?"),
    # agreement
    ("Taken every morning, Pressanol lowers blood pressure.",
     "In people who take Pressanol for a month, blood pressure falls by about 6 mmHg."),
])
def test_direction_controls_stay_quiet(a, b):
    assert not _direction(a, b)


def _scope(a: str, b: str) -> bool:
    return any(f.code == "CON006" for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # a group named by itself before the clause, the harm named as an effect
    ("Brisklax is safe for the whole family.",
     "In small children, Brisklax can cause stomach cramps and dehydration."),
    # a harm said by its badness, not by an effect
    ("Heatflow classes are safe for absolutely everyone.",
     "If you are pregnant, the heat in a Heatflow class can harm your baby."),
    ("Saltwise is safe for everyone, whatever their health.",
     "For people with heart failure, the potassium in Saltwise can reach dangerous levels."),
    # a group by a condition no list holds
    ("The Trimly app is suitable for anyone, with no groups for whom it is unsafe.",
     "Among users with a history of binge eating, several relapsed while using Trimly."),
])
def test_scope_restrictions_said_by_group_or_badness_conflict(a, b):
    assert _scope(a, b)


@pytest.mark.parametrize("a, b", [
    # the harm denied
    ("Heatflow classes are safe for absolutely everyone.",
     "Even if you are pregnant, a Heatflow class will not harm your baby."),
    # another agent's harm for that group
    ("Brisklax is safe for the whole family.",
     "In small children, aspirin can cause serious harm to the liver."),
    # a question
    ("Saltwise is safe for everyone, whatever their health.",
     "Could Saltwise reach dangerous levels in people with heart failure?"),
])
def test_scope_controls_stay_quiet(a, b):
    assert not _scope(a, b)


def _course(a: str, b: str) -> bool:
    return any(f.code == "CON003" for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # "permanently" before a comparative, against a result that drifts back
    ("A single Lumadent kit leaves your smile permanently brighter.",
     "For most users of Lumadent the shade slips back within a couple of months."),
    # a thing kept off for good, against a measure back where it began
    ("Slimora keeps the pounds off for good.",
     "A year after the last Slimora dose, weights had returned to where they started."),
    # a lasting benefit noun, against an effect that lasts hours
    ("Tautone gives results that last for years.",
     "The tightening effect of Tautone lasts only a few hours after each use."),
])
def test_course_said_by_structure_conflicts(a, b):
    assert _course(a, b)


@pytest.mark.parametrize("a, b", [
    # a lasting harm is no lasting result
    ("Lumadent can cause lasting damage to enamel.",
     "For most users of Lumadent the shade slips back within a couple of months."),
    # the maker's claim that the article answers with a trial
    ("The maker claims Slimora keeps the pounds off for good.",
     "An independent trial found weights had returned to where they started within a year."),
    # going back to work is no fading result
    ("Slimora keeps the pounds off for good.",
     "Most people on Slimora went back to work within a week."),
])
def test_course_controls_stay_quiet(a, b):
    assert not _course(a, b)


@pytest.mark.parametrize("a, b", [
    # a purpose clause after the benefit is neither its topic nor a hedge of it
    ("Flexora eases knee pain so you can climb stairs again.",
     "In the largest trial, Flexora did nothing for knee pain."),
    # a denial naming the condition by a general word, resolved to the claim of the same verb
    ("Coldaway lozenges shorten a cold so that you are back at work sooner.",
     "Trials of the lozenges show Coldaway does not shorten the illness at all."),
])
def test_benefit_forms_conflict(a, b):
    assert _direction(a, b)


@pytest.mark.parametrize("a, b", [
    # a general word with no claim of the same verb to resolve it
    ("Coldaway lozenges soothe a sore throat.",
     "Trials show Coldaway does not shorten the illness."),
    # agreement
    ("Flexora eases knee pain so you can climb stairs again.",
     "In the largest trial, Flexora eased knee pain within a week."),
])
def test_benefit_controls_stay_quiet(a, b):
    assert not _direction(a, b)


def _interaction(a: str, b: str) -> bool:
    return any(f.code == "CON005" for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # compatibility with every drug, said as a structure
    ("Osteocal chews get on fine with all your other tablets.",
     "Osteocal raises digoxin concentrations, so your doctor may check your levels."),
    ("Take Osteocal with anything you like.",
     "Osteocal chews can stop thyroid tablets being absorbed, so space them four hours apart."),
    # a drug's levels pushed up by the product
    ("Zentrocin won't interfere with your other medicines.",
     "Taken alongside simvastatin, Zentrocin can push statin levels up."),
])
def test_interaction_forms_conflict(a, b):
    assert _interaction(a, b)


@pytest.mark.parametrize("a, b", [
    # the compatibility denied is a restriction, not a promise
    ("Do not take Osteocal with any other medicines.",
     "Osteocal raises digoxin concentrations, so your doctor may check your levels."),
    # a measure the product moves is no other drug's level
    ("Osteocal chews get on fine with all your other tablets.",
     "Osteocal raises calcium levels in the blood within hours."),
])
def test_interaction_controls_stay_quiet(a, b):
    assert not _interaction(a, b)


@pytest.mark.parametrize("a, b", [
    # a subject quantified by none denies the effect
    ("Not one tester of the Calmbrite serum developed a rash, the company said.",
     "The most common side effects of Calmbrite were redness and rashes in 3% of users."),
    # a result clause's "can" is no hedge of the denial
    ("Its non-drowsy formula means you can take Pollinex before work.",
     "Because Pollinex may leave you feeling sleepy, do not drive until you know how it affects you."),
    # a harm usual after a later dose, the product described by its kind in apposition
    ("Shingora does not cause fever, the maker says.\n\nShingora, the two-dose shingles vaccine, is given to adults over 70.",
     "Among recipients, running a temperature after the second dose was common."),
])
def test_denials_and_group_harms_pair(a, b):
    assert any(f.code == "CON001" for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # "no" as a determiner of something else than the people who take it
    ("No other brand of Calmbrite serum has been tested on people who get rashes.",
     "The most common side effects of Calmbrite were redness and rashes in 3% of users."),
    # a harm in the placebo arm
    ("Not one tester of the Calmbrite serum developed a rash, the company said.",
     "In the placebo group, rashes were reported by 3% of volunteers."),
])
def test_denial_controls_stay_quiet(a, b):
    assert not any(f.code == "CON001" for f in _findings(a, b))


@pytest.mark.parametrize("a, b", [
    # the speaker of a reported claim is not its agent
    ("Hibisca tea won't push your blood pressure up.",
     "My pharmacist did mention that drinking lots of Hibisca tea can send blood pressure up."),
])
def test_reported_direction_pairs_with_its_product(a, b):
    assert _direction(a, b)


@pytest.mark.parametrize("a, b", [
    # another agent in the complement
    ("Hibisca tea won't push your blood pressure up.",
     "My pharmacist did mention that strong coffee can send blood pressure up."),
])
def test_reported_direction_of_another_agent_stays_quiet(a, b):
    assert not _direction(a, b)


def test_reported_intake_of_another_drink_stays_quiet():
    assert not _direction("Hibisca tea won't push your blood pressure up.",
                          "My pharmacist did mention that drinking strong coffee can send blood pressure up.")


def _md(text: str) -> list:
    return contradictions(text, kind="markdown")


def test_a_list_under_a_side_effects_heading_is_a_list_of_effects():
    text = ("# Nightora spray\n\nNightora never causes headaches, even after months of use.\n\n"
            "## Side effects\n\n- Headaches\n- A dry mouth\n")
    assert any(f.code == "CON001" for f in _md(text))


def test_a_list_after_a_lead_in_colon_is_a_list_of_effects():
    text = ("Nightora never causes headaches.\n\nSome users of Nightora have reported these side effects:\n\n"
            "- headaches\n- vivid dreams\n")
    assert any(f.code == "CON001" for f in _md(text))


@pytest.mark.parametrize("heading", ["## Symptoms of a migraine", "## Why we made it without side effects"])
def test_a_list_under_another_heading_is_no_list_of_effects(heading):
    text = (f"# Nightora spray\n\nNightora never causes headaches.\n\n{heading}\n\n- Headaches\n- Nausea\n")
    assert _md(text) == []


@pytest.mark.parametrize("b", [
    "Headaches: reported by 7% of Nightora users.",
    "Headaches — 1 in 20 people taking Nightora.",
    "Headaches: one in twelve Nightora users, mostly in the first week.",
])
def test_an_effect_as_a_label_with_its_frequency_is_a_harm(b):
    assert any(f.code == "CON001" for f in _findings("Nightora never causes headaches.", b))


@pytest.mark.parametrize("b", [
    "Headaches: a common symptom of dehydration.",
    "Headaches: 1 in 20 adults get one every week, whatever they take.",
])
def test_a_label_without_the_product_or_its_users_is_no_harm(b):
    assert not any(f.code == "CON001" for f in _findings("Nightora never causes headaches.", b))


@pytest.mark.parametrize("b", [
    "The base of Proteo is casein, which is filtered from cow's milk.",
    "Proteo's protein source is whey concentrate.",
])
def test_what_a_product_is_made_of_conflicts_with_its_free_from_claim(b):
    assert any(f.code == "CON006" for f in _findings("Proteo shakes are completely dairy-free.", b))


def test_a_person_recovered_from_is_no_ingredient():
    assert _findings("Proteo shakes are completely dairy-free.",
                     "Tom was recovered from a milk allergy years before he tried Proteo.") == []
