"""Which product a sentence is about, and when (session 16, ``name16``): for each mechanism the
ordinary passage that must stay quiet and the true conflict that must still be found. Every
sentence is written for these tests (coined product names) from the construction, not taken
from a blind set or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

_QUIET: list[str] = [
    # then and now: the product's own history ([time.frames] past / present)
    "Crunchwell Bars are now nut free, made in a nut-free bakery.\n"
    "The bars come in three flavours.\n"
    "Until March, Crunchwell Bars were made with cashew butter and were not suitable for people with nut allergies.",
    "Oatsy Crisps no longer contain milk.\nThey keep for six months.\nOatsy Crisps previously contained whey powder.",
    "The new recipe of Grainly Loaf is egg free.\nEach loaf is sliced.\nThe old recipe of Grainly Loaf contained egg.",
    "Recipe note: until 2024, Fudgelo Bites were made with hazelnut paste.\n"
    "Packed in a recyclable tub.\nFudgelo Bites are now nut free.",
    # a window of use: the first month against a year of use
    "No side effects were reported in the first month of taking Lumira.\n"
    "Patients were followed for two years in total.\n"
    "After a year of daily use, some users noticed hair thinning.",
    # the seller correcting its own page ([voice] speaker "our … listing/page")
    "Our product page last month stated that Dermaloo cream contains soy. That was wrong.\n"
    "We have checked with the maker.\nDermaloo cream is soy free.",
    "Our online listing said Pepwell chews contain gelatin. That is not correct.\n"
    "Pepwell chews are gelatin free and suitable for vegetarians.",
    # a numbered or "Name:" line's claim is its own product's
    "Our spring range\n\n"
    "1. Norvana D3 1000 IU: no known interactions with common medicines. Take one a day with food.\n"
    "2. Norvana Ginger Root Extract: may increase the effect of warfarin. Ask your pharmacist first.",
    "Bestsellers\n\n"
    "- Kelvora Night Tea: caffeine free, so it will not keep you awake.\n"
    "- Kelvora Morning Brew: the caffeine can keep you awake if you drink it late.",
    # a base frame whose subject is not the product: another brand's, a recipe's, other ones
    "Crunchwell Bars are nut free.\n"
    "Our sister brand Nuttsy makes granola. Nuttsy granola is built on a base of almond butter.",
    "Crunchwell Bars are nut free.\n"
    "For a quick dessert, crumble a bar over yogurt. My favourite cheesecake is built on a base of crushed almonds.",
    "Crunchwell Bars are nut free.\n"
    "Supermarket flapjacks are cheaper. The cheaper ones are built on a base of almond butter.",
    # a part of another thing, a step of another procedure, a comparator's part
    "Sonadock is safe for every customer.\nSonadock comes with a magnetic cradle.\n"
    "In people with a pacemaker, the strong magnets in an MRI scanner can cause dangerous heart rhythm problems.",
    "Zentrio patches cause no skin irritation.\n"
    "Patients were also given a standard patch for comparison. "
    "The adhesive on the standard patch caused skin irritation in some patients.",
    "Sonadock comes with a soft cradle.\nSonadock causes no skin irritation.\n"
    "The cradle in your old dock can cause skin irritation.",
    "Tubaclear causes no pain at all.\nDuring Tubaclear, a doctor pushes dye through the tubes.\n"
    "In a laparoscopy, pushing gas into the belly can cause shoulder pain.",
    "Sonadock causes no skin irritation.\nSonadock comes with a soft cradle.\n"
    "The nickel in many cheap chargers can cause skin irritation.",
    # an ingredient list whose title names its owner with a possessive: another product's
    "Ferrolin 14 mg tablets are lactose free.\n"
    "Many other iron tablets are not. A typical generic iron tablet's ingredients are lactose, maize starch and ferrous sulfate.",
    # a transcript's speakers are no product labels; a plain "now available" is no era of a recipe
    "Caller Ben Okafor: I took Zanta for a month and never had a headache.\n"
    "Host Maria Delgado: Some listeners say Zanta gave them headaches. Doctors agree it can.",
    "Sunnipop lollies no longer contain artificial colours and are now free from gelatin.\n"
    "Until last year, Sunnipop lollies were made with pork gelatin.",
    "Our newsletter last month said that Brightmilk formula contains soy. That was a mistake.\n"
    "Brightmilk formula is soy free.",
    "Crunchwell Bars were previously made with peanut oil.\nCrunchwell Bars are now peanut free.",
    # an inline-titled list of another product keeps its own subject
    "Our Kidzo multivitamin gummies are free from gelatin and nuts.\n"
    "Kidzo Omega ingredients: fish oil, gelatin, sugar.",
    # two products of one brand told apart by a code, a unit after the strength
    "Our vitamin range\n\n"
    "1. Norvana D3 1000 IU: no known interactions with common medicines.\n"
    "2. Norvana K2 100 mcg: may reduce the effect of warfarin.",
]

_FOUND: list[str] = [
    # an era on one side only: "now" does not excuse a plain statement that it contains nuts
    "Crunchwell Bars are now nut free, made in a nut-free bakery.\n"
    "The bars come in three flavours and keep for six months.\nCrunchwell Bars contain cashew butter.",
    # both sides past: the same era
    "Until March, Crunchwell Bars were nut free.\n"
    "The bars come in three flavours and keep for six months.\n"
    "Until March, Crunchwell Bars were made with cashew butter.",
    # the same window of use on both sides
    "No side effects were reported in the first month of taking Lumira.\n"
    "Patients were followed for two years in total.\n"
    "In the first few weeks, some users of Lumira noticed hair thinning.",
    "Lumira causes no side effects after a year of use.\n"
    "Patients were followed for two years in total.\n"
    "After a year of daily use, some users of Lumira noticed hair thinning.",
    # the seller's page, not corrected, stays a claim; a correction of something else excuses nothing
    "Our website says Dermaloo cream is soy free.\n"
    "The cream comes in a 50 ml tube and should be stored below 25C.\nDermaloo cream contains soy lecithin.",
    "Our product page stated that Dermaloo cream comes in a 50 ml tube. That was wrong; it is 30 ml.\n"
    "Dermaloo cream is soy free.\nIt is made in small batches in Devon and the cream contains soy lecithin.",
    # one product's label on both lines, or a field label ("Warning:") on the other
    "Norvana D3 1000 IU\n\n"
    "1. Norvana D3 1000 IU: no known interactions with common medicines. Take one a day with food.\n"
    "2. Warning: Norvana D3 1000 IU may increase the effect of warfarin.",
    "Norvana D3 1000 IU: no known interactions with common medicines.\n"
    "We ship within two days. Orders over 20 pounds ship free.\n"
    "Norvana D3 1000 IU: may increase the effect of warfarin.",
    # a label line, then prose that names the product
    "Zentola Sleep Spray: no side effects at all.\n"
    "Each bottle holds 30 sprays. It has a mild mint taste.\n"
    "Some users of Zentola Sleep Spray report headaches the next morning.",
    # an untitled ingredient list is the product's, not its last item's ("magnesium stearate")
    "Sunvita D 1000 IU tablets are lactose-free and suitable for people with lactose intolerance.\n"
    "Take one tablet a day with a meal. Store below 25C.\n"
    "The non-medicinal ingredients are lactose monohydrate, cellulose and magnesium stearate.",
    "Calmora 10 mg tablets are gluten free.\nSwallow them whole with water.\n"
    "The excipients include wheat starch and magnesium stearate.",
    # the product (or a variant of it named by "one") built on a base of the allergen
    "Crunchwell Bars are nut free.\nThey come in three flavours and keep for six months.\n"
    "Each Crunchwell bar is built on a base of almond butter and dates.",
    "Crunchwell Bars are nut free.\nThey come in three flavours: cocoa, lemon and caramel.\n"
    "The caramel one is built on a base of almond butter.",
    # the product named by its part (the page gave it: "comes with", "X's") or its step
    "Sonadock causes no skin irritation.\nSonadock comes with a nickel-plated cradle.\n"
    "The nickel in the cradle can cause skin irritation in some users.",
    "Sonadock causes no skin irritation.\nSonadock's cradle is nickel plated.\n"
    "The nickel in the cradle can cause skin irritation in some users.",
    "Tubaclear causes no pain at all.\nDuring Tubaclear, a doctor pushes dye through the tubes.\n"
    "Pushing the dye through the tubes can cause cramping pain.",
    "Zentrio patches cause no skin irritation.\nPatients wore the patch for a week.\n"
    "The adhesive on the Zentrio patch can cause skin irritation.",
    "Sonadock is safe for every customer.\nSonadock comes with a magnetic cradle.\n"
    "In people with a pacemaker, the strong magnets in the cradle can cause dangerous heart rhythm problems.",
    # the product's own list, named with a possessive
    "Ferrolin 14 mg tablets are lactose free.\n"
    "Take one a day. Ferrolin's ingredients are lactose, maize starch and ferrous fumarate.",
    # a part of the product in each of its units
    "Pureform protein powder causes no bloating.\n"
    "The sweetener in each scoop of Pureform can cause bloating in some people.",
    # a history that dates no claim, and an amount, are no era
    "Zanta was originally developed for jet lag and can cause drowsiness.\n"
    "Zanta is now sold in pharmacies and causes no drowsiness.",
    "Up to 1000 mg of Calmex a day causes no side effects.\n"
    "Calmex is now sold in 500 mg tablets. Calmex can cause nausea in some people.",
    # the page's present word is no earlier word: a "That is wrong." about something else takes nothing back
    "Our leaflet says Zanta causes no drowsiness.\n"
    "Some people think Zanta is a sleeping pill. That is wrong.\nZanta can cause drowsiness in some users.",
    "Our leaflet says Zanta causes no drowsiness.\n"
    "Trials found that Zanta caused drowsiness in one in five people.",
    # one product in two pack sizes is one product, whatever its line labels say
    "Kelvora Tea 20 Bags: caffeine free, so it will not keep you awake.\n"
    "Kelvora Tea 40 Bags: the caffeine can keep you awake if you drink it late.",
    "Calmora 10 mg tablets are gluten free.\nSwallow them whole with water.\n"
    "If you check the leaflet, the inactive ingredients are wheat starch and magnesium stearate.",
]


@pytest.mark.parametrize("text", _QUIET)
def test_ordinary_passage_is_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _FOUND)
def test_true_conflict_is_found(text: str) -> None:
    assert contradictions(text) != []
