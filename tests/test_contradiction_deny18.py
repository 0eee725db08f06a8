"""Claims in shapes the readers still missed (``deny18``, issue 14): a denial limited to one
window of the course, which narrows it rather than standing for the whole course, and the
readings added after it in this file. Each mechanism has cases that must conflict and cases
with the same words that must not (another product, a question, a hedge, a debunked rumour,
a placebo group). Every sentence is coined for these tests; none is copied from a benchmark
row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import PAIR_FILLER as _FILLER
from lint_helpers import PAIR_INTRO as _INTRO
from lint_helpers import contradiction_codes, flags_pair
from lint_helpers import pairs_both_ways as _conflicts
from lint_helpers import quiet_both_ways as _quiet

# -- M1: a denial limited to a window of the course narrows it ----------------------------------

@pytest.mark.parametrize("denial,harm", [
    # an unlimited denial meets a harm in any window
    ("Zelvara never causes a rash.", "A rash can appear after a month on Zelvara."),
    ("Zelvara does not cause headaches.", "Zelvara can cause headaches after a few weeks of use."),
    ("Rest assured, Zelvara won't cause hair loss.", "With long-term use, Zelvara can cause hair loss."),
    # a harm in the denial's own window
    ("Zelvara causes no rash in the first week.", "In the first week, a rash is common on Zelvara."),
    # "even" stretches the window
    ("Zelvara won't upset your stomach, not even in the long term.", "Zelvara can upset your stomach."),
])
def test_an_unlimited_denial_or_the_same_window_still_conflicts(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara causes no rash in the first week.", "Zelvara can cause a rash."),
    ("Zelvara causes no rash in the first week.", "Zelvara can cause a rash after a month."),
    ("In the first week, Zelvara does not cause a rash.", "Zelvara can cause a rash after a month."),
    ("Zelvara won't give you a rash during the first few days.", "After a month, Zelvara can cause a rash."),
    ("For the first fortnight Zelvara causes no headaches.", "Zelvara can cause headaches after a few weeks of use."),
    ("During the first few days, Zelvara does not cause headaches.", "Headaches are a known side effect of Zelvara."),
    ("Over the first couple of weeks, you won't get any nausea from Zelvara.", "Zelvara may cause nausea."),
    ("Zelvara does not cause nausea in the first month.", "Some people get nausea from Zelvara after three months."),
    ("Zelvara does not cause weight gain in the short term.", "Zelvara can cause weight gain with continued use."),
    ("In the long term, Zelvara does not cause insomnia.", "When you first start Zelvara, it can cause insomnia."),
    ("Zelvara causes no dizziness at first.", "Zelvara can cause dizziness after a year of use."),
    ("No rash in the first week with Zelvara.", "A rash can appear after a month on Zelvara."),
])
def test_a_denial_limited_to_a_window_meets_no_harm_outside_it(denial, harm):
    assert _quiet(denial, harm)


# -- M2: a harm told through stopping the product ------------------------------------------------

_NO_DIZZINESS = "Zelvara never causes dizziness."


@pytest.mark.parametrize("stop,denial", [
    ("Several readers had to come off Zelvara because of the dizziness.", _NO_DIZZINESS),
    ("I gave Zelvara up after a week of headaches.", "Zelvara does not cause headaches."),
    ("Many quit Zelvara over the nausea.", "Zelvara won't make you feel sick."),
    ("I stopped taking Zelvara because it made me dizzy.", _NO_DIZZINESS),
    ("My mum stopped Zelvara after two weeks because of the constant dizziness.", _NO_DIZZINESS),
    ("Three people dropped out of the Zelvara trial due to dizziness.", _NO_DIZZINESS),
    ("We've had a few customers give up on Zelvara because of stomach cramps.", "Zelvara does not cause stomach cramps."),
    ("A couple of users discontinued Zelvara owing to insomnia.", "Zelvara will never cause insomnia."),
    ("Lots of people switch from Zelvara because of the headaches.", "Zelvara does not cause headaches."),
])
def test_stopping_the_product_over_an_effect_meets_its_denial(stop, denial):
    assert _conflicts(stop, denial)


def test_it_stopped_is_the_product_it_points_to():
    stop = "Several readers had to come off it because of the dizziness."
    text = f"{_INTRO} Zelvara is strong. {stop}{_FILLER}\n\n{_NO_DIZZINESS}\n"
    assert flags_pair(text, stop, _NO_DIZZINESS)


@pytest.mark.parametrize("stop,other", [
    # another product stopped; the pill by its kind beside another product
    ("Several readers had to come off Dorvix because of the dizziness.", _NO_DIZZINESS),
    ("I came off the pill because of headaches and started Zelvara.", "Zelvara does not cause headaches."),
    ("I stopped taking aspirin because of the stomach pain and switched to Zelvara.",
     "Zelvara does not cause stomach pain."),
    # advice, a condition, a denied stop, a question
    ("If you stop Zelvara because of dizziness, tell your GP.", _NO_DIZZINESS),
    ("Don't stop taking Zelvara because of mild dizziness.", _NO_DIZZINESS),
    ("Nobody had to stop Zelvara because of dizziness.", "Zelvara can cause dizziness."),
    ("Did you stop Zelvara because of the dizziness?", _NO_DIZZINESS),
    ("Should you stop Zelvara because of a rash? Ask your pharmacist.", "Zelvara doesn't cause rashes."),
    # the reason is the treated complaint gone, a condition the person had, no effect at all
    ("I stopped taking Zelvara because my headaches had gone.", "Zelvara does not cause headaches."),
    ("I had to stop Zelvara because of my migraines.", "Zelvara does not cause migraines."),
    ("People stop Zelvara once their dizziness clears.", _NO_DIZZINESS),
    ("I stopped Zelvara because of the cost.", _NO_DIZZINESS),
    ("I stopped smoking because of the headaches, and Zelvara helped.", "Zelvara does not cause headaches."),
])
def test_the_same_words_with_another_product_or_no_stop_told_are_quiet(stop, other):
    assert _quiet(stop, other)


# (review of deny18) what is stopped is one product, and the words after the effect are read: a
# switch from one product to another, a list of two, or an effect dated before the use
@pytest.mark.parametrize("stop,denial", [
    ("We moved her from Dorvix to Zelvara because of the dizziness.", _NO_DIZZINESS),
    ("My dad switched from Dorvix to Zelvara because of the dizziness.", _NO_DIZZINESS),
    ("She gave up coffee and Zelvara over the headaches.", "Zelvara does not cause headaches."),
    ("I came off Zelvara because of the dizziness I had before I started it.", _NO_DIZZINESS),
    ("He quit Zelvara because of the headaches he'd had for years, not new ones.", "Zelvara does not cause headaches."),
    ("I stopped Zelvara due to the nausea I already had from chemo.", "Zelvara won't make you feel sick."),
])
def test_a_switch_a_list_or_an_effect_from_before_the_use_is_no_harm_of_the_product(stop, denial):
    assert _quiet(stop, denial)


@pytest.mark.parametrize("stop,denial", [
    # the same words, with the product alone stopped and the effect new
    ("My dad switched away from Zelvara because of the dizziness.", _NO_DIZZINESS),
    ("I came off Zelvara because of the dizziness I had every morning.", _NO_DIZZINESS),
    ("She gave Zelvara up after a fortnight of headaches.", "Zelvara does not cause headaches."),
])
def test_one_product_stopped_over_a_new_effect_still_conflicts(stop, denial):
    assert _conflicts(stop, denial)


# (review of deny18) what the effect is put down to right after it: another cause leaves the stop
# no harm of the product; the product named there, or a time after each use, keeps it
@pytest.mark.parametrize("stop", [
    "He came off Zelvara after ten days of dizziness from a bad cold.",
    "Mum stopped Zelvara because of dizziness brought on by her cold.",
    "I quit Zelvara over dizziness linked to my inner-ear problem.",
])
def test_an_effect_put_down_to_another_cause_is_no_harm_of_the_stopped_product(stop):
    assert _quiet(stop, _NO_DIZZINESS)


@pytest.mark.parametrize("stop", [
    "He came off Zelvara after a week of dizziness from it.",
    "Mum stopped Zelvara because of dizziness brought on by Zelvara.",
    "I quit Zelvara over dizziness after every dose.",
])
def test_an_effect_put_down_to_the_product_or_its_dose_still_conflicts(stop):
    assert _conflicts(stop, _NO_DIZZINESS)


_PART_CASES = {
    # part: (words it reads, words it must not read)
    "verb": (["came off", "quit", "stopping", "dropped out of", "switched away from"], ["came over", "gave in", "started"]),
    "lead": ([" taking the ", " my ", " "], [" because "]),
    "what": (["Zelvara", "the green tablets"], ["Dorvix to Zelvara", "coffee and Zelvara", "one two three four"]),
    "tail": ([" tablets, ", " altogether ", " up ", " "], [" because "]),
    "delay": (["after two weeks ", "within a couple of days ", ""], ["after the holidays "]),
    "reason": (["because of", "owing to", "after a fortnight of", "because it made me"], ["because", "despite"]),
    "effect_lead": ([" the constant ", " "], [" the headaches"]),
}


@pytest.mark.parametrize("part", sorted(_PART_CASES))
def test_each_named_part_of_a_stop_reason_reads_its_words_only(part):
    import re

    from lint_rules.analysis.contradictions import _stop_reason_parts

    pattern = re.compile(_stop_reason_parts()[part], re.IGNORECASE)
    read, unread = _PART_CASES[part]
    assert all(pattern.fullmatch(x) for x in read)
    assert not any(pattern.fullmatch(x) for x in unread)


# -- M3: denials the readers did not parse: "not a soul", a colon topic inside a paragraph, an
#    effect that is its own verb ("won't constipate you") ------------------------------------------

@pytest.mark.parametrize("denial,harm", [
    ("Not a soul who takes Zelvara has complained of nausea.", "Zelvara can cause nausea."),
    ("Honestly, not a soul on Zelvara has reported a rash.", "Zelvara may cause a rash."),
    ("We asked around. Nausea: not an issue with Zelvara, according to our testers.", "Zelvara can cause nausea."),
    ("Our panel tried it for a month. Headaches: never with Zelvara.", "Zelvara can cause headaches."),
    ("Zelvara won't constipate you.", "Zelvara can cause constipation."),
    ("Unlike iron tablets, Zelvara does not constipate.", "Constipation is a common side effect of Zelvara."),
    ("Zelvara never causes constipation.", "Zelvara can constipate you."),
])
def test_a_denial_in_an_unread_shape_meets_the_harm(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("one,other", [
    ("Dorvix can constipate you.", "Zelvara never causes constipation."),
    ("Does Zelvara constipate?", "Zelvara can cause constipation."),
    ("Iron tablets can constipate you.", "Zelvara never causes constipation."),
    ("Low-fibre diets constipate many people.", "Zelvara never causes constipation."),
    ("Not a soul who takes Dorvix has complained of nausea.", "Zelvara can cause nausea."),
    ("Not a soul knows whether Zelvara causes nausea.", "Zelvara can cause nausea."),
    ("Not a soul who took the placebo reported nausea.", "Zelvara can cause nausea."),
    ("We asked around. Nausea: not an issue with Dorvix, according to our testers.", "Zelvara can cause nausea."),
    ("We asked around. Nausea: see your GP if it lasts.", "Zelvara can cause nausea."),
    ("We asked around. Nausea: the most common complaint with Zelvara.", "Zelvara never causes nausea."),
    ("We asked around. Nausea: not an issue with Zelvara for most, though some felt queasy.",
     "Zelvara can cause nausea."),
    ("Does Zelvara cause nausea? Nausea: not usually.", "Zelvara can cause nausea."),
])
def test_the_same_shapes_of_another_product_a_question_or_a_hedge_are_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("text", [
    "We tested five cough syrups. Nausea: not a problem with any of them, though two tasted awful. Dorvex was our favourite.",
    "Not a soul turned up to the first session. Fitstep classes now run twice a week. Fitstep never causes knee pain, says the coach.",
    "Does Lactrin constipate? It can, in some people. Drink plenty of water while taking it.",
    "The trial of Vitaflex had two arms. Nausea: not something placebo users reported. Nausea was reported by 8% on Vitaflex.",
    "Codeine can constipate, so many doctors prefer Painex. Painex does not cause constipation, its leaflet says.",
    "The nurse's notes. Dizziness: not unusual after the jab, so sit down for ten minutes. Fluvax can cause dizziness.",
    "A diary entry. Headache: not from Relaxa, I think, but from the heat. Relaxa can cause headaches in some users.",
])
def test_ordinary_passages_with_the_same_words_are_quiet(text):
    assert contradiction_codes(text) == []


# (review of deny18) a bare quantified denial ("Not a soul has complained of …") that names no
# product is the page's product's when its sentence places it nowhere else
_DROWSY = "Drowsiness is listed as a common side effect of Zelvara."


@pytest.mark.parametrize("denial", [
    "Not a soul has complained of drowsiness.",
    "Not a soul has complained of drowsiness in the two years it has been on sale.",
    "Not one of the 90 men in the trial developed drowsiness.",
    "Not one of the 90 men in the trial developed drowsiness, the maker claims.",
])
def test_a_bare_quantified_denial_is_the_pages_products(denial):
    text = f"Zelvara is a daily allergy tablet. {denial}{_FILLER}\n\n{_DROWSY}\n"
    assert flags_pair(text, denial, _DROWSY)


@pytest.mark.parametrize("denial", [
    "Not a soul has complained of drowsiness since we moved everyone to Dorvix.",
    "Not a soul has complained of drowsiness on the coach since the new seats.",
    "Not one of the climbers got drowsiness from the new altitude pills.",
    "Not a soul in the placebo group complained of drowsiness.",
    "Not a soul knows whether it brings on drowsiness.",
    "Not a soul has complained of drowsiness? I doubt it.",
])
def test_a_bare_quantified_denial_placed_elsewhere_asked_or_of_another_arm_is_quiet(denial):
    text = f"Zelvara is a daily allergy tablet. {denial}{_FILLER}\n\n{_DROWSY}\n"
    assert contradiction_codes(text) == []


# (review of deny18) the colon topic with a product of two words, which the interventions
# analysis does not take as the page's main product
@pytest.mark.parametrize("name", ["Zelvara Night", "Calmo Plus"])
def test_a_colon_topic_with_a_two_word_name_meets_the_harm(name):
    denial = f"Headaches: not a problem with {name}, even after a late night."
    harm = f"Headaches are a common side effect of {name}."
    text = f"Our panel spent a month on {name}. Most slept well. {denial} The box is small.\n\n{harm}\n"
    assert flags_pair(text, denial, harm)


@pytest.mark.parametrize("denial", [
    "Headaches: not a problem with Dorvix Day, even after a late night.",
    "Headaches: not a problem with the Dorvix Night version.",
    "Headaches: see your GP if they last with Zelvara Night.",
])
def test_a_colon_topic_of_another_two_word_name_or_no_denial_is_quiet(denial):
    text = (f"Our panel spent a month on Zelvara Night. Most slept well. {denial} The box is small.\n\n"
            "Headaches are a common side effect of Zelvara Night.\n")
    assert contradiction_codes(text) == []


# -- M4: lay effect words (blood sugar "dropped too low" is hypoglycaemia); an effect verb's
#    subject must be the product ------------------------------------------------------------------

def test_a_lay_phrase_for_low_blood_sugar_meets_its_denial():
    assert _conflicts("Zelvara does not cause hypoglycaemia.", "Zelvara can push your blood sugar too low.")


@pytest.mark.parametrize("one,other", [
    ("Zelvara does not cause hypoglycaemia.", "Insulin can push your blood sugar too low."),
    ("Zelvara does not cause hypoglycaemia.", "Skipping meals can make your blood sugar drop too low."),
    ("Zelvara does not cause hypoglycaemia.", "Is your blood sugar too low? Eat something sweet."),
    ("Zelvara does not cause hypoglycaemia.", "If your blood glucose drops too low, take glucose tablets."),
])
def test_low_blood_sugar_of_another_cause_a_question_or_advice_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("text", [
    "Some painkillers constipate. Ask your pharmacist which ones. Paramol does not cause constipation.",
    "Exercise can push your glucose too low if you use insulin. Diabeat tablets never cause hypos, its maker says.",
    "A hypo is when your blood glucose drops too low. Sulfonylureas can cause hypos. Metformin alone does not.",
    "Codeine can constipate you, so take a laxative with it. Fibrex does not cause bloating.",
    "Insulin pumps push insulin under the skin. Dexcom sensors do not cause skin irritation in most users.",
])
def test_ordinary_passages_with_effect_verbs_are_quiet(text):
    assert contradiction_codes(text) == []


# -- M5: a change said with the measure as subject, after one use of the product ------------------

@pytest.mark.parametrize("claim,change", [
    ("Zelvara lowers blood pressure.", "Expect your blood pressure to climb for an hour or two after each scoop."),
    ("Zelvara lowers blood pressure.", "Your blood pressure may rise within minutes of each dose."),
    ("Zelvara does not raise blood pressure.", "Blood pressure goes up after every serving."),
    ("Zelvara lowers your heart rate.", "Your heart rate climbs after each dose."),
])
def test_a_change_after_each_use_is_the_products(claim, change):
    assert _conflicts(claim, change)


@pytest.mark.parametrize("claim,change", [
    ("Zelvara lowers blood pressure.", "Blood pressure climbs after each meal."),
    ("Zelvara lowers blood pressure.", "Expect your blood pressure to climb after each scoop of Dorvix."),
    ("Zelvara lowers blood pressure.", "Your blood pressure may rise after each cup of coffee."),
    ("Zelvara lowers blood pressure.", "Does your blood pressure climb after each dose?"),
    ("Zelvara lowers blood pressure.", "If your blood pressure climbs after each dose, see your GP."),
    ("Zelvara lowers blood pressure over weeks.", "Blood pressure can climb after each session of heavy lifting."),
    ("Zelvara lowers blood pressure.", "Your blood pressure rose after each dose of Dorvix."),
    ("Zelvara lowers blood pressure.", "In the placebo group, blood pressure rose after each dose."),
])
def test_a_change_after_another_thing_a_question_or_advice_is_quiet(claim, change):
    assert _quiet(claim, change)


@pytest.mark.parametrize("text", [
    "Pulsex is a pre-workout powder. Your heart rate climbs after each set, which is normal. Pulsex does not raise your resting heart rate.",
    "Sleepeze lowers your heart rate at night. Your heart rate goes up after each cup of coffee, so avoid caffeine late.",
    "Bisolex slows the heart. If your pulse climbs after each dose, tell your doctor at once.",
    "Insulex lowers glucose. Your glucose may rise after each snack; that is why we suggest protein snacks.",
])
def test_ordinary_passages_with_changes_after_a_use_are_quiet(text):
    assert contradiction_codes(text) == []


# -- M6: a cleft report with the verb of living through it ("go through") --------------------------

@pytest.mark.parametrize("report,denial", [
    ("Headaches are something most users of Zelvara go through.", "Zelvara does not cause headaches."),
    ("Stomach cramps are something many people taking Zelvara go through.", "Zelvara never causes stomach cramps."),
])
def test_a_cleft_of_living_through_it_meets_the_denial(report, denial):
    assert _conflicts(report, denial)


@pytest.mark.parametrize("report,denial", [
    ("Headaches are something nearly all people with migraine go through.", "Zelvara does not cause headaches."),
    ("Headaches are something most users of Dorvix go through.", "Zelvara does not cause headaches."),
    ("Headaches are something many of my clients go through before they start.", "Zelvara does not cause headaches."),
    ("Is nausea something users of Zelvara go through?", "Zelvara does not cause nausea."),
    ("Headaches are something most office workers go through.", "Zelvara does not cause headaches."),
])
def test_a_cleft_of_people_not_tied_to_the_product_or_a_question_is_quiet(report, denial):
    assert _quiet(report, denial)


# -- M7: the comparison arm's people deny nothing of the product ----------------------------------

@pytest.mark.parametrize("arm", [
    "Not one of the 250 women given a placebo developed a rash.",
    "Not one of the patients in the control group reported a rash.",
    "Not a single volunteer on the dummy pill developed a rash.",
])
def test_the_comparison_arms_people_are_no_denial(arm):
    assert _quiet(arm, "Zelvara can cause a rash.")


def test_the_products_trial_group_still_denies():
    assert _conflicts("Not one of the 250 women in the Zelvara trial developed a rash.", "Zelvara can cause a rash.")


# -- (review of deny18) lay phrases' inflections derived from {v:} marks, not listed -----------------

def test_a_marked_lay_term_stands_for_every_form_and_choice():
    from lint_rules.analysis.concepts import _split

    terms = set(_split("{v:slump} in {energy|mood}|bone tired"))
    assert {"slump in energy", "slumps in mood", "slumped in energy", "slumping in mood", "bone tired"} <= terms
    assert not any("{" in t or "|" in t for t in terms)
    assert _split("aching knees|sore knees") == ("aching knees", "sore knees")  # no marks: as written


@pytest.mark.parametrize("phrase,label", [
    ("blood glucose fell too low", "Hypoglycemia"),
    ("sugar levels have gone too low", "Hypoglycemia"),
    ("throwing up", "Vomiting"),
    ("threw up", "Vomiting"),
    ("couldn't go for days", "Constipation"),
    ("can't go to the loo", "Constipation"),
])
def test_lay_phrases_name_their_effect(phrase, label):
    from lint_rules.analysis.concepts import get_lexicon

    found = get_lexicon().lookup(phrase)
    assert found is not None and found.label == label


@pytest.mark.parametrize("phrase", ["couldn't go", "couldn't go to the shop", "blood sugar", "threw"])
def test_the_same_words_without_the_effect_name_none(phrase):
    from lint_rules.analysis.concepts import get_lexicon

    found = get_lexicon().lookup(phrase)
    assert found is None or found.label not in ("Constipation", "Vomiting", "Hypoglycemia")


def test_the_effect_verbs_are_derived_from_the_marked_lay_phrases():
    from lint_rules.analysis.contradictions import _EFFECT_VERBS

    assert {"constipate", "constipates", "push", "pushing"} <= _EFFECT_VERBS
    assert not {"constipated", "pushed", "throw", "blood"} & _EFFECT_VERBS  # no past (an adjective), no phrasal head
