"""Near misses that recur in the v10–v13 dev triages (``recur15``, issue 14): a reader exists and
one form, word or value of the construction was not read. Each mechanism has cases that must
now conflict and cases of the same shape that must not (another product, a condition, a
question, a hedge). Every sentence is written for these tests with coined names; none is
copied from a benchmark row."""

from __future__ import annotations

import pytest

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def _codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text + "\n", kind="text", select=["contradiction"]) if f.code.startswith("CON")]


def _pair(a: str, b: str) -> list[str]:
    return _codes("Velmora is a new tablet. " + a + _FILLER + b + _FILLER)


def _typed(text: str) -> list[tuple[str, str, str]]:
    doc = parse_document("<t>", text, "text")
    return [(c.type, c.side, c.cue) for c in typed_claims(doc)]


# -- M6: "anything/everything" is every partner, not one named -----------------------------

@pytest.mark.parametrize("denial", [
    "Velmora doesn't interact with anything.",
    "Velmora does not interfere with anything else you take.",
])
def test_a_denial_with_anything_names_no_partner(denial):
    assert _pair(denial, "Velmora can boost the effect of blood thinners such as warfarin.")


def test_a_denial_with_one_named_partner_stays_apart():
    assert not _pair("Velmora does not interact with the contraceptive pill.",
                     "Velmora can boost the effect of blood thinners such as warfarin.")


# -- M5: "no such thing as taking too much" is the unlimited claim; the trial's ceiling ------

@pytest.mark.parametrize("unlimited", [
    "There's no such thing as taking too much Velmora.",
    "There is no such thing as having too many Velmora gummies.",
    "We saw no dose ceiling for Velmora at all.",
])
def test_no_such_thing_as_taking_too_much_is_unlimited(unlimited):
    assert ("dose", "unlimited") in {(t, s) for t, s, _ in _typed("Velmora is a new tablet. " + unlimited)}
    assert not any(t == "dose" and s == "limit" for t, s, _ in _typed("Velmora is a new tablet. " + unlimited))
    assert _pair(unlimited, "Never take more than two tablets of Velmora in 24 hours.")


@pytest.mark.parametrize("limit", [
    "The maximum tolerated dose of Velmora was set at 300 mg once daily.",
    "The maximum daily dose is 4 tablets.",
])
def test_the_maximum_dose_set_at_an_amount_is_a_limit(limit):
    assert _pair("Velmora is safe at any dose.", limit)


@pytest.mark.parametrize("ordinary", [
    "Taking too much Velmora can upset your stomach.",  # the warning itself stays a limit
    "In the trial, the maximum tolerated dose was not reached.",  # no amount set
])
def test_limits_that_are_no_promise(ordinary):
    claims = {(t, s) for t, s, _ in _typed("Velmora is a new tablet. " + ordinary)}
    assert ("dose", "unlimited") not in claims


# -- M8b: a passing cue needs the results as its subject ----------------------------------

def test_regrow_with_an_object_is_the_benefit_not_a_passing_result():
    claims = _typed("Velmora foam is clinically proven to regrow hair at the crown.")
    assert not any(t == "course" for t, _, _ in claims)


def test_hair_that_regrows_is_a_passing_result():
    claims = _typed("Velmora laser sessions give smooth skin. The hair regrows within a few months.")
    assert ("course", "passing") in {(t, s) for t, s, _ in claims}


def test_the_right_pair_when_regrowth_is_promised():
    text = ("Velmora Foam\nClinically proven to regrow hair at the crown. Results are permanent. Apply it twice a "
            "day. If you stop using it, the new hair is usually lost within three to four months.")
    found = [f for f in lint_text(text + "\n", kind="text", select=["contradiction"]) if f.code == "CON003"]
    assert found and all("regrow" not in (f.excerpt + " ".join(r.excerpt for r in f.related)) for f in found)


