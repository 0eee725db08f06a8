"""Issue 14: contradiction mechanisms that generalise (compositional subjects, denials of
harm to a body part, ingredients of a product, direction verbs with particles and
negation, allergen promises). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"


def _findings(a: str, b: str) -> list:
    return contradictions(two_claims(a, b, _FILLER))


@pytest.mark.parametrize("a, b", [
    # a group of users, named by who they are and how they take it
    ("Veltrix has no side effects.", "Some teenagers taking Veltrix have trouble falling asleep."),
    ("Veltrix has no downsides.", "A few people eating Veltrix bars every day complained of constipation."),
    ("Veltrix is completely harmless.", "Several adults who drink Veltrix end up with heartburn."),
])
def test_harm_said_of_a_group_of_users_conflicts_with_a_blanket_promise(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Veltrix never causes headaches.", "Several patients with migraine have their headaches return after Veltrix is stopped."),
    ("Veltrix has no side effects.", "Two men taking a supplement called Zorbin developed kidney stones."),
    ("Veltrix has no side effects.", "The stroke rate was 20 percent lower in people who drank Veltrix daily."),
])
def test_groups_that_are_no_users_of_the_product_do_not_conflict(a, b):
    assert not _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Clarosol eye drops will never damage your eyes.", "In rare cases the drops have harmed the retina."),
    ("Clarosol paste won't harm your teeth.", "Its gritty particles can wear away tooth enamel."),
])
def test_a_denied_harm_to_a_body_part_covers_its_parts(a, b):
    assert _findings(a, b), (a, b)


def test_an_observation_about_a_body_part_is_no_promise():
    a = "We have not seen any damage to skin cells in the lamp's trials, the engineer says."
    b = "Older tanning lamps can cause skin cancer."
    assert not _findings(a, b)


@pytest.mark.parametrize("a, b", [
    ("Our turmeric capsules, which contain curcumin, cause no stomach problems.",
     "Curcumin can cause stomach upset."),
    ("Turmeric capsules won't interfere with your medicines. Each capsule contains curcumin.",
     "Curcumin may boost the effect of blood thinners."),
])
def test_a_named_ingredient_is_the_product_that_contains_it(a, b):
    assert _findings(a, b), (a, b)


def test_ingredient_alias_is_read_from_the_article():
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.parsing import parse_document

    doc = parse_document("<t>", "Our turmeric capsules, which contain curcumin, are popular. "
                         "Curcumin is a yellow pigment. Turmeric capsules cost little.", "text")
    assert sentence_subjects(doc).alias == {"curcumin": "turmeric"}
    plain = parse_document("<t>", "Curcumin is a yellow pigment. Turmeric is a spice. "
                           "Turmeric and curcumin are sold widely.", "text")
    assert sentence_subjects(plain).alias == {}


@pytest.mark.parametrize("a, b", [
    ("Glucara helps bring your cholesterol down.", "Glucara pushed cholesterol up in the trial."),
    ("Ashwagandha won't raise your heart rate.", "Ashwagandha speeds up the heart rate."),
    ("Beetroot juice never pushes blood pressure up.", "Beetroot juice raises blood pressure."),
])
def test_direction_verbs_with_particles_and_negation(a, b):
    assert _findings(a, b), (a, b)


def test_direction_of_another_intervention_does_not_conflict():
    assert not _findings("Beetroot juice lowers blood pressure.", "Salt raises blood pressure.")


@pytest.mark.parametrize("a, b", [
    ("Nutrora bars are hypoallergenic.", "People with a peanut allergy should avoid Nutrora bars."),
    ("Dermalin lotion is hypoallergenic.", "Dermalin can cause an allergic rash."),
    ("Dermalin cream will not cause an allergic reaction.",
     "Allergic reactions to Dermalin, including hives, have been reported."),
])
def test_allergen_promises_conflict_with_allergy_warnings(a, b):
    assert _findings(a, b), (a, b)


def test_hypoallergenic_and_a_hedged_allergy_of_another_product_agree():
    assert not _findings("Dermalin lotion is hypoallergenic.", "Ibuprofen can cause an allergic rash.")


@pytest.mark.parametrize("a, b", [
    # the measure moves when a causing verb's particle follows it, in plural too
    ("Taking Vitarel will not increase your heart rate.", "Vitarel made participants' heart rates climb."),
    ("Chromara lowers blood sugar.", "Chromara sent blood sugar soaring in one patient."),
    # "did nothing for" denies a benefit
    ("Zinc lozenges relieve sore throats.", "Zinc lozenges did nothing for sore throats in a large trial."),
    # adjective forms of an effect, "leaves you", "kind to", "tied to"
    ("Ferrovit causes no constipation.", "Many people who start Ferrovit become constipated."),
    ("Nightcalm never leaves you groggy.",
     "Next-day drowsiness is among the most common complaints from people who take Nightcalm."),
    ("Kava is kind to the liver.", "Kava has been tied to cases of hepatitis."),
])
def test_more_ways_of_saying_the_two_sides(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # preventing and treating are different claims
    ("Elderberry syrup shortens colds.", "Elderberry syrup does not prevent colds."),
    # an activity, not the product, moves the measure
    ("ACE-blocking tea lowers blood pressure.", "Skipping meals raises blood pressure in some people."),
    # two variants of a product
    ("Our marine collagen comes from fish skin and is not suitable for people with a fish allergy.",
     "Our bovine collagen is safe for people with a fish allergy."),
    ("The original formula contains gluten.", "The new formula is gluten-free."),
])
def test_different_claims_or_products_do_not_conflict(a, b):
    assert not _findings(a, b), (a, b)


def test_subject_variant_reads_the_opening_noun_phrase():
    from lint_rules.analysis.assertions import other_variant, subject_variant
    from lint_rules.parsing import parse_document

    doc = parse_document("<t>", "Our vegan protein is popular. Our whey protein contains milk. "
                         "The powder contains milk.", "text")
    assert subject_variant(doc, 0) == ("protein", "vegan")
    assert other_variant(doc, 0, 1)
    assert subject_variant(doc, 2) is None  # a determiner is no variant


@pytest.mark.parametrize("a, b", [
    ("There is no one who needs to avoid ginkgo.", "People on blood thinners should not take ginkgo."),
    ("Hair loss from Alopex is always temporary.", "For some men, hair loss from Alopex never reversed."),
    ("Skinora never irritates the skin.", "A handful of customers found Skinora left their skin red and itchy."),
])
def test_denials_of_restriction_and_of_recovery(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # a claim the next sentence calls false
    ("Some online sellers claim Alopex has no side effects. That claim is false.", "Alopex can cause headaches."),
    # the disease the product treats causes the symptom
    ("The treatment is not painful.", "The condition often triggers sciatica, a pain that runs down the leg."),
    # a hedged denial and a harm said to pass agree
    ("The procedure can be painless.", "The most common side effects are temporary redness and soreness."),
])
def test_rejected_claims_symptoms_of_the_disease_and_agreeing_hedges(a, b):
    assert not _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # interactions said of "it", the other drug named as the object
    ("Our ginseng has no known drug interactions.", "It can make the contraceptive pill less effective."),
    ("Calmora mixes safely with all common heart drugs.", "Taken with simvastatin, it can raise statin levels."),
    ("There is nothing Calmora reacts with.", "Patients on thyroid medication absorb less of it when they take Calmora."),
    # blanket safety promises in other words
    ("The maker calls Drovex trouble-free for all users.", "Dizziness is a common complaint among people who take Drovex."),
    ("Drovex has never harmed a single patient.", "Several patients treated with Drovex developed rashes."),
    ("Drovex is non-irritating, even for sensitive skin.", "Peeling and stinging are a frequent complaint among new users."),
    ("Drovex is a non-drowsy formula.", "Because it may make you sleepy, avoid driving after taking Drovex."),
    # dose, scope, allergens, course, benefit in other words
    ("It is impossible to overdose on Drovex.", "Overdoses involving Drovex have sent children to hospital."),
    ("Drovex is safe for pregnant women.", "Women who are pregnant are advised not to use Drovex."),
    ("Allergy sufferers have nothing to fear from Drovex.", "Anyone allergic to ragweed may react badly to Drovex."),
    ("Drovex fixed my back for good.", "Whenever I stop Drovex for a few weeks, the pain creeps back."),
    ("Drovex lowers anxiety within days.", "Anxiety scores were unchanged after eight weeks of Drovex."),
    ("Drovex is free of the sexual side effects of other pills.", "A small number of men reported reduced libido on Drovex."),
])
def test_v3_style_phrasings(a, b):
    assert _findings(a, b), (a, b)


def test_an_interaction_of_another_named_drug_does_not_conflict():
    assert not _findings("Drovex does not interact with other medicines.",
                         "Warfarin interacts with many antibiotics.")


def test_a_condition_treated_is_no_state_of_the_measure():
    assert not _findings("In the trial, the man's blood pressure gradually decreased on Pressora.",
                         "Pressora might become a standard therapy for stubborn high blood pressure.")


@pytest.mark.parametrize("a, b", [
    ("You will never get a headache from Focusa.",
     "Headaches are the most frequently reported problem among Focusa drinkers."),
    ("Drinking Greenvita every day lowers your cholesterol.", "Greenvita raised LDL cholesterol in the study."),
    ("Calmtea is safe to drink during pregnancy.", "Calmtea is not recommended for pregnant women."),
    ("Relaxin can be taken with any medication.", "Relaxin may increase the sedative effect of sleeping pills."),
    ("The results of Lasera treatment last a lifetime.", "Most patients need a second Lasera session within two years."),
])
def test_fresh_phrasings_of_each_side(a, b):
    assert _findings(a, b), (a, b)


def test_an_older_model_is_history():
    assert not _findings("The old Lasera machines needed repeat sessions.", "The new Lasera results last a lifetime.")
