"""Readers that exist, completed as a class (session 13, ``lex14``). Each list or reader is
completed from a named source or by construction (an adjective's degrees written from its
lemma), so words nobody listed are covered too. Each mechanism has cases that change now,
written with words no blind row has, and a case of the same shape that must not change.
Every sentence here is written for these tests (coined product names)."""

from __future__ import annotations

import re

import pytest
from lint_helpers import contradiction_codes, contradictions

from lint_rules import knowledge

_FILLER = " It is sold in tins. A tin costs three pounds. "


# -- 1a: time frames written once, with the adjective's degrees --------------------------------

@pytest.mark.parametrize(("lemma", "forms"), [
    ("long", ("long", "longer", "longest")),
    ("short", ("short", "shorter", "shortest")),
    ("late", ("late", "later", "latest")),
    ("early", ("early", "earlier", "earliest")),
    ("big", ("big", "bigger", "biggest")),
])
def test_an_adjective_has_its_degrees(lemma, forms):
    assert knowledge.adjective_forms(lemma) == forms


def test_no_adjective_mark_is_left_in_the_limits_file():
    assert "{a:" not in repr(knowledge.read_toml("contradiction_limits.toml"))
    late = re.compile(knowledge.read_toml("contradiction_limits.toml")["time"]["frames"]["late"])
    assert late.search("over the longer term") and late.search("in the longer run") and late.search("longer-term")


@pytest.mark.parametrize("late", ["Over the longer term, blood pressure falls with Orvane.",
                                  "In the longer run, blood pressure falls with Orvane.",
                                  "Over the longer haul, blood pressure falls with Orvane."])
def test_a_brief_early_rise_and_a_comparative_late_fall_are_apart(late):
    assert not contradiction_codes("Orvane is a fish oil capsule. In the first week, Orvane can briefly raise blood "
                      "pressure." + _FILLER + late)


def test_a_shorter_term_rise_and_a_late_fall_are_apart():
    assert not contradiction_codes("Orvane is a fish oil capsule. Over the shorter term, Orvane can raise blood "
                      "pressure." + _FILLER + "Over time, blood pressure falls with Orvane.")


def test_a_late_frame_on_one_side_only_still_conflicts():
    assert contradiction_codes("Orvane is a fish oil capsule. Orvane can raise blood pressure." + _FILLER
                  + "Over the longer term, blood pressure falls with Orvane.")


def test_the_same_comparative_frame_on_both_sides_still_conflicts():
    assert contradiction_codes("Orvane is a fish oil capsule. Over the longer haul, Orvane lowers blood pressure." + _FILLER
                  + "Over the longer haul, Orvane raises blood pressure.")


# -- 1b: a dispute by an evidence verb with a specialist or evidence subject -------------------

@pytest.mark.parametrize("dispute", [
    "However, pharmacologists have shown that Melvora reduces the absorption of thyroid tablets.",
    "But toxicologists have since demonstrated that Melvora reduces the absorption of thyroid tablets.",
    "In contrast, independent hepatologists established that Melvora reduces the absorption of thyroid tablets.",
])
def test_evidence_after_a_contrast_disputes_the_makers_claim(dispute):
    assert not contradiction_codes("Melvora is a herbal tonic. The company says Melvora has no interactions." + _FILLER + dispute)


def test_evidence_that_says_otherwise_disputes_the_makers_claim():
    assert not contradiction_codes("Melvora is a herbal tonic. The company says Melvora has no interactions. Trials suggest "
                      "otherwise." + _FILLER + "Melvora reduces the absorption of thyroid tablets.")


def test_the_same_evidence_against_the_article_s_own_claim_still_conflicts():
    assert contradiction_codes("Melvora is a herbal tonic. Melvora has no interactions." + _FILLER
                  + "However, pharmacologists have shown that Melvora reduces the absorption of thyroid tablets.")


# -- 2: the allergen lexicon from FALCPA/FASTER, EU Annex II and the label-reading lists ----------