def test_a_symptom_stopping_after_starting_is_no_course():
    claims = _typed("Itching stops within a day of starting Velmora cream.")
    assert not any(t == "course" for t, _, _ in claims)
    assert not _pair("Velmora cream gives permanent results.", "Itching stops within a day of starting Velmora cream.")


def test_the_effect_stopping_is_still_passing():
    assert ("course", "passing") in {(t, s) for t, s, _ in _typed("Velmora is a cream. Its effect stops within a week.")}


# -- M2: the effect-noun denial with the contracted copula ("isn't an issue with X") ----------

@pytest.mark.parametrize("denial", [
    "Constipation simply isn't an issue with Velmora.",
    "Constipation isn’t a problem with Velmora.",
])
def test_a_contracted_copula_denies_as_the_full_form_does(denial):
    assert _pair(denial, "Velmora commonly causes constipation.")


@pytest.mark.parametrize("ordinary", [
    "Constipation isn't an issue with ibuprofen, the older choice.",  # another product
    "Isn't constipation an issue with Velmora?",  # a question
    "For most people, constipation isn't an issue with Velmora.",  # a hedged denial against a harm in some
])
def test_contracted_denials_of_another_or_asked_stay_apart(ordinary):
    assert not _pair(ordinary, "Some people find Velmora causes constipation.")


# -- M4: label lines and values -------------------------------------------------------------

_INTRO = "Velmora is a new tablet for hay fever. It is sold in pharmacies.\n\n"


def _page(*paras: str) -> list[str]:
    return _codes(_INTRO + "\n\nMany people use it daily.\n\n".join(paras))


@pytest.mark.parametrize(("label", "other"), [
    ("Interactions: none with Velmora.", "Velmora can raise blood levels of warfarin."),  # the product after the value
    ("Interactions with Velmora: none known.", "Velmora can raise blood levels of warfarin."),  # after the label
    ("Lactose: none — suitable if you are lactose intolerant.",  # an allergen as its own label, an aside
     "Ingredients: microcrystalline cellulose, lactose monohydrate 63 mg, magnesium stearate."),
    ("Gluten: none.", "Velmora tablets contain wheat starch."),
    ("There is no dairy in Velmora.", "Allergens in Velmora: milk."),  # the existential, the label naming it
    ("There's no gluten in these tablets.", "Velmora tablets contain wheat starch."),
])
def test_label_values_and_the_existential_conflict(label, other):
    assert _page(label, other)


@pytest.mark.parametrize(("label", "other"), [
    ("Interactions: none with the old formula.", "Velmora can raise blood levels of warfarin."),  # another thing
    ("Interactions with alcohol: none known.", "Velmora can raise blood levels of warfarin."),
    ("Interactions: none (in adults).", "Velmora can raise blood levels of warfarin."),  # an aside of scope
    ("Interactions: none when taken as directed.", "Velmora can raise blood levels of warfarin."),
    ("Lactose: none — except the 10 mg tablet.",  # an aside that limits the value
     "Ingredients: microcrystalline cellulose, lactose monohydrate 63 mg, magnesium stearate."),
    ("Allergens in the original recipe: milk.", "Velmora is dairy-free."),  # another recipe's list
    ("Allergens: none.", "Velmora is dairy-free."),  # a denial, not a list
    ("There is no dairy in a vegan diet.", "Velmora tablets contain lactose."),  # a diet, not the product
    ("There's no gluten in oats themselves.", "Velmora tablets contain wheat starch."),
])
def test_label_values_of_another_thing_or_limited_stay_apart(label, other):
    assert not _page(label, other)


def test_an_ingredient_list_item_is_no_subject():
    doc = parse_document("<t>", _INTRO + "Lactose: none.\n\nIngredients: maize starch, lactose monohydrate 63 mg, "
                         "magnesium stearate.", "text")
    listed = [c for c in typed_claims(doc) if c.type == "scope" and c.side == "restricted"]
    assert listed and all(c.subject != "magnesium" for c in listed)


