"""Who and what a claim is about (``subj15``, issue 14): the definite product-type noun as the
subject, measures and their direction, lay effect words, report frames and benefit frames.
Each class is read as a construction in every form, with cases that must now conflict and
cases of the same shape that must not: another product, a comparator, a condition, a
question, a hedge. Every sentence is written for these tests (coined names); none is copied
from a benchmark row."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def _codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text + "\n", kind="text", select=["contradiction"]) if f.code.startswith("CON")]


def _pair(a: str, b: str, opening: str = "Velmora is a new tablet for migraine. ") -> list[str]:
    return _codes(opening + a + _FILLER + b + _FILLER)


# -- M11: a definite noun of the product's type is the product ------------------------------

_JAB = "Velmora is a new jab for migraine. "
_LASER = "Velmora is a new laser procedure for migraine. "


@pytest.mark.parametrize("opening, denial, harm", [
    ("Magnesium glycinate is a gentle way to top up magnesium. ", "This form causes no stomach upset, the makers say.",
     "It can cause diarrhoea in the first week."),
    (_LASER, "The one-off procedure does not cause headaches.", "Some people get headaches after Velmora."),
    (_LASER, "Velmora does not cause headaches, the makers say.", "The 15-minute procedure can cause headaches in some people."),
    (_JAB, "Velmora does not cause headaches.", "The jab can cause headaches."),
    (_JAB, "Velmora never causes headaches.", "In some people the once-weekly jab caused headaches."),  # past
])
def test_a_definite_type_noun_is_the_product(opening, denial, harm):
    assert _pair(denial, harm, opening)


@pytest.mark.parametrize("opening, other", [
    # another intervention named just before the noun, or a noun of another kind than the product
    ("Velmora is a tablet for varicose veins. ", "Sclerotherapy is the usual alternative. The procedure can cause bruising."),
    ("Velmora is a tablet for varicose veins. ", "Many patients have sclerotherapy instead, but the procedure can cause bruising."),
    ("Velmora is a new migraine tablet. ", "Your doctor may suggest a Botox injection; the injection can cause bruising."),
])
def test_a_type_noun_of_another_intervention_is_not_the_product(opening, other):
    assert not _pair("Velmora causes no bruising.", other, opening)


@pytest.mark.parametrize("other", [
    "In the trial, a dummy pill caused headaches in some people.",  # a comparator
    "The placebo pill caused headaches in some people.",  # a comparator, definite
    "The surgical procedure caused headaches in some people.",  # another kind of intervention
    "The other procedure caused headaches in some people.",  # another one
    "Does the procedure cause headaches? Doctors are not sure.",  # a question
])
def test_a_comparator_or_another_type_noun_is_not_the_product(other):
    assert not _pair("Velmora does not cause headaches, the makers say.", other, _JAB)


# -- M10: measures and the verbs that move them ----------------------------------------------

@pytest.mark.parametrize("one, other", [
    ("Velmora raises evening melatonin.", "Velmora lowered testers' melatonin levels."),  # a hormone; a possessor
    ("Blood pressure goes down on Velmora.", "Raised blood pressure is a recognised effect of Velmora."),  # participle NP
    ("Blood pressure goes down on Velmora.", "Raised blood pressure is a well-known effect of taking it."),
    ("Velmora speeds up metabolism.", "Metabolic rate slows slightly in people taking Velmora."),  # slows
    ("Bone density increases with Velmora.", "Long-term use of Velmora thins the bones."),  # thin + bones
    ("Velmora strengthens your bones.", "Over the years it can weaken bone density."),  # strengthen/weaken
    ("Potassium levels drop on Velmora.", "In some people on Velmora, potassium levels can climb too high."),  # "levels"
])
def test_a_measure_moved_both_ways(one, other):
    assert _pair(one, other)


@pytest.mark.parametrize("other", [
    "Raised blood pressure is a known effect of stress.",  # another cause after "effect of"
    "Raised blood pressure is a recognised effect of decongestants.",  # another product
    "Smoking lowers people's 'good' HDL cholesterol.",  # an activity's
    "Metabolic rate slows with age.",  # age, no product
    "Does Velmora raise blood pressure? Not in the trial.",  # a question
])
def test_a_measure_moved_by_something_else_is_no_conflict(other):
    assert not _pair("Velmora lowers blood pressure, raises HDL and speeds up metabolism.", other)


# -- M1: lay effect words and the causative "make <part> <state>" ------------------------------

@pytest.mark.parametrize("denial, harm", [
    ("It will not make your teeth sensitive.", "Velmora can make your teeth sensitive."),  # affirmed causative
    ("It will not make your teeth sensitive.", "In the trial it made their teeth sensitive."),  # past
    ("The maker says Velmora is painless.", "Velmora can cause twinges at high settings."),
    ("Velmora carries no risk of suffocation.", "Velmora can cause suffocation in babies."),
    ("Velmora poses no choking risk.", "Velmora can cause choking in toddlers."),
])
def test_a_lay_effect_word_pairs(denial, harm):
    assert _pair(denial, harm, "Velmora is a new product for the home. ")


@pytest.mark.parametrize("other", [
    "Cold drinks can make your teeth sensitive.",  # another cause
    "Stress can make your headaches worse.",  # "make <effect> worse": no part opens the name
    "Does Velmora make your teeth sensitive? No.",  # a question
    "Whitening strips can make your teeth sensitive.",  # another product
])
def test_make_a_part_of_something_else_is_no_conflict(other):
    assert not _pair("Velmora will not make your teeth sensitive or cause headaches.", other,
                     "Velmora is a new toothpaste. ")


@pytest.mark.parametrize("other", [
    "Many people who quit smoking put on a few kilos in the first months.",  # what they stopped
    "Those who have given up sugar often get headaches at first.",
])
def test_people_defined_by_what_they_stopped_are_no_users(other):
    assert not _pair("Velmora does not cause weight gain or headaches.", other)


# -- M3: report clefts and clinicians' frames --------------------------------------------------

@pytest.mark.parametrize("denial, harm", [
    ("Velmora causes no headaches.", "Headaches are the commonest thing users tell us about."),
    ("Velmora causes no stomach trouble.", "Tummy upset is the commonest thing people starting the drug tell us about."),
    ("Velmora causes no headaches.", "Headaches were the chief complaint that wearers mentioned."),  # past, "that"
    ("Velmora is harmless to the skin.", "Dermatologists see a steady trickle of Velmora users with contact dermatitis."),
    ("Velmora causes no rashes.", "GPs are now seeing people on it with itchy rashes."),
])
def test_a_report_cleft_or_a_clinician_frame_is_a_harm(denial, harm):
    assert _pair(denial, harm, "Velmora is a new cream. ")


@pytest.mark.parametrize("other", [
    "Headaches are the commonest thing patients tell their GP about.",  # no users of the product
    "Headaches are the chief complaint people with migraine describe.",  # the disease's
    "Dermatologists see many people with rashes every week.",  # no product
    "Dermatologists see a trickle of henna users with rashes.",  # another product's users
    "Do dermatologists see Velmora users with rashes? Rarely.",  # a question
    "Is a headache the commonest thing users tell you about?",  # a question
])
def test_a_report_of_others_is_no_harm_of_the_product(other):
    assert not _pair("Velmora causes no headaches or rashes.", other, "Velmora is a new cream. ")


# -- M9: benefit frames: past tense, a shorter course, the outcome or the people as subject -----

@pytest.mark.parametrize("helps, no_help", [
    ("Velmora relieved neck ache for our testers.", "It didn't ease neck pain in any of the five testers."),  # past
    ("It soothed my eczema within days.", "It does not soothe eczema, a dermatologist says."),
    ("Velmora lozenges shorten a cold by a day or two.", "They won't make your cold any shorter."),
    ("Velmora makes colds shorter.", "It never made a cold one day shorter."),
    ("Velmora clears cold sores fast.", "Cold sores heal no faster with Velmora than without any treatment."),
    ("Velmora improves sleep.", "Users sleep no better on it than on a dummy pill."),
    ("Patients with insomnia sleep better on Velmora.", "Velmora does not improve sleep."),
    ("Velmora quietens the ringing within a few weeks.", "It did not reduce how loud people rated their tinnitus."),
])
def test_a_benefit_in_another_frame_meets_its_denial(helps, no_help):
    assert _pair(helps, no_help)


@pytest.mark.parametrize("other", [
    "A massage relieved neck pain for our testers.",  # another thing, past
    "Patients were relieved to hear that neck pain fades.",  # "relieved" an adjective
    "Most people sleep better on holiday.",  # not on the product
    "Cold sores heal no faster with ice than without.",  # another remedy
    "Does Velmora make a cold any shorter? Nobody knows.",  # a question
])
def test_a_benefit_frame_of_something_else_is_no_conflict(other):
    assert not _pair("Velmora does not ease neck pain, improve sleep or shorten colds or cold sores.", other)


# -- ordinary passages in writers' registers (news, press release, seller, guide, leaflet) that
# -- use the constructions above of something else: none may conflict -----------------------

_ORDINARY = [
    'Surgeons at the clinic now offer Lumiclear, a laser treatment for varicose veins. Lumiclear causes no scarring, the team says. By contrast, the older stripping operation can leave scars. The procedure that replaced it in most hospitals, foam injection, is cheaper.',
    'Cardiologists compared Rythmol with a dummy pill. Rythmol did not cause headaches. In the trial, the dummy pill caused headaches in a few patients, which surprised the researchers.',
    'Vaxira is a new shingles jab. The jab is given in two doses. Vaxira does not cause fever, according to the maker. The flu jab, given at the same visit, can cause a mild fever.',
    "A daily glass of Kefrix did not change HDL cholesterol in the trial. Smoking lowers people's 'good' HDL cholesterol, the authors noted, and exercise raises it.",
    'Melanol is a new sleep tablet that contains no melatonin. Your body makes melatonin in the evening, and levels fall by morning. Bright screens lower evening melatonin, which is why experts advise dimming them.',
    'Ostiva does not affect bone density, the study found. Bones thin with age in everyone, and steroid tablets can thin the bones further.',
    'Raised blood pressure is a known effect of stress and of too much salt. Pressilan lowers blood pressure in most people who take it.',
    'Brightdent is our new whitening toothpaste. It will not make your teeth sensitive. Cold drinks and acidic foods can make your teeth sensitive, so we recommend a soft brush.',
    'NicoQuit gum does not cause weight gain. Many people who quit smoking put on a few kilos in the first months; that comes from stopping smoking, not from the gum.',
    'Snoozy is a weighted blanket for adults. It is not suitable for babies or toddlers. Loose bedding can cause suffocation in infants, the safe sleep charity warns.',
    'Calmira is free of side effects. Dermatologists see many people with eczema every winter, and cold weather makes it worse.',
    'Magnesium glycinate is gentle on the stomach. This form causes no digestive upset. Magnesium oxide, a cheaper form sold elsewhere, is better known as a laxative.',
    'Our VitaGum chews do not cause tooth decay. Sugary sweets are the commonest thing dentists tell us about.',
    'Zentea relieves bloating. A walk after dinner relieved bloating for many of our customers too.',
    'Immunex may shorten a cold. Nothing makes a cold shorter for everyone, and rest still matters most.',
    'Does Flexitol make your skin itchy? Most users say no. Wool jumpers, on the other hand, can make your skin itchy.',
    'Headaches are the commonest thing patients tell their GP about. Migrasol does not cause headaches, and it relieves migraine in most users.',
    'Most people sleep better on holiday. Dormiva does not improve sleep, according to a new review.',
    'Cold sores heal no faster with ice than without. Labiclear, the new cream, has not been tested against ice.',
    'Joint pain is the main problem people with arthritis describe. Flexamin does not cause joint pain.',
    'Take Lorvex with food. Lorvex does not usually cause stomach upset. If you are also taking ibuprofen, the ibuprofen can cause stomach upset.',
    'The injection is given once a month. Do not use Dermaxil on broken skin. Dermaxil does not cause rashes. Some other creams can make your skin red and sore.',
    'In people who stop smoking, coughing often gets worse for a few weeks. Respira does not cause coughing.',
]


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_passages_raise_nothing(text):
    assert not _codes(text)


@pytest.mark.parametrize("other", [
    "Evening screen use lowers teenagers' melatonin, researchers found.",  # another thing's use
    "Sun exposure raises vitamin D levels in most people.",
])
def test_the_use_of_another_thing_moves_no_measure_of_the_product(other):
    assert not _pair("It does not affect melatonin or vitamin D levels.", other, "Somnexa is a sleep aid. ")


def test_the_products_regular_use_still_moves_its_measure():
    assert _pair("Somnexa does not affect blood pressure.", "Regular use lowers blood pressure, the trial found.",
                 "Somnexa is a sleep aid. ")


def test_a_negative_object_is_no_benefit():
    assert not _pair("Velmora does not relieve pain.", "Velmora cured nothing, our testers said.")
