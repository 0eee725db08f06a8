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