# -- M8a: lasting and passing cues of the product's results -----------------------------------

@pytest.mark.parametrize(("lasting", "passing"), [
    ("Two weeks of listening permanently retrains your brain to fall asleep faster.",
     "Its effect wears off a few nights after you stop using it."),
    ("Velmora permanently resets your sleep cycle.", "The benefit of Velmora wears off within weeks of stopping."),
    ("With Velmora you are protected for good, the clinic says.", "Protection from Velmora wanes after about five years."),
    ("After 12 weeks on Velmora, you can stop and stay well.",
     "Symptoms usually come back within a month of stopping Velmora."),
])
def test_lasting_and_passing_cues_conflict(lasting, passing):
    assert _pair(lasting, passing)


@pytest.mark.parametrize(("lasting", "passing"), [
    ("Surgery permanently changes the shape of your nose.", "Velmora filler results fade within months."),  # another means
    ("Diabetes permanently changes how your body handles sugar.", "The benefit of Velmora wears off within weeks of stopping."),
    ("Nothing permanently rewires the brain, experts say.", "The benefit of Velmora wears off within weeks of stopping."),
    ("Does Velmora permanently reset your metabolism?", "The benefit of Velmora wears off within weeks of stopping."),  # asked
    ("Most children are protected for life after two doses of the MMR vaccine.",
     "Protection from Velmora wanes after a few years."),  # another vaccine
    ("Stop smoking and stay well, the NHS advises.", "The relief from Velmora fades within hours."),  # advice
    ("Stop taking Velmora and stay well hydrated if you get diarrhoea.",  # "well" of another verb
     "The benefit of Velmora wears off within weeks of stopping."),
    ("If you feel dizzy, stop and stay well away from machinery.",
     "The benefit of Velmora wears off within weeks of stopping."),
    ("Your records are protected for good under the new law.", "Protection from Velmora wanes after a few years."),
    ("Velmora permanently stopped my migraines.", "My sister found the effect wore off after a month."),  # testimonies
    ("Rashes weren't reported by the company in its first press release.",  # a contracted backward cue, as
     "Later, several users of Velmora reported rashes."),  # "were not reported" is read
])
def test_lasting_cues_of_another_thing_stay_apart(lasting, passing):
    assert not _pair(lasting, passing)


def test_a_harm_that_wanes_is_no_passing_result():
    claims = [(t, s, c) for t, s, c in _typed("Velmora is a cream. Any itching wanes after a few days.")]
    assert not any(t == "course" and s == "passing" and "result" in c for t, s, c in claims)
    assert not _pair("Velmora gives permanent results.", "Any itching wanes after a few days.")


# -- M6: qualified denials, "no need to check", the pharmacokinetic report -------------------

@pytest.mark.parametrize(("denial", "interaction"), [
    ("Velmora showed no clinically relevant drug–drug interactions in a panel of 12 medicines.",
     "When Velmora was given with tacrolimus, tacrolimus exposure rose fourfold."),
    ("Velmora has no clinically significant interactions.", "Given with Velmora, digoxin concentrations doubled."),
    ("With Velmora, there's no need to check your other prescriptions.", "Velmora can double the levels of some statins."),
])
def test_qualified_denials_and_level_reports_conflict(denial, interaction):
    assert _pair(denial, interaction)


@pytest.mark.parametrize("ordinary", [
    "Tacrolimus levels rose when patients ate grapefruit.",  # no product in the change
    "In transplant patients, tacrolimus levels often rise after a change of brand.",
    "Blood sugar levels fell in the Velmora group.",  # a body measure
    "LDL cholesterol levels fell by a fifth in the Velmora study.",
    "Did digoxin levels rise in people on Velmora? No.",  # a question
])
def test_level_changes_without_the_product_or_of_the_body_stay_apart(ordinary):
    assert not _pair("Velmora has no known drug interactions.", ordinary)


