"""dose13 (issue 14): dose limits and amounts that conflict. Every passage here is written for
these tests (made-up product names), none copied from a blind set or the corpus."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import conflicts
from lint_rules.parsing import parse_document


def _kinds(text: str) -> set[str]:
    doc = parse_document("<t>", text, "text")
    return {c.kind for c in conflicts(doc)}


# --- the normal-use frame written after the noun ("at the dose on the pack") -----------------
@pytest.mark.parametrize("text", [
    "In the amounts printed on the label, Duvel syrup causes no liver damage. "
    "Taken in large amounts, Duvel syrup has caused liver damage.",
    "At the dose your doctor prescribes, Duvel does not harm the kidneys. In overdose, Duvel has damaged the kidneys.",
    "At the dose on the leaflet, Duvel does not harm the kidneys. In overdose, Duvel has damaged the kidneys.",
])
def test_a_denial_at_the_label_dose_does_not_conflict_with_harm_from_overdose(text):
    assert not _kinds(text), text


@pytest.mark.parametrize("text", [
    "At the doses athletes use, Ralgex poses no danger to your heart. At huge doses it has caused fatal heart rhythm problems.",
    "Ralgex poses no danger to your heart. At huge doses it has caused fatal heart rhythm problems.",
])
def test_a_denial_at_some_other_dose_still_conflicts(text):
    assert _kinds(text), text


# --- one amount reading: number, unit, frequency and bound wherever they stand ---------------
from lint_rules.analysis.amounts import amounts  # noqa: E402


def _read(text: str) -> list[tuple[str, float | None, str, str]]:
    doc = parse_document("<t>", text, "text")
    return [(a.bound, a.base, a.unit, a.per) for a in amounts(doc)]


@pytest.mark.parametrize("text, want", [
    ("Do not use more than 8 puffs in any 24-hour period.", ("max", 8.0, "puff", "day")),
    ("Give no more than 10 ml every day.", ("max", 10.0, "volume", "day")),
    ("Three sachets a week at the very most.", ("max", 3.0, "sachet", "week")),
    ("Limit yourself to two teaspoons daily.", ("max", 2.0, "teaspoon", "day")),
    ("Never go over 2 g a day.", ("max", 2000.0, "mass", "day")),
    ("Children can have up to 5 drops a day.", ("max", 5.0, "drop", "day")),
    ("Apply it no more than once a week.", ("max", 1.0, "time", "week")),
    ("Drink at least six glasses a day.", ("min", 6.0, "glass", "day")),
    ("Take one tablet every 8 hours.", ("", 3.0, "time", "day")),
    ("Each gummy holds 500 mcg.", ("", 0.5, "mass", "")),
])
def test_an_amount_is_read_as_number_unit_period_and_bound(text, want):
    assert want in _read(text), (text, _read(text))


@pytest.mark.parametrize("text", [
    "Each bar contains up to 20 g of protein.",
    "In the trial, people took up to 4 g a day.",
    "Up to 30 percent of users stopped early.",
])
def test_up_to_of_a_content_or_a_report_is_no_bound(text):
    assert all(b != "max" for b, *_ in _read(text)), (text, _read(text))


# --- whose limit: the amount's object, the product named before, or a bare imperative --------
_MELORA = "Melora gummies are a gentle sleep aid, and you really can't overdo it. "


@pytest.mark.parametrize("b", [
    "Do not exceed three gummies in any 24-hour period.",
    "Never have more than two Melora gummies a night.",
    "Keep your intake below 3 mg a night.",
    "Limit it to one sachet a night.",
])
def test_a_bare_or_own_limit_bounds_the_product(b):
    assert "dose" in _kinds(_MELORA + b), b


@pytest.mark.parametrize("b", [
    "Never exceed four cups of coffee a day, though.",
    "If you also take Dozal, never exceed two Dozal tablets a day.",
    "Children should have at least two servings of fruit a day.",
    "Each gummy contains up to 3 mg of melatonin.",
    "In the trial, adults took up to 10 mg a night.",
    "Walking 30 minutes a day, tops, also helps.",
    "Cocoa? One mug a night, max, and never with Melora.",
])
def test_a_bound_on_another_thing_or_no_bound_is_no_limit_of_the_product(b):
    assert "dose" not in _kinds(_MELORA + b), b


def test_the_limit_phrase_is_not_its_own_subject():
    text = ("Many people take ginger for nausea. With ginger there is no such thing as too much. "
            "Never exceed six capsules a day.")
    assert "dose" in _kinds(text)


def test_an_ingredient_named_as_the_amounts_object_is_its_subject():
    text = ("Nutrix greens are our bestseller. Spirulina is so mild that there is no such thing as too much. "
            "Never take more than 3 g of spirulina a day.")
    assert "dose" in _kinds(text)


def test_an_amount_of_a_food_or_nutrient_is_not_the_products():
    assert "dose" not in _kinds(_MELORA + "Adults should eat no more than 6 g of salt a day.")
    assert "dose" in _kinds(_MELORA + "Never take more than 5 mg of Melora a night.")


# --- no comparison (yet) of a limit with a larger amount said safe or to be taken: the group,
# condition, version or source of either side is not read well enough (review dose13b) -------
@pytest.mark.parametrize("text", [
    "Calmor is safe at 12 mg a night, its maker says. Never take more than 5 mg of Calmor a night.",
    "Use Calmor spray three times a week at most. Spray Calmor five times a week for the best results.",
    "Calmor tea: no more than two mugs a day. For a bad cold, you can safely have four mugs of Calmor a day.",
    "Calmor is a zinc lozenge. Never take more than 25 mg a day. Calmor at 40 mg a day is perfectly safe.",
])
def test_a_larger_amount_against_a_limit_is_not_compared(text):
    assert "dose" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Children should have no more than 2 Calmor tablets a day. Adults, take Calmor 4 tablets a day.",
    "People with kidney disease should take no more than one Calmor tablet a day. Otherwise, take three Calmor tablets a day.",
    "A 2019 study claimed Calmor was safe at 600 mg a day; it was retracted. Never take more than 240 mg of Calmor a day.",
    "Calmor night tablets: never more than one tablet a night. Calmor day tablets: take two tablets a day.",
    "Relivo tablets ease pain. Take 3 Relivo tablets a day. Never take more than 1 tablet a day.",
])
def test_review_doses_for_two_cases_do_not_conflict(text):
    assert "dose" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Calmor tablets: never more than 5 mg a night. Take 2 mg at bedtime.",
    "Calmor capsules: up to four capsules a day. Take two capsules a day with food.",
    "Calmor drops are gentle. Do not use more than 8 drops in any 24-hour period. Most customers take two drops a day.",
    "Calmor drops are gentle. Do not use more than 8 drops a day. In the study, people took 20 drops a day.",
    "Calmor drops: no more than 8 drops a day. Each bottle holds 900 drops.",
    "Calmor is a zinc lozenge. Never take more than two lozenges a day. 40 mg a day is perfectly safe.",
    "Calmor: no more than 2 g a day. Take 3 g a week.",
])
def test_amounts_within_the_limit_or_in_another_unit_or_a_report_do_not_conflict(text):
    assert "dose" not in _kinds(text), text


def test_a_conditioned_amount_does_not_conflict_with_the_limit():
    assert "dose" not in _kinds("If your doctor agrees, you can take 6 Calmor tablets a day. "
                                "Without medical advice, do not take more than 4 tablets a day.")


# --- ordinary passages (leaflets, news, shop pages, club notes) with amounts and limits: no
# dose conflict. Written for these tests.
_ORDINARY = [
    'Paracetamol is one of the most widely used painkillers in the UK. Adults can take one or two 500 mg tablets up to four times in 24 hours. Always leave at least four hours between doses. Do not take more than eight tablets in 24 hours. Taking too much paracetamol can cause serious liver damage.',
    'Our Sunrise vitamin D3 gummies are made for the whole family. Adults: chew two gummies a day. Children aged 4 to 11: one gummy a day. Do not exceed the stated dose. Keep out of reach of children.',
    'Caffeine is found in coffee, tea and many energy drinks. The European Food Safety Authority says up to 400 mg a day is safe for most adults. Pregnant women are advised to keep below 200 mg a day. Our decaf blend has less than 5 mg a cup.',
    'In the trial, 312 adults took either 2 g of omega-3 a day or a placebo. After a year, those taking the supplement had lower triglycerides. Some participants took up to 4 g a day without problems, the authors wrote. Larger trials are planned.',
    'Nasolex decongestant spray works within minutes. Use one spray in each nostril up to three times a day. Do not use it for more than seven days, because the stuffiness can come back worse. Nasolex is not suitable for children under 12.',
    'Our Ginger Zing tea is caffeine-free and gentle on the stomach. Enjoy up to four cups a day. Steep one bag in freshly boiled water for five minutes. Add honey or lemon to taste.',
    'Ibuprofen is an anti-inflammatory painkiller. Adults can take 200 to 400 mg three times a day. Do not take more than 1,200 mg in 24 hours unless your doctor tells you to. Taking it with food helps protect the stomach.',
    'Hydrate well on race day. Drink a glass of water every hour in the morning, and sip our Electro+ mix during the run. One scoop of Electro+ makes 500 ml. Never drink more than a litre an hour, as too much water can be dangerous.',
    'The FDA approved Zelvora, a once-weekly injection for type 2 diabetes, on Monday. The starting dose is 0.25 mg once a week, increased to 0.5 mg after four weeks. The maximum dose is 2 mg a week. Nausea was the most common side effect in trials.',
    "Kidsol children's paracetamol suspension is for children aged 2 to 6. Give 5 ml up to four times in 24 hours. Leave at least four hours between doses. Do not give more than four doses in 24 hours.",
    'Green tea contains caffeine, though less than coffee. Drinking three cups a day is perfectly safe for most adults, nutritionists say. Green tea extract supplements are different: more than 800 mg of EGCG a day has been linked to liver damage.',
    "Calmor children's syrup: give 5 ml up to three times a day. Adults can take 10 ml four times a day. For children under six, never more than 15 ml in 24 hours.",
    'Take one Calmor tablet twice a day. Children aged 6 to 12 should have no more than one tablet a day.',
    'Unlike Restix, which you can take four times a day, Calmor should be used no more than twice a day.',
    'Week one: take one Calmor capsule a day. Week two: take two capsules a day. Never take more than three capsules a day.',
    'You can safely take 3 Calmor capsules with a meal. Do not exceed six capsules a day.',
    'Calmor tea is lovely. Drink up to three cups a day. Pregnant women should keep to one cup a day.',
    'Calmor is safe at 10 mg a day for adults. For children, no more than 2 mg a day.',
    'If your doctor agrees, you can take 6 Calmor tablets a day. Without medical advice, do not take more than 4 tablets a day.',
    'Calmor: the usual dose is 2 capsules a day. In severe cases, your doctor may prescribe up to 6 capsules a day. Never take more than 4 capsules a day on your own.',
    'Our Calmor energy drink has 80 mg of caffeine a can. Health agencies say adults can safely have up to 400 mg of caffeine a day. Teenagers should have no more than 100 mg a day.',
    'You can enjoy Calmor herbal tea as often as you like. Limit coffee to two cups a day, though, if you want to sleep well.',
    'Our Calmor saline spray is safe to use as often as you like. The decongestant spray Nasofree, by contrast, should be used no more than three times a day.',
    'Calmor sugar-free gum can be chewed as often as you like. Keep sugary snacks to no more than twice a day to protect your teeth.',
    "Calmor oat milk: enjoy as much as you like. Toddlers under two should have no more than 350 ml of cow's milk a day.",
]


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_dosing_text_has_no_dose_conflict(text):
    assert "dose" not in _kinds(text), text


# --- no bound read as one amount ("as many scoops as you like", "however many cups you drink") ---
_VIGOR = "Vigor pre-workout gives you a clean lift. "


@pytest.mark.parametrize("a, b", [
    ("Stack the scoops however you like.", "Stick to two scoops a day, because more can cause palpitations."),
    ("You don't have to count how many sachets you mix.", "Adults should have no more than 3 sachets in 24 hours."),
    ("Pour however many capfuls you like into the shaker.", "Never have more than two capfuls a day."),
])
def test_no_bound_against_a_limit_conflicts(a, b):
    assert "dose" in _kinds(_VIGOR + a + " " + b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Use it as often as you need, up to four times a day.", "Do not use it more than four times a day."),
    ("Drink as much water as you like.", "Do not use Vigor more than once a day."),
    ("You can't take as many scoops as you like.", "Keep to two scoops a day."),
])
def test_no_bound_of_another_thing_or_bounded_in_its_sentence_does_not_conflict(a, b):
    assert "dose" not in _kinds(_VIGOR + a + " " + b), (a, b)


# --- interactions said as a combined effect -------------------------------------------------
_DOZIX = "Dozix is a cough syrup with no known interactions. "


@pytest.mark.parametrize("b", [
    "Dozix taken with antihistamines can make you very drowsy.",
    "Dozix plus an SSRI raises the risk of serotonin syndrome.",
    "Combined with alcohol, Dozix can increase drowsiness.",
    "Beer drunk with Dozix sharply increases sleepiness.",
])
def test_a_combined_effect_with_the_product_is_an_interaction(b):
    assert "interaction" in _kinds(_DOZIX + b), b


@pytest.mark.parametrize("b", [
    "Alcohol taken with sleeping pills greatly increases drowsiness.",
    "Dozix taken with food causes less stomach upset.",
    "Dozix combined with a healthy diet can make you feel better.",
    "Dozix plus regular exercise raises your fitness.",
    "Smoking together with the pill raises the risk of clots.",
    "Used with a nasal spray, Dozix can increase the relief you feel.",
])
def test_a_combined_effect_of_other_things_or_no_harm_is_no_interaction(b):
    assert "interaction" not in _kinds(_DOZIX + b), b


_ORDINARY_COMBINED = [
    'Our Lumo vitamin D spray has no known interactions with common medicines. Vitamin D taken with calcium helps keep bones strong. Spray once under the tongue each morning.',
    'Lumo magnesium has no known drug interactions, our pharmacist says. Magnesium combined with a good bedtime routine can make you sleep better. Take one tablet in the evening.',
    'Lumo ginger chews have no drug interactions. Ginger taken with meals can make you feel less sick on long journeys. Chew one as needed.',
    'Lumo zinc lozenges have no known interactions. Doctors warn that ibuprofen plus aspirin raises the risk of stomach bleeding. Lumo is sugar-free.',
    'Lumo probiotic has no known interactions. Antibiotics combined with a poor diet can leave you feeling run down, so eat well during a course.',
]


@pytest.mark.parametrize("text", _ORDINARY_COMBINED)
def test_ordinary_combined_effects_are_no_interaction_of_the_product(text):
    assert "interaction" not in _kinds(text), text


# --- dose13b: the reviewer's false findings, by mechanism, in new words -----------------------
# A. a promise of no bound that is not the product's: "times" is no dose unit, and a promise with
# no object needs the product (or "it") before it in its own sentence
# B. a stated amount compared with a limit only in one unit and one period (per dose is a period,
# per kg a unit), never from a report, an old label or a phase, and only when its sentence names
# the product exactly (not another version, not another product under a heading)
# C. a combined effect's "it" is the product only when the product is named just before; a word
# shared with the product's name ("Sleep medicines" … "Nuvo Sleep Drops") is not the product
_REVIEW_FALSE = [
    "Hiccups can return any number of times in a day. Hicstop drops calm them. Use Hicstop no more than four times a day.",
    "A warm compress can be reapplied as many times as you like. Soothix eye gel is another matter: apply Soothix no more than three times a day.",
    "Herbal tea is a good choice in the evening. Sip as much as you want before bed. Dormel capsules should be limited to one a night.",
    "Whatever you eat at the buffet, Digestra will not undo it. It only eases bloating. Take no more than three Digestra chews a day.",
    "However much you eat over the holidays, Digestra won't stop weight gain. Take no more than three chews a day.",
    "The FoodLog app means you won't have to count your intake yourself. Our Vita Oats powder is listed there. Take no more than two scoops a day.",
    "Relivo 400 mg tablets ease period pain. Take 3 tablets a day, spaced out. Never take more than 1 tablet at a time.",
    "Kidol syrup: no more than 10 mg per kg for each dose. Adults take 400 mg three times a day.",
    "Sleepon: take no more than 3 mg a night. The old leaflet said: take 6 mg before bed.",
    "Athletes taking Musclo creatine often start with a loading phase of 20 g a day for five days. After that, take no more than 5 g a day.",
    "Jointa capsules for people: never more than 2 capsules a day. Jointa Pet, the version for large dogs, is safe at 4 capsules a day, its vet says.",
    "Jointa tablets: never more than 2 tablets a day. Jointa Junior chewables: give 3 tablets a day to children over five.",
    "Jointa tablets: never more than 2 tablets a day. Ostevit Junior: give 3 tablets a day.",
]


@pytest.mark.parametrize("text", _REVIEW_FALSE)
def test_review_no_bound_or_amount_of_another_thing_is_no_dose_conflict(text):
    assert "dose" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Tussol syrup has no known interactions with other medicines. Pholcodine linctus is a different matter. Taken with alcohol, it can make you very drowsy.",
    "Nuvo Sleep Drops have no known drug interactions, the maker says. Sleep medicines taken with alcohol greatly increase drowsiness, so never mix them.",
])
def test_review_a_combined_effect_of_another_thing_is_no_interaction(text):
    assert "interaction" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    # D. "the X" where X is the head noun of the product's name is the product, no other drink
    "Roastly coffee is so mild there is no such thing as too much. Never drink more than four cups of the coffee a day.",
    "Tussol syrup has no known interactions. Taken with alcohol, it can make you very drowsy.",
])
def test_review_true_conflicts_are_kept(text):
    assert _kinds(text), text


def test_review_per_dose_and_per_kg_are_read():
    assert ("max", 1.0, "tablet", "dose") in _read("Never take more than 1 tablet at a time.")
    assert ("max", 15.0, "mass/kg", "") in _read("No more than 15 mg per kg.")


# --- dose13b: ordinary probes (news, press release, seller, consumer guide, leaflet) written
# for the review fixes: amounts per dose, per kg, in a phase or a past label, other versions,
# promises of no bound about other things, combined effects of other things. No conflict.
_ORDINARY_13B = [
    "I used to take 6 Relaxo capsules a day before the label changed. Now the box says take no more than 3 capsules a day, so that's what I do.",
    'Zolvex has no known interactions with common painkillers. Alcohol taken with sleeping tablets greatly increases drowsiness, so avoid mixing those. Zolvex itself is a throat spray.',
    'Most adults can have up to 400 mg of caffeine a day. Energetix shots contain 200 mg each, so never have more than two Energetix shots a day. A cup of coffee has about 100 mg.',
    'Ibuprofen can be taken every 4 to 6 hours. Do not take more than 1,200 mg a day without a prescription. Your doctor may prescribe up to 2,400 mg a day.',
    'Many people take iron supplements. Take one Ferrox tablet a day with orange juice. Coffee and tea, drunk with a meal, reduce how much iron you absorb.',
    'For children, give Pyrexol 15 mg per kg every 6 hours. Never give more than 60 mg per kg in 24 hours. Adults take 1 g four times a day.',
    'Gargle warm salt water as often as you like for a sore throat. Oralis mouthwash should be used no more than twice a day.',
    'Saltwise is a low-sodium salt. Use it as you would ordinary salt. Adults should eat no more than 6 g of salt a day in total.',
    'Nasoclear for adults: 2 sprays in each nostril twice a day. For children 6 to 12: no more than 1 spray in each nostril once a day.',
    'If you forget a dose of Migrex, take it as soon as you remember. Do not take two doses at a time to make up. Never take more than 3 tablets a day.',
    'Take 1 or 2 Dolomax tablets every 4 to 6 hours. Do not take more than 2 tablets at a time. Do not take more than 8 tablets in 24 hours.',
    'Week 1: take Prednil 40 mg a day for seven days. Then reduce by 5 mg each week. Never take more than 60 mg a day.',
    'The FDA said on Tuesday that Nocturna, a new sleep aid, should be taken no more than once a night. In trials, some patients used it twice a night, the agency noted, and had more falls.',
    'Until 2020, guidelines said adults could take 4 g of Paramol a day. The new advice is no more than 3 g a day for older adults.',
    'Vets say Canix joint chews are safe at 3 chews a day for large dogs. The human version, Canix Plus, should be limited to 2 tablets a day.',
    'In the six-week trial, volunteers took 3 g of Cardiox fish oil a day. The researchers say adults should not take more than 5 g of omega-3 a day without advice. Earlier studies used 4 g a day.',
    'Rhinol spray has no known drug interactions. Decongestant tablets are different. Combined with caffeine, they can make you very jittery. Rhinol works locally.',
    'Vitalis today launched Vitalis Kids, a chewable multivitamin. Children can have one chewable a day. The adult Vitalis tablet remains at two tablets a day, and no more than two tablets should be taken in 24 hours.',
    'Our new Calmera range includes Calmera Night and Calmera Day. Calmera Night: one capsule at bedtime. Calmera Day: take 2 capsules a day. Do not take more than one Calmera Night capsule in 24 hours.',
    'Each Sunny D gummy has 25 mcg of vitamin D. Kids: one gummy a day. Adults: two gummies a day. Never more than four gummies a day for anyone.',
    'Start Creatix with 5 g four times a day for the first week. Then take no more than 5 g a day.',
    'Serenitea is our bestselling herbal blend. Brew a cup whenever you like. Because it contains licorice, have no more than three cups of Serenitea a day.',
    'Stay hydrated with Hydrolyte tabs. Water itself? Drink as much as you need through the day. Dissolve no more than four Hydrolyte tabs a day.',
]


@pytest.mark.parametrize("text", _ORDINARY_13B)
def test_ordinary_review_probes_have_no_dose_or_interaction_conflict(text):
    assert not _kinds(text) & {"dose", "interaction"}, text


# --- review dose13c: a limit whose sentence's subject is another capitalised name ------------
@pytest.mark.parametrize("text", [
    "Rinse with Marisol nasal spray as often as you like. Flutocin should be used no more than twice a day.",
    "Flutocin should be used no more than twice a day. Rinse with Marisol nasal spray as often as you like.",
    "Rinse with Marisol nasal spray as often as you like. Flutocin, a steroid spray, should be used no more than twice a day.",
])
def test_review_a_limit_on_another_named_product_is_not_the_products(text):
    assert "dose" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Rinse with Marisol nasal spray as often as you like. Marisol should be used no more than twice a day.",
    "Marisol nasal spray: use it as often as you like. Adults should use no more than two sprays a day.",
])
def test_review_a_limit_with_the_product_or_a_group_as_subject_still_conflicts(text):
    assert "dose" in _kinds(text), text


# --- review dose13c: "it" in an interaction is what the sentence before opens with ------------
def test_review_it_after_another_drugs_sentence_is_that_drugs_interaction():
    assert "interaction" not in _kinds("Doxylamine is the drug in many sleep aids. Mixed with alcohol, it can make you "
                                       "very drowsy. Nocta has no known interactions.")


def test_review_it_after_the_products_sentence_is_the_products_interaction():
    assert "interaction" in _kinds("Nocta is a sleep aid. Mixed with alcohol, it can make you very drowsy. "
                                   "Nocta has no known interactions.")


# --- review dose13c F: a bare imperative limit is the product's only in its own dose form, or
# with the product (or "it") in the sentence before ---------------------------------------
@pytest.mark.parametrize("text", [
    "Brevia tea is safe in any amount. Stir well. Drink no more than three glasses a day.",
    "Brevia tea is safe in any amount. Stay hydrated. Have no more than two servings a day.",
])
def test_a_bare_imperative_in_a_generic_unit_is_not_the_products(text):
    assert "dose" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Brevia capsules are safe in any amount. Store in a cool place. Never exceed four capsules a day.",
    "Brevia tea is safe in any amount, so enjoy it. Drink no more than three cups a day.",
    "Brevia tea is safe in any amount. Brew one cup of Brevia at a time. Stay calm. Drink no more than three cups a day.",
    "Brevia nasal mist is safe at any dose. Each puff delivers 2 mg of the extract. Never use more than 6 mg a night.",
])
def test_a_bare_imperative_in_the_products_form_or_after_it_is_its_limit(text):
    assert "dose" in _kinds(text), text



# --- review dose13c: ordinary passages (leaflet, press release, seller, news) that must stay quiet
@pytest.mark.parametrize("text", [
    'Calmex sleep drops help you drift off. Use two drops under the tongue at night. Drink no more than two glasses of wine a week if you use them.',
    'Our Verdana herbal tea is gentle on the stomach. Enjoy a cup after meals. Limit coffee to three cups a day while you try it.',
    'Zinquil lozenges soothe sore throats. Lemonex, a vitamin C tablet, should be taken no more than once a day. Suck a Zinquil lozenge as often as you need.',
    'Ibuprofen is the drug in many pain relievers. Taken with warfarin, it can raise the risk of bleeding. Paxol has no known drug interactions.',
    'Nasaclear saline spray can be used freely. Benacort should not be used more than twice a day.',
    'Restwell tea is caffeine free. Drink as much as you like. Sleep at least seven hours a night.',
    'The company said its Boostix gummies are safe for adults. Eat no more than two servings of sweets a day, the nutritionist added.',
    'Lumo eye drops relieve dryness. You can use them as often as you need. Rest your eyes for ten minutes every hour.',
    'A patient leaflet for Dolorin: take one or two tablets every four hours. Walk no more than 30 minutes a day after surgery.',
    'Melatonix is popular. Caffeine, taken with alcohol, can keep you awake. Melatonix has no known interactions.',
    'Press release: Acme Labs launches Gutfix probiotic capsules. Take one capsule daily. Avoid more than two alcoholic drinks a day.',
    'Aloe Soothe gel is safe to apply as often as you like. Sunscreen should be reapplied every two hours.',
    'Our Kalma magnesium powder mixes easily. Add one scoop to water. Limit salt to 6 g a day for heart health.',
    'Sennafix tea works overnight. Children should drink no more than one cup. Adults can drink two cups.',
    'Nicozap patches help you quit. Wear one patch a day. Smoke no more cigarettes once you start.',
    'Omega Pure fish oil is well tolerated. Eat oily fish no more than four times a week if pregnant. Omega Pure can be taken every day.',
    'Doxylamine is found in Unisom. Mixed with alcohol, it increases drowsiness. Dreamo has no known interactions.',
])
def test_review_dose13c_ordinary_probes_have_no_dose_or_interaction_conflict(text):
    assert not (_kinds(text) & {"dose", "interaction"}), text
