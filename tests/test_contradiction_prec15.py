"""Controls of v13 dev's false-alarm classes (session 15, ``prec15``): limits that make two
opposite-looking claims both true. For each mechanism, passages held apart and the same
passage with the limiting words removed, which must still be found. Every sentence is written
for these tests (coined product names), from the construction, not copied from any benchmark
row."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text


def _findings(text: str) -> list:
    return [f for f in lint_text(text.strip() + "\n", kind="text", select=["contradiction"])
            if f.code.startswith("CON")]


_APART: list[str] = [
    # F1: a warning about a whole class, said of an interaction, a group or a diet
    # (claim_limits.class_warning, asked for typed claims too)
    "Valerian Calm Drops have no known interactions with everyday medicines.\n\n"
    "As with any natural product, any herbal remedy can interact with prescription drugs, so check with your doctor first.",
    "No interactions with common medicines have been found for Ostevit.\n\n"
    "Any supplement can interact with prescription medicines, so always tell your pharmacist you are taking Ostevit.",
    "Researchers said ginkgo showed no interactions with blood thinners in the trial.\n\n"
    "Dr Patel warned that many supplements can interact with warfarin, and patients should ask before starting any of them.",
    "PURE WHEY ISOLATE\n\nLactose-filtered and gentle on the stomach.\n\n"
    "Any high-protein diet can cause bloating and wind if you ramp up too fast.",
    "Nuvela has no known drug interactions.\n\n"
    "Many medicines can interact with each other, so tell your doctor about everything you are taking, including Nuvela.",
    "Brightlyn drops are safe for children.\n\nMost cold remedies should not be given to children under six.",
    "Ask the pharmacist: are omega capsules off limits with a fish allergy? Many capsules are made from fish "
    "oil. Algae-based omega capsules contain no fish at all.",
    "Most gummies contain gelatin, which comes from pigs or cows.\n\nVitaloo Kids Gummies are vegetarian and gelatin-free.",
    # F2: another product on the same page (claim_limits.other_product_apart)
    "Magnesium Night capsules: nut-free and vegan.\n\nAlso in your box:\n- Almond Protein Bites (contains almonds)\n"
    "- Oat Recovery Bar",
    "Our Creatine Monohydrate powder is dairy-free.\n\nAlso try our Whey Recovery Blend, which contains milk.",
    "CREATINE POWDER — PLAIN\n\nPure creatine monohydrate, dairy-free.\n\n"
    "Our Creatine + Whey Recovery blend adds whey protein, so it contains milk.",
    "Calmara Drops are suitable for people with a milk allergy.\n\nAlso available: Calmara Night Shake (contains milk).",
    "HEMP SEED BAR\n\nThis bar is gluten-free.\n\nAlso try our Barley Malt Bites, which contain gluten.",
    # F3: an age group as the subject of a modal of use (claim_limits.population, [population] age_modal)
    "Saline nose drops contain only salt water. Adults and older children can use them as often as needed. "
    "For babies under three months, use no more than two drops in each nostril, four times a day.",
    "Healthy adults can take Zinvia as often as they like. Children under 12 should take no more than one tablet a day.",
    "Teens and adults can safely use Clearix every day. Children under 12 should not use Clearix.",
    # F4: a line label's form, and the bath as a skin route ([route] label, SPL SOAK)
    "MAGNESIUM, TWO FORMS\nBath flakes: soak in them as often as you like. Pour two handfuls into warm water.\n"
    "Capsules: never take more than two a day, as too much by mouth can upset your bowels.",
    "Cream: apply as often as needed to the itchy area.\nTablets: take no more than three in 24 hours.",
    "Epsom salts in the bath can be used as often as you like. Taken by mouth, Epsom salts should be limited to one dose a day.",
    # F5: a cause named after the effect (causers.causer, [cause] caused_after) and "<effect> is
    # not a side effect of X" (denial_frames.side_effect_denial): that effect, not all side effects
    "Hair loss is not a side effect of Slimora.\n\nSome people who lose a lot of weight quickly, including those on "
    "Slimora, notice temporary hair shedding caused by the rapid weight loss itself.",
    "Glowix causes no skin irritation. Some users report redness caused by scrubbing too hard.",
    "Tiredness is not a side effect of Ferrovit. People starting Ferrovit, including those with low iron, often feel "
    "tired as a result of the anaemia.",
    "Our Keto Boost shakes do not cause bad breath. Some dieters, including those using Keto Boost, notice bad breath "
    "caused by ketosis.",
    "Hair loss is not a side effect of Varola. Varola can cause nausea in the first week.",
    "Weight gain is not a known side effect of Lumexa. Lumexa may cause a dry mouth.",
    "Insomnia is not among the side effects of Drowzil, the maker says. Drowzil can cause headaches.",
    # M12: a benefit said of most is not contradicted by a failure in a minority; a denial
    # limited to most people stays limited (assertions.clause_hedged majority, minority_in_clause)
    "Most users find that Sleepzy helps them sleep, the company says. For a small minority, Sleepzy does not help sleep at all.",
    "In most people, Glucora does not change blood sugar much. If you have diabetes, Glucora can raise your blood sugar.",
    "Tenora may not cause hair loss in everyone. Thinning of the hair is a recognised effect of Tenora in some people.",
    # M13: a real time on each side still holds apart (scopes._after)
    "Taken at night, Dozenil causes no next-day drowsiness, letting you work as normal. "
    "Taken in the morning, Dozenil can make you drowsy.",
    "Taken in the morning, Dozenil causes no drowsiness. Taken at night, Dozenil can make you drowsy the next day.",
]

_STILL: list[str] = [
    "Valerian Calm Drops have no known interactions with everyday medicines.\n\n"
    "Valerian Calm Drops can interact with prescription drugs, so check with your doctor first.",
    "No interactions with common medicines have been found for Ostevit.\n\n"
    "Ostevit can interact with prescription medicines, so always tell your pharmacist you are taking it.",
    "Researchers said ginkgo showed no interactions with blood thinners in the trial.\n\n"
    "Dr Patel warned that ginkgo can interact with warfarin, and patients should ask before starting it.",
    "PURE WHEY ISOLATE\n\nLactose-filtered and gentle on the stomach.\n\n"
    "It can cause bloating and wind if you ramp up too fast.",
    "Zorvex Sleep Spray has no drug interactions.\n\n"
    "Zorvex Sleep Spray can interact with any prescription drug, so ask first.",
    "Dermicort does not cause rash.\n\nLike all medicines, Dermicort can cause a rash.",
    "Brightlyn drops are safe for children.\n\nBrightlyn drops should not be given to children under six.",
    "Ask the pharmacist: are these omega capsules off limits with a fish allergy? These capsules are made from "
    "fish oil. Algae-based omega capsules contain no fish at all.",
    "Magnesium Night capsules: nut-free and vegan.\n\nMagnesium Night capsules contain almonds.",
    "Our Creatine Monohydrate powder is dairy-free.\n\nOur Creatine Monohydrate powder contains milk.",
    "ZANTA SPRAY\n\nZanta Night Spray is nut-free.\n\nIt contains almonds, so keep it away from anyone with a nut allergy.",
    "A new snack is being sold as nut-free.\n\nShoppers who bought Nutty Crunch Bars found that they contain almonds.",
    "HEMP SEED BAR\n\nThis bar is gluten-free.\n\nThis bar contains gluten.",
    "Dreamwell Melatonin Spray is free from soya.\n\nDreamwell Melatonin Spray contains soya lecithin.",
    "Saline nose drops contain only salt water. You can use them as often as needed. "
    "Use no more than two drops in each nostril, four times a day.",
    "Adults can take Zinvia as often as they like. Adults should take no more than one tablet a day.",
    "Adults can take Zinvia as often as they like. Adults over 65 should take no more than one tablet a day.",
    "Zinvia is gentle, and adults can take it as often as they like. Never take more than one tablet a day, whatever your age.",
    "MAGNESIUM, TWO FORMS\nSoak in it as often as you like. Pour two handfuls into warm water.\n"
    "Never take more than two a day, as too much can upset your bowels.",
    "Apply as often as needed to the itchy area.\nTake no more than three in 24 hours.",
    "Epsom salts can be used as often as you like. Epsom salts should be limited to one dose a day.",
    "Hair loss is not a side effect of Slimora.\n\nSome people on Slimora notice temporary hair shedding.",
    "Hair loss is not a side effect of Slimora. Some people notice hair shedding caused by Slimora in the first months.",
    "Glowix causes no skin irritation. Some users report redness caused by applying the cream twice a day.",
    "Restiva does not cause fatigue. Some patients feel tired due to it in the first weeks.",
    "Dizziness is not a side effect of Varola. Varola can cause dizziness when you stand up.",
    "Weight gain is not a known side effect of Lumexa. Lumexa may cause weight gain.",
    "Drowzil has no side effects, the maker says. Drowzil can cause headaches.",
    # M12: a reassurance's "can" is no hedge; "in most users" is the benefit itself
    "Patients can be reassured that Tenora does not cause hair loss. Thinning of the hair is a recognised effect "
    "of Tenora, usually noticed after three months.",
    "You can rest assured that Calmix will not make you drowsy. Calmix may cause drowsiness in some people.",
    "Parents can be confident that Nasolin does not cause nosebleeds. Nasolin can cause nosebleeds.",
    "Joint pain is relieved by Artiflex in most users. Trials found no improvement in joint pain with Artiflex.",
    "Sleepzy helps people sleep, the company says. A few studies were small, but Sleepzy does not help sleep, "
    "the review concluded.",
    # M13: a time in a permission clause, and the onset after any one dose, limit no claim
    "Our non-drowsy formula means you can take a tablet before work. Some users feel sleepy after a dose.",
]


@pytest.mark.parametrize("text", _APART)
def test_held_apart(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize("text", _STILL)
def test_still_found(text: str) -> None:
    assert _findings(text)


# -- ordinary passages (own probes in five registers: news, press release, seller, consumer
# guide, leaflet) that must not fire, and true conflicts aimed at the new gates ---------------

_ORDINARY: list[str] = [
    "Zanta does not cause headaches. Some users get headaches due to dehydration on hot days.",
    "Zanta bath salts can be used as often as you like. Zanta capsules: never take more than two a day.",
    "Add Zanta flakes to the bath as often as you like. Never swallow more than a teaspoon of Zanta by mouth.",
    "Vertix does not cause dizziness in adults. Children can get dizzy on Vertix.",
    "Healix Labs today launched Healix Joint Gummies, a gelatin-free supplement. The company's existing Healix Collagen Shots contain fish collagen and are not suitable for vegetarians.",
    'Our Sleep Tea is caffeine-free and gentle. Pair it with our Morning Boost Blend, which contains green tea and caffeine.',
    'Nut-free kitchen! Our Oat Crunch Bars are made without nuts. Customers also bought: Peanut Power Bites (contain peanuts).',
    'Children under 6 should not use Nasofresh spray. Adults can use Nasofresh up to four times a day. Do not use more than four times in 24 hours.',
    'Adults and children over 12: take one or two tablets every four to six hours. Do not take more than eight tablets in 24 hours. Children under 12 should not take these tablets.',
    'Epsom salt baths are popular for sore muscles. You can soak in an Epsom salt bath as often as you like. Epsom salt taken by mouth is a laxative, and you should not take more than the label says.',
    'Bath oil: use a capful in every bath. Capsules: take one a day with food.',
    'Headache is a common side effect of Migrex. Some people have headaches caused by stopping Migrex too quickly.',
    'Most users find Clearskin gentle. A few users notice dryness in the first week.',
    'You can be confident that every batch of Purevit is tested for purity. Purevit is free from gluten and dairy.',
    'All our capsules are vegan. Most capsules on the market are made from gelatin, which comes from animals.',
    'Tell your doctor if you are taking any other medicines, including herbal remedies. Zolfen has no known interactions with the contraceptive pill.',
    'Any diet that cuts calories sharply can cause hair shedding, a dermatologist said. Slimfast-style shakes did not cause hair loss in the trial.',
    'Glucora lowers blood sugar. In most people it does not cause low blood sugar. If you also take insulin, low blood sugar can happen.',
    'Our Zinc Lozenges are sugar-free. Our new Honey Throat Drops contain sugar and honey.',
    'Patients can be reassured that the scanner is safe, the hospital said. Some patients feel anxious inside the scanner.',
    'Also try our Calm Kids Chewables! Our Sleep Drops are suitable from age 3.',
    'Adults can take Allerfree once a day. Children aged 6 to 12 should take half a tablet.',
    'Tiredness caused by anaemia often improves within weeks of starting iron. Ferrovex does not cause tiredness, the maker says.',
    'Soak in the bath with Magnesium Flakes twice a week. Magnesium supplements can cause diarrhoea if you take too much by mouth.',
    'Nuvia Night is melatonin-free. Nuvia Sleep Gummies contain 1 mg of melatonin per gummy.',
    'Itching is not a side effect of Coolix gel. If your skin itches after applying Coolix, it may be the eczema itself.',
    'Drowsiness is not a common side effect of Allerclear. A few people do feel drowsy, especially at higher doses.',
    'Nausea is not a side effect of Zincol at the usual dose. At high doses, Zincol can cause nausea.',
    'Hair loss is not a side effect of Thyrox. If your hair thins, it is more likely caused by the thyroid condition itself.',
    'The non-drowsy formula means commuters can take it before work, the company said. In trials, some users felt sleepy when they took it late at night.',
    'In most people Ibrufen does not upset the stomach. In some people, especially older adults, Ibrufen can cause stomach bleeding.',
    'Patients can be reassured that most people do not lose hair on Tamora. Some people do notice thinning hair on Tamora.',
    'Loratex relieves hay fever symptoms in most users. In people with severe asthma, Loratex does not relieve symptoms.',
    'Night sweats caused by the menopause are not helped by Sagevita, the trial found. Sagevita reduces hot flushes, the company says.',
    'Tingling after each dose is normal with Betalan and fades within an hour. Betalan does not cause lasting tingling.',
]

_TRUE: list[str] = [
    "Brightlyn drops are safe for children. Most cold remedies, Brightlyn included, should not be given to children "
    "under six.",
    "Zorvex has no drug interactions. Any supplement can interact with warfarin, and Zorvex is no exception.",
    "Ostevit has no known interactions. Many supplements, including Ostevit, can interact with blood thinners.",
    "Docetaxel does not cause hair loss, the leaflet claims. Hair loss caused by chemotherapy is common in the first weeks.",
    "Zanta does not cause headaches. Some users report headaches, which are caused by the sweetener in it.",
    "Zanta tablets do not cause dizziness. Some users of Zanta felt faint and dizzy in a hot bath.",
    "Vitality Protein Bars are nut-free. Vitality Protein Bars contain almonds.",
    "Vertix does not cause dizziness. Adults can get dizzy on Vertix, especially when standing up.",
    'Herbacalm has no interactions with other medicines. As with any herbal product, Herbacalm can interact with blood thinners.',
    'Sleepex does not cause drowsiness the next day. Like most sleep aids, Sleepex can cause next-day drowsiness.',
    'Our Vitality Protein Bars are nut-free. Vitality Protein Bars contain almonds.',
    'VITALITY BARS\n\nVitality Protein Bars are dairy-free.\n\nThey contain milk protein.',
    'Adults can take Coldex as often as needed. Adults should not take more than four doses of Coldex a day.',
    'Everyone can use Sprayzo as often as they like. Children under 12 should use Sprayzo no more than twice a day.',
    'Nervix does not cause dizziness. Some patients report dizziness caused by Nervix in the first week.',
    'Pillex does not cause nausea. Nausea caused by the drug is common in the first week.',
    'Restol does not cause weight gain. Some people put on weight due to taking Restol for months.',
    'Headache is not a side effect of Painex. Painex can cause headaches in some people.',
    'You can rest assured that Calmix causes no drowsiness. Drowsiness is a common side effect of Calmix.',
    'Joint pain is eased by Flexa in most users. Flexa does not ease joint pain, a trial found.',
    'Nodoze is non-drowsy, which means you can take it before driving. Nodoze makes some users drowsy.',
    'Cardiol has no drug interactions. Cardiol can interact with warfarin, so tell your pharmacist you are taking it.',
    'Bloomix is safe in pregnancy. Like all retinoids, Bloomix must not be used in pregnancy.',
    'Keto Fuel shakes cause no bloating. Keto Fuel shakes can cause bloating if you drink them too fast.',
    'Calmara Drops are suitable for people with a milk allergy. Calmara Drops contain milk.',
    'Dozex is non-drowsy. Also try to drink plenty of water, as Dozex can make you drowsy.',
    'Sleepo Gummies are gelatin-free.\n\nAlso in your box:\n- two packs of Sleepo Gummies, which contain beef gelatin',
    'SLEEP AIDS COMPARED\n\nDozex is non-drowsy.\n\nOur reviewer found Dozex Sleep Spray made her drowsy.',
]


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_passage_is_quiet(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize("text", _TRUE)
def test_true_conflict_aimed_at_the_gates_is_found(text: str) -> None:
    assert _findings(text)