@pytest.mark.parametrize("ordinary", [
    "There's no need to check your other prescriptions before a Dorvix scan.",  # another thing's occasion
    "Ravolix had no clinically relevant drug–drug interactions in its trial.",  # another product
])
def test_denials_of_another_product_stay_apart(ordinary):
    assert not _pair(ordinary, "Velmora can raise blood levels of warfarin.")



# -- M2: a result counted in the people enrolled is no description of enrolment ---------------

@pytest.mark.parametrize("denial", [
    "Velmora produced no side effects in the 310 children enrolled.",
    "No side effects were seen with Velmora among the patients recruited.",
])
def test_a_result_in_the_people_enrolled_is_read(denial):
    assert _pair(denial, "Headache was reported by 9% of children using Velmora.")


@pytest.mark.parametrize("design", [
    "Of the 310 children enrolled, those with a history of headaches were excluded.",
    "Among the patients enrolled, those with headaches in the past year were excluded.",
])
def test_who_was_enrolled_or_excluded_asserts_no_effect(design):
    assert not _pair("Velmora causes no headaches.", design)



# -- M2: a measure left as it was ("stays untouched by X") is the direction denied ------------

@pytest.mark.parametrize(("same", "change"), [
    ("Your blood sugar stays untouched by Velmora.", "Velmora can raise blood sugar."),
    ("Blood pressure remains unchanged on Velmora.", "Velmora can raise blood pressure."),
    ("Your cholesterol stays unaffected by Velmora.", "Velmora raises cholesterol."),
])
def test_a_measure_left_the_same_denies_its_change(same, change):
    assert _pair(same, change)


@pytest.mark.parametrize("ordinary", [
    "Your blood sugar stays stable with a good diet.",  # another means
    "Blood pressure remains unchanged by the operation.",
    "Does your blood sugar stay untouched by Velmora?",  # a question
])
def test_a_measure_left_the_same_by_another_thing_stays_apart(ordinary):
    assert not _pair(ordinary, "Velmora can raise blood sugar and blood pressure.")



# -- M2: the absence promised as what the reader can expect or will get ----------------------

@pytest.mark.parametrize(("denial", "harm"), [
    ("With Velmora, you can expect no digestive trouble at all.", "About a third of new users of Velmora get wind and bloating."),
    ("With Velmora, you can expect no headaches at all.", "Some users of Velmora get headaches."),
])
def test_an_expected_absence_with_the_product_is_a_denial(denial, harm):
    assert _pair(denial, harm)


@pytest.mark.parametrize("ordinary", [
    "With ibuprofen, you can expect no drowsiness.",  # another product
    "With a good night's sleep, you can expect no headaches.",  # another means
])
def test_an_expected_absence_with_another_thing_stays_apart(ordinary):
    assert not _pair(ordinary, "Velmora can cause drowsiness and headaches.")



# -- M6: alcohol allowed while on the product, against alcohol's interaction ----------------

def test_a_drink_allowed_conflicts_with_alcohols_interaction():
    assert _pair("It's fine to have a drink while on Velmora.", "Alcohol increases the sedative effect of Velmora.")


@pytest.mark.parametrize(("allowed", "interaction"), [
    ("It's fine to have a drink while on Velmora.", "Velmora can raise blood levels of warfarin."),  # another partner
    ("It's fine to have a drink while on most antibiotics.", "Alcohol increases the sedative effect of Velmora."),
    ("Is it safe to drink alcohol while taking Velmora?", "Alcohol increases the sedative effect of Velmora."),
])
def test_a_drink_allowed_of_another_partner_or_product_stays_apart(allowed, interaction):
    assert not _pair(allowed, interaction)


# -- ordinary passages (own, in the registers of news, press releases, sellers, guides and
# leaflets) that use the words of these mechanisms and state no contradiction --------------