@pytest.mark.parametrize(("free", "contains"), [
    ("Velmo bars are totally sesame-safe.", "Contains: dates, halva pieces, cocoa."),
    ("Velmo crackers are safe for people with coeliac disease.", "Velmo crackers use a blend of rice flour and einkorn."),
    ("The Velmo lozenges are dairy-free.", "Excipients in Velmo: sodium caseinate, sucrose."),
    ("Velmo noodles are soy-free.", "Other ingredients: rice, tempeh, salt."),
    ("Velmo bites are peanut-safe.", "Velmo bites are made with groundnut paste."),
    ("Velmo pasta is wheat-free.", "Velmo pasta is made from durum semolina."),
])
def test_a_derived_ingredient_or_a_list_title_names_the_allergen(free, contains):
    assert contradiction_codes(free + _FILLER + contains)


@pytest.mark.parametrize(("free", "contains"), [
    ("Velmo jars are dishwasher-safe.", "Contains: sesame seeds, honey."),
    ("Velmo bars are nut-free.", "Ingredients: cocoa mass, cocoa butter, shea butter."),
    ("Velmo bars are egg-free.", "Velmo bars are sweetened with dates."),
    ("Velmo lozenges are dairy-free.", "Excipients: maize starch, sucrose, peppermint oil."),
    ("Velmo bread is sesame-safe.", "Velmo bread uses a blend of rye and wheat flour."),
])
def test_words_that_name_no_allergen_and_other_allergens_do_not_conflict(free, contains):
    assert not contradiction_codes(free + _FILLER + contains)


# -- 2b: an opposing claim answers the nearest odd claim it answers ------------------------------

def _excerpts(text: str) -> list[tuple[str, str]]:
    return [(f.excerpt, f.related[0].excerpt if f.related else "")
            for f in contradictions(text)]


def test_the_body_claim_next_to_the_list_is_paired_not_the_lead():
    found = _excerpts("Velmo Bakery's new sesame-free crackers won a prize this spring. Velmo crackers are "
                      "safe for people with sesame allergy, the bakery says. Judges liked the crunch." + _FILLER
                      + "Velmo crackers are made with sesame seeds for crunch.")
    assert len(found) == 1 and "allergy" in found[0][0]


def test_a_lead_claim_alone_is_still_paired():
    found = _excerpts("Velmo Bakery's new sesame-free crackers won a prize this spring. Judges liked the crunch."
                      + _FILLER + "Velmo crackers are made with sesame seeds for crunch.")
    assert len(found) == 1 and "sesame-free" in found[0][0]


# -- 3: effect vocabulary: lay nouns and adjectives from HPO layperson synonyms and MedlinePlus ---

@pytest.mark.parametrize(("denial", "harm"), [
    ("Calmora tablets won't raise your heart rate.", "Calmora tablets can cause a thumping pulse."),
    ("Calmora does not affect your pulse.", "Calmora can cause a quickened heartbeat."),
    ("Calmora is non-sedative, so it can be taken before driving.", "Calmora can cause drowsiness in some people."),
    ("Calmora leaves you clearheaded all day.", "Calmora can cause brain fog."),
    ("Calmora won't make you feel unwell.", "Calmora can leave people feeling unwell for a day."),
    ("Calmora increases bone density.", "Calmora can cause brittle bones."),
])
def test_a_lay_name_of_the_effect_conflicts(denial, harm):
    assert contradiction_codes(denial + _FILLER + harm)


@pytest.mark.parametrize(("denial", "harm"), [
    ("Calmora won't raise your heart rate.", "A racing pulse is common in people with anxiety."),
    ("Calmora is non-sedating.", "Older antihistamines such as Dozal can cause drowsiness."),
    ("Calmora improves bone density.", "Calmora is taken by many people with brittle bones."),
    ("Take a clear-headed look at Calmora's claims.", "Calmora can cause brain fog."),
    ("Calmora has no side effects.", "If you feel unwell, stop taking Calmora."),
    ("Calmora has no side effects.", "Nobody feels unwell on Calmora."),
    ("Calmora improves bone density.", "Bone loss speeds up after the menopause."),
])
def test_the_same_words_said_of_no_harm_of_the_product_do_not_conflict(denial, harm):
    assert not contradiction_codes(denial + _FILLER + harm)


# -- 4: direction verbs: the phrasal verbs of rising and falling, every finite form ------------

