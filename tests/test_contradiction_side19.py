"""Typed-claim sides the readers still missed (``side19``, issue 14): a direction told as the
STATE a product leaves a part or a person in ("leaves skin drier", "keeps you alert", "sent my
pulse racing"), a verb that is itself a change of a part's state ("moisturises the skin",
"thins your hair"), a change placed in the product's users ("bone density in the group taking
the tablets fell") and a condition whose main clause says the change is the expected one; and
the readings added after it in this file. Each mechanism has pairs that must conflict (both
orders) and the same words where they must not (another product or cause, a question, a
rumour the writer rejects, a negated state, an instruction, a person's condition). Every
sentence is coined for these tests; none is copied from a benchmark row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes
from lint_helpers import pairs_both_ways as _conflicts
from lint_helpers import quiet_both_ways as _quiet

# -- M1: a direction told as a state, or as a verb of a part's change ----------------------------


@pytest.mark.parametrize("one,other", [
    ("Zelvara boosts skin moisture for hours.", "In truth, Zelvara leaves skin drier than before."),
    ("Zelvara hydrates the skin all day long.", "Zelvara left my skin drier than ever."),
    ("Zelvara moisturises even very dry skin.", "Honestly, Zelvara makes your skin drier."),
    ("Zelvara keeps your skin moist and supple.", "Zelvara dries out the skin."),
    ("Zelvara leaves the skin soft and well moisturised.", "Zelvara leaves your face feeling dry and tight."),
    ("Zelvara moisturizes your lips.", "Zelvara dries your lips out within an hour."),
    ("Zelvara will lower your heart rate.", "On Zelvara you may notice your pulse speeding up."),
    ("Zelvara slows your heart rate.", "Users describe their heart rate speeding up after a dose of Zelvara."),
    ("Zelvara slows your pulse.", "Zelvara sent my pulse racing."),
    ("Zelvara thickens thinning hair.", "Zelvara can thin your hair."),
    ("Zelvara makes your hair thicker and fuller.", "Zelvara left my hair thinner than before."),
    ("Zelvara makes you sleepy.", "Zelvara keeps you alert."),
    ("Zelvara keeps you awake and alert all afternoon.", "Zelvara leaves you sleepy."),
    ("Zelvara keeps you sharp and alert.", "Zelvara will make you drowsy."),
    ("Zelvara builds bone density.", "Zelvara thins the bones."),
    ("Zelvara builds up muscle mass.", "Zelvara reduces muscle mass."),
    ("Zelvara boosts your energy.", "Zelvara left me exhausted."),
])
def test_a_state_or_a_change_of_state_is_a_direction(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara boosts skin moisture.", "Dorvix leaves skin drier."),  # another product
    ("Zelvara keeps your skin moist.", "Does Zelvara leave skin drier?"),  # a question
    ("Zelvara moisturises the skin.", "Some say Zelvara leaves skin drier, but that is a myth."),  # a rumour rejected
    ("Zelvara moisturises the skin.", "Eczema leaves skin drier and itchy."),  # the condition's
    ("Zelvara moisturises the skin.", "Cold winter wind leaves skin drier."),  # the weather's
    ("Zelvara moisturises the skin.", "Pat your skin dry before applying Zelvara."),  # an instruction
    ("Zelvara moisturises the skin.", "Keep the area dry for an hour after applying Zelvara."),
    ("Zelvara moisturises the skin.", "Zelvara won't leave your skin dry."),  # a denied drying agrees
    ("Zelvara moisturises the skin.", "Zelvara never leaves skin feeling tight."),
    ("Zelvara moisturises the skin.", "Zelvara can cause a dry mouth."),  # another part
    ("Zelvara moisturises the skin.", "Hot showers dry out your skin, so use Zelvara afterwards."),
    ("Zelvara moisturises the skin.", "Let Zelvara dry on the skin for a minute."),
    ("Zelvara moisturises the skin.", "Zelvara leaves skin less dry."),  # "less" turns the state round
    ("Zelvara lowers your heart rate.", "Untreated, an overactive thyroid sends your pulse racing."),
    ("Zelvara lowers your heart rate.", "Exercise gets your pulse speeding up, which is normal."),
    ("Zelvara lowers your heart rate.", "If your pulse keeps speeding up, see a doctor."),
    ("Zelvara keeps you alert.", "Alcohol makes you sleepy, so avoid it with Zelvara."),
    ("Zelvara keeps you alert.", "Zelvara won't make you drowsy."),
    ("Zelvara makes you sleepy.", "A cup of coffee keeps you alert."),
    ("Zelvara thickens hair.", "Towel-dry your hair, then apply Zelvara."),
    ("Zelvara thickens hair.", "Ageing makes your hair thinner."),
    ("Zelvara thickens hair.", "Dorvix can thin your hair."),
    ("Zelvara builds bone density.", "Smoking thins the bones."),
    ("Zelvara builds bone density.", "Zelvara may not build bone density in everyone."),  # a hedge
])
def test_a_state_of_another_thing_or_a_denied_state_conflicts_with_nothing(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("passage", [
    "Winter tips for dry skin. Central heating leaves skin drier than you might think. A humidifier helps. "
    "Moisturise your hands after washing them. Zelvara cream is one option; it hydrates the skin for hours.",
    "Zelvara is a night cream. Hot showers can dry out your skin, so keep them short. Pat your face dry and "
    "apply a thin layer of Zelvara.",
    "Zelvara is a sleep aid. Screens in the evening keep you alert, so switch them off an hour before bed. "
    "Zelvara makes you sleepy within 30 minutes.",
    "Zelvara is a hair serum. Many things can make your hair thinner: stress, illness and some medicines. "
    "Zelvara thickens fine hair over three months.",
    "Zelvara is a beta blocker. Anxiety can send your pulse racing. Zelvara slows your heart rate, so you may feel calmer.",
    "Zelvara is a shampoo. Towel-dry your hair gently after washing. Leave Zelvara on for two minutes. "
    "It leaves hair fuller and shinier.",
    "Does Zelvara leave your skin dry? No. It hydrates the skin, and our testers agreed.",
    "Zelvara is a cold remedy. A cold can leave you drained for a week. Zelvara eases a blocked nose.",
    "Zelvara is a face mask. Clay masks can leave your skin tight. Zelvara uses no clay, so it leaves skin soft.",
])
def test_ordinary_passages_with_the_state_words_stay_quiet(passage):
    assert contradiction_codes(passage) == []


# -- M1b: a change placed in the product's users; a condition said to be the expected change -----


@pytest.mark.parametrize("one,other", [
    ("Zelvara builds bone density.", "In the trial, bone density in the group taking the tablets fell."),
    ("Zelvara lowers cholesterol.", "Cholesterol among people on Zelvara rose by 8%."),
    ("Zelvara lowers blood pressure.", "Blood pressure in the patients given Zelvara went up."),
    ("Zelvara cuts appetite.", "Appetite among users of Zelvara increased."),
    ("Zelvara will lower your heart rate.", "If you feel your pulse speeding up on Zelvara, this is the expected effect."),
    ("Zelvara hydrates your skin.", "If Zelvara leaves your skin drier at first, that's perfectly normal."),
    ("Zelvara lowers blood pressure.", "If your blood pressure rises on Zelvara, this is normal in the first week."),
])
def test_a_change_in_the_users_or_an_expected_change_is_a_direction(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara lowers cholesterol.", "Cholesterol in the placebo group rose."),
    ("Zelvara lowers cholesterol.", "Cholesterol among people taking Dorvix rose."),
    ("Zelvara builds bone density.", "Bone density in the group taking steroids fell."),
    ("Zelvara lowers blood pressure.", "Blood pressure in the control arm went up."),
    ("Zelvara will lower your heart rate.", "If you feel your pulse speeding up on Zelvara, this is not normal: call your GP."),
    ("Zelvara will lower your heart rate.", "If you feel your pulse speeding up on Zelvara, stop taking it."),
    ("Zelvara lowers blood pressure.", "If your blood pressure rises, see your GP."),
    # a participle after a word of having describes the person, not a change
    ("Zelvara builds bone density.", "I've got thinning bones. Will Zelvara help?"),
    ("Zelvara thickens hair.", "Zelvara is made for people with thinning hair."),
    ("Zelvara lowers blood pressure.", "Zelvara is for people with rising blood pressure."),
])
def test_another_arm_a_warning_condition_or_a_persons_state_is_no_direction(one, other):
    assert _quiet(one, other)


# -- M2: how long results last, said as a predicate, a slogan or a need for top-ups --------------


@pytest.mark.parametrize("one,other", [
    ("Zelvara is permanent.", "Most people need top-up sessions every year."),
    ("Zelvara gives results forever.", "The effect of Zelvara fades within weeks."),
    ("Zelvara clears acne for good.", "You'll need top-ups of Zelvara every few months."),
    ("Zelvara gets rid of warts once and for all.", "The warts often come back after Zelvara."),
    ("Zelvara hair removal is permanent.", "Most people need top-up sessions of Zelvara as hair grows back."),
    ("One course of Zelvara, relief for life.", "Zelvara requires a booster every year."),
    ("The change Zelvara makes is lifelong.", "Zelvara wears off after a few months."),
])
def test_a_permanent_predicate_or_a_need_for_top_ups_is_a_course(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara is permanent.", "The effect of Dorvix wears off after a few months."),  # another product
    ("The results of Dorvix are permanent.", "The effect of Zelvara wears off after a few months."),
    ("Zelvara's results may last for years.", "Zelvara's effects may wear off."),  # hedges that agree
    ("Zelvara clears acne for good.", "Is it true that you need top-ups of Zelvara?"),  # a question
    ("Zelvara clears the rash for good.", "Untreated, the rash fades within weeks anyway."),  # the condition's course
    ("Zelvara clears acne for good.", "Some claim Zelvara needs top-ups, but that is a myth."),  # a rumour rejected
    ("Zelvara hair removal is permanent.", "Stretch marks are permanent, and no cream removes them."),
    ("Zelvara gives results forever.", "Dorvix needs boosters every year."),
    ("Zelvara works for good.", "Zelvara is sold for good causes."),
])
def test_another_products_course_a_hedge_or_a_conditions_course_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("passage", [
    "Zelvara is a tattoo removal laser. Tattoos are permanent, which is why removal takes many sessions. "
    "Most people need six to ten sessions of Zelvara.",
    "Results for life: a guide to healthy habits. Small changes add up. Zelvara is an app that reminds you to walk.",
    "Zelvara is a vaccine. Protection from the older vaccine waned, and people needed boosters. Zelvara is given once a year.",
    "Zelvara is a lip filler. Fillers are not permanent: the body breaks them down. Zelvara lasts about six months, "
    "and you will need a top-up after that.",
    "Zelvara is a scar cream. Scars are permanent, but they fade with time. Zelvara helps them fade faster.",
    "Zelvara is a nicotine patch. It helps you quit once and for all. The cravings fade within weeks for most people.",
    "Your new crown is permanent: it is cemented in place. Zelvara toothpaste keeps the gum around it healthy.",
])
def test_ordinary_passages_with_the_course_words_stay_quiet(passage):
    assert contradiction_codes(passage) == []


# -- M3: treatment effect: a purpose, a relative after the product, a condition cut at a comma, ---
# -- denials said as no help, and a companion product's form ---------------------------------------


@pytest.mark.parametrize("one,other", [
    ("Zelvara relieves itchy, watery eyes.", "Zelvara won't help with itchy, watery eyes."),
    ("Zelvara relieves itchy, watery eyes as well as a blocked nose.", "Zelvara won't help with eye symptoms."),
    ("Take Zelvara to ease next-day muscle soreness.", "For sore muscles, Zelvara does nothing."),
    ("We have given you Zelvara, which treats constipation.", "Zelvara does not treat constipation."),
    ("Zelvara eases back pain.", "Zelvara won't help your back pain."),
    ("Use Zelvara to relieve headaches.", "Zelvara won't relieve headaches."),
    ("Zelvara helps with hay fever.", "Zelvara is no help for hay fever."),
    ("Zelvara calms itchy skin.", "Zelvara won't do anything for itchy skin."),
    ("Zelvara is taken to ease period pain.", "Zelvara doesn't help period pain."),
    ("Zelvara, which relieves bloating, is sold in chemists.", "Zelvara makes no difference to bloating."),
    ("Take Zelvara to ease muscle soreness.",
     "Honest note from our team - for sore muscles, Zelvara does nothing; drink it for the taste."),
    ("Zelvara relieves a blocked nose and sore, red eyes.",
     "Zelvara won't help with eye symptoms, so pair it with eye drops if your eyes are sore."),
])
def test_a_treatment_side_in_other_words_conflicts(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara relieves itchy, watery eyes.", "Dorvix won't help with itchy, watery eyes."),  # another product
    ("Zelvara relieves itchy, watery eyes.", "Will Zelvara help with itchy, watery eyes?"),  # a question
    ("Zelvara eases back pain.", "Some say Zelvara won't help your back pain, but that is wrong."),  # a rumour rejected
    ("Take Zelvara to ease muscle soreness.", "Dorvix does nothing for sore muscles."),
    ("Take Zelvara to ease muscle soreness.", "Zelvara may not help your sore muscles."),  # a hedged denial
    ("Zelvara eases back pain.", "Rest won't help your back pain."),
    ("Zelvara relieves bloating.", "Peppermint tea makes no difference to bloating."),
    ("Zelvara calms itchy skin.", "Scratching won't do anything for itchy skin."),
    ("Zelvara relieves headaches.", "Some people take Zelvara to ease hangovers, but it does nothing for them."),
    ("Zelvara relieves dry, cracked lips.", "Zelvara won't help with a sore throat."),  # another condition
    ("Zelvara treats constipation.", "Doctors use Dorvix to treat constipation."),
    ("Zelvara relieves bloating.", "A word of warning - for bloating, Dorvix does nothing."),
    ("Zelvara relieves bloating.", "Our verdict - for the price, it does nothing special."),
])
def test_another_products_denial_a_hedge_or_another_condition_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("passage", [
    "Zelvara is a hay fever spray. It relieves a blocked nose. It won't help with itchy eyes, so use eye drops too.",
    "Zelvara is an antacid. It is taken to ease heartburn. It does nothing for stomach ulcers, so see your GP.",
    "Take Zelvara after meals to settle your stomach. Peppermint tea is no help for nausea in pregnancy, midwives say.",
    "Zelvara eye drops relieve dry, gritty eyes. They won't help with eye infections; see a pharmacist for those.",
    "Dorvix, which treats fungal nail infections, is sold online. Zelvara is a nail polish. It does nothing for infections.",
    "Use Zelvara to soothe sore, tired feet. It won't do anything for bunions, which need a podiatrist.",
    "Zelvara is a cough syrup. Many people take it to ease a tickly cough. Honey, which soothes the throat, is a "
    "good alternative. It won't help with a chesty cough.",
])
def test_ordinary_passages_with_the_treatment_words_stay_quiet(passage):
    assert contradiction_codes(passage) == []


# -- fixes after the corpus run: "them" is no user; a quoted sentence's first word is no name --------


@pytest.mark.parametrize("passage", [
    # "them" is rats here: the person parts of a state leave out him/her/them
    "Zelvara is melatonin in a spray. Rats are nocturnal, so Zelvara may play a role in keeping them awake. "
    "The most commonly reported side effect of Zelvara was drowsiness.",
    # the capital of a quoted sentence's first word names no product
    "Zelvara Cream\nStretch marks affect men too, says a dermatologist. \"Unfortunately, stretch marks are permanent.\" "
    "Over time the lines pale and flatten by themselves, though it may take years. Zelvara is a cream.",
])
def test_a_state_of_others_or_a_quoted_conditions_course_stays_quiet(passage):
    assert contradiction_codes(passage) == []


# -- M4: interaction and scope sides in other words -------------------------------------------------


@pytest.mark.parametrize("one,other", [
    ("Zelvara plays nicely with any medication you may already be on.", "Zelvara can make the contraceptive pill less effective."),
    ("Zelvara works fine alongside your other tablets.", "Zelvara can raise blood levels of digoxin."),
    ("Zelvara is safe for all users.", "People with pacemakers must not use Zelvara."),
    ("Zelvara is suitable for everyone.", "Zelvara is not for pregnant women."),
])
def test_an_interaction_or_scope_side_in_other_words_conflicts(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara is safe for all users.", "Dorvix is not for pregnant women."),
    ("Zelvara is suitable for everyone.", "Zelvara is not for everyday use."),  # no group named
    ("Zelvara is suitable for everyone.", "Is Zelvara not for pregnant women?"),
    ("Zelvara works fine alongside your other tablets.", "Dorvix can raise blood levels of digoxin."),
    ("Zelvara plays nicely with any medication you may already be on.",
     "Dorvix can make the contraceptive pill less effective."),
])
def test_another_products_warning_or_no_group_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("passage", [
    "Zelvara is a gym for all users. The pool is not for children under eight. The sauna is open daily.",
    "Zelvara works fine alongside your other tablets, the pharmacist says. The app is not for medical advice.",
    "Zelvara may play nicely with other medicines, but ask your pharmacist. It can make the contraceptive pill less effective.",
])
def test_ordinary_passages_with_the_interaction_and_scope_words_stay_quiet(passage):
    assert contradiction_codes(passage) == []


def test_too_little_of_the_product_failing_is_no_denial_of_its_benefit():
    passage = ("Zelvara is a blood thinner that doctors often give patients to stop blood clots. Too much "
               "Zelvara can cause bleeding; too little Zelvara fails to prevent blood clots.")
    assert contradiction_codes(passage) == []
    assert _conflicts("Zelvara is prescribed to prevent blood clots.", "Zelvara fails to prevent blood clots.")


@pytest.mark.parametrize("passage", [
    "Zelvara is suitable for nearly everyone with mild bladder leakage. It uses gentle pulses. "
    "It is not for people with pacemakers.",
    "Zelvara is suitable for almost anyone. It is sold in pharmacies. Zelvara is not for pregnant women.",
])
def test_nearly_everyone_is_no_promise_for_everyone(passage):
    assert contradiction_codes(passage) == []


# -- Review fixes (issue 14's blind review) -------------------------------------------------------


def test_the_words_between_a_part_and_its_state_are_read_in_linear_time():
    """Each word between the part and its state is read one way only: "and" was a between-word
    and the end of "<word> and", so a long run of them backtracked (quadratically)."""
    import time

    from lint_rules.analysis.direction_states import state_changes

    run = "it leaves your skin " + "feeling really so very and " * 600 + "calm."
    started = time.perf_counter()
    assert state_changes(run) == []
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize("text,want", [
    ("it leaves the skin soft and well moisturised.", "skin_moisture up"),
    ("it leaves your face feeling really soft and so very dry.", "skin_moisture down"),
    ("it leaves your face feeling and looking dry.", "skin_moisture down"),
])
def test_a_state_after_another_state_word_and_between_words_is_still_read(text, want):
    from lint_rules.analysis.direction_states import state_changes

    assert [s for _, _, s in state_changes(text)] == [want]


def test_a_run_of_between_words_without_a_state_is_no_state():
    from lint_rules.analysis.direction_states import state_changes

    assert state_changes("it leaves your skin feeling really so very and calm.") == []


@pytest.mark.parametrize("one,other", [
    ("Zelvara, not jet lag, makes you sleepy.", "Zelvara keeps you alert."),  # the product is the causer
    ("Not jet lag but Zelvara makes you sleepy.", "Zelvara keeps you alert."),
    ("Zelvara, sold in a blue box, keeps you alert.", "Zelvara makes you sleepy."),  # a box said aside
    ("The Zelvara tablets keep you alert.", "Zelvara makes you sleepy."),
])
def test_the_product_as_the_causer_still_conflicts(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Jet lag, not Zelvara, makes you sleepy.", "Zelvara keeps you alert."),  # a negated apposition
    ("Stress, not Zelvara, leaves skin drier.", "Zelvara moisturises the skin."),
    ("Not Zelvara but the cold wind leaves skin drier.", "Zelvara moisturises the skin."),
    ("The Zelvara leaflet is long enough to make you sleepy.", "Zelvara keeps you alert."),  # its document
    ("The leaflet for Zelvara could make you sleepy.", "Zelvara keeps you alert."),
    ("The Zelvara website makes you sleepy.", "Zelvara keeps you alert."),
    ("Its box is so dull it makes you sleepy.", "Zelvara keeps you alert."),
    ("The Zelvara price tag leaves you drained.", "Zelvara boosts your energy."),
])
def test_a_causer_that_is_not_the_product_or_only_its_document_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("text,word,not_word", [
    ("itchy, watery eyes", "eye", "eyes"),  # a short plural of a part folds (wordforms)
    ("sore lips", "lip", "lips"),
    ("red, sore ears", "ear", "ears"),
    ("what it does for sleep", "does", "doe"),  # no part: no fold
    ("hives on the arms", "hive", "hives"),  # longer plurals fold as before (normalise_token)
])
def test_a_short_plural_folds_only_to_a_known_part(text, word, not_word):
    from lint_rules.analysis.typed_claims import _topic_words

    words = _topic_words(text)
    assert word in words and not_word not in words


def test_the_state_readings_inflect_verbs_with_the_readers_public_rule():
    """``direction_states`` takes the harm reader's verb forms through its public function,
    not a private name (the review's defect): the same forms, irregulars included."""
    import ast
    from pathlib import Path

    from lint_rules.analysis import direction_states
    from lint_rules.analysis.claim_reader import verb_form_patterns

    tree = ast.parse(Path(direction_states.__file__).read_text(encoding="utf-8"))
    imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("lint_rules")
                for a in n.names]
    assert not [name for name in imported if name.startswith("_")]
    irregular = {"make": ["made", "making"]}
    assert "made" in verb_form_patterns("make", irregular)
    assert r"led\s+to" in verb_form_patterns("lead to", {"lead": ["led"]})


def test_the_small_patterns_closed_class_words_are_data():
    """``_PERSON_MODAL_AFTER``, ``_WHICH_AFTER`` and the definite subject of a state take their
    words from ``contradiction_claims.toml [relatives]`` (the review's defect: word runs in code)."""
    from lint_rules.analysis import typed_claims
    from lint_rules.knowledge import read_toml

    words = read_toml("contradiction_claims.toml")["relatives"]
    assert all(w in typed_claims._PERSON_MODAL_AFTER.pattern for w in words["person_subjects"] + words["person_modals"])
    assert all(w in typed_claims._WHICH_AFTER.pattern for w in words["which_adverbs"])
    assert typed_claims._WHICH_AFTER.search("zelvara, which gently ")
    assert not typed_claims._WHICH_AFTER.search("zelvara, which sadly ")
    assert typed_claims._PERSON_MODAL_AFTER.match(" you may already be on")
    assert not typed_claims._PERSON_MODAL_AFTER.match(" you take daily")
