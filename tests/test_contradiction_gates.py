"""Issue 14, held-out precision (branch conprec2): the general gates that decide whether two
opposing claims can both be true as written. Each gate has a control that must not fire
and a conflict of the same shape that must still fire. Every passage here is written for
these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

# -- another voice's claim, reported and then answered (claim_limits.voice_disputed) --------

@pytest.mark.parametrize("text", [
    "My brother insists that garlic pills cure his colds. I read the research. Good trials have "
    "found garlic does not shorten colds. I'll stick with rest and fluids.",
    "Some bloggers say that Zenorin causes hair loss. Dermatologists said there is no evidence "
    "for this. Zenorin does not cause hair loss, according to a review of 40 trials. It is taken once a day.",
    "A popular video says statins cause memory loss. That has not held up. Large trials found "
    "statins do not cause memory loss. Muscle aches are the main side effect.",
    "Plenty of people believe that cold water cures a hangover. It does not. Water does not "
    "relieve hangover headaches any faster than time. Rest is the real cure.",
    "The makers of Trimvex say it has no side effects. The regulator disagreed. Trimvex can cause "
    "heart palpitations, the regulator's review found. It has been withdrawn in two countries.",
])
def test_a_claim_passed_on_and_then_answered_is_not_the_articles(text):
    assert not contradictions(text), text


@pytest.mark.parametrize("text", [
    "Garlic pills cure colds, full stop. I read the research before writing this. Good trials "
    "have found garlic does not shorten colds. I still take them every winter.",
    # passed on, never answered: the article repeats it as its own
    "My pharmacist says Trimvex has no side effects. It is taken once a day. Trimvex can cause "
    "heart palpitations in some users. It is sold online.",
])
def test_the_same_claims_in_the_articles_own_voice_still_conflict(text):
    assert contradictions(text), text


# -- a correction or a rumour answered: the publication's own earlier word, what people have
# heard or read, and a verdict by a negated copula ([voice] speaker, verb, rejection) ----------

@pytest.mark.parametrize("text", [
    "In our spring issue we wrote that Calmora tea causes no drowsiness. That was a mistake. Calmora "
    "tea can cause drowsiness in some drinkers. We are sorry for the error.",
    "Last week's column stated that Velbrix has no drug interactions. This is not correct. Velbrix "
    "can raise blood levels of warfarin. Ask your pharmacist.",
    "Many parents have heard that Nuvola drops never cause a rash. That isn't true. Nuvola drops can "
    "cause a rash in babies with eczema. Stop using them if this happens.",
    "Some readers have read that Quellin causes no stomach upset. This isn't the case. Quellin can "
    "cause stomach upset, especially on an empty stomach. Take it with food.",
])
def test_a_corrected_or_answered_claim_is_not_the_articles(text):
    assert not contradictions(text), text


@pytest.mark.parametrize("text", [
    # the publication stands by its word: no answer, so the claim is the article's
    "We wrote last year that Calmora tea causes no drowsiness, and we stand by it. It is made from "
    "three herbs. Calmora tea can cause drowsiness in some drinkers. Do not drive after a cup.",
    # a negated copula that answers nobody's claim
    "Some parents say Nuvola drops are gentle. Nuvola drops never cause a rash. It isn't true that "
    "they sting. Nuvola drops can cause a rash in babies with eczema.",
])
def test_a_claim_nobody_answers_still_conflicts(text):
    assert contradictions(text), text


# -- groups named by age or life stage (claim_limits.population) -----------------------------

@pytest.mark.parametrize("text", [
    "For adults, Pollexa nasal spray does not cause drowsiness. It is used once daily. It is not "
    "licensed for toddlers. In toddlers the spray can cause drowsiness and should not be used. "
    "Ask a pharmacist for advice.",
    "In healthy adults, Tavrix is safe and causes no bleeding problems. The course is five days. "
    "Bleeding can occur in people on blood thinners who take Tavrix. Your pharmacist will check your medicines.",
])
def test_a_claim_for_one_age_group_and_a_harm_in_another_do_not_conflict(text):
    assert not contradictions(text), text


@pytest.mark.parametrize("text", [
    "Pollexa nasal spray does not cause drowsiness. It is used once daily. It is sold in most "
    "pharmacies. In adults the spray can cause drowsiness, so do not drive. Ask a pharmacist for advice.",
    # a group within the promised one is no other group
    "For adults, Pollexa nasal spray does not cause drowsiness. It is used once daily. It is sold "
    "in most pharmacies. In adults with asthma the spray can cause drowsiness. Ask a pharmacist for advice.",
])
def test_the_same_age_group_or_a_group_within_it_still_conflicts(text):
    assert contradictions(text), text


# -- normal use against too much (scopes: the amount dimension) ----------------------------------

@pytest.mark.parametrize("text", [
    "Taken as directed, Dolvan causes no liver damage. The maximum is four tablets a day. Taking "
    "more than that can cause liver damage. Store it safely.",
    "At normal doses, zinc lozenges do not cause nausea. Suck one every three hours. At high doses, "
    "zinc can cause nausea and a metallic taste. Do not use for more than a week.",
])
def test_a_claim_for_normal_use_and_a_harm_from_too_much_do_not_conflict(text):
    assert not contradictions(text), text


def test_a_harm_at_the_normal_dose_still_conflicts():
    text = ("Taken as directed, Dolvan causes no liver damage. The maximum is four tablets a day. "
            "Even at the recommended dose, Dolvan can cause liver damage. Store it safely.")
    assert contradictions(text)


# -- an earlier product against today's (assertion_cues.toml [historical]) ------------------

@pytest.mark.parametrize("text", [
    "Before it was reformulated in 2019, Brevia caused stomach cramps in some users. The company "
    "changed the coating. Today Brevia does not cause stomach cramps. It is taken once daily.",
    "Our new sugar-free lozenge does not harm tooth enamel. It soothes sore throats in minutes. "
    "The original lozenge contained sugar and could wear away tooth enamel. Ask for the green pack.",
])
def test_an_earlier_product_and_todays_do_not_conflict(text):
    assert not contradictions(text), text


def test_the_same_product_today_still_conflicts():
    text = ("Brevia does not cause stomach cramps. The company changed the coating last year. "
            "Brevia can cause stomach cramps in some users. It is taken once daily.")
    assert contradictions(text)


# -- another member of the product's family (assertions.variant_apart) ----------------------

@pytest.mark.parametrize("text", [
    "The egg-free version of our flu jab is suitable for people with egg allergy. For everyone else "
    "we use the regular jab. The regular jab may contain traces of egg. Book at reception.",
    "Our practice stocks a plant-grown shingles vaccine that is suitable for people with egg allergy. "
    "Other patients get the usual one. The standard vaccine may contain traces of egg. Ask at the desk.",
])
def test_the_usual_member_of_a_family_is_another_product(text):
    assert not contradictions(text), text


def test_the_same_product_on_both_sides_still_conflicts():
    text = ("Our flu jab is suitable for people with egg allergy. It is given in October. The jab "
            "may contain traces of egg. Book at reception.")
    assert contradictions(text)


# -- the disease, or the state before treatment (claim_limits.disease_state) ----------------

@pytest.mark.parametrize("text", [
    "Glucorin lowers blood sugar within hours. It comes as a daily tablet. People with untreated "
    "diabetes often arrive at the clinic with raised blood sugar and thirst. Those are signs of the "
    "disease itself. Glucorin is taken with breakfast.",
    "Doctors say Rennix does not cause nausea. It is taken for migraine attacks. Many patients on "
    "the ward have nausea and vomiting. These symptoms come from the migraine, not the medicine. "
    "It works within two hours.",
])
def test_a_symptom_the_article_gives_to_the_disease_is_no_effect_of_the_product(text):
    assert not contradictions(text), text


def test_the_same_effect_given_to_the_product_still_conflicts():
    text = ("Doctors say Rennix does not cause nausea. It is taken for migraine attacks. Many patients "
            "taking Rennix develop nausea and vomiting. Doctors track this closely. It works within two hours.")
    assert contradictions(text)


# -- hedges that agree (a denial that grants the effect; a minority or low frequency) --------

@pytest.mark.parametrize("text", [
    "Kelvra is mostly gentle on the stomach and causes no heartburn, though a few users do get heartburn. "
    "It is taken with meals. In the main trial, heartburn was reported by about two in every hundred users. "
    "Antacids help if it happens.",
    "Somilo is usually non-drowsy, although some people feel drowsy after the first dose. It is "
    "taken in the evening. Drowsiness affected 4% of volunteers in trials. Do not drive if you feel sleepy.",
])
def test_a_denial_that_grants_the_effect_agrees_with_a_minority_harm(text):
    assert not contradictions(text), text


def test_an_absolute_denial_against_the_same_minority_harm_still_conflicts():
    text = ("Kelvra never causes heartburn. It is taken with meals. In the main trial, heartburn was "
            "reported by about two in every hundred users. Antacids help if it happens.")
    assert contradictions(text)


# -- a recipe without the allergen against a cross-contact warning (claim_limits.recipe_apart)

@pytest.mark.parametrize("text", [
    "Our oat cookies contain no peanuts in the recipe. They are baked with oats and raisins. They are "
    "made on a line that also handles peanuts, so traces may be present. Not suitable for people with "
    "peanut allergy.",
    "This flapjack is made without eggs. It is sweetened with date syrup. It is baked in a kitchen that "
    "also uses eggs and may contain traces. Store in a cool place.",
    "The recipe for our trail mix has no peanuts. It is a blend of seeds and dried fruit. Because it is "
    "packed in a plant that handles peanuts, it may contain traces of them. Keep sealed.",
])
def test_a_recipe_claim_and_a_cross_contact_warning_do_not_conflict(text):
    assert not contradictions(text), text


@pytest.mark.parametrize("text", [
    "Our oat cookies contain no peanuts in the recipe. They are baked with oats and raisins. People "
    "with peanut allergy should avoid them, as they contain peanut flour. Enjoy them with tea.",
    # a free-of claim not limited to the recipe still conflicts with traces
    "Our oat cookies are peanut-free. They are baked with oats and raisins. They may contain traces "
    "of peanuts. Enjoy them with tea.",
])
def test_an_allergen_named_as_an_ingredient_or_an_unlimited_promise_still_conflicts(text):
    assert contradictions(text), text


def test_a_denial_limited_to_most_people_agrees_with_a_hedged_harm():
    text = ("Fervane may cause mild nausea in some people. It is a once-daily tablet. For most, nausea "
            "is not a problem. Take it with food.")
    assert not contradictions(text)


def test_a_modal_inside_a_denial_does_not_hedge_it():
    text = ("There is nothing in Fervane that could cause nausea. It is a once-daily tablet. Fervane "
            "causes nausea in many people who take it. Take it with food.")
    assert contradictions(text)


# -- another product set against this one (assertions.contrasted_other) ---------------------

@pytest.mark.parametrize("text", [
    "Our mineral sunscreen does not irritate the eyes. It uses zinc oxide. Chemical sunscreens, on the "
    "other hand, can sting and irritate the eyes. Reapply every two hours.",
])
def test_another_product_set_against_this_one_is_not_this_one(text):
    assert not contradictions(text), text


def test_the_same_product_in_a_contrast_still_conflicts():
    text = ("Our mineral sunscreen does not irritate the eyes. It uses zinc oxide. It, on the other "
            "hand, can sting and irritate the eyes. Reapply every two hours.")
    assert contradictions(text)


# -- a group and its complement (claim_limits.population, NOT_GROUP) ------------------------

@pytest.mark.parametrize("text", [
    "Unless you have liver disease, Hepzin does not cause jaundice. It is taken once a day. People with "
    "liver disease who take Hepzin can develop jaundice. Ask your doctor.",
    "Except in people with a sulfa allergy, Sulvex causes no rash. It is a short antibiotic course. In "
    "those with a sulfa allergy, a rash can appear within days. Stop and call your doctor if so.",
])
def test_a_claim_for_everyone_outside_a_group_and_a_harm_inside_it_do_not_conflict(text):
    assert not contradictions(text), text


def test_a_harm_in_an_overlapping_group_still_conflicts():
    # "people with liver disease" is not the complement of "people with diabetes"
    text = ("Unless you have diabetes, Hepzin does not cause jaundice. It is taken once a day. People "
            "with liver disease who take Hepzin can develop jaundice. Ask your doctor.")
    assert contradictions(text)


def test_the_maker_against_another_voice_is_a_reported_dispute():
    text = ("Consumer groups say Slimora causes heart palpitations. The company insists Slimora causes "
            "no palpitations and says its trials prove it. Regulators are reviewing the data. The "
            "product remains on sale.")
    assert not contradictions(text)


def test_the_makers_claim_against_the_articles_own_statement_still_conflicts():
    text = ("The company insists Slimora causes no palpitations. It is sold in chemists. Slimora causes "
            "heart palpitations in many users. The product remains on sale.")
    assert contradictions(text)


def test_several_doses_at_once_is_too_much():
    text = ("Used as directed, melatonin gummies do not cause next-day grogginess. Each gummy holds 1 mg. "
            "Taking several gummies at once can leave you groggy the next morning. Stick to one.")
    assert not contradictions(text)


# -- two named subjects (assertions.opening_names_apart) ------------------------------------

@pytest.mark.parametrize("text", [
    "Statins such as atorvastatin can cause muscle aches. Ezetimibe, a different kind of cholesterol "
    "drug, does not cause muscle aches. Your doctor can switch you if needed. Both lower cholesterol.",
    "Velnor's rival, Zantrex, is known to cause insomnia. Velnor does not cause insomnia, trials show. "
    "Both are taken in the morning. Velnor costs more.",
])
def test_two_sentences_about_two_named_interventions_do_not_conflict(text):
    assert not contradictions(text), text


@pytest.mark.parametrize("text", [
    "Velnor does not cause insomnia, trials show. Both versions are taken in the morning. Velnor can "
    "cause insomnia in some users. Velnor costs more.",
    # the other drug as the subject of an interaction still speaks of this one
    "Somnol doesn't interact with other drugs. It is sold without a prescription. Fluvoxamine, an "
    "antidepressant, can greatly increase the amount of Somnol in the blood.",
])
def test_the_same_named_intervention_or_an_interaction_still_conflicts(text):
    assert contradictions(text), text


def _planted(a: str, b: str) -> str:
    return (f"Norvex is a tablet sold over the counter. {a} Pharmacies stock it in two pack sizes. "
            f"Most people take it with breakfast. {b} Keep it out of reach of children.")


@pytest.mark.parametrize("a, b", [
    ("Norvex does not cause drowsiness.", "The discontinued night-time version of Norvex caused drowsiness."),
    ("Since 2023, Norvex has been free of dyes that cause rashes.", "Rashes from dyes were reported with Norvex before 2023."),
    ("Norvex relieves back pain.", "Some sceptics insist Norvex does nothing for back pain, but trials disagree."),
    ("Norvex is safe in pregnancy.", "Ibuprofen, unlike Norvex, should be avoided in late pregnancy."),
    ("One Norvex tablet a day does not cause stomach pain.", "Taking three or more Norvex tablets a day can cause stomach pain."),
])
def test_planted_controls_of_each_class_do_not_fire(a, b):
    assert not contradictions(_planted(a, b)), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Norvex does not cause drowsiness.", "Norvex can make you drowsy."),
    ("Norvex relieves back pain.", "Norvex does not relieve back pain, a large trial found."),
    ("Norvex is safe for everyone.", "Norvex should not be given to children under 12."),
])
def test_planted_conflicts_of_the_same_shapes_still_fire(a, b):
    assert contradictions(_planted(a, b)), (a, b)


# -- interactions with one named partner (claim_limits.partners_apart) ----------------------

@pytest.mark.parametrize("a, b", [
    ("Norvex does not interact with the contraceptive pill.", "Norvex can interact with some epilepsy drugs."),
    ("Norvex has no interactions with food.", "Norvex can interact with certain antibiotics."),
])
def test_a_denial_for_one_partner_and_an_interaction_with_another_do_not_conflict(a, b):
    assert not contradictions(_planted(a, b)), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Norvex does not interact with blood thinners.", "Norvex can boost the effect of warfarin."),
    ("Norvex mixes safely with all common heart drugs.", "Taken with simvastatin, Norvex can raise statin levels."),
])
def test_a_member_of_the_partners_class_or_a_denial_for_all_still_conflicts(a, b):
    assert contradictions(_planted(a, b)), (a, b)


# -- time frames, a benefit that fails in one group, what people once believed --------------

@pytest.mark.parametrize("a, b", [
    ("Norvex raises energy levels in the morning.", "Later in the evening, Norvex can lower energy as it wears off."),
    ("Norvex does not cause nausea in the long term.", "Norvex can cause nausea in the first few weeks."),
    ("Norvex improves sleep for many users.", "Norvex does not improve sleep in people with sleep apnoea."),
    ("Doctors once thought Norvex was safe for everyone.", "We now know that Norvex should not be given to children."),
])
def test_a_time_a_group_or_a_past_belief_keeps_the_sides_apart(a, b):
    assert not contradictions(_planted(a, b)), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Norvex raises energy levels.", "Norvex can lower energy levels."),
    ("Norvex does not cause nausea in the long term.", "Norvex can cause nausea with long-term use."),
    ("Norvex improves sleep.", "Norvex does not improve sleep, a large trial found."),
])
def test_the_same_time_or_no_group_still_conflicts(a, b):
    assert contradictions(_planted(a, b)), (a, b)


@pytest.mark.parametrize("text", [
    "Nurses at the clinic say the new dressing is painless to remove. It is made from silicone. Older "
    "adhesive dressings can tear fragile skin and cause pain on removal, they said. The dressing costs 80p.",
    "\"Our patch causes no skin irritation,\" the company's founder claimed at the launch. Dermatologists "
    "were not convinced. \"Any adhesive patch can irritate the skin in some people,\" said Dr Ana Ruiz. "
    "The patch goes on sale in May.",
    "In children, Febrol does not cause stomach upset. It is a liquid given every six hours. Adults taking "
    "the tablet form sometimes report stomach upset. Both forms reduce fever.",
])
def test_news_controls_other_members_unconvinced_experts_and_age_subjects(text):
    assert not contradictions(text), text


def test_how_a_product_is_used_is_not_another_member_of_its_kind():
    text = ("Licorice root tea lowers blood pressure naturally. Drink a cup after dinner. Regular use of "
            "licorice root tea can raise blood pressure by making the body hold on to salt.")
    assert contradictions(text)


@pytest.mark.parametrize("text", [
    "Taken with food, Ixora doesn't upset the stomach. It is a once-daily tablet. Taken on an empty "
    "stomach, Ixora can cause stomach upset. Most people take it with breakfast.",
    "Pillowcalm spray is safe for children over six. It is sprayed on the pillow. The spray should not "
    "be used on babies or toddlers. Keep it out of reach of pets.",
    "Hydraflow saline spray won't dry out your nose. You can use it several times a day. Decongestant "
    "sprays, used for more than a week, can dry out the nose and make congestion worse. Hydraflow "
    "contains only salt water.",
])
def test_how_it_is_taken_another_age_and_another_kind_keep_the_sides_apart(text):
    assert not contradictions(text), text


@pytest.mark.parametrize("text", [
    "Taken with food, Ixora doesn't upset the stomach. It is a once-daily tablet. Taken with food, "
    "Ixora can still cause stomach upset. Most people take it with breakfast.",
    "Pillowcalm spray is safe for children. It is sprayed on the pillow. The spray should not be used "
    "on children under three. Keep it out of reach of pets.",
])
def test_the_same_way_of_taking_it_or_a_group_within_still_conflicts(text):
    assert contradictions(text), text


def _trial(a: str, b: str) -> str:
    return (f"Researchers tested Olvarin, a new tablet for joint pain. {a} The study followed 300 adults "
            f"for a year. Funding came from a university grant. {b} The results appear in a medical journal.")


@pytest.mark.parametrize("a, b", [
    ("The placebo group reported no headaches.", "Headaches were reported in 10% of people taking Olvarin."),
    ("Olvarin did not raise blood pressure.", "In the comparison group, which took naproxen, blood pressure rose."),
    ("Olvarin's makers say its effects are permanent, a claim the researchers rejected.",
     "The pain returned within months in most people who stopped Olvarin."),
    ("Nobody should expect Olvarin's effects to last for ever.", "The pain relief from Olvarin fades after the course ends."),
])
def test_trial_controls_the_comparison_arm_a_rejected_claim_and_a_denied_promise(a, b):
    assert not contradictions(_trial(a, b)), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Olvarin did not cause headaches.", "Headaches were reported in 10% of people taking Olvarin."),
    ("Olvarin's effects are permanent.", "The pain relief from Olvarin fades after the course ends."),
    ("Olvarin eases knee pain.", "In the largest trials, Olvarin worked no better than placebo for knee pain."),
])
def test_trial_conflicts_of_the_same_shapes_still_fire(a, b):
    assert contradictions(_trial(a, b)), (a, b)


def test_a_contracted_negation_before_a_safety_promise_denies_it() -> None:
    # "isn't suitable for …" turns the promise round as "not suitable for …" does
    from lint_rules.analysis.contradictions import _NEGATED_CUE

    for before in ("Not ", "It is not ", "It isn't ", "They aren't ", "It should never be "):
        assert _NEGATED_CUE.search(before), before
    assert not _NEGATED_CUE.search("It is ")


# -- a group of users is no other member of the product's kind (assertions.other_member_apart,
#    branch contra9) ------------------------------------------------------------------------

def test_a_group_of_users_is_no_other_member_of_the_kind():
    from lint_rules.analysis.assertions import other_member_apart
    from lint_rules.parsing import parse_document

    # "Older people taking Dermova": its users, not an older Dermova
    doc = parse_document("<t>", "Older people taking Dermova can get sore skin.\n\nDermova is gentle on skin.\n", "text")
    assert not other_member_apart(doc, 0, 1)
    doc = parse_document("<t>", "Regular users taking Nasaline often get nosebleeds.\n\nNasaline is gentle.\n", "text")
    assert not other_member_apart(doc, 0, 1)
    # an older member of the kind still is one
    doc = parse_document("<t>", "Older adhesive dressings can tear fragile skin.\n\nThe new dressing is gentle on skin.\n", "text")
    assert other_member_apart(doc, 0, 1)