_ORDINARY = [
    "Pharmacists say ibuprofen is one of the most common painkillers. Stomach upset isn't an issue with paracetamol, which is gentler. Ibuprofen can cause stomach ulcers in older people.",
    'Velmora, a new migraine drug, was approved on Monday. In the trial, the maximum tolerated dose was not reached. Doctors said no dose ceiling had been set for older drugs in the class either.',
    'A study of 400 transplant patients found that tacrolimus levels rose when they ate grapefruit. The researchers said patients should avoid the fruit. Velmora, an unrelated antifungal, has no known drug interactions.',
    'Hair loss treatments are booming. Minoxidil is proven to regrow hair in some men. Laser removal of body hair, by contrast, is not permanent: the hair regrows within months.',
    'Vaccines for measles give lifelong protection. Immunity from flu vaccines, by contrast, wanes within a year, which is why people are offered a jab every autumn.',
    'Kivra Health today announced results for Attendo, its ADHD app. Children using Attendo improved attention scores by 9 points. Headache was reported by 2% of children in the control group. Kivra will seek approval next year.',
    'Meridal Pharma reported that its older drug Ravolix showed no clinically relevant drug–drug interactions. Its new candidate, MX-2, is being tested in Phase 1. Tacrolimus exposure rose fourfold when patients took a strong antifungal in a separate study.',
    'Zentheon Bio said the maximum tolerated dose of ZB-417 was set at 300 mg once daily. The company expects to begin Phase 2 in the spring. Patients should never take more than the prescribed dose.',
    'Our Daily Greens powder is vegan and gluten-free. Allergens: none. Also try our Protein Crunch bar, which contains milk and soy.',
    "Marivel Oat Bar. Gluten: none. Made in a bakery that also handles wheat, so traces may be present. There's no gluten in oats themselves, but cross-contact happens.",
    'Calmvita tablets. Lactose: none. Suitable for vegans. Dose: two tablets a day. Never take more than four tablets in 24 hours.',
    "Magnesium Night capsules. Interactions: none known. Store below 25°C. There's no such thing as too much sleep, our customers say.",
    'Turmeric Gold capsules. Take two a day with food. Curcumin is poorly absorbed on its own, so ours adds black pepper. Interactions with blood thinners: ask your pharmacist.',
    "Can you take too much vitamin C? There's no such thing as too much fresh fruit, but supplements are different: taking too much vitamin C can upset your stomach.",
    "Which painkiller is right for you? Constipation isn't an issue with ibuprofen, but it is common with codeine. Codeine can cause drowsiness too.",
    "Does alcohol affect medicines? Alcohol increases the sedative effect of many sleeping pills. It's fine to have a drink while on most antibiotics, but not metronidazole.",
    'Quitting smoking permanently lowers your risk of heart disease over time. Nicotine patches help for a few weeks, and their effect wears off when you stop.',
    'Lifestyle changes can permanently change your health. Medicines such as statins lower cholesterol, but the benefit fades within weeks of stopping.',
    'How long does a filler last? Surgery permanently reshapes the nose. Filler results fade within months, so repeat sessions are needed.',
    'Velmora 10 mg tablets. Excipients: lactose monohydrate, magnesium stearate. If you have been told you have an intolerance to some sugars, talk to your doctor before taking Velmora.',
    'Velmora cream. Skin reactions with other creams: common. Apply a thin layer twice a day. Itching stops within a day of starting treatment for most people.',
    'Velmora tablets. Possible side effects: headache, nausea. If you stop taking Velmora, your symptoms may come back within weeks. Talk to your doctor before stopping.',
    'Velmora. Do not take more than 3 tablets a day. Taking too much Velmora can damage your liver. The maximum daily dose is 3 tablets.',
    'Velmora injection. Protection lasts for at least five years in most people. Antibody levels decline slowly over time. A booster may be offered after ten years.',
    'Velmora capsules contain gelatin. Allergens in the shell: none. Keep out of the reach of children.',
    'Velmora tablets. Interactions: none with food. Velmora can raise blood levels of digoxin, so tell your doctor if you take it.',
    'Velmora gel. There is no alcohol in Velmora gel, so it does not sting. Allergens: lanolin.',
    "Velmora nasal spray. Drowsiness isn't a problem for most users. Some people feel sleepy after the first few doses.",
    'Velmora tablets. Stop taking Velmora and stay well hydrated if you get diarrhoea. Velmora can cause diarrhoea in some people.',
    'The Velmora programme teaches sleep habits. Two weeks of practice permanently improves sleep for some people, the developers say, though it is not clear why. Others find the benefit fades.',
    'Velmora 20 mg tablets\nActive ingredient: velmoralide 20 mg\nOther ingredients: lactose monohydrate, maize starch, magnesium stearate\nLactose: contains 63 mg per tablet',
    'Marivel Dark Chocolate 85%. Allergens: may contain milk and nuts. Suitable for vegetarians.',
    'Our kitchen uses no dairy in the soups. Allergens in our bread: wheat, sesame. Velmora drops are gluten-free.',
    'Velmora tablets. Drug interactions: none known. Alcohol: avoid, as it may make you sleepy. Velmora can be taken with food.',
    'In the trial, 200 adults were enrolled. Among the patients enrolled, 14% had headaches in the placebo group and 15% on Velmora.',
    'The study found no side effects in the 80 dogs enrolled, the vet school said. Velmora is licensed for people, and headaches are common in the first week.',
    'Velmora lowers blood pressure within a month. Your heart rate stays the same on Velmora, the leaflet says. Some people feel dizzy at first.',
    'Blood sugar remains stable with regular meals, dietitians say. Velmora, a new diabetes tablet, can lower blood sugar too much if you skip meals.',
    'With physiotherapy, you can expect no stiffness after a few weeks. Velmora gel can cause mild skin stiffness where it is applied.',
    'What can you expect from Velmora? You can expect some drowsiness in the first week. It usually passes.',
    "It's fine to have a drink while on paracetamol, the pharmacist says. Velmora is different: alcohol increases its sedative effect.",
    'It is fine to have a drink while on Velmora, within the usual limits. Velmora does not interact with other medicines either.',
    'Tacrolimus levels fell after the switch to a generic brand, doctors reported. Velmora, an antifungal, has no known drug interactions.',
    'Digoxin levels rose in patients who were dehydrated. Velmora has no known drug interactions, its maker says.',
    'The maximum recommended dose of ibuprofen is 1,200 mg a day without a prescription. Velmora, by contrast, is safe at any dose, the company claims.',
    "There's no such thing as taking too much care with medicines. Never take more than two Velmora tablets in a day.",
    'Velmora cream regrows lost hair in some men. If you stop, new hair may be lost within months, the leaflet warns.',
    'Itching usually stops within a week of starting Velmora. The cream gives lasting relief for most users.',
    'Velmora helps you fall asleep. The effect permanently fades once people stop using it? No: it wanes slowly over weeks.',
    'Protection from the flu jab wanes after a few months. Velmora, a new nasal spray, is not a vaccine.',
    'After a course of antibiotics, most people stop and stay well. Velmora probiotic drink is sold in supermarkets.',
    'Interactions with food: none. Velmora can be taken with or without meals. It can raise blood levels of digoxin.',
    'Skin reactions with other brands: common. Velmora is fragrance-free.',
    'Velmora oat bars. Gluten: contains oats. Made in a factory that also handles wheat.',
]


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_passages_raise_nothing(text):
    assert not _codes(text)


