"""An effect tied to the product by a phrase of its use after it (``stage20``, issue 14).

``benchmarks/contra_stages.py`` counted, over every dev half and the s18/s19 reviewers' passages,
the stage that loses each missed contradiction: the largest class of unread sides was an effect
concept with no claim frame, and most of those name the product after the effect, in a phrase of
its use ("in people taking X", "during treatment with X", "three months into treatment with X",
"after a X night"), with a verb no frame list holds. The use phrase is now the frame
(``contradictions._use_after``); a relative who had the effect on the product is a user
(``_relative_user``); an effect dated before the use is the person's complaint (``_off_use``).
Each reading has cases that must conflict and cases with the same words that must not (another
product, a hedge, a question, a debunked rumour, a class warning, a shop's cross-selling line, a
benefit, a treatment goal). Every sentence is coined for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, flags_pair
from lint_helpers import pairs_both_ways as _conflicts
from lint_helpers import quiet_both_ways as _quiet

_HARMS = [
    ("Zelvara won't give you a hangover.", "Plenty of users wake up groggy after a Zelvara night."),
    ("Zelvara never causes hair loss.", "Hair loss may start three months into treatment with Zelvara."),
    ("Zelvara is completely painless.", "A stinging pain is usual during treatment with Zelvara."),
    ("Zelvara does not cause bone loss.", "Bone loss speeds up in people taking Zelvara."),
    ("Zelvara causes no headaches.", "I had a pounding headache for two days after my first Zelvara."),
    ("Zelvara does not cause insomnia.", "Insomnia set in a week after starting Zelvara."),
    ("Zelvara won't make you dizzy.", "Dizziness within an hour of a Zelvara dose is common."),
    ("Zelvara is non-drowsy.", "Drowsiness during the first week on Zelvara is something most readers mentioned."),
    ("Zelvara never causes a rash.", "An itchy rash broke out on my arms two days into my Zelvara course."),
    ("Zelvara won't upset your stomach.", "Stomach cramps kicked in soon after my second Zelvara tablet."),
    ("Zelvara does not cause palpitations.", "Palpitations started within days of beginning Zelvara, our reader writes."),
    ("Zelvara causes no weight gain.", "Weight gain crept up steadily in the months on Zelvara."),
    ("Zelvara won't cause constipation.", "Constipation was a real problem for me during my Zelvara course."),
    ("Zelvara doesn't cause headaches.", "Headaches came on the morning after a Zelvara dose, every single time."),
    ("Zelvara does not cause nosebleeds.", "Nosebleeds turned up in the second week of treatment with Zelvara."),
]


@pytest.mark.parametrize("denial,harm", _HARMS)
def test_an_effect_followed_by_the_products_use_is_its_harm(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara doesn't cause nausea.", "My husband felt queasy for hours after each dose of Zelvara."),
    ("Zelvara never causes vomiting.", "My son was throwing up after every dose of Zelvara."),
])
def test_a_relative_on_the_product_is_one_of_its_users(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,other", [
    # the effect went: a benefit
    ("Zelvara never causes a rash.", "A rash cleared up within a week on Zelvara."),
    ("Zelvara never causes headaches.", "Headaches eased after a fortnight on Zelvara."),
    ("Zelvara does not cause headaches.", "Headaches disappeared after my first Zelvara course."),
    ("Zelvara does not cause weight gain.", "Weight gain slowed within months on Zelvara."),
    ("Zelvara does not cause nausea.", "Fewer headaches and less nausea on Zelvara, our readers say."),
    ("Zelvara does not cause nausea.", "Nausea during pregnancy can be eased with Zelvara."),
    # what the product is for
    ("Zelvara does not cause insomnia.", "Beat insomnia with Zelvara."),
    ("Zelvara does not cause drowsiness.", "Say goodbye to drowsiness with Zelvara."),
    ("Zelvara does not cause headaches.", "Relief from headaches within minutes of a Zelvara dose."),
    ("Zelvara does not cause headaches.", "For headaches, try Zelvara."),
    ("Zelvara does not cause nausea.", "Nausea is a symptom of migraine, which many people treat with Zelvara."),
    # another product, a contrast, a class
    ("Zelvara does not cause insomnia.", "Insomnia is common with Dorvix, but not with Zelvara."),
    ("Zelvara does not cause insomnia.", "Insomnia after a Dorvix dose is common."),
    ("Zelvara does not cause nausea.", "Nausea during treatment with Dorvix is common."),
    ("Zelvara does not cause dizziness.", "Dizziness is less common with Zelvara than with Dorvix."),
    ("Zelvara does not cause weight gain.", "Weight gain is a worry with many tablets, though not with Zelvara."),
    ("Zelvara does not cause headaches.", "Headaches during treatment with any antihistamine are common."),
    ("Zelvara does not cause nausea.", "Customers who bought Zelvara also bought: Dorvix, for nausea on long trips."),
    # before the use, a question, a rumour, a hedge that agrees
    ("Zelvara does not cause insomnia.", "I had insomnia for years before starting Zelvara."),
    ("Zelvara does not cause nausea.", "My mother had nausea for years before trying Zelvara."),
    ("Zelvara does not cause headaches.", "Do headaches start after a Zelvara dose?"),
    ("Zelvara does not cause headaches.", "Headaches on Zelvara? Never."),
    ("Zelvara does not cause hair loss.", "The myth that hair loss follows a course of Zelvara has been debunked."),
    ("Zelvara rarely causes headaches.", "Mild headaches can occur now and then on Zelvara, but they are rare."),
    ("Zelvara does not cause drowsiness.", "Drowsiness was rare on Zelvara in the trial."),
])
def test_the_same_words_with_no_harm_of_the_product_are_quiet(denial, other):
    assert _quiet(denial, other)


@pytest.mark.parametrize("passage", [
    "Zelvara is a once-daily hay fever tablet. It does not cause drowsiness in most adults. Sneezing eased "
    "within an hour of my first Zelvara tablet. I now keep a pack in my bag.",
    "Our review of Calmora, a magnesium drink. Calmora causes no stomach upset, the maker says. Sleep came "
    "more easily after a week on Calmora, our tester reported. It costs nine pounds a tub.",
    "Dorvix is an older sleep aid; Zelvara is the newer one. Zelvara won't leave you groggy. Grogginess the "
    "morning after a Dorvix night is common, though. Ask your pharmacist which suits you.",
    "Forum: anyone tried Zelvara? I had headaches for months before starting Zelvara. They stopped after two "
    "weeks on it. Zelvara never gave me a headache.",
    "Zelvara is a skin gel for eczema. It does not sting. Itching settles within days of starting Zelvara. "
    "Use it twice a day.",
    "Press release: Nuvella Health launches Zelvara, a non-drowsy allergy tablet. In trials, sneezing fell "
    "within an hour of a Zelvara dose. Zelvara is available from today.",
    "Q: Does Zelvara cause weight gain? A: No, Zelvara does not cause weight gain. Appetite returned to "
    "normal within a month of finishing chemotherapy for most patients in the clinic. Weigh yourself weekly.",
    "Zelvara is a gentle laxative. It does not cause cramps. Constipation cleared within two days of taking "
    "Zelvara for most of our readers. Drink plenty of water.",
    "Zelvara is a migraine tablet. It does not cause nausea. Nausea is a symptom of migraine itself, and "
    "many people treat it with Zelvara. Keep a headache diary.",
    "Zelvara is our pick for travel sickness. It won't make you sleepy. Vomiting stopped within an hour of a "
    "Zelvara dose in our small test. Take it before you travel.",
    "Zelvara is a statin. It does not damage the liver. Cholesterol dropped within six weeks on Zelvara in "
    "the trial. Have a blood test after three months.",
    "Zelvara is a joint supplement. It does not cause heartburn. Joint pain was less severe after eight "
    "weeks of Zelvara, the small study found. More research is needed.",
    "Rumour check: does Zelvara cause hair loss? No. Claims that hair loss follows a course of Zelvara have "
    "been debunked by the regulator. Zelvara does not cause hair loss.",
    "Zelvara is a sleep aid. It won't give you a hangover. Insomnia with older sleeping pills was common, "
    "but not with Zelvara. It is sold in packs of 14.",
    "You might also like: Dorvix for heartburn. Zelvara is our pick for allergies and does not cause "
    "drowsiness. Drowsiness after a Dorvix dose is common.",
    "Zelvara is a cough syrup. It contains no sugar. Coughing eased after a day of Zelvara for my son. Keep "
    "it out of reach of children.",
    "Zelvara won't make you dizzy. Dizziness after stopping Zelvara suddenly is possible, so taper the dose. "
    "Talk to your GP first.",
])
def test_an_ordinary_passage_with_use_phrases_is_no_contradiction(passage):
    assert not contradiction_codes(passage)


# -- a drug named after the effect by its generic name, in lower case -----------------------------

_GUIDE = "Our winter guide covers Coldara, a new cold remedy, and older options."
_PACK = " It is sold in pharmacies. A pack costs five pounds.\n\n"


def _guide(a: str, b: str) -> str:
    """A passage whose page product is Coldara, with ``a`` and ``b`` about whatever they name."""
    return f"{_GUIDE} {a}{_PACK}{b}\n"


@pytest.mark.parametrize("denial,harm", [
    # one of each of the reader's shapes
    ("Ibuprofen causes no headaches.", "Headaches can occur with ibuprofen."),
    ("Ketamine never causes hair loss.", "Hair loss, mostly in women, has been reported with ketamine."),
    ("Aspirin won't upset your stomach.", "Stomach upset is common after aspirin."),
    ("Lithium does not cause a rash.", "A rash, usually mild, is a recognised effect of lithium."),
    ("Warfarin does not cause dizziness.", "Dizziness, especially on standing, is a known effect of warfarin."),
    # other registers and positions (a leaflet, a forum tip, a pharmacist's warning, a reader's
    # letter, a research note; the effect after an opener, the drug before a trailing clause)
    ("Ibuprofen does not cause dizziness.", "In the leaflet, dizziness is listed as a known effect of ibuprofen."),
    ("Metformin never causes hair loss.", "Hair loss can occur with metformin, so ask your GP."),
    ("Naproxen won't upset your stomach.", "Stomach upset is common after naproxen, the pharmacist warned."),
    ("Melatonin won't leave you groggy.", "Grogginess is a recognised effect of melatonin, according to the NHS page."),
    ("Amlodipine does not cause ankle swelling.", "Ankle swelling is a well-known side effect of amlodipine."),
    ("Omeprazole never causes diarrhoea.", "As our reader found, diarrhoea can occur with omeprazole."),
    ("Ketamine won't make you dizzy.", "Dizziness may follow a dose of ketamine, researchers noted."),
    ("Lithium does not cause tremor.", "A fine tremor is a common effect of lithium."),
    ("Paracetamol causes no headaches.", "Headaches have been reported with paracetamol in the first weeks."),
    ("Morphine causes no constipation.", "Constipation is typical with morphine, so drink plenty of water."),
])
def test_a_drug_named_in_lower_case_after_the_effect_is_named(denial, harm):
    assert flags_pair(_guide(denial, harm), denial, harm)


@pytest.mark.parametrize("a,b", [
    # the harm is another drug's, or no drug's, or not said
    ("Coldara does not cause dizziness.", "Dizziness, especially on standing, is a known effect of ibuprofen."),
    ("Coldara never causes hair loss.", "Hair loss, mostly in women, has been reported with warfarin."),
    ("Aspirin causes no headaches.", "Headaches can occur with paracetamol."),
    ("Ibuprofen does not cause dizziness.", "Dizziness is a known effect of older painkillers such as codeine."),
    ("Melatonin does not cause dizziness.", "Dizziness can occur with strenuous exercise."),
    ("Lithium does not cause headaches.", "Headaches can occur with dehydration."),
    ("Warfarin causes no nausea.", "Nausea is common after chemotherapy."),
    ("Paracetamol never causes hair loss.", "Hair loss can occur with thyroid disease, which paracetamol does not treat."),
    ("Morphine does not cause a rash.", "A rash can appear with many other medicines."),
    ("Insulin won't upset your stomach.", "Stomach upset is less common with insulin than with tablets."),
    ("Ketamine does not cause nausea.", "Nausea can occur with the anaesthetic given alongside, not with ketamine itself."),
    # a question, a debunked rumour, a shop's cross-selling line
    ("Ibuprofen won't upset your stomach.", "Is stomach upset common after ibuprofen?"),
    ("Aspirin does not cause a rash.", "Rumours that a rash is a recognised effect of aspirin are false."),
    ("Lithium won't upset your stomach.", "You might also like: antacids for stomach upset after aspirin."),
    ("Melatonin won't leave you groggy.", "Grogginess is a known effect of older sleeping pills, our pharmacist says."),
    # the same registers and positions with another cause, a question, a rumour, a comparison, a
    # denial or relief after the use phrase
    ("Coldara does not cause dizziness.", "In the leaflet, dizziness is listed as a known effect of ibuprofen."),
    ("Metformin never causes hair loss.", "Forum tip: hair loss can occur with thyroid disease, so ask your GP."),
    ("Naproxen won't upset your stomach.", "Stomach upset is common after a heavy meal, the pharmacist said."),
    ("Sertraline causes no headaches.", "Headaches have been reported with sertraline? No, that rumour is false."),
    ("Melatonin won't leave you groggy.", "Is grogginess a recognised effect of melatonin?"),
    ("Amlodipine does not cause ankle swelling.", "Ankle swelling is a known side effect of long flights."),
    ("Codeine causes no constipation.", "Constipation is typical with a low-fibre diet, so eat more vegetables."),
    ("Omeprazole never causes diarrhoea.", "Diarrhoea can occur with a stomach bug, whether or not you take omeprazole."),
    ("Ketamine won't make you dizzy.", "Dizziness may follow a hot bath, researchers noted."),
    ("Lithium does not cause tremor.", "A fine tremor is less common with lithium than with valproate."),
    ("Naproxen won't upset your stomach.", "Stomach upset in people taking naproxen has never been reported in our survey."),
    ("Metformin does not cause nausea.", "Nausea faded within a week of starting metformin for most of our readers."),
])
def test_another_drug_or_no_drug_after_the_effect_is_quiet(a, b):
    assert not contradiction_codes(_guide(a, b))


# -- the predicate after the use phrase (stage20 review) ---------------------------------------
# The use phrase was the frame and the clause's predicate after the product's name was never
# read: a denial ("… has never been reported"), an equal rate ("no more common than on
# placebo"), relief ("melted away within days of starting X") or another cause ("usually mean
# you are dehydrated") fired against a matching denial. ``_use_predicate_no_harm`` reads it.

@pytest.mark.parametrize("denial,other", [
    ("Zelvara does not damage the liver.", "Liver damage in people taking Zelvara has never been reported."),
    ("Zelvara won't make you dizzy.", "Dizziness in people taking Zelvara is no more common than in those on placebo."),
    ("Zelvara does not cause anxiety.", "Anxiety melted away within days of starting Zelvara."),
    ("Zelvara does not cause insomnia.", "Insomnia became a thing of the past after starting Zelvara."),
    ("Zelvara does not cause headaches.", "My headaches were history within a week of taking Zelvara."),
    ("Zelvara does not cause headaches.",
     "Headaches while taking Zelvara usually mean you are dehydrated, not that the tablet is at fault."),
    ("Zelvara does not cause nausea.", "Nausea in patients receiving Zelvara was not seen in the trial."),
    ("Zelvara does not cause a rash.", "A rash during treatment with Zelvara has not been recorded once."),
    ("Zelvara does not cause weight gain.", "Weight gain in people on Zelvara was no greater than with placebo."),
    ("Zelvara does not cause hair loss.", "Hair loss in women taking Zelvara is no more likely than in women taking nothing."),
    ("Zelvara does not cause drowsiness.", "Drowsiness after a Zelvara dose was as common as after a sugar pill."),
    ("Zelvara does not cause insomnia.", "Insomnia in older adults taking Zelvara wasn't reported by anyone."),
    ("Zelvara does not cause palpitations.", "Palpitations in people taking Zelvara have never been linked to the tablet."),
    ("Zelvara does not cause nausea.", "My nausea vanished within days of starting Zelvara."),
    ("Zelvara does not cause anxiety.", "Anxiety lifted two weeks into my Zelvara course."),
    ("Zelvara doesn't cause stomach cramps.", "Stomach cramps subsided soon after my first Zelvara dose."),
    ("Zelvara won't give you a rash.", "Itching in patients on Zelvara occurs at the same rate as on placebo."),
    ("Zelvara won't cause constipation.", "Constipation during treatment with Zelvara is no more frequent than on a dummy pill."),
    ("Zelvara doesn't cause dizziness.", "Dizziness in people taking Zelvara is down to low blood sugar, not the tablet."),
    ("Zelvara does not cause fatigue.", "Fatigue melts away after a fortnight on Zelvara, the seller claims."),
    ("Zelvara doesn't cause night sweats.", "Night sweats in women taking Zelvara were never a problem in the study."),
    ("Zelvara is non-drowsy.", "Sleepiness on Zelvara has never been a complaint from our customers."),
    # another cause named after the effect (not the product)
    ("Zelvara won't give you headaches.", "Headaches soon became a distant memory after starting Zelvara."),
    ("Zelvara does not cause dizziness.",
     "Dizziness in people taking Zelvara is usually due to low blood sugar from skipping meals."),
    ("Zelvara does not cause nausea.", "Nausea in patients receiving Zelvara is brought on by an empty stomach."),
])
def test_a_denial_or_relief_after_the_use_phrase_is_no_harm(denial, other):
    assert _quiet(denial, other)


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara does not damage the liver.", "Liver damage in people taking Zelvara has been reported several times."),
    ("Zelvara won't make you dizzy.", "Dizziness in people taking Zelvara is more common than in those on placebo."),
    ("Zelvara does not cause nausea.", "Nausea in patients receiving Zelvara was the commonest complaint."),
    ("Zelvara does not cause headaches.", "Headaches while taking Zelvara are frequent, and they can last all day."),
    ("Zelvara does not cause a rash.", "A rash in people using Zelvara cream often turns up on the second day."),
    ("Zelvara does not cause dizziness.", "Dizziness in people taking Zelvara is due to Zelvara itself, the study found."),
    ("Zelvara does not cause a rash.", "A rash in people using Zelvara is caused by it in one case in ten."),
    ("Zelvara does not cause rashes.", "A blotchy rash appeared on her neck during treatment with Zelvara."),
])
def test_a_harm_said_after_the_use_phrase_still_conflicts(denial, harm):
    assert _conflicts(denial, harm)
