"""owner14 (issue 14): whose claim a limit or a list is. Every passage here is written for these
tests (made-up product names), none copied from a blind set or the corpus."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import conflicts
from lint_rules.parsing import parse_document


def _kinds(text: str) -> set[str]:
    doc = parse_document("<t>", text, "text")
    return {c.kind for c in conflicts(doc)}


# --- a bare limit ("Never exceed four capsules a day.") is the product's only when nothing nearer owns it
@pytest.mark.parametrize("text", [
    # another brand's capsules in the sentence before
    "Flexora capsules are safe at any dose, says the maker. Wakezo caffeine capsules are another story. "
    "Never exceed four capsules a day.",
    # an ingredient (caffeine) the sentence before is about
    "Flexora is safe at any dose, its maker says. Caffeine is found in many drinks. Do not exceed 400 mg a day.",
    # another product's form: tablets named for something else, on a page about drops
    "Flexora drops are safe at any dose. Many people also take melatonin tablets. Never take more than two tablets a day.",
    # a limit quoted from another product's label
    "Flexora capsules are safe in any amount. The Dozal label reads: \"Never exceed four capsules a day.\"",
    # (left, owner14b: a dose form the page never gives the product in, with nothing else
    # holding it — "Flexora drops are safe at any dose. Never take more than two tablets a
    # day." — fires as on main; only another thing in that form just before disowns it)
    "Flexora drops are safe at any dose. Some readers also use valerian tablets. Never take more than two tablets a day.",
])
def test_a_bare_limit_owned_by_another_thing_does_not_conflict(text):
    assert "dose" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Flexora capsules are safe at any dose. Never exceed four capsules a day.",
    "Flexora is safe at any dose, its maker says. Each Flexora capsule holds 500 mg of turmeric root. "
    "Do not exceed 1,500 mg a day.",
    "Flexora nasal spray can be used as often as you like. Do not use more than four times a day.",
    "Flexora drops are safe at any dose. Never take more than 20 drops a day.",
    "There is no such thing as too much Flexora, says the maker. Flexora capsules come in packs of 60. "
    "Never exceed four capsules a day.",
    "Flexora tablets are safe in any amount. Take them with food. Never take more than three tablets a day.",
    # the sentence before speaks of the product's dose form and its ingredient
    "Dormira is safe at any dose, so spray as often as you need. Each spray delivers 0.5 mg of melatonin. "
    "Never use more than 2 mg in one night.",
    # the page's title line names the product by a coined brand the analysis does not read
    "Kelvora Zinc lozenges, 10 mg. Take as many as you like. Six lozenges a day is the most you should take.",
    # the ingredient the page's title names, given as the limit's reason, is the product's
    "Solvita vitamin D3 drops, 1,000 IU per drop. Solvita is safe at any dose you like. "
    "Adults should not take more than 4 drops a day, as too much vitamin D raises calcium.",
    # the product's form never said: a dose form is the product's unless another thing has it
    "Flexora is safe at any dose, its maker says. I take mine after breakfast. Never exceed four capsules a day.",
])
def test_a_bare_limit_in_the_products_own_form_still_conflicts(text):
    assert "dose" in _kinds(text), text


# --- two products in one dose form are two products ---------------------------------------
@pytest.mark.parametrize("text", [
    "Flexora capsules are safe in any amount.\n\nDozal Night capsules\nNever exceed four capsules a day.",
    "Flexora tablets never cause drowsiness. Dozal tablets can cause drowsiness.",
    "Flexora capsules are safe at any dose. Dozal Night capsules are a different product: never exceed four capsules a day.",
])
def test_two_names_sharing_only_a_dose_form_word_are_two_products(text):
    assert not _kinds(text), text


@pytest.mark.parametrize("text", [
    "Flexora tablets never cause drowsiness. Flexora Night tablets can cause drowsiness in some users.",
    "Flexora capsules are safe in any amount. Never exceed four Flexora capsules a day.",
])
def test_names_sharing_the_product_word_are_still_one_product(text):
    assert _kinds(text), text


@pytest.mark.parametrize("a, b, same", [
    ("flexora capsules", "dozal night capsules", False),  # two brands in one form
    ("slimora injections", "weight-loss injections", True),  # a category noun may be the product
    ("flexora capsules", "capsules", True),  # the form alone points back
    ("flexora capsules", "flexora night capsules", True),
])
def test_same_subject_with_only_a_dose_form_word_shared(a, b, same):
    from lint_rules.analysis.typed_claims import TypedClaim, same_subject

    ca = TypedClaim("dose", "limit", 0, 1, 0, a)
    cb = TypedClaim("dose", "unlimited", 2, 3, 1, b)
    assert same_subject(ca, cb) is same


# --- a list titled by another product is that product's (an inline "<Name> ingredients:") ---
@pytest.mark.parametrize("text", [
    "Orlando Oat Crunch. Gluten-free and nut-free. Oats, sunflower oil, maple syrup. Also try our Orlando Honey "
    "Crunch. Orlando Honey Crunch ingredients: oats, honey, almonds, wheat flour.",
    "Orlando Oat Crunch. Gluten-free and nut-free. Oats, sunflower oil, maple syrup. "
    "Orlando Honey Crunch contains: oats, honey, almonds, wheat flour.",
    "Pellow Vanilla Protein. Dairy-free and soy-free. Pea protein, vanilla, stevia. "
    "Pellow Chocolate ingredients: whey protein, cocoa, soy lecithin.",
    "Orlando Oat Crunch. Gluten-free and nut-free. Oats, sunflower oil, maple syrup. Also try our Orlando Honey "
    "Crunch. Ingredients: oats, honey, almonds, wheat flour.",
])
def test_a_list_titled_by_another_product_is_not_the_pages(text):
    assert "scope" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Orlando Oat Crunch. Gluten-free and nut-free. Orlando Oat Crunch ingredients: oats, almonds, maple syrup.",
    "Orlando Oat Crunch. Gluten-free and nut-free. Ingredients: oats, almonds, wheat flour.",
    "Pellow Vanilla Protein. Dairy-free and soy-free. Pellow Vanilla Protein contains: pea protein, whey, soy lecithin.",
    "Pellow Vanilla Protein. Dairy-free and soy-free. Unfortunately it contains: whey and soy lecithin.",
    # a short claim line opens the page: no title, the page's product unknown
    "Gluten-free and nut-free. Honey Crunch ingredients: oats, almonds, wheat flour.",
    # no title line: the name the first sentence opens on is the page's product
    "Zanta Oat Bar is completely nut-free. Zanta Oat Bar contains: oats, almonds, honey.",
    # a site line or breadcrumb above: the name the page's first sentence opens on, or its main product
    "HealthyShop UK\nZanta Protein Powder is dairy-free. Zanta Protein Powder ingredients: whey concentrate, cocoa.",
    "Home > Snacks > Bars\nNutty Buddy Oat Bar. Peanut-free. Nutty Buddy Oat Bar contains: oats, peanuts, honey.",
    "Marivel Milk Chocolate. Soy-free. Marivel Milk ingredients: sugar, cocoa butter, milk powder, soy lecithin.",
    # the page names a range: a variant's list is the range's
    "Crunchly Bars. Every bar is gluten-free. Crunchly Honey Oat ingredients: oats, honey, wheat flour.",
])
def test_the_pages_own_list_still_conflicts(text):
    assert "scope" in _kinds(text), text


# --- a limit whose sentence, or the one before, opens on another thing is that thing's -------
@pytest.mark.parametrize("text", [
    "The shop's bestseller is Marlow Greens powder, which it says is safe in any amount. "
    "Alcohol is another matter: the NHS advises no more than 14 units a week.",
    # (left, owner14b: "Energy drinks are different. Never drink more than two cans a day." after
    # a promise fires as on main: "Never" opening the limit stands for the product again when no
    # named thing or other-thing subject is read before it)
    "Tea lovers rejoice: Camomila herbal tea can be drunk freely, says the brand. Green tea contains caffeine. "
    "Keep to no more than four cups a day.",
])
def test_a_limit_after_another_thing_as_subject_is_that_things(text):
    assert "dose" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    # no main intervention read: the sentence-opening "Never" is no name, the bare test decides
    "Zentix Calm drops can be used as often as you like. Never take more than 30 drops a day.",
    # another thing opens the sentence before, but not in the limit's dose form
    "Flexora sachets are safe in any amount. Water helps them dissolve. Never exceed four sachets a day.",
])
def test_a_bare_limit_of_the_product_after_other_words_still_conflicts(text):
    assert "dose" in _kinds(text), text


# --- ordinary passages in writers' registers (news, press release, seller, guide, leaflet) that
# name another product's limit or list: no contradiction (the first two fire on main)
@pytest.mark.parametrize("text", [
    "Verdana Protein Bar. Gluten-free and soy-free.\n\nYou may also like: Verdana Peanut Crunch. Verdana Peanut Crunch ingredients: peanuts, soy protein, wheat syrup.",
    "Pure Oat Porridge Pots. Certified gluten-free.\n\nAlso try our Honey Nut Pots. Ingredients: oats, honey, almonds, barley malt.",
    "Restova Sleep Gummies are gentle enough to take every night, the company says. Many shoppers also buy Wakely caffeine tablets for the morning. Do not take more than two tablets a day.",
    "PRESS RELEASE: Calmira Labs today launched Calmira Night, a chamomile tea that is caffeine-free and nut-free. The company also sells Calmira Morning. Calmira Morning contains: black tea, hazelnut pieces, vanilla.",
    "Our guide to sleep aids. Valerian root is widely sold as capsules. For adults, no more than two capsules a day is usually suggested. Zentrel, a prescription sleep tablet, is safe in any amount according to one forum user, which doctors dispute.",
    "Patient leaflet: Ostelin D drops. You can give Ostelin D drops with or without food. For children under 1, give no more than 5 drops a day.",
    "Ginger chews are a popular remedy for travel sickness. Our Zinga chews are safe for the whole family. For children, never exceed three chews a day.",
    "Nuvelle Hair Gummies. Vegan and gelatin-free. Compare with Nuvelle Classic. Nuvelle Classic contains: gelatin, sugar, biotin.",
    "A reader asks whether she can take as much Ferrobel as she likes. Iron supplements sold as tablets can be harmful in excess. Never take more than one tablet a day unless a doctor says so, the pharmacist replied, referring to ordinary iron tablets.",
    "Hydralyte sachets can be used as often as you need during a stomach bug. Plain water is also important. Drink at least eight glasses a day.",
    "Our Kidzo multivitamin gummies are free from gelatin and nuts. Kidzo Omega ingredients: fish oil, gelatin, sugar.",
    "Nuvia Iron tablets, 14 mg. Take one a day with orange juice. Ferrous sulphate tablets from a pharmacy are stronger: never take more than three of those a day.",
    "Solara vitamin D spray is safe at the dose on the label. Many people also take cod liver oil capsules. Do not take more than one capsule a day.",
    "Flexi-Joint capsules can be taken at any dose, claims the seller. For dogs, Flexi-Pet chews are sold separately. Never give more than two chews a day.",
    "Kalma Calm drops can be used whenever you feel stressed. For adults over 65, use no more than 10 drops a day.",
])
def test_ordinary_passages_with_another_products_limit_or_list_do_not_fire(text):
    assert not _kinds(text), text


# --- owner14b (review fixes): an ingredient, a place or a person before a bare limit is no other owner
@pytest.mark.parametrize("text", [
    # the product's own ingredient named in the sentence before (A)
    "Restiva tablets are safe in any amount, the maker says. Valerian is the main ingredient. "
    "Never take more than three tablets a day.",
    "Brightleaf is safe at any dose, says its website. Rhodiola is its key herb. Do not take more than 400 mg a day.",
    # a place, a person or an ingredient capitalised in a running sentence (B)
    "Restiva tablets are safe at any dose, the seller says. The tablets are made in Ljubljana. "
    "Never take more than three tablets a day.",
    "Restiva gummies are safe at any dose, says the shop. They were formulated by Dr Adeyemi. "
    "Never take more than two gummies a day.",
    "Brightleaf can be taken in any amount, says the maker. Rhodiola gives it a rosy tint. "
    "Do not exceed 800 mg a day.",
])
def test_a_bare_limit_after_the_products_ingredient_place_or_maker_still_conflicts(text):
    assert "dose" in _kinds(text), text


@pytest.mark.parametrize("text", [
    # a heading naming another product by a coined name still takes the limit
    "Restiva tablets are safe in any amount.\n\n## Norvane Night tablets\n\nNever take more than three tablets a day.",
    # another supplement named as the sentence's subject (a named intervention) still does
    "Brightleaf is safe at any dose, its maker says. Caffeine is found in coffee and cola. Do not exceed 400 mg a day.",
])
def test_a_bare_limit_after_another_named_product_or_heading_does_not_conflict(text):
    assert "dose" not in _kinds(text), text


# --- owner14b: a descriptive list title or a cross-sell line naming no product keeps the page's list
@pytest.mark.parametrize("text", [
    "Tovari Oat Crackers\n\nGluten-free and vegan.\n\nFairtrade ingredients: oats, wheat flour, salt.",
    "Tovari Oat Crackers\n\nGluten-free and vegan.\n\n100% Organic Ingredients: oats, wheat flour, salt.",
    "Tovari Oat Crackers. Gluten-free and vegan. Pure, Wholesome ingredients: oats, wheat flour, salt.",
    "Tovari Oat Crackers. Gluten-free and vegan. Cornish-milled ingredients: oats, wheat flour, salt.",
    "Tovari Oat Crackers\n\nGluten-free and vegan.\n\nMeet the Pascoes, who mill our flour. Ingredients: oats, wheat flour, salt.",
    "Tovari Oat Crackers\n\nGluten-free and vegan.\n\nExplore our Green Promise online. Ingredients: oats, wheat flour, salt.",
])
def test_a_descriptive_list_title_or_cross_sell_naming_no_product_keeps_the_pages_list(text):
    assert "scope" in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Tovari Oat Crackers\n\nGluten-free and vegan.\n\nTovari Rye ingredients: rye flour, wheat flour, salt.",
    "Tovari Oat Crackers\n\nGluten-free and vegan.\n\nAlso try our Tovari Spelt Crackers. Ingredients: spelt, wheat flour.",
])
def test_a_list_title_or_cross_sell_naming_a_variant_of_the_range_is_another_products(text):
    assert "scope" not in _kinds(text), text


# --- owner14b probes: ordinary passages naming another product's limit or list (three fire on main)
@pytest.mark.parametrize("text", [
    "Flexora capsules are safe at any dose, says the maker. Its rival, Dozal, carries a stricter label. "
    "Never exceed two Dozal capsules a day.",
    "Two sleep aids were tested. Somniva gummies were safe at every dose tested. Rival Dreamlo tablets, made in "
    "Leeds, carry a limit: never take more than two Dreamlo tablets a night.",
    "Kelvo Foods announces a gluten-free range. The Kelvo GF Loaf is certified gluten-free. "
    "Kelvo Classic ingredients: wheat flour, water, yeast.",
    "Sleepio gummies are safe at any dose, says the shop. Customers often pair them with Restwell tablets. "
    "Never take more than two Restwell tablets a day.",
    "Pellow Vanilla Protein\n\nDairy-free and soy-free.\n\nPellow Chocolate Protein ingredients: pea protein, whey, cocoa.",
    "Tovari Oat Crackers\n\nGluten-free and vegan.\n\nYou may also like Tovari Rye. "
    "Tovari Rye ingredients: rye flour, wheat flour.",
])
def test_owner14b_probes_do_not_fire(text):
    doc = parse_document("<t>", text, "markdown")
    assert not conflicts(doc), text


# --- owner14b: a dictionary word opening a bare limit ("Never") stands for the product again
# unless the text there is about another thing or the bare-limit test gives it to another
def test_a_bare_limit_opening_on_never_after_a_neutral_sentence_still_conflicts():
    text = ("Nasora spray can be used as often as you like, the shop says. The bottle is small. "
            "Never use more than six puffs a day.")
    assert "dose" in _kinds(text)


def test_a_bare_limit_opening_on_never_after_another_thing_does_not_conflict():
    text = ("The shop's bestseller is Marlow Greens powder, which it says is safe in any amount. "
            "Alcohol is another matter: never drink more than 14 units a week.")
    assert "dose" not in _kinds(text)