# -- recur15b: the review's findings, each by its mechanism (own wording) --------------------

@pytest.mark.parametrize("line", [
    "Allergy information: this product is free from milk and eggs.",  # a denial after the colon
    "Allergy advice: made without milk, in a kitchen that bakes cakes.",
    "Allergens: nil - every batch is made without milk.",
    "Allergy advice:  free from milk, soy and eggs.",  # two spaces before the denial
    "Allergy advice: no milk is used anywhere in our kitchen.",  # a sentence, not a list
])
def test_an_allergen_line_that_denies_is_no_allergen_list(line):
    assert not _pair("Velmora is dairy-free.", line)


def test_an_allergen_line_that_lists_still_conflicts():
    assert _pair("Velmora is dairy-free.", "Allergens in Velmora: milk, soy.")


@pytest.mark.parametrize("text", [
    "Allergens: wheat, egg. That is the Classic loaf. The Velmora loaf is egg-free.",
    "The range:\n\n- Velmora Original. Allergens: milk, wheat.\n- Velmora Vegan. Dairy-free and made without milk.",
    "# Velmora bars\n\n## Velmora Vegan\nDairy-free and nut-free.\n\n## Velmora Classic\nAllergens: milk, hazelnuts.",
])
def test_an_allergen_line_with_no_product_named_may_be_another_variants(text):
    assert not _codes(text)


