"""lex16b: ordinary passages that lex16's new readings misread (a blind review of lex16), written
here in the tests' own words: "for good" said of another cause or of an industry, a mechanism of
the body's own hormones or of another drug named as the clause's subject, a convenience "no need
to count doses", food mixing, "keep" as no causative of a symptom, another product as the maker
of a sore part, a diet's "your sugars", and the withdrawn readings (melt away, a raised chance,
pH) said of something other than the product. None may be a contradiction."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes


@pytest.mark.parametrize("text", [
    "# Aridex Max roll-on\n\nAridex Max keeps your underarms dry for up to two days, even in the heat. It is unscented and mild, and it won't irritate your skin. Apply it at bedtime.",
    "# Getting used to earplugs\n\nNew earplugs can make your ears sore for the first few nights while the canal adjusts. If the soreness lasts, try a smaller size. WaxAway olive oil drops are mild and do not irritate the ear canal, so you can use them weekly.",
    "# Heartburn tablets and clopidogrel\n\nEsomeprazole inhibits CYP2C19 and reduces the conversion of clopidogrel to its active form. Rabeprazole has less effect on the enzyme. For that reason rabeprazole is often chosen for people on clopidogrel, and it has no meaningful interaction with it.",
    "# Weekla pen: leaflet\n\nBecause Weekla is a once-weekly pen, there's no need to count doses each day. Inject on the same day every week. Do not use more than one pen in seven days.",
    "# PsylloMix husk powder\n\nPsylloMix mixes fine with everything from porridge to smoothies, and it has no taste. Take it two hours apart from other medicines, because fibre can slow their absorption.",
    "# After a knee operation\n\nStarting rehab early increases the chance of recovery after knee surgery. FlexiJoint, a supplement sold for joints, did not help recovery in a trial of 300 patients.",
    "# After a long ride\n\nA hot shower melts away stiffness after a long ride for many cyclists. RideEase gel did not reduce stiffness more than a placebo gel in the one trial we found.",
    "# Alkaline drops: the facts\n\nAlkaDrops do not raise your blood's pH. Your kidneys keep blood pH steady whatever you drink. Large doses of antacid powder, however, can raise your blood's pH to dangerous levels.",
    "# Sweeteners\n\nCalorie-free sweeteners like SweetLeaf can help you bring your sugars down without giving up sweet coffee. SweetLeaf does not raise blood sugar.",
    "# Pumpkin seed oil for hair\n\nPumpkin seed oil blocks the conversion of testosterone to DHT. HairSeed capsules contain 500 mg of pumpkin seed oil. HairSeed has no known drug interactions.",
    "# Undoing smoking's damage\n\nYears of smoking change your skin for good, leaving deep lines. SkinRenu serum can soften lines, but its results fade within months if you stop using it.",
    "# Slimra\n\nSlimra has changed the diet industry for good. Its effect wears off once you stop taking Slimra, and most people regain the weight.",
    "# Detox teas\n\nDandelion tea speeds up the elimination of toxins, sellers claim. PureDetox tea has no known drug interactions.",
])
def test_an_ordinary_passage_is_no_contradiction(text):
    assert contradiction_codes(text, "markdown") == [], text


@pytest.mark.parametrize("text", [
    # the fixed frames still read of the product
    "# Throatex\n\nThroatex lozenges are so gentle that there is no need to count doses. Going beyond eight doses of Throatex a day risks overdose.",
    "# Hypera\n\nHypera has no known drug interactions. Hypera speeds up the breakdown of the contraceptive pill's hormones.",
    "# Gastrol\n\nGastrol has no clinically relevant drug interactions. Gastrol inhibits CYP2C19 and reduces the conversion of clopidogrel.",
    # a raised chance said of the text's own subject (its title), a use-conditioned benefit denied outright
    "# Acupuncture in IVF\n\nAcupuncture raises your chance of a successful pregnancy, we tell patients. Good trials show it does not improve the chance of pregnancy.",
    "# Zinc for colds\n\nZinc lozenges shorten a cold if you start them early. Honestly, they won't make your cold any shorter.",
])
def test_the_frames_of_the_product_still_conflict(text):
    assert contradiction_codes(text, "markdown"), text