@pytest.mark.parametrize(("claim", "change"), [
    ("Ossiva lowers cholesterol.", "On Ossiva, their LDL cholesterol shot up."),
    ("Ossiva lowers blood pressure.", "With Ossiva, blood pressure edged up."),
    ("Ossiva lowers blood pressure.", "With Ossiva, blood pressure ticks up."),
])
def test_a_measure_that_shoots_or_edges_up_conflicts_with_lowering(claim, change):
    assert contradiction_codes("Ossiva is a daily tablet. " + claim + _FILLER + change)


def test_a_measure_that_tumbles_conflicts_with_raising():
    assert contradiction_codes("Ossiva is a daily tablet. Ossiva raises energy." + _FILLER + "With Ossiva, energy levels tumbled.")


@pytest.mark.parametrize("other", [
    "Stock prices shot up after the Ossiva trial results.",
    "Cholesterol crept up across the country for a decade.",
])
def test_a_rise_said_of_no_measure_or_no_product_does_not_conflict(other):
    assert not contradiction_codes("Ossiva is a daily tablet. Ossiva lowers cholesterol." + _FILLER + other)


# -- ordinary passages in the registers of real writers that must not fire (probes) ------------

@pytest.mark.parametrize("text", [
    "Velbake today launched its sesame-free crackers in 300 stores. The crackers are made in a nut-free "
    "bakery. Our sister brand Tahina Gold sells traditional tahini and halva. Both brands are owned by Velbake Foods.",
    "Calmleaf Sleep Gummies. Non-habit forming. Wake up clear-headed and refreshed. Ingredients: melatonin, "
    "chamomile extract, pectin, sugar. Not suitable for children.",
    "Our Joint Plus capsules are shellfish-free: the glucosamine comes from corn. Other ingredients: gelatin "
    "capsule, magnesium stearate. Customers with shellfish allergy can take them.",
    "BoneStrong tablets support normal bones. Calcium and vitamin D help reduce the loss of bone mineral in "
    "post-menopausal women. Women with brittle bones should talk to their doctor first.",
    "Do not take Ostavex if you have low calcium. Ostavex increases bone density over the longer term. In the "
    "first weeks, you may have aching bones.",
    "Which antihistamine? Older antihistamines such as chlorphenamine can make you drowsy. Newer non-sedating "
    "ones such as loratadine rarely do. Avoid alcohol with either.",
    "Some people feel unwell after a flu jab for a day or two. This is normal. The jab does not give you flu.",
    "Your doctor may check your pulse. This medicine can slow your heart rate in the short term. Over the long "
    "term, your heart rate usually returns to normal.",
    "Q: Is Kerasol safe for children? A: Kerasol is child-safe and fragrance-free. It contains glycerin and oat extract.",
    "Sorbella ice cream is dairy-free and made with oat milk. Our classic Sorbella Gold range contains cream and egg yolks.",
])
def test_ordinary_passages_do_not_fire(text):
    assert not contradiction_codes(text)


# -- lex14b: review fixes (whose allergen claim, and what an allergen word names) ----------------
# Each false case is the reviewer's mechanism in new words; each true case is the same shape said
# of the product.

@pytest.mark.parametrize("text", [
    # a place's allergy rule: the compound before a place noun promises nothing of a product
    "Maple Lane Nursery is a peanut-safe nursery. Parents must not pack lunches that contain peanuts.",
    "Hollybank is a nut-free school. Please do not send in cakes that contain nuts.",
    # an ingredient marked free of its own allergen
    "Granvita porridge is certified coeliac-safe. It is made with gluten-free oats from one farm.",
    # what is used instead is not in it
    "Panella wraps are gluten-free. They use a blend of corn and cassava flours instead of wheat.",
    "Panella wraps are gluten-free. They are made from maize rather than wheat.",
    # a blend the maker uses for another product
    "Panella's gluten-free wraps are baked apart. Our rye loaf is another story: the mill uses a blend of "
    "rye and wheat flours for it.",
    # a titled list of another product or of products in general
    "Oatlo bars are milk-free. Ingredients in a typical rival bar, Proteo: whey, milk powder, sugar.",
    "Oatlo bars are milk-free. Ingredients in most cereal bars: milk powder, butterfat and sugar.",
    "We make Ruby spread and Plain spread. Plain is nut-free. Ingredients in Ruby: almonds, sugar, cocoa.",
    # a product named by its allergen, another than the one claimed free
    "Harbourside salmon burgers contain salmon and cod. Our bean burgers are fish-free.",
    # a word with another sense
    "Fungora capsules are free from all major allergens. They contain oyster mushroom powder.",
    # a comparator's denial is the other product's
    "Drowsex is a sedating antihistamine, unlike non-drowsy cetirizine. Drowsex causes drowsiness.",
])
def test_lex14b_another_things_allergen_or_effect_does_not_fire(text):
    assert not contradiction_codes(text)


