"""Claim kinds not modelled yet (``allergy20``, issue 14): an allergen promise told by class or
function and met by a member ("nut-free" against "made with almond flour", "preservative-free"
against "benzalkonium chloride as a preservative"), with a member's promise kept to that member
("almond-free" is no promise about walnuts); a harm said only with another drug read as an
interaction of the product the sentence names; and the readings added after it in this file.
Each mechanism has pairs that must conflict (both orders) and the same words where they must
not (another product, things in general, a plant's milk, a question, a rumour, a member of
another kind). Every sentence is coined for these tests; none is copied from a benchmark row or
the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, contradictions
from lint_helpers import pairs_both_ways as _conflicts
from lint_helpers import quiet_both_ways as _quiet

# -- M1: an allergen promise by class or function, a member's promise by member ---------------


@pytest.mark.parametrize("one,other", [
    ("Zelvara is nut-free.", "Zelvara is made with almond flour."),
    ("Zelvara is free of common allergens.", "Zelvara contains whey protein."),
    ("Zelvara is gluten-free.", "Zelvara has a barley malt base."),
    ("Zelvara is completely dairy free.", "Zelvara contains casein."),
    ("Zelvara is wheat-free.", "Zelvara is made with semolina."),
    ("Zelvara is wheat free.", "Zelvara is made from spelt."),
    ("Zelvara is almond-free.", "Zelvara contains almonds."),
    ("Zelvara is almond-free.", "Zelvara contains marzipan."),
    ("Zelvara is casein-free.", "Zelvara contains sodium caseinate."),
    ("Zelvara is lactose-free.", "Zelvara contains lactose."),
    ("Zelvara is preservative-free.", "Zelvara contains benzalkonium chloride as a preservative."),
    ("Zelvara is free from preservatives.", "Zelvara contains methylparaben."),
    ("Zelvara contains no preservatives.", "Zelvara's ingredients include phenoxyethanol."),
    ("Zelvara is fragrance-free.", "Zelvara's ingredients include parfum and glycerin."),
    ("Zelvara is fragrance free.", "Zelvara contains linalool."),
    ("Zelvara is paraben-free.", "Zelvara contains parabens."),
    ("Zelvara is nut-free.", "Zelvara is made with almond milk."),
    ("Zelvara is soy-free.", "Zelvara is made with soy milk."),
])
def test_a_promise_by_class_meets_its_members(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara is almond-free.", "Zelvara contains walnuts."),  # a member's promise: another member
    ("Zelvara is lactose-free.", "Zelvara contains whey protein."),  # lactose-free is not dairy-free (an isolate
    # is nearly lactose-free; whey powder and concentrate are not: see the review fixes below)
    ("Zelvara is wheat-free.", "Zelvara is made with barley and rye."),  # wheat-free is not gluten-free
    ("Zelvara is paraben-free.", "Zelvara uses phenoxyethanol as its preservative."),
    ("Zelvara is fragrance-free.", "Zelvara contains lanolin."),  # another contact allergen, no fragrance
    ("Zelvara is preservative-free.", "Zelvara contains lanolin."),
    ("Zelvara is dairy-free.", "Zelvara is made with oat milk."),  # a plant's milk is no dairy
    ("Zelvara is dairy-free.", "Zelvara contains coconut milk."),
    ("Zelvara is dairy-free.", "Zelvara uses soy milk instead of cow's milk."),
    ("Zelvara is dairy-free.", "Zelvara contains milk thistle extract."),
    ("Zelvara is dairy-free.", "Zelvara contains vegan cheese."),
    ("Zelvara is nut-free.", "Many granola bars contain almonds."),  # things in general
    ("Zelvara is fragrance-free.", "Most perfumes contain linalool."),
    ("Zelvara is preservative-free.", "Dorvix contains benzalkonium chloride as a preservative."),  # another product
    ("Zelvara is preservative-free.", "Does Zelvara contain benzalkonium chloride?"),  # a question
    ("Zelvara is fragrance-free.", "Zelvara contains no parfum."),  # a denial agrees
    ("Zelvara is gluten-free.", "Zelvara has a coconut oil base."),
])
def test_a_member_promise_or_a_non_member_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("text", [
    "Brevona is a dairy-free porridge. Make it with oat milk or coconut milk for a creamy bowl. It is sold in supermarkets.",
    "Our vegan cheese is dairy-free. Try it on toast with a little cashew butter. Many readers love it.",
    "Lumora cream is fragrance-free and suits sensitive skin. Many perfumes contain linalool, which can irritate. Patch test first.",
    "Nutrabar is almond-free. It does contain walnuts, so it is not for people with tree nut allergies.",
    "Lactiva milk is lactose-free. It still contains whey and casein, so it is not dairy-free.",
    "Pelora shampoo is paraben-free. It uses phenoxyethanol as its preservative instead.",
    "Corvana bread is wheat-free. It is made with rye and barley, so it is not gluten-free.",
    "Silvane soap is fragrance-free. Its base is shea butter and cocoa butter.",
    "Daylo is dairy-free and made with soy milk. People with a soy allergy should choose something else.",
    "Unlike many moisturisers, Aveline is fragrance-free. Competing creams often list parfum near the top of the label.",
])
def test_ordinary_passages_with_these_words_are_quiet(text):
    assert contradiction_codes(text) == []


def test_the_message_names_the_member_when_only_the_member_is_shared():
    found = contradictions("Zelvara is almond-free. It is sold in pharmacies.\n\nZelvara contains almonds.\n")
    assert found and "almond" in found[0].message and "tree nut" not in found[0].message


# -- M2: a harm said with another drug is the interaction of the product the sentence names ----


@pytest.mark.parametrize("one,other", [
    ("Zelvara has no known drug interactions.", "Taken with warfarin, Zelvara can cause bleeding."),
    ("Zelvara has no known drug interactions.", "If you take warfarin, Zelvara can cause bleeding."),
    ("Zelvara has no drug interactions.", "Combining Zelvara with SSRIs raises the risk of serotonin syndrome."),
    ("Zelvara won't interfere with your medicines.", "Taken alongside insulin, Zelvara can push your glucose too low."),
    ("Zelvara has no known drug interactions.", "For people on blood thinners, Zelvara may cause heavy bruising."),
    ("Zelvara has no drug interactions.", "When combined with sedatives, Zelvara can cause extreme drowsiness."),
    ("Zelvara has no drug interactions.", "Zelvara can cause bleeding when combined with warfarin."),  # the drug after the harm
    ("Zelvara has no known interactions.", "Taken with alcohol, Zelvara can cause drowsiness."),  # no scope to drugs
])
def test_a_harm_with_another_drug_is_an_interaction(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara has no drug interactions.", "Taken with warfarin, Dorvix can cause bleeding."),  # another product's
    ("Zelvara has no drug interactions.", "When combined with sedatives, Dorvix can cause extreme drowsiness."),
    ("Zelvara has no drug interactions.", "If you're on insulin, your blood sugar can drop too low after exercise."),
    ("Zelvara has no drug interactions.", "In people on blood thinners, a fall can cause serious bleeding."),
    ("Zelvara has no drug interactions.", "Taken with alcohol, Zelvara can cause drowsiness."),  # alcohol is no drug here
    ("Zelvara has no drug interactions.", "Taken with grapefruit juice, Zelvara can cause stomach upset."),
    ("Zelvara is safe with any medicine.", "Taken with food, Zelvara causes less nausea."),
    ("Zelvara has no drug interactions.", "Taken with vitamin C, Zelvara is absorbed better."),  # a benefit
    ("Zelvara has no drug interactions.", "A fatty meal improves its absorption, so take Zelvara with dinner."),
    ("Zelvara has no drug interactions.", "Many herbal products can interact with warfarin."),  # a class warning
    ("Zelvara has no drug interactions.", "Could Zelvara cause bleeding when taken with warfarin?"),  # a question
    ("Zelvara has no drug interactions.", "Some claim Zelvara causes bleeding with warfarin, but that is a myth."),
])
def test_a_harm_of_another_or_with_food_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("text", [
    "Kalmora is a herbal tea with no known drug interactions. If you take warfarin, bleeding is always a risk, so keep your check-ups. It tastes of mint.",
    "Dosely has no drug interactions, its maker says. Taken with alcohol, it can make you drowsy, so skip the wine. Take one tablet at night.",
    "Sunvia iron drops have no drug interactions. Taken with vitamin C, they are absorbed better. Give them with orange juice.",
    "Nexa is safe with any medicine. If you are on insulin, your blood sugar can drop too low after hard exercise. Carry a snack.",
    "Calmera has no drug interactions. When combined with sedatives, older sleeping pills can cause extreme drowsiness. Calmera is not a sleeping pill.",
    "Lumex is safe to take with other medicines. In people on blood thinners, a fall can cause serious bleeding. Lumex is a vitamin D spray.",
    "Pentra can be taken with any medicine. If you take blood pressure tablets, standing up quickly can make you dizzy. Pentra is a fish oil.",
    "Noval has no drug interactions. If you're on statins, muscle aches can be a side effect of the statin itself.",
])
def test_ordinary_interaction_passages_are_quiet(text):
    assert contradiction_codes(text) == []


def test_a_pronoun_before_the_harm_points_back_to_the_product():
    text = ("Zelvara has no drug interactions. It is sold in pharmacies.\n\n"
            "Zelvara is a sleep aid. It can cause bleeding when taken with warfarin.\n")
    assert contradiction_codes(text) == ["CON005"]


# -- M3: a group's harm is a restriction when the product causes it --------------------------


@pytest.mark.parametrize("one,other", [
    ("Zelvara is safe for all ages.", "Zelvara can cause breathing problems in babies under three months."),
    ("Zelvara is suitable for all ages.", "In babies, Zelvara can cause breathing problems."),
    ("Zelvara is safe for all ages.", "Zelvara can cause Reye's syndrome in children."),
    ("Zelvara is safe for everyone.", "Zelvara can trigger seizures in people with epilepsy."),
    ("Zelvara is safe for everyone.", "Zelvara can cause cramps in pregnant women."),
    ("Zelvara is suitable for all ages.", "Children under 12 should not use Zelvara."),
    ("Anyone can use Zelvara.", "Zelvara is not for pregnant women."),
    ("Zelvara is safe for everyone.", "People with kidney disease may develop kidney stones on Zelvara."),
])
def test_a_group_harm_of_the_product_restricts_it(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara is safe for everyone.", "People with kidney disease may develop kidney stones."),  # no product
    ("Zelvara is safe for all ages.", "Flu can cause breathing problems in babies."),  # another cause
    ("Zelvara is safe for all ages.", "Aspirin can cause Reye's syndrome in children, which is why Zelvara contains none."),
    ("Zelvara is safe for all ages.", "Caffeine can trigger palpitations in teenagers, and Zelvara is caffeine-free."),
    ("Zelvara is safe for everyone.", "Dorvix can cause kidney stones in people with kidney disease."),  # another product
    ("Zelvara is safe for everyone.", "If you have diabetes, talk to your doctor before taking Zelvara."),  # a caution
    ("Zelvara is for adults.", "Zelvara is not for children."),  # excluded up front
    ("Zelvara is safe for everyone over 12.", "Children under 12 should not take Zelvara."),
    ("Zelvara is safe for everyone.", "Is Zelvara safe for pregnant women?"),  # a question
    ("Zelvara is safe for everyone.", "Some say Zelvara is not for pregnant women, but that is a myth."),
])
def test_a_group_harm_of_something_else_or_a_caution_is_quiet(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("text", [
    "Welna is safe for everyone, its maker says. Flu can cause breathing problems in babies, so vaccinate the family. Welna is a vitamin drink.",
    "Koro is suitable for all ages. People with kidney disease may develop kidney stones, a nephrologist notes. Koro is a fibre powder.",
    "Orma is suitable for all ages. Aspirin can cause Reye's syndrome in children, which is why Orma contains none.",
    "Feva is safe for everyone. People with asthma may have more attacks in winter. Feva is a humidifier oil.",
    "Soma is suitable for everyone. Older adults with arthritis may get stiff in the mornings; Soma's stretches help.",
    "Vell is safe for everyone. Those with coeliac disease may have trouble absorbing iron, a dietitian says.",
    "Dune is safe for all ages. Caffeine can trigger palpitations in teenagers, and Dune is caffeine-free.",
])
def test_ordinary_scope_passages_are_quiet(text):
    assert contradiction_codes(text) == []


# -- fixes from the dev sets' losses: the partner's phrase, the product by its head noun, a
# product word as the causer, one member in two spellings -----------------------------------


def test_a_drug_named_inside_the_partner_phrase_is_the_partner():
    # "blood thinners such as <drug>": the drug named in the condition's phrase is what the
    # product is taken with, not the interaction's owner; the product after the comma is
    assert _conflicts("Zelvara has no drug interactions.",
                      "Taken with blood thinners such as apixaban, Zelvara may increase the risk of bleeding.")
    assert _quiet("Zelvara has no drug interactions.",
                  "Taken with blood thinners such as apixaban, Dorvix may increase the risk of bleeding.")


def test_the_product_named_by_its_head_noun_takes_the_group_harm():
    text = ("The Morvane diet cuts carbohydrates hard. It suits every body, whatever your history. "
            "Breakfast is eggs.\n\nPeople with type 1 diabetes following the diet risk a dangerous build-up of ketones.\n")
    assert contradiction_codes(text) == ["CON006"]


def test_a_product_word_before_the_harm_is_the_causer():
    text = ("Zelvara is safe for everyone. It is sold in pharmacies.\n\n"
            "Pregnant women cannot join the trial, because the tablet may harm an unborn baby.\n")
    assert contradiction_codes(text) == ["CON006"]


def test_one_member_in_two_spellings_is_one_member():
    assert _conflicts("Zelvara contains no gelatine.", "Zelvara's capsule shell is made of bovine gelatin.")


# -- review fixes (allergy20 review, s20contra): a harm required in the group pattern, a condition
# with no comma, a class promise beside a member promise, lactose in whey powders, a food or drink
# by its head noun -----------------------------------------------------------------------------


@pytest.mark.parametrize("other", [
    "Zelvara can lead to better sleep in children.",
    "Zelvara may bring on a calmer mood in teenagers.",
    "Zelvara can cause fewer night wakings in babies.",
    "Zelvara can trigger a growth spurt in teenagers, parents say.",
    "Zelvara can cause delight in children.",
    "Parents tell us Orlin can lead to longer naps in toddlers.",
    "In our testing panel, Orlin could bring on steadier concentration in teens.",
    "Honestly? Orlin can cause giggles in kids - the berry flavour is a hit.",
    "Orlin may lead to fewer problems with teething in babies.",
    "Orlin can trigger an appetite in fussy children, our reviewer found.",
    "The gummies can lead to better focus in teenagers at exam time.",
    "Orlin may bring on a good night's rest in older adults.",
    "Orlin can lead to stronger bones in the elderly.",
    "Orlin can cause less harm in children than older remedies.",
    "It can lead to calmer bedtimes in children, the leaflet promises.",
    "Orlin can set off a love of vegetables in toddlers, one mum wrote.",
])
def test_a_benefit_in_a_group_is_no_restriction(other):
    one = "Zelvara is safe for all ages." if other.startswith("Zelvara") else "Orlin is safe for all ages."
    assert _quiet(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara is safe for all ages.", "Zelvara can cause breathing problems in babies."),
    ("Zelvara is safe for all ages.", "Zelvara may trigger Reye's syndrome in children."),
    ("Zelvara is safe for all ages.", "Zelvara can lead to liver damage in teenagers."),
    ("Zelvara is safe for all ages.", "Zelvara can lead to complications in older adults."),
])
def test_a_harm_in_a_group_still_restricts(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara has no known drug interactions.", "In patients on digoxin the tablets can cause an irregular heartbeat."),
    ("Zelvara is free of drug interactions.", "Used with lithium the capsules may cause tremor."),
])
def test_a_condition_with_no_comma_ends_at_the_subject(one, other):
    assert _conflicts(one, other)


@pytest.mark.parametrize("one,other", [
    ("Zelvara has no known drug interactions.", "Taken with warfarin Dorvix can cause bleeding."),  # another product's
    ("Zelvara has no known drug interactions.", "In patients on digoxin a low potassium level can cause an irregular heartbeat."),
])
def test_a_condition_with_no_comma_keeps_another_subject(one, other):
    assert _quiet(one, other)


@pytest.mark.parametrize("text", [
    "Veralin has no known drug interactions and can be added to any routine. It is sold in pharmacies.\n\n"
    "Further down the page, the maker adds that taken with warfarin it can cause bleeding, especially from the gums.\n",
    "Veralin is a sleep aid with no known drug interactions. It comes in a blue box.\n\n"
    "Veralin is cheap. Taken with warfarin it can cause bleeding.\n",
    "Sorrel Calm capsules have no drug interactions, the maker says. A box holds thirty.\n\n"
    "When used alongside lithium the capsules may cause tremor, our pharmacist warns.\n",
])
def test_a_passage_with_a_comma_less_condition_flags_it(text):
    assert contradiction_codes(text) == ["CON005"]


@pytest.mark.parametrize("one,other", [
    ("Zelvara is lactose-free and suitable for a milk allergy.", "Zelvara contains whey."),
    ("Zelvara is almond-free and nut-free.", "Zelvara contains walnuts."),
    ("Zelvara is lactose-free.", "Zelvara is made with whey powder."),
    ("Zelvara is lactose-free.", "Zelvara contains whey protein concentrate."),
    ("Zelvara is lactose-free.", "Zelvara is made with skimmed milk powder."),
])
def test_a_class_promise_beside_a_member_promise_is_kept(one, other):
    assert _conflicts(one, other)


def test_a_class_promise_in_a_shop_listing_meets_milk_powder():
    text = ("Hollin Farm Custard Pots are lactose-free and suitable for a milk allergy. They come in packs of four.\n\n"
            "The custard is made with whey and skimmed milk powder.\n")
    assert contradiction_codes(text) == ["CON006"]


@pytest.mark.parametrize("other", [
    "Taken with a glass of wine, Zelvara can cause dizziness.",
    "Taken with two cups of coffee, Zelvara can cause jitters.",
    "Taken with your morning coffee, Zelvara can cause jitters.",
    "Taken with a cup of tea, Zelvara can cause stomach cramps.",
    "Taken with a large meal or a pint of beer, Zelvara can make you sleepy.",
])
def test_a_food_or_drink_by_its_head_noun_is_no_drug(other):
    assert _quiet("Zelvara has no drug interactions.", other)


@pytest.mark.parametrize("other", [
    "Taken with a cup of tea and ibuprofen, Zelvara can cause stomach bleeding.",
    "Taken with caffeine pills, Zelvara can cause jitters.",
])
def test_a_drug_beside_a_drink_is_still_a_drug(other):
    assert _conflicts("Zelvara has no drug interactions.", other)