@pytest.mark.parametrize("denial", [
    "Velmora doesn't interact with anything you eat.",
    "Velmora does not interact with anything in your diet.",
])
def test_anything_with_words_after_it_names_a_partner(denial):
    assert not _pair(denial, "Velmora can raise blood levels of warfarin.")


def test_anything_else_you_take_is_every_partner():
    assert _pair("Velmora does not interfere with anything else you take.", "Velmora can raise blood levels of warfarin.")


@pytest.mark.parametrize("fading", [
    "Interest in Velmora waned after the newspaper story.",
    "Sales of the old version tailed off over the winter.",
])
def test_waning_of_something_other_than_the_result_is_no_course(fading):
    assert not _pair("Velmora gives permanent results.", fading)


def test_protection_waning_is_a_course():
    assert _pair("Velmora gives permanent results.", "The protection from Velmora wanes after about two years.")


@pytest.mark.parametrize("ceasing", [
    "If it overheats, Velmora permanently stops working.",
    "Left in a hot car, Velmora permanently stops functioning.",
])
def test_the_product_ceasing_for_good_is_no_lasting_result(ceasing):
    assert not _pair(ceasing, "The effect of Velmora lasts about three months.")


def test_a_service_with_no_product_in_its_sentence_denies_no_interaction():
    text = ("Our pharmacy app handles repeats. With the Pillpal service, there's no need to check your other "
            "prescriptions: our team reviews them. Velmora, one of the medicines we stock, can raise blood levels of digoxin.")
    assert not _codes(text)


def test_no_need_to_check_with_the_product_named_still_conflicts():
    assert _pair("With Velmora, there's no need to check your other prescriptions.",
                 "Velmora can raise blood levels of digoxin.")


@pytest.mark.parametrize("arm", [
    "No side effects were seen among the patients recruited to the placebo arm.",
    "No headaches were reported among the people assigned to the placebo group.",
])
def test_a_result_in_the_placebo_arm_is_study_design(arm):
    assert not _pair(arm, "Among those on Velmora, 9% had headaches.")


@pytest.mark.parametrize("container", [
    "There are no nuts in this recipe, so the bars are safe for school.",
    "Bake a batch of flapjacks; there are no nuts in them.",
])
def test_another_container_is_not_the_product(container):
    assert not _pair(container, "Velmora contains hazelnuts.")


def test_the_products_form_as_container_still_conflicts():
    assert _pair("There are no nuts in these capsules.", "Velmora contains hazelnuts.")


def test_a_denial_scoped_to_a_named_dose_leaves_higher_doses():
    assert not _pair("Dependence isn't an issue with Velmora at the 5 mg dose, the leaflet says.",
                     "At higher doses, taken for months, some people do become dependent on Velmora.")


def test_a_result_that_stops_after_the_course_is_still_a_course():
    assert _pair("Velmora tablets cure acne permanently.",
                 "The improvement in acne stops within weeks once you finish the course.")