@pytest.mark.parametrize("text", [
    "Granvita porridge is gluten-free." + _FILLER + "Granvita porridge is made with barley flakes and oats.",
    "Panella wraps are gluten-free." + _FILLER + "Panella wraps use a blend of corn and wheat flours.",
    "Oatlo bars are milk-free." + _FILLER + "Ingredients in Oatlo: oats, whey, honey.",
    "Tuna bites are fish-free, says the label." + _FILLER + "The tuna bites are made with skipjack tuna.",
    "Fungora capsules are free from all major allergens." + _FILLER + "They contain dried oysters and kelp.",
    # a place named after the promise, not after a compound: still the product's promise
    "Hikebar snacks are free from all major allergens, so they are ideal for lunchboxes and school trips."
    + _FILLER + "Ingredients: oats, cashew butter, dates.",
])
def test_lex14b_the_products_own_allergen_still_fires(text):
    assert contradiction_codes(text)


@pytest.mark.parametrize("text", [
    'Greenacre Academy is a nut-free school. Pupils must not bring in cereal bars that contain nuts or peanut butter sandwiches.',
    'Trailmix Co has launched Seedy Bites, which are certified peanut-safe. The bites are made with peanut-free sunflower butter and oats.',
    'Our gluten-free pizza base uses a mix of rice flour and potato starch in place of wheat. It is made in a separate kitchen.',
    "Hartwell Bakery's spelt loaf is popular. The bakery's gluten-free range is separate: the bakery uses a blend of rice and buckwheat for it, and the spelt loaf uses a combination of spelt and wheat flours.",
    "Dairyless Drinks says its oat milk is dairy-free. For comparison, ingredients in a standard latte: espresso, steamed cow's milk, sugar.",
    'Veganpro powder is whey-free. Ingredients in most protein shakes: whey concentrate, milk protein and sweeteners. Veganpro uses pea and rice protein.',
    'Our two spreads: Nutty Crunch and Sunny Seed. Sunny Seed is nut-free and made with sunflower seeds. Ingredients in Nutty Crunch: peanuts, palm oil, salt.',
    'Bayside prawn crackers contain prawns and tapioca. Our rice crackers are shellfish-free. Both are packed in Hull.',
    'Shroomwell capsules contain no common allergens. They are made from oyster mushroom and reishi extracts.',
    'Doziprin is a drowsy antihistamine, unlike non-drowsy fexofenadine. It may cause sleepiness, so take it at bedtime.',
    'Sunnyfield Nursery is an egg-free nursery. Please do not send in cakes that contain eggs.',
    'The school canteen is sesame-free. Bread rolls that contain sesame seeds are no longer served.',
    'Crumbly cookies are egg-free. We use a blend of flaxseed and water instead of eggs.',
    'Hazelwood cafe is a nut-safe venue. Desserts that contain almonds are not on the menu.',
    'Market report: sales of gluten-free bread rose 12%. Most loaves on the shelf use a blend of wheat and rye flours, the report said.',
    'Our vegetable spring rolls are egg-free. The egg rolls on the same menu contain egg and pork.',
    "Fishless Co's plant-based fish fingers are fish-free. Traditional fish fingers contain cod or pollock.",
    'Oakleaf Primary operates a nut-safe policy. Snacks that contain nuts will be sent home.',
])
def test_lex14b_ordinary_probe_passages_do_not_fire(text):
    """Ordinary passages (school letter, café notice, press release, seller copy, leaflet) with an
    allergen or effect word said of a place, another product, an ingredient marked free, or a
    comparator: none fires."""
    assert not contradiction_codes(text)
